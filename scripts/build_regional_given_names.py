"""Write catalog/credits/regional_given_names.txt: given names of Africa, South Asia and
Southeast Asia that the first-name dictionary `catalog.credits.given_names` reads lacks.

    python -m scripts.build_regional_given_names FAKERPHP FAKERJS FAKERRUBY [--words FILE ...]

FAKERPHP, FAKERJS and FAKERRUBY are git directories (a clone, or a bare one) of FakerPHP/Faker,
faker-js/faker and faker-ruby/faker (each MIT). Their name lists are facts; this reads the
first-name lists of the locales named below (one array of quoted names per list, read as text,
no code run) from each one's HEAD, and the same locales' first names of the Python Faker the
project installs. It keeps a name only if it is one word of Latin letters (three or more), the
dictionary lacks it, and it is neither a word of the grammar's lexicon (outlets, organisation
words, markers, titles...) nor a word in lower case of an English word list (`--words`, by
default the large American and British lists of the `wamerican-large` and `wbritish-large`
Debian packages): "Sardine", "Dream" or "Humas" must not vouch for a credit as a person.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import textwrap
import unicodedata
from pathlib import Path

import yaml

from catalog.credits import given_names, lexicon

OUT = Path(__file__).resolve().parent.parent / "catalog" / "credits" / "regional_given_names.txt"

PHP_LOCALES = ("bn_BD", "en_IN", "en_NG", "en_UG", "en_ZA", "id_ID", "ms_MY", "ne_NP")
JS_LOCALES = ("af_ZA", "en_GH", "en_IN", "en_NG", "en_ZA", "fr_SN", "id_ID", "ne", "ur",
              "yo_NG", "zu_ZA")
RUBY_LOCALES = ("en-IND", "en-KE", "en-MS", "en-NEP", "en-NG", "en-PAK", "en-SG", "en-UG",
                "en-ZA", "id")
PYTHON_LOCALES = ("bn_BD", "en_IN", "en_KE", "en_NG", "en_PK", "ha_NG", "hi_IN", "id_ID",
                  "ig_NG", "ne_NP", "si_LK", "sw", "ta_IN", "tw_GH", "yo_NG", "zu_ZA")
WORDS = (Path("/usr/share/dict/american-english-large"),
         Path("/usr/share/dict/british-english-large"))
NAME = re.compile(r"[A-Za-z\u00c0-\u024f][a-z\u00c0-\u024f'’-]+[a-z\u00c0-\u024f]")


def _show(git_dir: Path, path: str) -> str | None:
    done = subprocess.run(["git", "-C", str(git_dir), "show", f"HEAD:{path}"],
                          capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else None


def _head(git_dir: Path) -> str:
    return subprocess.run(["git", "-C", str(git_dir), "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()


def _quoted(text: str) -> list[str]:
    return [m.group(2).replace("\\'", "'") for m in
            re.finditer(r"(['\"])((?:\\.|(?!\1).)*)\1", text)]


def php_names(git_dir: Path, locale: str) -> list[str]:
    """The quoted names of every `$firstName...` array of the locale's Person provider."""
    text = _show(git_dir, f"src/Faker/Provider/{locale}/Person.php") or ""
    names: list[str] = []
    for array in re.finditer(r"static \$firstName\w*\s*=\s*\[(.*?)\];", text, re.S):
        names += _quoted(array.group(1))
    return names


def js_names(git_dir: Path, locale: str) -> list[str]:
    text = _show(git_dir, f"src/locales/{locale}/person/first_name.ts") or ""
    return _quoted(text)


def ruby_names(git_dir: Path, locale: str) -> list[str]:
    text = _show(git_dir, f"lib/locales/{locale}.yml")
    if text is None:
        return []
    name = yaml.safe_load(text)[locale]["faker"].get("name", {})
    names: list[str] = []
    for key, value in name.items():
        if "first_name" in key and isinstance(value, list):
            names += [str(v) for v in value]
    return names


def python_names(locale: str) -> list[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: list[str] = []
    for attribute in dir(provider):
        if attribute.startswith(("first_names", "first_romanized_names")):
            value = getattr(provider, attribute)
            if isinstance(value, list | tuple | dict):
                names += [str(v) for v in value]
    return names


def english_words(files: list[Path]) -> set[str]:
    words: set[str] = set()
    for file in files:
        for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
            if line[:1].islower():
                words.add(line.split("'")[0].casefold())
    return words


def _ascii(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


def lexicon_words() -> set[str]:
    words: set[str] = set()
    for table in (lexicon.OUTLETS, lexicon.PHOTO_AGENCIES, lexicon.ORG_WORDS,
                  lexicon.LEGAL_FORMS, lexicon.STAFF_ROLES, lexicon.MARKERS, lexicon.ROLE_WORDS,
                  lexicon.PARTICLES, lexicon.NOT_NAME_WORDS, lexicon.PLACE_WORDS,
                  lexicon.TITLE_WORDS, lexicon.ARCHIVE_MARKERS, lexicon.ORG_FUNCTION_WORDS,
                  lexicon.NAME_LIKE_OUTLETS):
        for entry in table:
            words.update(entry.casefold().split())
    return words


def write_names(out: Path, header: str, names: list[str], read: int) -> None:
    """Write `names` one a line under `header` set as comment lines, and say how many of the
    names read were kept (shared with scripts/build_hebrew_given_names.py)."""
    comment = textwrap.fill(header, width=98, initial_indent="# ", subsequent_indent="# ",
                            break_on_hyphens=False) + "\n"
    out.write_text(comment + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{out}: {len(names)} names of {read} read")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fakerphp", type=Path)
    parser.add_argument("fakerjs", type=Path)
    parser.add_argument("fakerruby", type=Path)
    parser.add_argument("--words", type=Path, nargs="+", default=list(WORDS))
    args = parser.parse_args()
    import faker

    found: dict[str, set[str]] = {}

    def take(names: list[str], source: str) -> None:
        for name in names:
            name = name.strip()
            if NAME.fullmatch(name):
                found.setdefault(name.casefold(), set()).add(source)

    for locale in PHP_LOCALES:
        take(php_names(args.fakerphp, locale), f"php:{locale}")
    for locale in JS_LOCALES:
        take(js_names(args.fakerjs, locale), f"js:{locale}")
    for locale in RUBY_LOCALES:
        take(ruby_names(args.fakerruby, locale), f"ruby:{locale}")
    for locale in PYTHON_LOCALES:
        take(python_names(locale), f"python:{locale}")
    known = given_names._names()
    english = english_words(args.words)
    grammar = lexicon_words()
    kept = sorted(name for name in found
                  if name not in known and _ascii(name) not in known
                  and name not in english and _ascii(name) not in english
                  and name not in grammar)
    sources = (
        f"FakerPHP/Faker {_head(args.fakerphp)[:12]} (src/Faker/Provider/LOCALE/Person.php, "
        f"$firstName... arrays: {', '.join(PHP_LOCALES)}); faker-js/faker "
        f"{_head(args.fakerjs)[:12]} (src/locales/LOCALE/person/first_name.ts: "
        f"{', '.join(JS_LOCALES)}); faker-ruby/faker {_head(args.fakerruby)[:12]} "
        f"(lib/locales/LOCALE.yml, name.*first_name: {', '.join(RUBY_LOCALES)}); Python Faker "
        f"{faker.VERSION} (first_names*: {', '.join(PYTHON_LOCALES)}).")
    write_names(
        OUT,
        "Given names of Africa, South Asia and Southeast Asia that nam_dict.txt (gender-guesser) "
        "lacks, one a line, in lower case; catalog/credits/given_names.py says what they are "
        "used for. Facts taken from the first-name lists (MIT licence) of the Faker projects' "
        f"locales of those regions: {sources} Kept: one word of Latin letters, three or more; "
        "not in nam_dict.txt; not a word of the credit grammar's lexicon; not an English word in "
        "lower case of the word lists " + ", ".join(p.name for p in args.words) + " (Debian "
        "packages wamerican-large and wbritish-large 2020.12.07). Made by "
        "scripts/build_regional_given_names.py.", kept, len(found))


if __name__ == "__main__":
    main()
