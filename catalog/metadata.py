"""Read what an image file says about itself: EXIF (exifread, header only), IPTC and XMP
(Pillow; XMP parsed without expanding entities, `catalog.xmp`), pixel size without decoding
pixels.

Every open of the file goes through the confinement check (`files.open_confined`): a regular
file, inside the folders the caller allows (`roots`; the folder that holds the file when none
are given), at most `files.IMAGE_LIMIT` bytes. A FIFO, a device or a symlink out of those
folders is refused at once, whether it was there when the file was found or swapped in since.

`read_image` never raises for a bad file: it returns an ImageMeta whose `error` says why. Creator,
description and copyright are reconciled across EXIF, IPTC and XMP as ExifTool's `-use MWG` does
(Metadata Working Group guidelines). `read_images` reads many files in worker processes with a
per-file time limit, since a hostile file can keep a reader busy far longer than any exception.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from catalog import cameras, exif_fields, jpeg_header
from catalog.domain import ImageMeta
from catalog.errors import RefusedPath
from catalog.files import IMAGE_LIMIT, confined_fd, open_confined
from catalog.iptc import IptcInfo, read_datasets
from catalog.xmp import parse_xmp, xmp_wanted

__all__ = ["READER_VERSION", "Reader", "parse_xmp", "read_image", "read_image_full",
           "read_images", "read_stated", "reconcile", "taken_at"]

# Bump when reading the same file would give different rows: the next ingest reads every image
# again instead of skipping the unchanged ones.
READER_VERSION = 5
PIL_FORMATS = ["JPEG", "TIFF", "PNG", "WEBP", "HEIF"]
DEFAULT_TIMEOUT = 5.0

_IPTC = {"creator": (2, 80), "credit": (2, 110), "copyright": (2, 116), "description": (2, 120)}
_BOILERPLATE_DESCRIPTIONS = {"", "default"}

logging.getLogger("exifread").setLevel(logging.CRITICAL)
# Pillow logs some refusals ("More samples per pixel than can be decoded") before raising;
# with no handler configured they reached stderr as a line naming no file. The exception is
# what the reader reports.
logging.getLogger("PIL").setLevel(logging.CRITICAL)


class _Exif(NamedTuple):
    make: str | None = None
    model: str | None = None
    lens: str | None = None
    serial: str | None = None
    date: str | None = None
    offset: str | None = None
    artist: str | None = None
    description: str | None = None
    copyright: str | None = None

    def has_essentials(self) -> bool:
        """Body and date: when exifread found these, Pillow's second reading is skipped (on
        the corpus it changed nothing then, and it costs a sixth of a file's read)."""
        return None not in (self.make, self.model, self.date)


class _Embedded(NamedTuple):
    """IPTC and XMP values, and whether the IPTC digest says XMP is in step with IPTC."""

    iptc: dict[str, list[str]]
    xmp: dict[str, list[str]]
    iptc_present: bool
    digests_agree: bool | None  # None: no stored digest


# --- small text helpers --------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A tag value as trimmed text (spaces and NULs), None when empty."""
    if value is None:
        return None
    if isinstance(value, str):  # the common case, first
        return value.replace("\x00", " ").strip() or None
    if isinstance(value, bytes):
        value = _decode(value)
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value)
    text = str(value).replace("\x00", " ").strip()
    return text or None


def _trim(value: str | None) -> str | None:
    """`_text` of a value already read as text."""
    return (value.replace("\x00", " ").strip() or None) if value else None


def _decode(raw: bytes, utf8: bool | None = None) -> str:
    if utf8 is not False:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1")


def _blank(value: str | None) -> bool:
    return value is None or not value.strip(" ")


# --- EXIF ----------------------------------------------------------------------------------


Roots = Sequence[Path | str] | None


def _open(path: Path | str, roots: Roots, *, buffered: bool = True) -> BinaryIO:
    """The image file opened through the confinement check (RefusedPath says why not)."""
    return open_confined(path, roots if roots else _folder_of(path), limit=IMAGE_LIMIT,
                         buffered=buffered)


def _folder_of(path: Path | str) -> list[str]:
    """Where a file may be read from when the caller names no folders: the one holding it."""
    return [os.path.dirname(os.path.abspath(path))]


def _exif_from_exifread(path: Path | str, roots: Roots = None) -> _Exif | None:
    import exifread

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with _open(path, roots) as handle:
            tags = exifread.process_file(handle, details=False, extract_thumbnail=False)
    if not tags:
        return None
    # exifread gives IFD0's tags in file order, then the Exif sub-IFD's; ExifTool (and
    # exif_fields) reads the sub-IFD where IFD0 points to it, and keeps a field found in both
    # IFDs by that order.
    before: list[tuple[str, Any]] = []
    after: list[tuple[str, Any]] = []
    sub: list[tuple[str, Any]] = []
    ifd0 = before
    for key, tag in tags.items():
        if key == "Image ExifOffset":
            ifd0 = after
        elif (name := _EXIFREAD_NAMES.get(key)) is not None:
            (sub if key[0] == "E" else ifd0).append((name, tag))
    found: dict[str, str] = {}
    for name, tag in (*before, *sub, *after):
        if name in exif_fields.FIRST_WINS and name in found:
            continue
        values = tag.values
        if isinstance(values, bytes):
            found[name] = _decode(values).replace("\x00", "")
        elif isinstance(values, str):
            found[name] = values.replace("\x00", "")
        else:
            found[name] = str(tag)
    get = found.get
    return _Exif(
        make=_text(get("make")), model=_text(get("model")), lens=_text(get("lens")),
        serial=_text(get("serial")), date=_text(get("date")), offset=_text(get("offset")),
        artist=get("artist"), description=get("description"), copyright=get("copyright"),
    )


# exifread's key of each kept field, in IFD0 ("Image") and in the Exif sub-IFD ("EXIF").
_EXIFREAD_NAMES = {f"{ifd} {tag}": name for ifd in ("Image", "EXIF") for tag, name in (
    ("Make", "make"), ("Model", "model"), ("Artist", "artist"),
    ("ImageDescription", "description"), ("Copyright", "copyright"),
    ("DateTimeOriginal", "date"), ("OffsetTimeOriginal", "offset"),
    ("BodySerialNumber", "serial"), ("LensModel", "lens"))}


def _exif_from_pillow(image: Any) -> _Exif | None:
    exif = image.getexif()
    if not exif:
        return None
    sub = exif.get_ifd(0x8769)

    def raw(tag: int) -> str | None:
        # its own IFD first, else the other (exif_fields says why)
        home, other = (exif, sub) if tag in exif_fields.IFD0_TAGS else (sub, exif)
        value = home.get(tag, other.get(tag))
        if value is None:
            return None
        if isinstance(value, bytes):
            return _decode(value).replace("\x00", "")
        return str(value).replace("\x00", "")

    return _Exif(
        make=_text(raw(0x010F)), model=_text(raw(0x0110)), lens=_text(raw(0xA434)),
        serial=_text(raw(0xA431)), date=_text(raw(0x9003)), offset=_text(raw(0x9011)),
        artist=raw(0x013B), description=raw(0x010E), copyright=raw(0x8298),
    )


def _merge_exif(first: _Exif | None, second: _Exif | None) -> _Exif:
    """Fields from exifread, each filled from Pillow where exifread had nothing."""
    if first is None:
        return second or _Exif()
    if second is None:
        return first
    return _Exif(*(one if one is not None else other
                   for one, other in zip(first, second, strict=True)))


def taken_at(date: str | None, offset: str | None) -> str | None:
    """EXIF 'YYYY:MM:DD HH:MM:SS' (+ OffsetTimeOriginal) as ISO 8601; None if not a date."""
    if not date:
        return None
    text = date.strip()
    if len(text) < 19 or text[4] not in ":-" or text[7] not in ":-":
        return None
    stamp = f"{text[0:4]}-{text[5:7]}-{text[8:10]}T{text[11:19]}"
    try:
        dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if offset:
        clean = offset.strip()
        if len(clean) == 6 and clean[0] in "+-" and clean[3] == ":" and \
                clean[1:3].isdigit() and clean[4:6].isdigit():
            stamp += clean
    return stamp


# --- IPTC and XMP --------------------------------------------------------------------------


def _iptc(image: Any) -> tuple[dict[str, list[str]], bool, bool | None]:
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:  # a bad IPTC marker in an otherwise readable file
        info = {}
    resources = image.info.get("photoshop") if hasattr(image, "info") else None
    return _iptc_values(info, resources if isinstance(resources, dict) else None)


def _iptc_values(info: Mapping[tuple[int, int], object], resources: dict[int, Any] | None
                 ) -> tuple[dict[str, list[str]], bool, bool | None]:
    """The IPTC fields kept, whether the file has IPTC, and whether its stored digest agrees."""
    charset = info.get((1, 90))
    utf8 = None
    if isinstance(charset, bytes) and b"\x1b%G" in charset:
        utf8 = True
    values: dict[str, list[str]] = {}
    for field, key in _IPTC.items():
        raw = info.get(key)
        if isinstance(raw, bytes):  # a dataset seen once
            values[field] = [_decode(raw, utf8).replace("\x00", "")]
        elif isinstance(raw, list):
            texts = [_decode(item, utf8).replace("\x00", "") for item in raw
                     if isinstance(item, bytes)]
            if texts:
                values[field] = texts
    present = bool(info)
    agree: bool | None = None
    if resources is not None and 0x0425 in resources and 0x0404 in resources:
        agree = hashlib.md5(resources[0x0404]).digest() == resources[0x0425][:16]
    return values, present, agree


def _xmp_packet(image: Any) -> bytes | None:
    info = getattr(image, "info", {})
    for key in ("xmp", "XML:com.adobe.xmp"):
        packet = info.get(key)
        if packet:
            return packet if isinstance(packet, bytes) else str(packet).encode("utf-8")
    tags = getattr(image, "tag_v2", None)
    if tags is not None:
        packet = tags.get(700)
        if packet:
            return packet if isinstance(packet, bytes) else str(packet).encode("utf-8")
    profile = info.get("Raw profile type xmp")
    return _raw_profile(profile) if isinstance(profile, str) else None


def _raw_profile(text: str) -> bytes | None:
    """The bytes of a PNG text chunk "Raw profile type NAME", as ImageMagick writes a profile
    it keeps from the source file (ExifTool reads them): the name, the length, then the bytes
    in hexadecimal over several lines. None when it is not that."""
    parts = text.split()
    if len(parts) < 3 or not parts[1].isdigit():
        return None
    try:
        data = bytes.fromhex("".join(parts[2:]))
    except ValueError:
        return None
    length = int(parts[1])
    return data[:length] if len(data) >= length else None


def _embedded(image: Any) -> tuple[_Embedded, str | None]:
    iptc, present, agree = _iptc(image)
    return _with_xmp(iptc, present, agree, _xmp_packet(image))


def _with_xmp(iptc: dict[str, list[str]], present: bool, agree: bool | None,
              packet: bytes | None) -> tuple[_Embedded, str | None]:
    xmp: dict[str, list[str]] = {}
    note = None
    if packet and xmp_wanted(packet):
        try:
            xmp = parse_xmp(packet)
        except RecursionError:
            note = "XMP ignored: nested too deeply"
        except Exception as exc:  # EntitiesForbidden, ParseError, ...
            note = f"XMP ignored: {type(exc).__name__}"
    return _Embedded(iptc, xmp, present, agree), note


def reconcile(exif_value: str | None, embedded: _Embedded, field: str) -> list[str]:
    """One MWG field (creator, description, copyright): EXIF unless blank; else XMP when the
    file has no IPTC or its stored IPTC digest agrees; else IPTC (as ExifTool -use MWG)."""
    if not _blank(exif_value):
        assert exif_value is not None
        if field == "creator":
            return [p for p in (part.strip() for part in exif_value.split("; ")) if p]
        return [exif_value]
    xmp = embedded.xmp.get(field)
    if not embedded.iptc_present or (xmp and embedded.digests_agree in (None, True)):
        return xmp or []
    iptc = embedded.iptc.get(field) or []
    if iptc and xmp and len(iptc) == len(xmp) and all(
            x.startswith(i) for i, x in zip(iptc, xmp, strict=True)):
        return xmp  # IPTC truncated at its length limit; XMP has the whole value
    return iptc


# --- one file ------------------------------------------------------------------------------


def read_image(path: Path | str, display_path: str | None = None, *,
               name_camera: bool = True, roots: Roots = None) -> ImageMeta:
    """What one image file says about itself. Never raises for a bad file.

    JPEGs go through the quick path (one read of the header, the kept fields only); any file
    it does not handle is read in full. `name_camera=False` leaves `camera` to the caller, who
    names each make and model once. `roots`: the folders the file may lie in (symlinks
    followed); the folder that holds it when not given.
    """
    display = display_path or str(path)
    return _named(_read_any(path, display, roots)[0], name_camera)


def read_stated(path: Path | str, display: str, roots: Roots = None
                ) -> tuple[ImageMeta, tuple[int, int]]:
    """`read_image(path, display, name_camera=False, roots=roots)`, and the file's (size,
    mtime_ns) as it was before the read ((-1, -1) when it cannot be stat-ed): the stat of the
    descriptor the quick path opened, else of the path."""
    reading, info = _read_any(path, display, roots, stated=True)
    if info is None:
        return reading, (-1, -1)
    return reading, (info.st_size, info.st_mtime_ns)


def _read_any(path: Path | str, display: str, roots: Roots, *, stated: bool = False
              ) -> tuple[ImageMeta, os.stat_result | None]:
    """The file read (its camera unnamed), and when `stated` its stat before the read."""
    info: os.stat_result | None = None
    try:
        reading, info = _read_quick(path, display, roots)
        if reading is None:
            if info is None and stated:
                info = _stat(path)
            reading = _read(path, display, roots)
        return reading, info
    except RefusedPath as exc:
        return _error(display, _refusal(exc, path)), _stat(path) if stated else None
    except Exception as exc:  # a reader bug must cost one file, never the run
        return (_error(display, f"cannot read: {type(exc).__name__}: {exc}"[:200]),
                _stat(path) if stated else None)


def _stat(path: Path | str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def read_image_full(path: Path | str, display_path: str | None = None, *,
                    name_camera: bool = True, roots: Roots = None) -> ImageMeta:
    """`read_image` through the full readers only (exifread, Pillow), for `inspect`."""
    display = display_path or str(path)
    try:
        meta = _read(path, display, roots)
    except RefusedPath as exc:
        meta = _error(display, _refusal(exc, path))
    except Exception as exc:  # a reader bug must cost one file, never the run
        meta = _error(display, f"cannot read: {type(exc).__name__}: {exc}"[:200])
    return _named(meta, name_camera)


def _error(display: str, reason: str) -> ImageMeta:
    return ImageMeta(path=display, error=reason)


def _named(meta: ImageMeta, name_camera: bool) -> ImageMeta:
    """The image with its camera named (when asked for and it was read)."""
    if not name_camera or meta.error is not None:
        return meta
    return meta._replace(camera=cameras.camera_from_exif(meta.make, meta.model))


# Pillow refuses more pixels than twice this (Image.MAX_IMAGE_PIXELS, its default here when
# Pillow is not loaded); such files go to the full reader, which gives the error.
_DEFAULT_MAX_PIXELS = 1024 * 1024 * 1024 // 4 // 3
# exifread looks for the Exif segment only among the first few KB and before the first
# quantization table; where it would not find it, the full reader answers (as Pillow).
_EXIFREAD_REACH = 3000
_JPEG_SUFFIXES = (".jpg", ".jpeg", ".jpe")
_NO_FIELDS: dict[str, str] = {}


def _refusal(exc: RefusedPath, path: Path | str) -> str:
    """The confinement check's reason without the file name it starts with (the caller
    names the file)."""
    text = str(exc)
    prefix = f"{path}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def _read_quick(path: Path | str, display: str, roots: Roots = None
                ) -> tuple[ImageMeta | None, os.stat_result | None]:
    """A JPEG read from its header alone, or None when the full reader must answer; and the
    stat of the file opened (None when it was not opened)."""
    if not display.lower().endswith(_JPEG_SUFFIXES):
        return None, None
    fd, info = confined_fd(path, roots if roots else _folder_of(path), limit=IMAGE_LIMIT)
    try:  # the header is read in large blocks
        header = jpeg_header.read_header_fd(fd)
    except OSError:
        return None, info  # the full reader words the reason
    finally:
        os.close(fd)
    if header is None:
        return None, info
    width, height, block, packet, resources, exif_at, tables_at = header
    pillow = sys.modules.get("PIL.Image")
    limit = getattr(pillow, "MAX_IMAGE_PIXELS", None) if pillow else _DEFAULT_MAX_PIXELS
    if limit and width * height > 2 * limit:
        return None, info
    fields = _NO_FIELDS
    if block is not None:
        if exif_at > _EXIFREAD_REACH or 0 <= tables_at < exif_at:
            return None, info
        found = exif_fields.read_fields(block)
        if found is None:
            return None, info
        fields = found
    iptc_info: IptcInfo = {}
    data = resources.get(0x0404)
    if data is not None:
        datasets = read_datasets(data)
        if datasets is None:
            return None, info
        iptc_info = datasets
    get = fields.get
    exif = _Exif(_trim(get("make")), _trim(get("model")), _trim(get("lens")),
                 _trim(get("serial")), _trim(get("date")), _trim(get("offset")),
                 get("artist"), get("description"), get("copyright"))
    embedded, _note = _with_xmp(*_iptc_values(iptc_info, resources), packet)
    return _meta(display, exif, embedded, width, height, "JPEG"), info


def _meta(display: str, exif: _Exif, embedded: _Embedded, width: int, height: int,
          fmt: str | None) -> ImageMeta:
    """The image as read, its camera unnamed."""
    creator = reconcile(exif.artist, embedded, "creator")
    description = reconcile(exif.description, embedded, "description")
    copyright_ = reconcile(exif.copyright, embedded, "copyright")
    credits = embedded.iptc.get("credit") or embedded.xmp.get("credit") or []
    credit = credits[0] if credits else None
    descriptions = [exif.description, *embedded.iptc.get("description", []),
                    *embedded.xmp.get("description", [])]
    return ImageMeta(
        path=display, make=exif.make, model=exif.model, lens=exif.lens, serial=exif.serial,
        taken_at=taken_at(exif.date, exif.offset),
        creator=_text("; ".join(creator)) if creator else None,
        credit=_text(credit), description=_text(description[0]) if description else None,
        copyright=_text(copyright_[0]) if copyright_ else None,
        width=width, height=height, format=fmt,
        descriptions=tuple(dict.fromkeys(
            t for d in descriptions if (t := _text(d)) and t.casefold()
            not in _BOILERPLATE_DESCRIPTIONS)),
    )


def _open_reason(exc: BaseException) -> str:
    from PIL import Image, UnidentifiedImageError

    if isinstance(exc, Image.DecompressionBombError):
        return f"declares too many pixels to open safely (decompression bomb): {exc}"[:160]
    if isinstance(exc, UnidentifiedImageError):
        return "not an image file (JPEG, TIFF, PNG, WebP or HEIC/HEIF)"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not an image"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, OSError) and "runcated" in str(exc):
        return "truncated file (cut short inside its header)"
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    return f"cannot read: {type(exc).__name__}: {exc}"[:200]


def _read(path: Path | str, display: str, roots: Roots = None) -> ImageMeta:
    from PIL import Image

    _register_heif()
    with _open(path, roots) as handle:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                image = Image.open(handle, formats=PIL_FORMATS)
        except (Exception, Image.DecompressionBombError) as exc:
            return _error(display, _open_reason(exc))
        return _read_opened(image, path, display, roots)


def _read_opened(image: Any, path: Path | str, display: str, roots: Roots) -> ImageMeta:
    with image:
        if image.width <= 0 or image.height <= 0:
            return _error(display, "declares an empty image (0 pixels)")
        exif_read = None
        with contextlib.suppress(Exception):
            exif_read = _exif_from_exifread(path, roots)
        exif_pillow = None
        # Pillow looks for a PNG's eXIf chunk after the image data by decoding every pixel
        # (12000 × 12000: 550 MB); only one found before the data is read.
        header_exif = image.format != "PNG" or "exif" in image.info
        if header_exif and (exif_read is None or not exif_read.has_essentials()):
            with warnings.catch_warnings(), contextlib.suppress(Exception):
                warnings.simplefilter("ignore")
                exif_pillow = _exif_from_pillow(image)
        exif = _merge_exif(exif_read, exif_pillow)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            embedded, _note = _embedded(image)
        width, height, fmt = image.width, image.height, image.format
    return _meta(display, exif, embedded, width, height, fmt)


_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - a declared dependency
            pass
        _heif_registered = True


# --- many files, in worker processes with a time limit -------------------------------------

Reader = Callable[..., ImageMeta]


def read_images(paths: Iterable[Path], *, workers: int | None = None,
                timeout: float = DEFAULT_TIMEOUT, reader: Reader = read_image,
                roots: Mapping[str, Sequence[str]] | None = None) -> Iterator[ImageMeta]:
    """Read many files in worker processes, yielding each result as it completes.

    A file whose read takes longer than `timeout` seconds has its worker stopped and replaced
    and yields ImageMeta(error="timed out ..."); the others go on. `roots` maps a path to the
    folders it may be read from (the folder that holds it when absent).
    """
    from functools import partial

    from catalog.workers import run_in_workers

    todo = [str(p) for p in paths]
    # A partial of module functions, not a lambda: where workers are spawned, not forked, the
    # work is pickled to them.
    yield from run_in_workers(
        todo, partial(_read_path, reader, dict(roots or {})),
        lambda path, reason: ImageMeta(path=path, error=reason),
        timeout=lambda _path: timeout, workers=workers)


def _read_path(reader: Reader, roots: dict[str, Sequence[str]], path: str) -> ImageMeta:
    return reader(Path(path), path, roots=roots.get(path))
