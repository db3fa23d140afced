"""The document unit of work writes a submitted original in the invoice's transaction: both or neither."""

from __future__ import annotations

import uuid

import asyncpg

from adapters.postgres.document_store import PgDocumentUnitOfWork
from domain.document_formats import DocumentFormat, Profile
from domain.document_ports import InvoiceDocument
from domain.emission import OutboundInvoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.pipeline import fresh_database


def an_outbound_invoice() -> OutboundInvoice:
    company, now = random_siren(), FixedClock().now()
    invoice = OutboundInvoice.submit(
        id=str(uuid.uuid4()),
        company_siren=company,
        request_id=random_request_id(),
        request_hash="0" * 64,
        invoice=an_invoice(seller=a_seller(company)),
        at=now,
    )
    return invoice


ORIGINAL = InvoiceDocument(
    format=DocumentFormat.CII,
    profile=Profile.EN16931,
    media_type="application/xml",
    filename="F1.xml",
    sha256="ab" * 32,
    content=b"<x/>",
)


async def write_both(pool: asyncpg.Pool, *, commit: bool) -> OutboundInvoice:
    invoice = an_outbound_invoice()
    async with PgDocumentUnitOfWork(pool) as uow:
        await uow.invoices.add(invoice)
        await uow.documents.add_submitted(invoice.id, ORIGINAL)
        if commit:
            await uow.commit()
    return invoice


async def test_the_invoice_and_its_original_commit_together(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        invoice = await write_both(pool, commit=True)

        async with PgDocumentUnitOfWork(pool) as uow:
            assert await uow.invoices.get(invoice.company_siren, invoice.id) is not None
            assert await uow.documents.submitted(invoice.id) == ORIGINAL


async def test_an_uncommitted_unit_keeps_neither(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        invoice = await write_both(pool, commit=False)

        async with PgDocumentUnitOfWork(pool) as uow:
            assert await uow.invoices.get(invoice.company_siren, invoice.id) is None
            assert await uow.documents.submitted(invoice.id) is None
            assert await uow.documents.submitted("not-a-uuid") is None
