"""The README's promises: its two opening commands, and that CI runs the same test command."""

from __future__ import annotations

import re

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")


def opening_commands() -> list[str]:
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, re.DOTALL)
    return [block.strip() for block in blocks[:2]]


def test_readme_opens_with_the_demo_and_the_test_command() -> None:
    demo, tests = opening_commands()
    assert "python3 -m venv .venv" in demo and "catalog ingest" in demo and "audit" in demo
    assert "python3 -m venv .venv" in tests and "pip install -e '.[test]'" in tests
    assert tests.endswith(".venv/bin/python -m pytest -q")


def test_ci_runs_the_readme_test_command() -> None:
    _demo, tests = opening_commands()
    test_command = tests.split("&&")[-1].strip()
    assert test_command in CI
    assert "ruff check" in CI and "mypy catalog" in CI
