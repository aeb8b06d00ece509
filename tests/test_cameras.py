"""Canonical camera names: every spelling of a body resolves to its one lensfun name."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog import cameras
from tests.conftest import REPO

CAPTION_SPELLINGS = {
    "Sony Alpha 7 III": ["Sony Alpha a7 III", "Sony a7 III", "Sony A7 III", "α7 III", "a7 III",
                         "Sony α7 III", "ILCE-7M3", "Sony ILCE-7M3", "Alpha 7 III", "a7III",
                         "A7M3", "SONY a7 iii"],
    "Nikon D850": ["NIKON D850", "Nikon D850", "D850", "nikon corporation D850"],
    "Canon EOS 5D Mark IV": ["Canon EOS 5D Mark IV", "Canon 5D Mark IV", "Canon EOS 5D Mk IV",
                             "EOS 5D Mark IV", "5D Mark IV", "5D Mk. IV", "Canon EOS 5D MkIV",
                             "Canon 5D Mark 4", "CANON EOS 5D MARK IV"],
    "Nikon Z 9": ["Nikon Z9", "Nikon Z 9", "Z9", "NIKON Z 9", "Nikon Z-9"],
    "Fujifilm X-T5": ["Fujifilm X-T5", "Fuji X-T5", "FUJIFILM XT5", "Fujifilm XT-5"],
    "Canon EOS R5": ["Canon EOS R5", "Canon R5", "EOS R5"],
    "Sony Alpha 7R III": ["Sony a7R III", "Sony A7RIII", "ILCE-7RM3"],
    "Sony Alpha 7 IV": ["Sony a7 IV", "Sony Alpha 7 IV"],
    "Sony Alpha 1": ["Sony a1", "Sony Alpha 1", "ILCE-1"],
    "Nikon Z 6II": ["Nikon Z6II", "Nikon Z 6II"],
    "Canon EOS R6 Mark II": ["Canon EOS R6 Mark II", "Canon R6 Mk II"],
    "Leica M11": ["Leica M11", "LEICA M11"],
    "Panasonic DC-S5": ["Panasonic Lumix S5", "Panasonic Lumix DC-S5", "Lumix S5"],
    "Pentax K-1": ["Pentax K-1", "PENTAX K1"],
}


@pytest.mark.parametrize(("canonical", "spelling"), [
    (name, spelling) for name, spellings in CAPTION_SPELLINGS.items() for spelling in spellings
])
def test_caption_spellings_resolve(canonical: str, spelling: str) -> None:
    assert cameras.camera_from_caption(spelling) == canonical


@pytest.mark.parametrize(("make", "model", "canonical"), [
    ("SONY", "ILCE-7M3", "Sony Alpha 7 III"),
    ("NIKON CORPORATION", "NIKON D850", "Nikon D850"),
    ("Canon", "Canon EOS 5D Mark IV", "Canon EOS 5D Mark IV"),
    ("FUJIFILM", "X-T5", "Fujifilm X-T5"),
    ("NIKON CORPORATION", "NIKON Z 9", "Nikon Z 9"),
    ("LEICA CAMERA AG", "LEICA M11", "Leica M11"),
    ("OLYMPUS IMAGING CORP.", "E-M1MarkIII", "Olympus E-M1MarkIII"),
    ("Canon", "Canon EOS R5", "Canon EOS R5"),
])
def test_exif_pairs_resolve(make: str, model: str, canonical: str) -> None:
    assert cameras.camera_from_exif(make, model) == canonical


@pytest.mark.parametrize("text", [
    "", "   ", "a phone", "his camera", "Leica", "iPhone", "Nikon D85", "Canon EOS R5 C",
    "Sony a9 II", "the camera", "Canon", "x" * 500, "Mark IV",
])
def test_unknown_or_ambiguous_names_resolve_to_nothing(text: str) -> None:
    assert cameras.camera_from_caption(text) is None


def test_close_bodies_are_not_confused() -> None:
    names = {cameras.camera_from_caption(s) for s in
             ("Sony a7 III", "Sony a7R III", "Sony a7S III", "Sony a7 II", "Sony a7 IV")}
    assert len(names) == 5


@pytest.mark.parametrize(("make", "model", "tidy"), [
    ("Apple", "iPhone 6", "Apple iPhone 6"),
    ("samsung", "SM-G930F", "Samsung SM-G930F"),
    ("Caplio", "RR330", "Caplio RR330"),
    (None, "ION230", "ION230"),
    ("HMD Global", "Nokia 8.3 5G", "Nokia 8.3 5G"),
    (None, None, None),
    ("  ", "", None),
])
def test_bodies_lensfun_lacks_keep_a_tidy_name(make: str | None, model: str | None,
                                               tidy: str | None) -> None:
    assert cameras.camera_from_exif(make, model) == tidy


def corpus_pairs() -> list[tuple[str, str]]:
    entries = json.loads((REPO / "tests/fixtures/exif-samples.exiftool.json").read_text())
    return sorted({(e["EXIF:Make"], e["EXIF:Model"]) for e in entries
                   if e.get("EXIF:Make") and e.get("EXIF:Model")})


def lensfun_has(make: str, model: str) -> bool:
    """Whether lensfun lists this EXIF pair, judged from its own XML strings (no resolver)."""
    maker = cameras.maker_key(make)
    model_text = " ".join(model.split()).casefold()
    for body in cameras.all_bodies():
        if cameras.maker_key(body.exif_make) == maker and \
                " ".join(body.exif_model.split()).casefold() == model_text:
            return True
    return False


def test_every_corpus_pair_lensfun_has_resolves() -> None:
    pairs = corpus_pairs()
    known = [p for p in pairs if lensfun_has(*p)]
    resolved = [p for p in pairs if cameras.body_from_exif(*p) is not None]
    assert set(known) <= set(resolved)
    assert len(known) >= 5  # the corpus has Canon, Nikon, Pentax, Olympus, Fujifilm bodies


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_resolution_never_raises(make: str, model: str) -> None:
    cameras.camera_from_caption(make)
    cameras.camera_from_exif(make, model)
    cameras.camera_from_exif(None, model)
