"""Attacks on the catalog, as a hostile archive, a hostile caption writer or an unlucky newsroom
makes them (issue 15). Each test reproduces one cause first, on the real engines and files.
docs/hardening.md maps each of the issue's 28 causes to its tests."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog import paths
from catalog.render import cell, write_rows
from scripts.jpeg_writer import Tags, jpeg_bytes, picture
from tests.conftest import (
    REPO,
    SEED,
    CatalogRunner,
    catalogued_paths,
    invoke,
    pg_database,
    with_password,
)
from tests.mounts import read_only_bind, run_with_mounts

LATIN1_IMAGE = os.fsdecode(b"photo-\xe9t\xe9.jpg")
LATIN1_ARTICLE = os.fsdecode(b"r\xe9sum\xe9.txt")


def jpeg(**exif: str) -> bytes:
    return jpeg_bytes(picture((32, 24), 3, "x"), Tags(exif={"make": "Canon",
                                                            "model": "Canon EOS R5", **exif}))


def article(headline: str, caption: str) -> str:
    return f"Title: {headline}\n\nSome body text.\n\n{caption} (Photo: Jane Doe/AP)\n"


# --- 1. file names that are not UTF-8 ---------------------------------------------------------


def test_stored_names_are_printable_and_reversible() -> None:
    for name in [LATIN1_IMAGE, "plain.jpg", "back\\slash.jpg", os.fsdecode(b"a\\b\xff.jpg"),
                 "été.jpg"]:
        stored = paths.stored_name(name)
        assert stored.encode("utf-8")  # storable and printable
        assert paths.fs_name(stored) == name
    assert paths.stored_name(LATIN1_IMAGE) == "photo-\\xe9t\\xe9.jpg"
    assert paths.stored_name("été.jpg") == "été.jpg"  # valid UTF-8 is stored as it is


def test_a_latin1_file_name_costs_nothing_else_of_the_run(catalog: CatalogRunner,
                                                          desk: Path) -> None:
    (desk / "media" / LATIN1_IMAGE).write_bytes(jpeg(artist="Old Archive"))
    (desk / "seeds" / LATIN1_ARTICLE).write_text(article("Old", "A latin-1 named story."))
    folder = desk / "media" / os.fsdecode(b"archiv\xe9")  # a folder so named, a good file in it
    folder.mkdir()
    (folder / "1.jpg").write_bytes(jpeg(artist="In A Latin-1 Folder"))
    first = catalog("ingest")
    assert first.exit_code == 0, first.stderr
    assert "Traceback" not in first.stderr
    # every file of the run is stored: the seed and its 3 images, and the three named so
    assert "2 articles (2 new, 0 changed, 0 unchanged)" in first.stdout, first.stdout
    assert "5 images (5 read)" in first.stdout and "0 files skipped with errors" in first.stdout
    assert catalogued_paths(catalog) == {
        "seeds/r\\xe9sum\\xe9.txt", "seeds/blinken-humanitarian-pauses-gaza.txt",
        "media/photo-\\xe9t\\xe9.jpg", "media/archiv\\xe9/1.jpg",
        "media/blinken-humanitarian-pauses-gaza-2.jpg",
        "media/blinken-humanitarian-pauses-gaza/01.jpg", "media/archive/DSC09876.jpg"}
    images = catalog("search", "--format", "json").json()
    stored = {row["article"] for row in images}
    assert "seeds/r\\xe9sum\\xe9.txt" in stored
    assert "seeds/blinken-humanitarian-pauses-gaza.txt" in stored
    # the file is found again under its stored name: unchanged, and kept by --prune
    again = catalog("ingest", "--prune")
    assert again.exit_code == 0, again.stderr
    assert "0 new, 0 changed" in again.stdout
    assert "pruned" not in again.stdout or " 0 " in again.stdout
    assert {row["article"] for row in catalog("search", "--format", "json").json()} == stored
    shown = catalog("show", "seeds/r\\xe9sum\\xe9.txt")
    assert shown.exit_code == 0, shown.stderr
    assert "seeds/r\\xe9sum\\xe9.txt" in shown.stdout


# --- 2 and 3. stored text is data, never markup or terminal control ---------------------------

HOSTILE = [
    "[/caption] closing shortcode",
    "[/i] Name",
    "[link=https://evil.example]click here[/link]",
    "title \x1b]0;owned\x07 set",
    "clear \x1b[2J screen",
    "osc8 \x1b]8;;https://evil.example\x1b\\text\x1b]8;;\x1b\\",
    "bidi \u202egpj.exe",
    "c1 \x9b31m control",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_the_sanitiser_shows_controls_visibly(value: str) -> None:
    shown = paths.printable(value)
    assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e")
    assert shown.isprintable()


def test_bidi_controls_and_stray_bytes_are_escaped() -> None:
    assert paths.printable("a\u202eb") == "a\\u202eb"
    assert paths.printable(LATIN1_IMAGE) == "photo-\\xe9t\\xe9.jpg"
    assert paths.printable("tab\tand\nnewline", keep_newlines=True) == "tab\tand\nnewline"
    assert paths.printable("line\u2028break") == "line\\u2028break"


@pytest.mark.parametrize("value", HOSTILE)
def test_a_table_prints_markup_literally(value: str, tmp_path: Path) -> None:
    out = tmp_path / "table.txt"
    with out.open("w", encoding="utf-8") as stream:
        write_rows([{"caption": value}], ["caption"], "table", stream)
    text = out.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    if value.startswith("["):
        assert value.split("]")[0] in text  # the brackets are shown, not interpreted
    assert cell(value).plain == paths.printable(value)


MARKUP_PARSERS = ("from_markup", "render_markup", "rich.print", "from rich import print",
                  "print_json", "markup=True", "rich.markup")


def test_no_command_prints_through_rich_markup_parsing() -> None:
    """The grep proof, kept: one Console in the project (render.console: markup, highlighting
    and emoji codes off), no Progress made without it, every `.print(` is on a console made by
    it or says markup=False, and nothing in the project calls a Rich markup parser."""
    import ast

    sources = sorted((REPO / "catalog").rglob("*.py"))
    found: list[str] = []
    for source in sources:
        text = source.read_text(encoding="utf-8")
        name = source.relative_to(REPO).as_posix()
        found += [f"{name}: {parser}" for parser in MARKUP_PARSERS if parser in text]
        tree = ast.parse(text)
        consoles = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", None) == "console"
                    for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            markup_off = isinstance(keywords.get("markup"), ast.Constant) and \
                keywords["markup"].value is False  # type: ignore[union-attr]
            called = node.func
            if isinstance(called, ast.Name) and called.id == "Console" and \
                    (name != "catalog/render.py" or not markup_off):
                found.append(f"{name}:{node.lineno}: a Console of its own")
            if isinstance(called, ast.Name) and called.id in ("Progress", "Live", "Status") \
                    and "console" not in keywords:  # would make a Console of its own
                found.append(f"{name}:{node.lineno}: {called.id} without console=")
            if isinstance(called, ast.Attribute) and called.attr in ("print", "log"):
                on_console = isinstance(called.value, ast.Name) and called.value.id in consoles
                if not (on_console or markup_off):
                    found.append(f"{name}:{node.lineno}: {ast.unparse(called)} may parse markup")
    assert found == []


@pytest.fixture
def hostile_desk(desk: Path) -> Path:
    captions = "\n\n".join(f"Caption {n}: {value} (Photo: Jane Doe/AP)"
                           for n, value in enumerate(HOSTILE, 1))
    (desk / "seeds" / "hostile.txt").write_text(f"Title: [b]bold[/b] \x1b[31mred\n\n{captions}\n")
    (desk / "media" / "hostile-1.jpg").write_bytes(
        jpeg(artist="[/i] Name \x1b]0;x\x07", model="EOS [/b]"))
    return desk


READ_COMMANDS = [["search"], ["search", "link"], ["credits"], ["cameras"], ["audit"],
                 ["show", "seeds/hostile.txt"], ["inspect", "media/hostile-1.jpg"]]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_no_read_command_interprets_stored_text(catalog: CatalogRunner, hostile_desk: Path,
                                                command: list[str]) -> None:
    assert catalog("ingest").exit_code == 0
    result = catalog(*command)
    assert result.exit_code == 0, result.stderr
    for output in (result.stdout, result.stderr):
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output
        assert "Traceback" not in output
    if command[0] in ("search", "show"):
        unfolded = "".join(ch for ch in result.stdout if ch not in " │\n")
        assert "[link=https://evil.example]" in unfolded  # shown, not a hidden link


def test_ingest_notes_escape_file_names(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "seeds" / "evil\x1b[2J.exe").write_text("x")
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stderr
    assert "evil\\x1b[2J.exe: skipped" in result.stderr


def test_ingest_notes_at_a_terminal_escape_file_names(desk: Path) -> None:
    """At a terminal the notes are printed above the progress bar, by another path than when
    piped: stderr here is a pseudo-terminal, as a desk's shell gives it."""
    import pty

    (desk / "seeds" / "evil\x1b[2J\x1b]0;owned\x07.exe").write_text("x")
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    env.pop("CATALOG_DB", None)
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env,
                               stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    process.communicate(timeout=60)
    assert process.returncode == 0
    shown = seen.decode("utf-8", "replace")
    assert "\x1b[2J" not in shown and "\x1b]0;owned" not in shown and "\x07" not in shown
    assert "evil\\x1b[2J\\x1b]0;owned\\x07.exe: skipped" in shown


def test_json_keeps_escaping(catalog: CatalogRunner, hostile_desk: Path) -> None:
    assert catalog("ingest").exit_code == 0
    rows = catalog("search", "--format", "json").json()
    assert any("\x1b]0;owned\x07" in (row["caption"] or "") for row in rows)


# --- 6. connection strings never show their password ------------------------------------------


def test_redact_hides_passwords() -> None:
    assert paths.redact("postgresql+psycopg://bob:s3cret@db/x failed") == \
        "postgresql+psycopg://bob:***@db/x failed"
    assert paths.redact("host=db password=s3cret user=bob") == "host=db password=*** user=bob"
    assert paths.redact("postgresql://bob@db/x") == "postgresql://bob@db/x"


def test_a_connection_error_shows_no_password(desk: Path) -> None:
    result = invoke("search", db="postgresql+psycopg://bob:s3cret@127.0.0.1:1/x")
    assert result.exit_code == 2
    assert "s3cret" not in result.stderr + result.stdout
    assert "bob:***@127.0.0.1:1/x" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_password_from_the_environment_is_hidden(desk: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CATALOG_DB", "postgresql+psycopg://bob:s3cret@127.0.0.1:1/x")
    from typer.testing import CliRunner

    from catalog.cli import app

    result = CliRunner().invoke(app, ["credits"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "s3cret" not in result.stderr and "***" in result.stderr


def test_copy_to_a_url_shows_no_password(desk: Path) -> None:
    assert invoke("ingest", db="catalog.db").exit_code == 0
    with pg_database() as url:
        target = with_password(url)
        result = invoke("copy", "--to", target, db="catalog.db")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith("copied ")
        assert "s3cret" not in result.stdout + result.stderr
        assert ":***@" in result.stdout


# --- 7. PostgreSQL time limits ---------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP server that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_a_server_that_never_answers_gives_up_after_the_connect_timeout(
        desk: Path, silent_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CATALOG_PG_CONNECT_TIMEOUT", "2")
    result = invoke("search", db=f"postgresql+psycopg://bob:pw@127.0.0.1:{silent_server}/x")
    assert result.exit_code == 2
    # said only when libpq's connect timeout expired: the run gave up instead of waiting on
    assert "no answer from the server within CATALOG_PG_CONNECT_TIMEOUT (2 s)" in result.stderr
    assert "pw@" not in result.stderr


def test_a_statement_longer_than_the_limit_is_stopped_with_one_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from catalog.store import describe_database_error, open_catalog, read

    monkeypatch.setenv("CATALOG_PG_STATEMENT_TIMEOUT", "1")
    with pg_database() as url:
        catalog = open_catalog(url, create=True)
        try:
            with pytest.raises(DBAPIError) as caught, read(catalog) as conn:
                conn.execute(text("SELECT pg_sleep(3)"))
        finally:
            catalog.engine.dispose()
    line = describe_database_error(url, caught.value)
    assert "CATALOG_PG_STATEMENT_TIMEOUT (1 s)" in line
    assert "\n" not in line


def test_a_bad_timeout_setting_is_one_line(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CATALOG_PG_STATEMENT_TIMEOUT", "soon")
    result = invoke("search", db="postgresql+psycopg://bob@127.0.0.1:1/x")
    assert result.exit_code == 2
    assert "CATALOG_PG_STATEMENT_TIMEOUT='soon': not a whole number" in result.stderr


# --- 8. NUL in text bound for the catalog ----------------------------------------------------


def test_a_nul_from_front_matter_is_removed_alike_on_both_engines(catalog: CatalogRunner,
                                                                   desk: Path) -> None:
    (desk / "seeds" / "nul.md").write_text(
        '---\ntitle: "a\\0b"\n---\n\nBody.\n\n![A NUL headline story.](nul.jpg)\n')
    (desk / "seeds" / "good.txt").write_text(article("Good", "A good caption here."))
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    assert "seeds/nul.md: NUL characters removed" in result.stderr
    rows = catalog("search", "--format", "json").json()
    assert {"seeds/nul.md", "seeds/good.txt"} <= {row["article"] for row in rows}
    assert any(row["headline"] == "ab" for row in rows)


def test_storable_removes_nul_and_lone_surrogates() -> None:
    assert paths.storable("a\x00b") == "ab"
    assert paths.storable("x\udce9y") == "x\\xe9y"
    assert paths.storable("x\ud800y") == "x\\ud800y"
    assert paths.storable("plain") == "plain"


# --- 9. read-only catalogs -------------------------------------------------------------------


def run_on_read_only_media(protected: Path, args: list[str], cwd: Path
                           ) -> subprocess.CompletedProcess[str]:
    """`catalog ARGS` with `protected` (a file or a folder) on read-only media: a read-only
    bind mount for root (who writes read-only files), permissions for anyone else."""
    if os.geteuid() == 0:
        return run_with_mounts(read_only_bind(protected), args, cwd)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CATALOG_DB", None)
    modes = [(p, p.stat().st_mode) for p in [protected, *protected.glob("*")]]
    for path, mode in modes:
        os.chmod(path, mode & ~0o222)
    try:
        return subprocess.run([sys.executable, "-m", "catalog", *args], cwd=cwd, env=env,
                              capture_output=True, text=True)
    finally:
        for path, mode in reversed(modes):
            os.chmod(path, mode)


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_read_only_catalog_opens_read_only(desk: Path, read_only: str) -> None:
    shelf = desk / "shelf"
    shelf.mkdir()
    target = shelf / "catalog.db"
    assert invoke("ingest", db=str(target)).exit_code == 0
    before = target.read_bytes()
    expected = invoke("search", "--format", "json", db=str(target)).json()
    assert expected
    protected = target if read_only == "file" else shelf
    mode = "mode=ro" if read_only == "file" else "immutable=1"
    result = run_on_read_only_media(protected, ["--db", str(target), "search", "--format",
                                                "json"], desk)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
    assert result.stderr == f"catalog: {target}: read-only; opened read-only ({mode})\n"
    (desk / "seeds" / "new.txt").write_text(article("New", "A new caption for the shelf."))
    refused = run_on_read_only_media(protected, ["--db", str(target), "ingest"], desk)
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert refused.stderr == f"catalog: {target}: the catalog is read-only (nothing was changed)\n"
    assert target.read_bytes() == before


# --- 12. a reader that stops early -----------------------------------------------------------


def test_export_into_head_exits_quietly(desk: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    for _ in range(3):
        (desk / "seeds" / f"copy-{_}.txt").write_text(
            "\n\n".join(article(f"H{n}", f"Caption number {n} here.") for n in range(2000)))
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    shell = f"{sys.executable} -m catalog export --format csv | head -1"
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {shell}"], cwd=desk, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("article,")


# --- 4 and 5. confinement of every open of a stored or discovered path ------------------------


def test_an_article_symlinked_out_of_the_folder_is_refused(catalog: CatalogRunner,
                                                           desk: Path) -> None:
    secret = desk / "outside-secret.txt"
    secret.write_text(article("Secret", "The secret caption text."))
    (desk / "seeds" / "leak.txt").symlink_to(secret)
    result = catalog("ingest", "seeds")
    assert result.exit_code == 0, result.stderr
    assert "seeds/leak.txt: refused: leads outside the folders" in result.stderr
    assert all("secret" not in (row["caption"] or "")
               for row in catalog("search", "--format", "json").json())


@pytest.mark.parametrize("special", ["fifo", "device"])
def test_an_article_that_is_not_a_regular_file_is_refused_at_once(
        catalog: CatalogRunner, desk: Path, special: str) -> None:
    if special == "fifo":
        os.mkfifo(desk / "seeds" / "stall.txt")
    else:
        (desk / "seeds" / "stall.txt").symlink_to("/dev/zero")
        (desk / "seeds" / "inside").mkdir()
    result = catalog("ingest", "seeds")
    assert result.exit_code == 0, result.stderr
    # refused when opened, not read until the worker's time limit ("timed out after ...")
    assert "seeds/stall.txt: refused" in result.stderr
    assert "timed out" not in result.stderr
    assert len(catalog("search", "--format", "json").json()) > 0


def test_an_article_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    from catalog import files
    from catalog.errors import RefusedPath

    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(3 * files.MB)
    with pytest.raises(RefusedPath, match="larger than 2 MB"):
        files.read_confined(big, [tmp_path], limit=2 * files.MB)
    assert len(files.read_confined(big, [tmp_path], limit=4 * files.MB)) == 3 * files.MB


def test_the_sheet_refuses_an_image_swapped_for_an_outside_symlink(catalog: CatalogRunner,
                                                                   desk: Path) -> None:
    (desk / "seeds" / "story.txt").write_text(article("Story", "A photo of the harbour."))
    picture_path = desk / "media" / "story-1.jpg"
    picture_path.write_bytes(jpeg())
    assert catalog("ingest", "seeds").exit_code == 0
    outside = desk.parent / f"{desk.name}-outside.jpg"
    outside.write_bytes(jpeg(artist="outside"))
    picture_path.unlink()
    picture_path.symlink_to(outside)
    result = catalog("sheet", "story", "--output", "sheet.html")
    assert result.exit_code == 0, result.stderr
    page = (desk / "sheet.html").read_text()
    assert "cannot show" in page and "data:image/jpeg" not in page
    for special in ("/dev/zero", "/etc/shadow", "fifo"):
        picture_path.unlink()
        if special == "fifo":  # opening it to read would wait for a writer for ever
            os.mkfifo(picture_path)
        else:
            picture_path.symlink_to(special)
        assert catalog("sheet", "story", "--output", "sheet.html").exit_code == 0
        page = (desk / "sheet.html").read_text()
        assert "cannot show" in page and "data:image/jpeg" not in page


# The same three attacks on every other command that opens an image file: a symlink to a file
# outside media/, a FIFO named .jpg (opening it for reading would wait for a writer for ever),
# /dev/zero as a .jpg (endless bytes). Each is refused with one line naming the file, at once.

BAD_IMAGES = ["outside", "fifo", "dev-zero", "fifo-behind-symlink"]


def plant_bad_image(desk: Path, kind: str) -> str:
    """Put one hostile .jpg in the desk's media folder; returns its path as given to commands."""
    name = f"media/{kind}.jpg"
    path = desk / name
    if kind == "outside":
        outside = desk.parent / f"{desk.name}-outside-secret.jpg"
        outside.write_bytes(jpeg(artist="Outside Secret"))
        path.symlink_to(outside)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:  # a symlink inside media to a FIFO inside media, named as no image is
        os.mkfifo(desk / "media" / "pipe-target")
        path.symlink_to("pipe-target")
    return name


REFUSALS = {"outside": ("outside",), "fifo": ("not a regular file",),
            "dev-zero": ("outside", "not a regular file"),  # whichever check comes first
            "fifo-behind-symlink": ("not a regular file",)}


def says_refused(kind: str, line: str) -> bool:
    return "refused" in line and any(reason in line for reason in REFUSALS[kind]) and \
        "timed out" not in line


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_inspect_refuses_a_hostile_image_file_at_once(desk: Path, kind: str) -> None:
    name = plant_bad_image(desk, kind)
    good = "media/blinken-humanitarian-pauses-gaza-2.jpg"
    result = invoke("inspect", name, good, "--format", "json")
    assert result.exit_code == 2
    assert [row["path"] for row in result.json()] == [good]  # the good file is still read
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"catalog: {name}: ")
    assert says_refused(kind, lines[0]), lines
    assert "Outside Secret" not in result.stdout
    folder = invoke("inspect", "media", "--format", "json")  # the folder form says it too
    assert folder.exit_code == 2
    assert f"{name}: refused" in folder.stderr and "timed out" not in folder.stderr
    assert any(row["path"].endswith(good) for row in folder.json())


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_link_refuses_a_hostile_image_file(catalog: CatalogRunner, desk: Path,
                                           kind: str) -> None:
    assert catalog("ingest").exit_code == 0
    before = catalog("search", "--format", "json").json()
    name = plant_bad_image(desk, kind)
    result = catalog("link", "seeds/blinken-humanitarian-pauses-gaza.txt", "1", name)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and says_refused(kind, lines[0]), lines
    assert "Traceback" not in result.stderr
    assert catalog("search", "--format", "json").json() == before  # nothing was linked


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_ingest_refuses_a_hostile_image_file_and_stores_the_rest(catalog: CatalogRunner,
                                                                 desk: Path, kind: str) -> None:
    name = plant_bad_image(desk, kind)
    result = catalog("ingest")
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1 and says_refused(kind, lines[0]), result.stderr
    assert "timed out" not in result.stderr
    images = {row["path"] for row in catalog("inspect", "media", "--format", "json").json()}
    rows = catalog("search", "--format", "json").json()
    stored = {row["image"] for row in rows}
    assert name not in stored
    assert "media/blinken-humanitarian-pauses-gaza-2.jpg" in stored
    assert images  # the other images are still there to read


def test_an_image_swapped_after_it_was_found_is_refused_when_read(desk: Path) -> None:
    """What ingest's and inspect's readers do when a file found as a plain image is swapped
    for a symlink out of the media folder, a FIFO or /dev/zero before its read."""
    from catalog.metadata import read_image, read_image_full

    media = desk / "media"
    for kind in BAD_IMAGES:
        path = desk / plant_bad_image(desk, kind)
        for reader in (read_image, read_image_full):
            meta = reader(path, str(path), roots=[media])
            assert meta.error is not None and says_refused(kind, meta.error), (kind, meta.error)
            assert meta.creator is None


def test_a_sheet_of_exactly_n_captions_has_no_empty_page(catalog: CatalogRunner,
                                                         desk: Path) -> None:
    (desk / "seeds" / "four.txt").write_text(
        "Title: Four\n\n" + "\n\n".join(f"Caption {n} of the four here. (Photo: Jane Doe/AP)"
                                        for n in range(1, 5)) + "\n")
    assert catalog("ingest", "seeds/four.txt").exit_code == 0
    result = catalog("sheet", "four", "--output", "s.html", "--page-size", "2")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in desk.glob("s*.html")) == ["s-2.html", "s.html"]
    assert not list(desk.glob(".s.html*"))  # the staging folder is gone


def test_the_sheet_isolates_bidi_text(catalog: CatalogRunner, desk: Path) -> None:
    (desk / "seeds" / "bidi.txt").write_text(article("Bidi", "Look \u202egpj.exe here."))
    assert catalog("ingest", "seeds/bidi.txt").exit_code == 0
    assert catalog("sheet", "bidi", "--output", "b.html").exit_code == 0
    page = (desk / "b.html").read_text()
    assert "<bdi>Look \u202egpj.exe here. (Photo: Jane Doe/AP)</bdi>" in page or \
        "<bdi>Look \u202egpj.exe here.</bdi>" in page


# --- 10 and 11. output files ------------------------------------------------------------------


def test_export_keeps_the_mode_of_the_file_it_replaces(catalog: CatalogRunner,
                                                       desk: Path) -> None:
    assert catalog("ingest").exit_code == 0
    shared = desk / "shared.csv"
    shared.write_text("old")
    os.chmod(shared, 0o664)
    assert catalog("export", "--output", "shared.csv").exit_code == 0
    assert oct(shared.stat().st_mode & 0o777) == oct(0o664)
    assert shared.read_text().startswith("article,")


def _limited(size: int) -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.parametrize("command", [["export", "--output", "out.csv"],
                                     ["sheet", "--output", "out.csv"]], ids=["export", "sheet"])
def test_a_full_disk_is_one_line_and_leaves_the_old_file(desk: Path, command: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(desk / "cache")}
    (desk / "seeds" / "many.txt").write_text("\n\n".join(
        article(f"H{n}", f"Caption number {n} of a long story here.") for n in range(600)))
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    (desk / "out.csv").write_text("the old sheet")
    # 64 KB per file: room for SQLite's shared-memory index, not for the whole output
    result = subprocess.run([sys.executable, "-m", "catalog", *command], cwd=desk, env=env,
                            capture_output=True, text=True,
                            preexec_fn=lambda: _limited(64 * 1024))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("catalog: out.csv: cannot write: File too large")
    assert len(result.stderr.strip().splitlines()) == 1
    assert (desk / "out.csv").read_text() == "the old sheet"
    assert sorted(p.name for p in desk.iterdir() if p.name.startswith(".")) == []


def test_sigterm_during_export_leaves_no_temporary_file(desk: Path) -> None:
    import signal
    import time

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    fifo = desk / "slow"
    os.mkfifo(fifo)
    # the export writes into a temporary file; it is stopped while a query is being read
    process = subprocess.Popen([sys.executable, "-c",
                                "import sys, time; sys.argv=['catalog','export','-o','x.csv'];"
                                "import catalog.search as s; real=s.export;"
                                "s.export=lambda *a: (open('slow','w').close(), time.sleep(30))"
                                ";from catalog.cli import main; main()"],
                               cwd=desk, env=env, stderr=subprocess.PIPE, text=True)
    open(fifo).close()  # the export has started writing
    time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 143
    assert "stopped by SIGTERM" in err
    assert [p.name for p in desk.iterdir() if p.name.startswith(".")] == []


def picture_desk(desk: Path, stories: int) -> dict[str, str]:
    """`stories` articles, each with one caption linked by convention to its own 640×427 JPEG
    (a thumbnail each to make); ingested. Returns the environment to run `catalog` in."""
    big = jpeg_bytes(picture((640, 427), 5, "sheet"), Tags(exif={"make": "SONY",
                                                                "model": "ILCE-7M3"}))
    for n in range(stories):
        (desk / "seeds" / f"story-{n}.txt").write_text(article(f"Story {n}",
                                                              f"A harbour at dawn, number {n}."))
        (desk / "media" / f"story-{n}").mkdir()
        (desk / "media" / f"story-{n}" / "1.jpg").write_bytes(big)
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(desk / "cache")}
    env.pop("CATALOG_DB", None)
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    return env


def test_an_interrupted_multi_page_sheet_leaves_the_previous_one_whole(desk: Path) -> None:
    import shutil
    import signal
    import time

    env = picture_desk(desk, 120)
    command = [sys.executable, "-m", "catalog", "sheet", "--output", "s.html", "--page-size"]
    subprocess.run([*command, "20"], cwd=desk, env=env, check=True, capture_output=True)
    previous = {p.name: p.read_bytes() for p in desk.glob("s*.html")}
    assert len(previous) >= 7  # the seed's captions and the 120 stories, 20 a page
    shutil.rmtree(desk / "cache")  # every thumbnail to make again: the run takes a while
    process = subprocess.Popen([*command, "5"], cwd=desk, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline and \
            not any(staging.is_dir() and any(staging.iterdir())
                    for staging in desk.glob(".s.html.*.tmp")):
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the sheet was finished before the signal came")
    assert process.returncode == 143, err
    assert len(err.strip().splitlines()) == 1 and "stopped by SIGTERM" in err
    assert {p.name: p.read_bytes() for p in desk.glob("s*.html")} == previous
    assert [p.name for p in desk.iterdir() if p.name.startswith(".")] == []


def test_a_full_thumbnail_cache_costs_only_the_caching(desk: Path) -> None:
    """The cache folder is a 16 KB tmpfs of the command's own: the thumbnails still show."""
    from tests.mounts import run_with_mounts, small_disk

    picture_desk(desk, 30)
    (desk / "cache").mkdir(exist_ok=True)
    result = run_with_mounts(small_disk(desk / "cache", "16k"),
                             ["sheet", "--output", "s.html"], desk,
                             env={"XDG_CACHE_HOME": str(desk / "cache")})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    page = (desk / "s.html").read_text()
    assert page.count("data:image/jpeg") >= 30


# --- 12. copy into itself, however spelled ----------------------------------------------------


@pytest.mark.parametrize("spelling", ["./catalog.db", "{desk}/catalog.db", "link.db",
                                      "sqlite:///{desk}/catalog.db", "sub/../catalog.db"])
def test_copy_into_itself_is_refused_however_spelled(desk: Path, spelling: str) -> None:
    assert invoke("ingest", db="catalog.db").exit_code == 0
    (desk / "link.db").symlink_to(desk / "catalog.db")
    (desk / "sub").mkdir()
    result = invoke("copy", "--to", spelling.format(desk=desk), db="catalog.db")
    assert result.exit_code == 2
    assert "is the catalog being copied" in result.stderr


def test_same_catalog_on_postgresql_ignores_credentials() -> None:
    from catalog.store import same_catalog

    assert same_catalog("postgresql+psycopg://a:x@DB:5432/news", "postgresql://b@db/news")
    assert not same_catalog("postgresql://db/news", "postgresql://db/sport")
    assert not same_catalog("postgresql://db/news", "news.db")


def test_copy_to_another_catalog_still_works(desk: Path) -> None:
    assert invoke("ingest", db="catalog.db").exit_code == 0
    result = invoke("copy", "--to", "other.db", db="catalog.db")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("copied ")


@pytest.mark.parametrize(("signame", "status"), [("SIGINT", 130), ("SIGTERM", 143)])
def test_an_interrupted_copy_says_how_far_it_got(desk: Path, signame: str, status: int) -> None:
    import signal
    import time

    for n in range(400):
        (desk / "seeds" / f"story-{n}.txt").write_text(article(f"H{n}", f"Caption {n} here."))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    process = subprocess.Popen([sys.executable, "-m", "catalog", "copy", "--to", "other.db"],
                               cwd=desk, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    import sqlite3

    def articles_copied() -> int:
        try:
            with sqlite3.connect(f"file:{desk / 'other.db'}?mode=ro", uri=True) as conn:
                return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
        except sqlite3.Error:
            return 0

    deadline = time.monotonic() + 60
    while articles_copied() < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(getattr(signal, signame))
    _out, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the copy finished before the signal came")
    assert process.returncode == status, err
    assert err.startswith(f"catalog: copy interrupted by {signame}; ")
    assert "so far, each batch whole" in err and len(err.strip().splitlines()) == 1
    again = subprocess.run([sys.executable, "-m", "catalog", "copy", "--to", "other.db"],
                           cwd=desk, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "401 articles" in again.stdout


def test_the_exact_case_folder_wins(catalog: CatalogRunner, desk: Path) -> None:
    for folder in ("Case", "case", "CASE"):
        (desk / "media" / folder).mkdir()
        (desk / "media" / folder / "1.jpg").write_bytes(jpeg(artist=folder))
    (desk / "seeds" / "case.txt").write_text(article("Case", "A caption about the case."))
    assert catalog("ingest").exit_code == 0
    rows = catalog("search", "--format", "json").json()
    assert {row["image"] for row in rows if row["article"] == "seeds/case.txt"} == \
        {"media/case/1.jpg"}


def test_prune_drops_a_file_that_became_an_outside_symlink(catalog: CatalogRunner,
                                                           desk: Path) -> None:
    assert catalog("ingest").exit_code == 0
    images = [row["path"] for row in catalog("inspect", "media", "--format", "json").json()]
    assert images
    stored = "media/blinken-humanitarian-pauses-gaza-2.jpg"
    outside = desk.parent / f"{desk.name}-elsewhere.jpg"
    outside.write_bytes(jpeg())
    (desk / stored).unlink()
    (desk / stored).symlink_to(outside)
    result = catalog("ingest", "--prune")
    assert result.exit_code == 0, result.stderr
    assert f"{stored}: refused" in result.stderr
    rows = catalog("search", "--format", "json").json()
    assert stored not in {row["image"] for row in rows}


def test_prune_drops_a_file_that_became_a_fifo(catalog: CatalogRunner, desk: Path) -> None:
    assert catalog("ingest").exit_code == 0
    stored = "media/blinken-humanitarian-pauses-gaza-2.jpg"
    (desk / stored).unlink()
    os.mkfifo(desk / stored)
    result = catalog("ingest", "--prune")
    assert result.exit_code == 0, result.stderr
    assert stored in result.stderr  # reported, not opened (opening a FIFO would block)
    rows = catalog("search", "--format", "json").json()
    assert stored not in {row["image"] for row in rows}
    assert len({row["image"] for row in rows if row["image"]}) == 2  # the other two stay


# --- also: XMP packets in UTF-16 and UTF-32 ----------------------------------------------------

XMP = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
       '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
       '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"><photoshop:Credit>Reuters'
       '</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be"])
def test_xmp_packets_in_every_unicode_encoding_are_read(encoding: str) -> None:
    from catalog.xmp import parse_xmp, xmp_wanted

    packet = XMP.encode(encoding)
    assert xmp_wanted(packet)
    assert parse_xmp(packet) == {"credit": ["Reuters"]}
    declared = f'<?xml version="1.0" encoding="{encoding}"?>' + XMP
    assert parse_xmp(declared.encode(encoding)) == {"credit": ["Reuters"]}


# --- 12. a large PNG's metadata is read without its pixels -------------------------------------


def big_png(path: Path, side: int) -> None:
    """A valid RGB PNG of side×side black pixels, written row by row (its decoded pixels
    would take side²×3 bytes; the file stays small)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + 3 * side)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side,
                                                                      8, 2, 0, 0, 0))
                     + chunk(b"IDAT", body) + chunk(b"IEND", b""))


def test_a_large_png_is_read_without_decoding_its_pixels(tmp_path: Path) -> None:
    picture_path = tmp_path / "poster.png"
    big_png(picture_path, 12000)  # decoded: 432 MB
    script = ("import resource, sys; from pathlib import Path; "
              "from catalog.metadata import read_image; "
              "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
              "meta = read_image(Path(sys.argv[1])); "
              "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before; "
              "print(meta.width, meta.height, meta.error, grown // 1024)")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", script, str(picture_path)], env=env,
                            capture_output=True, text=True, check=True)
    width, height, error, grown_mb = result.stdout.split()
    assert (width, height, error) == ("12000", "12000", "None")
    assert int(grown_mb) < 100, f"reading the metadata took {grown_mb} MB more"


# --- also: the project carries no file of the shared corpus -------------------------------------


def test_the_project_holds_no_copy_of_a_shared_corpus_file() -> None:
    """Tests read the corpus from ../shared/corpus; nothing of it is copied into the project
    (tests/fixtures/exif-samples was, once)."""
    import hashlib

    from tests import corpus

    if not corpus.SHARED.is_dir():
        pytest.skip(corpus.MISSING)

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    shared = {digest(p): p for p in corpus.SHARED.rglob("*") if p.is_file()
              and p.stat().st_size > 512}  # tiny files (a README) may agree by chance
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True)
    tracked = listed.stdout.decode().split("\0") if listed.returncode == 0 else [
        str(p.relative_to(REPO)) for p in REPO.rglob("*")
        if not {".git", ".venv", "__pycache__"} & set(p.relative_to(REPO).parts)]
    copies = [f"{name} = {shared[d]}" for name in tracked if name and (REPO / name).is_file()
              and (d := digest(REPO / name)) in shared]
    assert copies == []
    assert not (REPO / "tests" / "fixtures" / "exif-samples").exists()


# --- 4. an image swapped after ingest, at every command that opens it --------------------------
# A linked image replaced, after the ingest, by a symlink to a file outside media/ (into the desk
# beside it, or out of the desk), by a FIFO or by a symlink to /dev/zero. Every command that
# would open it refuses it with one line naming the file, at once; nothing of it is shown.

SWAPS = ["desk-private", "outside-desk", "fifo", "dev-zero"]
SWAPPED = "media/blinken-humanitarian-pauses-gaza-2.jpg"  # caption 2's convention link


def swap_image(desk: Path, kind: str) -> None:
    path = desk / SWAPPED
    path.unlink()
    if kind == "desk-private":  # inside the folder commands run in, outside the media folder
        (desk / "private").mkdir()
        (desk / "private" / "secret.jpg").write_bytes(jpeg(artist="Private Secret"))
        path.symlink_to("../private/secret.jpg")
    elif kind == "outside-desk":
        secret = desk.parent / f"{desk.name}-secret.jpg"
        secret.write_bytes(jpeg(artist="Private Secret"))
        path.symlink_to(secret)
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")


def run_bounded(desk: Path, target: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`catalog --db TARGET ARGS` in a process of its own, so that a hang fails the test (after
    60 s) instead of stopping the suite, and with 1 GB of address space to eat at most."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(desk / "cache")}
    env.pop("CATALOG_DB", None)

    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run([sys.executable, "-m", "catalog", "--db", target, *args], cwd=desk,
                          env=env, capture_output=True, text=True, timeout=60,
                          preexec_fn=limited)


def one_refusal(result: subprocess.CompletedProcess[str], name: str) -> str:
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1, result.stderr
    assert "refused" in lines[0] and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize("kind", SWAPS)
def test_an_image_swapped_after_ingest_is_refused_by_every_command(catalog: CatalogRunner,
                                                                   desk: Path, kind: str) -> None:
    target = catalog.target  # type: ignore[attr-defined]
    assert catalog("ingest").exit_code == 0
    swap_image(desk, kind)

    inspected = run_bounded(desk, target, "inspect", SWAPPED, "--format", "json")
    assert inspected.returncode == 2, inspected.stderr  # the contract: a file not read
    assert one_refusal(inspected, SWAPPED).startswith(f"catalog: {SWAPPED}: refused")
    assert json.loads(inspected.stdout) == []

    linked = run_bounded(desk, target, "link", SEED, "2", SWAPPED)
    assert linked.returncode == 2, linked.stderr
    assert one_refusal(linked, SWAPPED).startswith(f"catalog: {SWAPPED}: refused")
    assert len(linked.stderr.strip().splitlines()) == 1

    sheet = run_bounded(desk, target, "sheet", "--output", "sheet.html")
    assert sheet.returncode == 0, sheet.stderr  # the sheet is written; the file is said
    assert one_refusal(sheet, SWAPPED).startswith(f"catalog: {SWAPPED}: refused")
    page = (desk / "sheet.html").read_text()
    assert page.count("data:image/jpeg") == 2  # the two other linked images, not the swapped
    assert f"cannot show <bdi>{SWAPPED}</bdi>" in page

    again = run_bounded(desk, target, "ingest")
    assert again.returncode == 0, again.stderr
    assert one_refusal(again, SWAPPED).startswith(f"{SWAPPED}: refused")
    assert "1 file skipped with errors" in again.stdout
    shown = json.dumps(catalog("search", "--format", "json").json())
    assert "Private Secret" not in shown

    pruned = run_bounded(desk, target, "ingest", "--prune")
    assert pruned.returncode == 0, pruned.stderr
    assert "1 pruned" in pruned.stdout, pruned.stdout
    images = {row["image"] for row in catalog("search", "--format", "json").json()}
    assert SWAPPED not in images and len(images - {None}) == 2


def test_a_fifo_or_device_is_refused_without_being_opened(desk: Path) -> None:
    """Opening some devices does something (a watchdog, a tape, a serial line), so a file that is
    not a regular file is refused before it is opened. A FIFO shows it: a writer waiting to open
    it is let through only by a reader's open, and none comes from the catalog."""
    from catalog import files
    from catalog.errors import RefusedPath

    fifo = desk / "media" / "pipe.jpg"
    os.mkfifo(fifo)
    opened = threading.Event()

    def writer() -> None:
        with open(fifo, "wb"):  # returns when a reader opens the FIFO
            opened.set()

    waiting = threading.Thread(target=writer, daemon=True)
    waiting.start()
    try:
        result = invoke("inspect", "media/pipe.jpg", "--format", "json")
        assert result.exit_code == 2 and "media/pipe.jpg: refused: not a regular file" in \
            result.stderr, result.stderr
        for check in (files.read_confined, files.check_confined):
            with pytest.raises(RefusedPath, match="not a regular file"):
                check(fifo, [desk / "media"], limit=files.IMAGE_LIMIT)
        assert not opened.wait(0.5)  # no reader ever opened it
    finally:
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # let the writer go
        waiting.join(10)
    assert opened.is_set()  # the writer was waiting for a reader all along


@pytest.mark.parametrize("target", ["other-text", "same-size-and-mtime"])
def test_prune_drops_an_article_that_became_a_symlink_out_of_its_folder(
        catalog: CatalogRunner, desk: Path, target: str) -> None:
    """An article swapped after ingest for a symlink out of the folder ingested (into the desk
    beside it) is refused when read, and `--prune` drops its record as it does an image's; a
    copy with the same size and mtime is not read again (unchanged), and is dropped all the same,
    by the full ingest and by the re-ingest check alike."""
    import shutil

    assert catalog("ingest").exit_code == 0
    (desk / "private").mkdir()
    secret = desk / "private" / "secret.txt"
    if target == "other-text":
        secret.write_text(article("Secret", "The private caption."))
    else:
        shutil.copy2(desk / SEED, secret)
    (desk / SEED).unlink()
    (desk / SEED).symlink_to("../private/secret.txt")
    # as `catalog` runs (python -m catalog): on SQLite the re-ingest check answers first
    result = run_bounded(desk, catalog.target, "ingest", "--prune")  # type: ignore[attr-defined]
    assert result.returncode == 0, result.stderr
    if target == "other-text":
        assert f"{SEED}: refused: leads outside" in result.stderr
    assert "1 pruned" in result.stdout, result.stdout
    rows = catalog("search", "--format", "json").json()
    assert rows == [] and SEED not in catalogued_paths(catalog)


@pytest.mark.parametrize("output", ["symlink-to-dev-null", "fifo", "symlink-to-a-file"])
def test_export_into_something_other_than_a_plain_file(desk: Path, output: str) -> None:
    """`--output` naming a device, a FIFO or a symlink: what is written goes where the name
    leads (`--output /dev/stdout` is common), and the name is never replaced by a file of its
    own: a /dev entry replaced by a world-writable regular file (root may write in /dev), a
    FIFO's reader left waiting, a symlink cut."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CATALOG_DB", None)
    subprocess.run([sys.executable, "-m", "catalog", "ingest"], cwd=desk, env=env, check=True,
                   capture_output=True)
    target = desk / "out.csv"
    got: list[bytes] = []
    reader = None
    if output == "symlink-to-dev-null":
        target.symlink_to(os.devnull)
    elif output == "fifo":
        os.mkfifo(target)

        def read_fifo() -> None:
            with open(target, "rb") as stream:
                got.append(stream.read())

        reader = threading.Thread(target=read_fifo, daemon=True)
        reader.start()
    else:
        (desk / "shared").mkdir()
        (desk / "shared" / "today.csv").write_text("yesterday's sheet")
        target.symlink_to("shared/today.csv")
    result = subprocess.run([sys.executable, "-m", "catalog", "export", "--output", "out.csv"],
                            cwd=desk, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "wrote 3 captions" in result.stderr
    assert [p.name for p in desk.iterdir() if p.name.startswith(".")] == []
    if output == "symlink-to-dev-null":
        assert target.is_symlink() and os.readlink(target) == os.devnull
    elif output == "fifo":
        assert reader is not None
        reader.join(30)
        assert target.is_fifo() and got and got[0].startswith(b"article,")
    else:
        assert target.is_symlink()
        assert (desk / "shared" / "today.csv").read_text().startswith("article,")


def test_a_cache_file_planted_as_a_fifo_or_symlink_is_replaced_not_followed(
        tmp_path: Path) -> None:
    """Only an output the user named is written through (a device, a FIFO, a symlink's file):
    a cache entry found as a FIFO or a symlink is replaced by the cache file, never waited on
    or written through."""
    from catalog.files import write_cache_file

    victim = tmp_path / "victim.txt"
    victim.write_text("not the cache's")
    os.mkfifo(tmp_path / "a.jpg")
    (tmp_path / "b.jpg").symlink_to(victim)
    done = threading.Event()

    def write_both() -> None:
        write_cache_file(tmp_path / "a.jpg", b"thumb")
        write_cache_file(tmp_path / "b.jpg", b"thumb")
        done.set()

    threading.Thread(target=write_both, daemon=True).start()
    if not done.wait(30):
        os.close(os.open(tmp_path / "a.jpg", os.O_RDONLY | os.O_NONBLOCK))  # let it go
        pytest.fail("writing the cache waited on a FIFO")
    assert (tmp_path / "a.jpg").read_bytes() == b"thumb" and not (tmp_path / "b.jpg").is_symlink()
    assert victim.read_text() == "not the cache's"
