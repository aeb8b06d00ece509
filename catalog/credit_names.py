"""The credit grammar's name readers: is a slot's text a person's name, people, an
organisation, an outlet's name, an agency's acronym, a stock library's contributor; and the
slot readers of `SLOTS`, which the credit forms (`catalog.credits.forms`) name in braces and
which say what a slot's text yields (photographer, outlet) or refuse it.

Pure functions on strings. The word lists are `catalog.credits.lexicon`'s, the names data
`catalog.credits.given_names` and `catalog.credits.surnames`, the outlets the authority's
(`catalog.credits.outlets`). A slot that cannot be read with confidence yields None: the form
then fails. docs/captions.md describes each slot.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from catalog.caption_text import (
    FLAGS,
    collapse,
    fold,
    lazy_pattern,
    needing_pattern,
    normalise,
    sentence_starts,
    trim,
)
from catalog.credits.companies import known_company
from catalog.credits.given_names import (
    is_given_name,
    is_hebrew_given_name,
    is_regional_given_name,
)
from catalog.credits.lexicon import (
    ABBREVIATIONS,
    CLAUSE_END_WORDS,
    CYRILLIC_LEGAL_FORMS,
    DIPLOMATIC_MISSION_WORDS,
    FOR_WORDS,
    INITIAL_DIGRAPHS,
    KATAKANA_ORG_WORDS,
    KOREAN_PRESS_PREFIXES,
    KOREAN_PRESS_SUFFIXES,
    KOREAN_REPORTER_TITLE,
    KOREAN_SURNAMES,
    KOREAN_TITLE_WORDS,
    LEGAL_FORMS,
    LITHUANIAN_BODY_WORDS,
    LONE_MARKERS,
    MAORI_TITLE_ARTICLES,
    MARKERS,
    NAME_LIKE_OUTLETS,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ORG_ENDINGS,
    ORG_FUNCTION_WORDS,
    ORG_OPENING_STEMS,
    ORG_WORDS,
    OUTLETS,
    PAPER_ENDINGS,
    PARTICLES,
    PHOTO_AGENCIES,
    PHOTO_HOUSE_NAMES,
    PLACE_WORDS,
    PRESS_OFFICE_WORDS,
    RANKS,
    RED_CROSS_NAMES,
    REPORTING_VERBS,
    ROLE_WORDS,
    ROMANCE_TITLE_ARTICLES,
    SENTENCE_ARTICLES,
    SOCIETY_LETTERS,
    SURNAME_ORG_WORDS,
    THAI_ORGANISATION_OPENINGS,
    TITLE_ARTICLES,
    TITLE_WORDS,
    alternation,
)
from catalog.credits.news_outlets import listed_news_outlet
from catalog.credits.outlet_data import (
    OUTLET_ROWS,
    PICTURE_AGENCIES,
    STOCK_AGENCIES,
    STOCK_COLLECTIONS,
)
from catalog.credits.outlets import known_outlet
from catalog.credits.surnames import is_country, is_surname, unaccented

# A letter of an initial: one letter, or a digraph of `INITIAL_DIGRAPHS` in title case or in
# capitals ("Dž. Kurtović", "LJ. P.", "Gy. Nagy"), in any flags' pattern (c20r)
_DIGRAPH_INITIAL = "(?-i:" + "|".join(d[0].upper() + "(?:" + d[1:] + "|" + d[1:].upper() + ")"
                                      for d in INITIAL_DIGRAPHS) + ")"
_INITIAL_LETTER = r"(?:" + _DIGRAPH_INITIAL + r"|[^\W\d_])"


def _capital_initials(value: str) -> bool:
    """Whether the initials of `value` are in capitals, a digraph's capital standing for it."""
    letters = re.sub(_DIGRAPH_INITIAL, lambda found: found.group(0)[0], value)
    return letters.replace(".", "").replace(" ", "").isupper()


_SLOT_TEXT = r"[^/|;()]+?"  # what a slot spans unless `SLOTS` says otherwise
_RANK = lazy_pattern(r"^(?:(?:" + "|".join(r.replace(" ", r"\.?\s+") for r in RANKS)
                     + r")\.?\s+)+", FLAGS)
_PHOTO_SUFFIX = lazy_pattern(r"\s+(?:photo|photograph|picture|image)s?$", FLAGS)
_MARKER_SUFFIX = lazy_pattern(r"\s*(?:\s[-–—]\s*)?\s(?:pool|handout|file|staff|file\s+photo|"
                              r"contributor)$", FLAGS)
# The paper's staff or file after its name in an affiliation, as The Daily Texan sets its
# print credits ("Name | Daily Texan Staff", "Name | Daily Texan File Photo") (c17w)
_STAFF_SUFFIX = lazy_pattern(r"\s+(?:staff|staff\s+photo|file\s+photo)$", FLAGS)
_PARTS = lazy_pattern(r"\s*[/,]\s*")
_LINKS = lazy_pattern(r"\s*[/,]\s*|\s+[-–—]\s+")  # a chain's links ("AFP - Getty Images")
# A gallery's date after the credit, no part of the outlet ("Name/Toronto Star Feb. 19",
# "Name/The Gazette June 3, 2021")
_TRAILING_DATE = lazy_pattern(r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                              r"(?:[a-z]*\.?)\s+\d{1,2}(?:,?\s+\d{4})?\s*$", FLAGS)
# Between the names of a list: a comma, "and", "&", a Chinese list's comma (、), and "and" in
# the languages of session 13's block c13t: Russian "и", Ukrainian "і" and "та", Turkish "ve",
# Persian "و" ("Фото: Пётр Снегирёв и Олеся Крылова", "Fotoğraf: Emre Karaca ve Selin Aydemir"),
# and a spaced plus, as US food magazines join a photographer pair ("Photo: A + B") (c15n);
# and the Nordic "and": Swedish "och", Norwegian, Danish, Icelandic and Faroese "og", Finnish
# "ja" ("Bilder: Name och Name", "Kuvat: Name ja Name") (c19n)
_PEOPLE_SEPARATOR = lazy_pattern(r"\s*(?:,|،|;|&|、|\band\b)\s*|\s+(?:и|і|та|ve|و|\+|och|og|ja)\s+|"
                               r"(?<=[^\W\d_])-\s+(?=[^\W\d_])", FLAGS)  # "Name- Name": two people
# "And" in the Romance languages, where it is also a name's particle ("José Ortega y Gasset"):
# it joins two people only where each side is a name the names data vouches for
# ("Fotos: Ana Ruiz y Pedro Gil", "Fotos: Ana Ruiz e Pedro Gil", "Photos : Anne Roux et Paul Gay")
_ROMANCE_AND = lazy_pattern(r"\s+(?:y|e|et)\s+", FLAGS)
# A web address naming a source ("picturedesk.com", "Guatemala.com").
DOMAIN = lazy_pattern(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|gov|edu|[a-z]{2})", FLAGS)
# Between the credits or the names of a list ("A/AFP and B/Reuters").
CREDIT_SEPARATOR = lazy_pattern(r"\s*(?:,|;|&|\band\b)\s*", FLAGS)

# A colon or a bar in a name read as one outlet: a lead-in ("Bild: Name"), a time ("03:07
# Min"), or a chain's link ("Name | Agency"), never part of one organisation's name.
_NOT_ONE_NAME = lazy_pattern(r"[:|]")
# A stock library's royalty-free or rights-managed collection ("Getty Images/Cultura RF").
_COLLECTION = lazy_pattern(r"\s(?:RF|RM)$")
COMPANY_LETTERS = 4  # a lone word read as a company has at least these letters (`_slot_company`)

_COMPANY_COMMA = lazy_pattern(r",\s*(?=(?:inc|ltd|llc|plc|corp|co|gmbh|ag|s\.?a)\.?$)", FLAGS)
_CJK_WORD = lazy_pattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_KATAKANA = lazy_pattern(r"[\u30a0-\u30ff\u31f0-\u31ff]+")
_KATAKANA_NAME = lazy_pattern(r"[\u30a0-\u30fa\u30fc-\u30ff]{2,12}"
                              r"(?:・[\u30a0-\u30fa\u30fc-\u30ff]{1,12}){1,3}")
_HANGUL = lazy_pattern(r"[\uac00-\ud7af]")
_RIGHT_TO_LEFT = lazy_pattern(r"[\u0590-\u06ff]")  # the Hebrew and Arabic scripts
_ISSUED = lazy_pattern(r"(?:发|發)$")  # "中新社发": issued by the agency
# Chinese and Japanese organisations' names end so ("视觉中国", "人民网", "中央电视台", "警方"):
# no person's name does.
_CJK_ORGANISATION = needing_pattern(
    r"(?:社|网|網|报|報|台|局|部|院|厅|廳|署|中国|中國|集团|集團|公司|"
    # a city, a county, a district, a province; a university, a
    # centre ("杭州市", "西湖区", "浙江大学")
    r"(?<=[\u4e00-\u9fff]{2})[市县縣区區省]|大学|大學|学校|學校|中心|"
    r"科技|媒体|媒體|传媒|傳媒|影像|街道|新闻|新聞|图片|圖片|视觉|視覺|电视|"
    r"電視|政府|警方|通信|ニュース|뉴스|일보|신문|방송|"
    # a weekly, a monthly, a magazine ("鏡週刊"), a township's
    # office ("金湖鎮公所"), an association ("攝影協會") (c19t)
    r"[週周月]刊|雜誌|杂志|公所|協會|协会|"
    # Korean offices, services and institutions ("서울시청",
    # "강릉경찰서", "국립중앙박물관"), and a city's or a county's
    # name of three syllables or more ("창원시", "인제군"), which
    # a Korean person's name never ends so
    r"시청|군청|구청|도청|경찰서|경찰청|소방서|소방본부|교육청|"
    r"위원회|협회|재단|공단|공사|병원|대학교|박물관|미술관|센터|"
    r"의회|구단|본부|사무소|(?<=[가-힣]{2})[시군]|"
    # a body's branch or chapter, a broadcaster's regional station
    # ("한국사진작가협회 진주지부", "KBS제주방송총국") after two
    # syllables at least, as no person's name ends (c18j)
    r"(?<=[가-힣]{2})(?:지부|지회|총국|지국)|"
    # the presidential office ("청와대", "대통령실") and the
    # provinces ("경기도", "경상남도", "제주특별자치도") (c15k)
    r"청와대|대통령실|경기도|강원도|충청[남북]도|전라[남북]도|"
    r"경상[남북]도|제주도|특별자치도|"
    # Japanese police, agencies and ministries, institutions
    # ("県警", "府警", "気象庁", "外務省", "日本相撲協会",
    # "宇宙航空研究開発機構") (c16j)
    r"(?<=[\u4e00-\u9fff])(?:警|庁|省)|警察|機構|協会|研究所|"
    r"美術館|博物館|役場|役所)$")
# A Chinese paper's staff role before a name ("记者", "全媒体记者", "实习生", "通讯员"; "本报记者",
# the paper's own reporter): no part of the name ("广州日报全媒体记者莫伟浓摄").
_CJK_ROLE = needing_pattern(r"(?:本报|本報|本台|本网|本網|本刊)?(?:全媒体|全媒體)?(?:摄影|攝影)?"
                         r"(?:记者|記者|实习生|實習生|通讯员|通訊員)")
# A Korean body's name of two or three words, perhaps with an ordinal ("서울 강남구청", "제20대
# 대통령실": the 20th presidential office); `_CJK_ORGANISATION` must end it (c15k)
_KOREAN_BODY = lazy_pattern(r"(?:(?:제\d{1,3}[대기회]|[가-힣]{1,8})\s){1,2}[가-힣]{2,10}")
# A Korean reporter's title closing a name ("홍길동 기자", "홍길동 선임기자", "홍길동기자"): a
# person, never an outlet, as in "부산/홍길동 기자" (the place, a slash, the reporter) (c15k)
_KOREAN_REPORTER_END = lazy_pattern(r"[가-힣]{2,4}\s?" + KOREAN_REPORTER_TITLE + "$")
# "Provided" closing a Chinese credit ("李明提供", "受访者供图"): who handed the picture over.
_PROVIDED = lazy_pattern(r"(?:提供|供图|供圖)$")
# "This paper" (本报, 本台, 本网): the paper names itself without its name, so no outlet is read.
THIS_PAPER = frozenset({"本报", "本報", "本台", "本网", "本網", "本刊"})
# A Chinese name of two to four characters; several written apart by spaces are several people
# ("图:王湧 汪昊 胡蝶飞"), as no Chinese name is written in three parts of two or more characters.
_HAN_NAME = lazy_pattern(r"[\u4e00-\u9fff]{2,4}")
# A foreigner's name as Chinese writes it, its parts set apart by an interpunct ("杰里米·龙",
# "马库斯·马克·拉莫斯": Zaobao's copies; "‧" in Taiwan): each part one to four characters (c17z)
_HAN_TRANSLITERATION = lazy_pattern(r"[\u4e00-\u9fff]{1,4}(?:[·‧][\u4e00-\u9fff]{1,4}){1,3}")
_HAN_GAPS = lazy_pattern(r"[\s、]+")


# ==== names ====================================================================================


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def _clean(text: str) -> str | None:
    """A slot's text, or None when it runs over a sentence break (it is then prose)."""
    value = trim(text)
    if not value or len(value) > 80 or sentence_starts(value):
        return None
    return value


# Initials in the scripts of India: one to three characters (a letter, its vowel sign or virama)
# and a full stop, one or more times ("പി.എസ്.", "എ.ആര്.സി", "ആർ.", "ए.के.")
_INDIC_INITIALS = lazy_pattern(r"(?:[\u0900-\u0dff]{1,3}\.)+[\u0900-\u0dff]{0,3}")


def _transliterated(word: str) -> bool:
    """A foreigner's name written in Chinese characters, its parts set apart by an interpunct,
    none of them an organisation's ("北京日報·京呈", a paper and its column, is none) (c17z)."""
    return bool(_HAN_TRANSLITERATION.fullmatch(word)) and not any(
        _CJK_ORGANISATION.search(part) for part in re.split(r"[·‧]", word))


def uncased_name(text: str) -> bool:
    """A name in a script without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, ...)."""
    words = text.split()
    # an abbreviated given name's full stop is no letter ("মো. রায়হানুল হক", `ABBREVIATIONS`),
    # nor are the stops of initials in the scripts of India, before a name word ("പി.എസ്. മനോജ്",
    # "എ.ആര്.സി അരുണ്", as Kerala papers write their photographers' initials) (c16h)
    initials = [bool(_INDIC_INITIALS.fullmatch(word)) for word in words]
    letters = [ch for word, initial in zip(words, initials, strict=True)
               for ch in (word.replace(".", "") if initial and not all(initials)
                          else word[:-1] if word.endswith(".") and fold(word[:-1]) in ABBREVIATIONS
                          else word) if ch not in "・·‧"]
    if any(len(word) > 4 and _CJK_WORD.search(word) and not _KATAKANA_NAME.fullmatch(word) and
           not _transliterated(word) for word in words):
        return False  # a Chinese, Japanese or Korean name is a few characters a word; but a
        # foreigner's name in katakana is as long as it is, its parts set apart by a middle dot
    if any(_CJK_ORGANISATION.search(word) for word in words):
        return False  # "武汉晚报 邱焰": a paper's name before its photographer's
    if any(_CJK_ROLE.match(word) for word in words):
        return False  # "记者 李明", "記者謝恩得": a reporter's role before the name
    if any(_PROVIDED.search(word) for word in words):
        return False  # "李明提供": provided by a person, who need not have taken the picture
    if _KATAKANA.fullmatch(text.strip()) and "・" not in text:
        return False  # "バンダイ": a foreign word in katakana, a company's or a brand's; a
        # foreigner's name in katakana has a middle dot ("ジョン・スミス")
    if any(fold(word) in ORG_WORDS for word in words):
        return False  # "नेपाल फोटो लाइब्रेरी" (Nepal Photo Library): an organisation's name
    if any(_katakana_organisation(word) for word in words):
        return False  # "ギズモード・ジャパン" (Gizmodo Japan): an organisation's katakana name
    if any(_THAI_ORGANISATION.match(word) for word in words):
        return False  # "กรมอุทยานแห่งชาติ" (the national parks department): a Thai body's name
    if any(fold(word) in NOT_NAME_WORDS for word in words):
        return False  # "המארח גם" (the host too): a description's words, no one's name
    if any(word.endswith(("写真", "画像", "映像", "動画")) for word in words):
        return False  # "公式写真" (official photo): a Japanese word for the picture (c16j)
    if _HANGUL.search(text) and not (len(words) == 1 and _korean_name(text)):
        return False  # a Korean name is one word ("홍길동"); "항구의 풍경" is a phrase
    return 1 <= len(words) <= 4 and 2 <= len(letters) <= 30 and all(
        (ch.isalpha() and not ch.isupper() and not ch.islower())
        or unicodedata.category(ch).startswith("M") for ch in letters)


# The last syllables of Korean authorities' names (city, county, province, ministry, agency,
# office, association, group, company, party: "서울시", "경기도", "국방부", "기상청"), which
# close almost no person's name
_KOREAN_AUTHORITY_ENDINGS = frozenset("시군도부청처회단사당")


def _korean_name(word: str) -> bool:
    """A Korean name in Hangul: two to four syllables opening with a surname of the census, not
    closing as an authority's name does."""
    if not re.fullmatch(r"[\uac00-\ud7a3]{2,4}", word) or word[-1] in _KOREAN_AUTHORITY_ENDINGS:
        return False
    if len(word) == 4:
        return word[:2] in KOREAN_SURNAMES  # a double surname ("남궁민수")
    return word[0] in KOREAN_SURNAMES or word[:2] in KOREAN_SURNAMES


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isalpha() and not first.islower()


def strip_rank(name: str) -> str:
    """'Staff Sgt. Kyle Davis' → 'Kyle Davis' (military ranks and honorifics before a name)."""
    stripped = _RANK.sub("", name.strip()).strip()
    return stripped or name.strip()


def name_word(word: str) -> str | None:
    """What kind of word of a personal name this is: 'name', 'initial', 'particle', or None."""
    folded = fold(word).strip(",")
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
        return None  # lower case, or a script without capitals (read by `uncased_name`)
    if len(core) == 1 or re.fullmatch(r"(?:\w\.)+\w?", core) or \
            re.fullmatch(_DIGRAPH_INITIAL + r"\.", word.strip(",")):
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


# A Cyrillic name written with the father's initial glued to the given name by its full stop,
# as Mongolian papers sign a picture ("Гэрэл зургийг Р.Оюун", zms.mn) and Central Asian ones
# write an initial and a surname: one capital, its stop, a capitalised word of three letters or
# more; never a town's abbreviation ("Н.Новгород", "С.Петербург") (c16x)
_GLUED_CYRILLIC_INITIAL = lazy_pattern(r"(?-i:[А-ЯЁӨҮҚҒҢҰҺӘІ]\.[А-ЯЁӨҮҚҒҢҰҺӘІ]"
                                       r"[а-яёөүқғңұһәі]{2,})")
_TOWN_ENDINGS = ("город", "град", "бург", "поль")


def _person(text: str) -> str | None:
    """A person's name as published, ranks taken off; None unless it reads as one."""
    value = _clean(text)
    if value is None or _COLLECTION.search(value):  # "Cultura RF": a library's collection
        return None
    if _GLUED_CYRILLIC_INITIAL.fullmatch(value) and not value.endswith(_TOWN_ENDINGS):
        return value
    value = _unrepeated(value)
    if known_news_outlet(value):
        return None  # "Kyunghyang Shinmun, AFP": a paper the news outlets list names
    if uncased_name(value):
        # a title before the name is no part of it ("الزميل Name"); a marker is no name
        name = strip_rank(value)
        return None if fold(name) in MARKERS else name
    for candidate in (strip_rank(value), value):
        if _is_person_name(candidate):
            return candidate
    return None


def _club(value: str) -> bool:
    """A sports club's kind in dotted capitals, then a name no word of which the names data
    knows ("S.C. Internacional"; "A.C. Green" is a person)."""
    return bool(_CLUB_INITIALS.match(value)) and not any(
        is_surname(w) or is_given_name(w) for w in value.split()[1:])


# English number words, which open titles ("One Fab Day", "Five Thirty Eight") and no name
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "twelve", "twenty", "hundred", "thousand"})


def _vouched_person(name: str, *, surname_first: bool = True) -> bool:
    """Whether the names data vouches for a person's name read by its shape: it opens with a
    known given name or an initial ("J. Scott Applewhite"), ends with one (surname first), or is
    in a script the data does not cover (not Hebrew or Arabic, whose given names it holds).
    Where the shape of a credit alone cannot tell a person from an organisation ("Foto: Stadt
    Nordhausen"), only such a name is taken for a person."""
    first = name.split()[0]
    if _club(name):
        return False  # "S.C. Internacional": a club, however its initials read
    if fold(first) in _NUMBER_WORDS:
        return False  # "One Fab Day", "Nine Network": a number opens no person's name
    if _saint_place_opens(name.split()):
        return False  # "San Jose Spotlight": a place's outlet, though "San" is a given name
    if _RIGHT_TO_LEFT.search(name):  # "ערוץ הכנסת" (the Knesset's channel): the names data,
        # which holds Hebrew and Arabic given names, must know its first or last word
        return is_given_name(first) or is_given_name(name.split()[-1]) or (
            len(name.split()) >= 2 and is_hebrew_given_name(first))
    if uncased_name(name):
        return True
    if not re.search(r"[a-zA-Z\u00c0-\u024f]", first):
        # the names data covers the Latin script only ("Олег Смирнов"); but a word in capitals
        # in a name in mixed case, or a name of short words all in capitals, is an agency's or
        # an authority's acronym ("ГУ МВД России", "ВМС США"), no person's name
        return not _script_acronyms(name)
    last = name.split()[-1]
    if len(name.split()) >= 2 and is_country(last) and not is_surname(last) and \
            not is_given_name(last):
        return False  # "Violet Oon Singapore", "Visit Malta": a business or a board named
        # with its country, no person's name
    mixed = not name.isupper()  # in a name in mixed case an acronym is no given name ("SEO
    # Consultant", "Using AI"), though a surname may be in capitals ("Jean-Christophe MARMARA")
    if mixed and len(name.split()) == 2 and re.fullmatch(r"[^\W\d_]{2,3}", last) and \
            last.isupper():
        return False  # "Vlada KS": an authority's acronym or initials without their stops
    return bool(re.fullmatch(r"(?:" + _INITIAL_LETTER + r"\.-?){1,2}", first)) or \
        (is_given_name(first) and not (mixed and _acronym_word(first))) or \
        (surname_first and is_given_name(last) and not (mixed and _acronym_word(last))
         and not is_country(last) and not _saint_before(name.split())) or \
        _surname_vouches(name.split(), mixed)


# "Saint" shortened before a saint's given name names a place ("St. Moritz", "St. Gallen", "Ste.
# Foy", "Sankt Pölten"), as Swiss and Austrian credits name a town's event or body: the given
# name closing a credit after it vouches for no person read surname first (c18d)
_SAINT_ABBREVIATIONS = frozenset({"st.", "ste.", "sankt"})


def _saint_before(words: list[str]) -> bool:
    """Whether the word before a name's last is "St.", "Ste." or "Sankt" ("CSI St. Moritz")."""
    return len(words) >= 2 and fold(words[-2]) in _SAINT_ABBREVIATIONS


# A Spanish or Portuguese saint's title opening a place's name ("San José", "Santa Cruz", "São
# Paulo"): three words or more opened by it are a place's outlet ("San Jose Spotlight", "Santa
# Cruz Local"), never a person's name, though "San", "Santa" and the saint are given names (c19u)
_SAINT_TITLES = frozenset({"san", "santa", "santo", "são", "sao"})


def _saint_place_opens(words: list[str]) -> bool:
    """Whether a name of three words or more opens with a saint's title and a capitalised word
    ("San Jose Beez"; "Santa Montefiore" is a person's two)."""
    return len(words) >= 3 and fold(words[0]) in _SAINT_TITLES and words[0][:1].isupper() \
        and _capitalised(words[1])


def _surname_vouches(words: list[str], mixed: bool) -> bool:
    """A two-word name whose given name the names data lacks but whose surname it knows ("Vashti
    Singh", "ANISTO ALVES"): a person, unless the surname is a country's name ("Photocall
    Ireland") or a word of three letters or fewer, which is as often a brand's ("Funko Pop").
    Lower-case particles between the two words are the name's ("Gilvan de Souza", as Brazilian
    clubs credit their photographers: "Foto: Name de Souza/Flamengo"), where the first word is
    one of letters alone: an elided article opens a title ("L’info de la Vallée") (c18m)."""
    if len(words) > 2 and re.fullmatch(r"[^\W\d_]+", words[0]):
        words = [words[0], *(w for w in words[1:-1] if not (w.islower() and w in PARTICLES)),
                 words[-1]]
    last = words[-1].strip(".,")
    if len(words) == 3 and _surname_pair(words[1:], mixed):
        words = words[:2]  # "Torgrim Rath Olsen": a given name, then two surnames (c19n)
        last = words[-1]
    return len(words) == 2 and len(last) >= 4 and is_surname(last) and not is_country(last) \
        and not (mixed and _acronym_word(last))


def _surname_pair(words: list[str], mixed: bool) -> bool:
    """Two words after a given name the names data lacks, both surnames it knows, as Nordic
    names carry a middle name that is a family name ("Algot Lindau Rasmussen", "Torgrim Rath
    Olsen") and Iberian ones two family names: each capitalised, of letters alone, at least
    four long, no country's name and no acronym (c19n)."""
    return all(re.fullmatch(r"[^\W\d_]{4,}", w) and w[:1].isupper() and is_surname(w)
               and not is_country(w) and not (mixed and _acronym_word(w)) for w in words)


def _script_acronyms(name: str) -> bool:
    """Whether a name in a script the names data does not cover holds acronyms in capitals:
    a word of two to five capitals beside words in lower case ("ГУ МВД России"), or only
    words of two or three capitals ("ВМС США"). A name in that script written all in
    capitals with longer words ("ИВАН ПЕТРОВ") stays a name."""
    words = [w.strip(".,") for w in name.split()]
    capitals = [w for w in words if w.isalpha() and w.isupper() and 2 <= len(w) <= 5]
    if not name.isupper():
        return bool(capitals)
    return len(words) >= 2 and all(w.isalpha() and len(w) <= 3 for w in words)


def _acronym_word(word: str) -> bool:
    """A word, or the first part of a hyphenated one, in capitals of two letters or more with a
    vowel ("AI-Driven", "SEO"): an acronym, not the given name the names data may spell alike
    ("Ai", "Seo"); "AJ" and "TJ" stay initials."""
    head = word.split("-")[0]
    return len(head) >= 2 and head.isalpha() and head.isupper() and \
        any(ch in "AEIOUY" for ch in head)


def _plausible_person(name: str) -> bool:
    """A name the names data vouches for (`_vouched_person`) or that ends in a surname it knows
    ("Jäger R." read by `_initialled` too)."""
    words = name.split()
    return _vouched_person(name) or is_surname(words[-1]) or (
        len(words) == 2 and is_surname(words[0]) and len(words[1].strip(".")) == 1)


# A legal form in Cyrillic capitals, then a name in quotes opening with a capital or a digit
# ("ООО «Газпром добыча»", "КП “Харківблагоустрій”", "ТОО \"Астана\"").
_CYRILLIC_COMPANY = lazy_pattern(r"(?P<form>[\u0400-\u04ff]{2,5})\s+[«“„\"]"
                                 r"(?P<name>[^\W_][^«»“”„\"]*)[»”“\"]")


def _cyrillic_company(value: str) -> bool:
    """A company's or a public enterprise's name as Russian, Ukrainian and Central Asian
    credits write one: its legal form (`CYRILLIC_LEGAL_FORMS`) in capitals, then its name in
    quotes."""
    match = _CYRILLIC_COMPANY.fullmatch(value)
    if match is None:
        return False
    form, name = match.group("form", "name")
    return form.isupper() and fold(form) in CYRILLIC_LEGAL_FORMS and \
        (name[:1].isupper() or name[:1].isdigit())


def _legal_form_ending(words: list[str]) -> bool:
    """A company's name: it closes with a legal form ("Walt Disney Co.", "Volkswagen AG"), in
    capitals or after two words (a two-word "Ramon Co" may be a person's surname)."""
    last = words[-1].strip(".,")
    return len(words) >= 2 and fold(last).replace(".", "") in LEGAL_FORMS and (
        (last.isupper() and len(last.replace(".", "")) >= 2) or len(words) >= 3)


def _run_in(words: list[str]) -> bool:
    """Whether a name of three or more words may have the sentence before it run into it
    ("…rubble in the old quarter of Idlib Omar Haddad/Reuters"): its first word is no given
    name, surname, initial or particle the names data or the lexicon knows, and a later word
    is a given name it knows. Where the name starts cannot be told, so it is no name.
    A first word the regional lists know as a given name is no sentence's last word: "Picture
    by Yusof Mat Isa" is a Malaysian photographer's name, though only "Mat" and "Isa" are in
    the dictionary (`catalog.credits.given_names`)."""
    first = words[0]
    if is_given_name(first) or is_regional_given_name(first) or is_surname(first) or \
            name_word(first) != "name" or uncased_name(" ".join(words)):
        return False
    return any(name_word(word) == "name" and is_given_name(word) for word in words[1:-1])


def _glued_to_given_name(word: str) -> bool:
    """Whether a name's first word is a word of four letters or more that is no given name,
    hyphened to a given name ("Médialo-Ronald": an agency's or a site's name glued to the
    photographer's, as Quebec's regional pages credit them), never a double given name
    ("Jean-Pierre", "Abdul-Rahman") or a particle's ("Al-Amin")."""
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and "-" not in second and len(first) >= 4 and first.isalpha() and \
        first[:1].isupper() and is_given_name(second) and not is_given_name(first)


def _is_person_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 6 or fold(name) in OUTLETS or re.search(r",(?!\s*[JS]r\b)", name):
        return False
    if _article_titled(words):
        return False  # "La Hora", "EL MUNDO": a paper's title, no person's name
    if len(words) >= 3 and not name.isupper() and _trailing_acronym(words[-1]):
        return False  # "Jerónimo Aviles INAH": a name, then an institute's acronym
    if known_organisation(name):  # "Best Buy", "Live Nation": a company the gazetteer names
        return False
    if _legal_form_ending(words) or fold(name).endswith(ORG_ENDINGS):  # "Kenya Red Cross"
        return False
    if _red_cross(name):  # "Cruz Roja Finlandesa", "Deutsches Rotes Kreuz" (c18n)
        return False
    if len(words) >= 3 and _run_in(words):
        return False
    if _glued_to_given_name(words[0]):
        return False  # "Médialo-Ronald McGregor": an agency hyphened to the photographer's name
    kinds: list[str] = []
    for index, word in enumerate(words):
        folded = fold(word).strip(".,")
        if folded in NAME_SUFFIXES and index == len(words) - 1 and index >= 2:
            continue
        if (index or word[0].isupper()) and (re.fullmatch(_INITIAL_LETTER + r"\.", word) or (
                index < len(words) - 1 and len(word) == 1 and word.isupper())):
            # an initial: "Maria A. Lopez", "Lena A Park", and "A. Kasuku" (not the article)
            kinds.append("initial")
            continue
        if index == len(words) - 1 and folded in SENTENCE_ARTICLES and _capitalised(word):
            return False  # "Wilhelm Der": the article opening the caption's text, no surname
        if index < len(words) - 1 and re.search(r"'s?$", fold(word)):
            return False  # "Le Matin's Inès Duval": a possessive is not part of a name
        if index == len(words) - 1 and kinds[-1:] == ["initial"] and folded in MARKERS:
            kinds.append("name")  # "Dana K. Pool": after an initial, a surname
            continue
        if index == len(words) - 1 and kinds[-1:] == ["initial"] and \
                re.fullmatch(r"[^\W\d_]\.?", word) and word[0].isupper():
            kinds.append("initial")  # "Devadasan K P": initials closing the name (c20g)
            continue
        if 0 < index < len(words) - 1 and folded in NOT_NAME_WORDS and word[1:].islower() and \
                is_given_name(words[0]) and is_surname(word) and word[:1].isupper():
            kinds.append("name")  # "Peter Read Miller": a surname that is also a word
            continue
        if _given_name_and_org_surname(words):
            kinds.append("name")  # "CARL COURT": a family name that is an organisation's word
            continue
        if folded in NOT_NAME_WORDS or folded in ORG_WORDS or folded in MARKERS or \
                folded in PLACE_WORDS or _org_compound(folded) or \
                fold(word) in ORG_WORDS:  # "Universitätsklinikum Jena"; "Aj. de Vic", with its dot
            return False
        if folded in OUTLETS and not (folded in NAME_LIKE_OUTLETS and word[1:].islower()):
            return False
        if folded in TITLE_WORDS and index != len(words) - 1:
            return False
        kind = name_word(word)
        if kind is None:
            return False
        kinds.append(kind)
    # more than four capitalised words are a title or a headline ("Ipsos Poll Finds Most
    # Voters Undecided"), not a name ("José Luis Rodríguez Zapatero" has four)
    if kinds[-2:] == ["initial", "initial"]:
        # ... a given name, then two or three initials, as South Indian names are written and
        # the Gulf's and India's papers credit their photographers ("Devadasan K P/Gulf News",
        # "Pic: Sankar C G"): the initials of the father's name or the family's place (c20g)
        return kinds[0] == "name" and kinds.count("name") == 1 and len(kinds) <= 4
    return 1 <= kinds.count("name") <= 4 and len(kinds) - kinds.count("particle") >= 2 \
        and kinds[-1] not in ("particle", "initial")


def _given_name_and_org_surname(words: list[str]) -> bool:
    """Two words: a given name the names data knows, then a family name that is also an
    organisation's word (`SURNAME_ORG_WORDS`), each capitalised or both in capitals."""
    return len(words) == 2 and fold(words[1]) in SURNAME_ORG_WORDS and \
        is_given_name(words[0]) and fold(words[0]) not in ORG_WORDS and \
        all(_capitalised(w) for w in words)


def _trailing_acronym(word: str) -> bool:
    """A word of three or four capitals closing a name in mixed case that the names data knows
    as no surname or given name ("INAH", "SEP" after "Name Surname"): an institute's or an
    agency's acronym, as Mexican pages set it after the photographer's name without a slash
    ("Foto: Name INAH"); "Jean Paul ROY" keeps its surname in capitals (c15e)."""
    core = word.strip(".,")
    return 3 <= len(core) <= 4 and core.isalpha() and core.isupper() and \
        fold(core) not in NAME_SUFFIXES and not is_surname(core) and not is_given_name(core)


def _article_titled(words: list[str]) -> bool:
    """A name a Romance article opens ("La Hora", "EL MUNDO", "La Voz del Valle"), the word
    after which is no given name the names data knows (`ROMANCE_TITLE_ARTICLES`: "Le Minh"), or
    a Māori article ("Te Papa", "Te Whatu Ora"), no word after which is a given name or a surname
    the names data knows (`MAORI_TITLE_ARTICLES`: "Te Rina Walker" is a person's name)."""
    if len(words) < 2 or not _capitalised(words[0]):
        return False
    article = fold(words[0])
    if article in MAORI_TITLE_ARTICLES:
        return not any(is_given_name(word.strip(".,")) or is_surname(word.strip(".,"))
                       for word in words[1:])
    return article in ROMANCE_TITLE_ARTICLES and not is_given_name(words[1].strip(".,"))


# One or two initials in capitals glued to a capitalised surname ("V.Tan", "J.R.Okafor")
_GLUED_INITIALS = lazy_pattern(r"(?:[^\W\d_]\.){1,2}(?P<surname>[^\W\d_][^\W\d_'’-]+)")


def _initialled(text: str) -> str | None:
    """A name and an initial ("Jäger R.", "Alex T."), as agencies and stock libraries credit
    some photographers: read only beside the agency or library, where nothing else can be.
    The closing full stop is trimmed with the slot's punctuation ("Jäger R")."""
    value = _clean(text)
    words = value.split() if value else []
    glued = _GLUED_INITIALS.fullmatch(value or "")
    if glued and value and len(words) == 1:
        # ... or one or two initials glued to the surname, no space after their full stops
        # ("© UNHCR/V.Tan/January 2006", as UN agencies' picture libraries credit) (c16u)
        surname = glued.group("surname")
        initials = value[: -len(surname)].split(".")[:-1]
        cased = all(i.isupper() for i in initials) and surname[:1].isupper() and \
            surname[1:].islower()
        return value if cased and name_word(surname) == "name" and not known_company(value) and \
            not _credit_word(fold(surname)) else None
    if len(words) != 2 or not re.fullmatch(r"[^\W\d_]\.?", words[1]) or not words[1].isupper():
        return None
    if _credit_word(fold(words[0])) or name_word(words[0]) != "name":
        return None
    return " ".join(words)


def _glued_initials(value: str) -> bool:
    """Whether a word is one or two initials in capitals glued by their full stops to a word in
    mixed case, no organisation's word ("A.Fischer", "J.R.Okafor"; not "U.S.Army"): a name
    written short, never an outlet's alone, whether or not the names data knows it (c18d)."""
    glued = _GLUED_INITIALS.fullmatch(value)
    if not glued:
        return False
    surname = glued.group("surname")
    initials = value[: -len(surname)].split(".")[:-1]
    return all(i.isupper() for i in initials) and surname[:1].isupper() and \
        surname[1:].islower() and not _credit_word(fold(surname)) and not known_company(value)


def _credit_word(folded: str) -> bool:
    """Whether a folded word is the credit grammar's own vocabulary (an outlet, a marker, an
    organisation's or a title's word, a word no name has): never a lone name."""
    return folded in NOT_NAME_WORDS or folded in ORG_WORDS or folded in MARKERS or \
        folded in OUTLETS or folded in TITLE_WORDS


_ABBREVIATED_SUFFIXES = NAME_SUFFIXES & ABBREVIATIONS  # "jr", "sr": written with a full stop


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def people(text: str) -> str | None:
    """One or more people ('Jane Doe and John Smith' → 'Jane Doe; John Smith')."""
    value = _clean(text)
    if value is None:
        return None
    names = _people(value)
    if names is None or not collapse(text).rstrip().endswith("."):
        return names
    # the full stop that closes an abbreviated last word belongs to the name as published
    # ("Lauro Montellano, Jr.", "Foto: T. S./Klix.ba"), not to the sentence
    last = names.rsplit(" ", 1)[-1]
    stopped = fold(last) in _ABBREVIATED_SUFFIXES or (len(last) == 1 and last.isupper())
    return f"{names}." if stopped and value.endswith(last) else names


# A name, a comma and one word closing it ("Name, पुणे")
_PLACE_AFTER_NAME = lazy_pattern(r"(?P<name>[^,،;]+?)\s*[,،]\s*(?P<place>[^\s,،;/]+)")


def _people(value: str) -> str | None:
    han = _han_names(value, least=3)
    if han:
        return han  # "王湧 汪昊 胡蝶飞": three Chinese names, no one name of three parts
    parts = [p for p in _PEOPLE_SEPARATOR.split(value) if p.strip()]
    place = _PLACE_AFTER_NAME.fullmatch(value)
    if place and uncased_name(place.group("name")) and len(place.group("name").split()) >= 2 \
            and uncased_name(place.group("place")):
        # "चंद्रकांत पालकर, पुणे" (Name, Pune): in a script without capitals one word after a
        # person's full name and a comma is the bureau's town, as "Name / اصفهان" is; no
        # photographer is credited by a given name alone (c16h)
        return _person(place.group("name"))
    if len(parts) <= 1:
        return _romance_pair(value) or _person(value)
    names = [_person(part) for part in parts]
    if len(set(names)) < len(names):
        # one word twice ("عکس ها: فارس و فارس", photos: Fars and Fars) names each picture's
        # source, never several people (c15f)
        return None
    # a comma may instead close a place or the subject ("…, Buenos Aires, Jane Doe/AFP"): each
    # name of a list with a comma must open with a given name the names data knows
    if all(names) and (not re.search("[,،]", value) or all(_vouched_person(n, surname_first=False)
                                               for n in names if n)):
        return "; ".join(n for n in names if n)
    return _person(value)


def _romance_pair(value: str) -> str | None:
    """Two people joined by a Romance "and" ("Ana Ruiz y Pedro Gil" → "Ana Ruiz; Pedro Gil"):
    each side a name of two words or more opening with a given name the names data knows; else
    None, and the "y" or "e" stays a particle of one name ("José Ortega y Gasset")."""
    parts = _ROMANCE_AND.split(value)
    if len(parts) != 2 or any(len(p.split()) < 2 for p in parts):
        return None
    names = [_person(p) for p in parts]
    if all(n and _vouched_person(n, surname_first=False) for n in names):
        return "; ".join(n for n in names if n)
    return None


_LONG_ORG_WORDS = tuple(sorted(w for w in ORG_WORDS if len(w) >= 6 and w.isalpha()))


def _org_compound(word: str) -> bool:
    """A compound ending in an organisation word ("Kantonspolizei", "Bundesfinanzministerium"),
    or a German office's ("Bundesamt", "Landesamt", "Jugendamt"; "insgesamt" is no office)."""
    if not word.isalpha():
        return False
    if len(word) >= 8 and word.endswith("amt") and not word.endswith("gesamt"):
        return True
    if len(word) >= 10 and word.startswith(ORG_OPENING_STEMS):
        return True  # "Polizeiinspektion", "Polizeirevier": a body, whatever the compound's end
    return len(word) >= 9 and word.endswith((*_LONG_ORG_WORDS, *PAPER_ENDINGS)) and \
        word not in ORG_WORDS


# A civil honorific opening a name ("Dr Name Surname", "Mrs. Name Surname"), capitalised: only a
# person's name follows it, so it vouches for a name the names data lacks (c20i)
_HONORIFIC = lazy_pattern(r"(?-i:Dr|Mr|Mrs|Ms|Prof)\.?\s+")


def _vouched_people(text: str) -> str | None:
    """People whose names the names data vouches for (`_vouched_person`), else None; or one
    person of two or three words after a civil honorific ("Photo: Dr Jahanzeb Effendi", as
    Pakistani and Indian blogs credit a contributing doctor), the honorific taken off."""
    names = people(text)
    if names and all(_vouched_person(n) for n in names.split("; ")):
        return names
    value = _clean(text)
    honorific = _HONORIFIC.match(value) if value else None
    if names and honorific and value and "; " not in names and 2 <= len(names.split()) <= 3 \
            and names == value[honorific.end():] and not organisation(names):
        return names
    return None


# English prepositions and conjunctions, which open no organisation's or outlet's name
_NOT_NAME_OPENERS = frozenset({"in", "on", "at", "for", "of", "and", "to", "with",
                               # ... and the Nordic "from", "out of", "on", "to" ("Foto: Bild
                               # Från Polisen": a picture from the police) (c19n)
                               "från", "fra", "frå", "frá", "ur", "úr", "på", "til", "till"})


def _function_word_edge(words: list[str]) -> bool:
    """A name opening with a preposition or closing with a lower-case function word ("In the
    Media", "Contact Customer Service at"): a heading or a sentence, no outlet's name."""
    return bool(words) and (fold(words[0]) in _NOT_NAME_OPENERS or (
        # ... or with a Hebrew function word, which no name holds ("מתוך", from within) (c16w)
        bool(_RIGHT_TO_LEFT.search(words[0])) and fold(words[0]) in NOT_NAME_WORDS) or (
        len(words) > 1 and fold(words[-1]) in ORG_FUNCTION_WORDS and words[-1][:1].islower()))


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def organisation(text: str) -> str | None:
    """A known outlet, or a name holding an organisation word ('Israeli Defense Forces')."""
    value = _clean(text)
    if value is None:
        return None
    folded = fold(value)
    if folded in OUTLETS or folded.removeprefix("the ") in OUTLETS or known_organisation(value):
        return value
    if _NOT_ONE_NAME.search(value):
        return None  # "03:07 Min", "Bild: Name": a time or a lead-in, no organisation's name
    if folded in MARKERS:
        return None  # "Family Handout/PA": credit vocabulary naming no one, however written
    if _given_name_and_org_surname(value.split()):
        return None  # "CARL COURT": a person whose family name is an organisation's word
    if folded in _GENERIC_ORG_WORDS:
        return None  # "Home / News / Sports": a site's section, no organisation's name
    if _function_word_edge(value.split()):
        return None
    if _club(value):
        return value  # "S.C. Internacional": a club's initials, then its name
    if _cyrillic_company(value):
        return value  # "КП “Харківблагоустрій”": a legal form, then the name in quotes
    for before in (value.split(",")[0], re.split(r"\s[-–—]\s", value)[0]):
        if before != value and (person := _person(before)) and _vouched_person(person):
            return None  # "Thea Traff, The New York Times", "Name - Archiv": a person, then
            # her outlet or an archive
    if _rtl_name_before_body(value.split()):
        return None  # "ראובן כהן דוברות עיריית חיפה": a photographer, then the body's name
    pieces = [trim(piece) for piece in value.split(",")]
    if len(pieces) > 1 and all(known_by_name(piece) for piece in pieces):
        return None  # "Example Shimbun, Reuters": two outlets known by name, not one
    words = value.split()
    if len(words) > 8:
        return None
    for i, word in enumerate(words[1:-1], 1):  # "Name for Sports Illustrated": a credit to a
        after = " ".join(words[i + 1:])  # person for an outlet, not one name ("Institute for
        if fold(word) in _LINK_WORDS and word.islower() and \
                not any(_org_word(w) for w in words[:i]) and \
                (known_by_name(after) or organisation(after)):  # Advanced Study" is one)
            return None
    if sum(_capitalised(w) for w in words if fold(w).strip(".,") not in MARKERS) == 0:
        return None  # an archive word alone names nobody ("Foto: Archiv", "Archivo particular")
    if _verb_before_place(words):
        return None  # "Soldiers patrol in Kabul": a description, its verb an organisation's word
    # a name opening with a number is no person's ("20th Century Fox", "3M Company")
    has_org_word = folded.endswith(ORG_ENDINGS) or _legal_form_ending(words) or \
        _red_cross(value) or (len(words) >= 2 and words[0][:1].isdigit()
                              and _capitalised(words[-1]))
    # a Lithuanian body's name: capitalised first word, the body's word in the genitive last,
    # the words between in lower case ("Biržų rajono savivaldybės") (c18g)
    lithuanian_body = len(words) >= 2 and fold(words[-1]).strip(".,") in LITHUANIAN_BODY_WORDS \
        and _capitalised(words[0])
    for before, word in zip(["", *words[:-1]], words, strict=True):
        core = fold(word).strip(".,")
        if fold(before).strip(".,") in _COMPANY_FORMS and core not in _COMPANY_FORMS and \
                core not in LEGAL_FORMS and word != "&":
            return None  # a legal form closes a company's name: "Acme LLC Profile Image"
        if _places_a_description(before, word):
            return None  # "Die Corona-Intensivstation im Dresdner Klinikum": a description
        if _org_word(word) or \
                any(piece in ORG_WORDS or piece in PAPER_ENDINGS  # "Caller-Times",
                    for piece in core.split("-")[1:]):  # "Kaarina-Lehti"
            has_org_word = True
        elif has_org_word and word is words[-1] and word.isalpha() and word.islower() and \
                _capitalised(words[-2]) and core not in _LINK_WORDS:
            continue  # an adjective closing the organisation's name: "Gouvernement tchèque"
        elif lithuanian_body and word.isalpha() and word.islower():
            continue  # "Lietuvos nacionalinio muziejaus": lower case before the body's word
        elif has_org_word and word.isalpha() and word.islower() and _CYRILLIC.match(word):
            continue  # Russian capitalises an organisation's first word alone ("Агентство
            # городских новостей", "Министерство иностранных дел")
        elif not (_capitalised(word) or word[:1].isdigit() or core in ORG_FUNCTION_WORDS
                  or word in {"&", "-"} or _mission_to(words, word)):
            return None
    return value if has_org_word and (_capitalised(words[0]) or words[0][:1].isdigit()
                                      or fold(words[0]) == "the"
                                      # "пресс-служба мэрии Оша": the press office, in lower case
                                      or fold(words[0]) in PRESS_OFFICE_WORDS) else None


def _mission_to(words: list[str], word: str) -> bool:
    """Whether `word` is "to" after a diplomatic mission's word and before a capitalised name,
    "the" allowed between ("Embassy of Japan to Sri Lanka", "Permanent Mission of Pakistan to
    the UN"): the country or body the mission is accredited to is part of its name."""
    if word != "to":
        return False
    index = words.index("to")
    after = [w for w in words[index + 1:index + 3] if fold(w) != "the"]
    return any(fold(w).strip(".,") in DIPLOMATIC_MISSION_WORDS for w in words[:index]) and \
        bool(after) and _capitalised(after[0])


# A sports club's kind in dotted capitals before its name, as Brazilian, Spanish and Italian
# clubs write it ("S.C. Internacional", "E.C. Bahia", "C.R. Flamengo"): with no word after it the
# names data knows, an organisation ("A.C. Green", "S.E. Hinton" are people).
_CLUB_INITIALS = lazy_pattern(r"(?:[SEFAC]\.C\.|C\.[RAFDS]\.|S\.[ESV]\.|[RU]\.C\.|U\.D\.|A\.S\.|"
                              r"A\.F\.C\.|R\.C\.D\.)\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?$")

# A Thai organisation's name: one of `THAI_ORGANISATION_OPENINGS` and more Thai letters.
_THAI_ORGANISATION = lazy_pattern("(?:" + "|".join(THAI_ORGANISATION_OPENINGS) +
                                  r")[\u0e00-\u0e7f]")
# A word in the Cyrillic script.
_CYRILLIC = lazy_pattern(r"[\u0400-\u04ff]")
# Organisation words that alone name no organisation but a site's section or a kind of picture.
_GENERIC_ORG_WORDS = frozenset({"news", "media", "press", "images", "photos", "pictures", "медиа",
                                "медіа", "медыя"})

# Words that link a credit's parts ("Name via Agency", "Name for Outlet"): never the adjective
# closing an organisation's name.
_LINK_WORDS = frozenset({"via", "vía", *FOR_WORDS})

# Legal forms that only ever close a company's name (words after one are no part of it).
_COMPANY_FORMS = frozenset({"llc", "llp", "inc", "ltd", "gmbh", "plc", "corp", "pty", "ltda"})

# Prepositions of place inside an organisation's name follow an organisation's word ("Museum
# im Zwinger"); after any other word they place a description ("… im Dresdner Klinikum").
_PLACE_PREPOSITIONS = frozenset({"in", "im", "am", "at", "on"})


def _places_a_description(before: str, word: str) -> bool:
    """Whether `word` is a preposition of place after a word that is no organisation's."""
    # "im." with its full stop is Polish "imienia" (named after: "Liceum … im. Jana Kowala"), no
    # German "im" (c18n)
    return fold(word).strip(".,") in _PLACE_PREPOSITIONS and word.islower() and \
        word != "im." and not _org_word(before)


def _verb_before_place(words: list[str]) -> bool:
    """Whether an organisation's word in lower case is followed by a preposition of place: a
    description's verb ("Soldiers patrol in Kabul", "Members of the National Guard patrol in
    Minneapolis", "Troops advance on Kherson" before "/ Reuters"), no organisation's name."""
    return any(words[i + 1] in _PLACE_PREPOSITIONS and words[i].islower() and _org_word(words[i])
               for i in range(1, len(words) - 1))


def _red_cross(name: str) -> bool:
    """Whether a name holds the Red Cross's or the Red Crescent's name in one of the languages
    of `RED_CROSS_NAMES` ("Cruz Roja Española", "Croix-Rouge française")."""
    spaced = f" {' '.join(fold(name).split())} "
    return any(f" {phrase} " in spaced for phrase in RED_CROSS_NAMES)


def _org_word(word: str) -> bool:
    core = fold(word).strip(".,")
    return core in ORG_WORDS or core.rstrip("s'") in ORG_WORDS or _org_compound(core) or \
        unaccented(core) in _UNACCENTED_ORG_WORDS or \
        fold(word) in ORG_WORDS  # "LA NACION", "EL DIARIO", "MUSEE"; "Aj." with its dot alone


# Organisation words as papers' titles in capitals write them, without accents ("NACION").
_UNACCENTED_ORG_WORDS = frozenset(unaccented(word) for word in ORG_WORDS) - ORG_WORDS


def _brand(text: str) -> str | None:
    """One word written as brands are and names are not: "iFixit", "HandyGames", "SpaceX"
    (a capital after the first letter that no name prefix explains: not "McDonald")."""
    value = trim(text)
    if " " in value or not value.isalpha() or value.isupper() or \
            re.match(r"(?:Mc|Mac|O'|De|Di|Da|La|Le|Van|Von)[A-Z]", value):
        return None
    return value if re.search(r"[a-z][A-Z]", value) else None


def _acronym_led(text: str) -> str | None:
    """An organisation's name led by an acronym in capitals ('FKP Scorpio'), which a person's
    name is not unless it is all in capitals."""
    value = trim(text)
    words = value.split()
    if not 2 <= len(words) <= 5 or value.isupper():
        return None
    if not (acronym(words[0]) and all(_capitalised(w) for w in words[1:])):
        return None
    return None if uncased_name(" ".join(words[1:])) else value  # "연합뉴스 홍길동": an
    # agency and its photographer, no one name


def acronym(text: str) -> str | None:
    """An agency written as an acronym in capitals ('KCNA', 'WAFA')."""
    value = trim(text)
    if known_outlet(value):
        return value
    if _HEBREW_ACRONYM.fullmatch(value):
        return value  # 'קצא"א', "מד״א": Hebrew writes an acronym with gershayim before its
        # last letter, which no person's name has (c16w)
    return value if re.fullmatch(r"[^\W\d_][^\W\d_&\-]{1,7}", value) and value.isupper() and \
        fold(value) not in NOT_NAME_WORDS else None


# A Hebrew acronym: letters, then gershayim (the sign, a double quote or two apostrophes) before
# the last letter ('צה"ל', "קצא''א", "מד״א"); not a title ('ד"ר', 'עו"ד', 'רס"ן': a rank or a
# title before a name, never an agency)
_HEBREW_ACRONYM = lazy_pattern(r"(?!(?:ד|עו|רו|רס|סא|תא|רנ|סמ|רב|אל)(?:\"|\u05f4|'')[רדחןלמ]$)"
                               r"[\u05d0-\u05ea]{1,5}(?:\"|\u05f4|'')[\u05d0-\u05ea]")


@lru_cache(maxsize=8192)  # slots are read again from each candidate start
def outlet_label(text: str) -> str | None:
    """An outlet's name beyond the lexicon, as credits write one beside a person: one to six
    capitalised words ('Politico', 'The Daily Example'), not itself a person or a title."""
    value = _clean(text)
    if value is None or not any(ch.isalpha() for ch in value):  # "15.01.2022"
        return None
    if _NOT_ONE_NAME.search(value) or "/" in value:
        return None  # "Foto: Zvg", "Name/Agency": a lead-in or a chain, never one outlet
    if _KOREAN_REPORTER_END.search(value):
        return None  # "김진수 기자" (reporter Name): a person signed with a title, no outlet
    if organisation(value) or DOMAIN.fullmatch(value):  # "picturedesk.com"
        return value
    words = value.split()
    titled = len(words) >= 2 and fold(words[0]) in TITLE_ARTICLES and _capitalised(words[0])
    if titled and len(words) == 2 and is_surname(words[0]) and is_given_name(words[1]):
        return None  # "Le Minh": an article that is also a surname (Lê), then a given name
    if not 1 <= len(words) <= 6 or fold(value) in MARKERS or fold(value) in LONE_MARKERS or (
            not titled and _person(value) and _vouched_person(value)):
        return None
    if _function_word_edge(words):
        return None
    for before, word in zip(["", *words[:-1]], words, strict=True):
        folded = fold(word).strip(".,")
        if _places_a_description(before, word):
            return None  # "Car for Hire in the USA": a title placing something, no outlet
        if folded in ORG_FUNCTION_WORDS and word[:1].islower():
            continue
        if folded in TITLE_WORDS or (folded in NOT_NAME_WORDS and
                                     folded not in ORG_FUNCTION_WORDS):
            return None
        if not (_capitalised(word) or word[:1].isdigit()):
            return None
    return value


def is_marker(text: str) -> bool:
    return fold(trim(text)) in MARKERS


# ==== the slot readers ==========================================================================

# Slot readers: what a slot's text yields as (photographer, outlet), or None to refuse it.
SlotYield = tuple[str | None, str | None]


def _slot_people(text: str) -> SlotYield | None:
    name = people(text)
    return (name, None) if name else None


def _slot_plausible(text: str) -> SlotYield | None:
    """People where the shape says little (after one word beyond the lexicon, "SEMAFOR/Jane
    Doe"): the names data must vouch for each or know their surname ("ANP/Hollandse Hoogte"
    names a second agency)."""
    names = people(text)
    return (names, None) if names and all(_plausible_person(n) for n in names.split("; ")) \
        else None


def _slot_vouched(text: str) -> SlotYield | None:
    """People where nothing else in the credit says they are people: the names data must."""
    name = _vouched_people(text)
    return (name, None) if name else None


def _slot_named_pair(text: str) -> SlotYield | None:
    """Two to four people set apart by slashes after a photo lead-in ("Fotos: Ana Ruiz / Pedro
    Gómez"): each must open with a given name the names data knows, as a slash there may as
    well close a name with its outlet ("Name / Novaya Gazeta" in a script the data lacks)."""
    parts = [trim(part) for part in text.split("/")]
    if not 2 <= len(parts) <= 4:
        return None
    names = [_person(part) for part in parts if part]
    if len(names) != len(parts) or not all(
            name and is_given_name(name.split()[0]) and len(name.split()) >= 2 for name in names):
        return None
    return "; ".join(n for n in names if n), None


def _slot_source(text: str) -> SlotYield | None:
    """Who holds the rights before a photographer's name ("© Österreich Werbung / Name"):
    an organisation or capitalised words the names data does not take for a person."""
    value = _clean(text)
    if value is None or _vouched_people(value) or is_marker(value):
        return None
    outlet = organisation(value) or acronym(value) or outlet_label(value) or (
        value if 1 <= len(value.split()) <= 5 and all(_capitalised(w) or
                                                      fold(w) in ORG_FUNCTION_WORDS
                                                      for w in value.split()) else None)
    return (None, outlet) if outlet else None


def _slot_provided(text: str) -> SlotYield | None:
    """Who provided a picture, before Korean "제공" ("provided by"): a source as `_slot_source`
    reads one, or a word in a script without capitals (a county office, "인제군")."""
    value = _clean(text)
    if value is not None and value.startswith("사진 "):
        value = value[3:]  # "[사진 청와대 제공]": the word "photo" opens the credit (c15k)
    if value is not None and is_marker(value):
        return None, None  # "사진/독자 제공": a reader handed it in, nobody named (c18j)
    if value is not None and len(value.split()) == 1 and uncased_name(value):
        return None, value
    return _slot_source(value or text)


def _slot_outlet(text: str) -> SlotYield | None:
    outlet = organisation(text)
    return (None, outlet) if outlet else None


def _slot_house(text: str) -> SlotYield | None:
    """Whose photo ('U.S. Army photo by', 'AP Photo/'): an outlet, an acronym in capitals
    ('KCNA PHOTO'), or a marker that names nobody ('Staff photo by', 'File Photo'). A comma
    parts a credit's pieces ("Name, Sputnik, Kremlin Pool Photo via AP"): no house holds one."""
    if "," in text:
        return None
    if is_marker(text) or fold(trim(text)) in LONE_MARKERS:  # "PR Image"
        return (None, None)
    outlet = organisation(text) or acronym(text)
    return (None, outlet) if outlet else None


def _slot_photo_house(text: str) -> SlotYield | None:
    """Whose photo, before the photo noun ("U.S. Army photo by", "AP Photo/"): a house as
    `_slot_house` reads one, or a company the gazetteer names ("Boeing photograph by Name",
    "Sony photo", as trade papers credit a maker's handout pictures) (c16t), or a house's own
    short name of `PHOTO_HOUSE_NAMES` ("AN Photo", "Petra photo") (c20g)."""
    house = _slot_house(text)
    if house is not None or "," in text:
        return house
    value = trim(text)
    if value in PHOTO_HOUSE_NAMES:  # "(AN Photo)", "(Petra photo)": a house's own short name,
        return (None, value)  # a common word or a given name anywhere else (c20g)
    return (None, value) if known_lone_company(value) or known_organisation(value) else None


# Where a picture stands on the page, in capitals before "PHOTO:" ("MAIN PHOTO:", "COVER PHOTO:")
_PICTURE_PLACES = frozenset({"main", "lead", "cover", "hero", "header", "feature", "featured",
                             "bottom", "middle", "centre", "center"})


def _slot_acronym_house(text: str) -> SlotYield | None:
    """Whose photo, before "Photo:": an agency known by name or an acronym in capitals of up to
    four letters ("ST PHOTO:", "KT PHOTO:"), never a marker or a common word ("File photo:",
    "Family photo:", "MAIN PHOTO:")."""
    value = trim(text)
    if known_by_name(value):
        return (None, value)
    if " " in value or len(value) > 4 or is_marker(value) or \
            fold(value) in NOT_NAME_WORDS | _PICTURE_PLACES:
        return None
    outlet = acronym(value)
    return (None, outlet) if outlet else None


def _slot_mixed_vouched(text: str) -> SlotYield | None:
    """A person the names data vouches for, written in mixed case: before an acronym in
    capitals a name in capitals may end in its surname ("JUAN PÉREZ GIL")."""
    return None if trim(text).isupper() else _slot_vouched(text)


def _rtl_name_before_body(words: list[str]) -> int:
    """How many words a Hebrew or Arabic person's name opening `words` has (two or three) when
    a body's name follows it without a comma, as Haifa's local papers credit the municipality's
    photographer ("ראובן כהן דוברות עיריית חיפה", Name, the municipality's spokesperson's office)
    (c16w); else 0. The name's words are no organisation's, the body's opens with one."""
    if not words or not _RIGHT_TO_LEFT.search(words[0]):
        return 0
    for size in (2, 3):
        name = " ".join(words[:size])
        if len(words) > size and _org_word(words[size]) and \
                not any(_org_word(w) for w in words[:size]) and uncased_name(name) and \
                _vouched_person(name):
            return size
    return 0


def _slot_rtl_name(text: str) -> SlotYield | None:
    """A Hebrew or Arabic person's name of two or three words the names data vouches for."""
    value = trim(text)
    words = value.split()
    return (value, None) if 2 <= len(words) <= 3 and _RIGHT_TO_LEFT.search(value) and \
        uncased_name(value) and not any(_org_word(w) for w in words) and \
        _vouched_person(value) else None


def _slot_rtl_body(text: str) -> SlotYield | None:
    """A body's name in Hebrew or Arabic opening with an organisation's word ("דוברות עיריית
    חיפה")."""
    value = trim(text)
    words = value.split()
    return (None, value) if words and _RIGHT_TO_LEFT.search(value) and _org_word(words[0]) and \
        organisation(value) else None


def _slot_trailing_acronym(text: str) -> SlotYield | None:
    """An institute's or agency's acronym closing a credit after a name (`_trailing_acronym`)."""
    value = trim(text)
    return (None, value) if _trailing_acronym(value) and acronym(value) else None


def _slot_article_title(text: str) -> SlotYield | None:
    """A paper's title a Romance article opens (`_article_titled`: "La Hora"), as an outlet."""
    value = trim(text)
    words = value.split()
    outlet = outlet_label(value) if _article_titled(words) and len(words) <= 5 else None
    return (None, outlet) if outlet else None


def _slot_only_marker(text: str) -> SlotYield | None:
    """Credit vocabulary naming no one after a slash ("Archivo", "Captura de pantalla")."""
    return (None, None) if is_marker(text) else None


def _slot_label(text: str) -> SlotYield | None:
    outlet = outlet_label(text)
    return (None, outlet) if outlet else None


def _slot_affiliation(text: str) -> SlotYield | None:
    """An outlet after a person's name and a comma or bar ("Photo by Jane Doe, Politico"):
    one capitalised word there may as well be a place ("Photo: Jane Doe, Kyiv"), so it must
    be an outlet the lexicon knows, an organisation, an acronym, a brand or a web address."""
    value = _STAFF_SUFFIX.sub("", trim(text))
    if " " not in value and not (known_outlet(value) or organisation(value) or acronym(value)
                                 or _brand(value) or DOMAIN.fullmatch(value)):
        return None
    if _ARCHIVE_OPENING.match(value):
        return None  # "Name, ARCHIVES LA PRESSE": whose archives, read by its own form
    place = _PLACE_AFTER_NAME.fullmatch(value)
    if place and uncased_name(place.group("place")) and \
            len(words := place.group("name").split()) >= 2 and \
            any(fold(word) in ORG_WORDS for word in words):
        # "Name, जय फोटो स्टुडिओ, अमरावती": in a script without capitals one word after a studio's
        # or a paper's name and a comma is its town, as after a person's (c16h)
        value = place.group("name")
    return _slot_label(value)


def _slot_address(text: str) -> SlotYield | None:
    """A web address naming a source ("president.gov.ua", "Example.com")."""
    value = trim(text)
    return (None, value) if DOMAIN.fullmatch(value.removeprefix("www.")) else None


def _slot_word(text: str) -> SlotYield | None:
    """One capitalised word standing for an outlet beyond the lexicon ('POLITICO/Jane Doe')."""
    value = trim(text)
    if " " in value or is_marker(value):
        return None
    if not (value.isupper() or known_outlet(value) or organisation(value) or _brand(value)
            or DOMAIN.fullmatch(value)):
        return None  # "Havana, Cuba/Jane Doe": a capitalised word may be a place
    if _brand(value) and not value[:1].isupper():
        return (None, value)  # "iRunFar/Jane Doe": a brand's lower-case start is no label's
    return _slot_label(value)


# Two or three capitals with full stops between them, the last one's optional ("D. S.", "M.C").
_INITIALS = r"(?:" + _INITIAL_LETTER + r"\.\s?){1,2}" + _INITIAL_LETTER + r"\.?"


def _initials(text: str) -> str | None:
    """`text` trimmed when it is a person's initials in capitals (`_INITIALS`), else None."""
    value = trim(text)
    if not re.fullmatch(_INITIALS, value) or not _capital_initials(value):
        return None
    return value


def _slot_initials(text: str) -> SlotYield | None:
    """A photographer's initials, two or three capitals each with its full stop ("D. S.",
    "I. Š."), as papers credit their staff beside their own name."""
    value = _initials(text)
    if value is None:
        return None
    return (value if value.endswith(".") else value + ".", None)  # trimmed of its last stop


def _slot_staff_initials(text: str) -> SlotYield | None:
    """A staff photographer signing by initials alone after a photo lead-in, as Vietnamese papers
    sign their pictures ("Ảnh: M.C", "Ảnh: T.L."): read as published, never a word ("Ảnh: AP")."""
    value = _initials(text)
    return (value, None) if value else None


def _slot_provider(text: str) -> SlotYield | None:
    """Who handed a photo out: an organisation, never a person."""
    if _person(text):
        return None
    return _slot_label(text)


def _slot_names(text: str, *, plausible: bool = False) -> SlotYield | None:
    """After an agency: people, markers and other agencies ('Amir Cohen/File Photo'); with
    `plausible`, only people the names data vouches for or whose surname it knows."""
    names: list[str] = []
    for part in _PARTS.split(trim(text)):
        if not part or is_marker(part) or organisation(part) or _house_photo(part):
            continue  # "picture alliance/SZ Photo|Name": a partner agency's, not a name
        name = people(part) or _initialled(part)
        if name and plausible and not all(_plausible_person(n) for n in name.split("; ")):
            return None
        if name is None and outlet_label(part) is None:
            if re.fullmatch(r"[\w.@-]+", part) and not part[:1].isupper():
                continue  # a contributor's handle ("golubovy"): no name, but no doubt either
            return None  # something we cannot read: not a credit we trust
        if name:
            names.append(name)
    return ("; ".join(names) if names else None, None)


def _house_photo(text: str) -> str | None:
    """An acronym in capitals with "Photo" after it, an agency's house style ("SZ Photo")."""
    house = _PHOTO_SUFFIX.sub("", trim(text))
    return acronym(house) if house != trim(text) else None


def _slot_plausible_names(text: str) -> SlotYield | None:
    """After an organisation known only by its words ("Team Kestrel/Brisk Mantle"): a second
    company is as likely there as a person, so the names data must vouch for each name or
    know its surname."""
    return _slot_names(text, plausible=True)


def known_by_name(value: str) -> bool:
    """An outlet the lexicon or the authority knows by name, or a newspaper or news site of two
    words or more the news outlets list names (`known_news_outlet`)."""
    return fold(value) in OUTLETS or known_outlet(value) is not None or known_news_outlet(value)


def _slot_known_agency(text: str) -> SlotYield | None:
    """An agency the lexicon or the authority knows by name."""
    value = trim(text)
    return (None, value) if known_by_name(value) else None


def _slot_korean_press(text: str) -> SlotYield | None:
    """A Korean paper, agency or broadcaster by its name: one the authority knows, or one word
    ending or opening as Korean press names do ("경인일보", "뉴스웨이": `KOREAN_PRESS_SUFFIXES`,
    `KOREAN_PRESS_PREFIXES`) (c18j)."""
    value = trim(text)
    if known_by_name(value) or known_outlet(value):
        return None, value
    if _HANGUL.search(value) and (
            any(value.endswith(s) and len(value) > len(s) for s in KOREAN_PRESS_SUFFIXES) or
            any(value.startswith(p) and len(value) > len(p) for p in KOREAN_PRESS_PREFIXES)):
        return None, value
    return None


# An archive word opening or closing an outlet's name in a chain ("Irish Examiner Archive",
# "Archives La Presse"): the outlet's own archive
_ARCHIVE_EDGE = lazy_pattern(r"(?:archives?|archiv|archivo|arquivo|archivio)\s+(?P<after>.+)|"
                             r"(?P<before>.+?)\s+(?:archives?|archiv|archivo|arquivo|archivio)",
                             FLAGS)


# What kind of outlet a chain's link is, in lower case after its name ("Name / Avotakka
# magazine"): no part of the name, which a title's capital would make it ("Time Magazine")
_KIND_NOUN = lazy_pattern(r"(?<=\S)\s+(?-i:magazine|newspaper|website|blog)$", FLAGS)


# Where a capitalised word runs into the word before it ("ImagesMaria", "AFPJohn"): a page that
# set the credit and the next caption on lines of their own, the line break lost (c15t)
_RUN_ON_CAPITAL = lazy_pattern(r"(?<=[a-zß-ÿ])(?=[A-Z][a-zß-ÿ])|(?<=[A-Z]{2})(?=[A-Z][a-zß-ÿ])")


def _without_run_on(part: str) -> str:
    """A known outlet with the next caption's first words run into it ("Getty ImagesMaria
    Pellegrinelli", the people the next picture shows): the outlet alone. An outlet the
    authority knows as one word in mixed case ("LaPresse", "AsiaNews") stays whole."""
    if known_outlet(part):
        return part
    for glued in _RUN_ON_CAPITAL.finditer(part):
        before = part[:glued.start()]
        if known_outlet(before):
            return before
    return part


def _slot_outlets(text: str) -> SlotYield | None:
    """After a person: agencies and markers ('AFP', 'Pool', 'SOPA Images/LightRocket')."""
    chain: list[str] = []
    pool: str | None = None
    for part in _LINKS.split(_TRAILING_DATE.sub("", trim(text))):
        part = _without_run_on(part)
        part = re.sub(r"^for\s+", "", part, flags=FLAGS)  # "Name/for The Washington Post"
        commissioned = re.split(r"\s+for\s+", part, maxsplit=1, flags=FLAGS)
        if len(commissioned) == 2 and (organisation(commissioned[0])
                                       or outlet_label(commissioned[0])):
            part = commissioned[0]  # "Getty Images for Netflix", "Paragon for The Daily"
        if not part or is_marker(part) or fold(part) in SOCIETY_LETTERS:
            continue  # "Name/SMPSP/Studio": the photographer's society, no outlet
        part = _KIND_NOUN.sub("", part)  # "Avotakka magazine" is Avotakka
        pooled = _MARKER_SUFFIX.sub("", part)  # "WPA Pool" is WPA
        archived = _ARCHIVE_EDGE.fullmatch(pooled)
        owner = archived and (archived.group("after") or archived.group("before"))
        if owner and (known_by_name(owner) or (" " in owner and organisation(owner))):
            pooled = part = owner  # "Name/Irish Examiner Archive": the paper's own archive
        if any(_person(side) for side in CREDIT_SEPARATOR.split(pooled)[1:]):
            return None  # "AFP and Tom Hart": a second credit, read on its own
        known = organisation(pooled) or organisation(_PHOTO_SUFFIX.sub("", pooled)) or \
            _house_photo(pooled) or _surname_titled_paper(pooled)
        if known:
            chain.append(known)  # "AP Photo" is AP; "HT Photo" (an acronym's house style) HT
            continue
        if is_country(pooled):
            continue  # "Name/2022/Kenya": where the picture was taken, no outlet
        if pooled.isupper() and fold(pooled) in LONE_MARKERS:
            chain.append(pooled)  # "Foto: Name/PR": in a chain after a person, the capitals
            continue  # are Brazil's presidency (Palácio do Planalto's credit), no handout (c16p)
        label = outlet_label(pooled)
        if label is None:
            return None
        if pooled == part:
            chain.append(label)
        else:  # a pool's name beyond the lexicon ("WPA Pool") names no outlet of its own
            pool = pool or label
    # the first outlet of the chain is the photographer's ("Name/Bongarts/Getty Images")
    return (None, chain[0] if chain else pool)


# Newspapers' title words that are also surnames ("Sun", "Post", "Leader", "Ledger"), which
# `ORG_WORDS` leaves out: closing a name after a person and a slash they make it a paper's
# ("Name/Winnipeg Sun", "Name/Calgary Sun", Postmedia's Sun papers) when no word before them is a
# given name or a surname the names data knows ("Name/Wei Sun" is a second person's) (c18c)
_SURNAME_TITLE_WORDS = frozenset({"sun", "post", "leader", "ledger"})


def _surname_titled_paper(text: str) -> str | None:
    """A paper's title closing in one of `_SURNAME_TITLE_WORDS` after a place's name."""
    words = trim(text).split()
    if len(words) < 2 or fold(words[-1]) not in _SURNAME_TITLE_WORDS or \
            not all(_capitalised(word) and word.isalpha() for word in words):
        return None
    before = words[:-1]
    if fold(before[0]) == "the":
        before = before[1:]
    if not before or any(is_given_name(word) or is_regional_given_name(word)
                         or is_surname(word) for word in before):
        return None
    return trim(text)


def _slot_agencies(text: str) -> SlotYield | None:
    """Agencies after a person, the first an organisation by the lexicon or its words, an
    acronym, a name an acronym leads or a web address ("AFP", "Houston Chronicle", "CB",
    "NYT Wirecutter"), which is what makes the name before them a photographer's."""
    got = _slot_outlets(text)
    return got if got and got[1] and (organisation(got[1]) or acronym(got[1])
                                      or _acronym_led(got[1]) or _surname_titled_paper(got[1])
                                      or DOMAIN.fullmatch(got[1])) else None


def stock_agency(text: str) -> str | None:
    """A stock or image library the authority knows ("Shutterstock.com", "iStock")."""
    value = trim(text)
    return value if known_outlet(value) in STOCK_AGENCIES else None


def _contributor(text: str, *, after_library: bool = False) -> str | None:
    """A stock library's contributor as credits write one: a person's name, or a handle
    ("golubovy", "TebNad", "miodrag ignjatovic"); never an outlet, a marker or a web address.
    After the library's name, a brand-like word is one of its collections ("Getty
    Images/EyeEm"), not a contributor."""
    value = _clean(text)
    if value is None or is_marker(value) or known_outlet(value) or organisation(value) or \
            fold(value) in _COLLECTIONS or DOMAIN.fullmatch(value) or \
            _WEB_ADDRESS.search(value) or (after_library and _brand(value)):
        return None
    name = people(value) or _initialled(value)
    if name:
        return name
    words = value.split()
    if len(words) > 1 and any(fold(w) in ORG_FUNCTION_WORDS or fold(w) in CLAUSE_END_WORDS
                              or fold(w) in REPORTING_VERBS or fold(w) in MARKERS
                              for w in words):
        # "miodrag ignjatovic", "PNW production", "Name said on Telegram", "REUTERS via"
        return None  # "Mutations in tumours - iStock": a sentence, not a handle
    if _DATE_LIKE.fullmatch(value):
        return None  # "Port of Mocha, 1692 — via Wikimedia Commons": a date, not a handle
    return value if re.fullmatch(r"@?[\w.-]{3,30}(?: [a-z][\w.-]{1,20}){0,2}", value) and \
        fold(value) not in NOT_NAME_WORDS else None


# A year, a decade or a century ("1692", "1800s", "17th century"), which no handle is.
_DATE_LIKE = lazy_pattern(r"\d{1,4}s?|\d{1,2}(?:st|nd|rd|th)\s+century", FLAGS)


def _slot_contributor_before(text: str) -> SlotYield | None:
    name = _contributor(text)
    return (name, None) if name else None


def _slot_nickname(text: str) -> SlotYield | None:
    """A contributor's handle that is no person's name ("Picsea on Unsplash"): people are
    read by the forms for people."""
    name = None if people(text) else _contributor(text)
    return (name, None) if name else None


def _slot_stock(text: str) -> SlotYield | None:
    agency = stock_agency(text)
    return (None, agency) if agency else None


def _slot_stocks(text: str) -> SlotYield | None:
    """Stock libraries and their collections chained by slashes ("iStock/Getty Images",
    "E+/Getty Images"): the first is the outlet."""
    parts = [trim(part) for part in _PARTS.split(trim(text))]
    if not all(stock_agency(part) or fold(part) in _COLLECTIONS for part in parts):
        return None
    return None, parts[0]


_COLLECTIONS = frozenset(fold(name) for name in STOCK_COLLECTIONS)


def _slot_collection(text: str) -> SlotYield | None:
    """A library's collection or a picture agency the authority lists among them, credited
    with no contributor before the library ("Westend61/Getty Images", "Maximum Film/Alamy")."""
    value = trim(text)
    return (None, value) if fold(value) in _COLLECTIONS else None


def _slot_picture_agency(text: str) -> SlotYield | None:
    """A picture agency or stock library the authority knows ("picture alliance", "Imago")."""
    value = trim(text)
    outlet = known_outlet(value)
    return (None, value) if outlet in PICTURE_AGENCIES or outlet in STOCK_AGENCIES else None


def _slot_agency_collection(text: str) -> SlotYield | None:
    """After a picture agency, the collection or partner agency it sells the picture for
    ("picture alliance / prisma TPX", "picture alliance / Foto Huebner"): one to four words,
    no chain, no person the names data vouches for (that is the photographer's form); it names
    no one the catalog keeps."""
    value = _clean(text)
    if value is None or "/" in value or not 1 <= len(value.split()) <= 4 or \
            _vouched_people(value) or is_marker(value):
        return None
    return (None, None)


def _slot_contributor(text: str) -> SlotYield | None:
    """After a stock library, its contributor, passing over the library's other names
    ("Getty Images/iStockphoto/golubovy")."""
    parts = [p for p in _PARTS.split(trim(text)) if p and not stock_agency(p)]
    if len(parts) != 1:
        return None
    name = _contributor(parts[0], after_library=True)
    return (name, None) if name else None


def _slot_orgs(text: str) -> SlotYield | None:
    """Organisations only ('Anadolu Agency', 'SOPA Images/LightRocket'): the first is the
    outlet."""
    outlet = None
    for part in _PARTS.split(trim(text)):
        if not part or is_marker(part):
            continue
        known = organisation(part) or _brand(part) or (  # "SpaceX via NASA"
            part if known_lone_company(part) else None) or (  # "Image: Zorbex/Netflix"
            part if DOMAIN.fullmatch(part) else None)  # "Foto: Archiv/Klix.ba": a site
        if known is None:
            return None
        outlet = outlet or known
    return (None, outlet) if outlet else None


def _slot_via(text: str) -> SlotYield | None:
    """The distributor; of a chain of known agencies ("via AP/dpa"), the first."""
    parts = _PARTS.split(trim(text))
    if len(parts) > 1 and all(known_outlet(part) for part in parts):
        return (None, parts[0])
    outlet = organisation(text) or outlet_label(text)
    return (None, outlet) if outlet else None


def _slot_quoted(text: str) -> SlotYield | None:
    """An outlet named in quotes ('“Le Matin”’s Inès Duval'): capitalised words, which may
    look like a person's name."""
    value = _clean(text)
    if value is None or not 1 <= len(value.split()) <= 6:
        return None
    return (None, value) if all(_capitalised(w) or fold(w) in ORG_FUNCTION_WORDS
                                for w in value.split()) else None


def _slot_known_affiliation(text: str) -> SlotYield | None:
    """An outlet the lexicon or the authority knows, or an organisation by its words (one
    name: no comma in it, as in a title's "80 Day Obsession, A Little More Obsessed")."""
    value = trim(text)
    if not (known_by_name(value) or ("," not in value and organisation(value))):
        return None
    return _slot_label(value)


def _slot_known(text: str) -> SlotYield | None:
    """An outlet the lexicon knows by name, nothing else ('Jane Doe Magnum Photos')."""
    value = trim(text)
    return (None, value) if fold(value) in OUTLETS else None


def _slot_surname(text: str) -> SlotYield | None:
    """One word before an agency with no space around the slash ("Fischer/AFP"): a photographer
    credited by surname, when the names data knows it as one and as no given name."""
    value = _clean(text)
    if value is None or " " in value or name_word(value) != "name" or value.isupper():
        return None
    if _credit_word(fold(value)) or is_given_name(value) or not is_surname(value):
        return None
    return (value, None)


def _slot_mononym(text: str) -> SlotYield | None:
    """One word after an outlet's "photo by" ("KT photo by Shihab"), as papers of the Gulf and
    South Asia credit staff known by one name: a name the names data knows, no credit word."""
    value = _clean(text)
    if value is None or " " in value or name_word(value) != "name" or _credit_word(fold(value)):
        return None
    return (value, None) if is_given_name(value) or is_surname(value) else None


def _slot_photo_agency(text: str) -> SlotYield | None:
    """An image agency alone ("Getty Images"), also under another of its names
    ("Shutterstock.com", "istockphoto.com")."""
    value = trim(text)
    return (None, value) if fold(value) in PHOTO_AGENCIES or \
        fold(known_outlet(value) or "") in PHOTO_AGENCIES else None


def _slot_client(text: str) -> SlotYield | None:
    return (None, None) if outlet_label(text) else None


# The word for the press, which alone marks a handout ("Foto: Prensa") and opens the name of a
# press office or an agency ("Prensa Presidencial", "Imprensa Nacional")
_PRESS_WORDS = frozenset({"prensa", "presse", "press", "imprensa", "stampa", "prasa"})


def _slot_who(text: str) -> SlotYield | None:
    """After a lead-in: a person is the photographer, an organisation the outlet."""
    value = _clean(text)
    if value is None or is_marker(value):  # "Photo : DR"
        return None
    if fold(value) in OUTLETS:  # "写真：共同", "사진=연합뉴스"
        return (None, value)
    name = _vouched_people(value) if "/" not in value and not (
        len(value) <= 12 and _CJK_ORGANISATION.search(value)) else None  # "圖／騰訊科技"
    if name:
        return (name, None)
    if _glued_initials(value):  # "© A.Name": a person's name written short, which only an
        return None  # agency beside it vouches for; no outlet (c18d)
    parts = _PARTS.split(value)
    if len(parts) > 1 and all(known_outlet(part) for part in parts):
        return (None, parts[0])  # "Foto: REUTERS, NTB": agencies the authority knows, listed
    listed = [part for part in _COMPANY_COMMA.sub(" ", value).split(",") if part.strip()]  # not
    # "Apple, Inc.": a company's legal form after a comma is no second organisation
    if "/" not in value and len(listed) > 1 and all(_listed_organisation(p) for p in listed):
        return (None, trim(listed[0]))  # "Credit: Quarkwerk Games, ONE Esports": the first
    if any(ch in _COMPANY_COMMA.sub(" ", value) for ch in "/,()[]"):
        return None  # a chain or a list: read by the forms that know its parts, or not at all
    if DOMAIN.fullmatch(value.removeprefix("www.")):  # "Créditos: Guatemala.com"
        return (None, value)
    if _CJK_ORGANISATION.search(value) and len(value) <= 12 and all(
            _CJK_WORD.match(ch) for ch in value):  # "图/人民网"
        return (None, value)
    if _KOREAN_BODY.fullmatch(value) and _CJK_ORGANISATION.search(value):
        return (None, value)  # "사진=서울 강남구청", "제20대 대통령실": a Korean body (c15k)
    if _katakana_organisation(value):
        return (None, value)  # "Image: ギズモード・ジャパン": a katakana organisation (c16j)
    if _THAI_ORGANISATION.match(value) and len(value.split()) <= 3:
        return (None, value)  # "ภาพ: กรมอุทยานแห่งชาติ": a Thai department, ministry, …
    value = trim(_MARKER_SUFFIX.sub("", _PHOTO_SUFFIX.sub("", value)))  # "PTI File Photo"
    if fold(value) in LONE_MARKERS:
        return None  # "Photograph: PR Image": a public-relations picture, nobody named
    if _ARCHIVE_BETWEEN.search(value):
        return None  # "Name Archives Le Devoir": read by its own form, or not at all
    first, _, rest = value.partition(" ")
    if rest and is_marker(first) and DOMAIN.fullmatch(rest.removeprefix("www.")):
        return (None, rest)  # "© Кадр youtube.com": a still from the web address's site
    whole = value
    if rest and is_marker(first) and not rest[:1].islower():  # "Archivo El País"; but
        value = rest  # "Archives du Gouvernement tchèque" is an organisation's whole name
    outlet = organisation(value) or acronym(value) or _acronym_led(value) or \
        _brand(value) or _possessive_name(value) or _titled_name(value)  # "Credit: VCG"
    if outlet is None and value != whole and fold(first) in _PRESS_WORDS:
        outlet = organisation(whole)  # "Prensa Presidencial": a press office's whole name
    return (None, outlet) if outlet else None


def _titled_name(value: str) -> str | None:
    """A title the article opens ("The Spruce Eats", "The Daily Example", and with a Romance
    article "La Hora", "EL MUNDO"): a publication's name, never a person's."""
    words = value.split()
    if len(words) >= 2 and words[0] == "The":
        return outlet_label(value)
    return outlet_label(value) if _article_titled(words) and len(words) <= 5 else None


def _listed_organisation(text: str) -> bool:
    """Whether `text` is one of a list of organisations after a lead-in: an organisation by its
    words or the lexicon, an acronym in capitals, a name an acronym leads ("ONE Esports"), a
    title "The" opens, an outlet the authority knows or a company the gazetteer names
    ("Netflix, The Verge"); a person or a place ("Deutsches Museum, München") makes the list
    something else."""
    value = trim(text)
    return bool(organisation(value) or acronym(value) or _acronym_led(value) or
                _titled_name(value) or known_by_name(value) or known_lone_company(value))


def _possessive_name(value: str) -> str | None:
    """A business named in the possessive ("Tom's Hardware", "Sotheby's"), which no person's
    name is: capitalised words, one of them ending in "'s"."""
    words = normalise(value).split()
    return value if 1 <= len(words) <= 4 and all(_capitalised(w) for w in words) and any(
        re.fullmatch(r"[^\W\d_]{2,}'s", w) for w in words) else None


# A word of a script without capitals: letters, joined by a zero-width non-joiner (Persian) or
# a hyphen; no slash or other mark ("Name / Isfahan" names a bureau after the photographer)
_UNCASED_WORD = lazy_pattern(r"[^\W\d_]+(?:[\u200c'’-][^\W\d_]+)*")
_NAME_WORD = lazy_pattern(r"(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]+|[A-Z\u00c0-\u00de]{2,})")


def _slot_unknown_person(text: str) -> SlotYield | None:
    """After "Photo by" or "Photographer:", where only a person stands: two or three
    capitalised words of letters the names data need not know ("Nisal Baduge"), none a word
    of organisations, places or the page, and no company, outlet or brand the lexicon knows."""
    value = _clean(text)
    words = value.split() if value else []
    if value is not None and _RIGHT_TO_LEFT.search(value) and 2 <= len(words) <= 4 and \
            all(_UNCASED_WORD.fullmatch(word) for word in words) and \
            not any(fold(word) in ORG_WORDS for word in words) and fold(value) not in MARKERS:
        # "عکاس: لیلا سادات عقیلی": a script without capitals; a title before it taken off
        return (strip_rank(value), None)
    if value is None or not 2 <= len(words) <= 3:
        return None
    published = value
    if words[-1].isalpha() and words[-1].islower() and len(words[-1]) >= 3 and \
            words[-1] not in _LOWER_CASE_NOT_SURNAMES and _NAME_WORD.fullmatch(words[0]):
        # a surname an image desk typed in lower case ("Photo by Abdalrahman alami", APA
        # Images): read as if capitalised, kept as published (c15g)
        words = [*words[:-1], words[-1].capitalize()]
        value = " ".join(words)
    if not all(_NAME_WORD.fullmatch(word) for word in words):
        return None
    if not value.isupper() and any(word.isupper() for word in words):
        return None  # "Vlada KS": an authority's acronym in a name in mixed case
    if any(fold(word) in ORG_WORDS or fold(word) in NOT_NAME_WORDS or fold(word) in MARKERS
           or fold(word) in PLACE_WORDS or fold(word) in TITLE_WORDS for word in words):
        return None
    if organisation(value) or known_by_name(value) or known_company(value) or \
            any(known_by_name(word) or known_company(word) for word in words):
        return None
    name = _person(value)
    return (published if value != published else name, None) if name == value else None


# Lower-case words that close "Photo by Name …" and are no surname an image desk typed in lower
# case ("Photo by Maria herself", "Photo by Sam here"); the names data's NOT_NAME_WORDS, ORG_WORDS
# and markers hold the rest ("below", "staff", "team", "courtesy") (c15g)
_LOWER_CASE_NOT_SURNAMES = frozenset({
    "himself", "herself", "themselves", "myself", "yourself", "here", "there", "today", "yesterday",
    "tomorrow", "author", "friends", "friend", "during", "after", "before", "shown", "center",
    "centre", "bottom", "reader", "readers", "contributed", "supplied", "unknown", "alone",
    "too", "also", "again", "inside", "outside", "nearby", "instead", "and", "or",
})


def _slot_surnamed(text: str) -> SlotYield | None:
    """After a lead-in naming who took the picture, two capitalised words the last of which is
    a surname the names data knows ("Foto: Jaiver Nieto"), no organisation's words."""
    value = _clean(text)
    name = _person(value) if value else None
    if name is None or len(name.split()) != 2 or not is_surname(name.split()[-1]) or \
            organisation(name) or _possessive_name(name):
        return None
    return (name, None)


def _slot_initial_closed(text: str) -> SlotYield | None:
    """A name in mixed case closed by one or two initials in capitals without their full stops,
    as South Indian and Indonesian names carry a father's or a place's initial after the given
    name ("Pic: Vivek M", "Foto: Charlie L/Indopos"): a given name the names data knows opens
    it, every word before the initials is a name's and none an organisation's ("Plan B",
    "Studio C" are none). Read only after a lead-in naming who took the picture, or before an
    outlet: a testimonial's signature ("— Abbie Y") is no credit (c20i)."""
    value = _clean(text)
    words = value.split() if value else []
    tail = 0
    for word in reversed(words):
        if not (len(word) == 1 and word.isalpha() and word.isupper()):
            break
        tail += 1
    head = words[:len(words) - tail]
    if not (1 <= tail <= 2 and 1 <= len(head) <= 3) or value is None or value.isupper():
        return None
    if not is_given_name(head[0]) or not all(name_word(word) == "name" and
                                             not _credit_word(fold(word)) for word in head):
        return None
    if organisation(value) or known_organisation(value):
        return None
    return (value, None)


# A web address of any domain ("president.gov.ua"): a source, never a contributor's handle.
_WEB_ADDRESS = lazy_pattern(r"\w\.[a-z]{2,6}$")
_AT_HANDLE = lazy_pattern(r"@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")


def _slot_at_person(text: str) -> SlotYield | None:
    """A social-media handle after a lead-in naming who took the picture ("Фото @name"): the
    account credited as the photographer. Whether a person or an organisation holds it, only
    the lead-in tells."""
    value = trim(text)
    return (value, None) if _AT_HANDLE.fullmatch(value) else None


def _slot_at_source(text: str) -> SlotYield | None:
    """A handle after a lead-in naming a source ("Image: @HarbourPolice"): the outlet."""
    value = trim(text)
    return (None, value) if _AT_HANDLE.fullmatch(value) else None


_ARCHIVE_WORD = r"(?i:archives?|archivo|archivio|archiv|arquivo)"
# An archive word opening what follows a name and a comma ("PHOTO Name, ARCHIVES LA PRESSE",
# La Presse's credit of its archived pictures): the archives' owner follows it.
_ARCHIVE_OPENING = lazy_pattern(_ARCHIVE_WORD + r"\s+\S")
# An archive word between capitalised words ("Lena Park Archives Le Devoir"): a photographer
# and whose archives, never one organisation's name.
_ARCHIVE_BETWEEN = lazy_pattern(r"(?<=[^\W\d_])\s+" + _ARCHIVE_WORD + r"\s+(?=[A-ZÀ-Þ])")
# Articles that open an outlet's name ("Le Devoir", "The Daily"), never a person's.
_ARTICLES = frozenset({"the", "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die",
                       "das"})


def _slot_cjk_organisation(text: str) -> SlotYield | None:
    """A Chinese or Japanese organisation's name ("武汉晚报", "中新社发": the paper that issued
    the photo), read only where its photographer's name and "摄" follow; not "本报" (this paper),
    which names none."""
    value = _ISSUED.sub("", trim(text))
    if not 2 <= len(value) <= 12 or not all(_CJK_WORD.match(ch) for ch in value) or \
            not _CJK_ORGANISATION.search(value) or value in THIS_PAPER or \
            _CJK_CLAUSE.search(value):
        return None
    return (None, value)


# Words of a Chinese clause that no organisation's name holds: "在" (at, in; but "在线", online,
# names sites), "的" (of), "了" and "着" (aspect marks): "渔民在港口修补渔网" (fishermen mend
# nets in the harbour) is a description, though it ends in 网
_CJK_CLAUSE = lazy_pattern(r"在(?!线|線)|[的了着著]")


def _slot_han_people(text: str) -> SlotYield | None:
    """The photographers before a Chinese paper's "摄" (photographed): Chinese names written
    apart by spaces or "、" are each a person ("刘新吾  陈科儒 摄影报道", "夏强、廖靖文摄"), as a
    Chinese paper writes a name whole; else people as anywhere ("王 芳", a name set in two)."""
    value = _clean(text)
    if value is None:
        return None
    han = _han_names(value, least=2)
    return (han, None) if han else _slot_people(value)


def _han_names(value: str, *, least: int) -> str | None:
    """Chinese names written apart by spaces or "、", at least `least` of them, each of two to
    four characters and no organisation's or staff role's, joined by "; "."""
    parts = _HAN_GAPS.split(value)
    if len(parts) >= least and all(_HAN_NAME.fullmatch(part) and
                                   not _CJK_ORGANISATION.search(part) and
                                   not _CJK_ROLE.match(part) for part in parts):
        return "; ".join(parts)
    return None


# Who "撮影" (photographed) names in a Japanese caption that is no person: the pool (代表撮影),
# the writer (筆者撮影), the paper's staff or desk, the day, the archive.
_NOT_JAPANESE_PHOTOGRAPHERS = frozenset({"代表", "筆者", "著者", "記者", "本社", "本紙", "編集部",
                                         "同日", "当日", "資料", "読者", "撮影者", "写真部"})


# ... nor a time or place ("同日夕方撮影", "午後撮影", "上空から撮影"): words that end so
_JAPANESE_TIME_OR_PLACE = lazy_pattern(r"(?:年|月|日|午前|午後|夕方|早朝|深夜|朝|夜|上空|市内|"
                                       r"付近|周辺|現地|県内|都内)$")


# ... nor a place or means with a particle after it ("屋上から撮影", "船上より撮影", "現場で撮影"):
# a given name in hiragana never ends so
_JAPANESE_PARTICLE_END = lazy_pattern(r"(?:から|より|まで|にて|では|[でにをがへとの])$")


# A Japanese name in kanji: two to five characters; or a surname in kanji and a given name in
# hiragana ("=2021年12月19日、井手さゆり撮影", the Asahi Shimbun), as many given names are written.
KANJI_NAME = r"(?:[\u4e00-\u9fff々]{2,5}|[\u4e00-\u9fff々]{1,3}[\u3041-\u3096]{2,4})"
_KANJI_NAME = lazy_pattern(KANJI_NAME)


def kanji_name(text: str) -> str | None:
    """A Japanese staff photographer's name in kanji before "撮影" ("=積田檀撮影", "(鈴木健児
    撮影)") or alone in the brackets closing a caption: two to five kanji, no organisation's
    ending, no word for the pool or the writer."""
    value = trim(text)
    if value in _NOT_JAPANESE_PHOTOGRAPHERS or _CJK_ORGANISATION.search(value) or \
            _JAPANESE_TIME_OR_PLACE.search(value) or _JAPANESE_PARTICLE_END.search(value):
        return None
    if _KANJI_NAME.fullmatch(value):
        return value  # five kanji too ("佐藤賢二郎撮影"), a length no Chinese name has
    read = _slot_people(value)
    return read[0] if read else None


def _katakana_organisation(value: str) -> bool:
    """A name in katakana whose later part is an organisation's word ("ギズモード・ジャパン",
    Gizmodo Japan; "ロイター・ニュース"): an organisation's, never a foreigner's name."""
    parts = value.split("・")
    return len(parts) > 1 and bool(_KATAKANA_NAME.fullmatch(value)) and \
        any(part in KATAKANA_ORG_WORDS for part in parts[1:])


def _slot_katakana_company(text: str) -> SlotYield | None:
    """A company's or a brand's name in katakana, one word without a middle dot ("ボンズ",
    "バンダイ"): a foreigner's name in katakana has one ("ジョン・スミス") (c16j)."""
    value = trim(text)
    return (None, value) if _KATAKANA.fullmatch(value) and len(value) >= 2 else None


def _slot_kanji_name(text: str) -> SlotYield | None:
    name = kanji_name(text)
    return (name, None) if name else None


def _slot_archive_owner(text: str) -> SlotYield | None:
    """Whose archives a photographer's picture comes from ("Name Archives Le Devoir"): an
    outlet by the lexicon or its words, an acronym, capitalised words no person's name, or a
    name an article opens ("Le Quotidien", which the names data may take for "Le" Quotidien)."""
    value = _clean(text)
    if value is None:
        return None
    words = value.split()
    outlet = organisation(value) or acronym(value) or outlet_label(value) or (
        value if 2 <= len(words) <= 6 and fold(words[0]) in _ARTICLES and
        _capitalised(words[0]) and all(_capitalised(w) for w in words[1:]) else None)
    return (None, outlet) if outlet else None


def known_organisation(name: str) -> bool:
    """Whether `name` is a company of two to six capitalised words the company gazetteer
    names ("Best Buy", "Live Nation", "Warner Bros. Discovery"), never a person's, unless it
    reads as a given name and a surname the names data knows ("Travis Perkins", "Morgan
    Stanley": the gazetteer cannot tell such a name from a photographer's)."""
    return _listed_name(name, known_company)


def known_news_outlet(name: str) -> bool:
    """Whether `name` is a newspaper or news site of two to six capitalised words that the news
    outlets list names ("Gazeta Wyborcza", "The Spokesman-Review"), never one word ("Standard",
    "Express": common words as often) nor a given name and a surname the names data knows."""
    return _listed_name(name, listed_news_outlet)


def _listed_name(name: str, listed: Callable[[str], bool]) -> bool:
    """Whether a gazetteer (`listed`) names `name` and it is of two to six capitalised words,
    not a given name and a surname the names data knows (which the gazetteer cannot tell from
    a photographer's)."""
    words = name.split()
    if not 2 <= len(words) <= 6 or not _capitalised(words[0]) or not listed(name):
        return False
    return not (len(words) == 2 and is_given_name(words[0]) and is_surname(words[1]))


def known_lone_company(word: str) -> bool:
    """Whether one word is a company the gazetteer names ("Sony", "Hyundai", "Kia"), to be read
    as the outlet wherever it stands alone after a lead-in. Not a word of three letters or
    fewer in capitals (a photographer's initials as often as a make), nor credit vocabulary or
    a place. A word the names data knows as a surname ("Ford", "Hilton", "Suzuki") stays
    unread: a surname alone is how many photographers are credited ("Foto: Neumann") and the
    gazetteer cannot tell the two apart; one it knows only as a given name ("Meta", "Kia") is
    read, as a given name alone seldom credits a photographer (docs/captions.md)."""
    if not _one_capitalised_word(word) or not known_company(word):
        return False
    letters = sum(ch.isalpha() for ch in word)
    if letters < 3 or (letters <= 3 and not any(ch.islower() for ch in word)):
        return False
    return not (_credit_vocabulary(word) or fold(word).rstrip(".") in PLACE_WORDS or
                is_surname(word))


def _one_capitalised_word(text: str) -> bool:
    """One capitalised word as a company writes its name ("Funko", "Sony", "Hyundai")."""
    return bool(re.fullmatch(r"[^\W_][\w&.+'-]{1,40}", text)) and "_" not in text and \
        _capitalised(text)


def _credit_vocabulary(word: str) -> bool:
    """A word of the credit's own vocabulary ("Supplied", "File", "Author", "Photographer"),
    naming no company."""
    folded = fold(word).rstrip(".")
    return folded in NOT_NAME_WORDS or folded in MARKERS or folded in TITLE_WORDS or \
        folded in ROLE_WORDS


def _slot_known_company(text: str) -> SlotYield | None:
    """A company the gazetteer names alone after a lead-in, a photo's as well as a source's
    ("Foto: Sony", "(Image credit: Best Buy)"): the outlet."""
    value = _clean(text)
    if value is None:
        return None
    return (None, value) if known_lone_company(value) or known_organisation(value) else None


# The endings of the Nordic patronymic family names ("Hugosson", "Karlsson", Icelandic
# "Jónsdóttir"): a lone word so shaped after a lead-in ("Bild: Hugosson", a Swedish paper's
# photographer by surname) is a family name the names data may lack, never a company's (c17s)
_PATRONYMIC_ENDING = lazy_pattern(r"[^\W\d_]{2,}(?:sson|sdóttir|sdottir)", re.IGNORECASE)


def _slot_company(text: str) -> SlotYield | None:
    """One capitalised word after a lead-in that names a source ("Credit: Funko", "(Bild:
    Audi)"): a company's name, unless the names data knows it as a given name or a surname
    ("Bildquelle: Neumann" may be the photographer's), it is credit vocabulary ("Supplied"),
    or it has fewer than COMPANY_LETTERS letters: so short a word is as often a cartoonist's
    or photographer's pen name or a nickname ("© Zub") as a company, and no data tells them
    apart."""
    value = _clean(text)
    if value is not None and known_lone_company(value):
        return (None, value)  # "Credit: Sony": the gazetteer names it
    if value is None or not _one_capitalised_word(value) or \
            not any(ch.islower() for ch in value) or \
            sum(ch.isalpha() for ch in value) < COMPANY_LETTERS or _glued_initials(value):
        return None  # "© A.Name": an initial glued to a surname is a person's, no company (c18d)
    if _credit_vocabulary(value) or is_given_name(value) or is_surname(value) or \
            _PATRONYMIC_ENDING.fullmatch(value):
        return None  # "Author" alone labels a byline
    return (None, value)


def _slot_uncased_paper(text: str) -> SlotYield | None:
    """A paper's name in one or two words of a script without capitals before its staff
    photographer's role ("సాక్షి ఫొటోగ్రాఫర్, Town"), read as published."""
    value = _clean(text)
    if value is None or len(value.split()) > 2 or not uncased_name(value) or \
            _RIGHT_TO_LEFT.search(value):
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
    "named_pair": Slot(r"[^|;()]+?", _slot_named_pair),
    "plausible": Slot(_SLOT_TEXT, _slot_plausible),
    "source": Slot(_SLOT_TEXT, _slot_source),
    "provided": Slot(_SLOT_TEXT, _slot_provided),
    "outlet": Slot(_SLOT_TEXT, _slot_outlet),
    "house": Slot(_SLOT_TEXT, _slot_house),
    "agency": Slot(_SLOT_TEXT, _slot_house),
    "photo_house": Slot(_SLOT_TEXT, _slot_photo_house),
    "mononym": Slot(r"[^\s/|;()]+", _slot_mononym),
    "uncased_paper": Slot(r"[^\s/|;(),]+(?:\s[^\s/|;(),]+)??", _slot_uncased_paper),
    "acronym_house": Slot(r"[^\W\d_]{2,12}", _slot_acronym_house),
    "agency_org": Slot(_SLOT_TEXT, _slot_outlet),
    "known_agency": Slot(_SLOT_TEXT, _slot_known_agency),
    "korean_press": Slot(r"[가-힣A-Za-z0-9]{2,12}", _slot_korean_press),
    "plausible_names": Slot(r"[^|;()]+?", _slot_plausible_names),
    "label": Slot(_SLOT_TEXT, _slot_label),
    "mixed_vouched": Slot(_SLOT_TEXT, _slot_mixed_vouched),
    "rtl_name": Slot(r"[\u0590-\u06ff'\"-]+(?:\s+[\u0590-\u06ff'\"-]+){1,2}?", _slot_rtl_name),
    "rtl_body": Slot(r"[^/|;()]+", _slot_rtl_body),
    "article_title": Slot(_SLOT_TEXT, _slot_article_title),
    "only_marker": Slot(_SLOT_TEXT, _slot_only_marker),
    "trailing_acronym": Slot(r"[^\W\d_]{3,4}", _slot_trailing_acronym),
    "titled": Slot(r"the\s+[^/|;()]+?", _slot_label),  # "The Spruce Eats": no person's name
    "affiliation": Slot(_SLOT_TEXT, _slot_affiliation),
    "known_affiliation": Slot(_SLOT_TEXT, _slot_known_affiliation),
    "word": Slot(r"[^\s/|;()]+", _slot_word),
    "address": Slot(r"[\w.-]+\.\w+", _slot_address),
    "provider": Slot(_SLOT_TEXT, _slot_provider),
    "initials": Slot(r"(?:" + _INITIAL_LETTER + r"\.\s?){2,3}", _slot_initials),
    "staff_initials": Slot(_INITIALS, _slot_staff_initials),
    "names": Slot(r"[^|;()]+?", _slot_names),
    "outlets": Slot(r"[^|;()]+?", _slot_outlets),
    "agencies": Slot(r"[^|;()]+?", _slot_agencies),
    "stock": Slot(_SLOT_TEXT, _slot_stock),
    "stocks": Slot(r"[^|;()]+?", _slot_stocks),
    "collection": Slot(_SLOT_TEXT, _slot_collection),
    "picture_agency": Slot(_SLOT_TEXT, _slot_picture_agency),
    "agency_collection": Slot(r"[^/|;()]+?", _slot_agency_collection),
    "contributor": Slot(r"[^|;()]+?", _slot_contributor),
    "handle": Slot(_SLOT_TEXT, _slot_contributor_before),
    "nickname": Slot(_SLOT_TEXT, _slot_nickname),
    "orgs": Slot(r"[^|;()]+?", _slot_orgs),
    "via": Slot(r"[^|;()]+?", _slot_via),  # "via AP/dpa"
    "photo_agency": Slot(r".+?", _slot_photo_agency),
    "quoted": Slot(r'[^"/|;()]+?', _slot_quoted),
    "known": Slot(f"(?:{alternation(OUTLETS)})", _slot_known),
    "client": Slot(r".+?", _slot_client),
    "who": Slot(r".+?", _slot_who),
    "company": Slot(r"\S+", _slot_company),
    "partner": Slot(r"[^\s/]+", _slot_company),  # a second company after a slash
    "known_company": Slot(_SLOT_TEXT, _slot_known_company),
    "at_person": Slot(r"\S+", _slot_at_person),
    "at_source": Slot(r"\S+", _slot_at_source),
    "surnamed": Slot(r".+?", _slot_surnamed),
    "initial_closed": Slot(_SLOT_TEXT, _slot_initial_closed),
    "unknown_person": Slot(r".+?", _slot_unknown_person),
    "surname": Slot(r"[^\s/|;()]+", _slot_surname),
    "archive_owner": Slot(_SLOT_TEXT, _slot_archive_owner),
    "cjk_organisation": Slot(r"[^\s\d()（）]{2,13}?", _slot_cjk_organisation),
    "kanji_name": Slot(KANJI_NAME, _slot_kanji_name),
    "katakana_company": Slot(r"[\u30a0-\u30fa\u30fc-\u30ff]{2,16}", _slot_katakana_company),
    "han_people": Slot(_SLOT_TEXT, _slot_han_people),
    # a Korean name, never a title
    "hangul_name": Slot(r"(?!" + KOREAN_TITLE_WORDS + r")[가-힣]{2,4}", _slot_people),
}


# ==== outlets by web address ====================================================================


def squashed(name: str) -> str:
    """A name as a web address writes it: letters and digits only, without a leading "The"
    ("The Miami Herald" and "miamiherald" are both "miamiherald")."""
    return re.sub(r"[\W_]", "", fold(name).removeprefix("the "))


def _spellings(name: str) -> set[str]:
    """How a domain may spell a name: squashed, with or without its leading "The"
    ("theguardian", "guardian")."""
    return {squashed(name), re.sub(r"[\W_]", "", fold(name))}


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
