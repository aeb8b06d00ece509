"""The captions of an article-scoped HTML page (see catalog.html_page), each with its image
reference, the credit its markup states and where the caption came from.

In order: every `<figure>` (its `<figcaption>`, else caption-marked elements inside it, else
the image's alt/title text); a `<figcaption>` outside any figure; elements the page marks as a
caption or credit (class, id, itemprop or data attribute) beside or around an image, grouped
per image; JSON-LD ImageObjects whose caption the markup did not show; last, the alt text of an
article image that nothing else describes. Teasers (captions that are links to other pages)
are not captions. docs/html.md describes the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

from catalog.caption_text import fold
from catalog.captions import (
    announces_credit,
    collapse,
    descriptive_text,
    outlet_name,
    photographer_name,
    read_credit_line,
)
from catalog.credits.lexicon import ROLE_WORDS
from catalog.domain import CaptionSource, Credit
from catalog.html_jsonld import JsonImage
from catalog.html_page import Page, is_background_picture, marks, picture_author

# How an element marked as a credit is read: "line" by the credit grammar (a lone name counts),
# "photographer" and "outlet" as that part alone.
CREDIT_TAGS = {"cite": "line", "small": "line"}
CREDIT_MARKS: tuple[tuple[str, str], ...] = (
    (r"photographer|creator|author|byline|photo-?by|fotograf", "photographer"),
    # Postmedia's papers set the agency apart ("<span class=credit>Photo by Name</span> /<span
    # class=distributor>AFP via Getty Images</span>")
    (r"agency|outlet|provider|organi[sz]ation|source|distributor", "outlet"),
    (r"credit|credits|copyright|copyrightholder|attribution|courtesy|rights|"
     r"copyright-?holder|quelle|fuente|credito|autor", "line"),
)
_CREDIT = [(re.compile(rf"(?:^|[-_\s])(?:{pattern})s?(?:$|[-_\s])", re.I), role)
           for pattern, role in CREDIT_MARKS]
# Marks of a caption element (substrings of a class, id, itemprop or data attribute name).
CAPTION_MARKS = re.compile(
    r"caption|cutline|legend|credit|copyright|attribution|photographer|bildunterschrift|"
    r"(?:image|img|photo|foto|picture)[-_]?(?:desc|description|info)(?![a-z])|"
    r"bildtext|epigrafe|pie-?de-?foto|pie-?foto|didascalia|podpis|(?:^|[-_\s])pie(?:$|[-_\s])",
    re.I)
# Marks of text no reader sees: screen-reader labels.
HIDDEN_MARKS = re.compile(
    r"sr-only|visually-?hidden|visuallyhidden|screen-?reader|a11y|assistive|offscreen|"
    r"(?:^|[-_\s])hidden(?:$|[-_\s])|hide-text|u-hidden", re.I)
# Whole element texts that are labels, not caption (often visually hidden by a hashed class).
LABELS = frozenset({
    "credit", "credits", "image credit", "photo credit", "image caption", "caption",
    "media caption", "image source", "image", "photo", "enlarge this image", "toggle caption",
    "hide caption", "show caption", "expand", "close", "zoom", "fullscreen", "full screen",
    "open gallery", "view gallery", "bildquelle", "foto", "bild", "legende", "légende",
    "leyenda", "quelle", "fuente", "source",
})
# Words of an image file name that name a rendition, not a picture.
RENDITION_WORDS = frozenset({
    "thumb", "thumbnail", "square", "small", "medium", "large", "gallery", "original", "full",
    "crop", "w", "h", "px", "image", "img", "photo", "default",
})
# Whole texts (lower-cased letters and digits) that label an ad, never a picture.
NOT_CAPTIONS = frozenset({
    "advertisement", "advertising", "ad", "anzeige", "werbung", "reklama", "publicidad",
    "publicite", "publicité", "pubblicita", "pubblicità", "sponsored", "reklame", "mainos",
})
# A site's rights notice ("© 2019 The Daily. All rights reserved.") is no picture credit.
RIGHTS_NOTICE = re.compile(
    r"all rights reserved|no reproduction without|alle rechte vorbehalten|"
    r"todos los derechos reservados|tous droits réservés|wszelkie prawa zastrzeżone", re.I)
BLOCK_TAGS = frozenset({"br", "p", "div", "cite", "small", "li", "ul", "ol", "h1", "h2", "h3",
                        "h4", "h5", "h6", "figcaption", "span", "section", "dd", "dt"})
INLINE_TAGS = frozenset({"b", "strong", "i", "em", "a", "u", "sup", "sub", "abbr", "q", "mark",
                         "font", "bdi", "bdo", "s", "time", "data"})
_CREDIT_LINE_TAGS = BLOCK_TAGS | INLINE_TAGS  # elements a credit line may stand in alone
SKIP_TAGS = frozenset({"img", "picture", "source", "button", "svg", "noscript", "video",
                       "audio", "iframe", "input", "select", "textarea"})
# Inside a caption, a <header> is a gallery slide's title, not the picture's caption.
SKIP_IN_CAPTION = frozenset({"header"})
IMAGE_SELECTOR = "img, amp-img"
# Pictures drawn as a CSS background (a cover image with no <img>): looked for only beside a
# caption element.
BACKGROUND_SELECTOR = "[style*=background-image], [data-background-image], [data-bg]"
LAZY_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url",
                   "data-hi-res-src", "data-full-src", "data-img-src", "data-retina-src")
SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
_PLACEHOLDER = re.compile(r"blank|spacer|placeholder|pixel|1x1|transparent|grey\.gif|"
                          r"preloader|loading|lazy-?load|missing-image|^t\.gif$|^leer\.\w+$",
                          re.I)
_BACKGROUND_URL = re.compile(r"background-image\s*:\s*url\(\s*['\"]?([^'\")]+)", re.I)
_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)(?:$|[?#])", re.I)
# How far up from a caption element an image may stand, and how much story text the element
# around them may hold before they are no longer "beside" each other.
MAX_CLIMB = 4
# How many elements back from a credit line its picture may stand (`_image_before`), and the
# elements of the story that, standing between them, part them.
BEFORE_SCAN = 300
_STORY_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "table"})
MAX_AROUND_CHARS = 1500
LINK_BOX_ITEMS = 3  # list items linking elsewhere that make a box around a figure a link box
MIN_ALT_WORDS = 4
MIN_FIGURE_ALT_WORDS = 3  # a figure's alt text, when the figure has no caption markup
# A gallery slide's counter before its caption: "1 of 23", "3/12".
_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/|de|von|sur|z|di)\s*\d{1,3}\s+", re.I)
# An image file whose path says it is page furniture, not a picture of the story.
_FURNITURE = re.compile(r"icon|logo|avatar|sprite|social|badge|emoji|favicon", re.I)
# An image file named as an advertisement ("ad-banner.jpg", "ads_300x250.png").
_AD_NAME = re.compile(r"(?:^|[-_])(?:ad|ads|advert|advertisement|banner|sponsor)(?:$|[-_.])")


@dataclass(frozen=True)
class Found:
    """One caption as the markup gives it, before the caption grammar reads it."""

    text: str
    image_ref: str | None
    credit: Credit | None
    source: CaptionSource


def _attrs(node: LexborNode) -> dict[str, str]:
    return {k: v or "" for k, v in node.attributes.items()}


def _mark_text(node: LexborNode) -> str:
    """Class, id, itemprop and the names of data attributes: where pages mark a role."""
    attrs = _attrs(node)
    data = " ".join(str(k) for k in attrs if str(k).startswith("data-"))
    return f"{marks(node)} {attrs.get('itemprop', '')} {data}"


def _repeats(text: str, before: str) -> bool:
    """Whether TEXT says again what BEFORE ends with: a page that writes a credit twice, once
    for each layout, would otherwise be read as a chain of two ("Chuck Burton/AP Chuck
    Burton/AP")."""
    return " ".join(before.split()).casefold().endswith(" ".join(text.split()).casefold())


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def credit_roles(node: LexborNode) -> list[str]:
    itemprop = _attrs(node).get("itemprop", "")
    if itemprop.lower() in ("caption", "description"):
        # The page states in schema.org terms that this is the caption, whatever its class says
        # ("<figcaption itemprop=caption class=attribution>Gretchen Carlson.</figcaption>" names
        # who is pictured): the caption grammar reads any credit it holds.
        return []
    roles = [CREDIT_TAGS[node.tag]] if node.tag in CREDIT_TAGS else []
    text = f"{marks(node)} {itemprop}"
    roles += [role for pattern, role in _CREDIT if pattern.search(text)]
    return roles


def _hidden(node: LexborNode) -> bool:
    attrs = _attrs(node)
    return "hidden" in attrs or bool(HIDDEN_MARKS.search(marks(node)))


def _is_label(node: LexborNode) -> bool:
    text = collapse(node.text(deep=True, separator=" ")).rstrip(":").strip().lower()
    return text in LABELS


def visible_text(node: LexborNode) -> str:
    """The text a reader sees: hidden elements and labels dropped, a space between blocks and
    around credit elements (so "river.<span class=credit>Jane Roe" keeps its space)."""
    parts: list[str] = []
    _collect(node, parts, top=True)
    return collapse("".join(parts))


def _collect(node: LexborNode, parts: list[str], top: bool = False) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag or "-"
        if tag == "-text":
            parts.append(child.text(deep=False))
            continue
        if tag.startswith("-") or tag in SKIP_TAGS or tag in SKIP_IN_CAPTION or \
                _hidden(child) or _is_label(child):
            continue
        credit = bool(credit_roles(child))
        if credit:
            own: list[str] = []
            _collect(child, own)
            text = collapse("".join(own))
            if text and not _repeats(text, "".join(parts)):
                parts += [" ", text, " "]
            continue
        spaced = tag not in INLINE_TAGS
        if spaced:
            parts.append(" ")
        _collect(child, parts)
        if spaced:
            parts.append(" ")


def markup_credit(elements: Iterable[LexborNode], *, announced: bool = False
                  ) -> Credit | None:
    """The credit stated by elements of their own. A photographer or outlet element names that
    part; a credit line element is read by the caption grammar. With `announced` (the parts
    of a caption), an element whose text opens with a credit lead-in ("<span>Photo: Name
    Archives Le Devoir</span>" before the caption's text) is a credit line too."""
    photographer = outlet = via = None
    line: Credit | None = None
    texts = [(element, visible_text(element)) for element in elements]
    if any(fold(text).strip(" :") in ROLE_WORDS for _, text in texts):
        return None  # "<span class=credit-label>Author</span> Name": a byline, no picture's
    for element, seen in texts:
        roles = credit_roles(element)
        if not roles and announced and element.tag in _CREDIT_LINE_TAGS and \
                announces_credit(element.text(deep=True, separator=" ")):
            roles = ["line"]
        text = seen if roles else None
        if not text:
            continue
        if "photographer" in roles and photographer is None:
            photographer = photographer_name(text)
            if photographer:
                continue
        read = read_credit_line(text)
        # an outlet's element holding a whole credit line ("<span class=image-source>Name/
        # Agency</span>") is read as the line it is, not as one outlet's name
        if "outlet" in roles and outlet is None and not read.photographer:
            outlet = outlet_name(text)
            if outlet:
                via = read.via  # "AFP via Getty Images"
                continue
        if line is None:
            line = read if (read.photographer or read.outlet) else None
    if photographer or outlet:
        return Credit(photographer or (line.photographer if line else None),
                      outlet or (line.outlet if line else None),
                      via or (line.via if line else None))
    return line


# A srcset candidate as the HTML standard splits them: its URL runs to the next white space (a
# data: URL's own comma does not end it; a URL's trailing commas do), its descriptor to the next
# comma.
_SRCSET_URL = re.compile(r"[\s,]*(\S+)")
_SRCSET_DESCRIPTOR = re.compile(r"[^,]*")


def srcset_candidates(srcset: str) -> list[tuple[str, str]]:
    """A srcset's (URL, descriptor) pairs: "a.jpg 320w, b.jpg 2x" gives
    [("a.jpg", "320w"), ("b.jpg", "2x")]."""
    candidates: list[tuple[str, str]] = []
    position = 0
    while found := _SRCSET_URL.match(srcset, position):
        url, position = found.group(1), found.end()
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            rest = _SRCSET_DESCRIPTOR.match(srcset, position)
            if rest:
                descriptor, position = rest.group().strip(), rest.end()
        if url:
            candidates.append((url, descriptor))
    return candidates


def _largest(srcset: str) -> str | None:
    """The largest candidate of a srcset ("a.jpg 320w, b.jpg 1024w"), else its first."""
    best: tuple[float, str] | None = None
    for url, descriptor in srcset_candidates(srcset):
        if url.lower().startswith("data:"):
            continue
        try:
            size = float(descriptor.split()[0].rstrip("wxWX")) if descriptor else 1.0
        except ValueError:
            size = 1.0
        if best is None or size > best[0]:
            best = (size, url)
    return best[1] if best else None


def _usable(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value or value.lower().startswith(("data:", "javascript:", "about:")):
        return None
    if _PLACEHOLDER.search(value.rsplit("/", 1)[-1]):
        return None
    return value


def image_source(image: LexborNode) -> str | None:
    """The best reference of one image: its `src`, else a lazy-loading attribute, else the
    largest `srcset` candidate, else a `<picture><source>`, else a `<noscript>` copy; of a
    picture drawn as a CSS background, the `url(…)` of its style or its lazy attribute."""
    attrs = _attrs(image)
    if image.tag not in ("img", "amp-img", "picture"):
        drawn = _BACKGROUND_URL.search(attrs.get("style", ""))
        return _usable(drawn.group(1) if drawn else
                       attrs.get("data-background-image") or attrs.get("data-bg"))
    for name in ("src", *LAZY_ATTRIBUTES):
        found = _usable(attrs.get(name))
        if found:
            return found
    for name, value in attrs.items():  # a lazy loader's own name: data-dejavu-src, …
        if name.startswith("data-") and name.endswith("src") and _IMAGE_LINK.search(value or ""):
            found = _usable(value)
            if found:
                return found
    for name in SRCSET_ATTRIBUTES:
        found = _usable(_largest(attrs.get(name, "")))
        if found:
            return found
    picture = image if image.tag == "picture" else image.parent
    if picture is not None and picture.tag == "picture":
        for source in picture.css("source"):
            for name in SRCSET_ATTRIBUTES:
                found = _usable(_largest(_attrs(source).get(name, "")))
                if found:
                    return found
        inner = picture.css_first("img") if image.tag == "picture" else None
        if inner is not None:
            return image_source(inner)
    sibling = image.next
    while sibling is not None and sibling.tag in ("-text", "noscript"):
        if sibling.tag == "noscript":
            inner = sibling.css_first("img")
            if inner is not None:
                return _usable(_attrs(inner).get("src"))
        sibling = sibling.next
    return None


def _first_source(images: Iterable[LexborNode]) -> str | None:
    for image in images:
        found = image_source(image)
        if found:
            return found
    return None


class _Reader:
    """One page's caption search: what has been used, what has been found."""

    def __init__(self, page: Page) -> None:
        self.root = page.root
        self.own = own_address(page)
        self.backgrounds = page.root.css_first(BACKGROUND_SELECTOR) is not None
        self._order: list[LexborNode] | None = None  # the root's elements in document order
        self._index: dict[int, int] = {}
        self.used: set[int] = set()  # mem_ids of elements (and images) already read
        self.found: list[Found] = []

    def use(self, node: LexborNode) -> None:
        self.used.add(node.mem_id)
        for inner in node.traverse():
            self.used.add(inner.mem_id)

    def add(self, text: str, ref: str | None, credit: Credit | None,
            source: CaptionSource) -> None:
        text = _COUNTER.sub("", collapse(text))
        if not text and not (credit and (credit.photographer or credit.outlet)):
            return
        key = normalise_key(text)
        if not key and credit is not None and not ref:
            return  # a credit alone, of no image
        if key in NOT_CAPTIONS or RIGHTS_NOTICE.search(text):
            return
        if key and any(normalise_key(f.text) == key and _same_picture(ref, f.image_ref)
                       for f in self.found):
            return  # another copy of a caption already read (a gallery's caption panel)
        self.found.append(Found(text, ref, credit, source))

    # -- figures -----------------------------------------------------------------------------

    def figures(self) -> None:
        for figure in self.root.css("figure"):
            if figure.mem_id in self.used:
                continue
            self.figure(figure)

    def _own(self, figure: LexborNode, selector: str) -> list[LexborNode]:
        """Elements of `figure` matching `selector` that are not inside a nested figure."""
        own = []
        for node in figure.css(selector):
            nearest = next((a for a in _ancestors(node) if a.tag == "figure"), None)
            if nearest is not None and nearest.mem_id == figure.mem_id:
                own.append(node)
        return own

    def figure(self, figure: LexborNode) -> None:
        images = self._own(figure, IMAGE_SELECTOR)
        figcaptions = self._own(figure, "figcaption")
        self.used.add(figure.mem_id)
        if not images and not figcaptions:
            return  # a pull quote, an embedded post, a chart without image
        if self._own(figure, "blockquote"):
            self.use(figure)  # a quote's figure: its figcaption signs the quote ("— Name")
            return
        if _teaser(figure) or _promotion(figure, images, self.own) or \
                _in_link_box(figure, self.root):
            self.use(figure)
            return
        ref = _first_source(images)
        for image in images:
            self.used.add(image.mem_id)
        for figcaption in figcaptions:
            self.use(figcaption)
        # a figcaption holding the page's heading (a lead figure's title) captions nothing
        figcaptions = [f for f in figcaptions if f.css_first("h1, h2") is None]
        if figcaptions:
            # beside the figcaption, a credit in its own element: marked as one, or a <cite> or
            # <small> of a picture's figure ("<figcaption>…</figcaption><cite>Name/Agency</cite>")
            others = [node for node in self._own(figure, "*")
                      if node.mem_id not in self.used and (
                          _caption_marked(node) or (bool(images) and node.tag in CREDIT_TAGS))
                      and not any(_caption_marked(a) for a in _ancestors(node)
                                  if _inside(a, figure))]
            for node in others:
                self.use(node)
            parts = figcaptions + others
            # a caption box around the figcaption ("div.caption-wrapper > figcaption") stands
            # for it, with what else it holds
            parts = sorted((part for part in parts if not any(
                _inside(part, outer) for outer in parts if outer is not part)), key=_document_path)
            parts = self._caption_after(figure, parts) + parts
            credits = [n for part in parts for n in list(part.traverse())[1:]] + [
                part for part in parts if credit_roles(part)]
            self.add(" ".join(visible_text(part) for part in parts), ref,
                     markup_credit(credits, announced=True), "markup")
            return
        marked = [node for node in self._own(figure, "*") if _caption_marked(node)
                  and not any(_caption_marked(a) for a in _ancestors(node)
                              if a.mem_id != figure.mem_id and _inside(a, figure))]
        if marked:
            for node in marked:
                self.use(node)
            marked = self._caption_after(figure, marked) + marked
            pieces = [n for m in marked for n in m.traverse()]
            self.add(" ".join(visible_text(m) for m in marked), ref, markup_credit(pieces),
                     "markup")
            return
        for image in images:
            alt, source = _described(image)
            if _in_card(figure, self.root) or (alt and _titles_nearby(image, alt)):
                continue
            if alt and len(alt.split()) >= MIN_FIGURE_ALT_WORDS:
                self.add(alt, ref, None, source)
                return
        for image in images:  # uncaptioned: a caption element beside the figure may be its
            self.used.discard(image.mem_id)

    def _caption_after(self, figure: LexborNode, parts: list[LexborNode]) -> list[LexborNode]:
        """When a figure's caption elements hold only a credit ("© Agency"), the caption block
        set right after the figure (`<figure>…<span class=copyright>…</figure><div
        class=media-caption>…`) is its caption text: that element, used, else nothing."""
        after = figure.next
        while after is not None and after.tag in ("-text", "_comment", "-comment"):
            after = after.next
        if after is None or after.mem_id in self.used or not _caption_marked(after) or \
                _credit_only(after) or after.css_first(IMAGE_SELECTOR) is not None or \
                _teaser(after) or not visible_text(after):
            return []
        if not parts or not all(_credit_only(part) or _credit_only_text(visible_text(part))
                                for part in parts):
            return []
        self.use(after)
        return [after]

    # -- figcaptions outside figures and caption-marked elements -------------------------------

    def marked(self) -> None:
        groups: dict[int, tuple[LexborNode | None, list[LexborNode]]] = {}
        order: list[int] = []
        for node in self.root.traverse():
            if node.mem_id in self.used or node.tag in SKIP_TAGS:
                continue
            if node.tag != "figcaption" and (not (_caption_marked(node) or
                                                  _text_under_image(node)) or
                                             node.css_first(IMAGE_SELECTOR) is not None):
                continue  # unmarked, or a wrapper of the picture ("p.withoutCaption")
            if any(a.mem_id in self.used for a in _ancestors(node)) or _teaser(node):
                self.use(node)
                continue
            if node.tag != "figcaption" and _COPYRIGHT_NOTICE.match(visible_text(node)):
                continue  # the page's copyright notice, marked as a copyright like a credit
            image = self._image_beside(node)
            if image is None and node.tag != "figcaption":
                image = self._image_before(node, set(groups))
                if image is not None and not _names_a_credit(node):
                    image = None
            if image is None and node.tag != "figcaption":
                continue
            self.use(node)
            key = image.mem_id if image is not None else node.mem_id
            if key not in groups:
                groups[key] = (image, [])
                order.append(key)
            groups[key][1].append(node)
        for key in order:
            image, nodes = groups[key]
            if image is not None:
                self.used.add(image.mem_id)
            captions = [n for n in nodes if not _credit_only(n)]
            credits = [n for n in nodes if _credit_only(n)]
            text = " ".join(visible_text(n) for n in captions + credits)
            pieces = [p for n in nodes for p in n.traverse()]
            self.add(text, image_source(image) if image is not None else None,
                     markup_credit(pieces), "markup")

    def _image_beside(self, node: LexborNode) -> LexborNode | None:
        """The image a caption element stands beside or around: the nearest one (the last
        before it, else the first after it) in the smallest ancestor that holds one."""
        climbed = node
        for _ in range(MAX_CLIMB):
            parent = climbed.parent
            if parent is None:
                return None
            beside = [i for i in parent.css(IMAGE_SELECTOR)
                      if i.mem_id not in self.used and not _in_link(i, self.own)]
            images = [i for i in beside if not _author_picture(i)]
            if beside and not images:
                return None  # an author box's line beside the author's picture
            if not images and self.backgrounds and parent.mem_id != self.root.mem_id:
                images = [i for i in parent.css(BACKGROUND_SELECTOR)
                          if i.mem_id not in self.used and is_background_picture(i) and
                          not _in_link(i, self.own) and image_source(i)]
            if images:
                before = [i for i in images if _precedes(i, node)]
                image = before[-1] if before else images[0]
                if climbed is not node and self._captioned_apart(parent, node, image):
                    return None  # that image has a caption of its own, nearer to it
                return image
            if parent.mem_id == self.root.mem_id or _story_chars(parent) > MAX_AROUND_CHARS:
                return None
            climbed = parent
        return None

    def _image_before(self, node: LexborNode, grouped: set[int]) -> LexborNode | None:
        """The uncaptioned picture a credit line follows with nothing of the story between
        them, however far apart their containers are (the lead picture in the story's header,
        "Caption. | Name/Agency" in the story's meta block under it): the nearest image
        before `node` in document order, when no paragraph, heading, list item or other
        caption element stands between them, and it is no author picture or icon."""
        if self._order is None:
            self._order = list(self.root.traverse())
            self._index = {n.mem_id: i for i, n in enumerate(self._order)}
        start = self._index.get(node.mem_id)
        if start is None:
            return None
        ancestors = {a.mem_id for a in _ancestors(node)}
        for other in reversed(self._order[max(0, start - BEFORE_SCAN):start]):
            if other.mem_id in ancestors:
                continue
            if other.tag in ("img", "amp-img"):
                if _decorative(other) and not _author_picture(other):
                    continue  # an icon between them
                if other.mem_id in self.used or other.mem_id in grouped or \
                        _in_link(other, self.own) or _author_picture(other):
                    return None
                return other
            if (other.tag in _STORY_TAGS and other.text(deep=True, strip=True)) or \
                    _caption_marked(other):
                return None
        return None

    def _captioned_apart(self, box: LexborNode, node: LexborNode, image: LexborNode) -> bool:
        """Whether another caption element in `box` stands nearer `image` than `node` does:
        they share a smaller container (the image's own caption block)."""
        for parent in _ancestors(image):
            if parent.mem_id == box.mem_id:
                return False
            if _inside(node, parent):
                return False
            if any(_caption_marked(inner) for inner in parent.traverse()
                   if inner.mem_id != parent.mem_id and not _inside(image, inner)):
                return True
        return False

    # -- JSON-LD and alt text -------------------------------------------------------------------

    def jsonld(self, images: list[JsonImage]) -> None:
        for image in images:
            name = _picture_name(image.url)
            match = None
            for index, found in enumerate(self.found):
                same_file = bool(name) and _picture_name(found.image_ref) == name
                same_text = bool(image.caption) and _overlaps(found.text, image.caption or "")
                if same_file or same_text:
                    match = index
                    break
            credit = read_credit_line(image.credit) if image.credit else None
            if credit is not None and not (credit.photographer or credit.outlet):
                credit = None
            if match is not None:
                found = self.found[match]
                text = found.text
                if image.caption and _credit_only_text(found.text) and \
                        not _overlaps(found.text, image.caption):
                    text = f"{image.caption} {found.text}"  # the visible caption is a credit
                if (credit is not None and found.credit is None) or text != found.text:
                    self.found[match] = Found(text, found.image_ref, found.credit or credit,
                                              found.source)
                continue
            if image.caption and len(image.caption.split()) >= 3:
                text = image.caption
                if image.credit and image.credit not in text:
                    text = f"{text} {image.credit}"
                self.add(text, image.url, credit, "json-ld")

    def alts(self) -> None:
        same_alt: dict[str, list[LexborNode]] = {}  # alt text → the images carrying it
        pictures_of: dict[str, int] = {}  # alt text → how many pictures carry it
        images = self.root.css("img")
        for image in images:
            if image.mem_id in self.used or _in_link(image, self.own) or _decorative(image):
                continue
            if any(a.mem_id in self.used for a in _ancestors(image)):
                continue
            if _in_card(image, self.root) or _in_control(image, self.root):
                continue  # a card of another article, a button opening a gallery
            text, source = _described(image)
            if text and _titles_nearby(image, text):
                continue  # the title of a teaser or of the story, repeated as alt text
            if not same_alt:
                for other in images:
                    same_alt.setdefault(normalise_key(_described(other)[0]), []).append(other)
            key = normalise_key(text)
            if key not in pictures_of:  # once per alt text: a page may carry hundreds alike
                pictures_of[key] = len({_picture_key(image_source(other))
                                        for other in same_alt.get(key, [])})
            if pictures_of[key] > 1:
                continue  # one alt text on several pictures: a template's, describing none
            ref = image_source(image)
            if ref and any(_basename(f.image_ref) == _basename(ref) for f in self.found):
                continue  # another copy of an image already captioned
            if text and len(text.split()) >= MIN_ALT_WORDS and \
                    not _credit_only_text(text):
                self.add(text, ref, None, source)


def _inside(node: LexborNode, outer: LexborNode) -> bool:
    return any(a.mem_id == outer.mem_id for a in _ancestors(node))


def _document_path(node: LexborNode) -> list[int]:
    """A node's child indexes from the root: their order is document order."""
    steps = []
    while node.parent is not None:
        index = 0
        sibling = node.prev
        while sibling is not None:
            index += 1
            sibling = sibling.prev
        steps.append(index)
        node = node.parent
    return steps[::-1]


def _precedes(a: LexborNode, b: LexborNode) -> bool:
    """Whether `a` comes before `b` in document order."""
    return _document_path(a) < _document_path(b)


def _caption_marked(node: LexborNode) -> bool:
    if node.tag in SKIP_TAGS or node.tag in ("body", "html", "article", "main", "section",
                                              "figure", "a"):
        return False
    mark = _mark_text(node)
    return bool(CAPTION_MARKS.search(mark) or picture_author(mark)) and not _hidden(node)


# Class words of an element that holds one picture ("div.image", "div.photo").
_PICTURE_BOX = re.compile(r"(?:^|[-_\s])(?:image|img|photo|picture|bild|foto|media)"
                          r"(?:$|[-_\s])", re.I)
PICTURE_BOX_CHARS = 500


def _text_under_image(node: LexborNode) -> bool:
    """An unmarked paragraph under the one image of a picture box ("div.image > img + div > p
    caption<br>Foto: …"): short, no links or images of its own, after the image."""
    if node.tag != "p" or node.css_first("a[href], img") is not None:
        return False
    text = node.text(deep=True, strip=True)
    if not text or len(text) > PICTURE_BOX_CHARS:
        return False
    box = node.parent
    for _ in range(2):
        if box is None:
            return False
        if _PICTURE_BOX.search(marks(box)):
            images = box.css(IMAGE_SELECTOR)
            return len(images) == 1 and _precedes(images[0], node) and \
                len(box.text(deep=True, strip=True)) <= PICTURE_BOX_CHARS
        box = box.parent
    return False


def _credit_only(node: LexborNode) -> bool:
    mark = _mark_text(node)
    return bool(credit_roles(node)) and not re.search(
        r"caption|cutline|legend|bildunterschrift|epigrafe|didascalia", mark, re.I)


def _names_a_credit(node: LexborNode) -> bool:
    """Whether an element's text carries a picture's credit the grammar reads (a photographer
    or an outlet) and says it is a picture's: a caption before the credit ("The port. |
    Jane Roe/Reuters"), a picture lead-in ("Photo:", "©"), or a picture word in its class
    ("photo-credit"). A bare "Jane Roe/Reuters" in a credit element may be the story's byline."""
    text = visible_text(node)
    if not text or _BYLINE.match(text):
        return False
    read = read_credit_line(text)
    if not (read.photographer or read.outlet):
        return False
    described = descriptive_text(text)
    return bool(_PICTURE_LEAD.search(text) or _PICTURE_CLASS.search(marks(node)) or
                (described and len(described) < len(text)))


_BYLINE = re.compile(r"(?:by|por|von|par|di|door|av|af)\s", re.I)
# A page's copyright notice ("© 2026 The Canadian Press", "Copyright © 2002-2017 MyBB Group"):
# the rights in the story or the site, not a picture's credit.
_COPYRIGHT_NOTICE = re.compile(r"(?:copyright\s*)?(?:©|\(c\))\s*(?:19|20)\d\d\b", re.I)
_PICTURE_LEAD = re.compile(r"(?:^|[|/(]\s*)(?:photo|foto|image|bild|picture|pic|imagen|"
                           r"photograph|fotografía|zdjęcie|credit|crédit|crédito)s?\b|©|\(c\)",
                           re.I)
_PICTURE_CLASS = re.compile(r"photo|foto|image|img|picture|bild|media", re.I)


def _credit_only_text(text: str) -> bool:
    read = read_credit_line(text)
    return bool(read.photographer or read.outlet) and len(text.split()) <= 5


def _story_chars(node: LexborNode) -> int:
    return sum(len(p.text(deep=True, strip=True)) for p in node.css("p"))


def _in_link(node: LexborNode, own: str = "") -> bool:
    """Inside a link to another page. A link to the full-size picture does not count, nor
    one to the picture's own page under the article's address (`own`, see `own_address`):
    `…/story-123/picture-456.html` of `…/story-123.html`, a WordPress attachment page."""
    for ancestor in _ancestors(node):
        if ancestor.tag == "a":
            href = _attrs(ancestor).get("href", "").strip()
            return bool(href) and not href.startswith("#") and \
                not _IMAGE_LINK.search(href) and not _picture_page(href, own)
    return False


def own_address(page: Page) -> str:
    """The article's own address (canonical link, else og:url) without query, fragment,
    trailing slash or file extension: the stem its picture pages hang from."""
    link = page.tree.css_first("link[rel=canonical]")
    canonical = (link.attributes.get("href") or "").strip() if link is not None else ""
    meta = page.tree.css_first("meta[property='og:url']")
    og_url = (meta.attributes.get("content") or "").strip() if meta is not None else ""
    address = urljoin(og_url, canonical)  # a relative canonical link ("/ct2/show/N") is joined
    address = address.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    if not re.match(r"https?://[^/]+/.", address, re.I):
        return ""  # no absolute address of a page below a site's root
    return re.sub(r"\.(?:html?|php|aspx?|jsp)$", "", address, flags=re.I)


def _picture_page(href: str, own: str) -> bool:
    if "attachment_id=" in href or "/attachment/" in href:
        return True
    if not own:
        return False
    if href.startswith(("http:", "https:")):
        return href.startswith(own + "/")
    if href.startswith("/") and not href.startswith("//"):  # the usual relative form
        return href.startswith(own[own.index("/", own.index("//") + 2):] + "/") \
            if own.count("/") > 2 else False
    return urljoin(own + "/", href).startswith(own + "/")


def _author_picture(image: LexborNode) -> bool:
    """A headshot: the image or its path names an author, avatar or headshot
    (`img.ACredit-Image` of `…/arc-authors/…png`)."""
    ref = (image_source(image) or "").split("?", 1)[0].lower()
    return bool(re.search(r"avatar|headshot|(?:^|[-_/])authors?(?:$|[-_/.])", ref) or
                re.search(r"avatar|headshot|author", marks(image), re.I))


def _teaser(node: LexborNode) -> bool:
    """A teaser: inside a link to another page, or text that is mostly one such link."""
    if _in_link(node):
        return True
    text = collapse(node.text(deep=True, separator=" "))
    for link in node.css("a"):
        href = _attrs(link).get("href", "").strip()
        if not href or href.startswith("#") or _IMAGE_LINK.search(href):
            continue
        link_text = collapse(link.text(deep=True, separator=" "))
        if len(link_text.split()) > 4 and len(link_text) >= 0.8 * len(text):
            return True
    return False


def _promotion(figure: LexborNode, images: list[LexborNode], own: str) -> bool:
    """A figure whose picture and caption both link to one other page: an offer or a
    teaser (a magazine cover whose caption says "Subscribe…"), not a picture of the story."""
    targets = set()
    for image in images:
        link = next((a for a in _ancestors(image) if a.tag == "a"), None)
        if link is None or not _in_link(image, own):
            return False
        targets.add(_attrs(link).get("href", "").strip())
    return bool(targets) and any(_attrs(link).get("href", "").strip() in targets
                                 for caption in figure.css("figcaption")
                                 for link in caption.css("a"))


def _in_link_box(figure: LexborNode, root: LexborNode) -> bool:
    """Set in a box of links to other pages: the nearest element around the figure that holds
    more than it, within MAX_CLIMB levels of the article root, lists at least LINK_BOX_ITEMS
    items that are each a link to another page, and their text is most of its text outside
    the figure (a magazine issue's cover beside the issue's contents, a dossier of stories):
    a promotion, not a picture of the story."""
    climbed = figure
    for _ in range(MAX_CLIMB):
        box = climbed.parent
        if box is None or box.mem_id == root.mem_id:
            return False
        if not _holds_more(box, figure):
            climbed = box
            continue
        # the cheap tests first: the list items linking elsewhere, then the box's text
        linked = [item for item in box.css("li") if _link_item(item)]
        if len(linked) < LINK_BOX_ITEMS:
            return False
        around = _filled_chars(box) - _filled_chars(figure)
        return around <= MAX_AROUND_CHARS and \
            sum(_filled_chars(item) for item in linked) >= around / 2
    return False


def _filled_chars(node: LexborNode) -> int:
    """How many characters of text other than white space an element holds (counted without
    splitting its text: the element may be the whole story)."""
    text = node.text(deep=True)
    return len(text) - sum(text.count(space) for space in " \n\t\r\xa0")


def _holds_more(box: LexborNode, figure: LexborNode) -> bool:
    """Whether `box` holds anything beside `figure`: another element or text."""
    for child in box.iter(include_text=True):
        if child.mem_id == figure.mem_id or child.tag in ("_comment", "-comment"):
            continue
        if child.tag != "-text" or child.text(deep=False).strip():
            return True
    return False


def _link_item(item: LexborNode) -> bool:
    """A list item that is a link to another page and nothing more."""
    links = [a for a in item.css("a") if (href := _attrs(a).get("href", "").strip()) and
             not href.startswith("#") and not _IMAGE_LINK.search(href)]
    if not links:
        return False
    text = collapse(item.text(deep=True, separator=" "))
    return bool(text) and \
        sum(len(collapse(a.text(deep=True, separator=" "))) for a in links) >= 0.8 * len(text)


def _in_control(node: LexborNode, root: LexborNode) -> bool:
    """Inside a control (`role=button`, an AMP `on="tap:…"` action) among its four nearest
    ancestors within the root: the picture of a button that opens a gallery, not a picture
    of the story."""
    for depth, ancestor in enumerate(_ancestors(node)):
        if ancestor.mem_id == root.mem_id or depth >= MAX_CLIMB:
            return False
        attrs = _attrs(ancestor)
        if attrs.get("role") == "button" or attrs.get("on", "").startswith("tap:"):
            return True
    return False


def _in_card(node: LexborNode, root: LexborNode) -> bool:
    """Inside an `<article>` within the article root: a card of another story."""
    for ancestor in _ancestors(node):
        if ancestor.mem_id == root.mem_id:
            return False
        if ancestor.tag == "article":
            return True
    return False


def _titles_nearby(image: LexborNode, text: str) -> bool:
    """Whether a heading or link within the image's three nearest ancestors says `text`."""
    key = normalise_key(text)
    climbed = image
    for _ in range(3):
        parent = climbed.parent
        if parent is None:
            return False
        for title in parent.css("h1, h2, h3, h4, h5, h6, a"):
            if normalise_key(title.text(deep=True, separator=" ")) == key:
                return True
        climbed = parent
    return False


def _decorative(image: LexborNode) -> bool:
    attrs = _attrs(image)
    if attrs.get("role") in ("presentation", "none") or attrs.get("aria-hidden") == "true":
        return True
    for name in ("width", "height"):
        value = attrs.get(name, "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 100:
            return True
    ref = image_source(image) or ""
    if _AD_NAME.search(_basename(ref)) or _FURNITURE.search(ref.split("?", 1)[0]):
        return True
    return bool(re.search(r"logo|icon|avatar|headshot|author|sprite|badge|emoji",
                          marks(image), re.I))


def _described(image: LexborNode) -> tuple[str, CaptionSource]:
    """An image's own words: its alt text, else its title attribute."""
    attrs = _attrs(image)
    if image.tag == "picture":
        inner = image.css_first("img")
        attrs = _attrs(inner) if inner is not None else attrs
    alt = collapse(attrs.get("alt", ""))
    if alt:
        return alt, "alt"
    return collapse(attrs.get("title", "")), "attribute"


def _same_picture(a: str | None, b: str | None) -> bool:
    """Whether two references may be copies of one picture: one is missing, the file names
    are the same, or either name says only which rendition it is ("920x920.jpg",
    "square_gallery_thumb.jpg"). Identical captions of two named files are two pictures."""
    first, second = _basename(a), _basename(b)
    return not first or not second or first == second or \
        _rendition_name(first) or _rendition_name(second)


def _rendition_name(name: str) -> bool:
    stem = name.rsplit(".", 1)[0]
    if re.fullmatch(r"\d{2,4}x\d{2,4}", stem):
        return True  # "920x920.jpg"; a bare number is an id, not a size
    words = re.findall(r"[a-z]+", re.sub(r"\d+x\d+", " ", stem))
    return bool(words) and all(word in RENDITION_WORDS for word in words)


def _picture_name(ref: str | None) -> str:
    """A file name without its rendition size ("photo-1024x576.jpg" → "photo.jpg")."""
    return re.sub(r"[-_]\d{2,4}x\d{2,4}(?=\.\w+$)", "", _basename(ref))


def _picture_key(ref: str | None) -> str:
    """What tells pictures apart: the file name, rendition size dropped; the whole reference
    when the name is a script's that takes the file in its query (`image.php?src=…`)."""
    name = _picture_name(ref)
    return name if _IMAGE_LINK.search(name) else (ref or "").lower()


def _basename(ref: str | None) -> str:
    if not ref:
        return ""
    return ref.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()


def normalise_key(text: str) -> str:
    """Text reduced to its lower-cased letters and digits, for comparing captions."""
    return re.sub(r"\W+", "", text.lower())


# A picture word before or after the title, or none ("").
_PICTURE_WORDS = ("", "image", "img", "photo", "picture", "pic", "foto", "bild", "imagen",
                  "immagine", "zdjecie", "zdjęcie")


def is_headline(text: str, headline: str) -> bool:
    """Whether a caption only repeats the story's headline, a picture word and a number
    aside: the alt text a CMS makes of the title ("Rivers rise image", "Rivers rise 2").
    The key is (picture word)(title)(picture word)(up to three digits), tried every way; by
    string tests, not a pattern built from each page's headline (compiling one per article
    cost more than reading its captions, and pushed the grammar's patterns out of re's
    cache)."""
    title = normalise_key(headline)
    if not title:
        return False
    key = normalise_key(text)
    for before in _PICTURE_WORDS:
        if not key.startswith(before) or not key.startswith(title, len(before)):
            continue
        rest = key[len(before) + len(title):]
        for after in _PICTURE_WORDS:
            number = rest[len(after):]
            if rest.startswith(after) and len(number) <= 3 and (
                    not number or number.isdecimal()):  # isdecimal: re's \d (category Nd)
                return True
    return False


def _overlaps(a: str, b: str) -> bool:
    ka, kb = normalise_key(a), normalise_key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def read_captions(page: Page, images: list[JsonImage]) -> list[Found]:
    """Every caption of the page (see the module docstring), in reading order per kind."""
    reader = _Reader(page)
    reader.figures()
    reader.marked()
    reader.jsonld(images)
    reader.alts()
    return reader.found
