"""Time `catalog.captions.read_caption` against a baseline tree, interleaved in one run.

    python -m benchmarks.caption_speed --baseline DIR [--archive DIR] [--rounds 7]

The texts: every row of benchmarks/data/credit_strings.tsv, every caption of the real pages
(../shared/corpus/real-pages) and, with --archive, every caption of a generated archive
(`python -m benchmarks.generate DIR --images 2720`), as this tree reads them. Each round runs
one fresh process per tree (DIR is a checkout of the baseline, e.g. `git archive main`), the
two in turn: it reads every text once (patterns compiled), empties the grammar's caches, then
reads every text again, timed in CPU time. Reported: the best round's microseconds a caption
for each set and tree, and this tree's time as a share of the baseline's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import REAL_PAGES
from benchmarks.credit_strings import rows
from catalog.articles import FORMATS, parse_article

ROOT = Path(__file__).resolve().parents[1]
# Run in the tree being timed: read every text, empty the caches, read and time them again.
CHILD = """
import json, sys, time
from catalog import captions
texts = json.load(open(sys.argv[1], encoding="utf-8"))
for group in texts.values():
    for text in group:
        captions.read_caption(text)
times = {}
for name, group in texts.items():
    for module in [m for n, m in sys.modules.items() if n.startswith("catalog")]:
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and (info().maxsize or 0) > 1:
                value.cache_clear()
    start = time.process_time()
    for text in group:
        captions.read_caption(text)
    times[name] = (time.process_time() - start) / len(group) * 1e6
print(json.dumps(times))
"""


def texts(archive: Path | None) -> dict[str, list[str]]:
    found = {"credit strings": [row.text for row in rows()], "real pages": []}
    for page in sorted(REAL_PAGES.glob("*.htm*")):
        found["real pages"] += [c.text for c in
                                parse_article(page.read_bytes(), "html", page.as_posix()).captions]
    if archive:
        found["archive"] = [
            c.text for path in sorted(archive.rglob("*")) if path.suffix in FORMATS
            for c in parse_article(path.read_bytes(), FORMATS[path.suffix], path.as_posix())
            .captions]
    return found


def run(tree: Path, data: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(data)], env=env, cwd=tree,
                          capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    found = texts(args.archive)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "texts.json"
        data.write_text(json.dumps(found), encoding="utf-8")
        best: dict[str, dict[str, float]] = {"baseline": {}, "this": {}}
        for round_no in range(args.rounds):
            order = [("baseline", args.baseline), ("this", ROOT)]
            for label, tree in order if round_no % 2 == 0 else order[::-1]:
                for name, micros in run(tree, data).items():
                    best[label][name] = min(best[label].get(name, micros), micros)
    print(f"read_caption, CPU µs a caption, best of {args.rounds} interleaved rounds")
    for name, group in found.items():
        base, this = best["baseline"][name], best["this"][name]
        print(f"  {name:<15} {len(group):>5} captions: baseline {base:7.1f}  this {this:7.1f}"
              f"  ({this / base:.2f} of the baseline)")


if __name__ == "__main__":
    main()
