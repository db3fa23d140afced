"""Deliveries processed from the inbox after the answer: invoices routed and stored, statuses applied."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import asyncpg
import pytest

from adapters.pdp.exchange import MAX_DOCUMENT_ANSWER_BYTES
from adapters.postgres.uow import PgUnitOfWork
from adapters.webhook.routes import DEFAULT_MAX_BODY_BYTES
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice
from tests.support.reception import reception_stack, settled, wait_until
from tests.support.webhooks import addressed_to, post_invoice, post_status, status_body

FIXTURES = Path(__file__).parents[4] / "fixtures" / "documents"
CII = (FIXTURES / "cii_invoice_fr_b2b_services.xml").read_bytes()
UBL = (FIXTURES / "ubl_invoice_fr_b2b_services.xml").read_bytes()


async def known_company(pool: asyncpg.Pool) -> str:
    siren = random_siren()
    await pool.execute("INSERT INTO companies (siren) VALUES ($1)", siren)
    return siren


async def inbox_row(pool: asyncpg.Pool, key: str) -> asyncpg.Record:
    return await pool.fetchrow("SELECT * FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", key)


@pytest.fixture
async def stack(pg_pool, document_reader):
    async with reception_stack(pg_pool, document_reader) as running:
        yield running


@pytest.fixture
async def wide_stack(pg_pool, document_reader):
    """As production takes IOPOLE's bodies: up to WEBHOOK_MAX_BODY_BYTES' default."""
    async with reception_stack(pg_pool, document_reader, max_body_bytes=DEFAULT_MAX_BODY_BYTES) as running:
        yield running


@pytest.mark.parametrize("document", [CII, UBL], ids=["cii", "ubl"])
async def test_an_invoice_for_a_known_company_is_validated_and_stored_with_its_bytes(
    stack, pg_pool, document
) -> None:
    company = await known_company(pg_pool)
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    document = addressed_to(document, company)
    response = await post_invoice(
        stack.client, document, key=key, invoice_id=platform_id, target=f"0225:{company}"
    )
    assert response.status_code == 200
    await wait_until(lambda: settled(pg_pool, [key]), what="the invoice delivery")
    row = await pg_pool.fetchrow(
        "SELECT * FROM received_invoices WHERE platform_invoice_id = $1", platform_id
    )
    assert row["company_siren"] == company
    assert bytes(row["document"]) == document
    assert row["valid"] is True and row["report"]["complete"] is True
    assert row["number"] == "F2026-00111"
    assert row["sender_accept_status"] == "ACCEPTED"
    assert row["syntax"] in ("CII", "UBL")
    events = await pg_pool.fetch(
        "SELECT kind, state FROM received_invoice_events WHERE received_invoice_id = $1", row["id"]
    )
    assert [(e["kind"], e["state"]) for e in events] == [("RECEIVED", "ACCEPTED")]
    assert (await inbox_row(pg_pool, key))["state"] == "DONE"


async def test_an_invalid_document_is_stored_with_its_findings(stack, pg_pool) -> None:
    company = await known_company(pg_pool)
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    broken = addressed_to(CII, company).replace(b"F2026-00111", b"", 1)
    await post_invoice(stack.client, broken, key=key, invoice_id=platform_id, target=f"0225:{company}")
    await wait_until(lambda: settled(pg_pool, [key]))
    row = await pg_pool.fetchrow(
        "SELECT valid, report FROM received_invoices WHERE platform_invoice_id = $1", platform_id
    )
    assert row["valid"] is False
    assert any(f["severity"] == "fatal" for f in row["report"]["findings"])


async def test_an_invoice_for_an_unknown_company_is_parked_then_replayed(stack, pg_pool) -> None:
    company = random_siren()
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    await post_invoice(
        stack.client, addressed_to(CII, company), key=key, invoice_id=platform_id, target=f"0225:{company}"
    )
    await wait_until(lambda: settled(pg_pool, [key]))
    parked = await inbox_row(pg_pool, key)
    assert (parked["state"], parked["company_siren"]) == ("PARKED", company)
    assert "no known company" in parked["last_error"]
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM received_invoices WHERE platform_invoice_id = $1", platform_id
        )
        == 0
    )

    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    assert await stack.inbox.replay(parked["company_number"], company)
    await wait_until(lambda: settled(pg_pool, [key]))
    assert (await inbox_row(pg_pool, key))["state"] == "DONE"
    assert (
        await pg_pool.fetchval(
            "SELECT company_siren FROM received_invoices WHERE platform_invoice_id = $1", platform_id
        )
        == company
    )


async def test_an_invoice_without_target_is_routed_by_the_buyer_siren(stack, pg_pool) -> None:
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ('303265045') ON CONFLICT DO NOTHING")
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    await post_invoice(stack.client, CII, key=key, invoice_id=platform_id)
    await wait_until(lambda: settled(pg_pool, [key]))
    assert (
        await pg_pool.fetchval(
            "SELECT company_siren FROM received_invoices WHERE platform_invoice_id = $1", platform_id
        )
        == "303265045"
    )


async def test_an_unreadable_delivery_is_unprocessable_and_visible(stack, pg_pool) -> None:
    key = str(uuid.uuid4())
    await post_status(stack.client, b'{"hello": "world"}', key=key)
    await wait_until(lambda: settled(pg_pool, [key]))
    row = await inbox_row(pg_pool, key)
    assert row["state"] == "UNPROCESSABLE" and row["last_error"]


async def sent_invoice(
    pool: asyncpg.Pool, platform_id: str = "", company_siren: str | None = None, platform: str = "iopole"
) -> tuple[str, str, str]:
    """An outbound invoice (of `company_siren`, else a new company) as SendStep leaves it: SENT through `platform`
    as `platform_id`, with its accepted submission."""
    outbound = an_outbound_invoice(company_siren)
    async with PgUnitOfWork(pool) as uow:
        await uow.invoices.add(outbound)
        await uow.commit()
    platform_id = platform_id or str(uuid.uuid4())
    await pool.execute(
        "UPDATE invoices SET platform_id = $2, state = 'SENT' WHERE id = $1",
        uuid.UUID(outbound.id),
        platform_id,
    )
    await pool.execute(
        """INSERT INTO submissions (invoice_id, company_siren, platform, sha256, invoice_number,
                                    attempt_started_at, outcome, platform_id)
           VALUES ($1, $2, $6, $3, $4, now(), 'ACCEPTED', $5)""",
        uuid.UUID(outbound.id),
        outbound.company_siren,
        hashlib.sha256(outbound.id.encode()).hexdigest(),
        outbound.invoice.number,
        platform_id,
        platform,
    )
    return outbound.id, outbound.company_siren, platform_id


async def test_statuses_out_of_order_and_duplicated_keep_history_and_follow_the_lifecycle(
    stack, pg_pool
) -> None:
    invoice_id, company, platform_id = await sent_invoice(pg_pool)
    bodies = [
        status_body(platform_id, label, status_id=f"{platform_id}-{label}", date=f"2026-11-20T10:0{i}:00Z")
        for i, label in enumerate(["SUBMITTED", "ISSUED", "RECEIVED", "MADE_AVAILABLE", "WEIRD_NEW_CODE"])
    ]
    keys = []
    for body in [bodies[3], bodies[0], bodies[4], bodies[2], bodies[1], bodies[3]]:  # out of order, one twice
        keys.append(str(uuid.uuid4()))
        assert (await post_status(stack.client, body, key=keys[-1])).status_code == 200
    await wait_until(lambda: settled(pg_pool, [k for k in keys]))
    codes = await pg_pool.fetch(
        "SELECT code, source FROM status_history WHERE invoice_id = $1 ORDER BY at", invoice_id
    )
    assert [r["code"] for r in codes] == ["200", "201", "202", "203", "WEIRD_NEW_CODE"]
    assert {r["source"] for r in codes} == {"webhook"}
    row = await pg_pool.fetchrow(
        "SELECT lifecycle_code, version FROM invoices WHERE id = $1", uuid.UUID(invoice_id)
    )
    assert row["lifecycle_code"] == "203"
    events = await pg_pool.fetch(
        "SELECT status_code FROM invoice_events WHERE invoice_id = $1 AND kind = 'STATUS'",
        uuid.UUID(invoice_id),
    )
    assert sorted(e["status_code"] for e in events) == ["200", "201", "202", "203", "WEIRD_NEW_CODE"]
    assert company


async def test_a_rejection_is_final_and_its_details_become_findings(stack, pg_pool) -> None:
    invoice_id, _company, platform_id = await sent_invoice(pg_pool)
    rejected = status_body(platform_id, "REJECTED", date="2026-11-20T10:00:00Z", reason="BR-FR-10")
    later = status_body(platform_id, "ISSUED", date="2026-11-20T11:00:00Z")
    keys = [str(uuid.uuid4()), str(uuid.uuid4())]
    await post_status(stack.client, rejected, key=keys[0])
    await post_status(stack.client, later, key=keys[1])
    await wait_until(lambda: settled(pg_pool, [k for k in keys]))
    assert (
        await pg_pool.fetchval("SELECT lifecycle_code FROM invoices WHERE id = $1", uuid.UUID(invoice_id))
        == "213"
    )


async def test_a_payment_sent_through_iopole_carries_the_amount_of_its_additional_data(
    stack, pg_pool
) -> None:
    """A buyer's 211 as IOPOLE's status callback carries it (`json.responses[].additionalData`, the CDAR's MDG-43
    blocks in the operator-invoicing OpenAPI): its amount is stored and told against the books. Session 16 stored
    none (`no_amount`) for every IOPOLE 211."""
    invoice_id, _company, platform_id = await sent_invoice(pg_pool)
    body = status_body(platform_id, "PAYMENT_SENT", date="2026-11-20T10:00:00Z")
    body["json"]["responses"][0]["additionalData"] = [
        {"type": "MEN", "amount": {"value": 100.1, "currency": "EUR"}},
        {"type": "MEN", "amount": {"value": 20.02, "currency": "EUR"}},
    ]
    key = str(uuid.uuid4())
    assert (await post_status(stack.client, body, key=key)).status_code == 200
    await wait_until(lambda: settled(pg_pool, [key]))
    amount = await pg_pool.fetchval(
        "SELECT amount FROM status_history WHERE invoice_id = $1 AND code = '211'", invoice_id
    )
    assert amount == Decimal("120.12")
    detail = await pg_pool.fetchval(
        "SELECT detail FROM invoice_events WHERE invoice_id = $1 AND status_code = '211'",
        uuid.UUID(invoice_id),
    )
    assert "PAY-SENT-UNMATCHED: the buyer reports 120.12 sent (211), the books record 0.00 paid" in detail, (
        detail
    )


async def test_a_status_on_a_received_invoice_updates_it(stack, pg_pool) -> None:
    company = await known_company(pg_pool)
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    await post_invoice(
        stack.client, addressed_to(CII, company), key=key, invoice_id=platform_id, target=f"0225:{company}"
    )
    status_keys = [str(uuid.uuid4()), str(uuid.uuid4())]
    await post_status(
        stack.client,
        status_body(platform_id, "MADE_AVAILABLE", date="2026-11-20T10:01:00Z"),
        key=status_keys[0],
    )
    await post_status(
        stack.client, status_body(platform_id, "RECEIVED", date="2026-11-20T10:00:00Z"), key=status_keys[1]
    )
    await wait_until(lambda: settled(pg_pool, [k for k in [key, *status_keys]]))
    row = await pg_pool.fetchrow(
        "SELECT id, lifecycle_code FROM received_invoices WHERE platform_invoice_id = $1", platform_id
    )
    assert row["lifecycle_code"] == "203"
    kinds = await pg_pool.fetch(
        "SELECT kind FROM received_invoice_events WHERE received_invoice_id = $1 ORDER BY id", row["id"]
    )
    assert [k["kind"] for k in kinds] == ["RECEIVED", "STATUS", "STATUS"]


async def test_a_status_for_an_unknown_invoice_is_retried_then_parked(stack, pg_pool) -> None:
    key = str(uuid.uuid4())
    await post_status(
        stack.client, status_body(str(uuid.uuid4()), "ISSUED"), key=key, target="0225:732829320"
    )
    await wait_until(lambda: settled(pg_pool, [key]), timeout=60)
    row = await inbox_row(pg_pool, key)
    assert row["state"] == "PARKED"
    assert row["attempts"] == stack.worker._processor.policy.unmatched_status_attempts
    assert json.loads(bytes(row["body"]))["status"]["code"] == "ISSUED"
    assert datetime.now(UTC) >= row["received_at"]


@pytest.mark.parametrize(
    "body",
    [
        {"invoiceId": "inv-nul", "status": {"code": "2\u0000"}},
        {"invoiceId": "inv\u0000", "status": {"code": "200"}},
        {
            "invoiceId": "inv-ctl",
            "status": {"code": "200"},
            "json": {"responses": [{"rejectionDetail": {"reason": "\u0001"}}]},
        },
        {"invoiceId": "inv-long", "status": {"code": "2" * 100_000}},
    ],
    ids=["nul-code", "nul-id", "control-reason", "huge-code"],
)
async def test_a_status_holding_text_that_cannot_be_stored_is_unprocessable_at_once(
    stack, pg_pool, body
) -> None:
    key = str(uuid.uuid4())
    await post_status(stack.client, json.dumps(body).encode(), key=key)
    await wait_until(lambda: settled(pg_pool, [key]))
    row = await inbox_row(pg_pool, key)
    assert (row["state"], row["attempts"]) == ("UNPROCESSABLE", 1), row["last_error"]
    assert "unreadable status" in row["last_error"]


async def test_an_iopole_document_over_the_received_document_limit_is_unprocessable_naming_it(
    wide_stack, pg_pool
) -> None:
    """IOPOLE's webhook bodies reach 100 MiB (WEBHOOK_MAX_BODY_BYTES), a received document holds 64 MiB (one limit
    whatever the platform, as AFNOR's flows): a larger one is stored at the door (the platform stops sending it),
    then parked UNPROCESSABLE at its first attempt naming the limit, never read nor kept as a received invoice that
    no gRPC answer could hold."""
    company = await known_company(pg_pool)
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    padding = b"<!--" + b"x" * (MAX_DOCUMENT_ANSWER_BYTES + 1024) + b"-->"
    document = CII.replace(b"?>", b"?>" + padding, 1)
    response = await post_invoice(
        wide_stack.client, document, key=key, invoice_id=platform_id, target=f"0225:{company}"
    )
    assert response.status_code == 200
    await wait_until(lambda: settled(pg_pool, [key]), 120, "the large delivery")
    row = await inbox_row(pg_pool, key)
    assert (row["state"], row["attempts"]) == ("UNPROCESSABLE", 1)
    assert platform_id in row["last_error"] and f"{MAX_DOCUMENT_ANSWER_BYTES} bytes" in row["last_error"]
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM received_invoices WHERE platform_invoice_id = $1", platform_id
        )
        == 0
    )


@pytest.mark.parametrize("date", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
async def test_a_status_dated_beyond_what_can_be_stored_is_unprocessable_at_once(
    stack, pg_pool, date
) -> None:
    """A platform's date that is no instant PostgreSQL or a UTC clock can hold (past the year 9999 or before the
    year 1 once in UTC): the delivery is the platform's unreadable one, parked at its first attempt, not a bug of
    ours retried with a traceback each time."""
    invoice_id, _company, platform_id = await sent_invoice(pg_pool)
    key = str(uuid.uuid4())
    body = status_body(platform_id, "RECEIVED", status_id=f"{platform_id}-far", date=date)
    assert (await post_status(stack.client, body, key=key)).status_code == 200
    await wait_until(lambda: settled(pg_pool, [key]), what="the far-dated status")
    row = await inbox_row(pg_pool, key)
    assert (row["state"], row["attempts"]) == ("UNPROCESSABLE", 1), row["last_error"]
    assert "date" in row["last_error"]
