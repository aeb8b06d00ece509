"""Read one article file into an `Article` with its `Caption`s: no database, no images.

Formats by extension: `.txt` (the seed's plain text), `.md`/`.markdown` (Markdown with optional
YAML front matter, read with markdown-it-py and PyYAML's safe loader), `.html`/`.htm` (read with
selectolax's Lexbor parser, see catalog.html_page). Bytes are decoded as UTF-8, else in the
charset a page declares, else as Windows-1252, with a warning; binary data is refused with a
clear message. Parsing decoded text never raises: what cannot be understood (bad front matter,
a bad date) becomes a warning on the Article.

Every caption's text goes through the caption grammar (`catalog.captions`) for its credit and
camera; in HTML a credit in its own element (`<cite>`, `<small>`, `<span class="credit">`) is read
first. docs/captions.md and docs/html.md describe what each format yields.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from catalog import cameras
from catalog.captions import (
    announces_credit,
    collapse,
    domain_outlet,
    is_caption,
    names_a_lead_in,
    read_caption,
    read_credit_line,
    signature_address,
)
from catalog.credits import display_credit
from catalog.credits.outlets import canonical_outlet
from catalog.domain import Article, ArticleFormat, Caption, CaptionSource, Credit
from catalog.errors import ArticleError

FORMATS: Mapping[str, ArticleFormat] = {
    ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
}
# Bump when reading the same file would give different rows (a grammar change, say): the next
# ingest reads every article again instead of skipping the unchanged ones.
READER_VERSION = 357
EARLIEST_YEAR = 1800  # an HTML date before this is a placeholder, not a publication date

# File signatures of things that are not articles, whatever their name says.
BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"II*\x00",
    b"MM\x00*", b"RIFF", b"\x00\x00\x00", b"BZh", b"7z\xbc\xaf", b"Rar!", b"\x7fELF",
    b"MZ\x90\x00", b"OggS", b"ID3", b"SQLite format 3\x00", b"\xd0\xcf\x11\xe0",
)
BINARY_CONTROL_SHARE = 0.10  # more control bytes than this in the first 4 KB: not text
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")
_OTHER_CONTROLS = bytes(byte for byte in range(32) if byte not in _TEXT_CONTROLS)

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
                "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%b. %d, %Y", "%d.%m.%Y")


def format_of(path: Path) -> ArticleFormat | None:
    """The article format an extension stands for (case-insensitive), or None."""
    return FORMATS.get(path.suffix.lower())


def parse_article(data: bytes, fmt: ArticleFormat, path: str, *,
                  name_cameras: bool = True) -> Article:
    """The pure part of reading: an article's bytes, in a known format, to an Article.
    Raises only ArticleError (binary data, or nesting too deep to read). Ingest passes
    `name_cameras=False`: its parent resolves each caption camera once (name and key)."""
    text, notes = decode_article(data, path)
    return parse_text(text, fmt, path, notes, name_cameras=name_cameras)


def decode_article(data: bytes, path: str) -> tuple[str, list[str]]:
    """Article bytes as text, and what the reader should be told about how they were decoded.

    UTF-8 (a byte order mark is dropped); UTF-16 with a byte order mark; else the charset a
    `<meta>` declares, else Windows-1252,
    else Latin-1, each with a warning. NUL bytes are dropped with a warning; line ends become
    "\\n". Data that is clearly not text raises ArticleError naming `path`.
    """
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        notes.append("decoded as UTF-16 (byte order mark)")
    elif _utf16_without_bom(data):
        text = data.decode("utf-16-le", errors="replace")
        notes.append("decoded as UTF-16 (no byte order mark)")
    else:
        if _looks_binary(data):
            raise ArticleError(f"{path}: not a text article (binary data)")
        nuls = data.count(b"\x00")
        if nuls:
            notes.append(f"dropped {nuls} NUL bytes")
            data = data.replace(b"\x00", b"")
        text, note = _decode_text(data)
        if note:
            notes.append(note)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.removeprefix("\ufeff"), notes


def _decode_text(data: bytes) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        at = exc.start
    declared = _declared_charset(data)
    if declared is not None:
        codec = _BROWSER_SUPERSETS.get(declared, declared)
        text = data.decode(codec, errors="replace")
        # Browsers decode a declared charset whatever stray bytes it holds; a page whose
        # declaration is plainly wrong (many bytes it cannot decode) is read as below instead.
        if text.count("\ufffd") <= max(2, len(text) // 1000):
            how = f"{declared} as the page declares" if codec == declared else \
                f"{codec}, the superset of the {declared} the page declares"
            return text, f"decoded as {how} (not valid UTF-8 at byte {at})"
    detected = _detected_script_codec(data)
    if detected is not None:
        codec, text = detected
        return text, f"decoded as {codec}, detected (not valid UTF-8 at byte {at})"
    try:
        return data.decode("cp1252"), f"decoded as Windows-1252 (not valid UTF-8 at byte {at})"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"decoded as Latin-1 (not valid UTF-8 at byte {at})"


# Detected codecs taken for text that declares none, when the text they give is in their
# script (the words Unicode names its characters with): the multi-byte Chinese, Japanese and
# Korean ones and Windows-1251. A detector's guess among the Latin single-byte codecs (cp1250
# or cp1252 for a German page) is not taken: such text is read as Windows-1252.
_CJK = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH")
_DETECTABLE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp932",
                     "shift_jis", "euc_jp", "cp949", "euc_kr"), _CJK),
    "cp1251": ("CYRILLIC",),
}
_MIN_FOREIGN_BYTES = 32  # fewer bytes outside ASCII than this are too few to tell a codec by


def _detected_script_codec(data: bytes) -> tuple[str, str] | None:
    """A codec charset-normalizer detects for bytes that declare none, and the text it gives,
    when the codec is one of `_DETECTABLE` and nine in ten characters outside ASCII it gives
    are of that codec's script; else None."""
    head = data[:65536]
    if sum(byte > 0x7F for byte in head) < _MIN_FOREIGN_BYTES:
        return None
    from charset_normalizer import from_bytes  # loaded only for such text

    best = from_bytes(head).best()
    scripts = _DETECTABLE.get(best.encoding) if best is not None else None
    if best is None or scripts is None:
        return None
    codec = _BROWSER_SUPERSETS.get(best.encoding, best.encoding)
    text = data.decode(codec, errors="replace")
    foreign = [ch for ch in text if ord(ch) > 0x7F and not ch.isspace()]
    of_script = sum(unicodedata.name(ch, "").startswith(scripts) for ch in foreign)
    return (codec, text) if foreign and of_script >= 0.9 * len(foreign) else None


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
                      re.I)


def _declared_charset(data: bytes) -> str | None:
    """The character set an HTML page declares in a `<meta>` of its first 16 KB (a known
    codec other than UTF-8), or None."""
    found = _CHARSET.search(data[:16384])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name in ("utf-8", "utf-16", "utf-32") else name


# A legacy charset a page declares -> the superset browsers decode it with (the WHATWG Encoding
# Standard's label table): pages declaring "gb2312" hold GBK characters, "euc-kr" ones
# Windows-949's, "iso-8859-1" ones Windows-1252's. Keys are Python's codec names.
_BROWSER_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949", "shift_jis": "cp932",
    "big5": "big5hkscs", "iso8859-1": "cp1252", "ascii": "cp1252",
    "iso8859-9": "cp1254", "iso8859-11": "cp874", "tis-620": "cp874",
}


def _looks_binary(data: bytes) -> bool:
    if data.startswith(BINARY_SIGNATURES) or data[4:8] == b"ftyp":  # ISO media: HEIC, MP4
        return True
    sample = data[:4096]
    controls = len(sample) - len(sample.translate(None, _OTHER_CONTROLS))  # those deleted
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def _utf16_without_bom(data: bytes) -> bool:
    """Little-endian UTF-16 text saved without a byte order mark: NUL in most odd bytes."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return False
    odd, even = sample[1::2], sample[0::2]
    return odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.05 * len(even) and \
        not data.startswith(BINARY_SIGNATURES)


def parse_text(text: str, fmt: ArticleFormat, path: str,
               notes: list[str] | None = None, *, name_cameras: bool = True) -> Article:
    """Decoded article text to an Article. Never raises on arbitrary text, except
    ArticleError for markup nested too deeply for the parsers."""
    warnings_ = list(notes or [])
    reader = {"txt": _read_txt, "md": _read_markdown, "html": _read_html}[fmt]
    try:
        parsed = reader(text, warnings_)
    except RecursionError:
        raise ArticleError(f"{path}: nested too deeply to read as {fmt}") from None
    captions = tuple(
        Caption(caption_no=number, text=c.text, photographer=c.photographer, outlet=c.outlet,
                caption_camera=c.caption_camera,
                camera=cameras.camera_from_caption(c.caption_camera) if name_cameras else None,
                image_ref=c.image_ref,
                via=c.via, caption_source=c.caption_source)
        for number, c in enumerate(parsed.captions, 1)
    )
    return Article(path=path, format=fmt, headline=_text_or_none(parsed.headline),
                   deck=_text_or_none(parsed.deck), published=parsed.published,
                   captions=captions, warnings=tuple(warnings_))


@dataclass
class _Parsed:
    """What one reader found, before captions are numbered."""

    headline: str | None = None
    deck: str | None = None
    published: dt.date | None = None
    captions: list[Caption] = field(default_factory=list)


def _text_or_none(text: str | None) -> str | None:
    return (collapse(text) or None) if text else None


def make_caption(text: str, image_ref: str | None = None, credit: Credit | None = None,
                 source: CaptionSource | None = None) -> Caption:
    """A caption from its text, read by the caption grammar (an alt text's credit only after
    a credit lead-in); `credit`, when it names anyone, is the credit the markup states (it
    wins over the one read from the text). The number and
    the camera's canonical name are set when the article is complete (`parse_text`)."""
    parts = read_caption(text)
    read = Credit(parts.photographer, parts.outlet, parts.via)
    if source == "alt" and not names_a_lead_in(text) and not (read.photographer and read.outlet):
        # an image's alt text describes the picture for who cannot see it; a name in it with
        # no lead-in is the subject's, a page's or a product's ("Avis Car for Hire in the
        # USA", "Northgate Movers LLC Profile Image"), not the picture's credit; but a name
        # and an outlet read together are one ("… (Name / The Seattle Times)")
        read = Credit()
    if credit is not None and (credit.photographer or credit.outlet):
        # the markup's outlet alone, and the text names a photographer with that same outlet
        # ("<span class=credit>Photo by ipopba</span> /<span class=distributor>Getty Images…")
        agrees = credit.photographer is None and read.photographer is not None and \
            canonical_outlet(read.outlet) == canonical_outlet(credit.outlet)
        read = Credit(read.photographer, credit.outlet, credit.via or read.via) if agrees \
            else credit
    shown = display_credit(read)  # "EVAN VUCCI" as Evan Vucci, "The Associated Press" as AP
    return Caption(caption_no=0, text=parts.text, photographer=shown.photographer,
                   outlet=shown.outlet, caption_camera=parts.caption_camera,
                   image_ref=image_ref or None, via=shown.via, caption_source=source)


def parse_date(value: Any, notes: list[str], what: str = "published") -> dt.date | None:
    """A publication date from front matter, a meta tag or a text line: ISO dates and
    timestamps (the date part is taken) and the common written forms; a warning when the
    value is there but unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = collapse(str(value))
    iso = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])", text)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            pass
    else:
        for fmt in DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        found = _other_date_form(text)
        if found is not None:
            return found
    notes.append(f"{what} date not understood: {text[:40]!r}")
    return None


_COMPACT_ISO = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{4,6}(?:[+-]\d{4}|Z)?)?")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# "Tue Jan 28 15:28:56 CET 2020" (Java's Date.toString)
_CTIME = re.compile(r"[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) \d{1,2}:\d{2}(?::\d{2})?"
                    r"(?: [A-Za-z+\-0-9]{1,6})? (\d{4})")


def _other_date_form(text: str) -> dt.date | None:
    """The date of the other forms pages use: compact ISO ("20180619T055000+0900"), e-mail
    style ("Tue, 4 May 2021 19:18:00 +0200"), Java's ("Tue Jan 28 15:28:56 CET 2020"), and
    day/month/year only when the day cannot be the month ("14/01/2020"; "04/11/2023" is
    left unread: either order is possible)."""
    try:
        if (compact := _COMPACT_ISO.fullmatch(text)) is not None:
            return dt.date(*(int(part) for part in compact.groups()))
        if (slashed := _SLASHED.fullmatch(text)) is not None:
            first, second, year = (int(part) for part in slashed.groups())
            if first > 12 >= second:
                return dt.date(year, second, first)
            if second > 12 >= first:
                return dt.date(year, first, second)
            return None
        if (java := _CTIME.fullmatch(text)) is not None:
            month_name, day_text, year_text = java.groups()
            return dt.datetime.strptime(f"{day_text} {month_name} {year_text}", "%d %b %Y").date()
        if re.match(r"[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4}", text):
            return email.utils.parsedate_to_datetime(text).date()
    except (ValueError, TypeError):
        return None
    return None


# ==== plain text ================================================================================

# "key : value" lines at the top of a plain-text article (whitespace around the colon
# optional, keys case-insensitive) and what they set; keys mapped to None are read and ignored.
TEXT_HEADER_KEYS: Mapping[str, str | None] = {
    "published": "published", "date": "published", "published at": "published",
    "published on": "published", "publication date": "published",
    "title": "headline", "headline": "headline",
    "deck": "deck", "standfirst": "deck", "subtitle": "deck", "summary": "deck",
    "author": None, "by": None, "byline": None, "updated": None, "modified": None,
    "section": None, "category": None, "tags": None, "slug": None, "url": None,
    "source": None, "language": None, "lang": None,
}
_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,24}?)\s*:\s*(.*?)\s*$")


def _header(line: str) -> tuple[str, str | None, str] | None:
    """A header line as (key, what it sets, value), or None when the line is not one."""
    match = _HEADER_LINE.match(line)
    if match is None:
        return None
    key = " ".join(match.group(1).lower().replace("_", " ").replace("-", " ").split())
    if key not in TEXT_HEADER_KEYS:
        return None
    return key, TEXT_HEADER_KEYS[key], match.group(2)


def _blocks(lines: list[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line.strip())
        elif block:
            yield block
            block = []
    if block:
        yield block


def _read_txt(text: str, notes: list[str]) -> _Parsed:
    """Header lines, then blank-line separated blocks: headline, deck, paragraphs.

    Header lines ("published : 2023-11-04") are metadata wherever they stand before the deck,
    on their own or at the top of a block. The block after the headline is the deck unless it
    is itself a caption (an article with no deck whose first paragraph is a caption). Captions
    are the paragraphs that pass `is_caption`; the headline and deck never do.
    """
    meta: dict[str, str] = {}
    parsed = _Parsed()
    stage = "headline"
    for block in _blocks(text.split("\n")):
        lines = list(block)
        while stage != "body" and lines and (header := _header(lines[0])) is not None:
            key, sets, value = header
            meta.setdefault(sets or key, value)
            lines.pop(0)
        if not lines:
            continue
        paragraph = collapse(" ".join(lines))
        if stage == "headline":
            stage = "deck"
            if "headline" not in meta:
                parsed.headline = paragraph
                continue
        if stage == "deck":
            stage = "body"
            if "deck" not in meta and not is_caption(paragraph):
                parsed.deck = paragraph
                continue
        if is_caption(paragraph):
            parsed.captions.append(make_caption(paragraph))
    parsed.headline = meta.get("headline") or parsed.headline
    parsed.deck = meta.get("deck") or parsed.deck
    parsed.published = parse_date(meta.get("published"), notes)
    return parsed


# ==== Markdown ==================================================================================

_FRONT_MATTER = re.compile(r"^---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
# Front matter keys, in order of preference, for each field.
FRONT_MATTER_KEYS: Mapping[str, tuple[str, ...]] = {
    "headline": ("title", "headline"),
    "published": ("published", "date", "pubdate", "published_at", "publish_date",
                  "date_published"),
    "deck": ("deck", "description", "subtitle", "standfirst", "summary", "dek", "excerpt"),
}


def _front_matter(text: str, notes: list[str]) -> tuple[dict[str, Any], str]:
    """YAML front matter as a mapping (keys lower-cased) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    body = text[match.end():]
    source = match.group(1) or ""
    try:
        loaded = _through_libyaml(source)
        if loaded is _UNREAD:  # read by PyYAML itself, which words any error
            loaded = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        notes.append(f"front matter is not valid YAML ({str(exc).splitlines()[0]}); ignored")
        return {}, body
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # PyYAML builds dates and numbers itself: "date: 2023-13-45" raises ValueError
        notes.append(f"front matter is not valid YAML ({exc}); ignored")
        return {}, body
    if loaded is None:
        return {}, body
    if not isinstance(loaded, dict):
        notes.append("front matter is not a mapping of keys to values; ignored")
        return {}, body
    return {str(k).lower(): v for k, v in loaded.items()}, body


# Nesting depth at which PyYAML's pure-Python composer, which recurses twice per level, is
# far from the interpreter's recursion limit (libyaml, iterative, takes ~1000 levels).
_C_YAML_DEPTH = 200
# Where the parsers part (found by fuzzing): libyaml takes a tab where PyYAML refuses it, skips
# a byte-order mark at any line's start, reads "a?" in a flow collection, a comment right
# after a block scalar's indicator or a directive, and an empty node tagged "!" (as "", not
# None); line separators are left to PyYAML too.
_C_YAML_APART = re.compile("[\t\ufeff?#!%\x85\u2028\u2029]")
_UNREAD = object()


def _through_libyaml(source: str) -> Any:
    """`yaml.safe_load(source)` through libyaml's parser (a fifth of the time, and the same
    Python constructor, so the same values), or _UNREAD where it might not give the same:
    text holding a character of _C_YAML_APART, nesting that might reach the pure parser's
    recursion limit (bounded by the lines and the characters that open a level), and any
    error, whose message (the article's warning) is PyYAML's own (tests/test_articles.py
    fuzzes the two)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None or _C_YAML_APART.search(source) or \
            sum(map(source.count, "\n[{-:")) >= _C_YAML_DEPTH:
        return _UNREAD
    try:
        return yaml.load(source, Loader=loader)  # CSafeLoader: safe_load in C
    except Exception:
        return _UNREAD


def _meta_text(meta: Mapping[str, Any], field: str) -> str | None:
    for key in FRONT_MATTER_KEYS[field]:
        value = meta.get(key)
        if value is not None and not isinstance(value, dict | list):
            text = collapse(str(value))
            if text:
                return text
    return None


def _meta_date(meta: Mapping[str, Any], notes: list[str]) -> dt.date | None:
    for key in FRONT_MATTER_KEYS["published"]:
        if meta.get(key) not in (None, ""):
            return parse_date(meta[key], notes)
    return None


def _inline_text(children: list[Any]) -> str:
    """The visible text of inline tokens (an image counts as its alt text)."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.children:
            parts.append(_inline_text(child.children))
    return "".join(parts)


def _wholly_emphasised(children: list[Any]) -> str | None:
    """The text of inline tokens that are one emphasis (`*...*` or `_..._`, possibly inside
    or around strong emphasis), else None."""
    items = [c for c in children if not (c.type == "text" and not c.content.strip())
             and c.type not in ("softbreak", "hardbreak")]
    while len(items) >= 3 and items[0].type == "strong_open" and items[-1].type == \
            "strong_close" and _closes_at_end(items, "strong"):
        items = items[1:-1]
    if len(items) < 3 or items[0].type != "em_open" or items[-1].type != "em_close" or \
            not _closes_at_end(items, "em"):
        return None
    return collapse(_inline_text(items[1:-1])) or None


_UNPARSED_BOLD = re.compile(r"\*\*|__")


def _credit_line(children: list[Any]) -> Credit | None:
    """The credit a paragraph states when it is a credit line ("Photo: Jane Roe / The Verge",
    "**Image Credits:** Name/Agency"): short, opening with a lead-in, naming someone."""
    # "**Image Credits:**Name": CommonMark leaves a bold that closes after punctuation and
    # before a letter as literal asterisks
    text = collapse(_UNPARSED_BOLD.sub(" ", _inline_text(children)))
    if not announces_credit(text):
        return None
    credit = read_credit_line(text)
    return credit if credit.photographer or credit.outlet else None


def _closes_at_end(items: list[Any], kind: str) -> bool:
    """Whether the opening `kind` token at the start is closed only by the last token."""
    depth = 0
    for index, item in enumerate(items):
        depth += item.type == f"{kind}_open"
        depth -= item.type == f"{kind}_close"
        if depth == 0 and index != len(items) - 1:
            return False
    return True


@cache
def _markdown_parser() -> Any:
    from markdown_it import MarkdownIt

    class _AsWritten(MarkdownIt):
        """Image sources kept as written: path decoding and safety happen at link time.
        (markdown-it's own link validation still refuses javascript:, file: and the like.)"""

        def normalizeLink(self, url: str) -> str:
            return url

    return _AsWritten("commonmark")


def _read_markdown(text: str, notes: list[str]) -> _Parsed:
    """Front matter, then every image `![alt](src "title")` as a caption: its text is the next
    paragraph when wholly emphasised (also after a line break in the image's own paragraph),
    else the title, else the alt text. `<figure>` blocks of raw HTML count as in HTML."""
    meta, body = _front_matter(text, notes)
    tokens = _markdown_parser().parse(body)
    captions: list[Caption] = []
    first_heading: str | None = None
    pending: list[tuple[str, str, str]] = []  # images still waiting for their caption
    closed: list[tuple[int, str, str]] = []  # the images closed by the last paragraph read:
    # (caption index, text, src), to which a credit line right after them belongs

    def flush(caption_text: str | None = None) -> None:
        """Close the waiting images: the last takes `caption_text`, the others title/alt."""
        closed.clear()
        for index, (src, title, alt) in enumerate(pending):
            last = index == len(pending) - 1
            text = caption_text if last and caption_text else title or alt
            closed.append((len(captions), text, src))
            captions.append(make_caption(text, src))
        pending.clear()

    for index, token in enumerate(tokens):
        if token.type == "html_block":
            flush()
            captions.extend(_read_html(token.content, [], figures_only=True).captions)
            continue
        if token.type != "inline":
            continue
        children = token.children or []
        if index and tokens[index - 1].type == "heading_open":
            flush()
            if tokens[index - 1].tag == "h1" and first_heading is None:
                first_heading = collapse(_inline_text(children)) or None
            continue
        emphasised = _wholly_emphasised(children)
        if pending and emphasised:
            flush(emphasised)
            continue
        credit = _credit_line(children) if pending or closed else None
        if credit is not None:  # "Photo: Name / Outlet" under a picture credits the picture
            if pending:
                flush()
            index, text, src = closed[-1]
            captions[index] = make_caption(text, src, credit)
            closed.clear()
            continue
        flush()
        closed.clear()  # this paragraph stands between those images and any credit line after it
        images = [(i, c) for i, c in enumerate(children) if c.type == "image"]
        for position, (child_index, image) in enumerate(images):
            src = str(image.attrs.get("src") or "")
            if src.strip().lower().startswith("data:"):  # a picture inlined, not a file named
                src = ""
            title = collapse(str(image.attrs.get("title") or ""))
            alt = collapse(_inline_text(image.children or []) or image.content or "")
            pending.append((src, title, alt))
            if position == len(images) - 1:
                after = _wholly_emphasised(children[child_index + 1:])
                if after:
                    flush(after)
    flush()
    return _Parsed(_meta_text(meta, "headline") or first_heading, _meta_text(meta, "deck"),
                   _meta_date(meta, notes), captions)


# ==== HTML ======================================================================================

def _read_html(text: str, notes: list[str], figures_only: bool = False) -> _Parsed:
    """A page scoped to its article (catalog.html_page); headline, deck and date from the
    places real pages put them (catalog.html_meta); captions from figures, caption markup,
    JSON-LD and, for an image nothing else describes, alt text (catalog.html_captions).
    docs/html.md describes what is read. `figures_only` (raw HTML inside Markdown) reads
    the captions alone."""
    from catalog import html_captions, html_jsonld, html_meta, html_page

    page = html_page.read_page(text)
    objs = html_jsonld.objects(page.jsonld)
    captions = [make_caption(found.text, found.image_ref, found.credit, found.source)
                for found in html_captions.read_captions(page, html_jsonld.images(objs))]
    if figures_only:
        return _Parsed(captions=captions)
    meta = html_meta.metas(page)
    site = html_meta.site_name(meta)
    captions = [_own_staff(caption, site) for caption in captions]
    headline = html_meta.headline(page, meta, objs)
    if headline:  # an image titled with the headline (its alt, a lead figure's <h1>)
        captions = [c for c in captions if not html_captions.is_headline(c.text, headline)]
    return _Parsed(headline, html_meta.deck(page, meta),
                   _first_date(html_meta.date_candidates(page, meta, objs), notes), captions)


def _own_staff(caption: Caption, site: str | None) -> Caption:
    """A photographer's signature whose e-mail address spells the page's own site ("Lena Park
    lpark@dailyexample.com" on The Daily Example's page) names the site as the outlet."""
    if not site or caption.photographer is None or caption.outlet is not None:
        return caption
    address = signature_address(caption.text)
    outlet = domain_outlet(address, site) if address else None
    return replace(caption, outlet=outlet) if outlet == site else caption


def _first_date(values: list[str], notes: list[str]) -> dt.date | None:
    """The first of `values` that reads as a plausible date (a placeholder such as
    0001-01-01 is passed over); a warning only when none does."""
    failed: list[str] = []
    for value in values:
        published = parse_date(value, failed)
        if published is not None and published.year >= EARLIEST_YEAR:
            return published
    notes.extend(failed[:1])
    return None
