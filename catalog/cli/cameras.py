from __future__ import annotations

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import FormatOption, OutputFormat


def cameras(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """Equipment: each canonical body with its maker, caption and image counts, lenses seen."""
    from catalog.render import write_rows
    from catalog.store import read
    from catalog.summaries import CAMERAS_COLUMNS, camera_summary

    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        rows = camera_summary(conn)
    write_rows(rows, CAMERAS_COLUMNS, fmt.value)
