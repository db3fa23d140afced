"""The error table (service.grpc.errors) does not know the database: the wiring gives it the outage check when it
builds a server. So that no process forgets it, the gateway's servers are built in two places only, each of which
gives it: `build_server` (every gRPC server, main process and GRPC_WORKERS ones: tests/e2e/test_outage_each_process)
and `build_http_app` (the probes, metrics and webhooks)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from adapters.postgres.outage import is_outage
from service.grpc import errors
from service.wiring.http import Lifecycle, build_http_app

SRC = Path(__file__).resolve().parents[4] / "src"
BUILDERS = {("service/wiring/server.py", "build_server"), ("service/wiring/http.py", "build_http_app")}


def _server_constructions() -> set[tuple[str, str]]:
    """(file, enclosing function) of every `grpc.aio.server(...)` and `Starlette(...)` call in src."""
    found = set()
    for path in SRC.rglob("*.py"):
        if "pdpgateway" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and ast.unparse(node.func) in ("grpc.aio.server", "Starlette"):
                    found.add((path.relative_to(SRC).as_posix(), function.name))
    return found


def test_servers_are_built_only_where_the_outage_check_is_given() -> None:
    assert _server_constructions() == BUILDERS


def test_the_http_app_gives_the_outage_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "_is_outage", errors._no_outage_check)

    async def ready() -> bool:
        return True

    build_http_app(Lifecycle(), ready, CollectorRegistry())
    assert errors.unavailable_retry_after(ConnectionRefusedError("db down")) == 1.0
    assert errors._is_outage is is_outage
