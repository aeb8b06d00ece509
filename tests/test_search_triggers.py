"""The search document's triggers fire only when a searched column changes (schema 4), on
SQLite and PostgreSQL, and a schema-4 catalog gets them when opened."""

from __future__ import annotations

import sqlite3

from catalog import store
from catalog.models import SCHEMA_VERSION
from tests.conftest import OLD_CAMERA_COLUMNS, CatalogRunner

# The triggers as schemas 1 to 4 made them: every update rewrote the document.
_SCHEMA_4 = {
    "sqlite": [
        "DROP TRIGGER caption_fts_au", "DROP TRIGGER caption_fts_image_au",
        "CREATE TRIGGER caption_fts_au AFTER UPDATE ON caption BEGIN "
        "DELETE FROM caption_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER caption_fts_image_au AFTER UPDATE ON image BEGIN "
        "DELETE FROM caption_fts WHERE rowid IN "
        "(SELECT id FROM caption WHERE image_id = new.id); END",
    ],
    "postgresql": [
        "DROP TRIGGER caption_search_caption_update ON caption",
        "DROP TRIGGER caption_search_image ON image",
        "DROP TRIGGER caption_search_caption ON caption",
        "CREATE TRIGGER caption_search_caption AFTER INSERT OR UPDATE ON caption "
        "FOR EACH ROW EXECUTE FUNCTION caption_search_caption()",
        "CREATE TRIGGER caption_search_image AFTER UPDATE ON image "
        "FOR EACH ROW EXECUTE FUNCTION caption_search_image()",
    ],
}


def _found(catalog: CatalogRunner, *terms: str) -> list[int]:
    return [r["caption_no"] for r in catalog("search", *terms, "--format", "json").json()]


def test_an_update_that_changes_no_searched_column_leaves_the_document(
        ingested: CatalogRunner) -> None:
    target = ingested.target  # type: ignore[attr-defined]
    catalog = store.open_catalog(target)
    linked = "(SELECT image_id FROM caption WHERE image_id IS NOT NULL LIMIT 1)"
    dialect = catalog.engine.dialect.name
    if dialect == "sqlite":
        catalog.engine.dispose()
        with sqlite3.connect(target) as conn:
            before = conn.total_changes  # counts the rows triggers change too
            conn.execute(f"UPDATE image SET size = size + 1, error = NULL WHERE id = {linked}")
            assert conn.total_changes - before == 1  # the image row alone
            before = conn.total_changes
            conn.execute(f"UPDATE image SET make = 'Zorki' WHERE id = {linked}")
            assert conn.total_changes - before > 1  # ... and the linked captions' documents
    else:
        with store.write(catalog) as conn:
            conn.exec_driver_sql(f"UPDATE image SET make = 'Zorki' WHERE id = {linked}")
        catalog.engine.dispose()
    assert len(_found(ingested, "Zorki")) == 1  # the document follows a searched column


def test_schema_4_gets_the_conditional_triggers_on_each_engine(ingested: CatalogRunner) -> None:
    target = ingested.target  # type: ignore[attr-defined]
    catalog = store.open_catalog(target)
    dialect = catalog.engine.dialect.name
    fresh = _triggers(catalog)
    with store.write(catalog) as conn:
        for statement in _SCHEMA_4[dialect]:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql("ALTER TABLE caption DROP COLUMN caption_source")
        for statement in OLD_CAMERA_COLUMNS:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql("UPDATE catalog_info SET value = '4' WHERE key = 'schema_version'")
    assert _triggers(catalog) != fresh
    catalog.engine.dispose()
    assert ingested("search", "x").exit_code == 0  # opening upgrades
    catalog = store.open_catalog(target)
    assert _triggers(catalog) == fresh
    assert all("WHEN" in sql for name, sql in fresh.items()
               if name.endswith(("_au", "_update", "_image", "_article")))
    with store.read(catalog) as conn:
        assert conn.exec_driver_sql("SELECT value FROM catalog_info WHERE "
                                    "key = 'schema_version'").scalar() == str(SCHEMA_VERSION)
    catalog.engine.dispose()


def _triggers(catalog: store.Catalog) -> dict[str, str]:
    with store.read(catalog) as conn:
        if catalog.engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master "
                                        "WHERE type = 'trigger'").all()
        else:
            rows = conn.exec_driver_sql("SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                                        "WHERE NOT tgisinternal").all()
    return {name: sql for name, sql in rows}
