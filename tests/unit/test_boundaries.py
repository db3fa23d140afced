"""The boundary a platform relies on: the code that runs every platform (reception, the pipeline, the catch-up)
never imports a platform package, so adding a platform needs no edit there (docs/adding-a-platform.md). That no
adapter imports the service layer is checked by tests/unit/test_architecture.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PLATFORM_PACKAGES = ("adapters.pdp.iopole", "adapters.pdp.afnor", "adapters.pdp.sandbox")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _modules(*patterns: str) -> list[Path]:
    return sorted({p for pattern in patterns for p in SRC.glob(pattern)})


PLATFORM_NEUTRAL = _modules(
    "service/**/reception/*.py",
    "service/**/reception.py",
    "service/**/pipeline/*.py",
    "service/**/polling.py",
    "service/workers/*.py",  # the one relay and its queues' workers: every platform's queues run on them
)


@pytest.mark.parametrize("path", PLATFORM_NEUTRAL, ids=lambda p: str(p.relative_to(SRC)))
def test_reception_and_the_pipeline_import_no_platform_package(path: Path) -> None:
    if path.name == "wiring.py" or "wiring" in path.parts:  # composition: where platforms are plugged in
        pytest.skip("wiring composes the platforms")
    offending = {m for m in imported_modules(path) if m.startswith(PLATFORM_PACKAGES)}
    assert not offending, f"{path.relative_to(SRC)} imports {sorted(offending)}"


def test_the_checks_see_the_code_they_guard() -> None:
    assert len(PLATFORM_NEUTRAL) >= 5
    assert any("processing.py" == p.name for p in PLATFORM_NEUTRAL)
    assert any("relay.py" == p.name for p in PLATFORM_NEUTRAL)
