from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import FormatOption, OutputFormat


class CreditsBy(StrEnum):
    photographer = "photographer"
    outlet = "outlet"
    camera = "camera"


def credits(
    ctx: typer.Context,
    by: Annotated[CreditsBy, typer.Option("--by", help="Group by this name.")] = (
        CreditsBy.photographer
    ),
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Who and what the catalog credits: one row per name with caption and image counts."""
    from catalog.render import write_rows
    from catalog.store import read
    from catalog.summaries import CREDITS_COLUMNS
    from catalog.summaries import credits as credit_rows

    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        rows = credit_rows(conn, by.value)
    write_rows(rows, CREDITS_COLUMNS[by.value], fmt.value)
