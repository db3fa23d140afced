"""A genuine IOPOLE callback captured by an attacker and sent again within the signature's tolerance, with other
values in the headers IOPOLE does not sign (X-Idempotency-Key, X-Target-Electronic-Address) and, for an invoice,
another invoiceId (a form field IOPOLE does not sign either): real HTTP route, real PostgreSQL, the inbox worker."""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from tests.integration.service.workers.reception.test_inbound_processing import (
    CII,
    known_company,
    sent_invoice,
)
from tests.support.reception import reception_stack, wait_until
from tests.support.webhooks import now_ms, post_invoice, post_status, status_body

CII_BUYER = "303265045"  # the fixture's buyer (BT-47 and BT-49)


@pytest.fixture
async def stack(pg_pool, document_reader):
    async with reception_stack(pg_pool, document_reader) as running:
        yield running


async def _rows(pool: asyncpg.Pool, keys: list[str]) -> list[asyncpg.Record]:
    return await pool.fetch(
        "SELECT * FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = any($1::text[]) ORDER BY id", keys
    )


async def _all_done(pool: asyncpg.Pool, keys: list[str]) -> bool:
    return all(r["state"] != "PENDING" for r in await _rows(pool, keys))


async def _send(stack, document: bytes, stamp: int, *, key: str, invoice_id: str, target: str) -> None:
    """One signing of `document` (at `stamp`) with these unsigned values, as an attacker can send it again."""
    response = await post_invoice(
        stack.client, document, key=key, invoice_id=invoice_id, target=f"0225:{target}", timestamp_ms=stamp
    )
    assert response.status_code == 200, response.text


async def test_an_invoice_callback_replayed_with_other_unsigned_values_is_stored_once_and_received_once(
    stack, pg_pool
) -> None:
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1) ON CONFLICT DO NOTHING", CII_BUYER)
    document = CII.replace(b"F2026-00111", f"R-{uuid.uuid4().hex[:12]}".encode(), 1)
    stamp, genuine_id = now_ms(), str(uuid.uuid4())
    sent = [
        (str(uuid.uuid4()), genuine_id),  # the genuine callback
        (str(uuid.uuid4()), genuine_id),  # again, another idempotency key
        (str(uuid.uuid4()), str(uuid.uuid4())),  # again, another invoiceId too
    ]
    for key, invoice_id in sent:  # the copies are answered as a duplicate is
        await _send(stack, document, stamp, key=key, invoice_id=invoice_id, target=CII_BUYER)
    keys = [key for key, _ in sent]
    await wait_until(lambda: _all_done(pg_pool, keys), what="the deliveries")
    assert len(await _rows(pg_pool, keys)) == 1
    received = await pg_pool.fetch(
        "SELECT platform_invoice_id FROM received_invoices WHERE document = $1", document
    )
    assert [r["platform_invoice_id"] for r in received] == [genuine_id]


async def test_an_invoice_callback_replayed_first_with_another_company_s_address_stays_with_its_buyer(
    stack, pg_pool
) -> None:
    """The attacker's copy arrives first (it was taken in transit), naming another company of the gateway."""
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1) ON CONFLICT DO NOTHING", CII_BUYER)
    other = await known_company(pg_pool)
    document = CII.replace(b"F2026-00111", f"R-{uuid.uuid4().hex[:12]}".encode(), 1)
    stamp, invoice_id = now_ms(), str(uuid.uuid4())
    replay, genuine = str(uuid.uuid4()), str(uuid.uuid4())
    for key, target in ((replay, other), (genuine, CII_BUYER)):
        await _send(stack, document, stamp, key=key, invoice_id=invoice_id, target=target)
    await wait_until(lambda: _all_done(pg_pool, [replay, genuine]), what="the deliveries")
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM received_invoices WHERE company_siren = $1", other) == 0
    )
    row = await pg_pool.fetchrow(
        "SELECT company_siren FROM received_invoices WHERE platform_invoice_id = $1", invoice_id
    )
    assert row["company_siren"] == CII_BUYER
    [delivery] = await _rows(pg_pool, [replay, genuine])
    assert (delivery["state"], delivery["company_siren"]) == ("DONE", CII_BUYER)
    assert f"the target address named {other}" in delivery["result"]


async def test_a_status_callback_replayed_with_another_idempotency_key_is_stored_once(stack, pg_pool) -> None:
    invoice_id, _company, platform_id = await sent_invoice(pg_pool)
    body, stamp = status_body(platform_id, "ISSUED"), now_ms()
    keys = [str(uuid.uuid4()) for _ in range(3)]
    for key in keys:
        assert (await post_status(stack.client, body, key=key, timestamp_ms=stamp)).status_code == 200
    await wait_until(lambda: _all_done(pg_pool, keys), what="the deliveries")
    [delivery] = await _rows(pg_pool, keys)
    assert delivery["dedup_key"] == f"iopole:status:{body['statusId']}"  # the key polling gives it too
    history = await pg_pool.fetch("SELECT code FROM status_history WHERE invoice_id = $1", invoice_id)
    assert [r["code"] for r in history] == ["201"]
