"""Option types shared by several commands, declared once."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", help="Output: table for people, json or csv.")
]
TableOrJsonOption = Annotated[
    TableOrJson, typer.Option("--format", help="Output: table for people, or json.")
]


# The search filters, shared by `search` and `sheet`.
SearchText = Annotated[
    list[str] | None,
    typer.Argument(
        help="Words to find, and field:value terms (photographer:Yingst, "
        'camera:"Nikon D850", published:2023-11..2023-12, finding:camera-mismatch, '
        "image:none); a leading - negates a term.",
        show_default=False,
    ),
]
PhotographerOption = Annotated[str | None, typer.Option(help="Photographer contains P.")]
OutletOption = Annotated[str | None, typer.Option(help="Outlet contains O.")]
CameraOption = Annotated[
    str | None, typer.Option(help="Any spelling of a body ('a7 III' finds ILCE-7M3 files).")
]
SinceOption = Annotated[str | None, typer.Option(help="Published on or after DATE.")]
UntilOption = Annotated[str | None, typer.Option(help="Published on or before DATE.")]
ArticleOption = Annotated[str | None, typer.Option(help="Article path (contains, or a glob).")]


def search_terms(
    text: list[str] | None, *, photographer: str | None, outlet: str | None,
    camera: str | None, since: str | None, until: str | None, article: str | None,
) -> list[Any]:
    """The query terms the search options and TEXT stand for."""
    from catalog import query

    terms = query.combine(text or [], query.option_terms(
        photographer=photographer, outlet=outlet, camera=camera, article=article,
    ))
    if since or until:
        terms.append(query.Term("published", f"{since or ''}..{until or ''}"))
    return terms
