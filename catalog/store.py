"""The catalog on disk: engine from `--db`, schema creation and upgrades, the full-text index,
and the writes the ingest makes. Only this module and the query modules know SQL.

SQLite is the default (WAL, foreign keys on, a busy timeout, BEGIN IMMEDIATE for writes so that
two ingests queue instead of failing); PostgreSQL is a SQLAlchemy URL away.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Table,
    bindparam,
    column,
    create_engine,
    delete,
    event,
    func,
    inspect,
    or_,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from catalog.domain import UNCHANGED_KEY, FileState
from catalog.errors import StoreError, signals_held
from catalog.models import (
    SCHEMA_VERSION,
    ArticleRow,
    CameraRow,
    CaptionRow,
    CatalogInfo,
    ImageRow,
    ManualLink,
)
from catalog.paths import printable, redact, storable
from catalog.people import people_keys

ARTICLE: Table = ArticleRow.__table__  # type: ignore[attr-defined]
CAPTION: Table = CaptionRow.__table__  # type: ignore[attr-defined]
IMAGE: Table = ImageRow.__table__  # type: ignore[attr-defined]
CAMERA: Table = CameraRow.__table__  # type: ignore[attr-defined]
MANUAL_LINK: Table = ManualLink.__table__  # type: ignore[attr-defined]
CATALOG_INFO: Table = CatalogInfo.__table__  # type: ignore[attr-defined]

BUSY_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class Catalog:
    """An open catalog: its engine and what the user called it (for messages)."""

    engine: Engine
    target: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name


# --- opening -------------------------------------------------------------------------------


T = TypeVar("T")
CHUNK = 500  # values per IN (...) list or executemany: well inside SQLite's variable limit


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """ITEMS in consecutive slices of at most SIZE."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def database_url(target: str) -> str:
    """A SQLAlchemy URL for `--db TARGET`: URLs pass through, anything else is an SQLite file."""
    if "://" in target:
        if target.startswith("sqlite://") and not target.startswith("sqlite+"):
            return "sqlite+pysqlite://" + target[len("sqlite://") :]
        return target
    return "sqlite+pysqlite:///" + target


def same_catalog(first: str, second: str) -> bool:
    """Whether two --db targets name one catalog however spelled: `./x.db`, an absolute path,
    a symlink, `sqlite:////abs`; for PostgreSQL the same host, port and database (the user
    and password do not make another catalog)."""
    from sqlalchemy.engine import make_url

    url_a, url_b = database_url(first), database_url(second)
    file_a, file_b = _sqlite_file(url_a), _sqlite_file(url_b)
    if file_a is not None or file_b is not None:
        if file_a is None or file_b is None:
            return False
        try:
            return os.path.samefile(file_a, file_b)
        except OSError:  # one of them does not exist yet: compare where they would be
            return os.path.realpath(file_a) == os.path.realpath(file_b)
    try:
        a, b = make_url(url_a), make_url(url_b)
    except Exception:
        return url_a == url_b

    def place(url: Any) -> tuple[str, str, int, str]:
        return (url.get_backend_name(), (url.host or "localhost").lower(), url.port or 5432,
                url.database or "")

    return place(a) == place(b)


def _sqlite_file(url: str) -> Path | None:
    prefix = "sqlite+pysqlite:///"
    if not url.startswith(prefix) or url[len(prefix) :] in ("", ":memory:"):
        return None
    name = url[len(prefix) :]
    if name.startswith("file:"):  # an SQLite URI: file:path?mode=ro&uri=true
        name = name[len("file:") :].split("?", 1)[0]
    return Path(name)


def describe_database_error(target: str, exc: BaseException) -> str:
    """One line for a database error met while a command ran."""
    if isinstance(exc, DBAPIError):
        return f"{target}: {_db_reason(exc)}"
    return f"{target}: database error: {str(exc).splitlines()[0] if str(exc) else exc}"


PG_CONNECT_TIMEOUT = ("CATALOG_PG_CONNECT_TIMEOUT", 10)  # seconds to reach the server
PG_STATEMENT_TIMEOUT = ("CATALOG_PG_STATEMENT_TIMEOUT", 300)  # seconds one statement may run


def _seconds(setting: tuple[str, int]) -> int:
    """A whole number of seconds from the environment (0 turns the limit off)."""
    name, default = setting
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise StoreError(f"{name}={raw!r}: not a whole number of seconds") from None
    if value < 0:
        raise StoreError(f"{name}={raw!r}: not a whole number of seconds")
    return value


def _postgres_connect_args() -> dict[str, Any]:
    connect, statement = _seconds(PG_CONNECT_TIMEOUT), _seconds(PG_STATEMENT_TIMEOUT)
    args: dict[str, Any] = {"options": f"-c statement_timeout={statement * 1000}",
                            # a server that stops answering is noticed by the socket, too
                            "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
                            "keepalives_count": 3}
    if connect:
        args["connect_timeout"] = max(connect, 2)  # libpq takes 2 s as its least
    return args


_SILENT = logging.NullHandler()


def _make_engine(url: str, *, read_only: bool = False) -> Engine:
    # What psycopg and SQLAlchemy's pool ignore while a lost connection is torn down, they log
    # ("error ignored terminating <psycopg.Pipeline [BAD]>"); with no handler Python prints it
    # on stderr beside the one line the command gives for the loss itself.
    for name in ("psycopg", "sqlalchemy.pool"):
        logging.getLogger(name).addHandler(_SILENT)
    if not url.startswith("sqlite"):
        try:
            return create_engine(url, pool_pre_ping=False, connect_args=_postgres_connect_args())
        except StoreError:
            raise
        except Exception as exc:  # bad URL, missing driver
            raise StoreError(f"{redact(url)}: cannot open catalog: {exc}") from None
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        if not read_only:
            # Persistent once set; a no-op on a catalog already in WAL mode.
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get("catalog_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_catalog(target: str, *, create: bool = False) -> Catalog:
    """Open the catalog at TARGET, creating or upgrading its schema when `create` is true.

    Raises StoreError with a one-line reason for anything that is not a usable catalog.
    """
    url = database_url(target)
    path = _sqlite_file(url)
    read_only = False
    if path is not None:
        if path.is_dir():
            raise StoreError(f"{target}: is a folder, not a catalog file")
        if not path.exists():
            if not create:
                raise StoreError(f"{target}: no catalog here yet (run `catalog ingest` first)")
            if not path.parent.exists():
                raise StoreError(f"{target}: folder {path.parent} does not exist")
        elif not create:
            url, read_only = _read_only_url(url, path, target)
        elif not _writable(path):
            raise StoreError(f"{target}: the catalog is read-only (nothing was changed)")
    engine = _make_engine(url, read_only=read_only)
    catalog = Catalog(engine=engine, target=target)
    try:
        _prepare_schema(catalog, create=create)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(f"{redact(target)}: {_db_reason(exc)}") from None
    return catalog


def _writable(path: Path) -> bool:
    """Whether an SQLite catalog file and its folder (where its journal goes) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent if str(path.parent) else ".",
                                                  os.W_OK)


def _read_only_url(url: str, path: Path, target: str) -> tuple[str, bool]:
    """An SQLite catalog on read-only media is opened read-only, and says so: `mode=ro` when
    only the file is read-only, `immutable=1` when its folder is too (no journal can be made)."""
    if "?" in url or url[len("sqlite+pysqlite:///") :].startswith("file:"):
        return url, False  # the user chose the URI parameters
    folder_writable = os.access(path.parent if str(path.parent) else ".", os.W_OK)
    if os.access(path, os.W_OK) and folder_writable:
        return url, False
    if not os.access(path, os.R_OK):
        raise StoreError(f"{target}: cannot read the catalog file (permission denied)")
    import sys
    import urllib.parse

    mode = "mode=ro" if folder_writable else "immutable=1"
    uri = "file:" + urllib.parse.quote(str(path.absolute())) + f"?{mode}&uri=true"
    print(f"catalog: {printable(target)}: read-only; opened read-only ({mode})", file=sys.stderr)
    return "sqlite+pysqlite:///" + uri, True


def _db_reason(exc: DBAPIError) -> str:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if "statement timeout" in message:
        return (f"stopped: a statement ran longer than {PG_STATEMENT_TIMEOUT[0]} "
                f"({_seconds(PG_STATEMENT_TIMEOUT)} s); nothing of it was written")
    if "timeout expired" in message:
        return (f"no answer from the server within {PG_CONNECT_TIMEOUT[0]} "
                f"({_seconds(PG_CONNECT_TIMEOUT)} s)")
    if "file is not a database" in message:
        return "not a catalog (not an SQLite database)"
    if "readonly" in message or "read-only" in message:
        return "the catalog is read-only (nothing was changed)"
    if "unable to open" in message:
        return "cannot open the catalog file"
    return message


SCHEMA_LOCK = 0x63617461  # "cata": serialises schema creation and upgrades on PostgreSQL


def _schema_version(conn: Connection, target: str, *, create: bool) -> int | None:
    """The catalog's schema version; None for an empty database a writer may create."""
    tables = set(inspect(conn).get_table_names())
    if "catalog_info" not in tables:
        if tables - {"sqlite_sequence"}:
            raise StoreError(f"{target}: not a caption-catalog catalog")
        if not create:
            raise StoreError(f"{target}: empty catalog (run `catalog ingest` first)")
        return None
    found = conn.execute(
        select(CATALOG_INFO.c.value).where(CATALOG_INFO.c.key == "schema_version")
    ).scalar()
    version = int(found or 0)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{target}: made by a newer caption-catalog (schema {version}; this "
            f"release reads up to {SCHEMA_VERSION}); upgrade caption-catalog"
        )
    return version


def _prepare_schema(catalog: Catalog, *, create: bool) -> None:
    # A read transaction first: opening an up-to-date catalog never waits for a writer.
    with read(catalog) as conn:
        if _schema_version(conn, catalog.target, create=create) == SCHEMA_VERSION:
            return
    # Not `write`: the schema may not exist yet; the version it sets voids the ingest record.
    with _write_transaction(catalog) as conn:
        if conn.dialect.name == "postgresql":
            # Several ingests may open a new shared catalog at once: one creates, others wait.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        version = _schema_version(conn, catalog.target, create=create)
        if version is None:
            _create_schema(conn)
            return
        for step_version, step in MIGRATIONS:
            if step_version > version:
                step(conn)
                _set_version(conn, step_version)
        from catalog import camera_names

        # Camera names from an older resolver (or none, before schema 3) are resolved again,
        # as ingest would, on the upgraded schema.
        camera_names.refresh(conn)


def _set_version(conn: Connection, version: int) -> None:
    set_info(conn, "schema_version", str(version))


def set_info(conn: Connection, key: str, value: str) -> None:
    """Record a fact about the catalog. An upsert, so that two writers recording the same fact
    at once (two ingests refreshing camera names) both succeed."""
    _upsert(conn, CATALOG_INFO, [{"key": key, "value": value}], ["key"])


def _create_schema(conn: Connection) -> None:
    from catalog import camera_names

    SQLModel.metadata.create_all(conn)
    for statement in _search_ddl(conn.dialect.name):
        conn.exec_driver_sql(statement)
    _set_version(conn, SCHEMA_VERSION)
    camera_names.mark_current(conn)  # nothing stored yet: no name to resolve again


# Named, ordered upgrade steps: (version reached, function). A catalog at version N runs every
# step above N in order, each in the same transaction as the version bump.
def _add_readers_and_photographer_keys(conn: Connection) -> None:
    """Version 2: rows remember which reader wrote them (so a better reader re-reads unchanged
    files); photographer_key lists every credited person as "|a|b|" like creator_keys; the
    indexes that let `credits` and `cameras` group without reading the tables."""
    for table in ("article", "image"):
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN reader INTEGER NOT NULL DEFAULT 0")
    for statement in (
        "DROP INDEX IF EXISTS ix_caption_camera",
        "DROP INDEX IF EXISTS ix_image_camera",
        "CREATE INDEX IF NOT EXISTS ix_caption_bodies ON caption (camera, caption_camera)",
        "CREATE INDEX IF NOT EXISTS ix_image_bodies ON image (camera, lens)",
        "CREATE INDEX IF NOT EXISTS ix_image_credit ON image (credit)",
    ):
        conn.exec_driver_sql(statement)
    rows = conn.execute(select(CAPTION.c.id, CAPTION.c.photographer)
                        .where(CAPTION.c.photographer.is_not(None))).all()
    for chunk in chunks(rows):
        conn.execute(
            CAPTION.update().where(CAPTION.c.id == bindparam("caption_id"))
            .values(photographer_key=bindparam("key")),
            [{"caption_id": r.id, "key": people_keys(r.photographer)} for r in chunk],
        )


def _add_camera_keys(conn: Connection) -> None:
    """Version 3: caption and image rows carry the comparison key of their camera (one key for
    one body however it is written); every stored camera name is resolved afresh, once the last
    step has run (the resolver writes `camera` rows as the current schema has them)."""
    from catalog import camera_names

    for table in ("caption", "image"):
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN camera_key VARCHAR")
    conn.execute(delete(CATALOG_INFO).where(CATALOG_INFO.c.key == camera_names.VERSION_KEY))


def _add_via_and_canonical_outlets(conn: Connection) -> None:
    """Version 4: captions keep the distributor of a "via" credit; stored outlets take their
    canonical names and names published in capitals their usual case (as ingest now writes
    them); every article is read again at the next ingest, which fills `via`."""
    from catalog.credits import canonical_outlet, display_people

    conn.exec_driver_sql("ALTER TABLE caption ADD COLUMN via VARCHAR")
    conn.exec_driver_sql("UPDATE article SET reader = 0")
    rows = conn.execute(select(CAPTION.c.id, CAPTION.c.photographer, CAPTION.c.outlet).where(
        or_(CAPTION.c.photographer.is_not(None), CAPTION.c.outlet.is_not(None)))).all()
    changed = [{"caption_id": r.id, "photographer": display_people(r.photographer),
                "outlet": canonical_outlet(r.outlet)} for r in rows
               if (display_people(r.photographer), canonical_outlet(r.outlet)) !=
               (r.photographer, r.outlet)]
    for chunk in chunks(changed):
        conn.execute(
            CAPTION.update().where(CAPTION.c.id == bindparam("caption_id"))
            .values(photographer=bindparam("photographer"), outlet=bindparam("outlet")),
            chunk,
        )


def _add_caption_source(conn: Connection) -> None:
    """Version 6: captions keep where an HTML caption came from (markup, json-ld, attribute,
    alt); HTML articles are read again at the next ingest, which fills it (the column stays
    null for plain text and Markdown, so those are not read again)."""
    conn.exec_driver_sql("ALTER TABLE caption ADD COLUMN caption_source VARCHAR")
    conn.exec_driver_sql("UPDATE article SET reader = 0 WHERE format = 'html'")


# The camera columns schemas 1 to 6 wrote and nothing read (lensfun's model, EXIF names, mount,
# crop factor, whether lensfun knew the body): `cameras` reads a body's name and maker only.
UNREAD_CAMERA_COLUMNS = ("model", "exif_make", "exif_model", "mount", "crop_factor", "known")


def _drop_unread_camera_columns(conn: Connection) -> None:
    """Version 7: the camera table keeps the name and maker of each body, the columns read."""
    for name in UNREAD_CAMERA_COLUMNS:
        conn.exec_driver_sql(f"ALTER TABLE camera DROP COLUMN {name}")


# --- full-text index -----------------------------------------------------------------------

# One searchable document per caption: its text, the article headline, photographer, outlet and
# every name of its camera (as written, canonical, and the linked file's EXIF names). Triggers keep
# it current whatever code writes the rows.
_SQLITE_DOCUMENT = """
    SELECT c.id, c.text, coalesce(a.headline, ''), coalesce(c.photographer, ''),
           coalesce(c.outlet, ''),
           trim(coalesce(c.caption_camera, '') || ' ' || coalesce(c.camera, '') || ' ' ||
                coalesce(i.camera, '') || ' ' || coalesce(i.make, '') || ' ' ||
                coalesce(i.model, ''))
    FROM caption c JOIN article a ON a.id = c.article_id LEFT JOIN image i ON i.id = c.image_id
"""


# The columns the search document is made of: a row update that changes none of them leaves
# the document as it is, and the triggers below do not fire for it (an upsert of an unchanged
# image, a caption whose link or camera key alone changed...).
CAPTION_SEARCHED = ("text", "photographer", "outlet", "caption_camera", "camera", "image_id",
                    "article_id")
IMAGE_SEARCHED = ("camera", "make", "model")


def _changed(columns: Sequence[str], differ: str) -> str:
    return " OR ".join(f"old.{c} {differ} new.{c}" for c in columns)


def _search_ddl(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return ["CREATE VIRTUAL TABLE caption_fts USING fts5("
                "text, headline, photographer, outlet, camera, "
                "tokenize='unicode61 remove_diacritics 2')", *_search_triggers(dialect)]
    if dialect == "postgresql":
        from catalog import store_pg

        return [*store_pg.search_ddl(), *_search_triggers(dialect)]
    raise StoreError(f"unsupported database engine: {dialect}")


def _search_triggers(dialect: str) -> list[str]:
    """The triggers that keep the search document of each caption current."""
    if dialect == "postgresql":
        from catalog import store_pg

        return store_pg.search_triggers(_changed(CAPTION_SEARCHED, "IS DISTINCT FROM"),
                                        _changed(IMAGE_SEARCHED, "IS DISTINCT FROM"))
    insert = f"INSERT INTO caption_fts(rowid, text, headline, photographer, outlet, camera) {_SQLITE_DOCUMENT}"  # noqa: E501
    return [
        f"CREATE TRIGGER caption_fts_ai AFTER INSERT ON caption BEGIN "
        f"{insert} WHERE c.id = new.id; END",
        "CREATE TRIGGER caption_fts_ad AFTER DELETE ON caption BEGIN "
        "DELETE FROM caption_fts WHERE rowid = old.id; END",
        f"CREATE TRIGGER caption_fts_au AFTER UPDATE ON caption "
        f"WHEN {_changed(CAPTION_SEARCHED, 'IS NOT')} BEGIN "
        f"DELETE FROM caption_fts WHERE rowid = old.id; {insert} WHERE c.id = new.id; END",
        f"CREATE TRIGGER caption_fts_image_au AFTER UPDATE ON image "
        f"WHEN {_changed(IMAGE_SEARCHED, 'IS NOT')} BEGIN "
        f"DELETE FROM caption_fts WHERE rowid IN (SELECT id FROM caption WHERE image_id = new.id); "
        f"{insert} WHERE c.image_id = new.id; END",
        f"CREATE TRIGGER caption_fts_article_au AFTER UPDATE OF headline ON article "
        f"WHEN old.headline IS NOT new.headline BEGIN "
        f"DELETE FROM caption_fts WHERE rowid IN "
        f"(SELECT id FROM caption WHERE article_id = new.id); "
        f"{insert} WHERE c.article_id = new.id; END",
    ]


_OLD_TRIGGERS = {
    "sqlite": ["DROP TRIGGER IF EXISTS caption_fts_ai", "DROP TRIGGER IF EXISTS caption_fts_ad",
               "DROP TRIGGER IF EXISTS caption_fts_au",
               "DROP TRIGGER IF EXISTS caption_fts_image_au",
               "DROP TRIGGER IF EXISTS caption_fts_article_au"],
    "postgresql": ["DROP TRIGGER IF EXISTS caption_search_caption ON caption",
                   "DROP TRIGGER IF EXISTS caption_search_caption_update ON caption",
                   "DROP TRIGGER IF EXISTS caption_search_image ON image",
                   "DROP TRIGGER IF EXISTS caption_search_article ON article"],
}


def _search_triggers_on_change(conn: Connection) -> None:
    """Version 5: the search triggers fire only when a searched column changes (re-writing an
    unchanged image no longer rewrites the search rows of every caption linked to it)."""
    dialect = conn.dialect.name
    for statement in [*_OLD_TRIGGERS[dialect], *_search_triggers(dialect)]:
        conn.exec_driver_sql(statement)


def fts_phrase(word: str) -> str:
    """A user's word as an FTS5 string: always quoted, so it is never query syntax.
    A trailing * typed by the user keeps its meaning (prefix search)."""
    prefix = word.endswith("*")
    core = word.rstrip("*").replace('"', '""')
    return f'"{core}"' + ("*" if prefix and core else "")


MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (2, _add_readers_and_photographer_keys),
    (3, _add_camera_keys),
    (4, _add_via_and_canonical_outlets),
    (5, _search_triggers_on_change),
    (6, _add_caption_source),
    (7, _drop_unread_camera_columns),
]


def fulltext_ids(dialect: str, words: Sequence[str]) -> Any:
    """A select of the ids of captions whose document holds every word."""
    if dialect == "postgresql":
        from catalog import store_pg

        return store_pg.fulltext_ids(words)
    match = " ".join(fts_phrase(w) for w in words)
    # unique=True: several of these in one query each keep their own words
    return (
        text("SELECT rowid FROM caption_fts WHERE caption_fts MATCH :match")
        .bindparams(bindparam("match", match, unique=True))
        .columns(column("rowid", Integer))
    )


# --- transactions --------------------------------------------------------------------------


@contextmanager
def write(catalog: Catalog) -> Iterator[Connection]:
    """One write transaction (BEGIN IMMEDIATE on SQLite: writers queue, none fails midway).
    On SQLite it first deletes the record of the last ingest's totals (`catalog.reingest`):
    whatever it writes may change them."""
    with _write_transaction(catalog) as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(delete(CATALOG_INFO).where(CATALOG_INFO.c.key == UNCHANGED_KEY))
        yield conn


@contextmanager
def _write_transaction(catalog: Catalog) -> Iterator[Connection]:
    conn = catalog.engine.connect().execution_options(catalog_write=True)
    try:
        transaction = conn.begin()
        try:
            yield conn
        except BaseException:
            with signals_held():
                transaction.rollback()
            raise
        with signals_held():
            transaction.commit()
    finally:
        with signals_held():
            conn.close()


RETRIES = 5


def _transient(exc: DBAPIError) -> bool:
    """A conflict another writer caused, which a retry of the whole transaction resolves."""
    code = getattr(exc.orig, "sqlstate", None)
    # serialization failure, deadlock, and a foreign key to a row another writer removed
    # between this statement's snapshot and its check (PostgreSQL, READ COMMITTED)
    if code in ("40001", "40P01", "23503"):
        return True
    return "database is locked" in str(exc.orig)


def write_retrying(catalog: Catalog, work: Callable[[Connection], T]) -> T:
    """Run `work` in one write transaction, again from the start if another writer's
    transaction made it fail (deadlock, serialization failure, lock timeout)."""
    for attempt in range(RETRIES):
        try:
            with write(catalog) as conn:
                return work(conn)
        except DBAPIError as exc:
            if not _transient(exc) or attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


@contextmanager
def read(catalog: Catalog) -> Iterator[Connection]:
    """One read transaction: a consistent snapshot that never blocks an ingest."""
    with catalog.engine.connect() as conn, conn.begin():
        yield conn


# --- what the catalog already holds --------------------------------------------------------


def article_states(conn: Connection) -> dict[str, FileState]:
    rows = conn.execute(
        select(ARTICLE.c.path, ARTICLE.c.id, ARTICLE.c.size, ARTICLE.c.mtime_ns,
               ARTICLE.c.content_hash, ARTICLE.c.reader)
    )
    return {r.path: FileState(r.id, r.size, r.mtime_ns, r.content_hash, r.reader) for r in rows}


def image_states(conn: Connection) -> dict[str, FileState]:
    rows = conn.execute(
        select(IMAGE.c.path, IMAGE.c.id, IMAGE.c.size, IMAGE.c.mtime_ns, IMAGE.c.reader)
    )
    return {path: FileState(id_, size, mtime_ns, None, reader)
            for path, id_, size, mtime_ns, reader in rows}


def image_descriptions(conn: Connection) -> Iterator[tuple[str, str | None]]:
    """(path, JSON descriptions) of every image, for the embedded link rule."""
    for row in conn.execute(select(IMAGE.c.path, IMAGE.c.descriptions)):
        yield row.path, row.descriptions


# --- writes --------------------------------------------------------------------------------


def _upsert(conn: Connection, table: Any, rows: Sequence[Mapping[str, Any]], key: Sequence[str],
            update: Iterable[str] | None = None) -> None:
    if not rows:
        return
    columns = list(update) if update is not None else [c for c in rows[0] if c not in key]
    execute_many(conn, _upsert_statement(conn.dialect.name, table, tuple(key), tuple(columns)),
                 rows)


def storable_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows as both engines store them alike: text without NUL (PostgreSQL refuses it) and
    without lone surrogates (neither engine encodes them), also inside JSON values."""
    return [{key: _storable_value(value) for key, value in row.items()} for row in rows]


def _storable_value(value: Any) -> Any:
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, list | tuple):
        return [_storable_value(item) for item in value]
    if isinstance(value, dict):
        return {storable(str(k)): _storable_value(v) for k, v in value.items()}
    return value


_PLAIN_KINDS = {str, int, float, bool, type(None), bytes, dt.date, dt.datetime}


def _all_storable(params: Sequence[tuple[Any, ...]]) -> bool:
    """Whether every value is storable as it is (the common case, checked in one pass over
    the text: no NUL, no lone surrogate, no container)."""
    values = [value for row in params for value in row]
    if set(map(type, values)) - _PLAIN_KINDS:
        return False
    text = "\x1f".join([value for value in values if type(value) is str])
    return "\x00" not in text and storable(text) == text


@dataclass(frozen=True)
class _Prepared:
    """A statement compiled once for one dialect and one set of row keys: its SQL, its
    parameter names in order, and each parameter's conversion for the driver (if any)."""

    sql: str
    names: tuple[str, ...]
    positional: bool
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]


@cache
def _prepared(dialect: Any, statement: Any, keys: tuple[str, ...]) -> _Prepared:
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    names = tuple(compiled.positiontup) if compiled.positional else tuple(compiled.binds)
    convert = []
    for number, name in enumerate(names):
        processor = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            convert.append((number, processor))
    return _Prepared(compiled.string, names, bool(compiled.positional), tuple(convert))


def execute_many(conn: Connection, statement: Any, rows: Sequence[Any],
                 keys: tuple[str, ...] | None = None) -> None:
    """Run an INSERT (or upsert) for many rows of the same keys, compiled once per dialect and
    key set and sent to the driver's executemany: SQLAlchemy's per-row parameter handling costs
    more than the database's work on a batch of small rows. Rows are mappings, or tuples of
    the values of `keys` in that order."""
    if not rows:
        return
    prepared = _prepared(conn.dialect, statement, keys or tuple(rows[0]))
    if keys is not None and prepared.names == keys:
        params = list(rows)
    else:
        at = prepared.names if keys is None else [keys.index(name) for name in prepared.names]
        pick = itemgetter(*at)
        params = [pick(row) for row in rows] if len(at) > 1 else [(pick(row),) for row in rows]
    if not _all_storable(params):
        params = [tuple(_storable_value(value) for value in values) for values in params]
    if prepared.convert:
        converted = []
        for values in params:
            changed = list(values)
            for number, convert in prepared.convert:
                changed[number] = convert(changed[number])
            converted.append(tuple(changed))
        params = converted
    if prepared.positional:
        conn.exec_driver_sql(prepared.sql, params)
    else:
        conn.exec_driver_sql(prepared.sql, [dict(zip(prepared.names, values, strict=True))
                                            for values in params])


@cache
def _insert_statement(table: Any) -> Any:
    return table.insert()


@cache
def _upsert_statement(dialect_name: str, table: Any, key: tuple[str, ...],
                      columns: tuple[str, ...]) -> Any:
    """INSERT … ON CONFLICT for one table and column set, built once: building it costs more
    than running it for a small batch."""
    statement: Any
    if dialect_name == "postgresql":  # imported only for its catalogs (60 ms with asyncpg's)
        from sqlalchemy.dialects import postgresql

        statement = postgresql.insert(table)
    else:
        from sqlalchemy.dialects import sqlite

        statement = sqlite.insert(table)
    if columns:
        return statement.on_conflict_do_update(
            index_elements=list(key), set_={c: statement.excluded[c] for c in columns}
        )
    return statement.on_conflict_do_nothing(index_elements=list(key))


def upsert_images(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert or replace image records by path; an existing image keeps its id.
    Rows go in path order so that concurrent writers lock rows in one order (no deadlock)."""
    _upsert(conn, IMAGE, sorted(rows, key=lambda r: r["path"]), ["path"])


def upsert_image_values(conn: Connection, keys: tuple[str, ...],
                        rows: Sequence[tuple[Any, ...]]) -> None:
    """`upsert_images` for rows given as tuples of the values of `keys` (an ingest's: no
    mapping per image)."""
    if rows:
        statement = _upsert_statement(conn.dialect.name, IMAGE, ("path",),
                                      tuple(k for k in keys if k != "path"))
        execute_many(conn, statement, sorted(rows, key=itemgetter(keys.index("path"))), keys)


def upsert_cameras(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    _upsert(conn, CAMERA, sorted(rows, key=lambda r: r["name"]), ["name"])


def upsert_manual_links(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    _upsert(conn, MANUAL_LINK, rows, ["article_path", "caption_no"])


def image_ids(conn: Connection, paths: Iterable[str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(paths))
    found: dict[str, int] = {}
    for chunk in chunks(wanted):
        rows = conn.execute(select(IMAGE.c.path, IMAGE.c.id).where(IMAGE.c.path.in_(chunk)))
        found.update({r.path: r.id for r in rows})
    return found


def replace_article(
    conn: Connection, article: Mapping[str, Any], captions: Sequence[Mapping[str, Any]]
) -> int:
    """Write one article and replace all its captions; returns the article id (kept if known)."""
    return replace_articles(conn, [(article, captions)])[article["path"]]


def replace_articles(
    conn: Connection,
    articles: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]],
) -> dict[str, int]:
    """Write articles and replace all their captions, a statement per step for the lot (in
    path order, so that concurrent writers lock rows in one order); returns their ids."""
    ordered = sorted(articles, key=lambda pair: pair[0]["path"])
    ids: dict[str, int] = {}
    for chunk in chunks(ordered):
        _upsert(conn, ARTICLE, [article for article, _captions in chunk], ["path"])
        paths = [article["path"] for article, _captions in chunk]
        found = conn.execute(select(ARTICLE.c.path, ARTICLE.c.id)
                             .where(ARTICLE.c.path.in_(paths)))
        ids.update({row.path: int(row.id) for row in found})
        conn.execute(delete(CAPTION).where(
            CAPTION.c.article_id.in_([ids[article["path"]] for article, _c in chunk])))
        rows = [{**caption, "article_id": ids[article["path"]]}
                for article, captions in chunk for caption in captions]
        if rows:
            execute_many(conn, _insert_statement(CAPTION), rows)
    return ids


def touch_article(conn: Connection, article_id: int, size: int, mtime_ns: int) -> None:
    """Record a new size/mtime for an article whose content did not change."""
    conn.execute(
        ARTICLE.update().where(ARTICLE.c.id == article_id).values(size=size, mtime_ns=mtime_ns)
    )


def manual_links(conn: Connection, article_paths: Sequence[str] | None = None
                 ) -> dict[tuple[str, int], str]:
    """Manual links by (article path, caption number): all, or those of some articles."""
    if article_paths is None:
        rows = list(conn.execute(select(MANUAL_LINK)))
    else:
        rows = []
        for chunk in chunks(article_paths):
            rows += conn.execute(select(MANUAL_LINK)
                                 .where(MANUAL_LINK.c.article_path.in_(list(chunk))))
    return {(r.article_path, r.caption_no): r.image_path for r in rows}


def article_captions(conn: Connection, article_paths: Sequence[str]) -> list[Any]:
    """The stored captions of some articles (path, id, caption_no, text, image_ref, image_id,
    auto_image_id, auto_link, link), in article and caption order."""
    rows: list[Any] = []
    for chunk in chunks(article_paths):
        rows += conn.execute(
            select(ARTICLE.c.path, CAPTION.c.id, CAPTION.c.caption_no, CAPTION.c.text,
                   CAPTION.c.image_ref, CAPTION.c.image_id, CAPTION.c.auto_image_id,
                   CAPTION.c.auto_link, CAPTION.c.link)
            .join(ARTICLE, ARTICLE.c.id == CAPTION.c.article_id)
            .where(ARTICLE.c.path.in_(list(chunk)))
            .order_by(ARTICLE.c.path, CAPTION.c.caption_no)
        ).all()
    return rows


def set_caption_links(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """New links of stored captions: rows of caption_id, auto_image_id, auto_link, image_id,
    link."""
    statement = (CAPTION.update().where(CAPTION.c.id == bindparam("caption_id"))
                 .values(auto_image_id=bindparam("new_auto_image_id"),
                         auto_link=bindparam("new_auto_link"),
                         image_id=bindparam("new_image_id"), link=bindparam("new_link")))
    for chunk in chunks(rows):
        conn.execute(statement, [{f"new_{key}" if key != "caption_id" else key: value
                                  for key, value in row.items()} for row in chunk])


class CaptionLinkState(NamedTuple):
    id: int
    auto_image_id: int | None
    auto_link: str | None


def caption_link_state(conn: Connection, article: str, caption_no: int) -> CaptionLinkState:
    """A stored caption's id and automatic link; StoreError naming what the catalog lacks."""
    found = conn.execute(
        select(CAPTION.c.id, CAPTION.c.auto_image_id, CAPTION.c.auto_link)
        .join(ARTICLE, ARTICLE.c.id == CAPTION.c.article_id)
        .where(ARTICLE.c.path == article).where(CAPTION.c.caption_no == caption_no)
    ).first()
    if found is None:
        if conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.path == article)).first() is None:
            raise StoreError(f"{article}: no such article in the catalog")
        raise StoreError(f"{article}: has no caption {caption_no}")
    return CaptionLinkState(int(found.id), found.auto_image_id, found.auto_link)


def set_manual_link(conn: Connection, article: str, caption_no: int, image_path: str) -> None:
    """Record (or replace) the manual link of one caption, by paths."""
    drop_manual_link(conn, article, caption_no)
    conn.execute(MANUAL_LINK.insert().values(article_path=article, caption_no=caption_no,
                                             image_path=image_path))


def drop_manual_link(conn: Connection, article: str, caption_no: int) -> bool:
    """Forget the manual link of one caption; whether there was one."""
    removed = conn.execute(delete(MANUAL_LINK).where(MANUAL_LINK.c.article_path == article)
                           .where(MANUAL_LINK.c.caption_no == caption_no)).rowcount
    return bool(removed)


def caption_counts(conn: Connection) -> tuple[int, int]:
    """(captions, captions linked to an image) in the catalog."""
    found = conn.execute(select(func.count(), func.count(CAPTION.c.image_id))).one()
    return int(found[0]), int(found[1])


def delete_missing(conn: Connection, table: Any, paths: Iterable[str]) -> int:
    gone = list(paths)
    for chunk in chunks(gone):
        conn.execute(delete(table).where(table.c.path.in_(chunk)))
    return len(gone)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def file_signature(path: Path) -> tuple[int, int]:
    """(size, mtime in ns): how ingest recognises an unchanged file without reading it."""
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns

