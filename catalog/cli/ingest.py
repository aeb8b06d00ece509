from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from catalog.cli.context import open_catalog, stderr_is_terminal


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

    catalog = open_catalog(ctx, create=True)

    def note(line: str) -> None:
        typer.echo(line, err=True)

    with ProgressReporter(enabled=stderr_is_terminal()) as reporter:
        report = run_ingest(
            catalog, paths or [Path("seeds")], media, prune=prune,
            progress=reporter.update, notify=reporter.wrap(note),
        )
    typer.echo(report.summary())
