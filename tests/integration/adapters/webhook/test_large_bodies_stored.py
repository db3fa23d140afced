"""A genuine webhook body past the spool threshold, over real HTTP (uvicorn on 127.0.0.1) into the PostgreSQL inbox:
stored from its temporary file by a streamed COPY, never held whole. An INSERT's parameter is copied whole into
asyncpg's write buffer and the transport's: a 98 MiB IOPOLE invoice callback peaked at 4 times its size on a real
serve (read back, split, then inserted), and 4 at once outlasted the inbox's 10 s timeout (3 answered 503)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import tracemalloc
import uuid
from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest
from starlette.applications import Starlette

from adapters.postgres.inbox import PgInbox
from adapters.webhook.routes import WebhookSettings
from domain.reception import Delivery, DeliveryKind
from tests.support.asgi_server import serve_app
from tests.support.spooled_callbacks import SlicedBody
from tests.support.spooled_callbacks import flow as flow_callback
from tests.support.spooled_callbacks import invoice as invoice_callback
from tests.support.webhooks import call_app, now_ms, platform_routes, post_afnor_flow, post_invoice

LARGE = 24 << 20
HELD = 8 << 20  # what storing such a body may hold at once: the spool's threshold, a batch, a piece read back


def invoice(size: int) -> bytes:
    return (
        b"<Invoice>" + hashlib.sha256(str(size).encode()).hexdigest().encode() * (size // 64) + b"</Invoice>"
    )


@pytest.fixture(scope="module")
async def client(pg_pool: asyncpg.Pool) -> AsyncIterator[httpx.AsyncClient]:
    routes = platform_routes(PgInbox(pg_pool), WebhookSettings())
    async with serve_app(Starlette(routes=routes)) as base_url:
        async with httpx.AsyncClient(base_url=base_url, timeout=120) as http:
            yield http


async def body_of(pool: asyncpg.Pool, key: str) -> bytes:
    [row] = await pool.fetch(
        """SELECT body, kind, note FROM webhook_inbox
            WHERE dedup_key = $1 OR headers->>'X-Idempotency-Key' = $1""",
        key,
    )
    assert (row["kind"], row["note"]) in {("invoice", ""), ("flow", "")}
    return bytes(row["body"])


async def test_a_large_invoice_callback_is_stored_byte_for_byte_from_its_spool(client, pg_pool) -> None:
    content = invoice(3 << 20)
    key = str(uuid.uuid4())
    response = await post_invoice(client, content, key=key)
    assert response.status_code == 200
    stored = await body_of(pg_pool, key)
    assert content in stored and stored.startswith(b"--") and len(stored) > len(content)


async def test_a_large_afnor_flow_is_stored_byte_for_byte(client, pg_pool) -> None:
    flow = {"flowId": str(uuid.uuid4()), "updatedAt": "2026-12-07T10:00:00Z", "pad": "é" * (1 << 20)}
    assert (await post_afnor_flow(client, flow)).status_code == 200
    stored = await body_of(pg_pool, f"afnor:flow:{flow['flowId']}@2026-12-07T10:00:00Z")
    assert stored == json.dumps(flow).encode()  # as post_afnor_flow sent it


async def test_a_large_callback_sent_again_stores_nothing_new_even_at_once(client, pg_pool) -> None:
    """COPY knows no ON CONFLICT: a key stored is looked for first, and one stored meanwhile ends the COPY. (One
    signing sent 4 times: the key is what IOPOLE signs, whatever X-Idempotency-Key says.)"""
    content = invoice(2 << 20)
    key, stamp = str(uuid.uuid4()), now_ms()
    answers = await asyncio.gather(
        *(post_invoice(client, content, key=key, timestamp_ms=stamp) for _ in range(3))
    )
    assert [a.status_code for a in answers] == [200] * 3
    assert (await post_invoice(client, content, key=str(uuid.uuid4()), timestamp_ms=stamp)).status_code == 200
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM webhook_inbox WHERE headers->>'X-Timestamp' = $1", str(stamp)
        )
        == 1
    )


async def _served_peak(pg_pool, path: str, headers, body: bytes) -> tuple[int, int]:
    """The callback served in process into the PostgreSQL inbox, in 64 KiB pieces as uvicorn hands them: its answer
    and the most bytes held at once meanwhile."""
    app = Starlette(routes=platform_routes(PgInbox(pg_pool), WebhookSettings()))
    tracemalloc.start()
    try:
        answered = await call_app(app, path, headers, SlicedBody(body))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return answered, peak


async def test_a_genuine_large_invoice_callback_costs_no_copy_of_its_body(pg_pool) -> None:
    """Served in process (the body in 64 KiB pieces, as uvicorn hands them) into the PostgreSQL inbox: read back,
    split and inserted, a 24 MiB callback held 4 times its size at once."""
    path, body, headers = invoice_callback(LARGE, True)
    answered, peak = await _served_peak(pg_pool, path, headers, body)
    assert answered == 200
    assert peak < HELD, f"a {len(body)}-byte callback held {peak} bytes at once"
    digest = hashlib.sha256(body).hexdigest()
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM webhook_inbox WHERE sha256(body) = decode($1, 'hex') AND received_at > now() - interval '1 minute'",
            digest,
        )
        == 1
    )


async def test_a_genuine_large_json_callback_is_named_holding_its_size_twice_at_most(pg_pool) -> None:
    """An AFNOR flow (or IOPOLE status) callback is read back to be named: its bytes were held while their text was
    parsed (its bytes, its text, its values: 3 times its size at once); let go once they are text."""
    path, body, headers = flow_callback(LARGE, True)
    answered, peak = await _served_peak(pg_pool, path, headers, body)
    assert answered == 200
    assert peak < len(body) * 5 // 2, f"a {len(body)}-byte JSON callback held {peak} bytes at once"


async def test_storing_a_large_body_holds_no_copy_of_it(pg_pool) -> None:
    """The inbox's part alone, in process: a body given in pieces is streamed (it was 3 copies at once)."""
    size = LARGE

    class Pieces:
        size = LARGE

        async def pieces(self) -> AsyncIterator[bytes]:
            for _ in range(LARGE >> 20):
                yield b"p" * (1 << 20)  # each piece made when asked, dropped once sent

    delivery = Delivery("iopole", "webhook", DeliveryKind.INVOICE, f"iopole:key:{uuid.uuid4()}", b"")
    tracemalloc.start()
    try:
        new_id = await PgInbox(pg_pool).add(delivery, Pieces())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert new_id is not None
    assert peak < HELD, f"storing a {size}-byte body held {peak} bytes at once"
    assert await pg_pool.fetchval("SELECT length(body) FROM webhook_inbox WHERE id = $1", new_id) == size


async def test_a_large_body_is_given_time_by_its_size_not_a_rows(pg_pool) -> None:
    """The inbox's timeout is a row's (10 s): a body of many MiB, stored beside others, took longer and was cut
    (503, sent again, cut again). A body coming in slowly here: 3 pieces 0.4 s apart, past a 0.5 s row timeout."""

    class SlowPieces:
        size = 3 << 20

        async def pieces(self) -> AsyncIterator[bytes]:
            for _ in range(3):
                await asyncio.sleep(0.4)
                yield b"s" * (1 << 20)

    delivery = Delivery("iopole", "webhook", DeliveryKind.INVOICE, f"iopole:key:{uuid.uuid4()}", b"")
    new_id = await PgInbox(pg_pool, timeout=0.5).add(delivery, SlowPieces())
    assert await pg_pool.fetchval("SELECT length(body) FROM webhook_inbox WHERE id = $1", new_id) == 3 << 20
