"""The few EXIF fields the catalog keeps, read straight from a TIFF structure (a JPEG's Exif block).

Only ASCII fields of IFD0 (Make, Model, Artist, ImageDescription, Copyright) and of the Exif
sub-IFD (DateTimeOriginal, OffsetTimeOriginal, BodySerialNumber, LensModel) are read, the way
exifread reads them: the bytes up to the first NUL, UTF-8 when they decode, else Latin-1.
Some cameras write a field in the other of the two IFDs (Make and Model in the Exif sub-IFD,
DateTimeOriginal in IFD0); ExifTool reads it there too, so each field is looked for in both,
walked in ExifTool's order (the sub-IFD where IFD0 points to it) and, where it occurs twice,
the last one kept (ImageDescription: the first, its priority in ExifTool being lower).
Anything this reader does not expect (a wanted tag stored as another type, a pointer out of the
block, a truncated table) makes it answer None, and the caller falls back to exifread.

Why not a library: measured per Exif block on the corpus and the benchmark archive
(benchmarks/exif_readers.py, figures in benchmarks/RESULTS.md), Pillow's lazy `Exif.load` +
`get_ifd` and exifread's `details=False` both cost many times what this does; it is held to
exifread's readings on every file of the shared corpus by tests/test_metadata.py.
"""

from __future__ import annotations

import struct

IFD0_TAGS = {0x010F: "make", 0x0110: "model", 0x013B: "artist", 0x010E: "description",
             0x8298: "copyright"}
EXIF_TAGS = {0x9003: "date", 0x9011: "offset", 0xA431: "serial", 0xA434: "lens"}
TAGS = IFD0_TAGS | EXIF_TAGS
# ExifTool keeps a duplicate's first value for these (tag priority 0), the last for the others.
FIRST_WINS = frozenset({"description"})
_EXIF_IFD = 0x8769
_ASCII = 2
_POINTER_TYPES = (4, 13)  # LONG, IFD


class Unhandled(Exception):
    """The block is not one this reader vouches for."""


def read_fields(tiff: bytes) -> dict[str, str] | None:
    """The wanted fields present in a TIFF structure, by name; None when not handled."""
    try:
        return _read(tiff)
    except (Unhandled, struct.error, IndexError):
        return None


def _read(tiff: bytes) -> dict[str, str]:
    order = tiff[:4]
    if order == b"II*\x00":
        short, long_ = struct.Struct("<H"), struct.Struct("<L")
    elif order == b"MM\x00*":
        short, long_ = struct.Struct(">H"), struct.Struct(">L")
    else:
        raise Unhandled("not a TIFF header")
    entry = struct.Struct(("<" if order[0] == 0x49 else ">") + "HHLL")
    found: dict[str, str] = {}
    ifd0 = long_.unpack_from(tiff, 4)[0]
    _ifd(tiff, ifd0, found, short, entry, top=True)
    return found


def _ifd(tiff: bytes, offset: int, found: dict[str, str], short: struct.Struct,
         entry: struct.Struct, top: bool) -> None:
    """Read the wanted ASCII tags of one IFD into `found`, and IFD0's Exif sub-IFD where IFD0
    points to it."""
    if offset < 8 or offset + 2 > len(tiff):
        raise Unhandled("IFD outside the block")
    count = short.unpack_from(tiff, offset)[0]
    end = offset + 2 + 12 * count
    if end > len(tiff):
        raise Unhandled("IFD runs past the block")
    for at in range(offset + 2, end, 12):
        tag, kind, n, value = entry.unpack_from(tiff, at)
        if tag == _EXIF_IFD and top:
            if kind not in _POINTER_TYPES or n != 1:
                raise Unhandled("odd Exif pointer")
            _ifd(tiff, value, found, short, entry, top=False)
            continue
        name = TAGS.get(tag)
        if name is None or (name in FIRST_WINS and name in found):
            continue
        if kind != _ASCII:
            raise Unhandled(f"tag {tag:#06x} is not ASCII")
        if n <= 4:
            raw = tiff[at + 8:at + 8 + n]
        else:
            if value + n > len(tiff):
                raise Unhandled("value outside the block")
            raw = tiff[value:value + n]
        raw = raw.split(b"\x00", 1)[0]
        try:
            found[name] = raw.decode("utf-8")
        except UnicodeDecodeError:
            found[name] = raw.decode("latin-1")
