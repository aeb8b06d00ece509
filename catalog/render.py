"""One output path for every command: rows to a rich table, JSON or CSV, streamed.

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
from typing import IO, Any, Literal

Format = Literal["table", "json", "csv"]

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
    return value


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
    from rich.console import Console
    from rich.table import Table

    labels = labels or {}
    table = Table(title=title, show_lines=False)
    for key in columns:
        table.add_column(labels.get(key, key.replace("_", " ")), overflow="fold")
    count = 0
    for row in rows:
        table.add_row(*("" if row.get(k) is None else str(_plain(row.get(k))) for k in columns))
        count += 1
    stream = out or sys.stdout
    # A terminal sets its own width; piped tables get room enough to stay readable.
    width = None if stream.isatty() else 160
    console = Console(file=stream, width=width)
    if count:
        console.print(table)
    else:
        console.print("(no rows)")
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
