"""Read every saved HTML page under some folders as ingest reads articles, and report what a
desk would notice first on pages nobody has scored: pages the reader stops on (by exception and
where it was raised, with one example page each), pages slower than a second, and how many
captions carry a credit.

    python -m benchmarks.page_sweep DIR [DIR ...] [--fills FILE.json]

The pages stay where they are (other projects' saved test pages, fetched apart: postlight/parser
`fixtures/`, adbar/trafilatura `tests/cache`, mozilla/readability `test/test-pages`,
scrapinghub/article-extraction-benchmark `html/` unzipped); nothing of them is kept here.
`--fills` writes each caption's credit reading (page, caption's last 200 characters,
photographer, outlet, via) as JSON, to compare two versions of the grammar or to read by hand.
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from collections import Counter
from pathlib import Path

from catalog.articles import decode_article, parse_text

SLOW_SECONDS = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--fills", type=Path, help="write the credit readings here (JSON)")
    args = parser.parse_args()
    pages = sorted(p for folder in args.folders for p in folder.rglob("*")
                   if p.suffix.lower() in (".html", ".htm") and p.is_file())
    errors: Counter[str] = Counter()
    examples: dict[str, str] = {}
    slow: list[tuple[float, str]] = []
    fills: list[dict[str, str | None]] = []
    captions = 0
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


if __name__ == "__main__":
    main()
