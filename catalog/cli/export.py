from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import takes_query
from catalog.render import say

if TYPE_CHECKING:
    from catalog.query import Query


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"


@takes_query
def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="csv or json.")] = (
        ExportFormat.csv
    ),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    *,
    query: Query,
) -> None:
    """Export the credits sheet: one row per caption the query selects (all by default), with
    its file's EXIF and findings. Negated terms go after -- (-o is --output)."""
    import sys

    from catalog.files import atomic_output
    from catalog.render import counted
    from catalog.search import export as write_sheet
    from catalog.store import read

    catalog = open_catalog(ctx)
    if output is None:
        with read(catalog) as conn:
            write_sheet(conn, fmt.value, sys.stdout, query)
        return
    # Written beside the target and renamed over it whole: a failed or stopped export never
    # leaves half a sheet or a temporary file, and a replaced file keeps its mode.
    with atomic_output(output) as out, read(catalog) as conn:
        count = write_sheet(conn, fmt.value, out, query)
    say(f"wrote {counted(count, 'caption')} to {output}", err=True)
