"""The benchmark tools stay usable: a tiny generated archive ingests with every caption linked,
and a filled catalog answers the same queries as an ingested one."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.fill import fill
from benchmarks.generate import generate
from tests import corpus
from tests.conftest import invoke


def test_generated_archive_ingests_fully_linked(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    corpus.exif_samples()  # the generator's scan data: skipped, saying why, without it
    articles, images = generate(tmp_path, 12)
    monkeypatch.chdir(tmp_path)
    result = invoke("ingest", "news", "--media", "media", db="c.db")
    assert result.exit_code == 0 and not result.stderr
    assert f"{articles} articles (6 new" in result.stdout
    rows = invoke("export", "--format", "json", db="c.db").json()
    assert len(rows) == images and all(r["image"] for r in rows)
    assert {r["link"] for r in rows} == {"convention", "explicit"}
    assert all(r["photographer"] and r["outlet"] and r["camera"] for r in rows)
    assert all(r["creator"] == r["photographer"] for r in rows)


def test_filled_catalog_answers_queries(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    fill(db, 200)
    assert len(invoke("export", "--format", "json", db=db).json()) == 200
    codes = {f["code"] for f in invoke("audit", "--format", "json", db=db).json()}
    assert {"image-missing", "camera-mismatch"} <= codes
    assert invoke("search", "Yingst", "--limit", "3", "--format", "json", db=db).exit_code == 0
