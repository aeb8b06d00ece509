from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.render import say


def link(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="Article path as the catalog shows it.")],
    caption_no: Annotated[int, typer.Argument(min=1, help="Caption number within the article.")],
    file: Annotated[
        Path | None,
        typer.Argument(help="Image file inside the media folder or the article's folder.",
                       show_default=False),
    ] = None,
    clear: Annotated[
        bool, typer.Option("--clear", help="Remove the manual link; the link rules apply again.")
    ] = False,
    media: Annotated[Path, typer.Option("--media", help="The media folder.")] = Path("media"),
) -> None:
    """Link a caption to an image file by hand; the link survives re-ingest."""
    from catalog.errors import CatalogError
    from catalog.manual_links import clear_link, set_link

    catalog = open_catalog(ctx)
    if clear:
        clear_link(catalog, article, caption_no)
        say(f"{article}: caption {caption_no}: manual link cleared")
        return
    if file is None:
        raise CatalogError("give the image FILE to link (or --clear to remove a manual link)")
    stored = set_link(catalog, article, caption_no, file, media)
    say(f"{article}: caption {caption_no} linked to {stored} (manual)")
