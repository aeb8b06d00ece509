"""Find image files, keep every path inside the folders we may open, and link captions to files.

Only files inside the media folder or the article's own folder are ever opened: references are
URL-decoded, schemes and NUL bytes refused, and the resolved path (symlinks followed) must stay
inside one of those roots. Folders are walked without following symlinked directories.

Link rules, first match wins (contract): 1 explicit (the article references the file),
2 url (a URL reference, never fetched: the one image under MEDIA whose name is the URL path's
last segment), 3 convention (MEDIA/<stem>/<N>.<ext>, MEDIA/<stem>-<N>.<ext>,
MEDIA/<stem>_<N>.<ext>), 4 embedded (an image whose embedded description holds the caption's
descriptive text). Rule 5, manual, is applied by the store from `catalog link`.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import urllib.parse
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from catalog.captions import descriptive_text
from catalog.domain import Article, CaptionLink
from catalog.errors import CatalogError, RefusedPath
from catalog.files import IMAGE_LIMIT, check_confined, open_confined, real_folders
from catalog.paths import relative, stored_name

IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".tif", ".tiff", ".png", ".webp", ".heic",
                              ".heif"})
MEDIA_FOLDER = "the media folder"  # in refusals: "leads outside the media folder"
MIN_DESCRIPTIVE = 12  # normalised characters a caption needs before rule 3 may link it
SIMILARITY = 0.9
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
_NUMBERED = re.compile(r"^(?P<stem>.+?)[-_](?P<n>\d+)$")
_SEPARATOR = {"-": 1, "_": 2}


def link_in_force(auto_image_id: int | None, rule: str | None, *, manual: bool = False,
                  manual_image_id: int | None = None) -> dict[str, int | str | None]:
    """A caption's link columns: the automatic link the rules found, and the link in force
    (the manual link when an editor set one)."""
    auto = {"auto_image_id": auto_image_id, "auto_link": rule if auto_image_id else None}
    if manual:
        return {**auto, "image_id": manual_image_id, "link": "manual"}
    return {**auto, "image_id": auto["auto_image_id"], "link": auto["auto_link"]}


def is_image_name(path: Path | str) -> bool:
    name = os.path.basename(path)
    return os.path.splitext(name)[1].lower() in IMAGE_EXTENSIONS


@dataclass(frozen=True)
class ImageScan:
    paths: tuple[str, ...]  # absolute, as strings: a walk of many files is mostly overhead
    refused: tuple[str, ...] = ()

    @property
    def images(self) -> tuple[Path, ...]:
        return tuple(map(Path, self.paths))


@lru_cache(maxsize=1024)
def _real_folder(folder: str) -> Path:
    """A folder with its symlinks resolved; an ingest asks for the same few thousands of times
    (`forget_folders` empties the cache at the start of each)."""
    return Path(folder).resolve()


def forget_folders() -> None:
    _real_folder.cache_clear()


def _real_path(path: Path) -> Path:
    """An absolute, normalised path with its symlinks resolved, as Path.resolve() gives it, but
    with its folder's resolution cached: only the last component is looked at afresh."""
    if os.path.islink(path):
        return path.resolve()
    return _real_folder(os.path.dirname(path)) / path.name


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def find_images(media_root: Path, named_from: Path | None = None) -> ImageScan:
    """Every image file under MEDIA (absolute paths, sorted), walking no symlinked folder; a
    file refused is named relative to `named_from` (as the catalog stores it), else under MEDIA
    as given."""
    root = Path(os.path.abspath(media_root))
    if not root.is_dir():
        return ImageScan(())
    in_media = real_folders([root])
    start = len(str(root)) + 1

    def shown(path: str) -> str:
        if named_from is not None:
            return relative(path, named_from)
        return os.path.join(media_root, path[start:])
    images: list[str] = []
    refused: list[str] = []
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            refused.append(f"{folder}: skipped: {exc.strerror or exc}")
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_file(follow_symlinks=False):  # the common case first
                    dot = name.rfind(".")
                    if dot > 0 and name[dot:].lower() in IMAGE_EXTENSIONS:
                        images.append(entry.path)
                elif entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.is_symlink():
                    path = entry.path
                    if stat.S_ISDIR(os.stat(path).st_mode):
                        refused.append(f"{shown(path)}: skipped: symlinked folder (not followed)")
                    elif is_image_name(name):  # the confinement check, without an open
                        check_confined(path, in_media, limit=IMAGE_LIMIT, shown=shown(path),
                                       where=MEDIA_FOLDER)
                        images.append(path)
                elif is_image_name(name):  # a FIFO, a device or a socket named like an image
                    refused.append(f"{shown(entry.path)}: refused: not a regular file")
            except RefusedPath as exc:
                refused.append(str(exc))
            except OSError as exc:  # broken or looping symlink, vanished
                refused.append(f"{shown(entry.path)}: skipped: {exc.strerror or exc}")
    # The order of Path objects (part by part), compared as whole strings: with the separator
    # as NUL, which no name holds and every character follows, a part ends before any longer
    # part it begins, as in the list of parts. A tenth of the time of sorting those lists.
    images.sort(key=lambda text: text.replace(os.sep, "\0"))
    return ImageScan(tuple(images), tuple(sorted(refused)))


def resolve_reference(ref: str, article_dir: Path, media_root: Path) -> Path:
    """An article's image reference as a safe absolute path, or RefusedPath saying why.

    Relative references resolve against the article's folder; failing that, against the media
    folder or the folder holding it. Whatever is returned lies inside the media folder or the
    article's folder, symlinks followed.
    """
    text = urllib.parse.unquote(ref.strip())
    if "\x00" in text:
        raise RefusedPath(f"image {ref!r} refused: NUL byte in the path")
    if text.startswith("//") or (_SCHEME.match(text) and not re.match(r"^[A-Za-z]:[\\/]", text)):
        raise RefusedPath(f"image {ref!r} refused: not a local file path")
    if re.match(r"^[A-Za-z]:[\\/]", text):
        raise RefusedPath(f"image {ref!r} refused: outside the media folder")
    text = text.split("#", 1)[0].split("?", 1)[0]
    if not text:
        raise RefusedPath(f"image {ref!r} refused: empty path")
    roots = [Path(os.path.abspath(article_dir)), Path(os.path.abspath(media_root))]
    real_roots = [_real_folder(str(r)) for r in roots]

    def inside(candidate: Path) -> bool:
        try:
            real = _real_path(candidate)
        except (OSError, RuntimeError):  # a symlink loop
            raise RefusedPath(f"image {ref!r} refused: symlink loop") from None
        return any(_inside(real, root) for root in real_roots)

    primary = Path(os.path.abspath(text if Path(text).is_absolute() else roots[0] / text))
    if not inside(primary):
        raise RefusedPath(f"image {ref!r} refused: outside the media folder and the "
                          "article's folder")
    if primary.exists() or Path(text).is_absolute():
        return primary
    # Written relative to the media folder, or to the desk folder that holds it
    # ("media/x.jpg"): taken only when the file is there and inside the allowed roots.
    for base in (roots[1], roots[1].parent):
        candidate = Path(os.path.abspath(base / text))
        if candidate.exists():
            if not inside(candidate):
                raise RefusedPath(f"image {ref!r} refused: outside the media folder and the "
                                  "article's folder")
            return candidate
    return primary


def safe_image_path(path: Path, roots: Sequence[Path]) -> Path:
    """A user-given image file (for `catalog link`): inside a root, an image, existing, a
    regular file under the size cap (the confinement check, `files.open_confined`)."""
    absolute = Path(os.path.abspath(path))
    open_confined(absolute, roots, limit=IMAGE_LIMIT, shown=str(path),
                  where=f"{MEDIA_FOLDER} and the article's folder").close()
    if not is_image_name(absolute):
        raise CatalogError(f"{path}: not an image file name (.jpg, .tif, .png, .webp, .heic)")
    return absolute


# --- the index of images for linking -------------------------------------------------------


def normalise(text: str) -> str:
    """Text compared without case, punctuation or spacing."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 5}


@dataclass
class ImageIndex:
    """Images under MEDIA arranged for the convention and embedded rules (paths as strings)."""

    media_root: str
    # (article stem casefolded, caption number) → [(rank, path)]
    numbered: dict[tuple[str, int], list[tuple[tuple[int, int, str], str]]] = field(
        default_factory=lambda: defaultdict(list))
    descriptions: list[tuple[str, str]] = field(default_factory=list)
    by_word: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # file name casefolded → the images under MEDIA with that name (the `url` rule)
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # the images' descriptions, entered in `descriptions` and `by_word` when a caption first
    # needs the `embedded` rule (most archives link by name, and this is per-image work)
    unindexed: list[tuple[str, Sequence[str]]] = field(default_factory=list)

    def embedded(self) -> ImageIndex:
        """The index with every description entered."""
        for path, descriptions in self.unindexed:
            for description in descriptions:
                normal = normalise(description)
                if len(normal) < MIN_DESCRIPTIVE:
                    continue
                number = len(self.descriptions)
                self.descriptions.append((path, normal))
                for word in _words(description):
                    self.by_word[word].add(number)
        self.unindexed = []
        return self


def index_images(images: Mapping[str, Sequence[str]] | Mapping[Path, Sequence[str]],
                 media_root: Path | str | None = None) -> ImageIndex:
    """Build the link index once per ingest from {image path: its descriptions}."""
    paths = [os.fspath(path) for path in images]
    root = os.path.abspath(media_root) if media_root else _common_root(paths)
    prefix = root + os.sep
    index = ImageIndex(root)
    for path, descriptions in zip(paths, images.values(), strict=True):
        parts = path[len(prefix):].split(os.sep) if path.startswith(prefix) else []
        name = os.path.basename(path)
        stem, suffix = os.path.splitext(name)
        index.by_name[name.casefold()].append(path)
        if suffix.lower() in IMAGE_EXTENSIONS:
            if len(parts) == 2 and stem.isdigit():
                rank = (0, len(stem) - len(stem.lstrip("0")), name)
                index.numbered[(parts[0].casefold(), int(stem))].append((rank, path))
            elif len(parts) == 1:
                match = _NUMBERED.match(stem)
                if match:
                    digits = match.group("n")
                    separator = stem[match.start("n") - 1]
                    rank = (_SEPARATOR[separator], len(digits) - len(digits.lstrip("0")), name)
                    key = (match.group("stem").casefold(), int(digits))
                    index.numbered[key].append((rank, path))
        if descriptions:
            index.unindexed.append((path, descriptions))
    return index


def _common_root(paths: Sequence[str]) -> str:
    if not paths:
        return os.getcwd()
    return os.path.commonpath([os.path.dirname(p) for p in paths])


def _embedded_score(caption: str, description: str) -> float:
    if caption in description:
        return 1.0
    ratio = len(caption) / max(1, len(description))
    if not 0.75 <= ratio <= 1.33:
        return 0.0
    return difflib.SequenceMatcher(None, caption, description, autojunk=False).ratio()


@dataclass(frozen=True)
class LinkResult:
    """The links of one article; `notes` are references refused, `missing` references that led
    to no file (not found, or a URL whose name matches no image or several)."""

    links: tuple[CaptionLink, ...]
    notes: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    """Where a caption's explicit (not URL) image reference leads: an image file (absolute
    path), or why not (`note`: refused or not an image name; `missing`: no such file)."""

    target: str | None
    note: str | None = None
    missing: str | None = None


def resolve_references(article: Article, article_file: Path | str, media_root: Path
                       ) -> dict[int, Reference]:
    """Rule 1's half that needs no index: every explicit reference of an article resolved,
    by caption number (URL references are left to the `url` rule)."""
    article_dir = Path(os.path.abspath(article_file)).parent
    found: dict[int, Reference] = {}
    for caption in article.captions:
        if not caption.image_ref or is_url(caption.image_ref):
            continue
        where = f"{article.path}: caption {caption.caption_no}"
        try:
            target = resolve_reference(caption.image_ref, article_dir, media_root)
        except RefusedPath as exc:
            found[caption.caption_no] = Reference(None, note=f"{where}: {exc}")
            continue
        if not is_image_name(target):
            found[caption.caption_no] = Reference(None, note=(
                f"{where}: image {caption.image_ref!r} is not an image file name"))
        elif not target.is_file():
            found[caption.caption_no] = Reference(None, missing=(
                f"{where}: image {caption.image_ref!r} not found"))
        else:
            found[caption.caption_no] = Reference(str(target))
    return found


def link_captions(article: Article, article_file: Path | str, media_root: Path,
                  index: ImageIndex | Mapping[Path, Sequence[str]], ingest_root: Path, *,
                  references: Mapping[int, Reference] | None = None,
                  descriptive: Mapping[int, str] | None = None) -> LinkResult:
    """Apply rules 1–4 to every caption of one article. `references` (from
    `resolve_references`) and `descriptive` (each caption's `captions.descriptive_text`) are
    worked out here when the caller does not already have them."""
    if not isinstance(index, ImageIndex):
        index = index_images(index, media_root)
    if references is None:
        references = resolve_references(article, article_file, media_root)
    exact_stem = os.path.splitext(os.path.basename(article_file))[0]
    stem = exact_stem.casefold()
    links: dict[int, CaptionLink] = {}
    notes: list[str] = []
    missing: list[str] = []
    for caption in article.captions:
        if not caption.image_ref:
            continue
        if is_url(caption.image_ref):
            found, why = _link_url(caption.image_ref, index, stem)
            if found is not None:
                links[caption.caption_no] = CaptionLink(
                    caption.caption_no, relative(found, ingest_root), "url")
            else:
                missing.append(f"{article.path}: caption {caption.caption_no}: image "
                               f"{caption.image_ref!r} {why}")
            continue
        reference = references[caption.caption_no]
        if reference.target is not None:
            links[caption.caption_no] = CaptionLink(
                caption.caption_no, relative(reference.target, ingest_root), "explicit")
        elif reference.note is not None:
            notes.append(reference.note)
        elif reference.missing is not None:
            missing.append(reference.missing)
    for caption in article.captions:
        if caption.caption_no in links:
            continue
        candidates = index.numbered.get((stem, caption.caption_no))
        if candidates:
            best = min(candidates, key=lambda item: (not _same_case(item[1], exact_stem),
                                                     item[0]))[1]
            links[caption.caption_no] = CaptionLink(
                caption.caption_no, relative(best, ingest_root), "convention")
    _link_embedded(article, index, ingest_root, links, descriptive)
    return LinkResult(tuple(sorted(links.values(), key=lambda link: link.caption_no)),
                      tuple(notes), tuple(missing))


def is_url(ref: str) -> bool:
    """A reference to the web (`https://…`, `//host/…`), which is never fetched."""
    text = ref.strip().lower()
    return text.startswith(("http://", "https://", "//"))


def url_name(ref: str) -> str:
    """The file name a browser or `wget` saves a URL under: the path's last segment,
    URL-decoded, query string and fragment dropped, casefolded."""
    path = urllib.parse.urlsplit(ref.strip()).path
    return urllib.parse.unquote(path.rstrip("/").rsplit("/", 1)[-1]).casefold()


def _link_url(ref: str, index: ImageIndex, stem: str) -> tuple[str | None, str]:
    """The `url` rule: the one image under MEDIA named as the URL's last segment (an image in
    the article's own `<stem>_files/` folder is preferred when several share the name), else
    None and why there is none."""
    name = url_name(ref)
    if not name or "\x00" in name:
        return None, "not found (a URL with no file name)"
    candidates = index.by_name.get(name, [])
    if len(candidates) > 1:
        own = [p for p in candidates
               if os.path.basename(os.path.dirname(p)).casefold() == f"{stem}_files"]
        if len(own) == 1:
            return own[0], ""
        return None, (f"not linked: its name {name!r} matches {len(candidates)} files under "
                      "the media folder")
    if not candidates:
        return None, f"not found: no file named {name!r} under the media folder"
    return candidates[0], ""


def _same_case(image: str, stem: str) -> bool:
    """Whether a convention candidate spells the article's stem exactly (`media/case/1.jpg`
    for `case.txt` wins over `media/Case/1.jpg` on a case-insensitive match)."""
    return (os.path.basename(os.path.dirname(image)) == stem
            or os.path.basename(image).startswith(stem))


def _link_embedded(article: Article, index: ImageIndex, ingest_root: Path,
                   links: dict[int, CaptionLink], descriptive: Mapping[int, str] | None
                   ) -> None:
    taken = {link.image for link in links.values()}
    scored: list[tuple[float, str, int]] = []
    for caption in article.captions:
        if caption.caption_no in links:
            continue
        text = (descriptive[caption.caption_no] if descriptive is not None
                else descriptive_text(caption.text))
        normal = normalise(text)
        if len(normal) < MIN_DESCRIPTIVE:
            continue
        index = index.embedded()
        candidates: set[int] = set()
        for word in _words(text):
            candidates |= index.by_word.get(word, set())
        for number in candidates:
            path, description = index.descriptions[number]
            score = _embedded_score(normal, description)
            if score >= SIMILARITY:
                scored.append((-score, path, caption.caption_no))
    for _negative, path, caption_no in sorted(scored):
        image = relative(path, ingest_root)
        if caption_no in links or image in taken:
            continue
        links[caption_no] = CaptionLink(caption_no, image, "embedded")
        taken.add(image)


def normalise_article_path(path: str) -> str:
    """An ARTICLE argument as the catalog stores it: POSIX separators, no leading './', a name
    that is not UTF-8 (typed raw or as the catalog shows it) in its stored form."""
    text = stored_name(path)
    if os.sep != "/":
        text = text.replace(os.sep, "/")
    while text.startswith("./"):
        text = text[2:]
    return text
