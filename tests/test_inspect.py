"""`catalog inspect`: JSON keys exactly as the contract, bad files one line each, exit status."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.fields import INSPECT_KEYS
from tests import corpus
from tests.conftest import invoke

SAMPLES = corpus.EXIF_SAMPLES
pytestmark = pytest.mark.skipif(not corpus.present(), reason=corpus.MISSING)


def test_json_has_exactly_the_contract_keys_in_order() -> None:
    result = invoke("inspect", str(SAMPLES / "jpg/Canon_40D.jpg"),
                    str(SAMPLES / "heic/IMG_5195.HEIC"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = result.json()
    assert [list(row) for row in rows] == [list(INSPECT_KEYS)] * 2
    assert rows[0]["make"] == "Canon" and rows[0]["camera"] == "Canon EOS 40D"
    assert rows[0]["taken_at"] == "2008-05-30T15:56:01"
    assert rows[1]["taken_at"] == "2021-04-11T15:47:53-05:00"
    assert rows[0]["creator"] is None and rows[0]["width"] == 100


def test_bad_files_are_reported_and_the_good_ones_printed(tmp_path: Path) -> None:
    (tmp_path / "text.jpg").write_text("not a picture")
    result = invoke("inspect", str(tmp_path / "text.jpg"), str(SAMPLES / "jpg/Nikon_D70.jpg"),
                    str(tmp_path / "missing.jpg"), "--format", "json")
    assert result.exit_code == 2
    assert [row["model"] for row in result.json()] == ["NIKON D70"]
    lines = result.stderr.splitlines()
    assert lines == [f"catalog: {tmp_path / 'text.jpg'}: not an image file (JPEG, TIFF, PNG, "
                     "WebP or HEIC/HEIF)", f"catalog: {tmp_path / 'missing.jpg'}: no such file"]


def test_a_folder_expands_to_its_images_and_the_table_prints() -> None:
    rows = invoke("inspect", str(SAMPLES / "jpg/xmp"), "--format", "json").json()
    assert [Path(r["path"]).name for r in rows] == ["BlueSquare.jpg", "no_exif.jpg"]
    assert rows[1]["description"] == "Der Goalie bin ig"
    table = invoke("inspect", str(SAMPLES / "jpg/xmp"))
    assert table.exit_code == 0 and "Image metadata" in table.stdout
