"""File names and untrusted text in a form that can be stored and shown safely.

Python carries a file name that is not valid UTF-8 (a Latin-1 `photo-été.jpg` from an old
archive) as a string with lone surrogates (PEP 383). Neither SQLite nor PostgreSQL takes those,
and a terminal must not receive raw control characters from a file name or a caption. So:

- `stored_name` turns such a name into printable text that the catalog stores: each byte that
  is not UTF-8 becomes `\\xHH` and a backslash becomes `\\\\` (only in names that hold a
  stray byte; every valid UTF-8 name is stored as it is);
- `fs_name` turns the stored text back into the name the file system knows, so every command
  that opens a stored path finds the same file;
- `storable` makes any text acceptable to both engines alike (NUL removed, lone surrogates
  escaped), and `printable` makes text safe for a terminal (controls and bidi overrides shown
  as visible escapes).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

_SURROGATE = re.compile("[\udc80-\udcff]")
_ANY_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED = re.compile(r"\\(\\|x[89a-f][0-9a-f])")

# Characters that reorder or hide text on a terminal or in a browser: the explicit bidi
# embeddings, overrides and isolates, and the invisible direction marks.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def stored_name(name: str) -> str:
    """The printable, reversible form of a (surrogate-escaped) file name the catalog stores."""
    if not _SURROGATE.search(name):
        return name
    escaped = name.replace("\\", "\\\\")
    return _SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", escaped)


def relative(path: Path | str, root: Path | str) -> str:
    """A path as the catalog stores it: relative to the ingest root, POSIX separators, a name
    that is not UTF-8 in the printable, reversible form of `stored_name`."""
    text, base = str(path), str(root)
    if text.startswith(base + os.sep):  # the common case, without relpath's cost
        inner = text[len(base) + 1 :]
        return stored_name(inner if os.sep == "/" else Path(inner).as_posix())
    return stored_name(Path(os.path.relpath(path, root)).as_posix())


def inside(real: str, roots: Sequence[str]) -> bool:
    """Whether a real (symlink-free) path lies in one of the real folders `roots`."""
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def fs_name(stored: str) -> str:
    """The file-system name (surrogate-escaped str) of a name as `stored_name` stored it."""
    if "\\x" not in stored or not re.search(r"\\x[89a-f][0-9a-f]", stored):
        return stored

    def unescape(match: re.Match[str]) -> str:
        token = match.group(1)
        return "\\" if token == "\\" else chr(0xDC00 + int(token[1:], 16))

    return _ESCAPED.sub(unescape, stored)


def storable(text: str) -> str:
    """Text both engines store alike: NUL removed, lone surrogates as `\\xHH` / `\\uHHHH`."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if _ANY_SURROGATE.search(text):
        text = _ANY_SURROGATE.sub(_surrogate_escape, text)
    return text


def without_surrogates(text: str) -> str:
    """Text any UTF-8 stream can carry: a stray byte of a file name as `\\xHH`."""
    return _ANY_SURROGATE.sub(_surrogate_escape, text) if _ANY_SURROGATE.search(text) else text


def _surrogate_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def _visible(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def _needs_escape(char: str, keep_newlines: bool) -> bool:
    if char in "\n\t" and keep_newlines:
        return False
    if char in BIDI_CONTROLS:
        return True
    category = unicodedata.category(char)
    # Cc: C0/C1 controls and DEL (ESC, BEL, CSI…); Cs: lone surrogates; Zl/Zp: line and
    # paragraph separators that break a one-line message.
    return category in ("Cc", "Cs", "Zl", "Zp")


_SAFE = re.compile(r"[ -~\u00a0-\u061b\u061d-\u200d\u2010-\u2027\u202f-\u2065\u206a-\ud7ff"
                   r"\ue000-\U0010ffff]*")


_CREDENTIALS = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*):[^@\s]*@")
_PASSWORD_FIELD = re.compile(r"(?i)\b(?P<head>password\s*=\s*)('[^']*'|\S+)")


def redact(text: str) -> str:
    """Text with the password of every connection string shown as `***` (`user:***@host`,
    `password=***`)."""
    if "@" not in text and "assword" not in text.lower():
        return text
    text = _CREDENTIALS.sub(lambda m: f"{m.group('head')}:***@", text)
    return _PASSWORD_FIELD.sub(lambda m: f"{m.group('head')}***", text)


def message(value: object) -> str:
    """One line for a person: printable and with no connection password in it."""
    return printable(redact(value if isinstance(value, str) else str(value)))


def printable(value: object, *, keep_newlines: bool = False) -> str:
    """Text safe to print on a terminal: every control character, escape sequence introducer,
    bidi control and stray byte shown as a visible `\\x1b` / `\\u202e` escape."""
    text = value if isinstance(value, str) else str(value)
    if _SAFE.fullmatch(text):
        return text
    return "".join(_visible(c) if _needs_escape(c, keep_newlines) else c for c in text)
