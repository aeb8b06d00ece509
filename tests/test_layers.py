"""The layering holds: cli → commands → pipeline → store → domain (the import-linter contract in
pyproject.toml), and no module of the package is left outside it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO


def _contract() -> dict[str, object]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts[0]


def _layer_modules() -> set[str]:
    layers = _contract()["layers"]
    assert isinstance(layers, list)
    return {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}


def test_every_module_sits_in_a_layer() -> None:
    named = _layer_modules()
    missing = []
    for path in sorted((REPO / "catalog").rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        module = ".".join(parts).removesuffix(".__init__")
        if module == "catalog":
            continue
        if not any(module == n or module.startswith(n + ".") for n in named):
            missing.append(module)
    assert missing == [], "add these modules to a layer in pyproject.toml"


def test_the_import_contract_is_kept() -> None:
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if linter is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([linter, "--no-cache"], cwd=REPO, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "1 kept, 0 broken" in result.stdout
