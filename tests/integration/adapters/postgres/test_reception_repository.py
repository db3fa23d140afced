"""A received invoice's writes on PostgreSQL: its events and their audit entries go in the statement that writes the
events, sealed as the domain verifies them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.reception_repository import PgReception
from domain.archive import broken_entries
from domain.document_file import DocumentFile
from domain.findings import Finding, Severity
from domain.platform import PlatformStatus
from domain.reception import ReceivedInvoice
from tests.random_refs import random_siren

AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


async def test_a_received_invoice_s_events_carry_their_audit_entries_in_the_statement_that_writes_them(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    received = ReceivedInvoice.receive(
        at=AT,
        id=str(uuid.uuid4()),
        company_siren=company,
        platform="iopole",
        platform_invoice_id=f"p-{uuid.uuid4()}",
        document=DocumentFile("application/xml", "", "d" * 64, b"<Invoice/>"),
        syntax="UBL",
        valid=True,
        number="F-1",
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
    assert [(e.kind, e.status_code, e.findings) for e in events] == [
        ("RECEIVED", "", ()),
        ("STATUS", "213", (refused,)),
    ]
    assert [(e.seq, e.action, e.subject_id, e.details.get("status_code")) for e in chain] == [
        (1, "received_invoice.received", received.id, None),
        (2, "received_invoice.status", received.id, "213"),
    ]
    assert broken_entries([e.chain_entry() for e in chain]) == []
    assert received.events == [], "saved events are no longer pending"
