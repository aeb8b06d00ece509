"""Opening stored paths and writing output files safely: one confinement check, one atomic
write.

`open_confined` (and `read_confined`, which reads the whole file) is what every open of a stored
or discovered path goes through (article files at ingest; image files at ingest, in `inspect`,
`link` and the contact sheet): the path is looked at first, so that a FIFO or a device is
never opened (opening some devices does something), then the file is opened (non-blocking, so
a FIFO swapped in at that moment cannot hang the command) and the opened file itself is checked,
so a file swapped for a symlink between the check and the read cannot escape: it must be a
regular file, its real path must lie inside one of the allowed folders, and it must not exceed
the size cap for its kind. `check_confined` is the same check without the open, for what must
be decided about a path without reading it (the media walk meeting a symlink, `--prune`); both
give the same reasons (`refusal`).

`atomic_output` writes an output file beside its target and renames it over the target only
when the whole file is written and synced: a full disk, an error or a SIGTERM leave the old
file as it was and no temporary file behind. The new file keeps the old one's mode (a shared
0664 sheet stays readable to the desk); a new file gets the umask's. An output the user named
that is a device or a FIFO (`--output /dev/stdout`) is written into, and one that is a symlink
has the file it leads to replaced: renaming over either would replace the name itself.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO

from catalog.errors import CatalogError, RefusedPath
from catalog.paths import inside

MB = 1024 * 1024
ARTICLE_LIMIT = 256 * MB  # a 50 MB article is real; a 256 MB one is not an article
IMAGE_LIMIT = 1024 * MB  # the largest TIFF scans of a picture desk stay below this


def _real(folder: Path | str) -> str:
    return os.path.realpath(os.path.abspath(folder))


class RealFolders(tuple[str, ...]):
    """Folders whose symlinks were resolved once, by `real_folders`: `open_confined` checks
    each file against them as they are. An ingest opens tens of thousands of files in the same
    folder, and resolving it again for each costs more than the rest of the check; a folder
    swapped for a symlink after it was resolved then leads nowhere that is allowed."""


def real_folders(roots: Sequence[Path | str]) -> RealFolders:
    return RealFolders(_real(root) for root in roots)


def _opened_path(fd: int, path: Path | str) -> str:
    proc = f"/proc/self/fd/{fd}"
    try:
        return os.readlink(proc)
    except OSError:  # no /proc: the path's own resolution (checked after the open)
        return os.path.realpath(path)


def _open_failure(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot open: {exc.strerror or exc}"


ALLOWED = "the folders the catalog may open"


def refusal(info: os.stat_result, real_path: str | None, roots: RealFolders, limit: int,
            where: str = ALLOWED) -> str | None:
    """Why a file (its stat, and its real path when known) may not be opened; None if it may.
    The one list of reasons every open and every path check of the project gives (`where`
    names the allowed folders in the message)."""
    if stat.S_ISDIR(info.st_mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return "refused: not a regular file"
    if real_path is not None and not inside(real_path, roots):
        return f"refused: leads outside {where}"
    if info.st_size > limit:
        return f"refused: larger than {limit // MB} MB"
    return None


def check_confined(path: Path | str, roots: Sequence[Path | str], *, limit: int,
                   shown: str | None = None, where: str = ALLOWED) -> None:
    """The confinement check of `open_confined` on the path, without opening the file:
    RefusedPath (one line naming the file) unless it is a regular file whose real path is
    inside one of `roots` and whose size is at most `limit` bytes."""
    name = shown or str(path)
    real_roots = roots if isinstance(roots, RealFolders) else real_folders(roots)
    try:
        info = os.stat(path)
        real = os.path.realpath(path, strict=True)
    except OSError as exc:
        raise RefusedPath(f"{name}: {_open_failure(exc)}") from None
    reason = refusal(info, real, real_roots, limit, where)
    if reason is not None:
        raise RefusedPath(f"{name}: {reason}")


def open_confined(path: Path | str, roots: Sequence[Path | str], *, limit: int,
                  shown: str | None = None, where: str = ALLOWED,
                  buffered: bool = True) -> BinaryIO:
    """A regular file opened for reading (binary), whose real path is inside one of `roots` and
    whose size is at most `limit` bytes (`roots` resolved here, unless given as RealFolders).
    Raises RefusedPath (one line naming the file) for
    anything else; the caller closes the file. `buffered=False` for a caller that reads a
    few large blocks: each read is one system call (and may return fewer bytes than asked),
    and opening costs three system calls fewer (no terminal check, no seek, no read at EOF)."""
    fd, _info = confined_fd(path, roots, limit=limit, shown=shown, where=where)
    # Outside the check's try: once fdopen has made the file object it owns the descriptor,
    # and a SIGTERM raised as it returns would have the object close it and os.close fail
    # (EBADF), turning the stop into a "cannot write" error.
    return os.fdopen(fd, "rb", buffering=-1 if buffered else 0)


def confined_fd(path: Path | str, roots: Sequence[Path | str], *, limit: int,
                shown: str | None = None, where: str = ALLOWED) -> tuple[int, os.stat_result]:
    """`open_confined`'s check and open, giving the descriptor (the caller closes it) and the
    opened file's stat: for a caller that reads a few blocks with `os.read` and records the
    file's size and mtime."""
    name = shown or str(path)
    real_roots = roots if isinstance(roots, RealFolders) else real_folders(roots)
    try:
        # A FIFO or a device is refused before it is opened: opening /dev/watchdog, a tape or
        # a serial line does something. The real path is checked after the open, on the file
        # opened (a realpath walk per file costs more than the rest of the check).
        reason = refusal(os.stat(path), None, real_roots, limit)
        if reason is not None:
            raise RefusedPath(f"{name}: {reason}")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise RefusedPath(f"{name}: {_open_failure(exc)}") from None
    try:
        info = os.fstat(fd)
        reason = refusal(info, _opened_path(fd, path), real_roots, limit, where)
        if reason is not None:
            raise RefusedPath(f"{name}: {reason}")
        # Reads block again. F_SETFL changes only the status flags (append, async, direct,
        # noatime, non-blocking), and of those the open above set non-blocking alone.
        fcntl.fcntl(fd, fcntl.F_SETFL, 0)
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def read_confined(path: Path | str, roots: Sequence[Path | str], *, limit: int,
                  shown: str | None = None, where: str = ALLOWED) -> bytes:
    """The bytes of a file `open_confined` accepts, at most `limit` bytes long (a file that
    grows while it is read is refused too)."""
    name = shown or str(path)
    with open_confined(path, roots, limit=limit, shown=shown, where=where) as handle:
        chunks: list[bytes] = []
        total = 0
        try:
            while True:
                chunk = handle.read(min(8 * MB, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:  # grew while we read
                    raise RefusedPath(f"{name}: refused: larger than {limit // MB} MB")
        except OSError as exc:
            raise RefusedPath(f"{name}: cannot read: {exc.strerror or exc}") from None
        return b"".join(chunks)


def _target_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_output(target: Path, *, binary: bool = False, durable: bool = True,
                  user_named: bool = True) -> Iterator[IO[Any]]:
    """A file to write that replaces `target` whole when the block ends without an error;
    `durable`: on disk (fsync) before it does (a cache file need not be). A target the user
    named (`user_named`) that is not a regular file (`/dev/stdout`, a FIFO a reader waits on)
    is written straight into, and a symlink to a file has the file it leads to replaced, not
    the link; any other target (a cache file) is replaced whatever it is."""
    import tempfile

    try:
        mode = os.stat(target).st_mode if user_named else None
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        with _written_into(target, binary) as into:
            yield into
        return
    if mode is not None and os.path.islink(target):
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CatalogError(f"{target}: folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise CatalogError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        out: IO[Any] = (os.fdopen(handle, "wb") if binary else
                        os.fdopen(handle, "w", encoding="utf-8", newline=""))
        with out:
            yield out
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.chmod(temporary, _target_mode(target))
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise CatalogError(f"{target}: cannot write: {exc.strerror or exc} "
                           "(nothing was changed)") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def _written_into(target: Path, binary: bool) -> Iterator[IO[Any]]:
    """A device or FIFO named as an output, opened for writing as it is (nothing to replace)."""
    try:  # a FIFO waits for its reader here, as the shell's `> FIFO` does
        handle = os.open(target, os.O_WRONLY | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise CatalogError(f"{target}: cannot write: {exc.strerror or exc}") from None
    out: IO[Any] = (os.fdopen(handle, "wb") if binary else
                    os.fdopen(handle, "w", encoding="utf-8", newline=""))
    try:
        with out:
            yield out
    except OSError as exc:
        raise CatalogError(f"{target}: cannot write: {exc.strerror or exc}") from None


@contextmanager
def staging_folder(beside: Path) -> Iterator[Path]:
    """A temporary folder beside `beside` for outputs of several files that must appear
    together (`publish` moves them in); removed on every exit."""
    import shutil
    import tempfile

    folder = beside.parent if str(beside.parent) else Path(".")
    try:
        staged = Path(tempfile.mkdtemp(dir=folder, prefix=f".{beside.name}.", suffix=".tmp"))
    except OSError as exc:
        raise CatalogError(f"{beside}: cannot write: {exc.strerror or exc}") from None
    try:
        yield staged
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def publish(staged: Sequence[Path], targets: Sequence[Path]) -> None:
    """Move fully written staged files onto their targets (each rename atomic), keeping the
    mode of any file they replace."""
    for source, target in zip(staged, targets, strict=True):
        os.chmod(source, _target_mode(target))
    for source, target in zip(staged, targets, strict=True):
        os.replace(source, target)


def cache_home() -> Path | None:
    """The project's cache folder: $XDG_CACHE_HOME/caption-catalog (a relative value is ignored,
    as the XDG spec says; default ~/.cache); None when there is no home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:
            return None
    return Path(base) / "caption-catalog"


def write_cache_file(path: Path, data: bytes) -> None:
    """Write a cache file whole (`atomic_output`, without the fsync). A cache is a
    convenience: a full or unwritable one costs only the caching, so failing is silent."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(path, binary=True, durable=False, user_named=False) as out:
            out.write(data)
    except (OSError, CatalogError):
        pass
