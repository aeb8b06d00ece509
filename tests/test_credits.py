"""Credits as the wires write them: lead-ins in other languages, agency chains, notes after the
credit, several photographers, name shapes; the outlet authority and display names. The
strings are written here for the tests (shapes seen on real pages, names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.articles import parse_text
from catalog.captions import (
    domain_outlet,
    find_credit,
    is_caption,
    read_caption,
    read_credit_line,
)
from catalog.credits import canonical_outlet, display_credit, display_name, outlet_aliases
from catalog.credits.outlets import known_outlet
from catalog.domain import Credit
from tests.conftest import CatalogRunner

# (caption, photographer, outlet) as the grammar reads them (published spelling).
READS: list[tuple[str, str | None, str | None]] = [
    ("Nets drying. Photography by Lena Park", "Lena Park", None),
    ("Nets drying. Photo and caption by Lena Park", "Lena Park", None),
    ("Nets drying. Photos by Lena Park/Reuters", "Lena Park", "Reuters"),
    ("Netze trocknen. Foto: Karl Weiß/dpa", "Karl Weiß", "dpa"),
    ("Netze trocknen. Fotos: Karl Weiß", "Karl Weiß", None),
    ("Netze trocknen. Foto von Karl Weiß/Reuters", "Karl Weiß", "Reuters"),
    ("Redes al sol. Foto de Inés Mora/EFE", "Inés Mora", "EFE"),
    ("Redes al sol. Imágenes Inés Mora", "Inés Mora", None),
    ("Redes al sol. Con fotografías de Inés Mora", "Inés Mora", None),
    ("Redes ao sol. Foto: João Lima/Agência Brasil", "João Lima", "Agência Brasil"),
    ("Reti al sole. Foto di Gianni Neri/Ansa", "Gianni Neri", "Ansa"),
    ("Filets au soleil. Photo : Luc Moreau/AFP", "Luc Moreau", "AFP"),
    ("Filets au soleil. Crédit photo : Luc Moreau", "Luc Moreau", None),
    ("Netten in de zon. Foto: Piet van Dam/ANP", "Piet van Dam", "ANP"),
    ("Сети сушатся. Фото: Олег Смирнов / ТАСС", "Олег Смирнов", "ТАСС"),
    ("Сети сушатся. Автор фото: Олег Смирнов", "Олег Смирнов", None),
    ("渔网晾晒。新华社记者 王芳 摄", "王芳", "新华社"),
    ("渔网晾晒。（王芳 摄）", "王芳", None),
    ("漁網。写真：共同", None, "共同"),
    ("그물. 사진=연합뉴스", None, "연합뉴스"),
    ("Quay at dawn. (AAP Image/Tom Reid)", "Tom Reid", "AAP"),
    ("Quay at dawn. epa/Vera Koleva", "Vera Koleva", "epa"),
    ("A slalom. Ned Hale – WPA Pool/Getty Images", "Ned Hale", "Getty Images"),
    ("A tram. Ida Graf/picturedesk.com", "Ida Graf", "picturedesk.com"),
    ("A storm. Ray Cole/Corpus Christi Caller-Times", "Ray Cole", "Corpus Christi Caller-Times"),
    ("A street. © Ada Stone Magnum Photos", "Ada Stone", "Magnum Photos"),
    ("Debris. REUTERS/Ole Berg (CHINA - Tags: SOCIETY) CHINA OUT. NO COMMERCIAL OR EDITORIAL "
     "SALES IN CHINA", "Ole Berg", "REUTERS"),
    ("A march. Ole Berg/Reuters THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "Ole Berg",
     "Reuters"),
    ("Debris. THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. REUTERS/Ole Berg", "Ole Berg",
     "REUTERS"),
    ("FULL CAPTION TO FOLLOW Ole Berg/The Guardian", "Ole Berg", "The Guardian"),
    ("Boats in the harbour\nSam Lee/Reuters", "Sam Lee", "Reuters"),
    ("A man. Photos: Ann Bell/AFP and Tom Hart/The Washington Post", "Ann Bell; Tom Hart", "AFP"),
    ("Crowds. Ann Bell/Getty Images, Tom Hart and Joe Kim/Getty Images",
     "Ann Bell; Tom Hart; Joe Kim", "Getty Images"),
    ("A rally. Photo by Rosa B. Quinn/AFP", "Rosa B. Quinn", "AFP"),
    ("A rally. Pool photo by Dana K. Pool", "Dana K. Pool", None),
    ("Fans queue at the gates. DINA COURT/AFP via Getty Images", "DINA COURT", "AFP"),
    # an Indonesian daily whose second word is a given name: the paper, not a person
    ("Perahu nelayan di dermaga. Foto: Sari P/Harian Timur", "Sari P", "Harian Timur"),
    ("Perahu nelayan di dermaga. (Foto: Majalah Timur)", None, "Majalah Timur"),
    ("Smoke rises, captured by AP's Zuma Ndlovu.", "Zuma Ndlovu", "AP"),
    ("A rally captured by “Le Soir”’s Anaïs Petit.", "Anaïs Petit", "Le Soir"),
    ("A rally on June 14.Omar Aziz—Anadolu/Getty Images", "Omar Aziz", "Anadolu"),
    ("A ferry at the quay.EPA/NIKOS ALEXIOU", "NIKOS ALEXIOU", "EPA"),  # a wire credit glued
    ("A rally. (Photo by Omar Aziz/AFP via Getty Images", "Omar Aziz", "AFP"),
    ("Lanterns. [Xinhua]", None, "Xinhua"),
    ("Oil wells near Taft, California.Rita Moss—Getty Images", "Rita Moss", "Getty Images"),
    # after "Photo by", only a person stands: a name the names data does not know is read;
    # after "Foto:", which names a source as often, it is not
    ("Lanterns are made in Colombo. Pix by Nisal Baduge", "Nisal Baduge", None),
    ("Traders at the market. Photographer: Denish Ochieng", "Denish Ochieng", None),
    ("Traders at the market. Photo by Kenya Red Cross", None, "Kenya Red Cross"),
    ("Traders at the market. Photo by Vlada KS", None, None),
    ("Die Teilnehmer des Treffens. Foto: Energiewende Oberland", None, None),
    # French sentence openers end a credit run into the caption; Dutch "Foto's" (photos)
    ("© Sophie Garcia Dans un bureau de vote de Ouagadougou, ce dimanche.", "Sophie Garcia",
     None),
    ("De schrijver in zijn huis aan zee. Foto's Stephan Vanfleteren", "Stephan Vanfleteren",
     None),
    # Indonesian and Malay offices are organisations, never people
    ("Petugas memeriksa kendaraan di jalan tol. (Foto: Humas Polda Metro Jaya)", None,
     "Humas Polda Metro Jaya"),
    ("Petugas memeriksa kendaraan di jalan tol. (Foto: Kementerian Kesehatan)", None,
     "Kementerian Kesehatan"),
    # a name alone after the description, then the agency in brackets (El País)
    ("Tents at the camp, on 1 August. Alketa Misja (dpa/picture alliance via Getty)",
     "Alketa Misja", "dpa"),
    ("The president speaks at the summit. Jane Doe (AFP)", "Jane Doe", "AFP"),
    ("The president met Angela Merkel at the summit (AFP)", None, "AFP"),
    # Hebrew and Arabic names need a given name the names data knows, as Latin ones do; after
    # "Photographer:" a name in those scripts is read all the same; a Hebrew body's word
    # ("ערוץ", channel) makes the credit an organisation's (c16w)
    ("The minister takes the oath of office (צילום: ערוץ הכנסת)", None, "ערוץ הכנסת"),
    ("Fishermen mend their nets at dawn. (צילום: דוד כהן)", "דוד כהן", None),
    ("A street market at dusk. عکاس: لیلا سادات عقیلی", "لیلا سادات عقیلی", None),
    # one person's name alone after the description's last sentence is its credit
    ("The furniture was made to order by local craftsmen. SCOTT ROTZOLL", "SCOTT ROTZOLL", None),
    ("The parade passes the old cathedral on Sunday. SAN FRANCISCO", None, None),
    ("The parade passes the old cathedral on Sunday. Los Angeles", None, None),
    ("Houses of cardboard on a frame, shown at a college. —MARIANNE BERMUDEZ", "MARIANNE BERMUDEZ",
     None),
    # Swahili "Picha na" (picture by), as Tanzanian papers credit
    ("Mkazi wa jiji akiwa na baiskeli mbili eneo la Kariakoo jana. (Picha na Prona Mumwi)",
     "Prona Mumwi", None),
    ("Wananchi wakiangalia picha na video za tukio hilo jana mjini Dodoma.", None, None),
    # Swahili "Picha:" and "Picha/Name" (the picture), glued to the description too (c16x)
    ("Wavuvi wakivua samaki alfajiri. Picha: Neema Kato", "Neema Kato", None),
    ("Mkutano wa wakulima katika ukumbi wa Alliance Francais Picha/Juma Salim", "Juma Salim",
     None),
    # "Pic/Name", "Pics/Name", "PIC/NAME" and "Pics Courtesy/Name": the photo noun or its
    # courtesy joined to the name by a slash, as Mumbai's mid-day signs its pictures; a
    # location's courtesy before it credits no picture (c20i)
    ("Commuters wait out the rain under a flyover. Pic/Rohan Mehta", "Rohan Mehta", None),
    ("Fishing boats return to the jetty at dawn. Pics/Rohan Mehta", "Rohan Mehta", None),
    ("Fishing boats return to the jetty at dawn. PIC/ROHAN MEHTA", "ROHAN MEHTA", None),
    ("The old mill before its demolition. Pics Courtesy/Rohan Mehta", "Rohan Mehta", None),
    ("A rooftop garden in bloom. Location Courtesy/Harbour Heights. Pic/Rohan Mehta",
     "Rohan Mehta", None),
    ("The pic/video of the stunt went viral on social media.", None, None),
    # a name closed by one or two initials without their stops, as South Indian and Indonesian
    # names carry them, after a lead-in naming who took the picture or before an outlet; a
    # signature alone after a dash, and an organisation's letter, are none (c20i)
    ("Farmers wait at the market yard. Pic: Arjun K", "Arjun K", None),
    ("Farmers wait at the market yard. Photo: Deepa R S", "Deepa R S", None),
    ("Pemain berlatih di stadion. Foto: Dewi P/Kabar Pagi", "Dewi P", "Kabar Pagi"),
    ("A stage set for the evening show. Photo: Studio B", None, "Studio B"),
    # a civil honorific before a name the names data lacks vouches for a person, taken off;
    # a brand after it in one word stays unread (c20i)
    ("A flooded street after the storm. Photo: Dr Zarvan Kettuvel", "Zarvan Kettuvel", None),
    ("Students at the science fair. Photo: Mrs. Zarvan Kettuvel", "Zarvan Kettuvel", None),
    ("A jar of pickles on the shelf. Photo: Dr Zarvan", None, None),
    # a blog is a site, no person, in two words or glued into one (c16x)
    ("Wakulima wakipokea mbegu kijijini. (Picha na Pwani Blog)", None, "Pwani Blog"),
    ("Wakulima wakipokea mbegu kijijini. (Picha na Pwaniyetublog)", None, "Pwaniyetublog"),
    # the archive photo as the label, as Dutch and German papers credit a file picture
    # ("Archieffoto: Name", "Archivfoto: Name"); Belgium's Photo News; Getty's archive
    # collections before "via Getty Images" (c16n)
    ("Een molen aan de dijk in de winter. Archieffoto: Pieter Jansen", "Pieter Jansen", None),
    ("Der Marktplatz am Abend. Archivfoto: Klaus Berger", "Klaus Berger", None),
    ("Een lege straat in de binnenstad. Archiefbeeld: ANP", None, "ANP"),
    ("Een lege straat in de binnenstad. Archieffoto", None, None),
    ("De spits scoort in de tweede helft. Foto: Photo News", None, "Photo News"),
    ("Het paar op vakantie in 1962. Beeld Gamma-Keystone via Getty Images", None, "Gamma-Keystone"),
    # ... and in the Nordic languages, and an archive label after the lead-in's colon (c17s)
    ("Bryggen en vinterdag. Arkivfoto: Sigrun Dalheim", "Sigrun Dalheim", None),
    ("Torget en sommarkväll. Arkivbild: Lena Vikström/TT", "Lena Vikström", "TT"),
    ("Kaupungintalo talvella. Arkistokuva: Lehtikuva", None, "Lehtikuva"),
    ("Ferja ved kaia i fjor. Foto: Arkiv: Sigrun Dalheim", "Sigrun Dalheim", None),
    ("Ferja ved kaia i fjor. Foto: Arkiv", None, None),
    ("Torget en sommarkväll. Foto: Arkivbild", None, None),
    # the photographer's noun between the lead-in and the name, in the Nordic languages, German
    # and Finnish as in English ("Photo: Photographer Name") (c17s)
    ("Slottet en vintermorgen. Foto: Fotograf Jens Holmgaard", "Jens Holmgaard", None),
    ("Der Platz am Abend. Foto: Fotografin Anna Berghof", "Anna Berghof", None),
    ("Kaupungintalo talvella. Kuva: Valokuvaaja Matti Lehtola", "Matti Lehtola", None),
    ("Fotograf Jens Holmgaard tok bildet i 1987.", None, None),
    # Armenian "Լուսանկարը՝ Name" (the photograph, with the Armenian comma for the colon),
    # Mongolian "Гэрэл зургийг Name" (the photograph by), Lithuanian "Nuotraukų autorė Name"
    # (the pictures' author) (c16x)
    ("A street in the old town in winter. Լուսանկարը՝ Աննա Սարգսյան", "Աննա Սարգսյան", None),
    ("An exhibition of pictures in the capital. Լուսանկարները՝ Արամ Պետրոսյան", "Արամ Պետրոսյան",
     None),
    ("Нуурын эрэг өвлийн өглөө. Гэрэл зургийг Б. Батболд", "Б. Батболд", None),
    # ... and the father's initial glued to the given name by its stop, as Mongolian papers
    # write a name (a Cyrillic initial and surname the same); never a town's abbreviation
    ("Нуурын эрэг өвлийн өглөө. Гэрэл зургийг Д.Сарнай", "Д.Сарнай", None),
    ("Улица в центре города зимой. Фото: П.Смирнов/ТАСС", "П.Смирнов", "ТАСС"),
    ("Набережная в праздник. Фото: Н.Новгород", None, None),
    ("Встреча в мэрии. П.Смирнов", None, None),
    ("Šventė miesto aikštėje. Nuotraukų autorė Rūta Jonaitė", "Rūta Jonaitė", None),
    ("Koncertas bažnyčioje. Nuotraukos autorius Tomas Kazlauskas", "Tomas Kazlauskas", None),
    # Uzbek "Name surat-lavhasi" (Name's photo report), after a camera emoji too (c16x)
    ("Shahar ko'chalari bahorda. Jasur Karimov surat-lavhasi.", "Jasur Karimov", None),
    ("A town broadcaster's studio. Foto: Vallès Mèdia", None, "Vallès Mèdia"),
    # Russian, Ukrainian and Belarusian "медиа", "медіа", "медыя" are organisation words (c17u)
    ("Колонна на площади. Фото: Анна Лесная для «Северное медиа»", "Анна Лесная",
     "Северное медиа"),
    ("Ярмарка в центре. Фото: Вечірнє медіа", None, "Вечірнє медіа"),
    ("Ярмарка в центре. Фото: Медиа", None, None),
    # a Cyrillic legal form in capitals, then the company's name in quotes (c17u); a sole
    # trader (ИП) is a person, no company
    ("Двори прикрасили малюнками. Фото: КП «Містоблагоустрій»", None, "КП «Містоблагоустрій»"),
    ("Склад на окраине. Фото: ООО “Северный порт”", None, "ООО “Северный порт”"),
    ("Цех на окраине. Фото: ИП «Петров»", None, None),
    # a credit run into the description with no punctuation, closing it or opening it
    ("The red windmill of a Paris cabaret Benoit Tessier/Reuters", "Benoit Tessier", "Reuters"),
    ("A windmill at the Moulin Rouge/Reuters", None, None),
    ("Talks with president Emmanuel Macron/Reuters", None, None),
    ("ISSIFOU DJIBO / EPA Men lift a boy who waves two national flags.", "ISSIFOU DJIBO", "EPA"),
    ("John Smith/Getty Images Men lift a boy who waves two flags.", "John Smith", "Getty Images"),
    ("Ein Zug. © Ole Berg/\u200bAFP/\u200bGetty Images", "Ole Berg", "AFP"),
    ("Galaxies merge. (Image credit: Nova Collaboration)", None, "Nova Collaboration"),
    ("Dos hombres. Fotos: EL DIARIO/ AFP", None, "EL DIARIO"),
    ("Praca w magazynie / Źródło: Pixabay", None, "Pixabay"),
    ("The draft. Screenshot by Lia Chen/ONE Esports", "Lia Chen", "ONE Esports"),
    ("Pleno del Comité. Foto: Estudios Norte", None, "Estudios Norte"),
    ("UK news in pictures Swimmers run into the sea at dawn in Dorset PA", None, "PA"),
    ("Leaders arrive at a summit in Brussels AFP via Getty", None, "AFP"),
    ("A model presents a creation during Fashion Week Reuters", None, "Reuters"),
    ("The minister said the figures were confirmed to Reuters", None, None),
    ("Leaders meet. (Pool photo) (Yonhap)", None, "Yonhap"),
    # Korean papers' staff and agency credits closing a known caption
    ("시민들이 길을 건너고 있다. 홍길동 기자 hong@example.co.kr", "홍길동", None),
    ("눈 덮인 산 / 홍길동 기자", "홍길동", None),
    ("해가 솟고 있습니다. 고성=홍길동 기자", "홍길동", None),
    ("불꽃을 보는 시민들. ⓒ시사포커스 홍길동기자", "홍길동", "시사포커스"),
    ("시민들이 길을 건너고 있다. /뉴시스", None, "뉴시스"),
    ("시민들이 길을 건너고 있다 기자", None, None),  # a word of the sentence is no name
    # a name alone in the brackets closing a caption is its credit; a place's name is not
    ("Kaws in Doha (Melanie Sandicho)", "Melanie Sandicho", None),
    ("Protesters march through the city centre (Hong Kong)", None, None),
    ("Protesters march through the city centre (San Francisco)", None, None),
    ("Fans cheer the team (Manchester United)", None, None),
    # ... a surname that is also a given name, when the names data knows it as a surname too
    ("Gazelles graze near the oasis. (Ewan Stewart)", "Ewan Stewart", None),
    ("Two friends share a bench in the park. (Maria Anna)", None, None),
    # ... in Arabic letters, which have no capitals, a given name the names data knows opens it
    ("أزهار تتفتح في الحديقة مع الربيع (نبيل حداد)", "نبيل حداد", None),
    ("أزهار تتفتح في الحديقة مع الربيع (وزارة الزراعة)", None, None),
    # papers' own house styles: a name and the paper in square brackets, the paper's acronym and
    # "PHOTO:", "photo by" one name, a file photo, a paper named by a word of its title
    ("A man cooks in a Nairobi street. [Elvis Ogina, Standard]", "Elvis Ogina", "Standard"),
    ("Lanterns. [China Daily, Beijing]", None, None),
    ("Supporters at a food centre. ST PHOTO: SHINTARO TAY", "SHINTARO TAY", "ST"),
    ("Supporters at a food centre. MAIN PHOTO: SHINTARO TAY", "SHINTARO TAY", None),
    ("Supporters at a food centre. Family photo: Ana Lima", "Ana Lima", None),
    ("Runners at the marathon on Friday.— KT photo by Shihab", "Shihab", "KT"),
    ("Runners at the marathon on Friday. KT photo by File", None, None),
    ("The revolt, shot in 1986 by its chief photographer. INQUIRER FILE PHOTOS", None, "INQUIRER"),
    ("A county director hugs her mother. Eric Albrecht | Columbus Dispatch", "Eric Albrecht",
     "Columbus Dispatch"),
    ("Interior design by a Sonoma firm, Sonoma CA. Photo: Thomas Kuoh.", "Thomas Kuoh", None),
    # person or organisation, where the names data decides
    ("A crash. (Bild: Kantonspolizei Thurgau)", None, "Kantonspolizei Thurgau"),
    ("A tree planted. (Foto: Stadt Gotha)", None, "Stadt Gotha"),
    # a Swiss cantonal police's short name, a German police compound opening with "Polizei"
    # (c16g): a body, never a person ("Polizeirevier Nordstadt/dpa" read a photographer)
    ("A car on its roof after the crash. © Kapo TG", None, "Kapo TG"),
    ("A house after the blast. Bild: Polizeirevier Nordstadt/dpa", None, "Polizeirevier Nordstadt"),
    ("A gadget. (Image credit: Best Buy)", None, "Best Buy"),  # the company gazetteer knows it
    # a listed company whose photo it is, as trade papers credit a maker's handout (c16t); a
    # listed word the names data knows as a surname stays unread
    ("A jet on the ramp. (Sony photograph by Ivo Tamm)", "Ivo Tamm", "Sony"),
    ("A gadget on a desk. Best Buy photo", None, "Best Buy"),
    # the trade press's yards and makers are organisations (c16t)
    ("A tug at the quay. (Harbor Point Shipyard file image)", None, "Harbor Point Shipyard"),
    ("A drill rig. Photo: Ivo Tamm/Kestrel Mining", "Ivo Tamm", "Kestrel Mining"),
    # a lender's courtesy in brackets after the photographer under a lead-in: the outlet (c16t)
    ("A jet on the ramp. [Photo credit: I. Tamm (Courtesy Kestrel Air)]", "I. Tamm", "Kestrel Air"),
    ("A sculpture. Image: Lea Moss (Courtesy of the artist)", "Lea Moss", None),
    # lower-case job or kinship words after "Photo by", before the name (c16t); not after a
    # lead-in naming a source
    ("A jobsite at dawn. Photo by fellow project engineer Ivo Tamm.", "Ivo Tamm", None),
    ("A jobsite at dawn. Credit: fellow project engineer Ivo Tamm", None, None),
    # ... a role or kinship noun last before the name (`TAKER_ROLE_NOUNS`), so no preposition's
    # object ("Foto de arquivo de Name" is a file picture of Name, below)
    ("A jobsite at dawn. Photo by my colleague Ivo Tamm", "Ivo Tamm", None),
    ("A pickup in the yard. Ford photo", None, None),
    ("A patrol boat at speed. (Photo: U.S. Coast Guard by Petty Officer 2nd Class Lea Moss)",
     "Lea Moss", "U.S. Coast Guard"),
    ("A patrol boat at speed. Photo: Lea Moss by Ivo Tamm", None, None),
    ("A derrick at dusk. Photo © copyright by Rolf K. Amsel.", "Rolf K. Amsel", None),
    ("A derrick at dusk. Copyright by the author.", None, None),
    ("A bishop. Foto: Lena Park, Bistum Trier", "Lena Park", "Bistum Trier"),
    ("A lake. © Österreich Werbung / Anna Berg", "Anna Berg", "Österreich Werbung"),
    ("A session. © Bundesrat | Karl Weiß", "Karl Weiß", "Bundesrat"),
    ("A trader. Ida Graf | Bloomberg | Getty Images", "Ida Graf", "Bloomberg"),
    ("A heat pump. © Getty Images/iStockphoto/mrwhite", "mrwhite", "Getty Images"),
    ("Oil pumps. Bild: OleB/Shutterstock.com", "OleB", "Shutterstock.com"),
    ("A festival stage. (Foto: FKP Scorpio)", None, "FKP Scorpio"),
    ("A teardown. (Foto: iFixit)", None, "iFixit"),
    ("A timber yard (Foto: Deutsches Museum, München, Archiv, BN123)", None, None),
    # "archive" in more languages marks nobody; a web address after it is the site
    ("Gradski trg. Foto: Arhiv/Primjer.ba", None, "Primjer.ba"),
    ("Plac Zamkowy. Fot. Archiwum/PAP", None, "PAP"),
    # "for" in the lexicon's other languages before an outlet beyond it
    ("Улица зимой. Фото: Анна Петрова для КД", "Анна Петрова", "КД"),
    ("渔网晾晒。新华社发(王芳 摄)", "王芳", "新华社"),
    ("农民在地里录制视频 王芳 摄", "王芳", None),  # one name and 摄 after a space close it
    ("Un misil (Ministerio de Defensa de Chile vía AP)", None, "Ministerio de Defensa de Chile"),
    ("A pupil at a test (mrwhite/iStock)", "mrwhite", "iStock"),
    ("Ein Spieler. Quelle: Juergen Weiß", "Juergen Weiß", None),
    ("A parade (Symbolbild: Ida Graf/Shutterstock)", "Ida Graf", "Shutterstock"),
    # a name and an initial beside an agency or library
    ("Ein Ball. APA/Wimmer K.", "Wimmer K", "APA"),
    ("Ein Ball. (Foto: Lena P./Shutterstock)", "Lena P", "Shutterstock"),
    ("Ein Ball. Vitamin D", None, None),  # no agency, no name
    # licence notes are no part of the credit
    ("Old town. Foto: Mara Voss | flickr | CC BY-SA 2.0", "Mara Voss", "flickr"),
    ("Old town. Foto: CC-BY-NC 2.0 Mara Voss", "Mara Voss", None),
    ("Old town. Photo: Mara Voss/Wikimedia Commons, Lizenz: CC BY 4.0", "Mara Voss",
     "Wikimedia Commons"),
    ("Old town. (Mara Voss/Reuters) (Unsplash License)", "Mara Voss", "Reuters"),
    ("Old town. CC BY 2.0", None, None),
    # the first outlet of a chain is the photographer's
    ("Goal! Lena Park/Bongo Sports/Getty Images", "Lena Park", "Bongo Sports"),
    ("Goal! Lena Park/Bongo/Getty Images", "Lena Park", "Bongo"),
    ("Goal! Lena Park/AFP Pool/Getty Images", "Lena Park", "AFP"),
    ("Skiers. Ned Hale/WPA Pool/Getty Images", "Ned Hale", "Getty Images"),
    # a name after a title and a comma is the title holder's
    ("El presidente de Francia, Jean Dupont / EFE", None, "EFE"),
    ("The prime minister of Ruritania, Ana Lima/AFP", None, None),
    ("A photo of the pier, Ana Lima/AFP", "Ana Lima", "AFP"),
    ("The prime minister of Ruritania. Ana Lima/AFP", "Ana Lima", "AFP"),
    # national agencies, broadcasters, listed agencies, a photo noun before a known outlet
    ("Ein Chor. Foto: Karla Weiß/epd-bild", "Karla Weiß", "epd-bild"),
    ("A stage. Bild © Karla Weiß/hr", "Karla Weiß", "hr"),
    ("Una fiesta. (Foto: Andina)", None, "Andina"),
    ("Uma festa. Foto: Rui Costa/Lusa", "Rui Costa", "Lusa"),
    ("Petra Müller/AFP", "Petra Müller", "AFP"),  # an agency's name may still be a given name
    ("Ein Rutsch. Foto: REUTERS, NTB", None, "REUTERS"),  # listed agencies: the first
    ("A bowl of oats. Photo Shutterstock", None, "Shutterstock"),
    # a surname the names data knows, glued to an agency, is the photographer
    ("A goal in the rain. Fischer/AFP", "Fischer", "AFP"),
    ("A goal in the rain. (Quelle: Hoffmann/Unsplash/DJV)", "Hoffmann", "Unsplash"),
    ("A goal in the rain. Fischer / AFP", None, "AFP"),  # spaced: perhaps the subject
    ("A goal in the rain. Maria/AFP", None, None),  # a given name alone is no credit
    ("A goal in the rain. Zorblex/AFP", None, None),  # no surname the names data knows
    # a picture's place between the names; an archive named as an organisation
    ("Two singers. (Photos by Lena Park, left, and Ned Von Hale/Invision/AP)",
     "Lena Park; Ned Von Hale", "Invision"),
    ("Two singers. Photos: Lena Park, right, and Ned Hale/AP", "Lena Park; Ned Hale", "AP"),
    ("Jan Novak, photo: Archives du Gouvernement tchèque", None,
     "Archives du Gouvernement tchèque"),
    ("A man. Foto: Archivo El País", None, "El País"),  # the archive of El País
    ("A man. Foto: Archivo Particular", None, None),  # a private archive: nobody named
    # a credit announced by a lead-in that reads as nothing whole yields nothing, not a piece
    ("A lake. © ZORB - Lena Park / Quarkwerk", None, None),
    ("A lake. © ZORB - Lena Park / Quarkwerk. Ned Hale/AFP", "Ned Hale", "AFP"),
    ("Photo: the harbour at dawn, REUTERS/Ned Hale", "Ned Hale", "REUTERS"),
    # a lone word too short to tell a company from a pen name or a signature
    ("A cartoon of the minister. © Zub", None, None),
    ("A cartoon of the minister. Credit: Quarkwerk", None, "Quarkwerk"),
    # a list after a lead-in of a company the gazetteer names and a title "The" opens names
    # the first; a bar and the photos an illustration was made from after a chain are set aside
    ("A film's still. Image: Netflix, The Daily Harbour", None, "Netflix"),
    # ... but a company's legal form after a comma is part of its name, no second organisation
    ("A lander's concept. (Image credit: Quillon Nano-Satellite Systems, Inc.)", None,
     "Quillon Nano-Satellite Systems, Inc"),
    ("An illustration. Image: Lena Park / The Daily Harbour | Photo from Getty Images",
     "Lena Park", "The Daily Harbour"),
    # listed organisations after a lead-in: the first; anything else in the list: nothing
    ("Gift cards. Credit: Quarkwerk Games, ONE Esports", None, "Quarkwerk Games"),
    ("Two nebulae. Image: NASA, Ruritanian Space Agency", None, "NASA"),
    ("A vinyl figure. Credit: Quarkwerk Pop, ONE Esports", None, None),
    ("A vinyl figure. Credit: Zorbex Qwelm, Quarkwerk Games", None, None),
    # a staff signature whose address spells a paper the authority knows
    ("Tourists on the beach. Lena A Park lpark@miamiherald.com", "Lena A Park", "Miami Herald"),
    ("Tourists on the beach. Lena Park lpark@gmail.com", "Lena Park", None),
    ("Tourists on the beach. Lena Park lpark@news.zorbexherald.com", "Lena Park", None),
    # a photographer and whose archives the picture comes from
    ("A street in spring. Photo: Lena Park Archives Le Quotidien", "Lena Park", "Le Quotidien"),
    ("A street in spring. Photo: Zorbex Qwelm Archives Le Quotidien", None, None),
    ("A street in spring. Photo: Lena Park Archives Ned Hale", None, None),
    # the photographer's country after the name, in brackets or after a comma, as award pages
    # list their winners (Turkish country names too): no outlet; opening the caption, the
    # bracket closes the credit before the contest's category; a subject's country before a
    # sentence reads nothing (c17t)
    ("Bir tilki karda avlanıyor. Fotoğraf: Derya Akın (Kanada)", "Derya Akın", None),
    ("Fotoğraf: Derya Akın (Belçika ve Hollanda) Okyanus kategorisi", "Derya Akın", None),
    ("Fotoğraf: Derya Akın (Yunanistan). Altın ödül, kuşlar. Yer: Ege kıyısı.", "Derya Akın",
     None),
    ("Foto: Ece Tunalı (Türkiye) ve bakan görüştü.", None, None),
    # Turkish "Fotoğrafçı:" (photographer) among a winner's labelled fields: the place's field
    # after it is no part of the credit (c17t)
    ("Başlık: Sabah Sisi Fotoğrafçı: Derya Akın (Fransa) Konum: Göl kıyısı, Bolu", "Derya Akın",
     None),
    ("Eserin adı: Sis Fotoğrafçı: Derya Akın, İtalya Konum: Lazio, İtalya", "Derya Akın", None),
    ("Title: Morning Fog Photographer: Lena Park Location: the old harbour", "Lena Park", None),
    # a contest's entry as title, photographer, country and award set apart by spaced dashes;
    # not without a country or a capitalised award (c17t)
    ("Sis - Derya Akın - Türkiye - Yılın Doğa Fotoğrafı Ödülü", "Derya Akın", None),
    ("Final - Derya Akın - Galatasaray - Yılın Spor Ödülü", None, None),
    ("Paris - Lena Park - Fransa - zirve ödülü", None, None),
]


@pytest.mark.parametrize(("text", "photographer", "outlet"), READS)
def test_the_grammar_reads_credits_as_the_wires_write_them(
        text: str, photographer: str | None, outlet: str | None) -> None:
    credit = find_credit(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize("text", [
    # unsure: nothing rather than a guess (an outlet no list knows; "Le Soir", which the news
    # outlets list names, is read: tests/test_captions.py)
    "A rally captured by Le Matinal’s Anaïs Petit.",
    # prose that mentions photos, cameras or agencies
    "The agency said the photo was taken by a drone over the harbour.",
    "Reuters reported that the photographs had been released by the ministry.",
    "She bought a Leica from a dealer in Vienna and photographed her family with it.",
    "Imágenes de la protesta circularon en las redes sociales durante la noche.",
    "Фото с места событий публикуют местные жители.",
    "Директор ООО «Вектор» сообщил об этом журналистам.",
    "The photo agency AFP and the Associated Press both withdrew the image on Monday.",
    "Getty and Shutterstock compete for the same customers, analysts say.",
    "WASHINGTON (AP) — The Senate voted on Tuesday.",
    "Israel/Gaza: what we know so far.",
])
def test_prose_yields_no_credit(text: str) -> None:
    assert find_credit(text) == Credit()


@pytest.mark.parametrize("text", [
    "Reuters reported the strike. (Reuters)",
    "The minister spoke in Seoul on Monday (Yonhap)",
    "Swimmers run into the sea at dawn in Dorset PA",
    "정부는 새 대책을 다음 달 발표할 예정이라고 밝혔다. 홍길동 기자",  # a story's byline
    "정부는 새 대책을 다음 달 발표할 예정이라고 밝혔다. /홍길동 기자 hong@example.co.kr",
    "An exhibition of new work opens on Friday (Anna Berg)",
    "The agency said the photo was taken by a drone over the harbour.",
    # a reference list's entry: the link's slashes after its full stop are no credit's chain
    "(n.d.). Charting the harbour's tides. Quillmark Blog. https://quillmark.example/blog/tides",
    # a story's byline of labelled text roles: its copyright is the story's (lead, session 20)
    "Pewarta: Lina Sari Editor: Budi Hakim Copyright © ANTARA 2025",
    "Reporter: Lina Sari Editor: Budi Hakim © Harbour Daily 2025",
])
def test_a_lone_agency_or_prose_does_not_make_a_paragraph_a_caption(text: str) -> None:
    assert not is_caption(text)


@pytest.mark.parametrize("text", ["— Maya T", "— Rohan D.", "Maya T"])
def test_a_signature_closed_by_an_initial_is_no_credit(text: str) -> None:
    """A reader's or a client's signature under a testimonial ("— Maya T") is shaped like a
    South Indian name closed by an initial, which is read only after a photo lead-in or before
    an outlet (c20i)."""
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (None, None)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    ("© Karl Weiß (KNA)", "Karl Weiß", "KNA"),
    ("Foto: Ida Graf (OC Ljubno)", "Ida Graf", "OC Ljubno"),
    ("© Karl Weiß (15.01.2022)", "Karl Weiß", None),  # a day in brackets is no agency
    ("Fotoğraf: Derya Akın (ABD)", "Derya Akın", None),  # the photographer's country (c17t)
    # the BBC Turkish service's "Kaynak," (source) before the picture's credit (c17t)
    ("Kaynak, Derya Akın", "Derya Akın", None),
    ("Kaynak, Getty Images", None, "Getty Images"),
])
def test_a_credit_element_reads_the_agency_in_brackets(text: str, photographer: str | None,
                                                      outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a story's byline, outlet and dateline, before a photo lead-in in one credit element, as
    # Iraqi sites copy Alsumaria's ("Outlet / City / تصوير: Name"): the lead-in opens the
    # picture's credit, whatever the links before it (c17a)
    ("قناة المدينة / البصرة / تصوير: سامر حداد", "سامر حداد", None),
    ("Harbour Weekly / Basra / Photo: Lina Haddad", "Lina Haddad", None),
    # ... without a lead-in, two unread links before a chain's end still read as nothing
    ("Skyward | Q+ | Getty Images", None, None),
])
def test_a_byline_chain_before_a_photo_lead_in(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    assert read_credit_line(text) == Credit(photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a Korean credit element naming the paper, then its reporter: the paper is the outlet, a
    # press name ending or opening as Korean press names do (c18j)
    ("동해일보 한지민 기자", "한지민", "동해일보"),
    ("뉴스한빛 한지민 기자", "한지민", "뉴스한빛"),
    ("연합뉴스 한지민 기자", "한지민", "연합뉴스"),
    # ... a place before the reporter is no paper, nor the word "news" alone
    ("속초 한지민 기자", None, None),
    ("뉴스 한지민 기자", None, None),
])
def test_a_korean_paper_and_its_reporter(text: str, photographer: str | None,
                                         outlet: str | None) -> None:
    assert read_credit_line(text) == Credit(photographer, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # a camera emoji for the lead-in, as pages written for social media sign a picture
    # ("📸Name", a Zambian news blog; "📷 Name", a Bissau blog) (c14f)
    ("📸Tanu Mbeza", "Tanu Mbeza"),
    ("📷 Tanu Mbeza", "Tanu Mbeza"),
    # ... the emoji alone, or before no name, names nobody
    ("📸", None),
    ("📷 by the river", None),
])
def test_a_camera_emoji_leads_a_credit_element(text: str, photographer: str | None) -> None:
    assert read_credit_line(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a given name the names data lacks before a surname it knows: a person, in a credit element
    # or in the brackets closing a caption
    ("Zorvan Morrison", "Zorvan Morrison", None),
    ("ZORVAN MORRISON", "ZORVAN MORRISON", None),
    ("[Zorvan Morrison, Standard]", "Zorvan Morrison", "Standard"),
    # ... not when the surname is a country's name or a short word, as in a brand's name
    ("Brightwave Ireland", None, None),
    ("Zorvo Pop", None, None),
])
def test_a_known_surname_vouches_for_a_two_word_name(text: str, photographer: str | None,
                                                     outlet: str | None) -> None:
    credit = read_caption(f"A boy fetches water in the village. {text}") if text[0] == "[" \
        else read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    ("Walt Disney Co.", None, "Walt Disney Co"),
    ("Foto: Siemens AG", None, "Siemens AG"),
    ("Photo: Co Rentmeester", "Co Rentmeester", None),  # "Co" opening a name is a given name
    ("Ramon Co", "Ramon Co", None),  # and closing two words, perhaps a surname
    ("Credit: 20th Century Fox", None, "20th Century Fox"),  # no person's name opens with a number
    ("Foto: Ministerio de Defensa nacional", None, "Ministerio de Defensa nacional"),
    ("Foto: Senado de la República meets the court president", None, None),  # prose, not a name
    # after a lead-in that names a source, or alone in credit markup: a company...
    ("Image: Quarkwerk", None, "Quarkwerk"),
    ("Credit: Zorblex", None, "Zorblex"),
    ("Quelle: Vantrix", None, "Vantrix"),
    ("© Pellucid", None, "Pellucid"),
    ("Courtesy Wintergrün", None, "Wintergrün"),
    ("Zorblex", None, "Zorblex"),
    # ...unless the names data knows the word as a surname or a given name
    ("Image: Schneider", None, None),
    ("Credit: Hutchinson", None, None),
    ("Bildquelle: Fischer", None, None),
    ("© Claudia", None, None),
    # after "Foto:" or "Photo:" a lone word may be any surname: nothing
    ("Foto: Zorblex", None, None),
    ("Photo: Vantrix", None, None),
    # credit vocabulary names nobody
    ("Image: Supplied", None, None),
    ("Foto: Divulgação", None, None),
    # ... nor does Portuguese "supplied" or "lent" (c16p)
    ("Fonte: Fornecido", None, None),
    ("Foto: Imagem cedida", None, None),
    ("Bild: Hersteller", None, None),
    # lower case is no company's name here; capitals are read as an acronym, as before
    ("Image: quarkwerk", None, None),
    # "name, outlet" takes a person only where the names data vouches for the name
    ("Credit: Quarkwerk Toys, Esports Hub", None, None),
    ("Credit: Lena Park, Esports Hub", "Lena Park", "Esports Hub"),
    # a business named in the possessive is no person
    ("(Image credit: Ned's Garage)", None, "Ned's Garage"),
    ("Photo: Quillby’s", None, "Quillby’s"),
    # after a photo lead-in, a name the given-names data lacks, vouched for by its surname
    ("Foto: Quill Moore", "Quill Moore", None),
    ("A tram. (Picture by Quill Hutchinson.)", "Quill Hutchinson", None),
    # ... and after a source lead-in, unless the surname is short, as a brand's last word may be
    ("Credit: Quill Moore", "Quill Moore", None),
    ("Credit: Quill Pop", None, None),
    ("Foto: Quill Zorblex", None, None),  # no surname the names data knows
    # a company word before organisations, after a source lead-in only
    ("Credit: Zorbex/The Steppe Times", None, "Zorbex"),
    ("Foto: Zorbex/The Steppe Times", None, None),
    ("Credit: Hoffmann/The Steppe Times", "Hoffmann", "The Steppe Times"),  # a known surname
])
def test_what_makes_a_credited_name_a_company(text: str, photographer: str | None,
                                                       outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # one capitalised word after a name and a comma may be a place: no outlet is made of it
    ("A rally in the capital. Photo: Jane Doe, Kyiv", None, None),
    ("A quay in the port. Foto: Max Mustermann, Hamburg", None, None),
    ("A rally. Photo: Jane Doe, The Kyiv Independent", "Jane Doe", "The Kyiv Independent"),
    # ... and the reverse after a photo lead-in: a known outlet, a comma, a vouched person
    # ("(Foto: SWR, Name)", the ARD regional pages) (c16g); a place after the outlet names no one
    ("A ferry at the pier. (Foto: NDR, Jonas Hellwig)", "Jonas Hellwig", "NDR"),
    ("A ferry at the pier. Photo: AP, London", None, None),
    # nor is one word before a slash an outlet unless it reads as one (capitals, the lexicon)
    ("A mural of a guerrilla leader. Havana, Cuba/Jane Doe", None, None),
    ("A market. Semafor/Jane Doe", None, None),
    ("A market. POLITICO/Jane Doe", "Jane Doe", "POLITICO"),
    # a list of names with a comma: each must open with a known given name
    ("Fans in the square. Buenos Aires, Jane Doe/AFP", "Jane Doe", "AFP"),
    ("Road works. Jane Doe, John Smith/Reuters", "Jane Doe; John Smith", "Reuters"),
    # an organisation's compound or a town's office is no person
    ("A ward. Foto: Universitätsklinikum Jena", None, "Universitätsklinikum Jena"),
    ("Une place. Photo : Ville de Lyon", None, "Ville de Lyon"),
    ("Una plaza. Foto: Alcaldía de Medellín", None, "Alcaldía de Medellín"),
    # an archive word or "DR" (droits réservés) alone names nobody
    ("A square. (Foto: Archiv)", None, None),
    ("Una plaza. (Foto: Archivo particular)", None, None),
    ("Uma praça. Foto: Arquivo/Agência O Globo", None, "Agência O Globo"),
    ("Une place. Photo : DR", None, None),
    ("Une place. © DR", None, None),
    # a photo noun of any language is never part of a name
    ("Een visser. Beeld Jan de Vries", "Jan de Vries", None),
    # a continent closing a name is no given name vouching for a person ("Oxfam America"):
    # beside a person it is the outlet
    ("A well. Photo: Zorvex America", None, None),
    ("A well in the village. Photo by Petr Ulvang/Zorvex America", "Petr Ulvang",
     "Zorvex America"),
    # the pictures a collage was made from, after its credit and "; sources:", are no credit
    ("A collage. Lena Park/The Harbour Review; sources (from left): Getty Images, "
     "Jane Doe/Reuters", "Lena Park", "The Harbour Review"),
    # a Chinese organisation's name is no person's
    ("广场一角。图/人民网", None, "人民网"),
    ("广场一角。（图片来源：新华社）", None, "新华社"),
])
def test_a_reading_on_weak_evidence_yields_nothing(text: str, photographer: str | None,
                                                   outlet: str | None) -> None:
    assert find_credit(text) == Credit(photographer, outlet)


@pytest.mark.parametrize(("text", "outlet"), [
    # a credit word inside the name read means the credit was misread: the slot stays empty
    ("Glasshouse Hotel courtesy", None),
    ("사진 해양재단", None),
    # ... but an agency's name may hold a photo noun, as a person's may not
    ("Panos Pictures", "Panos Pictures"),
])
def test_a_credit_element_names_no_outlet_that_holds_a_credit_word(text: str,
                                                                   outlet: str | None) -> None:
    assert read_credit_line(text).outlet == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a handle: the photographer after a lead-in naming who took the picture, the outlet after
    # one naming a source, nothing in bare credit markup (read_credit_line below)
    ("A surfer at dawn. Photo: @lena.waves", "@lena.waves", None),
    ("A model on the beach. Фото @lena.waves", "@lena.waves", None),
    ("A patrol boat on the quay. (Image: @HarbourPolice)", None, "@HarbourPolice"),
    ("A model on the beach. Credit: @lena.waves", None, "@lena.waves"),
    ("A poster on the wall. Follow us @harbourtimes", None, None),
    # a user of a platform, as of a stock library
    ("Nets on the quay. Photo: @janedoe/Instagram", "@janedoe", "Instagram"),
    ("Nets on the quay. Photo: Twitter/@janedoe", "@janedoe", "Twitter"),
    ("Skulls in a case. Credit: DrJaneRoe/Wikipedia", "DrJaneRoe", "Wikipedia"),
    ("A still from the footage. (Screenshot/Telegram)", None, "Telegram"),
    # ... but a web address is a source, never a user ("president.gov.ua")
    ("A flag. Foto: kremlin.gov.ru , via Wikimedia Commons", None, "kremlin.gov.ru"),
    # Getty's sports style: a name, a hyphen, the outlet and the image agency
    ("Players warm up. Ann Lee - The FA/The FA via Getty Images", "Ann Lee", "The FA"),
    ("Players warm up. Ann Lee - Danehouse/Getty Images", "Ann Lee", "Danehouse"),
    ("Kylian Mbappé - Paris Saint-Germain", None, None),
    # venues and firms named after a place or a founder are no people
    ("Sea lions. Photo: Santa Barbara Zoo", None, "Santa Barbara Zoo"),
    ("A robot arm. Photo: Virginia Tech", None, "Virginia Tech"),
    ("A film still. Image: Warner Bros.", None, "Warner Bros"),
])
def test_handles_platforms_and_venues(text: str, photographer: str | None,
                                      outlet: str | None) -> None:
    assert (find_credit(text).photographer, find_credit(text).outlet) == (photographer, outlet)


def test_a_handle_alone_in_credit_markup_names_nobody() -> None:
    assert read_credit_line("@lena.waves") == Credit()
    assert read_credit_line("Photo: @lena.waves") == Credit("@lena.waves", None)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a credit opening a caption and run into its sentence
    ("dpa/Jane Roe Prices rise again in May, vans most of all.", "Jane Roe", "dpa"),
    ("Photo: Ana Lima The minister looks on as the chief speaks at a forum.", "Ana Lima", None),
    ("Lena Park/imagebank.example.se Boil water from streams before drinking.", "Lena Park",
     "imagebank.example.se"),
    ("Jane Doe Smith Says The Market Will Recover.", None, None),  # no outlet, no lead-in
    # more than four capitalised words are no name
    ("EU/UK Talks Resume In Brussels This Week And Next.", None, None),
    # "/via" as "via"
    ("Smoke over the city. Jane Doe/Instagram/via REUTERS", "Jane Doe", "Instagram"),
    ("Smoke over the city. Social media/via REUTERS", None, "REUTERS"),
    # "for" and a dash before one word need that word to read as an outlet by itself
    ("Flowers laid in tribute. Thank you, Amy Winehouse for Camden", None, None),
    ("A rally. Jane Doe for Politico", "Jane Doe", "Politico"),
])
def test_opening_credits_via_and_affiliations(text: str, photographer: str | None,
                                              outlet: str | None) -> None:
    credit = find_credit(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


def test_a_lone_company_closes_a_caption_after_a_source_lead_in() -> None:
    assert find_credit("A press shot of the new model (Bild: Quarkwerk)") == Credit(
        None, "Quarkwerk")
    assert find_credit("A press shot of the new model. Foto: Quarkwerk") == Credit()
    assert not is_caption("Quarkwerk")


def test_an_acronym_after_a_bar_closes_a_known_caption() -> None:
    assert read_caption("La jueza en la sala del tribunal. | ZPN").outlet == "ZPN"
    assert read_caption("La jueza en la sala del tribunal. | VIDEO").outlet is None
    assert read_caption("La jueza en la sala | ZPN").outlet is None  # no sentence closed before
    assert not is_caption("La jueza en la sala del tribunal. | ZPN")  # the caption test: no


def test_a_staff_signature_names_the_photographer() -> None:
    assert find_credit("Shoppers at the mall. Lena Park lpark@example-herald.com") == Credit(
        "Lena Park")
    assert read_credit_line("Lena Park lpark@example-herald.com") == Credit("Lena Park")
    assert find_credit("For details write to info@example.com") == Credit()


def test_an_address_names_an_outlet_only_when_its_domain_spells_one() -> None:
    assert domain_outlet("lpark@miamiherald.com") == "Miami Herald"
    assert domain_outlet("lpark@photo.miamiheraldnews.co") is None  # spells no name whole
    assert domain_outlet("lpark@ap.org") is None  # too short to be sure it spells "AP"
    assert domain_outlet("lpark@dailyexample.com", "The Daily Example") == "The Daily Example"
    assert domain_outlet("lpark@thedailyexample.com", "The Daily Example") == "The Daily Example"
    assert domain_outlet("lpark@theguardian.com") == "The Guardian"
    assert domain_outlet("lpark@example.com", "The Daily Example") is None


def test_a_credit_element_in_brackets_or_with_an_empty_lead_in() -> None:
    assert read_credit_line("(Quarkwerk Toy Co.)") == Credit(None, "Quarkwerk Toy Co")
    assert read_credit_line("[Lena Park / Reuters]") == Credit("Lena Park", "Reuters")
    assert read_credit_line("(Bild: )") == Credit()  # not the German paper "Bild"
    assert read_credit_line("Photo:") == Credit()
    assert read_credit_line("(Lena Park) (AP)") == Credit(None, "AP")  # two groups: not one


def test_via_keeps_the_distributor() -> None:
    parts = read_caption("Smoke. MAHMUD HAMS/AFP via Getty Images")
    assert (parts.photographer, parts.outlet, parts.via) == ("MAHMUD HAMS", "AFP",
                                                             "Getty Images")
    assert read_caption("Smoke. Handout via REUTERS").via is None  # the distributor is the outlet


def test_getty_after_a_dash_is_the_distributor() -> None:
    """NBC News sets Getty Images after a dash ("Name / AFP - Getty Images"); another word
    after the dash is no distributor."""
    parts = read_caption("A rocket lifts off. Lena Moss / AFP - Getty Images")
    assert (parts.photographer, parts.outlet, parts.via) == ("Lena Moss", "AFP", "Getty Images")
    assert read_credit_line("Lena Moss/AFP - the launch").via is None


@pytest.mark.parametrize(("published", "shown"), [
    ("EVAN VUCCI", "Evan Vucci"), ("PIROSCHKA VAN DE WOUW", "Piroschka van de Wouw"),
    ("JANE O'BRIEN", "Jane O'Brien"), ("JEAN-PIERRE MCCANN JR", "Jean-Pierre McCann Jr"),
    ("J. SCOTT APPLEWHITE", "J. Scott Applewhite"), ("Kim Min-jun", "Kim Min-jun"),
    ("王芳", "王芳"), ("ATEF SAFADI III", "Atef Safadi III"), ("AP", "AP"),
])
def test_names_published_in_capitals_are_shown_in_their_usual_case(published: str,
                                                                    shown: str) -> None:
    assert display_name(published) == shown


@pytest.mark.parametrize(("written", "canonical"), [
    ("AP", "AP"), ("The Associated Press", "AP"), ("Associated Press", "AP"), ("AP Photo", "AP"),
    ("AFP PHOTO", "AFP"), ("Agence France-Presse", "AFP"), ("REUTERS", "Reuters"),
    ("Thomson Reuters", "Reuters"), ("رويترز", "Reuters"), ("EPA-EFE", "EPA"), ("epa", "EPA"),
    ("新华社", "Xinhua"), ("ТАСС", "TASS"), ("NYT", "The New York Times"),
    ("Politico", "Politico"), ("The Daily  Example", "The Daily Example"),
    ("ロイター", "Reuters"), ("アフロ", "Aflo"), ("뉴시스", "Newsis"),
    ("USATSI", "USA TODAY Sports"), ("ICI Radio-Canada", "Radio-Canada"),
    ("Corbis Images", "Corbis"),
    # spellings of the session 8 pages: Ukrainian, Arabic, Chinese, Bulgarian, Hebrew
    ("УНІАН", "UNIAN"), ("غيتي إيماجز", "Getty Images"), ("中央社", "Central News Agency"),
    ("БГНЕС", "BGNES"),
    ("פלאש 90", "Flash90"), ("EUROKINISSI", "Eurokinissi"),
    # picture agencies of English-language regional papers (session 10, c13e)
    ("Rollingnews", "RollingNews.ie"), ("Inpho", "INPHO"), ("Barcroft", "Barcroft Media"),
    ("African News Agency (ANA)", "African News Agency"), ("Postmedia News", "Postmedia"),
    # agencies and papers of the session 10 block of Asia, Africa and the Middle East (c13x)
    ("BERNAMAPIC", "Bernama"), ("Saudi Press Agency", "SPA"), ("The National", "The National"),
    # Israeli papers' credits (session 13, c13b): Reuters in Hebrew, the Government Press
    # Office by its Hebrew initials, Globes by its Hebrew name
    ("רויטרס", "Reuters"), ("לע\"מ", "GPO"), ("Government Press Office", "GPO"),
    ("גלובס", "Globes"),
    # broadcasters of Australia, New Zealand, the Pacific and Canada (session 15, c15o)
    ("RNZI", "RNZ"), ("Radio New Zealand", "RNZ"), ("1 News", "1News"),
    ("Australian Broadcasting Corporation", "ABC News"), ("SBS News", "SBS"),
    ("Pacific Media Network", "PMN News"), ("CTV", "CTV News"), ("Nine News", "9News"),
    ("www.photosport.nz", "Photosport"), ("AAP PHOTOS", "AAP"),
    ("Pacific Community (SPC)", "Pacific Community"), ("SPC", "Pacific Community"),
    # sports and entertainment picture agencies of Europe and Latin America (session 19, lead)
    ("GEPA", "GEPA pictures"), ("Iconsport", "Icon Sport"), ("Soccrates", "Soccrates Images"),
    ("Eibner", "Eibner-Pressefoto"), ("SVEN SIMON", "Sven Simon"), ("Inquam", "Inquam Photos"),
])
def test_one_canonical_name_per_outlet(written: str, canonical: str) -> None:
    assert canonical_outlet(written) == canonical


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a photo agency's name after a CJK lead-in is the outlet, never a person
    ("写真/アフロ", None, "アフロ"),
    # a lone image agency closing a caption is its credit
    ("The shortstop turns a double play. USATSI", None, "USATSI"),
    # regional papers' picture agencies after a lead-in, alone or after the photographer
    ("Fans on the terrace at the final. Picture: Ann Roe, Sportsfile", "Ann Roe", "Sportsfile"),
    ("The accused leaves court on Monday. Picture: Diimex", None, "Diimex"),
    ("Pupils at the gates of the school. Source: Tom Hale/INPHO", "Tom Hale", "INPHO"),
    ("Forests are at risk, a watchdog says. – BERNAMAPIC", None, "BERNAMAPIC"),
    ("The minister visited the mosque on Sunday. (SPA)", None, "SPA"),
    ("The team impressed in Oman. Photo: Jane Roe for The National", "Jane Roe", "The National"),
    # an agency named after its founder stands before the photographer ("Foto: Sven Simon/
    # Name"), and a sports agency's name alone after a lead-in or a copyright sign is the
    # credit (session 19, lead)
    ("Der Kapitän jubelt. Foto: Sven Simon/Karl Beispiel", "Karl Beispiel", "Sven Simon"),
    ("Der Kapitän jubelt. Foto: Jan Huebner/Karl Beispiel", "Karl Beispiel", "Jan Huebner"),
    ("The keeper saves a penalty. © Icon Sport", None, "Icon Sport"),
    ("La actriz en el estreno. Foto: Gtres", None, "Gtres"),
    ("Premierul la tribună. Foto: Ion Exemplu/Inquam Photos", "Ion Exemplu", "Inquam Photos"),
])
def test_agencies_added_to_the_authority(text: str, photographer: str | None,
                                         outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


def test_aliases_of_an_outlet() -> None:
    assert "Associated Press" in outlet_aliases("AP Photo")
    assert outlet_aliases("Semafor") == ("Semafor",)


def test_display_credit_drops_a_distributor_that_is_the_outlet() -> None:
    assert display_credit(Credit("JANE DOE", "REUTERS", "Reuters")) == \
        Credit("Jane Doe", "Reuters", None)


def test_an_article_stores_canonical_outlets_and_display_names() -> None:
    lines = ["(AP Photo/Ana Lima)", "captured by Associated Press' Ana Lima", "ANA LIMA/AP",
             "REUTERS/Ben Cruz", "(Reuters/Ben Cruz)", "Ben Cruz/Reuters",
             "Cy Dunn/AFP via Getty Images"]
    body = "\n\n".join(f"![p{n}](p{n}.jpg)\n*A photo of the pier {n}, {line}*"
                       for n, line in enumerate(lines))
    article = parse_text("# Pier\n\n" + body + "\n", "md", "pier.md")
    got = [(c.photographer, c.outlet, c.via) for c in article.captions]
    assert got == [("Ana Lima", "AP", None)] * 3 + [("Ben Cruz", "Reuters", None)] * 3 + [
        ("Cy Dunn", "AFP", "Getty Images")]
    assert "ANA LIMA/AP" in article.captions[2].text  # the caption keeps the published text


def test_credits_by_outlet_names_each_outlet_once(catalog: CatalogRunner, desk: Path) -> None:
    lines = ["(AP Photo/Ana Lima)", "captured by Associated Press' Ana Lima", "Ana Lima/AP",
             "REUTERS/Ben Cruz", "(Reuters/Ben Cruz)", "Ben Cruz/Reuters",
             "CY DUNN/AFP via Getty Images"]
    (desk / "wire").mkdir()
    (desk / "wire" / "pier.md").write_text("# Pier\n\n" + "\n\n".join(
        f"![p{n}](p{n}.jpg)\n*A photo of the pier {n}, {line}*" for n, line in enumerate(lines)),
        encoding="utf-8")
    assert catalog("ingest", "wire").exit_code == 0
    outlets = catalog("credits", "--by", "outlet", "--format", "json").json()
    assert sorted((r["outlet"], r["captions"]) for r in outlets if r["captions"]) == [
        ("AFP", 1), ("AP", 3), ("Reuters", 3)]
    rows = catalog("search", "via:Getty", "--format", "json").json()
    assert [(r["photographer"], r["outlet"], r["via"]) for r in rows] == [
        ("Cy Dunn", "AFP", "Getty Images")]
    assert len(catalog("search", "agency:AFP", "--format", "json").json()) == 1
    assert len(catalog("search", 'outlet:"The Associated Press"', "--format", "json").json()) == 3
    sheet = catalog("export", "--format", "csv").stdout.splitlines()
    assert sheet[0].endswith(",findings,via,caption_source")
    assert sheet[-1].endswith(",Getty Images,")  # Markdown captions have no caption_source


def test_real_pages_of_the_shared_corpus() -> None:
    """The credits of the real pages (benchmarks/credits_corpus.py): floors under the figures
    measured when this test was written, and no credit read where a page names none."""
    from benchmarks.credits_corpus import score
    from tests.corpus import SHARED

    pages = SHARED / "real-pages"
    if not pages.is_dir():
        pytest.skip(f"the shared corpus's real pages are not at {pages}")
    scores = score(pages)
    assert scores.unread <= 2  # credited captions the HTML reader does not find
    assert scores.credited >= 100
    assert scores.photographer >= 0.92 * scores.credited
    assert scores.outlet >= 0.74 * scores.credited
    assert scores.wrong <= 0.04 * scores.filled
    assert scores.silent == scores.uncredited


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Lithuanian papers set the photographer's name, in the genitive, before "nuotr." ("photo");
    # Hungarian ones before "felvétele" ("'s picture"): the name is read as published
    ("Šventė aikštėje. Jono PETRAIČIO nuotr.", "Jono PETRAIČIO", None),
    ("Paroda bibliotekoje. Ramunės Kazlauskaitės nuotr.", "Ramunės Kazlauskaitės", None),
    ("A kiállítás terme. Kovács Anna felvétele", "Kovács Anna", None),
    # ... "the author's photo" names no one, nor does the noun inside a sentence
    ("Autoriaus nuotrauka", None, None),
    ("Mes aptarėme jo nuotraukos kokybę.", None, None),
    # Bulgarian papers set "Снимка" ("photo") without a colon before the agency alone
    ("Концерт в читалището. Снимка БТА", None, "BTA"),
    ("Концерт в читалището. Снимки БГНЕС", None, "BGNES"),
    ("Той направи снимка вчера.", None, None),
    # Icelandic papers' "Ljósmyndari/Name, Outlet" (photographer), the outlet in the dative
    ("Swimmers in the steam. Ljósmyndari/Jón Jónsson, Morgunblaðinu", "Jón Jónsson",
     "Morgunblaðið"),
    ("Swimmers in the steam. Ljósmyndari: Jón Jónsson", "Jón Jónsson", None),
])
def test_central_european_and_nordic_credits(text: str, photographer: str | None,
                                             outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


def test_the_credit_strings_corpus_is_what_its_header_says() -> None:
    """benchmarks/data/credit_strings.tsv: real published credits from many outlets and
    languages, non-caption paragraphs beside them, and a split by page that is reproducible."""
    from benchmarks.credit_strings import KINDS, rows, split_of

    corpus = rows()
    credits = [r for r in corpus if r.kind != "prose"]
    assert len(credits) >= 300
    assert len({r.page_outlet for r in credits}) >= 40
    assert len({r.language for r in credits}) >= 8
    assert sum(r.kind == "prose" for r in corpus) >= 60
    assert {r.kind for r in corpus} <= set(KINDS)
    assert all(r.split == split_of(r.source) for r in corpus)
    assert all(r.photographer is None and r.outlet is None for r in corpus if r.kind == "prose")
    held_out = sum(r.split == "held-out" for r in credits)
    assert 0.2 * len(credits) <= held_out <= 0.4 * len(credits)


@pytest.mark.parametrize(("split", "photographer", "outlet", "both", "wrong", "taken"), [
    ("dev", 0.92, 0.92, 0.87, 0.01, 3),
    ("held-out", 0.85, 0.83, 0.76, 0.031, 4),
])
def test_credit_strings_floors(split: str, photographer: float, outlet: float, both: float,
                               wrong: float, taken: int) -> None:
    """Floors under the figures measured on the real credit strings (benchmarks/credit_strings.py)
    and the non-caption paragraphs taken for captions. Each session's fresh blocks lower the
    floors to what the file measures when their data lands (their rows are unseen then), and
    their fixes raise them; the session's end sets them to what the file measures. At session
    12's end: dev 94.7/92.9/90.7 %, held-out 86.5/84.9/80.5 %, one held-out paragraph of 110
    taken. Session 13 added seven blocks (c13l, c13b, c13t, c13a, c13w, c13d, c13r; 3,370 -> 3,865
    strings); at its end: dev 94.4/92.8/90.0 %, wrong 0.7 %, one dev paragraph of 406 taken (a
    photo contest's note naming its winner's camera, from c13w's block); held-out
    86.6/84.7/79.6 %, wrong 2.4 %, one paragraph of 155 taken. Session 14 added seven blocks
    (c14u, c14j, c14f, c14e, c14i, c14x, c14s, each landing at what the file then measured;
    3,865 -> 4,428 strings); at its end: dev 93.6/92.0/88.9 %, wrong 0.7 %, one paragraph of 504
    taken; held-out 86.4/83.7/78.6 %, wrong 2.7 %, three paragraphs of 189 taken. Session 15
    added eleven blocks (c15b, c15o, c15g, c15n, c15l, c15k, c15e, c15i, c15t, c15f, c15p; 4,428 ->
    5,085 strings); at its end: dev 93.5/92.8/89.4 %, wrong 0.6 %, one paragraph of 605 taken;
    held-out 86.0/83.8/77.9 %, wrong 2.8 %, three paragraphs of 233 taken. Session 16 added ten
    blocks (c16h, c16j, c16w, c16v, c16t, c16u, c16g, c16x, c16p, c16n; 5,085 -> 5,522 strings); at
    its end: dev 93.1/92.5/88.9 %, wrong 0.6 %, one paragraph of 709 taken; held-out
    85.3/83.7/77.0 %, wrong 2.9 %, four paragraphs of 280 taken. Session 17: with c17e's block
    (unseen) a second dev paragraph is taken and dev both falls to 87.9 % (floor 0.87); with c17z's
    (unseen) held-out photographer falls to 84.8 % (floor 0.84); with c17w's (unseen) held-out
    wrong fills rise to 64 of 2,121 (3.0 %, floor 0.031). It added eleven blocks (c17t, c17a, c17s,
    c17f, c17e, c17u, c17l, c17z, c17k, c17i, c17w; 5,522 -> 5,870 strings); at its end: dev
    92.8/92.5/88.6 %, wrong 0.6 %, two paragraphs of 804 taken; held-out 84.9/83.3/76.6 %, wrong
    3.0 % (63 of 2,134), four paragraphs of 330 taken. Session 18: with c18b's block (unseen) dev
    both falls to 88.0 % (3,602 of 4,094; floor 0.87) and held-out wrong fills rise to 65 of 2,160
    (3.0 %, floor 0.031). With c18p's block (unseen) on top: dev both 87.7 % (3,615 of 4,124),
    held-out wrong fills 67 of 2,174 (3.08 %). With c18d's block (unseen) on top: dev outlet falls
    to 92.0 % (3,811 of 4,143; floor 0.91). With c18s's block (unseen) on top: held-out outlet
    82.98 % (1,619 of 1,951; floor 0.82), both 75.8 % (1,478; floor 0.75), wrong fills 70 of
    2,202 (3.18 %; floor 0.032). With c18c's block (unseen) on top: dev
    photographer 91.9 % (3,845 of 4,182; floor 0.91); held-out wrong fills 72 of 2,219 (3.24 %;
    floor 0.033). It added ten blocks (c18j, c18g, c18m, c18b, c18p, c18d, c18s, c18c, c18n, c18r;
    5,870 -> 6,194 strings); at its end: dev 92.6/92.2/88.1 %, wrong 0.7 % (37 of 5,205), two
    paragraphs of 913 taken; held-out 84.9/83.5/76.5 %, wrong 3.2 % (71 of 2,246), four
    paragraphs of 385 taken. Session 19: with c19u's block (unseen) dev both falls to 87.99 %
    (3,742 of 4,253; floor 0.87); with c19w's and c19i's (unseen) on top it is 87.9 % (3,780 of
    4,302). With c19r's block (unseen) on top: dev outlet falls to 91.9 % (3,973 of 4,322; floor
    0.91), both 87.7 % (3,790). With c19e's block (unseen) on top: held-out both falls to 75.9 %
    (1,561 of 2,056; floor 0.75). With c19t's block (unseen) on top: held-out outlet 82.83 %
    (1,712 of 2,067; floor 0.82); held-out wrong fills 76 of 2,329 (3.26 %; floor 0.033). It
    added seven blocks (c19w, c19u, c19i, c19n, c19r, c19e, c19t; 6,194 -> 6,454 strings); at its
    end: dev 92.5/92.1/88.0 % (both 3,859 of 4,387, under 0.88), wrong 0.7 % (37 of 5,393), two
    paragraphs of 982 taken; held-out 85.5/83.2/76.6 %, wrong 3.1 % (73 of 2,346), four
    paragraphs of 412 taken. Session 20: with c20i's block (unseen) dev outlet falls to 91.9 %
    (4,060 of 4,416; floor 0.91). With c20w's block (unseen) on top: dev photographer falls to
    91.98 % (4,161 of 4,524; floor 0.91) and a third dev paragraph of 1,032 is taken (an agency's
    text byline, 'Pewarta: Name Editor: Name Copyright © ANTARA'; floor three).
    With c20f's block (unseen) on top (and c20g's and c20a's): dev both falls to 86.8 % (3,982 of
    4,587; floor 0.86) and a fourth dev paragraph of 1,051 is taken (a Congolese site's article
    closing on its writer's byline 'Name / Les Echos du Congo-Brazzaville'; floor four). It
    added seven blocks (c20r, c20c, c20i, c20g, c20a, c20w, c20f; 6,454 -> 6,743 strings); at its
    end: dev 92.5/92.0/87.7 % (outlet 4,221 and both 4,025 of 4,587), wrong 0.7 % (38 of
    5,606), three paragraphs of 1,051 taken (Antara's byline no longer); held-out
    85.7/83.6/76.7 %, wrong 3.0 % (74 of 2,429), four paragraphs of 446 taken."""
    from benchmarks.credit_strings import rows, score

    scores = score([r for r in rows() if r.split == split])
    # counts only: a failure must not print the held-out readings (`scores.misses`)
    credited, filled, prose = scores.credited, scores.filled, scores.prose
    right = {"photographer": scores.photographer, "outlet": scores.outlet, "both": scores.both}
    wrong_fills, rejected = scores.wrong, scores.rejected
    del scores
    assert right["photographer"] >= photographer * credited
    assert right["outlet"] >= outlet * credited
    assert right["both"] >= both * credited
    assert wrong_fills <= wrong * filled
    assert rejected >= prose - taken


@pytest.mark.parametrize(("text", "photographer"), [
    # Sri Lankan papers close a caption with "Pix by Name" (Daily Mirror, dailymirror.lk)
    ("Children play in the park on Children's Day. Pix by Pradeep Pathirana", "Pradeep Pathirana"),
    ("Children play in the park. Pix by John Smith", "John Smith"),
    # "pix" in a sentence is no lead-in
    ("Our best pix of the year in review.", None),
])
def test_pix_by_name(text: str, photographer: str | None) -> None:
    assert read_caption(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a paper's correspondent named by place and role (Sri Lankan papers' district
    # correspondents, dailynews.lk): after a name the role is dropped, alone it names no one
    ("A lantern parade. Picture by Dilan Weerakoon, Welipara Spl. Corr.", "Dilan Weerakoon",
     None),
    ("A temple fair. (Picture by Tharaka Senevi, Ravagama Corr.)", "Tharaka Senevi", None),
    ("Pilgrims on the road. Picture by Tharaka Senevi, Ravagama Special Corr.", "Tharaka Senevi",
     None),
    ("Shops stay shut. Picture by Ravagama Central Corr.", None, None),
    ("A forest fire. (Picture by Ulpathgoda Group Corr.)", None, None),
    ("Flood water rises. Photo by Jane Doe, Kandy Correspondent", "Jane Doe", None),
    ("A rally in the square. Picture by Our Welipara Correspondent", None, None),
    # a person surnamed Corr stays a person
    ("A man waves. Photo: Jane Corr.", "Jane Corr", None),
])
def test_correspondent_role(text: str, photographer: str | None, outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "outlet"), [
    # a diplomatic mission's name holds "to" and the country it is accredited to (Daily News,
    # dailynews.lk: "Picture courtesy Delegation of European Union to Sri Lanka.")
    ("Envoys meet the minister. Picture courtesy Delegation of the Vardic Union to Welipara.",
     "Delegation of the Vardic Union to Welipara"),
    ("A reception at the residence. Photo courtesy Embassy of Norland to the Kestrel Islands",
     "Embassy of Norland to the Kestrel Islands"),
    ("A reception. Photo courtesy Embassy of Norland", "Embassy of Norland"),
    # "to" elsewhere joins no organisation's name
    ("Visitors at the fair. Photo: Welcome to Welipara", None),
])
def test_diplomatic_mission_to(text: str, outlet: str | None) -> None:
    assert read_caption(text).outlet == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Le Devoir signs its staff's pictures with the name and the masthead, no separator, after
    # a lead-in or after the description; La Presse's galleries "Photos : Name La Presse" (c13r)
    ("Une passante sous la pluie, en juillet. Photo: Lucien Marchand Le Devoir",
     "Lucien Marchand", "Le Devoir"),
    ("Une passante sous la pluie à Verdun, en juillet. Lucien Marchand Le Devoir",
     "Lucien Marchand", "Le Devoir"),
    ("Les religieuses du monastère. Photos : Mireille Gagnon La Presse", "Mireille Gagnon",
     "La Presse"),
    # the agencies' French names: The Canadian Press, Keystone
    ("Le poste est fermé. Photo : La Presse Canadienne/Hugo Thibault", "Hugo Thibault",
     "The Canadian Press"),
    ("Deux dirigeants se saluent au forum | Keystone-ATS / Luc Favre", "Luc Favre", "Keystone"),
    # the copyright sign before the photo noun (Courrier international)
    ("Les drapeaux lors d'une réunion. © Photo ODILE MARCHAL/AFP", "ODILE MARCHAL", "AFP"),
    # "Photo tirée de" (a picture taken from) names the source
    ("Le ministre sur sa moto neuve. Photo tirée de Facebook", None, "Facebook"),
    # ... not in a sentence; a name and a paper after a two-word description are no credit
    ("La photo tirée de son album a fait le tour du web.", None, None),
    ("Une rue. Lucien Marchand Le Devoir", None, None),
])
def test_francophone_credits(text: str, photographer: str | None, outlet: str | None) -> None:
    parts = read_caption(text)
    assert parts.photographer == photographer
    assert (canonical_outlet(parts.outlet) if parts.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a credit element's labelled parts, the writer's before the pictures' (Edito, c13r): the
    # part that opens with a lead-in is the credit
    ("Interview: Lena Marchal, Bilder: Keystone/Odile Favre", "Odile Favre", "Keystone"),
    ("Text: Lena Marchal, Fotos: Odile Favre", "Odile Favre", None),
])
def test_labelled_writer_before_credit(text: str, photographer: str | None,
                                       outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # a Malay name whose first word only the regional lists know, its later words given names
    # of the dictionary ("Mat", "Isa"): no sentence run into a name, but the photographer's
    ("Traders at a night market in Kuala Lumpur. Picture by Azlan Mat Isa", "Azlan Mat Isa"),
    ("Traders at a night market. Picture by YUSOF MAT ISA", "YUSOF MAT ISA"),
    # given names in the scripts the dictionary lacks, from Faker's providers
    ("A figure skater at an ice show in Moscow Сергей Булкин / ТАСС", "Сергей Булкин"),
    ("A figure skater at an ice show in Moscow Ледовый Дворец / ТАСС", None),
    # a place's name run into a name and a slashed agency: the two words before the slash, as
    # with spaces around it ("… Kuala Lumpur Ahmad Isa / Reuters"), never the place's too
    ("Stalls line a street in central Kuala Lumpur Ahmad Isa/Reuters", "Ahmad Isa"),
    ("Rubble in the old quarter, Idlib Omar Haddad/Reuters", "Omar Haddad"),
    ("Rubble in the old quarter, Idlib Omar Abdel Haddad/Reuters", None),
])
def test_a_regional_given_name_opens_a_name(text: str, photographer: str | None) -> None:
    assert read_caption(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the regional lists vouch for no organisation's words as a person
    ("A rocket on its pad. Credit: Vardo Aerospace", None, "Vardo Aerospace"),
    ("A walking robot. Image Credits:Vardo Dynamics/file photo", None, "Vardo Dynamics"),
    ("A dashboard. Image: Quillon Analytics", None, "Quillon Analytics"),
    ("Volunteers hand out blankets. Photo: Kenya Red Cross", None, "Kenya Red Cross"),
    ("Children at a school in Nairobi. Picture by Best Buy", None, "Best Buy"),
])
def test_regional_names_leave_organisations_organisations(text: str, photographer: str | None,
                                                          outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


def test_the_regional_names_ship_with_their_source() -> None:
    from importlib import resources

    from catalog.credits.given_names import is_given_name, is_regional_given_name

    data = resources.files("catalog.credits").joinpath("regional_given_names.txt")
    header = [line for line in data.read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    assert "MIT licence" in " ".join(header) and "FakerPHP/Faker" in " ".join(header)
    assert is_regional_given_name("Yusof") and is_regional_given_name("KIPNGETICH")
    # only what the dictionary lacks, and no English word
    assert not is_regional_given_name("David") and is_given_name("David")
    assert not is_regional_given_name("Sardine") and not is_regional_given_name("Standard")


def test_the_hebrew_names_ship_with_their_source() -> None:
    from importlib import resources

    from catalog.credits.given_names import is_given_name, is_hebrew_given_name

    data = resources.files("catalog.credits").joinpath("hebrew_given_names.txt")
    header = " ".join(line for line in data.read_text(encoding="utf-8").splitlines()
                      if line.startswith("#"))
    assert "MIT licence" in header and "faker-js/faker" in header
    assert is_hebrew_given_name("אבשלום") and is_hebrew_given_name("איל")
    # only what the names data lacks, and none of the common nouns the script lists (c16w)
    assert not is_hebrew_given_name("דוד") and is_given_name("דוד")
    assert not is_hebrew_given_name("בינה") and not is_hebrew_given_name("קשת")


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Sputnik's credit on all its sites: the agency, a full stop between spaces, the name
    ("© Sputnik . Sergey Bobylev", "Sergey Bobylev", "Sputnik"),
    ("© Спутник . Иван Петров", "Иван Петров", "Sputnik"),
    # ... and its link to the picture bank after the credit, in English, Russian and Arabic
    ("© Sputnik / Evgeny Odinokov / Go to the mediabank", "Evgeny Odinokov", "Sputnik"),
    ("© РИА Новости / Алексей Дружинин / Перейти в фотобанк", "Алексей Дружинин", "RIA Novosti"),
    ("© Sputnik . Sergey Bobylev / الانتقال إلى بنك الصور", "Sergey Bobylev", "Sputnik"),
    # a full stop between spaces after anything but a known agency stays unread
    ("© Jane Doe . Photos", None, None),
    # the Turkish plural lead-in ("Fotoğraflar: Name")
    ("FOTOĞRAFLAR: SELAHATTİN SÖNMEZ", "SELAHATTİN SÖNMEZ", None),
])
def test_sputnik_and_plural_lead_ins(text: str, photographer: str | None,
                                     outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "outlet"), [
    # Arab papers' dotted abbreviations of the wire agencies closing a caption
    ("A relative of the victims weeps near the airport yesterday (إ.ب.أ)", "EPA"),
    ("An elderly man sells toys by a road in Athens. (أ.ب)", "AP"),
    ("Rescuers search the rubble of a building in the city. (أ.ف.ب)", "AFP"),
])
def test_arabic_dotted_agency_abbreviations(text: str, outlet: str) -> None:
    credit = read_caption(text)
    assert credit.photographer is None
    assert credit.outlet is not None and canonical_outlet(credit.outlet) == outlet


def _caption_credit(text: str) -> tuple[str | None, str | None]:
    """A caption's photographer and canonical outlet, as the catalog shows them."""
    parts = read_caption(text)
    credit = display_credit(Credit(parts.photographer, parts.outlet))
    return credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # an agency's PHOTO and the name in capitals, without a colon (Belga's house style)
    ("Schoolchildren cross the square. (BELGA PHOTO ANNA PEETERS)", "Anna Peeters", "Belga"),
    ("A gate stands closed in the park  BELGA PHOTO JAN DE WIT", "Jan de Wit", "Belga"),
    ("Flowers are laid for the victims. © Belga – PHOTO POOL ANNA PEETERS", "Anna Peeters",
     "Belga"),
    ("Rescuers at work. XINHUA PHOTO: LI MING", "Li Ming", "Xinhua"),
    # "photo" in a sentence is no credit, in capitals or not
    ("Children play. the AP PHOTO of the year", None, None),
    ("The Belga photo Anna Peeters took won a prize", None, None),
    # photos and text by one person, in the languages of the pages
    ("Un paseo por el puerto. Fotos y texto: Ana Ruiz", "Ana Ruiz", None),
    ("Une promenade. Texte et photos : Jean Dupont", "Jean Dupont", None),
    ("Een wandeling. Tekst en foto's: Jan de Vries", "Jan de Vries", None),
    ("Прогулка по набережной. Текст и фото: Иван Петров", "Иван Петров", None),
    # ... and with "by", as GroundUp credits its photo essays: a photo noun on one side names
    # who took the pictures, whatever the name (c14f)
    ("Shacks on the dune. Text and Photos by Tanu Mbeza", "Tanu Mbeza", None),
    ("Shacks on the dune. Photos and text by Tanu Mbeza", "Tanu Mbeza", None),
    ("Shacks on the dune. Words and text by Tanu Mbeza", None, None),
    # after "Photo by" the words before "for" are a person, a title after it the outlet
    ("A chef at the pass. Photo by Ben Hale for Brisk Mantle", "Ben Hale", "Brisk Mantle"),
    ("A chef at the pass. Photo by Ben Hale for illustration purposes", None, None),
    ("A chef at the pass. Photo by Nisal Baduge for Brisk Mantle", "Nisal Baduge",
     "Brisk Mantle"),
    # ... not after "Photo:", which names a source as often: there the names data must vouch
    ("A chef at the pass. Photo: Nisal Baduge for Brisk Mantle", None, None),
])
def test_agency_photo_name_and_photos_and_text(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "Фото" without a colon before one word: an agency or a site
    ("Фото Reuters", None, "Reuters"),
    ("Фото АР", None, "AP"),  # AP in Cyrillic letters, as Russian-language papers write it
    ("Фото: АФП", None, "AFP"),
    ("Фото news.example.by", None, "news.example.by"),
    ("Фото Петров", None, None),  # a surname alone: nothing
    # two names after a slash are two photographers after a plural lead-in only
    ("Fotos: Ana Ruiz / Pedro Gómez", "Ana Ruiz; Pedro Gómez", None),
    ("Photograph: Dana Reed/Tory Burch", None, None),
    # a name in a script without capitals is letters only: a bureau's city after a slash
    ("عکاس: مجید حجتی / اصفهان", None, None),
    ("عکاس: لیلا سادات عقیلی", "لیلا سادات عقیلی", None),
])
def test_credit_lines_of_one_word_plural_lead_ins_and_uncased_names(
        text: str, photographer: str | None, outlet: str | None) -> None:
    credit = display_credit(read_credit_line(text))
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the photo nouns of South Asian papers in their own scripts (Bangla, Hindi, Marathi,
    # Nepali), with a colon, a dash, a hyphen before a space or the Nepali visarga
    ("ছবি: রহিম উদ্দিন", "রহিম উদ্দিন", None),
    ("ছবি : রহিম উদ্দিন।", "রহিম উদ্দিন", None),  # the danda closing it is its full stop
    ("ছবি: ছবি করিম শেখ", "করিম শেখ", None),  # the label typed twice
    ("ছবি: মো. করিম শেখ", "মো. করিম শেখ", None),  # "মো." (Md., Muhammad) opening a name
    ("तस्बिर: राम प्रसाद/रासस", "राम प्रसाद", "Rastriya Samachar Samiti"),
    ("तस्बिरः सीता कुमारी/रासस", "सीता कुमारी", "Rastriya Samachar Samiti"),
    ("तस्वीरहरु : सीता कुमारी", "सीता कुमारी", None),
    ("शब्द/तस्बिर : राम प्रसाद", "राम प्रसाद", None),  # words and pictures by one person
    ("फोटो: एपी/राम प्रसाद", "राम प्रसाद", "AP"),
    ("फोटो: रॉयटर्स / राम प्रसाद", "राम प्रसाद", "Reuters"),
    ("छाया- पीटीआय", None, "PTI"),
    ("तस्बिर: न्युज एजेन्सी नेपाल", None, "News Agency Nepal"),
    # English organisation words in those scripts make an organisation, never a person
    ("तस्बिरहरू: नेपाल फोटो लाइब्रेरी", None, "नेपाल फोटो लाइब्रेरी"),
    # ... and so do the words for news, online and TV in those outlets' own names (c17i)
    ("तस्वीर : पहाड खबर", None, "पहाड खबर"),
    ("फोटो: गाँव समाचार", None, "गाँव समाचार"),
    ("तस्बिरः कोशी अनलाइन", None, "कोशी अनलाइन"),
    ("तस्बिर: हिमाल टीवी/राम प्रसाद", "राम प्रसाद", "हिमाल टीवी"),
    # the BBC's "Image source," in its Bangla service
    ("ছবির উৎস, EPA", None, "EPA"),
    # Bangladesh's agencies and the government's press office in Bangla are outlets, never a
    # person's name (c14s)
    ("ছবি: ফোকাস বাংলা", None, "Focus Bangla"),
    ("ছবি : পিআইডি", None, "PID"),
    ("ছবি: বাসস", None, "BSS"),
    # the photo nouns of Malayalam, Telugu, Kannada, Gujarati, Punjabi and Odia papers, the
    # Bengali visarga for the colon, Marathi "सर्व फोटो" (all photos) (c16h)
    ("ചിത്രം: അനിൽ കുമാർ", "അനിൽ കുമാർ", None),
    ("ഫോട്ടോ : അനിൽ കുമാർ", "അനിൽ കുമാർ", None),
    ("ఫొటో: రవి కుమార్", "రవి కుమార్", None),
    ("ಚಿತ್ರ: ರವಿ ಕುಮಾರ್", "ರವಿ ಕುಮಾರ್", None),
    ("તસવીર: રમેશ પટેલ", "રમેશ પટેલ", None),
    ("ਫੋਟੋ: ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", None),
    ("ଫଟୋ: ରମେଶ ସାହୁ", "ରମେଶ ସାହୁ", None),
    ("ছবিঃ রহিম উদ্দিন", "রহিম উদ্দিন", None),
    ("सर्व फोटो – राम प्रसाद", "राम प्रसाद", None),
    # the picture and the report by one person ("photo - report", "photo and report")
    ("તસ્વીર - અહેવાલ રમેશ પટેલ", "રમેશ પટેલ", None),
    ("ছবি ও প্রতিবেদন রহিম উদ্দিন", "রহিম উদ্দিন", None),
    # a town after the name and a comma is the bureau's, no second photographer
    ("फोटो: राम प्रसाद, नाशिक", "राम प्रसाद", None),
    ("ছবি: রহিম উদ্দিন, করিম শেখ", "রহিম উদ্দিন; করিম শেখ", None),  # two full names stay two
    # a paper's title word transliterated makes the paper, never a person
    ("ছবি: সোনালী ট্রিবিউন", None, "সোনালী ট্রিবিউন"),
    # the picture's courtesy in Malayalam
    ("(ചിത്രത്തിന് കടപ്പാട് The Hindu)", None, "The Hindu"),
    # initials with their stops before the name in the scripts of India; Malayalam
    # "പകർത്തിയത്" (the one who captured it) (c16h)
    ("ഫോട്ടോ: കെ.എസ്. അനിൽ", "കെ.എസ്. അനിൽ", None),
    ("ചിത്രം: ജോസ് ടി. വർഗീസ്", "ജോസ് ടി. വർഗീസ്", None),
    ("(പകര്ത്തിയത്… ടി.കെ. അനിൽ)", "ടി.കെ. അനിൽ", None),
    ("പകർത്തിയത്: അനിൽ കുമാർ", "അനിൽ കുമാർ", None),
    ("ഫോട്ടോ: കെ.എസ്.", None, None),  # initials alone are no name
    # a studio after the photographer, then its town: the town is no part of the outlet (c16h)
    ("ছবি: রহিম উদ্দিন, সোনালী ফটো স্টুডিও, ঢাকা", "রহিম উদ্দিন", "সোনালী ফটো স্টুডিও"),
    # the photo nouns of Dhivehi (Thaana), Sindhi, Pashto, Sorani Kurdish and Tamil's plural
    # and "photograph" (c19i)
    ("ފޮޓޯ: މުހައްމަދު ފަރީދު", "މުހައްމަދު ފަރީދު", None),
    ("ފޮޓޯތައް: މުހައްމަދު ފަރީދު", "މުހައްމަދު ފަރީދު", None),
    ("فوٽو: علي حسن", "علي حسن", None),
    ("انځور: احمد ولي", "احمد ولي", None),
    ("وێنە: حسن کریم", "حسن کریم", None),
    ("படங்கள்: ரமேஷ் குமார்", "ரமேஷ் குமார்", None),
    ("புகைப்படம்: ரமேஷ் குமார்", "ரமேஷ் குமார்", None),
    # the Maldives' papers by their Dhivehi names are outlets, never a person's (Mihaaru's
    # name is also the word for "now") (c19i)
    ("ފޮޓޯ: މިހާރު", None, "Mihaaru"),
    ("ފޮޓޯ: ސަން / މުހައްމަދު ފަރީދު", "މުހައްމަދު ފަރީދު", "Sun Online"),
    ("ފޮޓޯ: ޕީއެސްއެމް", None, "PSM News"),
])
def test_south_asian_lead_ins(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # closing a caption, after a full stop, a danda, glued to the date, or in brackets
    ("A boat on the river at dusk. ছবি: রহিম উদ্দিন", "রহিম উদ্দিন", None),
    # Dhivehi sites set the credit after a bar or after ".--" closing the caption (c19i)
    ("A reef at dawn. | ފޮޓޯ: މުހައްމަދު ފަރީދު", "މުހައްމަދު ފަރީދު", None),
    ("A reef at dawn.-- ފޮޓޯ: މުހައްމަދު ފަރީދު", "މުހައްމަދު ފަރީދު", None),
    ("নদীর তীরে নৌকা। ছবি: রহিম উদ্দিন", "রহিম উদ্দিন", None),
    ("A boat on the river. ঢাকা, ১২ মার্চ ২০২৪ছবি: রহিম উদ্দিন", "রহিম উদ্দিন", None),
    ("A market in the old town. (फोटो: एपी / राम प्रसाद)", "राम प्रसाद", "AP"),
    ("Children play in the rain. (छाया : राम प्रसाद)", "राम प्रसाद", None),
    ("Girls walk to school (छायाकार – सीता कुमारी)", "सीता कुमारी", None),
    ("Fog over the valley on Saturday. तस्बिर: राम प्रसाद/रासस", "राम प्रसाद",
     "Rastriya Samachar Samiti"),
    # the source repeated under a credit that names it (the Legit.ng group's sites)
    ("Rain floods the road. Image: Jane Doe/ Getty Images.Source: Getty Images", "Jane Doe",
     "Getty Images"),
    ("Rain floods the road. Photo: Jane Doe/Getty Images. Source: Getty Images", "Jane Doe",
     "Getty Images"),
    # a photo noun in a sentence, without its colon, is no lead-in
    ("এই ছবি তোলা হয়েছে গত সপ্তাহে রহিম উদ্দিন", None, None),
    # Bangla "ছবিটি তুলেছেন Name" (the picture was taken by); a list of names with commas
    # after it yields nothing, not a photographer and an outlet (c14s)
    ("নদীর তীরে নৌকা। ছবিটি তুলেছেন রহিম উদ্দিন।", "রহিম উদ্দিন", None),
    ("নদীর তীরে নৌকা। ছবি তুলেছেন করিম শেখ", "করিম শেখ", None),
    # ... a district correspondent after the place and the role ("the Khulna correspondent Name")
    ("নদীর তীরে নৌকা। ছবিটি তুলেছেন খুলনা প্রতিনিধি রহিম উদ্দিন।", "রহিম উদ্দিন", None),
    ("নদীর তীরে নৌকা। ছবিগুলি তুলেছেন রহিম উদ্দিন, করিম শেখ ও সীতা দাস।", None, None),
    # ... "ছবি গুলি" spelt in two words (c16h)
    ("নদীর তীরে নৌকা। ছবি গুলি তুলেছেন করিম শেখ।", "করিম শেখ", None),
    ("Boats on the backwaters at dawn ചിത്രം– അനിൽ കുമാർ", "അനിൽ കുമാർ", None),
    # a hyphen after a space and glued to the name is the dash (c16h)
    ("নদীর তীরে নৌকা। গতকাল তোলা ছবি -রহিম উদ্দিন", "রহিম উদ্দিন", None),
    # a Telugu paper's staff photographer, then the town: the paper, no name; without the town
    # the words before the role may be a person's (c16h)
    ("A crowd at the fair. – వార్త ఫొటోగ్రాఫర్, నెల్లూరు", None, "వార్త"),
    ("A crowd at the fair. – వార్త స్టాఫ్ ఫోటోగ్రాఫర్, నెల్లూరు", None, "వార్త"),
    ("A crowd at the fair. – రవి ఫొటోగ్రాఫర్", None, None),
    ("ছবি-কবিতার বই প্রকাশ হলো রহিম উদ্দিন", None, None),
    ("Crowds at the procession. (सर्व फोटो- राम प्रसाद, पुणे)", "राम प्रसाद", None),
    # a photo noun in a sentence, without its colon or dash, is no lead-in
    ("ഈ ചിത്രം അനിൽ കുമാർ", None, None),
    ("ފޮޓޯ ނަގާފައިވަނީ ހުޅުމާލޭގައި", None, None),  # Dhivehi: "the photo was taken in ..."
    ("وێنەکانی پێشانگاکە لە ئەرشیفی زانکۆ وەرگیراون", None, None),  # Sorani: "the pictures ..."
    # Pakistani papers' agencies after a dash, "/File" after one (c14s)
    ("Flood victims receive relief cheques in Buner. — APP/File", None, "APP"),
    ("A snapshot of the run in the training app.", None, None),  # "app" is no agency
    ("Police escort the suspect into the court. — PPI/File", None, "PPI"),
    # Dawn glues the dash to the caption's full stop and to the agency (c19i)
    ("Flood victims receive relief cheques in Buner.—APP", None, "APP"),
    ("Boys fly kites on a rooftop in the old city.—AFP", None, "AFP"),
    ("Fishermen mend their nets at the harbour.—White Star", None, "White Star"),
    ("Police escort the suspect into the court.—PPI", None, "PPI"),
    ("Boys fly kites on a rooftop (right).—Reuters", None, "Reuters"),
    ("The talks went on late into the night.—Then both sides left.", None, None),
    ("Guests at the hotel spa.—Editor", None, None),
])
def test_south_asian_closing_credits(text: str, photographer: str | None,
                                     outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the photo nouns of Southeast Asian papers in their own scripts: Thai, Khmer (with its
    # colon "៖"), Burmese
    ("ภาพ: สมศักดิ์ ใจงาม", "สมศักดิ์ ใจงาม", None),
    # a Thai body's name opens with its kind (department, ministry, university, …): the outlet
    ("ภาพ: กรมป่าไม้ชายฝั่ง", None, "กรมป่าไม้ชายฝั่ง"),
    ("ภาพ: มหาวิทยาลัยริมโขง", None, "มหาวิทยาลัยริมโขง"),
    ("ภาพประกอบ: วิไล ศรีสุข", "วิไล ศรีสุข", None),
    ("รูปภาพ – วิไล ศรีสุข", "วิไล ศรีสุข", None),
    ("រូបថត៖ សុខ ចាន់ថា", "សុខ ចាន់ថា", None),
    ("ဓာတ်ပုံ - မောင်မောင်", "မောင်မောင်", None),
    # ... the Burmese noun as the Zawgyi font encodes it, and with the tall aa (c16v)
    ("ဓာတ္ပံု - ေမာင္ေမာင္", "ေမာင္ေမာင္", None),
    ("ဓါတ္ပံု - ေက်ာ္ေက်ာ္", "ေက်ာ္ေက်ာ္", None),
    # the source of the picture: Thai "ที่มา :" (source), "ที่มา : ภาพ AFP" (source: picture
    # AFP), and the BBC's "Image source," in its Thai service
    ("ที่มาของภาพ, Getty Images", None, "Getty Images"),
    ("ที่มาของภาพ : Siam Photo Agency", None, "Siam Photo Agency"),
    ("ที่มา : ภาพ AFP", None, "AFP"),
    # a Thai name (given name and surname) before the person's position, no comma between
    # (c16v); not a longer run of words
    ("ช้างป่าข้ามถนน ภาพ : นายสมชาย ใจดี หัวหน้าหน่วยพิทักษ์ป่าที่ 2 จ.ตาก", "นายสมชาย ใจดี", None),
    ("ช้างป่าข้ามถนน ภาพ: วิไล ศรีสุข ผู้สื่อข่าว", "วิไล ศรีสุข", None),
    ("ช้างป่าข้ามถนน ภาพ: ทีม ข่าว ภาค เหนือ หัวหน้าอุทยาน", None, None),
    # Malay and Indonesian "oleh" (by), "Gambar:" (picture), "Fotografer oleh"
    ("Foto oleh Budi Santoso", "Budi Santoso", None),
    ("Gambar: Bernama", None, "Bernama"),
    ("Foto : Aljazeera", None, "Al Jazeera"),
])
def test_southeast_asian_lead_ins(text: str, photographer: str | None,
                                  outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # closing a caption: Thai papers set the agency in its Thai name after a dash
    ("ตลาดน้ำยามเช้าที่ราชบุรี เมื่อวันที่ 3 มีนาคม (ภาพ – รอยเตอร์)", None, "Reuters"),
    ("ตลาดน้ำยามเช้าที่ราชบุรี (ภาพ: เอเอฟพี)", None, "AFP"),
    ("ตลาดน้ำยามเช้าที่ราชบุรี ภาพรอยเตอร์", None, "Reuters"),  # the noun glued to the agency
    ("ตลาดน้ำยามเช้าที่ราชบุรี (ภาพข่าว:REUTERS)", None, "Reuters"),  # "news picture" (c14s)
    # Indonesian "Name untuk Outlet" (for), Tagalog "Kuha ni Name" (taken by)
    ("Warga menanam padi di sawah. Fotografer oleh Budi Santoso untuk Reuters", "Budi Santoso",
     "Reuters"),
    ("Mga batang naglalaro sa ulan. Kuha ni Jose Reyes", "Jose Reyes", None),
    # "untuk" in a sentence, a photo noun without its colon: no credit
    ("Warga antre untuk Bantuan Sosial di Jakarta.", None, None),
    ("ภาพนี้ถ่ายที่ตลาดน้ำเมื่อสัปดาห์ก่อน", None, None),
])
def test_southeast_asian_closing_credits(text: str, photographer: str | None,
                                         outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a staff photographer's initials alone after a photo lead-in (Vietnamese papers)
    ("Hàng cây ven hồ buổi sớm - Ảnh: H.T", "H.T", None),
    ("Hàng cây ven hồ buổi sớm. Ảnh: Q.H.N.", "Q.H.N", None),  # the closing stop trimmed
    ("Hàng cây ven hồ buổi sớm. Ảnh: AP", None, "AP"),  # an agency, not initials
    # the overseas Vietnamese press's "Hình:" (picture), as "Ảnh:" (c16v); a word that ends in
    # the noun ("Mô hình:", a model) opens no credit
    ("Chợ hoa ngày Tết. (Hình: Trần Minh Khoa/Getty Images)", "Trần Minh Khoa", "Getty Images"),
    ("Chợ hoa ngày Tết. Hình: Trần Minh Khoa", "Trần Minh Khoa", None),
    ("Mô hình: một căn nhà gỗ ở Hội An.", None, None),
    # Thanh Niên's photographer in capitals closing the caption with no punctuation: a full
    # name opening with a Vietnamese family name ("LÃ", "NGÔ"), not after a word that makes it
    # the sentence's object, nor a shorter name (c16v); and that family name after "Ảnh:"
    ("Người dân xếp hàng mua vé trước trận đấu ở sân vận động TRẦN MINH KHOA",
     "TRẦN MINH KHOA", None),
    ("Đoàn công tác làm việc với lãnh đạo tỉnh cùng ông NGÔ VĂN BÌNH", None, None),
    ("Người dân xếp hàng mua vé trước trận đấu ở sân vận động MINH KHOA", None, None),
    ("Hàng cây ven hồ buổi sớm. Ảnh: LÃ VĂN BÌNH", "LÃ VĂN BÌNH", None),
    # "TP." (thành phố, city) before a city's name in capitals ends no sentence: a place
    ("Người dân dạo bộ trên phố đi bộ ven sông, TP. HẢI PHÒNG", None, None),
    # ... never without a lead-in
    ("Hàng cây ven hồ buổi sớm - H.T", None, None),
    # a table cell's bar closing a caption is no separator
    ("The mayor speaks on Monday (May 2). (Photo by Juan Cruz, Jr. / Palace Photo Bureau) |",
     "Juan Cruz, Jr.", "Palace Photo Bureau"),
    ("Lanterns over the river. Ảnh: Reuters |", None, "Reuters"),
])
def test_staff_initials_and_table_bars(text: str, photographer: str | None,
                                       outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "Photo" before a wire agency without a colon, closing a caption
    ("Monks walk past the court. (Photo AFP/Getty Images)", None, "AFP"),
    ("Crowds gather in the square. Photo Reuters", None, "Reuters"),
    # ... never a sentence's "photo"
    ("The photo AFP took was shared widely.", None, None),
])
def test_photo_before_wire_agency(text: str, photographer: str | None,
                                  outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a performing-arts company is an organisation, never a person
    ("Photo Credits: River City Dance", None, "River City Dance"),
    ("Photo: Northern Youth Orchestra", None, "Northern Youth Orchestra"),
])
def test_performing_arts_companies(text: str, photographer: str | None,
                                   outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a year closing a credit after a lead-in is when the picture was taken
    ("A square at dusk. Fotografía de Ana Ruiz, 2018", "Ana Ruiz", None),
    ("A square at dusk. Photo: Jane Doe/Reuters, 2019", "Jane Doe", "Reuters"),
    # ... without a lead-in, initials and a year sign a text
    ("— RD, 2023", None, None),
    # a chain of companies after a source lead-in names the first
    ("A trailer's still. Image: Zorbex/Quillon", None, "Zorbex"),
    ("A trailer's still. Image: Netflix/Quillon", None, "Netflix"),
    # ... not after "Photo:", nor when a word of it may be a person's name
    ("A trailer's still. Photo: Zorbex/Quillon", None, None),
    ("A trailer's still. Image: Anna/Quillon", None, None),
])
def test_a_year_taken_and_a_chain_of_companies(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "by" after the lead-in's colon
    ("A cat on a wall. Photograph: by Jane Doe/Getty Images", "Jane Doe", "Getty Images"),
    ("A cat on a wall. Photo: by Nisal Baduge", "Nisal Baduge", None),
    # a montage's or a graphic's maker after the credit is set aside
    ("A harbour at dusk. Quelle: Jane Doe/Getty Images; Montage: Infografik WELT", "Jane Doe",
     "Getty Images"),
    ("A harbour at dusk. Foto: Jane Doe/dpa; Grafik: Quillon", "Jane Doe", "dpa"),
])
def test_by_after_a_colon_and_a_montage_after_the_credit(text: str, photographer: str | None,
                                                          outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a name and an outlet the authority knows in the round brackets closing a caption, with
    # no mark between them
    ("A man stands by the graves. (Jane Doe Reuters)", "Jane Doe", "Reuters"),
    ("A man stands by the graves. (Jane Doe The New York Times)", "Jane Doe",
     "The New York Times"),
    # ... an outlet no list knows may be a place or the rest of a title there
    ("A man stands by the graves. (Jane Doe Brisk Mantle)", None, None),
])
def test_a_name_and_a_known_outlet_in_closing_brackets(text: str, photographer: str | None,
                                                       outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a wire agency after a slash glued to the caption's full stop
    ("Leaders sign the accord in the capital./Europa Press", None, "Europa Press"),
    ("Leaders sign the accord in the capital./AFP", None, "AFP"),
    # ... a name there, or a word no authority knows as a wire agency, is not read
    ("Leaders sign the accord in the capital./Jane Doe", None, None),
    ("The ratio was 3./Europa", None, None),
    # a dash glued to a wire agency closing the caption
    ("Leaders sign the accord in the capital. —AP", None, "AP"),
    ("Leaders sign the accord in the capital —Reuters", None, "Reuters"),
    # "/via" before the agency after a name run into the description
    ("A guest leaves the plane in a borrowed dress Jane Doe/via Reuters", "Jane Doe", "Reuters"),
])
def test_a_wire_agency_glued_to_the_full_stop_or_after_via(
        text: str, photographer: str | None, outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)


@pytest.mark.parametrize(("text", "outlet", "via"), [
    # a web address as the source, through a distributor; "(license)" alone is a licence note
    ("Foto: example.gov.ua , via Wikimedia Commons | Lizenz: CC BY 4.0", "example.gov.ua",
     "Wikimedia Commons"),
    ("Image Credit: Example.com via Flickr (license)", "Example.com", "Flickr"),
])
def test_a_web_address_through_a_distributor(text: str, outlet: str, via: str) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet, credit.via) == (None, outlet, via)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # German papers' title words, also closing a compound
    ("© Hamburger Abendblatt", None, "Hamburger Abendblatt"),
    ("Foto: Jane Doe/Stadtanzeiger", "Jane Doe", "Stadtanzeiger"),
    # "PR" after a bar closing the credit names no one
    ("© Netflix | PR", None, "Netflix"),
    # organisation words as titles in capitals write them, without accents
    ("Foto: LA NACION", None, "LA NACION"),
    ("© MUSEE DU QUAI", None, "MUSEE DU QUAI"),
    # a picture agency and the collection it sells the picture for
    ("Foto: picture alliance / Quillon Press", None, "picture alliance"),
    ("© picture alliance / Foto Quillon | Foto Quillon", None, "picture alliance"),
    ("Foto: picture alliance / Jane Doe", "Jane Doe", "picture alliance"),
])
def test_german_papers_pr_and_agency_collections(text: str, photographer: str | None,
                                                 outlet: str | None) -> None:
    credit = display_credit(read_credit_line(text))
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the stock libraries' own credit lines, "from" the library
    ("A mug on a table. Image by quillon_art from Pixabay", "quillon_art", "Pixabay"),
    ("A mug on a table. Photo by Jane Doe from Pexels", "Jane Doe", "Pexels"),
    # ... "from" a place is no credit
    ("A man waves. Photo: Jane Doe from Kyiv", None, None),
    # a spaced hyphen for the lead-in's colon
    ("A reading corner. Photo - Jane Doe.", "Jane Doe", None),
    ("Photo - a view of the bay at dusk", None, None),
])
def test_from_a_stock_library_and_photo_hyphen(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Chinese cities, districts and universities, Korean offices and cities: no person's names
    ("图/杭州市", None, "杭州市"),
    ("图/浙江大学", None, "浙江大学"),
    ("사진=창원시", None, "창원시"),
    ("사진=서울시청", None, "서울시청"),
    # ... while a person's name stays one
    ("图/王芳", "王芳", None),
    ("사진=홍길동", "홍길동", None),
])
def test_chinese_and_korean_places_and_offices_are_no_people(text: str, photographer: str | None,
                                                            outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # local papers' title words make the name after a slash a paper's (session 12, c13u)
    ("Fans on the pier at dusk. (Lena Marsh/Harbour Valley Advance)", "Lena Marsh",
     "Harbour Valley Advance"),
    ("Boats in the bay at dawn. (Lena Marsh/Quayside Record)", "Lena Marsh", "Quayside Record"),
    # a state police's handout through an agency
    ("A dash camera shows the chase on the highway on Friday. Oregon State Patrol/Handout via "
     "REUTERS", None, "Oregon State Patrol"),
])
def test_local_papers_title_words(text: str, photographer: str | None, outlet: str) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a spaced hyphen before the name closing the description (SaltWire's papers)
    ("Gulls circle the harbour before the storm. - Lena Marsh", "Lena Marsh", None),
    # "(Name photo)" closing the caption (Black Press's papers)
    ("A choir sings in the square on Friday. (Owen Pike photo)", "Owen Pike", None),
    ("A choir sings in the square on Friday. (Family photo)", None, None),
    # the name, a comma and the paper or agency after the description (US papers' galleries)
    ("Crews clear the road after the storm on Tuesday. Owen Pike, Harbour Daily News",
     "Owen Pike", "Harbour Daily News"),
    ("Crews clear the road after the storm in Jackson, Miss. Owen Pike, AP", "Owen Pike", "AP"),
    # a place after the comma, or a firm and a place, is no credit
    ("The mayor opens the new library on Monday. Owen Pike, Kyiv", None, None),
    ("Dark walls give the living room a calm look. Lena Marsh Design, Portland, OR.", None, None),
])
def test_names_closing_local_papers_captions(text: str, photographer: str | None,
                                             outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # photo-of-the-year pages: a quoted title, "by" the photographer "with"/"for" the paper
    ("'Harbour light' by Lena Marsh with the Quayside Record. \"The fog lifted just in time.\"",
     "Lena Marsh", "Quayside Record"),
    ("‘Storm front’ by Owen Pike for the Coastline Times. “I waited an hour for it.”",
     "Owen Pike", "Coastline Times"),
    # a quoted title by a name alone is as often an artwork's
    ("'The Garden Gate' by Owen Pike hangs in the town hall.", None, None),
    # a listicle's entry number opening the caption is set aside
    ("#12: Owen Pike / Reuters", "Owen Pike", "Reuters"),
    # a reader's picture signed with its sender (Black Press's papers)
    ("A deer in the yard at dawn. (Submitted/Owen Pike)", "Owen Pike", None),
])
def test_photo_of_the_year_titles_and_contributed_pictures(
        text: str, photographer: str | None, outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


def test_a_credit_cited_as_an_example_makes_no_caption() -> None:
    # a style guide's example of the credit form is no credit (session 12, c13u)
    assert not is_caption("Where a credit is needed, add it at the end of the caption in "
                          "parentheses, in the form (Photo/Jane Roe).")
    assert not is_caption("Credit each picture as the agency asks, for example (Photo/Jane Roe).")
    assert is_caption("Children play in the park on a sunny afternoon. (Photo/Jane Roe)")


@pytest.mark.parametrize(("text", "photographer"), [
    # a magazine's byline and picture credit in one credit element (session 12, c13u)
    ("by Ana Lima | Photos by Owen Pike", "Owen Pike"),
    ("Words by Ana Lima | Photography by Owen Pike", "Owen Pike"),
])
def test_byline_and_photo_credit_in_one_element(text: str, photographer: str | None) -> None:
    assert read_credit_line(text).photographer == photographer


@pytest.mark.parametrize(("text", "outlet"), [
    # a copyright notice over a span of years is a site's footer, no picture's credit
    ("Copyright © 2002-2017 Quillon Group", None),
    ("© 1996-2026, Quillon.com, Inc. or its affiliates", None),
    # ... one year is the picture's
    ("© 2019 Getty Images", "Getty Images"),
])
def test_a_copyright_notice_over_years_credits_no_picture(text: str, outlet: str | None) -> None:
    assert read_credit_line(text).outlet == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # USA TODAY Sports and its agency Imagn join the photographer's name to the outlet with a
    # hyphen; a hyphenated surname keeps its hyphen
    ("A guard drives to the basket. Mandatory Credit: Lena Marsh-USA TODAY Sports", "Lena Marsh",
     "USA TODAY Sports"),
    ("A guard drives to the basket. Mandatory Credit: Jo Kamin-Berg-USA TODAY Sports",
     "Jo Kamin-Berg", "USA TODAY Sports"),
    ("A guard drives. Mandatory Credit: Lena Marsh-USA TODAY Sports - RTR2XK7P", "Lena Marsh",
     "USA TODAY Sports"),
    ("Quill Moore – Lena Marsh-Imagn Images", "Lena Marsh", "Imagn Images"),
    # ... only these outlets: another hyphen is part of a name ("Jane Doe-Smith/Reuters")
    ("A rally. Jane Doe-Smith/Reuters", "Jane Doe-Smith", "Reuters"),
    ("The Coca-Cola arena hosts the final.", None, None),
    # Getty's regional editions are Getty Images
    ("A golfer tees off. Photo by Ann Lee/Getty Images North America", "Ann Lee", "Getty Images"),
    ("A golfer tees off. (Photo by Ann Lee/Getty Images AsiaPac)", "Ann Lee", "Getty Images"),
    # a handout word opening a chain after a lead-in names no one: the chain after it credits
    ("Um treino no centro (Crédito: Divulgação/Vitória/Ana Lima)", "Ana Lima", "Vitória"),
    ("Um treino no centro (Foto: Divulgação/CBF/Ana Lima)", "Ana Lima", "CBF"),
    # ... but without a lead-in it stays unread
    ("Um treino no centro. Divulgação/CBF/Ana Lima", None, None),
    # "PR" in capitals after a person in a chain is Brazil's presidency, as the Planalto credits
    # its pictures; alone it is a public-relations picture, and after a city its state (c16p)
    ("A cerimônia no palácio. Foto: Ana Lima/PR", "Ana Lima", "PR"),
    ("A cerimônia no palácio. Foto: Ana Lima / PR", "Ana Lima", "PR"),
    ("A cerimônia no palácio. Foto: PR", None, None),
    ("Vista da cidade. Foto: Londrina/PR", None, None),
    # a file picture from an outlet's archive names the outlet; a family's or a person's, no
    # one (c16p)
    ("A fachada do teatro. Foto de arquivo do Diário Serrano", None, "Diário Serrano"),
    ("A fachada do teatro. Foto de arquivo da família", None, None),
    ("A fachada do teatro. Foto de arquivo de Ana Lima", None, None),
    # a German or Dutch article after a name opens the caption's text, no surname
    ("© Quill Der Weltmeister jubelt auf dem Podium.", None, None),
    ("© Quill Moore Der Weltmeister jubelt auf dem Podium.", "Quill Moore", None),
    ("Fans on the square. Photo: Amit Das", "Amit Das", None),
    # a club's kind in dotted capitals before a name the names data does not know is a club
    ("Um treino no centro (Foto: Ana Lima/S.C. Litoral)", "Ana Lima", "S.C. Litoral"),
    ("Um treino no centro. Foto: C.R. Litoral", None, "C.R. Litoral"),
    # ... and before a known surname, or after other initials, a person
    ("Fans on the square. Photo: A.C. Green", "A.C. Green", None),
    ("Fans on the square. Photo: J.D. Quillhaven", "J.D. Quillhaven", None),
])
def test_sports_desk_credits(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, canonical_outlet(credit.outlet) if credit.outlet else None) == (
        photographer, outlet)
@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Japanese agencies' "出典:" (source) before the credit in a caption's closing brackets
    ("宇宙船に向かう飛行士たち(出典:JAXA)", None, "JAXA"),
    ("宇宙船に向かう飛行士たち(出典:JAXA/Jane Doe)", "Jane Doe", "JAXA"),
    # Polish military ranks before each name ("st. chor. sztab.", "kpt.", "por.", "ppłk")
    ("Ćwiczenia na poligonie. Fot. kpt. Anna Nowak, por. Jan Kowalski",
     "Anna Nowak; Jan Kowalski", None),
    ("Ćwiczenia na poligonie. Fot. st. chor. sztab. Piotr Zieliński", "Piotr Zieliński", None),
    ("Ćwiczenia na poligonie. Fot. ppłk Piotr Zieliński", "Piotr Zieliński", None),
    # ... "por" without its full stop is Spanish "by"
    ("Una plaza. Foto por Juan Pérez", "Juan Pérez", None),
    # an institution "in" a place (Polish "w", Czech "v")
    ("Wejście do krypty. Fot. Muzeum Okręgowe w Toruniu", None, "Muzeum Okręgowe w Toruniu"),
    # a university's student or professor credited with the role after the name
    ("A laser table. Photo credit: Jane Roe, graduate student", "Jane Roe", None),
    # "Photo Credit By" before a person or an agency (c16v)
    ("A monk at the pagoda gate. Photo Credit By Jane Roe", "Jane Roe", None),
    ("A monk at the pagoda gate. Photo Credit By Reuters", None, "Reuters"),
    ("A laser table. Photo credit: John Doe, professor", "John Doe", None),
])
def test_institutions_sources_ranks_and_roles(text: str, photographer: str | None,
                                              outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # who took the picture, then a labelled source: the source is the outlet when the credit
    # names none, and the credit's own outlet wins (ČT24's "autor: X, zdroj: Y")
    ("A man waves. Foto: Jane Doe, Quelle: dpa", "Jane Doe", "dpa"),
    ("A man waves. autor: Jan Novák, zdroj: ČTK", "Jan Novák", "ČTK"),
    ("A hearse passes. autor: Kyodo News, zdroj: AP Photo", None, "Kyodo"),
    # "Autor:" alone labels a byline as often, and stays unread
    ("A man waves. Autor: Quillon", None, None),
    # the word for a newspaper in other languages' titles
    ("A man waves. Foto: Quillon Shimbun", None, "Quillon Shimbun"),
    ("A man waves. Photo: Jane Doe/Chosun Ilbo", "Jane Doe", "Chosun Ilbo"),
])
def test_a_labelled_source_after_the_credit_and_papers_words(
        text: str, photographer: str | None, outlet: str | None) -> None:
    assert _caption_credit(text) == (photographer, outlet)
@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Portuguese and Spanish credits shorten "Agência"/"Agencia" to "Ag." before an agency's name
    ("Chuva forte no centro. Foto: Ana Ribeiro/Ag Brasil", "Ana Ribeiro", "Agência Brasil"),
    ("Foto: Paulo Mendes / Ag.Brasil", "Paulo Mendes", "Agência Brasil"),
    ("A ponte reaberta ao trânsito. Foto: Rita Sousa/Ag Estado", "Rita Sousa", "Agência Estado"),
])
def test_agency_shortened_to_ag(text: str, photographer: str, outlet: str) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert canonical_outlet(reading.outlet) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    ("Ag. Brasil", "Agência Brasil"), ("Ag. Estado", "Agência Estado"),
    # only an agency the authority knows; "AG" alone, or a firm's "AG", is none
    ("Ag. Vale Verde", None), ("AG", None), ("Agfa", None), ("Ag Norte", None),
])
def test_ag_names_only_an_agency_the_authority_knows(text: str, outlet: str | None) -> None:
    assert known_outlet(text) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # French magazines open a caption with its copyright credit as a sentence of its own
    ("© Claire Morel / Reuters. Des pêcheurs rentrent au port au lever du jour.", "Claire Morel",
     "Reuters"),
    ("© Claire Morel. Le marché du samedi sur la place de l'église.", "Claire Morel", None),
    ("© J. Morel. Le marché du samedi sur la place de l'église.", "J. Morel", None),
    ("© Reuters. Des pêcheurs rentrent au port au lever du jour.", None, "Reuters"),
    # a year, or a sentence too short to be the description, is no such credit
    ("© 2019. Tous droits réservés pour le journal.", None, None),
])
def test_copyright_credit_opening_a_caption(text: str, photographer: str | None,
                                            outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # the Romance languages' organisation words: an institute, an association, a movement
    ("Crianças na escola. Foto: Instituto Vida Nova", "Instituto Vida Nova"),
    ("Vendedores na praça. Foto: Movimento Mães Unidas", "Movimento Mães Unidas"),
    ("Il parco riaperto. Foto: Associazione Amici del Parco", "Associazione Amici del Parco"),
    ("Le défilé. Photo : Collectif Rue Libre", "Collectif Rue Libre"),
])
def test_romance_organisation_words(text: str, outlet: str) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (None, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the Romance "and" between two people the names data vouches for: two photographers
    ("Una marcha en el centro. Fotos: Lucía Tovar y Ramón Ibarra", "Lucía Tovar; Ramón Ibarra",
     None),
    ("Una marcha en el centro. Fotos: Lucía Tovar y Ramón Ibarra/AFP",
     "Lucía Tovar; Ramón Ibarra", "AFP"),
    ("Um ato na praça. Fotos: Ana Souza e Pedro Lima", "Ana Souza; Pedro Lima", None),
    ("Une fête. Photos : Anne Roux et Paul Gay", "Anne Roux; Paul Gay", None),
    # ... but a lone word after it is a name's particle and its last surname: one person
    ("Un retrato de época. Foto: Julián Vera y Castro", "Julián Vera y Castro", None),
    # a gallery's "photographic production" names the photographer
    ("Una feria. Producción fotográfica: Lucía Tovar", "Lucía Tovar", None),
    ("Uma feira. Produção fotográfica: Ana Souza", "Ana Souza", None),
    # "Grupo" is an organisation's word, in Spanish and Portuguese as "Gruppe" in German
    ("Un ingenio azucarero. Foto: Grupo Caña Dulce", None, "Grupo Caña Dulce"),
    ("Un ingenio azucarero.Grupo Caña Dulce/Facebook", None, "Grupo Caña Dulce"),
    # the Chilean agency Aton credits itself "Aton Chile"
    ("Una plaza de Santiago. Foto Marta Ríos / Aton Chile", "Marta Ríos", "Aton"),
    # a name alone after a bar closing the description (Milenio's galleries)
    ("Un vendedor cruza la calle del mercado. | Lucía Tovar", "Lucía Tovar", None),
    ("La alcaldesa en la rueda de prensa del lunes. | RAMÓN IBARRA", "RAMÓN IBARRA", None),
    # ... not a place, nor a name without the full stop closing the description
    ("Los vecinos llenan la plaza mayor. | Santa Fe", None, None),
    ("Un vendedor en la calle del mercado | Lucía Tovar", None, None),
    # Aton's byline and credit fields one after the other: the copy in capitals is cut
    ("El ministro saluda a los niños en el patio. Marta Ríos/Aton Chile MARTA RÍOS/ATON CHILE",
     "Marta Ríos", "Aton"),
    ("Una plaza vacía al amanecer. Marta Ríos/AFP MARTA RÍOS/AFP", "Marta Ríos", "AFP"),
])
def test_latin_american_credit_forms(text: str, photographer: str | None,
                                     outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Russian, Ukrainian, Turkish and Persian "and" between two photographers
    ("Фото: Пётр Снегирёв и Олеся Крылова", "Пётр Снегирёв; Олеся Крылова", None),
    ("Фото - Пётр Снегирёв и Олеся Крылова.", "Пётр Снегирёв; Олеся Крылова", None),
    ("Фото: Остап Гнатюк та Ярина Бойко", "Остап Гнатюк; Ярина Бойко", None),
    ("Fotoğraf: Emre Karaca ve Selin Aydemir", "Emre Karaca; Selin Aydemir", None),
    ("عکس: حسن کریمی و مریم احمدی", "حسن کریمی; مریم احمدی", None),
    # ... and an organisation's "и" is no such list
    ("Фото: Министерство науки и образования", None, "Министерство науки и образования"),
    # the plural "Фотографии" before names in the genitive, without a colon
    ("Фотографии Тимура Ахмедова и Рустама Валиева", "Тимура Ахмедова; Рустама Валиева", None),
    # Persian "عکس از" (photo by, or from) and a news agency's name
    ("عکس از حسن کریمی", "حسن کریمی", None),
    ("عکس از خبرگزاری پارسیان", None, "خبرگزاری پارسیان"),
    ("عکس: روزنامه شهر نو", None, "روزنامه شهر نو"),
    # ... and the wire agencies' Persian names, which the authority knows
    ("منبع تصویر، خبرگزاری فرانسه", None, "AFP"),
    ("عکس: رویترز", None, "Reuters"),
    # the plural "عکس‌ها" / "عکس ها" (photos) leads a credit like "عکس"; the same word twice is
    # each picture's source, never two people (c15f)
    ("عکس ها از نادر کاظمی", "نادر کاظمی", None),
    ("عکس‌ها: ایسنا", None, "ISNA"),
    ("عکس ها: حسن کریمی و مریم احمدی", "حسن کریمی; مریم احمدی", None),
    ("عکس ها: مهتاب رضوی و مهتاب رضوی", None, None),
    # "Name، عکاس خبرگزاری X" (Name, photographer of the agency X), the period glued or not
    ("نادر کاظمی، عکاس خبرگزاری ایسنا", "نادر کاظمی", "ISNA"),
    ("کیان نوری.عکاس خبرگزاری فارس", "کیان نوری", "Fars News Agency"),
    # the Persian copyright lead-ins ("حق نشر عکس", the BBC's Persian service; "حق کپی") and
    # the Persian comma between two names (c15f)
    ("حق نشر عکس Reuters", None, "Reuters"),
    ("تصویر و حق کپی : نادر کاظمی", "نادر کاظمی", None),
    ("عکس: حسن کریمی، مریم احمدی / ایسنا", "حسن کریمی; مریم احمدی", "ISNA"),
    # a news channel's hashtags after the credit are no part of it
    ("عکاس: نادر کاظمی #اخبار_تهران", "نادر کاظمی", None),
    ("Photo: Jane Roe/AP #market #dusk", "Jane Roe", "AP"),
    # ... nor a link after a spaced slash or bar, as Thai sites set the page's address (c16v)
    ("ภาพ: วิไล ศรีสุข / https://www.example.co.th/story-1/", "วิไล ศรีสุข", None),
    ("Photo: Jane Roe | www.janeroe.example", "Jane Roe", None),
    ("Photo: Jane Roe/AP / https://example.com/gallery", "Jane Roe", "AP"),
    # Russian institutes
    ("Фото: Институт морской биологии", None, "Институт морской биологии"),
    # the asterisk Russian papers set after Meta's services
    ("Фото: Instagram[*]", None, "Instagram"),
    ("Фото: Пётр Снегирёв / Facebook*", "Пётр Снегирёв", "Facebook"),
    # "Фото с сайта X" (photo from the site of X), and an agency's quoted word
    ('Фото с сайта РИА "Новости"', None, "RIA Novosti"),
    ("Фото з сайту example.gov.ua", None, "example.gov.ua"),
    # a reader's picture from a social network group, and the platform
    ("Фото: Анна Орлова, группа «Наш район» ВКонтакте", "Анна Орлова", "VK"),
    ("Фото: Анна Орлова, паблик «Наш район» во ВКонтакте", "Анна Орлова", "VK"),
    # Uzbek "the photos' author"
    ("Суратлар муаллифи - Жасур Тошпўлатов", "Жасур Тошпўлатов", None),
    ("Surat muallifi: Jasur Toshpulatov", "Jasur Toshpulatov", None),
])
def test_caucasus_central_asian_and_persian_credits(text: str, photographer: str | None,
                                                   outlet: str | None) -> None:
    found = read_credit_line(text)
    assert found is not None
    assert found.photographer == photographer
    assert (canonical_outlet(found.outlet) if found.outlet else None) == outlet


def test_a_quote_inside_an_outlets_name_stays() -> None:
    found = read_credit_line('Фото: РИА "Новости"')
    assert found is not None and found.outlet == 'РИА "Новости"'


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the South Slavic photo nouns, singular and plural, in Latin and Cyrillic letters
    # ("Fotografija: Name", "Fotografije: Name", Serbian and Macedonian "Фотографија: Name")
    ("Most preko rijeke u zimu. Fotografija: Ivana Kovač", "Ivana Kovač", None),
    ("Most preko rijeke u zimu. Fotografije: Ivana Kovač/Pixsell", "Ivana Kovač", "Pixsell"),
    ("Мост преко реке зими. Фотографија: Марко Петровић", "Марко Петровић", None),
    # ... and in a sentence they are no lead-in
    ("Fotografije s ljetovanja stigle su tek u jesen.", None, None),
    # Israeli papers: Reuters in Hebrew after " / צילום:" (Globes), the Government Press Office
    # and Globes after the photographer
    ("שוק בירושלים / צילום: רויטרס", None, "Reuters"),
    ("השר בכנס צילום: דוד לוי, לע\"מ", "דוד לוי", "GPO"),
    ("מנהלת החברה / צילום: שרה כהן, גלובס", "שרה כהן", "Globes"),
])
def test_balkan_and_israeli_credits(text: str, photographer: str | None,
                                   outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer"), [
    ("Fotografije: Ivana Kovač", "Ivana Kovač"),
    ("Фотографија: Марко Петровић", "Марко Петровић"),
])
def test_south_slavic_photo_nouns_open_a_credit_line(text: str, photographer: str) -> None:
    assert read_credit_line(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a full stop after the bracket that closes a credit element is the sentence's end
    ("Фото Тимура Ахмедова и Рустама Валиева (УзА).", "Тимура Ахмедова; Рустама Валиева", "УзА"),
    ("Photo: Jane Doe (AFP).", "Jane Doe", "AFP"),
    ("© Lena Park (KNA).", "Lena Park", "KNA"),
    ("(AFP).", None, "AFP"),
])
def test_a_full_stop_after_a_credit_elements_bracket(text: str, photographer: str | None,
                                                     outlet: str | None) -> None:
    found = read_credit_line(text)
    assert (found.photographer, found.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # German-language and Dutch-language regional papers (c13d): a lead-in and a name before
    # an agency's closing brackets (Tamedia's Swiss papers: "Foto: Name (Keystone)")
    ("Die Ministerin spricht vor der Presse in Bern. Foto: Jana Brünner (Keystone)",
     "Jana Brünner", "Keystone"),
    ("Der Zug hält am neuen Bahnhof. Bild: Lukas Vögtli (dpa)", "Lukas Vögtli", "dpa"),
    # ... not a title's holder, and an agency alone stays the agency alone
    ("Die Ministerin spricht vor der Presse. Foto: Ministerin Jana Brünner (Keystone)",
     None, "Keystone"),
    ("Die Ministerin spricht vor der Presse. Foto: Keystone (Archiv)", None, "Keystone"),
    # dpa's picture-service notes after its credit are set aside
    ("Ein Graffiti an einer Hauswand in der Neustadt. Foto: Rolf Tessmer/dpa +++ dpa-Bildfunk +++",
     "Rolf Tessmer", "dpa"),
    ("Die neue Wache in der Altstadt. Foto: Rolf Tessmer/dpa +++(c) dpa - Bildfunk+++ | "
     "Verwendung weltweit", "Rolf Tessmer", "dpa"),
    # Dutch "Fotograaf:" (photographer)
    ("De gemeenteraad vergadert in het raadhuis. Fotograaf: Hanneke van Dijkstra",
     "Hanneke van Dijkstra", None),
    # "Symbolfoto" (an illustrative picture) names no one, as "Symbolbild" does
    ("Ein Unfall auf der Autobahn. Foto: Symbolfoto/dpa", None, "dpa"),
    ("Ein Unfall auf der Autobahn. Foto: Symbolfoto", None, None),
])
def test_german_and_dutch_regional_credit_forms(text: str, photographer: str | None,
                                                outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Central, Eastern and Northern European papers (c14e): TT's picture code after its credit
    # is set aside, as dpa's notes are
    ("Riksdagen öppnar. Foto: Anna Lindqvist / TT kod 10060", "Anna Lindqvist", "TT"),
    ("En demonstrant i London. AFP PHOTO / Per Holmgren / TT / kod 444", "Per Holmgren", "AFP"),
    # Icelandic "Ljósmynd:" (photograph) and the Swedish compounds "Pressfoto:", "Toppbild:"
    ("Bátar í höfninni. Ljósmynd: Jón Sigurðsson", "Jón Sigurðsson", None),
    ("Kommentatorn i studion. Pressfoto: SVT", None, "SVT"),
    # Finnish papers' compound names closing in "-lehti" (a paper) after "Kuva: Name,"
    ("Telttailua rannalla. Kuva: Maija Virtanen, Kunnallislehti.", "Maija Virtanen",
     "Kunnallislehti"),
    ("Telttailua rannalla. Kuva: Maija Virtanen, Kaarina-Lehti.", "Maija Virtanen",
     "Kaarina-Lehti"),
    # ... "Lehti" alone is a surname, and stays a person's
    ("Telttailua rannalla. Kuva: Matti Lehti", "Matti Lehti", None),
    # a Hungarian press office inside MTI's chain is no photographer
    ("A miniszter Brüsszelben. Fotó: MTI/Miniszterelnöki Sajtóiroda/Kovács Béla", "Kovács Béla",
     "MTI"),
    ("A miniszter Brüsszelben. Fotó: MTI/Miniszterelnöki Kommunikációs Főosztály/Kovács Béla",
     "Kovács Béla", "MTI"),
    # the Baltic agencies the authority knows
    ("Rīgas dome. Foto: LETA", None, "LETA"),
])
def test_central_eastern_and_northern_european_credit_forms(text: str, photographer: str | None,
                                                            outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    ("Toppbild: TT", "TT"),
    ("Foto: LETA", "LETA"),
    # the Latvian photo agency F64 by its short name alone, after a copyright sign too (c18g)
    ("© F64", "F64"),
    ("Foto: Anna Kalniņa/F64 Photo Agency", "F64"),
    ("Ljósmynd: Jón Sigurðsson", None),
])
def test_nordic_and_baltic_credit_elements(text: str, outlet: str | None) -> None:
    assert canonical_outlet(read_credit_line(text).outlet) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the source of the (main) photo, in Polish, Czech and Slovak
    ("Źródło zdjęcia głównego: Shutterstock", None, "Shutterstock"),
    ("Źródło zdjęcia: Anna Nowak", "Anna Nowak", None),
    ("Zdroj fotografie: Petr Dvořák", "Petr Dvořák", None),
    # Hungarian picture labels
    ("Kiemelt kép: MTI", None, "MTI"),
    # "photographed" in the past tense, and pictures and the news item signed in one
    ("Fotografoval - Jan Dvořák", "Jan Dvořák", None),
    ("Fotografowała: Anna Nowak", "Anna Nowak", None),
    ("Foto, info: Jan Kowal", "Jan Kowal", None),
])
def test_west_slavic_and_hungarian_lead_ins(text: str, photographer: str | None,
                                            outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert credit.photographer == photographer
    assert (canonical_outlet(credit.outlet) if credit.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a known agency glued to a person's full name by a hyphen
    ("Minister na tlačovke. Foto: TASR-Jana Horváthová", "Jana Horváthová", "TASR"),
    ("Bratislava 2. mája 2021 (HSP/Foto:SITA-Jana Horváthová)", "Jana Horváthová", "SITA"),
    # ... a story's source tag before a bracket's lead-in is no credit
    ("Bratislava 2. mája 2021 (HSP/Foto: Facebook)", None, "Facebook"),
    # ... but an agency's own hyphenated name and a hyphenated given name stay
    ("A rally in the square. EPA-EFE/Jane Doe", "Jane Doe", "EPA"),
    ("Minister na tlačovke. Foto: Jean-Pierre Martin", "Jean-Pierre Martin", None),
])
def test_an_agency_glued_by_a_hyphen_and_a_source_tag(text: str, photographer: str | None,
                                                      outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a known outlet glued to the name after a lead-in
    ("ilustrační snímek | foto: Jana HorváthováMAFRA", "Jana Horváthová", "MAFRA"),
    ("Starosta v obci. Foto: Jan NovákReuters", "Jan Novák", "Reuters"),
    # ... and a broadcaster in capitals glued to the caption's last word, the outlet alone
    ("Jana Horváthová na pódiuTVN24", None, "TVN24"),
    # ... but no word with a capital inside it
    ("The new Apple iPhone", None, None),
    # a second credit after a double slash: the first is the picture's
    ("Wójt w urzędzie fot. Jan Kowal/East News // screen: Twitter", "Jan Kowal", "East News"),
    ("A path // a road", None, None),
    # a chain whose slashes are spaced before and glued after, closing with a known outlet
    ("Policja na drodze /Jan Kowal /RMF FM", "Jan Kowal", "RMF FM"),
    ("Zdjęcie ilustracyjne /Jan Kowal /RMF FM", "Jan Kowal", "RMF FM"),
    ("Policja na drodze /Jan Kowal /Gazeta Lokalna", None, None),
    # a labelled source, then the labelled photographer, also glued to the caption
    ("Wójt w urzędzie. Źródło: Agencja Gazeta, fot: Jan Kowal", "Jan Kowal", "Agencja Gazeta"),
    ("Wójt w urzędzieŹródło: Agencja Gazeta, fot: Jan Kowal", "Jan Kowal", "Agencja Gazeta"),
    ("Starosta v obci. Zdroj: ČTK, foto: Jan Novák", "Jan Novák", "ČTK"),
])
def test_an_outlet_glued_to_a_name_or_a_caption(text: str, photographer: str | None,
                                                outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # ... not a verb inside a sentence
    ("Pan fotografoval krajinu celý život.", None, None),
])
def test_a_past_tense_photographed_inside_a_sentence(text: str, photographer: str | None,
                                                     outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the broadcasters and picture agencies of Poland, Czechia and Slovakia the authority knows
    ("Starosta otevírá novou školu. Foto: Česká televize", None, "Česká televize"),
    ("Starosta otevírá novou školu. Foto: Český rozhlas", None, "Český rozhlas"),
    ("Wójt otwiera nową szkołę. Fot. Polsat", None, "Polsat"),
    ("Wójt otwiera nową szkołę. Fot. RMF FM", None, "RMF FM"),
    ("Wójt otwiera nową szkołę. Fot. Anna Nowak/East News", "Anna Nowak", "East News"),
    # a platform by its web address is the platform
    ("Wójt pokazał zdjęcie w sieci. Fot. Twitter.com / Jan Kowal", "Jan Kowal", "Twitter"),
])
def test_west_slavic_broadcasters_and_agencies(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a year as a link of its own in a chain dates the picture
    ("A pier at dawn. (Mara Lind/Harbour Post/2024)", "Mara Lind", "Harbour Post"),
    ("A clinic queue. © UNICEF Ghana/2021/Kofi Mensah", "Kofi Mensah", "UNICEF Ghana"),
    # ... but a day's date in a chain is no link ("15/06/1993")
    ("A court hearing / Jane Doe 15/06/1993 / Agência O Globo", None, None),
    # a country closing a chain is where the picture was taken, no outlet
    ("Zebras at a waterhole. © Jane Doe/2022/Tanzania", "Jane Doe", None),
    ("Zebras at a waterhole. © Jane Doe/Reuters/Tanzania", "Jane Doe", "Reuters"),
    # the day in words after a credit and a comma is when it was taken
    ("Улица зимой. Фото: Reuters, 1 октября 2022 года", None, "Reuters"),
    ("A barn at noon. Photo: Jane Doe/AP, July 22, 2011", "Jane Doe", "AP"),
    # the press word opening a press office's name, not marking a handout
    ("El acto en el palacio. Foto: Prensa Presidencial", None, "Prensa Presidencial"),
    ("El acto en el palacio. Foto: Prensa", None, None),
    ("El acto en el palacio. Foto: Archivo Particular", None, None),
])
def test_years_countries_and_days_in_chains_and_a_press_office(
        text: str, photographer: str | None, outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # a marker and an outlet set apart by a comma, either way round, close a caption
    ("The minister at the airport. [File, Daily Planet]", "Daily Planet"),
    ("The minister at the airport. [Daily Planet, File]", "Daily Planet"),
    ("The minister at the airport. (File, Reuters)", "Reuters"),
    # ... but a marker beside a word that names no organisation is nothing
    ("The minister at the airport. [File, Nairobi]", None),
])
def test_a_marker_and_an_outlet_set_apart_by_a_comma(text: str, outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (None, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # an archive word after a dash closing a known agency's credit dates the picture
    ("Una calle del centro. Ana Ruiz - Europa Press - Archivo", "Ana Ruiz", "Europa Press"),
    ("Una calle del centro. | A. Ruiz - Europa Press - Archivo", "A. Ruiz", "Europa Press"),
    # ... after a person's name it is no part of an organisation's name
    ("Der Minister im Landtag. Foto: Jana Weber - Archiv", None, None),
])
def test_an_archive_word_after_a_dash(text: str, photographer: str | None,
                                      outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "outlet"), [
    # a title the article opens names a publication after a lead-in, never a person
    ("A bowl of soup. Credit: The Kitchen Ledger", "The Kitchen Ledger"),
    ("A tray of cups. Image source: The Garden Almanac.", "The Garden Almanac"),
    ("A board of swatches. Image by The Paint Room, Napa CA.", "The Paint Room"),
    # ... but not a sentence's words
    ("A bowl of soup. Credit: the kitchen staff", None),
])
def test_a_title_opened_by_the_article_after_a_lead_in(text: str, outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (None, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # a name closing with a country that is no surname is a business's or a board's
    ("Image credit: Lily Tan Singapore", None),
    ("Photo: Visit Malta", None),
    # ... a country that is also a surname stays a person's
    ("Photo: John Ireland", "John Ireland"),
])
def test_a_name_closing_with_a_country(text: str, photographer: str | None) -> None:
    assert read_credit_line(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the circled c Korean sites write is the copyright sign
    ("바닷가 풍경 ⓒ 홍길동", "홍길동", None),
    ("바닷가 풍경 ⓒ 연합뉴스", None, "Yonhap"),
    ("A harbour at dawn. Ⓒ Reuters", None, "Reuters"),
    # a Hangul word is a person's name only if it opens with a Korean surname
    ("바닷가 풍경 ⓒ 남궁민수", "남궁민수", None),
    ("바닷가 풍경 ⓒ 픽사베이", None, None),
    # ... and a known paper or agency before a Korean name after © is its outlet
    ("바닷가 풍경 ⓒ 한겨레", None, "The Hankyoreh"),
    ("바닷가 풍경 © 연합뉴스 홍길동", "홍길동", "Yonhap"),
    ("바닷가 풍경 ⓒ 오마이뉴스 홍길동", "홍길동", "OhmyNews"),
])
def test_the_circled_c_and_korean_names(text: str, photographer: str | None,
                                        outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "outlet"), [
    # an outlet's own archive in a chain after the photographer names the outlet
    ("Picture: Jane Doe/Harbour Examiner Archive", "Harbour Examiner"),
    ("Jane Doe/Archives La Presse", "La Presse"),
    # ... but an archive word after one word that names no outlet stays as written
    ("Jane Doe/Stadt Archiv", "Stadt Archiv"),
])
def test_an_outlets_archive_in_a_chain(text: str, outlet: str | None) -> None:
    assert read_credit_line(text).outlet == outlet
@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the shoot's stylists, art director or writer after the picture's credit, labelled with
    # "by" or a colon after a comma, a semicolon or a full stop, are no part of it (c15l)
    ("Photography by Mara Quill, Styling by Tess Arden", "Mara Quill", None),
    ("Photo: Mara Quill; prop styling: Tess Arden", "Mara Quill", None),
    ("Bild: WDR/Tess Arden, Text: Mara Quill", "Tess Arden", "WDR"),
    # ... and the text's author first, set apart by a bar (c16g)
    ("© Text: Mara Quill | © Bild: Tess Arden/dpa", "Tess Arden", "dpa"),
    ("Text: Mara Quill | Foto: Tess Arden", "Tess Arden", None),
    ("Photos by Mara Quill. Art direction by Tess Arden", "Mara Quill", None),
    # ... and its editor, producer or writer, as Hebrew sites label them (c16w)
    ("Photo: Mara Quill, editing: Tess Arden", "Mara Quill", None),
    ("צילום: דנה לוי, עריכה: רחל אבנרי", "דנה לוי", None),
    ("צילום: דנה לוי; הפקה: רחל אבנרי", "דנה לוי", None),
    # ... a word that only begins like a role is no role
    ("Photo: Mara Quill, Styles and more", None, None),
])
def test_the_shoots_crew_after_the_credit(text: str, photographer: str | None,
                                          outlet: str | None) -> None:
    reading = read_credit_line(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "Photography / Name" labels who took the pictures, as "Photo / Name" does: never an
    # outlet called "Photography" (c15l)
    ("Photography / Tess Arden", "Tess Arden", None),
    # ... and in a style blog's bulleted credits, the role a picture's lead-in opens is the
    # picture's credit
    ("Coat / Harbour • Boots / Quarry • Photography / Tess Arden", "Tess Arden", None),
    ("Coat / Harbour • Boots / Quarry", None, None),
])
def test_photography_slash_and_bulleted_credits(text: str, photographer: str | None,
                                                outlet: str | None) -> None:
    reading = read_credit_line(text)
    assert (reading.photographer, reading.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a social platform, then the account after a comma: the platform is the outlet, the
    # account's handle no photographer (c15l)
    ("Tiny leaves glued to the nails. © Instagram, leafnails", None, "Instagram"),
    ("A corner table. Foto: Facebook, @harbourcafe", None, "Facebook"),
    # ... a person's full name after the comma is no handle, and nothing is read
    ("A corner table. © Instagram, Tess Arden", None, None),
])
def test_a_platform_and_its_account(text: str, photographer: str | None,
                                    outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a hyphen glued to one name and spaced from the next joins two people
    ("© Anne ROUX- Paul GAY / Reuters", "Anne ROUX; Paul GAY", "Reuters"),
    ("Photo: Jane Doe-Smith", "Jane Doe-Smith", None),
    # what kind of outlet a link is, in lower case after its name, is no part of the name
    ("Jane Doe / Harbour magazine, April 2015.", "Jane Doe", "Harbour"),
    ("Jane Doe/Harbour Magazine", "Jane Doe", "Harbour Magazine"),
])
def test_a_glued_hyphen_between_names_and_a_kind_after_an_outlet(
        text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # an inn, a guesthouse, a restaurant or a web magazine lending its own picture is its
    # outlet, never a photographer (c15l)
    ("Photo Credit: Harbour Gate Bed and Breakfast", None, "Harbour Gate Bed and Breakfast"),
    ("Photo courtesy of Old Quarry Inn", None, "Old Quarry Inn"),
    ("© Lintu Webzine", None, "Lintu Webzine"),
    ("Foto: Trattoria da Rino", None, "Trattoria da Rino"),
])
def test_inns_and_restaurants_are_organisations(text: str, photographer: str | None,
                                                outlet: str | None) -> None:
    reading = read_credit_line(text)
    assert reading.photographer == photographer
    assert reading.outlet == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a number word opens a title, never a person's name
    ("A cake on a stand. Image by Jane Doe via One Fine Table", "Jane Doe", "One Fine Table"),
    ("A cake on a stand. Photo: One Fine Table", None, None),
])
def test_a_number_word_opens_no_name(text: str, photographer: str | None,
                                     outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a stock agency the authority knows before the copyright sign is the outlet of the name
    # after it (c15l)
    ("Fotolia.com © Tess Arden", "Tess Arden", "Fotolia"),
    ("stock.adobe.com © Mara Quill", "Mara Quill", "Adobe Stock"),
    # ... a name the authority does not know before it is no outlet
    ("Harbour Gate © Mara Quill", "Mara Quill", None),
])
def test_a_stock_agency_before_the_copyright_sign(text: str, photographer: str | None,
                                                  outlet: str | None) -> None:
    reading = read_credit_line(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the pictures a photo-illustration was made from, after a semicolon, are no part of who
    # made it (c15l)
    ("Photo-Illustration: The Daily Harbour; Photos: Retailers", None, "The Daily Harbour"),
    ("Photo illustration by Mara Quill; Photos: Getty Images", "Mara Quill", None),
])
def test_a_photo_illustrations_source_pictures(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    reading = read_credit_line(text)
    assert reading.photographer == photographer
    assert reading.outlet == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a German office's compound closing in "-amt" names an organisation
    ("Foto: Landesamt für Hafenbau und Schleusen", None, "Landesamt für Hafenbau und Schleusen"),
    ("Foto: Jugendamt Quillon", None, "Jugendamt Quillon"),
])
def test_german_offices_closing_in_amt(
        text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the press of Indonesia and Malaysia credits "OUTLET/Name": a name the names data lacks is
    # read after an outlet the authority knows, as after a wire agency (c15i)
    ("Warga menonton pawai di alun-alun. (Tribunnews.com/Sekar Wangi)", "Sekar Wangi",
     "Tribunnews.com"),
    ("Petani memanen padi di sawah. TEMPO/Raka Tirtayasa", "Raka Tirtayasa", "Tempo"),
    ("Pedagang menata dagangan di pasar. (KOMPAS.com/Gilang Sasongko)", "Gilang Sasongko",
     "Kompas.com"),
    ("Penduduk membersihkan parit. - UTUSAN/Ramli Yusop", "Ramli Yusop", "Utusan Malaysia"),
])
def test_indonesian_and_malay_papers_before_the_name(
        text: str, photographer: str | None, outlet: str | None) -> None:
    caption = read_caption(text)
    assert caption.photographer == photographer
    assert canonical_outlet(caption.outlet) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Indonesian and Malay "Sumber:" (source) closing a caption, and the picture's source (c15i)
    ("Sawah terendam banjir. (Sumber: Instagram)", None, "Instagram"),
    ("Jembatan gantung di desa. (Sumber foto: warta-desa.id)", None, "warta-desa.id"),
    ("Kebun teh di lereng bukit. Sumber gambar: Antara", None, "Antara"),
])
def test_indonesian_and_malay_source_lead_in(
        text: str, photographer: str | None, outlet: str | None) -> None:
    caption = read_caption(text)
    assert (caption.photographer, canonical_outlet(caption.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a comma glued between Chinese words, ASCII or full-width, may start the credit after it
    ("渔民在港口修补渔网,中新社发 王芳 摄", "王芳", "China News Service"),
    ("渔民在港口修补渔网，新华社发 王芳 摄", "王芳", "Xinhua"),
])
def test_a_comma_glued_between_chinese_words(text: str, photographer: str | None,
                                             outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Malay "Gambar" (picture) without a colon before the one agency closing a caption (c15i);
    # an illustrative picture ("Gambar hiasan") names no one
    ("Penduduk menaiki bot ke pusat pemindahan. (Gambar Bernama)", None, "Bernama"),
    ("Penduduk menaiki bot ke pusat pemindahan. (Gambar hiasan)", None, None),
])
def test_malay_picture_noun_before_an_agency(
        text: str, photographer: str | None, outlet: str | None) -> None:
    caption = read_caption(text)
    assert (caption.photographer, canonical_outlet(caption.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Malaysia's and Indonesia's national agencies glued by a slash to the description's last
    # word (c15i); another agency there, or a chain, is no such credit
    ("(Penduduk menyeberangi sungai di hulu Sungai Kerian/BERNAMA)", None, "Bernama"),
    ("Nelayan menarik perahu ke pantai di Teluk Lembah/Antara", None, "Antara"),
    ("Firefighters reached the farm near Quillon Rescue Service/EFE", None, None),
])
def test_national_agency_glued_to_the_description(
        text: str, photographer: str | None, outlet: str | None) -> None:
    caption = read_caption(text)
    assert (caption.photographer, canonical_outlet(caption.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # La Dépêche du Midi signs its pictures with its initials, before its photographer's name
    # after a comma, alone, or before its archives (c17f)
    ("Le marché de plein vent sous la pluie. / Photo DDM, Lucie Barrande", "Lucie Barrande",
     "La Dépêche du Midi"),
    ("Les bénévoles montent le chapiteau. / Photo DDM.", None, "La Dépêche du Midi"),
    ("La première une du journal, en 1870 /Photo DDM Archives", None, "La Dépêche du Midi"),
    # an outlet the authority knows before or after the archive word, after a photo noun
    ("Le quai en 1962. Photo archives AFP", None, "AFP"),
    ("Le quai en 1962. (Photo: Reuters archives)", None, "Reuters"),
    # a person's archives stay unread as an outlet's
    ("Le quai en 1962. Photo archives", None, None),
])
def test_french_regional_initials_and_an_outlets_archives(
        text: str, photographer: str | None, outlet: str | None) -> None:
    caption = read_caption(text)
    assert (caption.photographer, canonical_outlet(caption.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # South-East and Central European agencies before the photo noun of their own language, as
    # MTI signs its pictures ("MTI Fotó: Name") (c17e): the agency and who took the picture
    ("Átadták a felújított hidat. MTI Fotó: Szabó Réka", "Szabó Réka", "MTI"),
    ("Протест пред парламента. BTA Снимка: Петя Колева", "Петя Колева", "BTA"),
    ("Otvoren novi most. Tanjug Foto: Milica Jovanović", "Milica Jovanović", "Tanjug"),
    # ... a word that is no agency before the noun names no outlet
    ("Átadták a felújított hidat. Archív Fotó: Szabó Réka", "Szabó Réka", None),
])
def test_agency_before_a_local_photo_noun(text: str, photographer: str | None,
                                          outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a gallery's or a video's link word after a dash closing the credit is no outlet (c17e)
    ("Sokan kilátogattak a majálisra. Fotó: Tóth Kinga - GALÉRIA", "Tóth Kinga", None),
    ("Gužva na rivi. Foto: Ivana Marić/PIXSELL - GALERIJA", "Ivana Marić", "Pixsell"),
    ("Gužva na rivi. Foto: Ivana Marić – VIDEO", "Ivana Marić", None),
    # ... but the word ending a name without the dash stays the outlet's
    ("A kiállítás megnyitója. Fotó: Tóth Kinga/Magyar Nemzeti Galéria", "Tóth Kinga",
     "Magyar Nemzeti Galéria"),
])
def test_a_gallery_link_after_the_credit(text: str, photographer: str | None,
                                         outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a photo-of-the-day page's link to its archive after the credit is no part of it (c18g)
    ("Sheep at the dawn market. Credit: Lena Marsh (France) Find all of our photos of the day "
     "here.", "Lena Marsh", None),
    ("A bridge at dusk. Photo: Tomas Rell/AFP See more photos from the festival.", "Tomas Rell",
     "AFP"),
    ("Quilts drying in the sun. Credit: Lena Marsh (Uzbekistan) View all our photos of the week.",
     "Lena Marsh", None),
    # ... also as a listing cuts it with an ellipsis, glued to the bracket or not
    ("Quilts drying in the sun. Credit: Lena Marsh (Uzbekistan) Find…", "Lena Marsh", None),
    ("Quilts drying in the sun. Credit: Lena Marsh (France)Find all of our photos of the day…",
     "Lena Marsh", None),
    # ... and a sentence that goes on about photos is no such link: nothing is read from it
    ("Visitors can find more photos of the old town in the museum's archive.", None, None),
])
def test_a_photo_archive_link_after_the_credit(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "via"), [
    # the same byline twice in brackets, the agency's and then the distributor's with "via":
    # one credit, read from the fuller copy
    ("Smoke over the port. (Photo by Ana LIMA / AFP) (Photo by ANA LIMA/AFP via Getty Images)",
     "Ana Lima", "Getty Images"),
    ("(Photo by Tomas RELL / AFP) (Photo by TOMAS RELL/AFP via Getty Images)", "Tomas Rell",
     "Getty Images"),
    ("A quay at dawn. (Photo by Ana LIMA / AFP) (Photo by ANA LIMA / AFP)", "Ana Lima", None),
])
def test_a_byline_set_twice_in_brackets(text: str, photographer: str, via: str | None) -> None:
    if text.startswith("("):  # a credit element
        reading = display_credit(read_credit_line(text))
    else:
        parts = read_caption(text)
        reading = display_credit(Credit(parts.photographer, parts.outlet, parts.via))
    assert (reading.photographer, reading.outlet, reading.via) == (photographer, "AFP", via)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a Lithuanian body's picture: the body in the genitive before "nuotr.", its words between
    # the first and the body's word in lower case, kept as published (c18g)
    ("Naujas takas parke. Kauno miesto savivaldybės nuotr.", None, "Kauno miesto savivaldybės"),
    ("Mokiniai kieme. (Pakruojo rajono gimnazijos nuotr.)", None, "Pakruojo rajono gimnazijos"),
    ("Paroda salėje. Lietuvos nacionalinio muziejaus nuotr.", None,
     "Lietuvos nacionalinio muziejaus"),
    # ... a person's name in the genitive still names the photographer
    ("Mokiniai kieme. Jono Petraičio nuotr.", "Jono Petraičio", None),
    # ... a personal archive's picture names no one
    ("Senelių sodyba. Asmeninio archyvo nuotr.", None, None),
    # ... and a body in a sentence is no credit
    ("Susitikimas vyko Kauno miesto savivaldybės salėje.", None, None),
])
def test_a_lithuanian_body_before_nuotr(text: str, photographer: str | None,
                                        outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert reading.outlet == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Croatian, Serbian and Bosnian "snimio"/"snimila" (shot by) before a name (c17e)
    ("Marko Perić (snimio Tomislav Babić)", "Tomislav Babić", None),
    ("Ribarska luka u zoru. Snimila: Petra Knežević", "Petra Knežević", None),
    # ... never the sentence's verb before other words
    ("Prizor je snimio Tomislav Babić dok je šetao rivom.", None, None),
    ("Video snimio Tomislav Babić.", None, None),
    ("Prizor je snimio Tomislav Babić.", None, None),
    # pictures and text signed in one, in the region's languages
    ("Zima u Gorskom kotaru. Fotografije i tekst: Lucija Horvat", "Lucija Horvat", None),
    ("Tél a Bakonyban. Szöveg és fotó: Varga Dóra", "Varga Dóra", None),
    ("Iarna la munte. Text și foto: Andrei Ionescu", "Andrei Ionescu", None),
])
def test_south_slavic_taker_and_text_and_photos_lead_ins(text: str, photographer: str | None,
                                                        outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # words and pictures signed in one in the Nordic languages, as a Faroese paper's credit
    # element ("Orð og myndir: Name"); a name the names data lacks is taken after it, as after
    # "Text and photos by" (c17s)
    ("Orð og myndir: Hallvør Joensen", "Hallvør Joensen", None),
    ("Texti og myndir: Sólrún Hjaltadóttir", "Sólrún Hjaltadóttir", None),
    ("Text och bild: Lena Vikström/TT", "Lena Vikström", "TT"),
    ("Teksti ja kuvat: Matti Lehtola", "Matti Lehtola", None),
    ("Tekst og foto: NTB", None, "NTB"),
])
def test_nordic_words_and_pictures_credit_elements(text: str, photographer: str | None,
                                                   outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert credit.photographer == photographer
    assert (canonical_outlet(credit.outlet) if credit.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "Photos" without a colon before a capitalised name, as French regional papers sign a
    # gallery's pictures on a line of their own (c17f), like "Photo Name"
    ("Les vieilles voitures font halte sur la place. Photos Odile Marchetti", "Odile Marchetti",
     None),
    ("Les vieilles voitures font halte sur la place. Photo Odile Marchetti", "Odile Marchetti",
     None),
    # a sentence's "photos" in lower case stays no lead-in
    ("Elle a montré ses photos Odile Marchetti", None, None),
])
def test_photos_without_a_colon_before_a_name(
        text: str, photographer: str | None, outlet: str | None) -> None:
    caption = read_caption(text)
    assert (caption.photographer, canonical_outlet(caption.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the wire agencies in Bulgarian, Serbian and Macedonian Cyrillic, Greece's ANA-MPA by its
    # Greek initials and Bosnia's FENA, as the region's papers credit them (c17e)
    ("Протест пред парламента. Снимка: ЕПА/БГНЕС", None, "EPA"),
    ("Протест пред скупштином. Фото: Ројтерс", None, "Reuters"),
    ("Протест пред парламента. Снимка: Ройтерс", None, "Reuters"),
    ("Протест пред скупштином. Фото: Танјуг", None, "Tanjug"),
    ("Συγκέντρωση στο Σύνταγμα. (ΑΠΕ-ΜΠΕ/ΕΛΕΝΗ ΠΑΠΑΔΑΚΗ)", "ΕΛΕΝΗ ΠΑΠΑΔΑΚΗ", "ANA-MPA"),
    ("Συγκέντρωση στο Σύνταγμα. Φωτογραφία: ΑΠΕ-ΜΠΕ", None, "ANA-MPA"),
    ("Protest u Sarajevu. Foto: Fena/Amra Delić", "Amra Delić", "FENA"),
])
def test_the_regions_agencies_in_their_own_scripts(text: str, photographer: str | None,
                                                   outlet: str | None) -> None:
    reading = read_caption(text)
    assert reading.photographer == photographer
    assert (canonical_outlet(reading.outlet) if reading.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # an outlet the authority knows, the slash glued to the full stop closing the description,
    # after a gallery's picture number too (14ymedio's galleries); with a space, or with another
    # slash before it, nothing is read (c17l)
    ("La feria del libro abrió con colas en la entrada./Granma", None, "Granma"),
    ("2/9La feria del libro abrió con colas en la entrada./Diario Libre", None, "Diario Libre"),
    ("La feria del libro abrió con colas en la entrada. /Granma", None, None),
    ("Visite fotos.ejemplo.cu/la-feria/Granma", None, None),
    # the region's papers the authority knows, as captions close with them (c17l)
    ("Una maestra en el aula (Foto: Juventud Rebelde)", None, "Juventud Rebelde"),
    ("La marcha llegó a la plaza. Foto: Marta Quiroga. PlanV", "Marta Quiroga", "PlanV"),
    ("Los vecinos leen Prensa Libre en el parque central.", None, None),
    # the Spanish photo report and a screenshot on a platform (c17l)
    ("Un domingo en el malecón. Fotorreportaje por Tomás Aguirre", "Tomás Aguirre", None),
    ("El mensaje que circuló el lunes. Foto: captura en Instagram", None, "Instagram"),
    ("El fotorreportaje de Tomás Aguirre ganó el premio nacional este año.", None, None),
])
def test_caribbean_central_american_and_andean_credits(text: str, photographer: str | None,
                                                       outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Chinese pages label a credit "摄影师:" (photographer), "图源:" (picture source) and "截图:"
    # (a screenshot from) (c17z)
    ("(摄影师:周明远)", "周明远", None),
    ("(攝影師:林家豪)", "林家豪", None),
    ("(截图:CGTN)", None, "CGTN"),
    ("图源:新华社", None, "Xinhua"),
    # a foreigner's name in Chinese characters, its parts set apart by an interpunct
    ("(摄影师:约翰·史密斯)", "约翰·史密斯", None),
    ("攝影:安娜‧卡爾森", "安娜‧卡爾森", None),
    # ... never a paper and its column, nor a brand's two parts that are organisations'
    ("来源 东方晚报·城事", None, None),
    # a known outlet's video or a screenshot of its site names the outlet
    ("图源:BBC视频", None, "BBC"),
    ("图源:BBC官网截图", None, "BBC"),
    ("圖源:路透社視頻", None, "Reuters"),
    # ... an unknown one names nobody
    ("图源:某某科技公司视频", None, None),
])
def test_chinese_source_labels_and_transliterated_names(text: str, photographer: str | None,
                                                        outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert credit.photographer == photographer
    assert canonical_outlet(credit.outlet) == canonical_outlet(outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # The Paper signs its photo essays with the name and "圖" (picture) after a space (c17z)
    ("碼頭邊的舊倉庫改成了展館。李明遠 圖", "李明遠"),
    ("2025年的滨江步道。周晓云 图", "周晓云"),
    # "图" run into a word is a map or a chart, no credit
    ("游客在看城市地图", None),
    ("这是一张示意 图", None),
])
def test_chinese_name_and_picture_closing_a_caption(text: str, photographer: str | None) -> None:
    assert read_caption(text).photographer == photographer


def test_taiwan_distributor_is_no_contributor() -> None:
    """TPG (達志影像), the Taiwan distributor, after a stock library is no contributor's
    handle: the library is the outlet (c17z)."""
    credit = read_credit_line("(圖:shutterstock/達志)")
    assert credit.photographer is None
    assert canonical_outlet(credit.outlet) == "Shutterstock"


@pytest.mark.parametrize(("text", "photographer"), [
    # a photographer's initial and surname in capitals in the brackets closing a caption, as
    # Glas Istre credits (c17e)
    ("Ivana Perić (M. KOVAČEVIĆ)", "M. KOVAČEVIĆ"),
    ("Ribarski brodovi u luci (T. BABIĆ)", "T. BABIĆ"),
    # ... never a name written out, an initial in mixed case, or an abbreviation
    ("Ivana Perić (Marko Kovačević)", None),
    ("Ribarski brodovi u luci (T. Babić)", None),
    ("Ribarski brodovi u luci (HNK)", None),
])
def test_initial_and_surname_in_closing_brackets(text: str, photographer: str | None) -> None:
    assert read_caption(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a Chinese paper's role word after the name and a slash: picture, photographed by
    ("江边的新公园开放了。（王小川/图）", "王小川", None),
    ("江边的新公园开放了。赵雨晴/摄", "赵雨晴", None),
    # ... and an agency after the slash is still the outlet
    ("江边的新公园开放了。（王小川/新华社）", "王小川", "新华社"),
])
def test_chinese_role_word_after_a_slash_is_no_outlet(text: str, photographer: str,
                                                       outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the day the picture was taken after a spaced dash closing a credit element, as iG dates
    # its pictures (c18m)
    ("Reprodução Instagram - 30.4.2024", None, "Instagram"),
    ("Agência Brasil - 30.4.2024", None, "Agência Brasil"),
    ("Foto: Lia Moura - 12.03.2021", "Lia Moura", None),
    # ... as after a comma
    ("Foto: Lia Moura, 12.03.2021", "Lia Moura", None),
])
def test_day_after_a_dash_is_no_part_of_the_credit(text: str, photographer: str | None,
                                                   outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, canonical_outlet(credit.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the town halls, councils, associations and groups of Catalan, Galician and Basque are
    # organisations, never a photographer ("Foto: Ajuntament de Vic" had read one) (c18b)
    ("Foto: Ajuntament de Roda", None, "Ajuntament de Roda"),
    ("Foto: Aj. de Roda", None, "Aj. de Roda"),
    ("Foto: Concello de Arteixo", None, "Concello de Arteixo"),
    ("Argazkia: Zarauzko Udala", None, "Zarauzko Udala"),
    ("Argazkia: Ibaiko Dantza Taldea", None, "Ibaiko Dantza Taldea"),
    # ... "Aj." only with its full stop: "AJ" opening a name is a given name's initials
    ("Foto: AJ Morales", "AJ Morales", None),
])
def test_catalan_galician_and_basque_bodies_are_organisations(text: str, photographer: str | None,
                                                              outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a photographer's name in capitals and the agency, glued to the caption's full stop, as
    # Segre sets an ACN picture's credit (c18b)
    ("Les barques, amarrades al port de Blanes.JOAN ROVIRA/ACN", "JOAN ROVIRA", "ACN"),
    ("Boats moored in the harbour.JANE DOE/AFP", "JANE DOE", "AFP"),
    # ... one capitalised word glued is no name ("U.S.ARMY")
    ("Soldiers at the gate in the U.S.ARMY BASE/ photo", None, None),
])
def test_capitals_name_and_agency_glued_to_the_full_stop(text: str, photographer: str | None,
                                                         outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # the photos and their captions signed in one, as a blog signs its pictures; the copyright
    # year in brackets, the reserved rights in Portuguese, Spanish or Catalan and an editor's
    # note after them are no part of the credit (c18b)
    ("Fotos (e legendas) © Rui Tavares (2014). Todos os direitos reservados.", "Rui Tavares"),
    ("Fotos (e legendas): © Ana Mota (2013). Todos os direitos reservados [Edição: LG]",
     "Ana Mota"),
    ("© Marta Soler (2019). Tots els drets reservats.", "Marta Soler"),
    ("© John Smith (2014). All rights reserved.", "John Smith"),
    ("Fotos e legendas: Rui Tavares", "Rui Tavares"),
    ("Fotos y pies de foto: Ana Ruiz", "Ana Ruiz"),
    # Basque: the photo and the comments
    ("Argazkia eta komentarioak: Jon Etxeberria", "Jon Etxeberria"),
    # ... never the text and its captions alone, without a photo noun
    ("Texto e legendas: Ana Ruiz", None),
])
def test_photos_and_captions_signed_in_one(text: str, photographer: str | None) -> None:
    assert read_credit_line(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer"), [
    # a capitals word closing its sentence with a stop before the slash that opens the credit is
    # the sentence's last word, no outlet of a chain ("… avec les FARDC. / Photos Name") (c20f)
    ("Des soldats défilent avec les FARDC. / Photos Awa Traoré", "Awa Traoré"),
    ("Troops parade with NATO. / Jane Roe", "Jane Roe"),
    ("Des soldats défilent avec les FARDC./ Photos Awa Traoré", "Awa Traoré"),
])
def test_a_capitals_word_closing_the_sentence_before_the_slash_is_no_outlet(
        text: str, photographer: str) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, None)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the UN's credit in French ("Photo Nations Unies / Name"), and its peacekeeping missions by
    # their acronyms, alone after "Photo" or before the staff photographer's name, as the
    # missions' French pages credit them (c20f)
    ("Des casques bleus patrouillent. Photo Nations Unies / Awa Traoré", "Awa Traoré", "UN Photo"),
    ("Une école rénovée à Bunia. Photo MONUSCO", None, "MONUSCO"),
    ("Un pont réparé à Gao. / Photos MINUSMA", None, "MINUSMA"),
    ("Une patrouille à Bangui. Photo MINUSCA/Jean Kossi", "Jean Kossi", "MINUSCA"),
])
def test_the_un_and_its_missions_as_credited_in_french(text: str, photographer: str | None,
                                                      outlet: str) -> None:
    parts = read_caption(text)
    assert (parts.photographer, canonical_outlet(parts.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # a rights notice closing a credit after any lead-in, in French, Spanish, Portuguese, German,
    # Italian, Dutch or Russian, set off by a comma or a stop, names no outlet: the credit before
    # it stands, in capitals or not (c20f)
    ("Courtesy photos par Marc Diallo, TOUS DROITS RÉSERVÉS", "Marc Diallo"),
    ("Photo : Awa Ndiaye, tous droits réservés", "Awa Ndiaye"),
    ("Foto: Ana Ruiz, TODOS LOS DERECHOS RESERVADOS", "Ana Ruiz"),
    ("Foto: Jonas Weber. Alle Rechte vorbehalten.", "Jonas Weber"),
    ("Foto: Pieter de Vries, alle rechten voorbehouden", "Pieter de Vries"),
    # ... and the notice alone credits no one
    ("Photo : Tous droits réservés", None),
])
def test_a_rights_notice_after_a_credit_names_no_outlet(text: str,
                                                        photographer: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, None)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # an agency or a paper, then only its photographer's surname after the slash, as Austrian
    # regional papers sign their staff's pictures (c18d)
    ("Kinder spielen im Park. TB/Gruber", "Gruber", "TB"),
    ("Kinder spielen im Park. (foto Ansa/Gruber)", "Gruber", "ANSA"),
    # ... and a rights holder after "©", with or without spaces around the slash
    ("Kinder spielen im Park. © Gemeinde Talheim/Hofer", "Hofer", "Gemeinde Talheim"),
    ("Kinder spielen im Park. ©Gemeinde Talheim / Hofer", "Hofer", "Gemeinde Talheim"),
    # ... never a given name, a word the names data does not know, an agency ("AFP/Getty"), or a
    # bare credit with spaces around the slash
    ("Kinder spielen im Park. TB/Anna", None, None),
    ("Kinder spielen im Park. © Gemeinde Talheim/Zwielicht", None, "Gemeinde Talheim"),
    ("Kinder spielen im Park. AFP/Getty", None, "AFP"),
    ("Kinder spielen im Park. TB / Gruber", None, None),
])
def test_agency_or_rights_holder_then_surname(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    parts = read_caption(text)
    assert parts.photographer == photographer
    assert canonical_outlet(parts.outlet) == canonical_outlet(outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a description whose verb is an organisation's word, before a preposition of place, is no
    # organisation's name: the agency (and the photographer) after it are read, never the
    # description as the outlet
    ("Soldiers patrol in Kabul / Reuters", None, "Reuters"),
    ("Students dance in Havana Tomas Rell / EFE", "Tomas Rell", "EFE"),
    ("Troops advance on the river town Ana Lima / AFP", "Ana Lima", "AFP"),
    ("Members of the Harbour Guard patrol in Carvel / AFP", None, "AFP"),
    # ... while an organisation's word in lower case after another stays part of its name
    ("Foto: Ufficio stampa Comune di Trevina", None, "Ufficio stampa Comune di Trevina"),
    ("Photo: Harbour Youth Dance in Carvel", None, "Harbour Youth Dance in Carvel"),
])
def test_a_descriptions_verb_is_no_organisation(text: str, photographer: str | None,
                                                outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the CBC's regional pages credit a picture its subject or a reader sent "(Submitted by
    # Name)": the name is the photographer's (c18c)
    ("A fiddler at the winter carnival. (Submitted by Nora Hale)", "Nora Hale", None),
    ("A fiddler at the winter carnival. Submitted by Nora Hale", "Nora Hale", None),
    # ... but "submitted by" inside a sentence is a proposal's or a letter's
    ("The plan submitted by Nora Hale went to council on Monday.", None, None),
    # Welsh "Llun:" and "Llun gan" (picture, picture by) close Welsh-language captions
    ("Côr yn canu yn y neuadd. Llun: Gwen Ellis", "Gwen Ellis", None),
    ("Côr yn canu yn y neuadd. (Llun gan Gwen Ellis/FAW)", "Gwen Ellis", "FAW"),
    ("Côr yn canu yn y neuadd (lluniau: Gwen Ellis)", "Gwen Ellis", None),
    # ... but "Dydd Llun" is Monday, no picture's word
    ("Bydd y côr yn canu ddydd Llun – Gwen Ellis fydd yn arwain.", None, None),
    # the BBC's Scottish Gaelic service sets the picture's source as its other services do
    ("Cathraiche aig a’ choinneimh. Tùs an deilbh, Getty Images", None, "Getty Images"),
])
def test_submitted_by_welsh_llun_and_gaelic_image_source(text: str, photographer: str | None,
                                                          outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, canonical_outlet(parts.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a surname the names data knows after a given name it lacks, lower-case particles between,
    # before a club's name, as Brazilian clubs credit their photographers (c18m)
    ("O elenco treinou no CT (Foto: Josenildo da Rocha/Bahia)", "Josenildo da Rocha", "Bahia"),
    ("Portão do centro de treino (Foto: Josenildo de Souza/Vitória)", "Josenildo de Souza",
     "Vitória"),
    # ... never a country's name ("do Brasil"), as without the particle
    ("O elenco treinou no CT (Foto: Josenildo do Brasil/Bahia)", None, None),
    # ... nor a title an elided article opens
    ("Visite d'usine Photo: L’écho de la Vallée- Jeanne Morin", None, None),
])
def test_particles_between_given_name_and_known_surname(text: str, photographer: str | None,
                                                        outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Hausa "Hoto:" (the picture), as DW Hausa and Legit.ng Hausa credit; after a stop, or
    # glued to the description's last word as "Foto:" is read (c18s)
    ("Yara suna wasa a titi. Hoto: Musa Danladi/Reuters", "Musa Danladi", "Reuters"),
    ("Yara suna wasa a titi Hoto:Anna Botha", "Anna Botha", None),
    # ... and "Asali:" (source) after it never joins the name
    ("Yara suna wasa a titi. Asali: Facebook", None, "Facebook"),
    # the BBC's "Image source," in its Somali, Afaan Oromoo, Hausa and Yoruba services, and its
    # Hausa "Hakkin mallakar hoto" (the picture's copyright) above the agency
    ("Yara suna wasa a titi. Xigashada Sawirka, Getty Images", None, "Getty Images"),
    ("Yara suna wasa a titi. Madda suuraa, Reuters", None, "Reuters"),
    ("Yara suna wasa a titi. Asalin hoton, AFP", None, "AFP"),
    ("Yara suna wasa a titi. Oríṣun àwòrán, EPA", None, "EPA"),
    ("Yara suna wasa a titi. Hakkin mallakar hoto AFP", None, "AFP"),
    # Dutch and Afrikaans "Fotobron:" (the photo's source)
    ("Kinders speel in die straat Fotobron: Reuters", None, "Reuters"),
    # Amharic "ፎቶ በName" (photo by: the preposition written on the name)
    ("ሕፃናት በመንገድ ላይ ይጫወታሉ፡፡ ፎቶ በአበበ ከበደ", "አበበ ከበደ", None),
    # Afrikaans "Argieffoto" (archive photo) alone names no one
    ("Kinders speel in die straat. Argieffoto", None, None),
])
def test_african_language_photo_words_and_the_bbc_services_labels(
        text: str, photographer: str | None, outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, canonical_outlet(parts.outlet) if parts.outlet else None) == (
        photographer, outlet)


def test_african_language_credit_elements() -> None:
    assert read_credit_line("Xigashada Sawirka, Amina Warsame") == Credit("Amina Warsame")
    assert read_credit_line("Hakkin mallakar hoto EPA") == Credit(None, "EPA")
    assert read_credit_line("ፎቶ በአበበ ከበደ") == Credit("አበበ ከበደ")
    assert read_credit_line("Argieffoto") == Credit()


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the BBC's layout: the source label and the credit, then the caption label and the
    # description, in English and in its Somali and Hausa services (c18s)
    ("Image source, Getty Images Image caption, Children play in the street", None,
     "Getty Images"),
    ("Xigashada Sawirka, Amina Warsame Qoraalka sawirka, Carruur ku ciyaaraya waddada",
     "Amina Warsame", None),
    ("Asalin hoton, Musa Danladi/AFP Bayanan hoto, Yara suna wasa a titi", "Musa Danladi", "AFP"),
    # ... the caption label alone, or a source label with no caption label, reads no opening
    # credit
    ("Image caption, Children play in the street", None, None),
])
def test_the_bbc_source_label_opening_a_caption(text: str, photographer: str | None,
                                                outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, canonical_outlet(parts.outlet) if parts.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a name written as initials glued to a surname, alone after "©", as a Swiss town's paper
    # credits its photographer: a person's name written short, never an outlet's or a company's;
    # only an agency beside it vouches for it as a name (c18d)
    ("© A.Fischer", None, None),
    ("© A.Zwielichter", None, None),
    ("Credit: J.R.Gruber", None, None),
    # ... a name in capitals after the full stop or an organisation's word stays an outlet's,
    # and after an agency a glued name is the photographer's, as before
    ("© E.ON", None, "E.ON"),
    ("© U.S.Army", None, "U.S.Army"),
    ("© UNHCR/V.Fischer/January 2006", "V.Fischer", "UNHCR"),
])
def test_initials_glued_to_a_surname_are_no_outlet(text: str, photographer: str | None,
                                                   outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "St." before a saint's given name names a place, as Swiss and Austrian credits name a
    # town's event or body: the given name vouches for no person read surname first (c18d)
    ("Foto: Turnier St. Moritz/Lena Vogt", "Lena Vogt", "Turnier St. Moritz"),
    ("Foto: CSI St. Moritz", None, "CSI St. Moritz"),
    # ... a person's name with "St." in it stays a person's when a given name opens it
    ("Photo: Lena St. Clair", "Lena St. Clair", None),
])
def test_saint_abbreviation_before_a_given_name_names_a_place(
        text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a paper's title closing in a word that is also a surname ("Sun", "Post", "Leader") after a
    # place's name, as Postmedia's Sun papers credit (c18c): the name before the slash took it
    ("Geese on the river. Dana Kell/Brackmoor Sun", "Dana Kell", "Brackmoor Sun"),
    ("Geese on the river. Dana Kell/Quillford Leader", "Dana Kell", "Quillford Leader"),
    # ... but a given name before "Sun" makes it a second person's, read as nothing
    ("Geese on the river. Dana Kell/Wei Sun", None, None),
    # Postmedia's chain tag before the credit is no part of it
    ("Geese on the river. Sun/Postmedia Network Dana Kell/Brackmoor Sun", "Dana Kell",
     "Brackmoor Sun"),
])
def test_paper_title_closing_in_a_surname_word(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)
@pytest.mark.parametrize(("text", "photographer"), [
    # a spaced slash and the photographer's name closing a caption, as the Prensa Ibérica
    # papers set it (Diari de Girona "… a la Copa / Name") (c18b)
    ("Concert de dos grups a la plaça de la Copa / Laura Ferrer", "Laura Ferrer"),
    ("Agentes revisan los coches en el puerto. / Laura Ferrer", "Laura Ferrer"),
    # ... never a place, a body or a short heading's words
    ("Els veïns surten al carrer / Barcelona", None),
    ("Reunió al consistori de la ciutat / Ajuntament de Roda", None),
    ("Vista del carrer / Laura Ferrer", None),
    # ... nor a slash inside a credit a lead-in opens (a screenshot of a site)
    ("Folk samles på torget i sentrum av byen. Foto: Skjermdump / Way Back Machine", None),
])
def test_name_after_a_spaced_slash_closing_a_caption(text: str, photographer: str | None) -> None:
    assert read_caption(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a university's faculty credited for a handout picture, in the Romance languages and
    # German, in capitals as printed pages set it or in its usual case
    ("Un laboratorio nuevo. FOTO: FACULTAD DE CIENCIAS DEL MAR UCORAL.", None,
     "FACULTAD DE CIENCIAS DEL MAR UCORAL"),
    ("Estudantes no campus. Foto: Faculdade de Medicina de Vilarinho", None,
     "Faculdade de Medicina de Vilarinho"),
    ("Un séminaire d'été. Photo : Faculté des Lettres de Belmont", None,
     "Faculté des Lettres de Belmont"),
    # ... while the word in a sentence credits no one
    ("La facultad abrió sus puertas a los vecinos.", None, None),
])
def test_a_faculty_is_an_organisation(text: str, photographer: str | None,
                                      outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (photographer, outlet)



@pytest.mark.parametrize(("text", "photographer"), [
    # Yucatec Maya "Oochel" (the picture) before the photographer's name, with or without a
    # colon, closing a caption
    ("U yóol kaaj tu kúuchil. Oochel Itzel Kantún Chan", "Itzel Kantún Chan"),
    ("U yóol kaaj tu kúuchil. Oochel: Itzel Kantún Chan", "Itzel Kantún Chan"),
    # ... never the word inside a sentence
    ("Yaan u ye'esa'al jump'éel oochel tu yóok'ol Jo' Itzel Kantún.", None),
])
def test_a_yucatec_maya_photo_noun(text: str, photographer: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (photographer, None)


def test_a_yucatec_maya_credit_element() -> None:
    assert read_credit_line("Oochel Itzel Kantún Chan") == Credit(photographer="Itzel Kantún Chan")


@pytest.mark.parametrize(("text", "outlet"), [
    # the social networks of a body, after a lead-in: the body is the source
    ("Vecinos en la plaza. Crédito fotos: Redes sociales Municipalidad de Valdoro",
     "Municipalidad de Valdoro"),
    ("Un desfile. Foto: redes sociales de la Alcaldía de Puerto Lirio", "Alcaldía de Puerto Lirio"),
    ("Uma festa. Foto: Redes sociais da Prefeitura de Serra Clara", "Prefeitura de Serra Clara"),
    # ... never a person's networks (they post pictures of the person), the words alone, or the
    # words inside a sentence
    ("Un desfile. Foto: redes sociales de Marisol Quintanar", None),
    ("Un desfile. Foto: Redes sociales", None),
    ("El video circuló en redes sociales de la Alcaldía de Puerto Lirio.", None),
])
def test_a_bodys_social_networks(text: str, outlet: str | None) -> None:
    reading = read_caption(text)
    assert (reading.photographer, reading.outlet) == (None, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # a word that is no given name hyphened to a given name opens no person's name: an agency's
    # or a site's name glued to the photographer's, read as nothing rather than whole
    ("Photo Vexalo-Ronald Keller", None),
    ("Photo: Vexalo-Ronald Keller", None),
    # ... while a double given name, or a particle before one, stays a name
    ("Photo: Jean-Pierre Keller", "Jean-Pierre Keller"),
    ("Photo: Anne-Sophie Keller", "Anne-Sophie Keller"),
    ("Photo: Al-Amin Keller", "Al-Amin Keller"),
])
def test_a_name_glued_to_an_agency_by_a_hyphen(text: str, photographer: str | None) -> None:
    reading = read_credit_line(text)
    assert (reading.photographer, reading.outlet) == (photographer, None)


@pytest.mark.parametrize(("text", "outlet"), [
    # a picture taken from a body's Facebook page: the body is the outlet (c18d)
    ("Foto pagina Facebook Comune di Valfonda", "Comune di Valfonda"),
    ("[Foto da pagina Facebook del Comune di Valfonda]", "Comune di Valfonda"),
    ("Foto: Facebook-Seite der Gemeinde Talheim", "Gemeinde Talheim"),
    ("Foto: página de Facebook de la Alcaldía de Valfonda", "Alcaldía de Valfonda"),
    ("Photo: Valfonda Council Facebook page", "Valfonda Council"),
    # ... a person's page names nobody
    ("Foto dalla pagina Facebook di Lena Vogt", None),
])
def test_photo_from_a_bodys_facebook_page(text: str, outlet: str | None) -> None:
    assert read_credit_line(text) == Credit(None, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a national Red Cross or Red Crescent society named in its own language is an organisation,
    # before or after its country's adjective, after a photographer or alone (c18n)
    ("Voluntarios en la playa. Fotografía: Ana Ruiz/Cruz Roja Española", "Ana Ruiz",
     "Cruz Roja Española"),
    ("Freiwillige am Strand. Foto: Deutsches Rotes Kreuz", None, "Deutsches Rotes Kreuz"),
    ("Bénévoles sur la plage. Photo : Croix-Rouge française", None, "Croix-Rouge française"),
    ("Wolontariusze na plaży. Fot. Jan Kowal/Polski Czerwony Krzyż", "Jan Kowal",
     "Polski Czerwony Krzyż"),
    # ... but a person's surname "Cruz" or "Rojas" stays a person's
    ("Voluntarios en la playa. Foto: Ana Cruz Rojas", "Ana Cruz Rojas", None),
])
def test_red_cross_societies_in_other_languages(text: str, photographer: str | None,
                                                outlet: str | None) -> None:
    parts = read_caption(text)
    assert parts.photographer == photographer
    assert parts.outlet == outlet


@pytest.mark.parametrize(("text", "photographer"), [
    # the year the picture was taken glued to the copyright sign before its photographer, as a
    # fire brigades' portal signs its gallery, reads as "2009 © Name" does (c18n)
    ("Ein Löschzug vor der Wache. 2009©Jan Kowal", "Jan Kowal"),
    ("Ein Löschzug vor der Wache. 2010©Anna SCHMIDT", "Anna SCHMIDT"),
    ("Ein Löschzug vor der Wache. 2009 © Jan Kowal", "Jan Kowal"),
    # ... and two years glued together are no credit
    ("Ein Löschzug vor der Wache, gebaut 2009©2010.", None),
])
def test_year_glued_to_the_copyright_sign(text: str, photographer: str | None) -> None:
    assert read_caption(text).photographer == photographer


def test_year_glued_to_the_copyright_sign_in_a_credit_element() -> None:
    credit = read_credit_line("2009©Jan Kowal")
    assert (credit.photographer, credit.outlet) == ("Jan Kowal", None)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a school, a lycée, a gymnasium or a polytechnic in the languages of our pages is an
    # organisation, never a person's name; Polish "nr" and "im." (named after) belong to its
    # name, and "im." ends no sentence (c18n)
    ("Tekst i zdjęcia: Liceum Ogólnokształcące im. Jana Kowala w Kole", None,
     "Liceum Ogólnokształcące im. Jana Kowala w Kole"),
    ("Fot. Szkoła Podstawowa nr 3 w Kole", None, "Szkoła Podstawowa nr 3 w Kole"),
    ("Fot. Liceum Ogólnokształcące im. Jana Kowala", None,
     "Liceum Ogólnokształcące im. Jana Kowala"),
    ("Foto: Escola Estadual Pedro Lima", None, "Escola Estadual Pedro Lima"),
    ("Foto: Gymnasium Talheim", None, "Gymnasium Talheim"),
    ("Foto: Jan Kowal/Liceo Scientifico Rossi", "Jan Kowal", "Liceo Scientifico Rossi"),
    # ... and a person is still a person
    ("Tekst i zdjęcia: Jan Kowal", "Jan Kowal", None),
])
def test_schools_are_organisations(text: str, photographer: str | None,
                                   outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # dpa's own picture and feature services in a chain, as dpa's clients reprint its credits
    # ("Foto: Name/dpa-Zentralbild/dpa", "Foto: Name/dpa-tmn"): the service is dpa, and an
    # unknown service no longer sinks the photographer (c19w)
    ("Ein Kran über der Baustelle. Foto: Jan Kowal/dpa-Zentralbild/dpa", "Jan Kowal", "dpa"),
    ("Ein Kran über der Baustelle. Foto: Anna Brenner/dpa-Zentralbild/ZB", "Anna Brenner",
     "dpa"),
    ("Ein Beet im Frühling. Foto: Jan Kowal/dpa-tmn", "Jan Kowal", "dpa"),
])
def test_dpa_services_are_dpa(text: str, photographer: str, outlet: str) -> None:
    parts = read_caption(text)
    assert (parts.photographer, canonical_outlet(parts.outlet)) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Belarusian "Фота" (the photo), in Cyrillic and in łacinka ("Fota"), with a colon or before
    # a name in the genitive or one agency's name, closing a caption (c19r)
    ("Мітынг ля ратушы. Фота: Reuters", None, "Reuters"),
    ("Мітынг ля ратушы. Фота: Сяргей Іванаў/Reuters", "Сяргей Іванаў", "Reuters"),
    ("Плошча ўвечары. Фота БелТА", None, "BelTA"),
    # ... "Фота" never part of the photographer's name
    ("Фота Сяргея Іванава", "Сяргея Іванава", None),
    ("Fota: Reuters", None, "Reuters"),
    # ... and the word inside a sentence credits no one
    ("На гэтым фота бачна плошчу ўвечары.", None, None),
])
def test_belarusian_photo_noun(text: str, photographer: str | None, outlet: str | None) -> None:
    if text.startswith(("Фота", "Fota")):
        credit = read_credit_line(text)
    else:
        parts = read_caption(text)
        credit = Credit(parts.photographer, parts.outlet)
    shown = display_credit(credit)
    assert (shown.photographer, shown.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the picture's author repeated after its credit, as KPCC's pages print the author field
    # again after "Photo Credit Name/SCPR;": one photographer, named once (c19u)
    ("A panel on policing; May 2, 2015; Photo Credit Mara Lind/SCPR; Mara Lind", "Mara Lind",
     "SCPR"),
    ("A panel on policing. Photo Credit Mara Lind/SCPR; MARA LIND", "Mara Lind", "SCPR"),
    # ... while a second photographer after the credit is still a second one
    ("A panel on policing. Photo Credit Mara Lind/SCPR; Tom Berg", "Mara Lind; Tom Berg", "SCPR"),
])
def test_a_photographer_repeated_after_the_credit_is_named_once(
        text: str, photographer: str, outlet: str) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "Credit" without its colon before a person's name, as the NPR member stations' shared
    # publishing system set the credit under a picture (KPLU, Michigan Radio) (c19u)
    ("Credit Lena Vahl", "Lena Vahl", None),
    ("Credit Lena Vahl / Harbor Public Radio", "Lena Vahl", "Harbor Public Radio"),
    ("Credit Courtesy of Lena Vahl", "Lena Vahl", None),
    # ... while a word after it that names no person is no credit of the lead-in's
    ("Credit Suisse", None, "Credit Suisse"),
])
def test_credit_without_a_colon_before_a_name(text: str, photographer: str | None,
                                              outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    ("Pupils line up for lunch. Credit Lena Vahl / Harbor Public Radio", "Lena Vahl",
     "Harbor Public Radio"),
    ("Credit Suisse shares fell on Monday.", None, None),
    ("Credit Lena Vahl for the late save in the second half.", None, None),
])
def test_credit_without_a_colon_closing_a_caption(text: str, photographer: str | None,
                                                  outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a Spanish or Portuguese saint's title opening a place's name ("San José", "Santa Cruz")
    # opens a local outlet's name of three words or more, never a person's, though "San",
    # "Santa" and the saint are given names (KQED's News Pix credits the Bay Area's sites) (c19u)
    ("A march downtown. (Lena Vahl / San Jose Beat)", "Lena Vahl", "San Jose Beat"),
    ("A march downtown. Lena Vahl/Santa Rosa Local", "Lena Vahl", "Santa Rosa Local"),
    ("A march downtown. (Photo: San Mateo Beat)", None, None),  # no longer a person's name
    # ... while a person's two names stay a person's
    ("A march downtown. (Photo by Santa Vahl)", "Santa Vahl", None),
])
def test_a_saints_title_opens_a_places_outlet(text: str, photographer: str | None,
                                              outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)
@pytest.mark.parametrize(("text", "photographer"), [
    # Taiwan's and overseas Chinese papers set the slash before 攝影 full-width, as the half-width
    # one already read ("（記者Name／攝影）": udn, World Journal) (c19t)
    ("碼頭邊的舊倉庫改成了展館。（記者林志遠／攝影）", "林志遠"),
    ("碼頭邊的舊倉庫改成了展館。（記者林志遠/攝影）", "林志遠"),
])
def test_full_width_slash_before_the_chinese_photographed(text: str, photographer: str) -> None:
    assert read_caption(text).photographer == photographer


def test_full_width_slash_before_the_chinese_photographed_in_a_credit_element() -> None:
    credit = read_credit_line("記者林志遠／攝影")
    assert (credit.photographer, credit.outlet) == ("林志遠", None)


@pytest.mark.parametrize(("text", "outlet"), [
    # the agencies' Chinese short names closing a caption, as Taiwan's and Hong Kong's papers
    # credit them: Reuters "路透", EPA "歐新社", Bloomberg "彭博", Yonhap "韓聯社" (c19t)
    ("一輛公車駛過積水的路口。（路透）", "Reuters"),
    ("一輛公車駛過積水的路口。（歐新社）", "EPA"),
    ("一輛公車駛過積水的路口。（彭博）", "Bloomberg"),
    ("一輛公車駛過積水的路口。（韓聯社）", "Yonhap"),
    # ... never inside a sentence
    ("他說路透報導了這件事。", None),
])
def test_chinese_short_names_of_agencies(text: str, outlet: str | None) -> None:
    parts = read_caption(text)
    assert parts.photographer is None
    assert (canonical_outlet(parts.outlet) if parts.outlet else None) == outlet


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a weekly, a monthly or a magazine, a township's office and an association are
    # organisations in Chinese ("鏡週刊", "金湖鎮公所", "攝影協會"), never a person's name; and
    # "圖文/" (pictures and text by) is a credit's lead-in, as "圖/" is (FTNN: "圖文/鏡週刊") (c19t)
    ("圖/晨光週刊", None, "晨光週刊"),
    ("圖文/晨光週刊", None, "晨光週刊"),
    ("圖/晨光月刊", None, "晨光月刊"),
    ("（圖／金山鎮公所提供）", None, "金山鎮公所"),
    ("圖/東湖攝影協會", None, "東湖攝影協會"),
    ("圖文/林志遠", "林志遠", None),
])
def test_chinese_weeklies_offices_and_pictures_and_text(text: str, photographer: str | None,
                                                        outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


def test_chinese_pictures_and_text_lead_in_in_a_caption() -> None:
    parts = read_caption("碼頭邊的舊倉庫改成了展館。（圖文／晨光週刊）")
    assert (parts.photographer, parts.outlet) == (None, "晨光週刊")


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "Pic." with its full stop before "by", as Sri Lankan and Singaporean papers and the sites
    # that reprint them abbreviate the picture's credit ("(Pic. by Name/The Straits Times)") (c19w)
    ("Voters queue outside the hall. (Pic. by Jan Kowal/Reuters)", "Jan Kowal", "Reuters"),
    ("Voters queue outside the hall. Pic. by Anna Brenner", "Anna Brenner", None),
    # ... and a sentence's "pic." before "By then" is no credit
    ("He took the pic. By then Anna Brenner had left.", None, None),
    # an agency's photo hashtag before the name, as the agencies' own feeds and the sites that
    # copy them credit ("#APPhoto by Name", "#APPhoto Name", "#AFPphoto Name") (c19w)
    ("The dome at sunrise, Tuesday, Oct. 10, 2017. #APPhoto by Jan Kowal", "Jan Kowal", "AP"),
    ("A woman grieves at the shore, Monday, Oct. 16, 2017. #APPhoto Anna Brenner #Welipara",
     "Anna Brenner", "AP"),
    ("A boy flies a kite over the dunes. #AFPphoto Jan Kowal", "Jan Kowal", "AFP"),
    # ... and hashtags without a name after them credit no one
    ("Great light this morning #photo #APPhoto #photojournalism", None, None),
    ("#APPhoto The dome at sunrise", None, None),
])
def test_abbreviated_and_hashtag_photo_credits(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, canonical_outlet(parts.outlet) if parts.outlet else None) == (
        photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the animal-welfare society known by its acronym, with its place, as US stations credit a
    # shelter's picture: an organisation, never a person, though the place may be a given name
    # (c19u)
    ("Photo Credit: Hollis SPCA", None, "Hollis SPCA"),
    ("Photo Credit: Houston SPCA", None, "Houston SPCA"),
    ("Photo: SPCA of Hollis County", None, "SPCA of Hollis County"),
    ("Photo: Lena Vahl/Hollis SPCA", "Lena Vahl", "Hollis SPCA"),
])
def test_the_spca_is_an_organisation(text: str, photographer: str | None,
                                      outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Greek "Φωτο:", "Φωτό:" and "ΦΩΤΟ:" (photo, the short form), as Greek papers and island
    # sites credit a picture, with a space after the colon or glued to the name (c19e)
    ("Ο λιμενοβραχίονας μετά την κακοκαιρία. ΦΩΤΟ: ΝΙΚΟΣ ΚΑΛΟΓΕΡΑΚΗΣ", "ΝΙΚΟΣ ΚΑΛΟΓΕΡΑΚΗΣ", None),
    ("Ο λιμενοβραχίονας μετά την κακοκαιρία. ΦΩΤΟ:ΝΙΚΟΣ ΚΑΛΟΓΕΡΑΚΗΣ", "ΝΙΚΟΣ ΚΑΛΟΓΕΡΑΚΗΣ", None),
    ("Ο λιμενοβραχίονας μετά την κακοκαιρία. Φωτό: Ελένη Μαυρίδου", "Ελένη Μαυρίδου", None),
    ("Ο λιμενοβραχίονας μετά την κακοκαιρία. Φωτο: Eurokinissi", None, "Eurokinissi"),
    # ... and a headline labelled "ΦΩΤΟ:" is still no credit
    ("ΦΩΤΟ: Χάος στην Αθήνα από την κακοκαιρία", None, None),
])
def test_greek_short_photo_word(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Greek credits in capitals, which drop the accent ("ΦΩΤΟΓΡΑΦΙΑ:", "ΦΩΤΟΓΡΑΦΙΕΣ:"), and the
    # abbreviation with its stop before the colon ("Φωτ.:", "ΦΩΤ.:") (c19e)
    ("ΦΩΤΟΓΡΑΦΙΑ: ΝΙΚΟΣ ΚΑΛΟΓΕΡΑΚΗΣ", "ΝΙΚΟΣ ΚΑΛΟΓΕΡΑΚΗΣ", None),
    ("ΦΩΤΟΓΡΑΦΙΕΣ: ΕΛΕΝΗ ΜΑΥΡΙΔΟΥ", "ΕΛΕΝΗ ΜΑΥΡΙΔΟΥ", None),
    ("Φωτ.: Ελένη Μαυρίδου", "Ελένη Μαυρίδου", None),
    ("Φωτ.: Eurokinissi/Ελένη Μαυρίδου", "Ελένη Μαυρίδου", "Eurokinissi"),
    # ... a Greek body is an organisation, never a person, with its accent or in capitals
    ("Φωτογραφία: Δήμος Βαθυλάκκου", None, "Δήμος Βαθυλάκκου"),
    ("ΦΩΤΟ: ΠΕΡΙΦΕΡΕΙΑ ΘΕΣΣΑΛΙΑΣ", None, "ΠΕΡΙΦΕΡΕΙΑ ΘΕΣΣΑΛΙΑΣ"),
    ("Φωτ.: Υπουργείο Τουρισμού", None, "Υπουργείο Τουρισμού"),
    # ... and the archive's photo names no one
    ("ΦΩΤΟΓΡΑΦΙΑ ΑΡΧΕΙΟΥ", None, None),
    ("Φωτογραφία αρχείου", None, None),
])
def test_greek_credits_in_capitals_and_greek_bodies(text: str, photographer: str | None,
                                                    outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Maltese "Ritratt:" (the picture) and its plural "Ritratti:", as Maltese papers, church and
    # guide pages credit, closing a caption or alone in a credit element (c19e)
    ("Il-Ministru waqt iż-żjara fl-isptar. Ritratt: Ġorġ Vella", "Ġorġ Vella", None),
    ("Il-Ministru waqt iż-żjara fl-isptar. Ritratt: DOI", None, "DOI"),
    ("Il-purċissjoni fit-toroq tar-raħal. Ritratti: Uffiċċju Komunikazzjoni – Ġorġ Vella",
     "Ġorġ Vella", "Uffiċċju Komunikazzjoni"),
    ("Il-festa fil-pjazza. Ritratt: Facebook/ Ġorġ Vella", "Ġorġ Vella", "Facebook"),
    # ... and a sentence about a picture is no credit
    ("Ir-ritratt juri grupp ta' tfal mal-Arċisqof.", None, None),
])
def test_maltese_picture_word(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # Macedonian and Serbian Cyrillic "Медија" and the South Slavic Latin "Medija" (media) make
    # a name an organisation's, as "media" does (c19e)
    ("Чистачите ја исчистија фонтаната. Фото: Вардарска Медија", None, "Вардарска Медија"),
    ("Foto: Nova Dolinska Medija", None, "Nova Dolinska Medija"),
    ("Foto: Marko Vuković/Nova Dolinska Medija", "Marko Vuković", "Nova Dolinska Medija"),
])
def test_south_slavic_media_word(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a given name the names data lacks, then two family names it knows: a Nordic middle name
    # that is a surname, or two Iberian family names, is a person's name (c19n)
    ("Kaien ved vinterstid. Foto: Brynjulf Lindau Hansen", "Brynjulf Lindau Hansen", None),
    ("Havnen en vinter. Foto: Egilmar Rath Jensen", "Egilmar Rath Jensen", None),
    # ... but not with an organisation's word, a country or a short word among them
    ("Kaien ved vinterstid. Foto: Visit Faroe Islands", None, None),
    ("Kaien ved vinterstid. Foto: Brynjulf Lee Hansen", None, None),
])
def test_given_name_then_two_surnames(text: str, photographer: str | None,
                                      outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # the Nordic photo nouns: Norwegian "Bilde:", Danish "Billede:", Swedish "Foton:", Finnish
    # "Valokuva:" and "Kuvaaja:" (photographer) (c19n)
    ("Bilde: Karin Lund", "Karin Lund"),
    ("Billede: Karin Lund", "Karin Lund"),
    ("Foton: Karin Lund", "Karin Lund"),
    ("Valokuva: Karin Lund", "Karin Lund"),
    ("Kuvaaja: Karin Lund", "Karin Lund"),
    # ... and the Nordic "and" between two photographers
    ("Bilder: Karin Lund och Per Holm", "Karin Lund; Per Holm"),
    ("Billeder: Karin Lund og Per Holm", "Karin Lund; Per Holm"),
    ("Kuvat: Karin Lund ja Per Holm", "Karin Lund; Per Holm"),
    # ... but an authority and "og" names no photographer
    ("Foto: Vegvesenet og politiet", None),
])
def test_nordic_photo_nouns_and_and(text: str, photographer: str | None) -> None:
    assert read_credit_line(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a reader's, a family's or a private picture, and a press picture, in the Nordic languages
    # after the name of who took it, names no outlet (c19n)
    ("Kuva: Karin Lund / Lukijan kuva", "Karin Lund", None),
    ("Foto: Karin Lund/Leserbilde", "Karin Lund", None),
    ("Bild: Karin Lund/läsarbild", "Karin Lund", None),
    ("Kuva: Karin Lund / Kotialbumi", "Karin Lund", None),
    ("Foto: Karin Lund/Pressebilde", "Karin Lund", None),
    # ... and alone names no one
    ("Foto: Leserbilde", None, None),
    ("Foto: Privatfoto", None, None),
])
def test_nordic_reader_and_private_pictures(text: str, photographer: str | None,
                                            outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the Nordic public bodies are organisations: a town, a county, a rescue service, a
    # university (c19n)
    ("Kuva: Vaaralan kaupunki", None, "Vaaralan kaupunki"),
    ("Foto: Fjellvik kommune", None, "Fjellvik kommune"),
    ("Bild: Sjöby kommun", None, "Sjöby kommun"),
    ("Kuva: Pohjolan pelastuslaitos", None, "Pohjolan pelastuslaitos"),
    ("Foto: Karin Lund/Fjellvik kommune", "Karin Lund", "Fjellvik kommune"),
    # ... but a Nordic "from" opens no organisation's name ("a picture from the police")
    ("Foto: Bild Från Polisen.", None, None),
])
def test_nordic_public_bodies(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the public bodies of the South Slavic languages (Latin and Cyrillic), Romanian, Bulgarian
    # and Hungarian are organisations: a city, a municipality, the police, a town hall (c20r)
    ("Foto: Grad Lipovac", None, "Grad Lipovac"),
    ("Фото: Град Брезовац", None, "Град Брезовац"),
    ("Foto: Občina Lipnica", None, "Občina Lipnica"),
    ("Снимка: Община Белоград", None, "Община Белоград"),
    ("Sursa foto: Primăria Valea Mare", None, "Primăria Valea Mare"),
    ("Foto: Poliția Locală Dealu", None, "Poliția Locală Dealu"),
    ("Fotó: Kisfalu Polgármesteri Hivatal", None, "Kisfalu Polgármesteri Hivatal"),
    ("Foto: Ana Horvat/Grad Lipovac", "Ana Horvat", "Grad Lipovac"),
    # ... and so are the region's papers and portals by the words of their titles
    ("Foto: Lipovačke vesti", None, "Lipovačke vesti"),
    ("Снимка: Белоградски новини", None, "Белоградски новини"),
    ("Fotó: Kisfalui Hírlap", None, "Kisfalui Hírlap"),
    ("Foto: Glas Lipovca", None, "Glas Lipovca"),
])
def test_the_regions_public_bodies_and_papers(text: str, photographer: str | None,
                                              outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the region's archive ("arhiva", "архива", "arhivă"), screenshot ("Printscreen",
    # "képernyőkép") and illustration ("ilustracija", "illusztráció", "ilustrativna
    # fotografija") words are markers: in a chain the outlet beside them is the source (c20r)
    ("Foto: arhiva/Tanjug", None, "Tanjug"),
    ("Foto:arhiva/Lipovačke vesti", None, "Lipovačke vesti"),
    ("Фото: архива/Танјуг", None, "Танјуг"),
    ("Foto: arhivă/Agerpres", None, "Agerpres"),
    ("Foto: Ana Horvat/arhiva", "Ana Horvat", None),
    ("FOTO: Printscreen/Tanjug", None, "Tanjug"),
    ("Fotó: képernyőkép/MTI", None, "MTI"),
    ("Foto: ilustracija/Shutterstock", None, "Shutterstock"),
    ("Fotó: illusztráció/Pixabay", None, "Pixabay"),
    ("Foto: ilustrativna fotografija/Pixabay", None, "Pixabay"),
    # ... and alone name no one
    ("Foto: ilustracija", None, None),
    ("Fotó: illusztráció", None, None),
])
def test_the_regions_archive_screenshot_and_illustration_markers(
        text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a digraph of the South Slavic Latin alphabets or of Hungarian is one initial before its
    # full stop ("Dž.", "Lj.", "Nj.", "Gy."), in a name and among initials alone (c20r)
    ("Foto: Dž. Kovačević / Lipovački portal", "Dž. Kovačević", "Lipovački portal"),
    ("Foto: Lj. Marković", "Lj. Marković", None),
    ("Foto: Nj. Babić", "Nj. Babić", None),
    ("Foto: Dž. K./Lipovački portal", "Dž. K.", "Lipovački portal"),
    ("Fotó: Gy. Nagy Péter", "Gy. Nagy Péter", None),
])
def test_digraph_initials(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # "photographed" in the South Slavic languages, Slovenian, Bulgarian and Hungarian, with
    # its colon, names who took the picture (c20r)
    ("Fotografirao: Ivan Kovač", "Ivan Kovač", None),
    ("Fotografisala: Ana Kovač", "Ana Kovač", None),
    ("Фотографисао: Иван Ковач", "Иван Ковач", None),
    ("Posnela: Ana Novak", "Ana Novak", None),
    ("Fotografiral: Janez Kos", "Janez Kos", None),
    ("Снимал: Иван Петров", "Иван Петров", None),
    ("Заснела: Мария Петрова", "Мария Петрова", None),
    ("Fényképezte: Kovács Péter", "Kovács Péter", None),
    ("Fotózta: Kovács Péter", "Kovács Péter", None),
    # ... as do Romanian "Fotografii:" (photographs) and Hungarian "Képek:" (pictures) and
    # "Címlapkép:" (the front-page picture); Bulgarian "Кадър:", "Кадри:" (a still from a
    # video) name its source
    ("Fotografii: Ion Popescu", "Ion Popescu", None),
    ("Képek: Kovács Péter", "Kovács Péter", None),
    ("Címlapkép: Kovács Péter", "Kovács Péter", None),
    ("Кадър: БНТ", None, "БНТ"),
    ("Кадри: bTV", None, "bTV"),
])
def test_the_regions_taker_verbs_and_photo_nouns(text: str, photographer: str | None,
                                                 outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


def test_the_regions_taker_verbs_need_their_colon() -> None:
    # a sentence's verb is no lead-in (c20r)
    assert find_credit("Jana je fotografirala gore. Posnel je tudi video.") == Credit()
    assert find_credit("A képet Kovács Péter fotózta.") == Credit()


def test_digraph_initial_ends_no_sentence_but_capitals_do() -> None:
    # a digraph's initial in title case ends no sentence; a state's capitals do (c20r)
    parts = read_caption("Trg u snijegu. Foto: Lj. Marković")
    assert (parts.photographer, parts.outlet) == ("Lj. Marković", None)
    parts = read_caption("Crowds in Brooklyn, NY. Photo: Jane Doe")
    assert (parts.photographer, parts.outlet) == ("Jane Doe", None)


@pytest.mark.parametrize(("text", "outlet"), [
    # the press office, in lower case as the region's papers write it, opens a body's name after
    # a photo lead-in: Russian, Ukrainian (old and new spelling) and the genitive (c19r)
    ("Открытие парка. Фото: пресс-служба мэрии Верхнеречинска",
     "пресс-служба мэрии Верхнеречинска"),
    ("Ковзанка в центрі. Фото - прес-служба Озерної міської ради",
     "прес-служба Озерної міської ради"),
    ("Фото: пресслужба ОВА", "пресслужба ОВА"),
    ("Субботник в сквере. Фото пресс-службы акимата Верхнеречинска",
     "пресс-службы акимата Верхнеречинска"),
    # ... never a sentence, nor the word alone with lower-case words after it
    ("Фото: пресс-служба сообщила о задержании", None),
    ("Пресс-служба мэрии сообщила, что снимки сделаны вчера.", None),
])
def test_press_office_in_lower_case(text: str, outlet: str | None) -> None:
    credit = read_credit_line(text) if text.startswith("Фото") else read_caption(text)
    assert (credit.photographer, credit.outlet) == (None, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # a Chinese credit line of several roles, each a label, a colon or a slash and a name: the
    # photographer's part, "本報" (this paper) no part of the name (c19t)
    ("撰文/王小明 攝影/林志遠 設計/陳美華", "林志遠"),
    ("報道:本刊特約王小明 攝影:本報林志遠", "林志遠"),
    ("文/王小明 攝影/林志遠", "林志遠"),
    # ... and the writer alone names no photographer
    ("撰文/王小明 設計/陳美華", None),
])
def test_chinese_credit_line_of_several_roles(text: str, photographer: str | None) -> None:
    assert read_credit_line(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a wire desk's marks after the bracket closing the credit: the editors' initials in
    # brackets of their own, as copies of Xinhua's Spanish service keep them, or a dash the page
    # leaves after it, as Antara's copies do (c20w)
    ("Pescadores reparan redes en el puerto, el 3 de marzo de 2024. (Xinhua/Tomás Riera) (jg) "
     "(ah) (ce)", "Tomás Riera", "Xinhua"),
    ("A farmer plants rice in a terraced field on Monday. (ANTARA/Dewi Lestari/abc) -",
     "Dewi Lestari", "ANTARA"),
    # ... never a sentence's own bracket and dash
    ("The river rose again overnight (see the map) -", None, None),
])
def test_wire_desk_marks_after_the_credit(text: str, photographer: str | None,
                                          outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "outlet"), [
    # Xinhua's name in Urdu closing a caption, with the vowel mark and without it (c20w)
    ("لاہور میں بچے پارک میں کھیل رہے ہیں۔ (شِنہوا)", "شِنہوا"),
    ("لاہور میں بچے پارک میں کھیل رہے ہیں۔ (شنہوا)", "شنہوا"),
    # Vietnam's party daily after a photo lead-in: the paper, never a person (c20w)
    ("Durante la feria del libro. (Fotografía: Nhan Dan)", "Nhan Dan"),
])
def test_agency_and_paper_names_of_agencies_language_services(text: str, outlet: str) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (None, outlet)
    assert canonical_outlet(outlet) in {"Xinhua", "Nhan Dan"}


@pytest.mark.parametrize(("text", "outlet", "via"), [
    # a Latin credit chain set above a description in Chinese, Japanese or Korean, with no
    # punctuation between them, as copies of the New York Times' Chinese site set it: the credit
    # ends where the script changes, a year's digits opening the description (c20w)
    ("Korean Central News Agency/Korea News Service, via Associated Press "
     "上周,一名官员视察了一家工厂。",
     "Korean Central News Agency", "Associated Press"),
    ("Harbour Ministry, via Associated Press 2019年,一艘货船驶入港口。", "Harbour Ministry",
     "Associated Press"),
    # ... never a name alone before such words: the sentence's subject
    ("Kim Jong Un 上周视察了一家工厂。", None, None),
])
def test_credit_before_a_description_in_chinese(text: str, outlet: str | None,
                                               via: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet, parts.via) == (None, outlet, via)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a Latin credit chain above a Cyrillic description whose first word is glued to the
    # credit's last, as Sputnik's copies set it: the credit ends where the script changes
    # (lead, session 20)
    ("© Sputnik / Pavel OrlovМэр города открывает выставку о дружбе двух стран в Москве.",
     "Pavel Orlov", "Sputnik"),
    ("Pavel Orlov/Reuters Мэр города открывает выставку в Москве.", "Pavel Orlov", "Reuters"),
    # ... never a name alone before such words: the sentence's subject
    ("Pavel Orlov открывает выставку в Москве.", None, None),
])
def test_credit_before_a_description_in_cyrillic(text: str, photographer: str | None,
                                                 outlet: str | None) -> None:
    parts = read_caption(text)
    assert (parts.photographer, parts.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a media bank's record, its author field before its credit field with no comma, as RIA
    # Novosti's and Sputnik's picture banks list them (c20w)
    ("Author: Pavel Orlov Credit: Sputnik", "Pavel Orlov", "Sputnik"),
    ("Автор: Павел Орлов Кредит: РИА Новости", "Павел Орлов", "РИА Новости"),
    # ... the credit field counts only when it names an outlet the authority knows
    ("Author: Pavel Orlov Credit: Blue Meadow", "Pavel Orlov", None),
])
def test_media_bank_author_and_credit_fields(text: str, photographer: str,
                                             outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # the pictures and another visual one person made, as visuals desks credit them: the maker
    # (c20c)
    ("Photos and collage by Tessa Marlowe", "Tessa Marlowe", None),
    ("Photos and video by Tessa Marlowe/AP", "Tessa Marlowe", "AP"),
    ("Video and photos by Tessa Marlowe", "Tessa Marlowe", None),
    ("Photography and illustrations by Tessa Marlowe", "Tessa Marlowe", None),
    # ... and the graphics a picture is: their maker, as an illustrator is
    ("Graphics by Tessa Marlowe", "Tessa Marlowe", None),
    ("Infographic by Tessa Marlowe", "Tessa Marlowe", None),
    ("Graphic by Reuters", None, "Reuters"),
])
def test_makers_of_pictures_and_other_visuals(text: str, photographer: str | None,
                                              outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)
    caption = read_caption(f"A quay at dawn. {text}")
    assert (caption.photographer, caption.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer"), [
    # the permission to reprint a picture after its credit is no part of it (c20c)
    ("How a copyright lapses. Graphics by Tessa Marlowe. Used with Permission.", "Tessa Marlowe"),
    ("A quay at dawn. Photo: Tessa Marlowe, used with permission", "Tessa Marlowe"),
    ("A quay at dawn. Illustration by Tessa Marlowe. Reproduced with kind permission.",
     "Tessa Marlowe"),
    # ... and a sentence saying so is no caption's credit
    ("The letters are used with permission of the family.", None),
])
def test_permission_note_after_a_credit(text: str, photographer: str | None) -> None:
    assert read_caption(text).photographer == photographer


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a credit element naming the maker and the story the picture was made for, its title
    # unquoted after "for", then the other makers' roles: the whole name, no outlet (c20c)
    ("Photos by Tessa Quill Marlowe for Love Beyond Bars: Ana and Luis. Art direction by Ina Dal.",
     "Tessa Quill Marlowe", None),
    ("Photos and collage by Tessa Marlowe for How a Harbour Town Lost Its Ferry. Art direction "
     "by Ina Dal.", "Tessa Marlowe", None),
    ("Photos by Tessa Marlowe for Remember Me.", "Tessa Marlowe", None),
    # ... an outlet after "for" is still the outlet
    ("Photo by Tessa Marlowe for The Boston Globe", "Tessa Marlowe", "The Boston Globe"),
    ("Photo by Tessa Marlowe for Reuters", "Tessa Marlowe", "Reuters"),
    # ... and no capital after "for", no title
    ("Photo by Tessa Marlowe for illustrative purposes", None, None),
])
def test_picture_made_for_a_story_unquoted(text: str, photographer: str | None,
                                           outlet: str | None) -> None:
    credit = read_credit_line(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # nonprofit, investigative and fact-checking newsrooms are outlets the authority knows, as
    # their pictures' credits name them (c20c)
    ("Tessa Marlowe/Civil Beat/2024", "Tessa Marlowe", "Honolulu Civil Beat"),
    ("Foto: Tessa Marlowe untuk Mongabay.", "Tessa Marlowe", "Mongabay"),
    ("Photo: Tessa Marlowe for ProPublica", "Tessa Marlowe", "ProPublica"),
    ("Credit: Tessa Marlowe/CalMatters", "Tessa Marlowe", "CalMatters"),
    ("Photo: Bellingcat", None, "Bellingcat"),
])
def test_nonprofit_newsrooms_are_known_outlets(text: str, photographer: str | None,
                                               outlet: str | None) -> None:
    credit = display_credit(read_credit_line(text))
    assert (credit.photographer, credit.outlet) == (photographer, outlet)


def test_nonprofit_newsrooms_editions_and_common_words() -> None:
    # an edition of a newsroom is the newsroom; a name that is also a common word is none (c20c)
    assert canonical_outlet("Mongabay India") == "Mongabay"
    assert canonical_outlet("Texas Tribune") == "The Texas Tribune"
    assert known_outlet("Grist") is None and known_outlet("Lupa") is None


@pytest.mark.parametrize(("text", "photographer", "outlet"), [
    # a closing sentence saying whose the picture is: the photographer, a photographer's noun
    # before the name or none (c20c)
    ("Uma draga no rio. A imagem é do Tiago Moreira.", "Tiago Moreira", None),
    ("Uma draga no rio. A imagem é da fotógrafa Lúcia Ferreira.", "Lúcia Ferreira", None),
    ("El alcalde inaugura la obra. La imagen es de EFE.", None, "EFE"),
    ("A quay at dawn. The photo is by Tessa Marlowe.", "Tessa Marlowe", None),
    # ... never a year, an archive's word or a sentence about whom it shows
    ("Uma draga no rio. A imagem é de 2015.", None, None),
    ("Uma draga no rio. A imagem é de arquivo.", None, None),
    ("O ex-presidente em 2010. A imagem é de Lula discursando em Brasília.", None, None),
])
def test_closing_sentence_saying_whose_the_image_is(text: str, photographer: str | None,
                                                    outlet: str | None) -> None:
    credit = read_caption(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)
