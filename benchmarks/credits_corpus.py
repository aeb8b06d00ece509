"""Score the credit reader on real published captions: the pages of the shared corpus
(../shared/corpus/real-pages, or $CATALOG_SHARED_CORPUS/real-pages; URLs in its SOURCES.md)
against the credits written down by hand in benchmarks/data/real_pages_credits.tsv.

    python -m benchmarks.credits_corpus [--pages DIR] [--show]

Each page is read as ingest reads it (parsed as ingest's workers parse it: the grammar, the credit
markup, canonical outlets and display names). Over the captions that carry a credit it reports
photographer right, outlet right, both right (an absent part is right when the page names none);
the wrong-fill rate (filled-in values that differ from the page, over all filled-in values: a
credit read wrongly is worse than none); and silence on the captions that carry no credit.
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.corpus import REAL_PAGES
from catalog.articles import parse_article
from catalog.credits.outlets import outlet_key

TRUTH = Path(__file__).parent / "data" / "real_pages_credits.tsv"
PAGES = REAL_PAGES


@dataclass
class Scores:
    credited: int = 0
    photographer: int = 0
    outlet: int = 0
    both: int = 0
    filled: int = 0
    wrong: int = 0
    uncredited: int = 0
    silent: int = 0
    unread: int = 0  # truth rows whose credit no caption read from the page carries
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"captions with a credit: {self.credited}; without: {self.uncredited}",
            *rate_lines(self.credited, self.photographer, self.outlet, self.both, self.wrong,
                        self.filled),
            f"captions without a credit left empty: {self.silent}/{self.uncredited} "
            f"({percent(self.silent, self.uncredited):.1f} %)",
            f"credits of captions the reader did not find: {self.unread}",
        ]


def percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def rate_lines(credited: int, photographer: int, outlet: int, both: int, wrong: int,
               filled: int) -> list[str]:
    """The lines every credit score prints: parts right over the credited captions, and the
    filled-in values that are wrong."""
    return [
        f"photographer right: {percent(photographer, credited):.1f} %",
        f"outlet right:       {percent(outlet, credited):.1f} %",
        f"both right:         {percent(both, credited):.1f} %",
        f"filled-in values wrong: {wrong}/{filled} ({percent(wrong, filled):.1f} %)",
    ]


def same_name(got: str | None, expected: str | None) -> bool:
    return outlet_key(got or "") == outlet_key(expected or "")


@dataclass
class Row:
    """A credit the page states: the image file's name end, the credit as published (its words,
    case-folded), and the photographer and outlet it names."""
    image: str
    words: tuple[str, ...]
    photographer: str | None
    outlet: str | None


def words_of(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))


def truth(path: Path = TRUTH) -> dict[str, list[Row]]:
    """Page → the credits its captions state, in the page's order."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    rows: dict[str, list[Row]] = {}
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        rows.setdefault(r["page"], []).append(Row(
            r["image"], words_of(r["credit"]), r["photographer"] or None, r["outlet"] or None))
    return rows


def image_end(image_ref: str | None) -> str:
    """The end of an image reference's file name, as the truth file keeps it."""
    return (image_ref or "").split("?")[0].rstrip("/").rsplit("/", 1)[-1][-40:]


def _holds(text: tuple[str, ...], credit: tuple[str, ...]) -> bool:
    n = len(credit)
    return n > 0 and any(text[i:i + n] == credit for i in range(len(text) - n + 1))


def take_row(rows: list[Row], text: str, image_ref: str | None) -> Row | None:
    """The truth row of a caption read from the page: the first row whose credit the caption's
    text carries, word for word, one with the caption's image first (the rows of "Credit: ESA"
    under three pictures). Matching by credit rather than by caption number keeps the truth file
    right when the reader finds a caption more or fewer."""
    held = words_of(text)
    found = [row for row in rows if _holds(held, row.words)]
    if not found:
        return None
    row = next((r for r in found if r.image == image_end(image_ref)), found[0])
    rows.remove(row)
    return row


def score(pages: Path = PAGES, truth_path: Path = TRUTH) -> Scores:
    expected = truth(truth_path)
    scores = Scores()
    for page in sorted(pages.glob("*.html")):
        rows = expected.get(page.name, [])
        for caption in parse_article(page.read_bytes(), "html", page.as_posix()).captions:
            row = take_row(rows, caption.text, caption.image_ref)
            got = (caption.photographer, caption.outlet)
            if row is None:
                scores.uncredited += 1
                scores.silent += got == (None, None)
                scores.filled += sum(v is not None for v in got)
                scores.wrong += sum(v is not None for v in got)
                if got != (None, None):
                    scores.misses.append(f"{page.name} #{caption.caption_no}: read {got}, "
                                         "page names no credit")
                continue
            want = (row.photographer, row.outlet)
            scores.credited += 1
            right = [same_name(g, w) for g, w in zip(got, want, strict=True)]
            scores.photographer += right[0]
            scores.outlet += right[1]
            scores.both += all(right)
            for g, ok in zip(got, right, strict=True):
                scores.filled += g is not None
                scores.wrong += g is not None and not ok
            if not all(right):
                scores.misses.append(f"{page.name} #{caption.caption_no}: read {got}, "
                                     f"page says {want}")
    for name, rows in expected.items():  # credits of captions the reader did not find
        scores.unread += len(rows)
        scores.misses += [f"{name}: no caption read carries the credit of {row.image}"
                          for row in rows]
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not args.pages.is_dir():
        parser.exit(2, f"credits_corpus: {args.pages}: no such folder (the shared corpus)\n")
    scores = score(args.pages)
    print("\n".join(scores.lines()))
    if args.show:
        print("\n".join(scores.misses))


if __name__ == "__main__":
    main()
