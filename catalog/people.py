"""Comparing people's names the way the audit must: without case, titles, ranks or punctuation.

"Staff Sgt. Kyle Davis", "SSG KYLE DAVIS" and "Kyle Davis" are one person; "José Núñez" and
"Jose Nunez" too. Pure functions on strings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from catalog.credits.lexicon import MARKERS, RANKS
from catalog.credits.outlets import known_outlet

# Military ranks and civil titles a credit may carry before a name: the grammar's list
# (`catalog.credits.lexicon.RANKS`), matched on the folded name (no punctuation).
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(r.replace(" ", r"\s+").replace(r"\.?", r"\s?")
                                               for r in RANKS) + r")\s+)+")
_SEPARATORS = re.compile(r"\s*(?:;|\band\b|&|,)\s*", re.IGNORECASE)


def person_key(name: str | None) -> str | None:
    """A comparison key for one person's name; None when nothing of a name is left."""
    if not name:
        return None
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[^\w\s]", " ", folded)
    folded = " ".join(folded.replace("_", " ").split())
    folded = _TITLE_RE.sub("", folded + " ").strip()
    return folded or None


@lru_cache(maxsize=4096)  # an archive names the same few photographers on many images
def people_keys(names: str | None) -> str | None:
    """Keys of every person in a list of names ("A; B", "A and B"), as "|a|b|" for SQL LIKE."""
    if not names:
        return None
    keys = [k for part in _SEPARATORS.split(names) if (k := person_key(part))]
    return _joined(keys)


# What a creator field (IPTC By-line, XMP dc:creator, EXIF Artist) may hold besides a name, as
# real wire and agency files write it: a copyright sign or a label before the name ("©Name",
# "Photographer: Name"), the agency after it ("NAME / AFP", "REUTERS/Name").
_CREATOR_LEAD = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b|(?:photo(?:grapher)?|foto(?:graf)?|by)"
                           r"\s*:|by\s)\s*", re.IGNORECASE)
_CHAIN = re.compile(r"\s*/\s*")


@lru_cache(maxsize=4096)
def creator_keys(names: str | None) -> str | None:
    """Keys of the people a file's creator field names, like `people_keys`, without what is
    not a person: an agency beside the name ("Christof Stache / AFP" is Christof Stache), an
    agency or marker alone ("Getty Images", "STRINGER": nobody), a leading "©" or label."""
    if not names:
        return None
    keys: list[str] = []
    for part in _SEPARATORS.split(names):
        part = _CREATOR_LEAD.sub("", part)
        for piece in _CHAIN.split(part):
            if not piece or known_outlet(piece) or piece.casefold().strip(" .") in MARKERS:
                continue
            if key := person_key(piece):
                keys.append(key)
    return _joined(keys)


def _joined(keys: list[str]) -> str | None:
    """Keys as the catalog stores them: each once, in order, between bars ("|a|b|")."""
    return "|" + "|".join(dict.fromkeys(keys)) + "|" if keys else None
