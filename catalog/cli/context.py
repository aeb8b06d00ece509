"""What every command needs from the root: the catalog it names."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from catalog.store import Catalog


def open_catalog(ctx: typer.Context, *, create: bool = False) -> Catalog:
    from catalog.store import open_catalog as open_store

    settings = ctx.find_root().obj
    catalog = open_store(settings.db, create=create)
    ctx.call_on_close(catalog.engine.dispose)  # no connection outlives the command
    return catalog


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()
