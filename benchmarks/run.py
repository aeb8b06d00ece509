"""Run the benchmarks and print each measure as a ratio against a baseline taken in the same
run, on the same files (these machines are noisy: only ratios are claims).

    python -m benchmarks.run --images 10000 --captions 1000000 --work /tmp/caption-bench
    python -m benchmarks.run --images 2720 --copies 10 --skip-queries --work /tmp/caption-bench

Needs ExifTool on PATH for the ingest baseline (Debian: libimage-exiftool-perl) and GNU time
(/usr/bin/time) for peak memory. Caches are warm for every side of every ratio: each timed
command runs once before it is measured where that matters.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.fill import fill
from benchmarks.generate import generate

CATALOG = [sys.executable, "-m", "catalog"]


def run(command: list[str], cwd: Path, quiet: bool = True) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL if quiet else None,
                   stderr=subprocess.DEVNULL if quiet else None)
    return time.perf_counter() - started


def best(command: list[str], cwd: Path, times: int = 5) -> float:
    return min(run(command, cwd) for _ in range(times))


def peak_rss_mb(command: list[str], cwd: Path) -> float:
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], cwd=cwd, check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def output_lines(command: list[str], cwd: Path) -> int:
    result = subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    return result.stdout.count(b"\n")


def bare_read_loop(media: Path) -> float:
    code = ("import os,sys\n"
            "for d,_,fs in os.walk(sys.argv[1]):\n"
            "  for f in fs:\n"
            "    with open(os.path.join(d,f),'rb') as h: h.read(65536)\n")
    return run([sys.executable, "-c", code, str(media)], media.parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--images", type=int, default=10000)
    parser.add_argument("--captions", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/caption-bench"))
    parser.add_argument("--copies", type=int, default=1,
                        help="ingest every image this many times (hard links under "
                             "media/copy-K/): a large archive from a few distinct files")
    parser.add_argument("--skip-queries", action="store_true",
                        help="measure start-up and ingest only (for a second archive size)")
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    env_path = Path(__file__).resolve().parent.parent
    os.environ["PYTHONPATH"] = str(env_path)
    rows: list[tuple[str, str, str]] = []

    # start-up: `search x` on the catalog of the bundled seed (three captions, none with x)
    baseline = best([sys.executable, "-c", "pass"], work)
    seed_db = work / "seed.db"
    seed_db.unlink(missing_ok=True)
    subprocess.run([*CATALOG, "--db", str(seed_db), "ingest", "seeds", "--media", "media"],
                   cwd=env_path, check=True, stdout=subprocess.DEVNULL)
    for name, command in (("`catalog --help`", [*CATALOG, "--help"]),
                          ("`catalog search x`", [*CATALOG, "--db", str(seed_db), "search", "x"])):
        took = best(command, work)
        rows.append((f"{name} vs `python -c pass`", f"{took:.3f} s vs {baseline:.3f} s",
                     f"{took / baseline:.1f}×"))
    rows += ingest_rows(args.images, work, args.copies)
    if not args.skip_queries:
        rows += query_rows(args.captions, work)
    print_rows(rows)


FLOOR = """\
import os, sqlite3, sys
root, db = sys.argv[1], sys.argv[2]
states = {}
for d, _, fs in os.walk(root):
    for f in fs:
        st = os.stat(os.path.join(d, f))
        states[os.path.join(d, f)] = (st.st_size, st.st_mtime_ns)
with sqlite3.connect(db) as conn:
    known = {p: (s, m) for p, s, m in conn.execute("SELECT path, size, mtime_ns FROM image")}
    known.update({p: (s, m) for p, s, m in
                  conn.execute("SELECT path, size, mtime_ns FROM article")})
changed = [p for p, state in states.items() if known.get(os.path.relpath(p, root)) != state]
"""


def reingest_floor(archive: Path, db: Path) -> float:
    """Walk and stat every file of the archive and read the catalog's stored file states: what
    a re-ingest of an unchanged archive cannot avoid."""
    return run([sys.executable, "-c", FLOOR, str(archive), str(db)], archive)


def add_copies(archive: Path, copies: int) -> int:
    """Hard links of every image under media/copy-K/ for K in 1..copies-1; the image count."""
    media = archive / "media"
    originals = [p for p in media.rglob("*.jpg") if not p.relative_to(media).parts[0]
                 .startswith("copy-")]
    for k in range(1, copies):
        for path in originals:
            target = media / f"copy-{k}" / path.relative_to(media)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(path, target)
    return len(originals) * copies


def ingest_rows(images: int, work: Path, copies: int = 1) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    archive = work / f"archive-{images}"
    if not archive.exists():
        generate(archive, images)
    total = add_copies(archive, copies) if copies > 1 else images
    label = f"{total:,} images" + (f" ({images:,} × {copies} hard links)" if copies > 1 else "")
    db = archive / "catalog.db"
    for stale in archive.glob("catalog.db*"):
        stale.unlink()
    bare = min(bare_read_loop(archive / "media") for _ in range(3))
    ingest = [*CATALOG, "--db", "catalog.db", "ingest", "news", "--media", "media"]
    firsts = []
    for _ in range(2):  # the best of two first ingests, each into a new catalog
        for stale in archive.glob("catalog.db*"):
            stale.unlink()
        firsts.append(run(ingest, archive))
    first = min(firsts)
    again = best(ingest, archive, 3)
    floor = min(reingest_floor(archive, db) for _ in range(3))
    rate = total / first
    rows.append((f"ingest of {label}: files/s", f"{rate:,.0f} files/s ({first:.2f} s)", ""))
    if shutil.which("exiftool"):
        # ExifTool on the distinct files only (per file it is the same work on a copy)
        subset = [str(p) for p in (archive / "media").iterdir()
                  if not p.name.startswith("copy-")]
        exiftool = best(["exiftool", "-fast", "-j", "-r", *subset], archive, 2)
        exif_rate = images / exiftool
        rows.append(("ingest files/s vs `exiftool -fast -j -r`" +
                     (f" (on the {images:,} distinct files)" if copies > 1 else ""),
                     f"{rate:,.0f} vs {exif_rate:,.0f} files/s", f"{rate / exif_rate:.1f}×"))
    rows.append(("ingest time vs bare 64 KiB read loop", f"{first:.2f} s vs {bare:.2f} s",
                 f"{first / bare:.1f}×"))
    rows.append(("re-ingest (unchanged) vs its floor (walk + stat + stored states)",
                 f"{again:.2f} s vs {floor:.2f} s", f"{again / floor:.1f}×"))
    rows.append(("re-ingest (unchanged) vs first ingest", f"{again:.2f} s vs {first:.2f} s",
                 f"1/{first / again:.0f}"))
    for stale in archive.glob("catalog.db*"):
        stale.unlink()
    rows.append((f"peak RSS of the ingest of {total:,} images",
                 f"{peak_rss_mb(ingest, archive):.0f} MB", ""))
    db.unlink(missing_ok=True)
    return rows


def query_rows(captions: int, work: Path) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    small, large = work / "q-1k.db", work / f"q-{captions}.db"
    if not small.exists():
        fill(str(small), 1000)
    if not large.exists():
        fill(str(large), captions)
    queries = {
        "search Yingst --limit 50": ["search", "Yingst", "--limit", "50", "--format", "json"],
        "search --camera 'a7 III' --limit 50": ["search", "--camera", "a7 III", "--limit", "50",
                                                "--format", "json"],
        "search photographer:Lima --limit 50": ["search", "photographer:Lima", "--limit", "50",
                                                "--format", "json"],
        "credits": ["credits", "--format", "json"],
        "cameras": ["cameras", "--format", "json"],
        "audit (all findings, JSON)": ["audit", "--format", "json"],
        "export (whole sheet, CSV)": ["export", "--format", "csv"],
    }
    for name, command in queries.items():
        times = 2 if command[0] in ("audit", "export") else 5
        t_small = best([*CATALOG, "--db", str(small), *command], work, times)
        t_large = best([*CATALOG, "--db", str(large), *command], work, times)
        figures = f"{t_large:.2f} s vs {t_small:.2f} s"
        if command[0] in ("audit", "export"):  # their output grows with the catalog
            lines = output_lines([*CATALOG, "--db", str(large), *command], work)
            figures += f" ({lines:,} lines out, {lines / t_large:,.0f}/s)"
        rows.append((f"{name}: {captions:,} vs 1k captions", figures,
                     f"{t_large / t_small:.1f}×"))
    for name in ("audit", "export"):
        command = [*CATALOG, "--db", str(large), *queries[
            "audit (all findings, JSON)" if name == "audit" else "export (whole sheet, CSV)"]]
        rows.append((f"peak RSS of {name} at {captions:,} captions",
                     f"{peak_rss_mb(command, work):.0f} MB", ""))
    return rows


def print_rows(rows: list[tuple[str, str, str]]) -> None:
    print("| measure | figures | ratio |\n|---|---|---|")
    for measure, figures, ratio in rows:
        print(f"| {measure} | {figures} | {ratio} |")


if __name__ == "__main__":
    main()
