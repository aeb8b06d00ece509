"""Shared fixtures: a copy of the bundled seed and media in a temporary folder, a catalog file
in it, and a runner for the `catalog` command that returns what a user would see."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
_pg_state: dict[str, str | None] = {}


def pg_server() -> tuple[str | None, str]:
    """(admin URL of a PostgreSQL server that answers, or None; the reason when None)."""
    if "url" not in _pg_state:
        url = os.environ.get("CATALOG_TEST_PG_URL") or PG_DEFAULT
        _pg_state["url"], _pg_state["why"] = url, None
        try:
            import psycopg

            psycopg.connect(_libpq(url), connect_timeout=3, autocommit=True).close()
        except Exception as exc:
            _pg_state["url"] = None
            _pg_state["why"] = (f"no PostgreSQL server answers at {url} ({exc}); set "
                                "CATALOG_TEST_PG_URL to run the PostgreSQL tests")
    return _pg_state["url"], _pg_state["why"] or ""


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@contextmanager
def pg_database() -> Iterator[str]:
    """A fresh, empty database on the test server for one test; dropped afterwards."""
    import psycopg

    server, why = pg_server()
    if server is None:
        pytest.skip(why)
    name = f"catalog_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(server), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(_libpq(server), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def with_password(url: str, password: str = "s3cret") -> str:
    """The test server's URL carrying a password (the server trusts local connections and
    ignores it; the catalog must not print it)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password:
        pytest.skip("the test server's URL has a password of its own")
    return parsed.set(password=password).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A catalog target on each engine: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "catalog.db")
        return
    with pg_database() as url:
        yield url


@pytest.fixture
def catalog(desk: Path, db_target: str) -> CatalogRunner:
    """Runs `catalog --db TARGET ARGS...` in the desk folder, on each engine."""

    def run(*args: str) -> Run:
        return invoke(*args, db=db_target)

    run.target = db_target  # type: ignore[attr-defined]
    return run


def catalogued_paths(catalog: CatalogRunner) -> set[str]:
    """The article and image paths the catalog holds."""
    from sqlalchemy import select

    from catalog import store

    opened = store.open_catalog(catalog.target)  # type: ignore[attr-defined]
    try:
        with store.read(opened) as conn:
            return {path for table in (store.ARTICLE, store.IMAGE)
                    for (path,) in conn.execute(select(table.c.path))}
    finally:
        opened.engine.dispose()


@pytest.fixture
def ingested(catalog: CatalogRunner) -> CatalogRunner:
    """The seed and its media ingested."""
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    return catalog


# The camera columns of schemas 1 to 6, which schema 7 dropped: a test that takes a catalog back
# to one of those schemas adds them again.
OLD_CAMERA_COLUMNS = [
    f"ALTER TABLE camera ADD COLUMN {column}" for column in (
        "model VARCHAR", "exif_make VARCHAR", "exif_model VARCHAR", "mount VARCHAR",
        "crop_factor FLOAT", "known BOOLEAN NOT NULL DEFAULT FALSE")
]
