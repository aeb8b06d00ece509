"""The worker pool: every task yields exactly once, whatever the others do."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from catalog.workers import run_in_workers


def _work(n: int) -> tuple[int, int]:
    if n == 50:
        os._exit(1)  # the worker dies
    if n == 120:
        time.sleep(60)  # the worker hangs
        Path(os.environ["HANG_ENDED"]).touch()
    if n == 77:
        raise ValueError("bad task")
    return n, n * n


def _failed(n: int, reason: str) -> tuple[int, str]:
    return n, reason


def test_crashes_hangs_and_errors_cost_one_task_each(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HANG_ENDED", str(tmp_path / "hang-ended"))
    results = list(run_in_workers(list(range(200)), _work, _failed,
                                  timeout=lambda _n: 1.0, workers=2))
    assert not (tmp_path / "hang-ended").exists()  # the hung worker was stopped, not waited for
    by_task = dict(results)
    assert len(results) == len(by_task) == 200  # each task exactly once
    assert by_task[50] == "the reader crashed"
    assert by_task[120] == "timed out after 1 s"
    assert by_task[77] == "ValueError: bad task"
    assert all(by_task[n] == n * n for n in range(200) if n not in (50, 77, 120))


def test_a_short_list_is_shared_between_workers() -> None:
    pids = {pid for _n, pid in run_in_workers([1, 2], lambda n: (n, os.getpid()),
                                              _failed, timeout=lambda _n: 10.0, workers=2)}
    assert len(pids) == 2 and os.getpid() not in pids


def test_no_tasks_start_no_workers() -> None:
    assert list(run_in_workers([], _work, _failed, timeout=lambda _n: 1.0)) == []
