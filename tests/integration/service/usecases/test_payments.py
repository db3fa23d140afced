"""A month of payments on real PostgreSQL, under each VAT regime: the 212s queued, the books kept and the payment
declaration, against figures computed by hand. Each payment is reported once: a domestic e-invoice's by its 212, an
international sale's in the payment declaration (10.2)."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import asyncpg
import pytest

from adapters.postgres.payment_repository import CORRECTIVES_NAMING, CREDIT_NOTES_NAMING
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.invoice import DocumentType, Invoice, PrecedingInvoice, ProcessingRule
from domain.payments import Payment, PaymentRefused, RatePart
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.payments import PaymentEvent
from domain.serialization import from_json_value
from service.usecases.archive import verify_archive
from service.usecases.emission.payments import invoice_books, record_payment
from service.usecases.reporting import submit_declaration
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.steps import StepContext
from tests.builders import a_corrective_of, a_line, a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_siren
from tests.support.locks import company_gate, until_blocked
from tests.support.records import records_uow
from tests.support.reporting import emit
from tests.support.reporting_data import german_buyer

D = Decimal
SEPTEMBER = date(2026, 9, 1)


async def a_sent_invoice(pool: asyncpg.Pool, company: str, invoice: Invoice) -> tuple[str, str]:
    """(id, number) of an invoice as the pipeline leaves it once the platform has it."""
    await emit(pool, company, invoice)
    invoice_id = await pool.fetchval(
        """UPDATE invoices SET state = 'SENT', platform_id = $3
            WHERE company_siren = $1 AND number = $2 RETURNING id::text""",
        company,
        invoice.number,
        f"plat-{uuid.uuid4().hex[:12]}",
    )
    return invoice_id, invoice.number


async def plan_of(pool: asyncpg.Pool, where: str, *args: object) -> str:
    """The plan of a lookup of invoices `where`, sequential scans off: a test table is small, this asks whether an
    index serves it."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SET LOCAL enable_seqscan = off")
        rows = await conn.fetch(f"EXPLAIN SELECT content FROM invoices WHERE {where}", *args)
    return "\n".join(r[0] for r in rows)


async def an_international_invoice(pool: asyncpg.Pool, company: str, invoice: Invoice) -> tuple[str, str]:
    """(id, number) of a sale to a business established abroad: e-reported, kept off the platform."""
    international = invoice.evolve(processing_rule=ProcessingRule.B2B_INT, buyer=german_buyer())
    await emit(pool, company, international)
    invoice_id = await pool.fetchval(
        "SELECT id::text FROM invoices WHERE company_siren = $1 AND number = $2 AND state = 'NOT_TRANSMITTED'",
        company,
        invoice.number,
    )
    assert invoice_id is not None
    return invoice_id, invoice.number


def pay(pid: str, day: int, amount: str, *parts: tuple[str, str]) -> Payment:
    return Payment(pid, date(2026, 9, day), D(amount), tuple(RatePart(D(r), D(a)) for r, a in parts))


async def queued_212(pool: asyncpg.Pool, invoice_id: str) -> list[tuple[str, object]]:
    rows = await pool.fetch(
        """SELECT payload FROM outbox WHERE kind = 'send_status' AND payload->>'invoice_id' = $1 ORDER BY id""",
        invoice_id,
    )
    return [(r["payload"]["amount"], r["payload"].get("parts") or r["payload"]["vat_rate"]) for r in rows]


@pytest.mark.parametrize("regime", list(VatRegime))
async def test_a_month_of_payments_gives_the_hand_computed_statuses_books_and_declaration(
    pg_pool: asyncpg.Pool, regime: VatRegime
) -> None:
    company = random_siren()
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=FixedClock(), config=PipelineConfig())
    seller = a_seller(company)
    one_rate = (a_line("1", "10", "100.00", "20"),)  # 1200.00
    two_rates = (*one_rate, a_line("2", "4", "50.00", "5.5"))  # 1200.00 + 211.00
    # A domestic e-invoice (reported by its 212s) beside two international sales (reported in the declaration).
    full, _ = await a_sent_invoice(
        pg_pool, company, an_invoice(seller=seller, issue_date=SEPTEMBER).evolve(lines=one_rate)
    )
    partial, n_partial = await an_international_invoice(
        pg_pool, company, an_invoice(seller=seller, issue_date=SEPTEMBER).evolve(lines=two_rates)
    )
    bounced, _ = await an_international_invoice(
        pg_pool, company, an_invoice(seller=seller, issue_date=SEPTEMBER).evolve(lines=one_rate)
    )
    goods, _ = await a_sent_invoice(  # VAT on delivery: its payments are not reported
        pg_pool,
        company,
        an_invoice(seller=seller, issue_date=SEPTEMBER, business_process="B1").evolve(lines=one_rate),
    )

    await record_payment(company, full, pay("A-1", 5, "1200.00"), uow_factory=ctx.uow, clock=ctx.clock)
    await record_payment(
        company, partial, pay("B-1", 6, "500.00"), uow_factory=ctx.uow, clock=ctx.clock
    )  # 74.77 at 5.5 %, 425.23 at 20 %
    await record_payment(
        company, partial, pay("B-2", 12, "400.00", ("20", "400.00")), uow_factory=ctx.uow, clock=ctx.clock
    )
    await record_payment(company, partial, pay("B-3", 20, "300.00"), uow_factory=ctx.uow, clock=ctx.clock)
    await record_payment(company, bounced, pay("C-1", 10, "600.00"), uow_factory=ctx.uow, clock=ctx.clock)
    await record_payment(company, bounced, pay("C-R", 16, "-600.00"), uow_factory=ctx.uow, clock=ctx.clock)
    await record_payment(company, goods, pay("G-1", 8, "1200.00"), uow_factory=ctx.uow, clock=ctx.clock)
    with pytest.raises(PaymentRefused, match="PAY-OVERPAYMENT"):
        await record_payment(
            company, partial, pay("B-4", 25, "211.01"), uow_factory=ctx.uow, clock=ctx.clock
        )  # 211.00 outstanding
    replay = await record_payment(
        company, full, pay("A-1", 5, "1200.00"), uow_factory=ctx.uow, clock=ctx.clock
    )
    assert replay.replayed

    # B-3: 300.00 pro rata of what is outstanding, 136.23 at 5.5 % and 374.77 at 20 % (511.00):
    # 300 x 136.23 / 511 = 79.978... -> 79.97 (remainder 0.0080) and 300 x 374.77 / 511 = 220.021... -> 220.02
    # (remainder 0.0019); the cent left goes to 5.5 %: 79.98 and 220.02. Outstanding: 56.25 and 154.75.
    async with ctx.uow() as uow:
        stored = await uow.invoices.get(company, partial)
    assert stored is not None
    books = await invoice_books(company, stored, uow=ctx.uow())
    assert [(b.vat_rate, b.paid, b.outstanding) for b in books.balances] == [
        (D("5.5"), D("154.75"), D("56.25")),
        (D("20"), D("1045.25"), D("154.75")),
    ]
    assert books.outstanding == D("211.00")

    assert await queued_212(pg_pool, full) == [("1200.00", "20")]
    # The international sales never were on the platform: no 212, their payments are in the declaration.
    assert await queued_212(pg_pool, partial) == [] and await queued_212(pg_pool, bounced) == []
    assert await queued_212(pg_pool, goods) == []

    view = await submit_declaration(
        company,
        regime,
        ReportKind.PAYMENTS,
        date(2026, 9, 15),
        uow_factory=records_uow(pg_pool),
        clock=FixedClock(),
    )
    # A-1 of the 5th is not there: its 212 reported it (the platform passes it to the administration).
    assert [(ln.day.day, ln.invoice_id, ln.vat_rate, ln.amount) for ln in view.payment_lines] == [
        (6, n_partial, D("5.5"), D("74.77")),
        (6, n_partial, D("20"), D("425.23")),
        # C-1's 600.00 of the 10th bounced on the 16th: taken back from the 10th, which then collected nothing
        # (never a negative line: Flux10 G1.16).
        (12, n_partial, D("20"), D("400.00")),
        (20, n_partial, D("5.5"), D("79.98")),
        (20, n_partial, D("20"), D("220.02")),
    ]
    assert view.totals.collected == D("1200.00")  # 500 + 400 + 300

    # Each payment is in the company's audit chain once, with its facts (the refused one and the replay left
    # none), which still verifies.
    actions = await pg_pool.fetch(
        """SELECT action, details->>'payment_id' AS pid, details->>'amount' AS amount, details->>'reversal' AS rev
             FROM audit_log WHERE company_siren = $1 AND subject_type = 'invoice' AND action LIKE '%payment%'
            ORDER BY seq""",  # the invoices' other events (invoice.<kind>) are there too
        company,
    )
    assert [(r["action"], r["pid"], r["amount"], r["rev"]) for r in actions] == [
        ("invoice.payment", "A-1", "1200.00", "false"),
        ("invoice.payment", "B-1", "500.00", "false"),
        ("invoice.payment", "B-2", "400.00", "false"),
        ("invoice.payment", "B-3", "300.00", "false"),
        ("invoice.payment", "C-1", "600.00", "false"),
        ("invoice.payment", "C-R", "-600.00", "true"),
        ("invoice.payment", "G-1", "1200.00", "false"),
    ]
    report = await verify_archive(company, uow_factory=records_uow(pg_pool), clock=FixedClock())
    assert report.ok and not report.broken_entries

    # 300.00 bounces after the declaration was submitted. Shared pro rata of what is paid (154.75 at 5.5 %,
    # 1045.25 at 20 %): 38.6875 -> 38.68 and 261.3125 -> 261.31, the cent to the larger remainder: 38.69 / 261.31.
    # At 5.5 % the 20th's 79.98 covers it; at 20 % the 20th's 220.02, then 41.29 of the 12th's 400.00. Both days
    # are in the period declared, so the answer and the history name that declaration to rectify.
    bounced_late = await record_payment(
        company, partial, pay("B-R", 28, "-300.00"), uow_factory=ctx.uow, clock=ctx.clock
    )
    period = (view.period.start, view.period.end)
    assert bounced_late.to_rectify == (period,)
    detail = await pg_pool.fetchval(
        "SELECT detail FROM invoice_events WHERE invoice_id = $1::uuid AND kind = 'PAYMENT' ORDER BY id DESC LIMIT 1",
        partial,
    )
    assert (
        "taken back from the payment data of 2026-09-12, 2026-09-20; rectify the payment declaration of"
        f" {period[0]}/{period[1]} (RE)" in detail
    )


async def test_a_payment_recorded_while_its_period_is_submitted_is_in_the_declaration_or_names_it(
    pg_pool: asyncpg.Pool,
) -> None:
    """An international sale's payment recorded while its month's payment declaration is being submitted: the
    submission had read the payment data before the payment committed, and the payment had looked for the
    declarations sent before the submission committed, so it was in neither and named nothing. The payment's look
    now holds the company's declarations shared (adapters.postgres.payment_repository `declared_periods`): it is
    in the declaration or names it to rectify.

    Made to happen every time: the company's audit lock is held here, so the submission waits at its audit entry
    with its reads done, and the payment arrives then."""
    company = random_siren()
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=FixedClock(), config=PipelineConfig())
    sale, _ = await an_international_invoice(
        pg_pool,
        company,
        an_invoice(seller=a_seller(company), issue_date=SEPTEMBER).evolve(
            lines=(a_line("1", "10", "100.00", "20"),)
        ),
    )
    await record_payment(company, sale, pay("P-1", 6, "500.00"), uow_factory=ctx.uow, clock=ctx.clock)

    async with company_gate(pg_pool, company):
        submitted = asyncio.ensure_future(
            submit_declaration(
                company,
                VatRegime.REAL_MONTHLY,
                ReportKind.PAYMENTS,
                SEPTEMBER,
                uow_factory=records_uow(pg_pool),
                clock=FixedClock(),
            )
        )
        await until_blocked(pg_pool, 1, submitted)
        paid = asyncio.ensure_future(
            record_payment(company, sale, pay("P-2", 12, "400.00"), uow_factory=ctx.uow, clock=ctx.clock)
        )
        await until_blocked(pg_pool, 2, submitted, paid)
    view, late = await submitted, await paid

    declared = {line.day.day for line in view.payment_lines}
    assert 12 in declared or late.to_rectify == ((view.period.start, view.period.end),)


async def test_a_payment_in_dollars_is_reported_in_euros_and_replayed_from_postgres(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=FixedClock(), config=PipelineConfig())
    usd = an_invoice(seller=a_seller(company), issue_date=SEPTEMBER, currency="USD", exchange_rate=D("0.92"))
    invoice_id, _ = await an_international_invoice(
        pg_pool, company, usd.evolve(lines=(a_line("1", "10", "100.00", "20"),))
    )
    bank = replace(pay("D-1", 7, "1200.00"), amount_eur=D("1101.37"))  # what the bank credited, in EUR
    first = await record_payment(company, invoice_id, bank, uow_factory=ctx.uow, clock=ctx.clock)
    again = await record_payment(company, invoice_id, bank, uow_factory=ctx.uow, clock=ctx.clock)
    assert first.reported and again.replayed
    assert await queued_212(pg_pool, invoice_id) == []  # an international sale: reported in flux 10.2 only
    reported = await pg_pool.fetchval(
        "SELECT content FROM reporting_payments WHERE company_siren = $1 AND key LIKE $2",
        company,
        f"%/{invoice_id}/%",
    )
    event = from_json_value(PaymentEvent, reported)
    assert (event.currency, event.amounts) == ("EUR", (RatePart(D("20"), D("1101.37")),))


async def test_a_credit_note_credits_the_invoice_it_names_once_it_is_with_the_buyer(
    pg_pool: asyncpg.Pool,
) -> None:
    """On PostgreSQL: 1200.00 invoiced; a credit note of 120.00 naming it is found by the invoice's number (index
    0500) once it is deposited, not before; another company's credit note of the same number credits nothing."""
    company, other = random_siren(), random_siren()
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=FixedClock(), config=PipelineConfig())
    invoice = an_invoice(seller=a_seller(company), issue_date=SEPTEMBER).evolve(
        lines=(a_line("1", "10", "100.00", "20"),)
    )
    invoice_id, number = await a_sent_invoice(pg_pool, company, invoice)

    def credit_note(seller: str) -> Invoice:
        return an_invoice(
            seller=a_seller(seller),
            issue_date=SEPTEMBER,
            type_code=DocumentType.CREDIT_NOTE,
            preceding_invoices=(PrecedingInvoice(number, SEPTEMBER),),
        ).evolve(lines=(a_line("1", "1", "100.00", "20"),))

    await emit(pg_pool, company, credit_note(company))  # submitted, not yet with the buyer
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        stored = await uow.invoices.get(company, invoice_id)
    assert stored is not None
    assert (await invoice_books(company, stored, uow=ctx.uow())).outstanding == D("1200.00")

    await a_sent_invoice(pg_pool, other, credit_note(other))
    await pg_pool.execute(
        "UPDATE invoices SET state = 'SENT' WHERE company_siren = $1 AND type_code = '381'", company
    )
    books = await invoice_books(company, stored, uow=ctx.uow())
    assert (books.credited, books.outstanding) == (D("120.00"), D("1080.00"))
    paid = await record_payment(
        company,
        invoice_id,
        Payment("CN-1", date(2026, 9, 20), D("1080.00")),
        uow_factory=ctx.uow,
        clock=ctx.clock,
    )
    assert paid.books.outstanding == 0
    credit_id = await pg_pool.fetchval(
        "SELECT id::text FROM invoices WHERE company_siren = $1 AND type_code = '381'", company
    )
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        note = await uow.invoices.get(company, credit_id)
    assert note is not None
    own = await invoice_books(company, note, uow=ctx.uow())
    assert (own.total, own.credited, own.outstanding) == (D("120.00"), D("120.00"), D("0.00"))
    # A rebate naming another invoice first, then this one: it credits neither, and this one is told (was not).
    rebate = an_invoice(
        seller=a_seller(company),
        number="AV-SEVERAL",
        issue_date=SEPTEMBER,
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=(PrecedingInvoice("F-OTHER", SEPTEMBER), PrecedingInvoice(number, SEPTEMBER)),
    ).evolve(lines=(a_line("1", "1", "10.00", "20"),))
    await a_sent_invoice(pg_pool, company, rebate)
    books = await invoice_books(company, stored, uow=ctx.uow())
    assert (books.credited, books.outstanding) == (D("120.00"), D("0.00"))
    assert books.unapplied.startswith(
        "PAY-CREDIT-SEVERAL: credit note AV-SEVERAL names this invoice and was not applied: it names 2 invoices"
    ), books.unapplied
    plan = await plan_of(pg_pool, CREDIT_NOTES_NAMING, company, number)
    assert "invoices_credit_notes_by_named_number" in plan  # the query's code list is the index's


async def test_a_corrective_invoice_replaces_the_invoice_it_names_on_postgresql(
    pg_pool: asyncpg.Pool,
) -> None:
    """On PostgreSQL: 1200.00 invoiced, 500.00 paid; a 384 of 1320.00 naming it, once with its buyer, is found by
    the invoice's number (index 0600): the invoice owes nothing (700.00 replaced), the 384 counts the 500.00."""
    company = random_siren()
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=FixedClock(), config=PipelineConfig())
    invoice = an_invoice(seller=a_seller(company), issue_date=SEPTEMBER).evolve(
        lines=(a_line("1", "10", "100.00", "20"),)
    )
    invoice_id, number = await a_sent_invoice(pg_pool, company, invoice)
    await record_payment(
        company, invoice_id, Payment("RP-1", SEPTEMBER, D("500.00")), uow_factory=ctx.uow, clock=ctx.clock
    )
    corrective = a_corrective_of(company, number, SEPTEMBER)
    corrective_id, _ = await a_sent_invoice(pg_pool, company, corrective)
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        stored, own = (
            await uow.invoices.get(company, invoice_id),
            await uow.invoices.get(company, corrective_id),
        )
    assert stored is not None and own is not None

    books = await invoice_books(company, stored, uow=ctx.uow())
    assert (books.paid, books.replaced, books.outstanding, books.replaced_by) == (
        D("500.00"),
        D("700.00"),
        D("0.00"),
        corrective.number,
    )
    replacing = await invoice_books(company, own, uow=ctx.uow())
    assert (replacing.total, replacing.carried, replacing.outstanding) == (
        D("1320.00"),
        D("500.00"),
        D("820.00"),
    )
    plan = await plan_of(pg_pool, CORRECTIVES_NAMING, company, number)
    assert "invoices_correctives_by_named_number" in plan
    # The seller closes the replaced invoice with 220 (XP Z12-014 UC4): the 500.00 still counts on the 384.
    await pg_pool.execute("UPDATE invoices SET lifecycle_code = '220' WHERE id = $1::uuid", invoice_id)
    replacing = await invoice_books(company, own, uow=ctx.uow())
    assert (replacing.carried, replacing.outstanding) == (D("500.00"), D("820.00"))


async def test_a_credit_note_the_buyer_refused_credits_nothing_on_postgresql(pg_pool: asyncpg.Pool) -> None:
    """A credit note of 120.00 with the buyer, then refused by him (210, kept on its row): the invoice's books stand,
    and the credit note's own books say why; the invoice rejected (213), it is not one the credit note credits."""
    company = random_siren()
    ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pg_pool), clock=FixedClock(), config=PipelineConfig())
    invoice = an_invoice(seller=a_seller(company), issue_date=SEPTEMBER).evolve(
        lines=(a_line("1", "10", "100.00", "20"),)
    )
    invoice_id, number = await a_sent_invoice(pg_pool, company, invoice)
    credit = an_invoice(
        seller=a_seller(company),
        issue_date=SEPTEMBER,
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=(PrecedingInvoice(number, SEPTEMBER),),
    ).evolve(lines=(a_line("1", "1", "100.00", "20"),))
    credit_id, _ = await a_sent_invoice(pg_pool, company, credit)

    async def books(of: str) -> tuple[D, D, str]:
        async with PgPipelineUnitOfWork(pg_pool) as uow:
            stored = await uow.invoices.get(company, of)
        assert stored is not None
        found = await invoice_books(company, stored, uow=ctx.uow())
        return found.credited, found.outstanding, found.unapplied.split(":")[0]

    assert await books(invoice_id) == (D("120.00"), D("1080.00"), "")
    await pg_pool.execute("UPDATE invoices SET lifecycle_code = '210' WHERE id = $1::uuid", credit_id)
    assert await books(invoice_id) == (D("0"), D("1200.00"), "")
    assert await books(credit_id) == (D("0"), D("0.00"), "PAY-CREDIT-ENDED")  # refused: owed by nobody
    await pg_pool.execute(
        "UPDATE invoices SET lifecycle_code = CASE WHEN id = $1::uuid THEN '213' ELSE '' END"
        " WHERE id IN ($1::uuid, $2::uuid)",
        invoice_id,
        credit_id,
    )
    assert await books(credit_id) == (D("0"), D("120.00"), "PAY-CREDIT-UNKNOWN")
    assert await books(invoice_id) == (D("0"), D("0.00"), "")  # rejected: owed by nobody
