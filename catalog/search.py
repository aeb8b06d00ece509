"""The read side: credits-sheet rows selected by a query, streamed, and one article in full.

Search results are sheet rows; `sheet_rows` serves `search`, `show`, `export` and `sheet`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import Connection, and_, select, true
from sqlalchemy.sql.elements import ColumnElement

from catalog import audit
from catalog.errors import CatalogError
from catalog.fields import SHEET_COLUMNS, sheet_columns
from catalog.media import normalise_article_path
from catalog.query import EVERYTHING, Query
from catalog.render import Format, write_rows
from catalog.store import ARTICLE, CAPTION


def sheet_query(query: Query = EVERYTHING, dialect: str = "sqlite", limit: int | None = None,
                within: ColumnElement[bool] | None = None) -> Any:
    """The sheet's SELECT for the captions `query` (and `within`, when given) selects."""
    statement = (
        select(*sheet_columns(), *audit.finding_flags())
        .select_from(audit.joined())
        .where(query.where(dialect), within if within is not None else true())
        .order_by(ARTICLE.c.path, CAPTION.c.caption_no)
    )
    return statement.limit(limit) if limit is not None else statement


def sheet_rows(conn: Connection, query: Query = EVERYTHING, limit: int | None = None,
               within: ColumnElement[bool] | None = None) -> Iterator[dict[str, Any]]:
    """Credits-sheet rows (dicts keyed by SHEET_COLUMNS), streamed from the database."""
    statement = sheet_query(query, conn.dialect.name, limit, within)
    result = conn.execution_options(stream_results=True, yield_per=1000).execute(statement)
    # Positions, looked up once: a million rows make a by-name lookup per cell cost seconds.
    names = list(result.keys())
    cells = [(name, names.index(name)) for name in SHEET_COLUMNS if name != "findings"]
    flags = sorted((name.removeprefix("finding:"), position)
                   for position, name in enumerate(names) if name.startswith("finding:"))
    for row in result:
        record = {name: row[position] for name, position in cells}
        published = record["published"]
        if published is not None and not isinstance(published, str):
            record["published"] = published.isoformat()
        record["findings"] = ";".join(code for code, position in flags if row[position]) or None
        yield record


def export(conn: Connection, fmt: Format, out: IO[str], query: Query = EVERYTHING) -> int:
    """Write the credits sheet of the captions `query` selects; returns the number of rows."""
    return write_rows(sheet_rows(conn, query), SHEET_COLUMNS, fmt, out)


@dataclass(frozen=True)
class ArticleView:
    article: dict[str, Any]
    captions: list[dict[str, Any]]
    findings: list[dict[str, Any]]


def show(conn: Connection, article_path: str, caption_no: int | None = None,
         query: Query = EVERYTHING) -> ArticleView:
    """Everything known about the article at exactly this path (or one of its captions), with
    its captions narrowed to those `query` selects."""
    path = normalise_article_path(article_path)
    row = conn.execute(select(ARTICLE).where(ARTICLE.c.path == path)).first()
    if row is None:
        raise CatalogError(f"{article_path}: no such article in the catalog")
    within = ARTICLE.c.path == path
    if caption_no is not None:
        within = and_(within, CAPTION.c.caption_no == caption_no)
    captions = list(sheet_rows(conn, query, within=within))
    if caption_no is not None and not captions and query.everything:
        raise CatalogError(f"{path}: has no caption {caption_no}")
    wanted = {r["caption_no"] for r in captions}
    findings = [
        finding.as_dict() for finding in audit.findings(conn, where=within)
        if finding.caption_no in wanted
    ]
    article = {
        "article": row.path, "format": row.format, "published":
        row.published.isoformat() if row.published else None, "headline": row.headline,
        "deck": row.deck, "warnings": row.warnings.split("\n") if row.warnings else [],
    }
    return ArticleView(article, captions, findings)
