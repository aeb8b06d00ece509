"""The `catalog` command: a thin layer that parses options, calls the library and renders.

Each command lives in its own module and is registered in `_COMMANDS`; heavy imports happen
inside the command functions so that `catalog --help` starts fast.
"""

from __future__ import annotations

import importlib
import signal
import sys
from dataclasses import dataclass
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from catalog import __version__
from catalog.errors import CatalogError, Terminated, on_sigterm
from catalog.fields import describe

DEFAULT_DB = "catalog.db"


@dataclass(frozen=True)
class Settings:
    """What the root command hands every subcommand."""

    db: str


class _CatalogGroup(TyperGroup):
    """Turns a user-caused CatalogError into one line on stderr and exit status 2."""

    def invoke(self, ctx: Any) -> Any:
        from catalog.render import say

        signal.signal(signal.SIGTERM, on_sigterm)
        try:
            return super().invoke(ctx)
        except Terminated:
            say("catalog: stopped by SIGTERM; the catalog and any file being written are as "
                "they were", err=True)
            raise typer.Exit(143) from None
        except CatalogError as exc:
            say(f"catalog: {exc}", err=True)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            # `catalog export | head -1`: the reader has all it wanted; nothing more to say.
            _quiet_stdout()
            raise typer.Exit(0) from None
        except Exception as exc:
            if type(exc).__module__.startswith(("sqlalchemy", "sqlite3", "psycopg")):
                # A database that refuses a write mid-command (read-only, full disk, gone
                # away): one line, exit 2; the transaction in flight was rolled back.
                from catalog.store import describe_database_error

                target = ctx.find_root().obj.db if ctx.find_root().obj else "catalog"
                say(f"catalog: {describe_database_error(target, exc)}", err=True)
                raise typer.Exit(2) from None
            if isinstance(exc, OSError):
                # A full disk, a folder that went away, a permission: one line naming the file.
                name = exc.filename if exc.filename is not None else ""
                where = f"{name}: " if name else ""
                say(f"catalog: {where}{exc.strerror or exc}", err=True)
                raise typer.Exit(2) from None
            if isinstance(exc, MemoryError | RecursionError | UnicodeError):
                say(f"catalog: cannot finish: {type(exc).__name__}: {exc}", err=True)
                raise typer.Exit(2) from None
            raise

    def list_commands(self, ctx: Any) -> list[str]:
        # Keep the order commands are registered in: the pipeline order, not alphabetical.
        return list(self.commands)


app = typer.Typer(
    cls=_CatalogGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Catalogue photo captions, their credits and cameras, and audit them against the files.",
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"catalog {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="CATALOG_DB",
            metavar="TARGET",
            help="Catalog: an SQLite file path or a SQLAlchemy URL "
            "(postgresql+psycopg://user@host/dbname). Default: catalog.db here.",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    ctx.obj = Settings(db=db or DEFAULT_DB)


# (command name, module under catalog.cli, function name)
_COMMANDS: list[tuple[str, str, str]] = [
    ("ingest", "ingest", "ingest"),
    ("search", "search", "search"),
    ("credits", "credits", "credits"),
    ("cameras", "cameras", "cameras"),
    ("show", "show", "show"),
    ("inspect", "inspect", "inspect"),
    ("audit", "audit", "audit"),
    ("export", "export", "export"),
    ("link", "link", "link"),
    ("sheet", "sheet", "sheet"),
    ("copy", "copy", "copy"),
]


def _register() -> None:
    for name, module_name, function_name in _COMMANDS:
        command = getattr(importlib.import_module(f"catalog.cli.{module_name}"), function_name)
        # A read command's TEXT may hold negated terms ("-outlet:Reuters"): a word that starts
        # with "-" and is not one of the command's options is a search term, not an error.
        takes_query = getattr(command, "takes_query", False)
        settings = {"ignore_unknown_options": True} if takes_query else None
        epilog = f"Fields for field:value terms:\n\n\b\n{describe()}" if takes_query else None
        app.command(name, context_settings=settings, epilog=epilog)(command)


_register()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that flushing it at exit after a broken pipe says nothing."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    try:
        app(args=argv if argv is not None else sys.argv[1:], prog_name="catalog")
    except BrokenPipeError:
        _quiet_stdout()
        raise SystemExit(0) from None
