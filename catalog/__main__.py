"""`python -m catalog` and the `catalog` command: a plain re-ingest of an unchanged archive is
answered before typer and the rest are imported (`catalog.reingest`); all else goes to the CLI."""

from __future__ import annotations

import os
import sys


def main() -> None:
    if _answered(sys.argv[1:]):
        return
    ingest = _plain_ingest(sys.argv[1:])
    if ingest is not None:  # into a new catalog: the workers read while typer is imported
        from pathlib import Path

        from catalog.ingest import begin

        db, paths, media, _prune = ingest
        begin(db, [Path(path) for path in paths], Path(media))
    from catalog.cli import main as cli_main

    if ingest is None:
        cli_main()
        return
    try:
        cli_main()
    except SystemExit as stop:
        _leave(stop.code)
    _leave(0)


def _leave(code: object) -> None:
    """End an ingest without tearing the interpreter down (0.1-0.3 s of freeing SQLAlchemy's,
    SQLModel's and the grammar's objects one by one, after the summary line): the exit
    handlers run and the standard streams are flushed as at a normal exit, then the process
    ends. Ingest leaves nothing else to close: its catalog's connections are closed (and an
    SQLite catalog's journal checkpointed) when the ingest returns, and its workers are
    stopped."""
    import atexit

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as the interpreter does with a message
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # as the interpreter's own last flush fails
            status = status or 120
    os._exit(status)


def _answered(argv: list[str]) -> bool:
    """Whether ARGV asks for a plain ingest over files the catalog holds as they are, and the
    summary line was printed as the CLI would print it."""
    ingest = _plain_ingest(argv)
    if ingest is None:
        return False
    import signal

    from catalog.errors import Terminated, on_sigterm, stop_signal
    from catalog.reingest import STOPPED, unchanged_summary

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        db, paths, media, prune = ingest
        line = unchanged_summary(db, paths, media, prune=prune)
    except (KeyboardInterrupt, Terminated) as exc:
        name, status = stop_signal(exc)
        print(STOPPED.format(signal=name), file=sys.stderr)
        raise SystemExit(status) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if line is None:
        return False
    try:
        print(line, flush=True)
    except BrokenPipeError:  # `catalog ingest | true`: as the CLI, nothing more is said
        _quiet_stdout()
    except OSError as exc:  # stdout on a full disk: one line and status 2, as the CLI says it
        _quiet_stdout()
        print(f"catalog: {exc.strerror or exc}", file=sys.stderr)
        raise SystemExit(2) from None
    return True


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that its last flush at exit says nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _plain_ingest(argv: list[str]) -> tuple[str, list[str], str, bool] | None:
    """(catalog, paths, media folder, prune) when ARGV is `[--db TARGET] ingest [PATH...]
    [--media FOLDER] [--prune]`, each option once, `--x V` or `--x=V`; None for anything else,
    which the CLI parses (and may refuse)."""
    values = {"--db": os.environ.get("CATALOG_DB") or "catalog.db", "--media": "media"}
    allowed, seen = {"--db"}, set()
    command: str | None = None
    paths: list[str] = []
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name in allowed and name not in seen:
            value = value if equals else next(words, "")
            if not value or value.startswith("-"):
                return None
            values[name] = value
            seen.add(name)
        elif word == "--prune" and command is not None and "--prune" not in seen:
            seen.add(word)
        elif not word or word.startswith("-"):
            return None
        elif command is None:
            if word != "ingest":
                return None
            command, allowed = word, {"--media"}
        else:
            paths.append(word)
    if command is None:
        return None
    return values["--db"], paths or ["seeds"], values["--media"], "--prune" in seen


if __name__ == "__main__":
    main()
