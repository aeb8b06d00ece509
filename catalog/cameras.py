"""Canonical camera names from the lensfun camera database.

One body has one name: the English maker, a space, the English model without a repeated maker
(`Sony Alpha 7 III`). Caption spellings (`Sony Alpha a7 III`, `α7 III`, `Canon 5D Mk IV`) and EXIF
Make/Model pairs (`SONY` / `ILCE-7M3`) resolve through normalised keys: case, spaces, hyphens,
corporate suffixes, a repeated maker, series prefixes (`EOS`, `Lumix`) and `Mark`/`Mk` spellings
do not matter. A key two bodies share resolves to neither: no guess is better than a wrong body.

The database is the XML shipped in the lensfunpy wheel, read with defusedxml once per process.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Body:
    """One camera body as lensfun knows it."""

    name: str  # canonical: English maker, space, English model without a repeated maker
    maker: str  # English maker name, e.g. "Sony"
    model: str  # English model name, e.g. "Alpha 7 III"
    exif_make: str  # maker as lensfun stores it for EXIF matching, e.g. "Sony"
    exif_model: str  # model as EXIF writes it, e.g. "ILCE-7M3"
    mount: str | None = None
    crop_factor: float | None = None


# Words that corporate maker names carry and nobody means ("NIKON CORPORATION").
_CORPORATE = {
    "corporation", "corp", "co", "ltd", "inc", "company", "imaging", "camera", "ag", "gmbh",
    "electric", "optical", "computer", "techwin", "global", "mobile", "electronics", "kk",
    "limited", "llc", "sa", "group", "digital", "solutions", "industries", "industrial",
}
# Makers known by another name (keys are normalised maker keys).
_MAKER_ALIASES = {
    "fuji": "fujifilm", "eastman kodak": "kodak", "om digital": "om system", "om": "om system",
    "asahi": "pentax", "seiko epson": "epson", "hmd": "nokia", "lumix": "panasonic",
    "konica": "konica minolta", "minolta konica": "konica minolta", "ricoh pentax": "pentax",
    "apple iphone": "apple", "hasselblad victor": "hasselblad",
}
# Series words a caption may write or leave out, per maker key ("Canon 5D" = "Canon EOS 5D").
_SERIES = {
    "canon": ("eos", "powershot", "ixus"),
    "panasonic": ("lumix", "dmc", "dc"),
    "nikon": ("coolpix",),
    "fujifilm": ("finepix",),
    "olympus": ("om-d", "omd", "pen"),
    "om system": ("om-d", "omd"),
    "sony": ("dsc", "cyber-shot", "cybershot"),
    "pentax": ("optio",),
    "leica": (),
}
_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v", "6": "vi", "7": "vii"}
_MARK = re.compile(r"\bm(?:ar)?k\.?\s*(vii|vi|iv|v|iii|ii|i|[1-7])\b")
_ALPHA = re.compile(r"\b(?:alpha|α)\s*a?\s*(?=\d|[a-z]\d)|α")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("α", " α ")
    return " ".join(text.split())


def maker_key(make: str) -> str:
    """'NIKON CORPORATION' → 'nikon'; 'OLYMPUS IMAGING CORP.' → 'olympus'; 'Fuji' → 'fujifilm'."""
    words = [w for w in re.split(r"[\s.,()]+", _fold(make)) if w and w not in _CORPORATE]
    key = " ".join(words)
    return _MAKER_ALIASES.get(key, key)


def _model_words(model: str, maker_words: Sequence[str]) -> str:
    text = _fold(model)
    text = _MARK.sub(lambda m: " mark " + _ROMAN.get(m.group(1), m.group(1)), text)
    text = _ALPHA.sub(" a", text)
    for word in maker_words:  # a repeated maker: "Canon EOS R5", "NIKON D850"
        if text.startswith(word + " ") or text.startswith(word + "-"):
            text = text[len(word) + 1 :]
    return text.strip()


def _squash(text: str) -> str:
    return re.sub(r"[\s\-_./,'’()+]+", "", text)


def model_keys(model: str, maker: str) -> set[str]:
    """Every key a spelling of a model may reduce to, with and without a series prefix."""
    maker_words = {maker, *maker.split()}
    for alias, target in _MAKER_ALIASES.items():
        if target == maker:
            maker_words.add(alias)
    text = _model_words(model, sorted(maker_words, key=len, reverse=True))
    keys = {_squash(text)}
    for series in _SERIES.get(maker, ()):
        if text.startswith(series + " ") or text.startswith(series + "-"):
            keys.add(_squash(text[len(series) + 1 :]))
    if maker == "sony":  # ILCE-7M3 → a7 iii; DSC-RX100M3 → rx100 iii
        match = re.fullmatch(r"(?:ilce|dsc)-?(\w+?)m(\d)", _squash(text))
        if match:
            base, generation = match.group(1), match.group(2)
            prefix = "a" if base[0].isdigit() else ""
            keys.add(prefix + base + _ROMAN.get(generation, ""))
            keys.add(prefix + base + "m" + generation)
    return {k for k in keys if k}


@dataclass(frozen=True)
class _Database:
    bodies: tuple[Body, ...]
    by_maker: dict[str, dict[str, tuple[Body, ...]]]
    by_model: dict[str, tuple[Body, ...]]
    makers: dict[str, str]  # maker key → English display name
    maker_prefixes: tuple[tuple[str, str], ...]  # (folded spelling, maker key), longest first


def _db_folder() -> Path:
    spec = importlib.util.find_spec("lensfunpy")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("lensfunpy is not installed; its camera database is required")
    return Path(next(iter(spec.submodule_search_locations))) / "db_files"


def _read_cameras() -> Iterator[tuple[str, str | None, str, str | None, str | None, str | None]]:
    """(maker, English maker, model, English model, mount, crop factor) of every camera."""
    from defusedxml import ElementTree

    for path in sorted(_db_folder().glob("*.xml")):
        for camera in ElementTree.parse(path).getroot().iter("camera"):
            makers = {m.get("lang"): (m.text or "").strip() for m in camera.findall("maker")}
            models = {m.get("lang"): (m.text or "").strip() for m in camera.findall("model")}
            if not makers.get(None) or not models.get(None):
                continue
            mount = camera.findtext("mount")
            crop = camera.findtext("cropfactor")
            yield makers[None], makers.get("en"), models[None], models.get("en"), mount, crop


def _display_maker(spellings: list[str]) -> str:
    def rank(name: str) -> tuple[int, int]:
        return (name.isupper(), len(name))

    return min(spellings, key=rank)


@cache
def _database() -> _Database:
    rows = list(_read_cameras())
    spellings: dict[str, list[str]] = defaultdict(list)
    for maker, maker_en, *_ in rows:
        for name in (maker, maker_en):
            if name:
                spellings[maker_key(name)].append(name)
    makers = {key: _display_maker(names) for key, names in spellings.items()}
    bodies: dict[str, Body] = {}
    by_maker: dict[str, dict[str, set[Body]]] = defaultdict(lambda: defaultdict(set))
    by_model: dict[str, set[Body]] = defaultdict(set)
    for maker, maker_en, model, model_en, mount, crop in rows:
        key = maker_key(maker_en or maker)
        display_maker = makers[key]
        words = [w for w in (display_maker.casefold(), key) if w]
        english = model_en or model
        for word in sorted(words, key=len, reverse=True):
            if english.casefold().startswith(word + " "):
                english = english[len(word) + 1 :]
                break
        name = f"{display_maker} {english}"
        body = bodies.get(name) or Body(
            name=name, maker=display_maker, model=english, exif_make=maker, exif_model=model,
            mount=mount, crop_factor=_float(crop),
        )
        bodies[name] = body
        for spelling in {model, english, model_en or model}:
            for model_key in model_keys(spelling, key):
                by_maker[key][model_key].add(body)
                by_model[model_key].add(body)
    prefixes = {(_fold(s), maker_key(s)) for names in spellings.values() for s in names}
    prefixes |= {(alias, target) for alias, target in _MAKER_ALIASES.items()}
    prefixes |= {(key, key) for key in makers}
    return _Database(
        bodies=tuple(sorted(bodies.values(), key=lambda b: b.name)),
        by_maker={m: {k: tuple(v) for k, v in models.items()} for m, models in by_maker.items()},
        by_model={k: tuple(v) for k, v in by_model.items()},
        makers=makers,
        maker_prefixes=tuple(sorted(prefixes, key=lambda p: -len(p[0]))),
    )


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _unique(found: Sequence[Body] | None) -> Body | None:
    if not found:
        return None
    names = {body.name for body in found}
    return found[0] if len(names) == 1 else None


def all_bodies() -> Sequence[Body]:
    """Every body lensfun knows, by canonical name."""
    return _database().bodies


def _split_maker(text: str) -> tuple[str | None, str]:
    folded = _fold(text)
    for spelling, key in _database().maker_prefixes:
        if folded == spelling:
            return key, ""
        if folded.startswith(spelling + " ") or folded.startswith(spelling + "-"):
            return key, folded[len(spelling) + 1 :]
    return None, folded


def body_from_caption(text: str) -> Body | None:
    """The body a caption (or a user's --camera) names, e.g. 'Sony Alpha a7 III', or None."""
    if not text or not text.strip() or len(text) > 200:
        return None
    database = _database()
    maker, model = _split_maker(text)
    if maker is not None:
        if not model:
            return None
        keys = model_keys(model, maker)
        for key in keys:
            body = _unique(database.by_maker.get(maker, {}).get(key))
            if body is not None:
                return body
        return None
    for key in model_keys(model, ""):
        body = _unique(database.by_model.get(key))
        if body is not None and len(key) >= 2 and any(ch.isdigit() for ch in key):
            return body
    return None


def body_from_exif(make: str | None, model: str | None) -> Body | None:
    """The body an EXIF Make/Model pair names, e.g. ('SONY', 'ILCE-7M3'); None if unknown."""
    if not model or not model.strip() or len(model) > 200:
        return None
    database = _database()
    if make and make.strip():
        maker = maker_key(make)
        models = database.by_maker.get(maker)
        if models is not None:
            for key in model_keys(model, maker):
                body = _unique(models.get(key))
                if body is not None:
                    return body
            return None
    return body_from_caption(model)


def tidy_camera_name(text: str) -> str:
    """A tidy form of a camera name the database lacks (whitespace collapsed, maker once)."""
    return " ".join(text.replace("\x00", " ").split())


def _tidy_maker(make: str) -> str:
    key = maker_key(make)
    known = _database().makers.get(key)
    if known:
        return known
    words = [w for w in re.split(r"[\s,]+", make.strip()) if w and
             w.casefold().strip(".") not in _CORPORATE]
    tidy = " ".join(words) or make.strip()
    return tidy.title() if tidy.isupper() and len(tidy) > 3 else tidy


def camera_from_caption(text: str | None) -> str | None:
    """Canonical name of the camera a caption names; None when absent or unknown to lensfun."""
    if not text:
        return None
    body = body_from_caption(text)
    return body.name if body else None


def camera_from_exif(make: str | None, model: str | None) -> str | None:
    """Canonical name for an EXIF Make/Model pair; a tidy "Maker Model" when lensfun lacks
    the body (maker once, corporate words dropped); None when both are empty."""
    make = tidy_camera_name(make or "") or None
    model = tidy_camera_name(model or "") or None
    body = body_from_exif(make, model)
    if body:
        return body.name
    if not make:
        return model
    maker = _tidy_maker(make)
    if not model:
        return maker
    for spelling in {maker, make, *make.split()}:
        if model.casefold().startswith(spelling.casefold() + " "):
            model = model[len(spelling) + 1 :]
            break
    return f"{maker} {model}"
