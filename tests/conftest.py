"""Shared fixtures: a copy of the bundled seed and media in a temporary folder, a catalog file
in it, and a runner for the `catalog` command that returns what a user would see."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from catalog.cli import app

REPO = Path(__file__).resolve().parent.parent
SEED = "seeds/blinken-humanitarian-pauses-gaza.txt"


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


CatalogRunner = Callable[..., Run]


def invoke(*args: str, db: str | None = None) -> Run:
    argv = (["--db", db] if db else []) + list(args)
    result = CliRunner().invoke(app, argv, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A photo desk folder holding copies of the bundled seeds/ and media/; the cwd."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copytree(REPO / "media", tmp_path / "media")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CATALOG_DB", raising=False)
    return tmp_path


@pytest.fixture
def catalog(desk: Path) -> CatalogRunner:
    """Runs `catalog --db <desk>/catalog.db ARGS...`."""
    db = str(desk / "catalog.db")

    def run(*args: str) -> Run:
        return invoke(*args, db=db)

    return run


@pytest.fixture
def ingested(catalog: CatalogRunner) -> CatalogRunner:
    """The seed and its media ingested."""
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    return catalog
