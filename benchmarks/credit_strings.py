"""Score the credit grammar on real published credit strings (benchmarks/data/credit_strings.tsv:
captions and credit elements of real pages, read by hand, with the pages' URLs; see its header).

    python -m benchmarks.credit_strings [--split dev|held-out|all] [--show]

Captions are read by `catalog.captions.read_caption`, credit elements (text a page marks as a
credit) by `read_credit_line`, and both shown as the catalog stores them (`display_credit`:
canonical outlets, names in their usual case). For each split it reports photographer right,
outlet right, both right (an absent part is right when the string names none), the distributor
of "via" credits, the wrong-fill rate (filled-in photographer, outlet and via values that differ
from the truth, over all filled-in values: a wrong credit is worse than none), and how many of
the non-caption paragraphs `is_caption` rejects.

Grammar work is tuned on the dev split; the held-out split is scored, never tuned on. The split
is by page (`split_of`), so the strings of one page stay together.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.credits_corpus import percent, rate_lines
from catalog.captions import is_caption, read_caption, read_credit_line
from catalog.credits import display_credit
from catalog.credits.outlets import canonical_outlet, outlet_key
from catalog.domain import Credit

DATA = Path(__file__).parent / "data" / "credit_strings.tsv"
SPLITS = ("dev", "held-out")
KINDS = ("caption", "credit", "prose")


def split_of(source: str) -> str:
    """The split of a source page: about 70 % dev, 30 % held-out, fixed by the page's URL."""
    return "dev" if int(hashlib.sha256(source.encode()).hexdigest(), 16) % 10 < 7 else "held-out"


@dataclass(frozen=True)
class Row:
    source: str
    page_outlet: str
    language: str
    kind: str
    text: str
    photographer: str | None
    outlet: str | None
    via: str | None
    split: str


def rows(path: Path = DATA) -> list[Row]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return [Row(r["source"], r["page_outlet"], r["language"], r["kind"], r["text"],
                r["photographer"] or None, r["outlet"] or None, r["via"] or None, r["split"])
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@dataclass
class Scores:
    credited: int = 0
    photographer: int = 0
    outlet: int = 0
    both: int = 0
    via_expected: int = 0
    via: int = 0
    filled: int = 0
    wrong: int = 0
    prose: int = 0
    rejected: int = 0
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"credit strings: {self.credited}; non-caption paragraphs: {self.prose}",
            *rate_lines(self.credited, self.photographer, self.outlet, self.both, self.wrong,
                        self.filled),
            f"via right: {self.via}/{self.via_expected}",
            f"non-captions rejected: {self.rejected}/{self.prose} "
            f"({percent(self.rejected, self.prose):.1f} %)",
        ]


def _people_key(names: str | None) -> str:
    return "; ".join(outlet_key(n) for n in (names or "").split(";") if n.strip())


def _outlet_key(name: str | None) -> str:
    return outlet_key(canonical_outlet(name) or "")


def read(row: Row) -> Credit:
    """The credit the catalog would store for the row's text."""
    if row.kind == "credit":
        return display_credit(read_credit_line(row.text))
    parts = read_caption(row.text)
    return display_credit(Credit(parts.photographer, parts.outlet, parts.via))


def score(selected: list[Row]) -> Scores:
    scores = Scores()
    for row in selected:
        if row.kind == "prose":
            scores.prose += 1
            if is_caption(row.text):
                scores.misses.append(f"taken for a caption: {row.text!r}")
            else:
                scores.rejected += 1
            continue
        got = read(row)
        right = (_people_key(got.photographer) == _people_key(row.photographer),
                 _outlet_key(got.outlet) == _outlet_key(row.outlet),
                 _outlet_key(got.via) == _outlet_key(row.via))
        scores.credited += 1
        scores.photographer += right[0]
        scores.outlet += right[1]
        scores.both += right[0] and right[1]
        scores.via_expected += row.via is not None
        scores.via += row.via is not None and right[2]
        for value, ok in zip((got.photographer, got.outlet, got.via), right, strict=True):
            scores.filled += value is not None
            scores.wrong += value is not None and not ok
        if not all(right):
            wrong_fill = any(v is not None and not ok for v, ok in
                             zip((got.photographer, got.outlet, got.via), right, strict=True))
            scores.misses.append(
                f"{'WRONG ' if wrong_fill else ''}{row.text!r}: read "
                f"{(got.photographer, got.outlet, got.via)}, "
                f"truth {(row.photographer, row.outlet, row.via)}")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    every = rows(args.data)
    outlets = {r.page_outlet for r in every if r.kind != "prose"}
    languages = {r.language for r in every if r.kind != "prose"}
    print(f"corpus: {sum(r.kind != 'prose' for r in every)} credit strings from "
          f"{len(outlets)} outlets in {len(languages)} languages; "
          f"{sum(r.kind == 'prose' for r in every)} non-caption paragraphs")
    for split in (SPLITS if args.split == "all" else (args.split,)):
        scores = score([r for r in every if r.split == split])
        print(f"\n[{split}]")
        print("\n".join(scores.lines()))
        if args.show:
            print("\n".join(scores.misses))


if __name__ == "__main__":
    main()
