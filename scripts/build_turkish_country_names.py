"""Write catalog/credits/turkish_country_names.txt: the names of the world's countries and
territories in Turkish, as award and gallery pages write a photographer's country after the
name ("Fotoğraf: Name (Belçika)", "Fotoğrafçı: Name, İtalya"): no outlet.

    python -m scripts.build_turkish_country_names

The names are the Turkish territory names of the Unicode CLDR (Common Locale Data Repository,
Unicode license), as the `babel` package ships them (2.18.0 when the list was written; it is not
a dependency of the project: install it where this script is run). Only the two-letter
territories are kept (countries and dependencies, not regions such as "Batı Avrupa"), with the
short forms and the usual names Turkish papers write and CLDR lacks (`EXTRA`).
"""

from __future__ import annotations

import importlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "catalog" / "credits" / "turkish_country_names.txt"

# The short forms and the usual names the Turkish press writes that CLDR's territory names lack:
# "ABD" (Amerika Birleşik Devletleri) and "BAE" (Birleşik Arap Emirlikleri), as the Turkish
# Language Association's list of abbreviations (TDK Kısaltmalar Dizini) gives them, and the
# nations of the United Kingdom, which CLDR names only as "Birleşik Krallık".
EXTRA = ("ABD", "BAE", "İngiltere", "İskoçya", "Galler", "Kuzey İrlanda")
HEADER = ("# The names of the world's countries and territories in Turkish: the Unicode CLDR's\n"
          "# Turkish territory names (Unicode license) as the babel package ships them, and a\n"
          "# few short forms and usual names (ABD, BAE, İngiltere ...); written by\n"
          "# scripts/build_turkish_country_names.py. One a line.\n")


def names() -> list[str]:
    """CLDR's Turkish names of the two-letter territories, and `EXTRA`, sorted."""
    locale = importlib.import_module("babel").Locale.parse("tr")
    found = {name for code, name in locale.territories.items()
             if len(code) == 2 and code.isalpha()}
    return sorted(found | set(EXTRA), key=str.casefold)


def main() -> None:
    listed = names()
    OUT.write_text(HEADER + "".join(f"{name}\n" for name in listed), encoding="utf-8")
    print(f"{len(listed)} names")


if __name__ == "__main__":
    main()
