"""Links a photo editor sets by hand (`catalog link`); they outlive every re-ingest."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, delete, select

from catalog import cameras, media, metadata
from catalog.errors import CatalogError
from catalog.image_rows import image_record
from catalog.paths import relative
from catalog.store import (
    ARTICLE,
    CAPTION,
    MANUAL_LINK,
    Catalog,
    file_signature,
    image_ids,
    upsert_cameras,
    upsert_images,
    write,
)


def _caption_id(conn: Connection, article: str, caption_no: int) -> int:
    found = conn.execute(
        select(CAPTION.c.id).join(ARTICLE, ARTICLE.c.id == CAPTION.c.article_id)
        .where(ARTICLE.c.path == article).where(CAPTION.c.caption_no == caption_no)
    ).scalar()
    if found is None:
        exists = conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.path == article)).scalar()
        if exists is None:
            raise CatalogError(f"{article}: no such article in the catalog")
        raise CatalogError(f"{article}: has no caption {caption_no}")
    return int(found)


def set_link(catalog: Catalog, article: str, caption_no: int, file: Path, media_root: Path,
             root: Path | None = None) -> str:
    """Link caption CAPTION_NO of ARTICLE to FILE by hand; returns the image path as stored."""
    root = (root or Path.cwd()).resolve()
    article = media.normalise_article_path(article)
    article_dir = Path(os.path.abspath(root / article)).parent
    roots = [Path(os.path.abspath(media_root)), article_dir]
    target = media.safe_image_path(file, roots)
    rel = relative(target, root)
    meta = metadata.read_image(target, roots=roots, name_camera=False)
    camera = cameras.resolve_exif(meta.make, meta.model)
    size, mtime_ns = file_signature(target)
    with write(catalog) as conn:
        caption_id = _caption_id(conn, article, caption_no)
        if rel not in image_ids(conn, [rel]):
            upsert_images(conn, [image_record(meta, rel, size, mtime_ns, camera)])
            upsert_cameras(conn, cameras.camera_rows([camera]))
        image_id = image_ids(conn, [rel])[rel]
        conn.execute(delete(MANUAL_LINK).where(MANUAL_LINK.c.article_path == article)
                     .where(MANUAL_LINK.c.caption_no == caption_no))
        conn.execute(MANUAL_LINK.insert().values(article_path=article, caption_no=caption_no,
                                                 image_path=rel))
        conn.execute(CAPTION.update().where(CAPTION.c.id == caption_id)
                     .values(image_id=image_id, link="manual"))
    return rel


def clear_link(catalog: Catalog, article: str, caption_no: int) -> None:
    """Remove a hand-set link; the caption goes back to what the link rules find."""
    article = media.normalise_article_path(article)
    with write(catalog) as conn:
        caption_id = _caption_id(conn, article, caption_no)
        removed = conn.execute(
            delete(MANUAL_LINK).where(MANUAL_LINK.c.article_path == article)
            .where(MANUAL_LINK.c.caption_no == caption_no)
        ).rowcount
        if not removed:
            raise CatalogError(f"{article}: caption {caption_no} has no manual link to clear")
        conn.execute(CAPTION.update().where(CAPTION.c.id == caption_id)
                     .values(image_id=CAPTION.c.auto_image_id, link=CAPTION.c.auto_link))
