"""A received invoice's writes on PostgreSQL: its events and their audit entries go in the statement that writes the
events, sealed as the domain verifies them."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.migrate import available_migrations
from adapters.postgres.reception_repository import PgReception
from adapters.postgres.uow import PgUnitOfWork
from domain.archive import broken_entries
from domain.document_file import DocumentFile
from domain.findings import Finding, Severity
from domain.invoice import Attachment
from domain.platform import PlatformStatus
from domain.reception import ReceivedInvoice
from domain.serialization import invoice_to_dict
from domain.totals import compute_totals
from tests.builders import a_seller, an_invoice
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice

AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _received(company: str, document: DocumentFile, **fields: Any) -> ReceivedInvoice:
    """A valid invoice the company received through IOPOLE at AT, under fresh ids."""
    return ReceivedInvoice.receive(
        at=AT,
        id=str(uuid.uuid4()),
        company_siren=company,
        platform="iopole",
        platform_invoice_id=f"p-{uuid.uuid4()}",
        document=document,
        valid=True,
        **fields,
    )


async def test_a_received_invoice_s_events_carry_their_audit_entries_in_the_statement_that_writes_them(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    received = _received(
        company, DocumentFile("application/xml", "", "d" * 64, b"<Invoice/>"), syntax="UBL", number="F-1"
    )
    refused = Finding("BR-FR-10", Severity.FATAL, "the SIREN is missing", "BG-4/BT-30")
    status = PlatformStatus("213", "REJECTED", "REJ", AT, "no SIREN", (refused,), f"s-{uuid.uuid4()}")
    received.platform_status(status, AT)
    statements: list[str] = []
    async with pg_pool.acquire() as conn, conn.transaction():
        reception = PgReception(conn)
        assert await reception.add(received, None)

        def log(record: asyncpg.connection.LoggedQuery) -> None:
            statements.append(record.query)

        conn.add_query_logger(log)
        await reception.save(received)
        conn.remove_query_logger(log)
        events = await reception.history(company, received.id)
        chain = [e async for e in PgAuditLog(conn).entries(company)]
    # asyncpg's look-ups of types on a fresh connection (JIT off around them) are not the repository's round trips
    statements = [s for s in statements if "pg_catalog.pg_type" not in s and "'jit'" not in s]
    # Before: the UPDATE, then for each event its company's lock, its row and its entry (7 statements)
    assert len(statements) == 2 and statements[0].startswith("UPDATE received_invoices")
    assert "INSERT INTO received_invoice_events" in statements[1] and "audit_log_append" in statements[1]
    assert [(e.event.kind, e.event.status_code, e.event.findings) for e in events] == [
        ("RECEIVED", "", ()),
        ("STATUS", "213", (refused,)),
    ]
    assert [(e.seq, e.action, e.subject_id, e.details.get("status_code")) for e in chain] == [
        (1, "received_invoice.received", received.id, None),
        (2, "received_invoice.status", received.id, "213"),
    ]
    assert broken_entries([e.chain_entry() for e in chain]) == []
    assert received.events == [], "saved events are no longer pending"


async def _sent(pool: asyncpg.Pool, company: str, seller: str, number: str, platform_id: str) -> None:
    """`company`'s invoice `number` in `seller`'s name (its own, or a self-billed one), deposited on AFNOR."""
    content = compute_totals(an_invoice(seller=a_seller(seller), number=number))
    outbound = an_outbound_invoice(company, content)
    async with PgUnitOfWork(pool) as uow:
        await uow.invoices.add(outbound)
        await uow.commit()
    await pool.execute(
        """INSERT INTO submissions (invoice_id, company_siren, platform, sha256, invoice_number,
                                    attempt_started_at, outcome, platform_id)
           VALUES ($1, $2, 'afnor', $3, $4, now(), 'ACCEPTED', $5)""",
        uuid.UUID(outbound.id),
        company,
        "e" * 64,
        number,
        platform_id,
    )


async def test_a_status_naming_a_seller_and_number_two_companies_sent_finds_neither(
    pg_pool: asyncpg.Pool,
) -> None:
    # A seller's own invoice and a buyer's self-billed one in its name may share a number (one series each,
    # migration 0400): a status naming only (seller, number) cannot say which, so it reaches neither.
    seller, buyer, number = random_siren(), random_siren(), f"F-{uuid.uuid4().hex[:8]}"
    await _sent(pg_pool, seller, seller, number, "p-own")
    async with pg_pool.acquire() as conn:
        assert await PgReception(conn).sent_platform_id("afnor", number, seller) == "p-own"
    await _sent(pg_pool, buyer, seller, number, "p-self-billed")
    async with pg_pool.acquire() as conn:
        assert await PgReception(conn).sent_platform_id("afnor", number, seller) is None
        assert await PgReception(conn).sent_platform_id("iopole", number, seller) is None


async def test_a_received_invoice_s_stored_size_counts_its_document_and_is_its_company_s_alone(
    pg_pool: asyncpg.Pool,
) -> None:
    # What service.usecases.large_reads reads before GetReceivedInvoice's read.
    company, content = random_siren(), os.urandom(3 << 20)  # random bytes: stored as they are
    received = _received(company, DocumentFile("application/pdf", "f.pdf", "d" * 64, content))
    async with pg_pool.acquire() as conn, conn.transaction():
        reception = PgReception(conn)
        assert await reception.add(received, None)
        assert len(content) <= await reception.stored_size(company, received.id) < len(content) + 10_000
        assert await reception.stored_size(random_siren(), received.id) == 0
        assert await reception.stored_size(company, "not-a-uuid") == 0


async def test_a_received_invoice_read_to_change_its_status_or_pay_it_is_read_without_its_attachments(
    pg_pool: asyncpg.Pool,
) -> None:
    # SetBuyerStatus and RecordPaymentSent lock the invoice and read its amounts, never its attachments: a 5 MB PDF
    # in BG-24 was read (7 MB of JSON text, base64) and decoded on the loop for each status and each payment.
    company, pdf = random_siren(), b"%PDF" + os.urandom(5 << 20)
    attached = (Attachment("R1", "LISIBLE", content=pdf, mime_code="application/pdf", filename="f.pdf"),)
    parsed = compute_totals(an_invoice(seller=a_seller(random_siren()), attachments=attached))
    document = DocumentFile("application/xml", "f.xml", "d" * 64, b"<Invoice/>")
    received = _received(company, document, syntax="UBL", number=parsed.number, invoice=parsed)
    async with pg_pool.acquire() as conn, conn.transaction():
        reception = PgReception(conn)
        assert await reception.add(received, None)
        locked = await reception.locked(company, received.id)
        assert locked is not None and locked.invoice is not None
        assert locked.invoice.attachments == ()
        assert replace(locked.invoice, attachments=attached) == parsed  # the rest as stored
        kept = await reception.get(company, received.id)
        assert kept is not None and kept.invoice is not None and kept.invoice.attachments == attached


def _attached(company: str, size: int) -> tuple[ReceivedInvoice, tuple[Attachment, ...]]:
    """A received invoice whose parsed content carries a PDF of `size` random bytes in BG-24."""
    pdf = b"%PDF" + os.urandom(size)
    attached = (Attachment("R1", "LISIBLE", content=pdf, mime_code="application/pdf", filename="f.pdf"),)
    parsed = compute_totals(an_invoice(seller=a_seller(random_siren()), attachments=attached))
    document = DocumentFile("application/xml", "f.xml", "d" * 64, b"<Invoice/>")
    return _received(company, document, syntax="UBL", number=parsed.number, invoice=parsed), attached


async def test_a_received_invoice_s_attachments_are_stored_apart_from_its_content_as_bytes(
    pg_pool: asyncpg.Pool,
) -> None:
    # In its content, they were fetched, decompressed and unpacked by PostgreSQL at each read that drops them
    # (`content - 'attachments'`: a status, a payment sent, the invoices a credit note names, the period's purchases);
    # as base64 in JSON, each store and each read copied them three times more.
    company = random_siren()
    received, attached = _attached(company, 1 << 20)
    async with pg_pool.acquire() as conn, conn.transaction():
        reception = PgReception(conn)
        assert await reception.add(received, None)
        row = await conn.fetchrow(
            """SELECT content ? 'attachments' AS inside, attachments -> 0 ? 'content' AS described_with,
                      attachment_contents[1] AS bytes
                 FROM received_invoices WHERE id = $1""",
            uuid.UUID(received.id),
        )
        assert (row["inside"], row["described_with"], row["bytes"]) == (False, False, attached[0].content)
        assert await reception.stored_size(company, received.id) > len(attached[0].content)
        kept = await reception.get(company, received.id)
        assert kept is not None and kept.invoice == received.invoice


async def test_0900_and_0901_move_the_attachments_of_invoices_received_before_out_of_their_content(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    received, attached = _attached(company, 64 << 10)
    pointing = Attachment("R2", "BON_LIVRAISON", uri="https://example.test/bl/1")  # no bytes: a place
    assert received.invoice is not None
    received = replace(received, invoice=replace(received.invoice, attachments=(*attached, pointing)))
    plain = _received(company, DocumentFile("application/xml", "g.xml", "e" * 64, b"<Invoice/>"))
    migrations = [m.sql for m in available_migrations() if m.version in (900, 901)]
    async with pg_pool.acquire() as conn, conn.transaction():
        reception = PgReception(conn)
        assert await reception.add(received, None) and await reception.add(plain, None)
        await conn.execute(  # as stored before 0900: the whole invoice, base64 attachments, in its content
            """UPDATE received_invoices SET content = $2, attachments = NULL, attachment_contents = NULL
                WHERE id = $1""",
            uuid.UUID(received.id),
            invoice_to_dict(received.invoice),
        )
        for sql in migrations:
            await conn.execute(sql)
        rows = await conn.fetch(
            """SELECT id::text, content ? 'attachments' AS inside, jsonb_array_length(attachments) AS described,
                      attachment_contents AS contents
                 FROM received_invoices WHERE id = any($1::uuid[])""",
            [uuid.UUID(received.id), uuid.UUID(plain.id)],
        )
        moved = {r["id"]: (r["inside"], r["described"], r["contents"]) for r in rows}
        assert moved == {received.id: (False, 2, [attached[0].content, None]), plain.id: (None, None, None)}
        kept = await reception.get(company, received.id)
        assert kept is not None and kept.invoice == received.invoice
        locked = await reception.locked(company, received.id)
        assert locked is not None and locked.invoice is not None and locked.invoice.attachments == ()
        assert replace(locked.invoice, attachments=received.invoice.attachments) == received.invoice
