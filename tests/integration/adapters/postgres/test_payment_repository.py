"""The books' reads of the invoices a credit note or a corrective invoice names, on PostgreSQL."""

from __future__ import annotations

import asyncpg

from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.document_types import DocumentType
from domain.invoice import Attachment, PrecedingInvoice
from tests.builders import a_line, a_seller, an_invoice
from tests.random_refs import random_siren
from tests.support.reporting import emit

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

    assert [n.number for n in notes] == [note.number] and credited is not None
    assert credited.number == invoice.number
    assert notes[0].attachments == () and credited.attachments == ()
