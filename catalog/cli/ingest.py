from __future__ import annotations

import logging
import signal
from pathlib import Path
from typing import Annotated

import typer

from catalog.cli.context import stderr_is_terminal
from catalog.errors import Terminated, on_sigterm, stop_signal
from catalog.reingest import STOPPED
from catalog.render import say


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (default: seeds).", show_default=False),
    ] = None,
    media: Annotated[
        Path, typer.Option("--media", help="Folder of image files to catalogue and link.")
    ] = Path("media"),
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop the records of files that no longer exist.")
    ] = False,
) -> None:
    """Read articles and images into the catalog; unchanged files are skipped."""
    from catalog.cli.progress import ProgressReporter
    from catalog.ingest import ingest as run_ingest

    # Opened (created or upgraded) by ingest itself: a new catalog while the workers read.
    target = ctx.find_root().obj.db

    def note(line: str) -> None:
        say(line, err=True)

    # A signal that lands while SQLAlchemy's pool resets a connection is logged by the pool
    # with a traceback; the stop is reported below in one line, so that log goes nowhere.
    logging.getLogger("sqlalchemy.pool").addHandler(logging.NullHandler())
    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        with ProgressReporter(enabled=stderr_is_terminal()) as reporter:
            report = run_ingest(
                target, paths or [Path("seeds")], media, prune=prune,
                progress=reporter.update, notify=reporter.wrap(note),
            )
    except (KeyboardInterrupt, Terminated) as stop:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        name, status = stop_signal(stop)
        say(STOPPED.format(signal=name), err=True)
        raise typer.Exit(status) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    say(report.summary())
