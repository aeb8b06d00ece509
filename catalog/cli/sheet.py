from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import (
    ArticleOption,
    CameraOption,
    OutletOption,
    PhotographerOption,
    SearchText,
    SinceOption,
    UntilOption,
    search_terms,
)


def sheet(
    ctx: typer.Context,
    text: SearchText = None,
    output: Annotated[
        Path, typer.Option("--output", help="The HTML file to write.")
    ] = Path("contact-sheet.html"),
    photographer: PhotographerOption = None,
    outlet: OutletOption = None,
    camera: CameraOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    article: ArticleOption = None,
    page_size: Annotated[
        int, typer.Option(min=1, help="Captions per page; more make further pages.")
    ] = 500,
) -> None:
    """Write a contact sheet: photos beside captions, credits, cameras and findings (HTML)."""
    from catalog.contact_sheet import write_sheet
    from catalog.errors import CatalogError
    from catalog.export import sheet_rows
    from catalog.store import read

    terms = search_terms(text, photographer=photographer, outlet=outlet, camera=camera,
                         since=since, until=until, article=article)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise CatalogError(f"{output}: folder {folder} does not exist")
    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        report = write_sheet(sheet_rows(conn, terms), output, Path.cwd(), page_size=page_size)
    pages = ", ".join(str(p) for p in report.pages)
    typer.echo(f"wrote {report.captions} captions, {report.thumbnails} thumbnails "
               f"({report.cached} from cache) to {pages}")
