"""Camera names and comparison keys as stored in a catalog, kept current with the resolver.

Caption rows store the canonical name (`camera`) and comparison key (`camera_key`) of the camera
their caption names; image rows the same for their EXIF Make/Model. Both are worked out when a
row is written. When the facts file, lensfun's database or the resolver's rules change
(`cameras.names_version()`), rows written before would keep old names: `refresh` resolves every
distinct stored spelling again and rewrites the rows whose name or key changed. It reads one
row per distinct spelling, so it costs little even on a large catalog, and nothing at all when
the stored version is current.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, bindparam, select

from catalog import cameras
from catalog.store import CAPTION, CATALOG_INFO, IMAGE, chunks, set_info, upsert_cameras

VERSION_KEY = "camera_names"


def _stored_version(conn: Connection) -> str | None:
    return conn.execute(select(CATALOG_INFO.c.value)
                        .where(CATALOG_INFO.c.key == VERSION_KEY)).scalar()


def _update(conn: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    for chunk in chunks(rows):
        conn.execute(statement, chunk)


def refresh(conn: Connection, *, force: bool = False) -> int:
    """Resolve every stored camera spelling again when the names version changed (or `force`);
    return how many distinct spellings got another name or key."""
    version = cameras.names_version()
    if not force and _stored_version(conn) == version:
        return 0
    cameras.warm()
    captions, resolved = [], []
    for written, name, key in conn.execute(
        select(CAPTION.c.caption_camera, CAPTION.c.camera, CAPTION.c.camera_key)
        .where(CAPTION.c.caption_camera.is_not(None)).distinct()
    ):
        found = cameras.resolve_caption(written)
        if (found.name, found.key) != (name, key):
            captions.append({"written": written, "new_name": found.name, "new_key": found.key})
            resolved.append(found)
    _update(conn, CAPTION.update().where(CAPTION.c.caption_camera == bindparam("written"))
            .values(camera=bindparam("new_name"), camera_key=bindparam("new_key")), captions)
    images = []
    for make, model, name, key in conn.execute(
        select(IMAGE.c.make, IMAGE.c.model, IMAGE.c.camera, IMAGE.c.camera_key)
        .where(IMAGE.c.model.is_not(None) | IMAGE.c.make.is_not(None)).distinct()
    ):
        found = cameras.resolve_exif(make, model)
        if (found.name, found.key) != (name, key):
            images.append({"old_make": make, "old_model": model, "new_name": found.name,
                           "new_key": found.key})
            resolved.append(found)
    # NULL never equals NULL in SQL: a missing make or model is matched with IS NULL.
    for has_make in (True, False):
        for has_model in (True, False):
            group = [row for row in images if (row["old_make"] is not None) == has_make
                     and (row["old_model"] is not None) == has_model]
            if not group:
                continue
            where = and_(
                IMAGE.c.make == bindparam("old_make") if has_make else IMAGE.c.make.is_(None),
                IMAGE.c.model == bindparam("old_model") if has_model else IMAGE.c.model.is_(None),
            )
            _update(conn, IMAGE.update().where(where)
                    .values(camera=bindparam("new_name"), camera_key=bindparam("new_key")), group)
    upsert_cameras(conn, cameras.camera_rows(resolved))
    mark_current(conn, version)
    return len(captions) + len(images)


def mark_current(conn: Connection, version: str | None = None) -> None:
    """Record that every stored camera name is the current resolver's."""
    set_info(conn, VERSION_KEY, version or cameras.names_version())
