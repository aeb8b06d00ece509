from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import TableOrJson, TableOrJsonOption, takes_query

if TYPE_CHECKING:
    from catalog.query import Query


@takes_query
def show(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="Article path exactly as the catalog shows it.")],
    fmt: TableOrJsonOption = TableOrJson.table,
    *,
    query: Query,
) -> None:
    """Everything known about an article, or one of its captions: `show ARTICLE [CAPTION_NO]
    [TEXT]...`; TEXT narrows the captions shown."""
    import json

    from catalog.paths import without_surrogates
    from catalog.search import show as show_article
    from catalog.store import read

    caption_no, query = _caption_number(query)
    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        view = show_article(conn, article, caption_no, query)
    if fmt == TableOrJson.json:
        document = {**view.article, "captions": view.captions, "findings": view.findings}
        typer.echo(without_surrogates(json.dumps(document, ensure_ascii=False, indent=2)))
        return
    from rich.table import Table
    from rich.text import Text

    from catalog.fields import LABELS
    from catalog.paths import printable
    from catalog.render import cell, console

    shown = console()
    head = view.article
    shown.print(Text(printable(head["headline"] or "(no headline)"), style="bold"))
    shown.print(Text(f"{printable(head['article'])}  ·  published "
                     f"{printable(head['published'] or 'unknown')}"))
    if head["deck"]:
        shown.print(cell(head["deck"]))
    for caption in view.captions:
        table = Table(title=f"Caption {caption['caption_no']}", show_header=False,
                      title_justify="left")
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for key, value in caption.items():
            if key not in ("article", "published", "headline", "caption_no"):
                table.add_row(LABELS.get(key, key), cell(value))
        shown.print(table)
    for finding in view.findings:
        colour = "red" if finding["severity"] == "error" else "yellow"
        line = Text(printable(finding["severity"]), style=colour)
        line.append(f" caption {finding['caption_no']}: {printable(finding['code'])}: "
                    f"{printable(finding['message'])}")
        shown.print(line)


def _caption_number(query: Query) -> tuple[int | None, Query]:
    """A first free word that is a whole number is the CAPTION_NO of `show ARTICLE N`."""
    if query.terms and query.terms[0].field is None and not query.terms[0].negated:
        first = query.terms[0].value
        if first.isdigit() and int(first) >= 1:
            return int(first), dataclasses.replace(query, terms=query.terms[1:])
    return None, query
