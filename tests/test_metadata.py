"""Reading image metadata: agreement with ExifTool on real camera files, and bad files that
give an error value (never an exception, never a hang)."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pytest

from catalog.domain import ImageMeta
from catalog.metadata import Reader, parse_xmp, read_image, read_image_full, read_images
from scripts.jpeg_writer import Tags, jpeg_bytes, picture
from tests import corpus

SAMPLES = corpus.EXIF_SAMPLES
REFERENCE = {e["SourceFile"][2:]: e for e in corpus.exiftool_readings()}
needs_corpus = pytest.mark.skipif(not corpus.present(), reason=corpus.MISSING)
PRESENT = sorted(p for p in REFERENCE if (SAMPLES / p).exists())
# Rotated HEIF from phones: pillow_heif reports the displayed (rotated) size, ExifTool's
# File:ImageWidth/Height the stored one. Not settled here; the test says so and fails when fixed.
ROTATED_HEIF = {"heic/mobile/HMD_Nokia_8.3_5G.heif", "heic/mobile/iphone_13_pro_max.HEIC"}
BROKEN = sorted(p for p in PRESENT if p.startswith(("jpg/invalid/", "jpg/tests/"))
                or p == "jpg/corrupted.jpg")


def exiftool_value(entry: dict[str, object], field: str) -> str | None:
    """ExifTool's reading in our form: trimmed, lists joined with '; ', dates as ISO 8601."""
    if field == "taken_at":
        date = entry.get("EXIF:DateTimeOriginal")
        if not date:
            return None
        text = str(date)
        offset = entry.get("EXIF:OffsetTimeOriginal")
        return f"{text[0:4]}-{text[5:7]}-{text[8:10]}T{text[11:19]}" + (str(offset or ""))
    keys = {"make": ["EXIF:Make"], "model": ["EXIF:Model"], "creator": ["Composite:Creator"],
            "description": ["Composite:Description"], "copyright": ["Composite:Copyright"],
            "credit": ["IPTC:Credit", "XMP:Credit"]}[field]
    for key in keys:
        value = entry.get(key)
        if isinstance(value, list):
            value = "; ".join(str(v).strip() for v in value)
        if value is not None:
            # ExifTool keeps padding ("Ilya Kurikhin     "); we trim, and a value of only
            # spaces is no value.
            return str(value).strip() or None
    return None


@needs_corpus
def test_fixture_set_is_what_the_tests_claim() -> None:
    assert len(PRESENT) >= 80 and len(BROKEN) == 20
    assert any(p.endswith((".HEIC", ".heif")) for p in PRESENT)
    assert any(p.endswith(".tiff") for p in PRESENT)


@pytest.mark.parametrize("reader", [read_image, read_image_full], ids=["quick", "full"])
@pytest.mark.parametrize("relative", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="rotated HEIF: size differs"))
    if p in ROTATED_HEIF else p for p in PRESENT])
def test_agrees_with_exiftool(relative: str, reader: Reader) -> None:
    meta = reader(SAMPLES / relative)
    assert meta.error is None
    entry = REFERENCE[relative]
    for field in ("make", "model", "taken_at", "creator", "description", "copyright", "credit"):
        assert getattr(meta, field) == exiftool_value(entry, field), field
    if "File:ImageWidth" in entry:
        assert (meta.width, meta.height) == (entry["File:ImageWidth"], entry["File:ImageHeight"])


@pytest.mark.parametrize("relative", BROKEN)
def test_once_broken_files_read_without_raising(relative: str) -> None:
    # (How fast: benchmarks, not here; a busy machine must not fail a test.)
    meta = read_image(SAMPLES / relative)
    assert meta.path == str(SAMPLES / relative)
    assert meta.error is not None or meta.format is not None


@needs_corpus
def test_camera_lens_and_offset_are_read() -> None:
    meta = read_image(SAMPLES / "heic/IMG_5195.HEIC")
    assert (meta.make, meta.model, meta.camera) == ("Apple", "iPhone 11 Pro Max",
                                                    "Apple iPhone 11 Pro Max")
    assert meta.lens == "iPhone 11 Pro Max back triple camera 4.25mm f/1.8"
    assert meta.taken_at == "2021-04-11T15:47:53-05:00"
    assert read_image(SAMPLES / "jpg/Canon_40D.jpg").camera == "Canon EOS 40D"


def _jpeg(tmp_path: Path, name: str = "x.jpg", **tags: dict[str, str]) -> Path:
    path = tmp_path / name
    path.write_bytes(jpeg_bytes(picture((64, 48), 1, "t"), Tags(**tags)))  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.jpg", b"", "not an image file"),
    ("soi.jpg", b"\xff\xd8", "not an image file"),
    ("text.jpg", b"this is not a picture\n" * 10, "not an image file"),
    ("html.png", b"<html><body>hello</body></html>", "not an image file"),
])
def test_files_that_are_not_images(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    meta = read_image(path)
    assert meta.error is not None and reason in meta.error


def test_missing_folder_and_unreadable_files(tmp_path: Path) -> None:
    assert read_image(tmp_path / "nope.jpg").error == "no such file"
    assert read_image(tmp_path).error is not None
    locked = _jpeg(tmp_path, "locked.jpg")
    locked.chmod(0)
    try:
        import os

        if os.geteuid() != 0:  # root reads anything
            assert read_image(locked).error == "permission denied"
    finally:
        locked.chmod(0o644)


def test_decompression_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    import struct

    data = bytearray(jpeg_bytes(picture((64, 48), 1, "t"), Tags()))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 60000, 60000)
    path = tmp_path / "bomb.jpg"
    path.write_bytes(bytes(data))
    meta = read_image(path)
    assert meta.error is not None and "decompression bomb" in meta.error


def test_billion_laughs_xmp_is_ignored_not_expanded(tmp_path: Path) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10 if n > 1
                                                        else b"&lol;" * 10)
                         for n in range(1, 10))
              + b']><x:xmpmeta xmlns:x="adobe:ns:meta/">&lol9;</x:xmpmeta>')
    with pytest.raises(Exception, match="Entit"):
        parse_xmp(laughs)
    path = tmp_path / "laughs.jpg"
    from PIL import Image

    picture((32, 32), 1, "x").save(path, "JPEG", xmp=laughs,
                                   exif=Image.Exif().tobytes())
    meta = read_image(path)
    assert meta.error is None and meta.description is None


@needs_corpus
def test_mutated_headers_never_raise_or_hang(tmp_path: Path) -> None:
    original = (SAMPLES / "jpg/Canon_40D.jpg").read_bytes()
    rng = random.Random(20261124)
    for case in range(200):
        data = bytearray(original)
        if case % 2:
            data = data[: rng.randrange(2, 4096)]
        else:
            for _ in range(rng.randrange(1, 12)):
                position = rng.randrange(2, min(len(data), 4096))
                data[position] ^= 1 << rng.randrange(8)
        path = tmp_path / f"m{case}.jpg"
        path.write_bytes(bytes(data))
        meta = read_image(path)
        assert meta.path == str(path)
        assert meta.error is not None or meta.format == "JPEG"
        path.unlink()


@needs_corpus
def test_read_images_matches_read_image_in_parallel() -> None:
    paths = [SAMPLES / p for p in PRESENT[:24]]
    parallel = {m.path: m for m in read_images(paths, workers=2)}
    assert parallel == {str(p): read_image(p) for p in paths}


def _slow_reader(path: Path, display: str | None, roots: Any = None) -> ImageMeta:
    if path.name.startswith("slow"):
        time.sleep(60)
        path.with_name("hang-ended").touch()
    return read_image(path, display, roots=roots)


def test_a_hanging_read_is_stopped_and_the_others_go_on(tmp_path: Path) -> None:
    paths = [_jpeg(tmp_path, f"ok{n}.jpg") for n in range(3)] + [_jpeg(tmp_path, "slow.jpg")]
    results = {Path(m.path).name: m for m in
               read_images(paths, workers=2, timeout=1.0, reader=_slow_reader)}
    assert not (tmp_path / "hang-ended").exists()  # the hung read was stopped, not waited for
    assert results["slow.jpg"].error == "timed out after 1 s"
    assert all(results[f"ok{n}.jpg"].error is None for n in range(3))


def test_xmp_in_a_png_raw_profile_is_read(tmp_path: Path) -> None:
    # ImageMagick keeps a source file's XMP in a PNG as a text chunk "Raw profile type xmp":
    # its name, its length, then the bytes in hexadecimal lines (ExifTool reads it as XMP).
    from PIL import Image, PngImagePlugin

    from scripts.jpeg_writer import xmp_packet

    data = xmp_packet({"creator": "Ana Lima", "description": "A market"})
    text = data.hex()
    info = PngImagePlugin.PngInfo()
    info.add_text("Raw profile type xmp", f"\nxmp\n{len(data):8d}\n" + "\n".join(
        text[i:i + 72] for i in range(0, len(text), 72)) + "\n", zip=True)
    path = tmp_path / "converted.png"
    Image.new("RGB", (8, 8)).save(path, pnginfo=info)
    meta = read_image(path)
    assert (meta.creator, meta.description, meta.format) == ("Ana Lima", "A market", "PNG")
    broken = PngImagePlugin.PngInfo()
    broken.add_text("Raw profile type xmp", "\nxmp\n  999999\nnot hex\n")
    Image.new("RGB", (8, 8)).save(path, pnginfo=broken)
    assert read_image(path).creator is None and read_image(path).error is None
