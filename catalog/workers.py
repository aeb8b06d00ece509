"""Run one function over many tasks in worker processes, each task under a time limit.

A worker that hangs past a task's limit, or dies, is replaced; that task yields
`failed(task, reason)` and every other task still runs. Workers receive task numbers, not tasks
(they inherit the task list), and keep a few tasks queued so that none waits for the parent.
Workers stop with the generator, also on KeyboardInterrupt, and by themselves when the parent
is killed outright.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

QUEUED_PER_WORKER = 32  # tasks sent ahead: workers go on while the parent writes


@dataclass(frozen=True)
class _Raised:
    """What a task raised, carried back to the parent as text."""

    reason: str


def _worker(connection: Connection, tasks: Sequence[Any], work: Callable[[Any], Any],
            parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            # A parent killed outright (kill -9) closes nothing we could see: forked siblings
            # hold copies of our pipe. So look up now and then whether it is still there.
            while not connection.poll(0.5):
                if os.getppid() != parent:
                    return
            index = connection.recv()
        except (EOFError, OSError):
            return
        if index is None:
            return
        try:
            result: Any = work(tasks[index])
        except Exception as exc:  # one bad task must not stop the others
            result = _Raised(f"{type(exc).__name__}: {exc}")
        connection.send((index, result))


@dataclass
class _Slot:
    process: Any
    connection: Connection
    sent: deque[int] = field(default_factory=deque)
    head_since: float = 0.0  # when the worker began the oldest task it holds


@dataclass
class _Pool(Generic[T]):
    tasks: Sequence[T]
    work: Callable[[T], Any]
    context: Any
    slots: list[_Slot] = field(default_factory=list)

    def start(self) -> _Slot:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker, args=(child, self.tasks, self.work, os.getpid()), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def replace(self, slot: _Slot, queue: deque[int]) -> _Slot:
        """Stop a worker; the tasks it held but had not begun go back to the queue's front."""
        slot.sent.popleft()
        queue.extendleft(reversed(slot.sent))
        _stop(slot)
        fresh = self.start()
        self.slots[self.slots.index(slot)] = fresh
        return fresh

    def close(self) -> None:
        for slot in self.slots:
            with contextlib.suppress(Exception):
                slot.connection.send(None)
        deadline = time.monotonic() + 1.0
        for slot in self.slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                _stop(slot)
            with contextlib.suppress(Exception):
                slot.connection.close()


def run_in_workers(tasks: Sequence[T], work: Callable[[T], R], failed: Callable[[T, str], R],
                   *, timeout: Callable[[T], float], workers: int | None = None) -> Iterator[R]:
    """Yield `work(task)` for every task, in the order they complete.

    A task that raises, outlives `timeout(task)` seconds or kills its worker yields
    `failed(task, reason)` instead.
    """
    if not tasks:
        return
    count = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = _Pool(tasks, work, multiprocessing.get_context(method))
    queue: deque[int] = deque(range(len(tasks)))

    def feed(slot: _Slot, most: int = QUEUED_PER_WORKER) -> None:
        if not slot.sent:
            slot.head_since = time.monotonic()
        while queue and len(slot.sent) < most:
            index = queue.popleft()
            slot.connection.send(index)
            slot.sent.append(index)

    try:
        pool.slots = [pool.start() for _ in range(count)]
        for slot in pool.slots:  # one task each first, so that a short list is shared
            feed(slot, 1)
        for slot in pool.slots:
            feed(slot)
        pending = len(tasks)
        while pending:
            busy = [s for s in pool.slots if s.sent]
            limit = min(s.head_since + timeout(tasks[s.sent[0]]) for s in busy)
            ready = wait([s.connection for s in busy],
                         timeout=max(0.0, limit - time.monotonic()) + 0.01)
            for slot in busy:
                head = tasks[slot.sent[0]]
                if slot.connection in ready:
                    try:
                        _index, result = slot.connection.recv()
                    except (EOFError, OSError):
                        result = failed(head, "the reader crashed")
                        slot = pool.replace(slot, queue)
                    else:
                        slot.sent.popleft()
                        slot.head_since = time.monotonic()
                        if isinstance(result, _Raised):
                            result = failed(head, result.reason)
                elif time.monotonic() - slot.head_since > timeout(head):
                    result = failed(head, f"timed out after {timeout(head):g} s")
                    slot = pool.replace(slot, queue)
                else:
                    continue
                pending -= 1
                yield result
                feed(slot)
    finally:
        pool.close()


def _stop(slot: _Slot) -> None:
    slot.process.kill()
    slot.process.join(1.0)
    with contextlib.suppress(Exception):
        slot.connection.close()
