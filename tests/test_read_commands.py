"""One query path: every read command selects exactly the captions `search` selects with the
same terms and options, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import CatalogRunner

# Three months of a small desk: two outlets, two photographers, two bodies, one unlinked
# caption and one camera the caption and the file disagree on.
ARTICLES = {
    "feb-port.md": ("2024-02-20", [
        ("Ships queue off the port. REUTERS/Jane Doe (Taken with a Nikon D850)", "NIKON D850",
         "Jane Doe"),
        ("Cranes at dusk. Photo: John Roe/AP", "NIKON D850", "John Roe"),
    ]),
    "mar-strike.md": ("2024-03-12", [
        ("Dockworkers walk out. REUTERS/Jane Doe (Taken with a Nikon D850)", "ILCE-7M3",
         "Jane Doe"),
        ("A picket line at dawn. Photo: John Roe/AP (Taken with a Sony a7 III)", "ILCE-7M3",
         "John Roe"),
        ("Trucks wait at the gate. REUTERS/John Roe", None, None),
    ]),
    "apr-ferry.md": ("2024-04-02", [
        ("The ferry docks. Photo: Jane Doe/AP", "NIKON D850", "Jane Doe"),
    ]),
}
MAKERS = {"NIKON D850": "NIKON CORPORATION", "ILCE-7M3": "SONY"}

QUERIES = [
    ["published:2024-03..2024-03"],
    ["outlet:Reuters"],
    ["--outlet", "AP", "--since", "2024-03-01"],
    ['camera:"a7 III"'],
    ["photographer:Doe", "finding:camera-mismatch"],
    ["image:none"],
    ["dock*"],
    ["--", "-outlet:Reuters"],
]


@pytest.fixture
def desk_catalog(catalog: CatalogRunner, desk: Path) -> CatalogRunner:
    from scripts.jpeg_writer import Tags, write_jpeg

    news = desk / "news"
    for name, (published, captions) in ARTICLES.items():
        stem = name.removesuffix(".md")
        body = [f"---\npublished: {published}\n---\n\n# {stem}\n"]
        for n, (text, model, artist) in enumerate(captions, start=1):
            body.append(f"![{n}]({stem}/{n}.jpg)")  # no file for the unlinked caption
            if model is not None:
                write_jpeg(news / stem / f"{n}.jpg", Tags(exif={
                    "make": MAKERS[model], "model": model, "artist": artist or "",
                    "taken": f"{published.replace('-', ':')} 10:00:00"},
                    iptc={"credit": "Reuters"} if "REUTERS" in text else {}), size=(32, 24))
            body.append(f"*{text}*\n")
        (news / name).parent.mkdir(parents=True, exist_ok=True)
        (news / name).write_text("\n".join(body), encoding="utf-8")
    result = catalog("ingest", "news", "--media", "news")
    assert result.exit_code == 0, result.stderr
    return catalog


def _search(catalog: CatalogRunner, terms: list[str]) -> list[dict[str, object]]:
    result = catalog("search", "--format", "json", *terms)
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, object]] = result.json()
    return rows


def _keys(rows: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(r["article"], r["caption_no"]) for r in rows]


def test_the_queries_select_different_captions(desk_catalog: CatalogRunner) -> None:
    """Guards the other tests: each query selects some captions and not all of them."""
    everything = _keys(_search(desk_catalog, []))
    assert len(everything) == 6
    selections = {tuple(_keys(_search(desk_catalog, terms))) for terms in QUERIES}
    assert len(selections) == len(QUERIES)
    assert all(0 < len(s) < len(everything) for s in selections)


def test_export_and_sheet_rows_are_the_search_rows(desk_catalog: CatalogRunner) -> None:
    for terms in QUERIES:
        expected = _search(desk_catalog, terms)
        exported = desk_catalog("export", "--format", "json", *terms)
        assert exported.exit_code == 0, exported.stderr
        assert exported.json() == expected
        sheet = desk_catalog("sheet", "--output", "sheet.html", *terms)
        assert sheet.exit_code == 0, sheet.stderr
        assert sheet.stdout.startswith(f"wrote {len(expected)} captions")


def test_audit_reports_the_findings_of_the_search_rows(desk_catalog: CatalogRunner) -> None:
    for terms in QUERIES:
        expected = sorted((r["article"], r["caption_no"], code)
                          for r in _search(desk_catalog, terms)
                          for code in str(r["findings"] or "").split(";") if code)
        result = desk_catalog("audit", "--format", "json", *terms)
        assert result.exit_code == 0, result.stderr
        found = sorted((f["article"], f["caption_no"], f["code"]) for f in result.json())
        assert found == expected


def test_credits_count_the_search_rows(desk_catalog: CatalogRunner) -> None:
    for by in ("photographer", "outlet", "camera"):
        for terms in QUERIES:
            rows = _search(desk_catalog, terms)
            names = [r["camera"] or r["caption_camera"] if by == "camera" else r[by]
                     for r in rows]
            expected = Counter(str(name).lower() for name in names if name)
            result = desk_catalog("credits", "--by", by, "--format", "json", *terms)
            assert result.exit_code == 0, result.stderr
            got = result.json()
            assert {str(r[by]).lower(): r["captions"] for r in got if r["captions"]} == expected
            if by == "camera":
                images = Counter(str(r["exif_camera"]).lower() for r in
                                 {r["image"]: r for r in rows if r["image"]}.values())
                assert {str(r[by]).lower(): r["images"] for r in got if r["images"]} == images


def test_cameras_count_the_search_rows(desk_catalog: CatalogRunner) -> None:
    for terms in QUERIES:
        rows = _search(desk_catalog, terms)
        expected = Counter(str(r["camera"] or r["caption_camera"]) for r in rows
                           if r["camera"] or r["caption_camera"])
        images = Counter(str(r["exif_camera"]) for r in
                         {r["image"]: r for r in rows if r["image"]}.values())
        result = desk_catalog("cameras", "--format", "json", *terms)
        assert result.exit_code == 0, result.stderr
        got = result.json()
        assert {r["camera"]: r["captions"] for r in got if r["captions"]} == dict(expected)
        assert {r["camera"]: r["images"] for r in got if r["images"]} == dict(images)


def test_show_lists_the_search_rows_of_its_article(desk_catalog: CatalogRunner) -> None:
    for terms in QUERIES:
        rows = _search(desk_catalog, terms)
        for article in ("news/mar-strike.md", "news/feb-port.md"):
            result = desk_catalog("show", article, "--format", "json", *terms)
            assert result.exit_code == 0, result.stderr
            assert result.json()["captions"] == [r for r in rows if r["article"] == article]


def test_show_finds_the_article_by_its_exact_path(desk_catalog: CatalogRunner) -> None:
    # "strike.md" is part of the path "news/mar-strike.md" but not the path: show refuses it.
    assert desk_catalog("show", "strike.md").exit_code == 2
    one = desk_catalog("show", "./news/mar-strike.md", "2", "--format", "json").json()
    assert [c["caption_no"] for c in one["captions"]] == [2]
    assert desk_catalog("show", "news/mar-strike.md", "9").exit_code == 2


def test_monthly_agency_report(desk_catalog: CatalogRunner) -> None:
    """`catalog credits --by outlet published:2024-03..2024-03`: what ran from whom in March."""
    result = desk_catalog("credits", "--by", "outlet", "published:2024-03..2024-03",
                          "--format", "json")
    assert result.json() == [
        {"outlet": "Reuters", "captions": 2, "images": 1},
        {"outlet": "AP", "captions": 1, "images": 0},
    ]


def test_every_field_splits_the_catalog_by_none(desk_catalog: CatalogRunner) -> None:
    """field:none and -field:none select complementary captions, for every registered field."""
    from catalog.fields import FIELDS

    everything = sorted(_keys(_search(desk_catalog, [])))
    for field in FIELDS:
        empty = _keys(_search(desk_catalog, [f"{field.name}:none"]))
        filled = _keys(_search(desk_catalog, ["--", f"-{field.name}:none"]))
        assert sorted(empty + filled) == everything, field.name


def test_image_fields_are_queryable(desk_catalog: CatalogRunner) -> None:
    linked = [k for k in _keys(_search(desk_catalog, [])) if k != ("news/mar-strike.md", 3)]
    assert _keys(_search(desk_catalog, ["width:32", "height:24"])) == linked
    assert _keys(_search(desk_catalog, ["width:33"])) == []
    assert _keys(_search(desk_catalog, ["image_credit:reuters"])) == [
        ("news/feb-port.md", 1), ("news/mar-strike.md", 1)]
    assert _keys(_search(desk_catalog, ["serial:none", "description:none"])) == _keys(
        _search(desk_catalog, []))
