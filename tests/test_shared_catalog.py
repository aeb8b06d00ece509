"""A shared catalog: ingests running at once, and copying catalogs between engines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.jpeg_writer import Tags, write_jpeg
from tests.conftest import REPO, CatalogRunner, invoke, pg_database

FOLDERS = ("alpha", "bravo", "charlie")


def make_archive(desk: Path) -> None:
    """Three folders of three articles, two captions each, every caption with its image."""
    for folder in FOLDERS:
        for n in range(1, 4):
            stem = f"{folder}-{n}"
            (desk / "news" / folder).mkdir(parents=True, exist_ok=True)
            (desk / "news" / folder / f"{stem}.txt").write_text(
                f"published : 2024-0{n}-1{n}\n\nHeadline {stem}\n\nDeck {stem}\n\n"
                f"A photo of a market in {stem}. REUTERS/Ana Lima\n\nBody text.\n\n"
                f"A picture of a harbour in {stem}. (Taken with a Nikon D850)\n",
                encoding="utf-8")
            for caption in (1, 2):
                write_jpeg(desk / "media" / stem / f"{caption}.jpg",
                           Tags(exif={"make": "NIKON CORPORATION", "model": "NIKON D850",
                                      "taken": "2024:01:01 10:00:00", "artist": "Ana Lima"}),
                           size=(24, 16), seed=caption)


def sheet(target: str) -> list[dict[str, object]]:
    rows = invoke("export", "--format", "json", db=target).json()
    assert isinstance(rows, list)
    return rows


def ingest_at_once(desk: Path, target: str, paths: list[list[str]]) -> None:
    processes = [
        subprocess.Popen([sys.executable, "-m", "catalog", "--db", target, "ingest", *folders,
                          "--media", "media"], cwd=desk, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=_env())
        for folders in paths
    ]
    for process in processes:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err
        assert "ingested" in out and not err


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env.pop("CATALOG_DB", None)
    return env


def test_overlapping_ingests_at_once_equal_one_ingest_of_the_union(
        desk: Path, catalog: CatalogRunner, tmp_path: Path) -> None:
    make_archive(desk)
    target = catalog.target  # type: ignore[attr-defined]
    overlapping = [["news/alpha", "news/bravo"], ["news/bravo", "news/charlie"], ["news"],
                   ["news/alpha", "news/charlie"]]
    ingest_at_once(desk, target, overlapping)
    together = sheet(target)
    assert len(together) == 18 and all(row["image"] for row in together)
    assert len({(r["article"], r["caption_no"]) for r in together}) == 18
    if target.startswith("postgresql"):
        with pg_database() as single:
            assert invoke("ingest", "news", db=single).exit_code == 0
            assert sheet(single) == together
    else:
        single = str(tmp_path / "single.db")
        assert invoke("ingest", "news", db=single).exit_code == 0
        assert sheet(single) == together
    again = catalog("ingest", "news")
    assert "(0 new, 0 changed, 9 unchanged)" in again.stdout
    assert sheet(target) == together


def test_copy_between_engines_round_trips(ingested: CatalogRunner, desk: Path) -> None:
    source = ingested.target  # type: ignore[attr-defined]
    assert ingested("link", "seeds/blinken-humanitarian-pauses-gaza.txt", "3",
                    "media/archive/DSC09876.jpg").exit_code == 0
    original = sheet(source)
    with pg_database() as desk_catalog:
        result = ingested("copy", "--to", desk_catalog)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.strip() == (f"copied 1 article, 3 captions and 3 images to "
                                         f"{desk_catalog}")
        assert sheet(desk_catalog) == original
        assert ingested("copy", "--to", desk_catalog).exit_code == 0  # twice: nothing doubles
        assert sheet(desk_catalog) == original
        back = str(desk / "back.db")
        assert invoke("copy", "--to", back, db=desk_catalog).exit_code == 0
        assert sheet(back) == original
        assert invoke("audit", "--format", "json", db=back).json() == \
            invoke("audit", "--format", "json", db=source).json()


def test_copy_into_itself_is_refused(ingested: CatalogRunner) -> None:
    result = ingested("copy", "--to", ingested.target)  # type: ignore[attr-defined]
    assert result.exit_code == 2 and "is the catalog being copied" in result.stderr


def test_readers_are_not_blocked_by_an_open_write(ingested: CatalogRunner) -> None:
    from catalog import store

    catalog = store.open_catalog(ingested.target)  # type: ignore[attr-defined]
    try:
        with store.write(catalog) as conn:
            conn.execute(store.CAPTION.update().values(outlet="being edited"))
            rows = sheet(ingested.target)  # type: ignore[attr-defined]
            assert [r["outlet"] for r in rows] == [None, "Fox News", None]
    finally:
        catalog.engine.dispose()
