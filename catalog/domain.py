"""The objects passed between pipeline stages: plain frozen dataclasses and named tuples, no I/O,
no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, NamedTuple

ArticleFormat = Literal["txt", "md", "html"]
LinkRule = Literal["explicit", "url", "convention", "embedded", "manual"]
Severity = Literal["error", "warning"]
# Where an HTML caption came from: caption markup, JSON-LD, an image attribute (title), alt text.
CaptionSource = Literal["markup", "json-ld", "attribute", "alt"]


@dataclass(frozen=True)
class Credit:
    """Who made a photo, as the caption states it. Absent parts are None, never guessed."""

    photographer: str | None = None
    outlet: str | None = None
    via: str | None = None  # the distributor: Getty Images in "Name/AFP via Getty Images"


@dataclass(frozen=True)
class Caption:
    """One caption of an article.

    `caption_camera` is the camera as the caption writes it; `camera` is its canonical lensfun
    name, None when the database does not know the body. `image_ref` is the image reference the
    article itself gives (Markdown image src, HTML <img src>), exactly as written, or None.
    `caption_source` says where an HTML caption came from (None for plain text and Markdown).
    """

    caption_no: int
    text: str
    photographer: str | None = None
    outlet: str | None = None
    caption_camera: str | None = None
    camera: str | None = None
    image_ref: str | None = None
    via: str | None = None  # the distributor of the credit ("via Getty Images")
    caption_source: CaptionSource | None = None


@dataclass(frozen=True)
class Article:
    """One article file read into its metadata and captions.

    `warnings` are things a user should be told about but that did not stop the read, e.g.
    "decoded as Windows-1252 (not valid UTF-8)".
    """

    path: str
    format: ArticleFormat
    headline: str | None
    deck: str | None
    published: dt.date | None
    captions: tuple[Caption, ...] = ()
    warnings: tuple[str, ...] = ()


class ImageMeta(NamedTuple):
    """What one image file says about itself (EXIF, IPTC, XMP), read without decoding pixels.

    The fields `catalog inspect --format json` shows are named by the field registry
    (`fields.INSPECT_KEYS`).
    `descriptions` holds every distinct description the file carries (EXIF ImageDescription,
    IPTC Caption-Abstract, XMP dc:description), for the `embedded` link rule. `error` is None for
    a readable image, else the reason it could not be read. A named tuple, not a frozen
    dataclass: an ingest makes one for every image it reads, and a frozen dataclass's
    `__init__` (a `object.__setattr__` per field) costs twice as much (`_replace` stands in
    for `dataclasses.replace`).
    """

    path: str
    make: str | None = None
    model: str | None = None
    camera: str | None = None
    lens: str | None = None
    serial: str | None = None
    taken_at: str | None = None
    creator: str | None = None
    credit: str | None = None
    description: str | None = None
    copyright: str | None = None
    width: int | None = None
    height: int | None = None
    format: str | None = None
    descriptions: tuple[str, ...] = ()
    error: str | None = None



@dataclass(frozen=True)
class CaptionLink:
    """A caption joined to an image file. `image` is a path relative to the ingest folder."""

    caption_no: int
    image: str
    rule: LinkRule


@dataclass(frozen=True)
class Finding:
    """One audit finding about one caption."""

    article: str
    caption_no: int
    code: str
    severity: Severity
    caption_value: str | None
    exif_value: str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# The keys of a finding in `catalog audit --format json` and `show`, in contract order.
FINDING_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Finding))

# catalog_info key of the record the last full ingest leaves for the re-ingest check
# (`catalog.reingest`, which may not import the store); every store write deletes it.
UNCHANGED_KEY = "unchanged"


class FileState(NamedTuple):
    """A catalogued file as ingest compares it (a tuple: a catalog holds many thousands)."""

    id: int
    size: int
    mtime_ns: int
    content_hash: str | None = None
    reader: int = 0
