"""A rich progress bar on a terminal; nothing at all when output is piped."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any

from catalog.render import console


class ProgressReporter:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Any = None
        self._tasks: dict[str, Any] = {}

    def __enter__(self) -> ProgressReporter:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
                TimeRemainingColumn(), console=console(stderr=True), transient=True,
            )
            self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def update(self, stage: str, done: int, total: int) -> None:
        if self._progress is None:
            return
        task = self._tasks.get(stage)
        if task is None:
            task = self._tasks[stage] = self._progress.add_task(stage, total=total)
        self._progress.update(task, completed=done, total=total)

    def wrap(self, emit: Callable[[str], None]) -> Callable[[str], None]:
        """Print lines above the bar instead of through it, made printable as `say` makes
        them (they name files and hold values: data, never markup or terminal control)."""
        if self._progress is None:
            return emit
        from catalog.paths import message

        def printed(line: str) -> None:
            self._progress.console.print(message(line), markup=False, highlight=False,
                                         emoji=False)

        return printed
