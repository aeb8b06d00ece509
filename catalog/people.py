"""Comparing people's names the way the audit must: without case, titles, ranks or punctuation.

"Staff Sgt. Kyle Davis", "SSG KYLE DAVIS" and "Kyle Davis" are one person; "José Núñez" and
"Jose Nunez" too. Pure functions on strings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from catalog.credits.lexicon import RANKS

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
    return "|" + "|".join(dict.fromkeys(keys)) + "|" if keys else None
