"""The segments of a JPEG header that the catalog reads, found in one pass over its leading bytes.

A marker scan from SOI to SOS collects the frame size (SOF), the Exif block (APP1 "Exif"), the
XMP packet (APP1 "http://ns.adobe.com/xap/1.0/") and the Photoshop resources (APP13), without
decoding anything else. It reads 64 KiB and more only when a header is longer. `scan` returns
None for any file whose header it does not fully understand; the caller then uses the full
reader, so this module only has to be right about the files it accepts.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from typing import BinaryIO, NamedTuple

LEAD = 65536  # bytes read first: nearly every camera JPEG's header fits
MAX_HEADER = 4 << 20  # a header longer than this is left to the full reader

_EXIF = b"Exif\x00\x00"
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_PHOTOSHOP = b"Photoshop 3.0\x00"
# Start-of-frame markers: every C0-CF except DHT (C4), JPG (C8) and DAC (CC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_STANDALONE = frozenset(range(0xD0, 0xD8)) | {0x01}
# The segments the scan reads (frame size, quantization tables, APP1, APP13), and every marker
# it looks at; any other is a segment with a length, skipped.
_KEPT = _SOF | {0xDB, 0xE1, 0xED}
_READ = _KEPT | _STANDALONE | {0xFF, 0xDA, 0xD8, 0xD9, 0x00}
_SEGMENT = struct.Struct(">BBH")  # 0xFF, the marker, the segment's length


class JpegHeader(NamedTuple):
    width: int
    height: int
    exif: bytes | None  # the TIFF structure after "Exif\0\0" (first APP1 Exif)
    xmp: bytes | None  # the packet of the last standard XMP APP1
    resources: dict[int, bytes]  # Photoshop image resources by id, from every APP13
    exif_at: int  # where the Exif segment starts (-1: none)
    tables_at: int  # where the first quantization table (DQT) starts (-1: none before SOS)


class _Buffer:
    """The file's bytes from the start, read further on demand."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self.read = read
        self.data = read(LEAD)

    def has(self, end: int) -> bool:
        if end > len(self.data):
            if end > MAX_HEADER:
                return False
            self.data += self.read(max(end - len(self.data), LEAD))
        return end <= len(self.data)


def read_header(handle: BinaryIO) -> JpegHeader | None:
    """The header of the JPEG open in `handle` (at its start), or None when not handled."""
    return _header(_Buffer(handle.read))


def read_header_fd(fd: int) -> JpegHeader | None:
    """`read_header` of a file open as a descriptor (at its start), read with `os.read`."""
    return _header(_Buffer(lambda size: os.read(fd, size)))


def _header(buffer: _Buffer) -> JpegHeader | None:
    if buffer.data[:3] != b"\xff\xd8\xff":
        return None
    return _scan(buffer)


def _scan(buffer: _Buffer) -> JpegHeader | None:
    position = 2
    size: tuple[int, int] | None = None
    exif: bytes | None = None
    xmp: bytes | None = None
    resources: dict[int, bytes] = {}
    exif_at = tables_at = -1
    data = buffer.data
    segment = _SEGMENT.unpack_from
    while True:
        if position + 4 > len(data):
            if not buffer.has(position + 4):
                return None
            data = buffer.data
        prefix, marker, length = segment(data, position)  # length: when the marker has one
        if prefix != 0xFF:
            return None  # junk between segments: the full reader knows what to make of it
        if marker not in _READ:  # a segment skipped whole, the most common case
            if length < 2:
                return None
            position += 2 + length
            continue
        if marker not in _KEPT:
            if marker == 0xFF:  # fill byte
                position += 1
                continue
            if marker in _STANDALONE:
                position += 2
                continue
            if marker == 0xDA:  # start of scan: the header is over
                break
            return None  # SOI, EOI or 0x00 inside the header
        if length < 2:
            return None
        start, end = position + 4, position + 2 + length
        if marker == 0xE1 or marker == 0xED:
            if not buffer.has(end):
                return None
            data = buffer.data
            if marker == 0xE1:
                if data.startswith(_EXIF, start, end):
                    if exif is not None:
                        return None  # Exif split over segments
                    exif, exif_at = data[start + 6:end], position
                elif data.startswith(b"Exif", start, end):
                    return None  # "Exif" without its two NULs: readers disagree on these
                elif data.startswith(_XMP, start, end):
                    xmp = data[start + len(_XMP):end]
            elif data.startswith(_PHOTOSHOP, start, end) and not _resources(
                    data[start:end], len(_PHOTOSHOP), resources):
                return None
        elif marker == 0xDB:
            if tables_at < 0:
                tables_at = position
        else:  # a start of frame
            if size is not None or length < 8 or not buffer.has(end):
                return None  # a second frame header: not a plain JPEG
            data = buffer.data
            if data[start] != 8 or data[start + 5] not in (1, 3, 4):
                return None  # 12-bit or odd layer counts: the full reader decides
            size = ((data[start + 3] << 8) | data[start + 4],
                    (data[start + 1] << 8) | data[start + 2])
        position = end
    if size is None or size[0] <= 0 or size[1] <= 0:
        return None
    return JpegHeader(size[0], size[1], exif, xmp, resources, exif_at, tables_at)


def _resources(body: bytes, offset: int, into: dict[int, bytes]) -> bool:
    """Photoshop image resources ("8BIM" blocks) of one APP13 segment; False if malformed."""
    while body[offset:offset + 4] == b"8BIM":
        if offset + 7 > len(body):
            return False
        code = (body[offset + 4] << 8) | body[offset + 5]
        offset += 6 + 1 + body[offset + 6]  # Pascal name
        offset += offset & 1
        if offset + 4 > len(body):
            return False
        length = int.from_bytes(body[offset:offset + 4], "big")
        offset += 4
        into[code] = body[offset:offset + length]
        offset += length
        offset += offset & 1
    return True
