"""The outlet authority: one canonical name per outlet ("AP" for "Associated Press", "AP
Photo", "The Associated Press"; "Reuters" for "REUTERS"), from `outlet_data.OUTLET_ROWS`."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from catalog.credits.outlet_data import OUTLET_ROWS

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                         "’": "'", "\u00a0": " ", "\u05f4": '"'})
_TWO_APOSTROPHES = re.compile(r"(?<=[\u05d0-\u05ea])''(?=[\u05d0-\u05ea])")
_LINK_SPACES = re.compile(r"\s*([/-])\s*")


def outlet_key(text: str) -> str:
    """How outlet names are compared: without case, quotes, accents' composition or spacing
    ("AFP PHOTO" and "AFP Photo", "EPA - EFE" and "EPA-EFE")."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).casefold()
    # a Hebrew acronym's gershayim, however typed: the sign, or two apostrophes ("לע״מ",
    # "לע''מ" and 'לע"מ' are the Government Press Office's one abbreviation) (c16w)
    text = _TWO_APOSTROPHES.sub('"', text)
    # quotes around a word inside the name too (РИА "Новости", ИА «Регнум»: Russian agencies
    # quote the word after their abbreviation) (c13t)
    text = text.replace('"', " ") if '"' in text.strip(' "') else text
    text = _LINK_SPACES.sub(r"\1", text)
    return " ".join(text.strip(" .,;:\"'()[]").split())


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in OUTLET_ROWS:
        for name in row:
            table.setdefault(outlet_key(name), row[0])
    return table


_CANONICAL = _table()
_ALIASES: dict[str, tuple[str, ...]] = {row[0]: row for row in OUTLET_ROWS}


# Portuguese and Spanish credits shorten "Agência"/"Agencia" before an agency's name to "Ag."
# ("Foto: Name/Ag. Brasil", "Ag.Brasil", "Ag Brasil"): read as the full word, and only when the
# name so spelled out is one the authority knows.
_AGENCY_SHORT = re.compile(r"ag(?:\.\s*|\s+)(\S.*)")


@lru_cache(maxsize=8192)  # the grammar asks of the same slot texts from each candidate start
def known_outlet(text: str) -> str | None:
    """The canonical name of an outlet the authority knows, else None."""
    key = outlet_key(text)
    found = _CANONICAL.get(key) or _CANONICAL.get(key.removeprefix("the "))
    # a web address the authority knows without its "www." ("www.photosport.nz") (c15o)
    if found is None and key.startswith("www."):
        found = _CANONICAL.get(key.removeprefix("www."))
    if found is None and (short := _AGENCY_SHORT.fullmatch(key)):
        found = (_CANONICAL.get("agência " + short[1])
                 or _CANONICAL.get("agencia " + short[1]))
    return found


@lru_cache(maxsize=4096)
def canonical_outlet(text: str | None) -> str | None:
    """The outlet's canonical name when the authority knows it ("AP" for "The Associated
    Press"), else the name as published; None stays None."""
    if text is None:
        return None
    return known_outlet(text) or " ".join(text.split()) or None


def outlet_aliases(text: str) -> tuple[str, ...]:
    """Every name of the outlet `text` names, canonical first; just `text` if unknown."""
    canonical = known_outlet(text)
    return _ALIASES[canonical] if canonical else (text,)


def all_outlet_names() -> frozenset[str]:
    """Every name in the authority, compared as `outlet_key` compares them."""
    return frozenset(_CANONICAL)
