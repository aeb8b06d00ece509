"""The search language: what each typed string parses to, and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from catalog.errors import QueryError
from catalog.query import Term, date_range, parse, tokenize


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Yingst", [Term(None, "Yingst")]),
        ("photographer:Yingst", [Term("photographer", "Yingst")]),
        ('camera:"Nikon D850"', [Term("camera", "Nikon D850")]),
        ("-outlet:Reuters", [Term("outlet", "Reuters", negated=True)]),
        ("published:2023-11..2023-12", [Term("published", "2023-11..2023-12")]),
        ("finding:camera-mismatch", [Term("findings", "camera-mismatch")]),
        ("image:none", [Term("image", "none")]),
        ("Gaza -Hamas", [Term(None, "Gaza"), Term(None, "Hamas", negated=True)]),
        ('"ongoing battles" AP', [Term(None, "ongoing battles"), Term(None, "AP")]),
        ("-", []),
        ("*", []),
        ("", []),
        ('dog"', [Term(None, "dog")]),
        ("10:30", [Term(None, "10:30")]),
        ("by:Lima", [Term("photographer", "Lima")]),
    ],
)
def test_parse(text: str, terms: list[Term]) -> None:
    assert parse(text) == terms


def test_unknown_field_is_refused_with_a_suggestion() -> None:
    with pytest.raises(QueryError, match="did you mean photographer"):
        parse("fotographer:Lima")


def test_empty_value_is_refused() -> None:
    with pytest.raises(QueryError, match="give a value"):
        parse("outlet:")


def test_overlong_query_is_refused() -> None:
    with pytest.raises(QueryError, match="too long"):
        parse("x" * 10_001)


def test_unbalanced_quote_closes_at_the_end() -> None:
    assert tokenize('"Trey Yingst') == ['"Trey Yingst']
    assert parse('"Trey Yingst') == [Term(None, "Trey Yingst")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
        ("2023-02", (dt.date(2023, 2, 1), dt.date(2023, 2, 28))),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2023-11-04", (dt.date(2023, 11, 4), dt.date(2023, 11, 4))),
        ("2023-11..2023-12", (dt.date(2023, 11, 1), dt.date(2023, 12, 31))),
        ("2023-11..", (dt.date(2023, 11, 1), None)),
        ("..2023", (None, dt.date(2023, 12, 31))),
    ],
)
def test_date_range(value: str, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert date_range(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2023-13", "2023-02-30", "..", "23-1-1"])
def test_bad_dates_are_refused(value: str) -> None:
    with pytest.raises(QueryError):
        date_range(value)


def test_the_registry_names_real_columns_and_image_fields() -> None:
    """The field registry is where a field is declared; what it names must exist: each
    column in the schema, each inspect key on ImageMeta, and the image row a worker builds
    (plus the camera the parent names) is the `image` table's row."""

    from catalog import store
    from catalog.domain import ImageMeta
    from catalog.fields import FIELDS, INSPECT_KEYS
    from catalog.image_rows import IMAGE_FIELDS

    for field in FIELDS:
        for name in (field.column, field.filter_column):
            if name is not None:
                table, _, column = name.partition(".")
                assert column in getattr(store, table.upper()).c, (field.name, name)
    assert set(INSPECT_KEYS) <= set(ImageMeta._fields)
    assert len(set(INSPECT_KEYS)) == len(INSPECT_KEYS)
    assert list(IMAGE_FIELDS) == [c.name for c in store.IMAGE.columns
                                  if c.name not in ("id", "camera", "camera_key")]
