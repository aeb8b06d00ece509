"""Score camera-name resolution on a table of real bodies (benchmarks/camera_bodies.txt).

    python -m benchmarks.camera_names [TABLE ...] [--repeat 5]

Each body line gives the EXIF Make and Model(s) a body writes and the ways a caption names it:

    Canon | Canon | Canon EOS 800D; Canon EOS REBEL T7i | Canon EOS Rebel T7i; Canon 800D

Each `apart:` line gives a caption's camera and the EXIF Make/Model of another body:

    apart: Sony a7 III | SONY | ILCE-7RM3

Scores, as the audit would see each pair:
- alike: a caption spelling and an EXIF model of the same body compare equal;
- false mismatch: they compare unequal (the audit would raise a false `camera-mismatch`);
- not compared: one side has no name or key (the audit says only `unknown-camera`);
- apart: a caption and another body's EXIF compare unequal (a real mismatch is raised);
- missed: a spelling, put in caption sentences, is not read back as that camera;
- µs per name: caption spellings and EXIF pairs resolved with cold caches, best of --repeat,
  as this release's audit compares them (keys) and as names (`camera_from_caption`/`_exif`);
- index load: building the camera index from its cached rows, best of --repeat.
Times are CPU time of this process (time.process_time): other work on a shared machine
inflates wall-clock time far more.

It runs against whichever `catalog` package is importable, so the same command measures an older
checkout (PYTHONPATH=/path/to/old/checkout): without comparison keys the names are compared, as
that release's audit did.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog import cameras
from catalog.captions import find_camera

TABLE = Path(__file__).with_name("camera_bodies.txt")
# Caption sentences a camera spelling is put in for the `missed` score.
TEMPLATES = (
    "A man crosses the square. (Taken with a {})",
    "Fishing boats at dawn. (Photo taken with an {})",
    "Smoke rises over the city. (Shot on a {})",
    "Children play in the rain. (Camera: {})",
    "A vendor waits for customers. Shot on the {}.",
    "A ferry leaves the harbour. (Shot with a {}, 35mm f/1.4)",
)


@dataclass(frozen=True)
class Body:
    maker: str
    exif: tuple[tuple[str, str], ...]  # (Make, Model) pairs
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class Apart:
    spelling: str
    make: str
    model: str


def read_table(path: Path) -> tuple[list[Body], list[Apart]]:
    bodies, apart = [], []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("apart:"):
            parts = [p.strip() for p in line[len("apart:"):].split("|")]
            if len(parts) != 3:
                raise SystemExit(f"{path}:{number}: apart needs 'caption | make | model'")
            apart.append(Apart(*parts))
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4:
            raise SystemExit(f"{path}:{number}: needs 'maker | make | models | spellings'")
        maker, make, models, spellings = parts
        bodies.append(Body(maker, tuple((make, m.strip()) for m in models.split(";")),
                           tuple(s.strip() for s in spellings.split(";") if s.strip())))
    return bodies, apart


def _comparer() -> tuple[Callable[[str], Any], Callable[[str, str], Any]]:
    """Caption and EXIF sides as this release's audit compares them."""
    if hasattr(cameras, "caption_camera_key"):
        return cameras.caption_camera_key, cameras.exif_camera_key
    return cameras.camera_from_caption, cameras.camera_from_exif  # names, as before keys


def _clear_caches() -> None:
    for name in ("_from_caption", "_from_exif", "maker_key", "_caption_key", "_exif_key"):
        function = getattr(cameras, name, None)
        if function is not None and hasattr(function, "cache_clear"):
            function.cache_clear()


def score(bodies: Sequence[Body], apart: Sequence[Apart]) -> dict[str, float]:
    caption_side, exif_side = _comparer()
    alike = false = uncompared = 0
    for body in bodies:
        for spelling in body.spellings:
            for make, model in body.exif:
                written, made = caption_side(spelling), exif_side(make, model)
                if written is None or made is None:
                    uncompared += 1
                elif written == made:
                    alike += 1
                else:
                    false += 1
    pairs = alike + false + uncompared
    kept = joined = apart_uncompared = 0
    for pair in apart:
        written, made = caption_side(pair.spelling), exif_side(pair.make, pair.model)
        if written is None or made is None:
            apart_uncompared += 1
        elif written != made:
            kept += 1
        else:
            joined += 1
    spellings = [s for body in bodies for s in body.spellings]
    missed = 0
    for spelling in spellings:
        for template in TEMPLATES:
            read = find_camera(template.format(spelling))
            if read is None or caption_side(read) != caption_side(spelling):
                missed += 1
    return {
        "bodies": len(bodies), "makers": len({b.maker for b in bodies}),
        "spellings": len(spellings), "pairs": pairs, "apart pairs": len(apart),
        "alike %": 100 * alike / pairs, "false mismatch %": 100 * false / pairs,
        "not compared %": 100 * uncompared / pairs,
        "apart %": 100 * kept / max(1, len(apart)),
        "apart joined %": 100 * joined / max(1, len(apart)),
        "apart not compared %": 100 * apart_uncompared / max(1, len(apart)),
        "missed %": 100 * missed / max(1, len(spellings) * len(TEMPLATES)),
    }


def speed(bodies: Sequence[Body], repeat: int) -> dict[str, float]:
    """µs per name resolved cold (caches cleared, index loaded), and the index load in ms."""
    names = [s for body in bodies for s in body.spellings]
    pairs = [pair for body in bodies for pair in body.exif]

    def per_name(caption_side: Callable[[str], Any], exif_side: Callable[[str, str], Any]
                 ) -> float:
        times = []
        for _ in range(repeat):
            _clear_caches()
            started = time.process_time()
            for name in names:
                caption_side(name)
            for make, model in pairs:
                exif_side(make, model)
            times.append((time.process_time() - started) / (len(names) + len(pairs)))
        return 1e6 * min(times)

    keys = per_name(*_comparer())
    named = per_name(cameras.camera_from_caption, cameras.camera_from_exif)
    loads = []
    for _ in range(repeat):
        cameras._index.cache_clear()
        facts = getattr(cameras, "load_facts", None)
        if facts is not None:
            facts.cache_clear()
        started = time.process_time()
        cameras._index()
        loads.append(time.process_time() - started)
    return {"µs per name (audit)": keys, "µs per name (names)": named,
            "index load ms": 1e3 * min(loads)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tables", nargs="*", type=Path, default=[TABLE])
    parser.add_argument("--repeat", type=int, default=15)
    options = parser.parse_args()
    cameras._index()  # load once (and write the row cache) before anything is timed
    for table in options.tables:
        bodies, apart = read_table(table)
        results = score(bodies, apart) | speed(bodies, options.repeat)
        print(table.name)
        for key, value in results.items():
            print(f"  {key:22} {value:.1f}" if isinstance(value, float) else
                  f"  {key:22} {value}")


if __name__ == "__main__":
    main()
