"""Run one function over many tasks in worker processes, each task under a time limit.

A worker that hangs past a task's limit, or dies, is replaced; that task yields
`failed(task, reason)` and every other task still runs. Workers receive task numbers, not tasks
(they inherit the task list), in batches of consecutive tasks (one message each way per batch),
and keep a batch or two queued so that none waits for the parent. A batch that outlives the
limit, or whose worker dies, is run again one task at a time, so that one bad task still fails
alone. Workers stop with the generator, also on KeyboardInterrupt, and by themselves when the
parent is killed outright.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

QUEUED_PER_WORKER = 64  # tasks sent ahead: workers go on while the parent writes
BATCH = 32  # tasks per message at most


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
            batch = connection.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        results: list[Any] = []
        for index in batch:
            try:
                results.append(work(tasks[index]))
            except Exception as exc:  # one bad task must not stop the others
                results.append(_Raised(f"{type(exc).__name__}: {exc}"))
        connection.send(results)


Batch = tuple[int, ...]


@dataclass
class _Slot:
    process: Any
    connection: Connection
    sent: deque[Batch] = field(default_factory=deque)
    head_since: float = 0.0  # when the worker began the oldest batch it holds

    def held(self) -> int:
        return sum(len(batch) for batch in self.sent)


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

    def replace(self, slot: _Slot, queue: deque[Batch]) -> _Slot:
        """Stop a worker; the batches it held but had not begun go back to the queue's front
        (the one it was working on is the caller's)."""
        slot.sent.popleft()
        queue.extendleft(reversed(slot.sent))
        _stop(slot)
        fresh = self.start()
        self.slots[self.slots.index(slot)] = fresh
        return fresh

    def close(self) -> None:
        """Stop the workers (once: later calls do nothing)."""
        slots, self.slots = self.slots, []
        for slot in slots:
            with contextlib.suppress(Exception):
                slot.connection.send(None)
        deadline = time.monotonic() + 1.0
        for slot in slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                _stop(slot)
            with contextlib.suppress(Exception):
                slot.connection.close()


def _batches(tasks: Sequence[T], timeout: Callable[[T], float], size: int) -> deque[Batch]:
    """Consecutive tasks with the same time limit, up to `size` per batch."""
    batches: deque[Batch] = deque()
    current: list[int] = []
    limit = None
    for index, task in enumerate(tasks):
        task_limit = timeout(task)
        if current and (len(current) >= size or task_limit != limit):
            batches.append(tuple(current))
            current = []
        current.append(index)
        limit = task_limit
    if current:
        batches.append(tuple(current))
    return batches


def run_in_workers(tasks: Sequence[T], work: Callable[[T], R], failed: Callable[[T, str], R],
                   *, timeout: Callable[[T], float], workers: int | None = None,
                   batch: int = BATCH) -> Iterator[R]:
    """Yield `work(task)` for every task, a batch at a time as batches complete.

    A task that raises, outlives `timeout(task)` seconds or kills its worker yields
    `failed(task, reason)` instead (a batch holding it is first run again task by task).
    The workers start when the first result is asked for (`start_workers` starts them at once).
    """
    with start_workers(tasks, work, failed, timeout=timeout, workers=workers,
                       batch=batch) as results:
        yield from results


class Started(Generic[R]):
    """Workers forked and reading: iterate for the results (as `run_in_workers` yields them);
    `close()` stops the workers, also when the results were never asked for."""

    def __init__(self, results: Generator[R, None, None], pool: _Pool[Any] | None) -> None:
        self._results, self._pool = results, pool

    def __iter__(self) -> Iterator[R]:
        return self._results

    def close(self) -> None:
        self._results.close()
        if self._pool is not None:
            self._pool.close()

    def __enter__(self) -> Started[R]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def start_workers(tasks: Sequence[T], work: Callable[[T], R], failed: Callable[[T, str], R],
                  *, timeout: Callable[[T], float], workers: int | None = None,
                  batch: int = BATCH) -> Started[R]:
    """Fork the workers now and send them their first batches (they inherit TASKS as they are
    at this moment), so that they read while the caller goes on; the results as
    `run_in_workers` yields them."""
    if not tasks:
        return Started(_nothing(), None)
    count = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = _Pool(tasks, work, multiprocessing.get_context(method))
    # Batches small enough that every worker gets several: short lists are shared.
    size = max(1, min(batch, len(tasks) // (4 * count)))
    queue = _batches(tasks, timeout, size)

    def feed(slot: _Slot, most: int = QUEUED_PER_WORKER) -> None:
        if not slot.sent:
            slot.head_since = time.monotonic()
        while queue and (not slot.sent or slot.held() + len(queue[0]) <= most):
            batch = queue.popleft()
            slot.sent.append(batch)
            try:
                slot.connection.send(batch)
            except OSError:  # the worker died: its end of the pipe reads EOF, which is handled
                return

    limits: dict[Batch, float] = {}  # the loop asks for each batch's limit on every wake-up

    def limit_of(batch: Batch) -> float:
        limit = limits.get(batch)
        if limit is None:
            limit = limits[batch] = max(timeout(tasks[index]) for index in batch)
        return limit

    def results() -> Generator[R, None, None]:
        try:
            pending = len(tasks)
            while pending:
                busy = [s for s in pool.slots if s.sent]
                limit = min(s.head_since + limit_of(s.sent[0]) for s in busy)
                ready = wait([s.connection for s in busy],
                             timeout=max(0.0, limit - time.monotonic()) + 0.01)
                for slot in busy:
                    head = slot.sent[0]
                    answered: list[R] = []
                    if slot.connection in ready:
                        try:
                            answers = slot.connection.recv()
                        except (EOFError, OSError):
                            slot = pool.replace(slot, queue)
                            if len(head) > 1:  # run again one by one: only the culprit fails
                                queue.extendleft((index,) for index in reversed(head))
                                feed(slot)
                                continue
                            answered = [failed(tasks[head[0]], "the reader crashed")]
                        else:
                            slot.sent.popleft()
                            slot.head_since = time.monotonic()
                            answered = [failed(tasks[index], answer.reason)
                                        if isinstance(answer, _Raised) else answer
                                        for index, answer in zip(head, answers, strict=True)]
                    elif time.monotonic() - slot.head_since > limit_of(head):
                        slot = pool.replace(slot, queue)
                        if len(head) > 1:
                            queue.extendleft((index,) for index in reversed(head))
                            feed(slot)
                            continue
                        task = tasks[head[0]]
                        answered = [failed(task, f"timed out after {timeout(task):g} s")]
                    else:
                        continue
                    pending -= len(answered)
                    yield from answered
                    feed(slot)
        finally:
            pool.close()

    try:
        pool.slots = [pool.start() for _ in range(count)]
        for slot in pool.slots:  # one batch each first, so that a short list is shared
            feed(slot, 1)
        for slot in pool.slots:
            feed(slot)
    except BaseException:
        pool.close()
        raise
    return Started(results(), pool)


def _nothing() -> Generator[Any, None, None]:
    yield from ()


def _stop(slot: _Slot) -> None:
    slot.process.kill()
    slot.process.join(1.0)
    with contextlib.suppress(Exception):
        slot.connection.close()
