"""Write catalog/credits/news_outlets.txt: the names of the world's newspapers and news sites,
the gazetteer `catalog.credits.news_outlets` reads.

    python -m scripts.build_news_outlets WIKIDATA_NEWSPAPERS FUNDUS

WIKIDATA_NEWSPAPERS is a git directory (a clone, or a bare one) of
github.com/patrickswickard/international_newspapers, whose full_list_of_newspapers.json is the
result of a Wikidata query (its get_newspaper_info.sparql: every item that is an instance of
"newspaper", Q11032, with an official website, its English label, country and language).
Wikidata's data is CC0 (public domain); only the facts are kept: each item's label, country,
language and its web address's host. FUNDUS is a git directory of github.com/flairNLP/fundus
(MIT), whose docs/supported_publishers.md names the publishers its crawler knows, with their
web addresses. Nothing of either repository's code is used.

A label that is the item's number ("Q123"), a sentence (more than six words, or a colon) or no
title in Latin, Greek, Cyrillic or another alphabet is left out; a closing bracket that tells
items apart ("Meio Norte (jornal)", "Neue Zürcher Zeitung (NZZ)") is taken off. One line per
name: the name, its country, its language and its host, tab-separated (empty where the source
does not say), sorted, each name once.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

OUT = Path(__file__).resolve().parent.parent / "catalog" / "credits" / "news_outlets.txt"
_QID = re.compile(r"Q\d+")
_CLOSING_BRACKET = re.compile(r"\s*\([^()]*\)$")
_FUNDUS_ROW = re.compile(r"<div>(.*?)</div>\s*</td>\s*<td>\s*<a href=\"([^\"]+)\"", re.S)
_FUNDUS_COUNTRY = re.compile(r"^## ([A-Z]{2})-Publishers", re.M)


def _show(git_dir: Path, path: str) -> str:
    return subprocess.run(["git", "-C", str(git_dir), "show", f"HEAD:{path}"],
                          capture_output=True, text=True, check=True).stdout


def _head(git_dir: Path) -> str:
    return subprocess.run(["git", "-C", str(git_dir), "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()


def _host(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")


def _name(label: str) -> str | None:
    name = " ".join(_CLOSING_BRACKET.sub("", html.unescape(label)).split())
    if not name or _QID.fullmatch(name) or ":" in name or len(name.split()) > 6:
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def wikidata_rows(git_dir: Path) -> dict[str, tuple[str, str, str]]:
    data = json.loads(_show(git_dir, "full_list_of_newspapers.json"))
    rows: dict[str, tuple[str, str, str]] = {}
    for binding in data["results"]["bindings"]:
        name = _name(binding["itemLabel"]["value"])
        if name is None:
            continue
        country = binding.get("countryLabel", {}).get("value", "")
        language = binding.get("languageLabel", {}).get("value", "")
        country = "" if _QID.fullmatch(country) else country
        language = "" if _QID.fullmatch(language) else language
        host = _host(binding.get("offurl", {}).get("value", ""))
        rows.setdefault(name, (country, language, host))
    return rows


def fundus_rows(git_dir: Path) -> dict[str, tuple[str, str, str]]:
    text = _show(git_dir, "docs/supported_publishers.md")
    rows: dict[str, tuple[str, str, str]] = {}
    sections = _FUNDUS_COUNTRY.split(text)
    for country, body in zip(sections[1::2], sections[2::2], strict=True):
        for label, url in _FUNDUS_ROW.findall(body):
            name = _name(re.sub(r"<[^>]+>", "", label))
            if name:
                rows.setdefault(name, (country, "", _host(url)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wikidata", type=Path)
    parser.add_argument("fundus", type=Path)
    args = parser.parse_args()
    wikidata, fundus = wikidata_rows(args.wikidata), fundus_rows(args.fundus)
    lines = [
        "# The world's newspapers and news sites, one a line: name, country, language, web host",
        "# (tab-separated; empty where the source does not say). Facts only, written by",
        "# scripts/build_news_outlets.py from:",
        "#   Wikidata (CC0): every item that is an instance of \"newspaper\" (Q11032) with an",
        "#   official website, as the query result full_list_of_newspapers.json of",
        f"#   github.com/patrickswickard/international_newspapers (commit {_head(args.wikidata)})",
        "#   holds it: the items' English labels, countries, languages and web hosts;",
        "#   fundus (MIT): the publishers of docs/supported_publishers.md of",
        f"#   github.com/flairNLP/fundus (commit {_head(args.fundus)}), country code and host.",
        f"# {len(wikidata)} names from Wikidata, {len(fundus)} from fundus, "
        f"{len(wikidata.keys() | fundus.keys())} in all.",
    ]
    merged = {**fundus, **wikidata}
    for name in sorted(merged, key=str.casefold):
        lines.append("\t".join((name, *merged[name])))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
