"""Score the credit reader on real published captions: the pages of the shared corpus
(../shared/corpus/real-pages, or $CATALOG_SHARED_CORPUS/real-pages; URLs in its SOURCES.md)
against the credits written down by hand in benchmarks/data/real_pages_credits.tsv.

    python -m benchmarks.credits_corpus [--pages DIR] [--show]

Each page is read as ingest reads it (catalog.articles.read_article: the grammar, the credit
markup, canonical outlets and display names). Over the captions that carry a credit it reports
photographer right, outlet right, both right (an absent part is right when the page names none);
the wrong-fill rate (filled-in values that differ from the page, over all filled-in values: a
credit read wrongly is worse than none); and silence on the captions that carry no credit.
"""

from __future__ import annotations

import argparse
import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from catalog.articles import read_article
from catalog.credits.outlets import outlet_key

TRUTH = Path(__file__).parent / "data" / "real_pages_credits.tsv"
# The shared corpus: ../shared/corpus, or $CATALOG_SHARED_CORPUS (as in tests/corpus.py).
SHARED = Path(os.environ.get("CATALOG_SHARED_CORPUS")
              or Path(__file__).resolve().parents[2] / "shared" / "corpus")
PAGES = SHARED / "real-pages"


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
    stale: int = 0  # truth rows whose caption number no longer holds the same image
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"captions with a credit: {self.credited}; without: {self.uncredited}",
            *rate_lines(self.credited, self.photographer, self.outlet, self.both, self.wrong,
                        self.filled),
            f"captions without a credit left empty: {self.silent}/{self.uncredited} "
            f"({percent(self.silent, self.uncredited):.1f} %)",
            f"truth rows out of date (another image at that caption number): {self.stale}",
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


def _same(got: str | None, expected: str | None) -> bool:
    return outlet_key(got or "") == outlet_key(expected or "")


Truth = dict[tuple[str, int], tuple[str, str | None, str | None]]


def truth(path: Path = TRUTH) -> Truth:
    """(page, caption number) → (end of the image file name, photographer, outlet)."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {(r["page"], int(r["caption_no"])): (r["image"], r["photographer"] or None,
                                                 r["outlet"] or None)
            for r in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)}


def image_end(image_ref: str | None) -> str:
    """The end of an image reference's file name, as the truth file keeps it."""
    return (image_ref or "").split("?")[0].rstrip("/").rsplit("/", 1)[-1][-40:]


def score(pages: Path = PAGES, truth_path: Path = TRUTH) -> Scores:
    expected = truth(truth_path)
    scores = Scores()
    for page in sorted(pages.glob("*.html")):
        for caption in read_article(page).captions:
            row = expected.pop((page.name, caption.caption_no), None)
            got = (caption.photographer, caption.outlet)
            if row is not None and row[0] != image_end(caption.image_ref):
                scores.stale += 1
                scores.misses.append(f"{page.name} #{caption.caption_no}: truth row out of date")
                continue
            want = None if row is None else row[1:]
            if want is None:
                scores.uncredited += 1
                scores.silent += got == (None, None)
                scores.filled += sum(v is not None for v in got)
                scores.wrong += sum(v is not None for v in got)
                if got != (None, None):
                    scores.misses.append(f"{page.name} #{caption.caption_no}: read {got}, "
                                         "page names no credit")
                continue
            scores.credited += 1
            right = [_same(g, w) for g, w in zip(got, want, strict=True)]
            scores.photographer += right[0]
            scores.outlet += right[1]
            scores.both += all(right)
            for g, ok in zip(got, right, strict=True):
                scores.filled += g is not None
                scores.wrong += g is not None and not ok
            if not all(right):
                scores.misses.append(f"{page.name} #{caption.caption_no}: read {got}, "
                                     f"page says {want}")
    scores.stale += len(expected)  # rows for captions the reader no longer finds
    scores.misses += [f"{page} #{number}: no such caption now" for page, number in expected]
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
