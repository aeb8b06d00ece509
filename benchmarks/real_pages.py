"""Score the HTML reader on real published pages: the pages of the shared corpus
(../shared/corpus/real-pages, or $CATALOG_SHARED_CORPUS/real-pages; URLs in its SOURCES.md)
against the ground truth written by hand in benchmarks/data/real_pages_truth.json.

    python -m benchmarks.real_pages [--pages DIR] [--show]

Each page is read as ingest reads it (parsed as ingest's workers parse it). Reported: caption recall
and precision, recall per markup kind, photographer and outlet right over the matched captions,
headline and publication date right over all pages, and reading speed (articles/s).

The truth file copies no text of the pages. Per page it holds the markup kind (the letters of
SOURCES.md: A-J, "none" for a page without a captioned article photo), the accepted headlines as
`text_key` hashes (the visible headline, og:title and JSON-LD headline when a page states
several), the accepted publication dates, and per expected caption its `fingerprint` (the set of
hashed words of the caption with its credit as published) and whether it carries a credit. A
caption read matches an expected one when it holds most of the expected words and most of its
own words are expected (EXPECTED_SHARE, READ_SHARE): whitespace, punctuation and how the credit
is joined do not matter, but a caption that kept only its credit, or that swallowed a headline,
does not match. Matching is one to one, best (Dice) overlap first.

Photographer and outlet come from benchmarks/data/real_pages_credits.tsv (issue 13's file): a
row of that page whose published credit's words all occur in an expected caption gives that
caption's photographer and outlet; a caption marked as carrying no credit must be read with
neither. Credited captions no row describes are counted apart (not scored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.corpus import REAL_PAGES
from benchmarks.credits_corpus import percent, same_name
from benchmarks.credits_corpus import truth as credits_truth
from catalog.articles import parse_article
from catalog.domain import Article

TRUTH = Path(__file__).parent / "data" / "real_pages_truth.json"
CREDITS = Path(__file__).parent / "data" / "real_pages_credits.tsv"
# A read caption matches an expected one when it holds this share of the expected words and
# this share of its own words are expected ones.
EXPECTED_SHARE = 0.6
READ_SHARE = 0.5
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=5, person=b"caption-cat").hexdigest()


def fingerprint(text: str) -> list[str]:
    """The sorted hashes of the distinct words of `text` (case, accents' composition,
    punctuation and spacing normalised away)."""
    return sorted({_hash(word) for word in words(text)})


def text_key(text: str) -> str:
    """One hash of a text's normalised words in order (for headlines)."""
    return _hash(" ".join(words(text)))


def dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def matches(expected: set[str], read: set[str]) -> bool:
    """A credit of two or three words ("Foto: ATON") matches when half of it is read (a
    dropped label is no miss); longer captions need EXPECTED_SHARE."""
    common = len(expected & read)
    share = READ_SHARE if len(expected) <= 3 else EXPECTED_SHARE
    return common >= share * len(expected) and common >= READ_SHARE * len(read) > 0


def match(expected: list[set[str]], read: list[set[str]]) -> dict[int, int]:
    """Expected caption index → read caption index, one to one, best overlap first."""
    pairs = sorted(((dice(e, r), i, j) for i, e in enumerate(expected)
                    for j, r in enumerate(read) if matches(e, r)), reverse=True)
    taken: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in taken and j not in used:
            taken[i] = j
            used.add(j)
    return taken


Credit = tuple[str | None, str | None]


def credit_rows(path: Path = CREDITS) -> dict[str, list[tuple[set[str], Credit]]]:
    """Page → (hashed words of the credit as published, (photographer, outlet)) per row of the
    credits scorer's truth file."""
    return {page: [(set(fingerprint(" ".join(row.words))), (row.photographer, row.outlet))
                   for row in rows]
            for page, rows in credits_truth(path).items()}


def expected_credit(caption: dict[str, Any], rows: list[tuple[set[str], Credit]],
                    page_captions: list[dict[str, Any]] | None = None) -> Credit | None:
    """The (photographer, outlet) a caption of the truth file states, None when unknown.
    When several rows fit the caption, the one fitting the fewest of the page's captions is
    its own ("Credit: Funko Pop, ONE Esports" rather than "Credit: Funko", which fits another
    caption too; "(Reed Saxon / AP)" rather than "(Walt Disney Co.)" named in its text)."""
    if not caption["credit"]:
        return (None, None)
    fitting = [(credit_words, credit) for credit_words, credit in rows
               if credit_words and credit_words <= set(caption["words"])]
    if page_captions and len({credit for _, credit in fitting}) > 1:
        reach = [sum(credit_words <= set(other["words"]) for other in page_captions)
                 for credit_words, _ in fitting]
        fitting = [row for row, count in zip(fitting, reach, strict=True) if count == min(reach)]
    found = {credit for _, credit in fitting}
    return found.pop() if len(found) == 1 else None


@dataclass
class Scores:
    pages: int = 0
    expected: int = 0
    read: int = 0
    matched: int = 0
    kind_expected: Counter[str] = field(default_factory=Counter)
    kind_matched: Counter[str] = field(default_factory=Counter)
    credit_scored: int = 0
    credit_unknown: int = 0
    photographer: int = 0
    outlet: int = 0
    headline: int = 0
    date: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    percent = staticmethod(percent)

    @property
    def recall(self) -> float:
        return self.percent(self.matched, self.expected)

    @property
    def precision(self) -> float:
        return self.percent(self.matched, self.read)

    def kind_recall(self, kind: str) -> float:
        return self.percent(self.kind_matched[kind], self.kind_expected[kind])

    def lines(self) -> list[str]:
        out = [
            f"pages: {self.pages}; captions expected {self.expected}, read {self.read}, "
            f"matched {self.matched}",
            f"caption recall:    {self.recall:.1f} %",
            f"caption precision: {self.precision:.1f} %",
            f"photographer right: {self.percent(self.photographer, self.credit_scored):.1f} %"
            f" of {self.credit_scored} matched captions ({self.credit_unknown} credited "
            "captions without a row in real_pages_credits.tsv not scored)",
            f"outlet right:       {self.percent(self.outlet, self.credit_scored):.1f} %",
            f"headline right: {self.percent(self.headline, self.pages):.1f} %",
            f"date right:     {self.percent(self.date, self.pages):.1f} %",
            f"reading speed: {self.pages / self.seconds if self.seconds else 0:.1f} articles/s "
            f"({self.seconds:.2f} s for {self.pages} pages)",
            "recall per markup kind:",
        ]
        out += [f"  {kind:5} {self.kind_matched[kind]:3}/{self.kind_expected[kind]:<3} "
                f"{self.kind_recall(kind):5.1f} %" for kind in sorted(self.kind_expected)]
        return out


def score_page(name: str, article: Article, truth: dict[str, Any],
               rows: list[tuple[set[str], Credit]], scores: Scores) -> None:
    expected = truth["captions"]
    read = [set(fingerprint(caption.text)) for caption in article.captions]
    pairs = match([set(caption["words"]) for caption in expected], read)
    scores.pages += 1
    scores.expected += len(expected)
    scores.read += len(read)
    scores.matched += len(pairs)
    scores.kind_expected[truth["kind"]] += len(expected)
    scores.kind_matched[truth["kind"]] += len(pairs)
    for i, caption in enumerate(expected):
        if i not in pairs:
            scores.misses.append(f"{name}: expected caption {i + 1} ({truth['kind']}) not read")
            continue
        want = expected_credit(caption, rows, expected)
        if want is None:
            scores.credit_unknown += 1
            continue
        got = article.captions[pairs[i]]
        scores.credit_scored += 1
        scores.photographer += same_name(got.photographer, want[0])
        scores.outlet += same_name(got.outlet, want[1])
        if (got.photographer, got.outlet) != want and not (
                same_name(got.photographer, want[0]) and same_name(got.outlet, want[1])):
            scores.misses.append(f"{name}: caption {i + 1} credit read "
                                 f"{(got.photographer, got.outlet)}, page says {want}")
    for j in sorted(set(range(len(read))) - set(pairs.values())):
        scores.misses.append(f"{name}: read #{j + 1} is no expected caption: "
                             f"{article.captions[j].text[:70]!r}")
    headline = text_key(article.headline or "")
    scores.headline += headline in truth["headline"]
    if headline not in truth["headline"]:
        scores.misses.append(f"{name}: headline read {article.headline!r} is not the page's")
    published = article.published.isoformat() if article.published else None
    scores.date += published in truth["published"]
    if published not in truth["published"]:
        scores.misses.append(f"{name}: date read {published}, page says {truth['published'][0]}")


def score(pages: Path | None = None, truth_path: Path = TRUTH,
          credits_path: Path = CREDITS) -> Scores:
    pages = pages or REAL_PAGES
    truth: dict[str, Any] = json.loads(truth_path.read_text(encoding="utf-8"))
    rows = credit_rows(credits_path)
    scores = Scores()
    for name, page_truth in sorted(truth.items()):
        start = time.perf_counter()
        article = parse_article((pages / name).read_bytes(), "html", (pages / name).as_posix())
        scores.seconds += time.perf_counter() - start
        score_page(name, article, page_truth, rows.get(name, []), scores)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=None,
                        help="the real-pages folder (default: ../shared/corpus/real-pages)")
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args()
    pages = args.pages or REAL_PAGES
    if not pages.is_dir():
        parser.exit(2, f"real_pages: {pages}: no such folder (the shared corpus)\n")
    scores = score(pages)
    print("\n".join(scores.lines()))
    if args.show:
        print("\n".join(scores.misses))


if __name__ == "__main__":
    main()
