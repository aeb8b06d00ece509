"""The `url` link rule: images an HTML page references by URL are linked, never fetched, to
the one file under the media folder named as the URL's last path segment."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.media import url_name
from scripts.jpeg_writer import Tags, write_jpeg
from tests.conftest import CatalogRunner


def page(figures: list[str]) -> str:
    return ("<html><head><title>Gallery</title></head><body><article><h1>Gallery</h1>"
            + "".join(figures) + "</article></body></html>")


def srcset_figure(n: int) -> str:
    return (f"<figure><img srcset='https://cdn.example.com/img/{n:02}/small.jpg?w=320 320w, "
            f"https://cdn.example.com/img/photo-{n:02}.JPG?w=1200&q=80 1200w'>"
            f"<figcaption>Picture number {n} of the gallery. Jane Roe/Reuters</figcaption>"
            "</figure>")


@pytest.mark.parametrize(("ref", "name"), [
    ("https://cdn.example.com/a/B%20c.JPG?w=10#x", "b c.jpg"),
    ("//cdn.example.com/a/b.jpg", "b.jpg"),
    ("https://cdn.example.com/a/", "a"),
])
def test_url_name(ref: str, name: str) -> None:
    assert url_name(ref) == name


def test_twenty_srcset_images_link_by_url_name(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "web").mkdir()
    (desk / "web" / "gallery.html").write_text(page([srcset_figure(n) for n in range(1, 21)]),
                                               encoding="utf-8")
    for n in range(1, 21):
        write_jpeg(desk / "media" / "saved" / f"photo-{n:02}.jpg", Tags(), size=(32, 24))
    result = catalog("ingest", "web")
    assert result.exit_code == 0, result.stderr
    rows = [r for r in catalog("export", "--format", "json").json()
            if r["article"] == "web/gallery.html"]
    assert [(r["caption_no"], r["image"], r["link"]) for r in rows] == [
        (n, f"media/saved/photo-{n:02}.jpg", "url") for n in range(1, 21)]
    assert "references not found" not in result.stdout + result.stderr


def test_ambiguous_and_missing_urls_link_nothing_and_are_not_errors(
        catalog: CatalogRunner, desk: Path) -> None:
    (desk / "web").mkdir()
    figures = [f"<figure><img src='https://x.example/{name}'><figcaption>A caption about "
               f"{name} here.</figcaption></figure>" for name in ("twice.jpg", "absent.jpg")]
    (desk / "web" / "p.html").write_text(page(figures), encoding="utf-8")
    write_jpeg(desk / "media" / "a" / "twice.jpg", Tags(), size=(32, 24))
    write_jpeg(desk / "media" / "b" / "TWICE.jpg", Tags(), size=(32, 24))
    result = catalog("ingest", "web")
    assert result.exit_code == 0
    assert "web/p.html: caption 1: image 'https://x.example/twice.jpg' not linked: its name " \
        "'twice.jpg' matches 2 files under the media folder" in result.stderr
    assert "caption 2: image 'https://x.example/absent.jpg' not found" in result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert "2 references not found" in summary and "0 files skipped with errors" in summary
    rows = [r for r in catalog("export", "--format", "json").json() if r["article"] == "web/p.html"]
    assert [r["image"] for r in rows] == [None, None]


def test_the_articles_own_files_folder_settles_a_shared_name(catalog: CatalogRunner,
                                                             desk: Path) -> None:
    (desk / "web").mkdir()
    figure = "<figure><img src='https://x.example/i/lead.jpg'><figcaption>Lead.</figcaption>" \
        "</figure>"
    (desk / "web" / "story.html").write_text(page([figure]), encoding="utf-8")
    write_jpeg(desk / "media" / "story_files" / "lead.jpg", Tags(), size=(32, 24))
    write_jpeg(desk / "media" / "other_files" / "lead.jpg", Tags(), size=(32, 24))
    assert catalog("ingest", "web").exit_code == 0
    rows = [r for r in catalog("export", "--format", "json").json()
            if r["article"] == "web/story.html"]
    assert [(r["image"], r["link"]) for r in rows] == [("media/story_files/lead.jpg", "url")]


def test_refused_references_are_counted_apart_from_skipped_files(
        catalog: CatalogRunner, desk: Path) -> None:
    (desk / "md").mkdir()
    (desk / "md" / "story.md").write_text(
        "# Story\n\n![A pier](../../outside/pier.jpg)\n\n![Notes](notes.txt)\n\n"
        "![A spacer](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n\n"
        "![The harbour](../media/harbour.jpg)\n", encoding="utf-8")
    write_jpeg(desk / "media" / "harbour.jpg", Tags(), size=(32, 24))
    result = catalog("ingest", "md")
    assert result.exit_code == 0, result.stderr
    said = result.stderr.strip().splitlines()
    assert len(said) == 2, said  # the path leaving the folders and the text file; not the data:
    assert said[0].startswith("md/story.md: caption 1: ") and "refused" in said[0]
    assert said[1] == "md/story.md: caption 2: image 'notes.txt' is not an image file name"
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.endswith("2 references refused, 0 files skipped with errors"), summary
    rows = catalog("export", "--format", "json").json()
    assert [(r["caption_no"], r["image"]) for r in rows] == [
        (1, None), (2, None), (3, None), (4, "media/harbour.jpg")]
