"""invoice_lines holds each line's columns exactly as the domain line has them (decimals at the scale they were
written with, absent values NULL), whichever path wrote the invoice: a unit of work's add, the group commit's
statement, or a save that replaced the content; and the group commit writes every row a unit of work writes."""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import asyncpg

from adapters.postgres.invoice_repository import insert_new_invoices, new_invoice_row
from adapters.postgres.uow import PgUnitOfWork
from domain.emission import OutboundInvoice
from domain.findings import Finding, Severity
from domain.invoice import Invoice, InvoiceLine, Item, VatCategory
from domain.totals import compute_totals
from tests.builders import a_line, a_seller, an_invoice
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice


def varied_lines() -> tuple[InvoiceLine, ...]:
    return (
        a_line("1", quantity="1.500", price="12.50", rate="20.0"),
        a_line("A-2", quantity="0.0000001", price="123456789012345678901.125", rate="5.5"),
        replace(a_line("3", quantity="3", price="0", category=VatCategory.NOT_SUBJECT), vat_rate=None),
        a_line("4", quantity="-2", price="7.10", name='Café « crème » \\ "x" 😀'),
    )


def a_varied_invoice(company: str) -> Invoice:
    """Totals computed, then the last line's net amount taken away (as before computation)."""
    invoice = compute_totals(an_invoice(seller=a_seller(company)).evolve(lines=varied_lines()))
    return replace(invoice, lines=(*invoice.lines[:-1], replace(invoice.lines[-1], net_amount=None)))


def text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def expected(invoice: Invoice) -> list[tuple[object, ...]]:
    return [
        (
            n,
            line.id,
            text(line.quantity),
            text(line.net_price),
            text(line.net_amount),
            line.vat_category.value,
            text(line.vat_rate),
            line.item.name,
        )
        for n, line in enumerate(invoice.lines, start=1)
    ]


async def stored_lines(pool: asyncpg.Pool, invoice_id: str) -> list[tuple[object, ...]]:
    rows = await pool.fetch(
        """SELECT position, line_id, quantity::text, net_price::text, net_amount::text, vat_category,
                  vat_rate::text, item_name
             FROM invoice_lines WHERE invoice_id = $1::uuid ORDER BY position""",
        invoice_id,
    )
    return [tuple(r) for r in rows]


def an_outbound(company: str) -> OutboundInvoice:
    return an_outbound_invoice(company, a_varied_invoice(company))


async def test_add_writes_the_lines_as_the_domain_has_them(pg_pool: asyncpg.Pool) -> None:
    invoice = an_outbound(random_siren())
    async with PgUnitOfWork(pg_pool) as uow:
        await uow.invoices.add(invoice)
        await uow.commit()
    assert await stored_lines(pg_pool, invoice.id) == expected(invoice.invoice)
    # the values above, spelled out once: the scale written is kept, an absent rate or net amount is NULL
    rows = await stored_lines(pg_pool, invoice.id)
    assert rows[0][2:5] == ("1.500", "12.50", "18.75")
    assert rows[1][2] == "0.0000001"
    assert rows[2][6] is None and rows[3][4] is None


async def test_the_group_commit_writes_the_same_lines(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    invoices = [an_outbound(company) for _ in range(2)]
    async with pg_pool.acquire() as conn:
        written = await insert_new_invoices(conn, [new_invoice_row(i) for i in invoices])
    assert [w.id for w in written] == [i.id for i in invoices]
    for invoice in invoices:
        assert await stored_lines(pg_pool, invoice.id) == expected(invoice.invoice)


async def test_a_new_content_rewrites_the_lines_from_it(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    invoice = an_outbound_invoice(company)
    async with PgUnitOfWork(pg_pool) as uow:
        await uow.invoices.add(invoice)
        await uow.commit()
    changed = a_varied_invoice(company)
    changed = replace(
        changed,
        number=invoice.invoice.number,
        lines=(*changed.lines, replace(a_line("5", quantity="2.25"), item=Item(name="Autre"))),
    )
    async with PgUnitOfWork(pg_pool) as uow:
        loaded = await uow.invoices.get(company, invoice.id)
        assert loaded is not None
        loaded.invoice = changed
        await uow.invoices.save(loaded)
        await uow.commit()
    assert await stored_lines(pg_pool, invoice.id) == expected(changed)
    assert len(expected(changed)) == 5


async def snapshot(pool: asyncpg.Pool, invoice_id: str) -> list[str]:
    """Every column of the invoice's rows as PostgreSQL spells them (numeric scale, jsonb, instants), row ids and
    the times PostgreSQL stamps itself aside."""
    queries = (
        "SELECT to_json(i)::text FROM invoices i WHERE id = $1::uuid",
        "SELECT to_json(l)::text FROM invoice_lines l WHERE invoice_id = $1::uuid ORDER BY position",
        "SELECT (to_jsonb(e) - 'id')::text FROM invoice_events e WHERE invoice_id = $1::uuid ORDER BY id",
        "SELECT (to_jsonb(o) - 'id' - 'created_at' - 'next_attempt_at')::text FROM outbox o"
        " WHERE invoice_id = $1::uuid ORDER BY id",
    )
    return [row[0] for query in queries for row in await pool.fetch(query, invoice_id)]


async def forget(pool: asyncpg.Pool, invoice_id: str) -> None:
    await pool.execute("DELETE FROM outbox WHERE invoice_id = $1::uuid", invoice_id)
    await pool.execute("DELETE FROM invoices WHERE id = $1::uuid", invoice_id)


async def test_the_group_commit_writes_what_a_unit_of_work_writes(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    content = a_varied_invoice(company)
    content = replace(content, seller=replace(content.seller, name="Société \x7f « Île » 😀"))
    invoice = an_outbound_invoice(company, content)
    invoice.status(
        invoice.created_at + timedelta(microseconds=1),
        code="x",
        detail="d",
        findings=(Finding("BR-FR-12", Severity.WARNING, "un « avertissement »", "BG-4/BT-27"),),
    )
    events = list(invoice.events)
    async with PgUnitOfWork(pg_pool) as uow:
        await uow.invoices.add(invoice)
        await uow.commit()
    by_unit_of_work = await snapshot(pg_pool, invoice.id)
    await forget(pg_pool, invoice.id)
    invoice.events[:] = events
    async with pg_pool.acquire() as conn:
        assert await insert_new_invoices(conn, [new_invoice_row(invoice)]) == [invoice]
    by_group_commit = await snapshot(pg_pool, invoice.id)
    assert len(by_unit_of_work) == 1 + 4 + 2 + 1  # the invoice, its lines, its events, its outbox message
    assert by_group_commit == by_unit_of_work
