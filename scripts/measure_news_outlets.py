"""Measure the news outlets list (catalog/credits/news_outlets.txt) before using it as evidence.

    python -m scripts.measure_news_outlets [--show]

1. Coverage: of the credit strings' truth outlets (benchmarks/data/credit_strings.tsv) that the
   grammar misses today, how many the list names (dev: with --show, each one; held-out: the
   count only, its misses are never looked at).
2. Risk: how many of the list's names are one word, how many are made only of words an English
   word list has in lower case (`--words`, by default the wamerican-large and wbritish-large
   lists: "The Standard", "Daily News"), and how many the names data could take for a person's
   name (a known given name or surname in every word), and how many of the names taken as
   evidence (`known_news_outlet`) the names data vouches for as a person (`_vouched_person`)
   ("Charlie Hebdo", "Baytown Sun"): no longer read as photographers.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from benchmarks import credit_strings as cs
from catalog.credit_names import _vouched_person, known_news_outlet
from catalog.credits.given_names import is_given_name
from catalog.credits.news_outlets import news_outlet_names
from catalog.credits.outlets import known_outlet, outlet_key
from catalog.credits.surnames import is_surname

WORDS = (Path("/usr/share/dict/american-english-large"),
         Path("/usr/share/dict/british-english-large"))
FUNCTION = {"the", "a", "an", "of", "and", "&", "de", "la", "le", "el", "les", "los", "das",
            "der", "die", "il", "o"}


def _words(paths: tuple[Path, ...]) -> frozenset[str]:
    found: set[str] = set()
    for path in paths:
        if path.exists():
            found |= {w for w in path.read_text(encoding="utf-8").split() if w.islower()}
    return frozenset(found)


def coverage(split: str, names: frozenset[str], show: bool) -> None:
    rows = [r for r in cs.rows() if r.split == split and r.kind != "prose" and r.outlet]
    missed = [r for r in rows if cs._outlet_key(cs.read(r).outlet) != cs._outlet_key(r.outlet)]
    listed = [r for r in missed if outlet_key(r.outlet or "").removeprefix("the ") in names]
    in_list = [r for r in rows if outlet_key(r.outlet or "").removeprefix("the ") in names]
    known = sum(1 for r in in_list if known_outlet(r.outlet or ""))
    print(f"[{split}] truth outlets {len(rows)}; missed today {len(missed)}; "
          f"missed and in the list {len(listed)}; in the list at all {len(in_list)} "
          f"(of which the authority knows {known})")
    if show and split == "dev":
        for r in listed:
            print(f"    {r.outlet!r}: {r.text[-90:]!r}")


def risk(words: frozenset[str]) -> None:
    from catalog.credits.news_outlets import news_outlet_lines
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for name in news_outlet_lines():
        tokens = [t.strip(".,'’\"") for t in name.split()]
        content = [t for t in tokens if t.casefold() not in FUNCTION]
        checks = {
            "one word": len(tokens) == 1,
            "one word, an English word": len(tokens) == 1 and tokens[0].casefold() in words,
            "one word, a given name or surname": len(tokens) == 1 and (
                is_given_name(tokens[0]) or is_surname(tokens[0])),
            "all words English words": bool(content) and all(
                t.casefold() in words for t in content),
            "all words names (given name or surname)": bool(content) and all(
                is_given_name(t) or is_surname(t) for t in content),
            "known to the authority already": known_outlet(name) is not None,
            "evidence the names data vouches for as a person": (
                known_news_outlet(name) and _vouched_person(name)),
        }
        for kind, hit in checks.items():
            if hit:
                kinds[kind] += 1
                examples.setdefault(kind, []).append(name)
    print(f"list names: {len(news_outlet_lines())}")
    for kind, count in kinds.most_common():
        print(f"  {kind}: {count}  e.g. {', '.join(examples[kind][:12])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--words", type=Path, nargs="*", default=list(WORDS))
    args = parser.parse_args()
    names = news_outlet_names()
    for split in cs.SPLITS:
        coverage(split, names, args.show)
    risk(_words(tuple(args.words)))


if __name__ == "__main__":
    main()
