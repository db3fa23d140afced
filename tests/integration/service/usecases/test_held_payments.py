"""Payments recorded before the deposit on real PostgreSQL: held (migration 0130), applied by the pipeline's
held-payments row once the invoice is SENT (the 212s queued, the books, the history; no payment data: the 212s
report them), or
refused visibly when it ends INVALID; figures computed by hand."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

import asyncpg
import pytest

from adapters.postgres.operations import read_operations
from adapters.postgres.outbox_source import PgOutboxSource
from adapters.postgres.payment_repository import HELD_PAYMENTS_LOCK, credit_key
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.emission import IllegalInvoiceTransition
from domain.payments import PaymentRefused
from domain.pipeline_ports import OutboxKind
from service.usecases.archive import verify_archive
from service.usecases.emission.payments import apply_held, invoice_books, record_payment, refuse_held
from service.usecases.emission.retry import retry_invoice
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.held_payments import HeldPaymentsStep
from service.workers.pipeline.steps import StepContext, give_up
from tests.builders import a_line, a_seller, an_invoice
from tests.fakes import FixedClock
from tests.integration.service.usecases.test_payments import SEPTEMBER, pay, queued_212
from tests.random_refs import random_siren
from tests.support.locks import until_blocked
from tests.support.records import records_uow
from tests.support.reporting import emit

D = Decimal
ONE_RATE = (a_line("1", "10", "100.00", "20"),)  # 1200.00
TWO_RATES = (*ONE_RATE, a_line("2", "4", "50.00", "5.5"))  # 1200.00 + 211.00


async def _submitted(pool: asyncpg.Pool, company: str, lines: tuple) -> tuple[str, str]:
    invoice = an_invoice(seller=a_seller(company), issue_date=SEPTEMBER).evolve(lines=lines)
    await emit(pool, company, invoice)  # ACCEPTED: on its way to the platform
    invoice_id = await pool.fetchval(
        "SELECT id::text FROM invoices WHERE company_siren = $1 AND number = $2", company, invoice.number
    )
    return invoice_id, invoice.number


async def _run_held_rows(pool: asyncpg.Pool, ctx: StepContext, company: str) -> int:
    source = PgOutboxSource(pool, kinds=[OutboxKind.HELD_PAYMENTS], companies=[company])
    step = HeldPaymentsStep(ctx, apply=apply_held, refuse=refuse_held)
    claimed = await source.claim("test-worker", 10, 60)
    for message in claimed:
        await step(message, "test-worker")
    return len(claimed)


async def _parked_then_sent(pool: asyncpg.Pool, ctx: StepContext, company: str, payment_id: str) -> str:
    """An invoice paid while on its way to the platform, whose held-payments row gave up, then SENT: its payment
    parked (what `invoice retry` queues again). Its id."""
    stuck_id, _ = await _submitted(pool, company, ONE_RATE)
    await record_payment(
        company, stuck_id, pay(payment_id, 4, "100.00"), uow_factory=ctx.uow, clock=ctx.clock
    )
    source = PgOutboxSource(pool, kinds=[OutboxKind.HELD_PAYMENTS], companies=[company])
    [message] = await source.claim("test-worker", 10, 60)
    await give_up(ctx, message, "test-worker", "boom")
    await pool.execute(
        "UPDATE invoices SET state = 'SENT', platform_id = $2 WHERE id = $1", stuck_id, f"plat-{payment_id}"
    )
    return stuck_id


async def test_held_payments_are_applied_once_sent_and_refused_when_invalid(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=FixedClock(), config=PipelineConfig())
    paid_id, number = await _submitted(pg_pool, company, TWO_RATES)
    invalid_id, _ = await _submitted(pg_pool, company, ONE_RATE)

    first = await record_payment(
        company, paid_id, pay("H-1", 3, "500.00"), uow_factory=ctx.uow, clock=ctx.clock
    )  # 74.77 at 5.5 %, 425.23 at 20 %
    await record_payment(
        company, paid_id, pay("H-2", 4, "400.00", ("20", "400.00")), uow_factory=ctx.uow, clock=ctx.clock
    )
    await record_payment(company, invalid_id, pay("H-3", 4, "100.00"), uow_factory=ctx.uow, clock=ctx.clock)
    assert first.held and first.books.awaiting_deposit == D("500.00")
    try:
        await record_payment(
            company, paid_id, pay("H-4", 5, "511.01"), uow_factory=ctx.uow, clock=ctx.clock
        )  # 1411.00 - 900.00 = 511.00 left
        raise AssertionError("an over-payment counting the held ones was taken")
    except PaymentRefused as exc:
        assert exc.findings[0].rule_id == "PAY-OVERPAYMENT"
    states = await pg_pool.fetch(
        "SELECT payment_id, state FROM invoice_payments WHERE company_siren = $1 ORDER BY payment_id", company
    )
    assert [(r["payment_id"], r["state"]) for r in states] == [
        ("H-1", "held"),
        ("H-2", "held"),
        ("H-3", "held"),
    ]
    # Still on its way: the row looks, waits (no attempt spent) and changes nothing.
    assert await _run_held_rows(pg_pool, ctx, company) == 2
    rows = await pg_pool.fetch(
        "SELECT attempts, done_at, payload FROM outbox WHERE company_siren = $1 AND kind = 'held_payments'",
        company,
    )
    assert [(r["attempts"], r["done_at"], r["payload"]["waits"]) for r in rows] == [
        (0, None, 1),
        (0, None, 1),
    ]

    await pg_pool.execute(
        "UPDATE invoices SET state = 'SENT', platform_id = 'plat-held' WHERE id = $1", paid_id
    )
    await pg_pool.execute("UPDATE invoices SET state = 'INVALID' WHERE id = $1", invalid_id)
    await pg_pool.execute(
        "UPDATE outbox SET next_attempt_at = now() WHERE company_siren = $1 AND kind = 'held_payments'",
        company,
    )
    assert await _run_held_rows(pg_pool, ctx, company) == 2

    assert await queued_212(pg_pool, paid_id) == [
        ("500.00", [["5.5", "74.77"], ["20", "425.23"]]),
        ("400.00", "20"),
    ]
    assert await queued_212(pg_pool, invalid_id) == []
    async with ctx.uow() as uow:
        paid, invalid = await uow.invoices.get(company, paid_id), await uow.invoices.get(company, invalid_id)
    assert paid is not None and invalid is not None
    books = await invoice_books(company, paid, uow=ctx.uow())
    assert [(b.vat_rate, b.paid, b.outstanding) for b in books.balances] == [
        (D("5.5"), D("74.77"), D("136.23")),
        (D("20"), D("825.23"), D("374.77")),
    ]
    assert books.awaiting_deposit == 0
    # Reported once, by those 212s (a domestic e-invoice): no payment data besides.
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM reporting_payments WHERE company_siren = $1", company)
        == 0
    )
    events = await pg_pool.fetch(
        """SELECT invoice_id::text AS invoice_id, kind, detail FROM invoice_events
            WHERE invoice_id = any($1::uuid[]) AND kind LIKE 'PAYMENT%' ORDER BY id""",
        [paid_id, invalid_id],
    )
    assert [(r["invoice_id"], r["kind"]) for r in events] == [
        (paid_id, "PAYMENT"),
        (paid_id, "PAYMENT"),
        (invalid_id, "PAYMENT_REFUSED"),
    ]
    assert "PAY-NOT-DEPOSITED" in events[-1]["detail"] and "H-3" in events[-1]["detail"]
    refused = await pg_pool.fetchrow(
        "SELECT state, refusal FROM invoice_payments WHERE company_siren = $1 AND payment_id = 'H-3'", company
    )
    assert refused["state"] == "refused" and refused["refusal"].startswith("PAY-NOT-DEPOSITED")
    done = await pg_pool.fetchval(
        "SELECT count(*) FROM outbox WHERE company_siren = $1 AND kind = 'held_payments' AND done_at IS NULL",
        company,
    )
    assert done == 0

    actions = await pg_pool.fetch(
        """SELECT action, coalesce(details->>'payment_id', substr(details->>'detail', 1, 11)) AS pid
             FROM audit_log WHERE company_siren = $1 AND action LIKE 'invoice.payment%' ORDER BY seq""",
        company,
    )
    assert [(r["action"], r["pid"]) for r in actions] == [
        ("invoice.payment_held", "H-1"),
        ("invoice.payment_held", "H-2"),
        ("invoice.payment_held", "H-3"),
        ("invoice.payment", "H-1"),  # applied at the deposit: its PAYMENT event's one entry, with its facts
        ("invoice.payment", "H-2"),
        ("invoice.payment_refused", "payment H-3"),  # the PAYMENT_REFUSED event's own entry
    ]
    report = await verify_archive(company, uow_factory=records_uow(pg_pool), clock=FixedClock())
    assert report.ok and not report.broken_entries


async def test_the_deposit_s_commit_wakes_the_held_row_and_a_row_that_gave_up_is_counted_as_parked(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    # The real time: the rows' next_attempt_at is compared with PostgreSQL's now().
    clock = FixedClock(datetime.now(UTC))
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=clock, config=PipelineConfig())
    woken_id, _ = await _submitted(pg_pool, company, ONE_RATE)
    await record_payment(company, woken_id, pay("W-1", 3, "1200.00"), uow_factory=ctx.uow, clock=ctx.clock)
    assert await _run_held_rows(pg_pool, ctx, company) == 1  # still on its way: put off with backoff
    due = "SELECT next_attempt_at <= now() FROM outbox WHERE invoice_id = $1::uuid AND kind = 'held_payments'"
    assert await pg_pool.fetchval(due, woken_id) is False

    # The deposit's commit (any writer: here the SENT move itself) makes the row due at once.
    await pg_pool.execute(
        "UPDATE invoices SET state = 'SENT', platform_id = 'plat-woken' WHERE id = $1", woken_id
    )
    assert await pg_pool.fetchval(due, woken_id) is True
    assert await _run_held_rows(pg_pool, ctx, company) == 1
    assert await queued_212(pg_pool, woken_id) == [("1200.00", "20")]
    # A later move of the deposited invoice touches nothing (the row is done).
    await pg_pool.execute("UPDATE invoices SET state = 'SENT' WHERE id = $1", woken_id)

    # A held row that runs out of attempts (the dispatcher's give_up) leaves its payment HELD: counted as parked
    # by the operations snapshot (metrics, doctor), and the invoice itself is not failed.
    stuck_id, _ = await _submitted(pg_pool, company, ONE_RATE)
    await record_payment(company, stuck_id, pay("S-1", 4, "100.00"), uow_factory=ctx.uow, clock=ctx.clock)
    async with pg_pool.acquire() as conn:
        assert (await read_operations(conn, clock.now())).parked_payments == 0
    source = PgOutboxSource(pg_pool, kinds=[OutboxKind.HELD_PAYMENTS], companies=[company])
    [message] = await source.claim("test-worker", 10, 60)
    await give_up(ctx, message, "test-worker", "boom")
    async with pg_pool.acquire() as conn:
        assert (await read_operations(conn, clock.now())).parked_payments == 1
    state = await pg_pool.fetchval("SELECT state FROM invoices WHERE id = $1::uuid", stuck_id)
    assert state == "ACCEPTED"
    # The next payment on the deposited invoice applies it first: nothing parked any more.
    await pg_pool.execute(
        "UPDATE invoices SET state = 'SENT', platform_id = 'plat-stuck' WHERE id = $1", stuck_id
    )
    await record_payment(company, stuck_id, pay("S-2", 5, "50.00"), uow_factory=ctx.uow, clock=ctx.clock)
    assert await queued_212(pg_pool, stuck_id) == [("100.00", "20"), ("50.00", "20")]
    async with pg_pool.acquire() as conn:
        assert (await read_operations(conn, clock.now())).parked_payments == 0


async def test_retry_queues_again_the_held_payments_whose_row_gave_up_and_they_are_applied(
    pg_pool: asyncpg.Pool,
) -> None:
    """Payments parked (their held row ran out of attempts) are applied without waiting for another payment:
    `RetryInvoice` (`pdp-gateway invoice retry`) gives them a new row, audited, whatever the invoice's state; the row
    applies them once the invoice is SENT. An invoice with nothing to retry is still refused."""
    company = random_siren()
    clock = FixedClock(datetime.now(UTC))
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=clock, config=PipelineConfig())
    stuck_id = await _parked_then_sent(pg_pool, ctx, company, "S-1")
    assert await _run_held_rows(pg_pool, ctx, company) == 0  # nothing wakes them: parked
    async with pg_pool.acquire() as conn:
        snapshot = await read_operations(conn, clock.now())
    assert snapshot.parked_payments == 1
    assert f"{company} {stuck_id}" in snapshot.parked_payment_invoices  # what the on-call retries

    retried = await retry_invoice(company, stuck_id, uow=ctx.uow(), clock=clock)

    assert (retried.invoice.state.value, retried.held_payments) == ("SENT", 1)
    assert await _run_held_rows(pg_pool, ctx, company) == 1
    assert await queued_212(pg_pool, stuck_id) == [("100.00", "20")]
    async with pg_pool.acquire() as conn:
        assert (await read_operations(conn, clock.now())).parked_payments == 0
    async with records_uow(pg_pool)(read_only=True) as u:
        [entry] = [e async for e in u.audit.entries(company) if e.action == "invoice.held_payments_queued"]
    assert (entry.subject_id, entry.details["payments"]) == (stuck_id, ["S-1"])
    with pytest.raises(IllegalInvoiceTransition, match="only a FAILED invoice can be retried"):
        await retry_invoice(company, stuck_id, uow=ctx.uow(), clock=clock)


async def test_retrying_a_failed_invoice_queues_its_parked_held_payments_to_wait_for_the_new_deposit(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    clock = FixedClock(datetime.now(UTC))
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=clock, config=PipelineConfig())
    source = PgOutboxSource(pg_pool, kinds=[OutboxKind.HELD_PAYMENTS], companies=[company])
    invoice_id, _ = await _submitted(pg_pool, company, ONE_RATE)
    await record_payment(company, invoice_id, pay("F-1", 4, "100.00"), uow_factory=ctx.uow, clock=ctx.clock)
    [message] = await source.claim("test-worker", 10, 60)
    await give_up(ctx, message, "test-worker", "boom")
    await pg_pool.execute("UPDATE invoices SET state = 'FAILED' WHERE id = $1", invoice_id)
    await pg_pool.execute(  # its transmission gave up too
        "UPDATE outbox SET done_at = now(), last_error = 'boom' WHERE invoice_id = $1 AND done_at IS NULL",
        invoice_id,
    )

    retried = await retry_invoice(company, invoice_id, uow=ctx.uow(), clock=clock)

    assert (retried.invoice.state.value, retried.held_payments) == ("ACCEPTED", 1)
    kinds = await pg_pool.fetch(
        "SELECT kind FROM outbox WHERE invoice_id = $1::uuid AND done_at IS NULL ORDER BY id", invoice_id
    )
    assert [r["kind"] for r in kinds] == [OutboxKind.RENDER_VALIDATE, OutboxKind.HELD_PAYMENTS]
    assert await _run_held_rows(pg_pool, ctx, company) == 1  # waits for the deposit, the payment still held
    held = "SELECT state FROM invoice_payments WHERE invoice_id = $1::uuid"
    assert await pg_pool.fetchval(held, invoice_id) == "held"


async def test_two_retries_at_the_same_moment_queue_the_parked_payments_once_with_one_audit_entry(
    pg_pool: asyncpg.Pool,
) -> None:
    """Two `invoice retry` of one invoice at once (two on-call engineers, a client retrying its call): both find no
    open held-payments row, then wait for the payments' lock; the second, let in once the first committed, must see
    the row the first queued, not queue (and audit) the parked payments again."""
    company = random_siren()
    clock = FixedClock(datetime.now(UTC))
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=clock, config=PipelineConfig())
    stuck_id = await _parked_then_sent(pg_pool, ctx, company, "R-1")

    async with pg_pool.acquire() as gate, gate.transaction():
        # The payments' lock held here: the first retry waits for it holding the invoice's open rows, the second for
        # those rows (an invoice with none: for the lock too); both looked before the first queued anything.
        await gate.execute(
            f"""SELECT pg_advisory_xact_lock($1, {credit_key("company_siren", "seller_siren", "number")})
                  FROM invoices WHERE id = $2::uuid""",
            HELD_PAYMENTS_LOCK,
            stuck_id,
        )
        retries = [
            asyncio.ensure_future(retry_invoice(company, stuck_id, uow=ctx.uow(), clock=clock))
            for _ in range(2)
        ]
        await until_blocked(pg_pool, 2, *retries)
    outcomes = await asyncio.gather(*retries, return_exceptions=True)

    queued = [o for o in outcomes if not isinstance(o, BaseException)]
    assert [o.held_payments for o in queued] == [1]
    [refused] = [o for o in outcomes if isinstance(o, BaseException)]
    assert isinstance(refused, IllegalInvoiceTransition)  # as a retry after it: nothing left to retry
    open_rows = "SELECT count(*) FROM outbox WHERE invoice_id = $1::uuid AND kind = 'held_payments' AND done_at IS NULL"
    assert await pg_pool.fetchval(open_rows, stuck_id) == 1
    async with records_uow(pg_pool)(read_only=True) as u:
        entries = [e async for e in u.audit.entries(company) if e.action == "invoice.held_payments_queued"]
    assert [e.details["payments"] for e in entries] == [["R-1"]]
