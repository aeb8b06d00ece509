"""Finding images, refusing paths outside the allowed folders, and the link rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalog.domain import Article, Caption
from catalog.errors import RefusedPath
from catalog.media import (
    find_images,
    index_images,
    link_captions,
    resolve_reference,
    safe_image_path,
)
from catalog.metadata import read_image
from scripts.jpeg_writer import Tags, write_jpeg

SEED_LIKE = [
    Caption(1, "A photo of a harbour at dawn. (Taken with a Nikon D850)"),
    Caption(2, "An image of the ongoing battles in Gaza captured by Fox News’ Trey Yingst."),
    Caption(3, "A photograph of a crowd listening to a speech in a stadium. REUTERS/Ana Lima"),
]


def article(captions: list[Caption] | None = None, path: str = "news/story.txt") -> Article:
    return Article(path, "txt", "Headline", None, None, tuple(captions or SEED_LIKE))


def jpeg(path: Path, description: str | None = None) -> Path:
    tags = Tags(iptc={"description": description}) if description else Tags()
    return write_jpeg(path, tags, size=(32, 24))


def links(desk: Path, the_article: Article | None = None) -> dict[int, tuple[str, str]]:
    media = desk / "media"
    images = {p: read_image(p).descriptions for p in find_images(media).images}
    result = link_captions(the_article or article(), desk / "news" / "story.txt", media,
                           index_images(images, media), desk)
    return {link.caption_no: (link.image, link.rule) for link in result.links}


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "media").mkdir()
    (tmp_path / "news" / "story.txt").write_text("x", encoding="utf-8")
    return tmp_path


def test_convention_forms_leading_zeros_and_case(desk: Path) -> None:
    jpeg(desk / "media" / "story" / "001.JPG")
    jpeg(desk / "media" / "story-2.Jpeg")
    jpeg(desk / "media" / "STORY_3.tiff".lower())
    assert links(desk) == {
        1: ("media/story/001.JPG", "convention"),
        2: ("media/story-2.Jpeg", "convention"),
        3: ("media/story_3.tiff", "convention"),
    }


def test_convention_prefers_the_folder_form_then_fewest_zeros(desk: Path) -> None:
    jpeg(desk / "media" / "story-1.jpg")
    jpeg(desk / "media" / "story" / "01.jpg")
    jpeg(desk / "media" / "story" / "1.jpg")
    assert links(desk)[1] == ("media/story/1.jpg", "convention")


def test_embedded_description_with_other_spacing_and_punctuation(desk: Path) -> None:
    jpeg(desk / "media" / "archive" / "DSC1.jpg",
         "GAZA CITY -- An image of the ongoing  battles in Gaza!")
    jpeg(desk / "media" / "archive" / "DSC2.jpg",
         "A photograph of a crowd listening to a speach in a stadium")  # one typo: 90 %+
    jpeg(desk / "media" / "archive" / "DSC3.jpg", "OLYMPUS DIGITAL CAMERA")
    assert links(desk) == {
        2: ("media/archive/DSC1.jpg", "embedded"),
        3: ("media/archive/DSC2.jpg", "embedded"),
    }


def test_short_or_boilerplate_text_never_links_by_description(desk: Path) -> None:
    jpeg(desk / "media" / "a.jpg", "Smoke")
    assert links(desk, article([Caption(1, "Smoke. REUTERS/Ana Lima")])) == {}


def test_rule_precedence(desk: Path) -> None:
    jpeg(desk / "news" / "explicit.jpg")
    jpeg(desk / "media" / "story" / "1.jpg", "A photo of a harbour at dawn")
    jpeg(desk / "media" / "other.jpg", "A photo of a harbour at dawn")
    captions = [Caption(1, SEED_LIKE[0].text, image_ref="explicit.jpg")]
    assert links(desk, article(captions)) == {1: ("news/explicit.jpg", "explicit")}
    assert links(desk, article([SEED_LIKE[0]])) == {1: ("media/story/1.jpg", "convention")}
    (desk / "media" / "story" / "1.jpg").unlink()
    assert links(desk, article([SEED_LIKE[0]])) == {1: ("media/other.jpg", "embedded")}


@pytest.mark.parametrize("ref", [
    "../../etc/passwd", "/etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "file:///etc/passwd",
    "http://example.com/a.jpg", "//host/share/a.jpg", "a\x00.jpg", "..%2F..%2Foutside.jpg",
    "data:image/png;base64,AAAA", "C:\\Windows\\a.jpg",
])
def test_refused_references(desk: Path, ref: str) -> None:
    (desk.parent / "outside.jpg").write_bytes(b"x")
    with pytest.raises(RefusedPath):
        resolve_reference(ref, desk / "news", desk / "media")


def test_a_refused_reference_is_a_note_and_the_caption_falls_through(desk: Path) -> None:
    jpeg(desk / "media" / "story" / "1.jpg")
    media = desk / "media"
    result = link_captions(article([Caption(1, "A photo of x", image_ref="../../../etc/passwd")]),
                           desk / "news" / "story.txt", media,
                           index_images({p: () for p in find_images(media).images}, media), desk)
    assert [(link.image, link.rule) for link in result.links] == [
        ("media/story/1.jpg", "convention")]
    assert len(result.notes) == 1 and "refused" in result.notes[0]
    assert result.notes[0].startswith("news/story.txt: caption 1: ")


def test_symlinks_out_of_the_folder_are_refused(desk: Path, tmp_path: Path) -> None:
    outside = jpeg(tmp_path.parent / f"{tmp_path.name}-outside.jpg")
    os.symlink(outside, desk / "media" / "story-1.jpg")
    os.symlink(tmp_path.parent, desk / "media" / "up")
    jpeg(desk / "media" / "inside.jpg")
    os.symlink(desk / "media" / "inside.jpg", desk / "media" / "story-2.jpg")
    scan = find_images(desk / "media")
    names = [p.name for p in scan.images]
    assert names == ["inside.jpg", "story-2.jpg"]
    assert any("refused: leads outside the media folder" in line for line in scan.refused)
    assert any("symlinked folder" in line for line in scan.refused)
    with pytest.raises(RefusedPath):
        resolve_reference("story-1.jpg", desk / "news", desk / "media")
    with pytest.raises(RefusedPath):
        safe_image_path(desk / "media" / "story-1.jpg", [desk / "media"])


def test_a_symlink_loop_in_the_media_folder_ends(desk: Path) -> None:
    (desk / "media" / "a").mkdir()
    os.symlink(desk / "media", desk / "media" / "a" / "loop")
    os.symlink(desk / "media" / "self", desk / "media" / "self")
    jpeg(desk / "media" / "a" / "x.jpg")
    scan = find_images(desk / "media")
    assert [p.name for p in scan.images] == ["x.jpg"]


def test_explicit_reference_into_the_media_folder(desk: Path) -> None:
    jpeg(desk / "media" / "pics" / "a.jpg")
    captions = [Caption(1, "A photo of x", image_ref="pics/a.jpg?w=300#top")]
    assert links(desk, article(captions)) == {1: ("media/pics/a.jpg", "explicit")}


def test_a_reference_written_from_the_desk_folder_is_found(desk: Path) -> None:
    jpeg(desk / "media" / "pics" / "b.jpg")
    captions = [Caption(1, "A photo of x", image_ref="media/pics/b.jpg"),
                Caption(2, "A photo of y", image_ref="pics/b.jpg")]
    assert links(desk, article(captions)) == {1: ("media/pics/b.jpg", "explicit"),
                                              2: ("media/pics/b.jpg", "explicit")}


def test_fallbacks_never_reach_outside_the_allowed_folders(desk: Path) -> None:
    jpeg(desk / "secret.jpg")  # in the desk folder, but neither media nor the article's folder
    with pytest.raises(RefusedPath):
        resolve_reference("../secret.jpg", desk / "news", desk / "media")
    with pytest.raises(RefusedPath):  # found by the desk-folder fallback, but not allowed
        resolve_reference("secret.jpg", desk / "news", desk / "media")
    found = resolve_reference("nowhere.jpg", desk / "news", desk / "media")
    assert found == desk / "news" / "nowhere.jpg" and not found.exists()


def test_images_are_found_in_the_order_of_their_paths_part_by_part(tmp_path: Path) -> None:
    """The walk's order is that of Path objects (compared part by part), also where a name
    runs on past another's end with characters before and after the separator."""
    names = ["a/b.jpg", "a.b/c.jpg", "a-b.jpg", "a/b/c.jpg", "ab.jpg", "a b/x.jpg", "a/b!.jpg",
             "a/b/.hidden/z.jpg", "A/z.jpg", "a0/y.jpg", "é/e.jpg", "a/b.jpg.jpg"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    found = find_images(tmp_path).paths
    expected = sorted(tmp_path / n for n in names if ".hidden" not in n)
    assert [Path(p) for p in found] == expected
