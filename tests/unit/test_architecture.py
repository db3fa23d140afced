"""The import rules of the house, read from the source: every import counts, at module level or inside a function.

- `domain` imports only the standard library and itself (ports included: they live in the domain).
- `aio` (the asyncio helpers the adapters and the service both use, which the pure domain may not hold) imports
  only the standard library and itself.
- `adapters` import the domain, never `service`; their folders (`adapters.pdp`, `adapters.webhook`, ...) depend on
  each other one way, without a circle.
- In `service`, the rooms only look down: the API (`grpc`), the workers and the use cases never import the wiring
  or the CLI; the use cases never import the API; the use cases and the workers never import each other (the use
  cases queue work for the workers through the domain's ports, and what they share is in the domain; what a step
  needs of a use case, the wiring gives it); observability (logs, metrics, health checks), which every room may
  use, imports no other room.
- Outside the wiring and the CLI (the composition), the API and observability import no adapter either: they reach
  one through a port or value of the domain the wiring gives.
- Nothing is left at the root of `service` but its entry point (`__main__`): every module lives in a room.
- No import circle anywhere in `src/`.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
GENERATED = "pdpgateway"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] != GENERATED and "__pycache__" not in path.parts
    }


MODULES = _modules()


def _imported(name: str, path: Path) -> Iterator[str]:
    """Every module `name` imports, absolute, wherever the import statement stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            yield origin
            # `from package import module` imports that module too
            yield from (
                f"{origin}.{alias.name}" for alias in node.names if f"{origin}.{alias.name}" in MODULES
            )


IMPORTS = {name: sorted(set(_imported(name, path))) for name, path in MODULES.items()}


def _top(module: str) -> str:
    return module.split(".")[0]


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _offenders(importer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{name} imports {target}"
        for name, targets in IMPORTS.items()
        if _within(name, importer)
        for target in targets
        if any(_within(target, f) for f in forbidden)
    ]


def test_the_rules_see_the_whole_source() -> None:
    assert {"domain.ports", "adapters.postgres.uow", "service.wiring.container"} <= MODULES.keys()
    assert "domain.emission" in IMPORTS["domain.ports"]


def _beyond_the_standard_library(package: str) -> list[str]:
    """The imports of `package`'s modules from anything but the standard library and the package itself."""
    return [
        f"{name} imports {target}"
        for name, targets in IMPORTS.items()
        if _within(name, package)
        for target in targets
        if _top(target) != package and _top(target) not in sys.stdlib_module_names and target != "__future__"
    ]


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    assert _beyond_the_standard_library("domain") == []


def test_aio_imports_only_the_standard_library_and_itself() -> None:
    assert "aio.tasks" in MODULES  # the rule sees the package it is about
    assert _beyond_the_standard_library("aio") == []


def test_adapters_never_import_the_service() -> None:
    assert _offenders("adapters", ("service",)) == []


def test_service_rooms_only_look_down() -> None:
    upward = [
        *_offenders("service.grpc", ("service.wiring", "service.cli", "service.workers")),
        *_offenders("service.usecases", ("service.wiring", "service.cli", "service.grpc", "service.workers")),
        *_offenders("service.workers", ("service.wiring", "service.cli", "service.grpc", "service.usecases")),
        *_offenders("service.wiring", ("service.cli",)),
        *_offenders(
            "service.observability",
            ("service.grpc", "service.usecases", "service.workers", "service.wiring", "service.cli"),
        ),
    ]
    assert upward == []


# The workers (the relays, their steps, the document worker pools) reach storage, the platforms and the document
# toolchain through ports only (domain.*_ports, domain.ports.OutageCheck, the functions a pool runs): the wiring hands
# them their adapters. So do the use cases (the document toolchain: domain.document_ports.DocumentTools).
PORTS_ONLY = ("service.workers", "service.usecases")


def test_workers_and_use_cases_import_no_adapter() -> None:
    offenders = [o for module in PORTS_ONLY for o in _offenders(module, ("adapters",))]
    assert offenders == []


def test_the_api_and_observability_import_no_adapter() -> None:
    """Outside the wiring and the CLI (the composition), an adapter is reached through a port or a value of the
    domain, which the wiring fills: the error table's outage check, the health checks' database reader."""
    assert (
        _offenders("service.grpc", ("adapters",)) + _offenders("service.observability", ("adapters",)) == []
    )


def _adapter_folder(module: str) -> str:
    """`adapters.pdp.afnor.webhook` → `adapters.pdp`: the folder directly under `adapters`."""
    return ".".join(module.split(".")[:2])


def _folder_circles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Every circle of the folder graph, each once, from its smallest folder."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
    circles = []

    def walk(start: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(path[-1], ())):
            if nxt == start:
                circles.append([*path, start])
            elif nxt > start and nxt not in path:
                walk(start, [*path, nxt])

    for start in sorted(graph):
        walk(start, [start])
    return circles


def test_the_adapters_folders_depend_on_each_other_one_way() -> None:
    """`adapters.pdp`'s platform packages build on `adapters.webhook` (the receivers, the signed request and the
    verdict), never the other way: a folder is understood, moved or replaced without the ones that use it."""
    edges = {
        (_adapter_folder(name), _adapter_folder(target))
        for name, targets in IMPORTS.items()
        if _within(name, "adapters")
        for target in targets
        if _within(target, "adapters") and _adapter_folder(name) != _adapter_folder(target)
    }
    assert ("adapters.pdp", "adapters.webhook") in edges  # the rule sees the imports it is about
    assert _folder_circles(edges) == []


ROOMS = {"grpc", "usecases", "workers", "wiring", "cli", "observability"}


def test_every_service_module_lives_in_a_room() -> None:
    loose = [
        name
        for name in MODULES
        if _within(name, "service") and name not in {"service", "service.__main__"}
        if name.split(".")[1] not in ROOMS
    ]
    assert loose == []


def _circles(graph: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, or of one module importing itself (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, []):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, []):
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(graph)))
    try:
        for node in sorted(graph):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)
    return found


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"]]
    assert _circles({"a": ["b"], "b": []}) == []


def test_no_import_circle_in_src() -> None:
    graph = {name: [t for t in targets if t in MODULES and t != name] for name, targets in IMPORTS.items()}
    assert _circles(graph) == []


def test_a_private_module_is_imported_only_within_its_own_package() -> None:
    # domain.rules._amounts was read by the documents' carrying table (adapters.documents.carrying): a module kept
    # private to its package may change with it, so a reader outside has no home to rely on.
    offenders = [
        f"{name} imports {target}"
        for name, targets in IMPORTS.items()
        for target in targets
        if target in MODULES
        and target.rpartition(".")[2].startswith("_")
        and not _within(name, target.rpartition(".")[0])
    ]
    assert offenders == []
