"""Ingest's read stage: images come back from workers as plain tuples, in batches; the parent
names each camera make/model once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from catalog import cameras, image_rows, ingest, metadata
from catalog.workers import _batches
from scripts.jpeg_writer import Tags, jpeg_bytes, picture


def test_cameras_are_named_once_per_make_and_model() -> None:
    names = ingest.CameraNames()
    first = names("SONY", "ILCE-7M3")
    assert first == names("SONY", "ILCE-7M3")
    assert first[0] == "Sony Alpha 7 III"
    names("Canon", "Canon EOS R5")
    assert sorted(row["name"] for row in names.records()) == ["Canon EOS R5", "Sony Alpha 7 III"]
    names("SONY", "ILCE-7M3")
    assert names.records() == []  # nothing new since the last rows


def test_a_worker_result_is_plain_tuples_and_makes_the_same_row(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes(picture((30, 20), 1, "a"),
                                Tags(exif={"make": "NIKON CORPORATION", "model": "NIKON D850",
                                           "taken": "2024:03:01 10:00:00"},
                                     iptc={"description": "A market"})))
    task = ingest._ImageTask("media/a.jpg", path, 10, 20)
    values, descriptions = ingest._read_task(task)  # type: ignore[misc]
    assert isinstance(values, tuple) and descriptions == ("A market",)
    record = dict(zip(image_rows.IMAGE_FIELDS, values, strict=True))
    meta = metadata.read_image(path, str(path))
    whole = image_rows.image_record(meta, "media/a.jpg", 10, 20,
                                    cameras.resolve_exif(meta.make, meta.model))
    assert whole.pop("camera") == "Nikon D850" and whole.pop("camera_key")
    assert record == whole
    failed = ingest._task_failed(task, "timed out after 5 s")
    assert dict(zip(image_rows.IMAGE_FIELDS, failed[0], strict=True))["error"] == \
        "timed out after 5 s"  # type: ignore[index]


def test_batches_hold_consecutive_tasks_of_one_time_limit() -> None:
    tasks = [1.0] * 5 + [120.0] * 3
    assert list(_batches(tasks, lambda limit: limit, 2)) == [(0, 1), (2, 3), (4,), (5, 6), (7,)]


def test_each_camera_is_resolved_once_per_ingest(desk: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Every lookup of a body, in the parent and in the forked workers, is logged to a file;
    an ingest (and `catalog link`) looks each spelling up once, however many captions and
    files carry it."""
    from scripts.jpeg_writer import write_jpeg
    from tests.conftest import invoke

    log = tmp_path / "lookups.log"

    def logged(name: str, lookup: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object) -> object:
            with open(log, "a", encoding="utf-8") as out:  # O_APPEND: whole lines from forks
                out.write(f"{name} {args!r}\n")
            return lookup(*args)
        return wrapper

    for name in ("body_from_caption", "body_from_exif"):
        monkeypatch.setattr(cameras, name, logged(name, getattr(cameras, name)))
    news = desk / "news"
    for n in range(4):
        stem = f"story-{n}"
        (news / stem).mkdir(parents=True)
        lines = [f"# Story {n}\n"]
        for k, (make, model, written) in enumerate([
                ("NIKON CORPORATION", "NIKON D850", "Nikon D850"),
                ("SONY", "ILCE-7M3", "Sony a7 III"),
                ("Apple", "iPhone 6", "Leica Q3 Megazoom")], start=1):
            write_jpeg(news / stem / f"{k}.jpg", Tags(exif={"make": make, "model": model}),
                       size=(32, 24), seed=n * 3 + k)
            lines.append(f"![{k}]({stem}/{k}.jpg)\n\n*A picture. Photo: Ana Lima/AP "
                         f"(Taken with a {written})*\n")
        (news / f"{stem}.md").write_text("\n".join(lines), encoding="utf-8")
    db = str(tmp_path / "catalog.db")
    result = invoke("ingest", "news", "--media", "news", db=db)
    assert result.exit_code == 0, result.stderr
    assert "12 captions" in result.stdout and "12 links" in result.stdout
    lookups = log.read_text(encoding="utf-8").splitlines()
    assert sorted(lookups) == sorted(set(lookups)), "a camera was resolved twice"
    assert len(lookups) == 6  # three EXIF pairs, three caption spellings
    rows = invoke("search", "--format", "json", db=db).json()
    assert {(r["camera"], r["exif_camera"]) for r in rows} == {
        ("Nikon D850", "Nikon D850"), ("Sony Alpha 7 III", "Sony Alpha 7 III"),
        (None, "Apple iPhone 6")}
    cameras_listed = {r["camera"] for r in invoke("cameras", "--format", "json", db=db).json()}
    assert {"Nikon D850", "Sony Alpha 7 III", "Apple iPhone 6"} <= cameras_listed

    log.unlink()
    write_jpeg(news / "other.jpg", Tags(exif={"make": "Canon", "model": "Canon EOS R5"}),
               size=(32, 24), seed=99)
    result = invoke("link", "news/story-0.md", "1", "news/other.jpg", "--media", "news", db=db)
    assert result.exit_code == 0, result.stderr
    assert log.read_text(encoding="utf-8").splitlines() == [
        "body_from_exif ('Canon', 'Canon EOS R5')"]


def test_an_image_new_to_the_catalog_is_stat_ed_by_its_worker(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes(picture((30, 20), 1, "a"), Tags(exif={"make": "Canon"})))
    media = tmp_path
    [new] = ingest.images_to_read({"media/a.jpg": str(path)}, {}, media)
    assert (new.size, new.mtime_ns) == (None, None)  # no stat before the reads start
    st = path.stat()
    values, _ = ingest._read_task(new)  # type: ignore[misc]
    record = dict(zip(image_rows.IMAGE_FIELDS, values, strict=True))
    assert (record["size"], record["mtime_ns"], record["error"]) == (st.st_size, st.st_mtime_ns,
                                                                     None)
    failed = dict(zip(image_rows.IMAGE_FIELDS, ingest._task_failed(new, "crashed")[0],
                      strict=True))  # type: ignore[index]
    assert (failed["size"], failed["mtime_ns"]) == (st.st_size, st.st_mtime_ns)
    path.unlink()  # gone before its worker came to it: read as missing, its state unknown
    values, _ = ingest._read_task(new)  # type: ignore[misc]
    record = dict(zip(image_rows.IMAGE_FIELDS, values, strict=True))
    assert (record["size"], record["mtime_ns"]) == (-1, -1) and record["error"]
    stored = ingest.FileState(1, st.st_size, st.st_mtime_ns, None, metadata.READER_VERSION)
    path.write_bytes(b"changed")
    [changed] = ingest.images_to_read({"media/a.jpg": str(path)}, {"media/a.jpg": stored}, media)
    assert changed.size == 7  # a catalogued image is stat-ed by the plan, to compare


def test_the_grammar_runs_in_the_workers_only(desk: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of the caption grammar (reading a caption, its descriptive text) is logged
    with its process id: an ingest runs it in the workers, never again in the parent."""
    import os

    from catalog import articles, captions, media
    from tests.conftest import invoke

    log = tmp_path / "grammar.log"

    def logged(lookup: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            with open(log, "a", encoding="utf-8") as out:
                out.write(f"{os.getpid()}\n")
            return lookup(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(articles, "read_caption", logged(articles.read_caption))
    monkeypatch.setattr(captions, "descriptive_text", logged(captions.descriptive_text))
    monkeypatch.setattr(media, "descriptive_text", logged(media.descriptive_text))
    result = invoke("ingest", "seeds", "--media", "media", db=str(tmp_path / "catalog.db"))
    assert result.exit_code == 0, result.stderr
    assert "3 captions" in result.stdout
    callers = log.read_text(encoding="utf-8").split()
    assert callers  # the workers read the captions
    assert str(os.getpid()) not in callers


_FORK_WATCH = """\
import os, runpy, sys
log = sys.argv[1]
def seen():
    with open(log, "a", encoding="utf-8") as out:
        loaded = sorted(m for m in ("sqlalchemy", "sqlmodel", "typer") if m in sys.modules)
        out.write(" ".join(loaded) + "\\n")
os.register_at_fork(before=seen)
sys.argv = ["catalog", *sys.argv[2:]]
runpy.run_module("catalog", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("catalog", ["new", "existing"])
def test_a_new_catalog_is_made_while_the_workers_read(desk: Path, catalog: str) -> None:
    """Into a new SQLite catalog the workers fork before SQLAlchemy, SQLModel and typer are
    imported (they read while the parent imports them and creates the schema); a catalog that
    exists is opened first, as before. Either way the same run, the same rows."""
    import os
    import sqlite3
    import subprocess
    import sys

    from catalog.store import open_catalog
    from tests.conftest import REPO

    if catalog == "existing":
        open_catalog("catalog.db", create=True).engine.dispose()
    forks = desk / "forks.log"
    result = subprocess.run(
        [sys.executable, "-c", _FORK_WATCH, str(forks), "--db", "catalog.db", "ingest", "seeds",
         "--media", "media"], capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ingested 1 article (1 new, 0 changed, 0 unchanged), "
                                    "3 captions")
    imported = forks.read_text(encoding="utf-8").splitlines()
    assert len(imported) >= 1  # one line per worker forked
    assert set(imported) == ({""} if catalog == "new" else {"sqlalchemy sqlmodel typer"})
    with sqlite3.connect("catalog.db") as conn:
        assert conn.execute("SELECT count(*) FROM caption WHERE image_id IS NOT NULL"
                            ).fetchone() == (3,)


def test_a_new_catalog_that_cannot_be_made_is_the_one_thing_said(desk: Path) -> None:
    """The workers start before a new catalog is created; when it cannot be, its refusal is
    all that is said (not what discovery found on the way), as when it was opened first."""
    from tests.conftest import invoke

    (desk / "seeds" / "notes.doc").write_text("not an article", encoding="utf-8")
    result = invoke("ingest", "seeds", "--media", "media", db=str(desk / "nowhere" / "c.db"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"catalog: {desk / 'nowhere' / 'c.db'}: folder {desk / 'nowhere'} does not exist"]
    assert not (desk / "nowhere").exists()
    ok = invoke("ingest", "seeds", "--media", "media", db=str(desk / "c.db"))
    assert ok.exit_code == 0 and "notes.doc: skipped: not an article" in ok.stderr


def test_python_m_catalog_ingest_ends_as_a_normal_exit_would(desk: Path) -> None:
    """`python -m catalog ingest` ends without tearing the interpreter down: the summary and
    the status are the CLI's, every exit handler ran (a file one writes at exit is there), and
    the catalog was closed (SQLite's journal checkpointed and removed) before the end."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    at_exit = ("import atexit, runpy, sys\n"
               "atexit.register(lambda: open('exit-ran', 'w').close())\n"
               "sys.argv = ['catalog', *sys.argv[1:]]\n"
               "runpy.run_module('catalog', run_name='__main__', alter_sys=True)\n")

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", at_exit, *argv], capture_output=True,
                              text=True, check=False, env={**os.environ, "PYTHONPATH": str(REPO)})

    done = run("--db", "c.db", "ingest", "seeds", "--media", "media")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("ingested 1 article (1 new, ") and done.stdout.endswith("\n")
    assert (desk / "exit-ran").exists()
    assert sorted(p.name for p in desk.glob("c.db*")) == ["c.db"]
    (desk / "exit-ran").unlink()
    refused = run("--db", "c.db", "ingest", "nothere", "--media", "media")
    assert (refused.returncode, refused.stderr) == (2, "catalog: nothere: no such file or folder\n")
    assert (desk / "exit-ran").exists()


_BEGIN_THEN_INGEST = """\
import multiprocessing, os, sys
from pathlib import Path
from catalog import ingest
forks = []
os.register_at_fork(before=lambda: forks.append(1))
ingest.begin("a.db", [Path("seeds")], Path("media"))
begun = [process for process in multiprocessing.active_children()]
report = ingest.ingest("a.db", [Path("seeds")], Path("media"), workers=None)
print(len(forks), len(begun), report.summary())
ingest.begin("b.db", [Path("seeds")], Path("media"))
dropped = multiprocessing.active_children()
report = ingest.ingest("b.db", [Path("seeds"), Path("seeds")], Path("media"))
print(len(dropped), any(process.is_alive() for process in dropped), report.summary())
"""


def test_an_ingest_begun_early_is_taken_over_or_dropped(desk: Path) -> None:
    """`ingest.begin` (what `python -m catalog` calls before importing the command line) starts
    the workers; `ingest` with the same arguments goes on with them (no other fork), and with
    other arguments stops them and does all itself."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    result = subprocess.run([sys.executable, "-c", _BEGIN_THEN_INGEST], capture_output=True,
                            text=True, check=False, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    taken, dropped = result.stdout.splitlines()
    forks, begun, summary = taken.split(" ", 2)
    assert int(forks) == int(begun) >= 1
    assert summary.startswith("ingested 1 article (1 new, 0 changed, 0 unchanged), 3 captions, "
                              "3 images (3 read), 3 links")
    workers, alive, summary = dropped.split(" ", 2)
    assert int(workers) >= 1 and alive == "False"
    assert summary.startswith("ingested 1 article (1 new, 0 changed, 0 unchanged), 3 captions")
