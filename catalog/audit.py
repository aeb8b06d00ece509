"""The audit: does each caption tell the truth about its file?

Each rule is a SQL condition over one caption row joined to its article and linked image, so
findings are computed from the catalog when asked, set-based, on either engine. The same
conditions drive the credits sheet's `findings` column and the `finding:CODE` search term.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    and_,
    case,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from catalog.domain import Finding, Severity
from catalog.store import ARTICLE, CAPTION, IMAGE

c, a, i = CAPTION, ARTICLE, IMAGE


@dataclass(frozen=True)
class Rule:
    """One audit code: when a caption breaks it (a SQL condition over `joined()`), the two
    values a finding shows, and its message with {caption} and {exif} for those values."""

    code: str
    severity: Severity
    condition: Callable[[], ColumnElement[bool]]
    values: Callable[[], tuple[Any, Any]]
    message: str


_readable = and_(c.c.image_id.is_not(None), i.c.error.is_(None))


def _as_text(column: Any) -> Any:
    return func.cast(column, String())


# In code order: the order the findings of one caption are listed in.
RULES: tuple[Rule, ...] = (
    # Comparison keys, not names: one body written two ways has one key, and a name neither
    # camera database knows is still compared by its tidy form (cameras.caption_camera_key).
    Rule("camera-mismatch", "error",
         lambda: and_(_readable, c.c.camera_key.is_not(None), i.c.camera_key.is_not(None),
                      c.c.camera_key != i.c.camera_key),
         lambda: (func.coalesce(c.c.camera, c.c.caption_camera), i.c.camera),
         "caption says {caption}, the file was made with {exif}"),
    Rule("credit-mismatch", "warning",
         lambda: and_(
             _readable, c.c.photographer_key.is_not(None), i.c.creator_keys.is_not(None),
             # Both hold "|a|b|" lists; they agree when one holds the other (usually one name).
             not_(i.c.creator_keys.contains(c.c.photographer_key, autoescape=False)),
             not_(c.c.photographer_key.contains(i.c.creator_keys, autoescape=False))),
         lambda: (c.c.photographer, i.c.creator),
         "caption credits {caption}, the file's creator is {exif}"),
    Rule("image-missing", "warning",
         lambda: c.c.image_id.is_(None),
         lambda: (null(), null()),
         "no image file is linked to this caption"),
    Rule("image-unreadable", "error",
         lambda: and_(c.c.image_id.is_not(None), i.c.error.is_not(None)),
         lambda: (i.c.path, i.c.error),
         "{caption} cannot be read: {exif}"),
    Rule("no-exif", "warning",
         lambda: and_(_readable, i.c.make.is_(None), i.c.model.is_(None)),
         lambda: (func.coalesce(c.c.camera, c.c.caption_camera), null()),
         "the linked image carries no camera make or model"),
    Rule("taken-after-publication", "error",
         lambda: and_(_readable, a.c.published.is_not(None), i.c.taken_date.is_not(None),
                      i.c.taken_date > a.c.published),
         lambda: (_as_text(a.c.published), i.c.taken_at),
         "taken {exif}, after publication on {caption}"),
    Rule("unknown-camera", "warning",
         lambda: and_(c.c.caption_camera.is_not(None), c.c.camera.is_(None)),
         lambda: (c.c.caption_camera, i.c.camera),
         "{caption} is not in the camera database"),
)
RULES_BY_CODE = {rule.code: rule for rule in RULES}
SEVERITY_RANK = {"warning": 1, "error": 2}


def joined() -> Any:
    """caption ⋈ article ⋈ linked image: the row every rule and the sheet look at."""
    return c.join(a, a.c.id == c.c.article_id).outerjoin(i, i.c.id == c.c.image_id)


def _flag(rule: Rule) -> Any:
    """1 where the caption breaks the rule, else 0."""
    return case((rule.condition(), literal(1)), else_=literal(0))


def _chosen(codes: list[str] | None) -> list[Rule]:
    """The rules asked for, in code order (the order findings of one caption are listed in)."""
    return [r for r in RULES if codes is None or r.code in codes]


def findings_query(codes: list[str] | None = None, where: Any = None) -> Any:
    """One pass over the captions that break any rule: per rule a flag and its two values,
    ordered by article and caption. `findings` turns each row into its findings."""
    rules = _chosen(codes)
    columns: list[Any] = [a.c.path.label("article"), c.c.caption_no.label("caption_no")]
    for n, rule in enumerate(rules):
        caption_value, exif_value = rule.values()
        columns += [_flag(rule).label(f"flag{n}"),
                    caption_value.label(f"caption{n}"), exif_value.label(f"exif{n}")]
    statement = select(*columns).select_from(joined())
    statement = statement.where(or_(*(r.condition() for r in rules)) if rules else false())
    if where is not None:
        statement = statement.where(where)
    return statement.order_by(a.c.path, c.c.caption_no)


def findings(conn: Connection, severity: Severity | None = None,
             where: Any = None) -> Iterator[Finding]:
    """Every finding in the catalog (or those of captions matching `where`), streamed, at or
    above `severity` when given; ordered by article, caption and code."""
    codes = None
    if severity is not None:
        codes = [r.code for r in RULES if SEVERITY_RANK[r.severity] >= SEVERITY_RANK[severity]]
    rules = _chosen(codes)
    statement = findings_query(codes, where)
    for row in conn.execution_options(stream_results=True, yield_per=1000).execute(statement):
        for n, rule in enumerate(rules):
            if not row[2 + 3 * n]:
                continue
            caption_value, exif_value = row[3 + 3 * n], row[4 + 3 * n]
            caption_value = None if caption_value is None else str(caption_value)
            exif_value = None if exif_value is None else str(exif_value)
            yield Finding(
                article=row.article, caption_no=row.caption_no, code=rule.code,
                severity=rule.severity, caption_value=caption_value, exif_value=exif_value,
                message=rule.message.format(caption=caption_value, exif=exif_value),
            )


def count_findings(conn: Connection) -> int:
    """How many findings the catalog holds: the flags of every caption, summed in one pass."""
    flags = [_flag(rule) for rule in RULES]
    total = func.sum(sum(flags[1:], flags[0]))
    return int(conn.execute(select(total).select_from(joined())).scalar_one() or 0)


def finding_flags() -> list[Any]:
    """One boolean column per rule, labelled by code, for the sheet's `findings` column."""
    return [_flag(rule).label(f"finding:{rule.code}") for rule in RULES]


def any_condition(codes: list[str]) -> ColumnElement[bool]:
    return or_(*(RULES_BY_CODE[code].condition() for code in codes))
