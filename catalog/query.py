"""The search language: free text plus `field:value` terms, ranges and negation.

    Yingst camera:"Nikon D850" published:2023-11..2023-12 -outlet:Reuters finding:none

Free words go to the full-text index (each one quoted, so no user string is ever FTS syntax);
terms become SQLAlchemy expressions built from the field registry (never SQL strings). Any string
a user types gives a result or a QueryError with a clear message.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import and_, func, not_, or_, true
from sqlalchemy.sql.elements import ColumnElement

from catalog import audit, cameras, store
from catalog.credits.outlets import known_outlet
from catalog.errors import QueryError
from catalog.fields import FIELDS, Field, Kind, field_named
from catalog.store import CAPTION, IMAGE

MAX_QUERY_LENGTH = 10_000
_TERM = re.compile(r"^(-?)([A-Za-z_]+):(.*)$", re.DOTALL)
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Term:
    """One piece of a query: free text (field None) or field:value, possibly negated."""

    field: str | None
    value: str
    negated: bool = False


def tokenize(text: str) -> list[str]:
    """Split on whitespace, keeping "quoted phrases" (a quote left open closes at the end)."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text.replace("\x00", ""):
        if ch in "\"“”":
            quoted = not quoted
            current.append('"')
        elif ch.isspace() and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
        else:
            current.append(ch)
    if current:
        tokens.append("".join(current))
    return tokens


def _unquote(value: str) -> str:
    return value.replace('"', "").strip()


def parse(text: str) -> list[Term]:
    """Terms of a query string. Unknown fields are refused with a suggestion."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"search text too long ({len(text)} characters; at most "
                         f"{MAX_QUERY_LENGTH})")
    terms: list[Term] = []
    for token in tokenize(text):
        match = _TERM.match(token)
        if match and not token.startswith('"'):
            negated, name, value = match.group(1) == "-", match.group(2), _unquote(match.group(3))
            field = field_named(name)
            if field is None:
                raise QueryError(_unknown_field_message(name, token))
            if not value:
                raise QueryError(f"'{token}': give a value after '{name}:' "
                                 f"(or {name}:none for captions without one)")
            terms.append(Term(field.name, value, negated))
            continue
        negated = token.startswith("-") and len(token) > 1
        word = _unquote(token[1:] if negated else token)
        if _WORD.search(word):
            terms.append(Term(None, word, negated))
    return terms


def _unknown_field_message(name: str, token: str) -> str:
    names = sorted({f.name for f in FIELDS})
    close = difflib.get_close_matches(name.lower(), names, n=1)
    hint = f"; did you mean {close[0]}:?" if close else ""
    return f"unknown field '{name}' in '{token}'{hint} Fields: {', '.join(names)}"


# --- terms to SQL --------------------------------------------------------------------------


def where(terms: Sequence[Term], dialect: str) -> ColumnElement[bool]:
    """One condition for all terms (AND), for a select over audit.joined()."""
    conditions: list[ColumnElement[bool]] = []
    words = [t.value for t in terms if t.field is None and not t.negated]
    if words:
        conditions.append(CAPTION.c.id.in_(store.fulltext_ids(dialect, words)))
    for term in terms:
        if term.field is None:
            if term.negated:
                conditions.append(CAPTION.c.id.not_in(store.fulltext_ids(dialect, [term.value])))
            continue
        field = field_named(term.field)
        assert field is not None
        condition = _field_condition(field, term.value)
        conditions.append(not_(condition) if term.negated else condition)
    return and_(true(), *conditions)


def _field_condition(field: Field, value: str) -> ColumnElement[bool]:
    behaviour = KINDS[field.kind]
    return behaviour.none(field) if value.lower() == "none" else behaviour.match(field, value)


@dataclass(frozen=True)
class KindBehaviour:
    """How a field:value term compares a field of one kind: `match` for a value, `none` for
    field:none (the field is empty)."""

    match: Callable[[Field, str], ColumnElement[bool]]
    none: Callable[[Field], ColumnElement[bool]]


def _empty(field: Field) -> ColumnElement[bool]:
    column = field.filter_sql()
    return or_(column.is_(None), column == "")


def _null(field: Field) -> ColumnElement[bool]:
    return cast(ColumnElement[bool], field.filter_sql().is_(None))


def _contains(field: Field, value: str) -> ColumnElement[bool]:
    return func.coalesce(field.filter_sql(), "").icontains(value, autoescape=True)


def _outlet(field: Field, value: str) -> ColumnElement[bool]:
    """A term naming a known outlet by any of its names finds it ("Associated Press" finds AP)."""
    contains = _contains(field, value)
    canonical = known_outlet(value)
    return or_(field.filter_sql() == canonical, contains) if canonical else contains


def _glob_or_contains(field: Field, value: str) -> ColumnElement[bool]:
    if not any(ch in value for ch in "*?"):
        return _contains(field, value)
    pattern = value.replace("%", r"\%").replace("_", r"\_").replace("*", "%").replace("?", "_")
    return func.coalesce(field.filter_sql(), "").like(pattern, escape="\\")


def _in_dates(field: Field, value: str) -> ColumnElement[bool]:
    column = field.filter_sql()
    since, until = date_range(value, field.name)
    return and_(column.is_not(None), *(
        [column >= since] if since else []), *([column <= until] if until else []))


def _whole_number(field: Field, value: str) -> ColumnElement[bool]:
    if not value.isdigit():
        raise QueryError(f"{field.name}:{value}: give a whole number")
    return cast(ColumnElement[bool], field.filter_sql() == int(value))


def _same_word(field: Field, value: str) -> ColumnElement[bool]:
    return func.lower(func.coalesce(field.filter_sql(), "")) == value.lower()


def _finding(field: Field, value: str) -> ColumnElement[bool]:
    if value.lower() not in audit.RULES_BY_CODE:
        raise QueryError(f"unknown finding '{value}'; codes: {', '.join(audit.RULES_BY_CODE)}")
    return audit.any_condition([value.lower()])


KINDS: dict[Kind, KindBehaviour] = {
    "text": KindBehaviour(_contains, _empty),
    "outlet": KindBehaviour(_outlet, _empty),
    "path": KindBehaviour(_glob_or_contains, _empty),
    "date": KindBehaviour(_in_dates, _null),
    "number": KindBehaviour(_whole_number, _null),
    "camera": KindBehaviour(lambda field, value: camera_condition(value), _null),
    "rule": KindBehaviour(_same_word, _null),
    "finding": KindBehaviour(
        _finding, lambda field: not_(audit.any_condition(list(audit.RULES_BY_CODE)))),
}


def camera_condition(value: str) -> ColumnElement[bool]:
    """Any spelling of a body: 'a7 III' finds captions and files of the Sony Alpha 7 III."""
    body = cameras.body_from_caption(value)
    if body is not None:
        return or_(CAPTION.c.camera == body.name, IMAGE.c.camera == body.name)
    return or_(*(
        func.coalesce(column, "").icontains(value, autoescape=True)
        for column in (CAPTION.c.caption_camera, CAPTION.c.camera, IMAGE.c.camera,
                       IMAGE.c.model)
    ))


def date_range(value: str, name: str = "date") -> tuple[dt.date | None, dt.date | None]:
    """'2023', '2023-11', '2023-11-04', 'a..b', 'a..', '..b' → (first day, last day)."""
    if ".." in value:
        start, _, end = value.partition("..")
        since = _date_bound(start, name, first=True) if start else None
        until = _date_bound(end, name, first=False) if end else None
        if since is None and until is None:
            raise QueryError(f"{name}:{value}: give a date on at least one side of '..'")
        return since, until
    return _date_bound(value, name, first=True), _date_bound(value, name, first=False)


def _date_bound(text: str, name: str, *, first: bool) -> dt.date:
    parts = text.strip().split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            year = int(parts[0])
            return dt.date(year, 1, 1) if first else dt.date(year, 12, 31)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1 if first else last)
        if len(parts) == 3:
            return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise QueryError(f"{name}:{text}: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")


@dataclass(frozen=True)
class Query:
    """What a read command selects: the terms of its TEXT and its options, ANDed together.

    Every read command (search, credits, cameras, show, audit, export, sheet) takes one, so the
    same words select the same captions everywhere.
    """

    terms: tuple[Term, ...] = ()

    @classmethod
    def of(cls, text: Sequence[str] = (), *, photographer: str | None = None,
           outlet: str | None = None, camera: str | None = None, since: str | None = None,
           until: str | None = None, article: str | None = None) -> Query:
        """The query TEXT and the shared options stand for (--outlet O is outlet:O, ...)."""
        terms = parse(" ".join(text))
        options = {"photographer": photographer, "outlet": outlet, "camera": camera,
                   "article": article}
        terms += [Term(name, value) for name, value in options.items() if value]
        if since or until:
            terms.append(Term("published", f"{since or ''}..{until or ''}"))
        return cls(tuple(terms))

    @property
    def everything(self) -> bool:
        """True when no term narrows the selection (every caption matches)."""
        return not self.terms

    def where(self, dialect: str) -> ColumnElement[bool]:
        return where(self.terms, dialect)


EVERYTHING = Query()  # the empty query: every caption
