"""Rows for the send step's storage tests: an invoice with one leased outbox row, its submission, its message."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import asyncpg

from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.emission import OutboundInvoice
from domain.invoice import Invoice
from domain.pipeline_ports import OutboxKind, OutboxMessage, SubmissionOutcome, SubmissionRecord
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren


async def invoice_with_row(
    pool: asyncpg.Pool,
    kind: OutboxKind,
    owner: str | None,
    *,
    company: str = "",
    content: Invoice | None = None,
) -> tuple[str, str, int]:
    """(id, company, row id) of a new invoice (`content`, else one line of a new company's) with one leased row."""
    company = company or random_siren()
    now = FixedClock().now()
    invoice = OutboundInvoice.submit(
        id=str(uuid.uuid4()),
        company_siren=company,
        request_id=random_request_id(),
        request_hash="0" * 64,
        invoice=content or an_invoice(lines=1, seller=a_seller(company)),
        at=now,
    )
    async with PgPipelineUnitOfWork(pool) as uow:
        await uow.invoices.add(invoice)
        await uow.commit()
    await pool.execute("DELETE FROM outbox WHERE invoice_id = $1", uuid.UUID(invoice.id))
    row_id = await pool.fetchval(
        """INSERT INTO outbox (invoice_id, company_siren, kind, lease_owner, lease_until)
           VALUES ($1, $2, $3, $4, now()) RETURNING id""",
        uuid.UUID(invoice.id),
        company,
        str(kind),
        owner,
    )
    return invoice.id, company, row_id


def submission_record(
    invoice_id: str,
    company: str,
    outcome: SubmissionOutcome = SubmissionOutcome.PENDING,
    platform_id: str = "",
) -> SubmissionRecord:
    return SubmissionRecord(
        invoice_id=invoice_id,
        company_siren=company,
        platform="iopole",
        sha256="b" * 64,
        invoice_number="F-1",
        attempt_started_at=datetime(2026, 9, 1, tzinfo=UTC),
        outcome=outcome,
        platform_id=platform_id,
        uploads=1,
    )


def send_message(row_id: int, invoice_id: str, company: str) -> OutboxMessage:
    return OutboxMessage(id=row_id, invoice_id=invoice_id, company_siren=company, kind=str(OutboxKind.SEND))
