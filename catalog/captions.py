"""The caption grammar: is a paragraph a caption, who made the photo, what camera it names.

Pure functions on strings. The grammar is data: the word lists and lead-ins of
`catalog.credits.lexicon`, the credit forms of `catalog.credits.forms` (each with what it
yields), the first names of `catalog.credits.given_names` (person or organisation, where a
credit's shape cannot tell), and here the photo phrases and camera notes. It is read in three
places: `catalog.credit_names` reads a slot's text as people or an outlet (the slot readers),
`catalog.credit_segments` reads one credit segment whole by the first credit form that fits
it, and this module walks a caption's likely credit places (its closing parentheses, its
closing words, an inline "captured by ...") and holds the public functions.
docs/captions.md lists every form with an example and what it yields.

Precision beats recall: a slot that cannot be read with confidence makes the form fail, and a
caption with no readable credit yields None for both parts, never a guess from the subject of
the photo. Names are returned as published (capitals kept), with military ranks and honorifics
taken off; several photographers are joined with "; ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from catalog import cameras
from catalog.caption_text import (
    FLAGS,
    abbreviation_before,
    by_first_character,
    collapse,
    fold,
    lazy_pattern,
    needing_pattern,
    normalise,
    sentence_starts,
    trim,
)
from catalog.credit_names import (
    DOMAIN,
    KANJI_NAME,
    acronym,
    domain_outlet,
    is_marker,
    kanji_name,
    known_by_name,
    name_word,
    organisation,
    outlet_label,
    people,
    squashed,
    strip_rank,
    uncased_name,
)
from catalog.credit_segments import (
    BREAK_PREFIX,
    LEAD_IN,
    MAX_CREDIT_WORDS,
    SIGNATURE,
    FoundCredit,
    SegmentContext,
    lead_kind,
    read_segment,
    without_country,
    without_dashed_archive,
)
from catalog.credits.given_names import is_given_name, is_hebrew_given_name
from catalog.credits.lexicon import (
    ARCHIVE_MARKERS,
    ART_RIGHTS_SOCIETIES,
    CJK_LEAD_INS,
    CLAUSE_END_WORDS,
    FOR_WORDS,
    GALLERY_MARKERS,
    INLINE_VERBS,
    KOREAN_PRESS_SUFFIXES,
    KOREAN_REPORTER_TITLE,
    KOREAN_TITLE_WORDS,
    LEAD_INS,
    NOT_CREDITED_NAME_WORDS,
    NOT_NAME_WORDS,
    NOT_PERSON_NAME_WORDS,
    PHOTO_AGENCIES,
    PHOTO_ARCHIVE_LINKS,
    PHOTO_NOUNS,
    PLACE_OPENERS,
    RESERVED_RIGHTS,
    SOUTH_ASIAN_PHOTO_WORDS,
    SOUTHEAST_ASIAN_PHOTO_WORDS,
    TITLE_WORDS,
    TRAILING_NOISE,
    WIRE_NOTES,
    alternation,
)
from catalog.credits.news_outlets import listed_news_outlet
from catalog.credits.outlet_data import (
    DASHED_AGENCIES,
    GLUED_AGENCIES,
    PICTURE_AGENCIES,
    SLASHED_AGENCIES,
    STOCK_AGENCIES,
    WIRE_AGENCIES,
)
from catalog.credits.outlets import canonical_outlet, known_outlet
from catalog.credits.surnames import VIETNAMESE_SURNAMES, is_surname
from catalog.domain import Credit

__all__ = ["CAMERA_DETERMINERS", "CAMERA_GENERIC_WORDS", "CAMERA_NOTE_LEADS", "CAMERA_STOPS",
           "CLOSING_SPAN", "MAX_CREDIT_WORDS", "MAX_TEXT", "PHOTO_ADJECTIVES", "PHOTO_PHRASES",
           "CaptionParts", "announces_credit",
           "collapse", "descriptive_text", "domain_outlet", "find_camera", "find_credit",
           "is_caption", "outlet_name", "photographer_name", "read_caption", "read_credit_line",
           "signature_address", "squashed", "strip_rank"]

CLOSING_SPAN = 320  # a closing credit lives in a paragraph's last few hundred characters
MAX_TEXT = 100_000  # longer "captions" are read only for their closing credit and camera note

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
    r"(?:with|on|using)\b(?:\s*:)?",
    # a whole word: "Photo ONU/Name" credits the UN, no camera named "U"
    r"(?:photo|photograph|picture|image)\s+(?:with|on|using)\b",
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

_ADJ = "|".join(re.escape(a) for a in PHOTO_ADJECTIVES)
_PHOTO_PHRASE = lazy_pattern(r"^[\W_]{0,3}(?:" + "|".join(p.replace("ADJ", _ADJ)
                                                          for _, p in PHOTO_PHRASES) + ")", FLAGS)
_DETERMINER = r"(?:(?:" + "|".join(CAMERA_DETERMINERS) + r")\s+)?"
_CAMERA_LEAD = "(?:" + "|".join(CAMERA_NOTE_LEADS) + ")"
# A camera's name may hold bracketed parts of its own: "Leica Q (Typ 116)".
_NAME_BRACKET = r"|\([^()\[\]]{1,30}\)"
_CAMERA_NOTE = lazy_pattern(r"[(\[]\s*" + _CAMERA_LEAD + r"\s*" + _DETERMINER
                            + r"(?P<camera>(?:[^()\[\]]" + _NAME_BRACKET
                            + r"){1,80}?)\s*[.,;:!]?\s*[)\]]", FLAGS)
# A full stop inside a name ("Phantom 4 Pro V2.0", "5D Mk. III") does not end the sentence.
_NAME_STOP = r"|\.(?=\w)|(?<=[Mm][Kk])\."
_CAMERA_SENTENCE = lazy_pattern(r"(?:^|(?<=[.!?])\s+)" + _CAMERA_LEAD + r"\s*" + _DETERMINER
                                + r"(?P<camera>(?:[^.!?()\[\]]" + _NAME_BRACKET + _NAME_STOP
                                + r"){1,60}?)\s*[.!]?\s*$", FLAGS)
# A camera named inside the caption's sentences rather than in a note of its own ("…, taken
# with a 12 megapixel Nikon D90", "Shot on the Canon R5. Photo Credit: …"): only a name the
# camera index knows is taken there.
_CAMERA_MENTION = lazy_pattern(r"\b(?:taken|shot|photographed|captured)\s+(?:with|on|using)\s+"
                               + _DETERMINER + r"(?:\d+(?:[.,]\d+)?[-\s]?(?:megapixels?|mp)\s+)?"
                               r"(?P<camera>[^.!?;()\[\]]{2,60})", FLAGS)
# A camera before its exposure ("Mushroom on a tree, Canon EOS R7, 1/250s, f/6.3, ISO2000").
_EXPOSURE = r"(?:1/\d+\s*s(?:ec)?\b|f/\d+(?:\.\d)?|iso\s?\d{2,6}\b)"
_CAMERA_BEFORE_EXPOSURE = lazy_pattern(r"(?:^|[,;:]\s*|\.\s+)(?P<camera>[^,;:.()\[\]]{3,60}?),\s*"
                                       + _EXPOSURE + r"\s*,\s*" + _EXPOSURE, FLAGS)
# Apple's phones, which lensfun does not list, named by their number ("iPhone 15 Pro Max").
_IPHONE = lazy_pattern(r"(?:Apple\s+)?iPhone\s+\d{1,2}[A-Za-z]?(?:\s+(?:Pro|Plus|Max|mini|Air|e))*")
# What opens an item of a list ("2. ", "- "): no description before a credit-shaped item.
_LIST_NUMBER = lazy_pattern(r"#\d{1,3}\s*[:.)]\s+")  # "#10: …", a numbered list's entry
_LIST_MARK = lazy_pattern(r"\s*(?:\d{1,3}[.)]|[-–—•*])?\s*")
_BRACKET = lazy_pattern(r"[(\[（［]")
_ART_RIGHTS = lazy_pattern("|".join(ART_RIGHTS_SOCIETIES))
_CAMERA_STOP = lazy_pattern("|".join(CAMERA_STOPS), FLAGS)
_CAMERA_GENERIC = lazy_pattern(r"(?:\s+(?:" + "|".join(CAMERA_GENERIC_WORDS) + r"))+$", FLAGS)
_INLINE = needing_pattern(r"\b(?:" + "|".join(f"(?P<verb{i}>{verb.pattern})"
                                           for i, verb in enumerate(INLINE_VERBS)) + r")\s+",
                       FLAGS)
_CLAUSE_END = lazy_pattern(r"\s*(?:[,;:()\[\]\"]|[.!?](?=[\s'\")]|$)|\s(?:"
                           + "|".join(CLAUSE_END_WORDS) + r")\b)", FLAGS)
# A sentence glued to the next one ("June 14.Name—Anadolu/Getty Images", "… power
# plant.EPA/NAME"): a credit may start; also an agency's acronym alone or before a comma's
# list closing the text, as Science News sets its credit on a line of its own ("… view of
# Earth.NASA", "… in March 2021.NASA, JPL-Caltech, MSSS") (c15n); and a photographer's name in
# capitals before the slash, as Segre glues an ACN picture's credit ("… la ciutat de
# Girona.MARINA LÓPEZ/ACN") (c18b)
_GLUED = lazy_pattern(r"(?<=[a-z0-9][.!?])(?=[A-Z][a-z]|[A-Z]{2,}\s*/|[A-Z]{2,}(?:,|\s*$)|"
                      r"[A-ZÀ-ÖØ-Þ]{2,}(?:\s+[A-ZÀ-ÖØ-Þ]{2,}){1,3}\s*/)")
# A credit element's lead-in glued to the caption's last word when a page drops the space
# between the two ("… gada janvārisFoto: REUTERS"): a photo noun or "Credit" and its colon.
# (a source word too: "… Tak powstałoŹródło: Agencja Gazeta, fot: Name", Wirtualna Polska;
# c15p)
_GLUED_LEAD = needing_pattern(r"(?<=[^\W\d_])(?:" + PHOTO_NOUNS + r"|credits?|źródło|zdroj|source|"
                           r"quelle|fuente|fonte)s?\s?:", FLAGS)
# ... and a South Asian photo noun glued to the caption's closing date (Prothom Alo's "… ২৭
# ফেব্রুয়ারি ২০২৬ছবি: Name"): a script without capitals, so after a digit
_GLUED_DATED_LEAD = lazy_pattern(r"(?<=\d)(?:" + "|".join(SOUTH_ASIAN_PHOTO_WORDS) + r")\s?:")
_WIRE_NOTE = needing_pattern("|".join(WIRE_NOTES))
# The source repeated after a credit that names it, as the Legit.ng group's sites (Legit,
# Briefly News, Tuko) set a picture's source under its credit ("Photo: Name/Getty Images.
# Source: Getty Images"): cut, as noise is.
_REPEATED_SOURCE = needing_pattern(r"\.?\s*source\s*:\s*([^.:/|]{2,40}?)\s*\.?$", FLAGS)
# The photographer repeated after a credit chain that names them, as Radio New Zealand's stories
# set their own "Photo: Name" after a picture agency's embedded credit ("Copyright Photo: Name /
# www.photosport.nz Photo: Name"): cut, as noise is (c15o)
_REPEATED_PHOTO = needing_pattern(r"\s*(?:photo|picture|image)s?\s*:\s*([^.:/|()]{2,40}?)\s*\.?$",
                               FLAGS)
# The same byline twice in brackets closing a caption, the agency's own and then the
# distributor's with "via" ("(Photo by Name / AFP) (Photo by NAME/AFP via Getty Images)", as AFP's
# pictures carry both on the pages that embed them from Getty): the first copy is cut
_DOUBLED_BYLINE = lazy_pattern(r"\((?P<first>(?:photo|picture|image)\s+by\s+[^()]{2,80})\)\s*"
                               r"\((?P<second>(?:photo|picture|image)\s+by\s+[^()]{2,120})\)"
                               r"\s*\.?$", FLAGS)
# An agency's acronym set after a bar closing a caption ("… the court. | APG").
_BARRED_ACRONYM = lazy_pattern(r"(?<=[.!?\"'”])\s*\|\s*([A-Z]{2,6})\s*$")
_BREAK = lazy_pattern(r"[,;]\s+|\s[-–—|/]\s+|\s\||(?<=[.!?])[–—]\s+|"  # "Friday.— KT photo"
                      # a comma between Chinese or Japanese words, which need no space after
                      # one ("…的晚会,中新社发 王瑶 摄", "…的晚会，新华社发")
                      r"(?<=[\u3040-\u30ff\u4e00-\u9fff])[,，](?=[\u3040-\u30ff\u4e00-\u9fff])")
# An all-capitals agency token starting a wire credit with no sentence break before it.
# ... never a capitals word closing its sentence with a stop before the slash ("… avec les FARDC.
# / Photos Name": the army ends the sentence, the credit starts after it), where an initialism's
# own stops ("U.S./Name") stay part of it (c20f)
_AGENCY_START = lazy_pattern(r"(?<!\S)(?:[A-Z][A-Z&.\-]{1,15}(?<![A-Z&\-]{2}\.)"
                             r"(?=\s*/|\s+PHOTO\b|\s+Photo\b)|"
                             r"[a-z]{2,5}(?=/)|"  # "epa/Name" in lower case
                             r"[A-Z][A-Za-z]{1,11}(?=-Yonhap\s*$)|"  # "… D.C. AFP-Yonhap"
                             # picture alliance and imago write their names in lower case too,
                             # a slash or bar after them ("… hoch. picture alliance | Name")
                             r"(?:picture[ -]alliance|imago(?: images)?)(?=\s*[/|]))")
# A web address in lower case before a slash or closing the text ("… à Leicester afp.com/Name",
# "… tumours. istockphoto.com"): a credit's start when the authority knows the outlet it names.
_ADDRESS_START = lazy_pattern(r"(?<!\S)[a-z][\w-]*(?:\.[a-z]{2,6})+(?=\s*/|\s*$)")
# "via" and an outlet the authority knows closing a caption after a sentence's end or a dash.
_VIA_CLOSING = lazy_pattern(r"(?:[.;]\s+|\s[-–—]\s+)via\s+(?P<agency>[^,;()/]{2,40}?)[\s.]*$",
                            FLAGS)
# A paragraph closing with its text's source, a news agency after "Source:" ("… para saludar a
# sus seguidores. Fuente: Efe", Latin American papers reprinting a wire story): the story's
# attribution, not a picture's credit. A picture agency or library there ("Source: Getty Images",
# "Fuente: EPA/Name") or a photographer still credits a photo.
_TEXT_SOURCE = lazy_pattern(r"^(?:source|fuente|fonte|quelle)\s*:\s*"
                            r"(?P<agency>[^/|;,()]{2,40}?)[\s.]*$", FLAGS)
# A copyright sign without a year opening a text ("© Victor Sailer").
_LONE_COPYRIGHT = lazy_pattern(r"\s*©\s*(?!\d|copyright)")
# Strings without which no closing credit can stand (a cheap test before the forms are tried).
_SIGNALS = tuple(sorted({"/", "©", "(c)", " via ", " for ", " of ", " on ", "'", "photo", "pic",
                         "pix", "foto", "fotó", "image", "imag", "imág", "credit", "crédit",
                         "courtesy", "imaxe", "imatge", "argazki", "irudi",  # gl, ca, eu (c14i)
                         "collage",  # "Collage: Name" (c15e)
                         "cortes", "copyright", "illustration", "ilustra", "grafik", "bild",
                         "beeld", "kuva", "fot.", "ph.", "ph:", "zdj", "snímek", "фото", "снимок",
                         "снимк", "nuotr", "felvétel", "ljósmynd",
                         "oochel",  # Yucatec Maya "Oochel Name" (the picture) (c18r)
                         "фота", "fota",  # Belarusian "Фота: Name", "Фота БелТА" (c19r)
                         "ritratt",  # Maltese "Ritratt:", "Ritratti:" (the picture) (c19e)
                         # Armenian "Լուսանկարը՝", "Լուս.՝"; Mongolian "Гэрэл зургийг" (c16x)
                         "լուսանկար", "լուս.", "зураг", "зургийг",
                         "муаллиф", "muallif",  # Uzbek "Суратлар муаллифи -" (c13t)
                         "автор", "источник", "quelle", "صور", "تصوير", "摄", "攝", "图", "圖",
                         "写真", "画像", "撮影", "사진", "ảnh", "hình",
                         "nguồn", "φωτ", "πηγή", "ਤਸਵੀਰ", "इमेज",
                         "snimi", "сними",  # "Snimila: Name", "(snimio Name)" (c17e)
                         # Hausa "Hoto:" and "Hakkin mallakar hoto"; the BBC's Somali, Oromo
                         # and Yoruba "Xigashada Sawirka,", "Madda suuraa,", "Oríṣun àwòrán," (c18s)
                         "hoto", "asali", "sawir", "suuraa", "àwòrán",
                         "عکس", "عکاس", "تصویر", "צילום", "sumber", "연합뉴스",
                         # the source and screenshot lead-ins ("Source: NASA" was let through
                         # only when its outlet held a signal of its own)
                         "source", "fuente", "fonte", "źródło", "zdroj", "lähde", "gentileza",
                         "screen", "عدسة", "来源", "來源", "출처", "기자", "＝", "==", "-yonhap",
                         "发", "發", "촬영",
                         " – ", " — ", "–", "—", " | ", "staff", "special to",
                         " \\ ",  # the Irish Farmers Journal's "… \ Name" (c15b)
                         # Welsh "Llun:", "Llun gan" and the CBC's "Submitted by Name" (c18c)
                         "llun", "submitted by"}
                        | set(SOUTH_ASIAN_PHOTO_WORDS) | set(SOUTHEAST_ASIAN_PHOTO_WORDS)
                        # Malay and Indonesian, Tagalog and Thai lead-ins ("Gambar:", "Kuha
                        # ni", "ที่มา :")
                        | {"gambar", "larawan", "litrato", "kuha", "jurufoto", "ที่มา"}
                        | {f" {word} " for word in FOR_WORDS}
                        | {agency.split()[0] for agency in PHOTO_AGENCIES}))
# The Irish News sets "Picture" and its photographer's name after the caption's last word with
# no full stop ("… off the road Picture Mal McCann."): a credit starts there when the first word
# is a given name the names data knows and no article or preposition comes before "Picture"
# ("… at the Picture House Cinema" names a place) (c15b)
_GLUED_PICTURE = needing_pattern(
    r"(?<=(?-i:[a-zà-ÿ])\s)" + "".join(rf"(?<!\b{word}\s)" for word in (
        "the", "a", "an", "at", "of", "in", "on", "to", "by", "for", "and", "or", "from", "with",
        "into", "our", "his", "her", "their", "your", "my", "this", "that", "its"))
    + r"(?-i:Picture|Pic)\s+(?P<first>[^\W\d_]+)\s+[^\W\d_][^\s.,;:()/]*\s*\.?\s*$")
# The year a picture was taken glued to the copyright sign before its photographer, as a fire
# brigades' portal signs every picture of its gallery ("… la Tour Eiffel. 2009©Name Surname",
# netpompiers): set apart, it reads as "2009 © Name" does (c18n)
_YEAR_GLUED_RIGHTS = needing_pattern(r"(?<!\S)((?:19|20)\d{2})©(?=\s*[^\W\d_])")
# A copyright sign glued to the Chinese, Japanese or Korean text before it ("…首相(C)朝日新聞社"):
# a credit starts there
_GLUED_RIGHTS = lazy_pattern(r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?:©|\([cC]\))")
# Japanese pages set a wire credit right after the picture's date, with no space ("…2022 年 9 月
# 12 日フアン・バレット/AFP"): the credit starts after the day's "日".
_JAPANESE_DATED = lazy_pattern(r"(?:(?<=\d日)|(?<=\d\s日))"
                               r"(?=[\u30a0-\u30ff\u4e00-\u9fff][^\s/]{0,30}/)")
# CNN's Japanese site sets the photographer and the agency after a slash glued to the caption's
# last word ("…=2日、アイゼンハワー行政府ビル/Name/AP"): a credit may start after that slash
# (c16j)
# ... or an outlet the authority knows alone ("…公式写真/The White House")
_GLUED_CJK_SLASH = lazy_pattern(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])/(?=[A-Z][^/]{1,40}(?:/|$))")
# Where a Japanese staff credit starts: after "=" or "、", a name in kanji and "撮影" closing
# the caption ("…東京ドーム)=釜江紗英撮影", "…首相官邸、上田幸一撮影")
_JAPANESE_SHOT = lazy_pattern(r"(?<=[=＝、])" + KANJI_NAME + r"撮影\s*$")
# A Chinese credit after a bracket that closes the title before it, with no sentence end between
# them ("城市阳台(一等奖) 胡鉴 摄", a photo contest's winners): the names and 摄 close the caption.
_CHINESE_AFTER_BRACKET = lazy_pattern(r"(?<=[)）])\s*(?=[\u4e00-\u9fff][\u4e00-\u9fff\s、]{1,20}"
                                      r"(?:摄|攝)(?:影)?\s*$)|"
                                      # ... or after a space, one name of two to four characters
                                      # and 摄 closing it ("…录制视频 李明 摄")
                                      r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]{2,4}\s*"
                                      r"(?:摄|攝)\s*$)")
# A Japanese paper's staff photographer signed with the name alone in the brackets closing the
# caption after "=" and the picture's place or time ("…=旭川市(西野正史)", "…=東川町(魚眼レンズ
# 使用、宮永春希)", as the Hokkaido Shimbun signs its pictures): the place before the bracket,
# then two to five kanji after any note and "、", ending in no place's, position's, title's
# or credit's word ("(中央)", "(手前)", "(千代田区)", "(知事)", "(代表撮影)", "(共同)").
_JAPANESE_PLACE_TAIL = lazy_pattern(r"[=＝][^=＝。()（）]{1,30}$")
_JAPANESE_BRACKET_NAME = lazy_pattern(r"(?:[^()（）、]{1,20}、)?(" + KANJI_NAME + ")")
_NOT_JAPANESE_NAME_END = lazy_pattern(r"(?:市|区|町|村|県|都|府|道|島|駅|港|山|川|湖|寺|宮|館|園|"
                                      r"場|所|前|内|外|上|下|中|左|右|奥|端|列|側|長|氏|相|事|督|"
                                      r"手|員|官|者|影|供|同|料|社|像|央|段|方|面)$")
# a Korean name: two to four syllables, no title or desk word
_KOREAN_NAME = r"(?!" + KOREAN_TITLE_WORDS + r"|취재|공동|기자)[가-힣]{2,4}"
_KOREAN_REPORTER = KOREAN_REPORTER_TITLE  # "기자", "사진기자", "시민기자": a reporter's title
# A Korean paper's staff photographer closing a caption, signed as its reporter after the
# sentence, a slash, a bar or the place and "=" ("… 있다. 홍길동 기자", "눈 덮인 산 / 홍길동
# 기자", "고성=홍길동 기자", "… 있다. |홍길동기자" as Kyunghyang's blogs sign it), with an
# e-mail address or the day after it, or after "ⓒ" and the paper ("ⓒ시사IN 홍길동") or "ⓒ" and
# the name signed as a reporter ("ⓒ 홍길동 기자 hong@…")
_KOREAN_STAFF = lazy_pattern(
    r"(?:^|(?<=[/=.)\]|])|(?<=[/=.)\]|]\s)|[ⓒ©]\s+(?=[가-힣]{2,4}\s?" + _KOREAN_REPORTER + r")|"
    r"[ⓒ©]\s?(?P<paper>[^\s/]{2,12})\s+)"
    r"(?P<name>" + _KOREAN_NAME + r")"
    r"(?P<title>\s?" + _KOREAN_REPORTER + r")?(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?"
    r"(?:\s*/?\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s*/?)?\s*$")
# A Korean caption closing with the picture's date, the paper and perhaps its photographer
# without a title, as the regional photojournalists' galleries and the papers sign pictures
# ("… 2022.2.26 경인일보 홍길동>", "… 2022.10.9 연합뉴스"): the paper is one the authority knows
# or a word ending as Korean press names end (`KOREAN_PRESS_SUFFIXES`) (c15k); the photographer
# may be signed with a reporter's title, as regional papers' exhibited pictures are ("… 2023. 12.
# 31 전북도민일보 홍길동 기자") (c18j)
_KOREAN_DATED_PRESS = lazy_pattern(
    r"(?:^|(?<=[\s.]))\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*(?P<paper>[가-힣A-Za-z0-9]{2,10})"
    r"(?:\s+(?P<name>(?!제공|촬영|자료|캡처|캡쳐)" + _KOREAN_NAME + r")(?:\s?" + _KOREAN_REPORTER
    + r"(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)?)?\s*$")
# A Korean reporter alone in the brackets closing a caption, perhaps after the place and "="
# or "/" ("(경기 수원=홍길동 기자)", "<홍길동기자>", "[서울/홍길동 기자 hong@…]") (c15k)
_KOREAN_BRACKETED_REPORTER = lazy_pattern(
    r"(?:[가-힣]{1,6}(?:\s[가-힣]{1,6})?\s?[=/]\s?)?(?P<name>" + _KOREAN_NAME + r")\s?"
    + _KOREAN_REPORTER + r"(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?")
# A sentence closing a Korean caption that names who took the picture: "사진은 (the paper) Name
# 기자가 촬영했다" ("the photo was taken by reporter Name"); a known agency before the name is its
# outlet ("사진은 뉴스1 홍길동 기자가 촬영했다.").
_KOREAN_TAKEN_BY = lazy_pattern(
    r"(?:^|(?<=[.。]\s)|(?<=[.。]))사진은\s+(?:(?P<paper>\S{2,12})\s+)?"
    r"(?P<name>" + _KOREAN_NAME + r")\s?" + _KOREAN_REPORTER + r"가\s+"
    r"(?:촬영했다|찍었다|촬영한\s+것이다)\.?\s*$")
# A te reo Māori credit closing a caption, as Māori and iwi newsletters and the national
# museum's blog sign a picture: "Nā Name te whakaahua" (the photo is by Name), "I tukuna mai
# tēnei whakaahua e Name" (this photo was sent in by Name), perhaps followed by the iwi the person
# is of (", nō Kāti Huirapa ki Puketeraki") or a date (", 15 June 2021"); the name is read only
# when it is a person's, as a lone name is ("Nā Te Papa te whakaahua" names the museum) (c15o)
_MAORI_NAME = r"[A-ZĀĒĪŌŪ][\w'-]+(?:\s+[A-ZĀĒĪŌŪ][\w'-]+){1,2}"
_MAORI_PHOTO_BY = lazy_pattern(
    r"(?:^|(?<=\s)|(?<=[.!?)]))(?:N[āa]\s+(?P<by>" + _MAORI_NAME + r")\s+te\s+whakaahua|"
    r"I\s+tukuna\s+mai\s+(?:t[ēe]nei|te)\s+whakaahua\s+e\s+(?P<sent>" + _MAORI_NAME + r"))"
    r"(?:\s*,\s*(?:n[ōo]\s+[^,.]{2,60}|\d{1,2}\s+[^\W\d_]+\s+\d{4}))*[\s.]*$")
# ... and the words that open the names of Māori bodies, museums and iwi rather than of a
# person ("Te Papa", "Te Rūnanga o Ngāi Tahu", "Ngāti Porou", "Kāti Huirapa")
_MAORI_BODY_OPENERS = frozenset({"te", "ngā", "nga", "ngāti", "ngati", "ngāi", "ngai", "kāti",
                                 "kati"})
# A Korean local weekly's date and photographer in angle brackets opening a known caption
# ("<2018.4.17 홍길동> 창간 특집호 모델 어린이들입니다.")
_KOREAN_DATED_OPENING = lazy_pattern(
    r"^\s*[<〈＜]\s*\d{4}\.\s?\d{1,2}\.?(?:\s?\d{1,2}\.?)?\s+(?P<name>[가-힣]{2,4})\s*[>〉＞]"
    r"(?=\s*\S)")
# The last part of a bracket's words after a comma, where a Chinese, Japanese or Korean credit's
# lead-in may open it after a desk's or a note's name ("(뉴미디어부, 출처=연합뉴스)") (c15k)
_LED_AFTER_COMMA = lazy_pattern(r",\s*([^,]{2,60})$")
_CJK_LED = lazy_pattern(CJK_LEAD_INS)
# A Korean paper's byline opening a known caption with no credit after it, as papers open their
# photo news ("[헤럴드경제=홍길동 기자] 눈 덮인 고궁 …"): the paper, "=" and its reporter; a paper
# the authority knows or whose name ends as Korean press names end (c15k)
_KOREAN_PAPER_BYLINE = lazy_pattern(
    r"^\s*\[(?P<paper>[가-힣A-Za-z0-9]{2,12})(?:\([가-힣]{1,8}\))?\s?=\s?(?P<name>"
    + _KOREAN_NAME + r")\s?" + _KOREAN_REPORTER + r"\]\s*(?=\S)")
# A wire agency written in title case before a slash and a name ("… Zürich, 25. Sept. Keystone /
# Ennio Lenza"), where no sentence end marks the credit's start.
_WIRE_BEFORE_SLASH = lazy_pattern(r"(?<!\S)[A-Z][a-z]{2,15}(?=\s*/\s*[^\W\d_])")
# "heißtAFP": a credit run into a word; the letters of Central European names too ("… Maciej
# WierzyńskiTVN24", TVN24's caption and its source line run together) (c15p)
_GLUED_CAPITAL = lazy_pattern(r"(?<=[a-zß-ÿā-ž]{3})[A-Z]")
_GLUED_STOP = lazy_pattern(r"(?<=[^\W\d_])(?<![A-Z])[.!?](?=[A-Z][^\W\d_])|"
                           r"(?<=\d)[.!?](?=[A-Z][^\W\d_])")
# A wire agency after a slash closing the text ("… of a Paris cabaret Ana Lima/Reuters").
_SLASHED_AGENCY = lazy_pattern(r"/\s*([^/\s][^/]{0,30})$")
_SENTENCE_END = lazy_pattern(r"[a-z0-9][.!?]$")
# A gallery's picture number opening a caption, glued to the description ("3/12Las calles …")
_GALLERY_COUNTER = lazy_pattern(r"^\s*\d{1,3}/\d{1,3}(?=\D)")
_GLUED_SLASH = lazy_pattern(r"[^\W\d_]/$")  # "… Sungai Brantas/": no space before the slash
# A Hebrew description's last word or full stop, glued to the slash before the credit
_HEBREW_GLUED_SLASH = lazy_pattern(r"[\u05d0-\u05ea][.]?/$")
_VIA_WORD = lazy_pattern(r"^v[ií]a\s+", FLAGS)
_CHAIN = lazy_pattern(r"\s*/\s*|\s+v[ií]a\s+", FLAGS)
# A dash word set between a caption and the agency closing it: hyphen, en and em dash, and the
# Arabic kashida (tatweel) that Arab papers set, spaced, as a dash ("محمد بن سلمان ـ واس") (c15g)
_DASH_WORD = lazy_pattern(r"[-–—]{1,2}|\u0640+", FLAGS)
# Words after which a closing agency is the sentence's object, not a credit ("told Reuters").
_NOT_BEFORE_AGENCY = frozenset({"the", "by", "from", "to", "told", "said", "with", "and", "of",
                                "for", "via", "tells", "says", "an", "a"})
# Words that open a sentence in German, French, Spanish, Italian and Dutch, never the next word
# of a name a credit opening the caption ends with ("dpa/Jan Woitas Im Oktober …": "Im" is also a
# Korean surname)
_SENTENCE_OPENERS = frozenset({"im", "am", "auf", "bei", "mit", "nach", "vor", "der", "die", "das",
                               "ein", "eine", "le", "la", "les", "un", "une", "dans", "sur",
                               "lors", "el", "los", "las",
                               "il", "lo", "gli", "het", "een"})
# MSN's note of the partner that provided a story, before the partner's own credit line
_PROVIDED_BY = lazy_pattern(r"^(?:©\s*)?provided\s+by\s+.{2,60}?\s+(?=(?:photograph|photo|image|"
                            r"picture|credit)s?\s*:)", FLAGS)
_BRACKETED = needing_pattern(r"\(([^()]{3,120})\)")
_NOISE = lazy_pattern(r"(?:\b|(?=【))(?:" + alternation(TRAILING_NOISE) + r")[\s.]*$", FLAGS)
# A photo-of-the-day page's link to its archive after the credit, whole or cut by a listing's
# ellipsis ("Credit: Name (Country) Find all of our photos of the day here.", "… Find…") (c18g)
_ARCHIVE_LINK = needing_pattern(r"\b(?:" + "|".join(PHOTO_ARCHIVE_LINKS) + r")[\s.]*$", FLAGS)
_AGENCY_AFTER = lazy_pattern(r"\s*\(([^()]{2,40})\)\s*$")
# A file picture's mark after a comma closing a bracketed credit, as AP credits a picture it
# distributes from its archive ("(NASA via AP, File)") (session 19, lead) ...
_FILE_MARK_AFTER = lazy_pattern(r"\s*,\s*file\s*$", FLAGS)
# ... and its label with a colon opening it, as Al Jazeera credits a picture from its archive
# ("[File: Name/Reuters]", "[File photo: AFP]") (session 19, lead)
_FILE_LABEL_BEFORE = lazy_pattern(r"\s*file(?:\s+(?:photo|picture|image))?\s*:\s*(?=\S)", FLAGS)
# A gallery's or video's link word after a spaced dash closing a credit ("Fotó: Name - GALÉRIA")
_GALLERY_LINK = lazy_pattern(r"\s+[-–—]\s*(?:" + alternation(GALLERY_MARKERS) + r")[\s.!]*$",
                             FLAGS)
# The video's credit after a bar closing the picture's, as El País sets it ("… Name (REUTERS) |
# Vídeo: EPV"): the video's maker, not the picture's (session 19, lead)
_VIDEO_CREDIT = lazy_pattern(r"\s*\|\s*(?:vídeo|video|vidéo)s?\s*:\s*[^|:]{1,60}$", FLAGS)
# A picture's number in the paper's library after a slash closing the credit, as Cook Islands
# News numbers every picture by its date ("Picture: NAME/23010204", cookislandsnews.com): no
# part of the credit (c15o)
_PICTURE_NUMBER = lazy_pattern(r"(?<=[^\W\d_])\s*/\s*\d{6,12}[\s.]*$")
# Hashtags after a credit, as news channels' posts close them ("عکاس: Name #اخبار_تهران", the
# Telegram channels of Persian papers and agencies): no part of the credit (c15f)
_TRAILING_HASHTAGS = needing_pattern(r"(?:\s+#[^\W\d_][\w\u200c]*)+[\s.]*$")
# A link after a credit, set off by a spaced slash or bar, as Thai sites close a picture's credit
# with its page's address ("ภาพ: Name / https://…"): no part of the credit (c16v); and a link
# after a sentence's end, as a reference list closes an entry ("… Example Blog. https://…"): its
# slashes are no credit's chain
_TRAILING_LINK = needing_pattern(r"(?:\s[/|]\s*|(?<=[.!?])\s+)(?:https?://|www\.)\S+[\s.]*$", FLAGS)
# A wire desk's marks after the bracket that closes a credit: the editors' initials in brackets
# of their own, as copies of Xinhua's Spanish and Portuguese services keep them ("… (Xinhua/Name)
# (jg) (ah) (ce)"), or a dash the page leaves after it, as Antara's copies close a caption ("…
# (ANTARA/Name/uyu) -"): no part of the credit. Only lower-case marks of one to four letters that
# name no outlet (`_desk_marks`), only after a closing bracket (c20w)
_DESK_MARKS = lazy_pattern(r"(?<=\))(?:(?P<marks>(?:\s*\([a-z]{1,4}\)){1,4})|\s+[-–—])[\s.]*$")
# A full stop after the bracket that closes a credit element ("Фото Name (УзА).", "Photo: Jane
# Doe (AFP)."): the sentence's end, no part of the credit (c13t)
_BRACKET_STOP = lazy_pattern(r"(?<=\))\s*\.\s*$")
_BYLINE = lazy_pattern(r"^by\s+", FLAGS)
# A distributor after a comma closing a credit chain ("Ministry, via Associated Press")
_VIA_CHAIN = lazy_pattern(r",\s+via\s+\S", FLAGS)
# A run of Latin-script words (no Arabic, Hebrew, Chinese, Japanese, Korean or Cyrillic letter in
# it) opening a text, up to the first word in one of those scripts (`_credit_before_script_change`);
# a Cyrillic first word may be glued to the credit's last ("© Sputnik / Name SurnameПосол …", as
# Sputnik's and RIA Novosti's copies set the credit above the caption)
_OTHER_SCRIPT = "\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_SCRIPT_CHANGE = lazy_pattern(rf"(?P<credit>[^{_OTHER_SCRIPT}]*[A-Za-z][^{_OTHER_SCRIPT}]*?)"
                              rf"(?:\s+(?=\d{{0,4}}[{_OTHER_SCRIPT}])"  # "… Press 2017年，…"
                              r"|(?<=[a-z])(?=[\u0410-\u042f][\u0430-\u044f]))")
_LATIN_LETTER = lazy_pattern(r"[A-Za-z]")
_OTHER_SCRIPT_LETTER = lazy_pattern(rf"[{_OTHER_SCRIPT}]")  # what _SCRIPT_CHANGE looks ahead for
# A known agency, then a full stop between spaces, then the photographer: Sputnik's credit on
# all its sites ("© Sputnik . Sergey Bobylev"), read as the slash it stands for
_SPACED_STOP = lazy_pattern(r"^(?:©\s*)?(?P<agency>[^\s./©][^./©]{0,28}?)\s+\.\s+(?=\S)")
_CHAIN_LINK = lazy_pattern(r"\s*(?:/|\||\s[-–—]|\bvia\b)\s*", FLAGS)  # between a chain's links
# A site's notice in its footer ("© 2024 Example Media, LLC. All rights reserved."): a year
# beside the reserved rights, in the languages of our pages. A photographer's own notice ("©
# 2024 Jane Doe. All rights reserved.") still credits a picture; an organisation's does not.
_RESERVED_RIGHTS = lazy_pattern(r"(?=.*\b(?:1[89]|20)\d\d\b).*(?:" + "|".join(RESERVED_RIGHTS)
                                + ")", FLAGS)
# ... and a site's notice over all it holds ("All contents © …", "All Text and Images ©")
_SITE_CONTENTS = lazy_pattern(r"\ball\s+(?:content|contents|text\s+and\s+images)\s+"
                              r"(?:copyright\s+)?(?:©|\(c\))", FLAGS)
# A story's byline of labelled text roles opening a paragraph, as Antara closes its stories
# ("Pewarta: Name Editor: Name Copyright © ANTARA 2025"): with no photo noun in it, the closing
# copyright is the story's, no picture's credit (lead, session 20)
_TEXT_ROLES_OPENING = lazy_pattern(r"^(?:reporter|pewarta|wartawan|penulis|writer|editor|"
                                   r"redaktur|penyunting)\s*:\s*\S", FLAGS)
_PHOTO_NOUN = lazy_pattern(PHOTO_NOUNS, FLAGS)
# A page's menu or a list of links: three bars or more ("Privacy Policy | Terms | Sitemap")
_MENU_BARS = lazy_pattern(r"(?:\s\|\|?\s?.*){3}")
# words that cite a credit as an example rather than give one ("… at the end of the caption in
# parentheses, in the form (Photo/John Doe)", a style guide's)
_CITED_FORM = lazy_pattern(r"\b(?:in\s+the\s+form(?:\s+of)?|such\s+as|for\s+example|for\s+instance|"
                           r"e\.\s?g\.|as\s+follows|should\s+read|reads?\s+as)\s*:?\s*$", FLAGS)
# a picture's title in quotes opening a caption, then "by" its photographer and paper, up to
# the sentence's end ("'Harbour light' by Ana Lima with the Coastline Record. …")
_TITLED_PICTURE = lazy_pattern(r"^\s*['\"‘“][^'\"‘’“”]{2,80}['\"’”]\s+by\s+"
                               r"(?P<credit>[^.!?\"“”]{4,90}?)(?=\.(?:\s|$)|$)")
_WITH_THE = lazy_pattern(r"\s+(?:with|for)\s+the\s+", FLAGS)
# An agency that issued a photo, before its photographer in brackets: "新华社发(高建中 摄)".
_ISSUED_BY = lazy_pattern(r"(?:^|[\s。，])([^\s。，]{2,8}?)\s*(?:发|發)\s*$")


# ==== where credits stand in a caption ==========================================================


@dataclass(frozen=True)
class _Reading:
    """What the grammar reads from a caption's text."""

    body: str  # the text without camera notes
    found: FoundCredit | None
    span: tuple[int, int] | None  # where the credit stands in `body`
    credit_line: bool  # the credit is in closing parentheses or the closing words
    dropped: tuple[tuple[int, int], ...] = ()  # marker-only parentheses ("(Released)")


def signature_address(text: str) -> str | None:
    """The e-mail address closing `text`, as staff photographers sign a caption."""
    signed = SIGNATURE.search(collapse(text))
    return signed.group(0).strip() if signed and signed.start() > 0 else None


def _without_camera_notes(text: str) -> str:
    """The text without its camera notes, parenthesised or as the closing sentence."""
    if _BRACKET.search(text):
        normalised = normalise(text)
        pieces: list[str] = []
        last = 0
        for match in _CAMERA_NOTE.finditer(normalised):
            pieces.append(text[last:match.start()])
            last = match.end()
        pieces.append(text[last:])
        # A note between two stretches of text breaks them: a name never runs across it.
        text = collapse("; ".join(piece for piece in pieces if piece.strip()))
    tail_start = max(0, len(text) - 200)
    closing = _CAMERA_SENTENCE.search(normalise(text[tail_start:]))
    if closing and _valid_camera(closing.group("camera")):
        text = text[:tail_start + closing.start()].rstrip()
    return text


# The picture's day set after the brackets that close a Korean caption with its credit, as
# Newspim does ("… [사진=창원시] 2025.10.10") (c15k)
_DATE_AFTER_BRACKET = lazy_pattern(r"(?<=[\])>])\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*$|"
                                   # ... and a Japanese date, when the item was published,
                                   # after lenticular brackets ("【撮影・Name】2020年12月12日
                                   # 公開", the Mainichi's video captions) (c16j)
                                   r"(?<=】)\s*\d{4}年\d{1,2}月\d{1,2}日(?:公開|更新|配信)?\s*$|"
                                   # ... and Kyodo News Images' note of the day it sent the
                                   # picture and its credit after the bracketed credit ("(長沙
                                   # =新華社配信/Name)= 配信日: 2021年…、クレジット:…") (c16j)
                                   r"(?<=\))\s*[=＝]\s*配信日\s*[:：].*$")
# The brackets a credit may close a caption in: round and square ones, and the angle brackets
# Korean papers set a provided picture's or a reporter's credit in ("<경기도 제공>", "<홍길동기자>",
# "〈사진=…〉") (c15k)
_CLOSERS = {")": "(", "]": "[", ">": "<", "〉": "〈", "】": "【"}


def _closing_parens(body: str) -> tuple[int, int] | None:
    """The span of the parenthesised group that closes `body`, if any."""
    body = normalise(body)  # full-width brackets too
    end = len(body.rstrip(" ."))
    if end == 0 or body[end - 1] not in _CLOSERS:
        return None
    closer = body[end - 1]
    opener = _CLOSERS[closer]
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
    positions = {start + p for p in sentence_starts(tail)}
    positions |= {start + m.start() for m in _GLUED.finditer(tail)}
    positions |= {start + m.start() for m in _GLUED_LEAD.finditer(tail)
                  if tail[m.start() - 1].islower() and tail[m.start()].isupper()}
    positions |= {start + m.start() for m in _GLUED_DATED_LEAD.finditer(tail)}
    positions |= {start + m.end() for m in BREAK_PREFIX.finditer(tail)}
    if line is not None and line >= start:
        positions.add(line)
    positions |= {start + m.end() for m in _BREAK.finditer(tail)}
    positions |= {start + m.start() for m in _lead_anywhere().finditer(normalise(tail))}
    positions |= {start + m.start() for m in _AGENCY_START.finditer(tail)}
    positions |= {start + m.start() for m in _WIRE_BEFORE_SLASH.finditer(tail)
                  if known_outlet(m.group()) in WIRE_AGENCIES}
    positions |= {start + m.start() for m in _ADDRESS_START.finditer(tail)
                  if known_outlet(m.group())}
    positions |= {start + m.start() for m in _JAPANESE_SHOT.finditer(tail)}
    positions |= {start + m.end() for m in _CHINESE_AFTER_BRACKET.finditer(tail)}
    positions |= {start + m.start() for m in _JAPANESE_DATED.finditer(tail)}
    positions |= {start + m.end() for m in _GLUED_CJK_SLASH.finditer(tail)}
    positions |= {start + m.start() for m in _GLUED_RIGHTS.finditer(tail)}
    positions |= {start + m.start() for m in _GLUED_PICTURE.finditer(tail)
                  if is_given_name(m.group("first"))}
    if start == 0:
        positions.add(0)
    return sorted(p for p in positions if p < len(body))


@lru_cache(maxsize=1)
def _lead_anywhere() -> re.Pattern[str]:
    """A lead-in anywhere in a text, after no letter or apostrophe; each lead-in behind a test
    of the characters it may start with (`by_first_character`), compiled when first used."""
    leads = by_first_character([lead.pattern for lead in LEAD_INS], FLAGS)
    return re.compile(r"(?<![\w'])(?:" + leads + ")", FLAGS)


def _clause_end(text: str, start: int) -> int:
    """Where an inline credit's clause ends (abbreviation-aware); a quoted outlet opening it
    ('captured by "Le Matin"'s Inès Duval') is passed over."""
    if text[start:start + 1] == '"':
        start = max(start, text.find('"', start + 1) + 1)
    for match in _CLAUSE_END.finditer(text, start):
        if text[match.end() - 1:match.end()] == "." and abbreviation_before(text,
                                                                            match.end() - 1):
            continue
        return match.start()
    return len(text)


def _opens_with_photo_phrase(text: str) -> bool:
    return _PHOTO_PHRASE.match(normalise(text[:120])) is not None


# The pictures a composite was made from, listed after its credit and a semicolon ("Name/Quanta
# Magazine; sources (from left): A, B, C/Agency", as illustrators credit a collage): no part of
# who made it, as "Source images:" after a lead-in is not (c15n)
_COMPOSITE_SOURCES = lazy_pattern(r"(?<=\S);\s*sources\s*(?:\([^()]{1,30}\))?\s*:[^;]*$", FLAGS)


def _without_noise(body: str) -> str:
    """`body` with web furniture ("Purchase Licensing Rights") and wire-service notes ("CHINA
    OUT. NO COMMERCIAL OR EDITORIAL SALES IN CHINA") cut from its end."""
    while True:
        match = _NOISE.search(body, max(0, len(body) - 80)) or _TRAILING_HASHTAGS.search(
            body, max(0, len(body) - 120)) or _TRAILING_LINK.search(
            body, max(0, len(body) - 300)) or next(
            (m for m in _WIRE_NOTE.finditer(body, max(0, len(body) - CLOSING_SPAN))
             if "/" not in body[m.end():]), None) or _PICTURE_NUMBER.search(
            body, max(0, len(body) - 40)) or _COMPOSITE_SOURCES.search(
            body, max(0, len(body) - CLOSING_SPAN)) or _GALLERY_LINK.search(
            body, max(0, len(body) - 30)) or _ARCHIVE_LINK.search(
            body, max(0, len(body) - 80)) or _VIDEO_CREDIT.search(
            body, max(0, len(body) - 80)) or _desk_marks(body)  # a note before the credit stays
        if match is None or match.start() == 0:
            repeated = _REPEATED_SOURCE.search(body)
            if repeated and fold(body[:repeated.start()]).rstrip(" .").endswith(
                    fold(repeated.group(1))):
                return body[:repeated.start()]
            again = _REPEATED_PHOTO.search(body, max(0, len(body) - 60))
            if again and again.start() > 0 and re.search(
                    re.escape(fold(again.group(1))) + r"\s*/\s*\S",
                    fold(body[max(0, again.start() - 120):again.start()])):
                return body[:again.start()]
            doubled = _DOUBLED_BYLINE.search(body, max(0, len(body) - CLOSING_SPAN))
            if doubled and _slashed_key(doubled.group("second")).startswith(
                    _slashed_key(doubled.group("first"))):
                return body[:doubled.start()] + body[doubled.start("second") - 1:]
            return without_dashed_archive(_credit_repeated_in_capitals(body) or body)
        body = body[:match.start()].rstrip(" .,;|/-")


def _desk_marks(body: str) -> re.Match[str] | None:
    """The wire desk's marks after the bracket closing `body`'s credit ("(Xinhua/Name) (jg)
    (ah)", "(ANTARA/Name) -"), when no mark names an outlet ("(ap)" may be the agency's own)."""
    match = _DESK_MARKS.search(body, max(0, len(body) - 40))
    if match is None or (match["marks"] and any(
            known_outlet(mark) for mark in re.findall(r"\(([a-z]{1,4})\)", match["marks"]))):
        return None
    return match


def _slashed_key(credit: str) -> str:
    """`credit` folded, with no space around its slashes: "Name / AFP" is "name/afp"."""
    return re.sub(r"\s*/\s*", "/", fold(credit))


def _credit_repeated_in_capitals(body: str) -> str | None:
    """`body` without a closing credit chain repeated in capitals after itself, as the Chilean
    agency Aton's captions set its byline and credit fields one after the other ("… del
    palacio. Ana Ruiz/Aton Chile ANA RUIZ/ATON CHILE"); None when there is no such copy."""
    words = body.split(" ")
    for count in range(1, min(7, len(words))):
        tail = " ".join(words[-count:]).rstrip(" .")
        head = " ".join(words[:-count]).rstrip()
        if "/" in tail and tail.isupper() and not head.endswith(tail) and \
                fold(head).endswith(fold(tail)):
            return head
    return None


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
    Park)"), not the photographer's; an outlet beside it is still read. A closing credit that
    names only an outlet takes the photographer of a copyright credit opening the caption."""
    return _with_opening_copyright(_read_closing(text, closing_only), closing_only)


def _read_closing(text: str, closing_only: bool) -> _Reading:
    reading = _walk(text, closing_only=closing_only)
    found, span = reading.found, reading.span
    if found is not None and span is not None and \
            _ART_RIGHTS.search(reading.body[span[0]:span[1]]):
        # "© Wayne Thiebaud/VAGA at ARS, NY": an artwork's copyright, the artist's name
        return _Reading(reading.body, None, span, reading.credit_line, reading.dropped)
    if found is None or found.photographer is None or span is None:
        return reading
    # a credit repeated in capitals after itself (Aton's) is no description naming a subject
    body = _credit_repeated_in_capitals(reading.body) or reading.body
    described = fold(_without_repeated_credit(body[:span[0]] + " " + body[span[1]:],
                                              found.photographer))
    if not any(_names_word(fold(name), described) for name in found.photographer.split("; ")):
        return reading
    kept = FoundCredit(found.form, None, found.outlet, found.via) if found.outlet or found.via \
        else None
    return _Reading(reading.body, kept, span, reading.credit_line, reading.dropped)


def _names_word(word: str, text: str) -> bool:
    """Whether `text` holds `word` with no word character either side; the pattern is built
    only where `text` holds `word` at all (most do not), so the pattern cache stays small."""
    return word in text and re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None


def _with_opening_copyright(reading: _Reading, closing_only: bool) -> _Reading:
    """A closing credit that names only an outlet, with the photographer a copyright credit
    opening the caption names ("© Name. A ship in the harbour. Courtesy Magnum Photos", as
    galleries and magazines credit a photographer and the agency that lends the picture): the
    two read as one credit (session 19, lead)."""
    found, span = reading.found, reading.span
    if closing_only or found is None or span is None or found.photographer or found.via or \
            not found.outlet or span[0] == 0:
        return reading
    opening = _opening_copyright(reading.body[:span[0]])
    if opening is None or not opening[0].photographer or opening[0].outlet:
        return reading
    return _Reading(reading.body, FoundCredit(found.form, opening[0].photographer, found.outlet),
                    span, reading.credit_line, (*reading.dropped, (0, opening[1])))


def _without_repeated_credit(text: str, photographer: str) -> str:
    """`text` without the bracketed credits that name `photographer` again, as pages repeat a
    credit ("(AP Photo/Lynne Sladky) (AP Photo/Lynne Sladky)", "(Photo by Jon Super/Xinhua via
    Getty) (Xinhua/Jon Super via Getty Images)"), and a closing "Photo: Name" that names them
    again after the credit (Radio New Zealand's, c15o): a name there is no subject's."""
    def repeated(match: re.Match[str]) -> str:
        found = read_segment(match.group(1), SegmentContext())
        return " " if found and found.photographer == photographer else match.group(0)
    text = _BRACKETED.sub(repeated, text)
    again = _REPEATED_PHOTO.search(text)
    return text[:again.start()] if again and fold(again.group(1)) == fold(photographer) else text


def _walk(text: str, *, closing_only: bool = False) -> _Reading:
    """Walk a caption's credit places in order: closing parentheses, closing words, inline.

    Outside the caption test (`closing_only` False: the text is known to be a caption), a
    known agency alone in the closing brackets is its credit ("[Xinhua]", "(Yonhap)")."""
    body = _without_camera_notes(collapse(text))
    dropped: list[tuple[int, int]] = []
    archived = False  # a closing "(Archiv)": a lone name before it is the subject's
    rest, offset = _without_noise(body), 0  # `rest` is body[offset:offset + len(rest)]
    dated = _DATE_AFTER_BRACKET.search(rest)
    if dated:  # "… [사진=창원시] 2025.10.10": the day after the bracketed credit (c15k)
        rest = rest[:dated.start()]
    numbered = _LIST_NUMBER.match(rest)  # "#19: Jorge Silva / Reuters": a listicle's entry
    if numbered:
        rest, offset = rest[numbered.end():], numbered.end()
    for _ in range(3):  # up to three closing parenthesised groups
        span = _closing_parens(rest)
        if span is None:
            break
        inner = rest[span[0] + 1:span[1] - 1]
        labelled = _FILE_LABEL_BEFORE.match(inner)  # "[File: Name/Reuters]"
        inner = inner[labelled.end():] if labelled else inner
        whole = (offset + span[0], offset + span[1])
        if is_marker(inner):
            dropped.append(whole)
            archived = archived or fold(trim(inner)) in ARCHIVE_MARKERS
        else:
            # "( Ảnh: Name (AGENCY) )": nested brackets, the agency's inside the credit's
            found = read_segment(inner, SegmentContext()) or _agency_after(trim(inner),
                                                                           SegmentContext())
            filed = None if found else _FILE_MARK_AFTER.search(inner)
            if filed:  # "(NASA via AP, File)": a file picture's mark after the whole credit
                found = read_segment(inner[:filed.start()], SegmentContext())
            led = None if found else _LED_AFTER_COMMA.search(inner)
            if led and _CJK_LED.match(led.group(1)):
                # "(뉴미디어부, 출처=연합뉴스)": the desk, then the credit after its lead-in (c15k)
                found = read_segment(led.group(1), SegmentContext())
            if found:
                issuer = _ISSUED_BY.search(rest, 0, span[0])  # "新华社发(高建中 摄)"
                if found.outlet is None and issuer and known_outlet(issuer.group(1)):
                    found = FoundCredit(found.form, found.photographer, issuer.group(1))
                if found.photographer is None and found.outlet and not closing_only:
                    found, whole = _signed_before(rest[:span[0]], found, whole, offset)
                return _Reading(body, found, whole, True, tuple(dropped))
            named = None if closing_only or dropped else (
                _bracketed_name(rest[:span[0]], inner)
                or _japanese_bracketed_name(rest[:span[0]], inner)
                or _initial_and_surname(rest[:span[0]], inner))
            if named:
                return _Reading(body, FoundCredit("name alone in closing brackets", named, None),
                                whole, True, tuple(dropped))
            reporter = None if closing_only or span[0] == 0 else \
                _KOREAN_BRACKETED_REPORTER.fullmatch(trim(inner))
            if reporter:
                # "… 있다. (경기 수원=홍길동 기자)": the paper's reporter who took the picture
                return _Reading(body, FoundCredit("reporter in closing brackets (Korean)",
                                                  reporter.group("name"), None),
                                whole, True, tuple(dropped))
            squared = not closing_only and span[0] > 0 and rest[span[0]] == "["
            found = read_segment(inner, SegmentContext(announced=True)) \
                if not closing_only and span[0] > 0 else None
            if found and found.photographer and found.outlet and (
                    squared or known_by_name(found.outlet)):
                # "[Name, Standard]": a name and the paper, as Kenya's Standard credits; in
                # round brackets only with an outlet known by name: to the authority, the
                # lexicon or the news outlets list ("(Name Toronto Star)", "(Name, Gazeta
                # Wyborcza)")
                return _Reading(body, found, whole, True, tuple(dropped))
            if not closing_only and span[0] > 0 and (known_outlet(inner) or (
                    squared and "," not in inner and (organisation(inner)
                                                      or DOMAIN.fullmatch(inner)))):
                # "[China Daily]", "[eastday.com]": square brackets closing a caption hold
                # the source an editor added
                alone = FoundCredit("agency alone in closing brackets", None, trim(inner))
                alone, whole = _signed_before(rest[:span[0]], alone, whole, offset)
                return _Reading(body, alone, whole, alone.photographer is not None,
                                tuple(dropped))
        if span[0] == 0:  # the whole caption in brackets: "[Photo: Smoke. REUTERS/Amir Cohen]"
            if not closing_only and known_outlet(trim(inner)):
                # a gallery's caption that is only its agency ("(Fotogramma)", Corriere) (c14i)
                return _Reading(body, FoundCredit("agency alone in closing brackets", None,
                                                  trim(inner)), whole, True, tuple(dropped))
            rest, offset = inner, offset + 1
            continue
        rest = rest[:span[0]].rstrip()
    opener = max(rest.rfind("("), rest.rfind("["))  # an unclosed bracket: "(Photo by X/AFP"
    if opener > 0 and len(rest) - opener <= 200 and not any(ch in rest[opener:] for ch in ")]"):
        found = read_segment(rest[opener + 1:], SegmentContext())
        if found:
            return _Reading(body, found, (offset + opener, offset + len(rest)), True,
                            tuple(dropped))
    before_script = _credit_before_script_change(rest)
    if before_script:
        return _Reading(body, before_script[0], (offset, offset + before_script[1]), False,
                        tuple(dropped))
    start = 0
    if len(rest) > CLOSING_SPAN:
        start = rest.find(" ", len(rest) - CLOSING_SPAN) + 1
    tail = normalise(rest[start:]).casefold()
    if any(signal in tail for signal in _SIGNALS):
        unread_lead: int | None = None  # a lead-in whose credit could not be read
        for position in _closing_starts(rest, start, _last_line_start(text, rest)):
            if unread_lead is not None and not sentence_starts(rest[unread_lead:position + 1]):
                continue  # a piece of a credit that reads as nothing whole ("© A - B / C")
            # a known caption that is only "© Name" is its credit; as a paragraph of its own
            # (the caption test) it may close the article's text instead
            opens = position == 0 and (closing_only or not _LONE_COPYRIGHT.match(rest))
            found = read_segment(rest[position:], SegmentContext(at_start=opens))
            glued = trim(rest[position:].rstrip(" ."))
            if found is None and _GLUED_CJK_SLASH.match(rest, position - 1) and \
                    known_outlet(glued):
                found = FoundCredit("outlet after a slash glued to Japanese text", None, glued)
            if found and found.photographer is None and found.outlet and \
                    rest[:position].rstrip().endswith("/"):
                # "… near St Petersburg Andrei Bok / SOPA Images / LightRocket via Getty Images"
                slashed = _slashed_before_agency(rest, (found, position))
                if slashed:
                    return _Reading(body, slashed[0], (offset + slashed[1], offset + len(rest)),
                                    True, tuple(dropped))
            if found and (found.photographer or found.outlet):
                # "… ao longe TYRONE SIU / REUTERS": a name in capitals set after the description
                # with no punctuation; its surname alone reads as an agency's acronym or as
                # the photographer
                capitals = _capitals_name_before(rest, position, found)
                if capitals:
                    return _Reading(body, capitals[0],
                                    (offset + capitals[1], offset + len(rest)), True,
                                    tuple(dropped))
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
    normalised = normalise(body)
    # a credit line closes the paragraph: then only the tail can hold it
    scan_from = max(0, len(body) - CLOSING_SPAN) if closing_only else 0
    for match in _INLINE.finditer(normalised, scan_from):
        verb = INLINE_VERBS[int(next(k for k, v in match.groupdict().items() if v)[4:])]
        end = _clause_end(normalised, match.end())
        closing = not body[end:].strip(" .;)]\"'”’")
        if closing_only and not closing:
            continue
        context = SegmentContext(announced=True, bare_person=verb.photo_specific or photo_caption,
                                 bare_outlet=verb.photo_specific)
        found = read_segment(body[match.end():end], context)
        if found:
            line = closing and found.outlet is not None
            return _Reading(body, found, (match.start(), end), line, tuple(dropped))
    if not closing_only:
        staff = _KOREAN_STAFF.search(rest)
        if staff and (staff.group("title") or staff.group("paper")):
            # a known caption's; a paragraph that may close a story signs the story's reporter
            return _Reading(body, FoundCredit("name reporter closing a caption (Korean)",
                                              staff.group("name"), staff.group("paper")),
                            (offset + staff.start(), offset + len(rest)), True, tuple(dropped))
        press = _KOREAN_DATED_PRESS.search(rest)
        paper = press.group("paper") if press else ""
        if press and (known_outlet(paper) or paper.endswith(KOREAN_PRESS_SUFFIXES)):
            # "… 2022.2.26 경인일보 홍길동": the day, the paper, its photographer
            return _Reading(body, FoundCredit("date, paper, name closing a caption (Korean)",
                                              press.group("name"), paper),
                            (offset + press.start(), offset + len(rest)), True, tuple(dropped))
        taken = _KOREAN_TAKEN_BY.search(rest)
        if taken:
            # "… 사진은 뉴스1 홍길동 기자가 촬영했다.": the sentence names who took the picture
            paper = taken.group("paper")
            return _Reading(body, FoundCredit("the photo taken by a reporter (Korean)",
                                              taken.group("name"),
                                              paper if paper and known_outlet(paper) else None),
                            (offset + taken.start(), offset + len(rest)), True, tuple(dropped))
        maori = _MAORI_PHOTO_BY.search(rest)
        maori_name = _lone_name(maori.group("by") or maori.group("sent")) if maori else None
        if maori_name and fold(maori_name.split()[0]) in _MAORI_BODY_OPENERS:
            maori_name = None  # "Nā Te Papa te whakaahua": the museum's, no person's
        if maori and maori_name:
            # "… Nā Norm Heke te whakaahua": the closing words name who took the picture
            return _Reading(body, FoundCredit("the photo by Name (Māori)", maori_name, None),
                            (offset + maori.start(), offset + len(rest)), True, tuple(dropped))
        dated = _KOREAN_DATED_OPENING.match(rest)
        if dated:
            # "<2018.4.17 홍길동> …": a local weekly's date and photographer opening the caption
            return _Reading(body, FoundCredit("date and name opening a caption (Korean)",
                                              dated.group("name"), None),
                            (offset, offset + dated.end()), True, tuple(dropped))
        byline = _KOREAN_PAPER_BYLINE.match(rest)
        paper = byline.group("paper") if byline else ""
        if byline and (known_outlet(paper) or paper.endswith(KOREAN_PRESS_SUFFIXES)):
            # "[헤럴드경제=홍길동 기자] …": the paper's photo news, signed by its reporter
            return _Reading(body, FoundCredit("paper=reporter opening a caption (Korean)",
                                              byline.group("name"), paper),
                            (offset, offset + byline.end()), True, tuple(dropped))
        closing_name = _closing_name(rest)
        if closing_name:
            return _Reading(body, closing_name[0], (offset + closing_name[1], offset + len(rest)),
                            True, tuple(dropped))
        run_in = _run_in_contributor(rest) or _vietnamese_name_in_capitals(rest)
        if run_in:
            return _Reading(body, run_in[0], (offset + run_in[1], offset + len(rest)), True,
                            tuple(dropped))
        agency_end = _SLASHED_AGENCY.search(rest.rstrip(" ."))
        agency_name = _VIA_WORD.sub("", agency_end.group(1)) if agency_end else ""
        known_agency = known_outlet(agency_name) if agency_end else None
        if agency_end and known_agency:
            wire = known_agency in WIRE_AGENCIES
            if wire:
                # no space around the slash: "… of a Paris cabaret Ana Lima/Reuters", "… in a
                # borrowed dress Ana Lima/via Reuters"
                agency = FoundCredit("wire agency after the description", None, agency_name)
                run_in = _slashed_before_agency(rest, (agency, agency_end.start(1)))
                if run_in:
                    return _Reading(body, run_in[0], (offset + run_in[1], offset + len(rest)),
                                    True, tuple(dropped))
            if _SENTENCE_END.search(rest, 0, agency_end.start()) and \
                    (wire or "/" not in _GALLERY_COUNTER.sub("", rest[:agency_end.start()])):
                # the slash glued to the full stop closing the description: a wire agency
                # ("… for a second term./Europa Press"), or any outlet the authority knows with
                # no other slash before it, as 14ymedio's galleries credit the paper after the
                # picture's number ("3/12… no aparece./14ymedio", c17l)
                form = "wire agency after the description" if wire else \
                    "outlet glued to the full stop"
                return _Reading(body, FoundCredit(form, None, agency_name),
                                (offset + agency_end.start(), offset + len(rest)), True,
                                tuple(dropped))
        if agency_end and _glued_outlet(rest[:agency_end.start()], agency_name) and \
                "/" not in rest[:agency_end.start()] and \
                len(rest[:agency_end.start()].split()) >= 4:
            # the slash glued to the description's last word, no name read before it and no
            # chain: "… di hadapan Yang di-Pertuan Agong/BERNAMA)", "… di hulu Sungai
            # Brantas/Antara", as the papers of Malaysia and Indonesia close a caption with their
            # national agency (c15i)
            return _Reading(body, FoundCredit("wire agency after the description", None,
                                              agency_name),
                            (offset + agency_end.start(), offset + len(rest)), True,
                            tuple(dropped))
        trailing = _trailing_agency(rest)
        if trailing:
            return _Reading(body, trailing[0], (offset + trailing[1], offset + len(rest)), False,
                            tuple(dropped))
        closing_via = _VIA_CLOSING.search(rest)
        if closing_via and known_outlet(closing_via.group("agency")):
            # "Port of Mocha, 1692 — via Wikimedia Commons": the library it came through
            return _Reading(body, FoundCredit("via an outlet after the description", None,
                                              trim(closing_via.group("agency"))),
                            (offset + closing_via.start(), offset + len(rest)), False,
                            tuple(dropped))
        barred = _BARRED_ACRONYM.search(rest)
        if barred and acronym(barred.group(1)) and not is_marker(barred.group(1)):
            # "… in the courtroom. | APG"; but "| DR" (droits réservés) names no one
            return _Reading(body, FoundCredit("agency acronym after a bar", None, barred.group(1)),
                            (offset + barred.start(), offset + len(rest)), False,
                            tuple(dropped))
        titled = _titled_picture(rest)
        if titled:
            return _Reading(body, titled[0], (offset + titled[1][0], offset + titled[1][1]),
                            False, tuple(dropped))
        opening = _opening_copyright(rest) or _opening_taker_credit(rest) or \
            _opening_country_credit(rest) or _contest_entry(rest) or \
            _opening_labelled_source(rest) or _opening_credit(rest)
        if opening:
            return _Reading(body, opening[0], (offset, offset + opening[1]), False,
                            tuple(dropped))
    return _Reading(body, None, None, False, tuple(dropped))


def _credit_before_script_change(rest: str) -> tuple[FoundCredit, int] | None:
    """A credit chain in the Latin script opening a caption whose description is in the Arabic
    or Hebrew script, with no punctuation between them, as copies of BBC Arabic's galleries set
    the picture's credit before its alt text ("Name/Getty Images <Arabic description>") (c17a),
    or in the Chinese, Japanese or Korean script, as copies of the New York Times' Chinese site
    set the credit line above the caption ("Korean Central News Agency/Korea News Service, via
    Associated Press <Chinese description>") (c20w), or in the Cyrillic script, its first word
    glued to the credit's last ("© Sputnik / Name SurnameПосол …", lead, session 20), and where
    it ends: at the change of script.
    Read only as a chain ("/" or ", via") naming an outlet or a distributor the authority
    knows: a Latin name alone before such words is as often the sentence's subject."""
    changed = _SCRIPT_CHANGE.match(rest) if _OTHER_SCRIPT_LETTER.search(rest) else None
    if changed is None or _LATIN_LETTER.search(rest, changed.end()):
        return None
    head = changed.group("credit")
    if "/" not in head and _VIA_CHAIN.search(head) is None:
        return None
    found = read_segment(head, SegmentContext())
    if found is None or not any(name and known_outlet(name) for name in (found.outlet, found.via)):
        return None
    return found, len(head)


def _titled_picture(rest: str) -> tuple[FoundCredit, tuple[int, int]] | None:
    """In a text known to be a caption, a picture's title in quotes opening it, "by" the
    photographer "with" or "for" the paper, as photo-of-the-year pages list their pictures
    ("'Harbour light' by Ana Lima with the Coastline Record. …"), and where the credit is: read
    only with the paper, since a quoted title by a name alone is as often an artwork's."""
    titled = _TITLED_PICTURE.match(rest)
    if titled is None:
        return None
    credit = titled.group("credit")
    with_the = _WITH_THE.search(credit)
    if with_the:  # "with the Paper" says what "for the Paper" says; "the" is no part of its name
        credit = credit[:with_the.start()] + " for " + credit[with_the.end():]
    found = read_segment(credit, SegmentContext(announced=True))
    if found is None or not found.photographer or not found.outlet:
        return None
    return found, titled.span("credit")
def _opening_copyright(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, a copyright credit as its opening sentence, the
    description after it ("© Name / Agency. A man crosses the bridge…", as French magazines
    print it), and where it ends: at the first full stop that closes no abbreviation or
    initial, before a capitalised sentence of at least three words. A colon after a credit
    chain may end it too, before whom the picture shows ("©Name/Shutterstock: Sandra Oh", a
    portrait series' captions) (c15n)."""
    if not rest.startswith("©"):
        return None
    for stop in re.finditer(r"\.\s+|:\s+", rest):
        if stop.group(0).startswith(":"):
            head, after = rest[:stop.start()], rest[stop.end():]
            if "/" not in head or "/" in after or not after[:1].isupper():
                continue  # "© Photo: Name/AFP. …": the lead-in's colon
            found = read_segment(head, SegmentContext())
            if found and found.photographer and found.outlet:
                return found, stop.start()
            continue
        if abbreviation_before(rest, stop.start()):
            continue
        after = rest[stop.end():]
        if len(after.split()) < 3 or not (after[:1].isupper() or after[:1] in "«\"“'"):
            return None
        found = read_segment(rest[:stop.start()], SegmentContext())
        if found and (found.photographer or (found.outlet and known_outlet(found.outlet))):
            return found, stop.start()
        return None
    return None


def _opening_taker_credit(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, a lead-in that names who took the picture opening it,
    their name and a colon before the description ("تصوير وتعليق/Name:…", picture and caption by,
    as Aden's 14 October signs its readers' camera column; "Photo and caption by Name: …"): the
    photographer, and where the credit ends, when a description of three words or more follows
    the colon (c15g)."""
    lead = LEAD_IN.match(normalise(rest))
    kind = lead_kind(lead) if lead else None
    if lead is None or kind is None or not kind.names_taker:
        return None
    colon = rest.find(":", lead.end())
    if colon < 0 or len(rest[lead.end():colon].split()) > 4 or \
            len(rest[colon + 1:].split()) < 3:
        return None
    found = read_segment(rest[:colon], SegmentContext())
    if found is None or not found.photographer:
        return None
    return found, colon + 1


# A credit opening a caption up to a bracket closing after its first words, where the bracket
# may hold the photographer's country ("Fotoğraf: Name (Belçika) Okyanus kategorisi") (c17t)
_OPENING_BRACKET = lazy_pattern(r"^(?P<credit>[^()]{4,80}?\s*\([^()]{2,60}\))(?=[\s.,;:]|$)")
# ... and the contest's category or award it names after the bracket, as award galleries list
# their winners ("… Hayvan Portreleri kategorisi", "… Animal Portraits category", "… Grand
# prize"): a subject's country after their name opens a sentence instead ("Photo: Name
# (Germany) speaks …") (c17t)
_CONTEST_WORDS = lazy_pattern(r"(?<!\w)(?:kategori|kategorisi|category|categoría|catégorie|"
                              r"kategorie|ödül|ödülü|award|prize|finalist|finalisti)(?!\w)", FLAGS)


def _opening_country_credit(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, a photo lead-in opening it, the photographer's name and
    their country in brackets, as award galleries list their winners ("Fotoğraf: Name (Belçika
    ve Hollanda) Okyanus kategorisi", "Photo: Name (USA). Grand prize, birds."): the country's
    bracket closes the credit, and what follows names the contest's category or award, no
    credit. A lead-in naming a source ("Credit:", "©"), no country in the brackets or no
    category after them ("Photo: Name (Germany) speaks …": the subject) read nothing (c17t)."""
    lead = LEAD_IN.match(normalise(rest))
    kind = lead_kind(lead) if lead else None
    bracketed = _OPENING_BRACKET.match(rest)
    if kind is None or kind.names_source or bracketed is None:
        return None
    credit = bracketed.group("credit")
    if without_country(credit) == credit or \
            not _CONTEST_WORDS.search(rest, bracketed.end("credit")):
        return None
    found = read_segment(credit, SegmentContext())
    if found is None or not found.photographer or found.outlet or found.via:
        return None
    return found, bracketed.end("credit")


_SPACED_DASH = lazy_pattern(r"\s[-–—]\s")


def _contest_entry(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, a contest's entry listed as its title, the
    photographer, their country and the award, set apart by spaced dashes, as award pages list
    the winners ("Sis - Name - Türkiye - Yılın Çevre Fotoğrafı Ödülü", "Fog - Name - Iran - Award
    for the Environment"): the photographer, when the title is short, the third part is a
    country the lists know and the last, capitalised, names an award or a category (c17t)."""
    parts = [part.strip() for part in _SPACED_DASH.split(rest.rstrip(" ."))]
    if len(parts) != 4 or not all(parts) or len(parts[0].split()) > 6 or \
            not parts[3][:1].isupper() or not _CONTEST_WORDS.search(parts[3]):
        return None
    placed = f"{parts[1]} ({parts[2]})"
    if without_country(placed) == placed:  # the third part is the photographer's country
        return None
    found = read_segment(parts[1], SegmentContext(announced=True))
    if found is None or not found.photographer or found.outlet or found.via:
        return None
    start = rest.find(parts[1], len(parts[0]))
    return found, start + len(parts[1])


def _opening_credit(rest: str) -> tuple[FoundCredit, int] | None:
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
        head = " ".join(words[:count])
        link = re.split(r"\s*/\s*", head)[-1]  # "NAME / EPA Men lift…": the agency closes it
        if "/" in head and known_outlet(f"{link} {following}"):
            continue  # "Name/Getty Images …": the agency's name goes on
        # "Name/Supplied The house…": Stuff sets the credit of a reader's picture before the
        # caption, the word for a lent picture closing it (c15o)
        supplied = "/" in head and fold(link) in _SUPPLIED_WORDS
        closed = "/" in head and (known_outlet(link) is not None or supplied)
        if not closed and fold(following) not in NOT_NAME_WORDS and \
                fold(following) not in _SENTENCE_OPENERS and (
                name_word(following) != "name" or is_given_name(following)
                or is_surname(following)):
            continue  # the word may go on the name
        lead = LEAD_IN.match(normalise(head))
        kind = lead_kind(lead) if lead else None
        led = lead is not None and (kind is None or kind.runs_into_sentence)
        found = read_segment(head, SegmentContext())
        if found and found.photographer and (led or supplied or (found.outlet and (
                known_outlet(found.outlet) or DOMAIN.fullmatch(found.outlet)))):
            return found, len(head)
    return None


# The BBC's layout of a picture's text: the source label and the credit on one line, the caption
# label and the description on the next ("Image source, Getty Images Image caption, …"; in its
# Somali and Hausa services "Xigashada Sawirka, Name Qoraalka sawirka, …", "Asalin hoton, AFP
# Bayanan hoto, …") (c18s)
_BBC_SOURCE_LABEL = lazy_pattern(r"^(?:image\s+source|xigashada\s+sawirka|madda\s+suuraa|"
                                 r"asalin\s+hoton|oríṣun\s+àwòrán)\s*,\s*(?=\S)", FLAGS)
_BBC_CAPTION_LABEL = lazy_pattern(r"\s+(?:image\s+caption|qoraalka\s+sawirka|bayanan\s+hoto)"
                                  r"\s*,\s*(?=\S)", FLAGS)


def _opening_labelled_source(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, the BBC's source label and credit opening it before its
    caption label and the description: the credit, read as a credit element reads it (a lone
    name is the photographer's), and where it ends, at the caption label (c18s)."""
    label = _BBC_CAPTION_LABEL.search(rest)
    if label is None or not _BBC_SOURCE_LABEL.match(rest) or label.start() > 80:
        return None
    found = read_segment(rest[:label.start()], SegmentContext(announced=True, sourced=True))
    return (found, label.start()) if found else None


# The words for a lent picture that may close a credit opening a caption ("Name/Supplied")
_SUPPLIED_WORDS = frozenset({"supplied", "handout", "provided"})


def _announces_credit(segment: str, at_start: bool) -> bool:
    """Whether `segment` opens with a lead-in that announces a credit running to the end of its
    sentence ("© ARTIS - Uli Deck / Atruvia"); "Photo:" opening a caption may announce its
    subject instead."""
    lead = LEAD_IN.match(normalise(segment))
    if lead is None:
        return False
    kind = lead_kind(lead)
    # a lead-in that must name a person announces nothing until it does ("Photo NASA/JPL")
    return kind is not None and not kind.names_person and not (at_start and kind.subject_ambiguous)


def names_a_lead_in(text: str) -> bool:
    """Whether a credit lead-in ("Photo:", "Credit:", "Courtesy of", "©") stands anywhere in
    `text`."""
    return _lead_anywhere().search(normalise(collapse(text))) is not None


def announces_credit(text: str) -> bool:
    """Whether `text`, short enough to be a credit line (at most MAX_CREDIT_WORDS words after
    its lead-in), opens with a lead-in that announces a credit ("Photo: Name", "© Agency")."""
    text = collapse(text)
    return len(text.split()) <= MAX_CREDIT_WORDS + 3 and _announces_credit(text, False)


def _glued_outlet(before: str, agency: str) -> bool:
    """Whether an outlet glued with a slash to the description's last word closes the caption
    alone: a national agency of Malaysia or Indonesia ("… Sungai Brantas/Antara") (c15i), or
    any outlet the authority knows after a Hebrew description, as Walla closes its captions
    ("… האורח בלי ז'קט/לשכת העיתונות הממשלתית", "… של החברה./Unsplash") (c16w)."""
    slashed = before + "/"
    if known_outlet(agency) in GLUED_AGENCIES:
        return bool(_GLUED_SLASH.search(slashed))
    return bool(known_outlet(agency) and _HEBREW_GLUED_SLASH.search(slashed))


def _after_title(text: str, position: int) -> bool:
    """Whether `position` follows a comma closing a title ("Presidente de EEUU, Joe Biden /
    AFP", "The prime minister, Ana Lima/AFP"): the name there is the title holder's."""
    before = text[:position].rstrip()
    if not before.endswith(","):
        return False
    return any(fold(word).strip(".,") in TITLE_WORDS for word in before.split()[-4:])


def _bracketed_name(before: str, inner: str) -> str | None:
    """In a text known to be a caption, one person's name alone in the brackets closing it after
    a description ("A sunrise over the bay (Ana Lima)"), as readers' and staff pictures are
    credited: two or three capitalised words opening with a given name the names data knows,
    and no place's ("(Santa Monica)", "(Hong Kong)"); the word "photo" may close it, as Black
    Press's papers credit their staff ("(Ana Lima photo)")."""
    words = inner.split()
    if len(words) > 2 and fold(words[-1]) in ("photo", "photos"):
        words = words[:-1]
    if len(before.split()) < 3 or not 2 <= len(words) <= 3:
        return None
    if _RIGHT_TO_LEFT_NAME.fullmatch(" ".join(words)):
        # a name in Arabic or Hebrew letters, which have no capitals: its first word a given
        # name the names data knows ("(نبيل اسماعيل)")
        return " ".join(words) if (is_given_name(words[0]) or is_hebrew_given_name(words[0])) \
            and uncased_name(" ".join(words)) else None
    if not all(w[:1].isupper() for w in words) or \
            (is_given_name(words[-1]) and not is_surname(words[-1])):
        return None
    return _lone_name(" ".join(words))


# A photographer's initial and surname in capitals, as Glas Istre closes every caption with its
# photographer's ("Name (N. SURNAME)", glasistre.hr) (c17e): an initial and one or two words in
# capitals; a subject's name is written out
_INITIAL_AND_SURNAME = lazy_pattern(r"(?-i:[A-ZČĆŠŽĐ]\.\s?[A-ZČĆŠŽĐ]{2,}(?:[-\s][A-ZČĆŠŽĐ]{2,})?)")


def _initial_and_surname(before: str, inner: str) -> str | None:
    """In a text known to be a caption, a photographer's initial and surname in capitals alone in
    the brackets closing it after a description or a subject's name ("Name (N. SURNAME)")."""
    inner = trim(inner)
    if not before.strip() or not _INITIAL_AND_SURNAME.fullmatch(inner) or is_marker(inner):
        return None
    return inner


# Two or three words in the Arabic or the Hebrew script
_RIGHT_TO_LEFT_NAME = lazy_pattern(r"[\u0590-\u05ff\u0600-\u06ff]+"
                                   r"(?:\s+[\u0590-\u05ff\u0600-\u06ff]+){1,2}")


def _japanese_bracketed_name(before: str, inner: str) -> str | None:
    """In a text known to be a caption, a Japanese staff photographer's name alone in the
    brackets closing it after "=" and the picture's place ("…=旭川市(西野正史)")."""
    match = _JAPANESE_BRACKET_NAME.fullmatch(trim(inner))
    if match is None or not _JAPANESE_PLACE_TAIL.search(before.rstrip()) or \
            _NOT_JAPANESE_NAME_END.search(match.group(1)):
        return None
    return kanji_name(match.group(1))


def _signed_before(before: str, agency: FoundCredit, span: tuple[int, int], offset: int) -> \
        tuple[FoundCredit, tuple[int, int]]:
    """An agency in the brackets closing a known caption, with the photographer's name alone
    before it after the description ("… el 1 de agosto. Alketa Misja (dpa/picture alliance via
    Getty)", as El País credits; `_closing_name`), and where the credit starts."""
    signed = _announced_name(before.rstrip()) or _closing_name(before.rstrip()) \
        or _bracketed_signature(before.rstrip()) or _chinese_shot_signature(before.rstrip())
    if signed is None:
        return agency, span
    return FoundCredit(agency.form, signed[0].photographer, agency.outlet, agency.via), \
        (offset + signed[1], span[1])


# A Chinese photographer's name and "摄" (photographed) closing the description, before the
# bracketed agency that distributes the picture ("…正在表演。 王 哲摄(人民视觉)", People's Daily):
# after a sentence's end or a space, a name of two to four characters, one space in it at most.
_CHINESE_SHOT_TAIL = lazy_pattern(r"(?:(?<=[\s。，,；;])|^)"
                                  r"([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*(?:摄|攝)(?:影)?)$")


def _chinese_shot_signature(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, a Chinese photographer's name and "摄" closing it before
    an agency's brackets ("… 鄭家裕 攝(人民視覺)"), read as the Chinese forms read it, and where
    it starts (c14j)."""
    tail = _CHINESE_SHOT_TAIL.search(rest)
    found = read_segment(tail.group(1), SegmentContext()) if tail else None
    if tail is None or found is None or found.photographer is None or found.outlet:
        return None
    return found, tail.start(1)


def _bracketed_signature(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, one person's name alone in brackets after its last
    sentence, before the agency's own brackets ("… during the lockdown. (Jo Hale) (Getty)", as
    Nine's sites credit a picture), and where it starts; a name in brackets inside a sentence
    ("The new coach (Jo Hale) (AAP)") is the subject's."""
    if not rest.endswith(")"):
        return None
    start = rest.rfind("(")
    before = rest[:start].rstrip()
    if start < 0 or not before.endswith((".", "!", "?")) or len(before.split()) < 4:
        return None
    name = rest[start + 1:-1].strip()
    if _lone_name(name) != name:
        return None
    return FoundCredit("name in brackets before the agency's", name, None), start


def _announced_name(rest: str) -> tuple[FoundCredit, int] | None:
    """A lead-in and one person's name alone in the last sentence before an agency's closing
    brackets ("… auf Kurs hält. Foto: Name (Keystone)", as Tamedia's Swiss papers credit), and
    where the credit starts: the name the photographer's, the agency in the brackets the
    outlet."""
    starts = _sentence_starts_or_glued(rest)
    if not starts or starts[-1] == 0:
        return None
    last = rest[starts[-1]:]
    if not _announces_credit(last, False):
        return None
    found = read_segment(last, SegmentContext())
    if found is None or not found.photographer or found.outlet or found.via:
        return None
    return FoundCredit("name alone after the description", found.photographer, None), starts[-1]


def _closing_name(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, one person's name alone after its last sentence ("… made
    to order by local craftsmen. SCOTT ROTZOLL"), and where it starts: two or three capitalised
    words opening with a given name the names data knows, not a place's."""
    slashed = _SLASHED_CLOSING_NAME.search(rest)
    if slashed and "/" not in rest[:slashed.start()] and \
            len(rest[:slashed.start()].split()) >= 4 and \
            not _lead_anywhere().search(normalise(rest[:slashed.start()])) and \
            _lone_name(slashed.group("name")) == slashed.group("name"):
        # "… a la Copa / David Aparicio": the Prensa Ibérica papers (Diari de Girona, Diario de
        # Ibiza, Levante-EMV, Faro de Vigo) close a caption with a spaced slash and the
        # photographer's name, no full stop before it (c18b)
        return FoundCredit("name alone after a spaced slash closing the description",
                           slashed.group("name"), None), slashed.start("name")
    starts = _sentence_starts_or_glued(rest)
    if not starts or starts[-1] == 0:
        return None
    last = rest[starts[-1]:]
    # "… of homelessness. —MARIANNE BERMUDEZ" (Inquirer); "… before heading out to sea. - Name"
    # (SaltWire's papers set a spaced hyphen); "… cruza el barrio. | Name" (Milenio's galleries
    # and Spanish papers set a bar)
    name = last.lstrip("—–-| ").rstrip(" .")
    if len(rest[:starts[-1]].split()) < 4:
        return None
    at = starts[-1] + len(last) - len(last.lstrip("—–-| "))
    person, comma, paper = name.partition(", ")
    if comma and "," not in paper and _lone_name(person) == person:
        # "… on Wednesday. Kelly Presnell, Arizona Daily Star": US papers' galleries set the
        # photographer and the paper, or the agency, after the description
        found = read_segment(name, SegmentContext(announced=True))
        if found and found.photographer == person and found.outlet and not found.via:
            return found, at
    if not comma:
        # "… dans une rue de Verdun, en juillet. Jacques Nadeau Le Devoir": Le Devoir signs its
        # staff's pictures with the name and the masthead, no separator; an outlet the lexicon
        # knows by its whole name after one person's (c13r)
        found = read_segment(name, SegmentContext(announced=True))
        if found and found.form == "name and known outlet" and found.photographer and \
                found.outlet and not found.via and _lone_name(found.photographer) == \
                found.photographer:
            return found, at
    if _lone_name(name) != name:
        return None
    return FoundCredit("name alone after the description", name, None), at


# A sentence's full stop glued to the next sentence's capital, as a page joins the description
# and the photographer's name set in elements of their own ("… calmar el hambre.Name", "… de
# Chefchouen.NAME (AFP)", El País) (session 19, lead)
_GLUED_SENTENCE = lazy_pattern(r"(?<=[a-zß-öø-ÿ0-9][.!?])(?=[A-ZÀ-ÖØ-Þ])")


def _sentence_starts_or_glued(text: str) -> list[int]:
    """Where the sentences of `text` start, also after a full stop glued to the next capital
    ("… calmar el hambre.Name", "… auf Kurs hält.Foto: Name"), in order."""
    return sorted({*sentence_starts(text), *(
        m.start() for m in _GLUED_SENTENCE.finditer(text)
        if not abbreviation_before(text, m.start() - 1))})


# A spaced slash and what follows it closing the text ("… a la Copa / David Aparicio").
_SLASHED_CLOSING_NAME = lazy_pattern(r"\s/\s+(?P<name>[^/\s][^/]{2,40}?)\s*\.?\s*$")


# A contributor and the outlet that sent them closing the text with no punctuation before them.
_RUN_IN_FOR = lazy_pattern(r"\s(?P<name>[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?"
                           r"\s+[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*)\s+for\s+"
                           r"(?P<outlet>\S[^.!?]{0,40}?)\s*\.?\s*$")


# Vietnamese words after which a name in capitals is the sentence's object or a place's, not
# the photographer's: prepositions, conjunctions, kinship and courtesy words, and the words
# for street, province, city, district and commune
_VIETNAMESE_BEFORE_NAME = frozenset({
    "ở", "tại", "từ", "đến", "của", "với", "và", "cùng", "gặp", "cho", "bởi", "về", "là",
    "ông", "bà", "anh", "chị", "em", "cháu", "cô", "chú", "bác", "cụ", "nhà", "đường", "phố",
    "tỉnh", "thành", "quận", "huyện", "xã", "phường", "thị", "trấn", "sông", "núi", "tên"})
_VIETNAMESE_LETTERS = lazy_pattern(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _vietnamese_name_in_capitals(rest: str) -> tuple[FoundCredit, int] | None:
    """In a Vietnamese caption, the photographer's full name in capitals closing it with no
    punctuation before it, as Thanh Niên signs its pictures ("… khu vực phía bắc LÃ NGHĨA
    HIẾU"): three or four words of capitals opening with a Vietnamese family name, after a word
    in lower case that makes no name its object nor names a place ("… ở HỒ CHÍ MINH")
    (c16v)."""
    words = rest.rstrip(" .").split(" ")
    if len(words) < 7 or not _VIETNAMESE_LETTERS.search(rest.lower()):
        return None
    for count in (3, 4):
        name, before = words[-count:], words[-count - 1]
        if all(word.isalpha() and word.isupper() for word in name) and \
                name[0].casefold() in VIETNAMESE_SURNAMES and \
                any(ch.islower() for ch in before) and before.isalpha() and \
                before.casefold() not in _VIETNAMESE_BEFORE_NAME and \
                " ".join(name).casefold() != "hồ chí minh":
            return FoundCredit("name in capitals after the description (Vietnamese)",
                               " ".join(name), None), rest.rstrip(" .").rfind(" ".join(name))
    return None


def _run_in_contributor(rest: str) -> tuple[FoundCredit, int] | None:
    """A contributor's name and the outlet that sent them set after the description with no
    punctuation, where the page had a line break ("… From: <the story's title> Sarah Stacke for
    STAT", STAT's pictures of the year): two words opening with a given name the names data
    knows, after a word in lower case that is no title nor a word that makes the name its
    object ("went to", "from", "with"), then "for" and an outlet the authority knows closing the
    text. A capitalised word before them leaves the name's start unclear ("… Senator Ana Lima
    for Reuters") (c15n)."""
    match = _RUN_IN_FOR.search(rest)
    if match is None or not known_outlet(match.group("outlet")):
        return None
    before = rest[:match.start()].split()
    name = match.group("name")
    if len(before) < 4 or not is_given_name(name.split()[0]) or \
            not before[-1][:1].islower() or fold(before[-1]).strip(",.") in TITLE_WORDS or \
            fold(before[-1]).strip(",.") in _NOT_BEFORE_AGENCY:  # "… went to Ana Lima for AP"
        return None
    start = match.start("name")
    found = read_segment(rest[start:].rstrip(" ."), SegmentContext(announced=True))
    if found and found.photographer == name and found.outlet and not found.via:
        return found, start
    return None


def _lone_name(name: str) -> str | None:
    """The one person `name` names, as a lone credit reads it, when it names nothing else: two
    or three words opening with a given name the names data knows, not a place's opening word
    ("Santa", "Hong")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or fold(words[0]) in PLACE_OPENERS or \
            not is_given_name(words[0]):
        return None
    found = read_segment(name, SegmentContext(announced=True))
    if found is None or not found.photographer or ";" in found.photographer or found.outlet \
            or found.via:
        return None
    return found.photographer


# A sentence's closing stop (or its closing bracket or quote), a dash and an agency glued to both
_STOP_GLUED_DASH = lazy_pattern(r"(?P<before>\S*[.!?][)\"”’]?)(?P<agency>[–—][^\s–—/.]\S*)")


def _trailing_agency(rest: str) -> tuple[FoundCredit, int] | None:
    """In a text known to be a caption, a chain of wire agencies set after the description
    with no punctuation ("… in Dorset PA", "… AFP via Getty"), and where it starts."""
    words: list[str] = []
    glued: set[int] = set()  # where a word opens with a dash glued to the stop before it
    for word in rest.rstrip(" .").split(" "):
        # a dash glued to the sentence's closing stop and to the agency, as Dawn sets its
        # credits ("… in Lahore.—AFP", "… the floods.—APP", "… at Keamari.—White Star"): the
        # dash opens a word of its own (c19i)
        stop = _STOP_GLUED_DASH.fullmatch(word)
        if stop:
            words.append(stop["before"])
            glued.add(len(words))
            word = stop["agency"]
        words.append(word)
    best: tuple[FoundCredit, int] | None = None
    for count in range(1, min(5, len(words) - 1)):
        # a spaced dash (or the Arabic kashida set as one) before the agency: "… - واس"; or
        # the dash glued to the stop before it
        dashed = _DASH_WORD.fullmatch(words[-count - 1]) is not None or \
            len(words) - count in glued
        if count >= len(words) - 3 and not dashed:
            continue  # no dash: the agency needs a description of three words or more
        if fold(words[-count - 1]) in _NOT_BEFORE_AGENCY or (
                words[-count - 1].endswith(",") and len(words[-count]) <= 2):
            continue  # "in Allentown, PA": after a comma, a place's state, not the agency
        # Korean papers' "… 있다. /연합뉴스"; a dash glued to the agency ("… the capital. —AP")
        chain = " ".join(words[-count:]).lstrip("/–— ")
        parts = _CHAIN.split(chain)
        names = [known_outlet(part) for part in parts]
        slashed = count == 1 and words[-1].startswith("/")  # "… 2021. /CFP" (CGTN)
        if not all(name in WIRE_AGENCIES or (slashed and name in SLASHED_AGENCIES) or
                   (dashed and name in DASHED_AGENCIES) for name in names):
            continue
        via = names[-1] if len(names) > 1 and re.search(r"\svia\s", chain) else None
        best = (FoundCredit("wire agency after the description", None, parts[0],
                            parts[-1] if via else None), len(rest.rstrip(" .")) - len(chain))
    if best and best[0].via is None:
        return _named_before_agency(rest, best) or best
    return best or _glued_agency(rest)


def _glued_agency(rest: str) -> tuple[FoundCredit, int] | None:
    """A wire agency glued to the description's last word, where a page set the credit in an
    element of its own with no space before it ("… was Leiden heißtAFP"): a lower-case letter,
    then the agency's name as its canonical form writes it, closing the caption."""
    text = rest.rstrip(" .")
    tail = len(text) - len(" ".join(text.split(" ")[-2:]))
    for glued in _GLUED_CAPITAL.finditer(text, tail):
        name = text[glued.start():]
        # ... or a broadcaster or publisher the authority knows by a name in capitals, as its
        # canonical form writes it ("TVN24", "MAFRA") (c15p)
        if name in WIRE_AGENCIES or (name.isupper() and len(name) >= 4 and
                                     canonical_outlet(name) == name):
            return FoundCredit("wire agency glued to the description", None, name), glued.start()
    return None


def _named_before_agency(rest: str, agency: tuple[FoundCredit, int]) -> \
        tuple[FoundCredit, int] | None:
    """A photographer's name between the description's last sentence and the wire agency
    closing it ("… festival. Javier Lizón EFE", as El País sets a gallery's credits): read as
    "name and known outlet", from the sentence's end, when the name has two to four words and
    the names data knows its given name or its surname."""
    starts = [s for s in (*sentence_starts(rest), *_glued_starts(rest)) if s < agency[1]]
    starts.sort()
    if not starts or not 2 <= len(rest[starts[-1]:agency[1]].split()) <= 4:
        return _slashed_before_agency(rest, agency)
    found = read_segment(rest[starts[-1]:].rstrip(" ."), SegmentContext(announced=True))
    if found is None or found.photographer is None or found.via is not None or \
            fold(found.outlet or "") != fold(agency[0].outlet or ""):
        return None
    words = found.photographer.split()  # the names data vouches for it: no title or club
    if not (is_given_name(words[0]) or is_surname(words[-1])):  # ("Manchester United")
        return None
    return FoundCredit("name and wire agency after the description", found.photographer,
                       found.outlet), starts[-1]


def _capitals_name_before(rest: str, position: int, found: FoundCredit) -> \
        tuple[FoundCredit, int] | None:
    """A photographer's name in capitals whose surname alone a closing credit read as an outlet
    or as the photographer (a gallery's "… ao longe TYRONE SIU / REUTERS", Expresso): that word
    in capitals (as an outlet, one the authority does not know), a given name the names data
    knows in capitals just before it, and a word in lower case before that; read from the given
    name, the name and the agency after it."""
    head = found.photographer or found.outlet or ""
    if " " in head or not head.isupper() or not rest[position:].startswith(head) or (
            found.photographer is None and known_outlet(head)):
        return None
    words = rest[:position].split()
    if len(words) < 4 or not words[-1].isupper() or not is_given_name(words[-1]) or \
            not words[-2].islower():
        return None
    start = position - len(rest[:position]) + len(rest[:position].rstrip()) - len(words[-1])
    named = read_segment(rest[start:].rstrip(" ."), SegmentContext())
    if named and named.photographer == f"{words[-1]} {head}" and named.outlet and \
            known_outlet(named.outlet) and (found.photographer is None or
                                            fold(named.outlet) == fold(found.outlet or "")):
        return named, start
    return None


def _glued_starts(text: str) -> list[int]:
    """Sentence starts with no space after the full stop, where a page glued its credit line to
    the caption ("… on 20 January.PATRICK SEMANSKY AP"): a lower-case letter or a digit before
    the stop and a capital after it, so initials ("U.S.Army") are no start."""
    return [match.end() for match in _GLUED_STOP.finditer(text)]


def _slashed_before_agency(rest: str, agency: tuple[FoundCredit, int]) -> \
        tuple[FoundCredit, int] | None:
    """A photographer's name set after the description with no punctuation, a slash before the
    wire agency ("… in St Petersburg Dmitri Lovetsky / AP", as a gallery sets its credit on a
    line of its own): the two words before the slash, a given name the names data knows first
    and no given name before them, read as "name/outlet". Without the slash a name there may be
    the subject's ("… a rally for Lionel Messi AP")."""
    before = rest[:agency[1]].rstrip()
    if not before.endswith("/"):
        return None
    words = before[:-1].split()
    if len(words) < 5:
        return None
    head, previous = words[-2:], words[-3]
    if not is_given_name(head[0]) or is_given_name(previous.strip(",.")) or \
            fold(previous).strip(",.") in _NOT_BEFORE_AGENCY or \
            fold(previous).strip(",.") in TITLE_WORDS or previous.endswith(","):
        # "… the president Joe Biden / AP", "EEUU, Joe Biden / AFP": the subject; "… Maria Elena
        # Ruiz / AP", "… in London Ana Lima / AP": where the name starts is unclear
        return None
    start = len(before[:-1].rstrip()) - len(" ".join(head))
    found = read_segment(rest[start:].rstrip(" ."), SegmentContext())
    if found and found.photographer == " ".join(head) and \
            fold(found.outlet or "") == fold(agency[0].outlet or ""):
        return found, start
    return None


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
    phrase = _CAMERA_STOP.split(collapse(phrase), maxsplit=1)[0].strip(" .,;:")
    bare = _CAMERA_GENERIC.sub("", phrase)
    if bare != phrase and not cameras.names_a_body(trim(phrase)):
        phrase = bare  # "Nikon D6 camera"; not the "Compact" of "Sony Xperia Z5 Compact"
    phrase = trim(phrase)
    phrase = re.sub(r"^(?:" + "|".join(CAMERA_DETERMINERS) + r")\s+", "", phrase, flags=FLAGS)
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
        normalised = normalise(text)
        for match in _CAMERA_NOTE.finditer(normalised):
            camera = _valid_camera(text[match.start("camera"):match.end("camera")])
            if camera:
                return camera
    tail = text[-200:]
    closing = _CAMERA_SENTENCE.search(normalise(tail))
    camera = _valid_camera(tail[closing.start("camera"):closing.end("camera")]) if closing \
        else None
    return camera or _known_camera_mentioned(text)


def _known_camera_mentioned(text: str) -> str | None:
    """A camera the caption's sentences name after "taken with" and its kin, or before an
    exposure; only the longest opening of the words there that names a known body."""
    lowered = text.casefold()
    if not any(word in lowered for word in ("taken", "shot", "photographed", "captured", "iso",
                                            "f/")):
        return None
    normalised = normalise(text)
    for pattern in (_CAMERA_MENTION, _CAMERA_BEFORE_EXPOSURE):
        for match in pattern.finditer(normalised):
            words = text[match.start("camera"):match.end("camera")].split()[:8]
            for count in range(len(words), 0, -1):
                phrase = " ".join(words[:count]).strip(" .,;:")
                if cameras.names_a_body(phrase) or _IPHONE.fullmatch(phrase):
                    return phrase
    return None


def find_credit(text: str) -> Credit:
    """Who made the photo, as the caption states it. Absent parts are None, never guessed:
    a caption whose only names are its subject's yields Credit(None, None)."""
    found = _credible(_read(_bounded(text)).found)
    return Credit(found.photographer, found.outlet, found.via) if found else Credit()


_WORD = lazy_pattern(r"[^\W\d_]+(?:\.[^\W\d_]+)*")  # "TUT.BY" is one word, a site's


def _holds(name: str, words: frozenset[str]) -> bool:
    return any(word.casefold() in words for word in _WORD.findall(name))


def _credible(found: FoundCredit | None) -> FoundCredit | None:
    """`found` without the names that hold a credit word of their own (`NOT_CREDITED_NAME_WORDS`:
    "Courtesy of X" read whole as an outlet, "Words & Images By Name"): a misreading names no
    one. An outlet the authority knows passes ("Magnum Photos")."""
    if found is None:
        return None
    photographer = found.photographer
    if photographer and _holds(photographer, NOT_PERSON_NAME_WORDS):
        photographer = None
    outlet, via = (name if name is None or known_outlet(name) or
                   not _holds(name, NOT_CREDITED_NAME_WORDS) else None
                   for name in (found.outlet, found.via))
    if (photographer, outlet, via) == (found.photographer, found.outlet, found.via):
        return found
    if photographer is None and outlet is None:
        return None
    return FoundCredit(found.form, photographer, outlet, via)


# A credit element's labelled parts, the writer's before the pictures' ("Interview: Name,
# Bilder: Keystone/Name", Edito; "Text: Name, Fotos: Name"): the part after the comma that opens
# with a lead-in is the credit, when the first label is none (c13r)
_LABELLED_WRITER = lazy_pattern(r"^[^\W\d_]+\s*:\s*[^,:;]{2,60},\s+")
# A Korean credit line of several roles, each a label, a colon and a name ("기획·구성: 홍길동
# 촬영: 김철수 편집: 이영희", Yonhap's videos): the photographer's or camera operator's part (c15k)
_KOREAN_ROLE_LINE = lazy_pattern(r"(?:^|(?<=\s))(?P<part>(?:사진|촬영|사진\s?촬영)\s*[:：=]\s*"
                                 r"[가-힣]{2,4})(?=\s+[가-힣·]{1,8}\s*[:：=]|\s*$)")
# ... and a Chinese one, each a role label, a colon or a slash and a name ("撰文/A 攝影/B 設計/C",
# a travel magazine's credit line; "報道:本刊特約A 攝影:本報B", Sin Chew Daily's pages): the
# photographer's part, its label and the name, "本報" (this paper) no part of the name, when
# another role's label stands beside it (c19t)
_CHINESE_ROLE_LINE = lazy_pattern(r"(?:^|(?<=\s))(?P<label>摄影|攝影)\s*(?P<mark>[:：/／])\s*"
                                  r"(?:本报|本報)?(?P<name>[\u4e00-\u9fff]{2,4})"
                                  r"(?=\s+[\u4e00-\u9fff]{1,6}\s*[:：/／]|\s*$)")
_CHINESE_OTHER_ROLE = lazy_pattern(r"(?:^|(?<=\s))(?:文|文字|撰文|报道|報道|報導|采写|採寫|"
                                   r"采访|採訪|编辑|編輯|设计|設計|策划|策劃|整理|统筹|統籌|"
                                   r"美编|美編)\s*[:：/／]")
# A bullet opening a Korean credit element ("▲ 사진 출처 - 대통령실") (c15k)
_BULLET = lazy_pattern(r"^[▲△▶►•]\s*(?=[가-힣])")
# The author's label opening a credit element ("Autor: Name", "Autora: Name", a gallery's credit
# field in Catalan, Spanish and Portuguese pages; Basque "Egilea:"): in an element the page marks
# as the picture's credit, the picture's author; in a caption it labels a byline as often (c14i)
_AUTHOR_LABEL = lazy_pattern(r"^(?:autor|autora|autor/a|autore|autrice|auteur|author|egilea)"
                             r"\s*:\s*(?=\S)", FLAGS)
# A credit element set all in lower case ("andrew boyers / reuters", Expresso's galleries): a
# name of two to four words before a slash and a known outlet
_LOWER_CASE_CREDIT = lazy_pattern(r"^(?P<name>[^\W\d_]+(?:[ '-][^\W\d_]+){1,3})\s*/\s*"
                                  r"(?P<rest>[^/]+(?:/[^/]+)*)$")


# A stock agency's name or web address before the copyright sign and the photographer's name
# ("Fotolia.com © Name", "stock.adobe.com © Name", as German radio and lifestyle sites credit stock
# pictures): the agency the authority knows is the outlet, as in "© Name - Fotolia.com" (c15l)
_AGENCY_BEFORE_RIGHTS = lazy_pattern(r"^(?P<agency>[^\s©/][^©/]{1,30}?)\s*©\s*(?P<rest>[^©/]+)$")
# The pictures a photo-illustration was made from, after its credit and a semicolon ("Photo-
# Illustration: The Strategist; Photos: Retailers", New York magazine's house style): no part of
# who made it, as a composite's "Source images:" are not (c15l)
_ILLUSTRATION_SOURCES = lazy_pattern(r"^(?P<credit>(?:photo[-\s]?)?illustration\s*(?::|by\b)"
                                     r"[^;]+?)\s*;\s*(?:photos?|photographs?|images?)\s*:.*$",
                                     FLAGS)
# "for" and a story's title in quotes after a credit element's name, as ProPublica credits the
# pictures it commissioned for a story (c15n).
_FOR_STORY_TITLE = lazy_pattern(r"\s+for\s+[“\"«‘](?P<title>[^”\"»’]+)[”\"»’].*$")
# ... and the title unquoted, after "for" and a capital: where the title's first sentence ends
_FOR_CAPITAL = lazy_pattern(r"\s+for\s+(?=(?-i:[A-Z0-9]))", FLAGS)
_TITLE_SENTENCE_END = lazy_pattern(r"[.:?!](?=\s|$)")


def _made_for_story(text: str, context: SegmentContext) -> FoundCredit | None:
    """A credit element naming the picture's maker after a lead-in and the story it was made
    for, its title unquoted after "for", then the other makers' roles ("Photos by Name for Love
    Beyond Bars: Larry and Gloria. Art direction by Name.", as The Marshall Project credits its
    visuals): the maker, all the words between the lead-in and "for", and no outlet. A title
    that is an outlet the authority or the news outlets list knows is left to the forms; a lead-in
    naming a source ("Credit:", "©") or a name the forms cannot read whole reads nothing (c20c)."""
    lead = LEAD_IN.match(normalise(text))
    kind = lead_kind(lead) if lead else None
    if lead is None or kind is None or kind.names_source:
        return None
    split = _FOR_CAPITAL.search(text, lead.end())
    if split is None:
        return None
    title = text[split.end():]
    ended = _TITLE_SENTENCE_END.search(title)
    first = trim(title[:ended.start()] if ended else title)
    if not first or known_outlet(first) or listed_news_outlet(first):
        return None
    found = read_segment(text[:split.start()], context)
    if found is None or not found.photographer or found.outlet or found.via:
        return None
    return FoundCredit("a picture made for a story", found.photographer, None)


def read_credit_line(text: str) -> Credit:
    """The credit in text that is known to be one, such as `<span class="credit">` or
    `<cite>` inside a figcaption: there a lone name ("Jane Doe", "Reuters", "By Jane Doe")
    counts."""
    text = _without_noise(_BYLINE.sub("", _unglued(collapse(text))))  # "… / Acessar o banco …"
    text = _PROVIDED_BY.sub("", text)  # MSN: "© Provided by The Guardian Photograph: Name/AFP"
    text = _BRACKET_STOP.sub("", text)  # "Photo: Jane Doe (AFP).": the full stop closes it
    titled = _FOR_STORY_TITLE.search(text)
    if titled and len(titled.group("title").split()) >= 4 and text[:titled.start()].strip():
        # "Name for “The Story's Title.” Art direction by Name.": the picture made for a story,
        # its title quoted, the other makers' roles after it; a quoted outlet's name is short
        # ("Name pour « Le Monde »") (c15n)
        text = text[:titled.start()]
    sources = _ILLUSTRATION_SOURCES.match(text)
    if sources:  # "Photo-Illustration: The Strategist; Photos: Retailers"
        text = sources.group("credit")
    before = _AGENCY_BEFORE_RIGHTS.match(text)
    if before and known_outlet(before.group("agency")):  # "Fotolia.com © Name"
        text = f"© {before.group('rest').strip()} / {before.group('agency').strip()}"
    stop = _SPACED_STOP.match(text)
    if stop and outlet_label(stop.group("agency")):  # "© Sputnik . Name"
        text = f"{text[:stop.end('agency')]} / {text[stop.end():]}"
    wrapped = _closing_parens(text)
    if wrapped and wrapped[0] == 0 and wrapped[1] >= len(text.rstrip(" .")):
        text = collapse(text[1:wrapped[1] - 1])  # "(Walt Disney Co.)": the credit inside
    elif text.startswith("【") and text.rstrip(" .").endswith("】"):
        text = collapse(text.rstrip(" .")[1:-1])  # "【攝:Name，文:Name】": lenticular brackets
    writer = _LABELLED_WRITER.match(text)
    if writer and not LEAD_IN.match(normalise(text)) and \
            LEAD_IN.match(normalise(text[writer.end():])):
        text = text[writer.end():]  # "Interview: Name, Bilder: Keystone/Name": the pictures' part
    authored = _AUTHOR_LABEL.match(text)
    if authored and not LEAD_IN.match(normalise(text)):
        text = text[authored.end():]
    text = _BULLET.sub("", text)
    roles = _KOREAN_ROLE_LINE.search(text)
    if roles and re.search(r"[:：=]", text[:roles.start()] + text[roles.end():]):
        text = roles.group("part")  # "기획·구성: A 촬영: B 편집: C": the camera's part
    chinese = _CHINESE_ROLE_LINE.search(text)
    if chinese and _CHINESE_OTHER_ROLE.search(text[:chinese.start()] + " " + text[chinese.end():]):
        text = chinese.group("label") + chinese.group("mark") + chinese.group("name")
    lower = _LOWER_CASE_CREDIT.match(text) if text.islower() else None
    if lower and is_given_name(lower.group("name").split()[0]) and \
            not known_outlet(lower.group("name")) and \
            known_outlet(_CHAIN.split(lower.group("rest"))[0]):
        text = f"{lower.group('name').title()} / {lower.group('rest')}"
    lead = LEAD_IN.match(normalise(text))
    if (lead and not trim(text[lead.end():])) or _ART_RIGHTS.search(text):
        return Credit()  # "(Bild: )": a lead-in the page left empty names nobody
    markup = SegmentContext(announced=True, sourced=True)
    found = read_segment(text, markup) if len(text) <= 200 else None
    if found is None and " | " in text:
        # "by Boyce Upholt | Photos by Boyce Upholt": a magazine's byline and its picture credit
        # in one element; the part after the bar that says who took the pictures is the credit
        taker = text.rpartition(" | ")[2]
        lead = LEAD_IN.match(normalise(taker))
        kind = lead_kind(lead) if lead else None
        if kind is not None and kind.names_taker:
            found = read_segment(taker, markup)
    if found is None and " • " in text:
        # "Shirt / Eton • Trousers / Acne • Photography / Name": a style blog's credits, one
        # bulleted role each; the one a picture's lead-in opens is the picture's credit (c15l)
        for part in reversed(text.split(" • ")):
            lead = LEAD_IN.match(normalise(part))
            kind = lead_kind(lead) if lead else None
            if kind is not None and not kind.names_source:
                found = read_segment(part, markup)
                break
    if found is None:  # "Photos by Name for Love Beyond Bars. Art direction by Name."
        found = _made_for_story(text, markup)
    if found is None:  # "© Dieter Mayr (KNA)": a photographer, then the agency in brackets
        found = _agency_after(text, SegmentContext(announced=True))
    if found is None:
        reading = _read(_bounded(text))
        found = reading.found
        links = _CHAIN_LINK.split(reading.body[:reading.span[0]]) if found and reading.span \
            else []
        led = reading.span is not None and \
            LEAD_IN.match(normalise(reading.body[reading.span[0]:])) is not None and \
            all(len(link.split()) <= 4 for link in links)
        if len(links) > 2 and not led:
            # "Skyward | Q+ | Getty Images": after two links that cannot be read, the rest of
            # a chain is not its first outlet (Q+ is); one unread link before it stands in
            # the photographer's place ("Dana A.reyes | AFP | Getty Images" names AFP). A
            # photo lead-in after short links opens the picture's credit, the links before it
            # the story's byline: outlet and dateline ("Outlet / City / تصوير: Name", as
            # Iraqi sites copy Alsumaria's) (c17a)
            found = None
    found = _credible(found)
    return Credit(found.photographer, found.outlet, found.via) if found else Credit()


def _agency_after(text: str, context: SegmentContext) -> FoundCredit | None:
    """A photographer's credit, then the agency in brackets closing it ("© Dieter Mayr (KNA)",
    "( Ảnh: TRÍ DŨNG (TTXVN) )" inside a caption's closing brackets); None when the bracket
    holds anything else."""
    agency = _AGENCY_AFTER.search(text)
    if agency is None:
        return None
    found = read_segment(text[:agency.start()], context)
    outlet = outlet_label(agency.group(1)) or acronym(agency.group(1))
    if found and found.photographer and found.outlet is None and outlet:
        return FoundCredit(found.form, found.photographer, outlet)
    return None


def photographer_name(text: str) -> str | None:
    """Text known to name the photographer (`<span class="photographer">`), if it reads as
    one or more people's names ("By Jane Doe" too); ranks taken off."""
    text = _BYLINE.sub("", collapse(text))
    return people(text) or (trim(text) if uncased_name(trim(text)) else None)


def outlet_name(text: str) -> str | None:
    """Text known to name the outlet or agency (`<span class="agency">`), if it reads as one
    (after a lead-in such as "Źródło:" or "Source:", if any)."""
    found = read_segment(text, SegmentContext(announced=True)) if len(text) <= 200 else None
    if found and found.outlet and not found.photographer:
        return found.outlet
    return outlet_label(text) or acronym(text)


# A known agency in capitals glued by a hyphen to a photographer's full name, without the spaces
# the agency's own style sets ("Foto:TASR-Jaroslav Novák" for "Foto: TASR - Name", as Hlavné správy
# writes it); "EPA-EFE", "AFP-Yonhap" stay, the part after the hyphen being no person's (c15p)
_AGENCY_HYPHEN_NAME = needing_pattern(r"(?<![\w-])(?P<agency>[^\W\d_]{2,8})-(?=(?P<name>[^\W\d_]+"
                                   r"(?: [^\W\d_]+){1,2})(?![\w-]))")
# The story's source tag before the picture's lead-in inside a bracket ("(HSP/Foto: TASR - Name)",
# "(HSP/Foto: Facebook)", the dateline Hlavné správy sets under its headline): the text's source,
# not the picture's (c15p)
_TAG_BEFORE_LEAD_IN = lazy_pattern(r"(?<=\()(?-i:[A-Z]{2,6})\s*/\s*(?=(?:foto|fot\.|photo|"
                                   r"zdjęcie|snímka|snímek)\s*:)", FLAGS)


# A known outlet glued to the last word of a photographer's name after a lead-in, as pages that
# set the agency in an element of its own lose the space when copied ("foto: Martin AdamecMAFRA",
# iDNES's and Metro's "foto: Name, MAFRA") (c15p)
_GLUED_OUTLET = lazy_pattern(r"(?P<lead>(?:foto|fot\.|photo|zdjęcie|autor)\s*:?\s*[^\W\d_]+"
                             r"(?: [^\W\d_]+){0,2}?(?<=(?-i:[a-zß-ÿą-žа-я])))"
                             r"(?P<outlet>(?-i:[A-ZÁ-Ž])[\w.]+(?: [\w.]+){0,2})\s*$", FLAGS)


# A second credit after a double slash closing a credit, the screenshot's source beside the
# photographer's ("fot. Name/East News // screen: Twitter", naTemat's house style): the first is
# the picture's (c15p)
_SECOND_CREDIT = lazy_pattern(r"\s+//\s+(?:screen(?:shot)?|zrzut\s+ekranu|print\s*screen|"
                              r"fot\.|foto|źródło|zdroj|source)\s*:?\s*[^/]{1,40}$", FLAGS)


# A credit chain whose slashes are spaced before and glued after ("… na drodze /Name /RMF FM",
# RMF24's and Interia's house style), closing the caption with a known outlet: its first slash
# starts the credit, as a sentence end before it would (c15p)
_SPACED_SLASH_CHAIN = lazy_pattern(r"(?<=[^\W_]) (?=/[^\s/][^/]*? /(?P<outlet>[^\s/][^/]*?)\s*$)")


# An agency's photo hashtag before the photographer's name, as the agencies' own feeds and the
# sites that copy them credit a picture ("… Oct. 10, 2017. #APPhoto by Name", "#APPhoto Name",
# "#AFPphoto Name"): the agency's "Photo" credit written as one tag, read as "AP Photo by Name"
# and "AP Photo/Name" are; only a wire agency's tag, and only before a capitalised word (c19w)
_AGENCY_PHOTO_TAG = lazy_pattern(r"(?<!\S)#(?P<agency>[^\W\d_]{2,10}?)(?:photos?|pictures?)"
                                 r"(?P<by>\s+by)?\s+(?=(?-i:[A-Z]))", FLAGS)


def _agency_photo(match: re.Match[str]) -> str:
    agency = match.group("agency")
    if known_outlet(agency) not in WIRE_AGENCIES:
        return match.group(0)
    return f"{agency} Photo by " if match.group("by") else f"{agency} Photo/"


def _unglued(text: str) -> str:
    """`text` with an agency glued to a name by a hyphen set apart, an outlet glued to a
    credit's name set apart, a year glued to a copyright sign set apart ("2009©Name"), and a
    story's source tag before a bracket's lead-in dropped."""
    text = _YEAR_GLUED_RIGHTS.sub(r"\1 ©", text)
    text = _AGENCY_PHOTO_TAG.sub(_agency_photo, text)  # "#APPhoto Name"
    chain = _SPACED_SLASH_CHAIN.search(text)
    if chain and known_outlet(chain.group("outlet")) is not None:
        text = text[:chain.start()] + ". " + text[chain.end():]
    glued = _GLUED_OUTLET.search(text)
    if glued and known_outlet(glued.group("outlet")) is not None and \
            glued.group("lead")[-1:].islower():
        text = text[:glued.start("outlet")] + "/" + text[glued.start("outlet"):]
    def apart(match: re.Match[str]) -> str:
        agency, name = match.group("agency"), match.group("name")
        if agency.isupper() and known_outlet(agency) is not None and known_outlet(name) is None \
                and all(word[:1].isupper() and word[1:].islower() for word in name.split()):
            return agency + " - "
        return match.group(0)
    return _SECOND_CREDIT.sub("", _TAG_BEFORE_LEAD_IN.sub("", _AGENCY_HYPHEN_NAME.sub(apart, text)))


def _bounded(text: str) -> str:
    """The text to read (its line breaks kept: a credit may stand on a line of its own)."""
    # a table cell's bar closing a caption, as pages that set their pictures in tables leave it
    # ("… Ảnh: Reuters |", "… (Photo by Name / Bureau) |"), is no separator
    text = _unglued(re.sub(r"\s+\|$", "", text.strip()))
    return text if len(text) <= MAX_TEXT else text[-MAX_TEXT:]


def _is_text_source(credit: str) -> bool:
    """Whether a closing credit is a story's source: "Fuente: Efe", a news agency alone after
    a source word, no picture agency or library."""
    match = _TEXT_SOURCE.match(credit.strip())
    agency = known_outlet(match.group("agency")) if match else None
    return (agency is not None and agency in WIRE_AGENCIES and agency not in PICTURE_AGENCIES
            and agency not in STOCK_AGENCIES)


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
    if _SITE_CONTENTS.search(text):
        return False
    if _TEXT_ROLES_OPENING.match(text) and not _PHOTO_NOUN.search(text):
        return False  # "Pewarta: Name Editor: Name Copyright © ANTARA 2025": a story's byline
    reading = _read(_bounded(paragraph), closing_only=True)
    if not reading.credit_line or reading.found is None or reading.span is None:
        return False
    if reading.found.photographer is None and _RESERVED_RIGHTS.match(text):
        return False  # "© 2024 Example Media, LLC. All rights reserved."
    credit = reading.body[reading.span[0]:reading.span[1]]
    if _MENU_BARS.search(text) and not names_a_lead_in(credit):
        return False  # "Webmaster | Contact Us | Our Offices": links, where a credit says so
    if reading.span[0] > 0 and credit[:1] in "Cc" and fold(credit).startswith("courtesy") and \
            reading.body[reading.span[0] - 2:reading.span[0]].rstrip()[-1:].islower():
        return False  # "… features courtesy of Webroot": a sentence's words, no credit line
    if _CITED_FORM.search(reading.body[:reading.span[0]]):
        return False  # a style guide's example: "… in the form (Photo/John Doe)."
    before = reading.body[:reading.span[0]]
    if reading.span[0] > 0 and not _LIST_MARK.fullmatch(before):
        if len(before.split()) > 4 or any(stop in before for stop in ".!?"):
            return not _is_text_source(credit)
        # a heading's few words and a credit-shaped rest ("Canon EOS R1 – Best Mirrorless for
        # Pro Sports"): as a paragraph that is nothing but a credit, it must say so
        return bool(names_a_lead_in(credit) or credit[:1] in "(©[" or _known_source(reading.found))
    # A paragraph that is nothing but a credit must say so ("Photo: …", "© …", "(…)") or name an
    # outlet the lexicon knows ("Jane Doe/Reuters"): "Security Enhancements for Blockchain
    # Networks" or "Bar/Social Club" is a heading or a list item shaped like a credit.
    return bool(LEAD_IN.match(normalise(reading.body)) or reading.body[:1] in "(©[" or
                _known_source(reading.found))


def _known_source(found: FoundCredit) -> bool:
    """Whether a credit names an outlet or a distributor the authority knows."""
    return bool(known_outlet(found.outlet or "") or known_outlet(found.via or ""))


def read_caption(text: str) -> CaptionParts:
    """Everything the grammar reads from one caption."""
    collapsed = collapse(text)
    found = _credible(_read(_bounded(text)).found)
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
