"""The catalog's tables, as SQLModel classes. Only `store.py` and the query modules use them.

Paths are stored relative to the folder `catalog ingest` ran in, with POSIX separators, exactly as
the contract shows them. File sizes and nanosecond mtimes need 64-bit columns on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 7


class CatalogInfo(SQLModel, table=True):
    """Key/value facts about the catalog itself, e.g. its schema version."""

    __tablename__ = "catalog_info"

    key: str = Field(primary_key=True)
    value: str


class ArticleRow(SQLModel, table=True):
    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(unique=True)
    content_hash: str
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    mtime_ns: int = Field(sa_column=Column(BigInteger, nullable=False))
    format: str
    headline: str | None = None
    deck: str | None = None
    published: dt.date | None = Field(default=None, index=True)
    warnings: str | None = None
    ingested_at: dt.datetime
    # The article reader's version that wrote the row; an older one means "read it again".
    reader: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class ImageRow(SQLModel, table=True):
    __tablename__ = "image"
    __table_args__ = (
        # camera first for searches; lens too so `cameras` groups from the index alone
        Index("ix_image_bodies", "camera", "lens"),
    )

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(unique=True)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    mtime_ns: int = Field(sa_column=Column(BigInteger, nullable=False))
    format: str | None = None
    width: int | None = None
    height: int | None = None
    make: str | None = None
    model: str | None = None
    camera: str | None = None
    lens: str | None = None
    # cameras.exif_camera_key: equal to a caption's camera_key when both name one body
    camera_key: str | None = None
    serial: str | None = None
    taken_at: str | None = None
    taken_date: dt.date | None = None
    creator: str | None = Field(default=None, index=True)
    # "|key1|key2|": each creator normalised for comparison (no case, titles, ranks, punctuation)
    creator_keys: str | None = None
    credit: str | None = Field(default=None, index=True)
    description: str | None = None
    copyright: str | None = None
    descriptions: str | None = None  # JSON array of every description the file carries
    error: str | None = None
    # The metadata reader's version that wrote the row; an older one means "read it again".
    reader: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class CaptionRow(SQLModel, table=True):
    __tablename__ = "caption"
    __table_args__ = (
        UniqueConstraint("article_id", "caption_no"),
        Index("ix_caption_photographer", "photographer"),
        Index("ix_caption_outlet", "outlet"),
        # camera first for searches; both columns so `cameras` and `credits --by camera` group
        # from the index alone
        Index("ix_caption_bodies", "camera", "caption_camera"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    caption_no: int
    text: str
    photographer: str | None = None
    # "|key1|key2|": each photographer the caption credits, normalised like image.creator_keys
    photographer_key: str | None = None
    outlet: str | None = None
    caption_camera: str | None = None
    camera: str | None = None
    image_ref: str | None = None
    # The link in force (manual if set, else automatic) and the automatic one kept beside it so
    # that `catalog link --clear` can restore it without reading the article again.
    image_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("image.id", ondelete="SET NULL"), index=True),
    )
    link: str | None = None
    auto_image_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("image.id", ondelete="SET NULL"))
    )
    auto_link: str | None = None
    # cameras.caption_camera_key: the audit compares it with the linked image's camera_key
    camera_key: str | None = None
    # the distributor of a "via" credit: Getty Images in "Name/AFP via Getty Images"
    via: str | None = None
    # where an HTML caption came from (domain.CaptionSource: markup, json-ld, attribute, alt);
    # None for plain text and Markdown
    caption_source: str | None = None


class ManualLink(SQLModel, table=True):
    """A link set by `catalog link`; keyed by paths so that it outlives re-ingests."""

    __tablename__ = "manual_link"

    article_path: str = Field(primary_key=True)
    caption_no: int = Field(primary_key=True)
    image_path: str


class CameraRow(SQLModel, table=True):
    """Every body seen in the catalog by its canonical name, with its maker (for `cameras`)."""

    __tablename__ = "camera"

    name: str = Field(primary_key=True)
    maker: str | None = None
