"""One output path for every command: rows to a rich table, JSON or CSV, streamed.

Every value that came from a file or the catalog is data, never markup: tables and messages
show it through `printable` (controls, escape sequences and bidi overrides as visible escapes)
in a console that parses no Rich markup, so a caption holding `[/i]`, `[link=…]` or `ESC]0;`
prints as those characters. JSON escapes by itself; CSV keeps its formula guard.

JSON and CSV are the machine formats of the contract: keys and columns come from the caller in
their contract order, values are written as they are (None → null / empty cell). Tables are for
people and may change.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal

from catalog.paths import message, printable, without_surrogates

if TYPE_CHECKING:
    from rich.console import Console

Format = Literal["table", "json", "csv"]


def counted(count: int, noun: str) -> str:
    """'1 caption', '3 captions': a count with its noun, for summary lines."""
    return f"{count} {noun}" + ("" if count == 1 else "s")

_CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_cell(value: Any) -> str:
    """A value as a CSV cell, neutralised against spreadsheet formula injection (OWASP)."""
    if value is None:
        return ""
    text = _plain(value)
    text = text if isinstance(text, str) else str(text)
    if text.startswith(_CSV_TRIGGERS):
        return "'" + text
    return text


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return without_surrogates(value)
    return value


def cell(value: Any) -> Any:
    """A value as a table cell: data shown literally (no markup), controls made visible."""
    from rich.text import Text

    return Text("" if value is None else printable(_plain(value), keep_newlines=True))


def say(line: str, *, err: bool = False) -> None:
    """Print one message line: file names and values in it made printable, no password."""
    import typer

    typer.echo(message(line), err=err)


def console(stream: IO[str] | None = None, *, stderr: bool = False) -> Console:
    """A console for data: no markup, no highlighting, no emoji codes are interpreted."""
    from rich.console import Console

    target = stream or (sys.stderr if stderr else sys.stdout)
    # A terminal sets its own width; piped output gets room enough to stay readable.
    width = None if target.isatty() else 160
    return Console(file=target, width=width, markup=False, highlight=False, emoji=False)


def write_json(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    """Stream rows as one JSON array of objects with exactly `columns` as keys, in order."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        obj = {key: _plain(row.get(key)) for key in columns}
        out.write(json.dumps(obj, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    """Stream rows as RFC 4180 CSV with a header row; cells neutralised by `csv_cell`."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(key)) for key in columns])
        count += 1
    return count


def write_table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    out: IO[str] | None = None,
    title: str | None = None,
    labels: Mapping[str, str] | None = None,
) -> int:
    """Rows as a rich table for people. Empty values show as blank."""
    from rich.table import Table

    labels = labels or {}
    table = Table(title=title, show_lines=False)
    for key in columns:
        table.add_column(labels.get(key, key.replace("_", " ")), overflow="fold")
    count = 0
    for row in rows:
        table.add_row(*(cell(row.get(k)) for k in columns))
        count += 1
    shown = console(out)
    if count:
        shown.print(table)
    else:
        shown.print("(no rows)")
    return count


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: Format,
    out: IO[str] | None = None,
    title: str | None = None,
    labels: Mapping[str, str] | None = None,
) -> int:
    """Render rows in the chosen format; returns how many rows were written."""
    stream = out or sys.stdout
    if fmt == "json":
        return write_json(rows, columns, stream)
    if fmt == "csv":
        return write_csv(rows, columns, stream)
    return write_table(rows, columns, stream, title=title, labels=labels)
