from __future__ import annotations

from typing import Annotated

import typer

from catalog.cli.context import open_catalog, stderr_is_terminal
from catalog.render import say


def copy(
    ctx: typer.Context,
    to: Annotated[
        str,
        typer.Option("--to", help="The catalog to copy into: an SQLite file or a URL "
                     "(postgresql+psycopg://user@host/dbname); created if new."),
    ],
) -> None:
    """Copy the whole catalog into another one (SQLite ↔ PostgreSQL), merging by path."""
    from catalog.cli.progress import ProgressReporter
    from catalog.copy import CopyReport, copy_catalog
    from catalog.errors import CatalogError, Terminated, stop_signal
    from catalog.store import open_catalog as open_store
    from catalog.store import same_catalog

    source = open_catalog(ctx)
    if same_catalog(to, source.target):
        raise CatalogError(f"{to}: is the catalog being copied")
    report = CopyReport()
    try:
        target = open_store(to, create=True)
        ctx.call_on_close(target.engine.dispose)
        with ProgressReporter(enabled=stderr_is_terminal()) as reporter:
            copy_catalog(source, target, progress=reporter.update, report=report)
    except (KeyboardInterrupt, Terminated) as stop:
        name, status = stop_signal(stop)
        say(f"catalog: copy interrupted by {name}; {report.summary(to).replace('copied ', '', 1)}"
            " so far, each batch whole; run `catalog copy` again to finish", err=True)
        raise typer.Exit(status) from None
    say(report.summary(to))
