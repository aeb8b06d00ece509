"""Bad input, as a photo desk meets it in other people's archives.

Every case below is built into one desk (articles and media beside good files) and ingested in
ONE run. Each must give the behaviour a user should get: a clear line on stderr naming the file
and the problem (or no line where nothing is wrong), no traceback, and the good files around it
catalogued. The broken files of the reference corpus are part of it.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.jpeg_writer import Tags, jpeg_bytes, picture
from tests import corpus
from tests.conftest import CatalogRunner, catalogued_paths

# The reference corpus's once-broken files join the cases when the shared corpus is there.
CORPUS = corpus.EXIF_SAMPLES
BROKEN = [*sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("jpg/*/*.jp*g")
                  if p.parent.name in ("invalid", "tests")), "jpg/corrupted.jpg"
          ] if corpus.present() else []


def good_jpeg(**exif: str) -> bytes:
    return jpeg_bytes(picture((32, 24), 3, "ok"), Tags(exif={"make": "Canon",
                                                             "model": "Canon EOS R5", **exif}))


def with_sof_size(width: int, height: int) -> bytes:
    data = bytearray(good_jpeg())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def with_xmp(packet: bytes) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    picture((32, 24), 4, "xmp").save(out, "JPEG", xmp=packet, exif=Image.Exif().tobytes())
    return out.getvalue()


def tiff_with_ifd(entries: bytes, count: int, next_ifd: int) -> bytes:
    """A little-endian TIFF header whose first IFD is written by hand."""
    return b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", count) + entries + \
        struct.pack("<I", next_ifd)


def exif_jpeg(tiff: bytes) -> bytes:
    data = good_jpeg()
    segment = b"\xff\xe1" + struct.pack(">H", len(tiff) + 8) + b"Exif\x00\x00" + tiff
    return data[:2] + segment + data[2:]


_BIG = jpeg_bytes(picture((640, 427), 5, "big"), Tags(exif={"make": "SONY", "model": "ILCE-7M3"}))
TRUNCATED_PIXELS = _BIG[: int(len(_BIG) * 0.7)]  # header whole, image data cut short

LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol">'
          + b"".join(b'<!ENTITY %c "%s">' % (ord("b") + n, (b"&%c;" % (ord("a") + n)) * 10)
                     for n in range(8))
          + b']><x:xmpmeta xmlns:x="adobe:ns:meta/">&i;</x:xmpmeta>')
DEEP_XMP = b"<x>" * 5000 + b"</x>" * 5000
MAKE_TAG = struct.pack("<HHII", 0x010F, 2, 0x7FFFFFFF, 0x100)  # absurd count
FAR_TAG = struct.pack("<HHII", 0x0110, 2, 40, 0x7FFF0000)  # offset far outside the file


@dataclass(frozen=True)
class Case:
    """One bad input: where it goes, how it is made, and what the user must see.

    `line` is a fragment of the one stderr line that must name the file (None: no line at all);
    `stored` says whether the file ends up in the catalog.
    """

    path: str
    make: Callable[[Path], None]
    line: str | None
    stored: bool = True


def write(data: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    return make


def text(content: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return write(content.encode(encoding))


def symlink(target: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, path)

    return make


def folder(path: Path) -> None:
    path.mkdir(parents=True)


def fifo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


def fifo_behind_symlink(path: Path) -> None:
    fifo(path.parent / "fifo-target")  # not an image name: never scanned itself
    os.symlink("fifo-target", path)


def device(path: Path) -> None:
    """/dev/zero's own device node (a character device, endless zeros) under an image name;
    only root may make one, so elsewhere a symlink to /dev/zero stands in."""
    import stat

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.mknod(path, stat.S_IFCHR | 0o644, os.makedev(1, 5))
    except PermissionError:
        os.symlink("/dev/zero", path)


ARTICLE = ("published : 2024-01-01\n\nHeadline {n}\n\nDeck\n\n"
           "A photo of a market {n}. REUTERS/Ana Lima\n")
UNREADABLE = "not an image file"

CASES: list[Case] = [
    # the reference corpus's once-broken files: read, in agreement with ExifTool, no line
    *(Case(f"media/corpus/{name}", write((CORPUS / name).read_bytes()), None) for name in BROKEN),
    # images that cannot be read: catalogued as unreadable, one line each
    Case("media/bad/zero-byte.jpg", write(b""), UNREADABLE),
    Case("media/bad/soi-only.jpg", write(b"\xff\xd8"), UNREADABLE),
    Case("media/bad/truncated-100.jpg", write(good_jpeg()[:100]), "truncated file"),
    Case("media/bad/truncated-header.jpg", write(good_jpeg()[: len(good_jpeg()) // 2]),
         "truncated file"),
    Case("media/bad/text-named.jpg", write(b"hello, I am text\n" * 20), UNREADABLE),
    Case("media/bad/html-named.png", write(b"<html><body>x</body></html>"), UNREADABLE),
    Case("media/bad/random.heic", write(os.urandom(2048)), UNREADABLE),
    Case("media/bad/garbage.tiff", write(b"II*\x00" + b"\xff" * 64), UNREADABLE),
    Case("media/bad/bad-riff.webp", write(b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 8),
         "cannot read"),
    Case("media/bad/bomb.jpg", write(with_sof_size(60000, 60000)), "decompression bomb"),
    Case("media/bad/zero-size.jpg", write(with_sof_size(0, 0)), UNREADABLE),
    # images whose metadata is hostile but whose pixels are fine: catalogued, no line
    Case("media/odd/truncated-pixels.jpg", write(TRUNCATED_PIXELS), None),
    Case("media/odd/billion-laughs.jpg", write(with_xmp(LAUGHS)), None),
    Case("media/odd/malformed-xmp.jpg", write(with_xmp(b"<x:xmpmeta><rdf:RDF>")), None),
    Case("media/odd/deep-xmp.jpg", write(with_xmp(DEEP_XMP)), None),
    Case("media/odd/ifd-loop.jpg", write(exif_jpeg(tiff_with_ifd(MAKE_TAG, 1, 8))), None),
    Case("media/odd/ifd-out-of-range.jpg",
         write(exif_jpeg(tiff_with_ifd(FAR_TAG, 1, 0x7FFFFFF0))), None),
    Case("media/odd/absurd-count.jpg", write(exif_jpeg(tiff_with_ifd(MAKE_TAG, 1, 0))), None),
    Case("media/odd/ifd-count-huge.jpg", write(exif_jpeg(tiff_with_ifd(b"", 0xFFFF, 0))), None),
    Case("media/odd/UPPER.JPG", write(good_jpeg()), None),
    # things in the media folder that are not image files to open
    Case("media/links/loop", symlink("loop"), "skipped", stored=False),
    Case("media/links/out.jpg", symlink("/etc/hostname"), "outside the media folder",
         stored=False),
    Case("media/links/broken.jpg", symlink("nowhere.jpg"), "skipped", stored=False),
    Case("media/links/up", symlink(".."), "symlinked folder", stored=False),
    Case("media/folder.jpg", folder, None, stored=False),
    Case("media/pipe.jpg", fifo, "not a regular file", stored=False),
    Case("media/links/to-fifo.jpg", fifo_behind_symlink, "not a regular file", stored=False),
    Case("media/zero.jpg", device, "refused", stored=False),
    # articles in other encodings and shapes: catalogued, the decoding said
    Case("news/cp1252.txt", text(ARTICLE.format(n="café") + "Caf\u00e9 \u2013 ok\n",
                                 "cp1252"), "decoded as Windows-1252"),
    Case("news/latin1.txt", write(ARTICLE.format(n=1).encode() + b"\x81\xe9 latin\n"),
         "decoded as Latin-1"),
    Case("news/bom.txt", write(b"\xef\xbb\xbf" + ARTICLE.format(n=2).encode()), None),
    Case("news/crlf.txt", write(ARTICLE.format(n=3).replace("\n", "\r\n").encode()), None),
    Case("news/nul.txt", write(ARTICLE.format(n=4).encode().replace(b"market", b"mar\x00ket")),
         "dropped 1 NUL bytes"),
    Case("news/utf16.txt", text(ARTICLE.format(n=5), "utf-16"), "decoded as UTF-16"),
    Case("news/empty.txt", write(b""), None),
    Case("news/blank.md", write(b"\n\n   \n"), None),
    Case("news/long-line.md", write(b"x" * 2_000_000), None),
    Case("news/bad-yaml.md", text("---\ntitle: [unclosed\n---\n# Heading\n"),
         "front matter is not valid YAML"),
    Case("news/list-yaml.md", text("---\n- a\n- b\n---\n# Heading\n"), "not a mapping"),
    Case("news/bad-date.txt", text("published : someday\n\nHead\n\nDeck\n"),
         "date not understood"),
    Case("news/scripts.html", text("<h1>T</h1><script>document.write('<figure>')</script>"
                                   "<figure><img src='x.jpg'><figcaption>A <b>bold <i>nest"
                                   "</figcaption></figure><style>figure{}</style>"),
         "image 'x.jpg' not found"),
    Case("news/deep.html", text("<div>" * 20000 + "<figure><figcaption>deep</figcaption>"
                                "</figure>" + "</div>" * 20000), None),
    Case("news/unclosed.html", text("<html><body><figure><figcaption>never closed"), None),
    # references that leave the allowed folders: refused, the article still catalogued
    Case("news/dotdot.md", text("# T\n\n![a](../../../etc/passwd)\n"), "refused"),
    Case("news/absolute.md", text("# T\n\n![a](/etc/hostname)\n"), "refused"),
    Case("news/encoded.md", text("# T\n\n![a](%2e%2e/%2e%2e/etc/passwd)\n"), "refused"),
    # markdown-it itself refuses file: links, so no caption (and no file) comes of it
    Case("news/scheme.md", text("# T\n\n![a](file:///etc/passwd)\n"), None),
    Case("news/http.html", text("<figure><img src='https://example.com/a.jpg'>"
                                "<figcaption>c</figcaption></figure>"), "no file named 'a.jpg'"),
    Case("news/nul-ref.md", text("# T\n\n![a](a%00.jpg)\n"), "NUL byte"),
    Case("news/symlink-ref.md", text("# T\n\n![a](escape.jpg)\n"), "refused"),
    Case("news/escape.jpg", symlink("/etc/hostname"), "not an article", stored=False),
    # files that are not articles at all
    Case("news/jpeg-named.txt", write(good_jpeg()), "not a text article", stored=False),
    Case("news/jpeg-named.html", write(good_jpeg()), "not a text article", stored=False),
    Case("news/binary.md", write(bytes(range(256)) * 64), "not a text article", stored=False),
    Case("news/folder.txt", folder, None, stored=False),
    Case("news/notes.docx", write(b"PK\x03\x04rest"), "not an article", stored=False),
    Case("news/photo.jpg", write(good_jpeg()), "not an article", stored=False),
]


def test_there_are_at_least_sixty_distinct_cases() -> None:
    assert len(CASES) + 1 >= 60  # and the 50 MB article below
    assert len({case.path for case in CASES}) == len(CASES)


@pytest.fixture
def bad_desk(catalog: CatalogRunner, desk: Path) -> tuple[CatalogRunner, Path]:
    for case in CASES:
        case.make(desk / case.path)
    for n in range(5):  # good files around the bad ones
        (desk / "news" / f"good-{n}.txt").write_text(ARTICLE.format(n=f"good {n}"))
        (desk / "media" / f"good-{n}").mkdir(parents=True)
        (desk / "media" / f"good-{n}" / "1.jpg").write_bytes(good_jpeg(artist="Ana Lima"))
    return catalog, desk


def lines_for(stderr: str, path: str) -> list[str]:
    return [line for line in stderr.splitlines() if path in line]


def test_one_ingest_over_every_bad_input(bad_desk: tuple[CatalogRunner, Path]) -> None:
    catalog, _desk = bad_desk
    result = catalog("ingest", "seeds", "news")
    assert result.exit_code == 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    rows = catalog("export", "--format", "json").json()
    articles = {row["article"] for row in rows}
    images = {row["image"] for row in rows}
    assert {f"news/good-{n}.txt" for n in range(5)} <= articles
    assert {f"media/good-{n}/1.jpg" for n in range(5)} <= images
    for row in rows:
        if row["article"].startswith("news/good-"):
            assert row["findings"] is None, row
    assert catalog("inspect", "media", "--format", "json").exit_code in (0, 2)  # no crash
    stored = catalogued_paths(catalog)
    failures = []
    for case in CASES:
        if (case.path in stored) != case.stored:
            failures.append(f"{case.path}: {'not ' if case.stored else ''}in the catalog")
        got = lines_for(result.stderr, case.path)
        if case.line is None and got:
            failures.append(f"{case.path}: unexpected {got}")
        if case.line is not None and not any(case.line in line for line in got):
            failures.append(f"{case.path}: wanted a line with {case.line!r}, got {got}")
        if len(got) > 1:
            failures.append(f"{case.path}: more than one line: {got}")
    assert not failures, "\n".join(failures)


def test_bad_inputs_never_cost_the_catalog_what_it_held(
        bad_desk: tuple[CatalogRunner, Path]) -> None:
    catalog, desk = bad_desk
    first = catalog("ingest", "news")
    assert first.exit_code == 0
    before = catalog("export", "--format", "json").json()
    # the same bad files again, plus one good article turned into garbage
    (desk / "news" / "good-0.txt").write_bytes(good_jpeg())
    again = catalog("ingest", "news")
    assert again.exit_code == 0 and "news/good-0.txt: not a text article" in again.stderr
    after = catalog("export", "--format", "json").json()
    assert after == before  # the old good-0 rows are kept, nothing else moved


def test_the_unreadable_images_are_catalogued_as_such(bad_desk: tuple[CatalogRunner, Path]
                                                      ) -> None:
    catalog, desk = bad_desk
    assert catalog("ingest", "news").exit_code == 0
    shutil.copy(desk / "media" / "bad" / "zero-byte.jpg", desk / "media" / "good-0" / "1.jpg")
    assert catalog("ingest", "news").exit_code == 0
    rows = {r["article"]: r for r in catalog("export", "--format", "json").json()}
    assert rows["news/good-0.txt"]["findings"] == "image-unreadable"



def test_a_50_mb_article_is_read(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "news").mkdir()
    (desk / "news" / "huge.txt").write_bytes(
        ARTICLE.format(n=6).encode() + b"\n" + (b"Body text. " * 100 + b"\n\n") * 46_000)
    assert (desk / "news" / "huge.txt").stat().st_size > 50_000_000
    result = catalog("ingest", "news")
    assert result.exit_code == 0 and not result.stderr
    rows = catalog("search", "article:huge", "--format", "json").json()
    assert [(r["photographer"], r["outlet"]) for r in rows] == [("Ana Lima", "Reuters")]


def tiff_with_absurd_samples() -> bytes:
    """A TIFF declaring 40,000 samples per pixel: Pillow logs an error, then refuses it."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "TIFF")
    entry = struct.pack("<HHIHH", 0x0115, 3, 1, 3, 0)  # SamplesPerPixel = 3
    data = out.getvalue()
    assert data.count(entry) == 1
    return data.replace(entry, struct.pack("<HHIHH", 0x0115, 3, 1, 40000, 0))


def test_a_file_pillow_logs_about_is_said_once_by_name(tmp_path: Path) -> None:
    # In a real process, where no logging handler is set up (the test runner sets one).
    import subprocess
    import sys

    media = tmp_path / "media"
    media.mkdir()
    (media / "many-samples.tif").write_bytes(tiff_with_absurd_samples())
    (media / "good.jpg").write_bytes(good_jpeg())
    (tmp_path / "news").mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    for args in (["inspect", "media"], ["--db", "c.db", "ingest", "news"]):
        run = subprocess.run([sys.executable, "-m", "catalog", *args], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=120)
        assert "Traceback" not in run.stderr
        lines = run.stderr.splitlines()
        assert len(lines) == 1 and "many-samples.tif" in lines[0] and UNREADABLE in lines[0], \
            run.stderr
