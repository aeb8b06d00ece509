"""Links a photo editor sets by hand (`catalog link`); they outlive every re-ingest."""

from __future__ import annotations

import os
from pathlib import Path

from catalog import cameras, media, metadata
from catalog.errors import CatalogError
from catalog.image_rows import image_record
from catalog.paths import relative
from catalog.store import (
    Catalog,
    caption_link_state,
    drop_manual_link,
    file_signature,
    image_ids,
    set_caption_links,
    set_manual_link,
    upsert_cameras,
    upsert_images,
    write,
)


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
        caption = caption_link_state(conn, article, caption_no)
        if rel not in image_ids(conn, [rel]):
            upsert_images(conn, [image_record(meta, rel, size, mtime_ns, camera)])
            upsert_cameras(conn, cameras.camera_rows([camera]))
        set_manual_link(conn, article, caption_no, rel)
        set_caption_links(conn, [{"caption_id": caption.id, **media.link_in_force(
            caption.auto_image_id, caption.auto_link, manual=True,
            manual_image_id=image_ids(conn, [rel])[rel])}])
    return rel


def clear_link(catalog: Catalog, article: str, caption_no: int) -> None:
    """Remove a hand-set link; the caption goes back to what the link rules find."""
    article = media.normalise_article_path(article)
    with write(catalog) as conn:
        caption = caption_link_state(conn, article, caption_no)
        if not drop_manual_link(conn, article, caption_no):
            raise CatalogError(f"{article}: caption {caption_no} has no manual link to clear")
        set_caption_links(conn, [{"caption_id": caption.id, **media.link_in_force(
            caption.auto_image_id, caption.auto_link)}])
