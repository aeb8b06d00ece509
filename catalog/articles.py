"""Read one article file into an `Article` with its `Caption`s: no database, no images.

Formats by extension: `.txt` (the seed's plain text), `.md`/`.markdown` (Markdown with optional
YAML front matter, read with markdown-it-py and PyYAML's safe loader), `.html`/`.htm` (read with
BeautifulSoup's html.parser). Bytes are decoded as UTF-8, else as Windows-1252 with a warning;
binary data is refused with a clear message. Parsing arbitrary text never raises.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from catalog import cameras
from catalog.captions import collapse, find_camera, find_credit, is_caption, read_caption
from catalog.domain import Article, ArticleFormat, Caption, Credit
from catalog.errors import ArticleError

FORMATS: Mapping[str, ArticleFormat] = {
    ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
}
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

_BINARY_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
                 b"II*\x00", b"MM\x00*", b"RIFF", b"\x00\x00\x00")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y",
                 "%b %d, %Y", "%b %d %Y", "%Y.%m.%d")


def format_of(path: Path) -> ArticleFormat | None:
    """The article format an extension stands for, or None."""
    return FORMATS.get(path.suffix.lower())


def read_article(path: Path) -> Article:
    """Read an article file; ArticleError (naming the file) for anything that is not one."""
    fmt = format_of(path)
    if fmt is None:
        raise ArticleError(f"{path}: not an article (.txt, .md, .markdown, .html, .htm)")
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"{path}: too large for an article "
                               f"({path.stat().st_size // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a folder, not an article") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_article(data, fmt, path.as_posix())


def decode_article(data: bytes, path: str) -> tuple[str, list[str]]:
    """Article bytes as text, and what the reader should be told about how they were decoded."""
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        warnings.append("decoded as UTF-16 (byte order mark)")
    else:
        sample = data[:4096]
        if data.startswith(_BINARY_MAGIC) or (sample and _control_share(sample) > 0.10):
            raise ArticleError(f"{path}: not a text article (binary data)")
        if b"\x00" in data:
            nuls = data.count(b"\x00")
            warnings.append(f"dropped {nuls} NUL bytes")
            data = data.replace(b"\x00", b"")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
                warnings.append(f"decoded as Windows-1252 (not valid UTF-8 at byte {exc.start})")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                warnings.append(f"decoded as Latin-1 (not valid UTF-8 at byte {exc.start})")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text, warnings


def _control_share(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def parse_article(data: bytes, fmt: ArticleFormat, path: str) -> Article:
    """The pure part of reading: bytes of a known format to an Article."""
    text, warnings = decode_article(data, path)
    return parse_text(text, fmt, path, warnings)


def parse_text(text: str, fmt: ArticleFormat, path: str,
               warnings: list[str] | None = None) -> Article:
    """Decoded article text to an Article. Never raises on arbitrary text."""
    notes = list(warnings or [])
    reader = {"txt": _read_txt, "md": _read_markdown, "html": _read_html}[fmt]
    try:
        headline, deck, published, captions = reader(text, notes)
    except RecursionError:
        raise ArticleError(f"{path}: nested too deeply to read as {fmt}") from None
    numbered = tuple(
        Caption(caption_no=n, text=c.text, photographer=c.photographer, outlet=c.outlet,
                caption_camera=c.caption_camera, camera=c.camera, image_ref=c.image_ref)
        for n, c in enumerate(captions, 1)
    )
    return Article(path=path, format=fmt, headline=_or_none(headline), deck=_or_none(deck),
                   published=published, captions=numbered, warnings=tuple(notes))


def _or_none(text: str | None) -> str | None:
    return collapse(text) or None if text else None


def make_caption(text: str, image_ref: str | None = None,
                 credit_hint: Credit | None = None) -> Caption:
    """A caption from its text, read by the caption grammar (number assigned later)."""
    parts = read_caption(text)
    photographer, outlet = parts.photographer, parts.outlet
    if credit_hint is not None and (credit_hint.photographer or credit_hint.outlet):
        photographer = credit_hint.photographer or photographer
        outlet = credit_hint.outlet or outlet
    return Caption(caption_no=0, text=parts.text, photographer=photographer, outlet=outlet,
                   caption_camera=parts.caption_camera,
                   camera=cameras.camera_from_caption(parts.caption_camera),
                   image_ref=image_ref or None)


def parse_date(value: Any, notes: list[str], what: str = "published") -> dt.date | None:
    """A publication date from front matter, a meta tag or a text line; a warning if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = collapse(str(value))
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    notes.append(f"{what} date not understood: {text[:40]!r}")
    return None


# --- plain text ----------------------------------------------------------------------------

_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{1,24}?)\s*:\s*(.*?)\s*$")
_HEADER_KEYS = {"published": "published", "date": "published", "published at": "published",
                "title": "headline", "headline": "headline", "deck": "deck",
                "standfirst": "deck", "subtitle": "deck", "summary": "deck"}
_STRONG_CAPTION = re.compile(
    r"^\W{0,3}(?:an?\s+(?:photo|photograph|image|picture)\s+of\b|(?:photo|pictured)\s*:)",
    re.IGNORECASE)

Parsed = tuple[str | None, str | None, dt.date | None, list[Caption]]


def _read_txt(text: str, notes: list[str]) -> Parsed:
    lines = text.split("\n")
    meta: dict[str, str] = {}
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    while start < len(lines):  # "key : value" lines at the top, e.g. "published : 2023-11-04"
        match = _HEADER_LINE.match(lines[start])
        key = _HEADER_KEYS.get(match.group(1).strip().lower()) if match else None
        if not match or key is None:
            break
        meta.setdefault(key, match.group(2))
        start += 1
    blocks = [collapse(" ".join(block)) for block in _blocks(lines[start:])]
    blocks = [b for b in blocks if b]
    headline = meta.get("headline")
    if headline is None and blocks:
        headline = blocks.pop(0)
    deck = meta.get("deck")
    if deck is None and blocks and not _STRONG_CAPTION.match(blocks[0]) \
            and find_camera(blocks[0]) is None:
        deck = blocks.pop(0)
    captions = [make_caption(block) for block in blocks if is_caption(block)]
    return headline, deck, parse_date(meta.get("published"), notes), captions


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


# --- Markdown ------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"^\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)


def _front_matter(text: str, notes: list[str]) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        loaded = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        notes.append(f"front matter is not valid YAML ({str(exc).splitlines()[0]})")
        return {}, text[match.end():]
    if not isinstance(loaded, dict):
        notes.append("front matter is not a mapping of keys to values; ignored")
        return {}, text[match.end():]
    return {str(k).lower(): v for k, v in loaded.items()}, text[match.end():]


def _first_text(meta: Mapping[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value is not None and not isinstance(value, dict | list):
            text = collapse(str(value))
            if text:
                return text
    return None


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content if child.type != "html_inline" else "")
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content or "")
        if child.children:
            parts.append(_inline_text(child.children))
    return "".join(parts)


def _wholly_emphasised(children: list[Any]) -> str | None:
    """The text of inline children that are one emphasis (*...* or _..._), else None."""
    items = [c for c in children if not (c.type == "text" and not c.content.strip())
             and c.type not in ("softbreak", "hardbreak")]
    if len(items) < 3 or items[0].type != "em_open" or items[-1].type != "em_close":
        return None
    depth = 0
    for index, item in enumerate(items):
        depth += item.type == "em_open"
        depth -= item.type == "em_close"
        if depth == 0 and index != len(items) - 1:
            return None
    return collapse(_inline_text(items[1:-1])) or None


def _read_markdown(text: str, notes: list[str]) -> Parsed:
    from markdown_it import MarkdownIt

    meta, body = _front_matter(text, notes)
    tokens = MarkdownIt("commonmark").parse(body)
    headline = _first_text(meta, "title", "headline")
    deck = _first_text(meta, "deck", "description", "subtitle", "standfirst", "summary")
    published = parse_date(meta.get("published", meta.get("date")), notes)
    captions: list[Caption] = []
    first_heading: str | None = None
    pending: list[tuple[str, str, str]] = []  # images waiting for a caption paragraph

    def flush() -> None:
        for src, title, alt in pending:
            captions.append(make_caption(title or alt, src))
        pending.clear()

    for index, token in enumerate(tokens):
        if token.type == "inline" and index and tokens[index - 1].type == "heading_open":
            if tokens[index - 1].tag == "h1" and first_heading is None:
                first_heading = collapse(_inline_text(token.children or []))
            continue
        if token.type == "html_block":
            flush()
            _, _, _, figures = _read_html(token.content, [], figures_only=True)
            captions.extend(figures)
            continue
        if token.type != "inline":
            continue
        children = token.children or []
        emphasised = _wholly_emphasised(children)
        if pending and emphasised:
            src, _title, _alt = pending.pop(0)
            captions.append(make_caption(emphasised, src))
            flush()
            continue
        flush()
        images = [(i, c) for i, c in enumerate(children) if c.type == "image"]
        for position, (child_index, image) in enumerate(images):
            src = str(image.attrs.get("src") or "")
            title = collapse(str(image.attrs.get("title") or ""))
            alt = collapse(_inline_text(image.children or []) or image.content or "")
            if position == len(images) - 1:
                after = _wholly_emphasised(children[child_index + 1:])
                if after:
                    captions.append(make_caption(after, src))
                    continue
            pending.append((src, title, alt))
    flush()
    return headline or first_heading, deck, published, captions


# --- HTML ----------------------------------------------------------------------------------

_CREDIT_CLASS = re.compile(r"credit|byline|copyright|source|attribution|photographer", re.I)
_DECK_CLASS = re.compile(r"\b(?:deck|dek|standfirst|subtitle|subhead|summary|lede|lead)\b", re.I)


def _read_html(text: str, notes: list[str], figures_only: bool = False) -> Parsed:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    captions = [_figure_caption(figure) for figure in soup.find_all("figure")]
    if figures_only:
        return None, None, None, captions
    headline = _element_text(soup.find("h1"))
    if not headline and soup.title is not None:
        headline = _element_text(soup.title)
    published = None
    meta = soup.find("meta", attrs={"property": "article:published_time"})
    if meta is not None and meta.get("content"):
        published = parse_date(meta.get("content"), notes)
    if published is None:
        time = soup.find("time", attrs={"datetime": True})
        if time is not None:
            published = parse_date(time.get("datetime"), notes)
    deck = None
    for key, value in (("name", "description"), ("property", "og:description")):
        found = soup.find("meta", attrs={key: value})
        if found is not None and found.get("content"):
            deck = collapse(str(found.get("content")))
            break
    if deck is None:
        deck = _element_text(soup.find(class_=_DECK_CLASS))
    return headline, deck, published, captions


def _element_text(element: Any) -> str | None:
    if element is None:
        return None
    return collapse(element.get_text(" ")) or None


def _figure_caption(figure: Any) -> Caption:
    image = None
    src: str | None = None
    for img in figure.find_all("img"):
        candidate = str(img.get("src") or img.get("data-src") or "").strip()
        if candidate and not candidate.lower().startswith("data:"):
            image, src = img, candidate
            break
    figcaption = figure.find("figcaption")
    hint = None
    text: str = ""
    if figcaption is not None:
        text = collapse(figcaption.get_text(" "))
        for element in figcaption.find_all(["cite", "small"]) + figcaption.find_all(
                class_=_CREDIT_CLASS):
            credit = _credit_from_markup(_element_text(element) or "")
            if credit is not None:
                hint = credit
                break
    else:
        text = collapse(str(image.get("alt") or image.get("title") or "")) if image else ""
    return make_caption(text, src, hint)


def _credit_from_markup(text: str) -> Credit | None:
    """A credit written in its own element: '<span class="credit">REUTERS/Amir Cohen</span>'."""
    from catalog.captions import read_credit_segment

    if not text:
        return None
    credit = read_credit_segment(text, announced=True)
    if credit is None:
        credit = find_credit(text)
        if not (credit.photographer or credit.outlet):
            return None
    return credit
