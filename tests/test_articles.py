"""The three article readers: the seed, Markdown and HTML articles, decoding, and robustness."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.articles import decode_article, format_of, parse_article, parse_text
from catalog.domain import Article
from catalog.errors import ArticleError
from tests.conftest import REPO, SEED

ARTICLES = REPO / "tests" / "fixtures" / "articles"

Row = tuple[int, str | None, str | None, str | None, str | None]


def read_article(path: Path) -> Article:
    """A fixture article parsed from its bytes, in the format its extension names (ingest's
    workers read the file through the confinement check, then parse the same way)."""
    fmt = format_of(path)
    assert fmt is not None, path
    return parse_article(path.read_bytes(), fmt, path.as_posix())


def rows(article: Article) -> list[Row]:
    """(caption_no, photographer, outlet, caption_camera, image_ref) of every caption."""
    return [(c.caption_no, c.photographer, c.outlet, c.caption_camera, c.image_ref)
            for c in article.captions]


# --- the seed -----------------------------------------------------------------------------------

def test_the_seed_reads_as_published() -> None:
    article = read_article(REPO / SEED)
    assert article.path == (REPO / SEED).as_posix()
    assert article.format == "txt"
    assert article.headline == ("Blinken's Efforts for Humanitarian Pauses in Israeli War Face "
                                "Resistance from Netanyahu")
    assert article.deck == ("US Secretary of State Antony Blinken emphasizes that humanitarian "
                            "pauses would enable aid to reach Gaza during the Israel-Hamas "
                            "conflict")
    assert article.published == dt.date(2023, 11, 4)
    assert [c.caption_no for c in article.captions] == [1, 2, 3]
    assert [c.photographer for c in article.captions] == [None, "Trey Yingst", None]
    assert [c.outlet for c in article.captions] == [None, "Fox News", None]
    assert [c.caption_camera for c in article.captions] == [
        "Canon EOS 5D Mark IV", "Nikon D850", "Sony Alpha a7 III"]
    assert [c.text for c in article.captions] == [
        "A photo of US Secretary of State Antony Blinken during his meeting with Israeli Prime "
        "Minister Benjamin Netanyahu in Tel Aviv. (Taken with a Canon EOS 5D Mark IV)",
        "An image of the ongoing battles in Gaza captured by Fox News’ Trey Yingst. (Taken with "
        "a Nikon D850)",
        "A photograph of Hezbollah leader Hassan Nasrallah delivering a speech, providing "
        "further insight into the conflict. (Taken with a Sony Alpha a7 III)"]
    assert all(c.image_ref is None for c in article.captions)
    assert article.warnings == ()


def test_the_seed_cameras_have_their_canonical_names() -> None:
    article = read_article(REPO / SEED)
    assert [c.camera for c in article.captions] == [
        "Canon EOS 5D Mark IV", "Nikon D850", "Sony Alpha 7 III"]


def test_no_body_paragraph_of_the_seed_is_a_caption() -> None:
    paragraphs = (REPO / SEED).read_text(encoding="utf-8").strip().split("\n\n")[3:]
    captions = {c.text for c in read_article(REPO / SEED).captions}
    assert len(paragraphs) == 15
    assert [p for p in paragraphs if p in captions] == [p for p in paragraphs if p.startswith(
        ("A photo of", "An image of", "A photograph of"))]


# --- plain text by other hands ------------------------------------------------------------------

def test_a_plain_text_article_with_crlf_and_other_header_lines() -> None:
    article = read_article(ARTICLES / "ferry-rescue.txt")
    assert (article.headline, article.published) == ("Ferry Passengers Rescued Off Lampedusa",
                                                     dt.date(2024, 7, 19))
    assert article.deck is not None and article.deck.startswith("Coast guard crews pulled")
    assert rows(article) == [
        (1, "Jane Doe", "The Guardian", "iPhone 15 Pro", None),
        (2, "Salvatore Cavalli", "AP", None, None),
        (3, "Zoe Moreau", "AFP", None, None),
    ]
    texts = " ".join(c.text for c in article.captions)
    assert "released by the coast guard" not in texts  # "A photograph released by ..."
    assert "captured by police" not in texts and "Reporting by" not in texts


@pytest.mark.parametrize("line", [
    "published : 2023-11-04", "published: 2023-11-04", "published:2023-11-04",
    "PUBLISHED : 2023-11-04", "Published :2023-11-04", "  published :  2023-11-04  ",
    "published : 2023-11-04T09:30:00Z", "Date: 2023-11-04", "published : November 4, 2023",
    "published : 4 November 2023", "published : Nov. 4, 2023",
])
def test_published_line_variants(line: str) -> None:
    article = parse_text(f"{line}\n\nHead\n\nDeck\n", "txt", "a.txt")
    assert (article.headline, article.deck, article.published) == (
        "Head", "Deck", dt.date(2023, 11, 4))
    assert article.warnings == ()


@pytest.mark.parametrize("value", ["someday", "2023-02-30", "2023-13-01", "04/11/2023x"])
def test_a_bad_date_is_a_warning(value: str) -> None:
    article = parse_text(f"published : {value}\n\nHead\n\nDeck\n", "txt", "a.txt")
    assert article.published is None and article.headline == "Head"
    assert article.warnings == (f"published date not understood: {value!r}",)


def test_plain_text_structure_choices() -> None:
    no_deck = parse_text("published : 2024-01-01\n\nHead\n\nA photo of a cat. REUTERS/Ana Lima"
                         "\n\nBody.\n", "txt", "a.txt")
    assert no_deck.deck is None and rows(no_deck) == [(1, "Ana Lima", "Reuters", None, None)]
    late_header = parse_text("Head line\n\npublished: 2023-11-04\n\nDeck here\n\nBody text.\n",
                             "txt", "a.txt")
    assert (late_header.headline, late_header.deck, late_header.published) == (
        "Head line", "Deck here", dt.date(2023, 11, 4))
    no_header = parse_text("Head\nacross two lines\n\nDeck\n", "txt", "a.txt")
    assert (no_header.headline, no_header.published) == ("Head across two lines", None)
    headline_is_never_a_caption = parse_text("A photo of a cat\n\nDeck\n", "txt", "a.txt")
    assert headline_is_never_a_caption.captions == ()


def test_windows_1252_article_is_decoded_and_reported() -> None:
    article = read_article(ARTICLES / "windows-1252.txt")
    assert article.headline == "Café Owners Count the Cost"
    assert article.captions[0].photographer == "Zoë Martin"
    assert article.warnings and "decoded as Windows-1252 (not valid UTF-8" in article.warnings[0]


# --- Markdown -----------------------------------------------------------------------------------

def test_markdown_article() -> None:
    article = read_article(ARTICLES / "harbour-strike.md")
    assert article.format == "md"
    assert article.headline == "Dockworkers Strike Shuts Europe's Busiest Port"
    assert article.deck == "Thousands walk out over automation plans as ships queue off the coast."
    assert article.published == dt.date(2024, 3, 12)
    assert [(c.caption_no, c.photographer, c.outlet, c.camera, c.image_ref)
            for c in article.captions] == [
        (1, "Piroschka van de Wouw", "Reuters", None, "harbour-strike/cranes.jpg"),
        (2, "Peter Dejong", "AP", "Nikon Z 9", "harbour-strike/pickets.jpg"),
        (3, "José Álvarez", "The New York Times", "Sony Alpha 7R III",
         "../harbour-strike/ship.jpg"),
        (4, None, None, None, "harbour-strike/no-caption.png"),
    ]
    assert article.captions[0].text.startswith("Cranes stand idle")  # emphasis, not alt
    assert article.captions[1].text.startswith("Pickets gather")  # the title
    assert article.captions[2].text.startswith("A container ship")  # _..._ paragraph


def test_markdown_article_with_front_matter_figures_and_galleries() -> None:
    article = read_article(ARTICLES / "wildfire-evacuations.md")
    assert article.headline == "Wildfire Forces Thousands From Homes on Greek Island"
    assert article.deck == ("Firefighters battle winds of up to 70 km/h as villages on Rhodes "
                            "are evacuated by sea.")
    assert article.published == dt.date(2024, 7, 22)  # date part of a YAML timestamp
    assert rows(article) == [
        (1, "Λευτέρης Παπαδόπουλος", "Eurokinissi", "Fujifilm X-T5", "wildfire/kiotari.jpg"),
        (2, "Petros Giannakouris", "AP", None, "wildfire/ferry.jpg"),
        (3, "Nick Zonitsa", "Reuters", "Canon EOS R5", "wildfire/lardos.jpg"),
        (4, None, None, None, "wildfire/tourist-1.jpg"),
        (5, "Nick Paleologos", "Bloomberg", None, "wildfire/tourist-2.jpg"),
        (6, None, None, None, "wildfire/no-caption.png"),
        (7, None, "the Hellenic Red Cross", None, "wildfire/volunteers.jpg"),
        (8, "Ana Lima", None, None, "wildfire/fire fighter.jpg"),
    ]
    texts = [c.text for c in article.captions]
    assert texts[0].startswith("Flames rise above the hills")  # the _..._ paragraph
    assert texts[2].startswith("Smoke over Lardos")  # the alt text
    assert texts[3] == "A tourist"  # the gallery's caption belongs to its last image
    assert texts[4].startswith("Tourists wait at the airport")
    assert texts[5] == ""  # an image with nothing to say is still a caption
    assert not any("coast guard statement" in t or "released by" in t for t in texts)


@pytest.mark.parametrize(("markdown", "headline", "deck", "published", "warning"), [
    ("# Only a heading\n\nText\n", "Only a heading", None, None, None),
    ("---\ntitle: From the front matter\n---\n# Not this\n", "From the front matter", None,
     None, None),
    ("---\nheadline: Headline key\ndescription: A deck\npublished: 2024-05-01\n---\n",
     "Headline key", "A deck", dt.date(2024, 5, 1), None),
    ("---\ndate: 2024-05-01T10:00:00+02:00\ndeck: The deck\n---\n# H\n", "H", "The deck",
     dt.date(2024, 5, 1), None),
    ("---\npublished: '2024-05-01T23:30:00-05:00'\n---\n# H\n", "H", None, dt.date(2024, 5, 1),
     None),
    ("---\ntitle: 1984\n---\n", "1984", None, None, None),
    ("---\n---\n# H\n", "H", None, None, None),
    ("---\n- a\n- b\n---\n# H\n", "H", None, None, "not a mapping"),
    ("---\ntitle: [unclosed\n---\n# H\n", "H", None, None, "front matter is not valid YAML"),
    ("---\ndate: 2023-13-45\n---\n# H\n", "H", None, None, "front matter is not valid YAML"),
    ("---\npublished: someday\n---\n# H\n", "H", None, None, "date not understood"),
    ("---\ntitle:\n  nested: map\n---\n# H\n", "H", None, None, None),
    ("## A second-level heading only\n", None, None, None, None),
])
def test_markdown_front_matter_variants(markdown: str, headline: str | None, deck: str | None,
                                       published: dt.date | None, warning: str | None) -> None:
    article = parse_text(markdown, "md", "a.md")
    assert (article.headline, article.deck, article.published) == (headline, deck, published)
    if warning is None:
        assert article.warnings == ()
    else:
        assert len(article.warnings) == 1 and warning in article.warnings[0]


@pytest.mark.parametrize(("markdown", "captions"), [
    ("![alt text](a.jpg)\n\nnot emphasised\n", [("alt text", "a.jpg")]),
    ("![alt](a.jpg \"The title\")\n", [("The title", "a.jpg")]),
    ("![a](a.jpg)\n***Bold italic caption. REUTERS/Amir Cohen***\n",
     [("Bold italic caption. REUTERS/Amir Cohen", "a.jpg")]),
    ("![x](a.jpg)\n\n*Half* emphasised\n", [("x", "a.jpg")]),
    ("![x](a.jpg)\n\n## Heading between\n\n*Not its caption*\n", [("x", "a.jpg")]),
    ("[![linked](b.jpg \"T. (AP Photo/Jane Roe)\")](https://example.com)\n",
     [("T. (AP Photo/Jane Roe)", "b.jpg")]),
    ("![ref][r]\n\n[r]: refs/c.jpg \"Ref title\"\n", [("Ref title", "refs/c.jpg")]),
    ("![x](<photos/my café.jpg>)\n", [("x", "photos/my café.jpg")]),  # as written
    ("![x](%2e%2e/secret.jpg)\n", [("x", "%2e%2e/secret.jpg")]),
    ("> ![q](q.jpg)\n>\n> *Quoted caption*\n", [("Quoted caption", "q.jpg")]),
    ("![x](javascript:alert(1))\n", []),  # markdown-it refuses the link: no image
    ("Text with `![code](c.jpg)` in code\n", []),
    ("<figure><img src=\"f.jpg\"><figcaption>Raw HTML. REUTERS/Ana Lima</figcaption>"
     "</figure>\n", [("Raw HTML. REUTERS/Ana Lima", "f.jpg")]),
])
def test_markdown_images_and_their_captions(markdown: str,
                                            captions: list[tuple[str, str]]) -> None:
    article = parse_text(markdown, "md", "a.md")
    assert [(c.text, c.image_ref) for c in article.captions] == captions


@pytest.mark.parametrize(("markdown", "credits"), [
    # a credit line right under a picture credits it; the caption stays its alt text
    ("![A pier at dawn](pier.jpg)\n\nPhoto: Jane Roe / The Verge\n",
     [("A pier at dawn", "Jane Roe", "The Verge")]),
    # under the picture's emphasised caption; a bold the parser leaves as asterisks
    ("![Boats](boats.jpg)\n\n*Boats in the harbour.*\n\n**Image Credits:**Ken Ito/AFP\n",
     [("Boats in the harbour.", "Ken Ito", "AFP")]),
    # the last of several pictures in one paragraph takes it
    ("![One](1.jpg) ![Two](2.jpg)\n\nImage: Bloomberg\n",
     [("One", None, None), ("Two", None, "Bloomberg")]),
    # a paragraph between: the credit line is not the picture's
    ("![Gulls](gulls.jpg)\n\nThe gulls came back this year.\n\nPhoto: Ann Lee/AFP\n",
     [("Gulls", None, None)]),
    # no lead-in, or prose that merely opens like one: no credit
    ("![Gulls](gulls.jpg)\n\nAnn Lee/AFP\n", [("Gulls", None, None)]),
    ("![Gulls](gulls.jpg)\n\nPhoto: the gulls came back this year, the harbour master said "
     "on Monday, after two winters away from the pier and the fish market.\n",
     [("Gulls", None, None)]),
])
def test_markdown_credit_line_under_a_picture(markdown: str,
                                              credits: list[tuple[str, str | None, str | None]]
                                              ) -> None:
    article = parse_text(markdown, "md", "a.md")
    assert [(c.text, c.photographer, c.outlet) for c in article.captions] == credits


# --- HTML ---------------------------------------------------------------------------------------

def test_html_article() -> None:
    article = read_article(ARTICLES / "election-night.html")
    assert (article.headline, article.published) == ("Polls Close as Counting Begins",
                                                     dt.date(2024, 11, 5))
    assert article.deck == "Polls close across the country as counting begins."
    got = [(c.photographer, c.outlet, c.camera, c.image_ref) for c in article.captions]
    assert got == [
        ("Łukasz Nowak", "The Guardian", None, "election/queue.jpg"),
        ("Ian Forsyth", "Getty Images", "Canon EOS R3", "election/count.jpg"),
        (None, None, None, "election/%2e%2e/%2e%2e/secret.jpg"),
        ("Kirsty Wigglesworth", "AP", None, "election/flag.jpg"),
    ]
    assert article.captions[2].text == "A tally board in Durham"  # malformed nesting survives
    assert "not a caption" not in " ".join(c.text for c in article.captions)  # scripts ignored


def test_html_article_with_credit_markup() -> None:
    article = read_article(ARTICLES / "flood-relief.html")
    assert article.headline == "Flood Relief Reaches Cut-Off Valleys After a Week"
    assert article.deck == "Helicopters and lorries carry food to villages the water isolated."
    assert article.published == dt.date(2024, 6, 2)  # from <time datetime>
    assert rows(article) == [
        (1, "Amir Cohen", "Reuters", None, "flood/lead.jpg"),
        (2, "Łukasz Nowak", "AFP", "Nikon Z 9", "flood/convoy.jpg"),
        (3, "Ana Lima", "Croatian Armed Forces", None, "flood/helicopter.jpg"),
        (4, "José Álvarez", "The New York Times", None, "flood/boat.jpg"),
        (5, None, "the Horvat family", None, "flood/family.jpg"),
        (6, None, None, None, "flood/map.png"),
    ]
    texts = [c.text for c in article.captions]
    # a credit written flush against the caption keeps a space
    assert texts[0] == "An aerial view of the flooded Drava valley on Saturday. REUTERS/Amir Cohen"
    assert texts[1] == ("A convoy crosses a temporary bridge near Varaždin. Photo: Łukasz "
                        "Nowak/AFP via Getty Images (Camera: Nikon Z 9)")
    assert texts[5] == "A map of the affected areas"
    joined = " ".join(texts)
    assert "written by a script" not in joined and "outside any figure" not in joined
    assert article.captions[1].camera == "Nikon Z 9"


@pytest.mark.parametrize(("html", "expected"), [
    ("<title>T</title><p class='dek'>The dek</p><meta name=description content='meta'>",
     ("T", "The dek", None)),
    ("<h1>H</h1><meta property='og:description' content='og'>"
     "<meta name='description' content='meta'>", ("H", "og", None)),
    ("<h1>H</h1><meta name='description' content='meta'>", ("H", "meta", None)),
    ("<meta property='article:published_time' content='2024-11-05T23:10:00Z'>"
     "<time datetime='2020-01-01'>x</time>", (None, None, dt.date(2024, 11, 5))),
    ("<p>By me <time datetime='2024-06-02T08:15:00+01:00'>June</time></p>",
     (None, None, dt.date(2024, 6, 2))),
    ("<meta itemprop='datePublished' content='2024-01-02'>", (None, None, dt.date(2024, 1, 2))),
    ("<h1>  Spaced\n  headline </h1>", ("Spaced headline", None, None)),
])
def test_html_metadata(html: str, expected: tuple[str | None, str | None, dt.date | None]
                       ) -> None:
    article = parse_text(html, "html", "a.html")
    assert (article.headline, article.deck, article.published) == expected


@pytest.mark.parametrize(("html", "captions"), [
    ("<figure><img src='a.jpg'><figcaption>Smoke. <span class='image-credits'>Jane Doe"
     "</span></figcaption></figure>", [("Jane Doe", None, "a.jpg")]),
    ("<figure><img src='a.jpg'><figcaption>Smoke.<cite>Reuters</cite></figcaption></figure>",
     [(None, "Reuters", "a.jpg")]),
    ("<figure><img src='a.jpg'><figcaption>A photo of Jane Doe in Rome.</figcaption></figure>",
     [(None, None, "a.jpg")]),
    ("<figure><img src='data:image/png;base64,AAAA'><figcaption>c</figcaption></figure>",
     [(None, None, None)]),
    ("<figure><figure><img src='inner.jpg'><figcaption>Inner</figcaption></figure>"
     "<figcaption>Outer. Jane Doe/Reuters</figcaption></figure>",
     [("Jane Doe", "Reuters", None), (None, None, "inner.jpg")]),
    ("<figure><img src='a.jpg' title='Title text. (AP Photo/Jane Roe)'></figure>",
     [("Jane Roe", "AP", "a.jpg")]),
    ("<img src='loose.jpg' alt='(AP Photo/Jane Roe)'>", []),
    ("<figure><img src='a.jpg'><figcaption>never closed", [(None, None, "a.jpg")]),
    ("<figure><img src='a.jpg'><span class='credit'>Jane Doe/Reuters</span>"
     "<figcaption>A credit laid over the image.</figcaption></figure>",
     [("Jane Doe", "Reuters", "a.jpg")]),
    ("<figure><img src='a.jpg'><figcaption>Smoke. <small class='byline'>By Jane Doe</small>"
     "</figcaption></figure>", [("Jane Doe", None, "a.jpg")]),
    ("<figure><img src='a.jpg'><figcaption>Smoke. <small class='byline'>Photo: Jane Doe/AFP"
     "</small></figcaption></figure>", [("Jane Doe", "AFP", "a.jpg")]),
    ("<figure><img src='a.jpg'><figcaption>Smoke. <span class='photographer'>Jane Doe</span>"
     " <span class='source'>KCNA</span></figcaption></figure>", [("Jane Doe", "KCNA", "a.jpg")]),
])
def test_html_figures(html: str, captions: list[tuple[str | None, str | None, str | None]]
                      ) -> None:
    article = parse_text(html, "html", "a.html")
    assert [(c.photographer, c.outlet, c.image_ref) for c in article.captions] == captions


@pytest.mark.parametrize("text", ["http://example.com/story.html", "story.html",
                                  "<?xml version='1.0'?><a/>", "<![0", "<![if x]><h1>T"])
def test_html_that_bs4_would_warn_about_reads_quietly(text: str) -> None:
    article = parse_text(text, "html", "a.html")  # warnings are errors in this suite
    assert article.captions == ()


# --- decoding and files -------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "warning"), [
    (b"\xef\xbb\xbfpublished : 2024-01-01\n\nHead\n\nDeck\n", None),
    (b"published : 2024-01-01\r\n\r\nHead\r\n\r\nDeck\r\n", None),
    (b"published : 2024-01-01\r\rHead\r\rDeck\r", None),
    (b"published : 2024-01-01\n\nHe\x00ad\n\nDeck\n", "dropped 1 NUL bytes"),
    ("published : 2024-01-01\n\nHead\n\nDeck\n".encode("utf-16"), "decoded as UTF-16"),
    ("published : 2024-01-01\n\nHead\n\nDeck\n".encode("utf-16-le"), "decoded as UTF-16"),
])
def test_decoding_variants(data: bytes, warning: str | None) -> None:
    article = parse_article(data, "txt", "a.txt")
    assert (article.headline, article.deck, article.published) == (
        "Head", "Deck", dt.date(2024, 1, 1))
    if warning is None:
        assert article.warnings == ()
    else:
        assert any(warning in w for w in article.warnings)


@pytest.mark.parametrize(("declared", "text", "codec"), [
    # pages declaring gb2312 hold GBK characters (镕 is outside GB2312), as browsers read them
    ("gb2312", "朱镕基在北京。图/新华社", "gb18030"),
    ("euc-kr", "똠방각하 사진=연합뉴스", "cp949"),  # 똠 is outside EUC-KR, inside Windows-949
    ("shift_jis", "①写真＝共同通信", "cp932"),  # ① is a Windows-31J addition
])
def test_a_declared_legacy_charset_is_read_as_browsers_read_it(declared: str, text: str,
                                                               codec: str) -> None:
    page = (f'<html><head><meta charset="{declared}"><title>t</title></head>'
            f"<body><p>{text}</p></body></html>").encode(codec)
    decoded, notes = decode_article(page, "a.html")
    assert text in decoded
    assert notes == [f"decoded as {codec}, the superset of the {declared.replace('-', '_')} "
                     f"the page declares (not valid UTF-8 at byte {notes[0].split()[-1][:-1]})"]


def test_a_plainly_wrong_declaration_is_not_trusted() -> None:
    page = b'<meta charset="shift_jis"><p>' + "Café – “quoted”".encode("cp1252") * 50 + b"</p>"
    decoded, notes = decode_article(page, "a.html")
    assert "Café – “quoted”" in decoded and notes[0].startswith("decoded as Windows-1252")


@pytest.mark.parametrize(("text", "codec"), [
    ("北京时间今天上午，国家主席在人民大会堂会见了来访的外国元首。双方就两国关系交换了意见。"
     "图为会见现场。新华社记者 李明 摄", "gb18030"),
    ("東京の空は晴れています。写真は共同通信が撮影しました。選手たちは朝から練習に励んだ。",
     "cp932"),
    ("Демонстранты на улицах Москвы в субботу. Полиция задержала нескольких человек. "
     "Фото: Иван Петров / ТАСС", "cp1251"),
])
def test_a_legacy_article_that_declares_no_charset_is_detected(text: str, codec: str) -> None:
    data = f"published : 2024-01-01\n\nHead\n\n{text}\n".encode(codec)
    decoded, notes = decode_article(data, "a.txt")
    assert text in decoded
    assert notes[0].startswith(f"decoded as {codec}, detected (not valid UTF-8 at byte ")


def test_latin_text_that_declares_no_charset_stays_windows_1252() -> None:
    text = "Müller sagte, die Straße sei gesperrt. Größere Schäden gab es nicht. Café – “ok”. " * 4
    decoded, notes = decode_article(text.encode("cp1252"), "a.txt")
    assert decoded == text and notes[0].startswith("decoded as Windows-1252")


def test_windows_1252_and_latin_1_fallbacks_say_so() -> None:
    text, notes = decode_article("Café – “quoted”".encode("cp1252"), "a.txt")
    assert text == "Café – “quoted”"
    assert notes == ["decoded as Windows-1252 (not valid UTF-8 at byte 3)"]
    text, notes = decode_article(b"ok \x81\xe9", "a.txt")  # 0x81 is undefined in cp1252
    assert text == "ok \x81é" and notes[0].startswith("decoded as Latin-1")


@pytest.mark.parametrize("data", [
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4,  # a JPEG
    b"\x89PNG\r\n\x1a\n" + bytes(64),
    b"%PDF-1.7\n" + bytes(range(256)),
    b"PK\x03\x04" + b"rest of a zip",
    b"\x00\x00\x00\x18ftypheic" + bytes(64),
    bytes(range(32)) * 100,
    os.urandom(0) + bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 64,
])
def test_binary_data_is_refused_with_the_file_name(data: bytes) -> None:
    with pytest.raises(ArticleError, match=r"^x\.txt: not a text article \(binary data\)$"):
        decode_article(data, "x.txt")


def test_extensions_are_case_insensitive() -> None:
    for name, fmt in (("A.TXT", "txt"), ("B.Markdown", "md"), ("C.HTM", "html"),
                      ("D.md", "md"), ("E.htm", "html")):
        assert format_of(Path(name)) == fmt
    for name in ("photo.jpg", "notes.rtf", "README"):
        assert format_of(Path(name)) is None


# --- properties ---------------------------------------------------------------------------------

FORMAT = st.sampled_from(["txt", "md", "html"])
MARKUP = st.lists(st.sampled_from([
    "---\n", "title: x\n", "published : 2024-01-01\n", "\n\n", "# ", "![a](b.jpg", ")", "*",
    "_", "<figure>", "</figure>", "<img src='x.jpg'>", "<figcaption>", "</figcaption>", "<h1>",
    "A photo of ", "REUTERS/Ana Lima", "(Taken with a Nikon D850)", "date: 2023-13-45\n", "é",
    "<", ">", "[", "]", "\"title\"", "<time datetime='x'>", "\r\n", "\x00", "<![", "<!", "0",
]), max_size=40).map("".join)


@settings(max_examples=120, deadline=None)
@given(st.text(max_size=500) | MARKUP, FORMAT)
def test_readers_never_raise_on_text(text: str, fmt: str) -> None:
    article = parse_text(text, fmt, "a")  # type: ignore[arg-type]
    assert [c.caption_no for c in article.captions] == list(range(1, len(article.captions) + 1))


PRINTABLE = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
                    max_size=500)


@settings(max_examples=120, deadline=None)
@given(PRINTABLE | MARKUP.map(lambda s: s.replace("\x00", "")), FORMAT)
def test_parse_article_never_raises_on_text(text: str, fmt: str) -> None:
    article = parse_article(text.encode("utf-8"), fmt, "a")  # type: ignore[arg-type]
    assert article.path == "a" and article.format == fmt


@settings(max_examples=120, deadline=None)
@given(st.binary(max_size=600), FORMAT)
def test_readers_raise_only_article_errors_on_bytes(data: bytes, fmt: str) -> None:
    try:
        parse_article(data, fmt, "a")  # type: ignore[arg-type]
    except ArticleError as exc:
        assert str(exc).startswith("a: ")


# Front matter pieces for comparing the two YAML parsers: coercions (dates, booleans, octal,
# sexagesimal, special floats), merge keys, anchors, duplicate keys, every scalar style,
# directives and document markers, flow and block nesting, and the characters where
# libyaml and PyYAML part (tabs, byte-order marks, "?", "#", "!", line separators).
_YAML_PIECES = [
    "title: Plain title", 'title: "Quoted: with colon"', "title: 'single ''quoted'''",
    "published: 2024-03-28", "date: 2023-13-45", "date: 2001-12-14t21:59:43.10-05:00",
    "date: 2002-12-14 21:59:43.1234567", "date: 2002-1-4", "flag: yes", "flag: No",
    "flag: on", "flag: OFF", "flag: y", "n: 017", "n: 0o17", "n: 0x1F", "n: 0b101",
    "n: 1_000", "n: 190:20:30", "n: -1:30", "f: 190:20:30.15", "f: 1.5e3", "f: .inf",
    "f: -.Inf", "f: .NaN", "f: 685.230_15e+03", "x: ~", "x: null", "x:", "empty: ''",
    "k: v # comment", "# comment", "", "base: &b {a: 1, b: 2}", "merged:\n  <<: *b\n  c: 3",
    "m2: {<<: [*b, {z: 1}], a: 9}", "<<: {a: 1}", "<<: 5", "dup: 1\ndup: 2",
    "list:\n  - a\n  - b", "list2: [a, b, [c, d], {e: f}]", "- - - nested", "- [a, [b, [c]]]",
    "set: !!set {a, b}", "om: !!omap [a: 1, b: 2]", "bin: !!binary aGVsbG8=", "s: !!str 123",
    "t: !custom x", "k: !", "u: !<tag:yaml.org,2002:str> v", "lit: |\n  one\n  two\n",
    "fold: >-\n  folded\n  text\n\n  para\n", "keep: |+\n  a\n\n", "ind: |2\n   indented\n",
    "k: >#x", "multi: plain\n  continued line", 'esc: "a\\tb\\x41\\u263a\\N\\_\\L\\P\\e\\/ e"',
    'esc2: "line\\\n  next"', "? complex key\n: value", "[a, b]: c", "seq: [a?, b]",
    "tab:\tvalue", "tab2: value\twith tab", "\ufeffbom: 1", "bom: \ufeffx", "nel: a\x85b",
    "ls: a\u2028b", "ctrl: a\x07b", "uni: café 日本語 😀", "bad: [unclosed", "bad2: {a: 1",
    "colon: a:b", "colon2: a: b", "%YAML 1.1\n---\nk: v", "%YAML 1.3\n---\nk: v",
    "%YAML 1.2#\n---\nk: v", "---\nk: v\n---\nk2: v2", "k: v\n...\n", "- top\n- list",
    "just a scalar", "anch: &a x\nref: *a", "ref: *undefined", "self: &s [*s]",
    "k: @x", "k: `x", "nested:\n  a:\n    b:\n      c: d", "seq:\n- a: 1\n  b: 2\n- c: 3",
    "long: " + "x" * 1500, "y" * 1100 + ": v", "flowmap: {a, b: , : c}", "flowseq: [a, , b]",
    "k: 'multi\n  line single'", 'k: "multi\n\n  line double"', "k: v\n  bad indent: x",
    "k: 2002-12-14T21:59:43Z", "k: !!timestamp 2001-12-14", "k: !!float 1", "k: 1:2:3:4",
]
_YAML_EDITS = ["\t", "\r\n", "\n", "\n  ", " ", ": ", "- ", "?", "[", "]", "{", "}", ",", "#",
               "&a ", "*a", "!", "|", ">", "'", '"', "%", "@", "\\", "\ufeff", "\x85", "\x00",
               "\ud800", "é", "😀", "0", "...", "---", "<<: ", "~"]


def test_front_matter_through_libyaml_reads_as_pyyaml_does() -> None:
    """Where _through_libyaml answers (libyaml's parser), PyYAML's pure-Python loader reads
    the same value: 6,000 front matters (pieces joined, then characters inserted and cut);
    where it does not (an error, or a text where the parsers part), `yaml.safe_load` runs as
    before."""
    import random

    import yaml

    from catalog.articles import _UNREAD, _through_libyaml

    through_c = 0
    for seed in range(3):
        rng = random.Random(seed)
        for _ in range(2000):
            source = "\n".join(rng.choice(_YAML_PIECES) for _ in range(rng.randint(1, 6)))
            for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
                at = rng.randint(0, len(source))
                if rng.random() < 0.6:
                    source = source[:at] + rng.choice(_YAML_EDITS) + source[at:]
                else:
                    source = source[:at] + source[at + rng.randint(1, 3):]
            value = _through_libyaml(source)
            if value is not _UNREAD:
                assert repr(value) == repr(yaml.safe_load(source)), source
                through_c += 1
    assert through_c > 500  # and most readable ones went through libyaml


@pytest.mark.parametrize("depth", [50, 450, 2000])
def test_front_matter_nested_past_pyyaml_s_recursion_is_left_to_pyyaml(depth: int) -> None:
    """libyaml nests ~1000 levels where PyYAML's composer runs out of recursion at a few
    hundred: deep nesting is left to PyYAML, whose RecursionError is the article's warning."""
    import yaml

    from catalog.articles import _UNREAD, _through_libyaml

    for source in ("k: " + "[" * depth + "]" * depth,
                   "".join(" " * (2 * i) + f"k{i}:\n" for i in range(depth)) + "  " * depth + "v"):
        value = _through_libyaml(source)
        if depth > 100:
            assert value is _UNREAD
            if depth > 1000:
                with pytest.raises(RecursionError):
                    yaml.safe_load(source)
        else:
            assert value is not _UNREAD and repr(value) == repr(yaml.safe_load(source))
