"""Write catalog/credits/hebrew_given_names.txt: Hebrew given names that the names data
`catalog.credits.given_names` reads (Faker's he_IL first names) lacks.

    python -m scripts.build_hebrew_given_names FAKERJS FAKERRUBY

FAKERJS and FAKERRUBY are git directories (a clone, or a bare one) of faker-js/faker and
faker-ruby/faker (each MIT). Their name lists are facts; this reads the Hebrew first-name lists
(faker-js `src/locales/he/person/first_name.ts`, faker-ruby `lib/locales/he.yml`, as text or
YAML, no code run) from each one's HEAD. It keeps a name only if it is one word of Hebrew letters
(a geresh allowed: "ג'ון"), two or more, the names data lacks it, it is no word of the grammar's
lexicon, and it is none of the common nouns and place names below, which also open the names of
bodies, places, products and papers in Hebrew credits ("בינה מלאכותית", artificial intelligence;
"חי פה", a Haifa paper; "כוכב יאיר", a town): a first name there must not vouch for a person.
FakerPHP's he_IL list (a baby-name site's) is not read: it holds many more such words ("חבר",
"חייל", "בזק", "מגן").
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import yaml

from catalog.credits import given_names
from scripts.build_regional_given_names import (
    _head,
    _quoted,
    _show,
    lexicon_words,
    write_names,
)

OUT = Path(__file__).resolve().parent.parent / "catalog" / "credits" / "hebrew_given_names.txt"
NAME = re.compile(r"[\u05d0-\u05ea](?:[\u05d0-\u05ea]|')*[\u05d0-\u05ea]")
# Given names that are also common nouns or places opening other names in Hebrew credits
COMMON_WORDS = frozenset({
    "אהבה", "בינה", "ברית", "חי", "כוכב", "לב", "לילה", "פלא", "צדק", "צוק", "קשת", "מזל",
    "מתנה", "קסם", "תקווה", "חסד", "ציון", "נתיב", "שחק", "מגל", "תו", "צמח", "פסח", "גלבוע",
    "גולן", "חירות", "דקל", "רימון", "אשל", "שקמה", "תאנה", "תכלת", "לשם", "טופז", "הוד",
    "ברקת", "חושן", "יהלום", "לבנה", "מיטב", "סביון", "מצדה", "קמה", "כלב", "לבונה", "ערגה",
    "צמרת", "צאלה", "יונה", "דגן", "ימית", "כרמי", "גפן", "שחף", "שלהבת", "אביב", "אור", "ים",
})


def js_names(git_dir: Path) -> list[str]:
    return _quoted(_show(git_dir, "src/locales/he/person/first_name.ts") or "")


def ruby_names(git_dir: Path) -> list[str]:
    text = _show(git_dir, "lib/locales/he.yml")
    if text is None:
        return []
    name = yaml.safe_load(text)["he"]["faker"].get("name", {})
    return [str(v) for key, value in name.items() if "first_name" in key
            and isinstance(value, list) for v in value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fakerjs", type=Path)
    parser.add_argument("fakerruby", type=Path)
    args = parser.parse_args()
    found = {name.strip() for name in js_names(args.fakerjs) + ruby_names(args.fakerruby)}
    grammar = lexicon_words()
    kept = sorted(name for name in found if NAME.fullmatch(name)
                  and not given_names.is_given_name(name) and name not in grammar
                  and name not in COMMON_WORDS)
    write_names(
        OUT,
        "Hebrew given names that Faker's he_IL first names lack, one a line; "
        "catalog/credits/given_names.py says what they are used for. Facts taken from the "
        f"Hebrew first-name lists (MIT licence) of faker-js/faker {_head(args.fakerjs)[:12]} "
        f"(src/locales/he/person/first_name.ts) and faker-ruby/faker "
        f"{_head(args.fakerruby)[:12]} (lib/locales/he.yml, name.first_name). Kept: one word "
        "of Hebrew letters, two or more; not in the names data; not a word of the credit "
        "grammar's lexicon; none of the common nouns and places that open other names "
        "(scripts/build_hebrew_given_names.py lists them). Made by "
        "scripts/build_hebrew_given_names.py.", kept, len(found))


if __name__ == "__main__":
    main()
