from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import takes_query
from catalog.render import say

if TYPE_CHECKING:
    from catalog.query import Query


@takes_query
def sheet(
    ctx: typer.Context,
    output: Annotated[
        Path, typer.Option("--output", help="The HTML file to write.")
    ] = Path("contact-sheet.html"),
    page_size: Annotated[
        int, typer.Option(min=1, help="Captions per page; more make further pages.")
    ] = 500,
    media: Annotated[Path, typer.Option("--media", help="The media folder.")] = Path("media"),
    *,
    query: Query,
) -> None:
    """Write a contact sheet: photos beside captions, credits, cameras and findings (HTML)."""
    from catalog.contact_sheet import write_sheet
    from catalog.search import sheet_rows
    from catalog.store import read

    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        from catalog.errors import CatalogError

        raise CatalogError(f"{output}: folder {folder} does not exist")
    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        report = write_sheet(sheet_rows(conn, query), output, Path.cwd(), media=media,
                             page_size=page_size)
    for line in report.refused:
        say(f"catalog: {line}", err=True)
    pages = ", ".join(str(p) for p in report.pages)
    say(f"wrote {report.captions} captions, {report.thumbnails} thumbnails "
               f"({report.cached} from cache) to {pages}")
