"""The caption grammar: is a paragraph a caption, who made the photo, what camera it names.

Pure functions on strings. The grammar is data: the tables below (photo phrases, camera notes,
credit lead-ins, inline credit verbs, markers, the lexicon of outlets and organisation words)
are what to edit when a new house style turns up. docs/captions.md lists every form with what it
yields. Precision beats recall: a credit that cannot be read with confidence yields None, never
a guess from the subject of the photo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.domain import Credit

# --- tables --------------------------------------------------------------------------------

# A caption may open with one of these (case-insensitive). "A photograph released by ..." does
# not open with a photo phrase: the phrase needs its "of".
PHOTO_PHRASES = (
    r"an?\s+(?:photo|photograph|image|picture|pic|snapshot)\s+of\b",
    r"(?:photo|photograph|picture|image|pictured)\s*:",
    r"in\s+this\s+(?:\w+\s+)?(?:photo|photograph|image|picture)\b",
    r"this\s+(?:photo|photograph|image|picture)\s+(?:shows|taken)\b",
)

# Camera notes: "(Taken with a Nikon D850)", "(Shot on an iPhone 15 Pro)", "(Camera: X)".
CAMERA_NOTES = (
    r"\(\s*(?:taken|shot|photographed|captured)\s+(?:with|on|using|by)\s+(?:an?\s+|the\s+)?"
    r"(?P<camera>[^()]+?)\s*[.,;]?\s*\)",
    r"\(\s*camera\s*:\s*(?P<camera>[^()]+?)\s*[.,;]?\s*\)",
)
# The same notes written as a closing sentence, without parentheses (found, but not by
# themselves enough to make a paragraph a caption).
CAMERA_SENTENCES = (
    r"(?:^|[.!?]\s+)(?:taken|shot|photographed)\s+(?:with|on|using)\s+(?:an?\s+|the\s+)?"
    r"(?P<camera>[^.!?()]+?)\s*[.!]?\s*$",
    r"(?:^|[.!?]\s+)camera\s*:\s*(?P<camera>[^.!?()]+?)\s*[.!]?\s*$",
)

# Lead-ins that announce a credit: "Photo: ...", "Photo by ...", "Credit: ...", ...
LEAD_INS = (
    r"(?:photo|photograph|picture|image)s?\s+courtesy(?:\s+of)?",
    r"(?:photo|photograph|picture|image|pic)s?\s+by",
    r"(?:photo|photograph|picture|image|pic)s?\s*(?:credit)?\s*:",
    r"photographer\s*:",
    r"credits?\s*:",
    r"courtesy\s+of",
    r"courtesy\s*:",
    r"source\s*:",
    r"©|\(c\)|copyright(?:\s*©)?",
)

# Verbs that credit inline: "captured by Fox News' Trey Yingst", "taken by Y for X".
INLINE_VERBS = (r"(?:captured|taken|shot|photographed|snapped|pictured|"
                r"(?:photo|photograph|picture|image)s?)\s+by")

# Parts of a credit that are neither person nor outlet.
MARKERS = {
    "file", "file photo", "handout", "pool", "pool photo", "photo", "photos", "reuters photo",
    "stringer", "str", "staff", "via", "illustration", "photo illustration", "released",
    "handout photo", "courtesy", "courtesy photo", "archive", "archives", "ap photo", "afp photo",
    "agency pool", "us pool", "pool via", "file image", "screenshot", "screengrab", "still",
    "video still", "video grab", "social media", "obtained by",
}

# Outlets and agencies as credits write them (compared without case).
OUTLETS = {
    "ap", "the associated press", "associated press", "afp", "agence france-presse", "reuters",
    "getty images", "getty", "epa", "epa-efe", "efe", "upi", "xinhua", "tass", "ria novosti",
    "anadolu", "anadolu agency", "ansa", "dpa", "kyodo", "kyodo news", "yonhap", "pa",
    "pa images", "pa wire", "sipa", "sipa usa", "abaca", "zuma", "zuma press", "zuma wire",
    "alamy", "shutterstock", "rex", "rex features", "magnum", "magnum photos", "vii", "nurphoto",
    "lightrocket", "sopa images", "bloomberg", "polaris", "redux", "imago", "ddp", "belga",
    "anp", "tt", "scanpix", "ritzau", "ntb", "lehtikuva", "aap", "ani", "pti", "cnn", "bbc",
    "fox news", "nbc news", "cbs news", "abc news", "al jazeera", "sky news", "the new york times",
    "new york times", "the washington post", "washington post", "the guardian", "guardian",
    "the times", "the wall street journal", "wall street journal", "los angeles times",
    "usa today", "the observer", "nasa", "esa", "un photo", "unicef", "wikimedia commons",
    "flickr", "unsplash", "istock", "istockphoto", "noaa", "white house", "the white house",
    "kremlin", "dvids", "idf", "israel defense forces", "israeli defense forces", "hamas",
    "planet labs", "maxar", "maxar technologies", "bildbyran", "middle east images",
}

# Words that make a name an organisation, not a person.
ORG_WORDS = {
    "news", "times", "post", "press", "agency", "images", "image", "photos", "pictures",
    "media", "network", "service", "services", "ministry", "department", "office", "forces",
    "force", "army", "navy", "marine", "marines", "corps", "police", "government", "council",
    "association", "university", "museum", "foundation", "institute", "family", "group",
    "committee", "authority", "embassy", "journal", "herald", "tribune", "gazette", "guardian",
    "telegraph", "observer", "chronicle", "daily", "weekly", "tv", "television", "radio",
    "channel", "studio", "studios", "archive", "archives", "library", "collection", "commons",
    "center", "centre", "company", "corporation", "inc", "ltd", "llc", "club", "federation",
    "league", "team", "party", "church", "hospital", "school", "college", "organisation",
    "organization", "administration", "command", "guard", "house", "palace", "parliament",
    "senate", "congress", "court", "city", "state", "republic", "kingdom", "union", "nations",
    "red", "cross", "crescent", "wire", "features", "photography", "productions", "magazine",
    "reuters", "afp", "ap", "epa", "getty", "pool", "handout", "desk", "bureau",
}
_PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el",
              "bin", "ibn", "ben", "abu", "du", "dos", "das", "di", "y", "e", "ter", "ten", "st",
              "and", "&", "mc", "mac", "o"}

RANKS = (
    "mass communication specialist (?:1st|2nd|3rd) class", "mass communication specialist seaman",
    "petty officer (?:1st|2nd|3rd|first|second|third) class", "chief petty officer",
    "senior chief petty officer", "master chief petty officer", "staff sergeant",
    "sergeant first class", "master sergeant", "first sergeant", "sergeant major",
    "technical sergeant", "gunnery sergeant", "lance corporal", "private first class",
    "senior airman", "airman (?:first|1st) class", "chief warrant officer \\d?",
    "warrant officer \\d?", "staff sgt", "master sgt", "tech sgt", "gunnery sgt", "lance cpl",
    "sgt maj", "sgt 1st class", "1st lt", "2nd lt", "first lieutenant", "second lieutenant",
    "lieutenant colonel", "lieutenant commander", "lt col", "lt cmdr", "lt cdr", "lt j\\.?g",
    "brig gen", "maj gen", "lt gen", "rear adm", "vice adm", "specialist", "spc", "pfc", "pvt",
    "private", "corporal", "cpl", "sergeant", "sgt", "ssg", "ssgt", "sfc", "msg", "msgt", "tsgt",
    "smsgt", "cmsgt", "sra", "a1c", "amn", "airman", "seaman", "petty officer", "po[123]",
    "mc[123]", "mcsn", "lieutenant", "lt", "captain", "capt", "cpt", "major", "maj", "colonel",
    "col", "general", "gen", "admiral", "adm", "commander", "cmdr", "cdr", "ensign", "ens",
    "cwo[2-5]", "wo1", "dr", "mr", "mrs", "ms", "prof",
)

# --- compiled forms ------------------------------------------------------------------------

_FLAGS = re.IGNORECASE | re.UNICODE
_PHOTO_PHRASE = re.compile(r"^\W{0,3}(?:" + "|".join(PHOTO_PHRASES) + ")", _FLAGS)
_CAMERA_NOTE = [re.compile(p, _FLAGS) for p in CAMERA_NOTES]
_CAMERA_SENTENCE = [re.compile(p, _FLAGS) for p in CAMERA_SENTENCES]
_LEAD_IN = re.compile(r"^\s*(?:" + "|".join(LEAD_INS) + r")\s*", _FLAGS)
_LEAD_IN_ANYWHERE = re.compile(r"(?:^|[\s,;])((?:" + "|".join(LEAD_INS) + r").*)$", _FLAGS)
_RANK = re.compile(r"^(?:(?:" + "|".join(r.replace(" ", r"\.?\s+") for r in RANKS)
                   + r")\.?\s+)+", _FLAGS)
_APOSTROPHE = "['’ʼ`]"
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "ʼ": "'", "`": "'"})
_INSTITUTION_PHOTO = re.compile(
    r"^\s*(?P<outlet>[^()]{2,60}?)\s+(?:photo|photograph|image|picture)s?\s+by\s+"
    r"(?P<rest>.+)$", _FLAGS)
_AGENCY_PHOTO = re.compile(r"^\s*(?P<outlet>[^/()]{1,40}?)\s+photo\s*/\s*(?P<rest>.+)$", _FLAGS)
_VIA = re.compile(r"\s+via\s+", _FLAGS)
_FOR = re.compile(r"\s+for\s+", _FLAGS)
_PERSON_SEPARATOR = re.compile(r"\s*[,|]\s+|\s+[-–—]\s+")
_OF = re.compile(r"\s+of\s+", _FLAGS)
_INLINE = re.compile(
    r"\b" + INLINE_VERBS + r"\s+(?P<rest>[^.;()]+?)\s*(?:[.;)]|$)", _FLAGS)
_POSSESSIVE = re.compile(r"^(?P<outlet>.+?)" + _APOSTROPHE + r"s?\s+(?P<person>.+)$", _FLAGS)
_TRAILING_PARENS = re.compile(r"\(([^()]*)\)\s*[.]?\s*$")
_WORD_RE = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)


@dataclass(frozen=True)
class CaptionParts:
    """What the grammar reads from one caption's text."""

    text: str
    photographer: str | None
    outlet: str | None
    caption_camera: str | None


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, ends trimmed."""
    return " ".join(text.split())


# --- cameras -------------------------------------------------------------------------------


def _camera_note(text: str) -> re.Match[str] | None:
    for pattern in _CAMERA_NOTE:
        match = pattern.search(text)
        if match:
            return match
    return None


def find_camera(text: str) -> str | None:
    """The camera as the caption writes it ('Sony Alpha a7 III'), from a camera note."""
    match = _camera_note(text)
    if match is None:
        for pattern in _CAMERA_SENTENCE:
            match = pattern.search(collapse(text))
            if match:
                break
    if match is None:
        return None
    camera = collapse(match.group("camera")).strip(" .,;:'\"")
    camera = re.sub(r"^(?:an?|the|his|her|their|my)\s+", "", camera, flags=re.IGNORECASE)
    camera = re.sub(r"\s+(?:camera|cam)$", "", camera, flags=re.IGNORECASE)
    return camera or None


def _without_camera_notes(text: str) -> str:
    for pattern in _CAMERA_NOTE:
        text = pattern.sub(" ", text)
    return collapse(text)


# --- names ---------------------------------------------------------------------------------


def strip_rank(name: str) -> str:
    """'Staff Sgt. Kyle Davis' → 'Kyle Davis' (ranks and titles before a name)."""
    stripped = _RANK.sub("", name.strip())
    return stripped.strip() or name.strip()


def _clean(part: str) -> str:
    part = collapse(part).strip(" .,;:-–—/")
    part = re.sub(r"^(?:by|from)\s+", "", part, flags=re.IGNORECASE)
    return part.strip(" .,;:\"'")


def is_marker(part: str) -> bool:
    return _clean(part).casefold() in MARKERS


def is_outlet(part: str) -> bool:
    """An agency, outlet or organisation rather than a person."""
    folded = _clean(part).casefold().translate(_QUOTES)
    if not folded:
        return False
    if folded in OUTLETS or folded.removeprefix("the ") in OUTLETS:
        return True
    words = re.findall(r"[\w'.-]+", folded)
    if any(w.strip(".") in ORG_WORDS for w in words):
        return True
    if "." in folded and all(len(w.strip(".")) <= 2 for w in words):  # U.S., U.N.
        return True
    compact = _clean(part)
    return len(words) == 1 and compact.isupper() and len(compact) <= 6


def outletish(part: str) -> bool:
    """An outlet's name as credits write one: known, or one to six capitalised words."""
    name = _clean(part)
    if not name or is_marker(name) or len(name) > 60:
        return False
    if is_outlet(name):
        return True
    words = name.split()
    return len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or
                                   w.casefold() in _PARTICLES | {"the", "of", "for", "and"}
                                   for w in words) and name[:1].isupper()


def is_person(part: str) -> bool:
    """A person's name: two to six words, each capitalised (or all capitals), no digits."""
    name = _clean(part)
    if not name or is_outlet(name) or is_marker(name) or any(ch.isdigit() for ch in name):
        return False
    words = name.replace("’", "'").split()
    if not 2 <= len(words) <= 6 or len(name) > 80:
        return False
    capitalised = 0
    for word in words:
        core = word.strip(".,'\"")
        if not core:
            return False
        if core.casefold() in _PARTICLES:
            continue
        if not re.fullmatch(r"[^\W\d_][\w'.\-]*", core):
            return False
        first = core[0]
        if not (first.isupper() or not first.isalpha() or (first.isalpha() and
                                                           not first.islower())):
            return False
        capitalised += 1
    return capitalised >= 1 and capitalised >= len(words) - 2


# --- credits -------------------------------------------------------------------------------


def _interpret(parts: list[str], via: str | None) -> Credit | None:
    """Credit from the '/'-separated parts of a credit and its 'via' distributor."""
    parts = [_clean(p) for p in parts if _clean(p)]
    handout = any(is_marker(p) and "handout" in p.casefold() for p in parts)
    parts = [p for p in parts if not is_marker(p)]
    people = [p for p in parts if is_person(strip_rank(p))]
    outlets = [p for p in parts if not is_person(p) and is_outlet(p)]
    unknown = [p for p in parts if p not in people and p not in outlets]
    if unknown and not people and len(unknown) == 1 and not outlets and via is None \
            and len(parts) == 1:
        word = unknown[0]
        if _uncased_name(word):  # "李明": scripts without capitals
            return Credit(word, None)
        # a lone capitalised word ("Photo: Shutterstock") is an outlet; longer stays unread
        if len(word.split()) == 1 and word[:1].isupper():
            return Credit(None, word)
        return None
    photographer = strip_rank(people[0]) if people else None
    outlet = outlets[0] if outlets else None
    if outlet is None and via is not None:
        outlet = _clean(via)
    if handout and photographer is None and outlet is None and via:
        outlet = _clean(via)
    if photographer is None and outlet is None:
        return None
    return Credit(photographer, outlet)


def read_credit_segment(segment: str, *, announced: bool = False) -> Credit | None:
    """Read a credit written as a segment: 'AP Photo/Evan Vucci', 'Name/AFP via Getty Images',
    'Photo: Name/Outlet', 'U.S. Army photo by Staff Sgt. Name', 'Courtesy of X', ...

    `announced` says the segment stood where only a credit can (after a lead-in); without it
    the segment must carry a credit's own signs (a '/', 'via', 'for', 'Photo by', ©).
    """
    text = collapse(segment.translate(_QUOTES)).strip(" .")
    if not text or len(text) > 200:
        return None
    lead = _LEAD_IN.match(text)
    if lead:
        announced = True
        text = text[lead.end():].strip()
        if re.match(r"^(?:photo|photograph|picture|image)\s*:", text, re.IGNORECASE):
            text = text.split(":", 1)[1].strip()
    institution = _INSTITUTION_PHOTO.match(text)
    if institution and is_outlet(institution.group("outlet")):
        inner = read_credit_segment(institution.group("rest"), announced=True)
        photographer = inner.photographer if inner else None
        if photographer is None and is_person(institution.group("rest")):
            photographer = strip_rank(_clean(institution.group("rest")))
        if photographer is None:
            photographer = _ranked_person(institution.group("rest"))
        return Credit(photographer, _clean(institution.group("outlet")))
    agency = _AGENCY_PHOTO.match(text)
    if agency and (is_outlet(agency.group("outlet")) or agency.group("outlet").isupper()):
        rest = [p for p in agency.group("rest").split("/") if not is_marker(p)]
        person = next((p for p in rest if is_person(p)), None)
        return Credit(strip_rank(_clean(person)) if person else None,
                      _clean(agency.group("outlet")))
    via = None
    pieces = _VIA.split(text, maxsplit=1)
    if len(pieces) == 2:
        text, via = pieces[0], pieces[1].split("/")[0]
    if "/" not in text:
        pieces = _FOR.split(text, maxsplit=1)
        if len(pieces) == 2 and is_person(pieces[0]) and outletish(pieces[1]):
            return Credit(_clean(pieces[0]), _clean(pieces[1]))
        pieces = _OF.split(text, maxsplit=1)
        if len(pieces) == 2 and is_person(pieces[0]) and is_outlet(pieces[1]):
            return Credit(_clean(pieces[0]), _clean(pieces[1]))
        if announced:  # "Photo by Jane Doe, Politico", "Photo: Jane Doe | Politico"
            pieces = _PERSON_SEPARATOR.split(text, maxsplit=1)
            if len(pieces) == 2 and is_person(strip_rank(pieces[0])) and outletish(pieces[1]):
                return Credit(strip_rank(_clean(pieces[0])), _clean(pieces[1]))
    parts = text.split("/")
    if len(parts) == 2 and via is None:  # Name/Outlet or OUTLET/Name beyond the lexicon
        first, second = parts
        if is_person(first) and outletish(second) and not is_person(second):
            return Credit(strip_rank(_clean(first)), _clean(second))
        if is_person(second) and outletish(first) and len(_clean(first).split()) == 1:
            return Credit(strip_rank(_clean(second)), _clean(first))
    if not announced and len(parts) == 1 and via is None:
        return None
    if not announced and len(parts) > 1 and not any(is_outlet(p) or is_marker(p)
                                                    for p in parts):
        return None  # "either/or" in prose is not a credit
    credit = _interpret(parts, via)
    if credit is None and announced and len(parts) == 1 and via is None:
        ranked = _ranked_person(parts[0])
        if ranked:
            return Credit(ranked, None)
    return credit


def _uncased_name(text: str) -> bool:
    """A name in a script without capitals (Chinese, Japanese, Korean, Arabic, ...)."""
    letters = [ch for ch in text if not ch.isspace()]
    return 2 <= len(letters) <= 12 and all(
        ch.isalpha() and not ch.isupper() and not ch.islower() for ch in letters)


def _ranked_person(text: str) -> str | None:
    stripped = strip_rank(_clean(text))
    return stripped if stripped != _clean(text) and is_person(stripped) else None


def _inline_credit(text: str, *, closing: bool = False) -> Credit | None:
    """'captured by Fox News’ Trey Yingst', 'taken by Ana Lima for Reuters', 'shot by X'.

    With `closing`, only a credit that ends the text and names an outlet counts (the test for
    a paragraph that carries a credit line as its closing words).
    """
    text = text.translate(_QUOTES)
    for match in _INLINE.finditer(text):
        if closing and text[match.end():].strip(" .;)"):
            continue
        rest = collapse(match.group("rest"))
        rest = re.split(r",\s+|\s+(?:in|at|on|during|near|while|as|after|before|from)\s+",
                        rest, maxsplit=1)[0]
        possessive = _POSSESSIVE.match(rest)
        if possessive and is_outlet(possessive.group("outlet")) and \
                is_person(possessive.group("person")):
            return Credit(strip_rank(_clean(possessive.group("person"))),
                          _clean(possessive.group("outlet")))
        credit = read_credit_segment(rest, announced=False)
        if credit and credit.photographer:
            return credit
        if closing:
            continue
        if is_person(rest):
            return Credit(strip_rank(_clean(rest)), None)
        ranked = _ranked_person(rest)
        if ranked:
            return Credit(ranked, None)
    return None


def _closing_credit(text: str) -> Credit | None:
    """A credit in the caption's own closing parentheses or as its closing words."""
    body = _without_camera_notes(text)
    for _ in range(3):  # look at up to three closing parenthesised groups
        match = _TRAILING_PARENS.search(body)
        if not match:
            break
        credit = read_credit_segment(match.group(1))
        if credit is not None:
            return credit
        body = body[: match.start()].rstrip()
    closing = _closing_words(body)
    if closing:
        credit = read_credit_segment(closing)
        if credit is not None:
            return credit
    lead_in = _LEAD_IN_ANYWHERE.search(body)  # "… | Photo: Jane Doe | Politico"
    if lead_in and len(lead_in.group(1)) <= 120:
        credit = read_credit_segment(lead_in.group(1))
        if credit is not None:
            return credit
    return _inline_credit(body, closing=True)


_ABBREVIATION = re.compile(
    r"(?:\b(?:" + "|".join(RANKS[RANKS.index("staff sgt"):]).replace(" ", r"\.?\s+")
    + r"|jr|sr|st|mt|no|vs|u\.s|u\.n|u\.k|[a-z])\.)$", re.IGNORECASE)


def _sentences(body: str) -> list[str]:
    """Sentences of a caption, not split after ranks, titles or initials ('Sgt. Kyle')."""
    pieces = re.split(r"(?<=[.!?”\"])\s+(?=[A-Z©(\"“])|\s+[-–—|]\s+", body)
    merged: list[str] = []
    for piece in pieces:
        if merged and _ABBREVIATION.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def _closing_words(body: str) -> str | None:
    """The last sentence of a caption, if short enough to be a credit line."""
    body = body.strip()
    pieces = _sentences(body)
    last = pieces[-1].strip() if len(pieces) > 1 else ""
    if not last:
        match = _LEAD_IN_ANYWHERE.search(body)
        return match.group(1) if match and len(match.group(1)) <= 120 else None
    return last if len(last) <= 120 else None


def descriptive_text(text: str) -> str:
    """The caption without its camera note and credit: what describes the picture."""
    body = _without_camera_notes(collapse(text))
    for _ in range(3):
        match = _TRAILING_PARENS.search(body)
        if not match or (read_credit_segment(match.group(1)) is None and \
                match.group(1).strip().casefold() not in MARKERS):
            break
        body = body[: match.start()].rstrip()
    closing = _closing_words(body)
    if closing and read_credit_segment(closing) is not None:
        body = body[: body.rfind(closing)].rstrip()
    inline = _INLINE.search(body.translate(_QUOTES))
    if inline and _inline_credit(body):
        body = body[: inline.start()].rstrip()
    return body.strip(" .,;:-–—")


def find_credit(text: str) -> Credit:
    """Who made the photo, as the caption states it. Absent parts are None, never guessed."""
    text = collapse(text)
    if not text or len(text) > 20_000:
        return Credit()
    credit = _closing_credit(text) or _inline_credit(text)
    return credit or Credit()


CLOSING_SPAN = 320  # a closing credit lives in a paragraph's last few hundred characters


def has_credit_line(text: str) -> bool:
    """A credit in the paragraph's own closing parentheses or as its closing words."""
    text = collapse(text)
    if len(text) > CLOSING_SPAN:
        tail = text[-CLOSING_SPAN:]
        text = tail[tail.find(" ") + 1 :]
    return _closing_credit(text) is not None


def is_caption(paragraph: str) -> bool:
    """The plain-text caption test: a photo phrase opening, a camera note, or a credit line."""
    text = collapse(paragraph)
    if not text or len(text) > 5_000:
        return False
    if _PHOTO_PHRASE.match(text) or _camera_note(text):
        return True
    return has_credit_line(text)


def read_caption(text: str) -> CaptionParts:
    """Everything the grammar reads from one caption."""
    collapsed = collapse(text)
    credit = find_credit(collapsed)
    return CaptionParts(collapsed, credit.photographer, credit.outlet, find_camera(collapsed))
