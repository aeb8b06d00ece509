from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import FormatOption, OutputFormat, takes_query

if TYPE_CHECKING:
    from catalog.query import Query


@takes_query
def cameras(ctx: typer.Context, fmt: FormatOption = OutputFormat.table, *,
            query: Query) -> None:
    """Equipment: each canonical body with its maker, caption and image counts, lenses seen."""
    from catalog.render import write_rows
    from catalog.store import read
    from catalog.summaries import CAMERAS_COLUMNS, camera_summary

    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        rows = camera_summary(conn, query)
    write_rows(rows, CAMERAS_COLUMNS, fmt.value)
