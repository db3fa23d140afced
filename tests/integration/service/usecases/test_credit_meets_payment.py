"""On PostgreSQL: a payment and a credit note meeting on one invoice at the same moment are serialised, on the
invoices we issue and on those we receive. Before, each was checked against the books as they were: a payment of the
whole amount recorded while the credit note naming the invoice reached its buyer was taken, and the invoice's
outstanding went below zero (an over-payment nobody was told of)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import asyncpg
import pytest

from adapters.postgres.invoice_repository import insert_new_invoices, new_invoice_row
from adapters.postgres.payment_repository import PgPaymentRepository
from adapters.postgres.reception_repository import PgReception
from adapters.postgres.send_journal import PgSendJournal, SendMove
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.document_types import DocumentType
from domain.emission import OutboundInvoice, ProcessingState
from domain.invoice import Invoice, PrecedingInvoice, ProcessingRule
from domain.payments import Payment, PaymentRefused
from domain.pipeline_ports import OutboxKind, SubmissionOutcome
from service.usecases.emission.payments import invoice_books, record_payment
from tests.builders import a_corrective_of, a_line, a_readable_received, a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.locks import company_gate, until_blocked
from tests.support.outbox_rows import invoice_with_row, send_message, submission_record
from tests.support.reception import reception_use_cases
from tests.support.reporting import emit

D = Decimal
SEPTEMBER = date(2026, 9, 1)
AT = datetime(2026, 9, 2, tzinfo=UTC)
PAID_IN_FULL = Payment("P-1", date(2026, 9, 20), D("1200.00"))


def credit_note_of(company: str, number: str, rule: ProcessingRule = ProcessingRule.B2B) -> Invoice:
    """A credit note of 100.00 + 20 % (120.00) of `company`'s seller naming invoice `number`."""
    return an_invoice(
        seller=a_seller(company),
        issue_date=SEPTEMBER,
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=(PrecedingInvoice(number, SEPTEMBER),),
        processing_rule=rule,
    ).evolve(lines=(a_line("1", "1", "100.00", "20"),))


async def an_invoice_with_the_buyer(
    pool: asyncpg.Pool, company: str, rule: ProcessingRule = ProcessingRule.B2B
) -> tuple[str, str]:
    """(id, number) of 1200.00 invoiced, with its buyer (deposited, or kept off the platform)."""
    invoice = an_invoice(seller=a_seller(company), issue_date=SEPTEMBER, processing_rule=rule).evolve(
        lines=(a_line("1", "10", "100.00", "20"),)
    )
    await emit(pool, company, invoice)
    invoice_id = await pool.fetchval(
        "UPDATE invoices SET state = CASE WHEN state = 'ACCEPTED' THEN 'SENT' ELSE state END"
        " WHERE company_siren = $1 AND number = $2 RETURNING id::text",
        company,
        invoice.number,
    )
    return invoice_id, invoice.number


def uow_factory(pool: asyncpg.Pool) -> Callable[[], PgPipelineUnitOfWork]:
    return lambda: PgPipelineUnitOfWork(pool)


async def test_a_payment_recorded_while_the_credit_note_reaches_its_buyer_is_checked_against_its_credit(
    pg_pool: asyncpg.Pool,
) -> None:
    """The credit note of 120.00 is deposited (SENT, not yet committed) when a payment of the whole 1200.00 comes:
    the payment waits for it, then is an over-payment of what is left, 1080.00. Before: taken, outstanding -120.00."""
    company = random_siren()
    invoice_id, number = await an_invoice_with_the_buyer(pg_pool, company)
    await emit(pg_pool, company, credit_note_of(company, number))
    credit_id = await pg_pool.fetchval(
        "UPDATE invoices SET state = 'SENDING' WHERE company_siren = $1 AND type_code = '381' RETURNING id::text",
        company,
    )
    async with PgPipelineUnitOfWork(pg_pool) as deposit:
        note = await deposit.invoices.get(company, credit_id)
        assert note is not None
        note.sent(AT, platform_id=f"P-{uuid.uuid4()}", detail="accepted for processing")
        await deposit.invoices.save(note)
        paying = asyncio.create_task(
            record_payment(
                company, invoice_id, PAID_IN_FULL, uow_factory=uow_factory(pg_pool), clock=FixedClock()
            )
        )
        await until_blocked(pg_pool, 1, paying)
        await deposit.commit()
    with pytest.raises(PaymentRefused, match="PAY-OVERPAYMENT"):
        await paying
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        stored = await uow.invoices.get(company, invoice_id)
    assert stored is not None
    books = await invoice_books(company, stored, uow=PgPipelineUnitOfWork(pg_pool))
    assert (books.credited, books.paid, books.outstanding) == (D("120.00"), D("0"), D("1080.00"))


async def _sent_by_the_journal(pool: asyncpg.Pool, company: str, number: str) -> None:
    credit_id, _, row_id = await invoice_with_row(
        pool, OutboxKind.SEND, "me", company=company, content=credit_note_of(company, number)
    )
    await pool.execute("UPDATE invoices SET state = 'SENDING' WHERE id = $1::uuid", credit_id)
    async with PgPipelineUnitOfWork(pool) as uow:
        note = await uow.invoices.get(company, credit_id)
    assert note is not None
    read_version, platform_id = note.version, f"P-{uuid.uuid4()}"
    note = replace(note, events=[])
    note.sent(AT, platform_id=platform_id, detail="accepted for processing")
    accepted = submission_record(credit_id, company, SubmissionOutcome.ACCEPTED, platform_id)
    journal = PgSendJournal(pool)
    await journal.start()
    try:
        move = SendMove(note, read_version, accepted, send_message(row_id, credit_id, company), "me")
        assert await journal.sent(move) is True
    finally:
        await journal.stop()


def _kept_off_the_platform(company: str, number: str) -> OutboundInvoice:
    note = OutboundInvoice.submit(
        id=str(uuid.uuid4()),
        company_siren=company,
        request_id=random_request_id(),
        request_hash="0" * 64,
        invoice=credit_note_of(company, number, ProcessingRule.B2C),
        at=AT,
    )
    assert note.state is ProcessingState.NOT_TRANSMITTED  # with its buyer, hence crediting, once committed
    return note


async def _inserted_in_a_batch(pool: asyncpg.Pool, company: str, number: str) -> None:
    async with pool.acquire() as conn:
        assert await insert_new_invoices(conn, [new_invoice_row(_kept_off_the_platform(company, number))])


async def _added_by_a_unit_of_work(pool: asyncpg.Pool, company: str, number: str) -> None:
    async with PgPipelineUnitOfWork(pool) as uow:
        await uow.invoices.add(_kept_off_the_platform(company, number))
        await uow.commit()


@pytest.mark.parametrize(
    ("reaching", "rule"),
    [
        (_sent_by_the_journal, ProcessingRule.B2B),
        (_inserted_in_a_batch, ProcessingRule.B2C),
        (_added_by_a_unit_of_work, ProcessingRule.B2C),
    ],
    ids=[
        "deposited-by-the-send-journal",
        "kept-off-the-platform-batch",
        "kept-off-the-platform-unit-of-work",
    ],
)
async def test_each_way_a_credit_note_reaches_its_buyer_waits_for_a_payment_on_the_invoice_it_names(
    pg_pool: asyncpg.Pool,
    reaching: Callable[[asyncpg.Pool, str, str], Coroutine[Any, Any, None]],
    rule: ProcessingRule,
) -> None:
    """A payment on the invoice holds its lock (PgPaymentRepository.held, taken before it reads the books): the
    credit note's move to its buyer waits until the payment commits, so the payment's check stands."""
    company = random_siren()
    invoice_id, number = await an_invoice_with_the_buyer(pg_pool, company, rule)
    async with pg_pool.acquire() as paying, paying.transaction():
        await PgPaymentRepository(paying).held(invoice_id)
        moving = asyncio.create_task(reaching(pg_pool, company, number))
        await until_blocked(pg_pool, 1, moving)
        assert not moving.done()  # before: the credit note reached its buyer under the payment's check
    await moving
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        stored = await uow.invoices.get(company, invoice_id)
    assert stored is not None
    assert (await invoice_books(company, stored, uow=PgPipelineUnitOfWork(pg_pool))).credited == D("120.00")


async def test_a_payment_sent_while_a_received_credit_note_arrives_is_checked_against_its_credit(
    pg_pool: asyncpg.Pool,
) -> None:
    """A supplier's credit note of 120.00 is being received (its delivery not committed) when we record paying the
    whole 1200.00 of the invoice it names: the payment waits for the delivery, then is an over-payment of 1080.00.
    Before: taken, and we owed -120.00."""
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    invoice = a_readable_received(company, f"F-{uuid.uuid4().hex[:8]}", total="1000.00")
    async with pg_pool.acquire() as conn:
        assert await PgReception(conn).add(invoice, None)
    api = reception_use_cases(pg_pool)
    async with pg_pool.acquire() as delivering, delivering.transaction():
        assert await PgReception(delivering).add(
            a_readable_received(company, "AV-1", names=invoice.number, total="100.00"), None
        )
        paying = asyncio.create_task(api.record_payment(company, invoice.id, PAID_IN_FULL))
        await until_blocked(pg_pool, 1, paying)
    with pytest.raises(PaymentRefused, match="PAY-OVERPAYMENT"):
        await paying
    stored, _ = await api.get(company, invoice.id)
    books = await api.books(company, stored)
    assert books is not None
    assert (books.credited, books.paid, books.outstanding) == (D("120.00"), D("0"), D("1080.00"))


async def test_a_received_credit_note_arriving_while_a_payment_is_sent_waits_for_it(
    pg_pool: asyncpg.Pool,
) -> None:
    """The other order: the payment holds the received invoice (PgReception.locked), the credit note's delivery
    waits for it, so the payment's check stands and the credit then lowers what is left."""
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    invoice = a_readable_received(company, f"F-{uuid.uuid4().hex[:8]}", total="1000.00")
    async with pg_pool.acquire() as conn:
        assert await PgReception(conn).add(invoice, None)

    async def deliver() -> bool:
        async with pg_pool.acquire() as conn:
            return await PgReception(conn).add(
                a_readable_received(company, "AV-1", names=invoice.number, total="100.00"), None
            )

    async with pg_pool.acquire() as paying, paying.transaction():
        assert await PgReception(paying).locked(company, invoice.id) is not None
        delivering = asyncio.create_task(deliver())
        await until_blocked(pg_pool, 1, delivering)
        assert not delivering.done()  # before: received under the payment's check
    assert await delivering


async def test_an_invoice_and_its_credit_note_deposited_in_one_batch_do_not_wait_for_a_payment_held_on_it(
    pg_pool: asyncpg.Pool,
) -> None:
    """The invoice is not with its buyer before the batch commits, so a payment on it is held and checked again
    once released: the batch does not take its lock. Taking it, the batch (holding the invoice's row FOR UPDATE)
    and the held payment (whose foreign key waits for that row) would wait on each other."""
    company = random_siren()
    number = f"F-{uuid.uuid4().hex[:8]}"
    invoice = an_invoice(number=number, seller=a_seller(company), issue_date=SEPTEMBER)
    moves = []
    for digit, content in zip("cd", (invoice, credit_note_of(company, number)), strict=True):
        invoice_id, _, row_id = await invoice_with_row(
            pg_pool, OutboxKind.SEND, "me", company=company, content=content
        )
        await pg_pool.execute("UPDATE invoices SET state = 'SENDING' WHERE id = $1::uuid", invoice_id)
        async with PgPipelineUnitOfWork(pg_pool) as uow:
            read = await uow.invoices.get(company, invoice_id)
        assert read is not None
        moved, platform_id = replace(read, events=[]), f"P-{uuid.uuid4()}"
        moved.sent(AT, platform_id=platform_id, detail="accepted for processing")
        accepted = replace(
            submission_record(invoice_id, company, SubmissionOutcome.ACCEPTED, platform_id), sha256=digit * 64
        )
        moves.append(SendMove(moved, read.version, accepted, send_message(row_id, invoice_id, company), "me"))
    journal = PgSendJournal(pg_pool)
    await journal.start()
    try:
        async with pg_pool.acquire() as holding, holding.transaction():
            await PgPaymentRepository(holding).held(moves[0].invoice.id)
            batch = asyncio.create_task(_in_one_batch(journal, moves))
            await until_blocked(pg_pool, 1, batch)
            assert batch.done()
        assert await batch == [True, True]
    finally:
        await journal.stop()


async def _in_one_batch(journal: PgSendJournal, moves: list[SendMove]) -> list[bool]:
    return list(await asyncio.gather(*(journal.sent(m) for m in moves)))


async def a_corrective_being_deposited(pool: asyncpg.Pool, company: str) -> tuple[str, str]:
    """(invoice id, 384 id): 1200.00 invoiced with its buyer, and a 384 of 1320.00 naming it on its way (SENDING)."""
    invoice_id, number = await an_invoice_with_the_buyer(pool, company)
    corrective = a_corrective_of(company, number, SEPTEMBER)
    await emit(pool, company, corrective)
    corrective_id = await pool.fetchval(
        "UPDATE invoices SET state = 'SENDING' WHERE company_siren = $1 AND type_code = '384' RETURNING id::text",
        company,
    )
    return invoice_id, corrective_id


async def replaced_and_carried(
    pool: asyncpg.Pool, company: str, invoice_id: str, corrective_id: str
) -> tuple[tuple[D, D, D], tuple[D, D]]:
    """The invoice's paid, replaced and outstanding; the 384's carried and outstanding."""
    async with PgPipelineUnitOfWork(pool) as uow:
        stored, own = (
            await uow.invoices.get(company, invoice_id),
            await uow.invoices.get(company, corrective_id),
        )
    assert stored is not None and own is not None
    books = await invoice_books(company, stored, uow=PgPipelineUnitOfWork(pool))
    replacing = await invoice_books(company, own, uow=PgPipelineUnitOfWork(pool))
    return (books.paid, books.replaced, books.outstanding), (replacing.carried, replacing.outstanding)


async def deposit(
    pool: asyncpg.Pool,
    company: str,
    invoice_id: str,
    *,
    then: Callable[[], Coroutine[Any, Any, None]] | None = None,
) -> None:
    """The invoice deposited (SENT) in a unit of work that runs `then` before it commits."""
    async with PgPipelineUnitOfWork(pool) as uow:
        note = await uow.invoices.get(company, invoice_id)
        assert note is not None
        note.sent(AT, platform_id=f"P-{uuid.uuid4()}", detail="accepted for processing")
        await uow.invoices.save(note)
        if then is not None:
            await then()
        await uow.commit()


async def test_a_payment_recorded_while_the_corrective_invoice_reaches_its_buyer_is_refused_replaced(
    pg_pool: asyncpg.Pool,
) -> None:
    """A 384 of 1320.00 naming the invoice is deposited (SENT, not yet committed) when a payment of 500.00 on the
    invoice comes: the payment waits for it, then is refused PAY-REPLACED (the invoice owes nothing since), never
    taken on an invoice already replaced. Before: lock 7003 was taken for a credit note, not a 384; the payment read
    the books before the deposit committed and was taken on the replaced invoice, checked on books already gone (a
    payment on the 384 released meanwhile was checked without it: an over-payment nobody was told of)."""
    company = random_siren()
    invoice_id, corrective_id = await a_corrective_being_deposited(pg_pool, company)
    payments: list[asyncio.Task[object]] = []

    async def pay_meanwhile() -> None:
        payment = Payment("P-384", date(2026, 9, 20), D("500.00"))
        payments.append(
            asyncio.create_task(
                record_payment(
                    company, invoice_id, payment, uow_factory=uow_factory(pg_pool), clock=FixedClock()
                )
            )
        )
        await until_blocked(pg_pool, 1, *payments)

    await deposit(pg_pool, company, corrective_id, then=pay_meanwhile)
    paying = payments[0]
    with pytest.raises(PaymentRefused, match="PAY-REPLACED"):
        await paying
    # the invoice: paid, replaced, outstanding; the 384: carried, outstanding
    assert await replaced_and_carried(pg_pool, company, invoice_id, corrective_id) == (
        (D("0"), D("1200.00"), D("0")),
        (D("0"), D("1320.00")),
    )


async def test_a_payment_recorded_before_the_corrective_invoice_reaches_its_buyer_is_carried(
    pg_pool: asyncpg.Pool,
) -> None:
    """The other order: the payment of 500.00 holds the invoice's payment lock (stopped at its company's lock) when
    the 384 is deposited; the deposit waits for it, the payment is taken, and the 384 carries it (owed 820.00)."""
    company = random_siren()
    invoice_id, corrective_id = await a_corrective_being_deposited(pg_pool, company)
    async with company_gate(pg_pool, company):
        paying = asyncio.create_task(
            record_payment(
                company,
                invoice_id,
                Payment("P-before", date(2026, 9, 20), D("500.00")),
                uow_factory=uow_factory(pg_pool),
                clock=FixedClock(),
            )
        )
        await until_blocked(pg_pool, 1, paying)  # at the company's lock, holding the invoice's payment lock
        depositing = asyncio.create_task(deposit(pg_pool, company, corrective_id))
        await until_blocked(pg_pool, 2, paying, depositing)
    await paying
    await depositing
    assert await replaced_and_carried(pg_pool, company, invoice_id, corrective_id) == (
        (D("500.00"), D("700.00"), D("0")),
        (D("500.00"), D("820.00")),
    )


async def test_a_payment_sent_while_a_received_corrective_invoice_arrives_is_refused_replaced(
    pg_pool: asyncpg.Pool,
) -> None:
    """A supplier's 384 naming the received invoice is being received (not committed) when we record paying 500.00
    on that invoice: the payment waits for the delivery (its first copy locks the invoices it names, as a credit
    note's does), then is refused PAY-REPLACED; the 384 is owed whole. Before: the 384's delivery locked nothing,
    the payment was taken on an invoice already replaced."""
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    invoice = a_readable_received(company, f"F-{uuid.uuid4().hex[:8]}", total="1000.00")
    corrective = a_readable_received(
        company, "FC-1", names=invoice.number, total="1100.00", naming=DocumentType.CORRECTIVE_INVOICE
    )
    async with pg_pool.acquire() as conn:
        assert await PgReception(conn).add(invoice, None)
    api = reception_use_cases(pg_pool)
    async with pg_pool.acquire() as delivering, delivering.transaction():
        assert await PgReception(delivering).add(corrective, None)
        paying = asyncio.create_task(
            api.record_payment(company, invoice.id, Payment("P-1", date(2026, 9, 20), D("500.00")))
        )
        await until_blocked(pg_pool, 1, paying)
    with pytest.raises(PaymentRefused, match="PAY-REPLACED"):
        await paying
    books = await api.books(company, (await api.get(company, invoice.id))[0])
    assert books is not None
    assert (books.replaced_by, books.paid, books.replaced, books.outstanding) == (
        "FC-1",
        D("0"),
        D("1200.00"),
        D("0"),
    )
    own = await api.books(company, (await api.get(company, corrective.id))[0])
    assert own is not None and (own.carried, own.outstanding) == (D("0"), D("1320.00"))
