"""Surnames: whether a word is a known family name, the evidence the credit grammar asks for
before it takes a lone word after "Image:", "Credit:", "Quelle:" or "©" for a company
("Credit: Funko", "(Bild: Audi)"): a known surname there ("Bildquelle: Neumann") may be the
photographer's, so it yields nothing.

The names are the family-name lists of the `Faker` package's person providers (about 28,000
surnames of 86 locales, drawn by its authors from census and registry frequency lists); only
their data is read, never a name generated.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable
from functools import lru_cache


def _ascii(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list | tuple | set | frozenset):
        for item in value:  # a dict's keys: names weighted by frequency
            yield from _strings(item)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    import faker.providers.person as people

    names: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"),
                           "Provider", None)
        for attribute in dir(provider):
            if attribute.startswith("last_name"):
                value = getattr(provider, attribute)
                if not callable(value):
                    names.update(n.casefold() for n in _strings(value) if " " not in n)
    return frozenset(names | {_ascii(n) for n in names})


def is_surname(word: str) -> bool:
    """Whether `word` is a known family name ("Neumann", "MOORE", "Müller"), any case."""
    folded = word.strip(".,'’").casefold()
    return bool(folded) and (folded in _surnames() or _ascii(folded) in _surnames())
