"""The domain core stays pure: no I/O library, no framework, no adapter or service import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[3] / "src" / "domain"
FORBIDDEN = {
    "adapters",
    "service",
    "pdpgateway",
    "grpc",
    "httpx",
    "asyncpg",
    "starlette",
    "uvicorn",
    "lxml",
    "saxonche",
    "facturx",
    "pikepdf",
    "reportlab",
    "dependency_injector",
    "socket",
    "subprocess",
    "requests",
    "sqlite3",
    "os",
    "pathlib",
    "asyncio",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(DOMAIN.rglob("*.py")), ids=lambda p: str(p.relative_to(DOMAIN)))
def test_domain_module_imports_nothing_from_outside_the_core(path: Path) -> None:
    assert not (_imports(path) & FORBIDDEN)


DURATIONS = ("_s", "timeout")  # seconds of a lease or a wait are floats; money never is


def _float_names(path: Path) -> list[str]:
    """Names annotated `float` that are not durations, and every `float(...)` call."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "float":
            found.append(f"float() line {node.lineno}")
        named: list[tuple[str, ast.expr | None]] = []
        if isinstance(node, ast.arg):
            named.append((node.arg, node.annotation))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            named.append((node.target.id, node.annotation))
        for name, annotation in named:
            if annotation is not None and "float" in ast.unparse(annotation) and not name.endswith(DURATIONS):
                found.append(name)
    return found


def test_domain_uses_no_float_for_money() -> None:
    offenders = {str(p.relative_to(DOMAIN)): _float_names(p) for p in DOMAIN.rglob("*.py")}
    assert {path: names for path, names in offenders.items() if names} == {}
