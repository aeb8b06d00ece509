"""The credit grammar's word lists: outlets and organisation words, markers, name particles,
words never in a name, titles and ranks, the lead-ins that announce a credit in each language,
the inline credit verbs and the web furniture set aside. Extend the grammar here: the regular
expressions of the caption grammar (`catalog.captions`, `catalog.credit_segments`,
`catalog.credit_names`) are built from these tables (docs/captions.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.credits.outlet_data import OUTLET_ROWS
from catalog.credits.surnames import unaccented


def alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    """`words` as one regular-expression alternation, longest first, a space matching any run
    of white space."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                           key=len, reverse=True))

# ==== the lexicon ==============================================================================

# Outlets, agencies and institutions as credits write them (compared without case).
OUTLETS: frozenset[str] = frozenset({
    # wire and photo agencies
    "ap", "the associated press", "associated press", "afp", "agence france-presse",
    "agence france presse", "reuters", "thomson reuters", "getty", "getty images", "epa",
    "epa-efe", "efe", "upi", "xinhua", "tass", "ria novosti", "sputnik", "anadolu",
    "anadolu agency", "anadolu images", "ansa", "dpa", "picture alliance", "picture-alliance",
    "kyodo", "kyodo news", "yonhap", "jiji", "jiji press", "pa", "pa images", "pa wire",
    "pa media", "sipa", "sipa usa", "abaca", "abaca press", "zuma", "zuma press", "zuma wire",
    "alamy", "alamy stock photo", "alamy live news", "shutterstock", "rex", "rex features",
    "magnum", "magnum photos", "vii", "noor", "panos", "panos pictures", "nurphoto",
    "lightrocket", "sopa images", "bloomberg", "polaris", "redux", "imago", "imago images",
    "ddp", "belga", "anp", "tt", "scanpix", "ritzau", "ntb", "lehtikuva", "aap", "ani", "pti",
    "kcna", "wafa", "sana", "irna", "isna", "mehr", "tasnim", "apaimages", "bildbyran",
    "middle east images", "canadian press", "the canadian press", "ap images",
    "reuters pictures", "istock", "istockphoto", "dreamstime", "adobe stock", "agefotostock",
    "unsplash", "pexels", "pixabay", "flickr", "wikimedia commons", "wikimedia",
    "planet labs", "planet labs pbc", "maxar", "maxar technologies", "airbus",
    "copernicus", "dvids",
    # newspapers, broadcasters, magazines
    "cnn", "bbc", "bbc news", "fox news", "nbc news", "cbs news", "abc news", "nbc", "cbs",
    "abc", "npr", "pbs", "al jazeera", "al arabiya", "sky news", "itv", "channel 4", "cbc",
    "politico", "axios", "the atlantic", "time", "newsweek", "the economist",
    "the new york times", "new york times", "the washington post", "washington post",
    "the guardian", "guardian", "the observer", "the times", "the sunday times",
    "the wall street journal", "wall street journal", "los angeles times", "usa today",
    "financial times", "the telegraph", "daily mail", "the independent", "the new yorker",
    "national geographic", "the boston globe", "chicago tribune", "the philadelphia inquirer",
    "miami herald", "the seattle times", "the denver post", "star tribune",
    "the globe and mail", "toronto star", "the sydney morning herald", "the age",
    "el país", "el pais", "le monde", "der spiegel", "haaretz", "the times of israel",
    "times of israel", "the jerusalem post", "jerusalem post", "ynet", "middle east eye",
    "propublica", "the intercept", "vox", "buzzfeed news", "huffpost", "the hill",
    # institutions that issue photos
    "nasa", "esa", "jaxa", "noaa", "usgs", "un photo", "unicef", "unhcr", "unrwa", "who",
    "white house", "the white house", "kremlin", "dod", "department of defense",
    "idf", "israel defense forces", "israeli defense forces", "government press office", "gpo",
    "u.s. army", "u.s. navy", "u.s. air force", "u.s. marine corps", "u.s. coast guard",
    "u.s. space force", "national guard",
})

# ... and every name of the outlet authority (catalog/credits/outlet_data.py).
# ("AP Photo" is not one of them: the grammar reads it as AP with a photo suffix.)
OUTLETS |= frozenset(name.casefold() for row in OUTLET_ROWS for name in row
                     if not name.casefold().endswith((" photo", " photos", "/file")))

# Image agencies whose name alone, closing a caption, is a credit ("... Gaza. Getty Images").
# A text agency alone ("(Reuters)", "AFP") is a dateline or attribution, not a photo credit.
PHOTO_AGENCIES: frozenset[str] = frozenset({
    "getty images", "shutterstock", "alamy", "alamy stock photo", "alamy live news",
    "istock", "istockphoto", "ap images", "reuters pictures", "epa-efe", "rex features",
    "zuma press", "zuma wire", "sipa usa", "nurphoto", "sopa images", "redux", "polaris",
    "magnum photos", "panos pictures", "imago images", "picture alliance", "dreamstime",
    "adobe stock", "agefotostock", "unsplash", "pexels", "wikimedia commons", "abaca press",
    "pa images", "anadolu images", "bildbyran", "corbis", "wireimage", "filmmagic",
    "hulton archive", "usatsi", "pixabay", "pixelio",
    "wenn", "splash news", "backgrid", "akm-gsi", "mega agency", "gc images",
    # the space agencies, whose pictures science pages credit with the agency's name alone
    # under the caption ("… a view of Earth. NASA", Science News; NPR's "NASA hide caption";
    # "ESA", "ESO") (c15n)
    "nasa", "esa", "eso",
})

# The words that open a Thai organisation's name, written without a space before the rest
# ("กรมอุทยานแห่งชาติ", the national parks department; "กระทรวงมหาดไทย", the interior ministry):
# department, ministry, office, university, hospital, school, company, station, organisation,
# association, foundation, institute, centre, municipality, province, party, armed forces,
# command, police, council, Government House, bank. A Thai person's name opens with none of them.
THAI_ORGANISATION_OPENINGS: tuple[str, ...] = (
    "กรม", "กระทรวง", "สำนักงาน", "สำนัก", "มหาวิทยาลัย", "โรงพยาบาล", "โรงเรียน", "บริษัท",
    "สถานี", "องค์การ", "สมาคม", "มูลนิธิ", "สถาบัน", "ศูนย์", "เทศบาล", "จังหวัด", "พรรค",
    "กองทัพ", "กองบัญชาการ", "ตำรวจ", "สภา", "ทำเนียบ", "ธนาคาร",
)

# The taker's role or kinship in lower case between "Photo by" and the name ("Photo by fellow
# field engineer Name", "Photo by my colleague Name", as trade magazines credit a reader's or a
# staff member's own picture): one of these nouns must stand last before the name, so that
# "Foto de arquivo de Name" (a file photo of Name) and "Photo by the family of Name" stay unread.
TAKER_ROLE_NOUNS: tuple[str, ...] = (
    "engineer", "engineers", "colleague", "colleagues", "friend", "friends", "reader",
    "readers", "member", "members", "pilot", "pilots", "crew", "crewmember", "technician",
    "staffer", "intern", "student", "volunteer", "volunteers", "contributor", "correspondent",
    "photographer", "father", "mother", "son", "daughter", "brother", "sister", "husband", "wife",
    "partner", "cousin", "uncle", "aunt", "grandson", "granddaughter", "neighbour", "neighbor",
    "owner", "captain", "skipper", "diver", "officer", "sailor", "soldier", "worker", "manager",
    "director", "operator", "mechanic", "teammate", "guide", "ranger", "researcher", "scientist",
)

# Katakana words that close an organisation's name, never a foreigner's name in katakana, whose
# parts a middle dot sets apart as an organisation's are ("ギズモード・ジャパン", Gizmodo Japan;
# "ジョン・スミス" is a person) (c16j)
KATAKANA_ORG_WORDS: frozenset[str] = frozenset({
    "ジャパン", "ニュース", "ネットワーク", "プレス", "タイムズ", "ジャーナル", "テレビ", "ラジオ",
    "メディア", "オンライン", "マガジン", "エージェンシー", "スタジオ", "グループ", "カンパニー",
    "コーポレーション", "ホールディングス", "センター", "エンタテインメント",
    "エンターテインメント", "ピクチャーズ", "プロダクション", "ゲームズ", "ゲームス",
})

# The openings of German compounds naming a body whatever their ending ("Polizeiinspektion
# Magdeburg", "Polizeirevier", "Polizeiposten"): no person's name opens with one (c16g).
ORG_OPENING_STEMS: tuple[str, ...] = ("polizei",)

# Lithuanian bodies in the genitive, as Lithuanian papers credit a municipality's, a museum's or
# the police's picture with "nuotr." after it ("Biržų rajono savivaldybės nuotr.": the district
# municipality's photo; "Policijos departamento nuotr."). The body's word closes its name, and the
# words before it are in lower case but the first ("Lietuvos nacionalinio muziejaus"): no
# person's name holds one. "archyvo" (archive's) stays out, as "Asmeninio archyvo nuotr." (a
# personal archive's photo) names no one (c18g).
LITHUANIAN_BODY_WORDS: frozenset[str] = frozenset({
    "savivaldybės", "seniūnijos", "muziejaus", "bibliotekos", "policijos", "komisariato",
    "mokyklos", "gimnazijos", "progimnazijos", "universiteto", "kolegijos", "ministerijos",
    "departamento", "tarnybos", "agentūros", "tarybos", "kariuomenės", "bendruomenės",
    "ligoninės", "parapijos", "draugijos", "sąjungos", "asociacijos", "įstaigos", "valdybos",
    "inspekcijos", "prokuratūros", "bažnyčios",
})

def _greek_forms(*words: str) -> frozenset[str]:
    """Greek words as `fold` sees them (casefolded, the final sigma as σ), with their accent
    and without it, as Greek capitals drop it ("ΔΗΜΟΣ ΗΡΑΚΛΕΙΟΥ")."""
    folded = {word.casefold() for word in words}
    return frozenset(folded | {unaccented(word) for word in folded})


# Greek bodies, in the nominative and the genitive, as Greek and Cypriot pages credit a
# municipality's, a ministry's, a region's or the police's picture ("Φωτογραφία: Δήμος
# Ηρακλείου", "ΦΩΤΟ: ΠΕΡΙΦΕΡΕΙΑ ΚΡΗΤΗΣ", "Φωτ.: Υπουργείο Υγείας"), which had been read as
# people's names: no person's name holds one (c19e).
GREEK_BODY_WORDS: frozenset[str] = _greek_forms(
    "δήμος", "δήμου", "περιφέρεια", "περιφέρειας", "υπουργείο", "υπουργείου", "αστυνομία",
    "αστυνομίας", "πυροσβεστική", "πυροσβεστικής", "λιμενικό", "λιμενικού", "πανεπιστήμιο",
    "πανεπιστημίου", "μουσείο", "μουσείου", "νοσοκομείο", "νοσοκομείου", "σχολείο", "σχολείου",
    "τράπεζα", "τράπεζας", "εφημερίδα", "εφημερίδας", "πρακτορείο", "πρακτορείου", "σύλλογος",
    "συλλόγου", "ίδρυμα", "ιδρύματος", "ένωση", "ένωσης", "επιμελητήριο", "επιμελητηρίου",
    "κυβέρνηση", "κυβέρνησης", "βουλή", "βουλής", "μητρόπολη", "μητρόπολης", "εκκλησία",
    "εκκλησίας", "όμιλος", "ομίλου", "εταιρεία", "εταιρείας", "ινστιτούτο", "ινστιτούτου",
    "ακαδημία", "ακαδημίας", "θέατρο", "θεάτρου", "στρατός", "στρατού", "επιτροπή", "επιτροπής",
    "υπηρεσία", "υπηρεσίας", "οργανισμός", "οργανισμού", "σωματείο", "σωματείου", "πρεσβεία",
    "πρεσβείας", "προεδρία", "προεδρίας", "γραφείο", "γραφείου")

# The press office in Russian, Ukrainian (old and new spelling) and Belarusian, in the nominative
# and the genitive, as the region's papers credit an authority's handout in lower case ("Фото:
# пресс-служба мэрии Оша", "Фото: прес-служба ЛМР", "Фото пресс-службы акимата", "Фото:
# пресслужба ОВА"): the body's name opens with it, and no person's name holds it (c19r)
PRESS_OFFICE_WORDS: frozenset[str] = frozenset({
    "пресс-служба", "пресс-службы", "прес-служба", "прес-служби", "пресслужба", "пресслужби",
    "прэс-служба", "прэс-службы",
})

# Words that make a name an organisation rather than a person.
ORG_WORDS: frozenset[str] = PRESS_OFFICE_WORDS | frozenset({
    "news", "times", "press", "agency", "agence", "images", "photos", "pictures", "media",
    "network", "service", "services", "ministry", "department", "dept", "office", "forces",
    "force", "army", "navy", "marine", "marines", "corps", "police", "government", "council",
    "association", "university", "museum", "foundation", "institute", "family", "group",
    "committee", "authority", "embassy", "journal", "herald", "tribune", "gazette", "guardian",
    "telegraph", "observer", "chronicle", "daily", "weekly", "tv", "television", "radio",
    "channel", "studio", "studios", "archive", "archives", "library", "collection", "commons",
    "company", "corporation", "corp", "inc", "ltd", "llc", "gmbh", "plc", "pbc", "federation",
    "league", "church", "hospital", "school", "college", "organisation", "organization",
    "administration", "command", "guard", "palace", "parliament", "senate", "congress",
    "wire", "features", "photography", "productions", "magazine", "bureau", "brigade",
    "brigades", "battalion", "division", "regiment", "unit", "coalition", "alliance",
    "technologies", "labs", "laboratory", "gear", "board", "society", "trust", "club",
    "festival", "nations",
    # Catalan "Mèdia" (media), as Catalan town broadcasters are named ("Foto: Cugat Mèdia") (c16x)
    "mèdia",
    # a blog is a site, no person: "(Picha na Michuzi Blog)", the Swahili blogs that credit
    # one another's pictures (c16x)
    "blog",
    # the regional bodies of the Pacific and elsewhere, as their pictures are credited ("Photo:
    # Pacific Community (SPC)", tunapacific.ffa.int; "Forum Secretariat", "Commerce Commission")
    # (c15o)
    "community", "commission", "secretariat",
    # the title words of local papers ("Creston Valley Advance", "Staten Island Advance",
    # "Comox Valley Record", "The Record"): session 12's regional English block (c13u)
    "advance", "record",
    # a state's or a border's police ("Washington State Patrol/Handout via REUTERS")
    "patrol",
    "ngo", "charity", "kremlin", "presidency", "spokesperson's", "municipality", "consortium",
    # the animal-welfare society known by its acronym, whose pictures US stations credit with
    # its place ("Photo Credit: Westchester SPCA", "SPCA of Texas") (c19u)
    "spca",
    "project", "collaboration", "games", "esports", "entertainment", "sports", "records",
    "airlines", "motors", "consulate", "tribunal", "court", "registry", "registry's",
    "research", "broadcasting",
    # performing-arts companies ("Photo Credits: Urban Youth Dance", Lao Connection; a ballet,
    # an orchestra, a choir) (c13s)
    "dance", "ballet", "orchestra", "choir", "ensemble", "troupe", "youth",
    # Indonesian and Malay offices ("Humas Polda Metro Jaya": a regional police force's press
    # office; "Pemprov", "Kementerian", "Jabatan"), less the words that are also surnames
    # ("Badan", "Dewan", "Biro", "Pers", "Polis")
    "humas", "polda", "polres", "polresta", "polsek", "polri", "pemkot", "pemprov", "pemkab",
    "pemerintah", "kementerian", "dinas", "kabupaten", "provinsi", "kecamatan", "universitas",
    "yayasan", "kepolisian", "kejaksaan", "pengadilan", "sekretariat", "istana", "jabatan",
    "bandaraya", "perbadanan", "syarikat", "universiti",
    # ... and the title words of Indonesian and Malay papers and magazines ("Harian Timur": a
    # daily, whose second word is also a given name; "Koran X", "Majalah X", "Tabloid X",
    # "Tribun X", "Berita X", "Warta X"; not "Radar", which would make a photographer's name
    # before "/RADAR <town>" a company's) (lead, session 20)
    "harian", "koran", "majalah", "tabloid", "mingguan", "berita", "warta", "tribun",
    # English organisation words as South Asian papers transliterate them ("न्युज एजेन्सी नेपाल",
    # "नेपाल फोटो लाइब्रेरी", "নিউজ এজেন্সি"): no person's name holds one
    "न्यूज़", "न्यूज", "न्युज", "एजेन्सी", "एजेंसी", "लाइब्रेरी", "टाइम्स", "फोटो", "নিউজ",
    "এজেন্সি", "টাইমস", "লাইব্রেরি", "ফটো",
    # ... and papers' title words so written ("পদ্মা ট্রিবিউন", Padma Tribune; "एक्सप्रेस",
    # "পত্রিকা", the word for a newspaper) (c16h)
    "ট্রিবিউন", "ट्रिब्यून", "ਟ੍ਰਿਬਿਊਨ", "এক্সপ্রেস", "एक्सप्रेस", "পত্রিকা", "पत्रिका",
    # ... and the words for news, online and broadcast in Hindi and Nepali outlets' own names
    # ("तस्वीर : अनलाइन खबर", Onlinekhabar; "जन समाचार", "नेपाल टीवी"): no person's name holds
    # one (session 17's Hindi, Urdu and Nepali block, c17i)
    "खबर", "समाचार", "अनलाइन", "ऑनलाइन", "टीवी", "रेडियो",
    # newspapers' title words ("Columbus Dispatch", "Toronto Star"; "The Jakarta Post" is known
    # by name: "Post", "Sun", "Ledger", "Leader", "Record" are also surnames, and "Express"
    # alone is a paper's short name as often as a word of its title)
    "dispatch", "star", "mirror", "mail", "standard", "sentinel", "inquirer",
    "examiner", "enquirer", "bulletin", "register", "monitor", "citizen", "advocate",
    "advertiser", "telegram", "statesman", "pioneer", "courier", "globe",
    # ... and German papers' ("Hamburger Abendblatt", "Kölner Stadt-Anzeiger", "Frankfurter
    # Rundschau", "Nordbayerischer Kurier"), also closing a compound ("Stadtanzeiger")
    "abendblatt", "tagblatt", "wochenblatt", "amtsblatt", "anzeiger", "rundschau", "kurier",
    # ... and the word for a newspaper in other languages' titles ("Mainichi Shimbun", "Chosun
    # Ilbo", "Hürriyet Gazetesi", "Het Nieuwsblad", "Svenska Dagbladet", "Helsingin Sanomat")
    "shimbun", "shinbun", "ilbo", "gazete", "gazetesi", "dagblad", "dagbladet", "nieuwsblad",
    "tidning", "tidningen", "sanomat", "iltalehti", "aamulehti",
    # words of companies' and studios' names ("Team Ninja", "Isar Aerospace", "Fauna Robotics",
    # "Sandfall Interactive"): no person's name holds one
    "team", "aerospace", "robotics", "interactive", "software", "systems", "films", "comics",
    "books", "music", "ventures", "capital", "partners", "holdings", "industries", "electronics",
    "pharmaceuticals", "therapeutics", "biotech", "energy", "digital", "publishing", "logistics",
    "semiconductor", "semiconductors", "automotive", "airways", "brewery", "foods",
    "dynamics", "analytics", "solutions", "networks", "innovations",
    # ... and of the trade press's makers, yards and operators ("Philly Shipyard file image",
    # "Acme Helicopters photo", "Norte Mining/Handout") (c16t)
    "shipyard", "shipyards", "shipbuilding", "shipbuilders", "dockyard", "helicopters",
    "aviation", "mining", "minerals", "engineering", "construction", "architects",
    "biosciences", "railways", "shipping", "offshore",
    # sports clubs ("Real Madrid", "Olympique Lyon", "Borussia Dortmund", "FC Basel")
    "fc", "cf", "real", "atlético", "atletico", "olympique", "borussia", "dynamo", "dinamo",
    "sporting",
    # the same in the other languages credits are written in
    "ministerio", "ministère", "ministerium", "ministero", "ministerstwo", "ministério",
    "gobierno", "governo", "gouvernement", "regierung", "rząd", "urząd", "ayuntamiento",
    "comune", "mairie", "policía", "polizei", "polícia", "policja", "polizia", "ejército",
    "emergencias", "emergências", "emergenze", "bomberos", "bombeiros",
    "armée", "bundeswehr", "trybunał", "sąd", "tribunale", "universidad", "université",
    "universität", "universidade", "università", "uniwersytet", "museo", "musée", "muzeum",
    "fundación", "fondation", "stiftung", "fundacja", "fondazione", "agencia", "agência",
    "agenzia", "agentur", "prensa", "presse", "stampa", "prasa", "archivo", "archiv", "arquivo",
    "estudios", "estúdio", "estudio", "heraldo", "diario", "diário", "periódico", "jornal",
    "zeitung", "gazeta", "gazzetta", "stadt", "bistum", "erzbistum", "kanton", "gemeinde",
    "landkreis", "verlag", "verband", "verein", "ag", "e.v.", "gruppe", "grupo", "gruppo",
    "werke", "tourismus",
    # ... and the tourism boards of the Romance languages ("Foto: Name/Turismo de Minas") (c14i)
    "turismo", "turisme", "tourisme",
    "landjugend", "bundesrat", "bundestag", "parlamentsdirektion", "magazin", "revista",
    "rivista", "zeitschrift", "bild", "rundfunk", "fernsehen", "omroep",
    "corriere", "nación", "noticias", "notícias", "nachrichten", "nouvelles", "novosti",
    "presidencia", "présidence", "presidência", "kancelaria", "bundesregierung",
    # clinics and the offices of towns and regions ("Universitätsklinikum Jena", "Ville de
    # Lyon", "Alcaldía de Medellín", "Prefeitura de Niterói", "Gemeente Utrecht")
    "clinic", "klinik", "klinikum", "krankenhaus", "clínica", "clinica", "hôpital",
    "ospedale", "ziekenhuis", "ville", "préfecture", "gendarmerie", "alcaldía", "alcaldia",
    "municipalidad", "municipio", "gobernación", "secretaría", "prefeitura", "câmara",
    # a university's faculty in the Romance languages and German, as regional papers credit a
    # faculty's handout picture ("FOTO: FACULTAD DE CIENCIAS BIOLÓGICAS UDEC.", a Chilean
    # paper's printed edition; "Foto: Faculdade de Medicina") (c18r)
    "facultad", "faculdade", "facoltà", "faculté", "fakultät",
    "regione", "provincia", "gemeente", "provincie", "politie", "landratsamt", "rathaus",
    "polizeipräsidium", "polizeidirektion", "feuerwehr", "präfektur",
    # the Swiss cantonal police's short name ("© Kapo SO", "© Kapo Zürich", "Bild: Kapo BL") (c16g)
    "kapo",
    # venues and firms named after a place or a founder ("Santa Barbara Zoo", "Lincoln
    # Center", "Warner Bros.", "Virginia Tech")
    "zoo", "aquarium", "center", "centre", "zentrum", "centro", "centrum", "theatre",
    "theater", "teatro", "théâtre", "opera", "oper", "gallery", "galerie", "galleria", "hotel",
    "resort", "casino", "stadion", "estadio", "bros", "tech",
    # the inns, guesthouses, restaurants and wineries that lend their own pictures to travel and
    # food pages ("Photo Credit: Monte Cristo Bed and Breakfast", "Photo courtesy of Old Mill
    # Inn"), and the web magazines that credit their own ("© Misc Webzine") (c15l)
    "inn", "breakfast", "b&b", "guesthouse", "hostel", "motel", "winery", "vineyards",
    "restaurant", "ristorante", "bistro", "brasserie", "trattoria", "bakery", "pousada",
    "posada", "agriturismo", "webzine",
    "academy", "assembly", "animation", "observatory", "union", "party",
    # Russian and Ukrainian authorities, agencies and papers ("Правительство Хабаровского
    # края", "Следственный комитет России", "ГУ МВД по Самарской области", "Алюминиевая
    # ассоциация", "Комсомольская правда", "Міністерство оборони України")
    "правительство", "министерство", "мвд", "гу", "умвд", "фсб", "мчс", "гибдд", "мид", "вмс",
    "ввс", "комитет",
    "ассоциация", "агентство", "администрация", "управление", "служба", "департамент",
    "мэрия", "прокуратура", "полиция", "суд", "сайт", "университет", "музей", "фонд",
    "компания", "корпорация", "инфоцентр", "телеканал", "радио", "газета", "журнал",
    "правда", "известия", "ведомости", "новости", "кремль", "хк", "фк", "клуб",
    "міністерство", "уряд", "поліція", "адміністрація",
    # "media" as Russian, Ukrainian and Belarusian outlets spell it ("Фото: Name для «МБХ медиа»",
    # mbk-news; "Суспільне Медіа", "Белсат медыя"), as Catalan "Mèdia" is above (c17u)
    "медиа", "медіа", "медыя",
    # ... and as Macedonian and Serbian Cyrillic and the South Slavic Latin spell it ("Фото: Јул
    # Медија", a Strumica studio credited by jugoinfo.mk, had been read as a person's name;
    # "Sitel Medija") (c19e)
    "медија", "medija",
    # ... their institutes, centres, academies and theatres ("Фото: Институт репродуктивной
    # медицины", a Kazakh paper's credit in session 13's block c13t)
    "институт", "інститут", "центр", "академия", "академія", "театр",
    # Persian and Dari news agencies, papers, networks and offices ("عکس از خبرگزاری فارس",
    # "خبرگزاری تسنیم", "روزنامه ایران"): no person's name holds one
    "خبرگزاری", "روزنامه", "هفته‌نامه", "شبکه", "سازمان", "وزارت", "دانشگاه", "موزه",
    # the Hebrew spokesperson and spokesperson's office, as Israeli papers credit the handouts of
    # the army, the police and the Knesset ("צילום: דובר צה\"ל", the IDF Spokesperson; "דוברות
    # הכנסת", "דוברת המשטרה"): no person's name holds one (c15g)
    "דובר", "דוברת", "דוברות",
    # ... and the other Hebrew words of bodies, channels and offices in their construct and
    # plain forms, as Israeli local papers credit municipal, council, ministry and broadcaster
    # pictures ("צילום: מועצת הנוער העירונית חיפה", "צילום: ערוץ הכנסת", "צילום: תיעוד מבצעי
    # מד\"א", operational documentation; "איגוד ערים כינרת"): no person's name holds one (c16w)
    "ערוץ", "מועצת", "מועצה", "המועצה", "עיריית", "עירייה", "העירייה", "משרד", "המשרד",
    "רשות", "הרשות", "איגוד", "אגף", "לשכת", "ארגון", "עמותת", "עמותה", "חברת", "מכון",
    "אוניברסיטת", "האוניברסיטה", "מוזיאון", "ספריית", "הספרייה", "ארכיון", "תאגיד", "מערכת",
    "יחידת", "תנועת", "מפלגת", "מכללת", "משטרת", "המשטרה", "חדשות", "תיעוד", "מטה", "הנהלת",
    "מחלקת", "מינהלת", "ועד", "מועדון",
    # Bosnian, Croatian and Serbian authorities ("MUP KS", "Ministarstvo zdravstva",
    # "Općina Centar"; "Vlada", the government, is a given name too and stays out)
    "mup", "ministarstvo", "općina", "opština", "opcina", "policija", "uprava", "agencija",
    # ... and the other public bodies, institutions and societies of the South Slavic languages
    # (Latin and Cyrillic), Romanian, Bulgarian and Hungarian, as the region's local papers and
    # portals credit the handout of a town, a county, the police, a museum, a school or a club
    # ("Foto: Grad Osijek", "Фото: Град Зрењанин", "Foto: Občina Straža", "Снимка: Община
    # Пловдив", "Foto: Poliția Română", "Sursa foto: Primăria Cluj-Napoca", "Fotó: Szeged
    # Polgármesteri Hivatal", "TZ Istarske županije"), which had been read as people's names or
    # as nothing: no person's name holds one ("Grad" is a rare given name; "Vlada" stays out).
    # Romanian is written with both the comma and the cedilla below s and t (c20r)
    "grad", "град", "občina", "obcina", "občine", "občini", "županija", "županije", "muzej",
    "музеј", "bolnica", "škola", "fakultet", "fakulteta", "sveučilište", "univerzitet",
    "univerza", "knjižnica", "biblioteka", "kazalište", "pozorište", "gledališče", "udruga",
    "udruženje", "društvo", "zavod", "savez", "zajednica", "klub", "општина", "община",
    "общината", "кметство", "болница", "училище", "гимназия", "читалище", "театър",
    "библиотека", "агенция", "дирекция", "пресцентър", "пристанище", "полиција",
    "министарство", "управа", "скупштина", "савез", "удружење", "факултет", "универзитет",
    "primăria", "primăriei", "primaria", "consiliul", "poliția", "poliţia", "politia",
    "jandarmeria", "prefectura", "inspectoratul", "spitalul", "muzeul", "universitatea",
    "ministerul", "guvernul", "direcția", "direcţia", "agenția", "agenţia", "asociația",
    "asociaţia", "fundația", "fundaţia", "biblioteca", "teatrul", "filarmonica", "școala",
    "şcoala", "liceul", "colegiul", "parohia", "mitropolia", "episcopia", "arhiepiscopia",
    "önkormányzat", "önkormányzata", "hivatal", "hivatala", "rendőrség", "rendőrkapitányság",
    "katasztrófavédelem", "igazgatóság", "tűzoltóság", "múzeum", "egyetem", "iskola",
    "gimnázium", "egyesület", "alapítvány", "könyvtár", "színház", "kórház", "egyházközség",
    "plébánia", "honvédség",
    # ... and the title words of the region's papers, portals and broadcasters ("Foto:
    # arhiva/Beogradske vesti", "Foto: Slovenske novice", "Glas Istre", "Снимка: Марица
    # новини", "Sursa: Ziarul de Iași", "Fotó: Tolnai Népújság"; "Dunántúli Napló", "Portal RTV
    # Budva", the words for news, the paper, the daily, the voice, the portal and television):
    # no person's name holds one (c20r)
    "vesti", "vijesti", "novine", "novice", "novini", "новини", "вести", "вијести", "новине",
    "știri", "ştiri", "stiri", "hírek", "hírlap", "hírportál", "napló", "újság", "népújság",
    "portal", "портал", "dnevnik", "дневник", "glas", "ziar", "ziarul", "monitorul", "jurnal",
    "jurnalul", "vestnik", "вестник", "весник", "televizija", "телевизия", "телевизија",
    "televiziunea",
    # the Romance languages' institutes, associations, federations, committees, unions,
    # movements and collectives ("Foto: Movimento Elas por Elas", "Instituto Vida Nova",
    # "Associazione Amici del Parco"), and the English "movement" and "collective" they
    # translate: no person's name holds one
    "instituto", "istituto", "institut", "associação", "asociación", "associazione",
    "federação", "federación", "federazione", "fédération", "comité", "comitê", "comitato",
    "união", "unión", "sindicato", "syndicat", "sindacato", "fundação", "movement",
    "movimento", "movimiento", "mouvement", "collective", "coletivo", "colectivo",
    "collettivo", "collectif",
    # Hungarian government press offices and departments, as MTI's chains name the source
    # before the photographer ("MTI/Miniszterelnöki Sajtóiroda/Name": the prime minister's
    # press office; "MTI/Miniszterelnöki Kommunikációs Főosztály/Name") (c14e)
    "sajtóiroda", "sajtóosztály", "főosztály", "minisztérium", "miniszterelnökség",
    # the town halls, councils, governments, associations, foundations, groups, archives and
    # museums of Catalan (and Valencian), Galician and Basque, as the papers of Catalonia,
    # Valencia, the Balearics, Galicia and the Basque Country credit their pictures ("| Aj. de
    # Prats de Lluçanès", NacióDigital, "Aj." the town hall's abbreviation; "Foto: Concello de
    # Lugo"; "Argazkia: Andutz Kultur Taldea", Baleike, a culture group; "Azpeitiko Udala", the
    # town hall, closing the name in Basque): no person's name holds one, where "Foto: Ajuntament
    # de Vic" had read a photographer (c18b)
    "ajuntament", "aj.", "diputació", "generalitat", "consell", "associació", "fundació",
    "federació", "agrupació", "arxiu", "museu", "universitat", "concello", "deputación",
    "xunta", "goberno", "udala", "aldundia", "jaurlaritza", "elkartea", "taldea", "fundazioa",
    "federazioa", "batzordea", "unibertsitatea", "museoa", "artxiboa", "ikastola",
    # Lithuanian bodies in the genitive (`LITHUANIAN_BODY_WORDS`) (c18g)
    *LITHUANIAN_BODY_WORDS,
    # Greek bodies (`GREEK_BODY_WORDS`) (c19e)
    *GREEK_BODY_WORDS,
    # schools, lycées, gymnasia and polytechnics in the languages of the pages we read, as the
    # county and town halls that publish a school's own report credit its pictures ("Tekst i
    # zdjęcia: Liceum Ogólnokształcące im. … w Kole", Starostwo Powiatowe w Kole; "Foto: Escola
    # Estadual …", "Liceo Scientifico …", "Gymnasium Essen", which had been read as people's
    # names): no person's name holds one (c18n)
    "szkoła", "szkoły", "szkół", "liceum", "technikum", "przedszkole", "gimnazjum",
    "politechnika", "lycée", "collège", "école", "escuela", "colegio", "liceo", "scuola",
    "politecnico", "escola", "colégio", "liceu", "schule", "grundschule", "realschule",
    "gesamtschule", "hochschule", "fachhochschule", "gymnasium", "universiteit", "hogeschool",
    "basisschool", "lyceum",
    # the Nordic public bodies, as local papers credit a picture a town, a county, the police,
    # a rescue service, a hospital, a university or a parish handed out ("Kuva: Oulun kaupunki",
    # "Foto: Tromsø kommune", "Bild: Umeå kommun", "Kuva: Lapin pelastuslaitos", "Kuva: Helsingin
    # yliopisto"): no person's name holds one (c19n)
    "kommune", "kommunen", "kommun", "fylkeskommune", "fylkeskommunen", "kommuna",
    "kaupunki", "kunta", "sveitarfélag", "sveitarfélagið", "politiet", "politiið", "polisen",
    "poliisi", "lögreglan", "brannvesen", "brannvesenet", "brandvæsen", "räddningstjänsten",
    "räddningstjänst", "pelastuslaitos", "sykehus", "sykehuset", "sjukhus", "sjukhuset",
    "sygehus", "sairaala", "universitet", "universitetet", "yliopisto", "högskola", "högskolan",
    "høgskole", "høgskolen", "høyskole", "ammattikorkeakoulu", "seurakunta", "församling",
    "museet", "vegvesen", "vegvesenet", "forsvaret", "försvarsmakten", "puolustusvoimat",
})

# Words for a newspaper that close Finnish papers' compound names ("Kunnallislehti",
# "Kaarina-Lehti", "Kotiseutu-uutiset"): a compound ending in one, or a hyphenated name with
# one after the hyphen, names a paper. Alone, "Lehti" is also a surname, so they stay out of
# ORG_WORDS (c14e).
# ... and "blog" closing a blog's name glued into one word ("Picha na Modewjiblog", as Tanzanian
# blogs credit one another) (c16x)
PAPER_ENDINGS: tuple[str, ...] = ("lehti", "uutiset", "blog")

# Endings that make a name an organisation ("Hellenic Red Cross", "Croatian Armed Forces").
# Legal forms that close a company's name ("Walt Disney Co.", "Volkswagen AG", "Foo S.A."):
# as the last word of a name, written with its dot or in capitals, they make it an organisation
# (a bare first word "Co" is a given name: "Co Rentmeester").
LEGAL_FORMS: frozenset[str] = frozenset({
    "co", "cie", "ag", "kg", "sa", "spa", "srl", "sarl", "sas", "bv", "nv", "oy", "oyj", "ab",
    "asa", "pty", "kk", "sl",
})

# The legal forms that open a company's or a public enterprise's name in Russia, Ukraine,
# Belarus, Kazakhstan and Kyrgyzstan, before the name in quotes ("Фото: КП “Харківблагоустрій”",
# a Kharkiv city enterprise's picture on objectiv.tv; "ООО «…»", "ТОВ «…»", "ТОО «…»"): the
# civil codes' abbreviations for limited, joint-stock, state, municipal and communal enterprises
# and institutions. "ИП"/"ФОП" (a sole trader, a person) is left out (c17u)
CYRILLIC_LEGAL_FORMS: frozenset[str] = frozenset({
    "ооо", "оао", "зао", "пао", "ао", "нао", "гуп", "муп", "фгуп", "гбу", "мбу", "фгбу", "ано",
    "тов", "пат", "прат", "ат", "кп", "дп", "кнп", "ку",
    "уп", "руп", "куп", "тоо", "ргп", "гкп", "кгп", "осоо",
})

ORG_ENDINGS: tuple[str, ...] = (
    "red cross", "red crescent", "coast guard", "national guard", "white house",
    "armed forces", "defense forces", "defence forces", "fire service", "fire brigade",
    "press service", "press office", "civil defense", "civil defence", "civil protection",
)

# The Red Cross and the Red Crescent in the other languages credits are written in, as the
# movement's own magazine and the national societies credit their pictures ("Fotografía:
# Name/Cruz Roja Finlandesa", "Foto: Deutsches Rotes Kreuz", "Croce Rossa Italiana", "Polski
# Czerwony Krzyż", "Nederlandse Rode Kruis"): a name holding one, anywhere in it (the society's
# country may come before or after), is an organisation's, no person's ("Cruz" and "Rossa" are
# surnames). Written folded, words apart by single spaces (c18n)
RED_CROSS_NAMES: tuple[str, ...] = (
    "cruz roja", "creu roja", "cruz vermelha", "croix-rouge", "croix rouge", "croce rossa",
    "rotes kreuz", "roten kreuz", "roten kreuzes", "rode kruis", "czerwony krzyż",
    "czerwonego krzyża", "media luna roja", "crescente vermelho", "croissant-rouge",
    "croissant rouge", "mezzaluna rossa", "roter halbmond", "roten halbmond", "rode halve maan",
)

# Parts of a credit that are neither person nor outlet ("REUTERS/Name/File Photo").
# The paper's own staff or contributor, as US papers set it after the photographer's name
# ("Jane Doe | Staff Photographer", "JANE DOE/Staff photographer", "Name, Contributing
# Photographer"): it names the paper that publishes the picture, so no outlet is read from it.
# Thai words that open a person's position after their name in a credit, as Thai pages set it
# with no comma ("ภาพ : นายName Surname หัวหน้าศูนย์กู้ภัย…", the head of a rescue centre): head,
# director, governor, district chief, permanent secretary, director-general, chairman, mayor or
# prime minister, official, photographer, reporter, assistant, manager, superintendent,
# commander, lecturer (c16v)
THAI_POSITIONS: tuple[str, ...] = (
    "หัวหน้า", "ผู้อำนวยการ", "ผู้ว่าราชการ", "ผู้ว่าฯ", "รองผู้ว่า", "นายอำเภอ", "ปลัด", "อธิบดี",
    "รองอธิบดี", "ประธาน", "นายก", "เจ้าหน้าที่", "ช่างภาพ", "ผู้สื่อข่าว", "ผู้ช่วย", "ผู้จัดการ",
    "ผู้กำกับ", "ผู้บัญชาการ", "อาจารย์")
STAFF_ROLES: frozenset[str] = frozenset({
    "staff", "staff photo", "staff photographer", "staff photojournalist",
    # a student paper's senior photographers, as the Columbia Daily Spectator credits them
    # ("Name/Senior Staff Photographer", columbiaspectator.com) (c17w)
    "senior staff", "senior staff photographer", "senior staff photojournalist",
    "contributing photographer", "freelance photographer", "special contributor",
    # a university's own student or staff, as its news office sets the role after the name
    # ("Photo credit: Name, graduate student": today.marquette.edu)
    "student", "graduate student", "doctoral student", "phd student", "undergraduate student",
    "postdoctoral researcher", "research assistant", "professor",
})

MARKERS: frozenset[str] = frozenset({
    "file", "file photo", "file image", "file picture", "handout", "handout photo",
    "handout picture", "ho", "pool", "pool photo", "pool picture", "us pool", "agency pool",
    # the British press rota's pool ("Name - WPA Pool/Getty Images"): the agency after it sent it
    "wpa pool",
    "str", "stringer", "staff", "staff photo", "released", "courtesy", "courtesy photo",
    *STAFF_ROLES,
    "uncredited", "release",
    "photo", "photos", "picture", "illustration", "photo illustration", "contributed",
    "submitted", "screenshot", "screengrab", "screen grab", "video grab", "video still",
    "still", "social media", "archive", "archives", "archive photo", "via", "obtained by",
    # "screenshot" in the Nordic languages ("Foto: Skjermdump / Way Back Machine", VG;
    # "Skjáskot/Dagen", mbl.is)
    "skjermdump", "skjermbilde", "skärmdump", "skærmbillede", "skjáskot", "kuvakaappaus",
    "capture d'écran", "capture d'ecran",
    # a composite of several pictures names no one ("© Montage", "Foto: Fotomontage")
    "montage", "fotomontage", "photomontage", "collage", "composite", "photo composite",
    # the same in the other languages of credits
    "archivo", "arquivo", "archivio", "archiv", "archivbild", "cortesía",
    # ... "archive photo" alone, as a Dutch or German credit element marks a file picture (c16n)
    "archivfoto", "archieffoto", "archiefbeeld",
    # ... and in Greek, the archive's photo ("ΦΩΤΟ ΑΡΧΕΙΟΥ", "Φωτογραφία αρχείου"), in capitals
    # without the accent too (c19e)
    *{f"{noun} {archive}" for noun in _greek_forms("φωτογραφία", "φωτό", "φωτο")
      for archive in _greek_forms("αρχείου")},
    # ... and its Afrikaans spelling, as Maroela Media labels a file picture ("Argieffoto") (c18s)
    "argieffoto", "argiefbeeld",
    # ... "archive" in the Slavic, Nordic, Dutch, Hungarian, Turkish and Greek credits ("Foto:
    # Arhiv/Klix.ba", "Foto: Arkiv", "Fot. Archiwum", "Фото: Архив")
    "arhiv", "arkiv", "archief", "archiwum", "archív", "archívum", "архив", "архів", "arşiv",
    "αρχείο",
    # ... and the feminine "arhiva" of the South Slavic languages and Romanian ("Foto:
    # arhiva/Beogradske vesti", "Foto: Tanjug/arhiva", "Фото: архива", "Foto: arhivă"), the
    # screenshot ("FOTO: Printscreen/B92", "Снимка: скрийншот", "captură video", "Fotó:
    # képernyőkép") and the illustration ("Fotó: illusztráció", "Foto: ilustracija", "ilustrativna
    # fotografija", "илюстрация", "ilustrație") as the region's papers write them: a word, never
    # the photographer's name, and the outlet after it in a chain is the source (c20r)
    "arhiva", "arhive", "архива", "arhivă", "printscreen", "print screen", "скриншот",
    "скрийншот", "captură", "captura", "captură video", "captura video", "képernyőkép",
    "képernyőfotó", "illusztráció", "ilustracija", "ilustrativna fotografija",
    "ilustrativna slika", "илюстрация", "илустрација", "ilustrație", "ilustratie",
    "foto ilustrativă",
    "cortesia", "gentileza", "privat", "privado", "symbolbild", "symbolfoto",
    # a reader's, a family's or a private picture and a press picture in the Nordic languages,
    # after the name of who took it ("Kuva: Name / Lukijan kuva", Kaleva; "Foto: Name/Leserbilde",
    # "Name/Pressebilde"): no outlet (c19n)
    "lukijan kuva", "lukijakuva", "lukijan kuvat", "kotialbumi", "kotiarkisto", "leserbilde",
    "lesarbilete", "läsarbild", "läsarfoto", "læserbillede", "læserfoto", "privatfoto",
    "privatbild", "privatbilde", "privatbillede", "privat foto", "privat bilde", "privat bild",
    "privatarkiv", "familiealbum", "familjealbum", "pressebilde", "pressfoto", "pressbild",
    # French "courtesy", as papers of Quebec, Ontario and the West close a lent picture
    # ("Crédit : Courtoisie", Le Franco; "Gracieuseté", ONFR) (c14u)
    "courtoisie", "gracieuseté", "gracieusete",
    "captura de pantalla",
    # the Chinese role words after a photographer's name and a slash ("（Name/图）", "Name/摄":
    # picture, photographed by), never the outlet
    "图", "圖", "摄", "攝", "摄影", "攝影", "图片", "圖片",
    "contributor",
    # credit vocabulary that names nobody ("Image: Supplied", "Foto: Divulgação", "Bild: zvg")
    "supplied", "provided", "unknown", "anonymous", "unbekannt", "zvg", "z.v.g", "hersteller",
    "manufacturer", "promo", "pressebild", "pressefoto", "divulgação", "divulgacao",
    "reprodução", "reproducao", "reproducción", "difusión", "prensa",
    # Portuguese "supplied" and "lent", as a picture handed to the paper is credited ("Fonte:
    # Fornecido", a Cape Verdean blog translating "Supplied"; "Foto: Cedida", "Imagem cedida"):
    # nobody named (c16p)
    "fornecido", "fornecida", "fornecidos", "fornecidas", "foto fornecida", "imagem fornecida",
    "cedido", "cedida", "cedidos", "cedidas", "foto cedida", "fotos cedidas", "imagem cedida",
    "кадр",  # Russian "a still" ("© Кадр youtube.com": the platform is the source)
    "dr", "d.r",  # French "droits réservés" ("Photo : DR"): rights reserved, nobody named
    # a picture handed out by its subject's side, naming no one ("Photograph: PR Image",
    # "Photograph: Family handout/PA": the agency after it is the outlet)
    "pr image", "pr photo", "pr handout", "publicity image", "publicity photo",
    "publicity still", "family handout", "family photo", "handout image", "press image",
    # a picture a reader, a viewer or an informant handed in, as Korean papers credit it
    # ("사진/독자 제공", "(사진=시청자 제공)", "제보자 제공", Kyeongin Ilbo's photo desk), or
    # taken from an online community board ("온라인 커뮤니티 캡처"): nobody named (c18j)
    "독자", "시청자", "제보자", "네티즌", "누리꾼", "온라인 커뮤니티",
    # Arab papers' archive and illustration notes ("(أرشيفية - رويترز)", an archive picture;
    # Annahar's "(تعبيرية - أ ف ب)", an illustrative one; "صورة توضيحية", an explanatory one):
    # a word, never the photographer's name
    "أرشيف", "ارشيف", "أرشيفية", "ارشيفية", "صورة أرشيفية", "صورة ارشيفية", "من الأرشيف",
    "من الارشيف", "تعبيرية", "صورة تعبيرية", "توضيحية", "صورة توضيحية",
})

# Credit words that name no one only when they are the whole credit ("Photograph: PR"): inside a
# name they are part of it ("PR Newswire").
LONE_MARKERS: frozenset[str] = frozenset({"pr"})

# A house's own short name that is read as the house only directly before a photo noun, as
# written (case kept): elsewhere it is a common word or a given name, so the acronym and outlet
# readers refuse it. Arab News signs its staff's pictures with its initials, which spell the
# article ("(AN Photo)", "(AN photo by Name)", arabnews.com and its mirrors); The Jordan Times
# credits the Jordan News Agency by its Latin short name, a given name ("(Petra photo)",
# jordantimes.com) (c20g)
PHOTO_HOUSE_NAMES: frozenset[str] = frozenset({"AN", "Petra", "PETRA"})

# A paper's correspondent credited by the place and the role instead of by name, after a photo
# lead-in, as Sri Lankan papers sign their district correspondents' pictures ("Picture by Name,
# Batticaloa Spl. Corr.", "(Picture by Meegahakivula Group Corr.)", "Picture by Addalaichenai
# Central Corr.": Daily News, dailynews.lk) and South Asian papers their own ("Our Kandy
# Correspondent", "Special Correspondent"): the role's qualifiers and its nouns. The role names
# no one: after a name it is dropped, alone it is no credit (c18p)
CORRESPONDENT_QUALIFIERS: tuple[str, ...] = (
    "spl.", "special", "central", "group", "regional", "district", "divisional", "provincial",
    "staff", "our", "own", "local", "area",
)
# ... "Corr." also without its stop, where the caption's closing stop took it
CORRESPONDENT_NOUNS: tuple[str, ...] = ("corr.", "corr", "corrs.", "corrs", "correspondent",
                                        "correspondents")

# A byline's role nouns: alone in credit markup they label the article's author ("<span
# class=credit-label>Author</span>"), naming no outlet.
ROLE_WORDS: frozenset[str] = frozenset({
    "author", "authors", "writer", "writers", "reporter", "reporters", "journalist",
    "journalists", "columnist", "correspondent", "illustrator", "illustrators", "autor",
    "autorin", "autoren", "auteur", "auteurs", "autore", "autora", "redaktion", "redacción",
    "redação", "redazione", "redactie",
})

# The letters of a photographers' society a still photographer signs after the name
# ("Hopper Stone/SMPSP/Twentieth Century Fox"): part of the person's credit, never an outlet.
SOCIETY_LETTERS: frozenset[str] = frozenset({
    "smpsp", "arps", "frps", "lrps", "afiap", "efiap", "mfiap",
})

# Lower-case particles inside personal names ("Piroschka van de Wouw", "Ahmed al-Masri").
PARTICLES: frozenset[str] = frozenset({
    "de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el", "bin",
    "ibn", "ben", "abu", "du", "dos", "das", "di", "do", "y", "e", "ter", "ten", "zu", "af",
    "d", "l",  # before an apostrophe: d'Alema, l'Hôte
})
# The letters of two or three characters of the South Slavic Latin alphabets and Hungarian,
# which stand as one initial before their full stop ("Foto: Dž. Kurtović / Klix.ba", "Lj.
# Petrović", "Nj. B.", "Gy. Nagy", "Zs. K."), written in lower case here: an initial is the
# digraph with its first letter or all of it in capitals (c20r)
INITIAL_DIGRAPHS: tuple[str, ...] = ("dž", "lj", "nj", "dzs", "cs", "dz", "gy", "ly", "ny", "sz",
                                     "ty", "zs")
# German and Dutch articles that open a sentence: capitalised after a name they start the
# caption's text ("© Wilhelm Der Weltmeister parkt …"), never a surname closing the name ("Das",
# a surname, and "Den", "Des", given names or surnames, are not among them).
SENTENCE_ARTICLES: frozenset[str] = frozenset({"der", "die", "dem", "het", "een", "ein", "eine"})
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Words never part of a photographer's name: sentence openers and function words written with
# a capital, credit vocabulary, weekdays, and place words ("Gaza City", "Gaza Strip").
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "by", "from", "with", "the", "a", "an", "of", "for", "in", "on", "at", "to", "this",
    "that", "these", "those", "his", "her", "their", "our", "its", "my", "your", "he", "she",
    "they", "we", "it", "i", "you", "and", "or", "but", "not", "no", "yes", "is", "was",
    "are", "were", "photo", "photos", "photograph", "photographs", "picture", "pictures",
    "foto", "fotos", "bild", "bilder", "imagen", "imagem", "фото",
    # a screenshot's words ("Capture d'écran de Reddit" names no one)
    "capture", "captura", "screenshot", "screengrab",
    # the photo nouns of the other languages of `PHOTO_NOUNS` ("Beeld Jan de Vries")
    "beeld", "fotografía", "fotografia", "fotografie", "imágenes", "imagens", "immagine",
    "immagini", "zdjęcie", "zdjęcia", "fotó", "fotók", "kuva", "kuvat", "snímek", "фотография",
    "снимок", "oochel", "фота", "fota", "ritratt", "ritratti",
    "image", "images", "credit", "credits", "courtesy", "via", "file", "handout", "pool",
    "staff", "released", "photographer", "photojournalist", "camera", "editor", "editing",
    "reporting", "writing", "additional", "all", "rights", "reserved", "copyright", "source",
    # Hausa "hoto" (picture) and "asali" (source), as Legit.ng Hausa sets both labels in one
    # caption ("Hoto:Name Asali: Facebook") (c18s)
    "hoto", "hotuna", "asali",
    "video", "watch", "read", "more", "see", "top", "above", "below", "left", "right",
    "inset", "pictured", "taken", "shot", "captured", "shows", "show",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "city", "strip", "street", "square", "valley", "falls", "province", "district", "region",
    "county",
    "airport", "avenue", "crossing", "stadium", "plaza", "ocean", "gulf", "mountains",
    "islands", "downtown", "capitol", "cathedral", "mosque", "synagogue", "station",
    "telescope", "satellite", "rover", "probe", "drone", "spacecraft", "mission",
    "observatory", "webcam", "cctv", "bodycam", "dashcam",
    # "from" in the Scandinavian languages ("Foto: Bild från polisen": a picture from the police)
    "från", "fra", "frå",
    # a page's furniture: a time's "AM" ("10:07 AM / CBS News"), a design's "UI/UX", a post's
    # "Last Updated" and "Comments" ("Name | Last Updated: March 11")
    "am", "pm", "ui", "ux", "updated", "posted", "comments",
    # Hebrew function words (of, also, with, on, not, this, he, she, without, after, before,
    # like, every, only, already, or, but, if, facing, beside, between, from within, at), which
    # no name holds: Walla's captions close with "/Credit" after the description, whose last
    # words a name before the slash must not take ("…, המארח גם/לשכת העיתונות הממשלתית") (c16w)
    "של", "גם", "את", "עם", "על", "כי", "לא", "זה", "זו", "זאת", "הוא", "היא", "הם", "הן",
    "בלי", "אחרי", "לפני", "כמו", "כל", "יש", "אין", "עוד", "רק", "כבר", "או", "אבל", "אם",
    "מול", "ליד", "בין", "מתוך", "אצל",
})
# Credit words no name a credit gives holds as a word of its own: the lead-in's and the
# photographer's ("Courtesy of X", "X courtesy", "Words & Images By Name", Korean "김진수 기자"
# (reporter Name), Persian "عکاس" (photographer)). A name read with one is a misreading, and the
# slot is left empty: a wrong credit is worse than none. An outlet the authority knows passes.
NOT_CREDITED_NAME_WORDS: frozenset[str] = frozenset({
    "by", "courtesy", "cortesía", "cortesia", "gentileza", "photographer", "photographers",
    "photographed", "photojournalist", "기자", "사진기자", "사진", "عکاس",
})
# ... and, in a photographer's name, the photo nouns an agency's name may hold ("Magnum Photos",
# "UN Photo") but a person's never does ("Paulo Goulart Photography" is a studio).
NOT_PERSON_NAME_WORDS: frozenset[str] = NOT_CREDITED_NAME_WORDS | frozenset({
    "photo", "photos", "photograph", "photographs", "photography", "foto", "fotos", "picture",
    "pictures", "image", "images",
})
# First words of places' names that are also given names ("San", "Santa", "Rio", "Hong", "Abu"):
# a name alone closing a caption that opens with one is a place's ("(Santa Monica)").
PLACE_OPENERS: frozenset[str] = frozenset({
    "san", "santa", "santo", "são", "sao", "rio", "hong", "abu", "sri", "saint", "st", "st.",
    "port", "fort", "mount", "lake", "cape", "new", "los", "las", "el", "la", "le", "al", "ho",
    "tel", "kuala", "puerto", "porto", "costa", "dar", "addis", "ras", "bandar", "kota", "nueva",
    "nuevo", "santiago", "victoria", "georgia", "washington", "jackson", "austin", "florence",
    "charlotte", "paris", "sydney", "adelaide",
})
# Words of places' names ("Lagos Harbour", "Port Harcourt", "Lake Tahoe", "Old Delhi"): a name
# holding one is a place, never a person's. Only words the names data (given_names.py,
# surnames.py) knows as neither a given name nor a surname ("Bay", "Hill", "Park" are names).
PLACE_WORDS: frozenset[str] = frozenset({
    "harbour", "harbor", "beach", "island", "isle", "canal", "coast", "peninsula", "desert",
    "heights", "lagoon", "reef", "glacier", "volcano", "fjord", "port", "cape", "mount", "mt",
    "lake", "old", "new", "upper", "northern", "southern", "eastern", "western", "south", "east",
    "gardens", "sea", "strait", "straits", "springs", "creek", "waterfront", "boulevard",
    "highway", "road", "bazaar", "quay", "dock", "docks", "wharf", "shore", "riverside",
    "seaside", "plains", "delta", "basin", "cove", "canyon", "gorge", "estuary", "archipelago",
    "atoll", "oasis",
})
# Titles that stand before a name ("Prime Minister Benjamin Netanyahu", "Hamas Commander Ali
# Hassan"): a name holding one anywhere but last is a subject, not a credit. ("Andrew King"
# and "Abir Sultan" are names: the last word may be one of these.)
TITLE_WORDS: frozenset[str] = frozenset({
    "president", "minister", "prime", "secretary", "leader", "king", "queen", "prince",
    "princess", "pope", "governor", "mayor", "senator", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "chancellor",
    "commander", "commissioner", "judge", "bishop", "cardinal", "rabbi", "imam", "reverend",
    "sheikh", "emir", "sultan", "lord", "lady", "sir", "dame", "chief", "general", "officer",
    # the same in the other languages of captions
    "presidente", "presidenta", "président", "présidente", "präsident", "präsidentin",
    "prezydent", "ministro", "ministra", "ministre", "ministerin", "bürgermeister",
    "bürgermeisterin", "alcalde", "alcaldesa", "sindaco", "maire", "gobernador", "governatore",
    "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "bundespräsident",
    "bundespräsidentin", "ministerpräsident", "ministerpräsidentin", "premier",
    "premierminister", "premierministerin", "canciller", "chancelier", "chancelière",
    "cancelliere", "chanceler", "kanselier", "papst", "pape", "könig", "königin", "rey", "reina",
    "roi", "reine", "koning", "koningin", "prinz", "prinzessin", "príncipe", "princesa",
    "principe", "principessa", "senador", "senadora", "sénateur", "sénatrice", "diputado",
    "diputada", "député", "députée", "abgeordnete", "abgeordneter", "bischof", "obispo",
    "évêque", "vescovo", "kardinal", "prefeito", "prefeita", "governador", "governadora",
    "gouverneur", "burgemeester", "voorzitter", "coach", "trainer", "entrenador", "allenatore",
    "entraîneur", "президент", "премьер", "министр", "мэр", "губернатор", "канцлер", "патриарх",
})
# The words Korean newspapers', agencies' and broadcasters' names end in ("경인일보", "경기일보",
# "인천일보", "국제신문", "매일경제", "연합뉴스", "KBS뉴스"): the press names of the
# member papers of the Korea Photojournalists Association's regional chapters (kppa.or.kr) (c15k)
KOREAN_PRESS_SUFFIXES: tuple[str, ...] = ("일보", "신문", "뉴스", "뉴시스", "경제", "방송",
                                          "타임스", "타임즈", "저널", "통신")
# ... and the word Korean online papers' names open with ("뉴스웨이", "뉴스핌", "뉴스타운",
# "뉴스토마토"), read only before a reporter's name in a credit (c18j)
KOREAN_PRESS_PREFIXES: tuple[str, ...] = ("뉴스",)
# A Korean reporter's title after the name ("홍길동 기자", "홍길동 선임기자", a senior reporter;
# "수석기자", a chief reporter; "사진기자", a photo reporter), and the titles regional papers sign
# their pictures with (c18j): "시민기자" (a citizen reporter, as Chuncheon's citizens' weekly signs
# its photo column, chunsa.kr), "수습기자" (a trainee, Jeonbuk Domin Ilbo), "객원기자" (a guest
# reporter, Gangwon Domin Ilbo's county correspondents), "인턴기자" (an intern). "명예기자" (an
# honorary reporter) stays out: captions name such people as the ones shown. Written once: the
# name readers of catalog.captions, catalog.credit_names and the forms use it.
KOREAN_TITLE_WORDS = r"선임|수석|사진|시민|수습|객원|인턴"
KOREAN_REPORTER_TITLE = r"(?:" + KOREAN_TITLE_WORDS + r")?기자"
# A closing "(Archiv)" after a lone name: the picture is an archive one of the person named,
# as some agencies credit ("Foto: Name (Archiv), via dts"): the name is no photographer.
# Korean surnames: the family names of the 2015 Korean census (Statistics Korea, "성씨 및
# 본관") borne by more than about 10,000 people, single and double. A name in Hangul (one word,
# no capitals to tell it by) is a person's only if it opens with one: "홍길동", "남궁민"; but
# "픽사베이" (Pixabay) and "아이클릭아트" (a stock library) name none.
KOREAN_SURNAMES: frozenset[str] = frozenset({
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
    "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심",
    "노", "하", "곽", "성", "차", "주", "우", "구", "민", "류", "나", "진", "지", "엄", "채",
    "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
    "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹",
    "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "가", "복",
    "태", "목", "형", "피", "두", "감", "음", "빈", "동", "온", "호", "범", "좌", "승", "상",
    "간", "갈", "단", "견", "당", "화", "창", "옹", "순", "빙", "묵", "량", "림", "로", "황보",
    "남궁", "제갈", "선우", "독고", "사공", "서문",
})

ARCHIVE_MARKERS: frozenset[str] = frozenset({
    "archiv", "archivbild", "archivfoto", "archivo", "archivio", "arquivo", "foto de archivo",
    "arhiv", "arkiv", "archief", "archiwum", "archív", "archívum", "архив", "архів", "arşiv",
    "αρχείο",
    "imagen de archivo", "foto d'archivio", "foto de arquivo",
})

# Military ranks and honorifics taken off the front of a name ("Staff Sgt. Kyle Davis").
# Written in lower case with single spaces; a period after any word is optional.
RANKS: tuple[str, ...] = (
    "mass communication specialist (?:1st|2nd|3rd|first|second|third) class",
    "mass communication specialist seaman(?: apprentice| recruit)?",
    # the US Navy's photographer rating before 2006 ("Photographer's Mate 3rd Class Name")
    "photographer(?:'s|’s| s)? mate (?:1st|2nd|3rd|first|second|third) class",
    "(?:senior |master )?chief photographer(?:'s|’s| s)? mate",
    "(?:senior |master )?chief mass communication specialist",
    "(?:senior |master )?chief petty officer",
    "petty officer (?:1st|2nd|3rd|first|second|third) class", "petty officer",
    "command sergeant major", "command sgt maj", "sergeant major", "sgt maj",
    "(?:senior |chief )?master sergeant", "(?:senior |chief )?master sgt",
    "sergeant first class", "sgt 1st class", "first sergeant", "1st sgt", "staff sergeant",
    "staff sgt", "technical sergeant", "tech sgt", "gunnery sergeant", "gunnery sgt",
    "lance corporal", "lance cpl", "private first class", "private 1st class",
    "senior airman", "airman (?:first|1st) class", "airman basic",
    "seaman(?: apprentice| recruit)?", "(?:chief )?warrant officer(?: [1-5])?",
    "first lieutenant", "1st lt", "second lieutenant", "2nd lt", "lieutenant colonel",
    "lt col", "lieutenant commander", "lt cmdr", "lt cdr", "lieutenant junior grade",
    "lt j\\.?g", "brigadier general", "brig gen", "major general", "maj gen",
    "lieutenant general", "lt gen", "rear admiral", "rear adm", "vice admiral", "vice adm",
    "sergeant", "sgt", "corporal", "cpl", "private", "pvt", "pfc", "specialist", "spc", "spec",
    "airman", "a1c", "sra", "amn", "ssg", "ssgt", "sfc", "msg", "msgt", "tsgt", "smsgt",
    "cmsgt", "sgm", "csm", "po[1-3]", "mc[1-3]", "mcc", "mcs", "mcsn", "mcsa", "cpo",
    "cwo[2-5]", "cwo [2-5]", "wo1", "lieutenant", "lt", "captain", "capt", "cpt", "major", "maj",
    "colonel", "col", "general", "gen", "admiral", "adm", "commander", "cmdr", "cdr",
    "ensign", "ens", "cadet", "midshipman", "dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame",
    "rev", "ltjg",
    # Polish military ranks as the Polish armed forces' own sites abbreviate them before a name
    # ("Fot. st. chor. sztab. Name, kpt. Name, por. Name": Polska Zbrojna; the ranks of
    # "Stopnie wojskowe w Polsce"); "por." and "ppor." only with their full stop ("por" is
    # Spanish "by")
    "(?:st |mł )?chor(?: sztab)?", "chorąży", "kpt", "kapitan", "mjr", "ppłk", "płk",
    "podpułkownik", "pułkownik", "ppor\\.", "por\\.", "porucznik", "podporucznik",
    "(?:st )?kpr", "plut", "(?:st )?sierż", "sierżant", "(?:st )?szer", "szeregowy",
    "kmdr(?: ppor| por)?", "kadm", "wadm", "gen (?:bryg|dyw|broni)",
    # Arabic titles before a photographer's name in a credit ("تصوير الزميل Name", colleague;
    # "تصوير: المصور Name", the photographer; "تصوير الفنان الراحل Name", the late artist)
    "الزميل", "الزميلة", "المصور", "المصورة", "المصور الصحفي", "المصورة الصحفية", "الصحفي",
    "الصحفية", "الفنان", "الفنانة", "الراحل", "الراحلة",
)

# A period after one of these does not end a sentence ("Staff Sgt. Kyle Davis", "Nov. 4").
ABBREVIATIONS: frozenset[str] = frozenset({
    "sgt", "cpl", "capt", "cpt", "lt", "col", "gen", "maj", "spc", "pfc", "pvt", "adm", "cmdr",
    "cdr", "ens", "tech", "brig", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt",
    "ft", "rev", "hon", "gov", "sen", "rep", "pres", "no", "vs", "inc", "ltd", "co", "corp",
    "dept", "univ", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "ssgt", "msgt", "tsgt", "smsgt", "cmsgt", "amn", "sra",
    # "Md." (Muhammad) opening Bangladeshi names, in Latin letters and in Bangla ("মো. Name")
    "md", "mohd", "মো",
    # Vietnamese "TP." (thành phố, city) before a city's name ("… phố Nguyễn Huệ, TP. HỒ CHÍ MINH")
    "tp",
    # Polish military ranks (`RANKS`)
    "chor", "sztab", "kpt", "ppor", "por", "kpr", "plut", "sierż", "szer", "kmdr", "bryg", "dyw",
    # Polish "im." (imienia, named after) inside a school's or a body's name ("Liceum
    # Ogólnokształcące im. Jana Kowala w Kole"); German "im" never closes a sentence (c18n)
    "im",
})

# Function words allowed in lower case inside an organisation's name.
# A diplomatic mission's words: "to" after one is part of the organisation's name, before the
# country or body the mission is accredited to ("Picture courtesy Delegation of European Union
# to Sri Lanka", Daily News, dailynews.lk; "High Commission of India to Sri Lanka", "Permanent
# Mission of Pakistan to the UN") (c18p)
DIPLOMATIC_MISSION_WORDS: frozenset[str] = frozenset({
    "embassy", "delegation", "mission", "commission", "consulate", "consulate-general",
    "legation", "nunciature",
})

ORG_FUNCTION_WORDS: frozenset[str] = frozenset({
    "the", "of", "for", "and", "&", "de", "la", "le", "du", "des", "del", "y", "in", "on",
    "at", "a", "an", "van", "von", "der", "die", "das", "el", "al", "et",
    "und", "für", "im", "am", "zu", "e", "do", "da", "dos", "della", "di",
    "по", "и", "при", "в", "на",  # Russian ("МВД по Дагестану", "Управление при Президенте")
    # Polish, Czech and Slovak "in" before the place of an institution ("Muzeum Narodowe w
    # Krakowie", "Národní muzeum v Praze", "Urząd Miasta we Wrocławiu")
    "w", "we", "v", "ve",
    # ... and Polish "nr" (number) and "im." (named after) inside a school's name ("Szkoła
    # Podstawowa nr 3 im. Jana Pawła II w Kole"; "im" is German's already) (c18n)
    "nr",
})

# Articles that open a paper's or a firm's title ("Le Figaro", "El Mundo", "Die Welt"): beside
# a person's name, a name opening with one is the outlet's, not a second person's (on its own,
# "Le" may still open a Vietnamese name).
TITLE_ARTICLES: frozenset[str] = frozenset({
    "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "the", "het",
})

# Romance definite articles opening a paper's or a station's title ("Foto: La Hora", "Foto: EL
# MUNDO", "Photo : Le Parisien", "Foto: Il Tirreno"): a name one opens is no person's, unless the
# word after it is a given name the names data knows ("Le Minh", "La Thanh Ha": Lê and La are
# Vietnamese surnames). Spanish, French and Italian grammar: the article opens a title, never a
# person's name (a surname such as "La Russa" or "Le Pen" follows a given name) (c15e)
ROMANCE_TITLE_ARTICLES: frozenset[str] = frozenset({"el", "la", "los", "las", "le", "les", "il"})

# Māori definite articles opening the name of a body of Aotearoa New Zealand ("Te Papa", the
# national museum; "Te Whatu Ora", "Te Puni Kōkiri"): as the Romance articles above, a name one
# opens is no person's, unless a word after it is a given name or a surname the names data knows
# ("Te" also opens Māori people's names: "Te Rina Walker"). "Te" singular, "Ngā" plural, with its
# macron only: unaccented "Nga" is a Vietnamese given name (c20a)
MAORI_TITLE_ARTICLES: frozenset[str] = frozenset({"te", "ngā"})

# ==== credit lead-ins and inline verbs =========================================================


@dataclass(frozen=True)
class LeadIn:
    """Words that announce a credit ("Photo:", "Photo by", "Credit:", "Courtesy of", "©").

    After a lead-in a lone name is a credit. `subject_ambiguous` lead-ins ("Photo:") may
    instead introduce the subject when they open a caption, so there a lone name is not taken;
    `opens_caption` False marks lead-ins that never start a credit-only paragraph ("Copyright
    2023 The Associated Press. All rights reserved." closes wire stories, not photos).
    `names_source` lead-ins ("Image:", "Bild:", "Source:", "Credit:", "©", "Courtesy") name
    where a picture came from as often as who took it: after them, and only after them, a lone
    word that no names data knows is taken for the company ("Credit: Funko"), while after
    "Photo:" or "Foto:" it may be a surname ("Foto: Kauer") and yields nothing.
    """

    name: str
    pattern: str
    subject_ambiguous: bool = False
    opens_caption: bool = True
    names_source: bool = False
    names_taker: bool = False  # "Photo by", "Photographer:": who took it, never where it came from
    # the credit after it must name a person: "Photo Name" without a colon, where an outlet or
    # a word alone is a heading's ("Photo Gallery") (c14u)
    names_person: bool = False
    # False: the word is also a verb opening a sentence ("Credit Name for the save"), so a credit
    # it opens at a caption's start must end at a stop, never run into the caption's sentence
    # (c19u)
    runs_into_sentence: bool = True


# Credit nouns in the languages of the pages we read: English, French, Spanish, Portuguese,
# Italian, German, Dutch, Polish, Czech, Hungarian, Finnish, Latvian, Turkish, Russian, Arabic,
# Vietnamese ("Ảnh: Name"), Greek ("Φωτογραφίες: Name"), Bulgarian ("Снимка: БГНЕС"), Croatian,
# Serbian, Bosnian and Slovenian ("Fotografija: Name", plural "Fotografije:"; Serbian and
# Macedonian in Cyrillic "Фотографија:"), Basque ("Argazkia: Name", "Argazkiak:"; "Irudia:", the
# image), Galician ("Imaxe: Name") and Catalan ("Imatge: Name").
# (Chinese, Japanese and Korean lead-ins are in `CJK_LEAD_INS`.)
PHOTO_NOUNS = (r"photo|photograph|photography|picture|image|pic|pix|foto|fotografía|fotografia|"
               r"fotografie|fotograf[ií]a|imagen|imágenes|imagem|imagens|immagine|immagini|"
               # "Pic." with its full stop, as Sri Lankan and Singaporean papers and the sites that
               # reprint them abbreviate the picture ("(Pic. by Name/The Straits Times)") (c19w)
               r"pic\.|"
               r"bild|bilder|beeld|zdjęcie|zdjęcia|fotó|fotók|fotoğraf|fotoğraflar|kuva|kuvat|snímek|"
               # Icelandic "Ljósmynd: Name", "Mynd: Name" (photograph, picture), and the Swedish
               # and Norwegian compounds "Toppbild: TT" (the top picture), "Pressfoto: SVT" (c14e)
               r"ljósmynd|ljósmyndir|mynd|myndir|toppbild|pressfoto|pressbild|pressebilde|"
               # Norwegian "Bilde:" and Danish "Billede:", "Billeder:" (the picture, pictures),
               # Swedish "Foton:" (the photos), Finnish "Valokuva:", "Valokuvat:" (photograph,
               # photographs) and "Kuvaaja:", "Valokuvaaja:" (photographer) (c19n)
               r"bilde|billede|billeder|foton|valokuva|valokuvat|kuvaaja|valokuvaaja|"
               r"фото|фотография|фотографии|снимок|снимка|снимки|صورة|الصورة|صور|تصوير|ảnh|"
               # Vietnamese "Hình:" (picture), as the overseas Vietnamese press and its blogs
               # credit ("(Hình: Name/Getty Images)", Người Việt reposts) (c16v)
               r"hình|"
               # Belarusian "Фота:" and "Фота Name-gen" (the photo), in Cyrillic and in the Latin
               # alphabet (łacinka, "Fota Name-gen"), as Nasha Niva, Novy Chas and Zviazda sign
               # their pictures ("Фота: «Maxar Technologies»", "Фота БелТА") (c19r)
               r"фота|fota|"
               r"fotografija|fotografije|фотографија|фотографије|"  # South Slavic
               # Romanian "Fotografii:" (photographs), and Bulgarian "Кадър:", "Кадри:" (a
               # still, stills: from a broadcaster's or a site's video, "Кадър: bTV") (c20r)
               r"fotografii|кадър|кадри|"
               r"argazkia|argazkiak|irudia|imaxe|imaxes|imatge|imatges|"  # eu, gl, ca (c14i)
               # ... and its short form "Φωτο:", "Φωτό:", "ΦΩΤΟ:" (photo), as Greek papers and
               # island sites credit a picture ("ΦΩΤΟ: NAME", santonews.com; "ΦΩΤΟ:NAME") (c19e)
               r"φωτογραφία|φωτογραφίες|φωτό|φωτο|φωτ|"
               # ... and as Greek capitals write them, without the accent ("ΦΩΤΟΓΡΑΦΙΑ: ΑΠΕ-ΜΠΕ",
               # "ΦΩΤΟΓΡΑΦΙΕΣ: NAME") (c19e)
               r"φωτογραφια|φωτογραφιες|"
               r"gambar|larawan|litrato|"  # Malay and Indonesian, Tagalog ("Larawan: Name")
               r"whakaahua|"  # te reo Māori ("Whakaahua: Name", the picture) (c15o)
               # Maltese "Ritratt:" (the picture) and its plural "Ritratti:", as Maltese papers,
               # church and guide pages credit ("Ritratt: Facebook/ Name", gwida.mt; "Ritratti:
               # <office> – Name", knisja.mt) (c19e)
               r"ritratt|ritratti|"
               # Swahili "Picha:" and "Picha/Name" (the picture), as East African papers and
               # broadcasters' Swahili services credit ("… Alliance Francais Picha/Name", RFI
               # Kiswahili) (c16x)
               r"picha|"
               # Hausa "Hoto:" (the picture) and its plural "Hotuna:", as the Hausa services of
               # DW and Legit.ng credit a picture ("Hoto: Name/AFP", "Hoto:Name Asali: Facebook")
               # (c18s)
               r"hoto|hotuna|"
               # Yucatec Maya "Oochel Name" (the picture, the photo), as La Jornada Maya signs the
               # pictures of its Maya-language pages (c18r)
               r"oochel|"
               # the archive photo, as Dutch and German papers label a file picture's credit
               # ("Archieffoto: Name", Omroep Brabant; "Archivfoto: Name", "Archivbild: dpa") (c16n)
               r"archieffoto|archiefbeeld|archivfoto|archivbild|argieffoto|"
               # ... and in the Nordic languages ("Arkivfoto: Name", Danish and Norwegian papers;
               # "Arkivbild: Name/TT", Swedish; "Arkivbilde:", Norwegian; "Arkistokuva:", Finnish)
               # (c17s)
               r"arkivfoto|arkivbild|arkivbilde|arkivbillede|arkistokuva|"
               # the Spanish photo report, as Latin American sites sign a gallery ("Fotorreportaje
               # por Name", Havana Times; "Fotoreportaje: Name", the common spelling) (c17l)
               r"fotorreportaje|fotoreportaje|"
               # Persian "عکس:" and its plural "عکس‌ها:", "عکس ها از Name" (photos, with the
               # zero-width non-joiner or a space before the suffix) (c15f); Hebrew "צילום:"
               r"عکس(?:\u200c|\s)?ها|عکس|צילום|צילומים")
# ... the plural forms among them, and the other languages' plurals of the singular nouns
PHOTO_NOUNS_PLURAL = (r"photos|photographs|pictures|images|pics|fotos|foto's|fotografías|"
                      r"fotografias|fotografie|imágenes|imagens|immagini|bilder|zdjęcia|fotók|"
                      r"fotoğraflar|kuvat|ljósmyndir|myndir|фотографии|снимки|صور|φωτογραφίες|צילומים|"
                      r"φωτογραφιες|ritratti|billeder|foton|valokuvat|fotografii|кадри|"
                      r"fotografije|фотографије|argazkiak|imaxes|imatges|عکس(?:\u200c|\s)?ها")
# The photo nouns of the papers of South Asia in their own scripts, as their credits open
# ("ছবি: Name", Bangla; "फोटो:", "तस्वीर:" Hindi; "तस्बिर: Name/रासस" and its plurals
# "तस्बिरहरू", "तस्बिर हरु" Nepali; "छाया : Name", "छायाचित्र:" Marathi; "فوٹو:", "تصویر:" Urdu;
# "படம்:" Tamil; "ఫోటో:" Telugu; "ඡායාරූපය:" Sinhala) and of Amharic ("ፎቶ:"): after them the
# separator may also be a hyphen before a space ("(छाया- पीटीआय)") or, in Nepali, the visarga
# that papers set for a colon ("तस्बिरः Name/रासस"), as Bangla papers set theirs ("ছবিঃ Name",
# the Bengali visarga). Also the photo nouns of Malayalam ("ചിത്രം: Name ∙ മനോരമ", "ഫോട്ടോ :
# Name", Kerala papers), Telugu in both spellings ("ఫొటో:"), Kannada ("ಚಿತ್ರ:", "ಫೋಟೋ:"), Gujarati
# ("તસવીર:", "તસ્વીર:", "ફોટો:"), Punjabi ("ਫੋਟੋ:", "ਤਸਵੀਰ:"), Odia ("ଫଟୋ:") and Bangla "ফটো:",
# with their plurals, and Marathi "सर्व फोटो" (all photos: "(सर्व फोटो – Name)", Saamana) (c16h).
SOUTH_ASIAN_PHOTO_WORDS: tuple[str, ...] = (
    "ছবি", "আলোকচিত্র", "ফটো", "फोटो", "फ़ोटो", "तस्वीरें", "तस्वीर", "तस्बिर", "तस्विर",
    "छायाचित्रे", "छायाचित्र", "छाया", "فوٹو", "تصویر", "تصاویر", "படம்", "ఫోటోలు", "ఫోటో",
    "ఫొటోలు", "ఫొటో", "ചിത്രങ്ങൾ", "ചിത്രം", "ഫോട്ടോകൾ", "ഫോട്ടോ", "ಚಿತ್ರಗಳು", "ಚಿತ್ರ",
    "ಫೋಟೋಗಳು", "ಫೋಟೋ", "તસવીરો", "તસવીર", "તસ્વીરો", "તસ્વીર", "ફોટો", "ਤਸਵੀਰਾਂ", "ਤਸਵੀਰ",
    "ਫੋਟੋ", "ଫଟୋ", "ඡායාරූපය", "ඡායාරූප", "ፎቶ", "ފޮޓޯތައް", "ފޮޓޯ", "فوٽو", "انځورونه", "انځور",
    "وێنەکان", "وێنە", "فۆتۆ", "புகைப்படங்கள்", "புகைப்படம்", "படங்கள்")
SOUTH_ASIAN_PHOTO_NOUNS = (r"(?:सर्व\s+)?(?:" + "|".join(SOUTH_ASIAN_PHOTO_WORDS)
                           + r")(?:\s?हरू|\s?हरु)?")
# The report nouns of those papers, as a reporter signs the pictures and the story in one
# ("તસ્વીર - અહેવાલ Name"): Hindi and Marathi "रिपोर्ट", "अहवाल", "वृत्त", Bangla "প্রতিবেদন",
# Gujarati "અહેવાલ", Punjabi "ਰਿਪੋਰਟ" (c16h)
_SOUTH_ASIAN_REPORT_NOUNS = "रिपोर्ट|अहवाल|वृत्तांत|प्रतिवेदन|প্রতিবেদন|અહેવાલ|ਰਿਪੋਰਟ"
# The photo nouns of the papers of Southeast Asia in their own scripts, as their credits open:
# Thai "ภาพ:" (picture), "ภาพประกอบ:" (illustrating picture), "ภาพถ่าย", "รูปภาพ", "รูปถ่าย",
# "เครดิตภาพ" (picture credit), and "ภาพจาก"/"ขอบคุณภาพจาก" (the picture from, thanks for the
# picture from) before the source without a colon; Khmer "រូបថត៖", "រូបភាព៖" (photo, picture,
# with the Khmer colon "៖"); Burmese "ဓာတ်ပုံ -" (photo); Lao "ພາບ:", "ຮູບພາບ:" (picture). In
# these scripts without capitals a name is read as in the South Asian ones.
SOUTHEAST_ASIAN_PHOTO_WORDS: tuple[str, ...] = (
    "ภาพประกอบ", "ภาพถ่าย", "ภาพข่าว", "รูปภาพ", "รูปถ่าย", "เครดิตภาพ", "ภาพ", "រូបថត", "រូបភាព",
    "ဓာတ်ပုံ", "ຮູບພາບ", "ພາບ",
    # Burmese "ဓာတ္ပံု" (photo) as the Zawgyi font encodes it, and its spelling with the tall aa
    # "ဓါတ္ပံု", as Myanmar sites that keep Zawgyi credit ("ဓာတ္ပံု - Name", voicejournalmm) (c16v)
    "ဓာတ္ပံု", "ဓါတ္ပံု", "ဓါတ်ပုံ")
SOUTHEAST_ASIAN_PHOTO_NOUNS = "(?:" + "|".join(SOUTHEAST_ASIAN_PHOTO_WORDS) + ")"
# "by" in those languages, as it follows a photo noun ("Foto de", "Foto von", "Фото:").
BY_WORDS = (r"by|de|di|da|do|von|door|par|por|per|av|fra|oleh|"  # Malay, Indonesian "oleh"
            r"از")  # Persian "از" ("عکس از Name": photo by, or from, a name or an agency)
# "for" between a photographer and the outlet that sent them, as the languages of our pages write
# it ("Name para The New York Times" in its Spanish edition, "Name pour Le Monde", "Name für
# die Zeit", "Name voor NRC", "Name per la Repubblica", "Name för DN", "Name dla Wyborczej").
FOR_WORDS = ("for", "para", "pour", "für", "voor", "per", "för", "dla", "для", "untuk")
# "taken" between the photo noun and "by" ("Photo prise par", "Foto tomada por", "Foto scattata
# da", "Foto aufgenommen von", "Foto gemaakt door", "Foto tirada por").
PHOTO_TAKEN = (r"(?:taken|prises?|pris|tomadas?|tiradas?|feitas?|scattat[aoie]|aufgenommen|"
               r"gemaakt)\s+")

_PHOTOS_OR_TEXT = (r"photos?|fotos?|foto's|fotograf[ií]as?|bilder|text|texte|texto|testo|tekst|"
                   r"words|фото|текст|argazkiak?|testua|"  # Basque "Argazkia eta testua:"
                   # Polish and Czech "info" (the news item), as town magazines sign a report's
                   # pictures and text in one ("Foto, info: Name", magazynkrzeszowicki.pl) (c15p)
                   r"info|"
                   # the South Slavic, Hungarian, Romanian, Greek and Bulgarian nouns, as their
                   # papers sign a report's pictures and text in one ("Fotografije i tekst: Name",
                   # Dubrovnik Portal; "Szöveg és fotó:", "Text și foto:", "Κείμενο και
                   # φωτογραφίες:", "Текст и снимки:") (c17e)
                   r"fotografije|fotografija|slike|szöveg|fotó|fotók|κείμενο|φωτογραφίες|"
                   r"φωτογραφία|снимки|снимка|"
                   # the Nordic languages' words and pictures, as Faroese and Icelandic papers sign
                   # a reporter's own pictures ("Orð og myndir: Name", in.fo; "Texti og myndir:",
                   # "Tekst og foto:", "Text och bild:", "Teksti ja kuvat:") (c17s)
                   r"orð|myndir|mynd|texti|tekstur|teksti|bild|bilde|bilete|billeder|kuvat|kuva")
# the organisation words as one alternation, longest first, for a lead-in that must be followed
# by a body's name ("redes sociales Municipalidad de X")
_ORG_WORD_ALTERNATION = alternation(ORG_WORDS)
LEAD_INS: tuple[LeadIn, ...] = (
    LeadIn("photo credit should read", r"(?:photo\s+)?credit\s+should\s+read\s*:?"),
    # ... also "Pic"/"Pics" and a slash after the courtesy, as Mumbai's mid-day credits a
    # reader's or a source's pictures ("Pics Courtesy/Name") (c20i)
    LeadIn("photo courtesy of", r"(?:photo|photograph|picture|image|pic)s?\s+courtesy(?:\s+of)?"
                                r"\s*[:/]?", names_source=True),
    LeadIn("courtesy of", r"(?:courtesy|cortesía|cortesia|gentileza)(?:\s+(?:of|de))?\s*:?"
                          r"(?=\s)", names_source=True),
    # a picture handed to the paper, as Australian and New Zealand pages credit it ("(Supplied by
    # Department of X/AAP PHOTOS)", "Picture supplied by Name"): the supplier, as after "Courtesy
    # of"; "Supplied" alone names no one (c20a)
    LeadIn("supplied by", r"(?:(?:photo|photograph|picture|image)s?\s+)?supplied\s+by\s*:?(?=\s)",
           names_source=True),
    # the picture's courtesy in Malayalam and Bangla ("(ചിത്രത്തിന് കടപ്പാട് The Hindu)", the
    # courtesy for the picture; "ছবি সৌজন্যে: X"): a picture's word before it, as a text's
    # courtesy line names the story's source instead (c16h)
    LeadIn("picture courtesy (Malayalam, Bangla)", r"(?:ചിത്രത്തിന്|ചിത്രം|ഫോട്ടോ)\s+കടപ്പാട്\s*"
                                                   r"(?::|-(?=\s)|–|—)?|ছবি\s*:?\s*সৌজন্যে\s*:?",
           names_source=True),
    # words and pictures by one person, as GroundUp credits its photo essays ("Text and Photos
    # by Name", "Photos and text by Name"): a photo noun on one side names who took the
    # pictures (c14f); "images" as the Solomon Islands' tourism office signs its features
    # ("Words & Images By Name", visitsolomons.com.sb) (c15o)
    LeadIn("text and photos by", r"(?:(?:text|words)\s+(?:and|&)\s+(?:photos?|pictures?|images?)|"
                                 r"(?:photos?|pictures?|images?)\s+(?:and|&)\s+"
                                 r"(?:text|words|captions?))"
                                 r"\s+by\s*:?(?=\s)", names_taker=True),
    # the pictures and another visual one person made for the story, as visuals desks and wire
    # features credit them ("Photos and collage by Name for <story>", The Marshall Project;
    # "Photos and video by Name"; "Video and photos by Name"): who made them (c20c)
    LeadIn("photos and video by", r"(?:(?:photos?|photographs?|photography|pictures?|images?)"
                                  r"\s+(?:and|&)\s+(?:videos?|collages?|illustrations?|"
                                  r"graphics|animations?)|(?:videos?|collages?|illustrations?)"
                                  r"\s+(?:and|&)\s+(?:photos?|photographs?|photography|"
                                  r"pictures?|images?))\s+by\s*:?(?=\s)", names_taker=True),
    # a closing sentence saying whose the picture is, as Greenpeace Brasil's image texts end
    # ("… A imagem é do Name.", "A imagem é da fotógrafa Name."; Spanish "La imagen es de Name",
    # English "The photo is by Name"): a photographer's noun may come before the name; the name
    # must be one the names data knows, as "de" may also say whom a picture shows (c20c)
    LeadIn("the image is by", r"(?:a|la|the)\s+(?:imagem|foto|fotografia|imagen|fotografía|"
                              r"image|photo|photograph|picture)\s+(?:é|es|is)\s+"
                              r"(?:by|de|do|da|del)(?:\s+(?:fotógraf[oa]|photographer))?(?=\s)",
           opens_caption=False),
    LeadIn("photo and caption by", r"(?:photos?|text|words)\s+(?:and|&)\s+(?:captions?|text|"
                                   r"photos?|words)\s+by\s*:?"),
    # ... and with a colon, in the languages of our pages ("Fotos y texto: Name", "Texte et
    # photos : Name", "Text und Bilder: Name", "Tekst en foto's: Name")
    LeadIn("photos and text:", r"(?:" + _PHOTOS_OR_TEXT + r")(?:\s+(?:and|&|y|e|et|und|en|i|и|eta|"
                               r"és|și|si|και|og|och|ja)|"
                               r"\s*,)\s+(?:" + _PHOTOS_OR_TEXT + r")\s*:", names_taker=True),
    # ... and a photo noun with the captions or comments the same person wrote, as blogs sign
    # their pictures ("Fotos (e legendas) © Name (2014).", a Guinea-Bissau veterans' blog;
    # "Fotos e legendas: Name"; Basque "Argazkia eta komentarioak: NAME", the photo and the
    # comments; Spanish "Fotos y pies de foto:"): the pictures' taker (c18b)
    LeadIn("photos and captions", r"(?:fotos?|fotografias?|fotografías|photos?|argazkiak?|"
                                  r"imaxes?|imatges?)\s*\(?\s*(?:e|y|i|eta|and|&)\s+"
                                  r"(?:legendas?|leyendas?|captions?|komentarioak|iruzkinak|"
                                  r"pies\s+de\s+foto|peus\s+de\s+foto)\s*\)?\s*:?(?=\s)",
           names_taker=True),
    # ... with "by" in the page's language instead of a colon ("Texto y fotos de Name", "Texte et
    # photos par Name"), or with nothing between the words and the name, as Diario Co Latino signs
    # its galleries ("Fotos y texto Name"): there the name must be a person's (c15e)
    LeadIn("photos and text by", r"(?:" + _PHOTOS_OR_TEXT + r")\s+(?:y|e|et|und|en|i|eta)\s+"
                                 r"(?:" + _PHOTOS_OR_TEXT + r")\s+(?:de|por|par|von|di|da|door)"
                                 r"(?=\s)", names_taker=True),
    LeadIn("photos and text", r"(?:fotos?|fotograf[ií]as?|photos?)\s+(?:y|e|et|and|&)\s+"
                              r"(?:texto|texte|testo|text)(?=\s)", names_taker=True,
           names_person=True),
    LeadIn("photo by", r"(?:con\s+)?(?:" + PHOTO_NOUNS + r")s?\s+(?:" + PHOTO_TAKEN + r")?"
                       r"(?:" + BY_WORDS + r")\s*:?(?=\s)", names_taker=True),
    LeadIn("screenshot by", r"(?:screenshot|screengrab|screen\s+grab|capture\s+d'écran|"
                            r"captura(?:\s+de\s+pantalla)?)\s+(?:by|de|par|von)|"
                            # Spanish "captura en Twitter" (a screenshot on the platform), as
                            # Peruvian fact-checkers credit a post they show (c17l)
                            r"captura\s+en(?=\s)"),
    # Spanish and Portuguese "redes sociales" (social networks) and the body whose accounts
    # posted the picture, after a lead-in ("Crédito fotos: Redes sociales Municipalidad de
    # Osorno", Diario de Osorno; "Foto: redes sociales de la Alcaldía de X"): the body is the
    # source. Only before a body's word: a person's networks ("redes sociales de Name") post
    # pictures of them, not by them, and the words alone name no one (c18r)
    LeadIn("social networks of", r"redes\s+socia(?:les|is)(?:\s+(?:de\s+la|de\s+los|de\s+las|"
                                 r"del|de|da|do|das|dos))?(?=\s+(?:" + _ORG_WORD_ALTERNATION
                                 + r")(?![\w-]))", names_source=True, opens_caption=False),
    # ... and the graphics a picture is, as Global Voices and visuals desks credit a chart or
    # drawing made for the story ("Graphics by Name. Used with Permission.", "Infographic by
    # Name"): its maker, as an illustrator is (c20c)
    LeadIn("illustration by", r"(?:photo[\s-]?|foto)?(?:illustrations?|ilustraci(?:ón|ones)|"
                              r"ilustraç(?:ão|ões)|illustrazion[ei]|graphics?|infographics?)"
                              r"\s+(?:by|de|von|di|par)"),
    # ... "Photo Credit By CNN" too, as Myanmar blogs credit a translated story's picture (c16v)
    LeadIn("photo credit", r"(?:photo|photograph|picture|image|foto)s?\s+credits?"
                           r"(?:\s+by(?=\s)|\s*:?)|"
                           r"(?:foto|bild|photo)credits?\s*:|"
                           r"cr[ée]dits?\s+(?:photos?|images?|fotos?)\s*:?", names_source=True),
    LeadIn("image source", r"(?:photo|picture|image)\s+source\s*[,:]|(?:bild|foto)quelle\s*:|"
                           r"(?:bild|foto)(?:rechte|nachweis)\s*:|"
                           r"источник(?:\s+фото)?\s*:|"
                           # Russian and Ukrainian "photo from the site of" ("Фото с сайта РИА
                           # \"Новости\"", Grani.ru; "Фото з сайту X") (c13t)
                           r"(?:фото|снимок)\s+(?:с\s+сайта|з\s+сайту)\s*:?(?=\s)|"
                           # Polish "Źródło zdjęcia (głównego):" (the source of the (main)
                           # photo), as TVN24 closes its stories, and Czech and Slovak "Zdroj
                           # fotografie:", "Zdroj foto:", "Zdroj fotky:" (c15p)
                           r"źródło\s+(?:zdjęcia|zdjęć|fotografii)(?:\s+głównego)?\s*:|"
                           r"zdroj\s+(?:fotografie|fotografií|fotografie|foto|fotky|fotiek|"
                           r"obrázku|snímku|snímky)\s*:|"
                           r"(?:source|quelle|fuente|fonte|źródło|"
                           r"zdroj|lähde|nguồn|πηγή|izvor|allikas|ที่มา|"
                           # Indonesian and Malay "Sumber:" (source), and the picture's source
                           # ("Sumber foto:", "Sumber gambar:", "Sumber ilustrasi:"), as the
                           # papers of Indonesia and Malaysia and their readers' blogs close a
                           # caption ("(Sumber: Instagram)") (c15i)
                           r"sumber(?:\s+(?:foto|gambar|ilustrasi))?|"
                           # Dutch and Afrikaans "Fotobron:" (the photo's source), as Afrikaans
                           # news sites close a caption ("… Fotobron: IOL", Scrolla.Africa), and
                           # Hausa "Asali:" (source), as Legit.ng Hausa sets it after the picture's
                           # credit ("Hoto:Name Asali: Facebook") (c18s)
                           r"fotobron|asali)\s*:|"
                           # the BBC's "Image source," in its Thai and Burmese services, and
                           # Thai papers' "ที่มาภาพ:" (the picture's source)
                           r"(?:ที่มาของภาพ|ที่มาภาพ|ဓာတ်ပုံ\s+ရင်းမြစ်)\s*[,:]|"
                           # the BBC's "Image source," in its Punjabi and Hindi services
                           r"(?:ਤਸਵੀਰ\s+ਸਰੋਤ|इमेज\s+स्रोत)\s*[,:]|"
                           # ... in its Bangla and Tamil services ("ছবির উৎস, EPA")
                           r"(?:ছবির\s+উৎস|பட\s+மூலாதாரம்)\s*[,:]|"
                           # ... and in its other services, with the comma of the script:
                           # Arabic, Persian, Urdu, Russian and Ukrainian, Turkish, Spanish,
                           # Indonesian, Vietnamese
                           r"(?:صدر\s+الصورة|منبع\s+تصویر|تصویر\s+کا\s+ذریعہ|автор\s+фото|"
                           r"fotoğraf\s+kaynağı|fuente\s+de\s+la\s+imagen|sumber\s+gambar|"
                           r"nguồn\s+hình\s+ảnh|"
                           # ... Somali, Afaan Oromoo, Hausa and Yoruba ("Xigashada Sawirka,
                           # Name", "Madda suuraa, OBS", "Asalin hoton, Reuters", "Oríṣun àwòrán,
                           # X") (c18s)
                           r"xigashada\s+sawirka|madda\s+suuraa|asalin\s+hoton|"
                           r"oríṣun\s+àwòrán|"
                           # ... and the Turkish service's shorter "Kaynak," (source), as its
                           # newer pages set it beside "Yazan," (author) and "Unvan," (role) (c17t)
                           r"kaynak|"
                           # ... and in Scottish Gaelic, as BBC Naidheachdan sets it ("Tùs an
                           # deilbh, MG ALBA", the picture's source) (c18c)
                           r"tùs\s+an\s+deilbh)\s*[,،](?=\s)", names_source=True),
    # French "Photo tirée de Facebook" (a picture taken from: the source), as Quebec papers credit
    # a picture from a social network or a site (c13r)
    LeadIn("photo tirée de (French)", r"(?:photos?|images?)\s+tir[ée]e?s?\s+(?:de\s+la|de|du|des)"
                                      r"(?=\s)", names_source=True),
    LeadIn("credit", r"(?:credits?|cr[ée]dits?|créditos?|credito|crediti)\s*(?::|\.{2,}|…)|"
                     # Hebrew "קרדיט:" and "קרדיט צילום:" (credit, photo credit), as Israeli
                     # sites set it after a bar ("… | קרדיט: דובר צה\"ל", emess.co.il) (c15g)
                     r"קרדיט(?:\s+(?:צילום|לצילום|תמונה))?\s*:|"
                     # ... and in capitals without a colon, as EurekAlert!'s science news sets
                     # the credit under a picture ("CREDIT Name")
                     r"(?-i:CREDIT)(?=\s+(?-i:[A-Z][a-z]))",
           names_source=True),
    LeadIn("photographer", r"(?:photographer|photography|fotograf|fotógrafo|fotografo|"
                           r"photographe|фотограф|عکاس|fotografer|fotograaf|jurufoto|jurugambar|"
                           # Turkish "Fotoğrafçı:" (photographer), as award pages label the
                           # winner's field ("Fotoğrafçı: Name (Fransa) Konum: …") (c17t)
                           r"fotoğrafçı)\s*:|"
                           # a gallery's "Producción fotográfica: Name" (Spanish) and
                           # "Produção fotográfica: Name" (Portuguese): the photographs' maker
                           r"produ(?:cción|ção|cao)\s+fotogr[áa]fica\s*:|"
                           # Indonesian "Fotografer oleh Name" (photographer: by)
                           r"fotografer\s+oleh(?=\s)|"
                           # Czech, Slovak and Polish "photographed" in the past tense, as village
                           # and town sites sign a gallery ("Fotografoval - Name", habrovany.cz;
                           # "Fotografowała: Name", "Nafotil: Name") (c15p)
                           r"(?:fotografoval|fotografował|nafotil|vyfotil|vyfotografoval)a?\s*"
                           r"(?::|-|–|—)?(?=\s)|"
                           # ... and the South Slavic, Slovenian, Bulgarian and Hungarian ones, with
                           # their colon or dash, as the region's papers and portals sign a picture
                           # ("Fotografirao: Name", "Fotografisala: Name", "Фотографисао: Name";
                           # "Fotografiral: Name", "Posnela: Name"; "Снимал: Name", "Заснела:
                           # Name"; "Fényképezte: Name", "Fotózta: Name") (c20r)
                           r"(?:fotografira[lo]|fotografirala|fotografirali|fotografisao|"
                           r"fotografisala|fotografisali|фотографисао|фотографисала|"
                           r"фотографирал|фотографирала|posnel|posnela|снимал|снимала|"
                           r"снимали|заснел|заснела|fényképezte|fotózta)\s*(?::|-|–|—)(?=\s)|"
                           r"(?:автор\s+фото|фото\s+автора)\s*:?"
                           r"(?=\s)|"
                           # Uzbek "the photos' author" ("Суратлар муаллифи - Name",
                           # Olamsport; "Surat muallifi: Name") (c13t)
                           r"(?:сурат(?:лар)?|surat(?:lar)?|фото)\s+(?:муаллифи|muallifi)\s*"
                           r"(?::|-|–|—)?(?=\s)|"
                           # Hindi "छायाकार" (photographer) with a colon or a dash
                           # ("(छायाकार – Name)", Village Square)
                           r"छायाकार\s*(?::|–|—|-(?=\s))", names_taker=True),
    # Croatian, Serbian and Bosnian "snimio"/"snimila" (shot by, masculine and feminine; in
    # Cyrillic "снимио"), as Glas Istre closes a portrait's caption ("Name (snimio Name)") and
    # papers sign a picture ("Snimila: Name"): before a capital only and after no word, never a
    # sentence's verb ("… je snimio Name", "Video snimio Name") (c17e)
    LeadIn("snimio (South Slavic)", r"(?<![^\W\d_]\s)"
                                    r"(?:snimio|snimila|snimili|snimile|снимио|снимила|снимили)"
                                    r"\s*:?(?=\s+(?-i:[A-ZÀ-ÞČĆŠŽĐ\u0400-\u042F]))",
           names_taker=True),
    # the author's label before a labelled source (ČT24's "autor: Name, zdroj: ČTK"): alone,
    # "Autor:" labels a byline as often, and stays no lead-in; and a media bank's record, its
    # author field before its credit field with no comma between, as RIA Novosti's and Sputnik's
    # picture banks list them ("Автор: Name Кредит: РИА Новости", riamediabank.ru; "Author: Name
    # Credit: Sputnik", sputnikmediabank.com), the capitalised label only (c20w)
    LeadIn("author:, source:", r"(?:autor|autorka|author|автор)\s*:(?=[^:]{2,80}(?:\s+(?-i:Credit|"
                               r"Кредит)\s*:|,\s*(?:zdroj|źródło|"
                               r"source|quelle|fuente|fonte|izvor)\s*:))", names_source=True),
    # a label naming the author and the source in one ("Autor/allikas: Name / Postimees", as
    # Estonian public broadcasting ERR closes every caption; "Autor/Izvor:", "Autor/Zdroj:")
    LeadIn("author/source:", r"(?:autor|author)\s*/\s*(?:allikas|izvor|zdroj|źródło|quelle|"
                             r"fuente|fonte|source)\s*:", names_source=True),
    # ... not a site's "Copyright Policy" or "wp-copyrightpro.com"; and the copyright sign before
    # the photo noun ("© Photo Name/AFP", Courrier international; "© Photo : « CCW »"): Belgium's
    # agency Photo News keeps its name (c13r)
    # ... and "copyright by" before the name ("Photo © copyright by Name.", "Copyright by Name", as
    # an oil-field photographer signs his pictures) (c16t)
    # Persian "حق نشر عکس Reuters" (the picture's copyright, as the BBC's Persian service set it
    # before "Image caption"), "حق کپی:" and "تصویر و حق کپی : Name" (the picture and its
    # copyright, apod.ir) (c15f)
    LeadIn("copyright", r"(?:©|\(c\)|copyright(?![^\W\d_]|\s+(?:policy|statement|notice|"
                        r"information|infringement)\b)|"
                        # Hausa "Hakkin mallakar hoto" (the picture's copyright), as the BBC's
                        # Hausa service set it on a line above the agency (c18s)
                        r"hakkin\s+mallakar\s+hoto(?=\s+[A-Z])|"
                        r"(?:تصویر\s+و\s+)?حق\s+(?:کپی|نشر)"
                        r"(?:\s+(?:عکس|تصویر))?(?=\s*:|\s+[A-Z])\s*:?)(?:\s*©)?(?:\s*\d{4})?"
                        r"(?:\s*photos?(?!\s+news\b)(?:\s*:|(?=\s)))?"
                        r"(?:\s*(?<=©)\s*copyright)?(?:\s+by(?=\s+[A-Z]))?", opens_caption=False,
           names_source=True),
    # ("Collage: Name", as Ahora of Holguín signs its collages, names the maker as an illustration's
    # lead-in does; "Foto: Collage" alone stays a marker naming no one) (c15e)
    LeadIn("image:", r"(?:illustration|graphic|grafik|grafika|ilustración|ilustração|ilustracija|"
                     r"ilustracja|ilustrace|image|imagen|collage|"
                     r"imagem|immagine|bild|beeld|symbolbild|"
                     # Hungarian "Kép:" (picture), "Kiemelt kép:" (the featured picture) and
                     # "Borítókép:" (the cover picture), as Hungarian-language pages close a
                     # story (patria.stvr.sk, "Kiemelt kép: tyzden.sk") (c15p)
                     # ... and "Képek:" (pictures) and "Címlapkép:" (the front-page picture)
                     # (c20r)
                     r"képek|kép|kiemelt\s+kép|borítókép|nyitókép|címlapkép)s?\s*(?::|=|—|–)",
           subject_ambiguous=True, names_source=True),
    # Arabic "تصوير/Name" (photographed by, with a slash for the colon) and "تصوير وتعليق:" (picture
    # and caption by), as Arab papers sign a reader-camera column's pictures ("تصوير وتعليق/Name:…",
    # Aden's 14 October): who took it (c15g)
    LeadIn("تصوير/ (Arabic)", r"تصوير\s*/(?=\s*[^\s/])|تصوير\s+و\s*تعليق\s*[/:]", names_taker=True),
    # an archive label after the photo lead-in's colon, as Norwegian local papers credit a file
    # picture ("Foto: Arkiv: Name", Fjordabladet; "Foto: Archiv: Name"): the lead-in's part (c17s)
    LeadIn("photo: archive:", r"(?:" + PHOTO_NOUNS + r")s?\s*:\s*(?:arkiv|archiv|archive|arkisto|"
                              r"archief|arquivo|archivo|archivio)\s*:", subject_ambiguous=True),
    # a lead-in and "by" after its colon ("Photograph: by Name/Getty Images")
    LeadIn("photo: by", r"(?:" + PHOTO_NOUNS + r")s?\s*:\s*by(?=\s)", names_taker=True),
    LeadIn("photo:", r"(?:symbolfoto|"
                     r"(?:" + PHOTO_NOUNS + r")s?)\s*(?::|=|—|–)|fot\.|ph\.?\s*:|ph\.|"
                     # the Greek abbreviation with its stop before the colon ("Φωτ.: Eurokinissi",
                     # "ΦΩΤ.: NAME") (c19e)
                     r"φωτ\.\s*:|"
                     # a spaced hyphen for the colon ("Photo - Name", "Foto - Agency")
                     r"(?:photo|foto|photograph|picture)s?\s+-(?=\s)|"
                     # ... or the hyphen glued to the noun, capitalised, as the Donegal News
                     # credits ("… at Raphoe Livestock Mart. Photo- Name") (c15b)
                     r"(?-i:Photo|PHOTO|Pic|PIC|Picture|PICTURE)s?-(?=\s)|"
                     # ... or "Pic." glued to the photographer's capitalised name, as Mmegi
                     # (Botswana) credits its pictures ("… show in Molepolole. Pic.Name") (c17k)
                     r"(?-i:Pic|PIC|Pix|PIX)\.(?=[A-Z][^\W\d_])",
           subject_ambiguous=True),
    # the picture and the report by one person, as South Asian papers sign a reporter's photo
    # story: Gujarati "તસ્વીર - અહેવાલ Name" (picture - report, Akila), Bangla "ছবি ও প্রতিবেদন
    # Name" (picture and report), Hindi "फोटो व रिपोर्ट: Name", in either order; before the
    # photo noun's own lead-in, which would take the report noun for the name's first word (c16h)
    LeadIn("photo and report (South Asian scripts)",
           r"(?:(?:" + SOUTH_ASIAN_PHOTO_NOUNS + r")\s*(?:[-–—/,&]|\s(?:और|व|एवं|ও|અને|ਅਤੇ)\s)\s*"
           r"(?:" + _SOUTH_ASIAN_REPORT_NOUNS + r")|(?:" + _SOUTH_ASIAN_REPORT_NOUNS + r")\s*"
           r"(?:[-–—/,&]|\s(?:और|व|एवं|ও|અને|ਅਤੇ)\s)\s*(?:" + SOUTH_ASIAN_PHOTO_NOUNS + r"))"
           r"\s*(?::|ः|ঃ|—|–|-(?=\s))?(?=\s)", names_taker=True),
    # (the label typed twice, "ছবি: ছবি Name", is one lead-in)
    # (a hyphen after a space and glued to the name, "… তোলা ছবি -Name", Daily Inqilab, is the
    # dash too; not a hyphen joining two words, "ছবি-কবিতা") (c16h)
    LeadIn("photo: (South Asian scripts)", r"(?:" + SOUTH_ASIAN_PHOTO_NOUNS + r")\s*"
                                           r"(?::|ः|ঃ|=|—|–|-(?=\s)|(?<=\s)-(?=[^\W\d_]))(?:\s*(?:"
                                           + SOUTH_ASIAN_PHOTO_NOUNS + r")(?=\s))?",
           subject_ambiguous=True),
    # ... and in the scripts of Southeast Asia ("ภาพ: Name", "ภาพ – รอยเตอร์", "រូបថត៖ Name",
    # "ဓာတ်ပုံ - Name"), "ภาพจาก Name" (the picture from) without a colon too (c13s)
    LeadIn("photo: (Southeast Asian scripts)",
           r"(?:ขอบคุณ)?" + SOUTHEAST_ASIAN_PHOTO_NOUNS + r"(?:\s*(?::|៖|=|—|–|-(?=\s))|"
           r"จาก\s*:?(?=\s))", subject_ambiguous=True),
    # Thai papers glue the picture noun to the agency that closes the caption ("(วันที่ 5 พ.ค
    # ภาพรอยเตอร์)", MGR Online): Thai writes no space between words
    LeadIn("ภาพAgency (Thai)", r"ภาพ(?=(?:รอยเตอร์|เอเอฟพี|เอพี|ซินหัว)\s*\)?\s*$)",
           names_source=True),
    # Malayalam "പകർത്തിയത്" (the one who captured it, with either spelling of the chillu r)
    # before the photographer, with a colon, a dash or an ellipsis ("(പകര്ത്തിയത്… Name)",
    # Pathram Online), and Kannada "ಕ್ಲಿಕ್ಕಿಸಿದವರು:" (who clicked it) (c16h)
    LeadIn("പകർത്തിയത് (Malayalam)", r"(?:പകർത്തിയത്|പകര്ത്തിയത്|ಕ್ಲಿಕ್ಕಿಸಿದವರು)\s*"
                                     r"(?::|-(?=\s)|–|—|…|\.{3})", names_taker=True),
    # Tagalog "Kuha ni Name" (taken by), "larawang kuha ni Name" (picture taken by)
    LeadIn("kuha ni (Tagalog)", r"(?:larawang\s+)?kuha\s+ni(?=\s)", names_taker=True),
    # Bangla "ছবিটি তুলেছেন Name" (the picture was taken by), "ছবিগুলি তুলেছেন A, B ও C" (the
    # pictures were taken by), as Anandabazar Patrika and Daily Bangladesh credit them; not before a
    # list with commas, whose names the walker would split into a photographer and an outlet
    # (c14s); a paper's district correspondent is named after the place and the role ("ছবিটি
    # তুলেছেন বরিশাল প্রতিনিধি Name": the Barishal correspondent Name)
    LeadIn("ছবি তুলেছেন (Bangla)", r"ছবি\s?(?:টি|গুলি|গুলো)?\s+তুলেছেন(?:\s+\S+\s+প্রতিনিধি)?"
                                  r"(?=\s[^,]+$)",
           names_taker=True),
    # words and pictures by one person with a slash between them ("शब्द/तस्बिर : Name", Nepali
    # papers; "Text/Foto: Name"; with "and" they are "photos and text:")
    LeadIn("text/photo:", r"(?:text|texte|texto|testo|tekst|words|शब्द)\s*/\s*"
                          r"(?:" + PHOTO_NOUNS + "|" + SOUTH_ASIAN_PHOTO_NOUNS + r")s?\s*:",
           names_taker=True),
    # photos and video by one person ("Φωτογραφίες - βίντεο: Name", "Photos & video: Name",
    # "Fotos y vídeo: Name")
    LeadIn("photos and video:", r"(?:" + PHOTO_NOUNS + r")s?\s*(?:[-–—&+/,]|and|y|e|und|et|"
                                r"και)\s*(?:videos?|vídeos?|βίντεο|видео)\s*:"),
    # ... and "Photography / Name", as fashion and style blogs label their credits' roles with a
    # slash ("Shirt / Eton • Photography / Name"): who took the pictures, never an outlet called
    # "Photography" (c15l)
    # (Swahili "Picha/Name", as RFI Kiswahili credits, c16x; "Pic/Name", "Pics/Name", as Mumbai's
    # mid-day signs its staff's pictures, and "Pix/Name", c20i)
    LeadIn("photo/", r"(?:(?:photography|photo|photograph|picture|image|foto|picha|pic)s?|pix)"
                     r"\s*/"),
    # Icelandic papers' "Ljósmyndari/Name, Outlet" (photographer), as Morgunblaðið's Lesbók
    # credits the press photos of the year (timarit.is), and "Ljósmyndari:"
    LeadIn("photographer/ (Icelandic)", r"ljósmyndar(?:i|ar)\s*[/:]", names_taker=True),
    # German "von" ("by") before a slashed credit ("Senegal, von Seyllou/AFP"); elsewhere it
    # is a name's particle or a preposition
    LeadIn("von Name/Agency", r"von(?=\s+[^\s/,;]+(?:\s+[^\s/,;]+){0,3}\s*/\s*\S)"),
    LeadIn("picture by (Swahili)", r"picha\s+na(?=\s)", names_taker=True),  # "(Picha na Name)"
    # Amharic "ፎቶ በName" (photo by: the preposition በ is written on the name), as the Ethiopian
    # Reporter closes a picture ("… ፎቶ በName Surname") (c18s)
    LeadIn("photo by (Amharic)", r"ፎቶ\s+በ(?=[\u1200-\u137f])", names_taker=True),
    # Armenian "Լուսանկարը՝ Name" (the photograph, with the Armenian comma "՝" that Armenian
    # papers set for a colon, or a backquote or colon in its place), its plurals "Լուսանկարները՝",
    # "Լուսանկարներ՝" and the abbreviation "Լուս.՝" (henaran.am's picture of the day) (c16x)
    LeadIn("photo: (Armenian)", r"(?:լուսանկար(?:ը|ներ|ները)?|լուս\.)\s*(?:՝|`|:)",
           subject_ambiguous=True),
    # Mongolian "Гэрэл зургийг Name" (the photograph [was taken by] Name, no colon), as Mongolian
    # papers sign a picture story (zms.mn), and "Гэрэл зураг: Name" (c16x)
    LeadIn("photograph by (Mongolian)", r"гэрэл\s+(?:зургийг|зургуудыг)\s*:?(?=\s)|"
                                        r"гэрэл\s+зураг(?:ууд)?\s*:", names_taker=True),
    # Lithuanian "Nuotraukų autorė Name" (the pictures' author, feminine; "autorius" masculine),
    # the name in the nominative, as Lithuanian institutes and papers credit a report's pictures
    # (iseivijosinstitutas.lt) (c16x)
    LeadIn("pictures' author (Lithuanian)", r"nuotrauk(?:ų|os)\s+autor(?:ius|ė)\s*:?(?=\s)",
           names_taker=True),
    # a camera emoji for the lead-in, as pages written for social media sign a picture
    # ("📸Name", Zambian Observer; "📷 Name", a Bissau arts academy's blog) (c14f)
    LeadIn("camera emoji", r"(?:📸|📷)\ufe0f?\s*:?", names_taker=True),
    LeadIn("photographer (Arabic)", r"(?:تصوير|عدسة)\s*:?(?=\s)"),
    # Japanese papers close a caption with "＝" and the agency ("…（左）＝ロイター"); only an
    # agency: "＝代表撮影" (pool), "＝提供" (handout) or a name may follow it too
    LeadIn("＝agency (Japanese)", r"＝(?=(?:ロイター|共同|時事|AP|AFP|EPA|UPI|新華社|聯合|タス)"
                                 r"\S*\s*$)", names_source=True),
    # Kyodo's English picture pages close a caption with "==Kyodo" ("… Oct. 17, 2020. (Kyodo)
    # ==Kyodo"), its own agency after a double equals sign
    LeadIn("==agency (Kyodo)", r"==(?=\s*kyodo(?:\s+news)?\s*$)", names_source=True),
    # British regional papers close a caption with "Picture" or "Pic" and the photographer's
    # name, without a colon ("… in Bradford. Picture Tony Johnson", "(Pic Jane Doe)"): only
    # capitalised, opening a sentence or a bracket, and where two or three words close the
    # text; elsewhere "picture" is a word of the sentence ("Now picture Paris Hilton.")
    LeadIn("picture Name (English, without a colon)",
           r"(?:(?<=\A)|(?<=[.!?(])|(?<=[.!?(]\s))(?-i:Picture|Pic|PICTURE|PIC)(?=\s+[^\W\d_][^\s.,;:()/]*(?:\s+[^\W\d_][^\s.,;:()/]*){1,2}"
           r"\s*[.)]?\s*$)", subject_ambiguous=True, names_taker=True),
    # a backslash between spaces before the credit that closes a caption, as the Irish Farmers
    # Journal sets its picture credits ("… at Castlerea Mart this week. \ Name", farmersjournal.ie)
    # (c15b): a separator, never a word of a sentence
    LeadIn("backslash (Irish Farmers Journal)", r"\\(?=\s+[^\s\\][^\\]*$)"),
    # the Australian Broadcasting Corporation credits its readers' pictures
    # ("(Audience submitted: Name)")
    LeadIn("audience submitted (ABC)", r"audience\s+submitted\s*:"),
    # ... and the CBC's regional pages a picture its subject or a reader sent ("(Submitted by
    # Name)", CBC North): only capitalised, opening a bracket or a sentence, where "submitted by"
    # inside a sentence is a proposal's or a letter's ("the plan submitted by the mayor") (c18c)
    LeadIn("submitted by (CBC)", r"(?:(?<=\()|(?<=\A)|(?<=[.!?]\s))(?-i:Submitted|SUBMITTED)"
                                 r"\s+(?-i:by|BY)(?=\s)", names_taker=True),
    # Welsh "Llun:" and "Lluniau:" (picture, pictures) and "Llun gan Name" (picture by), as
    # Welsh-language outlets close a caption ("… medd y grŵp. Llun: Google Earth", Newyddion S4C;
    # "(Llun gan Name/FAW)", Golwg; "(llun: Name)"): never after "dydd" (Dydd Llun is Monday) (c18c)
    LeadIn("llun: (Welsh)", r"(?:llun|lluniau)(?<!dydd\sllun)(?<!dydd\slluniau)"
                            r"(?:\s*:|\s+gan(?=\s))"),
    LeadIn("photos (Spanish, Russian, without a colon)",
           r"(?:imágenes|fotos|foto's|фото|фота|foto|fota|bild|beeld)(?=\s+\S+\s+\S)|"
           # ... and Yucatec Maya "Oochel Name" (the picture), as La Jornada Maya's Maya pages
           # sign theirs (c18r)
           r"oochel(?=\s+\S+\s+\S)|"
           # ... and the Russian plural "Фотографии" (photographs) before the names in the
           # genitive ("Фотографии Name-gen и Name-gen", Kun.uz) (c13t)
           r"фотографии(?=\s+\S+\s+\S)|"
           # La Presse's "PHOTO NAME, LA PRESSE": the English word only in capitals
           r"(?-i:PHOTO)(?=\s+\S+\s+\S)|"
           # ... and "Photo" before a wire agency, as papers that reprint the agencies write it
           # ("(Photo AFP/Getty Images)", an overseas Vietnamese paper; "Photo Reuters") (c13s)
           r"(?-i:Photos?)(?=\s+(?-i:AFP|AP|Reuters|REUTERS|EPA|Xinhua)(?:\s*/|\s*\)?\s*$))|"
           r"(?:photo|фото|foto|bild|beeld)(?=\s+@[\w.]{2,30}\s*$)|"  # "Фото @name"
           # ... or one word closing the credit, an agency or a site ("Фото Reuters", "Фото TUT.BY")
           # (Bulgarian papers write "Снимка БТА", "Снимки БГНЕС", duma.bg)
           # (and Malay "Gambar" before one agency closing a caption, "(Gambar Bernama)", as
           # Malaysian papers write it) (c15i)
           r"(?:фото|фота|снимка|снимки|foto|fota|fotos|bild|beeld|ภาพ|gambar)(?=\s+[^\s@]+\s*$)",
           subject_ambiguous=True),
    # "Photo" without the colon, as papers of Quebec and French Ontario sign a picture ("Photo
    # Name", "Photo Name pour Le Devoir", "Photo ONFR / Name", Le Manic, Journal Haute-Côte-Nord,
    # ONFR): "Photo" with its capital before a capital only, never a sentence's "photo" (c14u)
    # ... and before a name in kanji closing the text, as Japanese photographers' galleries
    # sign a picture after its title ("「春という季節に」 Photo Name", ajps.jp) (c16j)
    # ... and "Photos" so, as French regional papers sign a gallery's pictures ("… hors-norme.
    # Photos Name", La Voix du Nord; "Photos Name", Le Républicain Lorrain) (c17f)
    LeadIn("Photo Name (no colon)", r"(?-i:Photos?)(?=\s+(?-i:[A-ZÀ-ÖØ-Þ])|"
                                    # (no place: "Photo 新宿御苑", "Photo 東京駅前")
                                    r"\s+(?![\u4e00-\u9fff々]*(?:駅|前|苑|園|町|村|区|市|県|港|"
                                    r"橋|城|館|場|寺|院|社)\s*$)[\u4e00-\u9fff々]{2,5}\s*$)",
           subject_ambiguous=True, names_person=True),
    # "Credit" without the colon before a person's name, as the NPR member stations' shared
    # publishing system set the credit under a picture ("Credit Name / Michigan Radio", "Credit
    # Name", KPLU, Michigan Radio): "Credit" with its capital before a capital only, and a
    # person's name after it ("Credit Suisse", "Credit unions" credit no one) (c19u)
    LeadIn("Credit Name (no colon)", r"(?-i:Credit)(?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))", names_person=True,
           runs_into_sentence=False),
)
# Chinese, Japanese and Korean credit lead-ins ("摄影：", "图/", "写真：", "사진=", "撮影・").
# Chinese papers also set "摄影" ("photography") before the name with a space alone
# ("攝影 鞠鵬/新華社"). Japanese agencies set "出典:" (source) before the credit
# ("(出典:JAXA/NASA/Name)": iss.jaxa.jp). Korean pages also set a spaced dash after "사진
# 출처" ("photo source": "사진 출처 - 대통령실"), and "촬영:" (filmed, photographed by) (c15k).
# Hochi signs its staff's pictures "(カメラ・Name)" (c16j).
# Chinese pages also label a credit "摄影师:" (photographer), "图源:" (picture source) and
# "截图:" (screenshot from) ("(摄影师:Name)", "图源:CGTN", "(截图:CNA)": Zaobao's copies, 21st
# Century's pages) (c17z).
CJK_LEAD_INS = (r"(?:(?:摄影|攝影|摄|攝|图|圖|图片|圖片|图片来源|圖片來源|来源|來源|写真|画像|撮影|"
                r"摄影师|攝影師|图源|圖源|截图|截圖|"
                # "图文/" (pictures and text by), as Taiwan's sites credit a paper's story and its
                # pictures ("圖文/鏡週刊", FTNN) (c19t)
                r"图文|圖文|"
                r"出典|사진|사진\s*출처|사진\s*제공|출처|촬영)\s*(?:[:：=/／]|・|·)|(?:摄影|攝影)(?=\s+[^\W\d_])|"
                r"사진\s*출처\s+[-–—](?=\s)|"
                # Hochi's "camera" before its photographer's name in kanji ("(カメラ・Name)",
                # hochi.news): only before kanji, never a camera note ("カメラ・ニコン") (c16j)
                r"カメラ\s*・(?=\s*[\u4e00-\u9fff]))\s*")
# Wire-service notes after a credit ("(CHINA - Tags: SOCIETY) CHINA OUT. NO COMMERCIAL OR
# EDITORIAL SALES IN CHINA", "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY"): written in
# capitals, matched with case; the caption text keeps them.
WIRE_NOTES = (r"\([A-Z][A-Z .,/&'-]*\s-\s+Tags:[^)]*\)", r"\bTHIS IMAGE HAS BEEN SUPPLIED BY",
              r"\b[A-Z]{2,} OUT\b\.?", r"\bNO (?:COMMERCIAL|RESALES|ARCHIVES|SALES|THIRD)\b",
              r"\*?\bMANDATORY CREDIT\b\*?", r"\bEDITORIAL USE ONLY\b", r"\bATTENTION EDITORS\b",
              r"\bFOR EDITORIAL USE\b", r"\bHANDOUT\s*-\s*EDITORIAL\b", r"\bNO ARCHIV(?:ING|AL)\b",
              # EPA's and Getty's feeds carry the photographer's own caption after the credit
              # ("EPA/NAME *** Local Caption *** 51900788")
              r"\*{2,3}\s*Local Caption\s*\*{2,3}",
              # PA's notes after "Photo credit should read: Name/PA Wire."
              r"\bEditorial use only\b", r"\bRESTRICTIONS:",
              # when a page published the picture, after its credit ("von Name/AFP, publiziert
              # am 31. März", "…, published on 2 May"): set aside the same way
              r",\s*(?i:publiziert|veröffentlicht|published|publié|publicado|pubblicato)\s+"
              r"(?i:am|on|le|el|em|il)\b",
              # dpa's picture service notes after its credit, as German papers print them ("Foto:
              # Name/dpa +++ dpa-Bildfunk +++", "… +++(c) dpa - Bildfunk+++ | Verwendung weltweit")
              r"\+{3}\s*(?:\([cC]\)\s*)?dpa\s*-\s*Bildfunk\s*\+{3}",
              r"(?:\|\s*)?\bVerwendung weltweit\b",
              # TT's picture codes after its credit, as Swedish papers print them ("Foto: Name /
              # TT kod 10060", "AFP PHOTO / Name / TT / kod 444") (c14e)
              r"(?<=\bTT)(?:\s*/)?\s+kod\s+\d+\b")
# Licence notes inside or after a credit ("Foto: Name | flickr | CC BY 2.0", "CC-BY-NC 2.0 Name",
# "Lizenz: CC BY-SA 4.0", "(Unsplash License)", "Public Domain"): set aside before the credit is
# read (matched without case). Creative Commons' licence codes: creativecommons.org/licenses.
LICENCE_NOTES = (r"(?:\b(?:lizenz|license|licence|licencia|licença|licenza)\s*:?\s*)?"
                 r"\bCC[\s-]?(?:BY|0|zero)\b(?:[\s-](?:SA|NC|ND)\b){0,3}(?:[\s-]?\d\.\d)?"
                 r"(?:\s+(?:deed|international|generic|unported))?",
                 r"\(\s*(?:[\w.-]+\s+)?licen[cs]e\s*\)", r"\bpublic\s+domain\b", r"\bgemeinfrei\b",
                 # the permission a blog or nonprofit got to reprint a picture, after its credit
                 # ("Graphics by Name. Used with Permission.", Global Voices) (c20c)
                 r"\b(?:used|reproduced|reprinted|published)\s+with\s+(?:kind\s+)?permission\b")
# Artists' rights societies ("© Wayne Thiebaud/VAGA at ARS, NY", "Neo Rauch VG Bild-Kunst
# Bonn"): a credit naming one is an artwork's copyright notice, the name in it the artist's,
# not the picture's credit (matched with case, as the societies write their names).
ART_RIGHTS_SOCIETIES = (r"\bVG\s?Bild-Kunst\b", r"\bBildrecht\b", r"\bProLitteris\b",
                        r"\bADAGP\b", r"\bDACS\b", r"\bVAGA\b", r"\bSIAE\b", r"\bVEGAP\b",
                        r"\bSABAM\b", r"\bPictoright\b", r"\bArtists Rights Society\b",
                        r"\bARS,\s*(?:NY|N\.Y\.|New York)\b")
# Words before a credit that are not part of it ("FULL CAPTION TO FOLLOW Name/The Guardian").
WIRE_PREFIXES = (r"FULL CAPTION TO FOLLOW", r"CAPTION TO FOLLOW", r"EDITORS NOTE:?",
                 # Postmedia's chain tag before its Sun papers' credits ("… 2016. Sun/Postmedia
                 # Network Name/Winnipeg Sun") (c18c)
                 r"Sun/Postmedia\s+Network")

# Outlets whose name is also a personal name: as one word of a mixed-case name they do not make
# it an organisation ("AP's Zuma Ndlovu", "Time Ferris").
NAME_LIKE_OUTLETS: frozenset[str] = frozenset({
    "zuma", "polaris", "magnum", "panos", "noor", "time", "vox", "redux", "sana", "mehr",
    "rex", "abaca", "ani", "belga", "age", "sputnik", "who", "hill", "guardian", "observer",
    "andina", "lusa", "aton", "antara",
})

# Organisation words that are also family names: alone after a given name the names data knows
# they close a person's name ("CARL COURT/AFP via Getty Images", a Getty photographer), not a
# court's ("Supreme Court", "Crown Court": no given name before it). "Church" stays out: "Grace
# Church" is a church's name as often as a person's.
SURNAME_ORG_WORDS: frozenset[str] = frozenset({"court"})

# Words that web pages append to captions ("Purchase Licensing Rights", NPR's "hide caption"):
# set aside before the credit is read; the caption text keeps them as published.
TRAILING_NOISE = ("purchase licensing rights", "acquire licensing rights", "opens new tab",
                  "hide caption", "toggle caption", "enlarge this image", "show more",
                  "read more", "expand",
                  # the Nordic papers' "show more" button after the credit ("Foto: AP Vis mer",
                  # VG)
                  "vis mer", "visa mer", "vis mere",
                  # Sputnik's link to its picture bank after the credit ("© Sputnik / Name /
                  # Acessar o banco de imagens"), as its Brazilian site words it, and its
                  # English, Russian and Arabic sites ("Go to the mediabank", RIA Novosti's
                  # "Перейти в фотобанк", "الانتقال إلى بنك الصور")
                  "acessar o banco de imagens", "go to the mediabank", "перейти в фотобанк",
                  "الانتقال إلى بنك الصور",
                  # Japanese papers' "enlarge" link in lenticular brackets after the caption's
                  # credit ("…=三重県志摩市(ロイター)【拡大】", SankeiBiz) (c16j)
                  "【拡大】")
# A photo-of-the-day page's link to its archive after the credit ("… Credit: Name (Country)
# Find all of our photos of the day here.", Novastan), also as a listing cuts it with an
# ellipsis ("… Credit: Name (Country) Find…"): web furniture, as `TRAILING_NOISE`, matched
# without case; only a closing invitation to more of the site's photos, never a sentence of the
# caption (c18g)
PHOTO_ARCHIVE_LINKS = (r"(?:find|see|view)\s+(?:all\s+(?:of\s+)?our|more(?:\s+of\s+our)?)\s+"
                       r"photos\b[^.…]{0,40}(?:\.|…)?",
                       r"find\s*…")

# The gallery's and video's link words that a page sets after a caption's credit, behind a dash
# ("Fotó: Name - GALÉRIA", Délmagyarország; "Foto: Name - GALERIJA", "– VIDEO"): a link to the
# story's gallery or video, never the credit's outlet; only after a dash, as a name may end in
# the word ("Magyar Nemzeti Galéria") (c17e)
GALLERY_MARKERS = ("galéria", "galeria", "galerija", "galerie", "gallery", "галерија", "галерия",
                   "fotogaléria", "fotogalerija", "fotogalerie", "fotogaleria", "фотогалерија",
                   "фотогалерия", "videó", "video", "videos", "видео")


@dataclass(frozen=True)
class InlineVerb:
    """A verb that credits inside a sentence: "... captured by Fox News’ Trey Yingst".

    `photo_specific` verbs only ever mean taking a picture, so a lone name after one is the
    photographer. The others ("captured", "taken", "shot") also mean arrest or injury: a lone
    name after them counts only in a caption that opens with a photo phrase, and a lone
    organisation never does.
    """

    name: str
    pattern: str
    photo_specific: bool


INLINE_VERBS: tuple[InlineVerb, ...] = (
    InlineVerb("photographed by", r"photographed\s+by", True),
    # ... with "taken" between ("Photo taken by Name at the harbour"): the noun makes it a
    # picture's, where "taken by" alone may be an arrest (c15o)
    InlineVerb("photo by", r"(?:photo|photograph|picture|image)s?\s+(?:taken\s+)?by", True),
    InlineVerb("snapped by", r"snapped\s+by", True),
    InlineVerb("captured by", r"captured\s+by", False),
    InlineVerb("taken by", r"taken\s+by", False),
    InlineVerb("shot by", r"shot\s+by", False),
)
# Words that end an inline credit's clause ("captured by Jane Doe in Gaza on Friday").
# "All rights reserved" in the languages of our pages, as patterns: with a year, a site's or a
# publisher's notice (catalog.captions.is_caption)
RESERVED_RIGHTS = (r"\ball\s+rights\s+reserved", r"\balle\s+rechte\s+vorbehalten",
                   r"\btous\s+droits\s+réservés", r"\btodos\s+los\s+derechos\s+reservados",
                   r"\btutti\s+i\s+diritti\s+riservati", r"все\s+права\s+защищены")
# Verbs of saying and posting: "Name said on Telegram" is a statement, not a contributor on a
# platform.
REPORTING_VERBS = ("said", "says", "wrote", "writes", "posted", "posts", "shared", "shares",
                   "tweeted", "announced", "reported", "stated", "added", "told")
CLAUSE_END_WORDS = ("in", "at", "on", "during", "near", "while", "as", "after", "before",
                    "with", "outside", "inside", "into", "over", "under", "when", "where",
                    "which", "who", "that", "show", "shows", "showing", "is", "was", "are",
                    "were", "has", "had", "to", "amid", "following")
