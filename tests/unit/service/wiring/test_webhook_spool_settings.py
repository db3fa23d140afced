"""WEBHOOK_SPOOL_AFTER_BYTES and WEBHOOK_SPOOL_BUDGET_BYTES as serve reads them: the routes it mounts set a body
aside past the one and answer 503 past the other (they were constants, 1 MiB and 2 GiB, whatever was set)."""

from __future__ import annotations

import tempfile
from typing import Any

import pytest
from starlette.applications import Starlette

from service.wiring.configuration import read_configuration
from service.wiring.reception import webhook_routes
from service.wiring.settings import typed
from tests.fakes import InMemoryDeliveryStore
from tests.support.spooled_callbacks import SlicedBody, flow
from tests.support.webhooks import AFNOR_KEY, IOPOLE_SECRET, call_app


def served_routes(store: InMemoryDeliveryStore, monkeypatch: pytest.MonkeyPatch, **env: str) -> Starlette:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = read_configuration()
    setting = {v: typed(config, v)() for v in env}
    routes = webhook_routes(
        store,  # type: ignore[arg-type]  # the inbox's port
        webhook_keys={"IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET, "AFNOR_WEBHOOK_SIGNING_KEY": AFNOR_KEY},
        max_body_bytes=typed(config, "WEBHOOK_MAX_BODY_BYTES")(),
        spool_after_bytes=setting["WEBHOOK_SPOOL_AFTER_BYTES"],
        spool_budget_bytes=setting["WEBHOOK_SPOOL_BUDGET_BYTES"],
        tolerance_s=300,
        provider="afnor",
    )
    return Starlette(routes=routes)


async def test_the_spool_budget_set_is_the_one_the_routes_keep(monkeypatch: pytest.MonkeyPatch) -> None:
    store = InMemoryDeliveryStore()
    app = served_routes(
        store, monkeypatch, WEBHOOK_SPOOL_AFTER_BYTES="65536", WEBHOOK_SPOOL_BUDGET_BYTES=str(1 << 20)
    )
    path, body, headers = flow(2 << 20, True)  # within the constant budget, past the one set
    assert await call_app(app, path, headers, SlicedBody(body)) == 503
    path, body, headers = flow(512 << 10, True)
    assert await call_app(app, path, headers, SlicedBody(body)) == 200
    assert [len(d.body) for d in store.deliveries] == [len(body)]


async def test_a_body_past_the_threshold_set_is_set_aside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files: list[Any] = []
    made = tempfile.TemporaryFile

    def recorded() -> Any:
        files.append(made())
        return files[-1]

    monkeypatch.setattr(tempfile, "TemporaryFile", recorded)
    store = InMemoryDeliveryStore()
    app = served_routes(
        store, monkeypatch, WEBHOOK_SPOOL_AFTER_BYTES="65536", WEBHOOK_SPOOL_BUDGET_BYTES="2147483648"
    )
    path, body, headers = flow(200 << 10, True)  # under the constant 1 MiB, past the 64 KiB set
    assert await call_app(app, path, headers, SlicedBody(body)) == 200
    assert len(files) == 1
