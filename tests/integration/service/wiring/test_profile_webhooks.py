"""Two profiles of one provider each get their own webhook route and key (PLATFORM_PROFILES_FILE), over real HTTP
with the PostgreSQL inbox: a callback is accepted only on its profile's route with its profile's key, and its
delivery carries the profile's name (so that profile's decoder, connected to that platform, reads it)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest
import yaml
from starlette.applications import Starlette

from adapters.postgres.inbox import PgInbox
from service.wiring.reception import webhook_routes
from tests.support.asgi_server import serve_app
from tests.support.webhooks import (
    AFNOR_FLOW_PATH,
    AFNOR_KEY,
    IOPOLE_SECRET,
    IOPOLE_STATUS_PATH,
    post_afnor_flow,
    post_status,
    status_body,
)

KEY_B = "second-afnor-signing-key-0123456789abcdef012345"
SECRET_B = "second-iopole-webhook-secret-0123456789abcd"
AFNOR_B, IOPOLE_B = "/webhooks/pa-b/afnor/flow", "/webhooks/io-b/iopole/status"


@pytest.fixture(scope="module")
async def client(
    pg_pool: asyncpg.Pool, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[httpx.AsyncClient]:
    profiles = Path(tmp_path_factory.mktemp("profiles")) / "platforms.yml"
    profiles.write_text(
        yaml.safe_dump(
            {
                "profiles": {
                    "pa-b": {"provider": "afnor", "settings": {"AFNOR_WEBHOOK_SIGNING_KEY": KEY_B}},
                    "io-b": {"provider": "iopole", "settings": {"IOPOLE_WEBHOOK_SECRET": SECRET_B}},
                    "demo": {"provider": "sandbox", "settings": {}},
                }
            }
        )
    )
    routes = webhook_routes(
        PgInbox(pg_pool),
        webhook_keys={"IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET, "AFNOR_WEBHOOK_SIGNING_KEY": AFNOR_KEY},
        max_body_bytes=64 * 1024,
        spool_after_bytes=16 * 1024,
        spool_budget_bytes=64 * 1024,
        tolerance_s=300,
        provider="afnor",
        profiles_file=str(profiles),
    )
    assert sorted(r.path for r in routes) == sorted(  # type: ignore[attr-defined]
        ["/webhooks/iopole/invoice", IOPOLE_STATUS_PATH, AFNOR_FLOW_PATH, AFNOR_B]
        + ["/webhooks/io-b/iopole/invoice", IOPOLE_B]
    )
    async with serve_app(Starlette(routes=routes)) as base_url:
        async with httpx.AsyncClient(base_url=base_url, timeout=10) as http:
            yield http


def a_flow() -> dict[str, str]:
    return {
        "flowId": str(uuid.uuid4()),
        "updatedAt": "2026-12-06T05:00:00.000001Z",
        "flowType": "SupplierInvoice",
    }


async def stored_platform(pool: asyncpg.Pool, flow: dict[str, str]) -> list[tuple[str, str]]:
    rows = await pool.fetch(
        "SELECT platform, dedup_key FROM webhook_inbox WHERE dedup_key LIKE $1", f"%:flow:{flow['flowId']}@%"
    )
    return [(r["platform"], r["dedup_key"]) for r in rows]


async def test_each_afnor_profile_takes_callbacks_on_its_own_route_with_its_own_key(client, pg_pool) -> None:
    default_flow, profile_flow = a_flow(), a_flow()

    assert (await post_afnor_flow(client, default_flow)).status_code == 200
    assert (await post_afnor_flow(client, profile_flow, key=KEY_B, path=AFNOR_B)).status_code == 200

    assert await stored_platform(pg_pool, default_flow) == [
        ("afnor", f"afnor:flow:{default_flow['flowId']}@{default_flow['updatedAt']}")
    ]
    assert await stored_platform(pg_pool, profile_flow) == [
        ("pa-b", f"pa-b:flow:{profile_flow['flowId']}@{profile_flow['updatedAt']}")
    ]


async def test_a_profile_s_route_refuses_the_other_profile_s_key(client, pg_pool) -> None:
    crossed = [a_flow(), a_flow()]

    on_b_with_a = await post_afnor_flow(client, crossed[0], key=AFNOR_KEY, path=AFNOR_B)
    on_default_with_b = await post_afnor_flow(client, crossed[1], key=KEY_B)

    assert (on_b_with_a.status_code, on_default_with_b.status_code) == (401, 401)
    assert [await stored_platform(pg_pool, f) for f in crossed] == [[], []]


async def test_an_iopole_profile_has_its_own_routes_and_secret(client, pg_pool) -> None:
    key = str(uuid.uuid4())

    body = status_body("inv-b", "ISSUED")
    wrong = await post_status(client, body, key=key, path=IOPOLE_B)
    right = await post_status(client, body, key=key, secret=SECRET_B, path=IOPOLE_B)

    assert (wrong.status_code, right.status_code) == (401, 200)
    rows = await pg_pool.fetch(
        "SELECT platform, dedup_key FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", key
    )
    assert [(r["platform"], r["dedup_key"]) for r in rows] == [("io-b", f"io-b:status:{body['statusId']}")]
