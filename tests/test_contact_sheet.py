"""The contact sheet: valid, escaped, self-contained HTML, and what a person sees in a browser."""

from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from catalog.contact_sheet import write_sheet
from tests.conftest import REPO, CatalogRunner

VOID = {"meta", "img", "input", "br", "hr", "link"}


class StrictParser(HTMLParser):
    """Checks that every element is closed in order and collects what the page holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> StrictParser:
    parser = StrictParser()
    parser.feed(page)
    parser.close()
    assert page.startswith("<!DOCTYPE html>")
    assert not parser.errors and parser.stack == [], (parser.errors, parser.stack)
    return parser


def sheet_row(**values: object) -> dict[str, object]:
    row: dict[str, object] = {
        "article": "a.txt", "published": "2024-01-02", "headline": "Headline",
        "caption_no": 1, "caption": "A market", "photographer": None, "outlet": None,
        "caption_camera": None, "camera": None, "image": None, "link": None,
        "exif_make": None, "exif_model": None, "exif_camera": None, "lens": None,
        "taken_at": None, "creator": None, "copyright": None, "findings": "image-missing"}
    row.update(values)
    return row


def test_untrusted_caption_text_is_escaped(tmp_path: Path) -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    rows = [sheet_row(caption=hostile, photographer='"><b>Eve</b>',
                      headline="<h1>big</h1>", article="<a>.txt")]
    report = write_sheet(rows, tmp_path / "s.html", tmp_path, cache_dir=tmp_path / "cache")
    page = report.pages[0].read_text(encoding="utf-8")
    parsed = parse(page)
    assert [t for t, _ in parsed.tags].count("script") == 1  # only the page's own filter
    assert not any(t == "img" and a.get("onerror") for t, a in parsed.tags)
    assert hostile in "".join(parsed.text)  # shown as text, exactly as written
    assert "no image linked" in page


def test_nothing_is_fetched_from_the_network(tmp_path: Path) -> None:
    page = write_sheet([sheet_row()], tmp_path / "s.html", tmp_path,
                       cache_dir=tmp_path / "cache").pages[0].read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "default-src 'none'" in page


def test_large_sheets_are_split_into_pages(tmp_path: Path) -> None:
    rows = [sheet_row(caption_no=n, caption=f"caption {n}") for n in range(1, 8)]
    report = write_sheet(rows, tmp_path / "s.html", tmp_path, cache_dir=tmp_path / "c",
                         page_size=3)
    assert [p.name for p in report.pages] == ["s.html", "s-2.html", "s-3.html"]
    assert report.captions == 7
    last = parse(report.pages[2].read_text(encoding="utf-8"))
    assert sum(1 for t, a in last.tags if t == "figure") == 1
    assert any(t == "a" and a.get("href") == "s.html" for t, a in last.tags)


def test_seed_sheet_shows_three_photos_and_the_mismatch(ingested: CatalogRunner, desk: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(desk / "cache"))
    result = ingested("sheet", "--output", "sheet.html")
    assert result.exit_code == 0, result.stderr
    assert "wrote 3 captions, 3 thumbnails (0 from cache)" in result.stdout
    parsed = parse((desk / "sheet.html").read_text(encoding="utf-8"))
    figures = [a for t, a in parsed.tags if t == "figure"]
    assert [f["data-findings"] for f in figures] == ["camera-mismatch", "", ""]
    images = [a for t, a in parsed.tags if t == "img"]
    assert len(images) == 3 and all(str(a["src"]).startswith("data:image/jpeg;base64,")
                                    for a in images)
    again = ingested("sheet", "--output", "sheet.html")
    assert "3 thumbnails (3 from cache)" in again.stdout
    only = ingested("sheet", "--output", "yingst.html", "photographer:Yingst")
    assert "wrote 1 caption" in only.stdout


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.mark.skipif(_chromium() is None,
                    reason="no Chromium on this machine (apt-get install chromium)")
def test_seed_sheet_in_headless_chromium(ingested: CatalogRunner, desk: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    playwright = pytest.importorskip("playwright.sync_api",
                                     reason="playwright not installed (pip install -e .[test])")
    monkeypatch.setenv("XDG_CACHE_HOME", str(desk / "cache"))
    assert ingested("sheet", "--output", "sheet.html").exit_code == 0
    artefacts = REPO / "test-artifacts"
    artefacts.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=_chromium(),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        page.goto((desk / "sheet.html").as_uri())
        page.wait_for_load_state("load")
        figures = page.locator("figure.caption")
        assert figures.count() == 3
        loaded = page.eval_on_selector_all(
            "figure.caption img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)")
        assert loaded == [True, True, True]
        first_badges = figures.nth(0).locator(".badge").all_inner_texts()
        assert first_badges == ["error: camera-mismatch"]
        assert figures.nth(0).locator(".badge.error").is_visible()
        assert figures.nth(1).locator(".badge").all_inner_texts() == ["no findings"]
        assert "Trey Yingst" in figures.nth(1).inner_text()
        page.screenshot(path=str(artefacts / "contact-sheet.png"), full_page=True)
        page.fill("#filter", "yingst")
        assert page.locator("figure.caption:visible").count() == 1
        page.fill("#filter", "camera-mismatch")
        assert page.locator("figure.caption:visible").count() == 1
        browser.close()
    assert os.path.getsize(artefacts / "contact-sheet.png") > 10_000


def test_thumbnails_are_upright_and_cached_by_content(tmp_path: Path) -> None:
    import io

    from PIL import Image

    from catalog.contact_sheet import thumbnail
    from scripts.jpeg_writer import Tags, jpeg_bytes, picture

    sideways = tmp_path / "sideways.jpg"  # stored landscape, to be shown rotated 90°
    sideways.write_bytes(jpeg_bytes(picture((80, 40), 2, "r"), Tags(exif={"orientation": 6})))
    data, cached = thumbnail(sideways, tmp_path / "cache")
    assert data is not None and not cached
    with Image.open(io.BytesIO(data)) as shown:
        assert shown.height > shown.width
    copy = tmp_path / "copy-with-another-name.jpg"
    copy.write_bytes(sideways.read_bytes())
    assert thumbnail(copy, tmp_path / "cache") == (data, True)  # same content, same thumbnail
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8 nope")
    assert thumbnail(tmp_path / "broken.jpg", tmp_path / "cache") == (None, False)


def test_a_cache_file_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    from catalog.files import write_cache_file

    target = tmp_path / "cache" / "deep" / "thumb.jpg"
    write_cache_file(target, b"first")
    write_cache_file(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["thumb.jpg"]  # no temporary
    blocked = tmp_path / "file"
    blocked.write_bytes(b"")
    write_cache_file(blocked / "thumb.jpg", b"x")  # its folder is a file: silently nothing
    assert blocked.read_bytes() == b""
