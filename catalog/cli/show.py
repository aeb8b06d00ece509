from __future__ import annotations

from typing import Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import TableOrJson, TableOrJsonOption


def show(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="Article path as the catalog shows it.")],
    caption_no: Annotated[
        int | None, typer.Argument(min=1, help="Only this caption.", show_default=False)
    ] = None,
    fmt: TableOrJsonOption = TableOrJson.table,
) -> None:
    """Everything known about an article, or one of its captions."""
    import json

    from catalog.store import read
    from catalog.summaries import show as show_article

    catalog = open_catalog(ctx)
    with read(catalog) as conn:
        view = show_article(conn, article, caption_no)
    if fmt == TableOrJson.json:
        document = {**view.article, "captions": view.captions, "findings": view.findings}
        typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    head = view.article
    console.print(f"[bold]{head['headline'] or '(no headline)'}[/bold]", highlight=False)
    console.print(f"{head['article']}  ·  published {head['published'] or 'unknown'}",
                  markup=False, highlight=False)
    if head["deck"]:
        console.print(head["deck"], markup=False, highlight=False)
    for caption in view.captions:
        table = Table(title=f"Caption {caption['caption_no']}", show_header=False,
                      title_justify="left")
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for key, value in caption.items():
            if key not in ("article", "published", "headline", "caption_no"):
                table.add_row(key.replace("_", " "), "" if value is None else str(value))
        console.print(table)
    for finding in view.findings:
        colour = "red" if finding["severity"] == "error" else "yellow"
        console.print(f"[{colour}]{finding['severity']}[/{colour}] caption "
                      f"{finding['caption_no']}: {finding['code']}: {finding['message']}",
                      highlight=False)
