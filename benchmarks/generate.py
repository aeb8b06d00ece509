"""Generate a synthetic archive for benchmarks: articles in the three formats and JPEGs made by
copying real camera files and re-tagging them (new EXIF/IPTC/XMP segments, original scan data).

    python -m benchmarks.generate OUT --images 10000

Writes OUT/news/{txt,md,html}/… (two captions per article, credits and cameras in the caption
grammar's forms) and OUT/media/<article-stem>/<N>.jpg, linked by convention.
"""

from __future__ import annotations

import argparse
import random
import struct
from pathlib import Path

from PIL import Image

from benchmarks.corpus import SHARED
from scripts.jpeg_writer import Tags, iptc_block, xmp_packet

# Real camera files (the top-level JPEGs of the shared corpus's exif-samples) give the scan data.
SOURCES = SHARED / "exif-samples" / "jpg"
BODIES = [("NIKON CORPORATION", "NIKON D850", "Nikon D850"),
          ("Canon", "Canon EOS R5", "Canon EOS R5"),
          ("SONY", "ILCE-7M3", "Sony Alpha a7 III"),
          ("FUJIFILM", "X-T5", "Fujifilm X-T5"),
          ("NIKON CORPORATION", "NIKON Z 9", "Nikon Z9")]
PEOPLE = ["Ana Lima", "Trey Yingst", "Evan Vucci", "Amir Cohen", "Jane Doe", "Kyle Davis"]
OUTLETS = ["Reuters", "AP", "AFP", "Fox News", "The Guardian"]


def strip_metadata(jpeg: bytes) -> bytes:
    """The JPEG without its APP1 (EXIF/XMP) and APP13 (IPTC) segments."""
    out = bytearray(jpeg[:2])
    position = 2
    while position + 4 <= len(jpeg) and jpeg[position] == 0xFF:
        marker = jpeg[position + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        length = struct.unpack(">H", jpeg[position + 2 : position + 4])[0]
        if marker not in (0xE1, 0xED):
            out += jpeg[position : position + 2 + length]
        position += 2 + length
    return bytes(out + jpeg[position:])


def retag(jpeg: bytes, tags: Tags) -> bytes:
    """A real camera JPEG with new metadata segments and its own scan data."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = tags.exif["make"], tags.exif["model"]
    exif[0x013B] = tags.exif["artist"]
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = tags.exif["taken"]
    app1 = b"Exif\x00\x00" + exif.tobytes()[6:] if exif.tobytes().startswith(b"Exif") \
        else b"Exif\x00\x00" + exif.tobytes()
    segments = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    xmp = b"http://ns.adobe.com/xap/1.0/\x00" + xmp_packet(tags.xmp)
    segments += b"\xff\xe1" + struct.pack(">H", len(xmp) + 2) + xmp
    segments += iptc_block(tags.iptc)
    body = strip_metadata(jpeg)
    return body[:2] + segments + body[2:]


def generate(out: Path, images: int, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    sources = sorted(p for p in SOURCES.glob("*.jpg"))
    if not sources:
        raise SystemExit(f"no source JPEGs in {SOURCES}: set CATALOG_SHARED_CORPUS to the "
                         "shared corpus folder (holding exif-samples/)")
    originals = [p.read_bytes() for p in sources]
    articles = images // 2
    formats = ["txt", "md", "html"]
    for n in range(articles):
        fmt = formats[n % 3]
        stem = f"story-{n:06}"
        folder = out / "news" / fmt / f"{n // 1000:03}"
        folder.mkdir(parents=True, exist_ok=True)
        captions = []
        for caption_no in (1, 2):
            make, model, written = rng.choice(BODIES)
            person, outlet = rng.choice(PEOPLE), rng.choice(OUTLETS)
            day = rng.randrange(1, 28)
            text = (f"A photo of scene {caption_no} of story {n} in the old town, captured by "
                    f"{outlet}'s {person}. (Taken with a {written})")
            captions.append(text)
            tags = Tags(exif={"make": make, "model": model, "artist": person,
                              "taken": f"2024:03:{day:02} 10:00:00"},
                        iptc={"creator": person, "credit": outlet, "description": text},
                        xmp={"creator": person, "credit": outlet, "description": text})
            target = out / "media" / stem / f"{caption_no}.jpg"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(retag(originals[(2 * n + caption_no) % len(originals)], tags))
        (folder / f"{stem}.{fmt}").write_text(_article(fmt, n, stem, captions),
                                              encoding="utf-8")
    return articles, 2 * articles


def _article(fmt: str, n: int, stem: str, captions: list[str]) -> str:
    head = f"Story {n}: the council meets"
    if fmt == "txt":
        body = "\n\n".join(["published : 2024-03-28", head, "A deck.", captions[0],
                            "Body text of the story.", captions[1]])
        return body + "\n"
    if fmt == "md":
        return (f"---\ntitle: \"{head}\"\npublished: 2024-03-28\n---\n\n"
                f"![one](../../../media/{stem}/1.jpg)\n*{captions[0]}*\n\nBody.\n\n"
                f"![two](../../../media/{stem}/2.jpg)\n*{captions[1]}*\n")
    figures = "".join(f"<figure><figcaption>{c}</figcaption></figure>" for c in captions)
    return (f"<html><head><meta property=\"article:published_time\" content=\"2024-03-28\">"
            f"</head><body><h1>{head}</h1>{figures}</body></html>")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--images", type=int, default=1000)
    args = parser.parse_args()
    articles, images = generate(args.out, args.images)
    print(f"wrote {articles} articles and {images} images under {args.out}")


if __name__ == "__main__":
    main()
