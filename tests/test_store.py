"""Opening catalogs: creation, schema versions, things that are not catalogs, and the
full-text index kept current by triggers."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from catalog import store
from catalog.errors import StoreError
from catalog.models import SCHEMA_VERSION
from tests.conftest import OLD_CAMERA_COLUMNS, REPO, CatalogRunner, invoke


def make(tmp_path: Path) -> store.Catalog:
    return store.open_catalog(str(tmp_path / "c.db"), create=True)


def test_new_catalog_is_wal_with_version(tmp_path: Path) -> None:
    make(tmp_path).engine.dispose()
    with sqlite3.connect(tmp_path / "c.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        version = conn.execute(
            "SELECT value FROM catalog_info WHERE key = 'schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION


def test_missing_catalog_is_not_created_by_readers(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run `catalog ingest` first"):
        store.open_catalog(str(tmp_path / "none.db"))
    assert not (tmp_path / "none.db").exists()


def test_catalog_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    make(tmp_path).engine.dispose()
    with sqlite3.connect(tmp_path / "c.db") as conn:
        conn.execute("UPDATE catalog_info SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer caption-catalog"):
        store.open_catalog(str(tmp_path / "c.db"))


def test_older_catalog_runs_the_upgrade_steps(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path).engine.dispose()
    ran: list[int] = []

    def step(conn: object) -> None:
        ran.append(SCHEMA_VERSION + 1)

    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store, "MIGRATIONS", [(SCHEMA_VERSION + 1, step)])
    catalog = store.open_catalog(str(tmp_path / "c.db"))
    with store.read(catalog) as conn:
        version = conn.execute(text(
            "SELECT value FROM catalog_info WHERE key = 'schema_version'")).scalar()
    assert ran == [SCHEMA_VERSION + 1] and version == str(SCHEMA_VERSION + 1)
    store.open_catalog(str(tmp_path / "c.db"))
    assert ran == [SCHEMA_VERSION + 1]  # a step runs once


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"hello, not a database\n" * 50, "not a catalog (not an SQLite database)")],
)
def test_a_file_that_is_not_a_catalog(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=re.escape(reason)):
        store.open_catalog(str(path))
    assert path.read_bytes() == content


def test_an_sqlite_database_of_something_else(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(StoreError, match="not a caption-catalog catalog"):
        store.open_catalog(str(tmp_path / "other.db"), create=True)


def test_a_folder_is_not_a_catalog(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        store.open_catalog(str(tmp_path))


def _article(conn: object, path: str, headline: str) -> dict[str, object]:
    return {"path": path, "content_hash": "h", "size": 1, "mtime_ns": 1, "format": "txt",
            "headline": headline, "deck": None, "published": dt.date(2023, 11, 4),
            "warnings": None, "ingested_at": store.now()}


def test_fulltext_index_follows_every_write(tmp_path: Path) -> None:
    catalog = make(tmp_path)
    caption = {"caption_no": 1, "text": "Market at dawn", "photographer": "Ana Lima",
               "outlet": "Reuters", "camera": None, "caption_camera": None}

    def found(word: str) -> list[int]:
        with store.read(catalog) as conn:
            return list(conn.execute(store.fulltext_ids("sqlite", [word])).scalars())

    with store.write(catalog) as conn:
        store.replace_article(conn, _article(conn, "a.txt", "Harbour news"), [caption])
    assert found("Lima") and found("harbour") and found("dawn")
    with store.write(catalog) as conn:
        store.upsert_images(conn, [{"path": "x.jpg", "size": 1, "mtime_ns": 1,
                                    "camera": "Nikon D850", "make": "NIKON CORPORATION",
                                    "model": "NIKON D850"}])
        image_id = store.image_ids(conn, ["x.jpg"])["x.jpg"]
        conn.execute(store.CAPTION.update().values(image_id=image_id))
    assert found("D850")
    with store.write(catalog) as conn:
        store.upsert_images(conn, [{"path": "x.jpg", "size": 2, "mtime_ns": 2,
                                    "camera": "Sony Alpha 7 III", "make": "SONY",
                                    "model": "ILCE-7M3"}])
    assert not found("D850") and found("ILCE-7M3")
    with store.write(catalog) as conn:
        store.replace_article(conn, _article(conn, "a.txt", "Harbour news"), [])
    assert not found("Lima")
    with store.read(catalog) as conn:
        assert conn.execute(text("SELECT count(*) FROM caption_fts")).scalar() == 0
        assert conn.execute(select(store.ARTICLE.c.id)).scalars().all() == [1]


def test_a_catalog_from_the_first_release_is_upgraded_and_read_again(desk: Path) -> None:
    """catalog-v1.db was written by schema 1 (commit 65d0ba8) from the bundled seed and media."""
    shutil.copy(REPO / "tests/fixtures/catalog-v1.db", desk / "old.db")
    rows = invoke("search", "Yingst", "--format", "json", db="old.db").json()
    assert [(r["caption_no"], r["photographer"]) for r in rows] == [(2, "Trey Yingst")]
    with sqlite3.connect(desk / "old.db") as conn:
        assert conn.execute("SELECT value FROM catalog_info WHERE key = 'schema_version'"
                            ).fetchone() == (str(SCHEMA_VERSION),)
        assert conn.execute("SELECT photographer_key FROM caption WHERE caption_no = 2"
                            ).fetchone() == ("|trey yingst|",)
    # The upgraded schema is the one a new catalog gets: same columns, same indexes.
    assert invoke("ingest", "seeds", "--media", "media", db="new.db").exit_code == 0
    assert _schema(desk / "old.db") == _schema(desk / "new.db")
    # Rows written by an older reader are read again even where the files did not change.
    result = invoke("ingest", "seeds", "--media", "media", db="old.db")
    assert "1 article (0 new, 1 changed, 0 unchanged)" in result.stderr + result.stdout
    assert "3 images (3 read)" in result.stderr + result.stdout
    again = invoke("ingest", "seeds", "--media", "media", db="old.db")
    assert "0 changed, 1 unchanged" in again.stderr + again.stdout
    assert "(0 read)" in again.stderr + again.stdout
    codes = [f["code"] for f in invoke("audit", "--format", "json", db="old.db").json()]
    assert codes == ["camera-mismatch"]


def test_a_new_article_reader_reads_unchanged_articles_again(
        desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from catalog import articles

    assert invoke("ingest", "seeds", "--media", "media", db="c.db").exit_code == 0
    monkeypatch.setattr(articles, "READER_VERSION", articles.READER_VERSION + 1)
    result = invoke("ingest", "seeds", "--media", "media", db="c.db")
    assert "(0 new, 1 changed, 0 unchanged)" in result.stderr + result.stdout
    assert "(0 read)" in result.stderr + result.stdout


def _schema(path: Path) -> dict[str, tuple[list[str], list[tuple[str, ...]]]]:
    """Each table's column names and its indexes' columns."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'caption_fts%'")]
        found = {}
        for table in tables:
            columns = sorted(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
            indexes = sorted(tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{index[1]}')"))
                             for index in conn.execute(f"PRAGMA index_list({table})"))
            found[table] = (columns, indexes)
    return found


def test_schema_1_upgrades_on_each_engine(ingested: CatalogRunner) -> None:
    """A catalog taken back to schema 1 (no reader columns, single-person keys, the old
    indexes) upgrades when opened, on SQLite and PostgreSQL alike."""
    target = ingested.target  # type: ignore[attr-defined]
    catalog = store.open_catalog(target)
    with store.write(catalog) as conn:
        for statement in (
            "ALTER TABLE article DROP COLUMN reader", "ALTER TABLE image DROP COLUMN reader",
            "ALTER TABLE caption DROP COLUMN camera_key",
            "ALTER TABLE image DROP COLUMN camera_key", "ALTER TABLE caption DROP COLUMN via",
            "ALTER TABLE caption DROP COLUMN caption_source", *OLD_CAMERA_COLUMNS,
            "DROP INDEX ix_caption_bodies", "DROP INDEX ix_image_bodies",
            "DROP INDEX ix_image_credit",
            "CREATE INDEX ix_caption_camera ON caption (camera)",
            "CREATE INDEX ix_image_camera ON image (camera)",
            "UPDATE caption SET photographer_key = 'trey yingst' "
            "WHERE photographer_key IS NOT NULL",
            "UPDATE catalog_info SET value = '1' WHERE key = 'schema_version'",
        ):
            conn.exec_driver_sql(statement)
    catalog.engine.dispose()
    result = ingested("ingest")
    assert result.exit_code == 0, result.stderr
    assert "(0 new, 1 changed, 0 unchanged)" in result.stdout and "(3 read)" in result.stdout
    catalog = store.open_catalog(target)
    with store.read(catalog) as conn:
        assert conn.exec_driver_sql(
            "SELECT value FROM catalog_info WHERE key = 'schema_version'").scalar() == str(
                SCHEMA_VERSION)
        assert conn.exec_driver_sql("SELECT photographer_key FROM caption WHERE "
                                    "photographer_key IS NOT NULL").scalar() == "|trey yingst|"
        indexes = {ix["name"] for table in ("caption", "image")
                   for ix in inspect(conn).get_indexes(table)}
    catalog.engine.dispose()
    assert {"ix_caption_bodies", "ix_image_bodies", "ix_image_credit"} <= indexes
    assert not {"ix_caption_camera", "ix_image_camera"} & indexes
    assert [f["code"] for f in ingested("audit", "--format", "json").json()] == [
        "camera-mismatch"]


def test_schema_2_upgrades_on_each_engine_and_names_cameras_afresh(
        ingested: CatalogRunner) -> None:
    """A catalog taken back to schema 2 (no camera keys, a camera name from older data) gets
    keys and current names when opened, without an ingest, on SQLite and PostgreSQL alike."""
    target = ingested.target  # type: ignore[attr-defined]
    catalog = store.open_catalog(target)
    with store.read(catalog) as conn:
        before = conn.exec_driver_sql(
            "SELECT id, camera, camera_key FROM image ORDER BY id").all()
        audited = [f["code"] for f in ingested("audit", "--format", "json").json()]
    assert any(key for _id, _camera, key in before)
    with store.write(catalog) as conn:
        for statement in (
            "ALTER TABLE caption DROP COLUMN camera_key",
            "ALTER TABLE image DROP COLUMN camera_key", "ALTER TABLE caption DROP COLUMN via",
            "ALTER TABLE caption DROP COLUMN caption_source", *OLD_CAMERA_COLUMNS,
            "UPDATE image SET camera = 'Stale Name' WHERE camera IS NOT NULL",
            "DELETE FROM catalog_info WHERE key = 'camera_names'",
            "UPDATE catalog_info SET value = '2' WHERE key = 'schema_version'",
        ):
            conn.exec_driver_sql(statement)
    catalog.engine.dispose()
    assert [f["code"] for f in ingested("audit", "--format", "json").json()] == audited
    catalog = store.open_catalog(target)
    with store.read(catalog) as conn:
        after = conn.exec_driver_sql("SELECT id, camera, camera_key FROM image ORDER BY id").all()
        version = conn.exec_driver_sql(
            "SELECT value FROM catalog_info WHERE key = 'schema_version'").scalar()
    catalog.engine.dispose()
    assert [tuple(row) for row in after] == [tuple(row) for row in before]
    assert version == str(SCHEMA_VERSION)


def test_schema_3_upgrades_on_each_engine_to_canonical_outlets_and_via(
        catalog: CatalogRunner, desk: Path) -> None:
    """A catalog taken back to schema 3 (no via column, outlets and names as published) gets
    canonical outlets and usual-case names when opened, and `via` at the next ingest, on SQLite
    and PostgreSQL alike."""
    (desk / "wire").mkdir()
    (desk / "wire" / "a.md").write_text(
        "# Wire\n\n![a](a.jpg)\n*A photo of the port. Cy Dunn/AFP via Getty Images*\n\n"
        "![b](b.jpg)\n*A photo of the quay. (AP Photo/Ana Lima)*\n", encoding="utf-8")
    assert catalog("ingest", "wire").exit_code == 0
    target = catalog.target  # type: ignore[attr-defined]
    opened = store.open_catalog(target)
    with store.write(opened) as conn:
        for statement in (
            "ALTER TABLE caption DROP COLUMN via",
            "ALTER TABLE caption DROP COLUMN caption_source", *OLD_CAMERA_COLUMNS,
            "UPDATE caption SET outlet = 'The Associated Press', photographer = 'ANA LIMA' "
            "WHERE caption_no = 2",
            "UPDATE catalog_info SET value = '3' WHERE key = 'schema_version'",
        ):
            conn.exec_driver_sql(statement)
    opened.engine.dispose()
    by_outlet = catalog("credits", "--by", "outlet", "--format", "json").json()
    assert sorted(r["outlet"] for r in by_outlet if r["captions"]) == ["AFP", "AP"]
    rows = catalog("search", 'outlet:"Associated Press"', "--format", "json").json()
    assert [(r["photographer"], r["via"]) for r in rows] == [("Ana Lima", None)]
    result = catalog("ingest", "wire")
    assert "(0 new, 1 changed, 0 unchanged)" in result.stdout + result.stderr
    rows = catalog("search", "via:Getty", "--format", "json").json()
    assert [(r["photographer"], r["outlet"], r["via"]) for r in rows] == [
        ("Cy Dunn", "AFP", "Getty Images")]
    assert catalog("search", "distributor:Getty", "--format", "json").json() == rows


def test_schema_6_upgrades_on_each_engine_without_the_unread_camera_columns(
        ingested: CatalogRunner) -> None:
    """A catalog taken back to schema 6 (the camera table with lensfun's model, EXIF names,
    mount, crop factor and a known flag, all filled) loses those columns when opened and keeps
    every body with its maker, on SQLite and PostgreSQL alike."""
    target = ingested.target  # type: ignore[attr-defined]
    cameras_before = ingested("cameras", "--format", "json").json()
    catalog = store.open_catalog(target)
    with store.write(catalog) as conn:
        bodies = conn.exec_driver_sql("SELECT name, maker FROM camera ORDER BY name").all()
        for statement in (
            *OLD_CAMERA_COLUMNS,
            "UPDATE camera SET model = name, exif_make = maker, exif_model = name, "
            "mount = 'Some mount', crop_factor = 1.5, known = TRUE",
            "UPDATE catalog_info SET value = '6' WHERE key = 'schema_version'",
        ):
            conn.exec_driver_sql(statement)
    catalog.engine.dispose()
    assert len(bodies) >= 3
    assert ingested("cameras", "--format", "json").json() == cameras_before  # opening upgrades
    catalog = store.open_catalog(target)
    with store.read(catalog) as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("camera")}
        after = conn.exec_driver_sql("SELECT name, maker FROM camera ORDER BY name").all()
        version = conn.exec_driver_sql(
            "SELECT value FROM catalog_info WHERE key = 'schema_version'").scalar()
    catalog.engine.dispose()
    assert columns == {"name", "maker"} and version == str(SCHEMA_VERSION)
    assert [tuple(r) for r in after] == [tuple(r) for r in bodies]
    assert ingested("ingest").exit_code == 0  # and ingest writes cameras into the new table


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_a_stop_signal_during_a_commit_lets_the_commit_finish(tmp_path: Path,
                                                             signame: str) -> None:
    # Ctrl-C (or a kill) that lands while a batch commits: the batch is kept whole and the
    # command stops right after, with the same exception a stop anywhere else raises.
    import signal

    from sqlalchemy import event, func

    from catalog.errors import Terminated, on_sigterm

    catalog = make(tmp_path)
    signum = getattr(signal, signame)

    def stop_now(_conn: object) -> None:
        signal.raise_signal(signum)

    # The handlers `catalog` runs with; a shell's background job starts with SIGINT ignored.
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    previous_term = signal.signal(signal.SIGTERM, on_sigterm)
    event.listen(catalog.engine, "commit", stop_now)
    try:
        stop = KeyboardInterrupt if signame == "SIGINT" else Terminated
        with pytest.raises(stop), store.write(catalog) as conn:
            store.upsert_cameras(conn, [{"name": "Nikon D850", "maker": "Nikon"}])
        handlers = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    finally:
        event.remove(catalog.engine, "commit", stop_now)
        signal.signal(signal.SIGINT, previous_int)
        signal.signal(signal.SIGTERM, previous_term)
    with store.read(catalog) as conn:
        assert conn.execute(select(func.count()).select_from(store.CAMERA)).scalar_one() == 1
    assert handlers == (signal.default_int_handler, on_sigterm)
