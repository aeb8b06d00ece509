"""The camera facts file: bodies, names and model codes lensfun lacks or gets wrong.

`camera_facts.toml` (in this package) is read once per process. Its layout and the rule for a
body's canonical name are described at the top of that file and in docs/contract.md.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

FACTS_FILE = "camera_facts.toml"


@dataclass(frozen=True)
class FactMaker:
    name: str  # as captions write it: "Google", "Insta360"
    aliases: tuple[str, ...]  # other spellings: EXIF Make strings, former names


@dataclass(frozen=True)
class FactCode:
    maker: str
    pattern: re.Pattern[str]  # over a whole model; group `stem` names the body


@dataclass(frozen=True)
class FactBody:
    maker: str  # the group's maker
    model: str  # canonical model
    names: tuple[str, ...]  # every other name, possibly led by another maker's name


@dataclass(frozen=True)
class Facts:
    makers: tuple[FactMaker, ...]
    codes: tuple[FactCode, ...]
    bodies: tuple[FactBody, ...]
    dropped: tuple[tuple[str, str], ...]  # (maker, model) of lensfun entries left out
    version: str  # digest of the file: stored names are refreshed when it changes


class FactsError(ValueError):
    """The facts file is malformed (a packaging or editing mistake, not user input)."""


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FactsError(f"{FACTS_FILE}: {where} must be a list of non-empty strings")
    return tuple(" ".join(v.split()) for v in value)


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise FactsError(f"{FACTS_FILE}: {where} needs a non-empty '{key}'")
    return " ".join(value.split())


def parse_facts(data: dict[str, Any], version: str = "") -> Facts:
    """Facts from the parsed TOML; every group must name its source."""
    makers: list[FactMaker] = []
    codes: list[FactCode] = []
    bodies: list[FactBody] = []
    dropped: list[tuple[str, str]] = []
    for n, table in enumerate(data.get("maker", [])):
        where = f"maker #{n + 1}"
        _text(table, "source", where)
        makers.append(FactMaker(_text(table, "name", where),
                                _strings(table.get("aliases", []), where + " aliases")))
    for n, table in enumerate(data.get("code", [])):
        where = f"code #{n + 1}"
        _text(table, "source", where)
        try:
            pattern = re.compile(_text(table, "pattern", where), re.IGNORECASE)
        except re.error as exc:
            raise FactsError(f"{FACTS_FILE}: {where} pattern: {exc}") from exc
        if "stem" not in pattern.groupindex:
            raise FactsError(f"{FACTS_FILE}: {where} pattern has no group 'stem'")
        codes.append(FactCode(_text(table, "maker", where), pattern))
    for n, table in enumerate(data.get("group", [])):
        where = f"group #{n + 1}"
        _text(table, "source", where)
        maker = _text(table, "maker", where)
        dropped.extend((maker, model) for model in _strings(table.get("drop", []), where))
        for line in _strings(table.get("bodies"), where + " bodies"):
            names = [" ".join(part.split()) for part in line.split(" = ")]
            if not all(names):
                raise FactsError(f"{FACTS_FILE}: {where}: empty name in {line!r}")
            bodies.append(FactBody(maker, names[0], tuple(dict.fromkeys(names[1:]))))
    return Facts(tuple(makers), tuple(codes), tuple(bodies), tuple(dropped), version)


@cache
def load_facts() -> Facts:
    """The package's facts file, parsed once."""
    raw = resources.files("catalog").joinpath(FACTS_FILE).read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FactsError(f"{FACTS_FILE}: {exc}") from exc
    return parse_facts(data, hashlib.sha256(raw).hexdigest()[:16])
