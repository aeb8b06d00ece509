"""An HTML page parsed (selectolax's Lexbor parser) and scoped to its article.

`read_page` parses the text once, keeps the JSON-LD blocks, drops what never holds an article's
text (scripts, styles, templates), finds the article root and removes from it the regions that
are not the article: navigation, asides, footers, related-story and teaser blocks, video
players, widgets, ads, author boxes. The other HTML modules read from the `Page` it returns.
docs/html.md describes the choices.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Candidates for the article root, most specific first.
ROOT_SELECTORS = (
    "[itemprop=articleBody]", "article", "[role=main]", "main",
    "[class*=article-body]", "[class*=articleBody]", "[class*=story-body]",
    "[class*=post-content]", "[class*=entry-content]",
)
# Regions inside the article that are not the article: dropped with everything in them.
DROP_TAGS = ("nav", "aside", "footer", "form", "iframe", "video", "audio", "object", "embed",
             "button", "select", "dialog")
# Class/id words (whole `-`/`_` separated pieces) that mark such a region.
DROP_WORDS = (
    r"related|relateds|recirc|recirculation|teaser|teasers|promo|promos|recommended|"
    r"recommendations|trending|popular|most-read|mostread|more-stories|read-more|readmore|"
    r"newsletter|signup|subscribe|paywall|outbrain|taboola|sponsored|"
    r"ad|ads|advert|advertisement|adslot|ad-slot|dfp|"
    r"video|videos|player|jwplayer|brightcove|youtube|"
    r"widget|social|share|sharing|comments|comment|"
    r"author|authors|byline-image|headshot|avatar|bio|"
    r"logo|breadcrumb|breadcrumbs|menu|navbar|sidebar|rail|footer|masthead|"
    r"tags|topics|keywords|taboola|cookie|consent|modal|popup|podcast"
)
# "media--not-video", "no-ads": a negated word does not mark the region.
_DROP = re.compile(rf"(?:^|[-_\s])(?<!not-)(?<!no-)(?<!non-)(?:{DROP_WORDS})(?:$|[-_\s])", re.I)
# Regions whose words do not stop a lone captioned picture from being kept (a video player
# or an ad with one image and a line of text is still a player or an ad).
_NEVER_KEPT = re.compile(r"(?:^|[-_\s])(?<!not-)(?<!no-)(?<!non-)(?:video|videos|player|jwplayer|"
                         r"brightcove|youtube|ad|ads|advert|advertisement|adslot|dfp|"
                         r"sponsored|promo|promos|newsletter|subscribe|logo|avatar|headshot|"
                         r"author|authors|bio|social|share|sharing|comments?|related|relateds|"
                         r"recirc|recirculation|recommended|recommendations|teasers?|trending|"
                         r"popular)(?:$|[-_\s])", re.I)
# Marks of an element that captions or credits a picture.
_CAPTION_MARK = re.compile(r"caption|cutline|legend|credit|copyright", re.I)
# The author of a picture ("image-author", "foto_autor") is its credit.
_PICTURE_AUTHOR = re.compile(r"(?:image|img|photo|foto|picture|bild)[-_]*(?:author|autor|byline)"
                             r"(?![a-z])", re.I)
LONE_PICTURE_CHARS = 600
_SKIP_TAGS = ("script", "style", "template", "svg")
# A region is kept whatever its class when it holds this share of the root's paragraph text:
# a page that wraps its whole story in `class="has-video"` keeps its story.
KEEP_SHARE = 0.5


@dataclass
class Page:
    """A parsed page: the document, the JSON-LD texts it carried, and the article root."""

    tree: LexborHTMLParser
    jsonld: list[str]
    root: LexborNode


def read_page(text: str) -> Page:
    """Parse `text` and scope it to the article (see the module docstring)."""
    tree = LexborHTMLParser(text)
    jsonld = [node.text(deep=True) for node in tree.css("script")
              if "ld+json" in (node.attributes.get("type") or "").lower()]
    tree.strip_tags(list(_SKIP_TAGS))
    root = article_root(tree)
    for find_lead in (lead_picture, lambda root: shown_apart(tree, root)):
        lead = find_lead(root)
        if lead is not None:  # the story's lead picture, set apart from its article element
            if root.first_child is not None:
                root.first_child.insert_before(lead, move=True)
            else:
                root.insert_child(lead, move=True)
    drop_regions(root)
    return Page(tree, jsonld, root)


def paragraph_chars(node: LexborNode) -> int:
    """How much paragraph text is under `node`: the measure of where the story is."""
    return sum(len(p.text(deep=True, strip=True)) for p in node.css("p"))


def article_root(tree: LexborHTMLParser) -> LexborNode:
    """The element holding the story: the candidate with the most paragraph text, widened to
    the nearest ancestor that also holds the article's `<h1>` (lead images often stand beside
    the body, in the article's header) unless that ancestor is the whole page."""
    body = tree.body or tree.root
    if body is None:
        return LexborHTMLParser("<body></body>").body  # type: ignore[return-value]
    total = paragraph_chars(body)
    best: LexborNode | None = None
    best_chars = -1
    for selector in ROOT_SELECTORS:
        for node in tree.css(selector):
            chars = paragraph_chars(node)
            if chars > best_chars:
                best, best_chars = node, chars
    if best is None or (total and best_chars < 0.3 * total):
        return body
    for h1 in tree.css("h1"):
        if _contains(best, h1):
            return best
    for h1 in tree.css("h1"):
        common = _common_ancestor(best, h1)
        if common is not None and common.tag not in ("body", "html") and \
                not _drop_marked(common):
            return common
    return best


def lead_picture(root: LexborNode) -> LexborNode | None:
    """A captioned picture standing right before the article root, outside it (`<section
    class=photo><figure>…</figure><figcaption>…</figcaption></section><section><article><h1>`):
    the nearest element before the root, or before one of its two nearest ancestors when the
    root (or that ancestor) comes first in its parent, that is one picture with a caption
    element (see `_lone_picture`) and no heading. None when there is none or the root is the
    page's body."""
    if root.tag in ("body", "html"):
        return None
    node = root
    for _ in range(3):
        before = _element_before(node)
        if before is not None:
            if _lone_picture(before) and before.text(deep=True, strip=True) and \
                    before.css_first("h1, h2, h3") is None and not _drop_marked(before):
                return before
            return None
        node = node.parent  # type: ignore[assignment]
        if node is None or node.tag in ("body", "html"):
            return None
    return None


def shown_apart(tree: LexborHTMLParser, root: LexborNode) -> LexborNode | None:
    """The page's own picture (its `og:image` file) captioned only in a figure the article
    does not show: a lightbox or gallery overlay in an `<aside>` or outside the article root
    (`<aside><amp-lightbox hidden><figure><img src=lead.jpg><figcaption>…`). None when a
    figure of the root outside such regions shows that file, or none captions it."""
    meta = tree.css_first("meta[property='og:image']")
    name = _file_name((meta.attributes.get("content") or "") if meta is not None else "")
    if not name:
        return None
    apart: LexborNode | None = None
    for figure in tree.css("figure"):
        if not any(_file_name(_src(image)) == name for image in figure.css("img, amp-img")):
            continue
        if _contains(figure, root):
            continue  # the article is in this figure: nothing to move
        caption = figure.css_first("figcaption")
        if caption is None or not caption.text(deep=True, strip=True):
            continue
        if _contains(root, figure) and not any(
                _drop_marked(a) for a in _ancestors(figure) if _contains(root, a)):
            return None  # the article shows it
        apart = apart or figure
    return apart


def _src(image: LexborNode) -> str:
    return image.attributes.get("src") or image.attributes.get("data-src") or ""


def _file_name(ref: str) -> str:
    return ref.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()


def _element_before(node: LexborNode) -> LexborNode | None:
    """The element right before `node` among its siblings (text and comments passed over;
    an empty element, such as a placeholder for an ad, too)."""
    sibling = node.prev
    while sibling is not None and (sibling.tag in ("-text", "_comment", "-comment") or
                                   _empty(sibling)):
        sibling = sibling.prev
    return sibling


def _empty(node: LexborNode) -> bool:
    """An element with nothing in it but whitespace (tested without reading a big subtree)."""
    child = node.child
    while child is not None:
        if child.tag != "-text" or child.text(deep=False).strip():
            return False
        child = child.next
    return node.tag not in ("img", "amp-img", "picture")


def picture_author(mark: str) -> bool:
    """Whether a class or id names the author of a picture ("image-author", "foto_autor"):
    its credit. (The substring test first: this runs on every element.)"""
    lowered = mark.lower()
    return ("auth" in lowered or "autor" in lowered or "byline" in lowered) and \
        _PICTURE_AUTHOR.search(mark) is not None


def is_background_picture(node: LexborNode) -> bool:
    """An element that draws a picture as its CSS background (`style="background-image:
    url(…)"`, a lazy `data-background-image`/`data-bg`): a cover image without `<img>`."""
    attrs = node.attributes
    style = (attrs.get("style") or "").lower()
    return ("background-image" in style and "url(" in style) or \
        bool(attrs.get("data-background-image") or attrs.get("data-bg"))


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    return any(a.mem_id == outer.mem_id for a in _ancestors(inner))


def _common_ancestor(a: LexborNode, b: LexborNode) -> LexborNode | None:
    seen = {n.mem_id for n in _ancestors(a)} | {a.mem_id}
    for node in _ancestors(b):
        if node.mem_id in seen:
            return node
    return None


def marks(node: LexborNode) -> str:
    """The class and id of an element, one string (for matching words)."""
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}"


def _drop_marked(node: LexborNode) -> bool:
    if node.tag in DROP_TAGS:
        return True
    if node.tag in ("img", "amp-img", "picture", "source"):
        return False  # an image's own class ("block-image-ads hero-image") marks no region
    attrs = node.attributes
    if (attrs.get("role") or "") in ("navigation", "complementary", "banner", "contentinfo"):
        return True
    if attrs.get("aria-hidden") == "true" and not node.css_first("figcaption"):
        return True
    mark = marks(node)
    if not _DROP.search(mark):
        return False
    if picture_author(mark):
        return False  # "article__image-author": the picture's credit, not an author box
    # a cover picture drawn by CSS ("widget cover") is a picture, not a widget
    return not (is_background_picture(node) and not _NEVER_KEPT.search(mark))


def _in_figure(node: LexborNode) -> bool:
    """Inside a `<figure>` (its `<footer>` credit, say): part of the picture, not of the page."""
    return any(ancestor.tag == "figure" for ancestor in _ancestors(node))


def _lone_picture(node: LexborNode) -> bool:
    """A region that is one picture of the story whatever its class says (a lead image in
    "ps-sidebar", a figure in an in-story `<aside>`, an image in "widget image"): a single
    image, no link to another page, no word of a player, an ad or related content, and either
    no text or little text with a caption or credit element."""
    if node.tag not in ("aside", "div", "section", "span", "p", "figure") or \
            _NEVER_KEPT.search(marks(node)):
        return False
    if node.tag == "aside" and not _between_paragraphs(node):
        return False  # an aside beside the story, not one set in its text
    images = node.css("img, amp-img")
    if len(images) != 1 or len(node.text(deep=True, strip=True)) > LONE_PICTURE_CHARS:
        return False
    for link in node.css("a[href]"):
        href = (link.attributes.get("href") or "").strip()
        if href and not href.startswith("#") and link.text(deep=True, strip=True):
            return False
    if not node.text(deep=True, strip=True):
        return True
    return node.tag == "figure" or any(
        _CAPTION_MARK.search(marks(inner)) for inner in node.traverse()) or \
        node.css_first("figcaption") is not None


def _between_paragraphs(node: LexborNode) -> bool:
    """Whether story paragraphs stand right before and right after `node` (whitespace aside)."""
    def paragraph(sibling: LexborNode | None, step: str) -> bool:
        while sibling is not None and sibling.tag == "-text" and \
                not sibling.text(deep=False).strip():
            sibling = getattr(sibling, step)
        return sibling is not None and sibling.tag == "p" and \
            bool(sibling.text(deep=True, strip=True))
    return paragraph(node.prev, "prev") and paragraph(node.next, "next")


def drop_regions(root: LexborNode) -> None:
    """Remove the regions of `root` that are not the article (DROP_TAGS, DROP_WORDS)."""
    total = paragraph_chars(root)
    doomed: list[LexborNode] = []
    stack = [child for child in root.iter()]
    while stack:
        node = stack.pop()
        if _drop_marked(node) and not _in_figure(node) and not _lone_picture(node) and (
                node.tag in DROP_TAGS or not total or
                paragraph_chars(node) < KEEP_SHARE * total):
            doomed.append(node)
            continue
        stack.extend(node.iter())
    for node in doomed:
        node.decompose()
