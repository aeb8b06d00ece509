"""HTML as outlets publish it: article scoping, headline and date places, caption markup
beyond <figure>, teasers and widgets left out, credits in their own elements. The pages are
written here, so these tests run everywhere."""

from __future__ import annotations

import datetime as dt

import pytest

from catalog.articles import parse_text
from catalog.domain import Article
from catalog.html_captions import srcset_candidates


def read(html: str) -> Article:
    return parse_text(html, "html", "page.html")


def captions(html: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.image_ref, c.caption_source) for c in read(html).captions]


BRANDING = "<header><h1><a href='/'>The Daily</a></h1></header>"


@pytest.mark.parametrize(("html", "headline"), [
    (BRANDING + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
     "\"headline\": \"Rivers rise\"}</script><article><p>x</p></article>", "Rivers rise"),
    (BRANDING + "<meta property='og:title' content='Rivers rise | The Daily'>"
     "<meta property='og:site_name' content='The Daily'>", "Rivers rise"),
    (BRANDING + "<article><h1 itemprop='headline'>Rivers rise</h1><p>text</p></article>",
     "Rivers rise"),
    ("<title>Rivers rise - The Daily</title>", "Rivers rise"),
    ("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\", \"name\": "
     "\"Home\"}, {\"@type\": [\"ReportageNewsArticle\"], \"headline\": \"In a graph\"}]}"
     "</script>", "In a graph"),
    ("<script type='application/ld+json'>{not json</script><h1>Still read</h1>", "Still read"),
    ("<meta property='og:title' content='Rivers rise - La Stampa'>"
     "<meta property='og:site_name' content='lastampa.it'>", "Rivers rise"),
    ("<meta property='og:title' content='Rivers rise on the coast | Editorial'>"
     "<article><h1>Rivers rise on the coast</h1><p>t</p></article>", "Rivers rise on the coast"),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
     "\"Rivers rise on the coast as the storm\"}</script><meta property='og:title' "
     "content='Rivers rise on the coast as the storm nears'>",
     "Rivers rise on the coast as the storm nears"),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"@author\": Jane, "
     "\"headline\": \"Broken JSON, read anyway\"}</script>", "Broken JSON, read anyway"),
])
def test_headline_places(html: str, headline: str) -> None:
    assert read(html).headline == headline


@pytest.mark.parametrize(("html", "published"), [
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
     "\"2023-11-07T10:00:00Z\", \"dateModified\": \"2023-11-09\"}</script>", dt.date(2023, 11, 7)),
    ("<meta name='parsely-pub-date' content='2019-11-20T02:00:00Z'>", dt.date(2019, 11, 20)),
    ("<meta property='article:published' content='2020-02-19'>", dt.date(2020, 2, 19)),
    ("<article><time class='updated' datetime='2024-05-05'>upd</time>"
     "<time datetime='2024-05-01'>pub</time><p>t</p></article>", dt.date(2024, 5, 1)),
    ("<article><div itemscope itemtype='https://schema.org/VideoObject'>"
     "<span itemprop='datePublished' content='2010-01-01'></span></div>"
     "<span itemprop='datePublished' content='2022-04-26'>26 April</span><p>t</p></article>",
     dt.date(2022, 4, 26)),
    ("<time content='2021-05-05'>5 May</time>", dt.date(2021, 5, 5)),
    ("<meta property='article:modified_time' content='2021-05-05'>", None),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
     "\"0001-01-01T00:00:00Z\"}</script><link rel='canonical' "
     "href='https://x.example/story/2019/11/19/slug/'>", dt.date(2019, 11, 19)),
    ("<script type='application/ld+json'>{\"@type\": \"RadioEpisode\", \"datePublished\": "
     "\"14/01/2020\"}</script>", dt.date(2020, 1, 14)),
    ("<meta property='article:published_time' content='04/11/2023'>", None),
    ("<meta name='pubdate' content='20180619T055000+0900'>", dt.date(2018, 6, 19)),
    ("<meta name='pubdate' content='Tue, 4 May 2021 19:18:00 +0200'>", dt.date(2021, 5, 4)),
    ("<meta name='pubdate' content='Tue Jan 28 15:28:56 CET 2020'>", dt.date(2020, 1, 28)),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
     "\"2022-05-04\", \"headline\": \"a line\nbreak\"}</script>", dt.date(2022, 5, 4)),
])
def test_date_places(html: str, published: dt.date | None) -> None:
    assert read(html).published == published


def test_a_page_in_its_declared_charset() -> None:
    from catalog.articles import parse_article

    page = "<meta charset='windows-1250'><h1>Sejm zagłosował</h1>".encode("cp1250")
    article = parse_article(page, "html", "page.html")
    assert article.headline == "Sejm zagłosował"
    assert article.warnings == ("decoded as cp1250 as the page declares "
                                "(not valid UTF-8 at byte 41)",)


def test_captions_marked_beside_images_not_only_in_figures() -> None:
    html = """<article><h1>Story</h1>
    <div class="image"><img src="a.jpg" alt="a"><div class="caption-text">Crowds gather at the
    square.</div></div>
    <p>Paragraph of the story that is long enough to be the story.</p>
    <img src="b.jpg"><figcaption>A loose figcaption under its image.</figcaption>
    <ul class="essay"><li><img src="c.jpg"><p class="pb-caption">Photo essay slide one.</p></li>
    <li><img src="d.jpg"><p class="pb-caption">Photo essay slide two.</p></li></ul>
    <div class="photo"><img src="e.jpg"><p class="legende">Une légende française.</p></div>
    </article>"""
    assert captions(html) == [
        ("Crowds gather at the square.", "a.jpg", "markup"),
        ("A loose figcaption under its image.", "b.jpg", "markup"),
        ("Photo essay slide one.", "c.jpg", "markup"),
        ("Photo essay slide two.", "d.jpg", "markup"),
        ("Une légende française.", "e.jpg", "markup"),
    ]


def test_teasers_widgets_and_asides_are_not_captions() -> None:
    html = """<article><h1>Story</h1><p>The story itself, long enough to be the story here.</p>
    <figure><img src="lead.jpg"><figcaption>The lead picture.</figcaption></figure>
    <aside><figure><img src="side.jpg"><figcaption>In an aside.</figcaption></figure></aside>
    <div class="related-stories"><figure><img src="r.jpg"><figcaption>Related story
    picture.</figcaption></figure></div>
    <a href="/other-story"><figure><img src="t.jpg"><figcaption>Read this other story
    now</figcaption></figure></a>
    <div class="video-player"><div class="caption">Watch: a video caption</div>
    <img src="poster.jpg"></div>
    <div class="author-box"><img src="head.jpg" alt="Portrait of the author Jane Doe smiling">
    </div>
    <nav><img src="logo.png" alt="The Daily newspaper logo in blue"></nav>
    </article>"""
    assert captions(html) == [("The lead picture.", "lead.jpg", "markup")]


def test_a_lone_captioned_picture_is_kept_whatever_its_region_says() -> None:
    html = """<article><h1>Story</h1><p>The story itself, long enough to be the story.</p>
    <aside class="story-enhancement"><figure><img src="in.jpg"><figcaption>Set in the story.
    | Jane Roe/AP</figcaption></figure></aside><p>More of the story.</p>
    <div class="media media--not-video"><img src="lead.jpg"><div class="media_caption">
    <div class="media_credits">© Kak</div></div></div>
    <div class="mediaBlock ps-sidebar"><img src="side.jpg"><div class="caption">
    <span class="caption">In the sidebar-classed lead block.</span></div></div>
    <div class="insert"><div class="widget image"><img src="w.jpg"></div>
    <p class="insertcaption"><span class="source">Bild: Jane Roe</span></p></div>
    <figure><img src="f.jpg"><footer class="credit">APA/Jane Roe</footer></figure>
    <div class="sidebar"><img src="a.jpg"><img src="b.jpg"><div class="caption">Two
    pictures in a sidebar.</div></div>
    </article>"""
    assert [text for text, _, _ in captions(html)] == [
        "Set in the story. | Jane Roe/AP", "APA/Jane Roe", "© Kak",
        "In the sidebar-classed lead block.", "Bild: Jane Roe"]


def test_captions_of_other_stories_and_repeated_captions() -> None:
    html = """<article><h1>Rivers rise</h1><p>The story itself, long enough here.</p>
    <figure><img src="lead.jpg" alt="Rivers rise"></figure>
    <section><article class="card"><figure><img src="o.jpg"
    alt="Another story about the weather today"></figure></article></section>
    <div><img src="t.jpg" alt="A teaser title of some other story">
    <h3><a href="/other">A teaser title of some other story</a></h3></div>
    <figure><img src="one.jpg"><figcaption>Screenshot by Jane Roe</figcaption></figure>
    <figure><img src="two.jpg"><figcaption>Screenshot by Jane Roe</figcaption></figure>
    <figure><img src="920x920.jpg"><figcaption>A gallery picture.</figcaption></figure>
    <figure><img src="square_gallery_thumb.jpg"><figcaption>A gallery picture.</figcaption>
    </figure>
    <figure><img src="ad.jpg"><figcaption>Reklama</figcaption></figure>
    <figure><span aria-hidden="true">Shown to the eye.</span>
    <figcaption><span aria-hidden="true">Shown to the eye.</span><span
    class="credit">Jane Roe</span></figcaption><img src="nyt.jpg"></figure>
    </article>"""
    assert [(text, ref) for text, ref, _ in captions(html)] == [
        ("Screenshot by Jane Roe", "one.jpg"), ("Screenshot by Jane Roe", "two.jpg"),
        ("A gallery picture.", "920x920.jpg"), ("Shown to the eye. Jane Roe", "nyt.jpg")]


def test_credit_in_its_own_element_is_separated_and_hidden_labels_dropped() -> None:
    html = """<article><figure><img src="a.jpg"><figcaption><span>Boats on the river.</span>
    <span class="credit"><span class="visually-hidden">Credit</span>Jane Roe/The Daily</span>
    </figcaption></figure></article>"""
    article = read(html)
    assert [(c.text, c.photographer, c.outlet) for c in article.captions] == [
        ("Boats on the river. Jane Roe/The Daily", "Jane Roe", "The Daily")]
    flush = ("<figure><img src='a.jpg'><figcaption>Boats.<span class='x1'>Image caption</span>"
             "<span class='credit'>Jane Roe/The Daily</span></figcaption></figure>")
    assert read(flush).captions[0].text == "Boats. Jane Roe/The Daily"


def test_a_distributor_element_beside_the_credit_names_the_agency() -> None:
    # Postmedia's papers set the agency apart from the photographer's credit
    html = """<article><figure><img src="a.jpg"><figcaption class=image-caption><span
    class=caption>Smoke over the valley on Monday.</span> <span class=credit>Photo by JANE
    ROE</span> /<span class=distributor>AFP via Getty Images</span></figcaption></figure>
    <figure><img src="b.jpg"><figcaption><span class=caption>A desk.</span> <span
    class=credit>Photo by ipopba</span> /<span class=distributor>Getty Images/iStockphoto</span>
    </figcaption></figure></article>"""
    first, second = read(html).captions
    assert (first.photographer, first.outlet, first.via) == ("Jane Roe", "AFP", "Getty Images")
    # the markup names the library alone; the text's reading names its contributor with it
    assert (second.photographer, second.outlet) == ("ipopba", "Getty Images")


def test_a_cite_beside_the_figcaption_is_the_credit() -> None:
    html = """<article><figure><picture><img src="a.jpg"></picture><span class="meta">
    <figcaption>Smog over the city this week.</figcaption>
    <cite>Jane Roe/The Daily Star/Getty Images</cite></span></figure>
    <figure><blockquote>Words.</blockquote><figcaption>A speaker</figcaption>
    <cite>Her book</cite></figure></article>"""
    captions = read(html).captions
    first = captions[0]
    assert (first.text, first.photographer, first.outlet) == (
        "Smog over the city this week. Jane Roe/The Daily Star/Getty Images", "Jane Roe",
        "The Daily Star")
    assert all("Her book" not in c.text for c in captions)  # a quote's figure has no picture


def test_alt_text_only_when_nothing_else_describes_the_image() -> None:
    html = """<article><p>The story itself, long enough to be the story of this page.</p>
    <img src="a.jpg" alt="Firefighters carry hoses up the hill">
    <img src="b.jpg" alt="photo">
    <img src="c.jpg" alt="">
    <img src="d.jpg" width="40" alt="A small icon of a printer for printing">
    <a href="/next"><img src="e.jpg" alt="Read the next story about the fires"></a>
    </article>"""
    assert captions(html) == [("Firefighters carry hoses up the hill", "a.jpg", "alt")]


def test_jsonld_image_objects() -> None:
    html = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
    "image": [{"@type": "ImageObject", "url": "https://x.test/img/lead.jpg",
    "caption": "The lead picture of the flood.", "creditText": "Jane Roe/Reuters"},
    {"@type": "ImageObject", "url": "https://x.test/img/other.jpg",
    "caption": "A picture only JSON-LD knows about.", "creator": {"name": "Ann Lee"}}]}
    </script><article><figure><img src="https://x.test/img/lead.jpg?w=800">
    <figcaption>The lead picture of the flood.</figcaption></figure></article>"""
    article = read(html)
    got = [(c.text, c.photographer, c.outlet, c.caption_source) for c in article.captions]
    assert got == [
        ("The lead picture of the flood.", "Jane Roe", "Reuters", "markup"),
        ("A picture only JSON-LD knows about. Ann Lee", "Ann Lee", None, "json-ld"),
    ]


@pytest.mark.parametrize(("img", "ref"), [
    ("<img src='data:image/gif;base64,R0' data-src='https://x.test/a/lazy.jpg'>",
     "https://x.test/a/lazy.jpg"),
    ("<img srcset='https://x.test/s.jpg 320w, https://x.test/l.jpg 1024w'>",
     "https://x.test/l.jpg"),
    ("<img src='/img/blank.gif' data-srcset='m.jpg 2x, s.jpg 1x'>", "m.jpg"),
    ("<picture><source srcset='p-small.webp 400w, p-big.webp 900w'><img></picture>",
     "p-big.webp"),
    ("<img src='/spacer.gif'><noscript><img src='real.jpg'></noscript>", "real.jpg"),
    # An image service's options hold commas: a srcset candidate's URL runs to white space.
    ("<img srcset='https://img.test/upload/c_fit,q_80,w_470/a.jpg 470w, "
     "https://img.test/upload/c_fit,q_80,w_800/a.jpg 800w'>",
     "https://img.test/upload/c_fit,q_80,w_800/a.jpg"),
    # A data: placeholder's comma is no candidate's end; the loader's own attribute names the file.
    ("<picture><source srcset='data:image/jpeg;base64,/9j/2wBDACgc'><img "
     "src='data:image/jpeg;base64,/9j/2wBDACgc' data-dejavu-src='https://x.test/838_a.jpg'>"
     "</picture>", "https://x.test/838_a.jpg"),
])
def test_image_reference_candidates(img: str, ref: str) -> None:
    html = f"<figure>{img}<figcaption>A caption.</figcaption></figure>"
    assert read(html).captions[0].image_ref == ref


@pytest.mark.parametrize(("srcset", "candidates"), [
    ("a.jpg 320w, b.jpg 2x", [("a.jpg", "320w"), ("b.jpg", "2x")]),
    ("data:image/gif;base64,R0lG 1x, b.jpg 2x", [("data:image/gif;base64,R0lG", "1x"),
                                                 ("b.jpg", "2x")]),
    ("a.jpg, b.jpg 2x,", [("a.jpg", ""), ("b.jpg", "2x")]),
    ("  ", []),
])
def test_srcset_candidates_split_as_browsers_do(srcset: str,
                                                candidates: list[tuple[str, str]]) -> None:
    assert srcset_candidates(srcset) == candidates


def test_plain_text_and_markdown_have_no_caption_source() -> None:
    md = parse_text("![Alt](a.jpg)\n\n*A caption. Jane Doe/AP*\n", "md", "a.md")
    txt = parse_text("Headline\n\nDeck\n\nA caption. (AP Photo/Jane Doe)\n", "txt", "a.txt")
    assert [c.caption_source for c in md.captions + txt.captions] == [None, None]


def test_gallery_counters_copies_and_page_furniture() -> None:
    html = """<article><p>The story itself, long enough to be the story of this page.</p>
    <div class="slide"><img src="g/1.jpg"><div class="caption">1 of 23 Crowds fill the
    square at noon.</div></div>
    <div class="thumb"><img src="g/1-thumb.jpg"><div class="caption">1 of 23 Crowds fill the
    square at noon.</div></div>
    <img src="g/1.jpg?w=200" alt="Crowds filling the square at noon from above">
    <img src="/static/socialicons/facebook.png" alt="Follow our news on Facebook today">
    <figure><img src="a.jpg" alt="Jane Doe"></figure>
    </article>"""
    assert captions(html) == [("Crowds fill the square at noon.", "g/1.jpg", "markup")]


def test_unmarked_text_under_a_picture_and_a_credit_only_figcaption() -> None:
    html = """<article><h1>Game</h1><p>The story itself, long enough to be a story.</p>
    <div class="image"><img src="g.jpg"><div><p>Players cheer the 2:0.<br>Foto: City-Press</p>
    </div></div>
    <div class="text"><img src="t.jpg" alt="x"><p>A paragraph of the story, not a caption.</p>
    <p>And another one.</p></div>
    <figure><img src="preloader.gif" data-src="t1-cup-1024x576.jpg"><figcaption>Credit: Riot Games
    </figcaption></figure>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Game",
    "image": {"@type": "ImageObject", "url": "t1-cup.jpg",
    "caption": "T1 and the cup at the finals"}}</script>
    </article>"""
    assert captions(html) == [
        ("T1 and the cup at the finals Credit: Riot Games", "t1-cup-1024x576.jpg", "markup"),
        ("Players cheer the 2:0. Foto: City-Press", "g.jpg", "markup")]


def test_an_image_s_own_class_and_numeric_file_names() -> None:
    html = """<article><h1>Story</h1><p>The story itself, long enough to be a story.</p>
    <div class="box"><img class="block-image-ads hero-image" src="hero.jpg">
    <div class="caption-text">The hero picture.</div><div class="credit">Jane Roe</div></div>
    <figure><img src="/imgdb/9c86/6299961900163468"><figcaption>Bild: shutterstock
    </figcaption></figure>
    <figure><img src="/imgdb/4280/1371034218791"><figcaption>Bild: shutterstock
    </figcaption></figure>
    </article>"""
    assert [(text, ref) for text, ref, _ in captions(html)] == [
        ("Bild: shutterstock", "/imgdb/9c86/6299961900163468"),
        ("Bild: shutterstock", "/imgdb/4280/1371034218791"),
        ("The hero picture. Jane Roe", "hero.jpg")]


def test_a_captioned_lead_picture_set_before_the_article_element() -> None:
    html = """<body><header><img src="logo.png" alt="The Daily"></header>
    <main><section class="lead-photo"><div class="pic"><figure><img src="lead.jpg"></figure>
    <figcaption><span class="pic-title">Snow on the harbour at dawn.</span>
    <span class="pic-credit">Foto: Jane Roe</span></figcaption></div></section>
    <section><article><h1>Snow closes the harbour</h1>
    <p>The story itself, long enough to be the story of this page and more.</p>
    <p>Another paragraph of the same story, also long enough to count.</p></article></section>
    <section class="more"><article class="card"><figure><img src="o.jpg"><figcaption>Another
    story's picture</figcaption></figure></article></section></main></body>"""
    assert captions(html) == [
        ("Snow on the harbour at dawn. Foto: Jane Roe", "lead.jpg", "markup")]


def test_a_picture_drawn_as_a_css_background_is_captioned_by_its_credit() -> None:
    html = """<article><h1>Cocktails</h1>
    <div class="insert"><div class="widget cover" style="background-image:url('/img/c.jpg')">
    <h2>The cover's title</h2></div><p class="insertcaption"><span class="source">Bild: Jane
    Roe</span></p></div>
    <p>The story itself, long enough to be the story of this page.</p>
    <div class="teaser"><div class="pic" style="background-image:url(/img/t.jpg)"></div>
    <p class="caption">Not this one: a teaser</p></div>
    <div class="video-player" style="background-image:url(/img/v.jpg)"></div>
    <p class="caption">Video: The Daily</p>
    </article>"""
    assert captions(html) == [("Bild: Jane Roe", "/img/c.jpg", "markup")]


LINKED = """<link rel="canonical" href="https://news.test/economy/streaming-123.html">
    <article><h1>Streaming</h1><div><div class="pic"><a href="{href}"><img src="/img/leer.gif"
    data-retina-src="/img/singer.jpg"></a></div>
    <div class="intro"><div class="image-description">A singer backs the plan.
    <span class="image-copyright">Bild: dpa</span></div><p>The intro of the story.</p></div>
    </div><p>The story itself, long enough to be the story of this page.</p></article>"""


@pytest.mark.parametrize(("href", "read_as"), [
    ("https://news.test/economy/streaming-123/singer-456.html",
     [("A singer backs the plan. Bild: dpa", "/img/singer.jpg", "dpa")]),
    ("/economy/streaming-123/singer-456.html",
     [("A singer backs the plan. Bild: dpa", "/img/singer.jpg", "dpa")]),
    ("https://news.test/?attachment_id=9",
     [("A singer backs the plan. Bild: dpa", "/img/singer.jpg", "dpa")]),
    ("https://news.test/sport/other-789.html", []),
    ("https://news.test/economy/streaming-1234/singer-456.html", []),
])
def test_an_image_linking_to_its_own_picture_page_keeps_its_caption(
        href: str, read_as: list[tuple[str, str, str]]) -> None:
    found = read(LINKED.format(href=href)).captions
    assert [(c.text, c.image_ref, c.outlet) for c in found] == read_as


@pytest.mark.parametrize(("head", "read_as"), [
    # a relative canonical link, joined to og:url: the picture page is the story's own
    ("<link rel='canonical' href='/economy/2024/streaming-123.html'>"
     "<meta property='og:url' content='https://news.test/economy/2024/streaming-123.html'>",
     [("A singer backs the plan. Bild: dpa", "/img/singer.jpg", "dpa")]),
    # a relative canonical link alone gives no address: the linked picture is another page's
    # (it once stopped the whole page: "ValueError: substring not found")
    ("<link rel='canonical' href='/economy/2024/streaming-123.html'>", []),
])
def test_a_relative_canonical_link_is_an_address_only_with_og_url(
        head: str, read_as: list[tuple[str, str, str]]) -> None:
    html = LINKED.replace(LINKED.splitlines()[0], head).format(
        href="/economy/2024/streaming-123/singer-456.html")
    assert [(c.text, c.image_ref, c.outlet) for c in read(html).captions] == read_as


def test_a_figure_holding_only_its_credit_takes_the_caption_block_after_it() -> None:
    html = """<article><div class="media"><figure><span class="copyright">© Agency</span>
    <img src="lead.jpg"><figcaption><h1>Headline of the story</h1></figcaption></figure>
    <div class="media-caption"><p>The minister arrives in the south.</p></div></div>
    <p>The story itself, long enough to be the story of this page.</p>
    <div><figure><img src="b.jpg"><figcaption>The second picture, captioned in full.
    © Agency</figcaption></figure>
    <div class="caption">Not this figure's: its caption was whole.</div></div>
    </article>"""
    assert [text for text, _, _ in captions(html)][:2] == [
        "The minister arrives in the south. © Agency",
        "The second picture, captioned in full. © Agency"]


def test_author_boxes_and_an_image_author_credit() -> None:
    html = """<article><h1>Story</h1><div class="a-credit"><div class="a-credit-frame"><img
    class="a-credit-img" src="https://cdn.test/authors/jane.png"></div>
    <div class="a-credit-hook">Court reporter</div></div>
    <p>The story itself, long enough to be the story of this page.</p>
    <div class="article__image"><img src="p.jpg"><div class="article__image-desc">MPs vote on
    the fund.</div><div class="article__image-author">PAP/ Jan Kowalski</div></div>
    </article>"""
    assert [text for text, _, _ in captions(html)] == [
        "MPs vote on the fund. PAP/ Jan Kowalski"]


STORY = "<p>" + "The story goes on about the storm and the port. " * 40 + "</p>"


def test_a_credit_line_in_the_story_meta_captions_the_lead_picture_above_it() -> None:
    html = f"""<main><section class="lead"><div class="summary"><h2>Storm closes the port</h2>
    <p class="dek">Ships wait offshore.</p></div><div class="art"><figure><img
    src="lead.jpg" alt="Port"></figure></div></section>
    <section><div class="col"><div class="meta"><p class="meta__credit">The port at dawn. |
    Jane Roe/Reuters</p><p class="meta__byline">By Ann Lee</p></div>
    {STORY}<div class="story-credit">By Ann Lee, Reuters</div>
    </div></section></main>"""
    found = read(html).captions
    assert [(c.text, c.image_ref, c.photographer, c.outlet) for c in found] == [
        ("The port at dawn. | Jane Roe/Reuters", "lead.jpg", "Jane Roe", "Reuters")]


@pytest.mark.parametrize("after", [
    f"<div class='body'>{STORY}<p class='meta__credit'>Photo: Jane Roe/Reuters</p></div>",
    f"<div class='col'><div class='meta'><p class='story-credit'>Jane Roe/Reuters</p></div>"
    f"{STORY}</div>",
])
def test_a_credit_line_after_story_text_or_a_byline_is_not_the_picture_s(after: str) -> None:
    html = f"""<main><section class="lead"><figure><img src="lead.jpg" alt="Port"></figure>
    </section><section class="story">{after}</section></main>"""
    assert read(html).captions == ()


def test_the_page_s_picture_captioned_only_in_a_lightbox() -> None:
    html = """<meta property="og:image" content="https://x.test/img/lead.jpg">
    <article><h1>Fines for false reports</h1><figure class="video-hero"><video
    poster="lead.jpg"></video></figure>
    <p>The story itself, long enough to be the story of this page and more.</p>
    <div class="gallery-btn" role="button"><img src="g1.jpg" alt="Waves crash over the
    harbour wall in a storm"><span>Show all 50</span></div>
    <aside><div class="lightbox" hidden><figure><img src="https://x.test/img/lead.jpg?w=640">
    <figcaption><header><h3>Fines for false reports</h3></header><p>Rules to be enforced
    with fines</p><p>Getty</p></figcaption></figure></div></aside>
    <aside><div class="lightbox" hidden><figure><img src="https://x.test/img/other.jpg">
    <figcaption><p>A picture of another gallery</p></figcaption></figure></div></aside>
    </article>"""
    found = read(html).captions
    assert [(c.text, c.outlet) for c in found] == [
        ("Rules to be enforced with fines Getty", "Getty Images")]


def test_promotions_and_template_alt_texts_are_not_captions() -> None:
    html = """<article><h1>Two galaxies collide in deep space</h1>
    <p>The story itself, long enough to be the story of this page and more.</p>
    <figure><a href="https://shop.test/subscribe"><img src="cover.png"></a><figcaption><a
    href="https://shop.test/subscribe">Subscribe to our magazine</a> for the latest news
    from space! <span class="credit">Future</span></figcaption></figure>
    <p><img src="image.php?src=/posts/1_1.jpg" alt="An older title of this story image"></p>
    <p>More of the story, long enough to count as a paragraph.</p>
    <p><img src="image.php?src=/posts/1_2.jpg" alt="An older title of this story image"></p>
    <p><img src="lead.jpg" alt="Two galaxies collide in deep space image"></p>
    <figure><a href="https://x.test/img/big.jpg"><img src="small.jpg"></a>
    <figcaption>Two galaxies merging, seen by the telescope.</figcaption></figure>
    </article>"""
    assert captions(html) == [
        ("Two galaxies merging, seen by the telescope.", "small.jpg", "markup")]


def test_a_jsonld_image_address_a_script_failed_to_write_is_none() -> None:
    html = """<script type="application/ld+json">{"@type": "ImageObject", "url":
    "[object Object]", "description": "Magistrates meet in the capital", "author": "Foto:
    Agency"}</script><article><p>The story of this page.</p></article>"""
    assert [(c.text, c.image_ref) for c in read(html).captions] == [
        ("Magistrates meet in the capital Foto: Agency", None)]


def test_a_credit_line_opening_a_caption_in_its_own_element() -> None:
    html = """<article><figure><img src="a.jpg"><figcaption><span>Photo: Lena Park Archives
    Le Quotidien</span> Scooters parked along the quay in the morning.</figcaption></figure>
    <figure><img src="b.jpg"><figcaption><span>Photo: the quay at dawn</span> Scooters
    parked along the quay.</figcaption></figure></article>"""
    assert [(c.photographer, c.outlet) for c in read(html).captions] == [
        ("Lena Park", "Le Quotidien"), (None, None)]


def test_a_staff_signature_at_the_page_s_own_site_names_it() -> None:
    page = """<meta property="og:site_name" content="The Daily Example"><article>
    <h1>Tourists return</h1><p>The story itself, long enough to be the story here.</p>
    <figure><img src="a.jpg"><figcaption>Tourists on the beach. Lena Park
    <span class="credit">{address}</span></figcaption></figure></article>"""
    own = read(page.format(address="lpark@dailyexample.com")).captions[0]
    assert (own.photographer, own.outlet) == ("Lena Park", "The Daily Example")
    other = read(page.format(address="lpark@example.com")).captions[0]
    assert (other.photographer, other.outlet) == ("Lena Park", None)


def test_a_credit_element_in_brackets_is_read() -> None:
    html = """<article><figure><img src="a.jpg"><div class="Figure-caption">A director of
    the studio.</div><div class="Figure-credit">(Quarkwerk Toy Co.)</div></figure></article>"""
    assert read(html).captions[0].outlet == "Quarkwerk Toy Co"


def test_a_picture_in_a_box_of_links_to_other_pages_is_not_a_caption() -> None:
    html = """<article><h1>Batteries</h1><p>The story itself, long enough to be a story.</p>
    <div class="box"><div class="box-content"><figure><img src="cover.jpg"><figcaption>
    Our magazine, July issue</figcaption></figure><div><p>This story is from our July
    issue.</p><ul><li><a href="/a">The ozone mystery</a></li><li><a href="/b">On the way
    to a greener battery</a></li><li><a href="/c">Strong, but at what cost?</a></li>
    <li><a href="/d">High on yeast</a></li></ul></div></div></div>
    <p>More of the story, long enough to be a paragraph of it.</p>
    <figure><img src="lead.jpg"><figcaption>A battery plant at night.</figcaption></figure>
    <ul><li><a href="/e">One related story</a></li><li><a href="/f">Another</a></li>
    <li><a href="/g">A third one</a></li></ul>
    <p>The end of the story, long enough to be a paragraph of it as well.</p></article>"""
    assert [text for text, _, _ in captions(html)] == ["A battery plant at night."]


def test_headline_repeats_as_the_pattern_reads_them() -> None:
    """is_headline tests strings where it once built a pattern per headline; every way of
    writing a key agrees with that pattern (kept here as the reference)."""
    import itertools
    import re

    from catalog.html_captions import is_headline, normalise_key

    picture = r"(?:image|img|photo|picture|pic|foto|bild|imagen|immagine|zdjecie|zdjęcie)?"
    headlines = ["Rivers rise", "Pic of the day", "2024: the year", "Imagen", "Photo 12",
                 "Zdjęcie dnia", "a", "", "!!", "img img", "Über café"]
    pieces = ["", "image", "Photo", "pic", "picture", "zdjęcie", "imgimg", "2", "12", "123",
              "1234", "٣", "²", " - ", "_", "x"]
    checked = 0
    for headline in headlines:
        title = normalise_key(headline)
        for before, after, tail in itertools.product(pieces, repeat=3):
            for text in (f"{before}{headline}{after}{tail}", f"{before} {headline} {tail}"):
                expected = bool(title) and re.fullmatch(
                    rf"{picture}{re.escape(title)}{picture}\d{{0,3}}", normalise_key(text)
                ) is not None
                assert is_headline(text, headline) == expected, (text, headline)
                checked += expected
    assert checked > 1000  # the cases hold many repeats, not only other text


def test_a_credit_written_twice_for_two_layouts_is_read_once() -> None:
    # The caption carries the credit, and the same credit stands again in an element of its
    # own beside it (one shown on phones, one on desktops): one credit, not a chain of two.
    html = ("<article><p>Story.</p><div class='image-box'><img src='/p/roof.jpg' alt=''>"
            "<div class='credit-caption'><div class='caption'><p>Workers on the roof of the "
            "station on a cold morning. <b class='credit'>Ida Brenner/AP</b></p></div>"
            "<span class='credit'>Ida Brenner/AP</span></div></div></article>")
    assert [(c.text, c.photographer, c.outlet) for c in read(html).captions] == [
        ("Workers on the roof of the station on a cold morning. Ida Brenner/AP",
         "Ida Brenner", "AP")]


@pytest.mark.parametrize(("box", "photographer"), [
    ("<div class='caption-wrapper'><figcaption>An inbox with five folders left."
     "</figcaption></div>", None),
    ("<div class='caption-wrapper'><figcaption>An inbox with five folders left."
     "</figcaption><span class='credit'>Ida Brenner</span></div>", "Ida Brenner"),
])
def test_a_caption_box_around_the_figcaption_is_read_once(box: str,
                                                          photographer: str | None) -> None:
    html = f"<article><p>Story.</p><figure><img src='/p/inbox.jpg' alt=''>{box}</figure></article>"
    text = "An inbox with five folders left." + (f" {photographer}" if photographer else "")
    assert [(c.text, c.photographer) for c in read(html).captions] == [(text, photographer)]


def test_a_caption_element_whose_class_says_attribution_names_the_subject() -> None:
    # schema.org's itemprop says the element is the caption; a lone name in it is who is
    # pictured, not who took the picture, whatever its class.
    html = ("<article><p>Story.</p><figure><img src='/p/anchor.jpg' alt=''>"
            "<figcaption itemprop='caption' class='attribution'>Marta Lindqvist.</figcaption>"
            "</figure></article>")
    assert [(c.text, c.photographer, c.outlet) for c in read(html).captions] == [
        ("Marta Lindqvist.", None, None)]


def test_a_quote_s_figure_signs_the_quote_and_credits_no_picture() -> None:
    # Pull quotes and testimonials set in a <figure>: the figcaption is the quote's signature
    # ("— Abbie Y"), with or without the speaker's portrait; an epigraph under a picture too.
    html = """<article><p>Story.</p>
    <figure><blockquote>The classes changed my week.</blockquote>
    <figcaption class="source">&mdash; Rosalind K</figcaption></figure>
    <figure><img src="/avatars/dana.jpg" alt="Dana Wirth, Head of Sales, Corvel">
    <blockquote><p>Networking is cheap.</p></blockquote>
    <figcaption class="quote-author">Dana Wirth <span class="title">Corvel Cleaning</span>
    </figcaption></figure>
    <figure><img src="/p/rider.jpg" alt="A rider on a hill"><figcaption><blockquote>"He let
    the horse choose the road"</blockquote><cite>&mdash; Don Quixote</cite></figcaption></figure>
    <figure><img src="/p/harbour.jpg" alt=""><figcaption>The harbour at dawn.
    <span class="credit">Ines Falk/Reuters</span></figcaption></figure></article>"""
    assert [(c.text, c.photographer, c.outlet) for c in read(html).captions] == [
        ("The harbour at dawn. Ines Falk/Reuters", "Ines Falk", "Reuters")]


@pytest.mark.parametrize(("element", "photographer", "outlet"), [
    ("<span class='image-source'>Tomas Berg/Getty Images</span>", "Tomas Berg", "Getty Images"),
    ("<span class='source'>Foto: Lene Voss/dpa</span>", "Lene Voss", "dpa"),
    ("<span class='u-image__source'>Bildwerk/Anton Krell</span>", "Anton Krell", "Bildwerk"),
    ("<span class='image-source'>Reuters</span>", None, "Reuters"),
])
def test_an_outlet_element_holding_a_whole_credit_line_is_read_as_one(
        element: str, photographer: str | None, outlet: str | None) -> None:
    # A page marks its credit element as the picture's "source": that element may hold the
    # whole credit line, never to be shown as one outlet named "Tomas Berg/Getty Images".
    html = (f"<article><p>Story.</p><figure><img src='/p/a.jpg' alt=''><figcaption>"
            f"<span class='caption'>A crowd at the premiere.</span>{element}</figcaption>"
            f"</figure></article>")
    assert [(c.photographer, c.outlet) for c in read(html).captions] == [(photographer, outlet)]


def test_a_page_s_copyright_notice_credits_no_picture() -> None:
    html = """<article><p>Story.</p><img src="/p/lead.jpg" alt="">
    <div class="article__copyright"><div class="c-copyright">&copy; 2026 The Daily Press</div>
    </div></article><footer><img src="/logo.png" alt="">
    <span id="copyright">Copyright &copy; 2002-2017 Forum Group</span></footer>"""
    assert [(c.photographer, c.outlet) for c in read(html).captions] == []


def test_an_alt_text_gives_a_credit_only_after_a_lead_in() -> None:
    # Alt text describes the picture for who cannot see it: a business's name, a product or a
    # slogan in it is no credit; "photo:" in it is, and so is a name with its outlet.
    html = """<article><p>Story.</p>
    <figure><img src="/p/a.jpg" alt="Northgate Removals LLC Profile Image"></figure>
    <figure><img src="/p/b.jpg" alt="Compact Car for Hire in the Dales"></figure>
    <figure><img src="/p/c.jpg" alt="Ivo Marek, photo: Archives of the Senate Office"></figure>
    <figure><img src="/p/d.jpg" alt="A boat at the quay. (Jane Roe / The Daily Example)"></figure>
    <figure><img src="/p/e.jpg" alt="Walking Boots (Stormy Grey Sole)"></figure>
    </article>"""
    assert [(c.photographer, c.outlet, c.caption_source) for c in read(html).captions] == [
        (None, None, "alt"), (None, None, "alt"),
        (None, "Archives of the Senate Office", "alt"), ("Jane Roe", "The Daily Example", "alt"),
        (None, None, "alt")]


def test_a_credit_block_labelled_with_a_byline_role_credits_no_picture() -> None:
    """A site's credit block naming the article's author ("Author" in its label element, the
    name in another) is a byline: neither "Author" as an outlet nor the writer as the
    photographer; a lone role word in credit markup names no outlet either."""
    html = """<article><figure><img src="a.jpg"><figcaption>
    <span class="credit-label">Author</span><span class="credit-value">Lena Roe</span>
    </figcaption></figure><figure><img src="b.jpg"><figcaption>Boats on the river.
    <span class="credit">Jane Roe/The Daily</span></figcaption></figure></article>"""
    read_back = [(c.photographer, c.outlet) for c in read(html).captions]
    assert read_back == [(None, None), ("Jane Roe", "The Daily")]
