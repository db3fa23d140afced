"""PgInvoiceRepository.save writes what changed: the processing columns that moved, never the unchanged content
(JSON) nor its lines; a new content object rewrites both."""

import uuid
from dataclasses import replace

import asyncpg
import pytest

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.uow import PgUnitOfWork
from domain.archive import broken_entries
from domain.emission import EventKind, InvoiceEvent, OutboundInvoice, ProcessingState
from domain.errors import ConcurrencyConflict
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren


async def stored_invoice(pool: asyncpg.Pool) -> OutboundInvoice:
    company = random_siren()
    now = FixedClock().now()
    invoice = OutboundInvoice.submit(
        id=str(uuid.uuid4()),
        company_siren=company,
        request_id=random_request_id(),
        request_hash="0" * 64,
        invoice=an_invoice(lines=3, seller=a_seller(company)),
        at=now,
    )
    async with PgUnitOfWork(pool) as uow:
        await uow.invoices.add(invoice)
        await uow.commit()
    return invoice


async def physical(pool: asyncpg.Pool, invoice_id: str) -> list[str]:
    rows = await pool.fetch(
        "SELECT ctid::text AS t FROM invoice_lines WHERE invoice_id = $1::uuid ORDER BY position", invoice_id
    )
    return [r["t"] for r in rows]


async def save_with_statements(pool: asyncpg.Pool, invoice: OutboundInvoice, change) -> list[str]:  # noqa: ANN001
    statements: list[str] = []
    async with PgUnitOfWork(pool) as uow:
        loaded = await uow.invoices.get(invoice.company_siren, invoice.id)
        assert loaded is not None
        change(loaded)
        uow._conn.add_query_logger(lambda record: statements.append(record.query))  # type: ignore[union-attr]
        await uow.invoices.save(loaded)
        await uow.commit()
    return statements


async def test_a_state_change_writes_only_the_columns_that_moved(pg_pool: asyncpg.Pool) -> None:
    invoice = await stored_invoice(pg_pool)
    lines_before = await physical(pg_pool, invoice.id)

    def validated(loaded: OutboundInvoice) -> None:
        loaded.validated(FixedClock().now(), sha256="a" * 64, syntax="CII")

    statements = await save_with_statements(pg_pool, invoice, validated)
    # The SET clauses (the UPDATE may carry the invoice's events in the same statement).
    updates = [
        s[s.index("UPDATE invoices") :].split("WHERE")[0] for s in statements if "UPDATE invoices" in s
    ]
    assert len(updates) == 1
    assert "state =" in updates[0] and "document_sha256 =" in updates[0]
    assert "content" not in updates[0] and "findings" not in updates[0] and "last_error" not in updates[0]
    assert await physical(pg_pool, invoice.id) == lines_before  # lines not rewritten
    row = await pg_pool.fetchrow(
        "SELECT state, document_sha256, version FROM invoices WHERE id = $1::uuid", invoice.id
    )
    assert (row["state"], row["document_sha256"], row["version"]) == ("READY", "a" * 64, 2)


async def test_a_new_content_rewrites_the_content_and_its_lines(pg_pool: asyncpg.Pool) -> None:
    invoice = await stored_invoice(pg_pool)
    lines_before = await physical(pg_pool, invoice.id)

    def renumbered(loaded: OutboundInvoice) -> None:
        loaded.invoice = replace(loaded.invoice, number="RENUMBERED-1")

    statements = await save_with_statements(pg_pool, invoice, renumbered)
    assert any("content =" in s for s in statements if s.lstrip().startswith("UPDATE invoices"))
    assert await physical(pg_pool, invoice.id) != lines_before
    stored = await pg_pool.fetchrow(
        "SELECT number, content->>'number' AS json_number FROM invoices WHERE id = $1::uuid", invoice.id
    )
    assert (stored["number"], stored["json_number"]) == ("RENUMBERED-1", "RENUMBERED-1")


async def test_the_events_of_a_saved_invoice_ride_on_its_update(pg_pool: asyncpg.Pool) -> None:
    invoice = await stored_invoice(pg_pool)

    def validated(loaded: OutboundInvoice) -> None:
        loaded.validated(FixedClock().now(), sha256="a" * 64, syntax="CII")
        # Not a transition the aggregate makes, but one that calls for an outbox row: the repository writes
        # whatever events are pending.
        loaded.events.append(InvoiceEvent(EventKind.SUBMITTED, FixedClock().now(), ProcessingState.READY))

    statements = await save_with_statements(pg_pool, invoice, validated)
    writes = [s for s in statements if "INSERT INTO invoice_events" in s or "UPDATE invoices" in s]
    assert len(writes) == 1 and "UPDATE invoices" in writes[0]  # one round trip for both
    events = await pg_pool.fetch(
        "SELECT kind FROM invoice_events WHERE invoice_id = $1::uuid ORDER BY id", invoice.id
    )
    assert [e["kind"] for e in events] == ["SUBMITTED", "VALIDATED", "SUBMITTED"]
    outbox = await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE invoice_id = $1::uuid", invoice.id)
    assert outbox == 2  # the first SUBMITTED's and the new one's, each written once


async def audit_chain(pool: asyncpg.Pool, company: str) -> list[str]:
    async with pool.acquire() as conn, conn.transaction():
        chain = [e async for e in PgAuditLog(conn).entries(company)]
    assert broken_entries([e.chain_entry() for e in chain]) == []  # sealed as the domain checks
    return [e.action for e in chain]


async def test_the_audit_entries_of_a_saved_invoice_s_events_ride_on_the_statement_that_writes_them(
    pg_pool: asyncpg.Pool,
) -> None:
    # A pipeline step's unit of work: its save carries the events, their outbox rows and their audit entries, and
    # its commit is COMMIT alone (the entries' append was a round trip of its own before it).
    invoice = await stored_invoice(pg_pool)

    def validated(loaded: OutboundInvoice) -> None:
        loaded.validated(FixedClock().now(), sha256="a" * 64, syntax="CII")

    statements = await save_with_statements(pg_pool, invoice, validated)
    assert len(statements) == 2 and "UPDATE invoices" in statements[0] and statements[1] == "COMMIT;"
    assert await audit_chain(pg_pool, invoice.company_siren) == ["invoice.submitted", "invoice.validated"]


async def test_events_written_at_the_commit_carry_their_audit_entries_in_the_same_statement(
    pg_pool: asyncpg.Pool,
) -> None:
    # A new content: the save cannot carry the events (its lines are rewritten after it), the commit writes them.
    invoice = await stored_invoice(pg_pool)

    def renumbered(loaded: OutboundInvoice) -> None:
        loaded.invoice = replace(loaded.invoice, number="RENUMBERED-1")
        loaded.validated(FixedClock().now(), sha256="a" * 64, syntax="CII")

    statements = await save_with_statements(pg_pool, invoice, renumbered)
    events = [s for s in statements if "INSERT INTO invoice_events" in s]
    assert len(events) == 1 and "audit_log_append" in events[0]
    assert statements[-1] == "COMMIT;" and statements[-2] is events[0]  # no statement of their own
    assert await audit_chain(pg_pool, invoice.company_siren) == ["invoice.submitted", "invoice.validated"]


async def test_a_stale_save_writes_neither_the_invoice_nor_its_events(pg_pool: asyncpg.Pool) -> None:
    invoice = await stored_invoice(pg_pool)
    async with PgUnitOfWork(pg_pool) as uow:
        loaded = await uow.invoices.get(invoice.company_siren, invoice.id)
        assert loaded is not None
        await pg_pool.execute("UPDATE invoices SET version = version + 1 WHERE id = $1::uuid", invoice.id)
        loaded.validated(FixedClock().now(), sha256="a" * 64, syntax="CII")
        with pytest.raises(ConcurrencyConflict):
            await uow.invoices.save(loaded)
        await uow.commit()  # the refused save left nothing pending to write
    events = await pg_pool.fetch(
        "SELECT kind FROM invoice_events WHERE invoice_id = $1::uuid ORDER BY id", invoice.id
    )
    assert [e["kind"] for e in events] == ["SUBMITTED"]
    assert await audit_chain(pg_pool, invoice.company_siren) == ["invoice.submitted"]
