"""Per-file cost of the ways to read the EXIF fields the catalog keeps, on the same files, in one
process (CPU time per file, best of several rounds). This is the measurement behind
catalog/exif_fields.py: the issue allows a reader of our own only if no library path comes
within 2× of it.

    python -m benchmarks.exif_readers FOLDER [--rounds 5]

Each contender starts from the file's path and ends with the nine kept fields:
- own: jpeg_header + exif_fields (one read of the header);
- pillow-lazy: the same header read, then Pillow's `Image.Exif().load()` of the APP1 block and
  `get_ifd(0x8769)` (decodes only the IFDs asked for);
- exifread: `exifread.process_file(details=False)` on the open file, and the same with
  `stop_tag` at the last wanted Exif tag;
and whole readings: `read_image` (quick path, falls back to the full readers) and
`read_image_full` (exifread + Pillow, as before).
"""

from __future__ import annotations

import argparse
import logging
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from catalog import exif_fields, jpeg_header, metadata

logging.getLogger("exifread").setLevel(logging.CRITICAL)
warnings.simplefilter("ignore")


def own(path: Path) -> Any:
    with open(path, "rb") as handle:
        header = jpeg_header.read_header(handle)
    return exif_fields.read_fields(header.exif) if header and header.exif else None


def pillow_lazy(path: Path) -> Any:
    from PIL import Image

    with open(path, "rb") as handle:
        header = jpeg_header.read_header(handle)
    if header is None or header.exif is None:
        return None
    exif = Image.Exif()
    exif.load(b"Exif\x00\x00" + header.exif)
    sub = exif.get_ifd(0x8769)
    return ([exif.get(t) for t in (0x010F, 0x0110, 0x013B, 0x010E, 0x8298)]
            + [sub.get(t) for t in (0x9003, 0x9011, 0xA431, 0xA434)])


def exifread_plain(path: Path, stop_tag: str | None = None) -> Any:
    import exifread

    with open(path, "rb") as handle:
        if stop_tag:
            return exifread.process_file(handle, details=False, extract_thumbnail=False,
                                         stop_tag=stop_tag)
        return exifread.process_file(handle, details=False, extract_thumbnail=False)


def exifread_stop(path: Path) -> Any:
    return exifread_plain(path, "LensModel")


CONTENDERS: dict[str, Callable[[Path], Any]] = {
    "own (jpeg_header + exif_fields)": own,
    "Pillow Exif.load + get_ifd": pillow_lazy,
    "exifread details=False": exifread_plain,
    "exifread details=False, stop_tag": exifread_stop,
    "read_image (quick path, whole ImageMeta)": lambda p: metadata.read_image(p),
    "read_image_full (exifread + Pillow)": lambda p: metadata.read_image_full(p),
}


def block_contenders(files: list[Path]) -> dict[str, Callable[[Path], Any]]:
    """The same readers given the bytes already in memory (the Exif block, or for exifread the
    file's first 64 KiB): the parsing cost alone."""
    import io

    import exifread
    from PIL import Image

    blocks: dict[Path, bytes] = {}
    leads: dict[Path, bytes] = {}
    for path in files:
        with open(path, "rb") as handle:
            header = jpeg_header.read_header(handle)
            handle.seek(0)
            leads[path] = handle.read(jpeg_header.LEAD)
        if header is not None and header.exif is not None:
            blocks[path] = header.exif

    def own_block(path: Path) -> Any:
        block = blocks.get(path)
        return exif_fields.read_fields(block) if block else None

    def pillow_block(path: Path) -> Any:
        block = blocks.get(path)
        if not block:
            return None
        exif = Image.Exif()
        exif.load(b"Exif\x00\x00" + block)
        sub = exif.get_ifd(0x8769)
        return ([exif.get(t) for t in (0x010F, 0x0110, 0x013B, 0x010E, 0x8298)]
                + [sub.get(t) for t in (0x9003, 0x9011, 0xA431, 0xA434)])

    def exifread_block(path: Path) -> Any:
        return exifread.process_file(io.BytesIO(leads[path]), details=False,
                                     extract_thumbnail=False)

    return {"block: own exif_fields": own_block, "block: Pillow Exif.load + get_ifd": pillow_block,
            "block: exifread details=False (first 64 KiB in memory)": exifread_block}


def measure(files: list[Path], work: Callable[[Path], Any], rounds: int) -> float:
    """Best per-file CPU seconds over `rounds` passes (after one warm-up pass)."""
    for path in files:
        work(path)
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for path in files:
            work(path)
        best = min(best, (time.process_time() - started) / len(files))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=1000, help="files used at most")
    args = parser.parse_args()
    files = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg"))
    files = files[:args.limit]
    figures = {name: measure(files, work, args.rounds) for name, work in CONTENDERS.items()}
    blocks = {name: measure(files, work, args.rounds)
              for name, work in block_contenders(files).items()}
    print(f"{len(files)} JPEGs under {args.folder}, best of {args.rounds} rounds\n")
    print("| reader | µs per file | vs own |\n|---|---|---|")
    for table, base in ((figures, figures["own (jpeg_header + exif_fields)"]),
                        (blocks, blocks["block: own exif_fields"])):
        for name, seconds in table.items():
            print(f"| {name} | {seconds * 1e6:.1f} | {seconds / base:.1f}× |")


if __name__ == "__main__":
    main()
