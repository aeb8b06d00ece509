"""Text pieces the caption grammar's modules share: patterns compiled on first use, and the
text as the grammar compares it (whitespace collapsed, quotes and full-width brackets
normalised, case folded, a slot's punctuation trimmed, where its sentences start).

Pure functions on strings, used by the name readers (`catalog.credit_names`), the reading of
a credit segment (`catalog.credit_segments`) and the walker (`catalog.captions`).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, cast

from catalog.credits.lexicon import (
    ABBREVIATIONS,
    INITIAL_DIGRAPHS,
)

FLAGS = re.IGNORECASE


class _LazyPattern:
    """A pattern compiled when first used: importing the grammar stays cheap for a run that
    reads no caption (a re-ingest of unchanged files). The source may be a function giving it,
    called then too."""

    def __init__(self, pattern: str | Callable[[], str], flags: int) -> None:
        self._source = (pattern, flags)

    def _source_text(self) -> str:
        pattern = self._source[0]
        return pattern if isinstance(pattern, str) else pattern()

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(self._source_text(), self._source[1]), name)
        setattr(self, name, value)  # found directly from now on
        return value


def lazy_pattern(pattern: str | Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    return cast(re.Pattern[str], _LazyPattern(pattern, flags))


class _NeedingPattern(_LazyPattern):
    """A lazy pattern tried only on a text holding what every match of it holds
    (`needed_strings`): a text that lacks it is turned away in the time of a few substring
    tests, with what the pattern itself would give (no match, the text unchanged)."""

    def _lacks(self, text: str) -> bool:
        needs: tuple[frozenset[str], ...] | None = self.__dict__.get("_needs")
        if needs is None:
            needs = self._needs = needed_strings(self._source_text(), self._source[1])
        if not needs:
            return False
        window = literal_text(text)
        return not all(any(string in window for string in need) for need in needs)

    def _compiled(self) -> re.Pattern[str]:
        compiled: re.Pattern[str] | None = self.__dict__.get("_pattern")
        if compiled is None:
            compiled = self._pattern = re.compile(self._source_text(), self._source[1])
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks(string[pos:endpos]) else \
            self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks(string[pos:endpos]) else \
            self._compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks(string[pos:endpos]) else \
            self._compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._lacks(string[pos:endpos]) else \
            self._compiled().finditer(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._lacks(string) else self._compiled().sub(repl, string, count)


NEEDING_PATTERNS: list[re.Pattern[str]] = []  # every needing_pattern, for the tests


def needing_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`lazy_pattern`, tried only on texts holding what every match of it holds: for patterns
    tried often on texts that mostly lack a string every match holds (a colon, "http", "©")."""
    made = cast(re.Pattern[str], _NeedingPattern(pattern, flags))
    NEEDING_PATTERNS.append(made)
    return made


# One-for-one replacements, so that offsets in the normalised text are offsets in the original.
# The acute accent stands for an apostrophe in names as some wire feeds set them ("Kirsty
# O´Connor/PA"). The Arabic comma (U+060C, Arabic, Persian and Urdu text) is a comma, so that
# a credit's parts after it read as after a Latin one ("Name، رويترز", "(Name، AFP)") (c20g).
_NORMALISE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                            "’": "'", "ʼ": "'", "`": "'", "´": "'", "（": "(", "）": ")",
                            "［": "[", "］": "]", "\u00a0": " ", "ⓒ": "©", "Ⓒ": "©",
                            "\u060c": ","})


# (the danda "।" ends a sentence in Bangla, Hindi, Marathi and Nepali, with or without a space)
_SENTENCE_END = lazy_pattern(r"[.!?][\"')\]]*\s+(?=\S)|[。！？।]\s*(?=\S)")
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
    whole = text = collapse(text)
    previous = None
    while previous != text:
        previous = text
        text = text.strip(" .,;:-–—/|।").strip("\"'“”‘’«»")
    # ... but a quote closing a word inside the name stays (РИА "Новости", ИА «Регнум»)
    tail = whole[whole.find(text) + len(text):] if text else ""
    for opening, closing in (('"', '"'), ("«", "»"), ("“", "”")):
        unbalanced = text.count(opening) % 2 == 1 if opening == closing else \
            text.count(opening) > text.count(closing)
        if unbalanced and tail.lstrip().startswith(closing):
            text += closing
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
    if token in INITIAL_DIGRAPHS and word is not None and word.group(1) == token.capitalize():
        return True  # a digraph's initial in title case ("Lj. Petrović", "Dž. K.", "Gy. Nagy"),
        # never capitals ("Brooklyn, NY. Police said") (c20r)
    if re.fullmatch(r"(?:[\u0900-\u0dff]{1,3}\.)+[\u0900-\u0dff]{1,3}|[\u0900-\u0dff]{1,2}", token):
        return True  # initials in the scripts of India ("പി.എസ്. മനോജ്", "രാഹുൽ ആർ. പട്ടം"): a
        # letter with its vowel sign or virama, one or more times; a sentence there ends on a
        # longer word (c16h)
    return token in ABBREVIATIONS or bool(re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token))


# ==== what every match of a pattern holds =======================================================

# Characters a case-insensitive pattern matches to an ASCII letter whose `str.lower` is not that
# letter ("ſ" matches "s"); tests/test_caption_text.py checks that there are no others.
_ASCII_MATCHES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def literal_text(text: str) -> str:
    """`text` as `needed_strings` tests it: in lower case, with the characters that match an
    ASCII letter case-insensitively spelled as that letter."""
    return text.lower() if text.isascii() else text.translate(_ASCII_MATCHES).lower()


def _exact(char: str) -> bool:
    """A character whose presence `literal_text` tells: ASCII, or without case."""
    return char.isascii() or char.lower() == char == char.upper()


def needed_strings(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """What every text `pattern` matches in holds, as a cheap test before trying it: for each
    set, one of its strings stands in the text's `literal_text` (runs of the pattern's literal
    characters outside optional parts, in lower case). A text failing the test cannot match;
    one passing it may not either. () when nothing can be told."""
    try:
        parser: Any = importlib.import_module("re._parser")  # the standard library's own
        items = parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):
        return ()
    return tuple(_needs(items, parser))


def _needs(items: Any, parser: Any) -> list[frozenset[str]]:
    needs: list[frozenset[str]] = []
    run = ""
    repeats = (parser.MAX_REPEAT, parser.MIN_REPEAT, getattr(parser, "POSSESSIVE_REPEAT", None))
    for op, value in items:
        if op is parser.LITERAL and _exact(chr(value)):
            run += chr(value).lower()
            continue
        if run:
            needs.append(frozenset({run}))
            run = ""
        if op is parser.SUBPATTERN:
            needs += _needs(value[-1], parser)
        elif op in repeats and value[0] >= 1:  # what is repeated at least once
            needs += _needs(value[2], parser)
        elif op is parser.IN and all(kind is parser.LITERAL and _exact(chr(char))
                                     for kind, char in value):  # one of some characters
            needs.append(frozenset(chr(char).lower() for _, char in value))
        elif op is parser.BRANCH:  # one need of each alternative
            options = [_needs(branch, parser) for branch in value[1]]
            if all(options):
                needs.append(frozenset().union(
                    *(max(option, key=lambda need: min(map(len, need))) for option in options)))
    if run:
        needs.append(frozenset({run}))
    return needs


def by_first_character(alternatives: list[str], flags: int = 0) -> str:
    """`"|".join(alternatives)`, each alternative behind a lookahead for the characters it may
    start with: at a position, an alternative that cannot start with its character is passed
    over in the time of a character test instead of being tried (it could not match there, so
    the same alternative wins). One whose first characters cannot be told is left as it is."""
    try:
        parser: Any = importlib.import_module("re._parser")
        firsts = [_first(parser.parse(alternative, flags), parser)
                  for alternative in alternatives]
    except (ImportError, AttributeError, re.error):
        return "|".join(alternatives)
    return "|".join(
        alternative if first is None else
        f"(?=[{''.join(re.escape(char) for char in sorted(first))}])(?:{alternative})"
        for alternative, first in zip(alternatives, firsts, strict=True))


def _first(items: Any, parser: Any) -> set[str] | None:
    """The characters a match of `items` may start with; None when it cannot be told (or it
    may match nothing)."""
    chars, nullable = _firsts(items, parser)
    return None if chars is None or nullable else chars


def _firsts(items: Any, parser: Any) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    repeats = (parser.MAX_REPEAT, parser.MIN_REPEAT, getattr(parser, "POSSESSIVE_REPEAT", None))
    for op, value in items:
        if op is parser.LITERAL:
            return chars | {chr(value)}, False
        if op is parser.IN and all(kind is parser.LITERAL for kind, _ in value):
            return chars | {chr(char) for _, char in value}, False
        if op is parser.SUBPATTERN:
            inner, nullable = _firsts(value[-1], parser)
        elif op in repeats:
            inner, nullable = _firsts(value[2], parser)
            nullable = nullable or value[0] == 0
        elif op is parser.BRANCH:
            options = [_firsts(branch, parser) for branch in value[1]]
            if any(option is None for option, _ in options):
                return None, True
            inner = set().union(*(option for option, _ in options if option is not None))
            nullable = any(empty for _, empty in options)
        elif op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            continue  # takes no character
        else:
            return None, True
        if inner is None:
            return None, True
        chars |= inner
        if not nullable:
            return chars, False
    return chars, True
