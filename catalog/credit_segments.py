"""Reading one credit segment: the text where a credit may stand ("REUTERS/Amir Cohen",
"Photo: Jane Doe/AFP"), read whole by the first credit form that fits it.

A segment loses its lead-in ("Photo:", "©", "Foto von", ...), which says what the forms may
read (`SegmentContext`), then each form of `catalog.credits.forms.CREDIT_FORMS` is tried in
turn: its pattern, built from `PIECES` and the slots of `catalog.credit_names.SLOTS`, must
match the whole segment, and every slot's reader must accept its text. Several credits
joined by "and" or a comma are read one by one. Where segments stand in a caption is the
walker's business (`catalog.captions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from catalog.caption_text import (
    FLAGS,
    by_first_character,
    collapse,
    fold,
    lazy_pattern,
    literal_text,
    needed_strings,
    needing_pattern,
    normalise,
    trim,
)
from catalog.credit_names import (
    CREDIT_SEPARATOR,
    SLOTS,
    SlotYield,
    domain_outlet,
    stock_agency,
)
from catalog.credits.forms import CREDIT_FORMS, CreditForm
from catalog.credits.given_names import is_given_name
from catalog.credits.lexicon import (
    ARCHIVE_MARKERS,
    CJK_LEAD_INS,
    CORRESPONDENT_NOUNS,
    CORRESPONDENT_QUALIFIERS,
    FOR_WORDS,
    LEAD_INS,
    LICENCE_NOTES,
    LONE_MARKERS,
    MARKERS,
    OUTLETS,
    PHOTO_AGENCIES,
    PHOTO_NOUNS_PLURAL,
    RESERVED_RIGHTS,
    STAFF_ROLES,
    THAI_POSITIONS,
    WIRE_PREFIXES,
    LeadIn,
    alternation,
)
from catalog.credits.outlets import known_outlet
from catalog.credits.surnames import is_country

# A backslash glued to the letter before it and a letter after it, at most one space between:
# a typed slash ("Name\ Outlet", "Name\Outlet"); spaced on both sides (" \ Name") it is the
# Irish Farmers Journal's lead-in (c15b), no slash (c15g)
_GLUED_BACKSLASH = re.compile(r"(?<=[^\W\d_])\\(?=\s?[^\W\d_])")
MAX_CREDIT_WORDS = 20  # longer segments without a lead-in are prose, not a credit line

_MARKER_ALT = alternation(MARKERS - {"via", "obtained by"})
PIECES: dict[str, str] = {
    "slash": r"\s*/\s*",
    "photo": r"(?:photo|photograph|picture|image|pic)s?",
    "mark": rf"(?:{_MARKER_ALT})",
    "marks": rf"(?:(?:\s*[/,]\s*|\s+)(?:{_MARKER_ALT}))*",
    "apos": "'",
    "staff": rf"(?:{alternation(STAFF_ROLES)})",
    # a Thai position after the name, to the segment's end ("หัวหน้าศูนย์กู้ภัยอุทยานแห่งชาติที่ 3
    # จ.นครราชสีมา": its place and number too)
    "thai_position": "(?:" + "|".join(THAI_POSITIONS) + r")[^/|;()]*",
    # NBC News sets Getty Images, the distributor, after a dash ("Name / AFP - Getty Images")
    "via_tail": r"(?:\s+(?:{through}|[-–—](?=\s+getty\b))\s+{via})?",
    "through": r"v[ií]a",  # "via", Spanish "vía"
    "for": "(?:" + "|".join(FOR_WORDS) + ")",
    # the day a Chinese caption's picture was taken, after 摄 ("…攝五月二十七日", "摄 5月27日")
    "shot_date": r"(?:\s*(?:\d{2,4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                 r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?",
    # a Chinese paper's staff role before the photographer's name ("全媒体记者", "实习生")
    "cjk_role": r"(?:全媒体|全媒體)?(?:摄影|攝影)?(?:记者|記者|实习生|實習生|通讯员|通訊員)",
    # "摄" (photographed), also after a slash and as "摄影报道" (photographed and reported):
    # "李明/摄", "記者李明/攝影", "李明 王芳 摄影报道"; Taiwan's and overseas Chinese papers set
    # the slash full-width ("記者Name／攝影": udn, World Journal) (c19t)
    # ... and "图" (picture) after a space, as The Paper signs its photo essays ("陸杰
    # 圖", "宋鑫寶 圖"; after a space, never run into a word: "地图", a map) (c17z)
    "cjk_shot": r"(?:[/／]?\s*(?:摄|攝)(?:影)?(?:报道|報道|報導)?{shot_date}|\s+(?:图|圖))",
}


def _form_pattern(form: CreditForm, *, greedy: bool = False) -> str:
    """A form's regular expression: its pieces and slots written out."""
    pattern = form.pattern
    for _ in range(3):  # pieces may hold pieces and slots ({via_tail} holds {via})
        pattern = re.sub(r"\{(\w+)\}", lambda m: PIECES.get(m.group(1), m.group(0)), pattern)

    def slot(match: re.Match[str]) -> str:
        text = SLOTS[match.group(1)].text
        return f"(?P<{match.group(1)}>{text.removesuffix('?') if greedy else text})"

    return re.sub(r"\{(\w+)\}", slot, pattern)


# A lead-in opening a segment, each alternative a group `lead<N>` (`lead_kind`), behind a test
# of the characters it may start with (`by_first_character`), worked out when first used.
LEAD_IN = lazy_pattern(lambda: r"^(?:" + by_first_character(
    [f"(?P<lead{i}>{lead.pattern})" for i, lead in enumerate(LEAD_INS)], FLAGS) + r")\s*", FLAGS)
_LICENCE = needing_pattern("|".join(LICENCE_NOTES), FLAGS)
# A picture's place between the names of a credit ("Photos by A, left, and B/AP").
_POSITION = lazy_pattern(r",\s*(?:left|right|top|bottom|cent(?:er|re)|above|below|inset|"
                         r"from\s+left)(?=\s*,|\s+and\b|\s*$)", FLAGS)
# An e-mail address closing a credit, as staff photographers sign ("Jane Doe jdoe@paper.com").
SIGNATURE = needing_pattern(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_REPORTER_SIGN_OFF = lazy_pattern(r"(?:기자|记者|記者)$")
BREAK_PREFIX = needing_pattern(r"\b(?:" + "|".join(WIRE_PREFIXES) + r")\s+")
_CJK_LEAD = lazy_pattern(CJK_LEAD_INS)
# A lead-in naming several pictures or photographers ("Fotos:", "Photos by", "Zdjęcia:")
_PLURAL_LEAD = lazy_pattern(r"\W*(?:" + PHOTO_NOUNS_PLURAL + r")\b", FLAGS)
_YEAR = lazy_pattern(r"^\d{4}\b\s*|\s*\b\d{4}$")
# A copyright year opening a credit ("2011 Getty Images", "© 2014 Disney"): no part of a name.
# A text credit opening a segment before a bar ("© Text: Name | © Bild: Name/dpa") (c16g)
_TEXT_CREDIT_FIRST = lazy_pattern(r"^(?:©\s*)?(?:text|texte|words)\s*:\s*[^|:]{1,60}\|\s*"
                                  r"(?=(?:©\s*)?(?:bild|foto|fotos|photo|photos|image)\s*:)",
                                  FLAGS)
_LEADING_YEAR = lazy_pattern(r"^(?:1[89]|20)\d{2}年?\s*(?<=\s|年)(?=[^\W\d_])")
# A courtesy sentence after a photographer's credit ("Photo: Name. Courtesy the gallery", "© Name;
# Courtesy Fraenkel Gallery"), or the shoot's other crew ("Foto: Name. Styling: Name. Haare: …").
# ... or whoever made the picture's montage or graphic from it ("Quelle: Name/Getty Images;
# Montage: Infografik WELT", "Photo: Name; Design: Name"); a gallery's courtesy may also follow
# the credit after a comma ("Photo: Name/Getty Images, courtesy of Pace Gallery") or, where the
# page set it on a line of its own, after a space and its capital ("Photo by Name Courtesy of
# The Menil Collection, Houston")
_COURTESY_AFTER = lazy_pattern(r"(?:\s*,\s*courtesy\b|\s+(?-i:Courtesy)\s+of\b).*$|"
                               r"\s*[.;]\s*(?:courtesy\b|(?:styling|stylist|hair|haare|"
                               r"make-?up|grooming|set design|props?|production|produktion|"
                               r"montage|fotomontage|bildbearbeitung|bearbeitung|grafik|"
                               r"infografik|design|graphic|graphics|composite)"
                               r"\s*:).*$|"
                               # ... or, in Chinese, the writer after the photographer ("攝:Name，
                               # 文:Name": photographed by, text by)
                               r"\s*[,，;；、]\s*(?:文字?|撰文|采写|採寫)\s*[:：/／].*$|"
                               # ... or the shoot's stylists, art director or writer after a
                               # comma, a semicolon or a full stop, labelled with "by" or a colon
                               # ("Photography by Name, Styling by Name", "Photo: Name; prop
                               # styling: Name", "Bild: WDR/Name, Text: Name"), as home, food and
                               # fashion magazines credit a shoot's crew (c15l); or its editor,
                               # producer or writer, as Hebrew sites label them ("צילום: Name,
                               # עריכה: Name": photo, editing; "הפקה:", production; "כתיבה:",
                               # writing) (c16w)
                               r"\s*[.,;]\s*(?:(?:food|prop|props|set|fashion|wardrobe|floral|"
                               r"interior)\s+)?(?:styling|styled|stylist|art\s+direction|"
                               r"creative\s+direction|text|texte|words|editing|edited|עריכה|"
                               r"הפקה|כתיבה|טקסט)\s*(?::|\s+by\b).*$",
                               FLAGS)
# A source labelled after a credit, set apart by a comma ("Foto: Name, Quelle: dpa", ČT24's
# "autor: Name, zdroj: ČTK"), or a media bank's credit field after its author field, capitalised
# ("Author: Name Credit: Sputnik", "Автор: Name Кредит: РИА Новости") (c20w)
_SOURCE_AFTER = lazy_pattern(r"(?:\s*,\s*(?:zdroj|źródło|source|quelle|fuente|fonte|izvor|lähde|"
                             r"kilde|källa)|(?P<bank>\s+(?-i:Credit|Кредит)))"
                             r"\s*:\s*(?P<source>.+)$", FLAGS)
# ... and the mirror: the photographer labelled after a labelled source, set apart by a comma
# ("Źródło: Agencja Gazeta, fot: Name", Wirtualna Polska's house style) (c15p)
_TAKER_AFTER = lazy_pattern(r"\s*,\s*(?:fot\.?|foto|fotó|photo|zdjęcie|autor)\s*:?\s+"
                            r"(?P<taker>[^,:;/]+)$", FLAGS)
# ... or standing after the agency in a chain ("© AFP 2023 / Name"; Japanese papers' "(2019年
# ロイター/Name)" is the year with 年 before it): the agency's link without the year.
_LINK_YEAR = needing_pattern(r"^(?P<agency>[^/]+?)\s+(?:1[89]|20)\d{2}(?=\s*/)")
_SLASH_VIA = lazy_pattern(r"\s*/\s*(?=v[ií]a\s)", FLAGS)
# A social platform, then the account the picture was taken from after a comma ("© Instagram,
# arozona"): the platform is the outlet (c15l)
_PLATFORM_ACCOUNT = lazy_pattern(r"^(?P<platform>instagram|facebook|tiktok|twitter|youtube|"
                                 r"pinterest|threads|snapchat)\s*,\s*@?[\w.]+$", FLAGS)
# The stock pictures a composite was made from, after its credit ("Illustration by Christianity
# Today / Source Images: Unsplash / Getty"): no part of who made it (c15n)
_SOURCE_IMAGES = lazy_pattern(r"\s*[/;.,]\s*source\s+(?:images?|photos?|photographs?)\s*:.*$|"
                              # ... or after a bar ("Image: Name / The Verge | Photo from Getty
                              # Images", The Verge's illustrations)
                              r"(?<=\S)\s*\|\s*(?:photos?|images?)\s+from\s+.*$", FLAGS)
# A list of the agencies that made a picture, one word each ("NASA, ESA, CSA, and STScI", "NASA,
# JPL-Caltech, MSSS", as missions' and telescopes' pictures are credited), the first an image
# agency that credits alone, the others written with two capitals or more, as institutions'
# acronyms are (not a contributor's handle): the first is the outlet, as a chain's first link
# is (c15n)
_AGENCY_LIST = lazy_pattern(r"^(?P<first>[^\s,/]+)(?:\s*,\s*(?:and\s+)?"
                            r"(?-i:[^\s,/]*[A-Z][^\s,/]*[A-Z][^\s,/]*)){1,6}$", FLAGS)
_LIST_COMMA = lazy_pattern(r"\s*,\s*(?:and\s+)?", FLAGS)
# A courtesy in brackets after the photographer's name under a photo lead-in ("Photo credit: Name
# (Courtesy Airbus)", as travel and trade pages credit a maker's handout): the one who lent it is
# the outlet, as after a slash (c16t)
_BRACKET_COURTESY = lazy_pattern(r"\s*\(\s*(?-i:Courtesy)(?:\s+of)?\s+"
                                 r"(?P<lender>(?-i:[A-Z])[^()]*?)\s*\)\s*$", FLAGS)
# A courtesy after a chain's slash ("NAME/Courtesy of Baccarat Hotel New York", as Travel +
# Leisure credits a hotel's own picture): the one who lent it is the link, not its courtesy (c15n)
_SLASH_COURTESY = lazy_pattern(r"\s*/\s*(?-i:Courtesy)(?:\s+of)?\s+(?=\S)", FLAGS)
# A US Navy warfare qualification after a rating ("2nd Class (SW) Name"): no part of the name.
_WARFARE_MARK = lazy_pattern(r"(?<=class)\s*\((?:AW|SW|SS|EXW|FMF|DV|NAC|PJ|IW|SCW)"
                             r"(?:/[A-Z]{2,3})*\)", FLAGS)
_HANDOUT_MARK = needing_pattern(r"(?<=/)\s*HO\s*-\s*(?=[A-Z])")  # Canadian Press: "/HO-Source"
# The asterisk Russian papers set after Meta's services, a footnote that the company is banned
# in Russia ("Фото: Instagram[*]", "Фото: Facebook*"): no part of the platform's name (c13t)
_BANNED_MARK = needing_pattern(
    r"(?:(?<=instagram)|(?<=facebook))(?:\s*\[\*\]|\*+)(?=\s|/|$)", FLAGS)
# The day the picture was taken, after the credit and a comma ("Foto: R. Hollinger, 19.01.2022"),
# or after a spaced dash, as iG dates its pictures ("Reprodução Instagram - 30.4.2024", "Agência
# Brasil - 30.4.2024", gente.ig.com.br): no part of the credit (c18m)
_DAY_TAKEN = needing_pattern(
    r"(?<=\w)(?:\s*,|\s+[-–—])\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\s*$")
# ... or the day in Folha de S.Paulo's style, between the photographer and the agency, after a
# dash ("Name - 22.fev.2021/Reuters", "Name - 3.mar.2020/Folhapress"): no part of the chain
_FOLHA_DAY = needing_pattern(
    r"\s*[-–—]\s*\d{1,2}\.(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)"
    r"\.(?:19|20)\d{2}\s*(?=/)", FLAGS)
# ... or the year alone, after a lead-in ("Fotografía de Name, 2018", "Photo: Name/Reuters,
# 2019"); without one, initials and a year sign a text ("— RD, 2023")
_YEAR_TAKEN = lazy_pattern(r"(?<=\w)\s*,\s*(?:19|20)\d{2}\s*$")
# The paper's helicopter or plane the picture was taken from, before its photographer's name
# after a Japanese lead-in ("【撮影・本社機「希望」から Name】", "撮影・Name、本社ヘリから Name",
# the Mainichi's video captions): how, never who (c16j)
_AERIAL_FROM = lazy_pattern(r"本社(?:ヘリ|機)(?:「[^」]{1,12}」)?(?:から|より)\s*")
# ... or the day in words ("Фото: Reuters, 1 октября 2022 года", "Photo: Name, July 22, 2011",
# "Фотографија: Reuters, 18. децембар 2013.")
_DAY_IN_WORDS = lazy_pattern(r"(?<=\w)\s*,\s*(?:\d{1,2}\.?\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+"
                             r"\d{1,2},?)\s+(?:19|20)\d{2}(?:\s*(?:года|г\.|год|godine))?\.?\s*$")
# A country closing a credit after the photographer's name, in brackets or after a comma, as
# award and gallery pages write where the photographer comes from ("Fotoğraf: Name (Belçika ve
# Hollanda)", "Fotoğrafçı: Name, İtalya", "Photo: Name (USA)"): no outlet; kept when any part of
# it is no country the lists know ("(Reuters)", "(Kenya Red Cross)") (c17t)
_COUNTRY_AFTER = lazy_pattern(r"(?<=\w)\s*(?:\((?P<bracketed>[^()]{2,60})\)|"
                              r",\s*(?P<comma>[^,()/]{2,40}))\s*\.?\s*$", FLAGS)
_COUNTRY_JOINER = lazy_pattern(r"\s*(?:,|/|&|\s(?:ve|and|et|y|und|e)\s)\s*", FLAGS)
# A labelled field after the photographer's in a caption written as fields, as award pages set
# a winner's picture ("Fotoğrafçı: Name (Fransa) Konum: Place", "Photographer: Name Location:
# Place"): the place or the category where the picture was taken, no part of the credit (c17t)
_FIELD_AFTER = lazy_pattern(r"(?<=\S)\s+(?:konum|yer|kategori|"
                            r"location|place|category)\s*:\s*\S.*$", FLAGS)
# A partner agency in brackets inside a chain, after the agency that sent the picture on
# ("APA/APA (dpa)/Jens Büttner", as the Austria Presse Agentur credits a dpa picture)
_AGENCY_IN_BRACKETS = needing_pattern(
    r"(?<=\w)\s*\((?:dpa|AFP|AP|Reuters|EPA|Keystone|Xinhua)\)(?=\s*/)")
# CBC's label after its credits as syndicated ("(Name/The Canadian Press - image credit)")
_IMAGE_CREDIT_LABEL = needing_pattern(r"(?<=\S)\s+[-–]\s+image\s+credit\s*$", FLAGS)
# A lone marker after a bar closing the credit ("© Netflix | PR"): alone there it names no one.
_BARRED_LONE_MARKER = needing_pattern(
    r"(?<=\S)\s*\|\s*(?:" + alternation(LONE_MARKERS) + r")\.?\s*$",
    FLAGS)
# A copyright notice over a span of years ("Copyright © 2002-2017 Name", "© 1996-2026"): a site's
# or a publisher's notice in its footer, never one picture's credit.
# ... or an archive word after a dash, as Europa Press dates a picture from its archive ("Name -
# Europa Press - Archivo"): no part of the outlet's name
_DASHED_ARCHIVE = needing_pattern(
    r"(?<=\S)\s+[-–—]\s+(?:" + alternation(ARCHIVE_MARKERS | {"file"}) +
    r")\.?\s*$", FLAGS)
_SITE_COPYRIGHT = lazy_pattern(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}\s*[-–]\s*"
                               r"(?:19|20)?\d{2}\b", FLAGS)
_RIGHTS = lazy_pattern(r"[.,]?\s*(?:all\s+rights\s+reserved|"
                       # ... and in Portuguese, Spanish and Catalan, and a copyright year in
                       # brackets before it ("© Name (2014). Todos os direitos reservados.",
                       # a Guinea-Bissau veterans' blog) (c18b)
                       r"todos\s+os\s+direitos\s+reservados|todos\s+los\s+derechos\s+reservados|"
                       r"tots\s+els\s+drets\s+reservats)\.?"
                       # ... and an editor's note in square brackets after the notice ("… Todos
                       # os direitos reservados [Edição e legendagem complementar: LG]")
                       r"(?:\s*\[[^\[\]]{1,80}\])?$|\s*\((?:19|20)\d{2}\)\.?$", FLAGS)
# ... and the notice in the languages of `RESERVED_RIGHTS` (English, German, French, Spanish,
# Italian, Russian), Portuguese and Dutch, closing a credit after any lead-in, set off by a comma
# or a stop ("Courtesy photos par Name, TOUS DROITS RÉSERVÉS", a Saint-Louis blog): the notice
# names no outlet, the credit before it stands (c20f)
_RIGHTS_AFTER_LEAD = lazy_pattern(r"\s*[.,;]\s*(?:" + "|".join(RESERVED_RIGHTS) +
                                  r"|todos\s+os\s+direitos\s+reservados|"
                                  r"alle\s+rechten\s+voorbehouden)\.?$", FLAGS)
# A handout word opening a chain after a lead-in, as Brazilian pages set a club's or a
# federation's picture ("Crédito: Divulgação/Athletico/Name", "Foto: Divulgação/CBF/Name"): it
# names no one, and the chain after it is the credit.
_LEADING_HANDOUT = lazy_pattern(r"^(?:divulga[çc][ãa]o|reprodu[çc][ãa]o|handout)\s*/\s*(?=\S)",
                                FLAGS)
# A year as a link of its own in a chain, as Civil Beat and UNICEF date their pictures ("Name/Civil
# Beat/2024", "UNICEF Kenya/2021/Name"): no part of the chain. After a word, never after a day's
# number ("15/06/1993").
_CHAIN_YEAR = lazy_pattern(r"(?<=[^\W\d_]|[»”\"’)])\s*/\s*(?:19|20)\d{2}(?=\s*/|\s*$)")
_RIGHTS_NOTICE = lazy_pattern(r"(?<=\S)\s+(?:©|\(c\))\s*(?:(?:19|20)\d{2}\s+)?[^©/]+$")

# Each form twice: slots as short as they may be, then as long ("Dana K. Pool" is a name
# before it is a name and a marker).
_FORMS: tuple[tuple[CreditForm, tuple[re.Pattern[str], ...]], ...] = tuple(
    (form, (lazy_pattern(_form_pattern(form), FLAGS),
            lazy_pattern(_form_pattern(form, greedy=True), FLAGS))) for form in CREDIT_FORMS)


@lru_cache(maxsize=1)
def _form_tests() -> tuple[tuple[tuple[str, int], ...], tuple[tuple[int, tuple[int, ...]], ...]]:
    """The strings some form needs (`needed_strings`), each with its bit; and for each form of
    `_FORMS`, the bits of the strings it needs all of, and a mask for each set of strings it
    needs one of. A segment's text lacking what a form needs is not matched against it: most
    forms fail so, in the time of a substring test instead of a `fullmatch`."""
    needs = [[need for need in needed_strings(_form_pattern(form), FLAGS) if len(need) <= 8]
             for form, _ in _FORMS]  # a long list of markers costs more to test than it saves
    bits = {string: 1 << bit for bit, string in
            enumerate(sorted({string for form in needs for need in form for string in need}))}
    tests = tuple((sum({bits[next(iter(need))] for need in form if len(need) == 1}),
                   tuple(sum(bits[string] for string in need) for need in form if len(need) > 1))
                  for form in needs)
    return tuple(bits.items()), tests


@lru_cache(maxsize=64)
def _forms_for(context: SegmentContext) -> tuple[
        tuple[CreditForm, tuple[re.Pattern[str], ...], int, tuple[int, ...]], ...]:
    """The forms that apply in `context`, in order, each with its tests (`_form_tests`)."""
    return tuple(
        (form, patterns, needs_all, needs_one)
        for (form, patterns), (needs_all, needs_one) in zip(_FORMS, _form_tests()[1], strict=True)
        if not ((form.announced and not context.announced) or (form.lone and not context.lone)
                or (form.sourced and not context.sourced)
                or (form.photographic and not context.photographic)
                or (form.led and not context.led) or (form.taker and not context.taker)
                or (form.plural and not context.plural)))


# ==== reading credit segments ===================================================================


@dataclass(frozen=True)
class FoundCredit:
    """A credit a form read: the form's name, what it yields, and the distributor."""

    form: str
    photographer: str | None
    outlet: str | None
    via: str | None = None  # the distributor of "Name/AFP via Getty Images"


@dataclass(frozen=True)
class SegmentContext:
    """Where a segment stands: what may be read from it."""

    announced: bool = False  # after a lead-in, in credit markup, after an inline verb
    at_start: bool = False  # the segment opens the caption (no description before it)
    bare_person: bool = True  # a lone name may be the photographer
    bare_outlet: bool = True  # a lone organisation may be the outlet
    lone: bool = True  # the lone-name form applies (not after "Photo:" opening a caption)
    sourced: bool = False  # after a lead-in naming a source ("Credit:"), or in credit markup
    photographic: bool = False  # after a lead-in naming who took it ("Foto:", "Photo by")
    led: bool = False  # after a lead-in written in the text (not bare credit markup)
    taker: bool = False  # after a lead-in naming who took it, never a source ("Photo by")
    plural: bool = False  # after a lead-in naming several pictures ("Fotos:", "Photos by")


_LATIN_WORD = lazy_pattern(r"[A-Za-z]")
_ARABIC_OR_HEBREW_WORD = lazy_pattern(r"[\u0590-\u06ff]")


def _mixed_scripts(value: str) -> bool:
    """Whether a slot's name holds Latin letters and Arabic or Hebrew ones: no name a credit
    gives does ("Studio Name <Arabic description>" runs on into the caption's text, c17a)."""
    return bool(_LATIN_WORD.search(value)) and bool(_ARABIC_OR_HEBREW_WORD.search(value))


@lru_cache(maxsize=8192)  # the forms read the same slot texts again, from each candidate start
def _read_slot(slot: str, text: str) -> SlotYield | None:
    """`SLOTS[slot].read(text)`, None too where a value mixes scripts (`_mixed_scripts`)."""
    got = SLOTS[slot].read(text)
    if got is None or any(value and _mixed_scripts(value) for value in got):
        return None
    return got


def _apply(form: CreditForm, match: re.Match[str], original: str) -> FoundCredit | None:
    photographer: str | None = None
    outlet: str | None = None
    via: str | None = None
    for slot, value in match.groupdict().items():
        if value is None:
            continue
        got = _read_slot(slot, original[match.start(slot):match.end(slot)])
        if got is None:
            return None
        if slot == "via":
            via = got[1]
            continue
        photographer = photographer or got[0]
        outlet = outlet or got[1]
    if photographer is None and outlet is None and via is None:
        return None
    if outlet is None or fold(outlet) == fold(via or ""):
        return FoundCredit(form.name, photographer, outlet or via)
    return FoundCredit(form.name, photographer, outlet, via)


def _one_person(found: FoundCredit | None) -> bool:
    """Whether a reading names exactly one photographer, as a lead-in that must name a person
    (`LeadIn.names_person`) needs."""
    return found is not None and found.photographer is not None and "; " not in found.photographer


def read_segment(segment: str, context: SegmentContext, *,
                 person_lead: bool = True) -> FoundCredit | None:
    """The credit a segment states, by the first form that reads it whole. A lead-in that must
    name a person (`LeadIn.names_person`) and names none is read as no lead-in
    (`person_lead` False: "Photo AFP/Getty Images", "Photo Shutterstock")."""
    original = trim(BREAK_PREFIX.sub("", trim(segment)))
    if _LICENCE.search(original):  # "Name | flickr | CC BY 2.0": the licence is no credit
        original = trim(collapse(_LICENCE.sub(" ", original)))
    if not original or len(original) > 200:
        return None
    announced, bare, sourced, photographic = context.announced, True, context.sourced, False
    led = taker = plural = person = False
    signed = SIGNATURE.search(original)
    signed_outlet: str | None = None
    if signed and signed.start() > 0:  # "Jane Doe jdoe@example-herald.com": a staff signature
        original = trim(original[:signed.start()])
        # ... but a reporter's sign-off ("홍길동 기자 hong@…") closes a story, not a picture
        announced = announced or not _REPORTER_SIGN_OFF.search(original)
        signed_outlet = domain_outlet(signed.group(0))
    if _SITE_COPYRIGHT.match(normalise(original)):
        return None  # "Copyright © 2002-2017 MyBB Group": a site's notice over its years
    # the text's author credited first, set apart by a bar, before the picture's credit
    # ("© Text: Name | © Bild: Name/dpa", as a town site copies a paper's feed): no credit of the
    # picture (c16g)
    original = trim(_TEXT_CREDIT_FIRST.sub("", original))
    for _ in range(2):  # "Photo: Courtesy of ..."
        lead = LEAD_IN.match(normalise(original)) or _CJK_LEAD.match(original)
        if lead is None:
            break
        kind = lead_kind(lead)
        if kind and kind.names_person and not person_lead:
            break
        if kind and context.at_start and not kind.opens_caption:
            return None
        announced, sourced, led = True, bool(kind and kind.names_source), True
        photographic = bool(kind and not kind.names_source)
        taker = bool(kind and kind.names_taker)
        person = bool(kind and kind.names_person)
        plural = bool(_PLURAL_LEAD.match(lead.group(0)))
        if kind and kind.subject_ambiguous and context.at_start:
            bare = False  # "Photo: Lena Park" opening a caption may name whom it shows
        original = trim(original[lead.end():])
        original = trim(_RIGHTS_AFTER_LEAD.sub("", original))
        if kind and kind.name == "copyright":
            original = trim(_RIGHTS.sub("", _RIGHTS.sub("", _YEAR.sub("", original))))
    original = _LEADING_YEAR.sub("", original)
    # a backslash typed for the slash of a chain, glued to the name before it ("Photo by Jane
    # Doe\ DNE File", Daily News Egypt): the slash (c15g)
    original = _GLUED_BACKSLASH.sub("/", original)
    if led and "/" not in original:
        original = _BRACKET_COURTESY.sub(r"/\g<lender>", original)
    if led and taker:  # "Fotoğrafçı: Name (Fransa) Konum: Place": the place's field
        original = _FIELD_AFTER.sub("", original)
    if led:  # "Photo: Name. Courtesy Hauser & Wirth.": the gallery lending it is no credit
        original = without_country(original)
        original = _YEAR_TAKEN.sub("", _DAY_IN_WORDS.sub("", _COURTESY_AFTER.sub("", original)))
        original = _SOURCE_IMAGES.sub("", original)
        # a social platform, then the account the picture was taken from after a comma
        # ("© Instagram, arozona", "Foto: Facebook, @harbourcafe"): the platform is the
        # outlet, and the account's handle names no photographer (c15l)
        original = _PLATFORM_ACCOUNT.sub(r"\g<platform>", original)
        original = _AERIAL_FROM.sub("", original)
    role_dropped = without_correspondent_role(original)
    if role_dropped is None:
        return None  # "Picture by Addalaichenai Central Corr.": a role, no one's name
    original = role_dropped
    original = _BARRED_LONE_MARKER.sub("", _without_repeated_byline(original))
    original = without_dashed_archive(original)
    if original.count("/") > 1:
        original = _CHAIN_YEAR.sub("", original)
    if not original:
        return None
    linked = _LINK_YEAR.match(original)
    if linked and fold(linked.group("agency")) in OUTLETS:
        original = linked.group("agency") + original[linked.end():]
    original = _SLASH_VIA.sub(" ", original)  # "Name/via REUTERS" is "Name via REUTERS"
    original = _SLASH_COURTESY.sub("/", original)
    listed = _AGENCY_LIST.match(original)
    if listed and fold(listed.group("first")) in PHOTO_AGENCIES:  # not a wire's ("Reuters, AP")
        original = _LIST_COMMA.sub("/", original)
    original = _WARFARE_MARK.sub("", original)
    original = _HANDOUT_MARK.sub("", original)  # "THE CANADIAN PRESS/HO-Name": a handout
    original = _BANNED_MARK.sub("", original)
    original = _IMAGE_CREDIT_LABEL.sub("", _DAY_TAKEN.sub("", _FOLHA_DAY.sub("", original)))
    original = _AGENCY_IN_BRACKETS.sub("", original)  # APA's "APA/APA (dpa)/Name"
    if announced and "," in original:  # "Photos by A, left, and B/AP": where each picture is
        original = _POSITION.sub("", original)
    if not announced and (len(original.split()) > MAX_CREDIT_WORDS or (
            original[0].islower() and fold(re.split(r"[\s/]", original)[0]) not in OUTLETS
            and fold(re.split(r"\s*[/|]\s*", original)[0]) not in OUTLETS  # "picture alliance"
            and not stock_agency(re.split(r"\s*/\s*", original)[-1]))):  # "smolaw11/iStock"
        return None  # an unannounced credit starts with a capital: a name or an agency
    # ... and never an organisation ("Photo: Reuters", "Foto: LA NACION", "Photo: Sony"): a lone
    # form may read one there, and no person
    forms_context = SegmentContext(announced, context.at_start, context.bare_person and bare,
                                   context.bare_outlet, lone=True, sourced=sourced,
                                   photographic=photographic, led=led, taker=taker,
                                   plural=plural)
    source = _SOURCE_AFTER.search(original) if led else None
    if source and source.start() > 0:
        # "Foto: Name, Quelle: dpa", "autor: Name, zdroj: ČTK": who took the picture, then where
        # it came from, each labelled; the source is the outlet when the credit names none
        head = _read_forms(original[:source.start()], forms_context)
        if head is not None:
            tail = read_segment(source.group("source"), SegmentContext(announced=True,
                                                                       sourced=True)) \
                if head.outlet is None and head.photographer else None
            if tail is not None and tail.outlet and not tail.photographer and (
                    source["bank"] is None or known_outlet(tail.outlet)):
                # (a media bank's credit field, with no comma before it, only when it names an
                # outlet the authority knows: "Credit: Sputnik")
                return FoundCredit(head.form, head.photographer, tail.outlet, tail.via)
            return head if not person or _one_person(head) \
                else read_segment(segment, context, person_lead=False)
    labelled = _TAKER_AFTER.search(original) if led and sourced else None
    if labelled and labelled.start() > 0:
        # "Źródło: Agencja Gazeta, fot: Name": where it came from, then who took it, each
        # labelled: the source's outlet and the labelled person (c15p)
        head = _read_forms(original[:labelled.start()], forms_context)
        tail = read_segment(labelled.group("taker"), SegmentContext(announced=True)) \
            if head is not None and head.outlet and not head.photographer else None
        if head is not None and tail is not None and tail.photographer and not tail.outlet:
            return FoundCredit(head.form, tail.photographer, head.outlet, head.via)
    found = _read_forms(original, forms_context)
    handout = _LEADING_HANDOUT.match(original) if found is None and led else None
    if handout:
        found = _read_forms(original[handout.end():], forms_context)
    notice = _RIGHTS_NOTICE.search(original) if found is None else None
    if notice:  # "Name/ABC Television Group © 2014 Disney": a rights notice after the credit
        found = _read_forms(trim(original[:notice.start()]), forms_context)
        found = found if found and found.photographer and found.outlet else None
    if found and found.photographer and found.outlet is None and signed_outlet:
        return FoundCredit(found.form, found.photographer, signed_outlet, found.via)
    if person and not _one_person(found):
        # one person, or the lead-in is none ("Photo Le Droit, Name": no two people)
        return read_segment(segment, context, person_lead=False)
    if person and found:
        # the same credit read without the lead-in keeps that form ("(Photo Léa Morel. AFP)")
        unled = read_segment(segment, context, person_lead=False)
        if unled and (unled.photographer, unled.outlet, unled.via) == (
                found.photographer, found.outlet, found.via):
            return unled
    return found


# A correspondent named by place and role (`CORRESPONDENT_NOUNS`): up to three capitalised words
# of the place, the role's qualifiers, its noun ("Batticaloa Spl. Corr.", "Our Kandy
# Correspondent").
_CORRESPONDENT = (r"(?P<place>(?:(?-i:[A-Z][\w'’-]+)\s+){0,3}?)"
                  r"(?P<qualifiers>(?:(?:" + alternation(CORRESPONDENT_QUALIFIERS) + r")\s*)*)"
                  r"(?P<noun>" + alternation(CORRESPONDENT_NOUNS) + r")")
_CORRESPONDENT_ALONE = needing_pattern(r"^\(?" + _CORRESPONDENT + r"\)?\s*$", FLAGS)
_CORRESPONDENT_AFTER = needing_pattern(r"\s*,\s*" + _CORRESPONDENT + r"\)?\s*$", FLAGS)


def _correspondent_role(match: re.Match[str] | None) -> bool:
    """Whether a match of `_CORRESPONDENT` is a correspondent's role: a qualifier or the whole
    noun ("Group Corr.", "Kandy Correspondent"), or a place before "Corr." that is no given name
    ("Bandaragama Corr.", never "Ian Corr.", a person)."""
    if match is None:
        return False
    place, noun = match.group("place").split(), fold(match.group("noun"))
    return bool(match.group("qualifiers").strip()) or noun.startswith("correspondent") or (
        bool(place) and not is_given_name(place[0]))


def without_correspondent_role(text: str) -> str | None:
    """`text` without a correspondent's place and role after the name ("Name, Batticaloa Spl.
    Corr." is "Name"); None where the role is the whole credit ("Addalaichenai Central Corr."):
    it names no one. Unchanged otherwise."""
    if _correspondent_role(_CORRESPONDENT_ALONE.match(text)):
        return None
    after = _CORRESPONDENT_AFTER.search(text)
    if after is not None and after.start() > 0 and _correspondent_role(after):
        return trim(text[:after.start()])
    return text


def without_country(text: str) -> str:
    """`text` without a country closing it in brackets or after a comma, where every part of
    it is a country the lists know ("Name (Belçika ve Hollanda)", "Name, İtalya"): where the
    photographer comes from, no outlet. Unchanged otherwise ("Name (Reuters)", "Name, Kenya
    Red Cross")."""
    closing = _COUNTRY_AFTER.search(text)
    if closing is None or not text[:closing.start()].strip():
        return text
    place = closing.group("bracketed") or closing.group("comma")
    parts = [part for part in _COUNTRY_JOINER.split(trim(place)) if part]
    return trim(text[:closing.start()]) if parts and all(is_country(p) for p in parts) else text


def without_dashed_archive(text: str) -> str:
    """`text` without an archive word closing it after a dash, where the link before the dash
    is an outlet the authority knows ("Name - Europa Press - Archivo"); after a person's name it
    says the picture is of them, from an archive, and stays ("Foto: Name - Archiv")."""
    dashed = _DASHED_ARCHIVE.search(text)
    if dashed is None:
        return text
    link = re.split(r"\s[-–—]\s|/", text[:dashed.start()])[-1]
    return text[:dashed.start()] if known_outlet(trim(link)) else text


def _without_repeated_byline(text: str) -> str:
    """`text` without a last link that repeats a name before it, as pages repeat the byline of
    the picture's metadata ("© Name/dpa | Name", "Hannes P. Albert/dpa/Hannes P Albert"), and
    without a second copy of the whole credit ("Name / INPHO Name / INPHO"), looked for
    before a repeated link too (the copy's last link repeats a name before it)."""
    once = _once(text)
    if once != text:
        return once
    for separator in ("|", "/"):
        head, found, repeated = text.rpartition(separator)
        key = _name_key(repeated)
        if separator == "/" and key in OUTLETS and CREDIT_SEPARATOR.search(head):
            continue  # "A/Getty Images, B and C/Getty Images": each credit names its agency
        if found and len(key) > 2 and key in _name_key(head):
            text = trim(head)
            break
    return _once(text)


def _once(text: str) -> str:
    """`text` once when it is the same credit set twice ("Name / INPHO Name / INPHO")."""
    words = text.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and fold(" ".join(words[:half])) == \
            fold(" ".join(words[half:])):
        return " ".join(words[:half])
    return text


def _name_key(text: str) -> str:
    """`text` as names in a credit are compared: folded, full stops as spaces ("Hannes P Albert"
    is "Hannes P. Albert")."""
    return " ".join(fold(text).replace(".", " ").split())


def _read_forms(original: str, context: SegmentContext, depth: int = 0) -> FoundCredit | None:
    """The first form that reads `original` whole; else several credits joined by "and" or a
    comma ("A/AFP and B/The Washington Post"), each read whole."""
    normalised = normalise(original)
    text = literal_text(normalised)
    present = 0
    for string, bit in _form_tests()[0]:
        if string in text:
            present |= bit
    for form, patterns, needs_all, needs_one in _forms_for(context):
        if present & needs_all != needs_all or (
                needs_one and not all(present & mask for mask in needs_one)):
            continue  # the text lacks a string every match holds
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
        barred = _SLASH_VIA.sub(" ", re.sub(r"\s*\|\s*", "/", original))  # "Name | Via AP"
        found = _read_forms(barred, context, MAX_CREDIT_WORDS)
        if found:
            return found
    separators = list(CREDIT_SEPARATOR.finditer(original)) if "/" in original else []
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
        return FoundCredit(first.form, _joined(first.photographer, rest.photographer),
                           first.outlet, first.via or rest.via)
    return None


def _joined(first: str, rest: str) -> str:
    """The photographers of two credits of one caption joined by "; ", a name the first already
    holds not again ("Photo Credit Name/SCPR; Name", as KPCC's pages repeat the picture's author
    after its credit)."""
    seen = {_name_key(name) for name in first.split("; ")}
    more = [name for name in rest.split("; ") if _name_key(name) not in seen]
    return "; ".join([first, *more])


def lead_kind(lead: re.Match[str]) -> LeadIn | None:
    """Which of LEAD_INS a lead-in match is (`LEAD_IN`'s group `lead<N>`); None for a CJK
    lead-in, which has no kind."""
    name = next((k for k, v in lead.groupdict().items() if v), None)
    return LEAD_INS[int(name[4:])] if name else None
