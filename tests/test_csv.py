"""The credits sheet as CSV: formula injection neutralised, everything else exactly as stored."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from catalog.fields import SHEET_COLUMNS
from catalog.render import csv_cell
from tests.conftest import CatalogRunner

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A9)",
           "\tTabbed", "\rCarriage", "=cmd|' /C calc'!A0"]


def test_cells_that_spreadsheets_would_run_are_neutralised() -> None:
    for value in HOSTILE:
        assert csv_cell(value) == "'" + value
    for value in ("Trey Yingst", "a=b", "1-2", " =x", "", "José, \"Pepe\"\nÁlvarez"):
        assert csv_cell(value) == value
    assert csv_cell(None) == "" and csv_cell(3) == "3"


def test_sheet_round_trips_through_the_csv_module(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "news").mkdir()
    lines = ["---", 'title: "=1+1 headline"', "published: 2024-05-01", "---", ""]
    for n, value in enumerate([*HOSTILE, 'Comma, "quote"\nand newline', "José Álvarez"], 1):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
        escaped = escaped.replace("\r", "\\r").replace("\n", " ")
        lines.append(f'![x](n{n}.jpg "{escaped}")')
        lines.append("")
    (desk / "news" / "hostile.md").write_text("\n".join(lines), encoding="utf-8")
    assert catalog("ingest", "news").exit_code == 0
    json_rows = catalog("export", "--format", "json").json()
    text = catalog("export", "--format", "csv").stdout
    csv_rows = list(csv.reader(io.StringIO(text, newline="")))
    assert csv_rows[0] == list(SHEET_COLUMNS)
    assert len(csv_rows) - 1 == len(json_rows) >= len(HOSTILE)
    neutralised = 0
    for cells, row in zip(csv_rows[1:], json_rows, strict=True):
        for column, cell in zip(SHEET_COLUMNS, cells, strict=True):
            value = row[column]
            expected = "" if value is None else str(value)
            if expected[:1] in ("=", "+", "-", "@", "\t", "\r", "\n"):
                expected = "'" + expected
                neutralised += 1
            assert cell == expected, (column, cell, value)
    assert neutralised >= len(HOSTILE)
