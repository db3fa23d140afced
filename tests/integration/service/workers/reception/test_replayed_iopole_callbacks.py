"""A genuine IOPOLE callback captured by an attacker and sent again within the signature's tolerance, with other
values in the headers IOPOLE does not sign (X-Idempotency-Key, X-Target-Electronic-Address) and, for an invoice,
another invoiceId (a form field IOPOLE does not sign either); and IOPOLE's own resend of a callback whose answer was
lost, signed anew: real HTTP route, real PostgreSQL, the inbox worker, and the IOPOLE simulator (a real localhost
HTTP server) that confirms an invoice's id."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import asyncpg
import httpx
import pytest

from adapters.pdp.iopole.decoder import IopoleDeliveryDecoder
from tests.integration.service.workers.reception.test_inbound_processing import (
    CII,
    known_company,
    sent_invoice,
)
from tests.support.iopole_simulator import IopoleSimulator
from tests.support.pipeline import iopole_gateway
from tests.support.reception import Stack, reception_stack, wait_until
from tests.support.webhooks import IOPOLE_SECRET, addressed_to, now_ms, post_invoice, post_status, status_body

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


async def _send(
    stack, document: bytes, stamp: int, *, key: str, invoice_id: str, target: str
) -> httpx.Response:
    """One signing of `document` (at `stamp`) with these unsigned values, as an attacker can send it again."""
    response = await post_invoice(
        stack.client, document, key=key, invoice_id=invoice_id, target=f"0225:{target}", timestamp_ms=stamp
    )
    assert response.status_code == 200, response.text
    return response


def _payload_key(document: bytes) -> str:
    return f"iopole:payload:{hashlib.sha256(document).hexdigest()}"


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
    answers = [
        (await _send(stack, document, stamp, key=key, invoice_id=invoice_id, target=CII_BUYER)).json()
        for key, invoice_id in sent
    ]
    assert answers == [{}, {"duplicate_of": _payload_key(document)}, {"duplicate_of": _payload_key(document)}]
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


async def test_iopole_s_own_resend_of_an_invoice_callback_after_a_lost_answer_is_not_stored_again(
    stack, pg_pool
) -> None:
    """IOPOLE sends a callback again when our 2xx is lost, signed anew (another X-Timestamp, so another signature),
    its idempotency key the same: keyed by its signing, the resend was stored again (a second row, up to 100 MiB)."""
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1) ON CONFLICT DO NOTHING", CII_BUYER)
    document = CII.replace(b"F2026-00111", f"R-{uuid.uuid4().hex[:12]}".encode(), 1)
    key, invoice_id, stamp = str(uuid.uuid4()), str(uuid.uuid4()), now_ms()
    first = await _send(stack, document, stamp - 40_000, key=key, invoice_id=invoice_id, target=CII_BUYER)
    again = await _send(stack, document, stamp, key=key, invoice_id=invoice_id, target=CII_BUYER)
    assert (first.json(), again.json()) == ({}, {"duplicate_of": _payload_key(document)})
    await wait_until(lambda: _all_done(pg_pool, [key]), what="the delivery")
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM webhook_inbox WHERE body = $1", document) == 0
    )  # a form
    [row] = await _rows(pg_pool, [key])
    assert (row["dedup_key"], row["state"]) == (_payload_key(document), "DONE")
    received = await pg_pool.fetch(
        "SELECT platform_invoice_id FROM received_invoices WHERE document = $1", document
    )
    assert [r["platform_invoice_id"] for r in received] == [invoice_id]


# --- with IOPOLE's confirmation of the invoiceId (the profile's decoder, as `serve` wires it) ----------------------


@dataclass
class Confirming:
    stack: Stack
    sim: IopoleSimulator


@pytest.fixture
async def confirming(pg_pool, document_reader) -> AsyncIterator[Confirming]:
    with IopoleSimulator(webhook_secret=IOPOLE_SECRET) as sim:
        async with httpx.AsyncClient() as http:
            decoder = IopoleDeliveryDecoder(iopole_gateway(sim, http))
            async with reception_stack(pg_pool, document_reader, decoders={"iopole": decoder}) as running:
                yield Confirming(running, sim)


async def _on_iopole(sim: IopoleSimulator, buyer: str) -> tuple[bytes, str]:
    """A supplier's invoice IOPOLE holds, made out to `buyer`: its document and id."""
    document = addressed_to(CII.replace(b"F2026-00111", f"R-{uuid.uuid4().hex[:12]}".encode(), 1), buyer)
    return document, sim.store(document, "invoice.xml", direction="INBOUND").id


async def _received_ids(pool: asyncpg.Pool, document: bytes) -> list[tuple[str, str]]:
    rows = await pool.fetch(
        "SELECT platform_invoice_id, company_siren FROM received_invoices WHERE document = $1", document
    )
    return [(r["platform_invoice_id"], r["company_siren"]) for r in rows]


async def test_a_copy_taken_in_transit_that_beats_the_genuine_one_cannot_change_the_invoice_s_id(
    confirming, pg_pool
) -> None:
    """Before: the copy that came first gave the received invoice its invoiceId, unsigned (the buyer's statuses then
    went to that id, IOPOLE's statuses of the real one waited parked)."""
    stack, sim = confirming.stack, confirming.sim
    company = await known_company(pg_pool)
    document, genuine_id = await _on_iopole(sim, company)
    stamp, forged_id = now_ms(), str(uuid.uuid4())
    forged, genuine = str(uuid.uuid4()), str(uuid.uuid4())
    await _send(stack, document, stamp, key=forged, invoice_id=forged_id, target=company)
    await _send(stack, document, stamp, key=genuine, invoice_id=genuine_id, target=company)
    await wait_until(lambda: _all_done(pg_pool, [forged, genuine]), what="the delivery")
    assert await _received_ids(pg_pool, document) == [(genuine_id, company)]
    [row] = await _rows(pg_pool, [forged, genuine])  # stored once: the genuine copy's id kept beside it
    assert (row["state"], list(row["claimed_ids"])) == ("DONE", [forged_id, genuine_id])


async def test_a_changed_copy_processed_alone_is_routed_nowhere_until_the_genuine_one_comes(
    confirming, pg_pool
) -> None:
    stack, sim = confirming.stack, confirming.sim
    buyer = await known_company(pg_pool)
    document, genuine_id = await _on_iopole(sim, buyer)
    stamp, forged = now_ms(), str(uuid.uuid4())
    await _send(stack, document, stamp, key=forged, invoice_id=str(uuid.uuid4()), target=buyer)
    await wait_until(lambda: _all_done(pg_pool, [forged]), what="the changed copy")
    [row] = await _rows(pg_pool, [forged])
    assert (row["state"], row["company_siren"]) == ("PARKED", "")
    assert "no invoiceId it was sent with is confirmed by IOPOLE" in row["last_error"]
    assert await _received_ids(pg_pool, document) == []

    answer = await _send(stack, document, stamp, key=str(uuid.uuid4()), invoice_id=genuine_id, target=buyer)
    assert answer.json() == {"duplicate_of": _payload_key(document)}
    await wait_until(lambda: _all_done(pg_pool, [forged]), what="the delivery queued again")
    [row] = await _rows(pg_pool, [forged])
    assert (row["state"], row["company_siren"]) == ("DONE", buyer)
    assert await _received_ids(pg_pool, document) == [(genuine_id, buyer)]


async def test_a_copy_naming_another_company_s_address_for_a_document_naming_none_of_ours_is_not_routed_to_it(
    confirming, pg_pool
) -> None:
    """Before: a document whose buyer is none of ours went to the company the (unsigned) target address named. Now
    it is parked for the buyer it names (listed by nobody unless that company joins the gateway)."""
    stack, sim = confirming.stack, confirming.sim
    victim = await known_company(pg_pool)
    document, invoice_id = await _on_iopole(sim, "552100554")  # no company of the gateway
    key = str(uuid.uuid4())
    await _send(stack, document, now_ms(), key=key, invoice_id=invoice_id, target=victim)
    await wait_until(lambda: _all_done(pg_pool, [key]), what="the delivery")
    [row] = await _rows(pg_pool, [key])
    assert (row["state"], row["company_siren"]) == ("PARKED", "552100554")
    assert row["last_error"] == "no known company for 552100554"
    assert await _received_ids(pg_pool, document) == []
    assert await pg_pool.fetchval("SELECT count(*) FROM webhook_inbox WHERE company_siren = $1", victim) == 0


async def test_a_status_of_no_upload_yet_is_parked_for_no_company_whatever_its_unsigned_target(
    stack, pg_pool
) -> None:
    """Before: parked for the company X-Target-Electronic-Address (unsigned) named: a captured status sent again
    first with another company's address showed in that company's parked deliveries."""
    victim = await known_company(pg_pool)
    key = str(uuid.uuid4())
    body = status_body(str(uuid.uuid4()), "ISSUED")
    assert (await post_status(stack.client, body, key=key, target=f"0225:{victim}")).status_code == 200
    await wait_until(lambda: _all_done(pg_pool, [key]), what="the status")
    [row] = await _rows(pg_pool, [key])
    assert (row["state"], row["company_siren"], row["company_number"]) == ("PARKED", "", None)


async def test_one_file_iopole_holds_under_two_ids_is_received_twice_the_second_a_copy(
    confirming, pg_pool
) -> None:
    """A supplier depositing the same file twice makes two IOPOLE invoices (IOPOLE has no upload idempotency): keyed
    by its file, the second callback is the same delivery; its id, confirmed, is a received invoice of its own, a copy
    of the first (so that the buyer can refuse it, DOUBLON)."""
    stack, sim = confirming.stack, confirming.sim
    buyer = await known_company(pg_pool)
    document, first_id = await _on_iopole(sim, buyer)
    second_id = sim.store(document, "invoice.xml", direction="INBOUND").id
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    await _send(stack, document, now_ms(), key=first, invoice_id=first_id, target=buyer)
    await wait_until(lambda: _all_done(pg_pool, [first]), what="the first")
    await _send(stack, document, now_ms(), key=second, invoice_id=second_id, target=buyer)
    await wait_until(lambda: _all_done(pg_pool, [first, second]), what="the delivery again")
    rows = await pg_pool.fetch(
        "SELECT platform_invoice_id, copy_of FROM received_invoices WHERE document = $1 ORDER BY created_at",
        document,
    )
    assert [r["platform_invoice_id"] for r in rows] == [first_id, second_id]
    assert rows[0]["copy_of"] is None and rows[1]["copy_of"] is not None
