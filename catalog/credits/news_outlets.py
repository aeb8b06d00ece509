"""The world's newspapers and news sites: a gazetteer the credit grammar consults as evidence
that a label beside a person's name is an outlet ("(Name Gazette Example)").

The names are in `news_outlets.txt` beside this module, written by
scripts/build_news_outlets.py from Wikidata's newspapers (CC0) and the publishers fundus knows
(MIT), with their sources named in its header. The file is read on the first question, once.
The list is no authority: it gives no canonical name, and a name of one word ("Standard",
"Express", "Metro") is as often a common word or a person's: such a name is no evidence.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from catalog.credits.outlets import outlet_key


def _key(name: str) -> str:
    """A name as looked up: as `outlet_key` compares outlets, without a leading "the"."""
    return outlet_key(name).removeprefix("the ")


@lru_cache(maxsize=1)
def news_outlet_lines() -> tuple[str, ...]:
    """Every name of the file, as it spells it."""
    text = resources.files("catalog.credits").joinpath("news_outlets.txt").read_text("utf-8")
    return tuple(line.split("\t")[0] for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def news_outlet_names() -> frozenset[str]:
    """Every name of the file, as looked up (`_key`)."""
    return frozenset(_key(name) for name in news_outlet_lines())


def listed_news_outlet(text: str) -> bool:
    """Whether the list names `text` and it is of two words or more, not counting a leading
    "The" ("Gazette Example", "The Example Herald"; never "Standard" or "The Star")."""
    key = _key(text)
    return " " in key and key in news_outlet_names()
