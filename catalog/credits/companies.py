"""Well-known companies and brands: the gazetteer the credit grammar consults for a credit that
names a company alone ("Foto: Sony", "(Image credit: Best Buy)", "Photo: Volkswagen").

The names are in `companies.txt` beside this module, each list under a line naming its source
and commit (the S&P 500 constituents, a Forbes Global 2000 list, Interbrand's Best Global
Brands, two public lists of car makes), with the short form captions write where a list's name
carries a legal form ("Meta" for Meta Platforms). The file is read on the first question, once.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources


def _key(name: str) -> str:
    """A name as looked up: NFKC, casefolded, spaces collapsed, without a closing full stop."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split()).rstrip(".")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Every name of the file, as looked up."""
    text = resources.files("catalog.credits").joinpath("companies.txt").read_text("utf-8")
    return frozenset(_key(line) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def known_company(name: str) -> bool:
    """Whether a list of the file names `name` ("Sony", "best buy", "Meta"), any case."""
    return _key(name) in _names()
