"""Where a caption came from (`caption_source`, schema 6) is stored at ingest, shown in every
machine output, searchable as `source:`, and filled in an upgraded catalog by the next ingest,
on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from catalog import store
from catalog.models import SCHEMA_VERSION
from tests.conftest import OLD_CAMERA_COLUMNS, CatalogRunner

# One caption of each source: a figcaption, a JSON-LD ImageObject, alt text, an image title.
PAGE = """<html><head><title>Harbour storm</title></head><body><article>
<h1>Harbour storm</h1>
<p>The storm hit the harbour overnight and boats were moved to the inner basin by crews.</p>
<figure><img src="a.jpg" width="800">
<figcaption>Boats in the harbour at dawn. Jane Roe/Reuters</figcaption></figure>
<p>More text about the storm and its damage to the quays and the ferry terminal buildings.</p>
<img src="b.jpg" width="800" alt="Crews moving fishing boats to the inner basin before the storm">
<img src="c.jpg" width="800" title="A ferry waits at the terminal as the wind rises">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Harbour storm", "image": {"@type": "ImageObject", "url": "d.jpg",
"caption": "Waves break over the sea wall in the old town", "creditText": "Ana Lima/AFP"}}
</script></article></body></html>
"""
SOURCES = {"a.jpg": "markup", "b.jpg": "alt", "c.jpg": "attribute", "d.jpg": "json-ld"}


def _refs(catalog: CatalogRunner, *terms: str) -> dict[str, str | None]:
    """image reference → caption_source, for the web page's captions a search selects."""
    target = catalog.target  # type: ignore[attr-defined]
    opened = store.open_catalog(target)
    with store.read(opened) as conn:
        refs = dict(conn.exec_driver_sql(
            "SELECT c.caption_no, c.image_ref FROM caption c JOIN article a "
            "ON a.id = c.article_id WHERE a.path = 'web/storm.html'").all())
    opened.engine.dispose()
    result = catalog("search", "--format", "json", "article:web/storm.html", *terms)
    assert result.exit_code == 0, result.stderr
    return {refs[row["caption_no"]]: row["caption_source"] for row in result.json()}


def _ingest_page(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "web").mkdir()
    (desk / "web" / "storm.html").write_text(PAGE, encoding="utf-8")
    result = catalog("ingest", "seeds", "web")
    assert result.exit_code == 0, result.stderr


def test_each_html_caption_says_where_it_came_from(catalog: CatalogRunner, desk: Path) -> None:
    _ingest_page(catalog, desk)
    assert _refs(catalog) == SOURCES
    seed = [r for r in catalog("search", "--format", "json", "article:seeds").json()]
    assert seed and all(r["caption_source"] is None for r in seed)  # plain text has no source
    # searchable by its name and its alias, one word compared whole
    assert _refs(catalog, "source:alt") == {"b.jpg": "alt"}
    assert _refs(catalog, "caption_source:JSON-LD") == {"d.jpg": "json-ld"}
    assert _refs(catalog, "source:al") == {}
    assert _refs(catalog, "--", "-source:alt") == {k: v for k, v in SOURCES.items() if v != "alt"}
    assert len(catalog("search", "--format", "json", "source:none").json()) == len(seed)


def test_the_sheet_ends_with_caption_source(catalog: CatalogRunner, desk: Path) -> None:
    _ingest_page(catalog, desk)
    result = catalog("export", "--format", "csv", "source:alt")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][-2:] == ["via", "caption_source"]
    assert [row[-1] for row in rows[1:]] == ["alt"]
    exported = catalog("export", "--format", "json", "article:web").json()
    assert sorted(r["caption_source"] for r in exported) == sorted(SOURCES.values())
    shown = catalog("show", "web/storm.html", "--format", "json").json()
    assert sorted(c["caption_source"] for c in shown["captions"]) == sorted(SOURCES.values())


def test_schema_5_upgrades_and_the_next_ingest_fills_caption_source(
        catalog: CatalogRunner, desk: Path) -> None:
    """A catalog taken back to schema 5 (no caption_source column) keeps its rows when opened;
    the next ingest reads its HTML articles again (not the plain-text seed) and fills it."""
    _ingest_page(catalog, desk)
    before = catalog("search", "--format", "json").json()
    target = catalog.target  # type: ignore[attr-defined]
    opened = store.open_catalog(target)
    with store.write(opened) as conn:
        conn.exec_driver_sql("ALTER TABLE caption DROP COLUMN caption_source")
        for statement in OLD_CAMERA_COLUMNS:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql("UPDATE catalog_info SET value = '5' WHERE key = 'schema_version'")
    opened.engine.dispose()

    upgraded = catalog("search", "--format", "json").json()  # opening upgrades
    assert [{**row, "caption_source": None} for row in before] == upgraded
    opened = store.open_catalog(target)
    with store.read(opened) as conn:
        assert conn.exec_driver_sql("SELECT value FROM catalog_info "
                                    "WHERE key = 'schema_version'").scalar() == str(
                                        SCHEMA_VERSION)
    opened.engine.dispose()

    result = catalog("ingest", "seeds", "web")
    assert "2 articles (0 new, 1 changed, 1 unchanged)" in result.stdout + result.stderr
    assert catalog("search", "--format", "json").json() == before
    assert _refs(catalog) == SOURCES
    again = catalog("ingest", "seeds", "web")
    assert "(0 new, 0 changed, 2 unchanged)" in again.stdout + again.stderr
