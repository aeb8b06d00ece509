"""The field registry: one place that names every field of a caption row, its SQL column, its
kind and its help. It drives the credits-sheet columns, the `field:value` query language, the
matching search options and the column labels of tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from catalog.store import ARTICLE, CAPTION, IMAGE

Kind = Literal["text", "path", "date", "camera", "finding", "number", "rule"]

c, a, i = CAPTION, ARTICLE, IMAGE


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    column: Callable[[], Any]
    help: str
    # the column a field:value term compares, when not the one shown (e.g. a date for a time)
    filter_column: Callable[[], Any] | None = None

    def filter(self) -> Any:
        return (self.filter_column or self.column)()


FIELDS: tuple[Field, ...] = (
    Field("article", "path", lambda: a.c.path, "article path relative to the ingest folder"),
    Field("published", "date", lambda: a.c.published, "publication date; ranges a..b"),
    Field("headline", "text", lambda: a.c.headline, "article headline"),
    Field("caption_no", "number", lambda: c.c.caption_no, "caption number within the article"),
    Field("caption", "text", lambda: c.c.text, "caption text"),
    Field("photographer", "text", lambda: c.c.photographer, "photographer the caption credits"),
    Field("outlet", "text", lambda: c.c.outlet, "outlet the caption credits"),
    Field("caption_camera", "text", lambda: c.c.caption_camera, "camera as the caption writes it"),
    Field("camera", "camera", lambda: c.c.camera,
          "any spelling of a body, matched in the caption or the file's EXIF"),
    Field("image", "path", lambda: i.c.path, "linked image path; image:none for unlinked"),
    Field("link", "rule", lambda: c.c.link, "link rule: explicit, convention, embedded, manual"),
    Field("exif_make", "text", lambda: i.c.make, "EXIF Make of the linked image"),
    Field("exif_model", "text", lambda: i.c.model, "EXIF Model of the linked image"),
    Field("exif_camera", "text", lambda: i.c.camera, "canonical camera of the linked image"),
    Field("lens", "text", lambda: i.c.lens, "lens of the linked image"),
    Field("taken_at", "date", lambda: i.c.taken_at, "capture time of the linked image",
          filter_column=lambda: i.c.taken_date),
    Field("creator", "text", lambda: i.c.creator, "creator embedded in the linked image"),
    Field("copyright", "text", lambda: i.c.copyright, "copyright embedded in the linked image"),
    Field("findings", "finding", lambda: None, "audit codes; finding:none for clean captions"),
    Field("via", "text", lambda: c.c.via,
          "distributor of a 'via' credit (Getty Images in 'Name/AFP via Getty Images')"),
)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}

# The credits sheet: these columns in this order (contract). Search rows are sheet rows.
SHEET_COLUMNS: tuple[str, ...] = tuple(f.name for f in FIELDS)

# Short names users type in `field:value` terms.
ALIASES = {
    "text": "caption", "finding": "findings", "date": "published", "taken": "taken_at",
    "make": "exif_make", "model": "exif_model", "file": "image", "credit": "photographer",
    "by": "photographer", "agency": "outlet", "body": "camera", "distributor": "via",
}

# Columns a person sees in a search table (JSON/CSV carry every sheet column).
TABLE_COLUMNS: tuple[str, ...] = (
    "article", "caption_no", "photographer", "outlet", "camera", "exif_camera", "image",
    "findings", "caption",
)


def field_named(name: str) -> Field | None:
    key = name.lower()
    return FIELDS_BY_NAME.get(ALIASES.get(key, key))


def sheet_columns() -> list[Any]:
    """SQL columns of the sheet, labelled by sheet name (findings is computed separately)."""
    return [f.column().label(f.name) for f in FIELDS if f.kind != "finding"]
