"""The three article readers: the seed, Markdown and HTML articles, decoding, and robustness."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.articles import decode_article, parse_article, parse_text, read_article
from catalog.errors import ArticleError
from tests.conftest import REPO, SEED

ARTICLES = REPO / "tests" / "fixtures" / "articles"


def test_the_seed_reads_as_published() -> None:
    article = read_article(REPO / SEED)
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
    assert [c.camera for c in article.captions] == [
        "Canon EOS 5D Mark IV", "Nikon D850", "Sony Alpha 7 III"]
    assert all(c.text.startswith(("A photo of", "An image of", "A photograph of"))
               for c in article.captions)
    assert article.warnings == ()


def test_markdown_article() -> None:
    article = read_article(ARTICLES / "harbour-strike.md")
    assert article.format == "md"
    assert article.headline == "Dockworkers Strike Shuts Europe's Busiest Port"
    assert article.deck == "Thousands walk out over automation plans as ships queue off the coast."
    assert article.published == dt.date(2024, 3, 12)
    got = [(c.caption_no, c.photographer, c.outlet, c.camera, c.image_ref)
           for c in article.captions]
    assert got == [
        (1, "Piroschka van de Wouw", "REUTERS", None, "harbour-strike/cranes.jpg"),
        (2, "Peter Dejong", "AP", "Nikon Z 9", "harbour-strike/pickets.jpg"),
        (3, "José Álvarez", "The New York Times", "Sony Alpha 7R III",
         "../harbour-strike/ship.jpg"),
        (4, None, None, None, "harbour-strike/no-caption.png"),
    ]
    assert article.captions[0].text.startswith("Cranes stand idle")  # emphasis, not alt
    assert article.captions[1].text.startswith("Pickets gather")  # the title
    assert article.captions[2].text.startswith("A container ship")  # _..._ paragraph


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


def test_windows_1252_article_is_decoded_and_reported() -> None:
    article = read_article(ARTICLES / "windows-1252.txt")
    assert article.headline == "Café Owners Count the Cost"
    assert article.captions[0].photographer == "Zoë Martin"
    assert article.warnings and "Windows-1252" in article.warnings[0]


@pytest.mark.parametrize(("data", "warning"), [
    (b"\xef\xbb\xbfpublished : 2024-01-01\n\nHead\n\nDeck\n", None),
    (b"published : 2024-01-01\r\n\r\nHead\r\n\r\nDeck\r\n", None),
    (b"published : 2024-01-01\n\nHe\x00ad\n\nDeck\n", "NUL"),
    ("published : 2024-01-01\n\nHead\n\nDeck\n".encode("utf-16"), "UTF-16"),
])
def test_decoding_variants(data: bytes, warning: str | None) -> None:
    article = parse_article(data, "txt", "a.txt")
    assert (article.headline, article.deck, article.published) == (
        "Head", "Deck", dt.date(2024, 1, 1))
    if warning:
        assert any(warning in w for w in article.warnings)


@pytest.mark.parametrize("data", [
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4,
    bytes(range(32)) * 100,
])
def test_binary_data_is_refused_with_the_file_name(data: bytes) -> None:
    with pytest.raises(ArticleError, match=r"^x\.txt: not a text article"):
        decode_article(data, "x.txt")


def test_unreadable_paths_are_article_errors(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path / "folder.txt" if (tmp_path / "folder.txt").mkdir() is None
                     else tmp_path)
    with pytest.raises(ArticleError, match="not an article"):
        read_article(tmp_path / "photo.jpg")
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "missing.txt")


def test_bad_front_matter_and_dates_are_warnings() -> None:
    article = parse_text("---\ntitle: [unclosed\n---\n# Heading\n", "md", "a.md")
    assert article.headline == "Heading" and article.warnings
    article = parse_text("published : yesterday\n\nHead\n", "txt", "a.txt")
    assert article.published is None and "not understood" in article.warnings[0]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600), st.sampled_from(["txt", "md", "html"]))
def test_readers_never_raise_on_text(text: str, fmt: str) -> None:
    article = parse_text(text, fmt, "a")  # type: ignore[arg-type]
    assert [c.caption_no for c in article.captions] == list(range(1, len(article.captions) + 1))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["txt", "md", "html"]))
def test_readers_raise_only_article_errors_on_bytes(data: bytes, fmt: str) -> None:
    try:
        parse_article(data, fmt, "a")  # type: ignore[arg-type]
    except ArticleError as exc:
        assert str(exc).startswith("a: ")
