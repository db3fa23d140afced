"""A payment and a platform status on the same invoice, each in its own transaction, made to interleave on real
PostgreSQL: whichever reaches the invoice's row first, the other waits for it, and neither deadlocks (the lock order
of adapters.postgres.lock_order: a status takes its platform id, the row, then the company; a payment its held
payments, the row, then the company).

The company's lock is held by a connection of the test (a gate): the first transaction stops there holding the
invoice's row; the second then runs until PostgreSQL makes it wait for that row; the gate opens. The same for a
payment held before the deposit (it changes no invoice: its outbox row's foreign key share-locks the invoice's row)
and the send journal writing SENT (FOR UPDATE of that row)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from decimal import Decimal

import asyncpg
import pytest

from adapters.postgres.send_journal import PgSendJournal
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.payments import Payment
from domain.platform import PlatformStatus
from service.usecases.emission.payments import record_payment
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.statuses import receive_platform_status
from service.workers.pipeline.steps import StepContext
from tests.integration.adapters.postgres.test_send_journal import _claimed, _sent
from tests.integration.service.workers.reception.test_inbound_processing import sent_invoice
from tests.support.locks import STEP_TIMEOUT_S, company_gate, until_blocked
from tests.support.reception import UtcClock


@pytest.mark.parametrize("first", ["payment", "status"])
async def test_a_payment_and_a_status_on_one_invoice_wait_for_each_other(
    pg_pool: asyncpg.Pool, first: str
) -> None:
    invoice_id, company, platform_id = await sent_invoice(pg_pool)
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=UtcClock(), config=PipelineConfig())
    status = PlatformStatus(
        "201", "ISSUED", "ISSUED", datetime(2026, 11, 20, 10, 1, tzinfo=UTC), status_id=f"{platform_id}-201"
    )

    def paying() -> asyncio.Task[object]:
        payment = Payment("P-1", date(2026, 11, 20), Decimal("10.00"))
        return asyncio.create_task(
            record_payment(company, invoice_id, payment, uow_factory=ctx.uow, clock=ctx.clock)
        )

    def receiving() -> asyncio.Task[object]:
        return asyncio.create_task(
            receive_platform_status(ctx, status, platform="iopole", platform_id=platform_id)
        )

    async with company_gate(pg_pool, company):
        one = paying() if first == "payment" else receiving()
        await until_blocked(pg_pool, 1, one)  # at the gate, holding the invoice's row
        other = receiving() if first == "payment" else paying()
        await until_blocked(pg_pool, 2, one, other)  # waiting for that row (or, wrongly, for the gate)
    done = await asyncio.wait_for(asyncio.gather(one, other, return_exceptions=True), STEP_TIMEOUT_S)

    assert not [d for d in done if isinstance(d, BaseException)]  # a deadlock: DeadlockDetectedError
    row = await pg_pool.fetchrow(
        "SELECT lifecycle_code, (SELECT sum(paid) FROM invoice_balances WHERE invoice_id = i.id) AS paid"
        " FROM invoices i WHERE id = $1::uuid",
        invoice_id,
    )
    assert (row["lifecycle_code"], row["paid"]) == ("201", Decimal("10.00"))


async def test_a_payment_held_while_the_send_journal_writes_sent_waits_for_nothing_in_a_circle(
    pg_pool: asyncpg.Pool,
) -> None:
    invoice, row_id = await _claimed(pg_pool)  # on its way to the platform: a payment now is held
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=UtcClock(), config=PipelineConfig())
    journal = PgSendJournal(pg_pool)
    await journal.start()
    try:
        async with company_gate(pg_pool, invoice.company_siren):
            payment = Payment("H-1", date(2026, 11, 20), Decimal("1.00"))
            holding = asyncio.create_task(
                record_payment(
                    invoice.company_siren, invoice.id, payment, uow_factory=ctx.uow, clock=ctx.clock
                )
            )
            await until_blocked(pg_pool, 1, holding)  # its audit entry at the gate, the row share-locked
            sending = asyncio.create_task(journal.sent(_sent(invoice, row_id, f"plat-{invoice.id}")))
            await until_blocked(pg_pool, 2, holding, sending)  # SENT's FOR UPDATE waits for that share lock
        held, sent = await asyncio.wait_for(
            asyncio.gather(holding, sending, return_exceptions=True), STEP_TIMEOUT_S
        )
    finally:
        await journal.stop()

    assert not isinstance(held, BaseException), repr(held)  # a deadlock: DeadlockDetectedError
    assert not isinstance(sent, BaseException), repr(sent)
    # The journal answers False (not written) when PostgreSQL rolled its batch back (a deadlock's victim): seen so with a
    # payment made to take the company lock before its outbox row.
    assert held.held and sent is True
    assert await pg_pool.fetchval("SELECT state FROM invoices WHERE id = $1::uuid", invoice.id) == "SENT"
