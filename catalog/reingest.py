"""Ingest's answer for an archive the catalog already holds as it is, before anything heavy is
imported.

A re-run of `catalog ingest` over unchanged files reads nothing and writes nothing; what it
costs is start-up (SQLAlchemy, SQLModel, the caption grammar, typer), the walk, and the counts of
its summary line. So for an SQLite catalog the command first checks, with the standard library
only (`sqlite3`, `os.scandir`), whether every article and image found is catalogued with its
size, mtime and the current reader's version; when so, it prints the summary the full run would
print and stops.

What the check cannot work out cheaply the last full ingest recorded under catalog_info key
`unchanged` (`recorded_state`): the catalog's totals of captions, links and findings, the
reader versions, the file extensions read, and the state of the code that ran (every file of
this package, lensfunpy's version file, the interpreter). Every write transaction deletes that
record (`store.write`), so the totals in it are those of the catalog as it is; and any change
of code or camera data makes the check give way to the full run, which records it again.

The check gives way (returns None) at anything it would have to say or do: a file new, changed
or read by an older reader, a file it cannot stat, a symlink or special file in the media
folder, a name that is not an article, a missing folder, a catalog that is not a plain,
writable SQLite file at the recorded schema; with `--prune`, a stored image not found
or a stored article gone. The full run then does all as before.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from catalog.domain import UNCHANGED_KEY
from catalog.errors import RefusedPath
from catalog.files import ARTICLE_LIMIT, check_confined
from catalog.paths import fs_name, relative
from catalog.render import counted

STOPPED = ("catalog: ingest stopped by {signal}; every article and image written before it is "
           "in the catalog; run `catalog ingest` again to finish")
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


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
    refused: int = 0  # references not followed (outside the folders, no image name): said too

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
        if self.refused:
            parts.append(counted(self.refused, "reference") + " refused")
        parts.append(counted(len(self.errors), "file") + " skipped with errors")
        return "ingested " + ", ".join(parts)


def walk_files(folder: str | os.PathLike[str], notify: Callable[[str], None]) -> Iterator[str]:
    """Every file under FOLDER in name order, hidden names and symlinked folders left out."""
    def on_error(exc: OSError) -> None:
        notify(f"{exc.filename}: skipped: {exc.strerror or exc}")

    for dirpath, dirnames, filenames in os.walk(folder, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


def gone(root: str | os.PathLike[str], stored: str, within: str | os.PathLike[str] | None = None,
         *, limit: int = ARTICLE_LIMIT) -> bool:
    """For --prune: a stored file that no command will open, as the confinement check decides
    (`files.check_confined`): no longer there, no longer a regular file (a FIFO or device
    swapped in), over the size cap, or leading (a symlink swapped in) outside `within` (the
    folder ingest runs in when not given)."""
    try:
        check_confined(os.path.join(root, fs_name(stored)), [os.fspath(within or root)],
                       limit=limit)
    except RefusedPath:
        return True
    return False


# --- the record a full ingest leaves -------------------------------------------------------


def code_state(outside: Sequence[str]) -> list[list[object]]:
    """(path, size, mtime) of every file of this package and of OUTSIDE, and the interpreter:
    equal only while the code that read the catalog's files is the code that runs."""
    state: list[list[object]] = [[sys.prefix, sys.version]]
    for folder, dirnames, filenames in os.walk(_PACKAGE):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            path = os.path.join(folder, name)
            st = os.stat(path)
            state.append([path, st.st_size, st.st_mtime_ns])
    for path in outside:
        try:
            st = os.stat(path)
            state.append([path, st.st_size, st.st_mtime_ns])
        except OSError:
            state.append([path, None, None])
    return state


def recorded_state(*, schema: int, article_reader: int, image_reader: int,
                   article_formats: Sequence[str], image_extensions: Sequence[str],
                   outside: Sequence[str], captions: int, links: int, findings: int) -> str:
    """The `unchanged` record of a full ingest: what the check needs and cannot work out."""
    return json.dumps({
        "schema": schema, "article_reader": article_reader, "image_reader": image_reader,
        "article_formats": sorted(article_formats), "image_extensions": sorted(image_extensions),
        "outside": list(outside), "code": code_state(outside),
        "captions": captions, "links": links, "findings": findings,
    })


# --- the check -----------------------------------------------------------------------------


class _GiveWay(Exception):
    """The full ingest must run."""


def unchanged_summary(db: str, paths: Sequence[str], media: str, *, prune: bool = False
                      ) -> str | None:
    """The summary line `catalog --db DB ingest PATHS --media MEDIA [--prune]` would print when
    it has nothing to read, write, prune or say; None when the full ingest must run."""
    if "://" in db or not os.path.isfile(db) or not _writable(db):
        return None
    try:
        conn = sqlite3.connect(db, timeout=60, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.execute("BEGIN")  # one snapshot: the record and the states it vouches for
        return _check(conn, paths, media, prune)
    except (_GiveWay, sqlite3.Error, OSError, ValueError, KeyError, TypeError):
        return None
    finally:
        conn.close()


def _writable(db: str) -> bool:
    """As `store.open_catalog` requires for an ingest: the file and its folder writable."""
    return os.access(db, os.W_OK) and os.access(os.path.dirname(db) or ".", os.W_OK)


def _check(conn: sqlite3.Connection, paths: Sequence[str], media: str, prune: bool) -> str:
    info = dict(conn.execute("SELECT key, value FROM catalog_info WHERE key IN "
                             "('schema_version', ?)", (UNCHANGED_KEY,)))
    record = json.loads(info[UNCHANGED_KEY])
    if (int(info["schema_version"]) != record["schema"]
            or code_state(record["outside"]) != record["code"]):
        raise _GiveWay
    root = os.getcwd()
    articles = _articles(paths, root, frozenset(record["article_formats"]))
    images = _images(os.path.abspath(media), root, frozenset(record["image_extensions"]))
    stored_articles = _compare(conn, "article", articles, record["article_reader"])
    stored_images = _compare(conn, "image", images, record["image_reader"])
    # What --prune would drop (as `ingest.finish` decides): an image not found, an article gone
    # (a symlinked article is judged against the folder it was found in: the full run decides).
    if prune and (not stored_images <= images.keys()
                  or any(gone(root, path) for path in stored_articles)
                  or any(os.path.islink(path) for path in articles.values())):
        raise _GiveWay
    return IngestReport(articles_unchanged=len(articles), images_unchanged=len(images),
                        captions=record["captions"], links=record["links"],
                        findings=record["findings"]).summary()


def _give_way(_line: str) -> None:
    raise _GiveWay


def _articles(paths: Sequence[str], root: str, formats: frozenset[str]) -> dict[str, str]:
    """The article files under PATHS by catalog path, as `ingest.discover_articles` finds them
    when it has nothing to say."""
    found: dict[str, str] = {}
    for given in paths:
        if os.path.isdir(given):
            candidates: Iterator[str] | list[str] = walk_files(given, _give_way)
        elif os.path.isfile(given):
            candidates = [given]
        else:
            raise _GiveWay
        for candidate in candidates:
            if os.path.splitext(candidate)[1].lower() not in formats:
                raise _GiveWay
            absolute = os.path.abspath(candidate)
            found.setdefault(relative(absolute, root), absolute)
    return found


def _images(media: str, root: str, extensions: frozenset[str]) -> dict[str, str]:
    """The image files under MEDIA by catalog path, as `media.find_images` finds them in a
    folder that holds only folders and regular files."""
    found: dict[str, str] = {}
    stack = [media]
    while stack:
        for entry in os.scandir(stack.pop()):
            name = entry.name
            if name.startswith("."):
                continue
            if entry.is_file(follow_symlinks=False):
                dot = name.rfind(".")
                if dot > 0 and name[dot:].lower() in extensions:
                    found[relative(entry.path, root)] = entry.path
            elif entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            else:  # a symlink or a special file: the full walk decides and may say something
                raise _GiveWay
    return found


def _compare(conn: sqlite3.Connection, table: str, found: dict[str, str], reader: int
             ) -> set[str]:
    """That every file found is catalogued with its size, mtime and the current reader; the
    paths the table holds."""
    stored = {path: (size, mtime_ns, file_reader) for path, size, mtime_ns, file_reader in
              conn.execute(f"SELECT path, size, mtime_ns, reader FROM {table}")}
    for rel, path in found.items():
        st = os.stat(path)
        if stored.get(rel) != (st.st_size, st.st_mtime_ns, reader):
            raise _GiveWay
    return set(stored)
