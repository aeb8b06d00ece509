"""The ingest run, as the stages a reader meets in order:

1. discover: the article and image files under the paths given, and which of them the catalog
   already holds as they are (size, mtime and reader version), so need no reading;
2. read: worker processes read the others: an image's fields as a plain tuple, an article
   parsed, with the descriptive text of each caption (the parent never runs the grammar);
3. resolve: camera names and keys, once per EXIF make/model and once per caption spelling;
4. link: one decision per caption: the link rules' automatic link, and the link in force
   (a manual link outlives every re-ingest);
5. write: image rows in batches, articles whole, up to 50 to a transaction, all through the
   store (a killed ingest leaves no half-written article; every write is an upsert, so a
   re-run is exact);
6. report: the counts of what the run did.

Images are read first; the parent stores them while the workers go on to the articles, and
writes each batch of articles once every image is stored (the link rules need them all).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog import articles as article_reader
from catalog import cameras, media, metadata
from catalog.domain import (
    UNCHANGED_KEY,
    Article,
    ArticleFormat,
    Caption,
    CaptionLink,
    FileState,
    ImageMeta,
)
from catalog.errors import ArticleError, CatalogError, RefusedPath
from catalog.files import ARTICLE_LIMIT, IMAGE_LIMIT, read_confined, real_folders
from catalog.image_rows import IMAGE_FIELDS, image_values
from catalog.paths import relative
from catalog.people import people_keys
from catalog.reingest import IngestReport, gone, walk_files

if TYPE_CHECKING:  # the store (SQLAlchemy, SQLModel) is imported once the workers read
    from catalog.store import Catalog
    from catalog.workers import Started

IMAGE_BATCH = 500  # image rows per transaction
ARTICLE_BATCH = 50  # articles per transaction: each article whole, or not at all
ARTICLE_TIMEOUT = 120.0  # seconds: a 50 MB article takes about ten

Progress = Callable[[str, int, int], None]  # (stage, done, total)
Notify = Callable[[str], None]


@dataclass
class _Run:
    """What every stage of one ingest shares: where the files are, the report, and where to
    speak."""

    root: Path  # the folder catalog paths are relative to
    media_root: Path
    report: IngestReport
    say: Notify
    tick: Progress
    workers: int | None
    opened: Catalog | None = None  # None until the catalog is open

    @property
    def catalog(self) -> Catalog:
        assert self.opened is not None, "the catalog is opened before anything is written"
        return self.opened

    def error(self, line: str) -> None:
        """A file skipped or refused: counted in the report and said."""
        self.report.errors.append(line)
        self.say(line)

    def not_found(self, line: str) -> None:
        """An image reference that led to no file: counted apart from errors, and said."""
        self.report.missing += 1
        self.say(line)

    def refused(self, line: str) -> None:
        """An image reference not followed (it leaves the folders, or names no image file):
        no file was skipped, so it is counted apart from errors, and said."""
        self.report.refused += 1
        self.say(line)


def ingest(
    catalog: Catalog | str,
    paths: Sequence[Path],
    media_root: Path,
    *,
    root: Path | None = None,
    prune: bool = False,
    progress: Progress | None = None,
    notify: Notify | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Bring the catalog up to date with the articles under PATHs and every image under MEDIA.

    CATALOG is an open catalog, or a `--db` target that ingest opens (creating or upgrading it)
    and closes. A target naming no file yet, a new SQLite catalog, holds no file states: the
    workers then start reading before the catalog is created (and SQLAlchemy imported), and
    what discovery says waits until it is open, so that a catalog that cannot be made is still
    the one thing said. An ingest `begin` started with the same arguments is taken over.
    """
    say = notify or (lambda _line: None)
    begun = _take_begun(catalog, paths, media_root, root, workers)
    if begun is None:
        begun = _begin(catalog, paths, media_root, root, workers)
    run = begun.run
    run.tick = progress or (lambda _stage, _done, _total: None)
    try:
        with begun:
            if run.opened is None:  # a new catalog: its refusal comes first, and it is created
                run.opened = _open(catalog)
            if begun.failure is not None:
                raise begun.failure
            run.say = say
            for line in begun.held:
                say(line)
            assert begun.found is not None and begun.known is not None
            assert begun.plan is not None and begun.reads is not None
            _read_and_write(run, begun.found, begun.known, begun.plan, begun.reads, prune)
        return report(run)
    finally:
        _close_opened(catalog, run)


@dataclass
class _Begun:
    """An ingest's discovery and plan made and its workers reading: what `ingest` goes on
    from."""

    run: _Run
    held: list[str]  # what discovery said, said once the catalog is open
    found: Found | None = None
    known: Known | None = None
    plan: Plan | None = None
    reads: Started[_Read] | None = None
    failure: CatalogError | None = None  # discovery's refusal, said once the catalog is open

    def __enter__(self) -> _Begun:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.reads is not None:
            self.reads.close()


def _begin(catalog: Catalog | str, paths: Sequence[Path], media_root: Path, root: Path | None,
           workers: int | None) -> _Begun:
    """Discover, plan and start the workers; a catalog other than a new SQLite file is opened
    first (its file states are needed for the plan)."""
    held: list[str] = []
    run = _Run((root or Path.cwd()).resolve(), Path(os.path.abspath(media_root)),
               IngestReport(), held.append, lambda _stage, _done, _total: None, workers)
    new = isinstance(catalog, str) and _new_sqlite_file(catalog)
    if not new:
        run.opened = _open(catalog)
    begun = _Begun(run, held)
    try:
        begun.found = discover(paths, run)
    except CatalogError as exc:
        begun.failure = exc
        return begun
    except BaseException:
        _close_opened(catalog, run)
        raise
    try:
        begun.known = Known({}, {}) if new else _stored_states(run.catalog)
        begun.plan = plan_reads(begun.found, begun.known, run)
        begun.reads = start_reads(run, begun.plan.images, begun.plan.articles)
    except BaseException:
        _close_opened(catalog, run)
        raise
    return begun


def _close_opened(catalog: Catalog | str, run: _Run) -> None:
    """Dispose of the catalog ingest opened itself (from a `--db` target)."""
    if isinstance(catalog, str) and run.opened is not None:
        run.opened.engine.dispose()  # no connection outlives the ingest


_BegunKey = tuple[str, tuple[str, ...], str, str, int | None]
_begun: tuple[_BegunKey, _Begun] | None = None  # `begin`'s, until `ingest` takes or drops it


def _begun_key(target: str, paths: Sequence[Path], media_root: Path, root: Path | None,
               workers: int | None) -> _BegunKey:
    return (target, tuple(map(os.fspath, paths)), os.fspath(media_root),
            os.fspath((root or Path.cwd()).resolve()), workers)


def begin(target: str, paths: Sequence[Path], media_root: Path) -> None:
    """Start the ingest `ingest(target, paths, media_root)` will be asked for, when TARGET is
    a new SQLite catalog: `python -m catalog` does so for a plain ingest before it imports the
    command line's libraries, so that the workers read while they are imported. An `ingest`
    with other arguments drops it (its workers stopped); anything that goes wrong here leaves
    all to `ingest`."""
    global _begun
    if not _new_sqlite_file(target):
        return
    try:
        begun = _begin(target, paths, media_root, None, None)
    except Exception:  # said by `ingest` itself, which does all again
        return
    if _begun is not None:  # begun twice: the first is dropped
        _begun[1].__exit__()
    _begun = (_begun_key(target, paths, media_root, None, None), begun)


def _take_begun(catalog: Catalog | str, paths: Sequence[Path], media_root: Path,
                root: Path | None, workers: int | None) -> _Begun | None:
    """What `begin` started, when it was for these very arguments, to go on from; anything
    else it started is stopped."""
    global _begun
    if _begun is None:
        return None
    (key, begun), _begun = _begun, None
    if (isinstance(catalog, str) and _new_sqlite_file(catalog)
            and key == _begun_key(catalog, paths, media_root, root, workers)):
        return begun
    begun.__exit__()
    return None


def _new_sqlite_file(target: str) -> bool:
    """Whether a `--db` target is an SQLite catalog file that does not exist yet (as
    `store.database_url` reads targets: anything without `://` is a file)."""
    return ("://" not in target and target not in ("", ":memory:")
            and not target.startswith("file:") and not os.path.lexists(target))


def _open(catalog: Catalog | str) -> Catalog:
    if not isinstance(catalog, str):
        return catalog
    from catalog.store import open_catalog

    return open_catalog(catalog, create=True)


def _stored_states(catalog: Catalog) -> Known:
    from catalog import store

    with store.read(catalog) as conn:
        return Known(store.article_states(conn), store.image_states(conn))


def _read_and_write(run: _Run, found: Found, known: Known, plan: Plan,
                    reads: Started[_Read], prune: bool) -> None:
    """Stages 2 to 5 over the workers' results: images stored as they come, articles linked
    and written once every image is in; then what `finish` does."""
    linker = Linker(run, found.images)
    images = ImageWriter(run, linker.descriptions)
    writer = ArticleWriter(run, linker, len(plan.articles))
    if plan.articles or plan.images:
        cameras.warm()  # while the workers read (they name no camera)
    outside: dict[str, str] = {}  # explicit references to images outside the media folder
    waiting: list[ParsedArticle] = []  # the articles that name them
    for result in read_files(run, plan.images, plan.articles, reads):
        if isinstance(result, ArticleRead):
            parsed = take_article(result, plan, run)
            if parsed is None:
                continue
            elsewhere = linker.references(parsed)
            if elsewhere:
                outside.update(elsewhere)
                waiting.append(parsed)
            else:
                writer.add(parsed)
        elif images.add(result) == len(plan.images):
            images.flush()
            writer.start()
    if not plan.images:
        writer.start()
    if outside:  # read those images too, then write the articles that name them
        extra = images_to_read(outside, known.images, run.media_root, walked=False)
        for result in read_files(run, extra, []):
            if not isinstance(result, ArticleRead):
                images.add(result)
        images.flush()
    for parsed in waiting:
        writer.add(parsed)
    writer.finish()
    run.report.images_unchanged = len(found.images) + len(outside) - run.report.images_read

    finish(run, found, known, plan, linker, outside, prune)


# --- 1. discover ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleFile:
    path: str  # absolute
    rel: str  # relative to the ingest root, POSIX
    fmt: ArticleFormat
    within: str = ""  # the folder it was found in (real path): it is read only from inside


@dataclass(frozen=True)
class Found:
    """What discovery found: article files, and image files by catalog path."""

    articles: list[ArticleFile]
    images: dict[str, str]  # catalog path → absolute path


@dataclass(frozen=True)
class Known:
    """What the catalog holds: the stored state of each file, by catalog path."""

    articles: dict[str, FileState]
    images: dict[str, FileState]


def discover(paths: Sequence[Path], run: _Run) -> Found:
    media.forget_folders()
    articles = discover_articles(paths, run.root, run.say)
    scan = media.find_images(run.media_root, run.root)
    for line in scan.refused:
        run.error(line)
    if not run.media_root.is_dir():
        run.say(f"{run.media_root}: no media folder; captions cannot be linked to files")
    return Found(articles, {relative(p, run.root): p for p in scan.paths})


def discover_articles(paths: Sequence[Path], root: Path, notify: Notify) -> list[ArticleFile]:
    """Article files named by PATHs (files, or folders walked without following symlinks)."""
    found: dict[str, ArticleFile] = {}
    for given in paths:
        if not given.exists() and not given.is_symlink():
            raise CatalogError(f"{given}: no such file or folder")
        if given.is_dir():
            candidates: Iterable[str] = walk_files(given, notify)
            within = os.path.realpath(given)
        else:  # a file named on the command line is read where it leads
            candidates = [str(given)]
            within = os.path.dirname(os.path.realpath(given))
        for candidate in candidates:
            fmt = article_reader.FORMATS.get(os.path.splitext(candidate)[1].lower())
            if fmt is None:
                notify(f"{candidate}: skipped: not an article (.txt, .md, .html)")
                continue
            absolute = os.path.abspath(candidate)
            rel = relative(absolute, root)
            found.setdefault(rel, ArticleFile(absolute, rel, fmt, within))
    return sorted(found.values(), key=lambda f: f.rel)


@dataclass(frozen=True)
class _ArticleTask:
    file: ArticleFile
    size: int
    mtime_ns: int
    known: FileState | None  # the catalogued version
    current: bool  # ... and it was read by the current reader
    roots: tuple[str, ...]  # the folder it may be read from (real path)


@dataclass(frozen=True)
class _ImageTask:
    rel: str
    path: str | Path
    size: int | None  # None (an image new to the catalog): stat-ed by the worker that reads it
    mtime_ns: int | None
    roots: tuple[str, ...] = ()  # the folders it may be read from (real paths)


@dataclass
class Plan:
    """The files to read, and the articles that are as the catalog has them."""

    articles: list[_ArticleTask] = field(default_factory=list)
    images: list[_ImageTask] = field(default_factory=list)
    unchanged: list[ArticleFile] = field(default_factory=list)
    # same content under a new mtime: (article id, size, mtime_ns) to record, nothing to parse
    touched: list[tuple[int, int, int]] = field(default_factory=list)


def plan_reads(found: Found, known: Known, run: _Run) -> Plan:
    """Articles whose size and mtime match the catalog (read by the current reader) are
    unchanged; images likewise; the others are to be read."""
    plan = Plan(images=images_to_read(found.images, known.images, run.media_root))
    folders: dict[str, tuple[str, ...]] = {}  # each resolved once, not once per article
    for file in found.articles:
        state = known.articles.get(file.rel)
        # Read by an older reader: read again whatever its size, mtime and content.
        current = state is not None and state.reader == article_reader.READER_VERSION
        try:
            st = os.stat(file.path)
        except OSError as exc:
            run.error(f"{file.rel}: skipped: {exc.strerror or exc}")
            continue
        if current and state is not None and (state.size, state.mtime_ns) == (
                st.st_size, st.st_mtime_ns):
            run.report.articles_unchanged += 1
            plan.unchanged.append(file)
        else:
            folder = file.within or os.path.dirname(file.path)
            if folder not in folders:
                folders[folder] = real_folders([folder])
            plan.articles.append(_ArticleTask(file, st.st_size, st.st_mtime_ns, state, current,
                                              folders[folder]))
    return plan


def images_to_read(images: Mapping[str, str], known: Mapping[str, FileState], media_root: Path,
                   *, walked: bool = True) -> list[_ImageTask]:
    """Images new to the catalog, changed in size or mtime, or read by an older reader; each
    is read only from inside the media folder or the folder it was found in. A folder of the
    media walk (which follows no symlinked folder) lies inside the media folder: `walked`
    images are read from the media folder alone, resolved once for them all. An image the
    catalog does not hold is read whatever its state: it is stat-ed by the worker that reads
    it (in parallel, instead of before any read can start)."""
    todo = []
    reader = metadata.READER_VERSION
    in_media = real_folders([media_root])
    for rel, path in images.items():
        state = known.get(rel)
        size = mtime_ns = None
        if state is not None:
            size, mtime_ns = _file_state(path)
            if (state.size, state.mtime_ns, state.reader) == (size, mtime_ns, reader):
                continue
        todo.append(_ImageTask(rel, path, size, mtime_ns, in_media if walked else
                               real_folders([media_root, os.path.dirname(path)])))
    return todo


def _file_state(path: str | Path) -> tuple[int, int]:
    """(size, mtime_ns) of a file; (-1, -1) when it cannot be stat-ed."""
    try:
        st = os.stat(path)
    except OSError:
        return -1, -1
    return st.st_size, st.st_mtime_ns


def _image_state(task: _ImageTask) -> tuple[int, int]:
    """The (size, mtime_ns) an image's row records: the plan's, or stat-ed now (before the
    read, so that a later change shows)."""
    if task.size is None or task.mtime_ns is None:
        return _file_state(task.path)
    return task.size, task.mtime_ns


# --- 2. read (in worker processes) ---------------------------------------------------------


@dataclass(frozen=True)
class ParsedArticle:
    file: ArticleFile
    article: Article
    content_hash: str
    size: int
    mtime_ns: int
    descriptive: dict[int, str]  # caption number → the text the `embedded` rule compares


@dataclass(frozen=True)
class ArticleRead:
    """A worker's reading of one article: parsed, the same as catalogued, or an error line."""

    task: _ArticleTask
    parsed: ParsedArticle | None = None
    error: str | None = None


# An image as read: (IMAGE_FIELDS values, descriptions).
ImageRead = tuple[tuple[Any, ...], tuple[str, ...]]
_Task = _ArticleTask | _ImageTask
_Read = ImageRead | ArticleRead


def start_reads(run: _Run, images: Sequence[_ImageTask], articles: Sequence[_ArticleTask]
                ) -> Started[_Read]:
    """Worker processes forked now and reading the files, images first."""
    from catalog.workers import start_workers

    tasks: list[_Task] = [*images, *articles]
    return start_workers(tasks, _read_task, _task_failed, timeout=_task_timeout,
                         workers=run.workers)


def read_files(run: _Run, images: Sequence[_ImageTask], articles: Sequence[_ArticleTask],
               started: Started[_Read] | None = None) -> Iterator[_Read]:
    """Every file read in worker processes (STARTED, or started now), as the workers answer;
    progress said as they come."""
    images_done = articles_done = 0
    with started or start_reads(run, images, articles) as reads:
        for result in reads:
            if isinstance(result, ArticleRead):
                articles_done += 1
                run.tick("reading articles", articles_done, len(articles))
            else:
                images_done += 1
                run.tick("reading images", images_done, len(images))
            yield result


def _read_task(task: _Task) -> _Read:
    """Runs in a worker. An image's result is plain tuples; its camera is named by the
    parent."""
    if isinstance(task, _ImageTask):
        if task.size is None or task.mtime_ns is None:  # new to the catalog: stat-ed as read
            reading, state = metadata.read_stated(task.path, str(task.path), task.roots)
        else:  # the plan's
            reading = metadata.read_image(task.path, str(task.path), name_camera=False,
                                          roots=task.roots)
            state = task.size, task.mtime_ns
        return image_values(reading, task.rel, *state), reading.descriptions
    return _read_article_file(task)


def _read_article_file(task: _ArticleTask) -> ArticleRead:
    """Runs in a worker: the article's bytes, its hash, and unless the content is as
    catalogued, the article parsed."""
    from catalog.captions import descriptive_text

    file = task.file
    try:
        data = read_confined(file.path, task.roots, limit=ARTICLE_LIMIT, shown=file.rel)
    except RefusedPath as exc:
        return ArticleRead(task, error=f"{exc}; skipped")
    digest = hashlib.sha256(data).hexdigest()
    if task.known is not None and task.current and task.known.content_hash == digest:
        return ArticleRead(task)
    try:
        article = article_reader.parse_article(data, file.fmt, file.rel, name_cameras=False)
    except ArticleError as exc:
        return ArticleRead(task, error=str(exc))
    descriptive = {c.caption_no: descriptive_text(c.text) for c in article.captions}
    return ArticleRead(task, ParsedArticle(file, article, digest, task.size, task.mtime_ns,
                                           descriptive))


def _task_failed(task: _Task, reason: str) -> _Read:
    if isinstance(task, _ImageTask):
        meta = ImageMeta(path=str(task.path), error=reason)
        return image_values(meta, task.rel, *_image_state(task)), ()
    return ArticleRead(task, error=f"{task.file.rel}: {reason}")


def _task_timeout(task: _Task) -> float:
    return metadata.DEFAULT_TIMEOUT if isinstance(task, _ImageTask) else ARTICLE_TIMEOUT


def take_article(result: ArticleRead, plan: Plan, run: _Run) -> ParsedArticle | None:
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


def _holds_nul(article: Article) -> bool:
    texts = [article.headline, article.deck,
             *(value for caption in article.captions for value in vars(caption).values())]
    return any(isinstance(text, str) and "\x00" in text for text in texts)


# --- 3. resolve ----------------------------------------------------------------------------


class CameraNames:
    """Each EXIF make/model and each caption's camera spelling resolved once per ingest (one
    `cameras.resolve_*` call gives name, comparison key and maker); the `camera` rows of
    those not yet written."""

    def __init__(self) -> None:
        self.names: dict[tuple[str | None, str | None], tuple[str | None, str | None]] = {}
        self.written: dict[str, cameras.Resolved] = {}
        self.new: list[cameras.Resolved] = []

    def __call__(self, make: str | None, model: str | None) -> tuple[str | None, str | None]:
        """(name, key) of an EXIF make and model."""
        found = self.names.get((make, model))
        if found is None:
            resolved = cameras.resolve_exif(make, model)
            found = self.names[(make, model)] = resolved.name, resolved.key
            self.new.append(resolved)
        return found

    def caption(self, written: str | None) -> cameras.Resolved:
        """The camera a caption writes, resolved (workers leave captions' cameras unnamed)."""
        if written is None:
            return cameras.NOTHING
        found = self.written.get(written)
        if found is None:
            found = self.written[written] = cameras.resolve_caption(written)
            self.new.append(found)
        return found

    def records(self) -> list[dict[str, Any]]:
        """`camera` rows for the cameras seen since the last call."""
        rows = cameras.camera_rows(self.new)
        self.new = []
        return rows


_PATH, _MAKE, _MODEL, _ERROR = (IMAGE_FIELDS.index(name)
                                for name in ("path", "make", "model", "error"))


def image_row(values: tuple[Any, ...], names: CameraNames) -> tuple[Any, ...]:
    """The `image` row of one image as read, its camera named: the values of IMAGE_ROW."""
    return (*values, *names(values[_MAKE], values[_MODEL]))


IMAGE_ROW = (*IMAGE_FIELDS, "camera", "camera_key")


# --- 4. link -------------------------------------------------------------------------------


class Linker:
    """The link rules over the media folder, with its index built once, when first needed
    (after every image is stored)."""

    def __init__(self, run: _Run, images: dict[str, str]) -> None:
        self.run, self.images = run, images
        self.descriptions: dict[str, tuple[str, ...]] = {}  # of the images read in this run
        self.resolved: dict[str, dict[int, media.Reference]] = {}  # by article path
        self._index: media.ImageIndex | None = None

    def references(self, item: ParsedArticle) -> dict[str, str]:
        """Resolve an article's explicit references (once); the images they lead to outside
        the media folder, by catalog path."""
        found = media.resolve_references(item.article, item.file.path, self.run.media_root)
        self.resolved[item.file.rel] = found
        targets = {relative(r.target, self.run.root): r.target
                   for r in found.values() if r.target is not None}
        return {rel: path for rel, path in targets.items() if rel not in self.images}

    def index(self) -> media.ImageIndex:
        if self._index is None:
            from catalog.store import image_descriptions, read

            stored: dict[str, str | None] = {}
            if any(rel not in self.descriptions for rel in self.images):
                with read(self.run.catalog) as conn:
                    stored = dict(image_descriptions(conn))
            self._index = media.index_images(
                {path: self.descriptions[rel] if rel in self.descriptions
                 else _json_list(stored.get(rel)) for rel, path in self.images.items()},
                self.run.media_root)
        return self._index

    def links(self, article: Article, path: str, *,
              references: Mapping[int, media.Reference] | None = None,
              descriptive: Mapping[int, str] | None = None) -> dict[int, CaptionLink]:
        result = media.link_captions(article, path, self.run.media_root, self.index(),
                                     self.run.root, references=references,
                                     descriptive=descriptive)
        for note in result.notes:
            self.run.refused(note)
        for note in result.missing:
            self.run.not_found(note)
        return {link.caption_no: link for link in result.links}

    def links_of(self, item: ParsedArticle) -> dict[int, CaptionLink]:
        return self.links(item.article, item.file.path,
                          references=self.resolved.pop(item.file.rel, None),
                          descriptive=item.descriptive)


def _json_list(raw: str | None) -> tuple[str, ...]:
    import json

    return tuple(json.loads(raw)) if raw else ()


def caption_row(caption: Caption, camera: cameras.Resolved, links: Mapping[str, Any]
                ) -> dict[str, Any]:
    """The `caption` row: the caption as read, its camera resolved and its link columns."""
    return {
        "caption_no": caption.caption_no, "text": caption.text,
        "photographer": caption.photographer,
        "photographer_key": people_keys(caption.photographer),
        "outlet": caption.outlet, "caption_camera": caption.caption_camera,
        "camera": camera.name, "camera_key": camera.key,
        "image_ref": caption.image_ref, "via": caption.via,
        "caption_source": caption.caption_source, **links,
    }


# --- 5. write ------------------------------------------------------------------------------


class ImageWriter:
    """Image rows, named, written IMAGE_BATCH to a transaction as they come."""

    def __init__(self, run: _Run, descriptions: dict[str, tuple[str, ...]]) -> None:
        self.run, self.descriptions = run, descriptions
        self.names = CameraNames()
        self.batch: list[tuple[Any, ...]] = []  # rows of IMAGE_ROW values
        self.read = 0

    def add(self, result: ImageRead) -> int:
        """Take one image as read (its descriptions go to the linker); how many are in."""
        values, descriptions = result
        rel = values[_PATH]
        if values[_ERROR]:
            self.run.error(f"{rel}: {values[_ERROR]}")
        self.batch.append(image_row(values, self.names))
        self.run.report.images_read += 1
        self.read += 1
        self.descriptions[rel] = descriptions
        if len(self.batch) >= IMAGE_BATCH:
            self.flush()
        return self.read

    def flush(self) -> None:
        from catalog.store import upsert_cameras, upsert_image_values, write_retrying

        rows, bodies = self.batch, self.names.records()
        self.batch = []

        def store_batch(conn: Any) -> None:
            upsert_image_values(conn, IMAGE_ROW, rows)
            upsert_cameras(conn, bodies)

        if rows or bodies:
            write_retrying(self.run.catalog, store_batch)


class ArticleWriter:
    """Writes parsed articles in batches, each batch one transaction, once images are
    stored."""

    def __init__(self, run: _Run, linker: Linker, total: int) -> None:
        self.run, self.linker = run, linker
        self.total, self.written = total, 0
        self.waiting: list[ParsedArticle] = []
        self.started = False
        self.names = CameraNames()

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
        """Link and write the first `count` articles waiting, in one transaction."""
        from catalog import store

        items = self.waiting[:count]
        del self.waiting[:count]
        links = {item.file.rel: self.linker.links_of(item) for item in items}
        resolved = {c.caption_camera: self.names.caption(c.caption_camera)
                    for item in items for c in item.article.captions if c.caption_camera}
        bodies = self.names.records()

        def store_articles(conn: Any) -> None:
            # Looked up inside the transaction: another writer may have changed them.
            ids = store.image_ids(conn, [link.image for found in links.values()
                                         for link in found.values()])
            manual = store.manual_links(conn, [item.file.rel for item in items])
            manual_ids = store.image_ids(conn, manual.values())
            store.replace_articles(conn, [
                _article_rows(item, links[item.file.rel], resolved, ids,
                              {no: manual_ids.get(path) for (rel, no), path in manual.items()
                               if rel == item.file.rel})
                for item in items])
            store.upsert_cameras(conn, bodies)

        store.write_retrying(self.run.catalog, store_articles)
        self.written += len(items)
        self.run.tick("writing articles", self.written, self.total)


def _article_rows(item: ParsedArticle, links: Mapping[int, CaptionLink],
                  resolved: Mapping[str, cameras.Resolved], ids: Mapping[str, int],
                  manual: Mapping[int, int | None]
                  ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The `article` row and its `caption` rows, linked."""
    from catalog.store import now

    article = item.article
    captions = []
    for caption in article.captions:
        link = links.get(caption.caption_no)
        image_id = ids.get(link.image) if link else None
        manual_id = manual.get(caption.caption_no)
        columns = media.link_in_force(image_id, link.rule if link else None,
                                      manual=manual_id is not None, manual_image_id=manual_id)
        camera = resolved.get(caption.caption_camera or "", cameras.NOTHING)
        captions.append(caption_row(caption, camera, columns))
    return {
        "path": item.file.rel, "content_hash": item.content_hash, "size": item.size,
        "mtime_ns": item.mtime_ns, "format": article.format, "headline": article.headline,
        "deck": article.deck, "published": article.published,
        "warnings": "\n".join(article.warnings) or None, "ingested_at": now(),
        "reader": article_reader.READER_VERSION,
    }, captions


def finish(run: _Run, found: Found, known: Known, plan: Plan, linker: Linker,
           outside: Mapping[str, str], prune: bool) -> None:
    """After the reads: prune what is gone, record touched articles, link unchanged articles
    again when the images changed, and rename stored cameras when the resolver changed."""
    from catalog import camera_names, store

    pruned_images = []
    if prune:  # an image under the media folder not found by its walk: refused there, or gone
        in_media = relative(run.media_root, run.root) + "/"
        pruned_images = [p for p in known.images if p not in found.images and p not in outside
                         and gone(run.root, p, run.media_root if p.startswith(in_media) else None,
                                  limit=IMAGE_LIMIT)]
    with store.write(run.catalog) as conn:
        if pruned_images:
            run.report.pruned += store.delete_missing(conn, store.IMAGE, pruned_images)
        for article_id, size, mtime_ns in plan.touched:
            store.touch_article(conn, article_id, size, mtime_ns)
    if (run.report.images_read or pruned_images) and plan.unchanged:
        relink(run, plan.unchanged, linker)
    if prune:  # an article found is judged in the folder it was read from
        within = {file.rel: file.within for file in found.articles}
        pruned_articles = [p for p in known.articles if gone(run.root, p, within.get(p))]
        with store.write(run.catalog) as conn:
            run.report.pruned += store.delete_missing(conn, store.ARTICLE, pruned_articles)
    with store.write(run.catalog) as conn:  # names stored before the camera data last changed
        camera_names.refresh(conn)


def relink(run: _Run, files: Sequence[ArticleFile], linker: Linker) -> None:
    """Apply the link rules again to unchanged articles, after the set of images changed.
    Their captions come from the catalog (not read again), so the `embedded` rule works out
    their descriptive text here."""
    from catalog import store

    by_path = {file.rel: file for file in files}
    with store.read(run.catalog) as conn:
        rows = store.article_captions(conn, list(by_path))
    stored: dict[str, list[Any]] = {}
    for row in rows:
        stored.setdefault(row.path, []).append(row)
    decided: list[tuple[Any, CaptionLink | None]] = []
    for rel, captions in stored.items():
        file = by_path[rel]
        article = Article(rel, file.fmt, None, None, None,
                          tuple(Caption(r.caption_no, r.text, image_ref=r.image_ref)
                                for r in captions))
        links = linker.links(article, file.path)
        decided += [(row, links.get(row.caption_no)) for row in captions]
    with store.write(run.catalog) as conn:
        ids = store.image_ids(conn, [link.image for _row, link in decided if link])
        changed = []
        for row, link in decided:
            image_id = ids.get(link.image) if link else None
            columns = media.link_in_force(image_id, link.rule if link else None,
                                          manual=row.link == "manual", manual_image_id=row.image_id)
            if (columns["auto_image_id"], columns["auto_link"]) != (row.auto_image_id,
                                                                    row.auto_link):
                changed.append({"caption_id": row.id, **columns})
        store.set_caption_links(conn, changed)


# --- 6. report -----------------------------------------------------------------------------


def report(run: _Run) -> IngestReport:
    """The report, with the catalog's totals of captions, links and findings. On SQLite they
    are recorded with what the re-ingest check needs (`reingest.unchanged_summary`), in the
    transaction that counts them: a later write deletes the record."""
    from catalog import audit, store
    from catalog.models import SCHEMA_VERSION
    from catalog.reingest import recorded_state

    record = run.catalog.dialect == "sqlite"
    with (store.write if record else store.read)(run.catalog) as conn:
        run.report.captions, run.report.links = store.caption_counts(conn)
        run.report.findings = audit.count_findings(conn)
        if record:
            store.set_info(conn, UNCHANGED_KEY, recorded_state(
                schema=SCHEMA_VERSION, article_reader=article_reader.READER_VERSION,
                image_reader=metadata.READER_VERSION, article_formats=list(article_reader.FORMATS),
                image_extensions=list(media.IMAGE_EXTENSIONS), outside=cameras.data_files(),
                captions=run.report.captions, links=run.report.links,
                findings=run.report.findings))
    return run.report
