"""The shared reference corpus (../shared/corpus beside the project, or $CATALOG_SHARED_CORPUS).

Its files are never copied into the project: tests read them where they are and skip, saying
why, when the corpus is not there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

SHARED = Path(os.environ.get("CATALOG_SHARED_CORPUS") or REPO.parent / "shared" / "corpus")
EXIF_SAMPLES = SHARED / "exif-samples"
EXIFTOOL_JSON = SHARED / "exif-samples.exiftool.json"
MISSING = (f"the shared corpus is not at {SHARED} (set CATALOG_SHARED_CORPUS to the folder "
           "holding exif-samples/ and exif-samples.exiftool.json)")


def present() -> bool:
    return EXIF_SAMPLES.is_dir() and EXIFTOOL_JSON.is_file()


def exif_samples() -> Path:
    """The exif-samples folder; the calling test is skipped when it is absent."""
    if not present():
        pytest.skip(MISSING)
    return EXIF_SAMPLES


def exiftool_readings() -> list[dict[str, Any]]:
    """ExifTool's readings of the corpus (empty when the corpus is absent: a test parametrized
    over them is then skipped by pytest as having no cases)."""
    if not present():
        return []
    return list(json.loads(EXIFTOOL_JSON.read_text(encoding="utf-8")))
