"""Option types shared by several commands, declared once."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output: table for people, json or csv.")
]
TableOrJsonOption = Annotated[
    TableOrJson, typer.Option("--format", "-f", help="Output: table for people, or json.")
]
