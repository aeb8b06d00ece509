"""The `catalog` command against real SQLite catalogs, on the bundled seed and its media.

Each test pins what a photo editor or their script would check: JSON keys, CSV columns and their
order, audit codes, exit statuses, and what a re-ingest does and does not change.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from catalog import store
from catalog.fields import SHEET_COLUMNS
from tests.conftest import SEED, CatalogRunner, invoke

SHEET_HEADER = [
    "article", "published", "headline", "caption_no", "caption", "photographer", "outlet",
    "caption_camera", "camera", "image", "link", "exif_make", "exif_model", "exif_camera",
    "lens", "taken_at", "creator", "copyright", "findings", "via", "caption_source",
]
FINDING_KEYS = ["article", "caption_no", "code", "severity", "caption_value", "exif_value",
                "message"]  # the contract's list, written out: the code's is derived


def table_counts(run: CatalogRunner) -> dict[str, int]:
    catalog = store.open_catalog(run.target)  # type: ignore[attr-defined]
    try:
        with store.read(catalog) as conn:
            return {name: int(conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one())
                    for name in ("article", "caption", "image", "manual_link", "camera")}
    finally:
        catalog.engine.dispose()


def ids(run: CatalogRunner) -> list[tuple[int, ...]]:
    catalog = store.open_catalog(run.target)  # type: ignore[attr-defined]
    try:
        with store.read(catalog) as conn:
            return [tuple(r) for r in conn.execute(text(
                "SELECT a.id, c.id, c.image_id FROM caption c JOIN article a "
                "ON a.id = c.article_id ORDER BY a.path, c.caption_no"))]
    finally:
        catalog.engine.dispose()


def test_version_and_help_for_every_command() -> None:
    assert invoke("--version").stdout.startswith("catalog ")
    from catalog.cli import _COMMANDS

    assert len(_COMMANDS) >= 11
    for command, _module, _function in _COMMANDS:
        result = invoke(command, "--help")
        assert result.exit_code == 0, command
        assert "Usage" in result.stdout and len(result.stdout) > 200, command


def test_ingest_seed_summary(catalog: CatalogRunner) -> None:
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("ingested 1 article (1 new, 0 changed, 0 unchanged), 3 captions")
    assert "3 images (3 read)" in summary and "3 links" in summary
    assert "1 finding" in summary and "0 files skipped with errors" in summary


def test_export_csv_is_the_credits_sheet(ingested: CatalogRunner) -> None:
    result = ingested("export", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == SHEET_HEADER == list(SHEET_COLUMNS)
    sheet = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert [r["caption_no"] for r in sheet] == ["1", "2", "3"]
    assert {r["article"] for r in sheet} == {SEED}
    assert [r["published"] for r in sheet] == ["2023-11-04"] * 3
    assert [r["photographer"] for r in sheet] == ["", "Trey Yingst", ""]
    assert [r["outlet"] for r in sheet] == ["", "Fox News", ""]
    assert [r["camera"] for r in sheet] == [
        "Canon EOS 5D Mark IV", "Nikon D850", "Sony Alpha 7 III"]
    assert [r["caption_camera"] for r in sheet] == [
        "Canon EOS 5D Mark IV", "Nikon D850", "Sony Alpha a7 III"]
    assert [r["link"] for r in sheet] == ["convention", "convention", "embedded"]
    assert [r["exif_camera"] for r in sheet] == ["Canon EOS R5", "Nikon D850", "Sony Alpha 7 III"]
    assert [r["findings"] for r in sheet] == ["camera-mismatch", "", ""]
    assert all(r["image"].startswith("media/") for r in sheet)


def test_export_json_keys_and_nulls(ingested: CatalogRunner) -> None:
    rows = ingested("export", "--format", "json").json()
    assert len(rows) == 3
    assert all(list(row) == SHEET_HEADER for row in rows)
    assert rows[0]["photographer"] is None and rows[0]["caption_no"] == 1
    assert rows[1]["findings"] is None


def test_export_to_file(ingested: CatalogRunner, desk: Path) -> None:
    result = ingested("export", "--output", "sheet.csv")
    assert result.exit_code == 0
    assert (desk / "sheet.csv").read_text(encoding="utf-8").startswith(",".join(SHEET_HEADER))
    assert "wrote 3 captions" in result.stderr


def test_audit_shows_the_planted_mismatch(ingested: CatalogRunner) -> None:
    findings = ingested("audit", "--format", "json").json()
    assert [list(f) for f in findings] == [FINDING_KEYS]
    finding = findings[0]
    assert (finding["article"], finding["caption_no"], finding["code"], finding["severity"]) == (
        SEED, 1, "camera-mismatch", "error")
    assert (finding["caption_value"], finding["exif_value"]) == (
        "Canon EOS 5D Mark IV", "Canon EOS R5")
    table = ingested("audit")
    assert "camera-mismatch" in table.stdout and table.exit_code == 0


def test_audit_fail_on(ingested: CatalogRunner) -> None:
    assert ingested("audit", "--fail-on", "error").exit_code == 1
    assert ingested("audit", "--fail-on", "warning").exit_code == 1
    assert ingested("audit", "--fail-on", "nonsense").exit_code == 2


def test_search_full_text_and_filters(ingested: CatalogRunner) -> None:
    def found(*args: str) -> list[int]:
        result = ingested("search", *args, "--format", "json")
        assert result.exit_code == 0, result.stderr
        return [row["caption_no"] for row in result.json()]

    assert found("Yingst") == [2]
    assert found("gaza") == [2]
    assert found("Blinken") == [1, 2, 3]  # the headline is searched too
    assert found("--photographer", "yingst") == [2]
    assert found("--outlet", "Fox") == [2]
    assert found("--camera", "a7 III") == [3]
    assert found("--camera", "ILCE-7M3") == [3]
    assert found("--camera", "Canon EOS R5") == [1]  # the file's body counts too
    assert found("--since", "2023-11-01", "--until", "2023-11-30") == [1, 2, 3]
    assert found("--since", "2023-12-01") == []
    assert found("--article", "blinken") == [1, 2, 3]
    assert found("--limit", "1") == [1]
    assert found("photographer:Yingst") == [2]
    assert found('camera:"Nikon D850"') == [2]
    assert found("published:2023-11..2023-12") == [1, 2, 3]
    assert found("published:2024") == []
    assert found("finding:camera-mismatch") == [1]
    assert found("finding:none") == [2, 3]
    assert found("photographer:none") == [1, 3]
    assert found("image:none") == []
    assert found("-outlet:Fox") == [1, 3]
    assert found("link:embedded") == [3]
    assert found("Netanyahu", "-Nasrallah") == [1, 2]  # the headline names Netanyahu
    assert found("Hezbollah", "-Netanyahu") == []


def test_search_csv_and_table(ingested: CatalogRunner) -> None:
    csv_out = ingested("search", "Yingst", "--format", "csv").stdout
    assert csv_out.splitlines()[0] == ",".join(SHEET_HEADER)
    table = ingested("search", "Yingst").stdout
    assert "Trey Yingst" in table


def test_search_any_user_string_is_safe(ingested: CatalogRunner) -> None:
    for typed in ['dog"', "-", "(", "AND", "*", "NEAR(", "'; DROP TABLE caption; --", "😀",
                 "x:", "re-run", "Jane NOT Doe", "a" * 10_000, '"unbalanced', "OR OR"]:
        result = ingested("search", typed, "--format", "json")
        assert result.exit_code in (0, 2), typed
        if result.exit_code == 0:
            assert isinstance(result.json(), list)
        else:
            assert result.stderr.startswith("catalog: ") and len(result.stderr.splitlines()) == 1
    assert ingested("search", "fotographer:x").stderr.count("did you mean photographer") == 1
    assert ingested("search", "published:yesterday").exit_code == 2
    assert ingested("search", "finding:bogus").exit_code == 2
    assert len(ingested("search", "--format", "json").json()) == 3


def test_credits_and_cameras(ingested: CatalogRunner) -> None:
    by_photographer = ingested("credits", "--format", "json").json()
    assert {"photographer": "Trey Yingst", "captions": 1, "images": 1} in by_photographer
    by_outlet = ingested("credits", "--by", "outlet", "--format", "json").json()
    assert by_outlet[0]["outlet"] == "Fox News" and by_outlet[0]["captions"] == 1
    by_camera = ingested("credits", "--by", "camera", "--format", "csv").stdout.splitlines()
    assert by_camera[0] == "camera,captions,images"
    bodies = {row["camera"]: row for row in ingested("cameras", "--format", "json").json()}
    assert bodies["Sony Alpha 7 III"]["captions"] == 1 and bodies["Sony Alpha 7 III"]["images"] == 1
    assert bodies["Sony Alpha 7 III"]["maker"] == "Sony"
    assert bodies["Canon EOS R5"] == {**bodies["Canon EOS R5"], "captions": 0, "images": 1}
    assert bodies["Canon EOS 5D Mark IV"]["images"] == 0
    assert all(set(row) == {"camera", "maker", "captions", "images", "lenses"}
               for row in bodies.values())


def test_show(ingested: CatalogRunner) -> None:
    view = ingested("show", SEED, "--format", "json").json()
    assert view["published"] == "2023-11-04" and len(view["captions"]) == 3
    assert view["headline"].startswith("Blinken's Efforts")
    one = ingested("show", f"./{SEED}", "2", "--format", "json").json()
    assert [c["caption_no"] for c in one["captions"]] == [2]
    assert "Trey Yingst" in ingested("show", SEED).stdout
    missing = ingested("show", "nope.txt")
    assert missing.exit_code == 2 and "nope.txt" in missing.stderr
    assert ingested("show", SEED, "9").exit_code == 2


def test_reingest_changes_nothing(ingested: CatalogRunner, desk: Path) -> None:
    before_counts, before_ids = table_counts(ingested), ids(ingested)
    again = ingested("ingest")
    assert again.exit_code == 0
    assert "(0 new, 0 changed, 1 unchanged)" in again.stdout
    assert "3 images (0 read)" in again.stdout
    assert table_counts(ingested) == before_counts and ids(ingested) == before_ids


def test_touched_but_unchanged_article_is_not_replaced(ingested: CatalogRunner,
                                                       desk: Path) -> None:
    before = ids(ingested)
    os.utime(desk / SEED, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    assert ingested("ingest").exit_code == 0
    assert ids(ingested) == before


def test_changed_article_replaces_only_its_rows(ingested: CatalogRunner, desk: Path) -> None:
    other = desk / "seeds" / "second.txt"
    other.write_text("published : 2024-01-02\n\nHeadline two\n\nDeck two\n\n"
                     "A photo of a market. (AP Photo/Jane Roe)\n", encoding="utf-8")
    assert ingested("ingest").exit_code == 0
    seed_rows = ids(ingested)[:3]
    other.write_text("published : 2024-01-02\n\nHeadline two\n\nDeck two\n\n"
                     "A photo of a market. (AP Photo/Jane Roe)\n\n"
                     "A picture of a harbour. (REUTERS/Ana Lima)\n", encoding="utf-8")
    result = ingested("ingest")
    assert "(0 new, 1 changed, 1 unchanged)" in result.stdout
    assert ids(ingested)[:3] == seed_rows
    rows = ingested("search", "article:second", "--format", "json").json()
    assert [(r["photographer"], r["outlet"]) for r in rows] == [
        ("Jane Roe", "AP"), ("Ana Lima", "Reuters")]


def test_manual_link_survives_reingest_and_clears(ingested: CatalogRunner, desk: Path) -> None:
    target = "media/archive/DSC09876.jpg"
    result = ingested("link", SEED, "1", target)
    assert result.exit_code == 0, result.stderr
    sheet = ingested("export", "--format", "json").json()
    assert (sheet[0]["image"], sheet[0]["link"]) == (target, "manual")
    (desk / SEED).write_text((desk / SEED).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert ingested("ingest").exit_code == 0
    sheet = ingested("export", "--format", "json").json()
    assert (sheet[0]["image"], sheet[0]["link"]) == (target, "manual")
    assert ingested("link", SEED, "1", "--clear").exit_code == 0
    sheet = ingested("export", "--format", "json").json()
    assert sheet[0]["link"] == "convention"
    assert ingested("link", SEED, "1", "--clear").exit_code == 2


def test_link_refuses_paths_outside_the_media_folder(ingested: CatalogRunner,
                                                     desk: Path) -> None:
    outside = desk.parent / "outside.jpg"
    outside.write_bytes((desk / "media" / "archive" / "DSC09876.jpg").read_bytes())
    for path in (str(outside), "../outside.jpg", "media/../../outside.jpg"):
        result = ingested("link", SEED, "1", path)
        assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1, path
    assert ingested("link", "nope.txt", "1", "media/archive/DSC09876.jpg").exit_code == 2


def test_prune_drops_vanished_files(ingested: CatalogRunner, desk: Path) -> None:
    (desk / "media" / "archive" / "DSC09876.jpg").unlink()
    assert ingested("ingest").exit_code == 0
    assert table_counts(ingested)["image"] == 3
    result = ingested("ingest", "--prune")
    assert "1 pruned" in result.stdout
    assert table_counts(ingested)["image"] == 2
    sheet = ingested("export", "--format", "json").json()
    assert sheet[2]["image"] is None and sheet[2]["findings"] == "image-missing"


def test_commands_on_a_missing_catalog_say_so(catalog: CatalogRunner) -> None:
    for args in (["search", "x"], ["audit"], ["export"], ["credits"], ["cameras"]):
        result = catalog(*args)
        assert result.exit_code == 2 and "run `catalog ingest` first" in result.stderr


def test_not_a_catalog(desk: Path) -> None:
    (desk / "notes.db").write_text("just some text\n" * 100)
    result = invoke("search", "x", db=str(desk / "notes.db"))
    assert result.exit_code == 2
    expected = f"catalog: {desk / 'notes.db'}: not a catalog (not an SQLite database)"
    assert result.stderr.strip() == expected


def test_catalog_db_environment_variable(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CATALOG_DB", str(desk / "env.db"))
    assert invoke("ingest").exit_code == 0
    assert (desk / "env.db").exists()
    assert len(invoke("export", "--format", "json").json()) == 3


def test_credits_fold_case_and_cameras_list_lenses(catalog: CatalogRunner, desk: Path) -> None:
    from scripts.jpeg_writer import Tags, write_jpeg

    (desk / "news").mkdir()
    (desk / "news" / "pier.md").write_text(
        "# Pier\n\n![a](pier/1.jpg)\n*A photo of the pier. Photo: JANE DOE/REUTERS*\n\n"
        "![b](pier/2.jpg)\n*A photo of the quay. Photo: Jane Doe/Reuters "
        "(Taken with a Nikon D850)*\n", encoding="utf-8")
    for n, lens in ((1, "24-70mm"), (2, "70-200mm")):
        write_jpeg(desk / "news" / "pier" / f"{n}.jpg",
                   Tags(exif={"make": "NIKON CORPORATION", "model": "NIKON D850",
                              "artist": "jane doe", "lens": lens}), size=(40, 30))
    assert catalog("ingest", "news").exit_code == 0
    people = catalog("credits", "--format", "json").json()
    # published in capitals, shown in the usual case; one outlet whatever its spelling
    assert {"photographer": "Jane Doe", "captions": 2, "images": 2} in people
    assert len([p for p in people if p["photographer"].lower() == "jane doe"]) == 1
    outlets = catalog("credits", "--by", "outlet", "--format", "json").json()
    assert {"outlet": "Reuters", "captions": 2, "images": 0} in outlets
    bodies = catalog("credits", "--by", "camera", "--format", "json").json()
    assert {"camera": "Nikon D850", "captions": 1, "images": 3} in bodies
    body = {r["camera"]: r for r in catalog("cameras", "--format", "json").json()}["Nikon D850"]
    assert (body["maker"], body["captions"], body["images"]) == ("Nikon", 1, 3)
    assert body["lenses"] == "24-70mm; 70-200mm; AF-S NIKKOR 70-200mm f/2.8E FL ED VR"


def test_the_help_of_every_read_command_lists_the_registry_fields() -> None:
    """Field.help is what `--help` shows for field:value terms, for each command that takes
    the query (and only those)."""
    from catalog.cli import _COMMANDS
    from catalog.fields import FIELDS

    readers = set()
    for command, _module, _function in _COMMANDS:
        shown = " ".join(invoke(command, "--help").stdout.split())
        if "Fields for field:value terms" in shown:
            readers.add(command)
            for field in FIELDS:
                assert " ".join(field.help.split()) in shown, (command, field.name)
    assert readers == {"search", "credits", "cameras", "show", "audit", "export", "sheet"}
