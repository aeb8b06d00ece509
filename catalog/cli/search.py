from __future__ import annotations

from typing import Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import FormatOption, OutputFormat


def search(
    ctx: typer.Context,
    text: Annotated[
        list[str] | None,
        typer.Argument(
            help="Words to find, and field:value terms (photographer:Yingst, "
            'camera:"Nikon D850", published:2023-11..2023-12, finding:camera-mismatch, '
            "image:none); a leading - negates a term.",
            show_default=False,
        ),
    ] = None,
    photographer: Annotated[str | None, typer.Option(help="Photographer contains P.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet contains O.")] = None,
    camera: Annotated[
        str | None, typer.Option(help="Any spelling of a body ('a7 III' finds ILCE-7M3 files).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after DATE.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before DATE.")] = None,
    article: Annotated[str | None, typer.Option(help="Article path (contains, or a glob).")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most N rows.")] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Search captions: full text over caption, headline, photographer, outlet and cameras."""
    from catalog import query
    from catalog.export import sheet_rows
    from catalog.fields import SHEET_COLUMNS, TABLE_COLUMNS
    from catalog.render import write_rows
    from catalog.store import read

    terms = query.combine(text or [], query.option_terms(
        photographer=photographer, outlet=outlet, camera=camera, article=article,
    ))
    if since or until:
        terms.append(query.Term("published", f"{since or ''}..{until or ''}"))
    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        columns = TABLE_COLUMNS if fmt == OutputFormat.table else SHEET_COLUMNS
        write_rows(sheet_rows(conn, terms, limit), columns, fmt.value)
