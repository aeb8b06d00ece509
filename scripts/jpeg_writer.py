"""Write small synthetic JPEGs that carry real EXIF, IPTC and XMP, for samples and tests.

EXIF and XMP are written by Pillow; IPTC IIM goes in an APP13 Photoshop block (resource 0x0404,
with the 0x0425 digest that tells readers the XMP is in step), inserted after SOI/APP segments.
Output is deterministic: the same arguments give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

EXIF_IFD = 0x8769
BASE_TAGS = {"make": 0x010F, "model": 0x0110, "artist": 0x013B, "description": 0x010E,
             "copyright": 0x8298, "orientation": 0x0112}
EXIF_TAGS = {"taken": 0x9003, "offset": 0x9011, "lens": 0xA434, "serial": 0xA431}
IPTC_DATASETS = {"creator": 80, "credit": 110, "copyright": 116, "description": 120}


@dataclass(frozen=True)
class Tags:
    """What to embed. EXIF fields go to IFD0/Exif IFD; iptc and xmp are {field: text}."""

    exif: dict[str, str | int] = field(default_factory=dict)
    iptc: dict[str, str] = field(default_factory=dict)
    xmp: dict[str, str] = field(default_factory=dict)


def picture(size: tuple[int, int], seed: int, label: str) -> Image.Image:
    """A clearly synthetic picture: a gradient, some shapes and a label."""
    rng = random.Random(seed)
    width, height = size
    top = (rng.randrange(40, 200), rng.randrange(40, 200), rng.randrange(40, 200))
    bottom = (rng.randrange(40, 200), rng.randrange(40, 200), rng.randrange(40, 200))
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line([(0, y), (width, y)],
                  fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(20, max(21, width // 5))
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse([x - r, y - r, x + r, y + r], outline=colour, width=4)
    draw.rectangle([10, height - 44, width - 10, height - 10], fill=(0, 0, 0))
    draw.text((20, height - 36), f"caption-catalog sample · {label}", fill=(255, 255, 255))
    return image


def xmp_packet(values: dict[str, str]) -> bytes:
    parts = []
    if "creator" in values:
        parts.append("<dc:creator><rdf:Seq><rdf:li>" + escape(values["creator"])
                     + "</rdf:li></rdf:Seq></dc:creator>")
    if "description" in values:
        parts.append('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
                     + escape(values["description"]) + "</rdf:li></rdf:Alt></dc:description>")
    if "copyright" in values:
        parts.append('<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">'
                     + escape(values["copyright"]) + "</rdf:li></rdf:Alt></dc:rights>")
    if "credit" in values:
        parts.append("<photoshop:Credit>" + escape(values["credit"]) + "</photoshop:Credit>")
    body = "".join(parts)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">{body}</rdf:Description>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def iptc_block(values: dict[str, str]) -> bytes:
    """An APP13 segment holding IPTC IIM (UTF-8) and its digest."""
    iim = b"\x1c\x01\x5a" + struct.pack(">H", 3) + b"\x1b%G"  # 1:90 charset: UTF-8
    for name, dataset in IPTC_DATASETS.items():
        if name in values:
            data = values[name].encode("utf-8")
            iim += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(data)) + data

    def resource(resource_id: int, data: bytes) -> bytes:
        padded = data + (b"\x00" if len(data) % 2 else b"")
        return b"8BIM" + struct.pack(">H", resource_id) + b"\x00\x00" + \
            struct.pack(">I", len(data)) + padded

    payload = b"Photoshop 3.0\x00" + resource(0x0404, iim) + \
        resource(0x0425, hashlib.md5(iim).digest())
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def insert_segment(jpeg: bytes, segment: bytes) -> bytes:
    """Insert a marker segment after SOI and any APPn segments."""
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    position = 2
    while jpeg[position] == 0xFF and 0xE0 <= jpeg[position + 1] <= 0xEF:
        length = struct.unpack(">H", jpeg[position + 2 : position + 4])[0]
        position += 2 + length
    return jpeg[:position] + segment + jpeg[position:]


def jpeg_bytes(image: Image.Image, tags: Tags, quality: int = 82) -> bytes:
    exif = Image.Exif()
    for name, value in tags.exif.items():
        if name in BASE_TAGS:
            # MWG: EXIF strings in UTF-8 (Pillow would write non-ASCII text as '?')
            exif[BASE_TAGS[name]] = value.encode("utf-8") if isinstance(value, str) and \
                not value.isascii() else value
    sub = {EXIF_TAGS[name]: value for name, value in tags.exif.items() if name in EXIF_TAGS}
    if sub:
        exif_ifd = exif.get_ifd(EXIF_IFD)
        exif_ifd.update(sub)
    out = io.BytesIO()
    options: dict[str, object] = {"quality": quality, "exif": exif.tobytes()}
    if tags.xmp:
        options["xmp"] = xmp_packet(tags.xmp)
    image.save(out, "JPEG", **options)
    data = out.getvalue()
    if tags.iptc:
        data = insert_segment(data, iptc_block(tags.iptc))
    return data


def write_jpeg(path: Path, tags: Tags, *, size: tuple[int, int] = (640, 427), seed: int = 1,
               label: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(jpeg_bytes(picture(size, seed, label or path.stem), tags))
    return path
