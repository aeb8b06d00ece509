"""JSON-LD (schema.org) in an HTML page: the article objects and their images.

Pages carry `<script type="application/ld+json">` blocks; a block may hold one object, a list,
or an `@graph`. A block that is not valid JSON (a trailing comma, a CDATA wrapper) is tidied
once and otherwise skipped: JSON-LD is a hint, never a reason to refuse a page.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# schema.org types whose `headline` and `datePublished` are the page's article.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle",
    "satiricalarticle", "advertisertcontentarticle",
    # episodes of radio and podcast pages carry the same headline and date
    "radioepisode", "podcastepisode", "episode",
})
# Objects an article-page object points to as what the page is about.
MAIN_ENTITY_KEYS = ("mainEntity", "mainEntityOfPage")
# "key": "string value" pairs of a block that is not valid JSON.
_STRING_PAIR = re.compile(r'"(@?[A-Za-z]+)"\s*:\s*"((?:[^"\\]|\\.)*)"')
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


@dataclass(frozen=True)
class JsonImage:
    """An ImageObject: where it is, its caption, and its credit as the page states them."""

    url: str | None
    caption: str | None
    credit: str | None


def objects(blocks: list[str]) -> list[dict[str, Any]]:
    """Every JSON object of the blocks, `@graph` members and list items included."""
    found: list[dict[str, Any]] = []
    for block in blocks:
        data = _load(block)
        if data is not None:
            found.extend(_walk(data, 0))
    return found


def _load(block: str) -> Any:
    """A block's JSON (control characters inside strings allowed, trailing commas dropped);
    for a block that is still not JSON, its top-level "key": "string" pairs, first of each,
    when they name a type: a page's one broken quote should not hide its date."""
    text = block.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    pairs: dict[str, Any] = {}
    for key, value in _STRING_PAIR.findall(text):
        if key not in pairs:
            try:
                pairs[key] = json.loads(f'"{value}"', strict=False)
            except ValueError:
                continue
    return pairs if "@type" in pairs else None


def _walk(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _walk(data.get("@graph"), depth + 1)
        for key in MAIN_ENTITY_KEYS:
            if isinstance(data.get(key), dict):
                yield from _walk(data[key], depth + 1)


def types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {str(name).lower().rsplit("/", 1)[-1] for name in names if name}


def articles(objs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The objects of an article type (NewsArticle and its family)."""
    return [obj for obj in objs if types(obj) & ARTICLE_TYPES]


def text_of(value: Any) -> str | None:
    """A schema.org value as text: a string, the first of a list, a `name` or `@value`."""
    if isinstance(value, list):
        for item in value:
            text = text_of(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value"))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _names(value: Any) -> str | None:
    """Person or organisation names, joined with " / " (creator lists)."""
    items = value if isinstance(value, list) else [value]
    names = [name for item in items if (name := text_of(item))]
    return " / ".join(dict.fromkeys(names)) or None


def _reference(value: Any) -> str | None:
    """An image address, or None for a value no address looks like: "[object Object]" is a
    page script's failed serialisation of an object."""
    text = text_of(value)
    if not text or any(c.isspace() for c in text.strip()) or text.startswith("["):
        return None
    return text.strip()


def images(objs: list[dict[str, Any]]) -> list[JsonImage]:
    """The ImageObjects of the articles (their `image` and `associatedMedia`) and standalone
    ImageObjects, each with a caption or credit; one per URL."""
    candidates: list[Any] = []
    for obj in articles(objs):
        for key in ("image", "associatedMedia"):
            value = obj.get(key)
            candidates.extend(value if isinstance(value, list) else [value])
    candidates.extend(obj for obj in objs if "imageobject" in types(obj))
    found: dict[str, JsonImage] = {}
    for item in candidates:
        if not isinstance(item, dict) or (types(item) and "imageobject" not in types(item)):
            continue
        caption = text_of(item.get("caption")) or text_of(item.get("description"))
        caption = html.unescape(caption) if caption else None
        credit = text_of(item.get("creditText")) or _names(item.get("creator")) or \
            _names(item.get("copyrightHolder")) or _names(item.get("author"))
        if not caption and not credit:
            continue
        url = _reference(item.get("url")) or _reference(item.get("contentUrl"))
        key = url or f"#{len(found)}"
        found.setdefault(key, JsonImage(url, caption, credit))
    return list(found.values())
