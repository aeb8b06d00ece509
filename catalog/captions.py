"""The caption grammar: is a paragraph a caption, who made the photo, what camera it names.

Pure functions on strings. The grammar is data: the word lists and lead-ins of
`catalog.credits.lexicon`, the credit forms of `catalog.credits.forms` (each with what it
yields), the first names of `catalog.credits.given_names` (person or organisation, where a
credit's shape cannot tell), and here the photo phrases and camera notes. The regular
expressions are built from those tables; the code below only walks a caption's likely credit
places (its closing parentheses, its closing words, an inline "captured by ...") and asks each
form in turn. docs/captions.md lists every form with an example and what it yields.

Precision beats recall: a slot that cannot be read with confidence makes the form fail, and a
caption with no readable credit yields None for both parts, never a guess from the subject of
the photo. Names are returned as published (capitals kept), with military ranks and honorifics
taken off; several photographers are joined with "; ".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from catalog.credits.forms import CREDIT_FORMS, CreditForm
from catalog.credits.given_names import is_given_name
from catalog.credits.lexicon import (
    ABBREVIATIONS,
    ARCHIVE_MARKERS,
    CJK_LEAD_INS,
    CLAUSE_END_WORDS,
    INLINE_VERBS,
    LEAD_INS,
    LEGAL_FORMS,
    LICENCE_NOTES,
    MARKERS,
    NAME_LIKE_OUTLETS,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ORG_ENDINGS,
    ORG_FUNCTION_WORDS,
    ORG_WORDS,
    OUTLETS,
    PARTICLES,
    PHOTO_AGENCIES,
    PLACE_WORDS,
    RANKS,
    TITLE_ARTICLES,
    TITLE_WORDS,
    TRAILING_NOISE,
    WIRE_NOTES,
    WIRE_PREFIXES,
    LeadIn,
)
from catalog.credits.outlet_data import OUTLET_ROWS, STOCK_AGENCIES, WIRE_AGENCIES
from catalog.credits.outlets import known_outlet
from catalog.credits.surnames import is_surname
from catalog.domain import Credit

# ==== sentence-level tables =====================================================================

# A caption may open with one of these (case-insensitive, after an optional quote or bracket).
# "A photograph released by ..." opens with none: the noun needs its "of".
PHOTO_ADJECTIVES = ("file", "handout", "undated", "aerial", "satellite", "drone", "archive",
                    "archival", "recent", "black-and-white", "family", "video", "still", "pool",
                    "combination", "composite", "new")
PHOTO_PHRASES: tuple[tuple[str, str], ...] = (
    ("A photo of", r"an?\s+(?:(?:ADJ)\s+){0,2}(?:photo|photograph|image|picture|pic|snapshot)s?"
                   r"\s+of\b"),
    ("Photo:", r"(?:photo|photograph|picture|image)s?\s*:"),
    ("Pictured:", r"pictured(?:\s*\([^)]{0,40}\)|,?\s+(?:above|below|here|left|right|"
                  r"from\s+left|l-r|left\s+to\s+right))?\s*:"),
    ("In this photo", r"in\s+this\s+(?:(?:ADJ)\s+){0,2}(?:photo|photograph|image|picture)\b"),
    ("This photo shows", r"this\s+(?:(?:ADJ)\s+)?(?:photo|photograph|image|picture)\s+"
                         r"(?:shows|taken)\b"),
)

# Camera notes: "(Taken with a Nikon D850)", "(Shot on an iPhone 15 Pro)", "(Camera: X)".
CAMERA_NOTE_LEADS: tuple[str, ...] = (
    r"(?:(?:photo|photograph|picture|image)\s+)?(?:taken|shot|photographed|captured|made)\s+"
    r"(?:with|on|using)(?:\s*:)?",
    r"(?:photo|photograph|picture|image)\s+(?:with|on|using)",
    r"camera(?:\s+used)?\s*[:–-]",
)
CAMERA_DETERMINERS = ("an?", "the", "his", "her", "their", "my", "our", "its")
# Where the camera's name stops: a lens, settings, a second clause.
CAMERA_STOPS = (r",", r";", r"\|", r"\s+and\s+", r"\s+with\s+", r"\s+using\s+", r"\s+at\s+",
                r"\s+by\s+",
                r"\s+plus\s+", r"\s+\+\s+", r"\s+f/\d", r"\s+\d+(?:-\d+)?\s*mm\b", r"\s+lens\b",
                r"\s+in\s+")
CAMERA_GENERIC_WORDS = ("camera", "cam", "body", "dslr", "slr", "mirrorless", "smartphone",
                        "phone", "compact", "drone", "cinema", "video", "action")


# ==== compiled pieces ===========================================================================

_FLAGS = re.IGNORECASE


class _LazyPattern:
    """A pattern compiled when first used: importing the grammar stays cheap for a run that
    reads no caption (a re-ingest of unchanged files)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(*self._source), name)
        setattr(self, name, value)  # found directly from now on
        return value


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast(re.Pattern[str], _LazyPattern(pattern, flags))
# One-for-one replacements, so that offsets in the normalised text are offsets in the original.
_NORMALISE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                            "’": "'", "ʼ": "'", "`": "'", "（": "(", "）": ")", "［": "[",
                            "］": "]", "\u00a0": " "})


def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                           key=len, reverse=True))


_MARKER_ALT = _alternation(MARKERS - {"via", "obtained by"})
PIECES: dict[str, str] = {
    "slash": r"\s*/\s*",
    "photo": r"(?:photo|photograph|picture|image|pic)s?",
    "mark": rf"(?:{_MARKER_ALT})",
    "marks": rf"(?:(?:\s*[/,]\s*|\s+)(?:{_MARKER_ALT}))*",
    "apos": "'",
    # NBC News sets Getty Images, the distributor, after a dash ("Name / AFP - Getty Images")
    "via_tail": r"(?:\s+(?:{through}|[-–—](?=\s+getty\b))\s+{via})?",
    "through": r"v[ií]a",  # "via", Spanish "vía"
}
_SLOT_TEXT = r"[^/|;()]+?"


def _compile_form(form: CreditForm, *, greedy: bool = False) -> re.Pattern[str]:
    pattern = form.pattern
    for _ in range(3):  # pieces may hold pieces and slots ({via_tail} holds {via})
        pattern = re.sub(r"\{(\w+)\}", lambda m: PIECES.get(m.group(1), m.group(0)), pattern)

    def slot(match: re.Match[str]) -> str:
        text = SLOTS[match.group(1)].text
        return f"(?P<{match.group(1)}>{text.removesuffix('?') if greedy else text})"

    pattern = re.sub(r"\{(\w+)\}", slot, pattern)
    return _lazy(pattern, _FLAGS)


_ADJ = "|".join(re.escape(a) for a in PHOTO_ADJECTIVES)
_PHOTO_PHRASE = _lazy(r"^[\W_]{0,3}(?:" + "|".join(p.replace("ADJ", _ADJ)
                                                      for _, p in PHOTO_PHRASES) + ")", _FLAGS)
_DETERMINER = r"(?:(?:" + "|".join(CAMERA_DETERMINERS) + r")\s+)?"
_CAMERA_LEAD = "(?:" + "|".join(CAMERA_NOTE_LEADS) + ")"
# A camera's name may hold bracketed parts of its own: "Leica Q (Typ 116)".
_NAME_BRACKET = r"|\([^()\[\]]{1,30}\)"
_CAMERA_NOTE = _lazy(r"[(\[]\s*" + _CAMERA_LEAD + r"\s*" + _DETERMINER
                          + r"(?P<camera>(?:[^()\[\]]" + _NAME_BRACKET
                          + r"){1,80}?)\s*[.,;:!]?\s*[)\]]", _FLAGS)
# A full stop inside a name ("Phantom 4 Pro V2.0", "5D Mk. III") does not end the sentence.
_NAME_STOP = r"|\.(?=\w)|(?<=[Mm][Kk])\."
_CAMERA_SENTENCE = _lazy(r"(?:^|(?<=[.!?])\s+)" + _CAMERA_LEAD + r"\s*" + _DETERMINER
                              + r"(?P<camera>(?:[^.!?()\[\]]" + _NAME_BRACKET + _NAME_STOP
                              + r"){1,60}?)\s*[.!]?\s*$", _FLAGS)
_BRACKET = _lazy(r"[(\[（［]")
_CAMERA_STOP = _lazy("|".join(CAMERA_STOPS), _FLAGS)
_CAMERA_GENERIC = _lazy(r"(?:\s+(?:" + "|".join(CAMERA_GENERIC_WORDS) + r"))+$", _FLAGS)

_LEAD_IN = _lazy(r"^(?:" + "|".join(f"(?P<lead{i}>{lead.pattern})"
                                         for i, lead in enumerate(LEAD_INS)) + r")\s*", _FLAGS)
_LEAD_ANYWHERE = _lazy(r"(?<![\w'])(?:" + "|".join(lead.pattern for lead in LEAD_INS)
                            + ")", _FLAGS)
_INLINE = _lazy(r"\b(?:" + "|".join(f"(?P<verb{i}>{verb.pattern})"
                                         for i, verb in enumerate(INLINE_VERBS)) + r")\s+",
                     _FLAGS)
_CLAUSE_END = _lazy(r"\s*(?:[,;:()\[\]\"]|[.!?](?=[\s'\")]|$)|\s(?:"
                         + "|".join(CLAUSE_END_WORDS) + r")\b)", _FLAGS)
_RANK = _lazy(r"^(?:(?:" + "|".join(r.replace(" ", r"\.?\s+") for r in RANKS)
                   + r")\.?\s+)+", _FLAGS)
_SENTENCE_END = _lazy(r"[.!?][\"')\]]*\s+(?=\S)|[。！？]\s*(?=\S)")
# A sentence glued to the next one ("June 14.Name—Anadolu/Getty Images", "… power
# plant.EPA/NAME"): a credit may start.
_GLUED = _lazy(r"(?<=[a-z0-9][.!?])(?=[A-Z][a-z]|[A-Z]{2,}\s*/)")
_WIRE_NOTE = _lazy("|".join(WIRE_NOTES))
_LICENCE = _lazy("|".join(LICENCE_NOTES), _FLAGS)
# An agency's acronym set after a bar closing a caption ("… the court. | APG").
_BARRED_ACRONYM = _lazy(r"(?<=[.!?\"'”])\s*\|\s*([A-Z]{2,6})\s*$")
# A picture's place between the names of a credit ("Photos by A, left, and B/AP").
_POSITION = _lazy(r",\s*(?:left|right|top|bottom|cent(?:er|re)|above|below|inset|from\s+left)"
                  r"(?=\s*,|\s+and\b|\s*$)", _FLAGS)
# An e-mail address closing a credit, as staff photographers sign ("Jane Doe jdoe@paper.com").
_SIGNATURE = _lazy(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_REPORTER_SIGN_OFF = _lazy(r"(?:기자|记者|記者)$")
_BREAK_PREFIX = _lazy(r"\b(?:" + "|".join(WIRE_PREFIXES) + r")\s+")
_CJK_LEAD = _lazy(CJK_LEAD_INS)
_BREAK = _lazy(r"[,;]\s+|\s[-–—|/]\s+|\s\|")
# An all-capitals agency token starting a wire credit with no sentence break before it.
_AGENCY_START = _lazy(r"(?<!\S)(?:[A-Z][A-Z&.\-]{1,15}(?=\s*/|\s+PHOTO\b|\s+Photo\b)|"
                           r"[a-z]{2,5}(?=/))")  # "epa/Name" in lower case
# Strings without which no closing credit can stand (a cheap test before the forms are tried).
_SIGNALS = tuple(sorted({"/", "©", "(c)", " via ", " for ", " of ", " on ", "'", "photo", "pic",
                         "foto", "fotó", "image", "imag", "imág", "credit", "crédit", "courtesy",
                         "cortes", "copyright", "illustration", "ilustra", "grafik", "bild",
                         "beeld", "kuva", "fot.", "ph.", "ph:", "zdj", "snímek", "фото", "снимок",
                         "автор", "источник", "quelle", "صور", "تصوير", "摄", "攝", "图", "圖",
                         "写真", "撮影", "사진", "ảnh", "nguồn", "φωτ", "πηγή", "ਤਸਵੀਰ", "इमेज",
                         # the source and screenshot lead-ins ("Source: NASA" was let through
                         # only when its outlet held a signal of its own)
                         "source", "fuente", "fonte", "źródło", "zdroj", "lähde", "gentileza",
                         "screen", "عدسة", "来源", "來源", "출처", "기자", "＝",
                         " – ", " — ", "–", "—"}
                        | {agency.split()[0] for agency in PHOTO_AGENCIES}))
_PHOTO_SUFFIX = _lazy(r"\s+(?:photo|photograph|picture|image)s?$", _FLAGS)
_MARKER_SUFFIX = _lazy(r"\s*(?:\s[-–—]\s*)?\s(?:pool|handout|file|staff|file\s+photo|"
                            r"contributor)$", _FLAGS)
_PARTS = _lazy(r"\s*[/,]\s*")
_LINKS = _lazy(r"\s*[/,]\s*|\s+[-–—]\s+")  # a chain's links ("AFP - Getty Images")
_PEOPLE_SEPARATOR = _lazy(r"\s*(?:,|;|&|\band\b)\s*", _FLAGS)
_DOMAIN = _lazy(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|gov|edu|[a-z]{2})", _FLAGS)
_CHAIN = _lazy(r"\s*/\s*|\s+v[ií]a\s+", _FLAGS)
# Words after which a closing agency is the sentence's object, not a credit ("told Reuters").
_NOT_BEFORE_AGENCY = frozenset({"the", "by", "from", "to", "told", "said", "with", "and", "of",
                                "for", "via", "tells", "says", "an", "a"})
_CREDIT_SEPARATOR = _lazy(r"\s*(?:,|;|&|\band\b)\s*", _FLAGS)
_YEAR = _lazy(r"^\d{4}\b\s*|\s*\b\d{4}$")
# A copyright year opening a credit ("2011 Getty Images", "© 2014 Disney"): no part of a name.
_LEADING_YEAR = _lazy(r"^(?:1[89]|20)\d{2}\s+(?=[^\W\d_])")
_NOISE = _lazy(r"\b(?:" + _alternation(TRAILING_NOISE) + r")[\s.]*$", _FLAGS)
_AGENCY_AFTER = _lazy(r"\s*\(([^()]{2,40})\)\s*$")
_BYLINE = _lazy(r"^by\s+", _FLAGS)
_SLASH_VIA = _lazy(r"\s*/\s*(?=v[ií]a\s)", _FLAGS)
# A US Navy warfare qualification after a rating ("2nd Class (SW) Name"): no part of the name.
_WARFARE_MARK = _lazy(r"(?<=class)\s*\((?:AW|SW|SS|EXW|FMF|DV|NAC|PJ|IW|SCW)(?:/[A-Z]{2,3})*\)",
                      _FLAGS)
_HANDOUT_MARK = _lazy(r"(?<=/)\s*HO\s*-\s*(?=[A-Z])")  # Canadian Press: "/HO-Source"
_CHAIN_LINK = _lazy(r"\s*(?:/|\||\s[-–—]|\bvia\b)\s*", _FLAGS)  # between a chain's links
_RIGHTS = _lazy(r"[.,]?\s*all\s+rights\s+reserved\.?$", _FLAGS)

COMPANY_LETTERS = 4  # a lone word read as a company has at least these letters (`_slot_company`)
MAX_CREDIT_WORDS = 20  # longer segments without a lead-in are prose, not a credit line
CLOSING_SPAN = 320  # a closing credit lives in a paragraph's last few hundred characters
MAX_TEXT = 100_000  # longer "captions" are read only for their closing credit and camera note

# ==== names: the slot readers ===================================================================


_COMPANY_COMMA = _lazy(r",\s*(?=(?:inc|ltd|llc|plc|corp|co|gmbh|ag|s\.?a)\.?$)", _FLAGS)
# An agency that issued a photo, before its photographer in brackets: "新华社发(高建中 摄)".
_ISSUED_BY = _lazy(r"(?:^|[\s。，])([^\s。，]{2,8}?)\s*(?:发|發)\s*$")
_CJK_WORD = _lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ISSUED = _lazy(r"(?:发|發)$")  # "中新社发": issued by the agency
# Chinese and Japanese organisations' names end so ("视觉中国", "人民网", "中央电视台", "警方"):
# no person's name does.
_CJK_ORGANISATION = _lazy(r"(?:社|网|網|报|報|台|局|部|院|厅|廳|署|中国|中國|集团|集團|公司|新闻|"
                          r"新聞|图片|圖片|视觉|視覺|电视|電視|政府|警方|通信|ニュース|뉴스|일보)$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, ends trimmed, invisible characters (zero-width
    spaces, soft hyphens) dropped: "Ben Stansall/\u200bAFP" is "Ben Stansall/AFP"."""
    # Every invisible character is outside ASCII: an ASCII text has none to drop.
    return " ".join((text if text.isascii() else text.translate(_INVISIBLE)).split())


def _fold(text: str) -> str:
    return _normalise(text).casefold()


def _normalise(text: str) -> str:
    """`text.translate(_NORMALISE)`, without the translation where it changes nothing: of the
    characters replaced, only the backquote is ASCII."""
    return text if text.isascii() and "`" not in text else text.translate(_NORMALISE)


def _trim(text: str) -> str:
    """A slot's text without surrounding spaces, punctuation and quotes."""
    text = collapse(text)
    previous = None
    while previous != text:
        previous = text
        text = text.strip(" .,;:-–—/|").strip("\"'“”‘’«»")
    return text


def _sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence starts, not after ranks, titles or initials ('Sgt. Kyle')."""
    starts: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        nxt = text[match.end()]
        if nxt.islower():
            continue
        if text[match.start()] == "." and _abbreviation_before(text, match.start()):
            continue
        starts.append(match.end())
    return starts


def _abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"([^\s(\"'“‘]*)$", text[max(0, dot - 24):dot])
    token = _fold(word.group(1)) if word else ""
    if len(token) == 1 and token.isalpha():
        return True  # an initial
    return token in ABBREVIATIONS or bool(re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token))


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def _clean(text: str) -> str | None:
    """A slot's text, or None when it runs over a sentence break (it is then prose)."""
    value = _trim(text)
    if not value or len(value) > 80 or _sentence_starts(value):
        return None
    return value


def _uncased_name(text: str) -> bool:
    """A name in a script without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, ...)."""
    words = text.split()
    letters = [ch for ch in text if not ch.isspace()]
    if any(len(word) > 4 and _CJK_WORD.search(word) for word in words):
        return False  # a Chinese, Japanese or Korean name is a few characters a word
    if any(_CJK_ORGANISATION.search(word) for word in words):
        return False  # "武汉晚报 邱焰": a paper's name before its photographer's
    return 1 <= len(words) <= 4 and 2 <= len(letters) <= 30 and all(
        (ch.isalpha() and not ch.isupper() and not ch.islower())
        or unicodedata.category(ch).startswith("M") for ch in letters)


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isalpha() and not first.islower()


def strip_rank(name: str) -> str:
    """'Staff Sgt. Kyle Davis' → 'Kyle Davis' (military ranks and honorifics before a name)."""
    stripped = _RANK.sub("", name.strip()).strip()
    return stripped or name.strip()


def _name_word(word: str) -> str | None:
    """What kind of word of a personal name this is: 'name', 'initial', 'particle', or None."""
    folded = _fold(word).strip(",")
    core = folded.rstrip(".")
    if not core:
        return None
    if word[:1].islower():
        head = re.split(r"[-']", core, maxsplit=1)[0]
        if core in PARTICLES:
            return "particle"
        glued = re.fullmatch(r"([a-z]{1,3})[A-Z][^\W\d_]+", word.strip(",."))
        if glued and glued.group(1) in PARTICLES:
            return "name"  # a particle glued to the surname ("deGooyer", "vanHolt")
        return "name" if head in PARTICLES and head != core else None  # al-Masri, d'Alema
    if any(ch.isdigit() or ch == "_" for ch in core):
        return None
    if not all(ch.isalpha() or ch in "'-." or unicodedata.category(ch).startswith("M")
               for ch in core):
        return None
    if not word[:1].isupper():
        return None  # lower case, or a script without capitals (read by `_uncased_name`)
    if len(core) == 1 or re.fullmatch(r"(?:\w\.)+\w?", core):
        return "initial"
    if "." in core:
        return None  # "California.David": two words glued by a full stop
    return "name"


def _unrepeated(value: str) -> str:
    """A name glued onto a copy of itself ("AFP PHOTO / JANE DOEJANE DOE/AFP/Getty Images",
    where a distributor appended its credit line to the agency's without a space): the name."""
    half = len(value) // 2
    if " " in value and len(value) % 2 == 0 and value[:half] == value[half:]:
        return value[:half]
    return value


def _person(text: str) -> str | None:
    """A person's name as published, ranks taken off; None unless it reads as one."""
    value = _clean(text)
    if value is None:
        return None
    value = _unrepeated(value)
    if _uncased_name(value):
        return value
    for candidate in (strip_rank(value), value):
        if _is_person_name(candidate):
            return candidate
    return None


def _vouched_person(name: str, *, surname_first: bool = True) -> bool:
    """Whether the names data vouches for a person's name read by its shape: it opens with a
    known given name or an initial ("J. Scott Applewhite"), ends with one (surname first), or is
    in a script the data does not cover.
    Where the shape of a credit alone cannot tell a person from an organisation ("Foto: Stadt
    Nordhausen"), only such a name is taken for a person."""
    first = name.split()[0]
    if _uncased_name(name) or not re.search(r"[a-zA-Z\u00c0-\u024f]", first):
        return True  # the names data covers the Latin script only ("Олег Смирнов")
    return bool(re.fullmatch(r"(?:[^\W\d_]\.-?){1,2}", first)) or is_given_name(first) or \
        (surname_first and is_given_name(name.split()[-1]))  # surname first: "Nguyễn Ngọc Anh"


def _plausible_person(name: str) -> bool:
    """A name the names data vouches for (`_vouched_person`) or that ends in a surname it knows
    ("Jäger R." read by `_initialled` too)."""
    words = name.split()
    return _vouched_person(name) or is_surname(words[-1]) or (
        len(words) == 2 and is_surname(words[0]) and len(words[1].strip(".")) == 1)


def _legal_form_ending(words: list[str]) -> bool:
    """A company's name: it closes with a legal form ("Walt Disney Co.", "Volkswagen AG"), in
    capitals or after two words (a two-word "Ramon Co" may be a person's surname)."""
    last = words[-1].strip(".,")
    return len(words) >= 2 and _fold(last).replace(".", "") in LEGAL_FORMS and (
        (last.isupper() and len(last.replace(".", "")) >= 2) or len(words) >= 3)


def _run_in(words: list[str]) -> bool:
    """Whether a name of three or more words may have the sentence before it run into it
    ("…rubble in the old quarter of Idlib Omar Haddad/Reuters"): its first word is no given
    name, surname, initial or particle the names data or the lexicon knows, and a later word
    is a given name it knows. Where the name starts cannot be told, so it is no name."""
    first = words[0]
    if is_given_name(first) or is_surname(first) or _name_word(first) != "name" or \
            _uncased_name(" ".join(words)):
        return False
    return any(_name_word(word) == "name" and is_given_name(word) for word in words[1:-1])


def _is_person_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 6 or _fold(name) in OUTLETS or re.search(r",(?!\s*[JS]r\b)", name):
        return False
    if _legal_form_ending(words) or _fold(name).endswith(ORG_ENDINGS):  # "Kenya Red Cross"
        return False
    if len(words) >= 3 and _run_in(words):
        return False
    kinds: list[str] = []
    for index, word in enumerate(words):
        folded = _fold(word).strip(".,")
        if folded in NAME_SUFFIXES and index == len(words) - 1 and index >= 2:
            continue
        if index and (re.fullmatch(r"[^\W\d_]\.", word) or (  # "Maria A. Lopez": an initial
                index < len(words) - 1 and len(word) == 1 and word.isupper())):  # "Lena A Park"
            kinds.append("initial")
            continue
        if index < len(words) - 1 and re.search(r"'s?$", _fold(word)):
            return False  # "Le Matin's Inès Duval": a possessive is not part of a name
        if index == len(words) - 1 and kinds[-1:] == ["initial"] and folded in MARKERS:
            kinds.append("name")  # "Dana K. Pool": after an initial, a surname
            continue
        if folded in NOT_NAME_WORDS or folded in ORG_WORDS or folded in MARKERS or \
                folded in PLACE_WORDS or _org_compound(folded):  # "Universitätsklinikum Jena"
            return False
        if folded in OUTLETS and not (folded in NAME_LIKE_OUTLETS and word[1:].islower()):
            return False
        if folded in TITLE_WORDS and index != len(words) - 1:
            return False
        kind = _name_word(word)
        if kind is None:
            return False
        kinds.append(kind)
    # more than four capitalised words are a title or a headline ("Ipsos Poll Finds Most
    # Voters Undecided"), not a name ("José Luis Rodríguez Zapatero" has four)
    return 1 <= kinds.count("name") <= 4 and len(kinds) - kinds.count("particle") >= 2 \
        and kinds[-1] not in ("particle", "initial")


def _initialled(text: str) -> str | None:
    """A name and an initial ("Jäger R.", "Alex T."), as agencies and stock libraries credit
    some photographers: read only beside the agency or library, where nothing else can be.
    The closing full stop is trimmed with the slot's punctuation ("Jäger R")."""
    value = _clean(text)
    words = value.split() if value else []
    if len(words) != 2 or not re.fullmatch(r"[^\W\d_]\.?", words[1]) or not words[1].isupper():
        return None
    if _credit_word(_fold(words[0])) or _name_word(words[0]) != "name":
        return None
    return " ".join(words)


def _credit_word(folded: str) -> bool:
    """Whether a folded word is the credit grammar's own vocabulary (an outlet, a marker, an
    organisation's or a title's word, a word no name has): never a lone name."""
    return folded in NOT_NAME_WORDS or folded in ORG_WORDS or folded in MARKERS or \
        folded in OUTLETS or folded in TITLE_WORDS


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def _people(text: str) -> str | None:
    """One or more people ('Jane Doe and John Smith' → 'Jane Doe; John Smith')."""
    value = _clean(text)
    if value is None:
        return None
    parts = [p for p in _PEOPLE_SEPARATOR.split(value) if p.strip()]
    if len(parts) <= 1:
        return _person(value)
    names = [_person(part) for part in parts]
    # a comma may instead close a place or the subject ("…, Buenos Aires, Jane Doe/AFP"): each
    # name of a list with a comma must open with a given name the names data knows
    if all(names) and ("," not in value or all(_vouched_person(n, surname_first=False)
                                                for n in names if n)):
        return "; ".join(n for n in names if n)
    return _person(value)


_LONG_ORG_WORDS = tuple(sorted(w for w in ORG_WORDS if len(w) >= 6 and w.isalpha()))


def _org_compound(word: str) -> bool:
    """A compound ending in an organisation word ("Kantonspolizei", "Bundesfinanzministerium")."""
    return len(word) >= 9 and word.isalpha() and word.endswith(_LONG_ORG_WORDS) and \
        word not in ORG_WORDS


def _vouched_people(text: str) -> str | None:
    """People whose names the names data vouches for (`_vouched_person`), else None."""
    names = _people(text)
    return names if names and all(_vouched_person(n) for n in names.split("; ")) else None


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def _organisation(text: str) -> str | None:
    """A known outlet, or a name holding an organisation word ('Israeli Defense Forces')."""
    value = _clean(text)
    if value is None:
        return None
    folded = _fold(value)
    if folded in OUTLETS or folded.removeprefix("the ") in OUTLETS:
        return value
    words = value.split()
    if len(words) > 8:
        return None
    if sum(_capitalised(w) for w in words if _fold(w).strip(".,") not in MARKERS) == 0:
        return None  # an archive word alone names nobody ("Foto: Archiv", "Archivo particular")
    # a name opening with a number is no person's ("20th Century Fox", "3M Company")
    has_org_word = folded.endswith(ORG_ENDINGS) or _legal_form_ending(words) or (
        len(words) >= 2 and words[0][:1].isdigit() and _capitalised(words[-1]))
    for word in words:
        core = _fold(word).strip(".,")
        if core in ORG_WORDS or core.rstrip("s'") in ORG_WORDS or _org_compound(core) or \
                any(piece in ORG_WORDS for piece in core.split("-")[1:]):  # "Caller-Times"
            has_org_word = True
        elif has_org_word and word is words[-1] and word.isalpha() and word.islower() and \
                _capitalised(words[-2]):
            continue  # an adjective closing the organisation's name: "Gouvernement tchèque"
        elif not (_capitalised(word) or word[:1].isdigit() or core in ORG_FUNCTION_WORDS
                  or word in {"&", "-"}):
            return None
    return value if has_org_word and (_capitalised(words[0]) or words[0][:1].isdigit()
                                      or _fold(words[0]) == "the") else None


def _brand(text: str) -> str | None:
    """One word written as brands are and names are not: "iFixit", "HandyGames", "SpaceX"
    (a capital after the first letter that no name prefix explains: not "McDonald")."""
    value = _trim(text)
    if " " in value or not value.isalpha() or value.isupper() or \
            re.match(r"(?:Mc|Mac|O'|De|Di|Da|La|Le|Van|Von)[A-Z]", value):
        return None
    return value if re.search(r"[a-z][A-Z]", value) else None


def _acronym_led(text: str) -> str | None:
    """An organisation's name led by an acronym in capitals ('FKP Scorpio'), which a person's
    name is not unless it is all in capitals."""
    value = _trim(text)
    words = value.split()
    if not 2 <= len(words) <= 5 or value.isupper():
        return None
    return value if _acronym(words[0]) and all(_capitalised(w) for w in words[1:]) else None


def _acronym(text: str) -> str | None:
    """An agency written as an acronym in capitals ('KCNA', 'WAFA')."""
    value = _trim(text)
    if known_outlet(value):
        return value
    return value if re.fullmatch(r"[^\W\d_][^\W\d_&\-]{1,7}", value) and value.isupper() and \
        _fold(value) not in NOT_NAME_WORDS else None


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def _label(text: str) -> str | None:
    """An outlet's name beyond the lexicon, as credits write one beside a person: one to six
    capitalised words ('Politico', 'The Daily Example'), not itself a person or a title."""
    value = _clean(text)
    if value is None or not any(ch.isalpha() for ch in value):  # "15.01.2022"
        return None
    if _organisation(value) or _DOMAIN.fullmatch(value):  # "picturedesk.com"
        return value
    words = value.split()
    titled = len(words) >= 2 and _fold(words[0]) in TITLE_ARTICLES and _capitalised(words[0])
    if titled and len(words) == 2 and is_surname(words[0]) and is_given_name(words[1]):
        return None  # "Le Minh": an article that is also a surname (Lê), then a given name
    if not 1 <= len(words) <= 6 or _fold(value) in MARKERS or (
            not titled and _person(value) and _vouched_person(value)):
        return None
    for word in words:
        folded = _fold(word).strip(".,")
        if folded in ORG_FUNCTION_WORDS and word[:1].islower():
            continue
        if folded in TITLE_WORDS or (folded in NOT_NAME_WORDS and
                                     folded not in ORG_FUNCTION_WORDS):
            return None
        if not (_capitalised(word) or word[:1].isdigit()):
            return None
    return value


def _is_marker(text: str) -> bool:
    return _fold(_trim(text)) in MARKERS


# Slot readers: what a slot's text yields as (photographer, outlet), or None to refuse it.
SlotYield = tuple[str | None, str | None]


def _slot_people(text: str) -> SlotYield | None:
    name = _people(text)
    return (name, None) if name else None


def _slot_plausible(text: str) -> SlotYield | None:
    """People where the shape says little (after one word beyond the lexicon, "SEMAFOR/Jane
    Doe"): the names data must vouch for each or know their surname ("ANP/Hollandse Hoogte"
    names a second agency)."""
    names = _people(text)
    return (names, None) if names and all(_plausible_person(n) for n in names.split("; ")) \
        else None


def _slot_vouched(text: str) -> SlotYield | None:
    """People where nothing else in the credit says they are people: the names data must."""
    name = _vouched_people(text)
    return (name, None) if name else None


def _slot_source(text: str) -> SlotYield | None:
    """Who holds the rights before a photographer's name ("© Österreich Werbung / Name"):
    an organisation or capitalised words the names data does not take for a person."""
    value = _clean(text)
    if value is None or _vouched_people(value) or _is_marker(value):
        return None
    outlet = _organisation(value) or _acronym(value) or _label(value) or (
        value if 1 <= len(value.split()) <= 5 and all(_capitalised(w) or
                                                      _fold(w) in ORG_FUNCTION_WORDS
                                                      for w in value.split()) else None)
    return (None, outlet) if outlet else None


def _slot_outlet(text: str) -> SlotYield | None:
    outlet = _organisation(text)
    return (None, outlet) if outlet else None


def _slot_house(text: str) -> SlotYield | None:
    """Whose photo ('U.S. Army photo by', 'AP Photo/'): an outlet, an acronym in capitals
    ('KCNA PHOTO'), or a marker that names nobody ('Staff photo by', 'File Photo')."""
    if _is_marker(text):
        return (None, None)
    outlet = _organisation(text) or _acronym(text)
    return (None, outlet) if outlet else None


def _slot_label(text: str) -> SlotYield | None:
    outlet = _label(text)
    return (None, outlet) if outlet else None


def _slot_affiliation(text: str) -> SlotYield | None:
    """An outlet after a person's name and a comma or bar ("Photo by Jane Doe, Politico"):
    one capitalised word there may as well be a place ("Photo: Jane Doe, Kyiv"), so it must
    be an outlet the lexicon knows, an organisation, an acronym, a brand or a web address."""
    value = _trim(text)
    if " " not in value and not (known_outlet(value) or _organisation(value) or _acronym(value)
                                 or _brand(value) or _DOMAIN.fullmatch(value)):
        return None
    return _slot_label(value)


def _slot_word(text: str) -> SlotYield | None:
    """One capitalised word standing for an outlet beyond the lexicon ('POLITICO/Jane Doe')."""
    value = _trim(text)
    if " " in value or _is_marker(value):
        return None
    if not (value.isupper() or known_outlet(value) or _organisation(value) or _brand(value)
            or _DOMAIN.fullmatch(value)):
        return None  # "Havana, Cuba/Jane Doe": a capitalised word may be a place
    return _slot_label(value)


def _slot_provider(text: str) -> SlotYield | None:
    """Who handed a photo out: an organisation, never a person."""
    if _person(text):
        return None
    return _slot_label(text)


def _slot_names(text: str, *, plausible: bool = False) -> SlotYield | None:
    """After an agency: people, markers and other agencies ('Amir Cohen/File Photo'); with
    `plausible`, only people the names data vouches for or whose surname it knows."""
    names: list[str] = []
    for part in _PARTS.split(_trim(text)):
        if not part or _is_marker(part) or _organisation(part):
            continue
        name = _people(part) or _initialled(part)
        if name and plausible and not all(_plausible_person(n) for n in name.split("; ")):
            return None
        if name is None and _label(part) is None:
            if re.fullmatch(r"[\w.@-]+", part) and not part[:1].isupper():
                continue  # a contributor's handle ("golubovy"): no name, but no doubt either
            return None  # something we cannot read: not a credit we trust
        if name:
            names.append(name)
    return ("; ".join(names) if names else None, None)


def _slot_plausible_names(text: str) -> SlotYield | None:
    """After an organisation known only by its words ("Team Kestrel/Brisk Mantle"): a second
    company is as likely there as a person, so the names data must vouch for each name or
    know its surname."""
    return _slot_names(text, plausible=True)


def _known_by_name(value: str) -> bool:
    """An outlet the lexicon or the authority knows by name."""
    return _fold(value) in OUTLETS or known_outlet(value) is not None


def _slot_known_agency(text: str) -> SlotYield | None:
    """An agency the lexicon or the authority knows by name."""
    value = _trim(text)
    return (None, value) if _known_by_name(value) else None


def _slot_outlets(text: str) -> SlotYield | None:
    """After a person: agencies and markers ('AFP', 'Pool', 'SOPA Images/LightRocket')."""
    chain: list[str] = []
    pool: str | None = None
    for part in _LINKS.split(_trim(text)):
        part = re.sub(r"^for\s+", "", part, flags=_FLAGS)  # "Name/for The Washington Post"
        commissioned = re.split(r"\s+for\s+", part, maxsplit=1, flags=_FLAGS)
        if len(commissioned) == 2 and (_organisation(commissioned[0]) or _label(commissioned[0])):
            part = commissioned[0]  # "Getty Images for Netflix", "Paragon for The Daily"
        if not part or _is_marker(part):
            continue
        pooled = _MARKER_SUFFIX.sub("", part)  # "WPA Pool" is WPA
        if any(_person(side) for side in _CREDIT_SEPARATOR.split(pooled)[1:]):
            return None  # "AFP and Tom Hart": a second credit, read on its own
        known = _organisation(pooled) or _organisation(_PHOTO_SUFFIX.sub("", pooled))
        if known:
            chain.append(known)  # "AP Photo" is AP
            continue
        label = _label(pooled)
        if label is None:
            return None
        if pooled == part:
            chain.append(label)
        else:  # a pool's name beyond the lexicon ("WPA Pool") names no outlet of its own
            pool = pool or label
    # the first outlet of the chain is the photographer's ("Name/Bongarts/Getty Images")
    return (None, chain[0] if chain else pool)


def _slot_agencies(text: str) -> SlotYield | None:
    """Agencies after a person, the first an organisation by the lexicon or its words, an
    acronym or a web address ("AFP", "Houston Chronicle", "CB"), which is what makes the name
    before them a photographer's."""
    got = _slot_outlets(text)
    return got if got and got[1] and (_organisation(got[1]) or _acronym(got[1])
                                      or _DOMAIN.fullmatch(got[1])) else None


def _stock_agency(text: str) -> str | None:
    """A stock or image library the authority knows ("Shutterstock.com", "iStock")."""
    value = _trim(text)
    return value if known_outlet(value) in STOCK_AGENCIES else None


def _contributor(text: str, *, after_library: bool = False) -> str | None:
    """A stock library's contributor as credits write one: a person's name, or a handle
    ("golubovy", "TebNad", "miodrag ignjatovic"); never an outlet, a marker or a web address.
    After the library's name, a brand-like word is one of its collections ("Getty
    Images/EyeEm"), not a contributor."""
    value = _clean(text)
    if value is None or _is_marker(value) or known_outlet(value) or _organisation(value) or \
            _DOMAIN.fullmatch(value) or _WEB_ADDRESS.search(value) or \
            (after_library and _brand(value)):
        return None
    name = _people(value) or _initialled(value)
    if name:
        return name
    words = value.split()
    if len(words) > 1 and any(_fold(w) in ORG_FUNCTION_WORDS or _fold(w) in CLAUSE_END_WORDS
                              for w in words):  # "miodrag ignjatovic", "PNW production"
        return None  # "Mutations in tumours - iStock": a sentence, not a handle
    return value if re.fullmatch(r"@?[\w.-]{3,30}(?: [a-z][\w.-]{1,20}){0,2}", value) and \
        _fold(value) not in NOT_NAME_WORDS else None


def _slot_contributor_before(text: str) -> SlotYield | None:
    name = _contributor(text)
    return (name, None) if name else None


def _slot_nickname(text: str) -> SlotYield | None:
    """A contributor's handle that is no person's name ("Picsea on Unsplash"): people are
    read by the forms for people."""
    name = None if _people(text) else _contributor(text)
    return (name, None) if name else None


def _slot_stock(text: str) -> SlotYield | None:
    agency = _stock_agency(text)
    return (None, agency) if agency else None


def _slot_contributor(text: str) -> SlotYield | None:
    """After a stock library, its contributor, passing over the library's other names
    ("Getty Images/iStockphoto/golubovy")."""
    parts = [p for p in _PARTS.split(_trim(text)) if p and not _stock_agency(p)]
    if len(parts) != 1:
        return None
    name = _contributor(parts[0], after_library=True)
    return (name, None) if name else None


def _slot_orgs(text: str) -> SlotYield | None:
    """Organisations only ('Anadolu Agency', 'SOPA Images/LightRocket'): the first is the
    outlet."""
    outlet = None
    for part in _PARTS.split(_trim(text)):
        if not part or _is_marker(part):
            continue
        known = _organisation(part) or _brand(part)  # "SpaceX via NASA"
        if known is None:
            return None
        outlet = outlet or known
    return (None, outlet) if outlet else None


def _slot_via(text: str) -> SlotYield | None:
    """The distributor; of a chain of known agencies ("via AP/dpa"), the first."""
    parts = _PARTS.split(_trim(text))
    if len(parts) > 1 and all(known_outlet(part) for part in parts):
        return (None, parts[0])
    outlet = _organisation(text) or _label(text)
    return (None, outlet) if outlet else None


def _slot_quoted(text: str) -> SlotYield | None:
    """An outlet named in quotes ('“Le Matin”’s Inès Duval'): capitalised words, which may
    look like a person's name."""
    value = _clean(text)
    if value is None or not 1 <= len(value.split()) <= 6:
        return None
    return (None, value) if all(_capitalised(w) or _fold(w) in ORG_FUNCTION_WORDS
                                for w in value.split()) else None


def _slot_known_affiliation(text: str) -> SlotYield | None:
    """An outlet the lexicon or the authority knows, or an organisation by its words (one
    name: no comma in it, as in a title's "80 Day Obsession, A Little More Obsessed")."""
    value = _trim(text)
    if not (_known_by_name(value) or ("," not in value and _organisation(value))):
        return None
    return _slot_label(value)


def _slot_known(text: str) -> SlotYield | None:
    """An outlet the lexicon knows by name, nothing else ('Jane Doe Magnum Photos')."""
    value = _trim(text)
    return (None, value) if _fold(value) in OUTLETS else None


def _slot_surname(text: str) -> SlotYield | None:
    """One word before an agency with no space around the slash ("Fischer/AFP"): a photographer
    credited by surname, when the names data knows it as one and as no given name."""
    value = _clean(text)
    if value is None or " " in value or _name_word(value) != "name" or value.isupper():
        return None
    if _credit_word(_fold(value)) or is_given_name(value) or not is_surname(value):
        return None
    return (value, None)


def _slot_photo_agency(text: str) -> SlotYield | None:
    """An image agency alone ("Getty Images"), also under another of its names
    ("Shutterstock.com", "istockphoto.com")."""
    value = _trim(text)
    return (None, value) if _fold(value) in PHOTO_AGENCIES or \
        _fold(known_outlet(value) or "") in PHOTO_AGENCIES else None


def _slot_client(text: str) -> SlotYield | None:
    return (None, None) if _label(text) else None


def _slot_who(text: str) -> SlotYield | None:
    """After a lead-in: a person is the photographer, an organisation the outlet."""
    value = _clean(text)
    if value is None or _is_marker(value):  # "Photo : DR"
        return None
    if _fold(value) in OUTLETS:  # "写真：共同", "사진=연합뉴스"
        return (None, value)
    name = _vouched_people(value) if "/" not in value else None
    if name:
        return (name, None)
    parts = _PARTS.split(value)
    if len(parts) > 1 and all(known_outlet(part) for part in parts):
        return (None, parts[0])  # "Foto: REUTERS, NTB": agencies the authority knows, listed
    listed = [part for part in value.split(",") if part.strip()]
    if "/" not in value and len(listed) > 1 and all(_listed_organisation(p) for p in listed):
        return (None, _trim(listed[0]))  # "Credit: Quarkwerk Games, ONE Esports": the first
    if any(ch in _COMPANY_COMMA.sub(" ", value) for ch in "/,()[]"):
        return None  # a chain or a list: read by the forms that know its parts, or not at all
    if _DOMAIN.fullmatch(value.removeprefix("www.")):  # "Créditos: Guatemala.com"
        return (None, value)
    if _CJK_ORGANISATION.search(value) and len(value) <= 12 and all(
            _CJK_WORD.match(ch) for ch in value):  # "图/人民网"
        return (None, value)
    value = _trim(_MARKER_SUFFIX.sub("", _PHOTO_SUFFIX.sub("", value)))  # "PTI File Photo"
    if _ARCHIVE_BETWEEN.search(value):
        return None  # "Name Archives Le Devoir": read by its own form, or not at all
    first, _, rest = value.partition(" ")
    if rest and _is_marker(first) and not rest[:1].islower():  # "Archivo El País"; but
        value = rest  # "Archives du Gouvernement tchèque" is an organisation's whole name
    outlet = _organisation(value) or _acronym(value) or _acronym_led(value) or \
        _brand(value) or _possessive_name(value)  # "Credit: VCG", "Foto: iFixit"
    return (None, outlet) if outlet else None


def _listed_organisation(text: str) -> str | None:
    """One of a list of organisations after a lead-in: an organisation by its words or the
    lexicon, an acronym in capitals, or a name an acronym leads ("ONE Esports"); a person or
    a place ("Deutsches Museum, München") makes the list something else."""
    value = _trim(text)
    return _organisation(value) or _acronym(value) or _acronym_led(value)


def _possessive_name(value: str) -> str | None:
    """A business named in the possessive ("Tom's Hardware", "Sotheby's"), which no person's
    name is: capitalised words, one of them ending in "'s"."""
    words = _normalise(value).split()
    return value if 1 <= len(words) <= 4 and all(_capitalised(w) for w in words) and any(
        re.fullmatch(r"[^\W\d_]{2,}'s", w) for w in words) else None


def _slot_surnamed(text: str) -> SlotYield | None:
    """After a lead-in naming who took the picture, two capitalised words the last of which is
    a surname the names data knows ("Foto: Jaiver Nieto"), no organisation's words."""
    value = _clean(text)
    name = _person(value) if value else None
    if name is None or len(name.split()) != 2 or not is_surname(name.split()[-1]) or \
            _organisation(name) or _possessive_name(name):
        return None
    return (name, None)


# A web address of any domain ("president.gov.ua"): a source, never a contributor's handle.
_WEB_ADDRESS = _lazy(r"\w\.[a-z]{2,6}$")
_AT_HANDLE = _lazy(r"@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")


def _slot_at_person(text: str) -> SlotYield | None:
    """A social-media handle after a lead-in naming who took the picture ("Фото @name"): the
    account credited as the photographer. Whether a person or an organisation holds it, only
    the lead-in tells."""
    value = _trim(text)
    return (value, None) if _AT_HANDLE.fullmatch(value) else None


def _slot_at_source(text: str) -> SlotYield | None:
    """A handle after a lead-in naming a source ("Image: @HarbourPolice"): the outlet."""
    value = _trim(text)
    return (None, value) if _AT_HANDLE.fullmatch(value) else None


# An archive word between capitalised words ("Lena Park Archives Le Devoir"): a photographer
# and whose archives, never one organisation's name.
_ARCHIVE_BETWEEN = _lazy(r"(?<=[^\W\d_])\s+(?i:archives?|archivo|archivio|archiv|arquivo)\s+"
                         r"(?=[A-ZÀ-Þ])")
# Articles that open an outlet's name ("Le Devoir", "The Daily"), never a person's.
_ARTICLES = frozenset({"the", "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die",
                       "das"})


def _slot_cjk_organisation(text: str) -> SlotYield | None:
    """A Chinese or Japanese organisation's name ("武汉晚报", "中新社发": the paper that issued
    the photo), read only where its photographer's name and "摄" follow."""
    value = _ISSUED.sub("", _trim(text))
    if not 2 <= len(value) <= 12 or not all(_CJK_WORD.match(ch) for ch in value) or \
            not _CJK_ORGANISATION.search(value):
        return None
    return (None, value)


def _slot_archive_owner(text: str) -> SlotYield | None:
    """Whose archives a photographer's picture comes from ("Name Archives Le Devoir"): an
    outlet by the lexicon or its words, an acronym, capitalised words no person's name, or a
    name an article opens ("Le Quotidien", which the names data may take for "Le" Quotidien)."""
    value = _clean(text)
    if value is None:
        return None
    words = value.split()
    outlet = _organisation(value) or _acronym(value) or _label(value) or (
        value if 2 <= len(words) <= 6 and _fold(words[0]) in _ARTICLES and
        _capitalised(words[0]) and all(_capitalised(w) for w in words[1:]) else None)
    return (None, outlet) if outlet else None


def _slot_company(text: str) -> SlotYield | None:
    """One capitalised word after a lead-in that names a source ("Credit: Funko", "(Bild:
    Audi)"): a company's name, unless the names data knows it as a given name or a surname
    ("Bildquelle: Neumann" may be the photographer's), it is credit vocabulary ("Supplied"),
    or it has fewer than COMPANY_LETTERS letters: so short a word is as often a cartoonist's
    or photographer's pen name or a nickname ("© Zub") as a company, and no data tells them
    apart."""
    value = _clean(text)
    if value is None or not re.fullmatch(r"[^\W_][\w&.+'-]{1,40}", value) or \
            not _capitalised(value) or not any(ch.islower() for ch in value) or \
            sum(ch.isalpha() for ch in value) < COMPANY_LETTERS:
        return None
    folded = _fold(value).rstrip(".")
    if folded in NOT_NAME_WORDS or folded in MARKERS or folded in TITLE_WORDS or \
            is_given_name(value) or is_surname(value):
        return None
    return (None, value)


@dataclass(frozen=True)
class Slot:
    """A slot of the credit forms: the text it may span and how it is read."""

    text: str
    read: Callable[[str], SlotYield | None]


SLOTS: dict[str, Slot] = {
    "people": Slot(_SLOT_TEXT, _slot_people),
    "vouched": Slot(_SLOT_TEXT, _slot_vouched),
    "plausible": Slot(_SLOT_TEXT, _slot_plausible),
    "source": Slot(_SLOT_TEXT, _slot_source),
    "outlet": Slot(_SLOT_TEXT, _slot_outlet),
    "house": Slot(_SLOT_TEXT, _slot_house),
    "agency": Slot(_SLOT_TEXT, _slot_house),
    "agency_org": Slot(_SLOT_TEXT, _slot_outlet),
    "known_agency": Slot(_SLOT_TEXT, _slot_known_agency),
    "plausible_names": Slot(r"[^|;()]+?", _slot_plausible_names),
    "label": Slot(_SLOT_TEXT, _slot_label),
    "affiliation": Slot(_SLOT_TEXT, _slot_affiliation),
    "known_affiliation": Slot(_SLOT_TEXT, _slot_known_affiliation),
    "word": Slot(r"[^\s/|;()]+", _slot_word),
    "provider": Slot(_SLOT_TEXT, _slot_provider),
    "names": Slot(r"[^|;()]+?", _slot_names),
    "outlets": Slot(r"[^|;()]+?", _slot_outlets),
    "agencies": Slot(r"[^|;()]+?", _slot_agencies),
    "stock": Slot(_SLOT_TEXT, _slot_stock),
    "contributor": Slot(r"[^|;()]+?", _slot_contributor),
    "handle": Slot(_SLOT_TEXT, _slot_contributor_before),
    "nickname": Slot(_SLOT_TEXT, _slot_nickname),
    "orgs": Slot(r"[^|;()]+?", _slot_orgs),
    "via": Slot(r"[^|;()]+?", _slot_via),  # "via AP/dpa"
    "photo_agency": Slot(r".+?", _slot_photo_agency),
    "quoted": Slot(r'[^"/|;()]+?', _slot_quoted),
    "known": Slot(f"(?:{_alternation(OUTLETS)})", _slot_known),
    "client": Slot(r".+?", _slot_client),
    "who": Slot(r".+?", _slot_who),
    "company": Slot(r"\S+", _slot_company),
    "at_person": Slot(r"\S+", _slot_at_person),
    "at_source": Slot(r"\S+", _slot_at_source),
    "surnamed": Slot(r".+?", _slot_surnamed),
    "surname": Slot(r"[^\s/|;()]+", _slot_surname),
    "archive_owner": Slot(_SLOT_TEXT, _slot_archive_owner),
    "cjk_organisation": Slot(r"[^\s\d()（）]{2,13}?", _slot_cjk_organisation),
    "hangul_name": Slot(r"(?!선임|수석|사진)[가-힣]{2,4}", _slot_people),  # not a title
}
# Each form twice: slots as short as they may be, then as long ("Dana K. Pool" is a name
# before it is a name and a marker).
_FORMS: tuple[tuple[CreditForm, tuple[re.Pattern[str], ...]], ...] = tuple(
    (form, (_compile_form(form), _compile_form(form, greedy=True))) for form in CREDIT_FORMS)

# ==== reading credit segments ===================================================================


@dataclass(frozen=True)
class _Found:
    form: str
    photographer: str | None
    outlet: str | None
    via: str | None = None  # the distributor of "Name/AFP via Getty Images"


@dataclass(frozen=True)
class _Context:
    """Where a segment stands: what may be read from it."""

    announced: bool = False  # after a lead-in, in credit markup, after an inline verb
    at_start: bool = False  # the segment opens the caption (no description before it)
    bare_person: bool = True  # a lone name may be the photographer
    bare_outlet: bool = True  # a lone organisation may be the outlet
    lone: bool = True  # the lone-name form applies (not after "Photo:" opening a caption)
    sourced: bool = False  # after a lead-in naming a source ("Credit:"), or in credit markup
    photographic: bool = False  # after a lead-in naming who took it ("Foto:", "Photo by")
    led: bool = False  # after a lead-in written in the text (not bare credit markup)


def _apply(form: CreditForm, match: re.Match[str], original: str) -> _Found | None:
    photographer: str | None = None
    outlet: str | None = None
    via: str | None = None
    for slot, value in match.groupdict().items():
        if value is None:
            continue
        got = SLOTS[slot].read(original[match.start(slot):match.end(slot)])
        if got is None:
            return None
        if slot == "via":
            via = got[1]
            continue
        photographer = photographer or got[0]
        outlet = outlet or got[1]
    if photographer is None and outlet is None and via is None:
        return None
    if outlet is None or _fold(outlet) == _fold(via or ""):
        return _Found(form.name, photographer, outlet or via)
    return _Found(form.name, photographer, outlet, via)


def _read_segment(segment: str, context: _Context) -> _Found | None:
    """The credit a segment states, by the first form that reads it whole."""
    original = _trim(_BREAK_PREFIX.sub("", _trim(segment)))
    if _LICENCE.search(original):  # "Name | flickr | CC BY 2.0": the licence is no credit
        original = _trim(collapse(_LICENCE.sub(" ", original)))
    if not original or len(original) > 200:
        return None
    announced, bare, sourced, photographic = context.announced, True, context.sourced, False
    led = False
    signed = _SIGNATURE.search(original)
    signed_outlet: str | None = None
    if signed and signed.start() > 0:  # "Jane Doe jdoe@example-herald.com": a staff signature
        original = _trim(original[:signed.start()])
        # ... but a reporter's sign-off ("홍길동 기자 hong@…") closes a story, not a picture
        announced = announced or not _REPORTER_SIGN_OFF.search(original)
        signed_outlet = domain_outlet(signed.group(0))
    for _ in range(2):  # "Photo: Courtesy of ..."
        lead = _LEAD_IN.match(_normalise(original)) or _CJK_LEAD.match(original)
        if lead is None:
            break
        kind = _lead_kind(lead)
        if kind and context.at_start and not kind.opens_caption:
            return None
        announced, sourced, led = True, bool(kind and kind.names_source), True
        photographic = bool(kind and not kind.names_source)
        if kind and kind.subject_ambiguous and context.at_start:
            bare = False
        original = _trim(original[lead.end():])
        if kind and kind.name == "copyright":
            original = _trim(_RIGHTS.sub("", _YEAR.sub("", original)))
    original = _LEADING_YEAR.sub("", original)
    if not original:
        return None
    original = _SLASH_VIA.sub(" ", original)  # "Name/via REUTERS" is "Name via REUTERS"
    original = _WARFARE_MARK.sub("", original)
    original = _HANDOUT_MARK.sub("", original)  # "THE CANADIAN PRESS/HO-Name": a handout
    if announced and "," in original:  # "Photos by A, left, and B/AP": where each picture is
        original = _POSITION.sub("", original)
    if not announced and (len(original.split()) > MAX_CREDIT_WORDS or (
            original[0].islower() and _fold(re.split(r"[\s/]", original)[0]) not in OUTLETS
            and not _stock_agency(re.split(r"\s*/\s*", original)[-1]))):  # "smolaw11/iStock"
        return None  # an unannounced credit starts with a capital: a name or an agency
    found = _read_forms(original, _Context(announced, context.at_start, context.bare_person,
                                           context.bare_outlet, lone=bare, sourced=sourced,
                                           photographic=photographic, led=led))
    if found and found.photographer and found.outlet is None and signed_outlet:
        return _Found(found.form, found.photographer, signed_outlet, found.via)
    return found


def _read_forms(original: str, context: _Context, depth: int = 0) -> _Found | None:
    """The first form that reads `original` whole; else several credits joined by "and" or a
    comma ("A/AFP and B/The Washington Post"), each read whole."""
    normalised = _normalise(original)
    for form, patterns in _FORMS:
        if (form.announced and not context.announced) or (form.lone and not context.lone) or \
                (form.sourced and not context.sourced) or \
                (form.photographic and not context.photographic) or \
                (form.led and not context.led):
            continue
        for pattern in patterns:
            match = pattern.fullmatch(normalised)
            if match is None:
                break  # the longer slots match where the shorter do: no use trying them
            found = _apply(form, match, original)
            if found is None:
                continue
            if form.lone and ((found.photographer and not context.bare_person) or
                              (found.outlet and not context.bare_outlet)):
                continue
            return found
    if "|" in original and depth == 0:  # "Name | Bloomberg | Getty Images": bars as slashes
        found = _read_forms(re.sub(r"\s*\|\s*", "/", original), context, MAX_CREDIT_WORDS)
        if found:
            return found
    separators = list(_CREDIT_SEPARATOR.finditer(original)) if "/" in original else []
    if depth >= 3 or not 1 <= len(separators) <= 4:
        return None
    for separator in separators:
        left, right = original[:separator.start()], original[separator.end():]
        if "/" not in left:
            continue
        first = _read_forms(left, context, MAX_CREDIT_WORDS)  # no further split on the left
        if first is None or first.outlet is None or first.photographer is None:
            continue
        rest = _read_forms(right, context, depth + 1)
        if rest is None or rest.photographer is None:
            continue
        return _Found(first.form, f"{first.photographer}; {rest.photographer}", first.outlet,
                      first.via or rest.via)
    return None


# ==== where credits stand in a caption ==========================================================


@dataclass(frozen=True)
class _Reading:
    """What the grammar reads from a caption's text."""

    body: str  # the text without camera notes
    found: _Found | None
    span: tuple[int, int] | None  # where the credit stands in `body`
    credit_line: bool  # the credit is in closing parentheses or the closing words
    dropped: tuple[tuple[int, int], ...] = ()  # marker-only parentheses ("(Released)")


def squashed(name: str) -> str:
    """A name as a web address writes it: letters and digits only, without a leading "The"
    ("The Miami Herald" and "miamiherald" are both "miamiherald")."""
    return re.sub(r"[\W_]", "", _fold(name).removeprefix("the "))


def _spellings(name: str) -> set[str]:
    """How a domain may spell a name: squashed, with or without its leading "The"
    ("theguardian", "guardian")."""
    return {squashed(name), re.sub(r"[\W_]", "", _fold(name))}


@lru_cache(maxsize=1)
def _outlets_by_address() -> dict[str, str]:
    """Every outlet the authority knows by its name as a web address writes it."""
    table: dict[str, str] = {}
    for row in OUTLET_ROWS:
        for name in row:
            for key in _spellings(name):
                if len(key) >= 4:  # "ap", "dw", "hr": too short to tell from other addresses
                    table.setdefault(key, row[0])
    return table


def domain_outlet(address: str, site: str | None = None) -> str | None:
    """The outlet whose name an e-mail address's domain spells ("jdoe@miamiherald.com" is the
    Miami Herald's): `site` (the name of the site the caption is published on) when the
    domain spells it, else an outlet the authority knows; else None."""
    domain = address.strip().rpartition("@")[2].casefold()
    labels = domain.split(".")[:-1]  # without the top-level domain
    if site and any(len(key) >= 4 and key in labels for key in _spellings(site)):
        return site
    table = _outlets_by_address()
    return next((table[label] for label in reversed(labels) if label in table), None)


def signature_address(text: str) -> str | None:
    """The e-mail address closing `text`, as staff photographers sign a caption."""
    signed = _SIGNATURE.search(collapse(text))
    return signed.group(0).strip() if signed and signed.start() > 0 else None


def _without_camera_notes(text: str) -> str:
    """The text without its camera notes, parenthesised or as the closing sentence."""
    if _BRACKET.search(text):
        normalised = _normalise(text)
        pieces: list[str] = []
        last = 0
        for match in _CAMERA_NOTE.finditer(normalised):
            pieces.append(text[last:match.start()])
            last = match.end()
        pieces.append(text[last:])
        # A note between two stretches of text breaks them: a name never runs across it.
        text = collapse("; ".join(piece for piece in pieces if piece.strip()))
    tail_start = max(0, len(text) - 200)
    closing = _CAMERA_SENTENCE.search(_normalise(text[tail_start:]))
    if closing and _valid_camera(closing.group("camera")):
        text = text[:tail_start + closing.start()].rstrip()
    return text


def _closing_parens(body: str) -> tuple[int, int] | None:
    """The span of the parenthesised group that closes `body`, if any."""
    body = _normalise(body)  # full-width brackets too
    end = len(body.rstrip(" ."))
    if end == 0 or body[end - 1] not in ")]":
        return None
    closer = body[end - 1]
    opener = "(" if closer == ")" else "["
    depth = 0
    for index in range(end - 1, max(-1, end - 1 - CLOSING_SPAN), -1):
        char = body[index]
        if char == closer:
            depth += 1
        elif char == opener:
            depth -= 1
            if depth == 0:
                return index, end
    return None


def _closing_starts(body: str, start: int, line: int | None = None) -> list[int]:
    """Where a closing credit may start: after sentence ends (also glued ones), line breaks,
    dashes, bars, commas and semicolons, wire prefixes, or at a lead-in or an agency token,
    within the last CLOSING_SPAN characters."""
    tail = body[start:]
    positions = {start + p for p in _sentence_starts(tail)}
    positions |= {start + m.start() for m in _GLUED.finditer(tail)}
    positions |= {start + m.end() for m in _BREAK_PREFIX.finditer(tail)}
    if line is not None and line >= start:
        positions.add(line)
    positions |= {start + m.end() for m in _BREAK.finditer(tail)}
    positions |= {start + m.start() for m in _LEAD_ANYWHERE.finditer(_normalise(tail))}
    positions |= {start + m.start() for m in _AGENCY_START.finditer(tail)}
    if start == 0:
        positions.add(0)
    return sorted(p for p in positions if p < len(body))


def _clause_end(text: str, start: int) -> int:
    """Where an inline credit's clause ends (abbreviation-aware); a quoted outlet opening it
    ('captured by "Le Matin"'s Inès Duval') is passed over."""
    if text[start:start + 1] == '"':
        start = max(start, text.find('"', start + 1) + 1)
    for match in _CLAUSE_END.finditer(text, start):
        if text[match.end() - 1:match.end()] == "." and _abbreviation_before(text,
                                                                             match.end() - 1):
            continue
        return match.start()
    return len(text)


def _opens_with_photo_phrase(text: str) -> bool:
    return _PHOTO_PHRASE.match(_normalise(text[:120])) is not None


def _without_noise(body: str) -> str:
    """`body` with web furniture ("Purchase Licensing Rights") and wire-service notes ("CHINA
    OUT. NO COMMERCIAL OR EDITORIAL SALES IN CHINA") cut from its end."""
    while True:
        match = _NOISE.search(body, max(0, len(body) - 80)) or next(
            (m for m in _WIRE_NOTE.finditer(body, max(0, len(body) - CLOSING_SPAN))
             if "/" not in body[m.end():]), None)  # a note before the credit stays
        if match is None or match.start() == 0:
            return body
        body = body[:match.start()].rstrip(" .,;|-")


def _last_line_start(text: str, body: str) -> int | None:
    """Where the text's last line starts in `body`, when a short credit may stand on it
    ("…in the harbour⏎Sam Lee/Reuters")."""
    if "\n" not in text:
        return None
    last = collapse(text.rsplit("\n", 1)[1])
    if not last or len(last) > 120:
        return None
    position = body.rfind(last)
    return position if position > 0 else None


@lru_cache(maxsize=1024)  # a paragraph is tested as a caption, then read, then described
def _read(text: str, *, closing_only: bool = False) -> _Reading:
    """`_walk`, without a photographer the caption's own description names: there the name in
    the credit's place is the subject's ("Lena Park waves from the balcony. (Photo: Lena
    Park)"), not the photographer's; an outlet beside it is still read."""
    reading = _walk(text, closing_only=closing_only)
    found, span = reading.found, reading.span
    if found is None or found.photographer is None or span is None:
        return reading
    described = _fold(reading.body[:span[0]] + " " + reading.body[span[1]:])
    if not any(re.search(r"(?<!\w)" + re.escape(_fold(name)) + r"(?!\w)", described)
               for name in found.photographer.split("; ")):
        return reading
    kept = _Found(found.form, None, found.outlet, found.via) if found.outlet or found.via \
        else None
    return _Reading(reading.body, kept, span, reading.credit_line, reading.dropped)


def _walk(text: str, *, closing_only: bool = False) -> _Reading:
    """Walk a caption's credit places in order: closing parentheses, closing words, inline.

    Outside the caption test (`closing_only` False: the text is known to be a caption), a
    known agency alone in the closing brackets is its credit ("[Xinhua]", "(Yonhap)")."""
    body = _without_camera_notes(collapse(text))
    dropped: list[tuple[int, int]] = []
    archived = False  # a closing "(Archiv)": a lone name before it is the subject's
    rest, offset = _without_noise(body), 0  # `rest` is body[offset:offset + len(rest)]
    for _ in range(3):  # up to three closing parenthesised groups
        span = _closing_parens(rest)
        if span is None:
            break
        inner = rest[span[0] + 1:span[1] - 1]
        whole = (offset + span[0], offset + span[1])
        if _is_marker(inner):
            dropped.append(whole)
            archived = archived or _fold(_trim(inner)) in ARCHIVE_MARKERS
        else:
            found = _read_segment(inner, _Context())
            if found:
                issuer = _ISSUED_BY.search(rest, 0, span[0])  # "新华社发(高建中 摄)"
                if found.outlet is None and issuer and known_outlet(issuer.group(1)):
                    found = _Found(found.form, found.photographer, issuer.group(1))
                return _Reading(body, found, whole, True, tuple(dropped))
            if not closing_only and span[0] > 0 and (known_outlet(inner) or (
                    rest[span[0]] == "[" and (_organisation(inner) or _DOMAIN.fullmatch(inner)))):
                # "[China Daily]", "[eastday.com]": square brackets closing a caption hold
                # the source an editor added
                return _Reading(body, _Found("agency alone in closing brackets", None,
                                             _trim(inner)), whole, False, tuple(dropped))
        if span[0] == 0:  # the whole caption in brackets: "[Photo: Smoke. REUTERS/Amir Cohen]"
            rest, offset = inner, offset + 1
            continue
        rest = rest[:span[0]].rstrip()
    opener = max(rest.rfind("("), rest.rfind("["))  # an unclosed bracket: "(Photo by X/AFP"
    if opener > 0 and len(rest) - opener <= 200 and not any(ch in rest[opener:] for ch in ")]"):
        found = _read_segment(rest[opener + 1:], _Context())
        if found:
            return _Reading(body, found, (offset + opener, offset + len(rest)), True,
                            tuple(dropped))
    start = 0
    if len(rest) > CLOSING_SPAN:
        start = rest.find(" ", len(rest) - CLOSING_SPAN) + 1
    tail = _normalise(rest[start:]).casefold()
    if any(signal in tail for signal in _SIGNALS):
        unread_lead: int | None = None  # a lead-in whose credit could not be read
        for position in _closing_starts(rest, start, _last_line_start(text, rest)):
            if unread_lead is not None and not _sentence_starts(rest[unread_lead:position + 1]):
                continue  # a piece of a credit that reads as nothing whole ("© A - B / C")
            found = _read_segment(rest[position:], _Context(at_start=position == 0))
            if found and found.photographer and _after_title(rest, position):
                continue  # "Presidente de EEUU, Joe Biden / AFP": the subject, not the credit
            if found and archived and found.outlet is None and found.via is None:
                found = None  # "Foto: Stephan Weil (Archiv)": an archive picture of the subject
            if found is None and _announces_credit(rest[position:], position == 0):
                unread_lead = position
            if found:
                return _Reading(body, found, (offset + position, offset + len(rest)), True,
                                tuple(dropped))
    photo_caption = _opens_with_photo_phrase(body)
    normalised = _normalise(body)
    # a credit line closes the paragraph: then only the tail can hold it
    scan_from = max(0, len(body) - CLOSING_SPAN) if closing_only else 0
    for match in _INLINE.finditer(normalised, scan_from):
        verb = INLINE_VERBS[int(next(k for k, v in match.groupdict().items() if v)[4:])]
        end = _clause_end(normalised, match.end())
        closing = not body[end:].strip(" .;)]\"'”’")
        if closing_only and not closing:
            continue
        context = _Context(announced=True, bare_person=verb.photo_specific or photo_caption,
                           bare_outlet=verb.photo_specific)
        found = _read_segment(body[match.end():end], context)
        if found:
            line = closing and found.outlet is not None
            return _Reading(body, found, (match.start(), end), line, tuple(dropped))
    if not closing_only:
        trailing = _trailing_agency(rest)
        if trailing:
            return _Reading(body, trailing[0], (offset + trailing[1], offset + len(rest)), False,
                            tuple(dropped))
        barred = _BARRED_ACRONYM.search(rest)
        if barred and _acronym(barred.group(1)):  # "… in the courtroom. | APG"
            return _Reading(body, _Found("agency acronym after a bar", None, barred.group(1)),
                            (offset + barred.start(), offset + len(rest)), False,
                            tuple(dropped))
        opening = _opening_credit(rest)
        if opening:
            return _Reading(body, opening[0], (offset, offset + opening[1]), False,
                            tuple(dropped))
    return _Reading(body, None, None, False, tuple(dropped))


def _opening_credit(rest: str) -> tuple[_Found, int] | None:
    """In a text known to be a caption, a credit opening it and run into its sentence with no
    punctuation ("dpa/Jan Woitas Discounts rise again…", "Photo: Ana Lima The minister…"),
    and where it ends: the shortest run of words a form reads as a photographer, with an
    outlet the authority knows or a web address, or after a lead-in, before a capitalised
    word that cannot go on a name and a sentence of at least four words."""
    words = rest.split(" ")
    if len(words) < 6 or rest.rstrip()[-1:] not in ".!?":
        return None
    for count in range(2, min(9, len(words) - 3)):
        following = words[count]
        if _fold(following) not in NOT_NAME_WORDS and (
                _name_word(following) != "name" or is_given_name(following)
                or is_surname(following)):
            continue  # the word may go on the name
        head = " ".join(words[:count])
        led = _LEAD_IN.match(_normalise(head)) is not None
        found = _read_segment(head, _Context())
        if found and found.photographer and (led or (found.outlet and (
                known_outlet(found.outlet) or _DOMAIN.fullmatch(found.outlet)))):
            return found, len(head)
    return None


def _announces_credit(segment: str, at_start: bool) -> bool:
    """Whether `segment` opens with a lead-in that announces a credit running to the end of its
    sentence ("© ARTIS - Uli Deck / Atruvia"); "Photo:" opening a caption may announce its
    subject instead."""
    lead = _LEAD_IN.match(_normalise(segment))
    if lead is None:
        return False
    kind = _lead_kind(lead)
    return kind is not None and not (at_start and kind.subject_ambiguous)


def announces_credit(text: str) -> bool:
    """Whether `text`, short enough to be a credit line (at most MAX_CREDIT_WORDS words after
    its lead-in), opens with a lead-in that announces a credit ("Photo: Name", "© Agency")."""
    text = collapse(text)
    return len(text.split()) <= MAX_CREDIT_WORDS + 3 and _announces_credit(text, False)


def _lead_kind(lead: re.Match[str]) -> LeadIn | None:
    """Which of LEAD_INS a lead-in match is (`_LEAD_IN`'s group `lead<N>`); None for a CJK
    lead-in, which has no kind."""
    name = next((k for k, v in lead.groupdict().items() if v), None)
    return LEAD_INS[int(name[4:])] if name else None


def _after_title(text: str, position: int) -> bool:
    """Whether `position` follows a comma closing a title ("Presidente de EEUU, Joe Biden /
    AFP", "The prime minister, Ana Lima/AFP"): the name there is the title holder's."""
    before = text[:position].rstrip()
    if not before.endswith(","):
        return False
    return any(_fold(word).strip(".,") in TITLE_WORDS for word in before.split()[-4:])


def _trailing_agency(rest: str) -> tuple[_Found, int] | None:
    """In a text known to be a caption, a chain of wire agencies set after the description
    with no punctuation ("… in Dorset PA", "… AFP via Getty"), and where it starts."""
    words = rest.rstrip(" .").split(" ")
    best: tuple[_Found, int] | None = None
    for count in range(1, min(5, len(words) - 3)):
        if _fold(words[-count - 1]) in _NOT_BEFORE_AGENCY:
            continue
        chain = " ".join(words[-count:])
        parts = _CHAIN.split(chain)
        names = [known_outlet(part) for part in parts]
        if not all(name in WIRE_AGENCIES for name in names):
            continue
        via = names[-1] if len(names) > 1 and re.search(r"\svia\s", chain) else None
        best = (_Found("wire agency after the description", None, parts[0],
                       parts[-1] if via else None), len(rest.rstrip(" .")) - len(chain))
    return best


# ==== the public functions ======================================================================


@dataclass(frozen=True)
class CaptionParts:
    """What the grammar reads from one caption: its text (whitespace collapsed), the credit,
    the camera as written, and the name of the credit form that matched (None if none did)."""

    text: str
    photographer: str | None
    outlet: str | None
    caption_camera: str | None
    credit_form: str | None = None
    via: str | None = None  # the distributor of "Name/AFP via Getty Images"


def _valid_camera(phrase: str) -> str | None:
    phrase = _CAMERA_STOP.split(collapse(phrase), maxsplit=1)[0]
    phrase = _trim(_CAMERA_GENERIC.sub("", phrase.strip(" .,;:")))
    phrase = re.sub(r"^(?:" + "|".join(CAMERA_DETERMINERS) + r")\s+", "", phrase, flags=_FLAGS)
    if not phrase or len(phrase) > 60 or len(phrase.split()) > 8:
        return None
    if not any(ch.isupper() or ch.isdigit() for ch in phrase):
        return None  # "(Taken with a drone)": no camera named
    return phrase


@lru_cache(maxsize=1024)
def find_camera(text: str) -> str | None:
    """The camera as the caption writes it ('Sony Alpha a7 III'), from a camera note:
    '(Taken with a/an X)', '(Shot on/with X)', '(Camera: X)' and their variants, or a closing
    sentence 'Shot on a Nikon D6.'; None when the caption names no camera."""
    text = collapse(text)
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT // 2] + " " + text[-MAX_TEXT // 2:]
    if _BRACKET.search(text):
        normalised = _normalise(text)
        for match in _CAMERA_NOTE.finditer(normalised):
            camera = _valid_camera(text[match.start("camera"):match.end("camera")])
            if camera:
                return camera
    tail = text[-200:]
    closing = _CAMERA_SENTENCE.search(_normalise(tail))
    return _valid_camera(tail[closing.start("camera"):closing.end("camera")]) if closing \
        else None


def find_credit(text: str) -> Credit:
    """Who made the photo, as the caption states it. Absent parts are None, never guessed:
    a caption whose only names are its subject's yields Credit(None, None)."""
    found = _read(_bounded(text)).found
    return Credit(found.photographer, found.outlet, found.via) if found else Credit()


def read_credit_line(text: str) -> Credit:
    """The credit in text that is known to be one, such as `<span class="credit">` or
    `<cite>` inside a figcaption: there a lone name ("Jane Doe", "Reuters", "By Jane Doe")
    counts."""
    text = _BYLINE.sub("", collapse(text))
    wrapped = _closing_parens(text)
    if wrapped and wrapped[0] == 0 and wrapped[1] >= len(text.rstrip(" .")):
        text = collapse(text[1:wrapped[1] - 1])  # "(Walt Disney Co.)": the credit inside
    lead = _LEAD_IN.match(_normalise(text))
    if lead and not _trim(text[lead.end():]):
        return Credit()  # "(Bild: )": a lead-in the page left empty names nobody
    markup = _Context(announced=True, sourced=True)
    found = _read_segment(text, markup) if len(text) <= 200 else None
    agency = _AGENCY_AFTER.search(text) if found is None else None
    if agency:  # "© Dieter Mayr (KNA)": a photographer, then the agency in brackets
        found = _read_segment(text[:agency.start()], _Context(announced=True))
        outlet = _label(agency.group(1)) or _acronym(agency.group(1))
        if found and found.photographer and found.outlet is None and outlet:
            found = _Found(found.form, found.photographer, outlet)
        elif found and found.photographer:
            found = None  # the bracket holds something else: not a credit we read with certainty
    if found is None:
        reading = _read(_bounded(text))
        found = reading.found
        links = _CHAIN_LINK.split(reading.body[:reading.span[0]]) if found and reading.span \
            else []
        if len(links) > 2:
            # "Skyward | Q+ | Getty Images": after two links that cannot be read, the rest of
            # a chain is not its first outlet (Q+ is); one unread link before it stands in
            # the photographer's place ("Dana A.reyes | AFP | Getty Images" names AFP)
            found = None
    return Credit(found.photographer, found.outlet, found.via) if found else Credit()


def photographer_name(text: str) -> str | None:
    """Text known to name the photographer (`<span class="photographer">`), if it reads as
    one or more people's names ("By Jane Doe" too); ranks taken off."""
    text = _BYLINE.sub("", collapse(text))
    return _people(text) or (_trim(text) if _uncased_name(_trim(text)) else None)


def outlet_name(text: str) -> str | None:
    """Text known to name the outlet or agency (`<span class="agency">`), if it reads as one
    (after a lead-in such as "Źródło:" or "Source:", if any)."""
    found = _read_segment(text, _Context(announced=True)) if len(text) <= 200 else None
    if found and found.outlet and not found.photographer:
        return found.outlet
    return _label(text) or _acronym(text)


def _bounded(text: str) -> str:
    """The text to read (its line breaks kept: a credit may stand on a line of its own)."""
    text = text.strip()
    return text if len(text) <= MAX_TEXT else text[-MAX_TEXT:]


def is_caption(paragraph: str) -> bool:
    """The plain-text caption test: a photo phrase opening ('A photo of', 'Photo:',
    'Pictured:'), a camera note, or a credit line in its own closing parentheses or as its
    closing words. "A photograph released by ..." opens with no photo phrase."""
    text = collapse(paragraph)
    if not text:
        return False
    if _opens_with_photo_phrase(text):
        return True
    if find_camera(text):
        return True
    return _read(_bounded(paragraph), closing_only=True).credit_line


def read_caption(text: str) -> CaptionParts:
    """Everything the grammar reads from one caption."""
    collapsed = collapse(text)
    found = _read(_bounded(text)).found
    return CaptionParts(collapsed, found.photographer if found else None,
                        found.outlet if found else None, find_camera(collapsed),
                        found.form if found else None, found.via if found else None)


def descriptive_text(text: str) -> str:
    """The caption without its camera note and credit: what describes the picture (the
    `embedded` link rule compares this with an image's own description)."""
    reading = _read(_bounded(text))
    body = reading.body
    cuts = list(reading.dropped)
    if reading.span:  # a closing credit takes what follows it (markers, a stray "(Reuters)")
        cuts.append((reading.span[0], len(body) if reading.credit_line else reading.span[1]))
    for start, end in sorted(cuts, reverse=True):
        body = body[:start] + " " + body[end:]
    body = collapse(body).strip(" .,;:-–—|")
    wrapped = _closing_parens(body)
    if wrapped and wrapped[0] == 0:
        body = body[1:wrapped[1] - 1]
    elif body[:1] in "([" and sum(map(body.count, "([")) > sum(map(body.count, ")]")):
        body = body[1:]  # the credit took the wrapping bracket's other half
    return body.strip(" .,;:-–—|")
