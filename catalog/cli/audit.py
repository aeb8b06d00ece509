from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import TableOrJson, TableOrJsonOption

FINDING_COLUMNS = ("article", "caption_no", "code", "severity", "caption_value", "exif_value",
                   "message")


class FailOn(StrEnum):
    error = "error"
    warning = "warning"


def audit(
    ctx: typer.Context,
    fmt: TableOrJsonOption = TableOrJson.table,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 when a finding of this severity or worse exists."),
    ] = None,
) -> None:
    """Check every caption against its file: camera, dates, credit, missing or unreadable."""
    from collections.abc import Iterator
    from dataclasses import asdict
    from typing import Any

    from catalog.audit import SEVERITY_RANK, findings
    from catalog.render import write_rows
    from catalog.store import read

    catalog = open_catalog(ctx)
    worst = 0

    def rows() -> Iterator[dict[str, Any]]:
        nonlocal worst
        for finding in findings(conn):
            worst = max(worst, SEVERITY_RANK[finding.severity])
            yield asdict(finding)

    with read(catalog) as conn:
        write_rows(rows(), FINDING_COLUMNS, fmt.value, title="Audit findings")
    if fail_on is not None and worst >= SEVERITY_RANK[fail_on.value]:
        raise typer.Exit(1)
