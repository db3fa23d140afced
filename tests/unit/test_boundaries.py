"""Hexagonal boundaries a platform relies on: adapters never import the service layer, and the code that runs
every platform (reception, the pipeline, the catch-up) never imports a platform package. Adding a platform must not
need an edit there (docs/adding-a-platform.md)."""

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


# Ports still in the service layer, moved into src/domain/ by issue 13 (the house engineer's phase 1). An entry
# that no longer imports `service` fails below too: remove it then, so the list only shrinks.
NOT_YET_MOVED = {
    "adapters/postgres/document_store.py",
    "adapters/postgres/outbox_source.py",
    "adapters/postgres/reporting_repository.py",
    "adapters/postgres/send_journal.py",
    "adapters/postgres/transmissions.py",
}


@pytest.mark.parametrize("path", _modules("adapters/**/*.py"), ids=lambda p: str(p.relative_to(SRC)))
def test_an_adapter_imports_nothing_from_the_service_layer(path: Path) -> None:
    offending = {m for m in imported_modules(path) if m == "service" or m.startswith("service.")}
    if str(path.relative_to(SRC)) in NOT_YET_MOVED:
        assert offending, (
            f"{path.relative_to(SRC)} imports no service module any more: drop it from NOT_YET_MOVED"
        )
        return
    assert not offending, f"{path.relative_to(SRC)} imports {sorted(offending)}"


PLATFORM_NEUTRAL = _modules(
    "service/**/reception/*.py",
    "service/**/reception.py",
    "service/**/pipeline/*.py",
    "service/**/polling.py",
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
