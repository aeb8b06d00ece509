"""The cheap test before a credit form is tried (`needed_strings`, `literal_text`) must never
turn away a text the form matches: what it assumes of case-insensitive matching holds for
every character, and every form's example still passes it."""

from __future__ import annotations

import re

from catalog.caption_text import FLAGS, literal_text, needed_strings
from catalog.credit_segments import _FORMS, _form_pattern
from catalog.credits.forms import CREDIT_FORMS

EVERY_CHARACTER = "".join(chr(code) for code in range(0x110000)
                          if not 0xD800 <= code < 0xE000)


def _needed_characters() -> set[str]:
    return {char for form, _ in _FORMS for need in needed_strings(_form_pattern(form), FLAGS)
            for string in need for char in string}


def test_a_character_matching_a_needed_one_is_spelled_so_by_literal_text() -> None:
    needed = _needed_characters()
    assert {"/", "b", "y", "摄", "–"} <= needed
    for char in needed:
        matching = re.compile(re.escape(char), re.IGNORECASE).findall(EVERY_CHARACTER)
        assert {literal_text(other) for other in matching} == {char}, char


def test_every_ascii_letter_is_matched_only_by_what_literal_text_spells_as_it() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matching = re.compile(letter, re.IGNORECASE).findall(EVERY_CHARACTER)
        assert {literal_text(other) for other in matching} == {letter}, letter


def test_needed_strings_of_a_pattern() -> None:
    assert needed_strings(r"(?:photo|foto)s?\s+by\s+(?P<name>[^/]+)", re.I) == (
        frozenset({"photo", "foto"}), frozenset({"by"}))
    assert needed_strings(r"(?P<name>.+?)\s*(?:摄|攝)") == (frozenset({"摄", "攝"}),)
    assert needed_strings(r"(?:Name\s+)?(?P<name>\w+)") == ()  # optional parts need nothing
    assert needed_strings(r"(?:a|\w)b") == (frozenset({"b"}),)


def test_every_form_example_holds_what_its_form_needs() -> None:
    for form in CREDIT_FORMS:
        text = literal_text(form.example.replace("’", "'").replace("“", '"').replace("”", '"'))
        for need in needed_strings(_form_pattern(form), FLAGS):
            assert any(string in text for string in need), (form.name, need)
