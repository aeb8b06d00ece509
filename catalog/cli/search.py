from __future__ import annotations

from typing import Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import (
    ArticleOption,
    CameraOption,
    FormatOption,
    OutletOption,
    OutputFormat,
    PhotographerOption,
    SearchText,
    SinceOption,
    UntilOption,
    search_terms,
)


def search(
    ctx: typer.Context,
    text: SearchText = None,
    photographer: PhotographerOption = None,
    outlet: OutletOption = None,
    camera: CameraOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    article: ArticleOption = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most N rows.")] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Search captions: full text over caption, headline, photographer, outlet and cameras."""
    from catalog.export import sheet_rows
    from catalog.fields import SHEET_COLUMNS, TABLE_COLUMNS
    from catalog.render import write_rows
    from catalog.store import read

    terms = search_terms(text, photographer=photographer, outlet=outlet, camera=camera,
                         since=since, until=until, article=article)
    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        columns = TABLE_COLUMNS if fmt == OutputFormat.table else SHEET_COLUMNS
        write_rows(sheet_rows(conn, terms, limit), columns, fmt.value)
