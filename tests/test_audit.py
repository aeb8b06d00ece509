"""Every audit code, end to end: an article whose captions each break one rule, its media, and
the findings, credits sheet and --fail-on that a photo desk would see."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.people import creator_keys
from scripts.jpeg_writer import Tags, write_jpeg
from tests.conftest import CatalogRunner

ARTICLE = """---
title: Every rule broken once
published: 2024-03-12
---

# Every rule broken once

![a](every/1.jpg)
*A photo of a bridge at dusk. (Taken with a Nikon D850)*

![b](every/2.jpg)
*A photo of a quay in the rain. (AP Photo/Ana Lima)*

![c](every/3.jpg)
*A photo of a tram depot.*

![d](every/4.jpg)
*A photo of a night market captured by Reuters' Ana Lima.*

![e](every/5.jpg)
*A photo of an empty stadium.*

![f](every/6.jpg)
*A photo of a lighthouse.*

![g](every/7.jpg)
*A photo of a street parade. (Taken with a Zorki 4K)*

![h](every/8.jpg)
*A photo of a fishing fleet. Photo by Staff Sgt. Kyle Davis (Taken with a Canon EOS R5)*
"""


def exif(model: str = "Canon EOS R5", taken: str = "2024:03:10 10:00:00",
         **extra: str) -> Tags:
    return Tags(exif={"make": "Canon", "model": model, "taken": taken, **extra})


@pytest.fixture
def every(catalog: CatalogRunner, desk: Path) -> CatalogRunner:
    (desk / "news").mkdir()
    (desk / "news" / "every.md").write_text(ARTICLE, encoding="utf-8")
    folder = desk / "news" / "every"
    write_jpeg(folder / "1.jpg", exif(), size=(40, 30))
    write_jpeg(folder / "2.jpg", exif(taken="2024:03:15 09:30:00"), size=(40, 30))
    (folder / "3.jpg").write_text("this is not a picture", encoding="utf-8")
    write_jpeg(folder / "4.jpg", exif(artist="John Smith"), size=(40, 30))
    write_jpeg(folder / "6.jpg", Tags(), size=(40, 30))
    write_jpeg(folder / "7.jpg", exif(), size=(40, 30))
    write_jpeg(folder / "8.jpg", exif(artist="SSG KYLE DAVIS"), size=(40, 30))
    result = catalog("ingest", "news")
    assert result.exit_code == 0
    assert "news/every/3.jpg: not an image file" in result.stderr
    assert "news/every.md: caption 5: image 'every/5.jpg' not found" in result.stderr
    return catalog


def test_every_code_is_found_once(every: CatalogRunner) -> None:
    findings = every("audit", "--format", "json").json()
    got = [(f["caption_no"], f["code"], f["severity"], f["caption_value"], f["exif_value"])
           for f in findings if f["article"] == "news/every.md"]
    assert got == [
        (1, "camera-mismatch", "error", "Nikon D850", "Canon EOS R5"),
        (2, "taken-after-publication", "error", "2024-03-12", "2024-03-15T09:30:00"),
        (3, "image-unreadable", "error", "news/every/3.jpg",
         "not an image file (JPEG, TIFF, PNG, WebP or HEIC/HEIF)"),
        (4, "credit-mismatch", "warning", "Ana Lima", "John Smith"),
        (5, "image-missing", "warning", None, None),
        (6, "no-exif", "warning", None, None),
        # a camera no database knows is still compared, by its tidy form
        (7, "camera-mismatch", "error", "Zorki 4K", "Canon EOS R5"),
        (7, "unknown-camera", "warning", "Zorki 4K", "Canon EOS R5"),
    ]
    assert all(f["message"] for f in findings)


def test_findings_in_the_credits_sheet_and_search(every: CatalogRunner) -> None:
    sheet = {r["caption_no"]: r for r in every("export", "--format", "json").json()
             if r["article"] == "news/every.md"}
    assert sheet[1]["findings"] == "camera-mismatch"
    assert sheet[5]["findings"] == "image-missing" and sheet[5]["image"] is None
    assert sheet[8]["findings"] is None  # Staff Sgt. Kyle Davis = SSG KYLE DAVIS
    assert sheet[8]["photographer"] == "Kyle Davis"
    assert sheet[3]["image"] == "news/every/3.jpg" and sheet[3]["link"] == "explicit"
    rows = every("search", "finding:credit-mismatch", "--format", "json").json()
    assert [r["caption_no"] for r in rows] == [4]
    rows = every("search", "article:news/*", "-finding:image-missing", "--format", "json").json()
    assert 5 not in [r["caption_no"] for r in rows] and len(rows) == 7


def test_fail_on_thresholds(every: CatalogRunner) -> None:
    assert every("audit", "--fail-on", "error").exit_code == 1
    assert every("audit", "--fail-on", "warning").exit_code == 1
    assert every("audit").exit_code == 0


CREDITED_TWICE = """# Two photographers

![a](two/1.jpg)
*A protest in the square. Jane Doe and John Smith/Reuters*

![b](two/2.jpg)
*A protest at the gate. Jane Doe and John Smith/Reuters*

![c](two/3.jpg)
*A protest on the bridge. Photo: Jane Doe/Reuters*
"""


def credit_mismatches(catalog: CatalogRunner) -> list[tuple[int, str, str]]:
    return [(f["caption_no"], f["caption_value"], f["exif_value"])
            for f in catalog("audit", "--format", "json").json()
            if f["code"] == "credit-mismatch"]


def test_a_caption_crediting_two_people_agrees_with_either(catalog: CatalogRunner,
                                                           desk: Path) -> None:
    (desk / "news").mkdir()
    (desk / "news" / "two.md").write_text(CREDITED_TWICE, encoding="utf-8")
    write_jpeg(desk / "news" / "two" / "1.jpg", exif(artist="JOHN SMITH"), size=(40, 30))
    write_jpeg(desk / "news" / "two" / "2.jpg", exif(artist="Ana Lima"), size=(40, 30))
    write_jpeg(desk / "news" / "two" / "3.jpg", exif(artist="Jane Doe; John Smith"),
               size=(40, 30))
    assert catalog("ingest", "news").exit_code == 0
    assert credit_mismatches(catalog) == [(2, "Jane Doe; John Smith", "Ana Lima")]


ONE_BODY_TWO_WAYS = """# Cameras written the caption's way

![a](bodies/1.jpg)
*A harbour at dawn. (Taken with a Canon EOS Rebel T7i)*

![b](bodies/2.jpg)
*A market at noon. (Shot on an iPhone 14 Pro)*

![c](bodies/3.jpg)
*A tram at dusk. (Shot on an iPhone 14 Pro)*

![d](bodies/4.jpg)
*A ferry in fog. (Taken with a Canon 5D4)*

![e](bodies/5.jpg)
*A pier at night. (Taken with a Canon EOS 5D Mark III)*
"""


def test_one_body_written_two_ways_is_no_mismatch(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "news").mkdir()
    (desk / "news" / "bodies.md").write_text(ONE_BODY_TWO_WAYS, encoding="utf-8")
    folder = desk / "news" / "bodies"
    write_jpeg(folder / "1.jpg", exif("Canon EOS 800D"), size=(40, 30))  # the T7i's twin
    write_jpeg(folder / "2.jpg", Tags(exif={"make": "Apple", "model": "iPhone 14 Pro"}),
               size=(40, 30))
    write_jpeg(folder / "3.jpg", Tags(exif={"make": "Apple", "model": "iPhone 14 Pro Max"}),
               size=(40, 30))
    write_jpeg(folder / "4.jpg", exif("Canon EOS 5D Mark IV"), size=(40, 30))
    write_jpeg(folder / "5.jpg", exif("Canon EOS 5D Mark IV"), size=(40, 30))
    assert catalog("ingest", "news").exit_code == 0
    findings = [(f["caption_no"], f["code"], f["caption_value"], f["exif_value"])
                for f in catalog("audit", "--format", "json").json()]
    assert findings == [
        # no database knows the iPhone 14 Pro: its tidy form still tells it from the Pro Max
        (2, "unknown-camera", "iPhone 14 Pro", "Apple iPhone 14 Pro"),
        (3, "camera-mismatch", "iPhone 14 Pro", "Apple iPhone 14 Pro Max"),
        (3, "unknown-camera", "iPhone 14 Pro", "Apple iPhone 14 Pro Max"),
        (5, "camera-mismatch", "Canon EOS 5D Mark III", "Canon EOS 5D Mark IV"),
    ]


BYLINES_AS_AGENCIES_WRITE_THEM = """# Wire pictures

![a](wire/1.jpg)
*Skiers train on the downhill course. AFP PHOTO / MARTA KOVAC*

![b](wire/2.jpg)
*Fans wait at the gate. REUTERS/Tomas Berg*

![c](wire/3.jpg)
*A ferry leaves the harbour. (Photo by Lena Falk/Getty Images)*

![d](wire/4.jpg)
*Rain over the old town. Photo: Omar Haddad/AP*

![e](wire/5.jpg)
*A market at dawn. REUTERS/Tomas Berg*
"""


def test_a_byline_with_its_agency_or_an_agency_alone_is_no_mismatch(catalog: CatalogRunner,
                                                                   desk: Path) -> None:
    """IPTC By-line as wire files write it: "NAME / AGENCY", "AGENCY/Name", "©Name", or only
    the agency ("Getty Images", "STRINGER"). The person in it is compared with the caption's
    photographer; an agency or marker names nobody, so it cannot disagree."""
    (desk / "news").mkdir()
    (desk / "news" / "wire.md").write_text(BYLINES_AS_AGENCIES_WRITE_THEM, encoding="utf-8")
    bylines = ["MARTA KOVAC / AFP", "REUTERS/Tomas Berg", "Getty Images", "©Omar Haddad",
               "Nils Aho / REUTERS"]
    for number, byline in enumerate(bylines, start=1):
        write_jpeg(desk / "news" / "wire" / f"{number}.jpg", Tags(iptc={"creator": byline}),
                   size=(40, 30))
    assert catalog("ingest", "news").exit_code == 0
    assert credit_mismatches(catalog) == [(5, "Tomas Berg", "Nils Aho / REUTERS")]


@pytest.mark.parametrize(("creator", "keys"), [
    ("LENA FALK / AFP", "|lena falk|"),
    ("AFP/Lena Falk", "|lena falk|"),
    ("©Lena Falk", "|lena falk|"),
    ("Photographer: Lena Falk", "|lena falk|"),
    ("Lena Falk; Nils Aho/Reuters", "|lena falk|nils aho|"),
    ("Getty Images", None),
    ("STRINGER", None),
    ("AFP/Getty Images", None),
    ("Sgt. Lena Falk", "|lena falk|"),
])
def test_creator_keys_name_the_people_of_a_byline(creator: str, keys: str | None) -> None:
    assert creator_keys(creator) == keys
