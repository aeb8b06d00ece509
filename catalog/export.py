"""The credits sheet: one row per caption with its file's EXIF and its findings, streamed.

Search results are sheet rows too; `sheet_rows` serves `search`, `show` and `export`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import IO, Any

from sqlalchemy import Connection, select

from catalog import audit, query
from catalog.fields import SHEET_COLUMNS, sheet_columns
from catalog.render import Format, write_rows
from catalog.store import ARTICLE, CAPTION


def sheet_query(terms: Sequence[query.Term] = (), dialect: str = "sqlite",
                limit: int | None = None) -> Any:
    statement = (
        select(*sheet_columns(), *audit.finding_flags())
        .select_from(audit.joined())
        .where(query.where(terms, dialect))
        .order_by(ARTICLE.c.path, CAPTION.c.caption_no)
    )
    return statement.limit(limit) if limit is not None else statement


def sheet_rows(conn: Connection, terms: Sequence[query.Term] = (),
               limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Credits-sheet rows (dicts keyed by SHEET_COLUMNS), streamed from the database."""
    statement = sheet_query(terms, conn.dialect.name, limit)
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


def export(conn: Connection, fmt: Format, out: IO[str]) -> int:
    """Write the whole credits sheet; returns the number of rows."""
    return write_rows(sheet_rows(conn), SHEET_COLUMNS, fmt, out)
