"""The shared reference corpus the benchmarks read: $CATALOG_SHARED_CORPUS, else ../shared/corpus
beside the repository (as tests/corpus.py finds it). Its files are never copied into the
project."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("CATALOG_SHARED_CORPUS")
              or Path(__file__).resolve().parents[2] / "shared" / "corpus")
REAL_PAGES = SHARED / "real-pages"
