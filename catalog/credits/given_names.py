"""Given names: whether a word is a known first name, the evidence the credit grammar asks for
where the shape of a credit alone cannot tell a person from an organisation ("Foto: Stadt
Nordhausen", "(Bild: Kantonspolizei Aargau)" are no people; "Foto: Nicole Cronauge" is one).

The names are the first-name dictionary of Jörg Michael (nam_dict.txt, about 48,000 names from
many countries, GNU Free Documentation License) as the `gender-guesser` package ships it; only
its data file is read, for the names in its second column. Measured on the credit strings corpus
(benchmarks/credit_strings.py): every organisation read as a person there starts with a word
this list lacks, and so do a few real people from countries it covers thinly, whose names then
yield nothing rather than a guess.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources


def _ascii(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names: set[str] = set()
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or not line.strip():
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1].casefold()
            if "+" in name:  # "Abd+al": written joined, apart or hyphenated
                names.update(name.replace("+", joiner) for joiner in ("", "-"))
            else:
                names.add(name)
    return frozenset(names | {_ascii(n) for n in names})


def is_given_name(word: str) -> bool:
    """Whether `word` is a known first name ("Nicole", "ÁNGEL", "Jean-Pierre"), any case."""
    folded = word.strip(".,'’").casefold()
    if not folded:
        return False
    names = _names()
    if folded in names or _ascii(folded) in names:
        return True
    umlauts = folded.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
    if umlauts != folded and umlauts in names:  # "Juergen", "Soeren" as written without umlauts
        return True
    head = folded.split("-")[0]  # "Jean-Pierre", "Hans-Peter"
    return head != folded and (head in names or _ascii(head) in names)
