"""Read every saved HTML page under some folders as ingest reads articles, and report what a
desk would notice first on pages nobody has scored: pages the reader stops on (by exception and
where it was raised, with one example page each), pages slower than a second, and how many
captions carry a credit.

    python -m benchmarks.page_sweep DIR [DIR ...] [--fills FILE.json] [--paragraphs FILE.txt]

The pages stay where they are (other projects' saved test pages, fetched apart: postlight/parser
`fixtures/`, adbar/trafilatura `tests/cache`, mozilla/readability `test/test-pages`,
scrapinghub/article-extraction-benchmark `html/` unzipped); nothing of them is kept here.
`--fills` writes each caption's credit reading (page, caption's last 200 characters,
photographer, outlet, via) as JSON, to compare two versions of the grammar or to read by hand.
`--paragraphs` runs the plain-text caption test (`is_caption`, as a text or Markdown article's
paragraphs meet it) on every `<p>` of the pages outside a figure, of 40 characters or more, and
writes those it accepts, one a line: nearly all of a page's paragraphs are prose, so each line
is a caption or a false alarm to read by hand.
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from collections import Counter
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from catalog.articles import decode_article, parse_text
from catalog.captions import is_caption

SLOW_SECONDS = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--fills", type=Path, help="write the credit readings here (JSON)")
    parser.add_argument("--paragraphs", type=Path,
                        help="write the <p> paragraphs the caption test accepts here")
    args = parser.parse_args()
    pages = sorted(p for folder in args.folders for p in folder.rglob("*")
                   if p.suffix.lower() in (".html", ".htm") and p.is_file())
    errors: Counter[str] = Counter()
    examples: dict[str, str] = {}
    slow: list[tuple[float, str]] = []
    fills: list[dict[str, str | None]] = []
    captions = 0
    paragraphs: list[str] = []
    tested = 0
    for page in pages:
        began = time.perf_counter()
        try:  # decoded as ingest decodes a page: UTF-8, else the charset it declares, ...
            text, _notes = decode_article(page.read_bytes(), str(page))
            article = parse_text(text, "html", str(page))
        except Exception as exc:  # what the sweep is for: every page the reader stops on
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__}: {exc} ({Path(frame.filename).name}:{frame.lineno})"
            errors[key] += 1
            examples.setdefault(key, str(page))
            continue
        took = time.perf_counter() - began
        if took > SLOW_SECONDS:
            slow.append((took, str(page)))
        captions += len(article.captions)
        if args.paragraphs:
            texts = _paragraphs(text)
            tested += len(texts)
            paragraphs += [f"{page.name}\t{t}" for t in texts if is_caption(t)]
        fills += [{"page": str(page), "text": c.text[-200:], "photographer": c.photographer,
                   "outlet": c.outlet, "via": c.via}
                  for c in article.captions if c.photographer or c.outlet]
    print(f"pages: {len(pages)}; captions: {captions}; with a credit read: {len(fills)}")
    print(f"pages the reader stopped on: {sum(errors.values())}")
    for key, count in errors.most_common():
        print(f"  {count} {key}, e.g. {examples[key]}")
    print(f"pages slower than {SLOW_SECONDS:.0f} s: {len(slow)}")
    for took, name in sorted(slow, reverse=True)[:10]:
        print(f"  {took:.1f} s {name}")
    if args.fills:
        args.fills.write_text(json.dumps(fills, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.paragraphs:
        print(f"<p> paragraphs tested: {tested}; taken for captions: {len(paragraphs)}")
        args.paragraphs.write_text("".join(f"{p}\n" for p in paragraphs), encoding="utf-8")


def _paragraphs(html: str) -> list[str]:
    """The text of each `<p>` outside a figure and without an image, of 40 characters or more."""
    found = []
    for node in LexborHTMLParser(html).css("p"):
        if node.css_first("img") or (node.parent is not None and
                                     node.parent.tag in ("figcaption", "figure")):
            continue
        text = " ".join((node.text() or "").split())
        if len(text) >= 40:
            found.append(text)
    return found


if __name__ == "__main__":
    main()
