"""Summaries of the catalog: credits by name and equipment by body, over what a query selects.

With no terms, captions count every caption and images every catalogued image, linked or not
(the whole archive). With terms, both count only what the terms select: the matching captions
and the images linked to them.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection, Select, distinct, func, select

from catalog import audit
from catalog.query import EVERYTHING, Query
from catalog.store import CAMERA, CAPTION, IMAGE

CreditsBy = Literal["photographer", "outlet", "camera"]
CREDITS_COLUMNS = {by: (by, "captions", "images") for by in ("photographer", "outlet", "camera")}
CAMERAS_COLUMNS = ("camera", "maker", "captions", "images", "lenses")


def _caption_counts(query: Query, dialect: str, *columns: Any) -> Select[Any]:
    """Captions per combination of `columns`, over the captions the query selects."""
    statement = select(*columns, func.count())
    if not query.everything:
        statement = statement.select_from(audit.joined()).where(query.where(dialect))
    return statement.group_by(*columns)


def _image_counts(query: Query, dialect: str, *columns: Any) -> Select[Any]:
    """Images per combination of `columns` (the first not null): the whole archive, or the
    images linked to the captions the query selects."""
    if query.everything:
        statement = select(*columns, func.count())
    else:
        statement = (select(*columns, func.count(distinct(IMAGE.c.id)))
                     .select_from(audit.joined()).where(query.where(dialect)))
    return statement.where(columns[0].is_not(None)).group_by(*columns)


def credits(conn: Connection, by: CreditsBy, query: Query = EVERYTHING) -> list[dict[str, Any]]:
    """One row per name (compared without case) with its caption and image counts.

    Captions count what captions credit; images count by what the files themselves say
    (creator, credit line, camera): every catalogued image when the query is empty, else the
    images linked to the captions it selects.
    """
    # Grouped by the exact columns, which covering indexes deliver in order without reading
    # the table, then folded without case here: the names are few, the rows may be millions.
    caption_columns, image_column = {
        "photographer": ((CAPTION.c.photographer,), IMAGE.c.creator),
        "outlet": ((CAPTION.c.outlet,), IMAGE.c.credit),
        "camera": ((CAPTION.c.camera, CAPTION.c.caption_camera), IMAGE.c.camera),
    }[by]
    dialect = conn.dialect.name
    names: dict[str, dict[str, Any]] = {}

    def add(name: str | None, count_key: str, count: int) -> None:
        if not name:
            return
        entry = names.setdefault(name.lower(), {by: name, "captions": 0, "images": 0})
        entry[by] = min(entry[by], name)
        entry[count_key] += int(count)

    for *spellings, count in conn.execute(_caption_counts(query, dialect, *caption_columns)):
        add(next((s for s in spellings if s is not None), None), "captions", count)
    for name, count in conn.execute(_image_counts(query, dialect, image_column)):
        add(name, "images", count)
    return sorted(names.values(), key=lambda r: (-r["captions"], -r["images"], r[by].lower()))


def camera_summary(conn: Connection, query: Query = EVERYTHING) -> list[dict[str, Any]]:
    """Equipment: every body named by a caption or a file, with maker, counts and lenses."""
    body: dict[str, dict[str, Any]] = {}

    def entry(name: str) -> dict[str, Any]:
        return body.setdefault(name, {"camera": name, "maker": None, "captions": 0,
                                      "images": 0, "lenses": set()})

    # With no terms both groupings follow covering indexes (caption: camera, caption_camera;
    # image: camera, lens), so neither reads the tables.
    dialect = conn.dialect.name
    for camera, written, count in conn.execute(
        _caption_counts(query, dialect, CAPTION.c.camera, CAPTION.c.caption_camera)
    ):
        name = camera if camera is not None else written
        if name is not None:
            entry(name)["captions"] += int(count)
    for name, lens, count in conn.execute(
        _image_counts(query, dialect, IMAGE.c.camera, IMAGE.c.lens)
    ):
        entry(name)["images"] += int(count)
        if lens is not None:
            entry(name)["lenses"].add(lens)
    for name, maker in conn.execute(select(CAMERA.c.name, CAMERA.c.maker)):
        if name in body:
            body[name]["maker"] = maker
    rows = sorted(body.values(), key=lambda r: r["camera"].lower())
    for row in rows:
        row["lenses"] = "; ".join(sorted(row["lenses"])) or None
    return rows
