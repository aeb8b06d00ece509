from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from catalog.cli.context import open_catalog
from catalog.cli.options import TableOrJson, TableOrJsonOption, takes_query

if TYPE_CHECKING:
    from catalog.query import Query


class FailOn(StrEnum):
    error = "error"
    warning = "warning"


@takes_query
def audit(
    ctx: typer.Context,
    fmt: TableOrJsonOption = TableOrJson.table,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 when a finding of this severity or worse exists."),
    ] = None,
    *,
    query: Query,
) -> None:
    """Check each caption the query selects (all by default) against its file: camera, dates,
    credit, missing or unreadable."""
    from collections.abc import Iterator
    from typing import Any

    from catalog.audit import SEVERITY_RANK, findings
    from catalog.domain import FINDING_KEYS
    from catalog.render import write_rows
    from catalog.store import read

    catalog = open_catalog(ctx)
    worst = 0

    def rows() -> Iterator[dict[str, Any]]:
        nonlocal worst
        for finding in findings(conn, where=None if query.everything
                                else query.where(conn.dialect.name)):
            worst = max(worst, SEVERITY_RANK[finding.severity])
            yield finding.as_dict()

    with read(catalog) as conn:
        write_rows(rows(), FINDING_KEYS, fmt.value, title="Audit findings")
    if fail_on is not None and worst >= SEVERITY_RANK[fail_on.value]:
        raise typer.Exit(1)
