"""The webhook receivers over real HTTP (uvicorn on 127.0.0.1) with the PostgreSQL inbox behind them."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest
from starlette.applications import Starlette

from adapters.postgres.inbox import PgInbox
from adapters.webhook.routes import WebhookSettings
from tests.support.asgi_server import serve_app
from tests.support.webhooks import (
    IOPOLE_INVOICE_PATH,
    IOPOLE_SECRET,
    IOPOLE_STATUS_PATH,
    now_ms,
    platform_routes,
    post_afnor_flow,
    post_invoice,
    post_status,
    status_body,
)

MAX_BODY = 64 * 1024
CII = b"<?xml version='1.0'?><rsm:CrossIndustryInvoice xmlns:rsm='urn:x'/>"


@pytest.fixture(scope="module")
async def client(pg_pool: asyncpg.Pool) -> AsyncIterator[httpx.AsyncClient]:
    routes = platform_routes(PgInbox(pg_pool), WebhookSettings(max_body_bytes=MAX_BODY))
    async with serve_app(Starlette(routes=routes)) as base_url:
        async with httpx.AsyncClient(base_url=base_url, timeout=10) as http:
            yield http


async def stored(pool: asyncpg.Pool, key: str) -> list[asyncpg.Record]:
    return await pool.fetch("SELECT * FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", key)


async def test_a_valid_status_is_stored_before_the_empty_json_answer(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await post_status(client, status_body("inv-1", "RECEIVED"), key=key, target="0225:732829320")
    assert response.status_code == 200
    assert response.json() == {}
    [row] = await stored(pg_pool, key)
    assert (row["kind"], row["state"], row["note"]) == ("status", "PENDING", "")
    assert json.loads(bytes(row["body"]))["invoiceId"] == "inv-1"
    assert row["headers"]["X-Target-Electronic-Address"] == "0225:732829320"
    assert "X-Signature" not in row["headers"]


async def test_a_replayed_idempotency_key_is_answered_2xx_and_stores_nothing_new(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    body = status_body("inv-2", "ISSUED")
    assert (await post_status(client, body, key=key)).status_code == 200
    assert (await post_status(client, body, key=key)).status_code == 200
    assert len(await stored(pg_pool, key)) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"tamper": True}, id="tampered-body"),
        pytest.param({"secret": "another-secret-0123456789abcdef0123"}, id="wrong-secret"),
        pytest.param({"skew_ms": -6 * 60 * 1000}, id="stale"),
        pytest.param({"skew_ms": 6 * 60 * 1000}, id="future"),
    ],
)
async def test_a_bad_signature_is_401_and_nothing_is_stored(client, pg_pool, kwargs) -> None:
    key = str(uuid.uuid4())
    if "skew_ms" in kwargs:  # from the time of the call: collection may happen minutes earlier
        kwargs = {"timestamp_ms": now_ms() + kwargs["skew_ms"]}
    response = await post_status(client, status_body("inv-3", "ISSUED"), key=key, **kwargs)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/json")
    assert await stored(pg_pool, key) == []


async def test_missing_signature_headers_are_401(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await client.post(
        IOPOLE_STATUS_PATH,
        content=b"{}",
        headers={"X-Idempotency-Key": key, "Content-Type": "application/json"},
    )
    assert response.status_code == 401
    assert await stored(pg_pool, key) == []


async def test_a_valid_invoice_callback_is_checked_on_the_file_part(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await post_invoice(client, CII, key=key)
    assert response.status_code == 200
    [row] = await stored(pg_pool, key)
    assert row["kind"] == "invoice"
    assert CII in bytes(row["body"])  # the raw multipart body, the file inside it


async def test_a_tampered_file_part_is_401(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await post_invoice(client, CII + b"<!-- changed -->", key=key, signed_content=CII)
    assert response.status_code == 401
    assert await stored(pg_pool, key) == []


async def test_an_invoice_signed_over_the_whole_body_instead_of_the_file_part_is_401(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await post_invoice(client, CII, key=key, signed_content=b"")
    assert response.status_code == 401


async def test_a_malformed_multipart_body_is_still_stored_and_answered_2xx(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    body = b'--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nno closing boundary'
    from adapters.pdp.iopole.signing import signed_headers

    headers = signed_headers(
        IOPOLE_SECRET,
        timestamp_ms=now_ms(),
        method="POST",
        path_with_query=IOPOLE_INVOICE_PATH,
        payload=body,
        idempotency_key=key,
    )
    headers["Content-Type"] = "multipart/form-data; boundary=xyz"
    response = await client.post(IOPOLE_INVOICE_PATH, content=body, headers=headers)
    assert response.status_code == 200
    [row] = await stored(pg_pool, key)
    assert row["kind"] == "unknown"
    assert "closing boundary" in row["note"]


async def test_an_unknown_json_payload_is_stored_with_a_note(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await post_status(client, b"[1, 2, 3]", key=key)
    assert response.status_code == 200
    [row] = await stored(pg_pool, key)
    assert (row["kind"], row["note"]) == ("unknown", "JSON body is not an object")


async def test_an_oversized_body_is_413_and_not_stored(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await post_invoice(client, b"x" * (MAX_BODY + 1), key=key)
    assert response.status_code == 413
    assert await stored(pg_pool, key) == []


async def test_an_oversized_chunked_body_is_cut_while_streaming(client, pg_pool) -> None:
    key = str(uuid.uuid4())

    async def chunks():
        for _ in range(MAX_BODY // 1024 + 2):
            yield b"y" * 1024

    made_up = {"X-Timestamp": str(now_ms()), "X-Signature": "0" * 64}  # past what the headers alone refute
    response = await client.post(
        IOPOLE_STATUS_PATH, content=chunks(), headers={"X-Idempotency-Key": key, **made_up}
    )
    assert response.status_code == 413
    assert await stored(pg_pool, key) == []


async def test_an_afnor_flow_is_deduplicated_on_flow_id_and_updated_at(client, pg_pool) -> None:
    flow = {"flowId": str(uuid.uuid4()), "updatedAt": "2026-11-20T10:00:00Z", "flowType": "SupplierInvoice"}
    assert (await post_afnor_flow(client, flow)).status_code == 200
    assert (await post_afnor_flow(client, flow)).status_code == 200
    rows = await pg_pool.fetch(
        "SELECT kind FROM webhook_inbox WHERE dedup_key = $1",
        f"afnor:flow:{flow['flowId']}@{flow['updatedAt']}",
    )
    assert [r["kind"] for r in rows] == ["flow"]


async def test_an_afnor_flow_with_a_bad_or_stale_signature_is_401(client, pg_pool) -> None:
    flow = {"flowId": str(uuid.uuid4()), "updatedAt": "2026-11-20T10:00:00Z"}
    assert (await post_afnor_flow(client, flow, key="not-the-key")).status_code == 401
    assert (await post_afnor_flow(client, flow, timestamp_s=now_ms() // 1000 - 301)).status_code == 401
    count = await pg_pool.fetchval(
        "SELECT count(*) FROM webhook_inbox WHERE dedup_key LIKE $1", f"%{flow['flowId']}%"
    )
    assert count == 0


async def test_one_event_delivered_a_thousand_times_is_stored_once_each_answered_2xx(client, pg_pool) -> None:
    """A platform repeating one callback (its retries gone wrong, 50 at once): every copy answered 200, as a
    replay is, so that the platform stops; one row, one processing."""
    key, body = str(uuid.uuid4()), status_body("inv-1000", "ISSUED")
    flow = {"flowId": str(uuid.uuid4()), "updatedAt": "2026-11-20T10:00:00Z", "flowType": "SupplierInvoice"}
    answered: list[int] = []
    for _ in range(20):
        batch = [post_status(client, body, key=key) for _ in range(25)]
        batch += [post_afnor_flow(client, flow) for _ in range(25)]
        answered += [r.status_code for r in await asyncio.gather(*batch)]
    assert len(answered) == 1_000 and set(answered) == {200}
    assert len(await stored(pg_pool, key)) == 1
    dedup = f"afnor:flow:{flow['flowId']}@{flow['updatedAt']}"
    assert await pg_pool.fetchval("SELECT count(*) FROM webhook_inbox WHERE dedup_key = $1", dedup) == 1
