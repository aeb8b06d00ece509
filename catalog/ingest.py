"""The ingest run: discover articles and images, skip unchanged files, read, link, write.

Stages are plain functions over plain data; the run reports progress through a callback and
ends with an `IngestReport`. Articles are written whole, up to 50 to a transaction (a killed
ingest leaves no half-written article), images in batches; everything is an upsert so a re-run
is exact.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from catalog import articles as article_reader
from catalog import camera_names, cameras, media, metadata
from catalog.camera_names import camera_records
from catalog.domain import Article, Caption, CaptionLink, ImageMeta
from catalog.errors import ArticleError, CatalogError, RefusedPath
from catalog.files import ARTICLE_LIMIT, inside, read_confined
from catalog.image_rows import IMAGE_FIELDS, image_values
from catalog.paths import fs_name
from catalog.people import people_keys
from catalog.render import counted
from catalog.store import (
    ARTICLE,
    CAPTION,
    IMAGE,
    Catalog,
    FileState,
    article_states,
    delete_missing,
    file_signature,
    image_descriptions,
    image_ids,
    image_states,
    manual_links,
    now,
    read,
    replace_articles,
    touch_article,
    upsert_cameras,
    upsert_images,
    write,
    write_retrying,
)

ARTICLE_EXTENSIONS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html",
                      ".htm": "html"}
IMAGE_BATCH = 500

Progress = Callable[[str, int, int], None]  # (stage, done, total)
Notify = Callable[[str], None]


@dataclass
class IngestReport:
    """What one ingest did, for the one-line summary and for tests."""

    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    captions: int = 0
    images_read: int = 0
    images_unchanged: int = 0
    links: int = 0
    findings: int = 0
    pruned: int = 0
    errors: list[str] = field(default_factory=list)
    missing: int = 0  # image references that led to no file: said, not counted as errors

    @property
    def articles(self) -> int:
        return self.articles_new + self.articles_changed + self.articles_unchanged

    @property
    def images(self) -> int:
        return self.images_read + self.images_unchanged

    def summary(self) -> str:
        parts = [
            counted(self.articles, "article")
            + f" ({self.articles_new} new, {self.articles_changed} changed, "
            f"{self.articles_unchanged} unchanged)",
            counted(self.captions, "caption"),
            counted(self.images, "image") + f" ({self.images_read} read)",
            counted(self.links, "link"),
            counted(self.findings, "finding"),
        ]
        if self.pruned:
            parts.append(f"{self.pruned} pruned")
        if self.missing:
            parts.append(counted(self.missing, "reference") + " not found")
        parts.append(counted(len(self.errors), "file") + " skipped with errors")
        return "ingested " + ", ".join(parts)


@dataclass
class _Run:
    """What every stage of one ingest shares: the catalog, the report, and where to speak."""

    catalog: Catalog
    report: IngestReport
    say: Notify
    tick: Progress
    workers: int | None

    def error(self, line: str) -> None:
        """A file skipped or refused: counted in the report and said."""
        self.report.errors.append(line)
        self.say(line)

    def not_found(self, line: str) -> None:
        """An image reference that led to no file: counted apart from errors, and said."""
        self.report.missing += 1
        self.say(line)


@dataclass(frozen=True)
class ArticleFile:
    path: Path  # absolute
    rel: str  # relative to the ingest root, POSIX
    fmt: str
    within: str = ""  # the folder it was found in (real path): it is read only from inside


@dataclass(frozen=True)
class ParsedArticle:
    file: ArticleFile
    article: Article
    content_hash: str
    size: int
    mtime_ns: int


@dataclass
class ArticlePlan:
    """The discovered articles that are as the catalog has them (the others are read, then
    written as they come)."""

    unchanged: list[ArticleFile] = field(default_factory=list)
    # same content under a new mtime: (article id, size, mtime_ns) to record, nothing to parse
    touched: list[tuple[int, int, int]] = field(default_factory=list)


# --- discovery -----------------------------------------------------------------------------


def discover_articles(paths: Sequence[Path], root: Path, notify: Notify) -> list[ArticleFile]:
    """Article files named by PATHs (files, or folders walked without following symlinks)."""
    found: dict[str, ArticleFile] = {}
    for given in paths:
        if not given.exists() and not given.is_symlink():
            raise CatalogError(f"{given}: no such file or folder")
        if given.is_dir():
            candidates: Iterable[str] = _walk_files(given, notify)
            within = os.path.realpath(given)
        else:  # a file named on the command line is read where it leads
            candidates = [str(given)]
            within = os.path.dirname(os.path.realpath(given))
        for candidate in candidates:
            fmt = ARTICLE_EXTENSIONS.get(os.path.splitext(candidate)[1].lower())
            if fmt is None:
                notify(f"{candidate}: skipped: not an article (.txt, .md, .html)")
                continue
            absolute = os.path.abspath(candidate)
            rel = media.relative(absolute, root)
            found.setdefault(rel, ArticleFile(Path(absolute), rel, fmt, within))
    return sorted(found.values(), key=lambda f: f.rel)


def _walk_files(folder: Path, notify: Notify) -> Iterator[str]:
    def on_error(exc: OSError) -> None:
        notify(f"{exc.filename}: skipped: {exc.strerror or exc}")

    for dirpath, dirnames, filenames in os.walk(folder, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


# --- records -------------------------------------------------------------------------------


class CameraNames:
    """Canonical name and comparison key of each EXIF make/model, worked out once per pair;
    the `camera` rows of pairs not yet written."""

    def __init__(self) -> None:
        self.names: dict[tuple[str | None, str | None], tuple[str | None, str | None]] = {}
        self.new: list[tuple[str | None, str | None, str | None]] = []

    def __call__(self, make: str | None, model: str | None) -> tuple[str | None, str | None]:
        found = self.names.get((make, model))
        if found is None:
            found = (cameras.camera_from_exif(make, model), cameras.exif_camera_key(make, model))
            self.names[(make, model)] = found
            self.new.append((None, make, model))
        return found

    def records(self) -> list[dict[str, Any]]:
        """`camera` rows for the pairs seen since the last call."""
        rows = camera_records(self.new)
        self.new = []
        return rows


def caption_record(caption: Caption, link: CaptionLink | None, image_id: int | None,
                   manual: tuple[str, int] | None) -> dict[str, Any]:
    """The `caption` row: the caption as read, its automatic link and the link in force."""
    record = {
        "caption_no": caption.caption_no, "text": caption.text,
        "photographer": caption.photographer,
        "photographer_key": people_keys(caption.photographer),
        "outlet": caption.outlet, "caption_camera": caption.caption_camera,
        "camera": caption.camera, "camera_key": cameras.caption_camera_key(caption.caption_camera),
        "image_ref": caption.image_ref, "via": caption.via,
        "caption_source": caption.caption_source,
        "auto_image_id": image_id, "auto_link": link.rule if link and image_id else None,
    }
    if manual is not None:
        record.update(image_id=manual[1], link="manual")
    else:
        record.update(image_id=record["auto_image_id"], link=record["auto_link"])
    return record


# --- the run -------------------------------------------------------------------------------


def ingest(
    catalog: Catalog,
    paths: Sequence[Path],
    media_root: Path,
    *,
    root: Path | None = None,
    prune: bool = False,
    progress: Progress | None = None,
    notify: Notify | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Bring the catalog up to date with the articles under PATHs and every image under MEDIA."""
    root = (root or Path.cwd()).resolve()
    media_root = Path(os.path.abspath(media_root))
    report = IngestReport()
    say: Notify = notify or (lambda _line: None)
    run = _Run(catalog, report, say, progress or (lambda _stage, _done, _total: None), workers)
    error = run.error

    media.forget_folders()
    files = discover_articles(paths, root, say)
    scan = media.find_images(media_root)
    for line in scan.refused:
        error(line)
    if not media_root.is_dir():
        say(f"{media_root}: no media folder; captions cannot be linked to files")

    with read(catalog) as conn:
        known_articles = article_states(conn)
        known_images = image_states(conn)

    # Articles and images are read side by side in worker processes. Images are stored as they
    # come; once all are in, each batch of parsed articles is linked and written while the
    # workers read on.
    plan, article_tasks = _plan_articles(files, known_articles, run)
    image_files = {media.relative(p, root): p for p in scan.images}
    fresh: dict[str, tuple[str, ...]] = {}
    linker = _Linker(catalog, media_root, root, image_files, fresh, run)
    writer = _ArticleWriter(run, linker, len(article_tasks))
    extra: dict[str, Path] = {}  # explicit references outside the media folder
    deferred: list[ParsedArticle] = []  # the articles that name them

    def parsed(item: ParsedArticle) -> None:
        outside = {rel: path for rel, path in _explicit_targets(item, media_root, root).items()
                   if rel not in image_files}
        if outside:
            extra.update(outside)
            deferred.append(item)
        else:
            writer.add(item)

    image_tasks = _images_to_read(image_files, known_images)
    if article_tasks or image_tasks:
        cameras.warm()  # once here, not once per forked worker (and not at all for a re-run)
    _read_files(run, article_tasks, image_tasks, plan, fresh, parsed, writer.start)
    # Images named only by explicit references: read those, then write the articles naming them.
    if extra:
        _read_files(run, [], _images_to_read(extra, known_images), plan, fresh, parsed,
                    lambda: None)
    for item in deferred:
        writer.add(item)
    writer.finish()
    report.images_unchanged = len(image_files) + len(extra) - report.images_read

    pruned_images = []
    if prune:
        pruned_images = [p for p in known_images if p not in image_files and p not in extra
                         and _gone(root, p)]
    with write(catalog) as conn:
        if pruned_images:
            report.pruned += delete_missing(conn, IMAGE, pruned_images)
        for article_id, size, mtime_ns in plan.touched:
            touch_article(conn, article_id, size, mtime_ns)
    if (report.images_read or pruned_images) and plan.unchanged:
        _relink(catalog, plan.unchanged, media_root, linker.index(), root, error,
                run.not_found)

    if prune:
        gone = [p for p in known_articles if _gone(root, p)]
        with write(catalog) as conn:
            report.pruned += delete_missing(conn, ARTICLE, gone)
    with write(catalog) as conn:  # names stored before the camera data last changed
        camera_names.refresh(conn)

    from catalog import audit

    with read(catalog) as conn:
        report.captions = int(conn.execute(select(func.count()).select_from(CAPTION)).scalar_one())
        report.links = int(conn.execute(
            select(func.count()).select_from(CAPTION).where(CAPTION.c.image_id.is_not(None))
        ).scalar_one())
        report.findings = audit.count_findings(conn)
    return report


@dataclass(frozen=True)
class _ArticleTask:
    file: ArticleFile
    size: int
    mtime_ns: int
    known: FileState | None  # the catalogued version
    current: bool  # ... and it was read by the current reader


@dataclass(frozen=True)
class _ImageTask:
    rel: str
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class _ArticleRead:
    """A worker's reading of one article: parsed, the same as catalogued, or an error line."""

    task: _ArticleTask
    parsed: ParsedArticle | None = None
    error: str | None = None


def _plan_articles(files: Sequence[ArticleFile], known: dict[str, FileState],
                   run: _Run) -> tuple[ArticlePlan, list[_ArticleTask]]:
    """Articles whose size and mtime match the catalog (read by the current reader) are
    unchanged; the others are to be read."""
    plan, tasks = ArticlePlan(), []
    for file in files:
        state = known.get(file.rel)
        # Read by an older reader: read again whatever its size, mtime and content.
        current = state is not None and state.reader == article_reader.READER_VERSION
        try:
            size, mtime_ns = file_signature(file.path)
        except OSError as exc:
            run.error(f"{file.rel}: skipped: {exc.strerror or exc}")
            continue
        if state is not None and current and (state.size, state.mtime_ns) == (size, mtime_ns):
            run.report.articles_unchanged += 1
            plan.unchanged.append(file)
        else:
            tasks.append(_ArticleTask(file, size, mtime_ns, state, current))
    return plan, tasks


def _read_article_file(task: _ArticleTask) -> _ArticleRead:
    """Runs in a worker: the article's bytes, its hash, and unless the content is as
    catalogued, the article parsed."""
    file = task.file
    try:
        data = read_confined(file.path, [file.within or file.path.parent], limit=ARTICLE_LIMIT,
                             shown=file.rel)
    except RefusedPath as exc:
        return _ArticleRead(task, error=f"{exc}; skipped")
    digest = hashlib.sha256(data).hexdigest()
    if task.known is not None and task.current and task.known.content_hash == digest:
        return _ArticleRead(task)
    try:
        article = article_reader.parse_article(data, file.fmt, file.rel)  # type: ignore[arg-type]
    except ArticleError as exc:
        return _ArticleRead(task, error=str(exc))
    return _ArticleRead(task, ParsedArticle(file, article, digest, task.size, task.mtime_ns))


_Task = _ArticleTask | _ImageTask
# An image as read: (IMAGE_FIELDS values, descriptions); an article as read.
_ImageRead = tuple[tuple[Any, ...], tuple[str, ...]]
_Read = _ImageRead | _ArticleRead
ARTICLE_TIMEOUT = 120.0  # seconds: a 50 MB article takes about ten


def _read_task(task: _Task) -> _Read:
    """Runs in a worker. An image's result is plain tuples; its camera is named by the
    parent."""
    if isinstance(task, _ImageTask):
        meta = metadata.read_image(task.path, str(task.path), name_camera=False)
        return image_values(meta, task.rel, task.size, task.mtime_ns), meta.descriptions
    return _read_article_file(task)


def _task_failed(task: _Task, reason: str) -> _Read:
    if isinstance(task, _ImageTask):
        meta = ImageMeta(path=str(task.path), error=reason)
        return image_values(meta, task.rel, task.size, task.mtime_ns), ()
    return _ArticleRead(task, error=f"{task.file.rel}: {reason}")


def _task_timeout(task: _Task) -> float:
    return metadata.DEFAULT_TIMEOUT if isinstance(task, _ImageTask) else ARTICLE_TIMEOUT


_PATH, _MAKE, _MODEL, _ERROR = (IMAGE_FIELDS.index(name)
                                for name in ("path", "make", "model", "error"))


def _read_files(
    run: _Run, article_tasks: Sequence[_ArticleTask], image_tasks: Sequence[_ImageTask],
    plan: ArticlePlan, descriptions: dict[str, tuple[str, ...]],
    parsed: Callable[[ParsedArticle], None], images_stored: Callable[[], None],
) -> None:
    """Read articles and images in worker processes; store image records in batches as they
    come, call `images_stored` once all are, and hand on each article that was parsed."""
    from catalog.workers import run_in_workers

    batch: list[dict[str, Any]] = []
    names = CameraNames()
    images_done = articles_done = 0

    def flush() -> None:
        bodies = names.records()

        def store_batch(conn: Connection) -> None:
            upsert_images(conn, batch)
            upsert_cameras(conn, bodies)

        write_retrying(run.catalog, store_batch)
        batch.clear()

    # Images first: the parent stores them while the workers go on to the articles.
    tasks: list[_Task] = [*image_tasks, *article_tasks]
    if not image_tasks:
        images_stored()
    for result in run_in_workers(tasks, _read_task, _task_failed, timeout=_task_timeout,
                                 workers=run.workers):
        if isinstance(result, _ArticleRead):
            articles_done += 1
            run.tick("reading articles", articles_done, len(article_tasks))
            item = _plan_article(result, plan, run)
            if item is not None:
                parsed(item)
            continue
        values, found = result
        rel = values[_PATH]
        if values[_ERROR]:
            run.error(f"{rel}: {values[_ERROR]}")
        record = dict(zip(IMAGE_FIELDS, values, strict=True))
        record["camera"], record["camera_key"] = names(values[_MAKE], values[_MODEL])
        batch.append(record)
        descriptions[rel] = found
        run.report.images_read += 1
        images_done += 1
        run.tick("reading images", images_done, len(image_tasks))
        if len(batch) >= IMAGE_BATCH or images_done == len(image_tasks):
            flush()
            if images_done == len(image_tasks):
                images_stored()


def _plan_article(result: _ArticleRead, plan: ArticlePlan, run: _Run) -> ParsedArticle | None:
    """Count one article read by a worker; the article if it is to be written."""
    task = result.task
    report = run.report
    if result.error is not None:
        run.error(result.error)
    elif result.parsed is None:  # same content under a new size or mtime
        assert task.known is not None
        report.articles_unchanged += 1
        plan.unchanged.append(task.file)
        plan.touched.append((task.known.id, task.size, task.mtime_ns))
    else:
        for warning in result.parsed.article.warnings:
            run.say(f"{task.file.rel}: {warning}")
        if _holds_nul(result.parsed.article):
            run.say(f"{task.file.rel}: NUL characters removed (no catalog engine keeps them)")
        if task.known is None:
            report.articles_new += 1
        else:
            report.articles_changed += 1
        return result.parsed
    return None


def _gone(root: Path, stored: str) -> bool:
    """For --prune: a stored file that no longer exists, or that now leads (a symlink swapped
    in) outside the folder ingest runs in, which no command will open."""
    path = root / fs_name(stored)
    if not path.exists():
        return True
    return not inside(os.path.realpath(path), [os.path.realpath(root)])


def _holds_nul(article: Article) -> bool:
    texts = [article.headline, article.deck,
             *(value for caption in article.captions for value in vars(caption).values())]
    return any(isinstance(text, str) and "\x00" in text for text in texts)


def _explicit_targets(item: ParsedArticle, media_root: Path, root: Path) -> dict[str, Path]:
    """The image files an article's captions name explicitly, by catalog path."""
    found: dict[str, Path] = {}
    for caption in item.article.captions:
        if not caption.image_ref:
            continue
        try:
            target = media.resolve_reference(caption.image_ref, item.file.path.parent,
                                             media_root)
        except CatalogError:
            continue
        if media.is_image_name(target) and target.is_file():
            found[media.relative(target, root)] = target
    return found


def _images_to_read(image_files: dict[str, Path], known: dict[str, FileState]
                    ) -> list[_ImageTask]:
    """Images new to the catalog, changed in size or mtime, or read by an older reader."""
    todo = []
    for rel, path in image_files.items():
        try:
            size, mtime_ns = file_signature(path)
        except OSError:
            size, mtime_ns = -1, -1
        state = known.get(rel)
        if (state is None or (state.size, state.mtime_ns) != (size, mtime_ns)
                or state.reader != metadata.READER_VERSION):
            todo.append(_ImageTask(rel, path, size, mtime_ns))
    return todo


def _all_descriptions(conn: Connection, image_files: dict[str, Path],
                      fresh: dict[str, tuple[str, ...]]) -> dict[Path, tuple[str, ...]]:
    found: dict[Path, tuple[str, ...]] = {}
    stored = dict(image_descriptions(conn))
    for rel, path in image_files.items():
        if rel in fresh:
            found[path] = fresh[rel]
        else:
            raw = stored.get(rel)
            found[path] = tuple(json.loads(raw)) if raw else ()
    return found


def _links_for(article: Article, article_file: Path, media_root: Path, index: Any, root: Path,
               error: Notify, not_found: Notify) -> dict[int, CaptionLink]:
    result = media.link_captions(article, article_file, media_root, index, root)
    for note in result.notes:
        error(note)
    for note in result.missing:
        not_found(note)
    return {link.caption_no: link for link in result.links}


ARTICLE_BATCH = 50  # articles per transaction: each article whole, or not at all


class _Linker:
    """The link rules over the media folder, with its index built once, when first needed
    (after every image is stored)."""

    def __init__(self, catalog: Catalog, media_root: Path, root: Path,
                 image_files: dict[str, Path], fresh: dict[str, tuple[str, ...]],
                 run: _Run) -> None:
        self.catalog, self.media_root, self.root = catalog, media_root, root
        self.image_files, self.fresh, self.run = image_files, fresh, run
        self._index: Any = None

    def index(self) -> Any:
        if self._index is None:
            with read(self.catalog) as conn:
                descriptions = _all_descriptions(conn, self.image_files, self.fresh)
            self._index = media.index_images(descriptions, self.media_root)
        return self._index

    def links(self, item: ParsedArticle) -> dict[int, CaptionLink]:
        return _links_for(item.article, item.file.path, self.media_root, self.index(),
                          self.root, self.run.error, self.run.not_found)


class _ArticleWriter:
    """Writes parsed articles in batches, each batch one transaction, once images are stored."""

    def __init__(self, run: _Run, linker: _Linker, total: int) -> None:
        self.run, self.linker = run, linker
        self.total, self.written = total, 0
        self.waiting: list[ParsedArticle] = []
        self.started = False
        self.cameras_written: set[str] = set()

    def add(self, item: ParsedArticle) -> None:
        self.waiting.append(item)
        if self.started and len(self.waiting) >= ARTICLE_BATCH:
            self._write(ARTICLE_BATCH)

    def start(self) -> None:
        """Every image is stored: write the whole batches waiting."""
        self.started = True
        while len(self.waiting) >= ARTICLE_BATCH:
            self._write(ARTICLE_BATCH)

    def finish(self) -> None:
        """Write what is left, a last short batch included."""
        self.start()
        if self.waiting:
            self._write(len(self.waiting))

    def _write(self, count: int) -> None:
        """Write the first `count` articles waiting, in one transaction."""
        items = self.waiting[:count]
        del self.waiting[:count]
        links = {item.file.rel: self.linker.links(item) for item in items}
        bodies = [b for b in camera_records(
            (c.caption_camera, None, None) for item in items for c in item.article.captions
            if c.caption_camera) if b["name"] not in self.cameras_written]

        def store_articles(conn: Connection) -> None:
            # Looked up inside the transaction: another writer may have changed them.
            ids = image_ids(conn, [link.image for found in links.values()
                                   for link in found.values()])
            manual = manual_links(conn, [item.file.rel for item in items])
            manual_ids = image_ids(conn, manual.values())
            replace_articles(conn, [_article_rows(item, links[item.file.rel], ids, manual,
                                                  manual_ids) for item in items])
            upsert_cameras(conn, bodies)

        write_retrying(self.run.catalog, store_articles)
        self.cameras_written.update(b["name"] for b in bodies)
        self.written += len(items)
        self.run.tick("writing articles", self.written, self.total)


def _article_rows(item: ParsedArticle, links: dict[int, CaptionLink], ids: dict[str, int],
                  manual: dict[tuple[str, int], str], manual_ids: dict[str, int]
                  ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The `article` row and its `caption` rows, linked."""
    article = item.article
    captions = []
    for caption in article.captions:
        link = links.get(caption.caption_no)
        image_id = ids.get(link.image) if link else None
        manual_path = manual.get((item.file.rel, caption.caption_no))
        forced = (manual_path, manual_ids[manual_path]) \
            if manual_path is not None and manual_path in manual_ids else None
        captions.append(caption_record(caption, link, image_id, forced))
    return {
        "path": item.file.rel, "content_hash": item.content_hash, "size": item.size,
        "mtime_ns": item.mtime_ns, "format": article.format, "headline": article.headline,
        "deck": article.deck, "published": article.published,
        "warnings": "\n".join(article.warnings) or None, "ingested_at": now(),
        "reader": article_reader.READER_VERSION,
    }, captions


def _relink(catalog: Catalog, files: Sequence[ArticleFile], media_root: Path, index: Any,
            root: Path, error: Notify,
            not_found: Notify) -> None:
    """Re-apply the link rules to unchanged articles after the set of images changed."""
    for file in files:
        with read(catalog) as conn:
            rows = conn.execute(
                select(CAPTION.c.id, CAPTION.c.caption_no, CAPTION.c.text, CAPTION.c.image_ref,
                       CAPTION.c.auto_image_id, CAPTION.c.auto_link, CAPTION.c.link)
                .join(ARTICLE, ARTICLE.c.id == CAPTION.c.article_id)
                .where(ARTICLE.c.path == file.rel).order_by(CAPTION.c.caption_no)
            ).all()
        if not rows:
            continue
        article = Article(file.rel, file.fmt, None, None, None,  # type: ignore[arg-type]
                          tuple(Caption(r.caption_no, r.text, image_ref=r.image_ref)
                                for r in rows))
        links = _links_for(article, file.path, media_root, index, root, error, not_found)
        with write(catalog) as conn:
            ids = image_ids(conn, [link.image for link in links.values()])
            for row in rows:
                link = links.get(row.caption_no)
                image_id = ids.get(link.image) if link else None
                rule = link.rule if link and image_id else None
                if (image_id, rule) == (row.auto_image_id, row.auto_link):
                    continue
                values: dict[str, Any] = {"auto_image_id": image_id, "auto_link": rule}
                if row.link != "manual":
                    values.update(image_id=image_id, link=rule)
                conn.execute(CAPTION.update().where(CAPTION.c.id == row.id).values(**values))
