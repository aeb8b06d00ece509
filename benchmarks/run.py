"""Run the benchmarks and print each measure as a ratio against a baseline taken in the same
run, on the same files (these machines are noisy: only ratios are claims).

    python -m benchmarks.run --images 10000 --captions 1000000 --work /tmp/caption-bench

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
    rows += ingest_rows(args.images, work)
    if not args.skip_queries:
        rows += query_rows(args.captions, work)
    print_rows(rows)


def ingest_rows(images: int, work: Path) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    archive = work / f"archive-{images}"
    if not archive.exists():
        generate(archive, images)
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
    rate = images / first
    rows.append((f"ingest of {images} images: files/s", f"{rate:.0f} files/s ({first:.1f} s)",
                 ""))
    if shutil.which("exiftool"):
        exiftool = best(["exiftool", "-fast", "-j", "-r", "media"], archive, 2)
        rows.append(("ingest files/s vs `exiftool -fast -j -r`",
                     f"{rate:.0f} vs {images / exiftool:.0f} files/s",
                     f"{exiftool / first:.1f}×"))
    rows.append(("ingest time vs bare 64 KiB read loop", f"{first:.1f} s vs {bare:.1f} s",
                 f"{first / bare:.1f}×"))
    rows.append(("re-ingest (unchanged) vs first ingest", f"{again:.2f} s vs {first:.1f} s",
                 f"1/{first / again:.0f}"))
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
