"""A page of invoices' books (ListInvoices) in memory and on PostgreSQL: each invoice's books are GetInvoice's, to
the cent, whatever the page holds (payments, credit notes, held payments, a corrective invoice, an ended lifecycle),
and on PostgreSQL the page is read in as many statements whatever its size (no read per invoice)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import strategies as st

from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.emission import OutboundInvoice, ProcessingState
from domain.invoice import DocumentType, Invoice, PrecedingInvoice
from domain.money import total
from domain.payments import Payment
from domain.pipeline_ports import PipelineUnitOfWork
from domain.totals import compute_totals
from service.usecases.emission.payments import invoice_books, page_books, record_payment
from tests.builders import a_line, a_seller, an_invoice
from tests.e2e.test_fuzz import drawn
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice

D = Decimal
UowFactory = Callable[[], PipelineUnitOfWork]


@pytest.fixture(params=["memory", "postgres"])
def books_uow(request: pytest.FixtureRequest) -> UowFactory:
    if request.param == "memory":
        db = InMemoryDatabase()
        return lambda: FakeUnitOfWork(db)
    pool = request.getfixturevalue("pg_pool")
    return lambda: PgPipelineUnitOfWork(pool)


async def stored(
    uow: UowFactory, company: str, invoice: Invoice, state: ProcessingState = ProcessingState.SENT
) -> OutboundInvoice:
    outbound = an_outbound_invoice(company, compute_totals(invoice), state=state)
    async with uow() as u:
        await u.invoices.add(outbound)
        await u.commit()
    return outbound


def invoice_of(company: str, *lines: tuple[str, str]) -> Invoice:
    """An invoice of one line per (net, VAT rate)."""
    return an_invoice(seller=a_seller(company)).evolve(
        lines=tuple(a_line(str(n), "1", net, rate) for n, (net, rate) in enumerate(lines, 1))
    )


def credit_note_of(company: str, invoice: Invoice, *lines: tuple[str, str]) -> Invoice:
    return invoice_of(company, *lines).evolve(
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date),),
    )


async def pay(uow: UowFactory, company: str, invoice_id: str, payment_id: str, amount: str) -> None:
    payment = Payment(payment_id, date(2026, 11, 2), D(amount))
    await record_payment(company, invoice_id, payment, uow_factory=uow, clock=FixedClock())


async def a_month(uow: UowFactory, company: str, invoices: int) -> list[OutboundInvoice]:
    """`invoices` invoices of 1200.00 at 20 % and 211.00 at 5.5 %, each credited 120.00 by a credit note and paid
    100.00 twice, newest first as ListInvoices gives them; beside them the credit notes themselves."""
    page = []
    for n in range(invoices):
        invoice = invoice_of(company, ("1000.00", "20"), ("200.00", "5.5"))
        sent = await stored(uow, company, invoice)
        await stored(uow, company, credit_note_of(company, invoice, ("100.00", "20")))
        await pay(uow, company, sent.id, f"P-{n}-1", "100.00")
        await pay(uow, company, sent.id, f"P-{n}-2", "100.00")
        page.append(sent)
    return page[::-1]


async def test_a_page_s_books_are_each_invoice_s_to_the_cent(books_uow: UowFactory) -> None:
    company = random_siren()
    page = await a_month(books_uow, company, 4)
    # beside them: a credit note, an invoice replaced by a corrective invoice, one still on its way with a
    # payment held, one its buyer refused (210)
    replaced = invoice_of(company, ("500.00", "20"))
    replaced_sent = await stored(books_uow, company, replaced)
    await pay(books_uow, company, replaced_sent.id, "R-1", "50.00")
    corrective = await stored(
        books_uow,
        company,
        invoice_of(company, ("400.00", "20")).evolve(
            type_code=DocumentType.CORRECTIVE_INVOICE,
            preceding_invoices=(PrecedingInvoice(replaced.number, replaced.issue_date),),
        ),
    )
    on_its_way = await stored(books_uow, company, invoice_of(company, ("10.00", "20")), ProcessingState.READY)
    await pay(books_uow, company, on_its_way.id, "H-1", "5.00")
    note = await stored(books_uow, company, credit_note_of(company, page[0].invoice, ("10.00", "20")))
    refused = an_outbound_invoice(company, compute_totals(invoice_of(company, ("10.00", "20"))))
    refused.state, refused.lifecycle_code = ProcessingState.SENT, "210"
    async with books_uow() as u:
        await u.invoices.add(refused)
        await u.commit()
    everything = [*page, replaced_sent, corrective, on_its_way, note, refused]

    listed = await page_books(company, everything, uow=books_uow())

    one_by_one = [await invoice_books(company, i, uow=books_uow()) for i in everything]
    assert listed == one_by_one
    # 1411.00 owed, 120.00 credited, 200.00 paid; the first one credited 12.00 more by `note`
    assert [(b.total, b.credited, b.paid, b.outstanding) for b in listed[:4]] == [
        (D("1411.00"), D("132.00"), D("200.00"), D("1079.00")),
        *[(D("1411.00"), D("120.00"), D("200.00"), D("1091.00"))] * 3,
    ]
    assert (listed[4].replaced_by, listed[4].paid, listed[4].outstanding) == (
        corrective.number,
        D("50.00"),
        D("0.00"),
    )
    assert (listed[5].carried, listed[5].outstanding) == (D("50.00"), D("430.00"))
    assert (listed[6].awaiting_deposit, listed[6].outstanding) == (D("5.00"), D("12.00"))
    assert (listed[7].credit_note, listed[7].credited, listed[7].outstanding) == (True, D("12.00"), D("0.00"))
    assert (listed[8].ended_by, listed[8].outstanding) == ("210 Refused", D("0.00"))
    assert await page_books(company, [], uow=books_uow()) == []


MONTHS = st.lists(
    st.tuples(
        st.decimals(D("0.01"), D("5000.00"), places=2),  # an invoice's net at 20 %
        st.lists(st.integers(1, 40), max_size=3),  # its credit notes, each this percentage of the net
        st.lists(st.integers(1, 30), max_size=3),  # its payments, each this percentage of what is owed
    ),
    min_size=1,
    max_size=5,
)


@pytest.mark.parametrize("month", drawn(MONTHS, 8))
async def test_a_page_s_sums_are_the_sums_of_each_invoice_s_books(books_uow: UowFactory, month: Any) -> None:
    company = random_siren()
    page = []
    for n, (net, notes, payments) in enumerate(month):
        invoice = invoice_of(company, (str(net), "20"))
        sent = await stored(books_uow, company, invoice)
        for percent in notes:
            credited = (net * percent / 100).quantize(D("0.01"))
            if credited > 0:
                await stored(books_uow, company, credit_note_of(company, invoice, (str(credited), "20")))
        owed = (await invoice_books(company, sent, uow=books_uow())).outstanding
        for k, percent in enumerate(payments):
            amount = (owed * percent / 100).quantize(D("0.01"))
            if amount > 0:
                await pay(books_uow, company, sent.id, f"P-{n}-{k}", str(amount))
        page.append(sent)

    listed = await page_books(company, page, uow=books_uow())

    each = [await invoice_books(company, i, uow=books_uow()) for i in page]
    for field in ("total", "credited", "paid", "outstanding"):
        assert total(getattr(b, field) for b in listed) == total(getattr(b, field) for b in each)
    assert listed == each
    for books in listed:  # and each adds up: owed less credited less paid
        assert books.outstanding == books.total - books.credited - books.paid
