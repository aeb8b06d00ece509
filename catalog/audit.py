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
    code: str
    severity: Severity
    summary: str  # what the finding means, for help texts and docs

    def condition(self) -> ColumnElement[bool]:
        return _CONDITIONS[self.code]()

    def values(self) -> tuple[Any, Any]:
        return _VALUES[self.code]()


RULES: tuple[Rule, ...] = (
    Rule("camera-mismatch", "error", "caption camera and EXIF camera are different bodies"),
    Rule("taken-after-publication", "error",
         "capture date is a later calendar day than the publication date"),
    Rule("image-unreadable", "error", "the linked file exists but cannot be read as an image"),
    Rule("credit-mismatch", "warning",
         "caption photographer and image creator name different people"),
    Rule("image-missing", "warning", "no image file is linked to the caption"),
    Rule("no-exif", "warning", "the linked image carries no camera make/model"),
    Rule("unknown-camera", "warning",
         "the caption names a camera the camera database does not know"),
)
RULES_BY_CODE = {rule.code: rule for rule in RULES}
SEVERITY_RANK = {"warning": 1, "error": 2}

_readable = and_(c.c.image_id.is_not(None), i.c.error.is_(None))

_CONDITIONS: dict[str, Callable[[], ColumnElement[bool]]] = {
    # Comparison keys, not names: one body written two ways has one key, and a name neither
    # camera database knows is still compared by its tidy form (cameras.caption_camera_key).
    "camera-mismatch": lambda: and_(
        _readable, c.c.camera_key.is_not(None), i.c.camera_key.is_not(None),
        c.c.camera_key != i.c.camera_key,
    ),
    "taken-after-publication": lambda: and_(
        _readable, a.c.published.is_not(None), i.c.taken_date.is_not(None),
        i.c.taken_date > a.c.published,
    ),
    "image-unreadable": lambda: and_(c.c.image_id.is_not(None), i.c.error.is_not(None)),
    "credit-mismatch": lambda: and_(
        _readable, c.c.photographer_key.is_not(None), i.c.creator_keys.is_not(None),
        # Both hold "|a|b|" lists; they agree when one list holds the other (usually one name).
        not_(i.c.creator_keys.contains(c.c.photographer_key, autoescape=False)),
        not_(c.c.photographer_key.contains(i.c.creator_keys, autoescape=False)),
    ),
    "image-missing": lambda: c.c.image_id.is_(None),
    "no-exif": lambda: and_(_readable, i.c.make.is_(None), i.c.model.is_(None)),
    "unknown-camera": lambda: and_(c.c.caption_camera.is_not(None), c.c.camera.is_(None)),
}

_VALUES: dict[str, Callable[[], tuple[Any, Any]]] = {
    "camera-mismatch": lambda: (func.coalesce(c.c.camera, c.c.caption_camera), i.c.camera),
    "taken-after-publication": lambda: (func.cast(a.c.published, _text()), i.c.taken_at),
    "image-unreadable": lambda: (i.c.path, i.c.error),
    "credit-mismatch": lambda: (c.c.photographer, i.c.creator),
    "image-missing": lambda: (null(), null()),
    "no-exif": lambda: (func.coalesce(c.c.camera, c.c.caption_camera), null()),
    "unknown-camera": lambda: (c.c.caption_camera, i.c.camera),
}


def _text() -> Any:
    from sqlalchemy import String

    return String()


def joined() -> Any:
    """caption ⋈ article ⋈ linked image: the row every rule and the sheet look at."""
    return c.join(a, a.c.id == c.c.article_id).outerjoin(i, i.c.id == c.c.image_id)


def _message(rule: Rule, caption_value: Any, exif_value: Any) -> str:
    if rule.code == "camera-mismatch":
        return f"caption says {caption_value}, the file was made with {exif_value}"
    if rule.code == "taken-after-publication":
        return f"taken {exif_value}, after publication on {caption_value}"
    if rule.code == "image-unreadable":
        return f"{caption_value} cannot be read: {exif_value}"
    if rule.code == "credit-mismatch":
        return f"caption credits {caption_value}, the file's creator is {exif_value}"
    if rule.code == "image-missing":
        return "no image file is linked to this caption"
    if rule.code == "no-exif":
        return "the linked image carries no camera make or model"
    return f"{caption_value} is not in the camera database"


def _flag(rule: Rule) -> Any:
    """1 where the caption breaks the rule, else 0."""
    return case((rule.condition(), literal(1)), else_=literal(0))


def _chosen(codes: list[str] | None) -> list[Rule]:
    """The rules asked for, in code order (the order findings of one caption are listed in)."""
    return sorted((r for r in RULES if codes is None or r.code in codes), key=lambda r: r.code)


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
                message=_message(rule, caption_value, exif_value),
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
