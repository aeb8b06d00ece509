"""An HTML page's headline, deck and publication date, from the places real pages put them.

Headline, first found: JSON-LD `headline` of an article-type object, `og:title`,
`itemprop=headline`, the `<h1>` of the article, then `<title>`; a site name appended to a
title ("Story | The Daily", "Story - La Stampa" of lastampa.it) is dropped. When og:title or the
`<h1>` begins with the headline found, or the headline with them, the shorter one wins if the
rest is a separated section name ("Story | Editorial"), the longer one if the shorter was cut
off. Date candidates, in order: JSON-LD `datePublished`, the publication meta tags
(PUBLISHED_META), the article's own `itemprop=datePublished` (not one of an embedded video),
`<time datetime|content>` in the article, then in the page, last a /YYYY/MM/DD/ date in the
canonical or og:url address. An update or modification time is never read as the publication
time.
"""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborNode

from catalog.captions import collapse
from catalog.html_jsonld import articles, text_of
from catalog.html_page import Page, marks

# Meta tags (attribute, lower-cased value) that state the publication time, in preference order.
PUBLISHED_META: tuple[tuple[str, str], ...] = (
    ("property", "article:published_time"), ("property", "article:published"),
    ("property", "og:article:published_time"), ("property", "og:published_time"),
    ("name", "article:published_time"), ("name", "parsely-pub-date"),
    ("name", "article.published"), ("name", "publish-date"), ("name", "publish_date"),
    ("name", "publishdate"), ("name", "pubdate"), ("name", "published_time"),
    ("name", "publication_date"), ("name", "original-publish-date"),
    ("name", "sailthru.date"), ("name", "dc.date.issued"), ("name", "dcterms.issued"),
    ("name", "dc.date.created"), ("name", "dcterms.created"), ("name", "dc.date"),
    ("name", "date"), ("name", "citation_publication_date"),
    ("itemprop", "datepublished"), ("property", "datepublished"), ("name", "datepublished"),
)
_UPDATE = re.compile(r"updat|modif|edited|revised", re.I)
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+|\s*[：｜]\s*")
# A date in an article URL's path: ".../2019/11/19/story-slug".
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/")
DECK_CLASSES = r"deck|dek|standfirst|subtitle|sub-?headline|subhead|strapline|summary|" \
               r"article-summary|lede"
_DECK_CLASS = re.compile(rf"(?:^|[-_\s])(?:{DECK_CLASSES})(?:$|[-_\s])", re.I)


def metas(page: Page) -> dict[tuple[str, str], str]:
    """The first non-empty `content` of each (attribute, lower-cased value) meta pair."""
    found: dict[tuple[str, str], str] = {}
    for meta in page.tree.css("meta"):
        attrs = meta.attributes
        content = collapse(attrs.get("content") or "")
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            value = attrs.get(key)
            if value:
                found.setdefault((key, value.lower()), content)
    return found


def text(node: LexborNode | None) -> str | None:
    """An element's visible text, whitespace collapsed, or None."""
    if node is None:
        return None
    return collapse(node.text(deep=True, separator=" ")) or None


def site_name(meta: dict[tuple[str, str], str]) -> str | None:
    """The name of the site the page is published on (`og:site_name`, `application-name`)."""
    return collapse(meta.get(("property", "og:site_name")) or
                    meta.get(("name", "application-name")) or "") or None


def headline(page: Page, meta: dict[tuple[str, str], str], objs: list[dict[str, Any]]
             ) -> str | None:
    site = site_name(meta)
    og = meta.get(("property", "og:title")) or meta.get(("name", "og:title")) or \
        meta.get(("name", "twitter:title")) or meta.get(("itemprop", "headline"))
    h1 = text(page.root.css_first("h1") or page.tree.css_first("h1"))
    found = _first_headline(page, og, h1, site, objs)
    if found is None:
        return None
    for other in (og, h1):
        found = _fuller(found, other)
    return found


def _first_headline(page: Page, og: str | None, h1: str | None, site: str | None,
                    objs: list[dict[str, Any]]) -> str | None:
    for obj in articles(objs):
        found = text_of(obj.get("headline")) or text_of(obj.get("name"))
        if found and not found.endswith(("…", "...")):
            return _without_site(collapse(found), site, strict=True)
    if og:
        return _without_site(og, site, strict=True)
    marked = page.root.css_first("[itemprop=headline]")
    if marked is not None and marked.tag != "meta" and text(marked):
        return text(marked)
    if h1:
        return h1
    title = page.tree.css_first("title")
    return _without_site(text(title), site, strict=False) if title is not None else None


def _fuller(found: str, other: str | None) -> str:
    """Of a headline and another statement of it where one begins with the other: the
    shorter when the rest is a separated section or site name ("Story | Editorial"), the
    longer when the shorter was cut off (JSON-LD headlines are often cut at 110 characters)."""
    if not other or other == found:
        return found
    short, long = sorted((found, other), key=len)
    if not long.startswith(short) or len(short.split()) < 3:
        return found
    rest = long[len(short):]
    separated = _SEPARATORS.match(rest) is not None or re.match(r"\s*[|–—·•»]", rest)
    return short if separated else long


def _without_site(value: str | None, site: str | None, strict: bool) -> str | None:
    """`value` without a trailing (or leading) site name: the one the page names, or, when
    not `strict`, a short last part after a separator (a `<title>`'s "| The Daily")."""
    if not value:
        return None
    parts = _SEPARATORS.split(value)
    if len(parts) < 2:
        return value
    site = re.sub(r"\.[a-z]{2,3}$", "", (site or "").strip().lower())  # "lastampa.it"
    squash = re.sub(r"\W", "", site)
    if squash:
        for cut in range(1, len(parts)):  # a site name that itself holds a separator
            tail = value[_start_of_part(value, parts, cut):]
            if _same_site(tail, squash):
                return collapse(value[: len(value) - len(tail)].rstrip(
                    " |-–—:·•»：｜")) or value
        if _same_site(parts[0], squash):
            return collapse(value[len(parts[0]):].lstrip(" |-–—:·•»：｜")) or value
    if not strict and len(parts[-1].split()) <= 4:
        return collapse(value[: value.rfind(parts[-1])].rstrip(" |-–—:·•»")) or value
    return value


def _start_of_part(value: str, parts: list[str], index: int) -> int:
    """Where the `index`-th of the separator-split `parts` of `value` starts."""
    position = 0
    for part in parts[:index]:
        position = value.index(part, position) + len(part)
    return value.index(parts[index], position)


def _same_site(part: str, squashed_site: str) -> bool:
    """Whether a title part is the site's name (or the start of it: "日本経済新聞" of
    "日本経済新聞 電子版")."""
    squashed = re.sub(r"\W", "", part.lower())
    return bool(squashed) and (squashed == squashed_site or (
        len(squashed) >= 4 and squashed_site.startswith(squashed)))


def date_candidates(page: Page, meta: dict[tuple[str, str], str],
                    objs: list[dict[str, Any]]) -> list[str]:
    """Publication date values, best first (see the module docstring)."""
    found: list[str] = []
    for obj in articles(objs):
        value = text_of(obj.get("datePublished")) or text_of(obj.get("dateCreated"))
        if value:
            found.append(value)
    found.extend(meta[key] for key in PUBLISHED_META if key in meta)
    for scope in (page.root, page.tree.body):
        if scope is None:
            continue
        for node in scope.css("[itemprop=datePublished]"):
            if node.tag != "meta" and not _in_video(node):
                value = node.attributes.get("datetime") or node.attributes.get("content") or \
                    text(node)
                if value:
                    found.append(value)
        for node in scope.css("time"):
            value = node.attributes.get("datetime") or node.attributes.get("content")
            if value and not _is_update(node):
                found.append(value)
    canonical = page.tree.css_first("link[rel=canonical]")
    for url in (canonical.attributes.get("href") if canonical is not None else None,
                meta.get(("property", "og:url")), meta.get(("name", "og:url"))):
        dated = _URL_DATE.search(url or "")
        if dated:
            found.append("-".join(f"{int(part):02d}" for part in dated.groups()))
    return found


def _in_video(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        kind = (parent.attributes.get("itemtype") or "").lower()
        if "videoobject" in kind or "clip" in kind:
            return True
        parent = parent.parent
    return False


def _is_update(node: LexborNode) -> bool:
    """A `<time>` that states an update: by its own marks, its itemprop, or its parent's."""
    here = f"{marks(node)} {node.attributes.get('itemprop') or ''}"
    parent = node.parent
    around = marks(parent) if parent is not None else ""
    return bool(_UPDATE.search(here) or _UPDATE.search(around))


def deck(page: Page, meta: dict[tuple[str, str], str]) -> str | None:
    """The standfirst: an element with a deck-like class outside figures, else `og:description`,
    else `<meta name="description">`."""
    for scope in (page.root, page.tree.body):
        if scope is None:
            continue
        for node in scope.css("[class]"):
            if node.tag in ("figure", "body", "html", "figcaption") or \
                    not _DECK_CLASS.search(node.attributes.get("class") or ""):
                continue
            if _inside_figure(node):
                continue
            found = text(node)
            if found:
                return found
    return meta.get(("property", "og:description")) or meta.get(("name", "description"))


def _inside_figure(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "figure":
            return True
        parent = parent.parent
    return False
