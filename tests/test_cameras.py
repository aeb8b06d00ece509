"""Canonical camera names: every spelling of a body resolves to its one lensfun name, what lensfun
lacks or what two bodies share resolves to nothing, and the database loads once, from a cache."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog import cameras
from catalog.camera_facts import load_facts
from tests import corpus
from tests.conftest import REPO


@cache
def known_bodies() -> tuple[cameras.Body, ...]:
    """Every body the resolver can name, found as the catalog finds them: each lensfun camera by
    its own EXIF strings (lensfun lists several models with commas) and by its English name,
    each body of the facts file by its name."""
    rows = [row for row in cameras.load_rows() if cameras._is_body(row)]
    found = [cameras.body_from_exif(row.maker, model.strip())
             for row in rows for model in {row.model, *row.model.split(",")}]
    found += [cameras.body_from_caption(f"{row.maker_en or row.maker} {row.model_en or row.model}")
              for row in rows]
    found += [cameras.body_from_caption(f"{fact.maker} {fact.model}")
              for fact in load_facts().bodies]
    return tuple(sorted({body for body in found if body is not None}, key=lambda b: b.name))


CAPTION_SPELLINGS = {
    "Sony Alpha 7 III": ["Sony Alpha a7 III", "Sony a7 III", "Sony A7 III", "α7 III", "a7 III",
                         "Sony α7 III", "ILCE-7M3", "Sony ILCE-7M3", "Alpha 7 III", "a7III",
                         "A7M3", "SONY a7 iii", "Sony Alpha 7 Mark III", "sony corporation a7 III"],
    "Nikon D850": ["NIKON D850", "Nikon D850", "D850", "nikon corporation D850",
                   "NIKON CORPORATION NIKON D850"],
    "Canon EOS 5D Mark IV": ["Canon EOS 5D Mark IV", "Canon 5D Mark IV", "Canon EOS 5D Mk IV",
                             "EOS 5D Mark IV", "5D Mark IV", "5D Mk. IV", "Canon EOS 5D MkIV",
                             "Canon 5D Mark 4", "CANON EOS 5D MARK IV", "Canon EOS-5D Mark IV"],
    "Nikon Z 9": ["Nikon Z9", "Nikon Z 9", "Z9", "NIKON Z 9", "Nikon Z-9", "z 9"],
    "Fujifilm X-T5": ["Fujifilm X-T5", "Fuji X-T5", "FUJIFILM XT5", "Fujifilm XT-5", "XT5",
                      "X-T5"],
    "Canon EOS R5": ["Canon EOS R5", "Canon R5", "EOS R5", "EOS-R5"],
    "Canon EOS R": ["Canon EOS R", "EOS R", "Canon R"],
    "Canon EOS R3": ["Canon EOS R3", "Canon R3"],
    "Canon EOS R6": ["Canon EOS R6", "Canon R6"],
    "Canon EOS R6 Mark II": ["Canon EOS R6 Mark II", "Canon R6 Mk II", "Canon EOS R6 II",
                             "EOS R6 Mark II"],
    "Canon EOS-1D X Mark II": ["Canon EOS-1D X Mark II", "Canon 1D X Mark II", "Canon 1DX Mk II"],
    "Nikon Z 8": ["Nikon Z8", "Nikon Z 8"],
    "Nikon Z 6II": ["Nikon Z6II", "Nikon Z 6II", "Nikon Z6 II", "Nikon Z 6 Mark II", "Z6II"],
    "Nikon Z 6": ["Nikon Z6", "Nikon Z 6"],
    "Nikon D6": ["Nikon D6", "D6"],
    "Nikon D5": ["Nikon D5", "NIKON D5"],
    "Sony Alpha 1": ["Sony a1", "Sony Alpha 1", "ILCE-1", "Sony α1", "Alpha 1"],
    "Sony Alpha 7R III": ["Sony a7R III", "Sony A7RIII", "ILCE-7RM3", "Sony Alpha 7R III"],
    "Sony Alpha 7R V": ["Sony a7R V", "ILCE-7RM5", "Sony Alpha 7R V", "A7RM5"],
    "Sony Alpha 7 IV": ["Sony a7 IV", "Sony Alpha 7 IV", "ILCE-7M4", "Sony A7 Mark IV"],
    "Sony Alpha 6000": ["Sony A6000", "Sony Alpha 6000", "ILCE-6000", "α6000"],
    "Sony RX100 III": ["Sony RX100 III", "Sony DSC-RX100M3", "Sony Cyber-shot DSC-RX100 III"],
    "Sony FX3": ["Sony FX3", "ILME-FX3"],
    "Fujifilm X-H2S": ["Fujifilm X-H2S", "Fuji XH2S"],
    "Fujifilm GFX100S": ["Fujifilm GFX 100S", "Fujifilm GFX100S", "GFX 100S"],
    "Leica M11": ["Leica M11", "LEICA M11", "Leica Camera AG M11"],
    "Leica Q2": ["Leica Q2", "LEICA Q2"],
    "Leica SL2": ["Leica SL2"],
    "Leica Q (Typ 116)": ["Leica Q", "Leica Q (Typ 116)"],
    "Olympus E-M1MarkIII": ["Olympus OM-D E-M1 Mark III", "Olympus E-M1 Mark III",
                            "Olympus E-M1 III", "E-M1 Mark III"],
    "Olympus E-M10 III": ["Olympus E-M10 Mark III", "Olympus OM-D E-M10 III"],
    "OM System OM-1": ["OM System OM-1", "OM-1", "OM Digital Solutions OM-1"],
    "Panasonic DC-S5": ["Panasonic Lumix S5", "Panasonic Lumix DC-S5", "Lumix S5", "Panasonic S5"],
    "Panasonic DC-GH5M2": ["Panasonic Lumix GH5 II", "Panasonic GH5 Mark II"],
    "Pentax K-1": ["Pentax K-1", "PENTAX K1", "Ricoh Pentax K-1"],
    "Pentax K-1 Mark II": ["Pentax K-1 Mark II", "Pentax K-1 II"],
    "Ricoh GR III": ["Ricoh GR III", "GR III"],
    "Hasselblad H3D": ["Hasselblad H3D"],
    "DJI Mavic 2 Pro": ["DJI Mavic 2 Pro"],
    "DJI Air 2S": ["DJI Air 2S"],
    "GoPro HERO5 Black": ["GoPro Hero5 Black", "GoPro HERO 5 Black"],
    "Apple iPhone XS": ["Apple iPhone XS"],
    "Canon PowerShot G7 X": ["Canon PowerShot G7 X", "Canon G7X"],
    # regional names of one body are one body, named by its international model
    "Canon EOS 350D": ["Canon Digital Rebel XT", "Canon EOS Digital Rebel XT", "Canon EOS 350D",
                       "Canon EOS Kiss Digital N"],
}


@pytest.mark.parametrize(("canonical", "spelling"), [
    (name, spelling) for name, spellings in CAPTION_SPELLINGS.items() for spelling in spellings
])
def test_caption_spellings_resolve(canonical: str, spelling: str) -> None:
    assert cameras.camera_from_caption(spelling) == canonical


@pytest.mark.parametrize(("make", "model", "canonical"), [
    ("SONY", "ILCE-7M3", "Sony Alpha 7 III"),
    ("NIKON CORPORATION", "NIKON D850", "Nikon D850"),
    ("Canon", "Canon EOS 5D Mark IV", "Canon EOS 5D Mark IV"),
    ("FUJIFILM", "X-T5", "Fujifilm X-T5"),
    ("NIKON CORPORATION", "NIKON Z 9", "Nikon Z 9"),
    ("NIKON CORPORATION", "NIKON Z 6_2", "Nikon Z 6II"),
    ("LEICA CAMERA AG", "LEICA M11", "Leica M11"),
    ("LEICA CAMERA AG", "LEICA Q2", "Leica Q2"),
    ("LEICA CAMERA AG", "LEICA SL2", "Leica SL2"),
    ("OLYMPUS CORPORATION", "E-M1MarkIII", "Olympus E-M1MarkIII"),
    ("OM Digital Solutions", "OM-1", "OM System OM-1"),
    ("Canon", "Canon EOS R5", "Canon EOS R5"),
    ("Canon", "Canon EOS R6 Mark II", "Canon EOS R6 Mark II"),  # lensfun writes "EOS R6m2"
    ("SONY", "ILCE-1", "Sony Alpha 1"),
    ("SONY", "ILCE-7RM5", "Sony Alpha 7R V"),
    ("Panasonic", "DC-S5", "Panasonic DC-S5"),
    ("RICOH IMAGING COMPANY, LTD.", "PENTAX K-1", "Pentax K-1"),
    ("PENTAX Corporation", "PENTAX K10D", "Pentax K10D"),
    ("Hasselblad", "L1D-20c", "DJI Mavic 2 Pro"),  # the Mavic 2 Pro camera is a Hasselblad
    ("DJI", "FC3411", "DJI Air 2S"),
    ("GoPro", "HERO5 Black", "GoPro HERO5 Black"),
    ("Apple", "iPhone XS", "Apple iPhone XS"),
    ("SONY", "CYBERSHOT", "Sony Cyber-shot"),
    ("Canon", "Canon PowerShot G7 X", "Canon PowerShot G7 X"),  # not "(3:2)"
    ("NIKON CORPORATION\x00", "NIKON D850   ", "Nikon D850"),  # EXIF padding
    (None, "Canon EOS 5D Mark IV", "Canon EOS 5D Mark IV"),
])
def test_exif_pairs_resolve(make: str | None, model: str, canonical: str) -> None:
    assert cameras.camera_from_exif(make, model) == canonical
    body = cameras.body_from_exif(make, model)
    assert body is not None and body.name == canonical


@pytest.mark.parametrize("text", [
    "", "   ", "a phone", "his camera", "the camera", "Leica", "iPhone", "Canon", "Sony",
    "Nikon D85",  # not a camera; must not become the D850
    "Canon EOS C300 Mark III", "Canon C300 Mark III",  # neither database has it; not the C70
    "Pentax 645Z", "Sony FX9", "Fujifilm X-T200", "Apple iPhone 14",
    "M10",  # a Leica M10 and a Canon EOS M10
    "G9",  # a Canon PowerShot G9 and a Panasonic DC-G9
    "D60",  # a Nikon D60 and a Canon EOS D60
    "Nikon a7 III",  # the maker contradicts the model
    "Mark IV", "x" * 500, "\x00", "Canon EOS 5D Mark IV with a 24-70mm lens",
])
def test_unknown_or_ambiguous_names_resolve_to_nothing(text: str) -> None:
    assert cameras.camera_from_caption(text) is None


def test_close_bodies_are_not_confused() -> None:
    spellings = ["Sony a7 III", "Sony a7R III", "Sony a7S III", "Sony a7 II", "Sony a7 IV",
                 "Sony a7", "Sony a7R IIIA"]
    names = [cameras.camera_from_caption(s) for s in spellings]
    assert None not in names and len(set(names)) == len(spellings)
    assert {cameras.camera_from_caption(s) for s in ("Canon EOS R", "Canon EOS R5",
                                                     "Canon EOS RP", "Canon EOS R6")} == {
        "Canon EOS R", "Canon EOS R5", "Canon EOS RP", "Canon EOS R6"}
    assert cameras.camera_from_caption("Canon R5 C") == "Canon EOS R5 C"  # not the R5
    assert cameras.camera_from_caption("Canon G9") == "Canon PowerShot G9"
    assert cameras.camera_from_caption("Panasonic G9") == "Panasonic DC-G9"


@pytest.mark.parametrize(("make", "model", "tidy"), [
    ("Apple", "iPhone 6", "Apple iPhone 6"),
    ("EASTMAN KODAK COMPANY", "KODAK CX7530 ZOOM DIGITAL CAMERA",
     "Kodak CX7530 ZOOM DIGITAL CAMERA"),
    ("SANYO Electric Co.,Ltd.", "SR6", "Sanyo SR6"),
    ("samsung", "SM-X710", "Samsung SM-X710"),
    ("NIKON", "COOLPIX P1", "Nikon COOLPIX P1"),
    ("Canon", "Canon EOS C300 Mark III", "Canon EOS C300 Mark III"),
    ("SONY", "ILCE-7M9", "Sony ILCE-7M9"),
    ("HMD Global", "Nokia 8.3 5G", "Nokia 8.3 5G"),
    ("Jolla", "Jolla", "Jolla"),
    ("Caplio", "RR330", "Caplio RR330"),
    ("WWL", "ION230", "WWL ION230"),
    (None, "ION230", "ION230"),
    ("Apple", None, "Apple"),
    ("NIKON CORPORATION", "", "Nikon"),
    (None, None, None),
    ("  ", "", None),
    ("\x00\x00", "\x00", None),
])
def test_bodies_lensfun_lacks_keep_a_tidy_name(make: str | None, model: str | None,
                                               tidy: str | None) -> None:
    assert cameras.body_from_exif(make, model) is None
    assert cameras.camera_from_exif(make, model) == tidy


@pytest.mark.parametrize(("text", "tidy"), [
    ("NIKON CORPORATION NIKON D5", "Nikon D5"),
    ("sony  a9 II", "Sony a9 II"),
    ("Zorki 4K", "Zorki 4K"),
    ("Canon\tEOS R5 C\n", "Canon EOS R5 C"),
    ("", ""),
])
def test_tidy_camera_name(text: str, tidy: str) -> None:
    assert cameras.tidy_camera_name(text) == tidy


# --- the shared EXIF corpus against lensfun's own matcher ------------------------------------


def corpus_pairs() -> list[tuple[str, str]]:
    entries = corpus.exiftool_readings()
    if not entries:
        pytest.skip(corpus.MISSING)
    return sorted({(e["EXIF:Make"], e["EXIF:Model"]) for e in entries
                   if e.get("EXIF:Make") and e.get("EXIF:Model")})


def test_every_corpus_pair_lensfun_has_resolves_and_no_other() -> None:
    """lensfun's C matcher (through lensfunpy) says which pairs it has; those resolve, each to
    the body of the camera lensfun found, and the only others are bodies of the facts file."""
    import lensfunpy

    database = lensfunpy.Database()
    pairs = corpus_pairs()
    expected = {}
    for make, model in pairs:
        found = database.find_cameras(make, model)
        if found:
            expected[(make, model)] = {camera.model.casefold() for camera in found}
    resolved = {pair: body for pair in pairs if (body := cameras.body_from_exif(*pair))}
    facts_models = {(fact.maker, fact.model) for fact in load_facts().bodies}
    from_facts = {body.name for body in known_bodies()
                  if (body.maker, body.model) in facts_models}
    assert set(resolved) >= set(expected)
    for pair, body in resolved.items():
        assert body.name in from_facts or body.exif_model.casefold() in expected[pair], pair
    assert {pair for pair in resolved if pair not in expected} == {("samsung", "SM-G930F")}
    assert len(expected) == 19 and len(pairs) == 47  # the corpus as committed


def test_every_corpus_camera_has_a_comparison_key() -> None:
    """Every real EXIF Make/Model of the corpus gets a key, and a caption naming the body as
    the catalog shows it (`exif_camera`) agrees with it."""
    pairs = corpus_pairs()
    for make, model in pairs:
        key = cameras.exif_camera_key(make, model)
        assert key, (make, model)
        shown = cameras.camera_from_exif(make, model)
        assert cameras.same_camera(shown, make, model) is True, (make, model, shown)
    assert cameras.same_camera("iPhone 13 Pro Max", "Apple", "iPhone 13 Pro Max") is True
    assert cameras.same_camera("iPhone 13 Pro", "Apple", "iPhone 13 Pro Max") is False


# --- the whole database ------------------------------------------------------------------------


def test_every_lensfun_camera_resolves_from_its_own_exif_strings() -> None:
    for row in cameras.load_rows():
        if not cameras._is_body(row):
            continue
        for make, model in ((row.maker, row.model), (row.maker.upper(), row.model.upper())):
            body = cameras.body_from_exif(make, model)
            assert body is not None, (make, model)


def test_every_canonical_name_resolves_to_itself() -> None:
    bodies = known_bodies()
    names = [body.name for body in bodies]
    assert len(names) == len(set(names)) > 800
    for body in bodies:
        assert cameras.camera_from_caption(body.name) == body.name
        assert body.name == f"{body.maker} {body.model}"


def test_generic_entries_are_not_bodies() -> None:
    names = {body.name for body in known_bodies()}
    assert not any("35mm film" in name or name.startswith("Generic") for name in names)
    assert not any("(3:2)" in name or "(4:3)" in name for name in names)
    sony = next(body for body in known_bodies() if body.name == "Sony Alpha 7 III")
    assert (sony.maker, sony.model, sony.exif_make, sony.exif_model) == (
        "Sony", "Alpha 7 III", "Sony", "ILCE-7M3")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(known_bodies()), st.sampled_from([" ", "-", "  ", " - "]),
       st.sampled_from([str.upper, str.lower, str.title, str.casefold]))
def test_case_and_separators_in_a_model_do_not_matter(
    body: cameras.Body, separator: str, case: Callable[[str], str],
) -> None:
    spelled = case(f"{body.maker} {body.model.replace(' ', separator)}")
    assert cameras.camera_from_caption(spelled) == body.name


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
def test_resolution_never_raises_and_only_names_real_bodies(make: str, model: str) -> None:
    known = {body.name for body in known_bodies()}
    for body in (cameras.body_from_caption(make), cameras.body_from_exif(make, model),
                 cameras.body_from_exif(None, model)):
        assert body is None or body.name in known
    camera = cameras.camera_from_exif(make, model)
    assert camera is None or camera.strip() == camera
    cameras.camera_from_caption(model)
    cameras.tidy_camera_name(make + model)


# --- loading: the XML once, then the on-disk cache ---------------------------------------------


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """A copy of two lensfun XML files: a database the tests may touch."""
    folder = tmp_path / "db_files"
    folder.mkdir()
    for name in ("mil-sony.xml", "slr-nikon.xml"):
        shutil.copy2(cameras._db_folder() / name, folder / name)
    return folder


def test_cache_is_written_then_read(small_db: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "cameras.json"
    rows = cameras.load_rows(small_db, cache)
    assert cache.is_file() and {r.model for r in rows} >= {"ILCE-7M3", "Nikon D850"}
    assert [p.name for p in cache.parent.iterdir()] == ["cameras.json"]  # no temporary left
    # A cache that matches the files is what is read: change a row in it and see it come back.
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["rows"][0][2] = "Edited in the cache"
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert cameras.load_rows(small_db, cache)[0].model == "Edited in the cache"


def test_cache_is_ignored_when_the_database_changes(small_db: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cameras.json"
    cameras.load_rows(small_db, cache)
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["rows"][0][2] = "Edited in the cache"
    cache.write_text(json.dumps(data), encoding="utf-8")
    xml = small_db / "mil-sony.xml"
    os.utime(xml, ns=(xml.stat().st_atime_ns, xml.stat().st_mtime_ns + 1_000_000_000))
    rows = cameras.load_rows(small_db, cache)
    assert "Edited in the cache" not in {r.model for r in rows}
    assert json.loads(cache.read_text(encoding="utf-8"))["rows"] == [list(r) for r in rows]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"source": 1}', "",
                                     '{"source": null, "rows": [[1, 2, 3]]}'])
def test_corrupt_cache_is_reparsed_and_replaced(small_db: Path, tmp_path: Path,
                                                content: str) -> None:
    cache = tmp_path / "cameras.json"
    expected = cameras.load_rows(small_db, tmp_path / "other.json")
    cache.write_text(content, encoding="utf-8")
    assert cameras.load_rows(small_db, cache) == expected
    assert cameras.load_rows(small_db, cache) == expected  # and now from the rewritten cache


def test_cache_with_wrong_row_types_is_reparsed(small_db: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cameras.json"
    expected = cameras.load_rows(small_db, cache)
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["rows"][0][1] = 42
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert cameras.load_rows(small_db, cache) == expected


def test_unwritable_cache_costs_only_the_parse(small_db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    rows = cameras.load_rows(small_db, blocker / "sub" / "cameras.json")
    assert rows == cameras.load_rows(small_db, tmp_path / "fine.json")


def test_cache_location_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    install = Path("/opt/venv/lensfunpy/db_files")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = cameras._cache_path(install)
    assert path is not None and path.parent == tmp_path / "caption-catalog"
    assert re.fullmatch(r"lensfun-cameras-[0-9a-f]{12}\.json", path.name)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cameras._cache_path(install) == tmp_path / "home/.cache/caption-catalog" / path.name


def test_each_install_keeps_its_own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Two installs on one machine (a venv and a pipx copy) would otherwise rewrite one file
    in turn, each parsing the XML again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    venv, pipx = Path("/srv/venv/db_files"), Path("/root/.local/pipx/db_files")
    assert cameras._cache_path(venv) == cameras._cache_path(venv)
    assert cameras._cache_path(venv) != cameras._cache_path(pipx)


def test_cache_key_holds_the_lensfunpy_version(small_db: Path) -> None:
    import lensfunpy

    assert cameras._fingerprint(cameras._db_folder())["lensfunpy"] == lensfunpy.__version__
    assert cameras._fingerprint(small_db)["lensfunpy"] == "unknown"  # no _version.py beside it


def test_a_new_process_loads_from_the_cache_without_heavy_imports(tmp_path: Path) -> None:
    """The first process parses the XML and writes the cache; the next one reads only the
    cache (it never imports the XML parser), and neither imports lensfunpy (numpy)."""
    script = ("import sys; from catalog import cameras; "
              "assert cameras.camera_from_exif('SONY', 'ILCE-7M3') == 'Sony Alpha 7 III'; "
              "print(sorted(m for m in ('defusedxml', 'lensfunpy', 'numpy', 'scipy') "
              "if m in sys.modules))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, check=True,
                           capture_output=True, text=True).stdout.strip() for _ in range(2)]
    assert runs == ["['defusedxml']", "[]"]
    assert len(list((tmp_path / "caption-catalog").glob("lensfun-cameras-*.json"))) == 1


# --- the facts file: regional twins, newer bodies, codes, shorthand ------------------------------

@pytest.mark.parametrize(("spellings", "canonical"), [
    (["Canon EOS Rebel T7i", "Canon EOS Kiss X9i", "Canon 800D", "Rebel T7i"], "Canon EOS 800D"),
    (["Canon EOS Rebel SL3", "Canon EOS 250D", "Canon Kiss X10", "Canon EOS 200D II"],
     "Canon EOS 250D"),
    (["Canon EOS M50", "Canon EOS Kiss M"], "Canon EOS M50"),
    (["Panasonic Lumix G85", "Panasonic G80", "Lumix G81"], "Panasonic DMC-G80"),
    (["Panasonic Lumix GX85", "Panasonic GX80", "Panasonic Lumix GX7 Mark II"],
     "Panasonic DMC-GX80"),
    (["Panasonic Lumix TZ100", "Panasonic Lumix ZS100"], "Panasonic DMC-TZ100"),
    (["Canon EOS R5 Mark II", "Canon R5 II", "Canon EOS R5m2"], "Canon EOS R5 Mark II"),
    (["Nikon Z6III", "Nikon Z 6III", "Nikon Z6 III"], "Nikon Z 6III"),
    (["Nikon Z f", "Nikon Zf"], "Nikon Z f"),
    (["Sony a9 III", "Sony Alpha 9 III", "ILCE-9M3"], "Sony Alpha 9 III"),
    (["Fujifilm X100VI", "Fuji X100 VI"], "Fujifilm X100VI"),
    (["Canon 5D4", "Canon EOS 5D Mark IV"], "Canon EOS 5D Mark IV"),
    (["Ricoh GR3", "Ricoh GR III"], "Ricoh GR III"),
    (["Leica M240", "Leica M (Typ 240)"], "Leica M (Typ 240)"),
    (["Olympus OM-1", "OM System OM-1"], "OM System OM-1"),
    (["DJI Air 2S", "DJI Mavic Air 2S"], "DJI Air 2S"),
    (["Samsung Galaxy S8+", "Galaxy S8 Plus"], "Samsung Galaxy S8+"),
    (["GoPro Hero 12", "GoPro HERO12 Black"], "GoPro HERO12 Black"),
])
def test_names_of_one_body_resolve_to_it(spellings: list[str], canonical: str) -> None:
    assert [cameras.camera_from_caption(s) for s in spellings] == [canonical] * len(spellings)


@pytest.mark.parametrize(("make", "model", "canonical"), [
    ("Canon", "Canon EOS 800D", "Canon EOS 800D"),
    ("Canon", "Canon EOS REBEL T7i", "Canon EOS 800D"),
    ("Canon", "Canon EOS R5m2", "Canon EOS R5 Mark II"),
    ("NIKON CORPORATION", "NIKON Z6_3", "Nikon Z 6III"),
    ("NIKON CORPORATION", "NIKON Z f", "Nikon Z f"),
    ("SONY", "ILCE-9M3", "Sony Alpha 9 III"),
    ("samsung", "SM-G950U", "Samsung Galaxy S8"),  # lensfun knows only SM-G950F
    ("samsung", "SM-G955F", "Samsung Galaxy S8+"),
    ("samsung", "SM-G935F", "Samsung Galaxy S7 edge"),  # lensfun calls it the S7
    ("samsung", "SM-S918B", "Samsung Galaxy S23 Ultra"),
    ("HUAWEI", "VOG-L09", "Huawei P30 Pro"),
    ("DJI", "FC7303", "DJI Mini 2"),
    ("Hasselblad", "L2D-20c", "DJI Mavic 3"),
    ("Arashi Vision", "Insta360 X3", "Insta360 X3"),
    ("OM Digital Solutions", "OM-1MarkII", "OM System OM-1 Mark II"),
    ("Panasonic", "DMC-G85", "Panasonic DMC-G80"),
    ("samsung", "GT-I9505", "Samsung Galaxy S4"),
    ("Sony", "XQ-BC62", "Sony Xperia 1 III"),  # any region's digits after the phone's letters
    ("HUAWEI", "ALN-AL00", "Huawei Mate 60 Pro"),
    ("OnePlus", "ONEPLUS A6003", "OnePlus 6"),
    ("Xiaomi", "24031PN0DC", "Xiaomi 14 Ultra"),
    ("Hasselblad", "Hasselblad X1DM2-50c", "Hasselblad X1D II 50C"),
    ("Hasselblad", "CFV 100C/907X", "Hasselblad 907X 100C"),
    ("KONICA MINOLTA", "MAXXUM 7D", "Konica Minolta Dynax 7D"),
    ("KONICA MINOLTA", "ALPHA 7D", "Konica Minolta Dynax 7D"),
])
def test_exif_names_of_facts_bodies_resolve(make: str, model: str, canonical: str) -> None:
    assert cameras.camera_from_exif(make, model) == canonical


def test_every_facts_name_gives_its_own_body_and_no_other() -> None:
    """No name of the facts file resolves to another body than its line's, whether lensfun or
    another line also holds it: one alias, one body."""
    facts = load_facts()
    names = {body.name for body in known_bodies()}
    for fact in facts.bodies:
        canonical = cameras.camera_from_caption(f"{fact.maker} {fact.model}")
        assert canonical in names, fact
        for name in fact.names:
            assert cameras.camera_from_caption(f"{fact.maker} {name}") == canonical, (fact, name)
            assert cameras.camera_from_exif(fact.maker, name) == canonical, (fact, name)


def test_an_old_samsung_number_names_only_its_own_phone() -> None:
    """GT-I9300 and GT-I9305 are the Galaxy S III; GT-I9301 is the later S3 Neo, which the
    facts file does not name: it is left uncompared rather than called an S III."""
    assert cameras.camera_from_exif("samsung", "GT-I9305") == "Samsung Galaxy S III"
    assert cameras.exif_camera_key("samsung", "GT-I9301") is None


def test_facts_file_names_a_source_for_every_group() -> None:
    from catalog.camera_facts import FactsError, parse_facts

    with pytest.raises(FactsError, match="source"):
        parse_facts({"group": [{"maker": "Canon", "bodies": ["EOS R1"]}]})
    with pytest.raises(FactsError, match="stem"):
        parse_facts({"code": [{"maker": "X", "pattern": "A1", "source": "s"}]})
    parsed = parse_facts({"group": [{"maker": "Canon", "source": "s",
                                     "bodies": ["EOS R1 =  R1 = R1"]}]})
    assert parsed.bodies[0].model == "EOS R1" and parsed.bodies[0].names == ("R1",)


# --- comparison keys -----------------------------------------------------------------------------

@pytest.mark.parametrize(("caption", "make", "model"), [
    ("Sony Alpha a7 III", "SONY", "ILCE-7M3"),
    ("α7 III", "SONY", "ILCE-7M3"),
    ("Canon EOS Rebel T7i", "Canon", "Canon EOS 800D"),
    ("iPhone 14 Pro", "Apple", "iPhone 14 Pro"),  # neither database has it: tidy forms agree
    ("Apple iPhone 15 Pro Max", "Apple", "iPhone 15 Pro Max"),
    ("Google Pixel 9 Pro", "Google", "Pixel 9 Pro"),
    ("Panasonic Lumix S9", "Panasonic", "DC-S9"),
    ("Nikon Z6III", "NIKON CORPORATION", "NIKON Z6_3"),
    ("Galaxy S23 Ultra", "samsung", "SM-S918U1"),
])
def test_one_body_written_two_ways_has_one_key(caption: str, make: str, model: str) -> None:
    assert cameras.caption_camera_key(caption) is not None
    assert cameras.same_camera(caption, make, model) is True


@pytest.mark.parametrize(("caption", "make", "model"), [
    ("Sony a7 III", "SONY", "ILCE-7RM3"),
    ("Sony a7 III", "SONY", "ILCE-7M2"),
    ("Canon 5D Mark III", "Canon", "Canon EOS 5D Mark IV"),
    ("Nikon D850", "NIKON CORPORATION", "NIKON D800"),
    ("Nikon Z 6", "NIKON CORPORATION", "NIKON Z 6_2"),
    ("Nikon Z6II", "NIKON CORPORATION", "NIKON Z6_3"),
    ("Canon R5", "Canon", "Canon EOS R5 C"),
    ("Canon R6", "Canon", "Canon EOS R6m2"),
    ("iPhone 14 Pro", "Apple", "iPhone 14 Pro Max"),
    ("Samsung Galaxy S8", "samsung", "SM-G955F"),
    ("Galaxy S8+", "samsung", "SM-G950F"),
    ("Canon EOS R5 C", "Canon", "Canon EOS R5"),
])
def test_different_bodies_never_share_a_key(caption: str, make: str, model: str) -> None:
    assert cameras.same_camera(caption, make, model) is False


def test_a_name_two_bodies_share_has_no_key() -> None:
    assert cameras.caption_camera_key("M10") is None  # Leica M10 or Canon EOS M10
    assert cameras.caption_camera_key("G9") is None
    assert cameras.caption_camera_key("Leica M10") != cameras.caption_camera_key("Canon EOS M10")
    assert cameras.caption_camera_key("") is None and cameras.exif_camera_key("Canon", "") is None


@pytest.mark.parametrize(("caption", "canonical"), [
    ("Nikon Z9 mirrorless", "Nikon Z 9"),
    ("Canon 90D DSLR", "Canon EOS 90D"),
    ("Sony FX6 cinema camera", "Sony FX6"),
    ("DJI Mini 3 Pro drone", "DJI Mini 3 Pro"),
    ("Canon EOS 300D DIGITAL", "Canon EOS 300D"),  # "digital" is part of this name
    ("Leica M11 rangefinder", "Leica M11"),
    ("Ricoh GR IIIx street camera", "Ricoh GR IIIx"),
    ("Sigma fp full-frame", "Sigma fp"),
    ("Fujifilm GFX100S medium format camera", "Fujifilm GFX100S"),
    ("Insta360 X4 360 camera", "Insta360 X4"),
    ("Samsung Galaxy A53 5G", "Samsung Galaxy A53"),
    ("Samsung Galaxy S10 5G", "Samsung Galaxy S10 5G"),  # here "5G" names another phone
])
def test_words_after_a_name_that_are_no_part_of_it(caption: str, canonical: str) -> None:
    assert cameras.camera_from_caption(caption) == canonical


@pytest.mark.parametrize(("caption", "canonical"), [
    ("a DJI Mini 4 Pro", "DJI Mini 4 Pro"),
    ("the Leica M11-P", "Leica M11-P"),
    ("Sony's FX3", "Sony FX3"),
    ("Google\u2019s Pixel 8 Pro", "Google Pixel 8 Pro"),
])
def test_an_article_or_a_makers_possessive_before_the_name(caption: str, canonical: str
                                                          ) -> None:
    assert cameras.camera_from_caption(caption) == canonical


def test_an_unknown_phone_after_a_makers_possessive_compares_by_its_name() -> None:
    assert cameras.same_camera("Apple's iPhone 16 Plus", "Apple", "iPhone 16 Plus") is True
    assert cameras.same_camera("Apple's iPhone 16", "Apple", "iPhone 16 Plus") is False


@pytest.mark.parametrize(("caption", "canonical"), [
    ("Samsung S24 Ultra", "Samsung Galaxy S24 Ultra"),
    ("Samsung Z Flip6", "Samsung Galaxy Z Flip 6"),
    ("Sony Cinema Line FX30", "Sony FX30"),
    ("Olympus Evolt E-500", "Olympus E-500"),
    ("Kodak Pro 14n", "Kodak DCS Pro 14N"),
])
def test_a_series_name_a_caption_leaves_out_or_adds(caption: str, canonical: str) -> None:
    assert cameras.camera_from_caption(caption) == canonical


def test_a_series_name_still_tells_two_makers_bodies_apart() -> None:
    """'Galaxy' may be left out to find a Samsung, but a Galaxy S9 is no Lumix S9."""
    assert cameras.same_camera("Samsung Galaxy S9", "Panasonic", "DC-S9") is False
    assert cameras.same_camera("Panasonic Lumix S9", "samsung", "SM-G960F") is False
    assert cameras.same_camera("Samsung S9", "samsung", "SM-G960F") is True


def test_an_exif_model_ending_in_digital_camera() -> None:
    assert cameras.same_camera("Leica M9", "Leica Camera AG", "M9 Digital Camera") is True
    assert cameras.same_camera("Leica M8", "Leica Camera AG", "M8 Digital Camera") is True
    assert cameras.same_camera("Kodak P880", "EASTMAN KODAK COMPANY",
                               "KODAK P880 ZOOM DIGITAL CAMERA") is True
    assert cameras.same_camera("Leica M9", "Leica Camera AG", "M8 Digital Camera") is False


def test_a_leica_type_number_in_brackets_tells_bodies_apart() -> None:
    """'M (Typ 262)' is not the 'M' of the M (Typ 240), though 'Leica M' alone may be."""
    assert cameras.camera_from_caption("Leica M (Typ 262)") != "Leica M (Typ 240)"
    assert cameras.same_camera("Leica M (Typ 262)", "Leica Camera AG", "LEICA M (Typ 262)")
    assert cameras.same_camera("Leica M262", "Leica Camera AG", "LEICA M (Typ 262)")
    assert cameras.same_camera("Leica M (Typ 262)", "Leica Camera AG",
                               "LEICA M (Typ 240)") is False


def test_a_danish_company_form_is_no_part_of_the_maker() -> None:
    assert cameras.maker_key("Phase One A/S") == "phase one"
    assert cameras.same_camera("Phase One IQ180", "Phase One A/S", "IQ180") is True
    assert cameras.same_camera("Phase One IQ180", "Phase One A/S", "IQ140") is False


def test_a_bare_number_is_compared_with_its_maker() -> None:
    """Phones named by a number ('OnePlus 6', 'Xiaomi 14') are their maker's: another maker's
    phone of that number is another body, and a number alone names none."""
    assert cameras.same_camera("OnePlus 6", "OnePlus", "ONEPLUS A6003") is True
    assert cameras.same_camera("Xiaomi 14", "Xiaomi", "23127PN0CG") is True
    assert cameras.same_camera("Nokia 6", "OnePlus", "ONEPLUS A6003") is False
    assert cameras.same_camera("Nokia 6", "HMD Global", "Nokia 6") is True
    assert cameras.caption_camera_key("6") is None


def test_a_model_code_no_database_names_is_not_compared() -> None:
    """A drone or phone code the facts file lacks has no tidy form to compare with a caption's
    marketing name: no key, so no false alarm (the caption is still flagged unknown)."""
    assert cameras.exif_camera_key("DJI", "FC9999") is None
    assert cameras.exif_camera_key("samsung", "SM-X999B") is None
    assert cameras.exif_camera_key("Xiaomi", "2299999G") is None
    assert cameras.same_camera("DJI Air 9", "DJI", "FC9999") is None
    assert cameras.exif_camera_key("DJI", "FC3411") == cameras.caption_camera_key("DJI Air 2S")


def test_sony_gps_models_are_their_body() -> None:
    assert cameras.same_camera("Sony a99", "SONY", "SLT-A99V") is True
    assert cameras.same_camera("Sony Alpha 77", "SONY", "SLT-A77V") is True
    assert cameras.same_camera("Sony a99 II", "SONY", "SLT-A99V") is False


def test_benchmark_tables_meet_the_targets() -> None:
    """The body tables of benchmarks/ (real EXIF strings and caption spellings), scored as the
    audit compares them."""
    from benchmarks.camera_names import TABLE, read_table, score

    for table in (TABLE, TABLE.with_name("camera_bodies_heldout.txt"),
                  TABLE.with_name("camera_bodies_fresh.txt"),
                  TABLE.with_name("camera_bodies_fresh2.txt")):
        result = score(*read_table(table))
        assert result["false mismatch %"] <= 0.3, (table.name, result)
        assert result["apart %"] >= 99.5, (table.name, result)
        assert result["missed %"] <= 0.5, (table.name, result)
        assert result["alike %"] >= 97.5, (table.name, result)
    bodies, apart = read_table(TABLE)
    assert len(bodies) >= 300 and len({body.maker for body in bodies}) >= 15
    assert len(apart) >= 150


# --- session 8: classes the fourth fresh table showed ---------------------------------------------

@pytest.mark.parametrize(("caption", "make", "model"), [
    ("Sony Alpha NEX-5R", "SONY", "NEX-5R"),  # α before a letter-led code is no part of it
    ("Sony α SLT-A58", "SONY", "SLT-A58"),
    ("Sony Alpha DSLR-A900", "SONY", "DSLR-A900"),
    ("Sony QX1", "SONY", "ILCE-QX1"),  # the lens-style body writes ILCE-
    ("Canon PowerShot SX40", "Canon", "Canon PowerShot SX40 HS"),  # feature suffix left out
    ("Canon 1D4", "Canon", "Canon EOS-1D Mark IV"),  # Canon's generation shorthand
    ("Canon 1Ds3", "Canon", "Canon EOS-1Ds Mark III"),
    ("Olympus Tough TG-5", "OLYMPUS CORPORATION", "TG-5"),  # series words
    ("Olympus Camedia C-8080 Wide Zoom", "OLYMPUS CORPORATION", "C8080WZ"),
    ("Olympus PEN Lite E-PL5", "OLYMPUS IMAGING CORP.", "E-PL5"),
    ("Canon EOS Ra astrophotography camera", "Canon", "Canon EOS Ra"),  # kind words after
    ("Nikon Coolpix 4500", "NIKON", "E4500"),  # early Coolpix write E and the number
    ("Samsung Galaxy S5", "SAMSUNG", "SAMSUNG-SM-G900A"),  # a US carrier's model string
    ("Canon IXUS 75", "Canon", "Canon PowerShot SD750"),  # regional names of one compact
    ("Canon IXY Digital 90", "Canon", "Canon DIGITAL IXUS 75"),
    ("Lumix TZ30", "Panasonic", "DMC-ZS20"),
    ("Panasonic Lumix G70", "Panasonic", "DMC-G7"),
    ("Google Nexus 5", "LGE", "Nexus 5"),  # a Nexus writes the maker that built it
    ("Sony Xperia XZ", "Sony", "F8332"),  # an Xperia's number before the XQ- series
    ("Honor Magic5 Pro", "HONOR", "PGT-N19"),  # a whole code where a prefix names two phones
    ("Samsung Galaxy A14", "samsung", "SM-A146B"),  # the '5G' model: captions leave it out
    ("Redmi Note 12 Pro", "Xiaomi", "22101316G"),
    ("OnePlus 10 Pro", "OnePlus", "NE2215"),
])
def test_one_body_in_the_forms_of_the_fourth_table(caption: str, make: str, model: str) -> None:
    assert cameras.same_camera(caption, make, model) is True


@pytest.mark.parametrize(("caption", "make", "model"), [
    ("Sony Alpha NEX-5R", "SONY", "NEX-5T"),
    ("Sony QX1", "SONY", "DSC-QX100"),
    ("Canon PowerShot SX40", "Canon", "Canon PowerShot SX50 HS"),
    ("Canon 1D4", "Canon", "Canon EOS-1D Mark III"),
    ("Canon 1Ds3", "Canon", "Canon EOS-1D Mark III"),
    ("Nikon Coolpix 4500", "NIKON", "E5400"),
    ("Canon IXUS 75", "Canon", "Canon PowerShot SD1000"),  # IXUS 70
    ("Lumix TZ30", "Panasonic", "DMC-ZS30"),  # the TZ40
    ("Sony Xperia XZ", "Sony", "G8341"),  # the XZ1
    ("Honor Magic5", "HONOR", "PGT-N19"),
    ("Xiaomi 13T", "Xiaomi", "23078PND5G"),  # the 13T Pro
])
def test_look_alike_bodies_of_the_fourth_table_stay_apart(caption: str, make: str, model: str
                                                          ) -> None:
    assert cameras.same_camera(caption, make, model) is False


def test_a_phone_number_the_facts_file_lacks_is_not_compared() -> None:
    """A maker's number of the shapes its phones write, unnamed: no key, so no false alarm."""
    assert cameras.exif_camera_key("motorola", "XT1710-08") is None
    assert cameras.exif_camera_key("Sony", "D5503") is None
    assert cameras.exif_camera_key("HMD Global", "TA-1012") is None
    assert cameras.exif_camera_key("HONOR", "PGT-N29") is None  # PGT names two phones


def test_a_name_too_short_to_tell_bodies_apart_has_no_key() -> None:
    assert cameras.caption_camera_key("Leica C") is None
    assert cameras.caption_camera_key("Leica C (Typ 112)") is not None
