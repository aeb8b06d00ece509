from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import FormatOption, OutputFormat, takes_query

if TYPE_CHECKING:
    from catalog.query import Query


@takes_query
def search(
    ctx: typer.Context,
    limit: Annotated[int | None, typer.Option(min=1, help="At most N rows.")] = None,
    fmt: FormatOption = OutputFormat.table,
    *,
    query: Query,
) -> None:
    """Search captions: full text over caption, headline, photographer, outlet and cameras."""
    from catalog.fields import LABELS, SHEET_COLUMNS, TABLE_COLUMNS
    from catalog.render import write_rows
    from catalog.search import sheet_rows
    from catalog.store import read

    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        columns = TABLE_COLUMNS if fmt == OutputFormat.table else SHEET_COLUMNS
        write_rows(sheet_rows(conn, query, limit), columns, fmt.value, labels=LABELS)
