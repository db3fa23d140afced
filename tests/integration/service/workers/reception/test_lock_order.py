"""A delivery and a transaction that changes one of the invoices or declarations it names, made to interleave step by
step on real PostgreSQL: they must wait for each other, never deadlock (the lock order of
adapters.postgres.lock_order).

The pair: a delivery applying statuses of two invoices of one company in its one transaction, and a payment on the
second invoice. The delivery is stopped after its first status (its archive hook waits), which holds that company's
event/audit lock until its COMMIT; the payment then runs until PostgreSQL makes it wait; then the delivery goes on
to its second status. Before the delivery locked its invoices' rows up front, the payment held the second invoice's
row and waited for the company lock while the delivery held the company lock and waited for that row: a deadlock,
one of the two rolled back by PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.inbox import PgInbox
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from adapters.postgres.reporting_repository import PgReportingRepository
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from domain.findings import Finding, Severity
from domain.payments import Payment
from domain.platform import PlatformStatus
from domain.platform_inbound import Decoded, InboundStatus, ReportAcknowledgement
from domain.reception import Delivery, DeliveryKind, DeliveryState, StoredDelivery
from domain.records_ports import DeclarationMove, DeclarationRow
from service.usecases.emission.payments import record_payment
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.steps import StepContext
from service.workers.reception.processing import DeliveryProcessor
from tests.integration.service.workers.reception.test_inbound_processing import sent_invoice
from tests.random_refs import random_siren
from tests.support.locks import STEP_TIMEOUT_S, company_gate, until_blocked
from tests.support.reception import UtcClock

OWNER = "lock-order-test"


class TwoStatuses:
    """The delivery's platform: it brings one status of each of two invoices."""

    def __init__(self, *platform_ids: str) -> None:
        at = datetime(2026, 11, 20, 10, 1, tzinfo=UTC)
        self._values = [
            InboundStatus(PlatformStatus("201", "ISSUED", "ISSUED", at, status_id=f"{p}-201"), platform_id=p)
            for p in platform_ids
        ]

    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        return self._values


async def leased_delivery(pool: asyncpg.Pool) -> StoredDelivery:
    inbox = PgInbox(pool)
    delivery_id = await inbox.add(
        Delivery(
            "iopole", "webhook", DeliveryKind.STATUS, f"lock-order:{uuid.uuid4()}", b"{}", "application/json"
        )
    )
    assert delivery_id is not None
    await pool.execute(  # leased to this test's worker, as a claim leaves it
        """UPDATE webhook_inbox SET lease_owner = $2, lease_until = now() + interval '10 minutes', attempts = 1
            WHERE id = $1""",
        delivery_id,
        OWNER,
    )
    delivery = await inbox.get(delivery_id)
    assert delivery is not None
    return delivery


async def test_a_delivery_of_two_statuses_and_a_payment_on_its_second_invoice_wait_for_each_other(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    first, _, first_platform_id = await sent_invoice(pg_pool, company_siren=company)
    second, _, second_platform_id = await sent_invoice(pg_pool, company_siren=company)
    delivery = await leased_delivery(pg_pool)

    paused, go = asyncio.Event(), asyncio.Event()

    async def archive(
        _uow: object, _company: str, _kind: ArchiveKind, _data: bytes, _meta: ArchiveMetadata
    ) -> None:
        if (
            not paused.is_set()
        ):  # after the first status: its company lock is held until the delivery's COMMIT
            paused.set()
            await asyncio.wait_for(go.wait(), STEP_TIMEOUT_S)

    async def unread(_content: bytes) -> object:
        raise AssertionError("a status delivery reads no document")

    processor = DeliveryProcessor(
        partial(PgReceptionUnitOfWork, pg_pool),
        unread,  # type: ignore[arg-type]
        UtcClock(),
        archive=archive,
        decoder_for=lambda _platform: TwoStatuses(first_platform_id, second_platform_id),
    )
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=UtcClock(), config=PipelineConfig())

    processing = asyncio.create_task(processor.process(delivery, OWNER))
    await asyncio.wait_for(paused.wait(), STEP_TIMEOUT_S)
    payment = Payment("P-1", date(2026, 11, 20), Decimal("10.00"))
    paying = asyncio.create_task(
        record_payment(company, second, payment, uow_factory=ctx.uow, clock=ctx.clock)
    )
    await until_blocked(
        pg_pool, 1, paying
    )  # the payment runs until PostgreSQL makes it wait for the delivery
    go.set()
    outcome, paid = await asyncio.wait_for(
        asyncio.gather(processing, paying, return_exceptions=True), STEP_TIMEOUT_S
    )

    assert not isinstance(outcome, BaseException), repr(outcome)  # a deadlock: DeadlockDetectedError
    assert not isinstance(paid, BaseException), repr(paid)
    assert outcome.state is DeliveryState.DONE
    assert paid.payment.amount == Decimal("10.00")
    codes = await pg_pool.fetch(
        "SELECT id::text, lifecycle_code FROM invoices WHERE id = any($1::uuid[])", [first, second]
    )
    assert {r["id"]: r["lifecycle_code"] for r in codes} == {first: "201", second: "201"}
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM invoice_payments WHERE invoice_id = $1::uuid AND state = 'applied'", second
        )
        == 1
    )


def a_submitted_declaration(company: str, month: int) -> DeclarationRow:
    at = datetime(2026, month + 1, 3, tzinfo=UTC)
    start, end = date(2026, month, 1), date(2026, month, 28)
    return DeclarationRow(
        str(uuid.uuid4()), company, "REAL_MONTHLY", "TRANSACTIONS", start, end, date(2026, month + 1, 20), 1, "IN",
        "SUBMITTED", {}, {}, [], None, at.date(), at, "", "", "", at, at,
    )  # fmt: skip


class Refusals:
    """The delivery's platform: it refuses each of these declarations."""

    def __init__(self, *declaration_ids: str) -> None:
        finding = Finding("REJ_SEMAN", Severity.FATAL, "totals", layer="platform")
        self._values = [
            ReportAcknowledgement(d, "10.1", "flow-1", False, (finding,)) for d in declaration_ids
        ]

    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        return self._values


async def relay_accepts(pool: asyncpg.Pool, row: DeclarationRow) -> bool:
    """The declaration relay's move of `row` as its `_finish` makes it: the row, then the company's audit chain."""
    now = datetime.now(UTC)
    async with pool.acquire() as conn, conn.transaction():
        moved = await PgReportingRepository(conn).set_status(
            DeclarationMove(row.id, "SUBMITTED", "ACCEPTED", now)
        )
        if moved:
            await PgAuditLog(conn).append(
                row.company_siren, AuditEvent("declaration.accepted", "declaration", row.id, {}), now
            )
    return moved


async def test_a_delivery_refusing_two_declarations_and_the_relay_moving_the_second_wait_for_each_other(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    first, second = a_submitted_declaration(company, 9), a_submitted_declaration(company, 10)
    async with pg_pool.acquire() as conn:
        for row in (first, second):
            await PgReportingRepository(conn).add_declaration(row)
    delivery = await leased_delivery(pg_pool)

    async def unread(_content: bytes) -> object:
        raise AssertionError("an acknowledgement delivery reads no document")

    processor = DeliveryProcessor(
        partial(PgReceptionUnitOfWork, pg_pool),
        unread,  # type: ignore[arg-type]
        UtcClock(),
        decoder_for=lambda _platform: Refusals(first.id, second.id),
    )
    async with company_gate(pg_pool, company):
        processing = asyncio.create_task(processor.process(delivery, OWNER))
        await until_blocked(pg_pool, 1, processing)  # the first refusal's audit entry waits at the gate
        relaying = asyncio.create_task(relay_accepts(pg_pool, second))
        await until_blocked(pg_pool, 2, processing, relaying)
    outcome, moved = await asyncio.wait_for(
        asyncio.gather(processing, relaying, return_exceptions=True), STEP_TIMEOUT_S
    )

    assert not isinstance(outcome, BaseException), repr(outcome)  # a deadlock: DeadlockDetectedError
    assert not isinstance(moved, BaseException), repr(moved)
    assert (
        outcome.state is DeliveryState.DONE and moved is False
    )  # the refusal came first: the relay's move lost
    statuses = await pg_pool.fetch(
        "SELECT id::text, status FROM declarations WHERE id = any($1::uuid[])", [first.id, second.id]
    )
    assert {r["id"]: r["status"] for r in statuses} == {first.id: "REJECTED", second.id: "REJECTED"}
