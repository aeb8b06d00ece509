"""The field registry: the one place a field of a caption row is declared.

Each field names its catalog column, the label a table shows, its help, its kind (which decides
how a `field:value` term compares it; see `query.KINDS`), whether it is a credits-sheet column
(CSV header and JSON key = its name) and its key in `catalog inspect`. The sheet's columns, the
query language, table labels, the field list in `--help` and the inspect keys all come from here.

Columns are named, not imported ("caption.text"), so that this module stays light enough for
`catalog --help` to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["text", "outlet", "path", "date", "camera", "finding", "number", "rule"]


@dataclass(frozen=True)
class Field:
    name: str
    column: str | None  # "table.column" in the catalog; None for computed fields (findings)
    kind: Kind
    help: str
    aliases: tuple[str, ...] = ()
    sheet: bool = True  # a credits-sheet column (contract order: the order below)
    inspect: str | None = None  # its key in `catalog inspect` (an ImageMeta attribute)
    # the column a field:value term compares, when not the one shown (e.g. a date for a time)
    filter_column: str | None = None
    label: str = ""  # table heading; the name with spaces when empty

    @property
    def heading(self) -> str:
        return self.label or self.name.replace("_", " ")

    def sql(self) -> Any:
        """The SQL column shown."""
        return _column(self.column)

    def filter_sql(self) -> Any:
        """The SQL column a field:value term compares."""
        return _column(self.filter_column or self.column)


def _column(name: str | None) -> Any:
    from catalog import store

    if name is None:
        raise ValueError("a computed field has no column")
    table, _, column = name.partition(".")
    return getattr(store, table.upper()).c[column]


FIELDS: tuple[Field, ...] = (
    Field("article", "article.path", "path", "article path relative to the ingest folder"),
    Field("published", "article.published", "date", "publication date; ranges a..b",
          aliases=("date",)),
    Field("headline", "article.headline", "text", "article headline"),
    Field("caption_no", "caption.caption_no", "number", "caption number within the article"),
    Field("caption", "caption.text", "text", "caption text", aliases=("text",)),
    Field("photographer", "caption.photographer", "text", "photographer the caption credits",
          aliases=("by", "credit")),
    Field("outlet", "caption.outlet", "outlet", "outlet the caption credits",
          aliases=("agency",)),
    Field("caption_camera", "caption.caption_camera", "text", "camera as the caption writes it"),
    Field("camera", "caption.camera", "camera",
          "any spelling of a body, matched in the caption or the file's EXIF", aliases=("body",)),
    Field("image", "image.path", "path", "linked image path; image:none for unlinked",
          aliases=("file",), inspect="path"),
    Field("link", "caption.link", "rule", "link rule: explicit, url, convention, embedded, manual"),
    Field("exif_make", "image.make", "text", "EXIF Make of the linked image",
          aliases=("make",), inspect="make"),
    Field("exif_model", "image.model", "text", "EXIF Model of the linked image",
          aliases=("model",), inspect="model"),
    Field("exif_camera", "image.camera", "text", "canonical camera of the linked image",
          inspect="camera"),
    Field("lens", "image.lens", "text", "lens of the linked image", inspect="lens"),
    Field("serial", "image.serial", "text", "body serial number of the linked image",
          sheet=False, inspect="serial"),
    Field("taken_at", "image.taken_at", "date", "capture time of the linked image",
          aliases=("taken",), inspect="taken_at", filter_column="image.taken_date"),
    Field("creator", "image.creator", "text", "creator embedded in the linked image",
          inspect="creator"),
    Field("image_credit", "image.credit", "text", "IPTC/XMP credit line of the linked image",
          sheet=False, inspect="credit"),
    Field("description", "image.description", "text", "description embedded in the linked image",
          sheet=False, inspect="description"),
    Field("copyright", "image.copyright", "text", "copyright embedded in the linked image",
          inspect="copyright"),
    Field("findings", None, "finding", "audit codes; finding:none for clean captions",
          aliases=("finding",)),
    Field("via", "caption.via", "outlet",
          "distributor of a 'via' credit (Getty Images in 'Name/AFP via Getty Images')",
          aliases=("distributor",)),
    Field("caption_source", "caption.caption_source", "rule",
          "where an HTML caption came from: markup, json-ld, attribute (title) or alt (alt text)",
          aliases=("source",)),
    Field("width", "image.width", "number", "pixel width of the linked image", sheet=False,
          inspect="width"),
    Field("height", "image.height", "number", "pixel height of the linked image", sheet=False,
          inspect="height"),
)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}
_BY_ANY_NAME = {**{alias: f for f in FIELDS for alias in f.aliases}, **FIELDS_BY_NAME}

# The credits sheet: these columns in this order (contract). Search rows are sheet rows.
SHEET_COLUMNS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.sheet)

# The keys of `catalog inspect`, in contract order.
INSPECT_KEYS: tuple[str, ...] = tuple(f.inspect for f in FIELDS if f.inspect)

# Columns a person sees in a search table (JSON/CSV carry every sheet column).
TABLE_COLUMNS: tuple[str, ...] = (
    "article", "caption_no", "photographer", "outlet", "camera", "exif_camera", "image",
    "findings", "caption",
)
LABELS = {f.name: f.heading for f in FIELDS}


def field_named(name: str) -> Field | None:
    """The field a user means by NAME or one of its aliases, case aside."""
    return _BY_ANY_NAME.get(name.lower())


def sheet_columns() -> list[Any]:
    """SQL columns of the sheet, labelled by sheet name (findings is computed separately)."""
    return [f.sql().label(f.name) for f in FIELDS if f.sheet and f.column is not None]


def describe() -> str:
    """One line per field, for help texts: name, aliases and what it holds."""
    return "\n".join(
        f"{f.name}{' (' + ', '.join(f.aliases) + ')' if f.aliases else ''}: {f.help}"
        for f in FIELDS
    )
