"""Summaries of the catalog: credits by name, equipment by body, and one article in full."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, func, select

from catalog import audit, query
from catalog.errors import CatalogError
from catalog.export import sheet_rows
from catalog.store import ARTICLE, CAMERA, CAPTION, IMAGE

CreditsBy = Literal["photographer", "outlet", "camera"]
CREDITS_COLUMNS = {by: (by, "captions", "images") for by in ("photographer", "outlet", "camera")}
CAMERAS_COLUMNS = ("camera", "maker", "captions", "images", "lenses")


def credits(conn: Connection, by: CreditsBy) -> list[dict[str, Any]]:
    """One row per name (compared without case) with its caption and image counts.

    Captions count what captions credit; images count the whole archive by what the files
    themselves say (creator, credit line, camera), linked or not.
    """
    # Grouped by the exact columns, which covering indexes deliver in order without reading
    # the table, then folded without case here: the names are few, the rows may be millions.
    caption_columns, image_column = {
        "photographer": ((CAPTION.c.photographer,), IMAGE.c.creator),
        "outlet": ((CAPTION.c.outlet,), IMAGE.c.credit),
        "camera": ((CAPTION.c.camera, CAPTION.c.caption_camera), IMAGE.c.camera),
    }[by]
    names: dict[str, dict[str, Any]] = {}

    def add(name: str | None, count_key: str, count: int) -> None:
        if not name:
            return
        entry = names.setdefault(name.lower(), {by: name, "captions": 0, "images": 0})
        entry[by] = min(entry[by], name)
        entry[count_key] += int(count)

    for *spellings, count in conn.execute(
        select(*caption_columns, func.count()).group_by(*caption_columns)
    ):
        add(next((s for s in spellings if s is not None), None), "captions", count)
    for name, count in conn.execute(
        select(image_column, func.count()).where(image_column.is_not(None))
        .group_by(image_column)
    ):
        add(name, "images", count)
    return sorted(names.values(), key=lambda r: (-r["captions"], -r["images"], r[by].lower()))


def camera_summary(conn: Connection) -> list[dict[str, Any]]:
    """Equipment: every body named by a caption or a file, with maker, counts and lenses."""
    body: dict[str, dict[str, Any]] = {}

    def entry(name: str) -> dict[str, Any]:
        return body.setdefault(name, {"camera": name, "maker": None, "captions": 0,
                                      "images": 0, "lenses": set()})

    # Both groupings follow covering indexes (caption: camera, caption_camera; image: camera,
    # lens), so neither reads the tables.
    for camera, written, count in conn.execute(
        select(CAPTION.c.camera, CAPTION.c.caption_camera, func.count())
        .group_by(CAPTION.c.camera, CAPTION.c.caption_camera)
    ):
        name = camera if camera is not None else written
        if name is not None:
            entry(name)["captions"] += int(count)
    for name, lens, count in conn.execute(
        select(IMAGE.c.camera, IMAGE.c.lens, func.count()).where(IMAGE.c.camera.is_not(None))
        .group_by(IMAGE.c.camera, IMAGE.c.lens)
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


@dataclass(frozen=True)
class ArticleView:
    article: dict[str, Any]
    captions: list[dict[str, Any]]
    findings: list[dict[str, Any]]


def normalise_article_path(path: str) -> str:
    text = path.replace("\\", "/")
    while text.startswith("./"):
        text = text[2:]
    return text


def show(conn: Connection, article_path: str, caption_no: int | None = None) -> ArticleView:
    """Everything known about one article, or one of its captions."""
    path = normalise_article_path(article_path)
    row = conn.execute(select(ARTICLE).where(ARTICLE.c.path == path)).first()
    if row is None:
        raise CatalogError(f"{article_path}: no such article in the catalog")
    terms = [query.Term("article", path)]
    captions = [r for r in sheet_rows(conn, terms) if r["article"] == path]
    if caption_no is not None:
        captions = [r for r in captions if r["caption_no"] == caption_no]
        if not captions:
            raise CatalogError(f"{path}: has no caption {caption_no}")
    wanted = {r["caption_no"] for r in captions}
    findings = [
        {"article": f.article, "caption_no": f.caption_no, "code": f.code,
         "severity": f.severity, "caption_value": f.caption_value, "exif_value": f.exif_value,
         "message": f.message}
        for f in audit.findings(conn, where=ARTICLE.c.path == path) if f.caption_no in wanted
    ]
    article = {
        "article": row.path, "format": row.format, "published":
        row.published.isoformat() if row.published else None, "headline": row.headline,
        "deck": row.deck, "warnings": row.warnings.split("\n") if row.warnings else [],
    }
    return ArticleView(article, captions, findings)

