"""Text pieces the caption grammar's modules share: patterns compiled on first use, and the
text as the grammar compares it (whitespace collapsed, quotes and full-width brackets
normalised, case folded, a slot's punctuation trimmed, where its sentences start).

Pure functions on strings, used by the name readers (`catalog.credit_names`), the reading of
a credit segment (`catalog.credit_segments`) and the walker (`catalog.captions`).
"""

from __future__ import annotations

import re
from typing import Any, cast

from catalog.credits.lexicon import (
    ABBREVIATIONS,
)

FLAGS = re.IGNORECASE


class _LazyPattern:
    """A pattern compiled when first used: importing the grammar stays cheap for a run that
    reads no caption (a re-ingest of unchanged files)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(*self._source), name)
        setattr(self, name, value)  # found directly from now on
        return value


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast(re.Pattern[str], _LazyPattern(pattern, flags))


# One-for-one replacements, so that offsets in the normalised text are offsets in the original.
_NORMALISE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                            "’": "'", "ʼ": "'", "`": "'", "（": "(", "）": ")", "［": "[",
                            "］": "]", "\u00a0": " "})


def alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                           key=len, reverse=True))


_SENTENCE_END = lazy_pattern(r"[.!?][\"')\]]*\s+(?=\S)|[。！？]\s*(?=\S)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, ends trimmed, invisible characters (zero-width
    spaces, soft hyphens) dropped: "Ben Stansall/\u200bAFP" is "Ben Stansall/AFP"."""
    # Every invisible character is outside ASCII: an ASCII text has none to drop.
    return " ".join((text if text.isascii() else text.translate(_INVISIBLE)).split())


def fold(text: str) -> str:
    return normalise(text).casefold()


def normalise(text: str) -> str:
    """`text.translate(_NORMALISE)`, without the translation where it changes nothing: of the
    characters replaced, only the backquote is ASCII."""
    return text if text.isascii() and "`" not in text else text.translate(_NORMALISE)


def trim(text: str) -> str:
    """A slot's text without surrounding spaces, punctuation and quotes."""
    text = collapse(text)
    previous = None
    while previous != text:
        previous = text
        text = text.strip(" .,;:-–—/|").strip("\"'“”‘’«»")
    return text


def sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence starts, not after ranks, titles or initials ('Sgt. Kyle')."""
    starts: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        nxt = text[match.end()]
        if nxt.islower():
            continue
        if text[match.start()] == "." and abbreviation_before(text, match.start()):
            continue
        starts.append(match.end())
    return starts


def abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"([^\s(\"'“‘]*)$", text[max(0, dot - 24):dot])
    token = fold(word.group(1)) if word else ""
    if len(token) == 1 and token.isalpha():
        return True  # an initial
    return token in ABBREVIATIONS or bool(re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token))
