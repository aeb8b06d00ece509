"""Surnames: whether a word is a known family name, the evidence the credit grammar asks for
before it takes a lone word after "Image:", "Credit:", "Quelle:" or "©" for a company
("Credit: Funko", "(Bild: Audi)"): a known surname there ("Bildquelle: Neumann") may be the
photographer's, so it yields nothing.

The names are the family-name lists of the `Faker` package's person providers (about 28,000
surnames of 86 locales, drawn by its authors from census and registry frequency lists); only
their data is read, never a name generated.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path


def unaccented(word: str) -> str:
    """`word` without its accents ("Nación" as "Nacion", "Müller" as "Muller")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list | tuple | set | frozenset):
        for item in value:  # a dict's keys: names weighted by frequency
            yield from _strings(item)


@lru_cache(maxsize=1)
def _faker_person_names() -> dict[str, frozenset[str]]:
    import faker.providers.person as people

    names: dict[str, set[str]] = {"first_name": set(), "last_name": set()}
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"),
                           "Provider", None)
        for attribute in dir(provider):
            kind = next((k for k in names if attribute.startswith(k)), None)
            value = getattr(provider, attribute) if kind else None
            if kind and not callable(value):
                names[kind].update(n.casefold() for n in _strings(value) if " " not in n)
    return {kind: frozenset(found) for kind, found in names.items()}


def faker_names(kind: str) -> frozenset[str]:
    """The one-word names, case-folded, of every locale of Faker's person providers: "first_name"
    or "last_name" (every attribute whose name starts so: male, female, romanised)."""
    return _faker_person_names()[kind]


# The family names of Vietnam that Faker's vi_VN lists lack (the common family names of the
# country, facts), with their diacritics: a Vietnamese name published in capitals opens with
# one ("Ảnh: LÃ NGHĨA HIẾU", "NGÔ BÌNH") and reads as a person's, not as a sentence run into a
# given name. Only as published, never unaccented ("Tô" is no "to", "Đỗ" no "do"); "La", an
# article in other languages, is left out (c16v).
VIETNAMESE_SURNAMES: frozenset[str] = frozenset({
    "phan", "võ", "đỗ", "ngô", "lý", "lã", "lưu", "đinh", "đào", "trương", "trịnh", "đoàn",
    "phùng", "tô", "tạ", "hà", "cao", "chu", "vương", "quách", "kiều", "lương", "thái", "tăng",
    "tiêu", "diệp", "lục", "khổng", "tống", "âu", "nghiêm", "triệu", "hầu", "từ", "nông", "lò",
    "hứa", "thân", "khúc", "châu", "lữ", "đàm", "phí", "doãn", "đồng", "tôn", "thạch", "lại",
    "bế", "giáp", "mạc", "đặng", "bùi", "huỳnh", "dương", "hồ", "vũ", "lâm", "trần", "nguyễn",
    "lê", "phạm", "hoàng", "mai"})


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    names = faker_names("last_name")
    return frozenset(names | {unaccented(n) for n in names}) | VIETNAMESE_SURNAMES


def is_surname(word: str) -> bool:
    """Whether `word` is a known family name ("Neumann", "MOORE", "Müller"), any case."""
    folded = word.strip(".,'’").casefold()
    return bool(folded) and (folded in _surnames() or unaccented(folded) in _surnames())


# The continents in English, which Faker's country list lacks ("Oxfam America", "Visit Europe").
CONTINENTS = frozenset({"africa", "america", "americas", "antarctica", "asia", "australasia",
                        "europe", "oceania"})


# The countries' names in Turkish (the Unicode CLDR's territory names and a few usual short
# forms, scripts/build_turkish_country_names.py), as Turkish award and gallery pages write a
# photographer's country after the name ("Fotoğraf: Name (Belçika)") (c17t)
TURKISH_COUNTRY_NAMES = Path(__file__).with_name("turkish_country_names.txt")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from faker.providers.address.en_US import Provider

    turkish = {line.strip().casefold() for line in
               TURKISH_COUNTRY_NAMES.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    return frozenset(name.casefold() for name in Provider.countries) | CONTINENTS | turkish


def is_country(word: str) -> bool:
    """Whether `word` is a country's or a continent's name in English ("Ireland", "Jordan",
    "America"), by the country list of Faker's en_US address provider and `CONTINENTS`, or a
    country's name in Turkish (`TURKISH_COUNTRY_NAMES`: "Belçika", "ABD"): a surname or a given
    name that is one names a place as often as a person ("Photocall Ireland", "Visit Spain",
    "Oxfam America")."""
    return word.strip(".,'’").casefold() in _countries()
