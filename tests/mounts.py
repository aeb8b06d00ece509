"""Running a command with mounts of its own: real read-only media and a really full disk.

Root writes read-only files, so a catalog on read-only media is made by a read-only bind mount;
a full disk is a small tmpfs. Both live in a private mount namespace (unshare), seen by the
command alone: the test machine's mounts are never touched. Where no namespace can be made, the
test is skipped saying why.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

_mounts: dict[str, str | None] = {}


def private_mounts_refused() -> str | None:
    """Why a command cannot be given mounts of its own here (None: it can)."""
    if "why" not in _mounts:
        why: str | None = None
        if shutil.which("unshare") is None:
            why = "no unshare(1) here to give a command its own mounts"
        else:
            probe = subprocess.run(
                ["unshare", "--mount", "--propagation", "private", "sh", "-c",
                 "mount -t tmpfs -o size=4k tmpfs /mnt"], capture_output=True, text=True)
            if probe.returncode != 0:
                why = f"cannot mount in a private namespace here: {probe.stderr.strip()}"
        _mounts["why"] = why
    return _mounts["why"]


def run_with_mounts(mounts: list[str], args: list[str], cwd: Path, *,
                    env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m catalog ARGS` in `cwd` (with `env` added to the environment) after the shell
    `mounts` commands, in a mount namespace of its own (the test's own mounts are untouched)."""
    why = private_mounts_refused()
    if why is not None:
        pytest.skip(why)
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    environment.pop("CATALOG_DB", None)
    script = " && ".join([*mounts, 'exec "$@"'])
    return subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script,
                           "sh", sys.executable, "-m", "catalog", *args],
                          cwd=cwd, env=environment, capture_output=True, text=True)


def read_only_bind(path: Path) -> list[str]:
    """Shell commands that make `path` (a file or a folder) read-only media."""
    where = shlex.quote(str(path))
    return [f"mount --bind {where} {where}", f"mount -o remount,bind,ro {where}"]


def small_disk(folder: Path, size: str) -> list[str]:
    """Shell commands that mount an empty tmpfs of `size` (e.g. '64k') on `folder`."""
    return [f"mount -t tmpfs -o size={shlex.quote(size)} tmpfs {shlex.quote(str(folder))}"]
