"""The books' reads of the invoices a credit note or a corrective invoice names, on PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import asyncpg
import pytest

from adapters.postgres import payment_repository
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.credit_notes import CreditNotesNaming, alike, credit_by_notes
from domain.document_types import DocumentType
from domain.invoice import Attachment, Invoice, PrecedingInvoice
from domain.totals import compute_totals
from tests.builders import a_line, a_seller, an_invoice
from tests.random_refs import random_siren
from tests.support.reporting import emit

D = Decimal
PDF = Attachment(
    "PJ-1", "LISIBLE", content=b"%PDF-" + bytes(64 * 1024), mime_code="application/pdf", filename="a.pdf"
)


async def test_the_books_read_the_credit_notes_and_the_invoice_without_their_attachments(
    pg_pool: asyncpg.Pool,
) -> None:
    # Each GetInvoice and each credit note's submission (PAY-CREDIT-EXCEEDS) read every credit note with the buyer
    # naming the invoice whole, attachments included: six credit notes carrying a 5 MB PDF each made one GetInvoice
    # of their invoice 0.8-2 s on a real server. The books need their amounts only.
    company = random_siren()
    invoice = an_invoice(seller=a_seller(company), attachments=(PDF,)).evolve(
        lines=(a_line("1", "10", "100.00", "20"),)
    )
    note = an_invoice(
        seller=a_seller(company),
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date),),
        attachments=(PDF,),
    ).evolve(lines=(a_line("1", "1", "100.00", "20"),))
    for document in (invoice, note):
        await emit(pg_pool, company, document)
    await pg_pool.execute("UPDATE invoices SET state = 'SENT' WHERE company_siren = $1", company)

    async with PgPipelineUnitOfWork(pg_pool) as uow:
        notes = await uow.payments.credit_notes(company, invoice.number)
        credited = await uow.payments.credited_invoice(company, company, invoice.number)

    assert [(k.first.number, k.count) for k in notes.kinds] == [(note.number, 1)] and credited is not None
    assert credited.number == invoice.number
    assert notes.kinds[0].first.attachments == () and credited.attachments == ()


async def test_the_credit_notes_naming_an_invoice_are_read_gathered_by_kind_their_worth_added_in_sql(
    pg_pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The books read every credit note naming an invoice whole, however many (session 17: 1,000 credit notes made
    one GetInvoice 225 ms, a further credit note's PAY-CREDIT-EXCEEDS 343 ms). They are read gathered by what
    decides their credit (domain.credit_notes.alike), their worth added in SQL: the same kinds, counts, numbers and
    worth to the cent as the domain's own gathering, the same credit; past MAX_KINDS kinds, counted unread."""
    company = random_siren()
    seller = a_seller(company)
    invoice = an_invoice(seller=seller).evolve(
        lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    )
    named = PrecedingInvoice(invoice.number, invoice.issue_date)

    def note(number: str, *lines: tuple[str, str], **more: object) -> Invoice:
        more.setdefault("preceding_invoices", (named,))
        return an_invoice(
            seller=seller,
            number=number,
            type_code=DocumentType.CREDIT_NOTE,
            **more,
        ).evolve(lines=tuple(a_line(str(i), "3", price, rate) for i, (price, rate) in enumerate(lines, 1)))

    notes = [
        note("AV-1", ("1.01", "20")),
        note("AV-2", ("1.01", "20"), ("0.33", "5.5")),  # 0.99 at 5.5 %: VAT 0.05445, rounded on the document
        note("AV-3", ("2.02", "20")),
        note("AV-4", ("1.00", "20"), preceding_invoices=(named, PrecedingInvoice("F-0", invoice.issue_date))),
        note("AV-5", ("1.00", "10")),  # a rate the invoice has not
        note("AV-6", ("0.33", "5.5"), ("1.01", "20")),  # alike AV-2
        note("AV-7", ("3.03", "20")),
        note("AV-8", ("10.00", "20"), paid_amount=Decimal("1.00")),  # BT-113: its worth is not its rates' sum
        note("AV-9", ("10.00", "20"), paid_amount=Decimal("1.00")),
    ]
    for document in (invoice, *notes):
        await emit(pg_pool, company, compute_totals(document))
    await pg_pool.execute("UPDATE invoices SET state = 'SENT' WHERE company_siren = $1", company)
    await pg_pool.execute(  # submitted in this order (one fixed clock stamped them all alike)
        """UPDATE invoices SET created_at = created_at + make_interval(secs => substr(number, 4)::int)
            WHERE company_siren = $1 AND number LIKE 'AV-%'""",
        company,
    )

    async with PgPipelineUnitOfWork(pg_pool) as uow:
        read = await uow.payments.credit_notes(company, invoice.number)
    own = alike(compute_totals(n) for n in notes)

    def kinds(naming: CreditNotesNaming) -> list[tuple[object, ...]]:
        return [(k.first.number, k.count, k.numbers, dict(k.worth)) for k in naming.kinds]

    assert kinds(read)[:3] == [
        ("AV-1", 3, ("AV-1", "AV-3", "AV-7"), {D("20"): D("21.82")}),  # (3.03 + 6.06 + 9.09) x 1.20
        (
            "AV-2",
            2,
            ("AV-2", "AV-6"),
            {D("5.5"): D("2.08"), D("20"): D("7.28")},
        ),  # 2 x (0.99 + 0.05), 2 x 3.64
        ("AV-4", 1, ("AV-4",), {D("20"): D("3.60")}),
    ]
    # a note whose amount due is not its rates' sum (BT-113 here) is a kind of its own in the read, its worth read
    # in Python: 3 x 10.00 + 6.00 VAT - 1.00 prepaid; the domain counts both with AV-1's kind, alike in all else
    assert kinds(read)[3:] == [
        ("AV-5", 1, ("AV-5",), {D("10"): D("3.30")}),
        ("AV-8", 1, ("AV-8",), {D("20"): D("35.00")}),
        ("AV-9", 1, ("AV-9",), {D("20"): D("35.00")}),
    ]
    assert kinds(own)[0] == ("AV-1", 5, ("AV-1", "AV-3", "AV-7"), {D("20"): D("91.82")})
    assert kinds(own)[1:] == kinds(read)[1:4]
    assert credit_by_notes(invoice, read) == credit_by_notes(invoice, own)
    credit = credit_by_notes(invoice, read)
    assert credit.per_rate == {D("20"): D("99.10"), D("5.5"): D("2.08")}  # 21.82 + 7.28 + 70.00; 2.08
    assert credit.unapplied.startswith(
        "PAY-CREDIT-SEVERAL: credit note AV-4 names this invoice and was not applied"
    )
    assert "; PAY-CREDIT-RATE: credit note AV-5 names this invoice" in credit.unapplied

    monkeypatch.setattr(payment_repository, "MAX_KINDS", 2)
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        capped = await uow.payments.credit_notes(company, invoice.number)
    assert [k.first.number for k in capped.kinds] == ["AV-1", "AV-2"] and capped.unread == 4
    assert credit_by_notes(invoice, capped).unapplied.endswith(
        "PAY-CREDIT-UNREAD: 4 more credit notes name it, of more than 100 kinds (seller, invoices named, currency,"
        " VAT rates): not read, not counted"
    )


async def test_kinds_of_rebates_naming_several_invoices_never_push_a_credit_note_past_the_read_s_bound(
    pg_pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_KINDS kinds the others were unread, oldest first whatever they were: 100 rebates each naming the
    invoice and another (a kind each, crediting nothing: PAY-CREDIT-SEVERAL) left the credit note that came next
    uncredited (PAY-CREDIT-UNREAD). The kinds naming one invoice, the only ones that may credit, are read first."""
    monkeypatch.setattr(payment_repository, "MAX_KINDS", 2)
    company = random_siren()
    seller = a_seller(company)
    invoice = an_invoice(seller=seller).evolve(lines=(a_line("1", "10", "100.00", "20"),))
    named = PrecedingInvoice(invoice.number, invoice.issue_date)

    def note(number: str, *preceding: PrecedingInvoice) -> Invoice:
        return an_invoice(
            seller=seller, number=number, type_code=DocumentType.CREDIT_NOTE, preceding_invoices=preceding
        ).evolve(lines=(a_line("1", "1", "100.00", "20"),))

    rebates = [note(f"RRR-{n}", named, PrecedingInvoice(f"G-{n}", invoice.issue_date)) for n in range(3)]
    for document in (invoice, *rebates, note("AV-1", named)):
        await emit(pg_pool, company, compute_totals(document))
    await pg_pool.execute("UPDATE invoices SET state = 'SENT' WHERE company_siren = $1", company)
    await pg_pool.execute(  # the rebates first
        "UPDATE invoices SET created_at = created_at + interval '1 minute' WHERE company_siren = $1 AND number = 'AV-1'",
        company,
    )

    async with PgPipelineUnitOfWork(pg_pool) as uow:
        read = await uow.payments.credit_notes(company, invoice.number)

    # one rebate's kind read (which: they were stamped alike), then the credit note; two rebates unread
    assert [k.first.number[:4] for k in read.kinds] == ["RRR-", "AV-1"] and read.unread == 2
    credit = credit_by_notes(invoice, read)
    assert credit.per_rate == {D("20"): D("120.00")}
    assert credit.unapplied.startswith("PAY-CREDIT-SEVERAL: credit note RRR-")
