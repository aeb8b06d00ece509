"""The `image` row of one file as read: built in workers during ingest, and by `catalog link`
for a file it catalogues."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from catalog import cameras, metadata
from catalog.domain import ImageMeta
from catalog.people import creator_keys

# The `image` columns a worker fills, in the order of `image_values`; the parent adds the
# camera's name and key (`CameraNames`), once per make and model.
IMAGE_FIELDS = ("path", "size", "mtime_ns", "format", "width", "height", "make", "model",
                "lens", "serial", "taken_at", "taken_date", "creator", "creator_keys", "credit",
                "description", "copyright", "descriptions", "error", "reader")

# json.dumps(value, ensure_ascii=False), without making an encoder for each row
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def image_values(meta: ImageMeta, rel: str, size: int, mtime_ns: int) -> tuple[Any, ...]:
    """The `image` row for one file as read, but its camera names: a plain tuple in
    IMAGE_FIELDS order (cheap to send from a worker)."""
    taken_date = None
    if meta.taken_at:
        try:
            taken_date = dt.date.fromisoformat(meta.taken_at[:10])
        except ValueError:
            taken_date = None
    return (
        rel, size, mtime_ns, meta.format, meta.width, meta.height, meta.make, meta.model,
        meta.lens, meta.serial, meta.taken_at, taken_date, meta.creator,
        creator_keys(meta.creator), meta.credit, meta.description, meta.copyright,
        _to_json(list(meta.descriptions)) if meta.descriptions else None,
        meta.error, metadata.READER_VERSION,
    )


def image_record(meta: ImageMeta, rel: str, size: int, mtime_ns: int,
                 camera: cameras.Resolved) -> dict[str, Any]:
    """The `image` row for one file as read, its camera resolved
    (`cameras.resolve_exif(meta.make, meta.model)`)."""
    record = dict(zip(IMAGE_FIELDS, image_values(meta, rel, size, mtime_ns), strict=True))
    record.update(camera=camera.name, camera_key=camera.key)
    return record
