"""Errors a user can cause. The CLI turns each into one line on stderr and exit status 2."""


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
