"""Canonical camera names from the lensfun camera database.

One body has one name: the English maker, a space, the English model without a repeated maker
(`Sony Alpha 7 III`, `Nikon Z 9`, `Canon EOS 5D Mark IV`), exactly as lensfun spells them, with
an aspect-ratio suffix such as `(3:2)` dropped (lensfun lists a compact once per ratio).

Spellings resolve through normalised keys, looked up in dicts built once:

- case, spaces, hyphens, underscores and punctuation do not matter (`Z9` = `Z 9`, `XT5` = `X-T5`);
- corporate words and a repeated maker do not matter (`NIKON CORPORATION` / `NIKON D850`);
- `Mark IV`, `Mk IV`, `Mk. 4`, `MkIV` are one thing, and so are the generation suffixes cameras
  write in EXIF (`ILCE-7M3`, `Canon EOS R6m2`, `DC-GH5M2`, `Nikon Z 6_2`) and the marketing
  names (`Alpha 7 III`, `EOS R6 Mark II`, `GH5 II`, `Z 6II`);
- `Alpha 7`, `Alpha a7`, `α7`, `a7` and Sony's `ILCE-7` are one thing, and an α before a code
  is no part of it (`Alpha NEX-7` = `NEX-7`, `ILCE-QX1` = `QX1`);
- a feature suffix may be left out (`PowerShot SX60` = `PowerShot SX60 HS`), and Canon's
  shorthand names the Mark (`1D3` = `EOS-1D Mark III`);
- a series word may be left out (`Canon 5D` = `Canon EOS 5D`, `Lumix S5` = `DC-S5`,
  `Nikon P1000` = `Coolpix P1000`), but a spelling that matches a full name exactly wins.

A key that names two bodies resolves to neither, and a model without a maker must hold a letter
and a digit (`D850`, `Z9`, `a7 III`): no answer is better than a wrong body. Lookups are exact;
nothing is matched by prefix, so `Canon EOS R5` is never `EOS R5 C` or `EOS R`.

A body lensfun lacks gets a tidy name instead (`tidy_camera_name`, and the EXIF side of
`camera_from_exif`): the maker as lensfun spells it when lensfun knows the maker (`Kodak`), else
the make without corporate words (`SANYO Electric Co.,Ltd.` → `Sanyo`); the model as the camera
wrote it, its case kept, with a repeated maker dropped (`Kodak CX7530 ZOOM DIGITAL CAMERA`).

The database is the XML shipped in the lensfunpy wheel (`lensfunpy/db_files`), read with
defusedxml once per process. Parsing it takes ~140 ms, so the camera rows are also kept in
`$XDG_CACHE_HOME/caption-catalog/lensfun-cameras-<install>.json` (default `~/.cache`; one file
per installed database folder), keyed on the lensfunpy version and each XML file's name, size
and mtime, written atomically; a missing, stale, corrupt or unwritable cache only costs the
parse.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from catalog import files
from catalog.camera_facts import Facts, load_facts


@dataclass(frozen=True)
class Body:
    """One camera body as lensfun knows it."""

    name: str  # canonical: English maker, space, English model without a repeated maker
    maker: str  # English maker name, e.g. "Sony"
    model: str  # English model name, e.g. "Alpha 7 III"
    exif_make: str  # maker as lensfun stores it for EXIF matching, e.g. "Sony"
    exif_model: str  # model as EXIF writes it, e.g. "ILCE-7M3"

    def __hash__(self) -> int:  # names are unique; hashing every field made index loads slow
        return hash(self.name)


# Longest text worth resolving: captions name a camera in a few words.
MAX_NAME_LENGTH = 200
CACHE_FORMAT = 1  # bump when the cached row layout or its meaning changes
# Bump when a rule here changes what a spelling resolves to: catalogs then resolve every stored
# spelling again (`names_version`, catalog.camera_names).
RULES_VERSION = 5

# Words corporate maker names carry that nobody means ("NIKON CORPORATION", "Casio Computer
# Co.,Ltd"). Not "digital": "Canon Digital Rebel" must keep its model word.
_CORPORATE = frozenset({
    "ag", "co", "company", "computer", "corp", "corporation", "camera", "cameras", "electric",
    "electronics", "gmbh", "global", "group", "imaging", "inc", "industries", "international",
    "kk", "limited", "llc", "ltd", "mobile", "optical", "plc", "techwin",
})
# Maker keys known by another name.
_MAKER_ALIASES = {
    "fuji": "fujifilm", "lumix": "panasonic", "eastman kodak": "kodak",
    "om digital solutions": "om system", "pentax ricoh": "pentax", "ricoh pentax": "pentax",
    "seiko epson": "epson", "asahi pentax": "pentax",
}
_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v", "6": "vi", "7": "vii",
          "8": "viii", "9": "ix"}

_MAKER_SPLIT = re.compile(r"[\s.,;:()/]+")
_COMPANY_FORM = re.compile(r"(?<!\w)a/s(?!\w)")  # Danish "Phase One A/S": not the letters a, s
_RATIO = re.compile(r"\s*\(?\b\d{1,2}:\d{1,2}\)?\s*$")  # "PowerShot G7 X (3:2)", "DMC-FZ40 (3:2)"
_PARENTHESES = re.compile(r"\s*\([^)]*\)")  # "Leica Q (Typ 116)", "iPhone XS (tele)"
_MARK = re.compile(r"(?:mark|mk)[\s.-]*(viii|vii|vi|iv|ix|v|iii|ii|i|x|[1-9](?!\d))")  # "Mk. 4"
_UNDERSCORE_GENERATION = re.compile(r"(?<=\d)_([2-9])\b")  # Nikon EXIF "Z 6_2" = "Z 6II"
_ALPHA = re.compile(r"\balpha[\s-]*(?:a[\s-]*)?(?=\d)")  # "Alpha 7", "Alpha a7" → "a7"
# Sony writes α before every interchangeable-lens body, codes too ("Alpha NEX-7", "α DSLR-A100",
# "Alpha SLT-A65", "Alpha QX1"): before a letter-led code the word is no part of the model.
_ALPHA_CODE = re.compile(r"\balpha[\s-]+(?=[a-z]+[\s-]?[a-z]*\d)")
_NOT_ALNUM = re.compile(r"[\W_]+")
# "7m3", "7rm3a", "r6m2", "gh5m2", "5dm2" (a digit, at most two letters, m and a generation)
_GENERATION_SUFFIX = re.compile(r"(\d[a-z]{0,2})m([2-9])(a?)$")
_TYP = re.compile(r"\(?\btyp\.?\s*(\d+)\)?")  # Leica "M (Typ 262)" = "M262"
_SONY_LINE = re.compile(r"^(?:ilce|ilca|slta|dslra)(?=\d)")  # ILCE-7 = Alpha 7 = a7
_SONY_LENS_STYLE = re.compile(r"^ilce(?=qx\d)")  # ILCE-QX1 = QX1 (lens-style, as DSC-QX10)
_SONY_CINEMA = re.compile(r"^ilme(?=[a-z]+\d)")  # ILME-FX3 = FX3
# Series words a caption may write or leave out, at the start of a model.
_SERIES_WORDS = (r"eos|powershot|lumix|coolpix|finepix|cyber-?shot|om-?d|pen\s+(?:mini|lite)|pen|"
                 r"digital|rebel|kiss|tough|camedia")
_SERIES = re.compile(rf"^(?:(?:{_SERIES_WORDS})\s+|(?:eos|dmc|dc|dsc)-)+")
# More of them, only for finding a body ("Samsung S24 Ultra", "Sony Cinema Line FX3", "Olympus
# Evolt E-500", "Kodak Pro 14n"): comparison keys keep them, so 'Galaxy S9' stays apart from a
# Lumix 'S9'.
_LOOKUP_SERIES = re.compile(
    rf"^(?:(?:{_SERIES_WORDS}|galaxy|evolt|cinema\s+line|dcs)\s+|(?:eos|dmc|dc|dsc)-)+")


# Words a caption adds after a name that are no part of it ("Nikon Z9 mirrorless", "Sony FX6
# cinema camera", "DJI Mini 3 Pro drone", "Leica M11 rangefinder", "Galaxy A53 5G"), and the
# "Digital Camera" EXIF models end with ("M9 Digital Camera", "KODAK P880 ZOOM DIGITAL CAMERA").
# Not "digital" alone: lensfun has "EOS 300D DIGITAL".
_GENERIC_TAIL = re.compile(
    r"(?:\s+(?:camera|cam|body|dslr|slr|mirrorless|smartphone|phone|compact|drone|cinema|video|"
    r"action|system|edition|rangefinder|street|360|5g|full[\s-]frame|medium[\s-]format|bridge|"
    r"superzoom|point[\s-]and[\s-]shoot|vlogging|waterproof|rugged|underwater|astro|"
    r"astrophotography|leica|zeiss|hasselblad|(?:zoom\s+)?digital\s+camera))+$"
)
# The same ending of a lensfun model, left out when filing and comparing its body.
_EXIF_TAIL = re.compile(r"\s+(?:zoom\s+)?digital\s+camera$")
# A feature suffix captions often leave out ("PowerShot SX60" for the SX60 HS, "A720" for the
# A720 IS): a body is also filed without it, and a key two bodies share then names neither.
_FEATURE_TAIL = re.compile(r"\s+(?:hs|is)$")
# The early Coolpix write their number after an E ("E775" for the Coolpix 775).
_NIKON_COOLPIX_CODE = re.compile(r"e(\d{3,4})")
# Canon's shorthand for a generation ("5D3", "1D3", "1DX2", "7D2"): the Mark, as a query.
_CANON_SHORTHAND = re.compile(r"(?:eos[\s-]*)?(1[\s-]*d[\s-]*[sx]?|[5-7][\s-]*d)\s*([2-4])")
# What a caption may write before a camera's name: an article, or its maker's possessive
# ("a DJI Mini 4 Pro", "Apple's iPhone 16 Pro").
_LEAD_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=\S+\s)")
_POSSESSIVE = re.compile(r"^(\w+)['\u2019]s\s")


# C0 and C1 control characters (EXIF strings end in NULs) read as spaces.
_CONTROLS = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)], " ")


def _fold(text: str) -> str:
    """Case-folded, NFKC-normalised text with single spaces; α spelled out."""
    if text.isascii():  # most spellings: NFKC changes nothing, and no α or μ to spell out
        return " ".join((text if text.isprintable() else text.translate(_CONTROLS))
                        .casefold().split())
    text = unicodedata.normalize("NFKC", text.translate(_CONTROLS)).casefold()
    text = text.replace("α", " alpha ").replace("μ", "u")
    return " ".join(text.split())


@lru_cache(maxsize=4096)  # a few dozen makers, spelled a few ways each, asked thousands of times
def maker_key(make: str) -> str:
    """The key a maker spelling reduces to: 'NIKON CORPORATION' → 'nikon',
    'OLYMPUS IMAGING CORP.' → 'olympus', 'Fuji' → 'fujifilm'; '' for no maker."""
    folded = _fold(make)
    if "/" in folded:
        folded = _COMPANY_FORM.sub(" ", folded)
    words = [w for w in _MAKER_SPLIT.split(folded) if w and w not in _CORPORATE]
    key = " ".join(words)
    return _MAKER_ALIASES.get(key, key)


def _model_key(folded: str) -> str:
    """The exact key of a folded model spelling (maker already removed)."""
    # Each rule runs only when its text can occur: this runs ~5,000 times per load.
    text = _RATIO.sub("", folded) if ":" in folded else folded
    if "_" in text:
        text = _UNDERSCORE_GENERATION.sub(lambda m: f" {_ROMAN[m.group(1)]}", text)
        text = text.replace("_", " ")
    if "mk" in text or "mark" in text:
        text = _MARK.sub(lambda m: f" {_ROMAN.get(m.group(1), m.group(1))} ", text)
    if "alpha" in text:
        text = _ALPHA_CODE.sub("", _ALPHA.sub("a", text))
    if "+" in text:  # "Galaxy S8+" is not the S8: the plus is part of the name
        text = text.replace("+", " plus ")
    key = _NOT_ALNUM.sub("", text)
    if "m" in key:
        key = _GENERATION_SUFFIX.sub(lambda m: m.group(1) + _ROMAN[m.group(2)] + m.group(3), key)
    if key.startswith(("il", "sl", "ds")):
        key = _SONY_CINEMA.sub("", _SONY_LENS_STYLE.sub("", _SONY_LINE.sub("a", key)))
    return key


def _loose_keys(folded: str, *, split_commas: bool = False, query: bool = False) -> set[str]:
    """Keys of the same spelling with a series word, a parenthesis or a closing 'Digital
    Camera' ('M9 Digital Camera') left out, and (for lensfun's own 'C4100Z,C4000Z' strings) of each
    comma-separated part. A `query` (a spelling looked up) keeps a Leica type number as a number
    ('M (Typ 262)' is 'M262', never the 'M' of 'M (Typ 240)')."""
    # One word filed ('SM-A135', '2201123G', 'E-M5'): no rule below changes it but a series
    # prefix ('DMC-', 'EOS-'); most model codes of the facts file are such.
    if (not query and " " not in folded and "(" not in folded and "," not in folded
            and not _LOOKUP_SERIES.match(folded)):
        return {key} if (key := _model_key(folded)) else set()
    if query and "typ" in folded:
        folded = _TYP.sub(r"\1", folded)
    texts = {folded, _PARENTHESES.sub("", folded)}
    if folded.endswith(("hs", "is")):
        texts.add(_FEATURE_TAIL.sub("", folded))
    if query and "d" in folded and (mark := _CANON_SHORTHAND.fullmatch(folded)):
        texts.add(f"{mark.group(1)} mark {_ROMAN[mark.group(2)]}")
    if "camera" in folded and (bare := _EXIF_TAIL.sub("", folded)):
        texts.add(bare)
    if split_commas and "," in folded:
        texts |= {part.strip() for part in folded.split(",")}
    texts |= {_LOOKUP_SERIES.sub("", text) for text in texts}
    return {key for text in texts if (key := _model_key(text))}


class LensfunCamera(NamedTuple):
    """One <camera> of the lensfun XML, whitespace collapsed."""

    maker: str
    maker_en: str | None
    model: str
    model_en: str | None
    variant: str | None
    mount: str | None
    crop: str | None


# ---------------------------------------------------------------------------------------------
# Reading the database (XML, or the on-disk cache of its camera rows)


def _db_folder() -> Path:
    spec = importlib.util.find_spec("lensfunpy")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("lensfunpy is not installed; its camera database is required")
    return Path(next(iter(spec.submodule_search_locations))) / "db_files"


def _lensfunpy_version(db_folder: Path) -> str:
    # Read, not imported: importing lensfunpy loads numpy, and importlib.metadata costs ~35 ms.
    try:
        text = (db_folder.parent / "_version.py").read_text(encoding="utf-8")
    except OSError:
        return "unknown"
    match = re.search(r"""__version__\s*=\s*["']([^"']+)""", text)
    return match.group(1) if match else "unknown"


def _fingerprint(db_folder: Path) -> dict[str, Any]:
    files = []
    for path in sorted(db_folder.glob("*.xml")):
        stat = path.stat()
        files.append([path.name, stat.st_size, stat.st_mtime_ns])
    return {"format": CACHE_FORMAT, "lensfunpy": _lensfunpy_version(db_folder),
            "folder": str(db_folder), "files": files}


def _cache_path(db_folder: Path) -> Path | None:
    """The cache file of one installed database: one file per install, so that two installs
    on one machine (a venv and a pipx copy) do not rewrite each other's cache in turn."""
    home = files.cache_home()
    if home is None:
        return None
    digest = hashlib.sha256(str(db_folder).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return home / f"lensfun-cameras-{digest}.json"


def _parse_rows(db_folder: Path) -> list[LensfunCamera]:
    from defusedxml import ElementTree

    def texts(elements: Iterable[Any]) -> dict[str | None, str]:
        found: dict[str | None, str] = {}
        for element in elements:
            found.setdefault(element.get("lang"), " ".join((element.text or "").split()))
        return found

    def text(element: Any) -> str | None:
        value = " ".join((element.text or "").split()) if element is not None else ""
        return value or None

    rows = []
    for path in sorted(db_folder.glob("*.xml")):
        for camera in ElementTree.parse(path).getroot().iter("camera"):
            makers, models = texts(camera.findall("maker")), texts(camera.findall("model"))
            if makers.get(None) and models.get(None):
                rows.append(LensfunCamera(
                    makers[None], makers.get("en") or None, models[None], models.get("en") or None,
                    text(camera.find("variant")), text(camera.find("mount")),
                    text(camera.find("cropfactor")),
                ))
    return rows


def _read_cache(path: Path, fingerprint: dict[str, Any]) -> list[LensfunCamera] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("source") != fingerprint:
        return None
    rows = data.get("rows")
    if not isinstance(rows, list):
        return None
    checked = []
    for row in rows:
        if not (isinstance(row, list) and len(row) == len(LensfunCamera._fields)
                and isinstance(row[0], str) and isinstance(row[2], str)
                and all(value is None or isinstance(value, str) for value in row)):
            return None
        checked.append(LensfunCamera(*row))
    return checked


def _write_cache(path: Path, fingerprint: dict[str, Any], rows: Sequence[LensfunCamera]) -> None:
    payload = json.dumps({"source": fingerprint, "rows": [list(row) for row in rows]},
                         ensure_ascii=False, separators=(",", ":"))
    files.write_cache_file(path, payload.encode("utf-8"))


def load_rows(db_folder: Path | None = None, cache_path: Path | None = None) -> list[LensfunCamera]:
    """Every <camera> of the lensfun XML, from the on-disk cache when it matches the installed
    files, else parsed (and the cache rewritten). Arguments exist for tests and benchmarks."""
    folder = db_folder or _db_folder()
    fingerprint = _fingerprint(folder)
    path = cache_path or _cache_path(folder)
    if path is not None:
        rows = _read_cache(path, fingerprint)
        if rows is not None:
            return rows
    rows = _parse_rows(folder)
    if path is not None:
        _write_cache(path, fingerprint, rows)
    return rows


# ---------------------------------------------------------------------------------------------
# The index


@dataclass(frozen=True)
class _Index:
    makers: _Makers
    codes: dict[str, tuple[re.Pattern[str], ...]]  # maker key → model-code patterns (facts)
    keys: dict[Body, str]  # body → comparison key (see `same_camera_key`)
    shared_keys: frozenset[str]  # comparison keys of two or more bodies (made unique per maker)
    exif: dict[tuple[str, str], Body]  # (maker key, exact key of lensfun's EXIF model) → body
    # maker key ("" = any maker) → model key → bodies; exact keys first, then the loose ones
    exact: dict[str, dict[str, frozenset[Body]]]
    loose: dict[str, dict[str, frozenset[Body]]]


def _is_body(row: LensfunCamera) -> bool:
    """lensfun also lists generic crop factors and '35mm film: full frame' per maker."""
    return maker_key(row.maker) != "generic" and not row.model.casefold().startswith("35mm film")


@dataclass(frozen=True)
class _Makers:
    """The makers lensfun knows: key (aliases too) → name as lensfun spells it."""

    names: dict[str, str]
    first_words: frozenset[str]  # first word of every key: most model words are not one
    aliases: dict[str, str]  # maker key of another spelling → maker key ('arashi vision')

    def key(self, make: str) -> str:
        """The maker key of a spelling, other spellings of the facts file included."""
        key = maker_key(make)
        return self.aliases.get(key, key)

    def leads(self, words: Sequence[str]) -> list[tuple[str, int]]:
        """(maker key, number of words) of each maker spelling that starts `words`,
        longest first: 'nikon corporation d850' → [('nikon', 2), ('nikon', 1)]."""
        if not words:
            return []
        word = words[0]
        if not (word.isascii() and word.islower()):  # most callers pass folded words
            word = _fold(word)
        first = _MAKER_SPLIT.split(word)[0]
        if first not in self.first_words or first in _CORPORATE:
            return []
        found = []
        aliases = self.aliases
        for count in range(min(3, len(words)), 0, -1):
            key = maker_key(" ".join(words[:count]))
            key = aliases.get(key, key)
            if key in self.names:
                found.append((key, count))
        return found

    def strip(self, folded: str) -> tuple[str | None, str]:
        """(maker key, the rest) of a folded model that starts with a maker and holds more
        ('nikon d850' → ('nikon', 'd850')); (None, folded) otherwise."""
        words = folded.split()
        for key, count in self.leads(words):
            if count < len(words):
                return key, " ".join(words[count:])
        return None, folded


def _clean_maker(name: str) -> str:
    """'Leica Camera AG' → 'Leica'; 'SANYO Electric Co.,Ltd.' → 'Sanyo'."""
    words = [w for w in re.split(r"[\s,]+", name.strip())
             if w and w.casefold().strip(".") not in _CORPORATE]
    words = [w.capitalize() if w.isupper() and len(w) > 3 else w for w in words]
    return " ".join(words) or " ".join(name.split())


def _maker_names(rows: Sequence[LensfunCamera], facts: Facts) -> _Makers:
    english: dict[str, Counter[str]] = defaultdict(Counter)
    cleaned: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row.maker_en:
            english[maker_key(row.maker_en)][row.maker_en] += 1
        cleaned[maker_key(row.maker)][_clean_maker(row.maker)] += 1
    names = {key: counts.most_common(1)[0][0] for key, counts in cleaned.items()}
    names |= {key: counts.most_common(1)[0][0] for key, counts in english.items()}
    for alias, key in _MAKER_ALIASES.items():
        if key in names:
            names[alias] = names[key]
    aliases: dict[str, str] = {}
    for maker in facts.makers:
        key = maker_key(maker.name)
        names.setdefault(key, maker.name)
        for alias in maker.aliases:
            aliases[maker_key(alias)] = key
            names[maker_key(alias)] = names[key]
    return _Makers(names, frozenset(key.split()[0] for key in names if key), aliases)


_Tables = dict[str, dict[str, set[Body]]]


def _build(rows: Sequence[LensfunCamera], facts: Facts) -> _Index:
    # Plain entries before lensfun's variants and per-ratio duplicates: they define the body.
    rows = sorted((row for row in rows if _is_body(row)),
                  key=lambda row: (row.variant is not None, bool(_RATIO.search(row.model))))
    makers = _maker_names(rows, facts)
    dropped = {f"{makers.names.get(makers.key(maker), maker)} {model}"
               for maker, model in facts.dropped}
    bodies: dict[str, Body] = {}
    exif: dict[tuple[str, str], Body] = {}
    exact: _Tables = defaultdict(lambda: defaultdict(set))
    loose: _Tables = defaultdict(lambda: defaultdict(set))
    for row in rows:
        raw_key = makers.key(row.maker)
        english_key = makers.key(row.maker_en) if row.maker_en else raw_key
        english_key = english_key if english_key in makers.names else raw_key
        model = _RATIO.sub("", row.model_en or row.model).strip() or row.model
        lead, rest = makers.strip(model)
        if lead is not None:  # "Canon PowerShot G6", "DJI Mavic 2 Pro" (a Hasselblad camera)
            english_key, model = lead, rest
        name = f"{makers.names[english_key]} {model}"
        if name in dropped:
            continue
        body = bodies.setdefault(name, Body(
            name=name, maker=makers.names[english_key], model=model, exif_make=row.maker,
            exif_model=row.model,
        ))
        raw_model = makers.strip(_fold(row.model))[1]
        for scope in (raw_key, english_key):
            exif.setdefault((scope, _model_key(raw_model)), body)
        spellings = {raw_model, _fold(model)}
        if row.model_en:
            spellings.add(makers.strip(_fold(row.model_en))[1])
        _enter(exact, loose, {"", raw_key, english_key},
               {spelling: _model_key(spelling) for spelling in spellings}, body,
               split_commas=True)
    redirect = _add_facts(facts, makers, bodies, exif, exact, loose)

    moved = frozenset(redirect)

    def final(found: set[Body]) -> frozenset[Body]:
        if found.isdisjoint(moved):  # sets of one or two bodies
            return frozenset(found)
        return frozenset(redirect.get(body, body) for body in found)

    keys, shared = _comparison_keys(bodies.values(), makers)
    return _Index(
        makers=makers,
        codes=_code_patterns(facts, makers),
        keys=keys,
        shared_keys=shared,
        exif={pair: redirect.get(body, body) for pair, body in exif.items()},
        exact={scope: {k: final(v) for k, v in keys.items()} for scope, keys in exact.items()},
        loose={scope: {k: final(v) for k, v in keys.items()} for scope, keys in loose.items()},
    )


def _enter(exact: _Tables, loose: _Tables, scopes: Iterable[str], keyed: Mapping[str, str],
           body: Body, *, split_commas: bool = False) -> None:
    """File `body` in each maker scope under the exact key of each folded spelling (`keyed`:
    spelling → its `_model_key`) and the loose keys of the spellings."""
    exact_keys = {key for key in keyed.values() if key}
    loose_keys = set().union(*(_loose_keys(s, split_commas=split_commas) for s in keyed))
    for scope in scopes:
        for key in exact_keys:
            exact[scope][key].add(body)
        for key in loose_keys:
            loose[scope][key].add(body)


def _add_facts(facts: Facts, makers: _Makers, bodies: dict[str, Body],
               exif: dict[tuple[str, str], Body], exact: _Tables, loose: _Tables,
               ) -> dict[Body, Body]:
    """Enter the facts file's bodies and names; return lensfun bodies that are one of them
    (regional twins, a name lensfun spells another way) → the facts body they become."""
    lensfun = frozenset(bodies.values())  # facts add to the tables; twins are lensfun's bodies
    lensfun_exif = dict(exif)
    redirect: dict[Body, Body] = {}
    for fact in facts.bodies:
        scope = makers.key(fact.maker)
        if scope not in makers.names:  # a group maker the facts file does not list
            makers.names[scope] = fact.maker
        maker = makers.names[scope]
        name = f"{maker} {fact.model}"
        spellings: dict[str, set[str]] = defaultdict(set)  # maker scope → folded models
        for spelling in (fact.model, *fact.names):
            lead, rest = makers.strip(_fold(spelling))
            spellings[lead or scope].add(rest)
        twins: list[Body] = []
        keyed = {where: {model: _model_key(model) for model in models}
                 for where, models in spellings.items()}
        for where, keys in keyed.items():
            filed = exact.get(where, {})
            for key in keys.values():
                twins.extend(found for found in filed.get(key, ()) if found in lensfun)
                if (where, key) in lensfun_exif:
                    twins.append(lensfun_exif[(where, key)])
        twins = sorted(set(twins), key=lambda body: body.name != name)
        if name in bodies:
            body = bodies[name]
        else:
            first = twins[0] if twins else None
            body = bodies[name] = Body(
                name=name, maker=maker, model=fact.model,
                exif_make=first.exif_make if first else maker,
                exif_model=first.exif_model if first else fact.model,
            )
        for twin in twins:
            if twin is not body:
                redirect[twin] = body
                bodies.pop(twin.name, None)
        for where, keys in keyed.items():
            _enter(exact, loose, {"", where}, keys, body)
            for key in keys.values():
                exif[(where, key)] = body
    return redirect


def _code_patterns(facts: Facts, makers: _Makers) -> dict[str, tuple[re.Pattern[str], ...]]:
    found: dict[str, list[re.Pattern[str]]] = defaultdict(list)
    for code in facts.codes:
        found[makers.key(code.maker)].append(code.pattern)
    return {scope: tuple(patterns) for scope, patterns in found.items()}


def _comparison_keys(bodies: Iterable[Body], makers: _Makers,
                     ) -> tuple[dict[Body, str], frozenset[str]]:
    """Each body's comparison key: the key of its model without series words; a key two
    makers' bodies would share ('m10': Leica M10, Canon EOS M10) is led by the maker key, and so
    is a bare number ('oneplus:6', 'xiaomi:14'), which any maker's unknown phone could be."""
    by_key: dict[str, list[Body]] = defaultdict(list)
    for body in bodies:
        model = _fold(body.model)
        key = _tidy_key(_EXIF_TAIL.sub("", model) or model)
        by_key[f"{makers.key(body.maker)}:{key}" if key.isdigit() else key].append(body)
    keys: dict[Body, str] = {}
    shared = set()
    for key, found in by_key.items():
        if len(found) > 1:
            shared.add(key)
        for body in found:
            keys[body] = key if len(found) == 1 else f"{makers.key(body.maker)}:{key}"
    return keys, frozenset(shared)


def _tidy_key(folded_model: str) -> str:
    """The comparison key of a folded model (maker removed): its exact key without series words
    ('Lumix S9' = 'DC-S9'; 'iPhone 14 Pro' ≠ 'iPhone 14 Pro Max'), a Leica type number as its
    number ('M (Typ 262)' = 'M262'). A bracketed part stays: it tells bodies apart
    ('iPhone XS (tele)')."""
    if "typ" in folded_model:
        folded_model = _TYP.sub(r"\1", folded_model)
    return _model_key(_SERIES.sub("", folded_model)) or _model_key(folded_model)


@cache
def _index() -> _Index:
    return _build(load_rows(), load_facts())


# ---------------------------------------------------------------------------------------------
# Resolution


def _only(found: Iterable[Body]) -> Body | None:
    bodies = set(found)
    return bodies.pop() if len(bodies) == 1 else None


def _has_letter_and_digit(key: str) -> bool:
    return any(c.isdigit() for c in key) and any(c.isalpha() for c in key)


def _lookup(index: _Index, scope: str, folded: str) -> Body | None:
    """The one body of maker `scope` ('' = any maker) whose model key is that of `folded`.

    Within a maker an exact key beats a loose one ('Apple iPhone XS' is not its '(tele)'
    entry). Without a maker every body the key names counts ('M10' is a Leica and a Canon
    EOS M10, so neither), and a model must hold a letter and a digit ('Z9', 'D850'), or be
    two or more words that spell a whole lensfun name ('EOS R'): 'Leica', 'iPhone' and
    'his camera' name no body.
    """
    key = _model_key(folded)
    if not key:
        return None
    exact, loose = index.exact.get(scope, {}), index.loose.get(scope, {})
    if scope:
        for table in (exact, loose):
            found = table.get(key)
            if found:
                return _only(found)
    else:
        if not (_has_letter_and_digit(key)
                or (" " in folded and len(key) >= 4 and key in exact)):
            return None
        found = exact.get(key, frozenset()) | loose.get(key, frozenset())
        if found:
            return _only(found)
    candidates: set[Body] = set()
    for other in _loose_keys(folded, query=True) - {key}:
        if scope or _has_letter_and_digit(other):
            candidates |= exact.get(other, frozenset()) | loose.get(other, frozenset())
    return _only(candidates)


def _stem(index: _Index, scope: str, folded: str) -> str | None:
    """The body-naming stem of a maker's model code with a regional suffix ('sm-g950u' →
    'sm-g950'), from the facts file; None when no code pattern of that maker matches."""
    for pattern in index.codes.get(scope, ()):
        match = pattern.fullmatch(folded)
        if match:
            return match.group("stem")
    return None


@lru_cache(maxsize=16384)
def _from_caption(text: str) -> Body | None:
    index = _index()
    folded = _fold(text)
    words = folded.split()
    if not words:
        return None
    leads = index.makers.leads(words)
    if not leads:
        return _lookup(index, "", folded)
    for key, count in leads:  # "Leica Camera M11": try "leica camera", then "leica"
        rest = " ".join(words[count:])
        if rest:  # "Canon Canon EOS R5": the maker repeated
            model = index.makers.strip(rest)[1]
            body = _lookup(index, key, model)
            if body is None and (stem := _stem(index, key, model)):
                body = _lookup(index, key, stem)
            if body is not None:
                return body
    return None


def body_from_caption(text: str) -> Body | None:
    """The body a caption (or a user's `--camera`) names, e.g. 'Sony Alpha a7 III', 'α7 III',
    'Canon 5D Mk IV', 'D850', 'Nikon Z9 mirrorless'; None when neither lensfun nor the facts
    file has it, the text names no body, or it could name more than one."""
    if not text or len(text) > MAX_NAME_LENGTH:
        return None
    body = _from_caption(text)
    if body is None:
        folded = _fold(text)
        if (bare := _GENERIC_TAIL.sub("", _caption_fold(folded))) != folded:
            body = _from_caption(bare)
    return body


def names_a_body(text: str) -> bool:
    """Whether `text`, as written, is a name of a known body: 'Sony Xperia Z5 Compact' is,
    though a caption's closing 'compact' is most often a word about the camera."""
    return bool(text) and len(text) <= MAX_NAME_LENGTH and _from_caption(text) is not None


def _caption_fold(folded: str) -> str:
    """A folded caption camera without an article or a maker's possessive before it."""
    if folded[:2] in ("a ", "an", "th"):
        folded = _LEAD_ARTICLE.sub("", folded)
    if "s " in folded:
        folded = _POSSESSIVE.sub(r"\1 ", folded)
    return folded


def _exif_models(index: _Index, scope: str, model: str) -> tuple[str | None, list[str]]:
    """(maker key the model starts with, the folded model without it): 'NIKON D5' of Nikon is
    'd5'. A model led by its make and a hyphen is also read without them, as US carriers'
    phones write it ('SAMSUNG-SM-N900A' is 'sm-n900a'), after itself (lensfun's 'LG-H815')."""
    lead, folded = index.makers.strip(_fold(model))
    if scope and folded.startswith(f"{scope}-"):
        return lead, [folded, folded[len(scope) + 1:]]
    return lead, [folded]


@lru_cache(maxsize=16384)
def _from_exif(make: str, model: str) -> Body | None:
    index = _index()
    scopes = [index.makers.key(make)]
    lead, models = _exif_models(index, scopes[0], model)
    if lead is not None:  # "PENTAX K-1" from "RICOH IMAGING COMPANY, LTD."
        scopes.append(lead)
    tries = [(scope, _model_key(folded)) for folded in models for scope in scopes]
    # Then the stem of a regional model code ('SM-G950U' → 'SM-G950'), where the maker has one.
    tries += [(scope, _model_key(stem)) for folded in models for scope in scopes
              if (stem := _stem(index, scope, folded))]
    for scope, key in tries:
        body = index.exif.get((scope, key))
        if body is not None:
            return body
        body = _only(index.exact.get(scope, {}).get(key, frozenset()))
        if body is not None:
            return body
    return None


def body_from_exif(make: str | None, model: str | None) -> Body | None:
    """The body an EXIF Make/Model pair names, e.g. ('SONY', 'ILCE-7M3'); None if lensfun
    lacks it. Without a make, the model is read as a caption would be."""
    if not model or not model.strip() or len(model) > MAX_NAME_LENGTH:
        return None
    if not make or not make.strip():
        return body_from_caption(model)
    if len(make) > MAX_NAME_LENGTH:
        return None
    return _from_exif(make, model)


def _clean(text: str | None) -> str:
    """Control characters read as spaces, other invisible ones (format, private, unpaired
    surrogates) dropped, whitespace collapsed: EXIF strings end in NULs and spaces."""
    if not text:
        return ""
    text = text.translate(_CONTROLS)
    if not text.isprintable():
        text = "".join(c for c in text if c == " " or unicodedata.category(c)[0] not in "CZ"
                       or c.isspace())
    return " ".join(text.split())


def _tidy(make: str, model: str) -> str:
    index = _index()
    make, model = _clean(make), _clean(model)
    words = model.split()
    for key, count in index.makers.leads(words)[:1]:
        # The model names a maker lensfun knows: "Nokia 8.3 5G", "KODAK CX7530 …".
        rest = words[count:]
        for again, repeated in index.makers.leads(rest)[:1]:
            if again == key and repeated < len(rest):  # "NIKON CORPORATION NIKON D5"
                rest = rest[repeated:]
        if rest or not make:
            return " ".join([index.makers.names[key], *rest])
    maker = (index.makers.names.get(index.makers.key(make)) or _clean_maker(make)) if make else ""
    for spelling in sorted({make, maker, *make.split()[:1]}, key=len, reverse=True):
        # A maker lensfun lacks, repeated: "SANYO Electric Co.,Ltd." / "SANYO SR6".
        if spelling and model.casefold().startswith((spelling.casefold() + " ",
                                                     spelling.casefold() + "-")):
            model = model[len(spelling) + 1:]
            break
    if maker.casefold() == model.casefold():
        return maker
    return f"{maker} {model}".strip()


def tidy_camera_name(text: str) -> str:
    """A tidy form of a camera name lensfun lacks: control characters out, whitespace
    collapsed, a leading maker lensfun knows spelled its way and written once
    ('NIKON CORPORATION NIKON D5' → 'Nikon D5'), the model's own case kept."""
    if len(text) > 10 * MAX_NAME_LENGTH:
        text = text[: 10 * MAX_NAME_LENGTH]
    return _tidy("", text)


def camera_from_caption(text: str | None) -> str | None:
    """Canonical name of the camera a caption names; None when absent, unknown to lensfun or
    ambiguous."""
    if not text:
        return None
    body = body_from_caption(text)
    return body.name if body else None


def camera_from_exif(make: str | None, model: str | None) -> str | None:
    """Canonical name for an EXIF Make/Model pair; when lensfun lacks the body, a tidy
    'Maker Model' (maker once, corporate words dropped, the model's case kept:
    ('Apple', 'iPhone 6') → 'Apple iPhone 6'); the tidy maker alone without a model;
    None when both are empty."""
    make = _clean(make)[: 10 * MAX_NAME_LENGTH]
    model = _clean(model)[: 10 * MAX_NAME_LENGTH]
    if not make and not model:
        return None
    body = body_from_exif(make, model)
    if body is not None:
        return body.name
    return _tidy(make, model)


# ---------------------------------------------------------------------------------------------
# Comparison keys: does a caption name the body that made the file?


def _unknown_key(index: _Index, folded: str) -> str | None:
    """Comparison key of a name no database knows: its model, makers dropped, compared by its
    tidy form; None when it is empty or a key two known bodies share ('M10', 'G9')."""
    words = _GENERIC_TAIL.sub("", folded).split()
    maker = None
    while words and (leads := index.makers.leads(words)) and leads[0][1] < len(words):
        maker = leads[0][0]
        words = words[leads[0][1]:]  # "NIKON CORPORATION NIKON D5"
    if not words:
        return None
    # A feature suffix ('SX40 HS') is left out on both sides, as when filing a known body.
    key = _tidy_key(_FEATURE_TAIL.sub("", " ".join(words)))
    if maker == "nikon" and (coolpix := _NIKON_COOLPIX_CODE.fullmatch(key)):
        key = coolpix.group(1)  # the early Coolpix write 'E775' for the Coolpix 775
    if key.isdigit():  # 'Nokia 6' is not the OnePlus 6: a bare number is its maker's
        return f"{maker}:{key}" if maker else None
    if len(key) < 3 and not any(c.isdigit() for c in key):
        return None  # 'Leica C', 'Leica Q': too short to tell bodies apart when none is known
    return key if key and key not in index.shared_keys else None


def caption_camera_key(text: str | None) -> str | None:
    """The comparison key of the camera a caption names: two names with one key are one body.
    A body lensfun or the facts file knows gets its body's key; another name the key of its
    tidy form ('iPhone 14 Pro' = Apple 'iPhone 14 Pro' ≠ 'iPhone 14 Pro Max'); None for no
    name or one two bodies could share."""
    if not text or len(text) > MAX_NAME_LENGTH:
        return None
    return _caption_key(text)


@lru_cache(maxsize=16384)
def _caption_key(text: str) -> str | None:
    return _caption_key_of(body_from_caption(text), text)


def _caption_key_of(body: Body | None, text: str) -> str | None:
    index = _index()
    if body is not None:
        return index.keys[body]
    return _unknown_key(index, _caption_fold(_fold(text)))


def exif_camera_key(make: str | None, model: str | None) -> str | None:
    """The comparison key of an EXIF Make/Model pair (see `caption_camera_key`); None without
    a model."""
    make = _clean(make)[:MAX_NAME_LENGTH]
    model = _clean(model)[:MAX_NAME_LENGTH]
    if not model:
        return None
    return _exif_key(make, model)


@lru_cache(maxsize=16384)
def _exif_key(make: str, model: str) -> str | None:
    return _exif_key_of(body_from_exif(make, model), make, model)


def _exif_key_of(body: Body | None, make: str, model: str) -> str | None:
    index = _index()
    if body is not None:
        return index.keys[body]
    lead, models = _exif_models(index, index.makers.key(make), model)
    for scope in (index.makers.key(make), lead):
        if scope and any(_stem(index, scope, rest) is not None for rest in models):
            return None  # a maker's model code the facts file does not name: nothing to compare
    # The tidy name, as `exif_camera` shows it: a caption copying it agrees, and a maker no
    # database knows stays part of the key on both sides ('Caplio RR330').
    return _unknown_key(index, _fold(_tidy(make, model)))


class Resolved(NamedTuple):
    """One camera spelling resolved, with a single lookup of its body: the canonical name
    (`camera_from_caption` / `camera_from_exif`), the comparison key (`caption_camera_key` /
    `exif_camera_key`), and the maker its `camera` row names. `known`: lensfun or the facts
    file has the body (else the name is a tidy form of the EXIF strings, or None)."""

    name: str | None
    key: str | None
    maker: str | None
    known: bool


NOTHING = Resolved(None, None, None, False)


def resolve_caption(text: str | None) -> Resolved:
    """Name, key and maker of the camera a caption names, from one lookup."""
    if not text or len(text) > MAX_NAME_LENGTH:
        return NOTHING
    body = body_from_caption(text)
    key = _caption_key_of(body, text)
    if body is None:
        return Resolved(None, key, None, False)
    return Resolved(body.name, key, body.maker, True)


def resolve_exif(make: str | None, model: str | None) -> Resolved:
    """Name, key and maker of an EXIF Make/Model pair, from one lookup (two only when a
    string is longer than MAX_NAME_LENGTH, where the key reads it cut short)."""
    clean_make, clean_model = _clean(make), _clean(model)
    named = clean_make[: 10 * MAX_NAME_LENGTH], clean_model[: 10 * MAX_NAME_LENGTH]
    if not named[0] and not named[1]:
        return NOTHING
    body = body_from_exif(*named)
    keyed = clean_make[:MAX_NAME_LENGTH], clean_model[:MAX_NAME_LENGTH]
    key = None
    if keyed[1]:
        key = _exif_key_of(body, *keyed) if keyed == named else _exif_key(*keyed)
    if body is not None:
        return Resolved(body.name, key, body.maker, True)
    maker = _tidy(named[0], "") if named[0] else None  # as camera_from_exif(make, None)
    return Resolved(_tidy(*named), key, maker, False)


def camera_rows(resolved: Iterable[Resolved]) -> list[dict[str, Any]]:
    """`camera` rows (name, maker) of resolved spellings; a known body's row wins over a tidy
    name spelled the same."""
    rows: dict[str, dict[str, Any]] = {}
    for found in resolved:
        if found.name and (found.known or found.name not in rows):
            rows[found.name] = {"name": found.name, "maker": found.maker}
    return list(rows.values())


def same_camera(caption: str | None, make: str | None, model: str | None) -> bool | None:
    """Whether a caption's camera and an EXIF Make/Model pair are one body; None when either
    has no key to compare."""
    written, made = caption_camera_key(caption), exif_camera_key(make, model)
    return None if written is None or made is None else written == made


def warm() -> None:
    """Load the index now (before worker processes fork, so each does not build its own)."""
    _index()


def data_files() -> list[str]:
    """The files outside this package whose change may change `names_version`."""
    return [str(_db_folder().parent / "_version.py")]


def names_version() -> str:
    """Changes whenever resolution may give another name or key: the facts file, lensfunpy's
    database, this module's cache format. Catalogs store it to refresh stale names."""
    folder = _db_folder()
    return (f"{CACHE_FORMAT}-{RULES_VERSION}-{_lensfunpy_version(folder)}-"
            f"{load_facts().version}")
