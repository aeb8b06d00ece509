"""Faults: an ingest stopped by SIGINT, SIGTERM or kill -9 leaves a consistent catalog with no
half-written article, and the next ingest completes it with nothing doubled."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scripts.jpeg_writer import Tags, jpeg_bytes, picture
from tests.conftest import REPO

ARTICLES = 150  # two captions and two images each: 450 files
# The signal test needs an article phase long enough that a signal sent once the first
# articles are stored lands before the last: the writer stores 50 articles a transaction.
SIGNALLED_ARTICLES = 1500


def build_archive(root: Path, edition: int = 0, articles: int = ARTICLES) -> None:
    """The archive at one edition: every article's two captions name it; every image is
    rewritten so that its mtime changes and it is read again."""
    jpeg = jpeg_bytes(picture((24, 16), 7, "k"), Tags(exif={"make": "SONY",
                                                            "model": "ILCE-7M3"}))
    (root / "news").mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        (root / "news" / f"story-{n:03}.txt").write_text(
            f"published : 2024-02-0{n % 9 + 1}\n\nHeadline {n}\n\nDeck {n}\n\n"
            f"A photo of a market number {n}, edition {edition}. REUTERS/Ana Lima\n\n"
            f"Body.\n\nA picture of a harbour number {n}, edition {edition}. "
            "(AP Photo/Evan Vucci)\n", encoding="utf-8")
        for caption in (1, 2):
            path = root / "media" / f"story-{n:03}" / f"{caption}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(jpeg)
            os.utime(path, ns=(time.time_ns(), time.time_ns() + edition))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    build_archive(tmp_path)
    return tmp_path


def start_ingest(root: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CATALOG_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "catalog", "--db", "catalog.db", "ingest", "news"],
        cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_default_sigint)


def _default_sigint() -> None:
    # A shell starts background jobs with SIGINT ignored, and the ingest would inherit that:
    # the signal test must see the ingest as a user at a terminal runs it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def check_consistent(db: Path) -> tuple[int, int, int]:
    """integrity_check ok, every article whole, nothing doubled; returns the row counts."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_article = conn.execute(
            "SELECT a.path, count(c.id) FROM article a LEFT JOIN caption c "
            "ON c.article_id = a.id GROUP BY a.id").fetchall()
        assert all(count == 2 for _path, count in per_article), per_article
        editions: dict[int, set[str]] = {}
        for article_id, caption in conn.execute("SELECT article_id, text FROM caption"):
            editions.setdefault(article_id, set()).add(caption.split("edition ")[1][:3])
        assert all(len(e) == 1 for e in editions.values())  # no half-written article
        for table, key in (("article", "path"), ("image", "path"),
                           ("caption", "article_id, caption_no")):
            total, distinct = conn.execute(
                f"SELECT count(*), count(*) - (SELECT count(*) FROM (SELECT {key} FROM {table} "
                f"GROUP BY {key} HAVING count(*) > 1)) FROM {table}").fetchone()
            assert total == distinct, table
        fts = conn.execute("SELECT count(*) FROM caption_fts").fetchone()[0]
        captions = conn.execute("SELECT count(*) FROM caption").fetchone()[0]
        assert fts == captions
        images = conn.execute("SELECT count(*) FROM image").fetchone()[0]
    return len(per_article), captions, images


def finish(root: Path, articles: int = ARTICLES) -> None:
    process = start_ingest(root)
    _out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert check_consistent(root / "catalog.db") == (articles, 2 * articles, 2 * articles)


def wait_for_rows(db: Path, table: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=0.2) as conn:
                    if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                        return
            except sqlite3.OperationalError:
                pass
        time.sleep(0.02)


@pytest.mark.parametrize(("signum", "status", "name"), [
    (signal.SIGINT, 130, "SIGINT"), (signal.SIGTERM, 143, "SIGTERM"),
])
def test_a_signal_stops_the_ingest_cleanly(tmp_path: Path, signum: int, status: int,
                                           name: str) -> None:
    build_archive(tmp_path, articles=SIGNALLED_ARTICLES)
    process = start_ingest(tmp_path)
    wait_for_rows(tmp_path / "catalog.db", "article", time.monotonic() + 120)
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    articles, _captions, _images = check_consistent(tmp_path / "catalog.db")
    assert process.returncode == status, (out, err)
    assert err.strip() == (f"catalog: ingest stopped by {name}; every article and image "
                           "written before it is in the catalog; run `catalog ingest` again "
                           "to finish")
    assert 0 < articles < SIGNALLED_ARTICLES
    finish(tmp_path, SIGNALLED_ARTICLES)


def test_kill_9_at_random_points_never_corrupts_or_doubles(archive: Path) -> None:
    finish_time = _full_ingest_seconds(archive.parent / "timing")
    rng = random.Random(1124)
    interrupted = edition = 0
    # Until ten kills have landed in the middle of an ingest (the machine's load changes how
    # long one takes: a kill that came after the end shortens the next waits).
    while interrupted < 10 and edition < 60:
        edition += 1
        build_archive(archive, edition)  # every round has every file to do again
        process = start_ingest(archive)
        time.sleep(rng.uniform(0.05, finish_time))
        process.kill()
        process.communicate(timeout=60)
        if _has_schema(archive / "catalog.db"):  # killed before its first commit: no tables
            check_consistent(archive / "catalog.db")
            if _editions(archive / "catalog.db") != {edition}:
                interrupted += 1
            else:
                finish_time = max(0.1, finish_time * 0.8)
    assert interrupted >= 10  # the kills did land in the middle of ingests
    finish(archive)
    assert _editions(archive / "catalog.db") == {edition}
    again = start_ingest(archive)
    out, _err = again.communicate(timeout=120)
    assert f"({0} new, 0 changed, {ARTICLES} unchanged)" in out


def _has_schema(db: Path) -> bool:
    if not db.exists():
        return False
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'article'"
                            ).fetchone()[0] == 1


def _editions(db: Path) -> set[int]:
    with sqlite3.connect(db) as conn:
        texts = [row[0] for row in conn.execute("SELECT text FROM caption")]
    return {int(t.split("edition ")[1].split(".")[0]) for t in texts}


def _full_ingest_seconds(root: Path) -> float:
    build_archive(root)
    began = time.monotonic()
    process = start_ingest(root)
    process.communicate(timeout=300)
    assert process.returncode == 0
    return time.monotonic() - began


def test_a_read_only_catalog_is_read_and_never_written(tmp_path: Path) -> None:
    from tests.conftest import invoke

    build_archive(tmp_path)
    os.chdir(tmp_path)
    try:
        assert invoke("ingest", "news", db="catalog.db").exit_code == 0
        before = (tmp_path / "catalog.db").read_bytes()
        read_only = "sqlite:///file:catalog.db?mode=ro&uri=true"
        assert len(invoke("search", "harbour", "--format", "json", db=read_only).json()) == \
            ARTICLES
        (tmp_path / "news" / "story-000.txt").write_text("published : 2024-01-01\n\nNew\n")
        result = invoke("ingest", "news", db=read_only)
        assert result.exit_code == 2
        assert result.stderr.strip() == (f"catalog: {read_only}: the catalog is read-only "
                                         "(nothing was changed)")
        assert (tmp_path / "catalog.db").read_bytes() == before
    finally:
        os.chdir(REPO)


# --- the PostgreSQL server dying under an ingest -------------------------------------------


def test_postgresql_dying_mid_ingest_is_one_line_and_a_rerun_completes(tmp_path: Path) -> None:
    """Every backend of the catalog's database is terminated (pg_terminate_backend from a second
    connection, as an administrator or a failover does) once the ingest has written articles."""
    import psycopg

    from tests.conftest import pg_database, with_password

    articles = 600
    build_archive(tmp_path, articles=articles)
    with pg_database() as url:
        target = with_password(url)
        admin_url = url.replace("postgresql+psycopg://", "postgresql://", 1)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("CATALOG_DB", None)
        command = [sys.executable, "-m", "catalog", "--db", target, "ingest", "news"]
        process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        terminated = 0
        with psycopg.connect(admin_url, autocommit=True) as admin:
            deadline = time.monotonic() + 120
            while process.poll() is None and time.monotonic() < deadline:
                try:
                    if admin.execute("SELECT count(*) FROM article").fetchone()[0]:
                        break
                except psycopg.errors.UndefinedTable:
                    pass
                time.sleep(0.05)
            while process.poll() is None:
                terminated += admin.execute(
                    "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM "
                    "pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()) AS killed").fetchone()[0]
                time.sleep(0.02)
        _out, err = process.communicate(timeout=60)
        if terminated == 0:
            pytest.skip("the ingest finished before its connection could be terminated")
        assert process.returncode == 2, err
        assert len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in err and "s3cret" not in err, err
        assert err.startswith(f"catalog: {target.replace(':s3cret@', ':***@')}: "), err
        again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
        assert again.returncode == 0, again.stderr
        with psycopg.connect(admin_url, autocommit=True) as check:
            counts = [check.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("article", "caption", "image")]
        assert counts == [articles, 2 * articles, 2 * articles]


# --- copy into a full disk ------------------------------------------------------------------


def _file_size_limit(size: int) -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.parametrize("full", ["file-size-limit", "small-tmpfs"])
def test_copy_to_a_full_disk_names_the_target(archive: Path, full: str) -> None:
    """The target catalog cannot grow past 64 KB: by RLIMIT_FSIZE (EFBIG), or on a 64 KB tmpfs
    mounted for the command alone (ENOSPC, a disk really full)."""
    from tests.mounts import run_with_mounts, small_disk

    finish(archive)
    before = check_consistent(archive / "catalog.db")
    args = ["--db", "catalog.db", "copy", "--to"]
    if full == "small-tmpfs":
        (archive / "full").mkdir()
        target = "full/other.db"
        result = run_with_mounts(small_disk(archive / "full", "64k"), [*args, target], archive)
    else:
        target = "other.db"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("CATALOG_DB", None)
        result = subprocess.run([sys.executable, "-m", "catalog", *args, target], cwd=archive,
                                env=env, capture_output=True, text=True,
                                preexec_fn=lambda: _file_size_limit(64 * 1024))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"catalog: {target}: "), lines
    assert "catalog.db" not in lines[0]  # the source is not what failed
    assert check_consistent(archive / "catalog.db") == before
