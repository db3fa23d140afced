"""Statuses of OUR invoices delivered by webhook: the pipeline's status use case on the delivery's transaction,
so they land in status_history exactly as the sandbox's callback does (one history, one event per status)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import asyncpg
import pytest

from adapters.postgres.inbox import PgInbox
from adapters.postgres.uow import PgUnitOfWork
from domain.pipeline_ports import SubmissionOutcome
from domain.platform import PlatformStatus
from service.usecases.archiving import InTransactionArchiver
from service.wiring.transmission import PlatformStatusSink, step_context
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.statuses import apply_parked_statuses
from service.workers.reception.processing import ProcessingPolicy
from tests.integration.service.workers.reception.test_inbound_processing import sent_invoice
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice
from tests.support.reception import UtcClock, reception_stack, settled, wait_until
from tests.support.webhooks import post_status, status_body


@pytest.fixture
async def stack(pg_pool, document_reader):
    async with reception_stack(pg_pool, document_reader) as running:
        yield running


async def deliver(stack, pool: asyncpg.Pool, *bodies: dict) -> None:
    keys = [str(uuid.uuid4()) for _ in bodies]
    for body, key in zip(bodies, keys, strict=True):
        assert (await post_status(stack.client, body, key=key)).status_code == 200
    await wait_until(lambda: settled(pool, [k for k in keys]))


async def lifecycle_code(pool: asyncpg.Pool, invoice_id: str) -> str:
    return str(
        await pool.fetchval("SELECT lifecycle_code FROM invoices WHERE id = $1", uuid.UUID(invoice_id))
    )


async def status_events(pool: asyncpg.Pool, invoice_id: str) -> list[asyncpg.Record]:
    """The rows WatchInvoiceEvents streams (and GetInvoiceHistory lists) for this invoice."""
    return await pool.fetch(
        "SELECT status_code, findings FROM invoice_events WHERE invoice_id = $1 AND kind = 'STATUS' ORDER BY id",
        uuid.UUID(invoice_id),
    )


async def test_a_webhook_rejection_puts_its_rule_ids_on_the_invoice(stack, pg_pool) -> None:
    invoice_id, company, platform_id = await sent_invoice(pg_pool)
    errors = [
        {
            "reason": "BUSINESS",
            "rule": "BR-FR-10",
            "message": "the buyer SIREN is missing",
            "location": "BT-47",
        },
        {"reason": "SCHEMA", "rule": "BR-CO-10", "message": "sum of line net amounts", "location": "BT-106"},
    ]
    await deliver(stack, pg_pool, status_body(platform_id, "REJECTED", reason="BUSINESS", errors=errors))

    async with PgUnitOfWork(pg_pool) as uow:
        invoice = await uow.invoices.get(company, invoice_id)
        history = await uow.invoices.history(company, invoice_id)
    assert invoice is not None and invoice.lifecycle_code == "213"
    assert [f.rule_id for f in invoice.findings] == ["BR-FR-10", "BR-CO-10"]
    statuses = [e for e in history if e.kind == "STATUS"]
    assert [(e.status_code, [f.rule_id for f in e.findings]) for e in statuses] == [
        ("213", ["BR-FR-10", "BR-CO-10"])
    ]
    stored = await pg_pool.fetchrow(
        "SELECT code, source, findings FROM status_history WHERE invoice_id = $1", invoice_id
    )
    assert (stored["code"], stored["source"]) == ("213", "webhook")
    assert [f["rule_id"] for f in stored["findings"]] == ["BR-FR-10", "BR-CO-10"]
    # Nothing of an outbound invoice goes to reception's table any more.
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM platform_statuses WHERE platform_invoice_id = $1", platform_id
        )
        == 0
    )


async def test_webhook_statuses_out_of_order_follow_the_lifecycle(stack, pg_pool) -> None:
    invoice_id, company, platform_id = await sent_invoice(pg_pool)
    made_available = status_body(platform_id, "MADE_AVAILABLE", date="2026-11-20T10:03:00Z")
    submitted = status_body(platform_id, "SUBMITTED", date="2026-11-20T10:00:00Z")
    await deliver(stack, pg_pool, made_available)
    await deliver(stack, pg_pool, submitted, made_available)  # late, then a redelivery

    assert await lifecycle_code(pg_pool, invoice_id) == "203"
    arrived = await pg_pool.fetch(
        "SELECT code FROM status_history WHERE invoice_id = $1 ORDER BY id", invoice_id
    )
    assert [r["code"] for r in arrived] == ["203", "200"]
    assert [e["status_code"] for e in await status_events(pg_pool, invoice_id)] == ["203", "200"]
    assert company


async def test_a_status_dated_in_the_far_future_is_dated_on_arrival_kept_and_archived(
    pg_pool, document_reader
) -> None:
    # A platform whose clock is wrong by years (here the last day the calendar has): its status must neither stay
    # current over the ones that truly came after it, nor give its archived message a retention from that date.
    invoice_id, company, platform_id = await sent_invoice(pg_pool)
    before = datetime.now(UTC)
    archive = InTransactionArchiver(UtcClock())
    async with reception_stack(pg_pool, document_reader, archive=archive) as stack:
        await deliver(stack, pg_pool, status_body(platform_id, "DISPUTED", date="9999-12-31T23:59:59Z"))
        paid = datetime.now(UTC).isoformat()  # by a right clock, after the 207 arrived
        await deliver(stack, pg_pool, status_body(platform_id, "PAYMENT_RECEIVED", date=paid))

    assert await lifecycle_code(pg_pool, invoice_id) == "212"
    kept = await pg_pool.fetch(
        "SELECT code, at FROM status_history WHERE invoice_id = $1 ORDER BY id", invoice_id
    )
    assert [r["code"] for r in kept] == ["207", "212"]
    assert before <= kept[0]["at"] <= datetime.now(UTC)
    inbox = await pg_pool.fetch("SELECT state FROM webhook_inbox WHERE result LIKE $1", f"%{invoice_id}%")
    assert [r["state"] for r in inbox] == ["DONE", "DONE"]
    archived = await pg_pool.fetch(
        "SELECT document_date FROM archive_items WHERE invoice_id = $1 AND kind = 'status_message'",
        invoice_id,
    )
    assert len(archived) == 2 and company
    assert all(before.date() <= r["document_date"] <= datetime.now(UTC).date() for r in archived)


async def test_a_status_with_no_date_is_dated_on_arrival_kept_and_archived(pg_pool, document_reader) -> None:
    # It was dated 1970-01-01 (the epoch stood for "no date"): an archived message kept from 1970 is past its
    # retention at once, and the history showed a status older than the invoice.
    invoice_id, company, platform_id = await sent_invoice(pg_pool)
    undated = status_body(platform_id, "DISPUTED")
    del undated["date"]
    before = datetime.now(UTC)
    archive = InTransactionArchiver(UtcClock())
    async with reception_stack(pg_pool, document_reader, archive=archive) as stack:
        await deliver(stack, pg_pool, undated)

    assert await lifecycle_code(pg_pool, invoice_id) == "207"
    [kept] = await pg_pool.fetch("SELECT code, at FROM status_history WHERE invoice_id = $1", invoice_id)
    assert kept["code"] == "207" and before <= kept["at"] <= datetime.now(UTC)
    [archived] = await pg_pool.fetch(
        "SELECT document_date FROM archive_items WHERE invoice_id = $1 AND kind = 'status_message'",
        invoice_id,
    )
    assert before.date() <= archived["document_date"] <= datetime.now(UTC).date() and company


@pytest.mark.parametrize("with_status_id", [True, False], ids=["status-id", "no-status-id"])
async def test_one_status_by_webhook_and_by_the_sandbox_callback_is_one_entry_and_one_event(
    stack, pg_pool, with_status_id
) -> None:
    invoice_id, company, platform_id = await sent_invoice(pg_pool)
    status_id = str(uuid.uuid4()) if with_status_id else ""
    at = datetime(2026, 11, 20, 10, 1, tzinfo=UTC)
    # an in-process callback of the platform the invoice went through (as the sandbox calls back for its own)
    sink = PlatformStatusSink(step_context(pg_pool, UtcClock(), PipelineConfig()), "iopole")
    await sink(platform_id, PlatformStatus("201", "ISSUED", "ISSUED", at, status_id=status_id))
    body = status_body(platform_id, "ISSUED", status_id=status_id, date="2026-11-20T10:01:00Z")
    if not with_status_id:
        del body["statusId"]
    await deliver(stack, pg_pool, body)
    await sink(platform_id, PlatformStatus("201", "ISSUED", "ISSUED", at, status_id=status_id))  # and again

    stored = await pg_pool.fetch("SELECT code, source FROM status_history WHERE invoice_id = $1", invoice_id)
    assert [(r["code"], r["source"]) for r in stored] == [("201", "iopole")]
    assert [e["status_code"] for e in await status_events(pg_pool, invoice_id)] == ["201"]
    async with PgUnitOfWork(pg_pool) as uow:
        history = await uow.invoices.history(company, invoice_id)
    assert [e.status_code for e in history if e.kind == "STATUS"] == ["201"]


async def pending_invoice(pool: asyncpg.Pool) -> tuple[str, str]:
    """An outbound invoice whose upload is under way: its submission has no platform id yet."""
    outbound = an_outbound_invoice()
    async with PgUnitOfWork(pool) as uow:
        await uow.invoices.add(outbound)
        await uow.commit()
    await pool.execute(
        """INSERT INTO submissions (invoice_id, company_siren, platform, sha256, invoice_number,
                                    attempt_started_at, outcome)
           VALUES ($1, $2, 'iopole', $3, $4, now(), 'PENDING')""",
        uuid.UUID(outbound.id),
        outbound.company_siren,
        hashlib.sha256(outbound.id.encode()).hexdigest(),
        outbound.invoice.number,
    )
    return outbound.id, outbound.company_siren


async def test_a_webhook_status_before_our_sent_commit_is_parked_then_applied_with_it(
    pg_pool, document_reader
):
    invoice_id, company = await pending_invoice(pg_pool)
    platform_id = str(uuid.uuid4())
    policy = ProcessingPolicy(unmatched_status_attempts=1)  # park on the first miss
    async with reception_stack(pg_pool, document_reader, policy=policy) as stack:
        key, body = str(uuid.uuid4()), status_body(platform_id, "SUBMITTED")
        await post_status(stack.client, body, key=key)
        await wait_until(lambda: settled(pg_pool, [key]))
    assert (
        await pg_pool.fetchval(
            "SELECT state FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", key
        )
        == "PARKED"
    )
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM parked_statuses WHERE platform_id = $1", platform_id)
        == 1
    )

    ctx = step_context(pg_pool, UtcClock(), PipelineConfig())
    async with ctx.uow() as uow:  # what SendStep commits with SENT
        invoice = await uow.invoices.get(company, invoice_id)
        submission = await uow.transmissions.submission(invoice_id)
        assert invoice is not None and submission is not None
        submission.outcome, submission.platform_id = SubmissionOutcome.ACCEPTED, platform_id
        parked = await uow.transmissions.save_accepted(submission)
        invoice.platform_id = platform_id
        await apply_parked_statuses(ctx, uow, invoice, parked)
        await uow.invoices.save(invoice)
        await uow.commit()

    stored = await pg_pool.fetch("SELECT code, source FROM status_history WHERE invoice_id = $1", invoice_id)
    assert [(r["code"], r["source"]) for r in stored] == [("200", "webhook")]
    assert [e["status_code"] for e in await status_events(pg_pool, invoice_id)] == ["200"]
    # Applied in the gateway's commit, audited as the platform's delivery (its actor and request id kept).
    audited = await pg_pool.fetchrow(
        "SELECT actor, request_id FROM audit_log WHERE subject_id = $1 AND action = 'invoice.status'",
        invoice_id,
    )
    assert (audited["actor"], audited["request_id"]) == (
        "platform:iopole",
        f"webhook:iopole:status:{body['statusId']}",
    )
    # The delivery that brought it is done with it, for its company. It stayed PARKED without a company: doctor
    # warned "N delivery(ies) parked -> received parked, then replay" for ever, and `received parked` listed none
    # (seen after a replica killed mid-send: 24 such deliveries, their statuses long applied).
    delivery = await pg_pool.fetchrow(
        "SELECT state, company_siren, result FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", key
    )
    assert (delivery["state"], delivery["company_siren"]) == ("DONE", company)
    assert delivery["result"] == f"its statuses applied when invoice {invoice_id} was sent"


async def test_a_delivery_parked_for_one_company_and_done_for_another_keeps_no_number_of_the_first(
    pg_pool, document_reader
):
    # A status parked for a company (A) about the invoice of another company (B), numbered 1 in A's series
    # (migration 0740); B has a delivery of its own parked, 1 in B's. B's SENT takes the status and the delivery is
    # done for B: it kept A's number, (B, 1) twice, and the unique index refused the commit of SENT itself
    # (UniqueViolationError), after the platform took the upload. Releases before session 17 parked a status for the
    # company its target address (IOPOLE's header, unsigned) named; one so parked is still in the inbox.
    invoice_id, company = await pending_invoice(pg_pool)
    other = random_siren()
    platform_id = str(uuid.uuid4())
    policy = ProcessingPolicy(unmatched_status_attempts=1)  # park on the first miss
    async with reception_stack(pg_pool, document_reader, policy=policy) as stack:
        keys = [str(uuid.uuid4()), str(uuid.uuid4())]
        await post_status(
            stack.client, status_body(platform_id, "SUBMITTED"), key=keys[0], target=f"0225:{other}"
        )
        await post_status(
            stack.client, status_body(str(uuid.uuid4()), "SUBMITTED"), key=keys[1], target=company
        )

        # found by the header kept, whatever the delivery is keyed by
        async def parked() -> list[asyncpg.Record]:
            return await pg_pool.fetch(
                """SELECT state, company_siren, company_number FROM webhook_inbox
                    WHERE headers->>'X-Idempotency-Key' = ANY($1) ORDER BY headers->>'X-Idempotency-Key' = $2""",
                keys,
                keys[1],
            )

        await wait_until(lambda: _all_parked(parked))
    for key, parked_for in zip(keys, (other, company), strict=True):  # as an older release parked them
        await pg_pool.execute(
            "UPDATE webhook_inbox SET company_siren = $2 WHERE headers->>'X-Idempotency-Key' = $1",
            key,
            parked_for,
        )
    assert [(r["company_siren"], r["company_number"]) for r in await parked()] == [(other, 1), (company, 1)]

    ctx = step_context(pg_pool, UtcClock(), PipelineConfig())
    async with ctx.uow() as uow:  # what SendStep commits with SENT
        submission = await uow.transmissions.submission(invoice_id)
        assert submission is not None
        submission.outcome, submission.platform_id = SubmissionOutcome.ACCEPTED, platform_id
        assert len(await uow.transmissions.save_accepted(submission)) == 1
        await uow.commit()

    done = (await parked())[0]
    assert (done["state"], done["company_siren"], done["company_number"]) == ("DONE", company, None)
    assert [d.number for d in (await PgInbox(pg_pool).parked(company, 10, "")).items] == [1]


async def _all_parked(rows: Callable[[], Awaitable[list[asyncpg.Record]]]) -> bool:
    found = await rows()
    return len(found) == 2 and all(r["state"] == "PARKED" for r in found)


async def test_a_status_brought_by_another_platform_never_touches_the_invoice(stack, pg_pool) -> None:
    # The invoice left through its company's own profile ("iopole-b", PLATFORM_PROFILES_FILE); the default IOPOLE
    # route, signed with the other key, brings a status naming its platform id. A platform speaks only of what it
    # carried: the status is parked, the invoice and its history untouched.
    invoice_id, _company, platform_id = await sent_invoice(pg_pool)
    await pg_pool.execute(
        "UPDATE submissions SET platform = 'iopole-b' WHERE invoice_id = $1", uuid.UUID(invoice_id)
    )
    await deliver(stack, pg_pool, status_body(platform_id, "REJECTED", reason="BUSINESS"))

    assert await status_events(pg_pool, invoice_id) == []
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM status_history WHERE invoice_id = $1", invoice_id) == 0
    )
    assert await pg_pool.fetchval(
        "SELECT lifecycle_code FROM invoices WHERE id = $1", uuid.UUID(invoice_id)
    ) in (None, "")
