"""Attacks on the catalog, as a hostile archive, a hostile caption writer or an unlucky newsroom
makes them (issue 15). Each test reproduces one cause first, on the real engines and files."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog import paths
from catalog.render import cell, write_rows
from scripts.jpeg_writer import Tags, jpeg_bytes, picture
from tests.conftest import REPO, CatalogRunner, invoke, pg_database

LATIN1_IMAGE = os.fsdecode(b"photo-\xe9t\xe9.jpg")
LATIN1_ARTICLE = os.fsdecode(b"r\xe9sum\xe9.txt")


def jpeg(**exif: str) -> bytes:
    return jpeg_bytes(picture((32, 24), 3, "x"), Tags(exif={"make": "Canon",
                                                            "model": "Canon EOS R5", **exif}))


def article(headline: str, caption: str) -> str:
    return f"Title: {headline}\n\nSome body text.\n\n{caption} (Photo: Jane Doe/AP)\n"


# --- 1. file names that are not UTF-8 ---------------------------------------------------------


def test_stored_names_are_printable_and_reversible() -> None:
    for name in [LATIN1_IMAGE, "plain.jpg", "back\\slash.jpg", os.fsdecode(b"a\\b\xff.jpg"),
                 "été.jpg"]:
        stored = paths.stored_name(name)
        assert stored.encode("utf-8")  # storable and printable
        assert paths.fs_name(stored) == name
    assert paths.stored_name(LATIN1_IMAGE) == "photo-\\xe9t\\xe9.jpg"
    assert paths.stored_name("été.jpg") == "été.jpg"  # valid UTF-8 is stored as it is


def test_a_latin1_file_name_costs_nothing_else_of_the_run(catalog: CatalogRunner,
                                                          desk: Path) -> None:
    (desk / "media" / LATIN1_IMAGE).write_bytes(jpeg(artist="Old Archive"))
    (desk / "seeds" / LATIN1_ARTICLE).write_text(article("Old", "A latin-1 named story."))
    first = catalog("ingest")
    assert first.exit_code == 0, first.stderr
    assert "Traceback" not in first.stderr
    images = catalog("search", "--format", "json").json()
    stored = {row["article"] for row in images}
    assert "seeds/r\\xe9sum\\xe9.txt" in stored
    assert "seeds/blinken-humanitarian-pauses-gaza.txt" in stored
    # the file is found again under its stored name: unchanged, and kept by --prune
    again = catalog("ingest", "--prune")
    assert again.exit_code == 0, again.stderr
    assert "0 new, 0 changed" in again.stdout
    assert "pruned" not in again.stdout or " 0 " in again.stdout
    assert {row["article"] for row in catalog("search", "--format", "json").json()} == stored
    shown = catalog("show", "seeds/r\\xe9sum\\xe9.txt")
    assert shown.exit_code == 0, shown.stderr
    assert "seeds/r\\xe9sum\\xe9.txt" in shown.stdout


# --- 2 and 3. stored text is data, never markup or terminal control ---------------------------

HOSTILE = [
    "[/caption] closing shortcode",
    "[/i] Name",
    "[link=https://evil.example]click here[/link]",
    "title \x1b]0;owned\x07 set",
    "clear \x1b[2J screen",
    "osc8 \x1b]8;;https://evil.example\x1b\\text\x1b]8;;\x1b\\",
    "bidi \u202egpj.exe",
    "c1 \x9b31m control",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_the_sanitiser_shows_controls_visibly(value: str) -> None:
    shown = paths.printable(value)
    assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e")
    assert shown.isprintable()


def test_bidi_controls_and_stray_bytes_are_escaped() -> None:
    assert paths.printable("a\u202eb") == "a\\u202eb"
    assert paths.printable(LATIN1_IMAGE) == "photo-\\xe9t\\xe9.jpg"
    assert paths.printable("tab\tand\nnewline", keep_newlines=True) == "tab\tand\nnewline"
    assert paths.printable("line\u2028break") == "line\\u2028break"


@pytest.mark.parametrize("value", HOSTILE)
def test_a_table_prints_markup_literally(value: str, tmp_path: Path) -> None:
    out = tmp_path / "table.txt"
    with out.open("w", encoding="utf-8") as stream:
        write_rows([{"caption": value}], ["caption"], "table", stream)
    text = out.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    if value.startswith("["):
        assert value.split("]")[0] in text  # the brackets are shown, not interpreted
    assert cell(value).plain == paths.printable(value)


@pytest.fixture
def hostile_desk(desk: Path) -> Path:
    captions = "\n\n".join(f"Caption {n}: {value} (Photo: Jane Doe/AP)"
                           for n, value in enumerate(HOSTILE, 1))
    (desk / "seeds" / "hostile.txt").write_text(f"Title: [b]bold[/b] \x1b[31mred\n\n{captions}\n")
    (desk / "media" / "hostile-1.jpg").write_bytes(
        jpeg(artist="[/i] Name \x1b]0;x\x07", model="EOS [/b]"))
    return desk


READ_COMMANDS = [["search"], ["search", "link"], ["credits"], ["cameras"], ["audit"],
                 ["show", "seeds/hostile.txt"], ["inspect", "media/hostile-1.jpg"]]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_no_read_command_interprets_stored_text(catalog: CatalogRunner, hostile_desk: Path,
                                                command: list[str]) -> None:
    assert catalog("ingest").exit_code == 0
    result = catalog(*command)
    assert result.exit_code == 0, result.stderr
    for output in (result.stdout, result.stderr):
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output
        assert "Traceback" not in output
    if command[0] in ("search", "show"):
        unfolded = "".join(ch for ch in result.stdout if ch not in " │\n")
        assert "[link=https://evil.example]" in unfolded  # shown, not a hidden link


def test_ingest_notes_escape_file_names(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "seeds" / "evil\x1b[2J.exe").write_text("x")
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stderr
    assert "evil\\x1b[2J.exe: skipped" in result.stderr


def test_json_keeps_escaping(catalog: CatalogRunner, hostile_desk: Path) -> None:
    assert catalog("ingest").exit_code == 0
    rows = catalog("search", "--format", "json").json()
    assert any("\x1b]0;owned\x07" in (row["caption"] or "") for row in rows)


# --- 6. connection strings never show their password ------------------------------------------


def test_redact_hides_passwords() -> None:
    assert paths.redact("postgresql+psycopg://bob:s3cret@db/x failed") == \
        "postgresql+psycopg://bob:***@db/x failed"
    assert paths.redact("host=db password=s3cret user=bob") == "host=db password=*** user=bob"
    assert paths.redact("postgresql://bob@db/x") == "postgresql://bob@db/x"


def test_a_connection_error_shows_no_password(desk: Path) -> None:
    result = invoke("search", db="postgresql+psycopg://bob:s3cret@127.0.0.1:1/x")
    assert result.exit_code == 2
    assert "s3cret" not in result.stderr + result.stdout
    assert "bob:***@127.0.0.1:1/x" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_password_from_the_environment_is_hidden(desk: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CATALOG_DB", "postgresql+psycopg://bob:s3cret@127.0.0.1:1/x")
    from typer.testing import CliRunner

    from catalog.cli import app

    result = CliRunner().invoke(app, ["credits"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "s3cret" not in result.stderr and "***" in result.stderr


# --- 7. PostgreSQL time limits ---------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP server that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_a_server_that_never_answers_gives_up_after_the_connect_timeout(
        desk: Path, silent_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("CATALOG_PG_CONNECT_TIMEOUT", "2")
    started = time.monotonic()
    result = invoke("search", db=f"postgresql+psycopg://bob:pw@127.0.0.1:{silent_server}/x")
    assert time.monotonic() - started < 15
    assert result.exit_code == 2
    assert "CATALOG_PG_CONNECT_TIMEOUT (2 s)" in result.stderr
    assert "pw@" not in result.stderr


def test_a_statement_longer_than_the_limit_is_stopped_with_one_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from catalog.store import describe_database_error, open_catalog, read

    monkeypatch.setenv("CATALOG_PG_STATEMENT_TIMEOUT", "1")
    with pg_database() as url:
        catalog = open_catalog(url, create=True)
        try:
            with pytest.raises(DBAPIError) as caught, read(catalog) as conn:
                conn.execute(text("SELECT pg_sleep(3)"))
        finally:
            catalog.engine.dispose()
    line = describe_database_error(url, caught.value)
    assert "CATALOG_PG_STATEMENT_TIMEOUT (1 s)" in line
    assert "\n" not in line


def test_a_bad_timeout_setting_is_one_line(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CATALOG_PG_STATEMENT_TIMEOUT", "soon")
    result = invoke("search", db="postgresql+psycopg://bob@127.0.0.1:1/x")
    assert result.exit_code == 2
    assert "CATALOG_PG_STATEMENT_TIMEOUT='soon': not a whole number" in result.stderr


# --- 8. NUL in text bound for the catalog ----------------------------------------------------


def test_a_nul_from_front_matter_is_removed_alike_on_both_engines(catalog: CatalogRunner,
                                                                   desk: Path) -> None:
    (desk / "seeds" / "nul.md").write_text(
        '---\ntitle: "a\\0b"\n---\n\nBody.\n\n![A NUL headline story.](nul.jpg)\n')
    (desk / "seeds" / "good.txt").write_text(article("Good", "A good caption here."))
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    assert "seeds/nul.md: NUL characters removed" in result.stderr
    rows = catalog("search", "--format", "json").json()
    assert {"seeds/nul.md", "seeds/good.txt"} <= {row["article"] for row in rows}
    assert any(row["headline"] == "ab" for row in rows)


def test_storable_removes_nul_and_lone_surrogates() -> None:
    assert paths.storable("a\x00b") == "ab"
    assert paths.storable("x\udce9y") == "x\\xe9y"
    assert paths.storable("x\ud800y") == "x\\ud800y"
    assert paths.storable("plain") == "plain"


# --- 9. read-only catalogs -------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
@pytest.mark.parametrize("folder_writable", [True, False], ids=["file", "folder"])
def test_a_read_only_catalog_opens_read_only(desk: Path, folder_writable: bool) -> None:
    shelf = desk / "shelf"
    shelf.mkdir()
    target = str(shelf / "catalog.db")
    assert invoke("ingest", db=target).exit_code == 0
    os.chmod(target, 0o444)
    if not folder_writable:
        os.chmod(shelf, 0o555)
    try:
        result = invoke("search", "--format", "json", db=target)
        assert result.exit_code == 0, result.stderr
        assert result.json()
        assert "read-only; opened read-only" in result.stderr
        refused = invoke("ingest", db=target)
        assert refused.exit_code == 2
        assert "Traceback" not in refused.stderr
    finally:
        os.chmod(shelf, 0o755)


# --- 12. a reader that stops early -----------------------------------------------------------


def test_export_into_head_exits_quietly(desk: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    for _ in range(3):
        (desk / "seeds" / f"copy-{_}.txt").write_text(
            "\n\n".join(article(f"H{n}", f"Caption number {n} here.") for n in range(2000)))
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    shell = f"{sys.executable} -m catalog export --format csv | head -1"
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {shell}"], cwd=desk, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("article,")


# --- 4 and 5. confinement of every open of a stored or discovered path ------------------------


def test_an_article_symlinked_out_of_the_folder_is_refused(catalog: CatalogRunner,
                                                           desk: Path) -> None:
    secret = desk / "outside-secret.txt"
    secret.write_text(article("Secret", "The secret caption text."))
    (desk / "seeds" / "leak.txt").symlink_to(secret)
    result = catalog("ingest", "seeds")
    assert result.exit_code == 0, result.stderr
    assert "seeds/leak.txt: refused: leads outside the folders" in result.stderr
    assert all("secret" not in (row["caption"] or "")
               for row in catalog("search", "--format", "json").json())


@pytest.mark.parametrize("special", ["fifo", "device"])
def test_an_article_that_is_not_a_regular_file_is_refused_at_once(
        catalog: CatalogRunner, desk: Path, special: str) -> None:
    import time

    if special == "fifo":
        os.mkfifo(desk / "seeds" / "stall.txt")
    else:
        (desk / "seeds" / "stall.txt").symlink_to("/dev/zero")
        (desk / "seeds" / "inside").mkdir()
    started = time.monotonic()
    result = catalog("ingest", "seeds")
    assert time.monotonic() - started < 60
    assert result.exit_code == 0, result.stderr
    assert "seeds/stall.txt: refused" in result.stderr
    assert len(catalog("search", "--format", "json").json()) > 0


def test_an_article_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    from catalog import files
    from catalog.errors import RefusedPath

    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(3 * files.MB)
    with pytest.raises(RefusedPath, match="larger than 2 MB"):
        files.read_confined(big, [tmp_path], limit=2 * files.MB)
    assert len(files.read_confined(big, [tmp_path], limit=4 * files.MB)) == 3 * files.MB


def test_the_sheet_refuses_an_image_swapped_for_an_outside_symlink(catalog: CatalogRunner,
                                                                   desk: Path) -> None:
    (desk / "seeds" / "story.txt").write_text(article("Story", "A photo of the harbour."))
    picture_path = desk / "media" / "story-1.jpg"
    picture_path.write_bytes(jpeg())
    assert catalog("ingest", "seeds").exit_code == 0
    outside = desk.parent / f"{desk.name}-outside.jpg"
    outside.write_bytes(jpeg(artist="outside"))
    picture_path.unlink()
    picture_path.symlink_to(outside)
    result = catalog("sheet", "story", "--output", "sheet.html")
    assert result.exit_code == 0, result.stderr
    page = (desk / "sheet.html").read_text()
    assert "cannot show" in page and "data:image/jpeg" not in page
    for special in ("/dev/zero", "/etc/shadow"):
        picture_path.unlink()
        picture_path.symlink_to(special)
        assert catalog("sheet", "story", "--output", "sheet.html").exit_code == 0


# The same three attacks on every other command that opens an image file: a symlink to a file
# outside media/, a FIFO named .jpg (opening it for reading would wait for a writer for ever),
# /dev/zero as a .jpg (endless bytes). Each is refused with one line naming the file, at once.

BAD_IMAGES = ["outside", "fifo", "dev-zero", "fifo-behind-symlink"]


def plant_bad_image(desk: Path, kind: str) -> str:
    """Put one hostile .jpg in the desk's media folder; returns its path as given to commands."""
    name = f"media/{kind}.jpg"
    path = desk / name
    if kind == "outside":
        outside = desk.parent / f"{desk.name}-outside-secret.jpg"
        outside.write_bytes(jpeg(artist="Outside Secret"))
        path.symlink_to(outside)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:  # a symlink inside media to a FIFO inside media, named as no image is
        os.mkfifo(desk / "media" / "pipe-target")
        path.symlink_to("pipe-target")
    return name


REFUSALS = {"outside": ("outside",), "fifo": ("not a regular file",),
            "dev-zero": ("outside", "not a regular file"),  # whichever check comes first
            "fifo-behind-symlink": ("not a regular file",)}


def says_refused(kind: str, line: str) -> bool:
    return "refused" in line and any(reason in line for reason in REFUSALS[kind]) and \
        "timed out" not in line


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_inspect_refuses_a_hostile_image_file_at_once(desk: Path, kind: str) -> None:
    name = plant_bad_image(desk, kind)
    good = "media/blinken-humanitarian-pauses-gaza-2.jpg"
    result = invoke("inspect", name, good, "--format", "json")
    assert result.exit_code == 2
    assert [row["path"] for row in result.json()] == [good]  # the good file is still read
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"catalog: {name}: ")
    assert says_refused(kind, lines[0]), lines
    assert "Outside Secret" not in result.stdout
    folder = invoke("inspect", "media", "--format", "json")  # the folder form says it too
    assert folder.exit_code == 2
    assert f"{name}: refused" in folder.stderr and "timed out" not in folder.stderr
    assert any(row["path"].endswith(good) for row in folder.json())


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_link_refuses_a_hostile_image_file(catalog: CatalogRunner, desk: Path,
                                           kind: str) -> None:
    assert catalog("ingest").exit_code == 0
    before = catalog("search", "--format", "json").json()
    name = plant_bad_image(desk, kind)
    result = catalog("link", "seeds/blinken-humanitarian-pauses-gaza.txt", "1", name)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and says_refused(kind, lines[0]), lines
    assert "Traceback" not in result.stderr
    assert catalog("search", "--format", "json").json() == before  # nothing was linked


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_ingest_refuses_a_hostile_image_file_and_stores_the_rest(catalog: CatalogRunner,
                                                                 desk: Path, kind: str) -> None:
    name = plant_bad_image(desk, kind)
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1 and says_refused(kind, lines[0]), result.stderr
    assert "timed out" not in result.stderr
    images = {row["path"] for row in catalog("inspect", "media", "--format", "json").json()}
    rows = catalog("search", "--format", "json").json()
    stored = {row["image"] for row in rows}
    assert name not in stored
    assert "media/blinken-humanitarian-pauses-gaza-2.jpg" in stored
    assert images  # the other images are still there to read


def test_an_image_swapped_after_it_was_found_is_refused_when_read(desk: Path) -> None:
    """What ingest's and inspect's readers do when a file found as a plain image is swapped
    for a symlink out of the media folder, a FIFO or /dev/zero before its read."""
    from catalog.metadata import read_image, read_image_full

    media = desk / "media"
    for kind in BAD_IMAGES:
        path = desk / plant_bad_image(desk, kind)
        for reader in (read_image, read_image_full):
            meta = reader(path, str(path), roots=[media])
            assert meta.error is not None and says_refused(kind, meta.error), (kind, meta.error)
            assert meta.creator is None


def test_a_sheet_of_exactly_n_captions_has_no_empty_page(catalog: CatalogRunner,
                                                         desk: Path) -> None:
    (desk / "seeds" / "four.txt").write_text(
        "Title: Four\n\n" + "\n\n".join(f"Caption {n} of the four here. (Photo: Jane Doe/AP)"
                                        for n in range(1, 5)) + "\n")
    assert catalog("ingest", "seeds/four.txt").exit_code == 0
    result = catalog("sheet", "four", "--output", "s.html", "--page-size", "2")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in desk.glob("s*.html")) == ["s-2.html", "s.html"]
    assert not list(desk.glob(".s.html*"))  # the staging folder is gone


def test_the_sheet_isolates_bidi_text(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "seeds" / "bidi.txt").write_text(article("Bidi", "Look \u202egpj.exe here."))
    assert catalog("ingest", "seeds/bidi.txt").exit_code == 0
    assert catalog("sheet", "bidi", "--output", "b.html").exit_code == 0
    page = (desk / "b.html").read_text()
    assert "<bdi>Look \u202egpj.exe here. (Photo: Jane Doe/AP)</bdi>" in page or \
        "<bdi>Look \u202egpj.exe here.</bdi>" in page


# --- 10 and 11. output files ------------------------------------------------------------------


def test_export_keeps_the_mode_of_the_file_it_replaces(catalog: CatalogRunner,
                                                       desk: Path) -> None:
    assert catalog("ingest").exit_code == 0
    shared = desk / "shared.csv"
    shared.write_text("old")
    os.chmod(shared, 0o664)
    assert catalog("export", "--output", "shared.csv").exit_code == 0
    assert oct(shared.stat().st_mode & 0o777) == oct(0o664)
    assert shared.read_text().startswith("article,")


def _limited(size: int) -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.parametrize("command", [["export", "--output", "out.csv"],
                                     ["sheet", "--output", "out.csv"]], ids=["export", "sheet"])
def test_a_full_disk_is_one_line_and_leaves_the_old_file(desk: Path, command: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(desk / "cache")}
    (desk / "seeds" / "many.txt").write_text("\n\n".join(
        article(f"H{n}", f"Caption number {n} of a long story here.") for n in range(600)))
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    (desk / "out.csv").write_text("the old sheet")
    # 64 KB per file: room for SQLite's shared-memory index, not for the whole output
    result = subprocess.run([sys.executable, "-m", "catalog", *command], cwd=desk, env=env,
                            capture_output=True, text=True,
                            preexec_fn=lambda: _limited(64 * 1024))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("catalog: out.csv: cannot write: File too large")
    assert len(result.stderr.strip().splitlines()) == 1
    assert (desk / "out.csv").read_text() == "the old sheet"
    assert sorted(p.name for p in desk.iterdir() if p.name.startswith(".")) == []


def test_sigterm_during_export_leaves_no_temporary_file(desk: Path) -> None:
    import signal
    import time

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    fifo = desk / "slow"
    os.mkfifo(fifo)
    # the export writes into a temporary file; it is stopped while a query is being read
    process = subprocess.Popen([sys.executable, "-c",
                                "import sys, time; sys.argv=['catalog','export','-o','x.csv'];"
                                "import catalog.search as s; real=s.export;"
                                "s.export=lambda *a: (open('slow','w').close(), time.sleep(30))"
                                ";from catalog.cli import main; main()"],
                               cwd=desk, env=env, stderr=subprocess.PIPE, text=True)
    open(fifo).close()  # the export has started writing
    time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 143
    assert "stopped by SIGTERM" in err
    assert [p.name for p in desk.iterdir() if p.name.startswith(".")] == []


# --- 12. copy into itself, however spelled ----------------------------------------------------


@pytest.mark.parametrize("spelling", ["./catalog.db", "{desk}/catalog.db", "link.db",
                                      "sqlite:///{desk}/catalog.db", "sub/../catalog.db"])
def test_copy_into_itself_is_refused_however_spelled(desk: Path, spelling: str) -> None:
    assert invoke("ingest", db="catalog.db").exit_code == 0
    (desk / "link.db").symlink_to(desk / "catalog.db")
    (desk / "sub").mkdir()
    result = invoke("copy", "--to", spelling.format(desk=desk), db="catalog.db")
    assert result.exit_code == 2
    assert "is the catalog being copied" in result.stderr


def test_same_catalog_on_postgresql_ignores_credentials() -> None:
    from catalog.store import same_catalog

    assert same_catalog("postgresql+psycopg://a:x@DB:5432/news", "postgresql://b@db/news")
    assert not same_catalog("postgresql://db/news", "postgresql://db/sport")
    assert not same_catalog("postgresql://db/news", "news.db")


def test_copy_to_another_catalog_still_works(desk: Path) -> None:
    assert invoke("ingest", db="catalog.db").exit_code == 0
    result = invoke("copy", "--to", "other.db", db="catalog.db")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("copied ")


def test_an_interrupted_copy_says_how_far_it_got(desk: Path) -> None:
    import signal
    import time

    for n in range(400):
        (desk / "seeds" / f"story-{n}.txt").write_text(article(f"H{n}", f"Caption {n} here."))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    process = subprocess.Popen([sys.executable, "-m", "catalog", "copy", "--to", "other.db"],
                               cwd=desk, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    import sqlite3

    def articles_copied() -> int:
        try:
            with sqlite3.connect(f"file:{desk / 'other.db'}?mode=ro", uri=True) as conn:
                return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
        except sqlite3.Error:
            return 0

    deadline = time.monotonic() + 60
    while articles_copied() < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the copy finished before the signal came")
    assert process.returncode == 143, err
    assert err.startswith("catalog: copy interrupted by SIGTERM; ")
    assert "so far, each batch whole" in err and len(err.strip().splitlines()) == 1
    again = subprocess.run([sys.executable, "-m", "catalog", "copy", "--to", "other.db"],
                           cwd=desk, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "401 articles" in again.stdout


def test_the_exact_case_folder_wins(catalog: CatalogRunner, desk: Path) -> None:
    for folder in ("Case", "case", "CASE"):
        (desk / "media" / folder).mkdir()
        (desk / "media" / folder / "1.jpg").write_bytes(jpeg(artist=folder))
    (desk / "seeds" / "case.txt").write_text(article("Case", "A caption about the case."))
    assert catalog("ingest").exit_code == 0
    rows = catalog("search", "--format", "json").json()
    assert {row["image"] for row in rows if row["article"] == "seeds/case.txt"} == \
        {"media/case/1.jpg"}


def test_prune_drops_a_file_that_became_an_outside_symlink(catalog: CatalogRunner,
                                                           desk: Path) -> None:
    assert catalog("ingest").exit_code == 0
    images = [row["path"] for row in catalog("inspect", "media", "--format", "json").json()]
    assert images
    stored = "media/blinken-humanitarian-pauses-gaza-2.jpg"
    outside = desk.parent / f"{desk.name}-elsewhere.jpg"
    outside.write_bytes(jpeg())
    (desk / stored).unlink()
    (desk / stored).symlink_to(outside)
    result = catalog("ingest", "--prune")
    assert result.exit_code == 0, result.stderr
    assert f"{stored}: refused" in result.stderr
    rows = catalog("search", "--format", "json").json()
    assert stored not in {row["image"] for row in rows}


# --- also: XMP packets in UTF-16 and UTF-32 ----------------------------------------------------

XMP = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
       '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
       '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"><photoshop:Credit>Reuters'
       '</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be"])
def test_xmp_packets_in_every_unicode_encoding_are_read(encoding: str) -> None:
    from catalog.xmp import parse_xmp, xmp_wanted

    packet = XMP.encode(encoding)
    assert xmp_wanted(packet)
    assert parse_xmp(packet) == {"credit": ["Reuters"]}
    declared = f'<?xml version="1.0" encoding="{encoding}"?>' + XMP
    assert parse_xmp(declared.encode(encoding)) == {"credit": ["Reuters"]}
