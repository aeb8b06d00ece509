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
    from catalog.copy import copy_catalog
    from catalog.errors import CatalogError
    from catalog.store import database_url
    from catalog.store import open_catalog as open_store

    source = open_catalog(ctx)
    if database_url(to) == database_url(source.target):
        raise CatalogError(f"{to}: is the catalog being copied")
    target = open_store(to, create=True)
    ctx.call_on_close(target.engine.dispose)
    with ProgressReporter(enabled=stderr_is_terminal()) as reporter:
        report = copy_catalog(source, target, progress=reporter.update)
    say(report.summary(to))
