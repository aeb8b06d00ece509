"""The credit forms: the shapes a credit takes, each a pattern over a credit segment with
slots, an example and what it yields. A new house style is a new row (docs/captions.md lists
them all; the tests check every row's example).
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.credits.lexicon import KOREAN_PRESS_SUFFIXES, KOREAN_REPORTER_TITLE, TAKER_ROLE_NOUNS


@dataclass(frozen=True)
class CreditForm:
    """One credit form: a pattern over a credit segment, and what it yields.

    `pattern` is matched against the whole segment (after any lead-in), case-insensitively, with
    straight quotes. Placeholders in braces are slots: each is a named group read by the slot
    reader of `catalog.credit_names.SLOTS`, which may refuse it (and the form then fails) or
    yield a photographer, an outlet or both. `{via}` is the distributor: the outlet only when no
    other slot names one. Other placeholders are fixed pieces
    (`catalog.credit_segments.PIECES`). `example`, `photographer` and `outlet` document the form
    and are checked by the tests. `announced` forms apply only after a lead-in, inside credit
    markup, or after an inline credit verb. A `lone` form reads a bare name, which the walker
    takes only where a bare name may be the credit. A `sourced` form applies only after a
    lead-in that names a source ("Image:", "Credit:", "©": `LeadIn.names_source`) or in credit
    markup without a lead-in; a `photographic` form only after a lead-in that names who took the
    picture ("Photo:", "Foto:", "Photo by", "Photographer:"). A `led` form applies only after a
    lead-in written in the text, not in bare credit markup; a `taker` form only after a lead-in
    that names who took the picture and never a source ("Photo by", "Photographer:",
    `LeadIn.names_taker`); a `plural` form only after a lead-in naming several pictures
    ("Fotos:", "Photos by": one photograph's credit with two names is a person and an outlet).
    """

    name: str
    pattern: str
    example: str
    photographer: str | None
    outlet: str | None
    announced: bool = False
    lone: bool = False
    sourced: bool = False
    photographic: bool = False
    led: bool = False
    taker: bool = False
    plural: bool = False


# "archive" in the credits' languages, as a paper credits a file picture from its own stock
_ARCHIVE = r"(?:archives?|archiv|archivo|archivio|arquivo)"

CREDIT_FORMS: tuple[CreditForm, ...] = (
    CreditForm("institution photo by rank and name",
               r"(?:official\s+)?{photo_house}\s+{photo}\s+by\s+{people}{marks}",
               "(U.S. Army photo by Staff Sgt. Kyle Davis)", "Kyle Davis", "U.S. Army"),
    # ... and after a photo lead-in, the house alone before "by" ("(Photo: U.S. Navy by Mass
    # Communication Specialist 2nd Class Name)", as defence trade papers rewrite a service's
    # credit) (c16t)
    CreditForm("photo: institution by rank and name", r"{photo_house}\s+by\s+{people}{marks}",
               "(Photo: U.S. Army by Staff Sgt. Kyle Davis)", "Kyle Davis", "U.S. Army",
               photographic=True),
    CreditForm("agency photo / name",
               r"{photo_house}\s+(?:file\s+|courtesy\s+)?(?:photos?|photographs?|fotos?|image|picture|"
               r"pics?)"
               r"(?:{slash}{names})?{marks}{via_tail}",
               "(AP Photo/Evan Vucci)", "Evan Vucci", "AP"),
    # (a lender's "courtesy photo" too, as A.M. Costa Rica credits one: "National Festival of Arts
    # courtesy photo" (c15e))
    # ... and with a colon, as The Straits Times and others sign their staff's pictures ("ST
    # PHOTO: NAME"): an acronym or a known agency only ("File photo:", "Family photo:" are none)
    CreditForm("acronym photo: name", r"{acronym_house}\s+(?:photos?|pics?)\s*:\s*{names}",
               "A rally in the square. ST PHOTO: LIM WEI", "LIM WEI", "ST"),
    # ... and the agency before the photo noun of its own language, as MTI signs its pictures
    # ("MTI Fotó: Name", Hungarian papers and their copies) and other agencies' pages write it
    # ("BTA Снимка: Name", "Tanjug Foto: Name"): the agency, then who took the picture (c17e)
    CreditForm("agency foto: name", r"{acronym_house}\s+(?:foto|fotó|fotók|fotos|fotografija|"
               r"снимка|снимки|фото|φωτ\.?|φωτογραφία)\s*:\s*{names}",
               "A new bridge is opened. MTI Fotó: Kovács Anna", "Kovács Anna", "MTI"),
    # ... and without the colon, as Belga signs its pictures ("BELGA PHOTO NAME"): "PHOTO" only
    # in capitals, so a sentence's words ("the AP photo of ...") are never read as a credit
    CreditForm("AGENCY PHOTO NAME",
               r"{acronym_house}\s+(?-i:PHOTO|FOTO)(?:\s+(?-i:POOL))?\s+{names}",
               "A square in the capital. (BELGA PHOTO ANNA PEETERS)", "ANNA PEETERS", "BELGA"),
    CreditForm("agency – PHOTO NAME", r"{known_agency}\s*[-–—]\s*(?-i:PHOTO|FOTO)(?:\s+(?-i:POOL))?"
               r"\s+{names}",
               "A wreath is laid. © Belga – PHOTO POOL ANNA PEETERS", "ANNA PEETERS", "Belga"),
    # ... and "photo by" one name, as papers of the Gulf credit staff known by one name
    CreditForm("acronym photo by one name", r"{acronym_house}\s+photos?\s+by\s+{mononym}",
               "Runners at dawn. KT photo by Shihab", "Shihab", "KT"),
    CreditForm("outlet photographer name",
               r"{outlet}\s+(?:staff\s+|chief\s+|senior\s+|freelance\s+|contributing\s+)?"
               r"(?:photographer|photojournalist)\s+{people}",
               "A photo taken by Reuters photographer Ana Lima", "Ana Lima", "Reuters"),
    # Telugu papers sign their own staff's pictures with the paper and the role, then the bureau's
    # town, without the photographer's name ("– సాక్షి ఫొటోగ్రాఫర్, సూర్యాపేట", the Sakshi
    # photographer, Suryapet; "సాక్షి స్టాఫ్ ఫొటోగ్రాఫర్, హన్మకొండ"): the paper is the outlet.
    # The town after a comma is needed, as "Name ఫొటోగ్రాఫర్" alone may name the person (c16h)
    CreditForm("paper photographer, town (Telugu)",
               r"{uncased_paper}\s+(?:స్టాఫ్\s+)?(?:ఫొటోగ్రాఫర్|ఫోటోగ్రాఫర్)\s*,\s*[^\W\d_][^\s,/|;()]*",
               "Hotels are dressed for the festival. – సాక్షి ఫొటోగ్రాఫర్, సూర్యాపేట", None,
               "సాక్షి"),
    # Persian pages sign a staff photographer's picture or note with the name, then "photographer
    # of" the agency ("Name.عکاس خبرگزاری فارس", "Name، عکاس خبرگزاری تسنیم") (c15f)
    CreditForm("name, photographer of agency (Persian)",
               r"{people}\s*[.،,]?\s*عکاس\s+{known_agency}",
               "نادر کاظمی، عکاس خبرگزاری ایسنا", "نادر کاظمی", "خبرگزاری ایسنا"),
    # TASS's archive credits its photo chronicle, then the photographer ("Фотохроника ТАСС,
    # фотограф Name")
    CreditForm("agency, photographer name (Russian)",
               r"{known_agency}\s*,\s*(?:фотограф|фотокорреспондент)\s+{people}",
               "Подводная лодка, 1943 год, Фотохроника ТАСС, фотограф Иван Петров", "Иван Петров",
               "Фотохроника ТАСС"),
    CreditForm("provider/handout", r"{provider}{slash}(?:handout|ho)(?:{slash}{mark})*{via_tail}",
               "Israeli Defense Forces/Handout via REUTERS", None, "Israeli Defense Forces"),
    CreditForm("agency/provider/handout via agency",
               r"[^\W\d_]+{slash}{provider}{slash}(?:handout|ho)(?:{slash}{mark})*\s+{through}\s+{via}",
               "A palace in the capital. REUTERS/SANA/Handout via Reuters", None, "SANA"),
    CreditForm("stock library/contributor", r"{stock}{slash}{contributor}",
               "A heat pump. © Getty Images/iStockphoto/golubovy", "golubovy", "Getty Images"),
    CreditForm("contributor/stock library", r"{handle}\s*(?:/|\s[–—-])\s*{stocks}{via_tail}",
               "Oil pumps at dusk. Bild: TebNad/Shutterstock.com", "TebNad", "Shutterstock.com"),
    CreditForm("collection/stock library", r"{collection}{slash}{stocks}{via_tail}",
               "A window seat. Photograph: Westend61/Getty Images", None, "Westend61",
               announced=True),
    # ... "on", "auf", and "from" as Pixabay and Pexels ask to be credited ("Image by Name from
    # Pixabay", "Photo by Name from Pexels")
    CreditForm("contributor via stock library",
               r"{nickname}\s+(?:{through}|on|auf|from)\s+{stock}",
               "A data centre. Foto: cubicroot via Unsplash", "cubicroot", "Unsplash"),
    # the Australian Broadcasting Corporation's house style names the source, a colon, then the
    # photographer, in brackets closing the caption ("(Reuters: Name)", "(ABC News: Name)")
    CreditForm("known outlet: name", r"{known_agency}\s*:\s*{names}",
               "Waves break over the sea wall.(Reuters: Ann Lee)", "Ann Lee", "Reuters"),
    # Croatian, Slovenian and Czech pages label the source and the author apart in one credit
    # ("Izvor: Pixsell / Autor: Name/PIXSELL", tportal; "Vir: STA / Avtor: Name")
    CreditForm("source / author: name", r"{known_agency}{slash}(?:autor|avtor|author)\s*:\s*"
               r"{names}(?:{slash}[^\s/]+)?",
               "A minister arrives. Izvor: Pixsell / Autor: Ana Horvat/PIXSELL", "Ana Horvat",
               "Pixsell", sourced=True),
    # an agency or a paper, then only its photographer's surname, as Austrian regional papers and
    # agencies sign their staff's pictures ("… Bürserschlucht. VN/Name", the Vorarlberger
    # Nachrichten; "Bildrechte: News5/Name"): a surname the names data knows and no given name,
    # with no space around the slash, as "surname/agency" reads it the other way round; before
    # "AGENCY/name", whose names slot takes a lone surname for nobody (c18d)
    CreditForm("agency/surname", r"{agencies}/{surname}",
               "A goal in the rain. AFP/Fischer", "Fischer", "AFP"),
    # ... and a rights holder, then only the photographer's surname, after a lead-in or "©", as
    # Austrian states' and towns' pages credit their staff's pictures ("©Land Tirol/Name", the
    # Gemeindebund's pages): the same surname, with or without spaces around the slash (c18d)
    CreditForm("rights holder / surname", r"{source}\s*(?:/|\||\s[-–—])\s*{surname}{marks}",
               "A new school in the valley. © Land Tirol/Fischer", "Fischer", "Land Tirol",
               announced=True),
    CreditForm("AGENCY/name", r"{known_agency}{slash}{names}{via_tail}",
               "REUTERS/Amir Cohen/File Photo", "Amir Cohen", "REUTERS"),
    CreditForm("organisation/name", r"{agency_org}{slash}{plausible_names}{via_tail}",
               "A gallery wall. Seaview Museum/Lena Park", "Lena Park", "Seaview Museum"),
    # a paper's title a Romance article opens, then a marker after the slash, as La Hora of
    # Guatemala credits a screenshot of a video ("Foto: La Hora/Captura de pantalla."): the paper;
    # after a lead-in only, and never before a name ("La Habana/Name" may place it) (c15e)
    CreditForm("title/marker", r"{article_title}{slash}{only_marker}",
               "Foto: La Voz del Valle/Archivo", None, "La Voz del Valle", announced=True),
    CreditForm("marker/agency", r"{mark}{slash}{orgs}{via_tail}",
               "POOL/AFP via Getty Images", None, "AFP"),
    # ... and a dash between them, as Arab papers note an archive or illustrative picture
    # before the agency ("(أرشيفية - رويترز)", "(تعبيرية - أ ف ب)", Annahar): an agency the
    # lexicon knows only
    CreditForm("marker – agency", r"{mark}\s*[-–—]\s*{known_agency}",
               "Rescuers search the rubble. (File - Reuters)", None, "Reuters"),
    # ... and a comma, either way round, as Kenyan and other papers close a caption ("[File,
    # Standard]", "[Daily Nation, File]"): an outlet the lexicon knows or its words name
    CreditForm("marker, outlet", r"{mark}\s*,\s*{orgs}",
               "The minister at the airport. [File, Daily Nation]", None, "Daily Nation"),
    CreditForm("outlet, marker", r"{orgs}\s*,\s*{mark}",
               "The minister at the airport. [Daily Nation, File]", None, "Daily Nation"),
    # a reader's picture signed with its sender, as Black Press's papers credit one
    # ("(Contributed/Name)"): the word names no one, the name after it took the picture
    CreditForm("contributed/name", r"(?:contributed|submitted|supplied){slash}{people}",
               "A bear on the porch. (Contributed/Lena Park)", "Lena Park", None),
    # the ABC's house style signs a picture a reader or a family gave it "(Supplied: Name)": the
    # word names no one, the name after the colon took the picture, when the names data vouches
    # for it ("(Supplied: Tourism Australia)" names a body, which no person's slot reads)
    CreditForm("supplied: name", r"(?:contributed|submitted|supplied)\s*:\s*{vouched}",
               "A whale breaches off the point.(Supplied: Lena Park)", "Lena Park", None),
    CreditForm("outlet/agencies", r"{agency}{slash}{orgs}{via_tail}",
               "A comedian on a sofa. Foto: KRB/picture alliance/dpa", None, "KRB"),
    # Japanese papers set a wire picture as the photographer, a slash and the agency, then "撮影"
    # ("photographed", Russia Beyond's Japanese site)
    CreditForm("name/agency (Japanese: photographed)", r"{people}{slash}{known_agency}撮影",
               "祝砲を発射した。ワジム・ジェルノフ/ロシア通信撮影", "ワジム・ジェルノフ",
               "ロシア通信"),
    CreditForm("name/outlet", r"{people}{slash}{agencies}{via_tail}",
               "MAHMUD HAMS/AFP via Getty Images", "MAHMUD HAMS", "AFP"),
    # a staff photographer credited by initials before the outlet ("Foto: D. S./Klix.ba"):
    # read only after a lead-in or in credit markup, where the initials can be nothing else
    CreditForm("initials/outlet", r"{initials}{slash}{agencies}{via_tail}",
               "A minister at the lectern. Foto: D. S./Klix.ba", "D. S.", "Klix.ba",
               announced=True),
    CreditForm("name, agency/distributor", r"{people}\s*,\s*(?=[^,]*/){agencies}",
               "Jane Roe, EPA / Landov", "Jane Roe", "EPA"),
    # ... and a paper that holds the picture before the agency that sent it ("Example Shimbun,
    # Reuters/NTB scanpix", as NTB credits a Japanese paper's picture): an outlet known by name,
    # which no person's name is, the first the picture's
    CreditForm("outlet, agency/distributor", r"{known_agency}\s*,\s*(?=[^,]*/){agencies}",
               "Gazeta Wyborcza, Reuters/NTB scanpix", None, "Gazeta Wyborcza"),
    # Russian regional papers credit a reader's picture by the name and the social network group
    # that posted it ("Фото: Name, группа «ДТП города» ВКонтакте", c13t): the platform is the
    # outlet, as "Name/Instagram" names it
    CreditForm("name, group «…» on a platform (Russian)",
               r"{people}\s*,\s*(?:группа|паблик|сообщество)\s+[\"«„][^\"»“]{1,60}[\"»“]\s+"
               r"(?:(?:в|во)\s+)?{known_agency}",
               "Затор на мосту. Фото: Анна Орлова, группа «Наш район» ВКонтакте", "Анна Орлова",
               "ВКонтакте", announced=True),
    # AP sets a pool picture as the photographer, their agency and the pool, via AP ("Mikhail
    # Klimentyev, Sputnik, Kremlin Pool Photo via AP")
    CreditForm("name, agency, pool photo via agency",
               r"{people}\s*,\s*{known_agency}\s*,\s*(?:[^,/]{1,30}\s+)?pool\s+photo\s+{through}"
               r"\s+{via}",
               "Leaders meet. Ivan Petrov, Sputnik, Kremlin Pool Photo via AP", "Ivan Petrov",
               "Sputnik"),
    # a name opening with "The" is an outlet's, whatever its other words ("The Spruce Eats /
    # Name", as Dotdash Meredith's sites credit their own photographers)
    CreditForm("The outlet / name", r"{titled}{slash}{vouched}{marks}",
               "A bowl of soup. The Spruce Eats / Julie Bang", "Julie Bang", "The Spruce Eats"),
    CreditForm("name/outlet beyond the lexicon", r"{vouched}{slash}{outlets}{via_tail}",
               "Boats on a lake. Anna Berg/Visit Sweden", "Anna Berg", "Visit Sweden"),
    # USA TODAY Sports and its picture agency Imagn join the photographer's name to the outlet
    # with a hyphen ("Mandatory Credit: Kirby Lee-USA TODAY Sports", "Name-Imagn Images"), as
    # the USA TODAY Network's sites sign a picture after its subject and a dash ("Alain Vigneault
    # – Brad Penner-Imagn Images"): only these outlets, so a hyphenated name is never cut
    CreditForm("name-USA TODAY Sports (hyphen)",
               r"{people}-(?=(?:usa\s+today|imagn)\b){known_agency}"
               # ... and Reuters' number when it distributes the picture (" - RTR4JDW4")
               r"(?:\s+[-–]\s+(?-i:RTR)[0-9A-Z]{3,8})?",
               "A guard drives. Mandatory Credit: Kirby Lee-USA TODAY Sports", "Kirby Lee",
               "USA TODAY Sports"),
    CreditForm("subject – name-Imagn Images (hyphen)",
               r"[^–—/|;()]+\s[–—]\s+{people}-(?=(?:usa\s+today|imagn)\b){known_agency}",
               "Ann Lee – Jane Doe-Imagn Images", "Jane Doe", "Imagn Images"),
    CreditForm("name - outlet/image agency", r"{vouched}\s+-\s+{outlets}(?:{slash}{photo_agency}|"
               r"\s+{through}\s+{via})",
               "Players warm up. Ann Lee - The FA/The FA via Getty Images", "Ann Lee", "The FA"),
    CreditForm("name – outlet", r"{vouched}\s*[–—]\s*{outlets}{via_tail}",
               "Leo Marsh – WPA Pool/Getty Images", "Leo Marsh", "Getty Images"),
    CreditForm("OUTLET/name beyond the lexicon", r"{word}{slash}{plausible}{marks}",
               "SEMAFOR/Jane Doe", "Jane Doe", "SEMAFOR"),
    # a picture agency and the collection or partner agency it sells the picture for
    # ("picture alliance / prisma TPX", "© picture alliance / Foto Huebner"): the agency
    CreditForm("picture agency / collection", r"{picture_agency}{slash}{agency_collection}",
               "A goalkeeper dives. Foto: picture alliance / Foto Quillon", None,
               "picture alliance"),
    CreditForm("marker via agency", r"(?:{mark}(?:\s+{photo})?|{photo})\s+{through}\s+{via}",
               "Handout via REUTERS", None, "REUTERS"),
    CreditForm("name via agency", r"{vouched}\s+{through}\s+{via}",
               "Jane Doe via Getty Images", "Jane Doe", "Getty Images"),
    # a web address as the source, through a distributor ("president.gov.ua, via Wikimedia
    # Commons", "Example.com via Flickr")
    CreditForm("address via distributor", r"{address}\s*,?\s+{through}\s+{via}",
               "A ministry's portrait. Foto: example.gov.ua, via Wikimedia Commons", None,
               "example.gov.ua"),
    # a dash before Getty Images stands for "via", as in "Name / AFP - Getty Images" (NBC News,
    # the New York Times: "Agence France-Presse — Getty Images")
    CreditForm("agency via distributor", r"{orgs}\s+(?:{through}|[-–—](?=\s+getty\b))\s+{via}",
               "Anadolu Agency via Getty Images", None, "Anadolu Agency"),
    CreditForm("name for outlet", r"{people}\s+{for}\s+{known_affiliation}{via_tail}",
               "Jane Doe for The Washington Post", "Jane Doe", "The Washington Post"),
    # An outlet no list knows after "for" may be any title ("Meal Prep for Busy Weeks"): the
    # names data must vouch for the person.
    # ... "for" in any language of the lexicon ("Name для ТД", "Name para Revista X")
    CreditForm("name for outlet beyond the lexicon",
               r"{vouched}\s+{for}\s+{affiliation}{via_tail}",
               "A quay at dawn. Anna Berg for Brisk Mantle", "Anna Berg", "Brisk Mantle"),
    # ... but after a lead-in that names who took the picture ("Photo by", "Photographer:"), the
    # words before "for" are a person's, and a title after it the outlet that sent them
    CreditForm("photo by name for outlet", r"{people}\s+{for}\s+{label}{via_tail}",
               "A chef at the pass. Photo by Nisal Baduge for Brisk Mantle", "Nisal Baduge",
               "Brisk Mantle", announced=True, taker=True),
    CreditForm("outlet's name", r"{known_agency}{apos}s?\s+{people}",
               "captured by Fox News’ Trey Yingst", "Trey Yingst", "Fox News"),
    # an organisation known only by its words before "'s" may be any title's start ("Vexton
    # Provides the Data Foundation for the World's Finest Engineers"): the names data must vouch
    CreditForm("outlet's name beyond the lexicon", r"{outlet}{apos}s?\s+{vouched}",
               "A quay at dawn, captured by Harbour Trust’s Anna Berg", "Anna Berg",
               "Harbour Trust"),
    # (a dash after the quote attributes a quotation: '"Simple is better" - Jane Doe')
    CreditForm("“outlet”'s name", r'"?{quoted}"(?:{apos}s?)?\s+(?![-–—]){people}',
               "A rally captured by “Le Matinal”’s Inès Duval.", "Inès Duval", "Le Matinal"),
    CreditForm("agency reporter name (Chinese)",
               r"{outlet}\s*(?:记者|記者)\s*{people}\s*(?:摄|攝){shot_date}",
               "新华社记者 李明 摄", "李明", "新华社"),
    # a paper's staff before the name ("广州日报全媒体记者莫伟浓摄", "中国青年报实习生 刘立楠/摄";
    # "摄影报道": photographed and reported); "本报记者" (this paper's reporter) names no outlet
    CreditForm("paper's reporter name (Chinese: photographed)",
               r"{cjk_organisation}\s*{cjk_role}\s*{han_people}\s*{cjk_shot}",
               "广州日报全媒体记者李明摄", "李明", "广州日报"),
    CreditForm("reporter name (Chinese: photographed)",
               r"(?:本报|本報|本台|本网|本網|本刊)?\s*{cjk_role}\s*{han_people}\s*{cjk_shot}",
               "本报记者 李明摄", "李明", None),
    CreditForm("outlet name (Chinese: photographed)",
               r"{cjk_organisation}\s*{han_people}\s*{cjk_shot}",
               "（武汉晚报 李明 摄）", "李明", "武汉晚报"),
    CreditForm("name (Chinese: photographed)", r"{han_people}\s*{cjk_shot}",
               "（李明 摄）", "李明", None),
    # Chinese papers credit a picture an office or a company provided as "X提供" ("图/X提供");
    # a person or "受访者" (the interviewee) there names no outlet. Japanese papers write it as a
    # sentence, "the picture is X's providing" ("(写真は朝日新聞社提供)", Okinawa Times): "写真は"
    # is no part of the provider (c14j)
    CreditForm("organisation provided (Chinese)", r"(?:(?:写真|画像)は)?{cjk_organisation}\s*提供",
               "图/东湖区政府提供", None, "东湖区政府"),
    # Chinese pages credit a still from an outlet's video or a screenshot of its site with the
    # outlet's name and the medium's noun after a source label ("图源:BBC视频", "图源:BBC官网截图",
    # 21st Century's pages; "(截图:CNA视频)"): the outlet, only one the authority knows (c17z)
    CreditForm("known outlet's video or screenshot (Chinese)",
               r"{known_agency}\s*(?:官网|官網|网站|網站)?\s*(?:视频|視頻|截图|截圖|画面|畫面)",
               "图源:BBC视频", None, "BBC", announced=True),
    # ... and a company's or a studio's name in katakana before "提供", as Japanese papers credit
    # a picture a company provided ("(ボンズ提供)", the Gifu Shimbun): one katakana word, never
    # a foreigner's name, which a middle dot parts ("ジョン・スミス提供") (c16j)
    CreditForm("company provided (Japanese, katakana)",
               r"(?:(?:写真|画像)は)?{katakana_company}\s*提供",
               "新作アニメのイメージ画(ゼフィラ提供)", None, "ゼフィラ"),
    # Japanese papers sign their staff's pictures with the name and "撮影" ("photographed"),
    # after "=" or "、" or in brackets closing the caption ("…(9月6日、皇居)=積田檀撮影")
    CreditForm("name (Japanese: photographed)", r"{kanji_name}撮影",
               "港の朝(6日、横浜港)=山田太郎撮影", "山田太郎", None),
    # Kyodo sets a picture a foreign agency distributed as the place, "=", the agency and "配信"
    # (distributed), a slash and the photographer ("(長沙=新華社配信/Name)", Kyodo News Images;
    # "（北京＝新華社配信／Name）") (c16j)
    CreditForm("place=agency distributed/name (Japanese)",
               r"(?:[^=＝()/／]{1,12}[=＝])?{known_agency}配信\s*[/／]\s*{people}",
               "友好都市提携の調印式。(長沙=新華社配信/李明)", "李明", "新華社"),
    # the Tokyo Photographic Press Association's exhibition lists each picture's day, a colon, the
    # place, a slash and the paper or agency that took it ("(7月26日:フランス・パリ/共同通信)",
    # the annual press photo exhibition's pages) (c16j)
    CreditForm("day: place/agency (Japanese exhibition)",
               r"\d{1,2}月\d{1,2}日\s*[:：]\s*[^/:：()]{1,30}?{slash}{known_agency}",
               "「港の朝」入港する漁船。(5月3日:北海道・小樽市/共同通信)", None, "共同通信"),
    # Chinese papers close a caption with the agency that issued the picture and "发" alone
    # ("…由指令长带队。新华社发")
    CreditForm("agency issued (Chinese)", r"{known_agency}(?:发|發)",
               "三名航天员将执行任务。新华社发", None, "新华社"),
    CreditForm("Photo Name. AGENCY (Libération)", r"photos?\s+{people}\.\s*{agencies}",
               "Un marché à Lyon. (Photo Léa Morel. AFP)", "Léa Morel", "AFP"),
    # a picture taken from a body's Facebook page, as Italian local sites credit one ("Foto
    # pagina Facebook Comune di X", QuiComo; "[Foto da pagina Facebook del Comune di X]", Voce
    # Camuna), and as pages in German, French, Spanish and English write it ("Foto: Facebook-Seite
    # der Gemeinde X", "Photo page Facebook de la commune de X", "Foto: página de Facebook de X",
    # "Photo: X Facebook page"): the body is the outlet, as in "Body/Facebook"; a person's page
    # names nobody here (c18d)
    CreditForm("photo from a body's Facebook page",
               r"(?:(?:foto|photo|bild|immagine|imagen|image)s?\s+)?(?:(?:tratta|tirée|tomada)\s+)?"
               r"(?:(?:da|dalla|dal|de|from|via|aus)\s+)?(?:(?:la|the|der|einer)\s+)?"
               r"(?:(?:pagina|página|page|seite)\s+(?:de\s+)?facebook|facebook-seite)\s+"
               r"(?:(?:del|della|dello|dei|degli|di|de\s+la|du|des|de|of|der|von)\s+)?{source}",
               "The mayor at the ceremony. (Foto dalla pagina Facebook del Comune di Valfonda)",
               None, "Comune di Valfonda"),
    CreditForm("photo from a body's Facebook page (body first)", r"{source}\s+facebook\s+page",
               "The new footbridge opens. Photo: Valfonda Council Facebook page", None,
               "Valfonda Council", announced=True),
    CreditForm("photo noun and known outlet", r"(?:photo|foto|bild|picture|image)s?\s+{known}",
               "A bowl of oats. Photo Shutterstock", None, "Shutterstock"),
    # ... and its archives, either way round, as French regional papers credit a file picture
    # from their own stock ("… /Photo DDM Archives", La Dépêche du Midi; "Photo archives Sud
    # Ouest"): the outlet (c17f)
    CreditForm("photo noun, known outlet and archives",
               r"(?:photo|foto)s?\s+{known}\s+" + _ARCHIVE,
               "The harbour in 1962. Photo AFP archives", None, "AFP"),
    CreditForm("photo noun, archives and known outlet",
               r"(?:photo|foto)s?\s+" + _ARCHIVE + r"\s+{known}",
               "The harbour in 1962. Photo archives AFP", None, "AFP"),
    CreditForm("surname/agency", r"{surname}/{agencies}{via_tail}",
               "A goal in the rain. Fischer/AFP", "Fischer", "AFP"),
    CreditForm("image agency alone", r"{photo_agency}(?:\s+for\s+{client})?",
               "Smoke rises over the port. Getty Images", None, "Getty Images"),
    # ... and the photographer's noun in the Nordic languages, German and Finnish after a lead-in
    # ("Foto: Fotograf Name", as B.T. credits a portrait series; "Pressefotograf", "Fotografin",
    # "Valokuvaaja", Icelandic "Ljósmyndari") (c17s)
    CreditForm("photographer name", r"(?:staff\s+|freelance\s+)?(?:photographer|"
               r"photojournalist|(?:presse?)?fotograf(?:en|in)?|valokuvaaja|ljósmyndari)"
               r"\s+{people}",
               "A photo of the port, taken by photographer Ana Lima", "Ana Lima", None,
               announced=True),
    # ... and any job or kinship words in lower case between "Photo by" and the name ("Photo by
    # fellow field engineer Name", "Photo by my colleague Name", as trade magazines credit a
    # reader's or a company's own picture): after a lead-in naming the taker only (c16t)
    CreditForm("photo by role words and name",
               r"(?-i:(?:(?!(?:of|de|do|da|di|du|des|del|von|from|at)\s)[a-z][a-z'’-]*\s+){0,3}"
               r"(?:" + "|".join(TAKER_ROLE_NOUNS) + r"))\s+{people}",
               "A crane on the site. Photo by fellow site engineer Lena Park.", "Lena Park", None,
               announced=True, taker=True),
    CreditForm("name of outlet", r"{people}\s+of\s+{outlet}",
               "Photo by Jane Doe of Reuters", "Jane Doe", "Reuters", announced=True),
    CreditForm("name on platform", r"{people}\s+(?:on|auf|from)\s+{outlet}",
               "Photo by Jane Doe on Unsplash", "Jane Doe", "Unsplash", announced=True),
    CreditForm("name, outlet", r"{vouched}\s*(?:,|\||\s[-–—])\s*{affiliation}",
               "Photo by Jane Doe, Politico", "Jane Doe", "Politico", announced=True),
    # Russian sites credit their own photographer with a copyright sign before the site ("Фото:
    # Name © URA.RU")
    CreditForm("name © outlet", r"{vouched}\s*©\s*{affiliation}",
               "Церемония в Кремле. Фото: Иван Петров © URA.RU", "Иван Петров", "URA.RU",
               announced=True),
    CreditForm("name, staff role", r"{vouched}\s*(?:,|\s[-–—])\s*{staff}",
               "Fans on the square. Jane Doe, Staff Photographer", "Jane Doe", None),
    # ... and a Thai name before the person's position with no comma, after a lead-in ("ภาพ :
    # นายName Surname หัวหน้า…": the head of …): a given name and a surname, two words; the
    # position is no outlet (c16v)
    CreditForm("name position (Thai)",
               r"(?=[^\s/|;()]+\s+[^\s/|;()]+\s+{thai_position}$){people}\s+{thai_position}",
               "ช้างป่าข้ามถนนในอุทยาน ภาพ : นายสมชาย ใจดี หัวหน้าหน่วยพิทักษ์ป่าที่ 2",
               "นายสมชาย ใจดี", None, announced=True),
    # a freelancer's picture for a paper, as US papers credit it ("Special to the Star-Telegram")
    CreditForm("name, special to outlet",
               r"{vouched}\s*(?:,|/|\||\s[-–—])\s*special\s+to\s+(?:the\s+)?{label}",
               "Fans on the square. Jane Doe/Special to the Star-Telegram", "Jane Doe",
               "Star-Telegram"),
    CreditForm("name and known outlet", r"{people}\s+{known}",
               "A rally. © Jane Doe Magnum Photos", "Jane Doe", "Magnum Photos", announced=True),
    # ... and a Hebrew body's name after the photographer's without a comma, as Haifa's local
    # papers credit the municipality's photographer ("צילום: Name דוברות עיריית חיפה") (c16w)
    CreditForm("name and body (Hebrew)", r"{rtl_name}\s+{rtl_body}",
               "השחייה בבריכה. צילום: דנה לוי דוברות עיריית נתניה", "דנה לוי",
               "דוברות עיריית נתניה", announced=True),
    # ... and an acronym beyond the lexicon, three or four capitals after a name the names data
    # vouches for, as Mexican pages credit an institute's photographer ("Foto: Name INAH") (c15e)
    CreditForm("name and acronym", r"{mixed_vouched}\s+{trailing_acronym}",
               "Ruins of the temple. Foto: Jane Doe INAH.", "Jane Doe", "INAH", announced=True),
    CreditForm("name reporter (Korean, Chinese)", r"{people}\s*(?:기자|记者|記者)",
               "사진=홍길동 기자", "홍길동", None, announced=True),
    # Lithuanian papers sign a picture with the photographer's name in the genitive and "nuotr."
    # ("photo", "Vardenio PAVARDENIO nuotr.", skrastas.lt, alytausnaujienos.lt), Hungarian ones
    # with the name and "felvétele" ("'s picture", "Kovács Anna felvétele", irodalmiszemle.sk):
    # the photo noun after the name; the name is kept as published, in its case; Uzbek papers
    # sign a photo story with the name and "surat-lavhasi" ("'s photo report", "📸 Name
    # surat-lavhasi.", zarnews.uz) (c16x)
    CreditForm("name photo (Lithuanian, Hungarian, Uzbek: the noun after the name)",
               r"{people}\s+(?:nuotr\.?|nuotrauka|nuotraukos|felvétele|felvételei|"
               r"surat-lavhasi)",
               "Šventė aikštėje. Jono PETRAIČIO nuotr.", "Jono PETRAIČIO", None),
    # ... and a body's picture, the body in the genitive before "nuotr." (a Lithuanian body's
    # word of ORG_WORDS: "Biržų rajono savivaldybės nuotr.", the district municipality's
    # photo), the body kept as published, in its case (c18g)
    CreditForm("body photo (Lithuanian: the body in the genitive before nuotr.)",
               r"{outlet}\s+(?:nuotr\.?|nuotrauka|nuotraukos)",
               "Naujas takas parke. Kauno miesto savivaldybės nuotr.", None,
               "Kauno miesto savivaldybės"),
    # Korean agencies sign a picture with the agency, then the reporter ("…2019.10.3/뉴스1 ©
    # News1 홍길동 기자")
    CreditForm("agency name reporter (Korean)",
               r"{known_agency}\s+{hangul_name}\s?" + KOREAN_REPORTER_TITLE,
               "바다의 아침. 2019.10.3/뉴스1 © News1 홍길동 기자", "홍길동", "News1",
               announced=True),
    # ... and a paper's credit element or lead-in naming the paper, then its reporter ("뉴스웨이
    # 홍길동 기자" in a credit element, "사진=경인일보 홍길동 기자"): the paper is a press name
    # the authority knows or one word ending as Korean press names end (c18j)
    CreditForm("paper name reporter (Korean)",
               r"{korean_press}\s+{hangul_name}\s?" + KOREAN_REPORTER_TITLE,
               "눈 덮인 들판. 사진=동해일보 홍길동 기자", "홍길동", "동해일보", announced=True),
    # Korean papers credit a picture someone provided as "X 제공" ("provided by X")
    CreditForm("provider (Korean: provided by)", r"{provided}\s*제공",
               "자작나무 숲의 등산객들 / 인제군 제공", None, "인제군"),
    # ... and a picture an agency provided with its photographer as "X 제공, Name 촬영" ("provided
    # by X, photographed by Name")
    CreditForm("provider, name photographed (Korean)",
               r"{provided}\s*제공\s*,\s*{hangul_name}\s*촬영",
               "장성을 오르는 관광객들(신화사 제공, 왕중생 촬영)", "왕중생", "신화사"),
    # Korean papers set a foreign agency's picture, distributed by Yonhap, as the agency and
    # 연합뉴스 ("… EPA연합뉴스", "…/AFP 연합뉴스"): the agency, and Yonhap as the distributor
    CreditForm("agency via Yonhap (Korean)", r"{known_agency}\s?(?=연합뉴스$){via}",
               "바다의 아침. AFP연합뉴스", None, "AFP"),
    # ... and as the agency, "=" and the Korean agency that distributed it ("[AFP=연합뉴스]",
    # "로이터=뉴시스", "AP=뉴스1"), or the body that provided it ("[청와대 제공=연합뉴스]"): the
    # agency or the provider, and the Korean agency as the distributor (c15k)
    CreditForm("agency=Korean agency (Korean)",
               r"{known_agency}\s*=\s*(?=(?:연합뉴스|뉴시스|뉴스1)$){via}",
               "시위대가 행진하고 있다. [AFP=연합뉴스]", None, "AFP"),
    CreditForm("provider=Korean agency (Korean)",
               r"{provided}\s*제공\s*=\s*(?=(?:연합뉴스|뉴시스|뉴스1)$){via}",
               "아이들이 본관에서 놀고 있다. [인제군 제공=연합뉴스]", None, "인제군"),
    # ... and a broadcaster's screen grab as the broadcaster and "방송화면" (its broadcast's screen)
    # or "캡처" (a capture): "사진=JTBC 방송화면", "[사진출처 = MBC뉴스 캡처]" (c15k)
    CreditForm("broadcast screen capture (Korean)",
               r"{provided}\s*(?:(?:방송\s*)?(?:화면|영상)(?:\s*(?:캡처|캡쳐))?|캡처|캡쳐)",
               "토론하는 출연자들. 사진=JTBC 방송화면", None, "JTBC", announced=True),
    # ... and their English editions as the agency, a hyphen and Yonhap ("… March 28, in
    # Washington, D.C. AFP-Yonhap", "Reuters-Yonhap")
    CreditForm("agency-Yonhap (Korean papers in English)", r"{known_agency}-(?=yonhap$){via}",
               "Cherry trees in bloom. AFP-Yonhap", None, "AFP"),
    # Korean papers close a caption with the picture's date, place and photographer, signed as
    # their reporter ("… 2023.9.21 부산 홍길동 기자", "… 2018.2.25. 홍길동 선임기자"); without
    # the date "Name 기자" is as often a story's byline: read only after a lead-in, or closing
    # a text known to be a caption (catalog.captions._KOREAN_STAFF). A paper's name there is no
    # place: "… 2023.12.31 전북도민일보 홍길동 기자" is the day, the paper and its reporter, read
    # by catalog.captions._KOREAN_DATED_PRESS (c18j)
    CreditForm("date, place, name reporter (Korean)",
               r"\d\d\d\d\.\d{1,2}\.\d{1,2}\.?\s+(?:(?![가-힣]*(?:"
               + "|".join(KOREAN_PRESS_SUFFIXES) + r")\s)[가-힣]{2,6}\s+)?{hangul_name}\s?"
               + KOREAN_REPORTER_TITLE,
               "바다의 아침. 2023.9.21 부산 홍길동 기자", "홍길동", None),
    CreditForm("rights holder / name", r"{source}\s*(?:/|\||\s[-–—])\s*{vouched}{marks}",
               "Cycling by the lake © Österreich Werbung / Ulli Cecerle-Uitz", "Ulli Cecerle-Uitz",
               "Österreich Werbung", announced=True),
    CreditForm("name, outlet's archives",
               r"{vouched}\s+(?:archives?|archivo|archivio|archiv|arquivo)\s+{archive_owner}",
               "A street in spring. Photo: Lena Park Archives Le Quotidien", "Lena Park",
               "Le Quotidien", announced=True),
    # a photo noun, then an outlet the authority knows and its archives, either way round, as
    # French regional papers credit a file picture from their own stock ("/Photo DDM Archives",
    # La Dépêche du Midi; "Photo archives Sud Ouest"): the outlet; no photographer (c17f)
    CreditForm("photo: known outlet's archives",
               r"{known_agency}\s+" + _ARCHIVE,
               "The harbour in 1962. (Photo: AFP archives)", None, "AFP",
               announced=True, photographic=True),
    CreditForm("photo: archives of a known outlet",
               _ARCHIVE + r"\s+{known_agency}",
               "The harbour in 1962. (Photo: archives AFP)", None, "AFP",
               announced=True, photographic=True),
    # a file picture from an outlet's archive, as Brazilian and Spanish-language pages credit one
    # ("|| Foto de arquivo da IstoÉ", "Imagen de archivo de El Tiempo"): the archive's owner is
    # the outlet; no person is the owner of a file photo here (c16p)
    CreditForm("file photo of an outlet's archive",
               r"(?:(?:foto|imagem|imagen|fotografia)\s+de\s+)?(?:arquivo|archivo)\s+"
               r"(?:d[ao]s?|de|del|de\s+la)\s+{archive_owner}",
               "Governors sign a letter. || Foto de arquivo da Gazeta Norte", None, "Gazeta Norte",
               announced=True),
    # an outlet the lexicon knows, a comma, then a person the names data vouches for, after a
    # photo lead-in, as the ARD broadcasters' regional pages credit a picture ("(Foto: SWR,
    # Name)"): the outlet first, then its photographer (c16g)
    CreditForm("photo: known outlet, name", r"{known}\s*,\s*{vouched}",
               "A tram depot at dawn. (Foto: SWR, Lena Vogt)", "Lena Vogt", "SWR",
               announced=True, photographic=True),
    CreditForm("known company/organisations after a lead-in",
               r"{known_company}{slash}{orgs}{via_tail}",
               "A new hatchback. Foto: Volkswagen/dpa", None, "Volkswagen",
               announced=True, led=True),
    CreditForm("known company after a lead-in", r"{known_company}",
               "A games console on a desk. Foto: Sony", None, "Sony",
               announced=True, lone=True, led=True),
    CreditForm("lone name or organisation", r"{who}",
               "(Photo: Jane Doe)", "Jane Doe", None, announced=True, lone=True),
    # a name closed by initials without their stops ("Vivek M", "Sankar C G"), as South Indian
    # and Indonesian names carry them, after a lead-in naming who took the picture or before an
    # outlet beyond the lexicon (c20i)
    CreditForm("name closed by bare initials after a photo lead-in", r"{initial_closed}",
               "Boats at the jetty. Pic: Meera R", "Meera R", None,
               announced=True, lone=True, photographic=True, led=True),
    CreditForm("name closed by bare initials/outlet", r"{initial_closed}{slash}{outlets}",
               "Boats at the jetty. Foto: Meera R/Kabar Pagi", "Meera R", "Kabar Pagi"),
    CreditForm("name with a known surname after a photo lead-in", r"{surnamed}",
               "A tram at night. Photo by Quill Cox", "Quill Cox", None,
               announced=True, lone=True, photographic=True),
    CreditForm("names / names after a photo lead-in", r"{named_pair}",
               "A night market in Lima. Fotos: Ana Ruiz / Pedro Gómez", "Ana Ruiz; Pedro Gómez",
               None, announced=True, lone=True, photographic=True, plural=True),
    # a name the names data does not know, where only a person can stand ("Pix by Nisal Baduge"):
    # two or three capitalised words of letters, no organisation's, company's or outlet's
    CreditForm("unknown name after photo by", r"{unknown_person}",
               "A lantern workshop in Colombo. Pix by Nisal Baduge", "Nisal Baduge", None,
               announced=True, lone=True, photographic=True, taker=True),
    # a staff photographer's initials alone after a photo lead-in written in the text, as
    # Vietnamese papers sign their pictures ("… - Ảnh: M.C", Tuổi Trẻ)
    CreditForm("initials after a photo lead-in", r"{staff_initials}",
               "A quiet street at dawn. Ảnh: M.C", "M.C", None,
               announced=True, lone=True, photographic=True, led=True),
    CreditForm("handle after a photo lead-in", r"{at_person}",
               "A surfer at dawn. Photo: @lena.waves", "@lena.waves", None,
               announced=True, lone=True, photographic=True),
    CreditForm("handle after a source lead-in", r"{at_source}",
               "A patrol boat on the quay. (Image: @HarbourPolice)", None, "@HarbourPolice",
               announced=True, lone=True, sourced=True, led=True),
    CreditForm("company/organisations after a source lead-in", r"{company}{slash}{orgs}{via_tail}",
               "Marmots in the steppe. Credit: Zorbex/The Steppe Times", None, "Zorbex",
               announced=True, sourced=True),
    # ... and a chain of companies, as the entertainment press credits a game's or a film's
    # publishers ("Image: Zorbex/Quillon", "Image: KRB/Quillon"): the first holds the picture
    CreditForm("company/company after a source lead-in",
               r"(?:{company}|{agency}){slash}{partner}{via_tail}",
               "A trailer's still. Image: Zorbex/Quillon", None, "Zorbex",
               announced=True, sourced=True, led=True),
    CreditForm("lone company after a source lead-in", r"{company}",
               "A doorbell camera on a porch. (Image: Wyzelon)", None, "Wyzelon",
               announced=True, lone=True, sourced=True),
)
