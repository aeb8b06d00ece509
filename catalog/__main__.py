"""`python -m catalog` and the `catalog` command: a plain re-ingest of an unchanged archive is
answered before typer and the rest are imported (`catalog.reingest`); all else goes to the CLI."""

from __future__ import annotations

import os
import sys


def main() -> None:
    if not _answered(sys.argv[1:]):
        from catalog.cli import main as cli_main

        cli_main()


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
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return True


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
