"""The boundary a platform relies on: the code that runs every platform (reception, the pipeline, the catch-up)
never imports a platform package, so adding a platform needs no edit there (docs/adding-a-platform.md). That no
adapter imports the service layer is checked by tests/unit/test_architecture.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PLATFORM_PACKAGES = ("adapters.pdp.iopole", "adapters.pdp.afnor", "adapters.pdp.sandbox")
REGISTRY = "adapters/pdp/registry.py"  # the one place that names every platform package


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
    """The files the patterns match, but the wiring's: the composition root is where platforms are plugged in."""
    return sorted({p for pattern in patterns for p in SRC.glob(pattern) if "wiring" not in p.parts})


PLATFORM_NEUTRAL = _modules(
    "service/**/reception/*.py",
    "service/**/reception.py",
    "service/**/pipeline/*.py",
    "service/**/polling.py",
    "service/workers/*.py",  # the one relay and its queues' workers: every platform's queues run on them
)


@pytest.mark.parametrize("path", PLATFORM_NEUTRAL, ids=lambda p: str(p.relative_to(SRC)))
def test_reception_and_the_pipeline_import_no_platform_package(path: Path) -> None:
    offending = {m for m in imported_modules(path) if m.startswith(PLATFORM_PACKAGES)}
    assert not offending, f"{path.relative_to(SRC)} imports {sorted(offending)}"


def test_the_checks_see_the_code_they_guard() -> None:
    assert len(PLATFORM_NEUTRAL) >= 5
    assert any("processing.py" == p.name for p in PLATFORM_NEUTRAL)
    assert any("relay.py" == p.name for p in PLATFORM_NEUTRAL)


def platform_packages(src: Path) -> list[str]:
    """Every platform package, found on disk (a new one is guarded without editing this test)."""
    return sorted(
        f"adapters.pdp.{d.name}"
        for d in (src / "adapters" / "pdp").iterdir()
        if (d / "platform.py").is_file()
    )


def importers_of_platform_packages(src: Path) -> list[str]:
    """Modules outside the platform packages and the registry that import one: each is a file a new platform
    would have to edit (a route, a verifier, a setting name, a hint), which its package should give instead."""
    packages = tuple(platform_packages(src))
    found = []
    for path in sorted(src.rglob("*.py")):
        relative = path.relative_to(src)
        module = ".".join(relative.with_suffix("").parts)
        if (
            relative.as_posix() == REGISTRY
            or module.startswith(packages)
            or relative.parts[0] == "pdpgateway"
        ):
            continue
        offending = sorted(
            m for m in imported_modules(path) if any(m == p or m.startswith(p + ".") for p in packages)
        )
        if offending:
            found.append(f"{relative} imports {offending}")
    return found


def test_only_the_registry_imports_a_platform_package() -> None:
    """Adding a platform is its package and one registry entry (docs/adding-a-platform.md): the webhook routes,
    the wiring, doctor and the CLI take its routes, keys and hints from the registry, never from the package."""
    assert set(PLATFORM_PACKAGES) <= set(platform_packages(SRC))
    assert importers_of_platform_packages(SRC) == []


def platform_words(src: Path) -> set[str]:
    """Each platform's name (but the sandbox, the default) and the setting names its package reads."""
    words = set()
    for package in platform_packages(src):
        provider = package.rsplit(".", 1)[1]
        # SETTINGS, by name with its rule: in the package's config.py (the sandbox, which has none: platform.py)
        for module in ("platform.py", "config.py"):
            path = src / "adapters" / "pdp" / provider / module
            tree = ast.parse(path.read_text(encoding="utf-8")) if path.exists() else ast.Module([], [])
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.AnnAssign | ast.Assign)
                    and "SETTINGS"
                    in {
                        t.id
                        for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                        if isinstance(t, ast.Name)
                    }
                    and isinstance(node.value, ast.Dict)
                ):
                    words.update(k.value for k in node.value.keys if isinstance(k, ast.Constant))
        if provider != "sandbox":
            words.add(provider)
    return {w for w in words if isinstance(w, str) and w}


def platform_literals_in_service(src: Path) -> list[str]:
    """String constants of src/service code (docstrings and comments aside) naming a platform or one of its
    settings: a `provider == "afnor"` branch or a hard-coded AFNOR_* name is an edit a new platform would need."""
    words = platform_words(src)
    found = []
    for path in sorted((src / "service").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                named = sorted(w for w in words if w == node.value or (w.isupper() and w in node.value))
                if named:
                    found.append(f"{path.relative_to(src)}:{node.lineno} {named}")
    return found


def test_the_service_names_no_platform_nor_its_settings() -> None:
    assert {"afnor", "iopole", "AFNOR_FLOW_URL", "IOPOLE_WEBHOOK_SECRET"} <= platform_words(SRC)
    assert platform_literals_in_service(SRC) == []


def test_the_service_names_no_platform_not_even_the_sandbox() -> None:
    """What a command does for a platform (the sandbox's `platform webhooks`: nothing to manage; doctor: nothing to
    reach) is said by its registry entry, so no room has a `provider == "sandbox"` branch to edit for a new one; and
    which platform serves when PDP_PROVIDER is unset is said once, by the configuration (service/wiring/config.yml),
    never as a default argument in the wiring or the workers."""
    providers = {package.rsplit(".", 1)[1] for package in platform_packages(SRC)}
    named = []
    for path in sorted((SRC / "service").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in providers:
                named.append(f"{path.relative_to(SRC)}:{node.lineno} {node.value}")
    assert "sandbox" in providers
    assert named == []
