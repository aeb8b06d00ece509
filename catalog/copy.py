"""Copy one catalog into another (SQLite ↔ PostgreSQL), so an editor's catalog can join the
desk's. Records are matched by path, as ingest matches them: images and cameras are upserted,
each article replaces its namesake with its captions (image ids remapped by path) in its own
transaction, and manual links come along. Copying twice changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError

from catalog.errors import StoreError
from catalog.paths import redact
from catalog.render import counted
from catalog.store import (
    ARTICLE,
    CAMERA,
    CAPTION,
    IMAGE,
    MANUAL_LINK,
    Catalog,
    describe_database_error,
    image_ids,
    read,
    replace_article,
    upsert_cameras,
    upsert_images,
    upsert_manual_links,
    write_retrying,
)

BATCH = 500
T = TypeVar("T")


@dataclass
class CopyReport:
    """What has been written to the target so far (each count a whole, committed batch)."""

    articles: int = 0
    captions: int = 0
    images: int = 0

    def summary(self, target: str) -> str:
        return (f"copied {counted(self.articles, 'article')}, "
                f"{counted(self.captions, 'caption')} and {counted(self.images, 'image')} "
                f"to {target}")


def _without_id(row: Any) -> dict[str, Any]:
    return {k: v for k, v in row._mapping.items() if k != "id"}


def _into(target: Catalog, work: Callable[[Connection], T]) -> T:
    """A write to the target; an error there is named by the target, not the source."""
    try:
        return write_retrying(target, work)
    except DBAPIError as exc:
        raise StoreError(describe_database_error(redact(target.target), exc)) from None


def copy_catalog(source: Catalog, target: Catalog,
                 progress: Callable[[str, int, int], None] | None = None,
                 report: CopyReport | None = None) -> CopyReport:
    """Copy every record of SOURCE into TARGET (whose schema must already be open). `report`
    is kept current as each batch commits, so an interrupted copy can say how far it got."""
    tick = progress or (lambda _stage, _done, _total: None)
    done_so_far = report if report is not None else CopyReport()
    source_paths: dict[int, str] = {}
    with read(source) as src:
        total = int(src.execute(select(func.count()).select_from(IMAGE)).scalar_one())
        batch: list[dict[str, Any]] = []
        for row in src.execution_options(yield_per=BATCH).execute(select(IMAGE)):
            source_paths[row.id] = row.path
            batch.append(_without_id(row))
            if len(batch) >= BATCH:
                done_so_far.images += _store_images(target, batch)
                tick("copying images", done_so_far.images, total)
        done_so_far.images += _store_images(target, batch)
        cameras = [dict(r._mapping) for r in src.execute(select(CAMERA))]
        _into(target, lambda conn: upsert_cameras(conn, cameras))
        links = [dict(r._mapping) for r in src.execute(select(MANUAL_LINK))]
        article_rows = src.execute(select(ARTICLE).order_by(ARTICLE.c.path)).all()
    with read(target) as dst:
        target_ids = image_ids(dst, source_paths.values())
    for done, article in enumerate(article_rows, 1):
        with read(source) as src:
            rows = src.execute(select(CAPTION).where(CAPTION.c.article_id == article.id)
                               .order_by(CAPTION.c.caption_no)).all()
        records = []
        for row in rows:
            record = {k: v for k, v in row._mapping.items() if k not in ("id", "article_id")}
            for key in ("image_id", "auto_image_id"):
                path = source_paths.get(record[key]) if record[key] is not None else None
                record[key] = target_ids.get(path) if path else None
            records.append(record)
        values = _without_id(article)
        _into(target, _article_writer(values, records))
        done_so_far.articles += 1
        done_so_far.captions += len(records)
        tick("copying articles", done, len(article_rows))
    _into(target, _links_writer(links))
    return done_so_far


def _store_images(target: Catalog, batch: list[dict[str, Any]]) -> int:
    count = len(batch)
    if batch:
        rows = list(batch)
        _into(target, lambda conn: upsert_images(conn, rows))
        batch.clear()
    return count


def _article_writer(values: dict[str, Any], records: list[dict[str, Any]]
                    ) -> Callable[[Connection], None]:
    def store(conn: Connection) -> None:
        replace_article(conn, values, records)

    return store


def _links_writer(links: list[dict[str, Any]]) -> Callable[[Connection], None]:
    def store(conn: Connection) -> None:
        upsert_manual_links(conn, links)

    return store
