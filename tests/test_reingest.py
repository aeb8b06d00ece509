"""The re-ingest check (catalog.reingest): `catalog ingest` over an archive the catalog holds as
it is answers before SQLAlchemy, typer or the caption grammar are imported, and what it prints
and leaves is exactly what the full ingest prints and leaves; anything else runs in full."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.__main__ import _plain_ingest
from catalog.reingest import unchanged_summary
from tests.conftest import REPO, SEED, Run, invoke, pg_database

HEAVY = ("sqlalchemy", "sqlmodel", "typer", "rich", "catalog.captions", "catalog.credit_names",
         "catalog.credit_segments", "catalog.store")


def command(*args: str, cwd: Path) -> Run:
    """`python -m catalog ARGS` in CWD, as a user runs it (the re-ingest check first)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CATALOG_DB", None)
    done = subprocess.run([sys.executable, "-m", "catalog", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


def answered(*args: str, cwd: Path) -> tuple[bool, list[str]]:
    """Whether the check answered ARGS in CWD, and which heavy modules it imported."""
    code = ("import json, sys; from catalog.__main__ import _answered; "
            f"done = _answered({list(args)!r}); "
            f"print(json.dumps([done, [m for m in {HEAVY!r} if m in sys.modules]]))")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CATALOG_DB", None)
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    return result[0], result[1]


def contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in order; the check's own record and the time an article was
    written aside."""
    rows: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(db) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows[table] = sorted((tuple(None if name == "ingested_at" else value
                                        for name, value in zip(names, row, strict=True))
                                  for row in cursor), key=repr)
    rows["catalog_info"] = [row for row in rows["catalog_info"] if row[0] != "unchanged"]
    return rows


def compare_both_ways(desk: Path, *args: str) -> tuple[Run, bool]:
    """`catalog ARGS` run as a user runs it in the desk, and through the CLI alone (no check)
    in a copy of it (files, mtimes, catalog): the same output, status and catalog. The run,
    and whether the check answered."""
    other = desk.parent / f"{desk.name}-{len(list(desk.parent.iterdir()))}"
    shutil.copytree(desk, other, copy_function=shutil.copy2)
    took_check, _ = answered(*args, cwd=desk)
    fast = command(*args, cwd=desk)
    os.chdir(other)
    try:
        full = invoke(*args)
    finally:
        os.chdir(desk)
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout,
                                                         full.stderr)
    assert contents(desk / "catalog.db") == contents(other / "catalog.db")
    return fast, took_check


@pytest.fixture
def ingested_desk(desk: Path) -> Path:
    first = invoke("ingest")
    assert first.exit_code == 0, first.stderr
    return desk


def test_an_unchanged_archive_is_answered_without_the_heavy_imports(ingested_desk: Path) -> None:
    done, imported = answered("ingest", cwd=ingested_desk)
    assert done and imported == []


def test_unchanged_archive_same_answer_with_and_without_the_check(ingested_desk: Path) -> None:
    run, took_check = compare_both_ways(ingested_desk, "ingest")
    assert took_check
    assert run.stdout == ("ingested 1 article (0 new, 0 changed, 1 unchanged), 3 captions, "
                          "3 images (0 read), 3 links, 1 finding, 0 files skipped with errors\n")
    # and again with the options spelled out
    run, took_check = compare_both_ways(ingested_desk, "--db=catalog.db",
                                        "ingest", "seeds", SEED, "--media", "media")
    assert took_check and run.exit_code == 0


def test_one_changed_image_runs_in_full_with_the_same_result(ingested_desk: Path) -> None:
    image = ingested_desk / "media" / "archive" / "DSC09876.jpg"
    os.utime(image, ns=(image.stat().st_atime_ns, image.stat().st_mtime_ns + 10**9))
    run, took_check = compare_both_ways(ingested_desk, "ingest")
    assert not took_check
    assert "(1 read)" in run.stdout
    assert answered("ingest", cwd=ingested_desk)[0]  # recorded again: the next run is quick


def test_one_changed_article_runs_in_full_with_the_same_result(ingested_desk: Path) -> None:
    seed = ingested_desk / SEED
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run, took_check = compare_both_ways(ingested_desk, "ingest")
    assert not took_check
    assert "1 changed" in run.stdout


def test_prune_with_nothing_to_prune_is_answered(ingested_desk: Path) -> None:
    run, took_check = compare_both_ways(ingested_desk, "ingest", "--prune")
    assert took_check and "pruned" not in run.stdout


@pytest.mark.parametrize("vanished", ["media/archive/DSC09876.jpg", SEED])
def test_prune_with_something_to_prune_runs_in_full(ingested_desk: Path, vanished: str
                                                    ) -> None:
    if vanished == SEED:  # an article elsewhere, catalogued by an earlier run
        other = ingested_desk / "other" / "story.txt"
        other.parent.mkdir()
        shutil.copy2(ingested_desk / SEED, other)
        assert invoke("ingest", "seeds", "other").exit_code == 0
        other.unlink()
    else:
        (ingested_desk / vanished).unlink()
        assert invoke("ingest").exit_code == 0
    run, took_check = compare_both_ways(ingested_desk, "ingest", "--prune")
    assert not took_check and "1 pruned" in run.stdout


def test_a_manual_link_voids_the_record(ingested_desk: Path) -> None:
    """`catalog link` changes the links and findings the record counted: the next ingest
    counts again."""
    assert invoke("link", SEED, "1", "media/archive/DSC09876.jpg").exit_code == 0
    _, took_check = compare_both_ways(ingested_desk, "ingest")
    assert not took_check
    assert answered("ingest", cwd=ingested_desk)[0]
    assert invoke("link", SEED, "1", "--clear").exit_code == 0
    assert not answered("ingest", cwd=ingested_desk)[0]


def test_every_write_transaction_deletes_the_record(ingested_desk: Path) -> None:
    from catalog import store

    db = ingested_desk / "catalog.db"
    catalog = store.open_catalog(str(db))
    try:
        with store.write(catalog):
            pass
    finally:
        catalog.engine.dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM catalog_info WHERE key = 'unchanged'"
                            ).fetchone() == (0,)


def _edit(db: Path, statement: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(statement)


@pytest.mark.parametrize("change", [
    # a row read by an older image reader (as after a READER_VERSION bump)
    "UPDATE image SET reader = reader - 1 WHERE path = 'media/archive/DSC09876.jpg'",
    "UPDATE article SET reader = reader - 1",
    # a record left by other code, or before a schema upgrade
    "UPDATE catalog_info SET value = json_set(value, '$.code[0][1]', 'other') "
    "WHERE key = 'unchanged'",
    "UPDATE catalog_info SET value = json_set(value, '$.schema', 1) WHERE key = 'unchanged'",
    "DELETE FROM image WHERE path = 'media/archive/DSC09876.jpg'",
])
def test_the_check_gives_way(ingested_desk: Path, change: str) -> None:
    _edit(ingested_desk / "catalog.db", change)
    run, took_check = compare_both_ways(ingested_desk, "ingest")
    assert not took_check and run.exit_code == 0


def test_anything_to_say_runs_in_full(ingested_desk: Path) -> None:
    (ingested_desk / "seeds" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    run, took_check = compare_both_ways(ingested_desk, "ingest")
    assert not took_check
    assert "notes.csv: skipped: not an article" in run.stderr


def test_a_symlink_in_the_media_folder_runs_in_full(ingested_desk: Path) -> None:
    (ingested_desk / "media" / "link.jpg").symlink_to("archive/DSC09876.jpg")
    first = invoke("ingest")
    assert first.exit_code == 0
    run, took_check = compare_both_ways(ingested_desk, "ingest")
    assert not took_check and "4 images (0 read)" in run.stdout


def test_a_read_only_or_missing_catalog_runs_in_full(ingested_desk: Path) -> None:
    assert unchanged_summary("elsewhere.db", ["seeds"], "media") is None
    assert unchanged_summary("seeds", ["seeds"], "media") is None  # a folder
    (ingested_desk / "catalog.db").chmod(0o444)
    try:
        if os.access(ingested_desk / "catalog.db", os.W_OK):
            pytest.skip("running as a user who may write a read-only file")
        assert unchanged_summary("catalog.db", ["seeds"], "media") is None
    finally:
        (ingested_desk / "catalog.db").chmod(0o644)


def test_postgresql_takes_the_full_path(desk: Path) -> None:
    with pg_database() as url:
        assert invoke("ingest", db=url).exit_code == 0
        assert unchanged_summary(url, ["seeds"], "media") is None
        import psycopg

        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1)) as conn:
            assert conn.execute("SELECT count(*) FROM catalog_info WHERE key = 'unchanged'"
                                ).fetchone() == (0,)


def test_a_closed_stdout_ends_quietly_as_the_cli_does(ingested_desk: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        for entry in ("from catalog.__main__ import main; main()",
                      "from catalog.cli import main; main()"):
            done = subprocess.run([sys.executable, "-c", entry, "ingest"], cwd=ingested_desk,
                                  env=env, stdout=write_end, stderr=subprocess.PIPE, text=True,
                                  timeout=120)
            assert (done.returncode, done.stderr) == (0, "")
    finally:
        os.close(write_end)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_stdout_on_a_full_disk_says_one_line_as_the_cli_does(ingested_desk: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CATALOG_DB", None)
    results = []
    for entry in ("from catalog.__main__ import main; main()",  # answered by the check
                  "from catalog.cli import main; main()"):  # the CLI alone
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-c", entry, "ingest"], cwd=ingested_desk,
                                  env=env, stdout=full, stderr=subprocess.PIPE, text=True,
                                  timeout=120)
        results.append((done.returncode, done.stderr))
    assert results[0] == results[1] == (2, "catalog: No space left on device\n")


@pytest.mark.parametrize(("argv", "plain"), [
    (["ingest"], ("catalog.db", ["seeds"], "media", False)),
    (["--db", "x.db", "ingest", "news", "--media=m", "more"],
     ("x.db", ["news", "more"], "m", False)),
    (["--db=x.db", "ingest", "--prune", "--media", "m"], ("x.db", ["seeds"], "m", True)),
    (["--prune", "ingest"], None),
    (["ingest", "--prune", "--prune"], None),
    (["ingest", "--help"], None),
    (["ingest", "--media"], None),
    (["ingest", "--media", "a", "--media", "b"], None),
    (["ingest", "--db", "x.db"], None),
    (["ingest", "--", "news"], None),
    (["search", "x"], None),
    (["--version"], None),
    ([], None),
])
def test_what_counts_as_a_plain_ingest(argv: list[str], plain: object,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CATALOG_DB", raising=False)
    assert _plain_ingest(argv) == plain
