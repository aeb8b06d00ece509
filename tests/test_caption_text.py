"""The cheap tests before a pattern is tried must never change what it finds: the strings a
credit form or a needing pattern needs (`needed_strings`, `literal_text`, `needing_pattern`)
turn away no text it matches, and the lead-ins grouped by their first characters
(`by_first_character`) find what they found."""

from __future__ import annotations

import re

from benchmarks.credit_strings import rows
from catalog import captions
from catalog.caption_text import (
    FLAGS,
    NEEDING_PATTERNS,
    by_first_character,
    literal_text,
    needed_strings,
    normalise,
)
from catalog.credit_segments import _FORMS, LEAD_IN, _form_pattern
from catalog.credits.forms import CREDIT_FORMS
from catalog.credits.lexicon import LEAD_INS

EVERY_CHARACTER = "".join(chr(code) for code in range(0x110000)
                          if not 0xD800 <= code < 0xE000)


def _needed_characters() -> set[str]:
    sources = [(_form_pattern(form), FLAGS) for form, _ in _FORMS]
    sources += [(pattern.pattern, pattern.flags) for pattern in NEEDING_PATTERNS]
    return {char for source, flags in sources for need in needed_strings(source, flags)
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


def test_an_alternation_by_first_character_finds_what_the_plain_one_finds() -> None:
    leads = [lead.pattern for lead in LEAD_INS]
    plain = re.compile(r"(?<![\w'])(?:" + "|".join(leads) + ")", FLAGS)
    grouped = re.compile(r"(?<![\w'])(?:" + by_first_character(leads, FLAGS) + ")", FLAGS)
    assert grouped.pattern != plain.pattern
    texts = [normalise(row.text) for row in rows()]
    texts += ["Photo: Ana Lima/AFP. Foto de Ana Lima", "© 2024 Ana Lima, courtesy of the artist",
              "Bild: dpa. Фото: ТАСС. 写真：共同. İmage by Ana. ſource: NASA"]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text


def test_by_first_character_keeps_the_winning_alternative() -> None:
    alternatives = [r"ab", r"a", r"(?:x|\w)y", r"b?c"]
    grouped = re.compile(by_first_character(alternatives))
    plain = re.compile("|".join(alternatives))
    for text in ["ab", "a", "xy", "zy", "c", "bc", "abxyc", "zzz"]:
        assert [m.group() for m in grouped.finditer(text)] == \
            [m.group() for m in plain.finditer(text)]


def test_a_needing_pattern_finds_what_the_plain_one_finds() -> None:
    assert captions.read_caption  # the grammar's modules, whose patterns these are, imported
    assert len(NEEDING_PATTERNS) >= 20
    texts = [row.text for row in rows()]
    texts += [normalise(text) for text in texts]
    texts += ["Photo: Ana Lima/AFP (CC BY 2.0) #harbour https://example.org/a",
              "… im Hafen.Foto: dpa 2019©Ana Lima | PR", "Name, Kandy Corr.", "新华社记者 王明 摄"]
    for needing in NEEDING_PATTERNS:
        plain = re.compile(needing.pattern, needing.flags)
        assert needed_strings(needing.pattern, needing.flags), needing.pattern
        for text in texts:
            assert [m.span() for m in needing.finditer(text)] == \
                [m.span() for m in plain.finditer(text)], (needing.pattern, text)
            for pos in (0, max(0, len(text) - 80)):
                found, expected = needing.search(text, pos), plain.search(text, pos)
                assert (found and found.span()) == (expected and expected.span())
            found, expected = needing.match(text), plain.match(text)
            assert (found and found.span()) == (expected and expected.span())
            assert needing.sub("", text) == plain.sub("", text)


def test_the_lead_in_by_first_character_reads_what_the_plain_one_reads() -> None:
    plain = re.compile(r"^(?:" + "|".join(f"(?P<lead{i}>{lead.pattern})"
                                          for i, lead in enumerate(LEAD_INS)) + r")\s*", FLAGS)
    texts = [normalise(row.text) for row in rows()]
    texts += ["Photo: Ana Lima/AFP", "Foto de Ana Lima", "İmage by Ana", "ſource: NASA"]
    for text in texts:
        starts = sorted({0, *(index + 1 for index, char in enumerate(text) if char in " :/")})
        for start in starts[:12]:
            found, expected = LEAD_IN.match(text[start:]), plain.match(text[start:])
            assert (found and (found.span(), found.groupdict())) == \
                (expected and (expected.span(), expected.groupdict())), text[start:]
