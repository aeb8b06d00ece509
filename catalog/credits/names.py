"""Names shown in their usual case: a photographer published in capitals ("EVAN VUCCI/AP") is
shown as "Evan Vucci"; names written in mixed case are shown as published."""

from __future__ import annotations

import re

# Lower-case particles inside names when not first ("Piroschka van de Wouw").
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "da", "das", "dos",
                        "du", "di", "la", "le", "ter", "ten", "zu", "y", "bin", "ibn"})
_ROMAN = re.compile(r"(?i)^(?:ii|iii|iv|vi|vii|viii)$")
_PIECE = re.compile(r"([-'’])")


def _shouted(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    cased = [ch for ch in letters if ch.isupper() or ch.islower()]
    return len(cased) >= 4 and all(ch.isupper() for ch in cased) and \
        any(len(w.strip(".")) > 1 for w in name.split())


def _cap(piece: str) -> str:
    if not piece:
        return piece
    lower = piece.lower()
    if lower.startswith("mc") and len(lower) > 3:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def _word(word: str, first: bool) -> str:
    if _ROMAN.match(word.strip(".,")):
        return word.upper()
    lower = word.lower()
    if not first and lower in _PARTICLES:
        return lower
    pieces = _PIECE.split(word)  # "O'BRIEN" → O'Brien, "JEAN-PIERRE" → Jean-Pierre
    return "".join(p if p in "-'’" else _cap(p) for p in pieces)


def display_name(name: str | None) -> str | None:
    """One person's name in its usual case when published in capitals, else as published."""
    if not name or not _shouted(name):
        return name
    return " ".join(_word(w, i == 0) for i, w in enumerate(name.split()))


def display_people(names: str | None) -> str | None:
    """`display_name` of each of several people joined by "; "."""
    if not names:
        return names
    return "; ".join(display_name(n.strip()) or "" for n in names.split(";"))
