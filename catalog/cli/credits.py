from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import FormatOption, OutputFormat, takes_query

if TYPE_CHECKING:
    from catalog.query import Query


class CreditsBy(StrEnum):
    photographer = "photographer"
    outlet = "outlet"
    camera = "camera"


@takes_query
def credits(
    ctx: typer.Context,
    by: Annotated[CreditsBy, typer.Option("--by", help="Group by this name.")] = (
        CreditsBy.photographer
    ),
    fmt: FormatOption = OutputFormat.table,
    *,
    query: Query,
) -> None:
    """Who and what the catalog credits: one row per name with caption and image counts
    (of the captions the query selects, and their images)."""
    from catalog.render import write_rows
    from catalog.store import read
    from catalog.summaries import CREDITS_COLUMNS
    from catalog.summaries import credits as credit_rows

    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        rows = credit_rows(conn, by.value, query)
    write_rows(rows, CREDITS_COLUMNS[by.value], fmt.value)
