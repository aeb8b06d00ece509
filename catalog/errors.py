"""Errors a user can cause. The CLI turns each into one line on stderr and exit status 2."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class CatalogError(Exception):
    """A problem with the user's input: a file, a value or the catalog itself."""


class ArticleError(CatalogError):
    """An article file that cannot be read as an article (unreadable, undecodable, binary)."""


class RefusedPath(CatalogError):
    """A path that resolves outside the folders the catalog may open."""


class QueryError(CatalogError):
    """A search or filter the query language cannot take."""


class StoreError(CatalogError):
    """A catalog that cannot be opened or written (not a catalog, read-only, newer release)."""


class Terminated(BaseException):
    """SIGTERM, raised where the command is (`on_sigterm`): open transactions roll back and
    every temporary output file is removed on the way out."""


def on_sigterm(_signum: int, _frame: object) -> None:
    raise Terminated()


def stop_signal(stop: BaseException) -> tuple[str, int]:
    """The name and exit status of what stopped a command: SIGTERM (`Terminated`) or SIGINT."""
    return ("SIGTERM", 143) if isinstance(stop, Terminated) else ("SIGINT", 130)


@contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM that arrive inside the block take effect when it ends.

    For a commit or rollback: interrupted half way, SQLAlchemy's transaction is left in a state
    it cannot leave cleanly (an AssertionError instead of a stop), or a batch written to disk
    is reported as lost. Python runs signal handlers on the main thread only, so elsewhere
    there is nothing to hold."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous: dict[int, Any] = {}
    for held in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(held) is not None:  # None: set outside Python, cannot be put back
            previous[held] = signal.signal(held, lambda number, _frame: arrived.append(number))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for number in dict.fromkeys(arrived):
            signal.raise_signal(number)
