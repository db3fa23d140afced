"""On PostgreSQL: which received credit notes may credit a received invoice, and which received invoice a received
credit note may credit (domain.credit_notes.books_credit decides on them), found by index (migration 0500), wherever
the invoice is named in BG-3."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import asyncpg

from adapters.postgres.reception_repository import CORRECTIVES_NAMING, CREDIT_NOTES_NAMING, PgReception
from domain.document_types import DocumentType
from domain.invoice import Attachment
from tests.builders import SELLER_SIREN
from tests.builders import a_readable_received as received
from tests.random_refs import random_siren


async def test_the_credit_notes_of_a_received_invoice_are_its_sellers_still_alive_first_copies(
    pg_pool: asyncpg.Pool,
) -> None:
    company, other_seller = random_siren(), random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    invoice = received(company, "F-1")
    crediting = received(company, "AV-1", names="F-1")
    refused = received(company, "AV-2", names="F-1")
    copy = received(company, "AV-1", names="F-1")
    foreign = received(company, "AV-3", names="F-1", seller=other_seller)
    rebate = received(
        company, "AV-4", names="F-0,F-1"
    )  # names it second: it is told too (it credits neither)
    async with pg_pool.acquire() as conn:
        reception = PgReception(conn)
        for item in (invoice, crediting, refused, copy, foreign, rebate):
            assert await reception.add(item, None)
        await conn.execute(
            "UPDATE received_invoices SET lifecycle_code = '210' WHERE id = $1::uuid", refused.id
        )
        await conn.execute(
            "UPDATE received_invoices SET copy_of = $2::uuid WHERE id = $1::uuid", copy.id, crediting.id
        )

        notes = await reception.credit_notes(company, SELLER_SIREN, "F-1")
        # not the refused one, the copy, another seller's
        assert sorted(number for kind in notes.kinds for number in kind.numbers) == ["AV-1", "AV-4"]
        f0 = await reception.credit_notes(company, SELLER_SIREN, "F-0")
        assert [kind.numbers for kind in f0.kinds] == [("AV-4",)]
        assert [n.number for n in await reception.credited_invoices(company, SELLER_SIREN, "F-1")] == ["F-1"]
        assert await reception.credited_invoices(company, other_seller, "F-1") == []
        assert (
            await reception.credit_notes(random_siren(), SELLER_SIREN, "F-1")
        ).kinds == ()  # another company's

        plan = await plan_of(conn, CREDIT_NOTES_NAMING, company)
    assert "received_credit_notes_by_named_number" in plan


async def test_the_corrective_invoices_naming_a_received_invoice_and_what_we_paid_on_it(
    pg_pool: asyncpg.Pool,
) -> None:
    """A supplier's 384 replacing a received invoice (service.usecases.corrections): found by the number it names,
    of its seller, first copies still alive, by index (migration 0660); what we paid on the invoice it names is read
    from that invoice's first copy."""
    company, other_seller = random_siren(), random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    invoice = received(company, "F-1", total="100.00")
    fc = DocumentType.CORRECTIVE_INVOICE
    corrective = received(company, "FC-1", names="F-1", naming=fc)
    refused = received(company, "FC-2", names="F-1", naming=fc)
    foreign = received(company, "FC-3", names="F-1", seller=other_seller, naming=fc)
    async with pg_pool.acquire() as conn:
        reception = PgReception(conn)
        for item in (invoice, corrective, refused, foreign):
            assert await reception.add(item, None)
        await conn.execute(
            "UPDATE received_invoices SET lifecycle_code = '210' WHERE id = $1::uuid", refused.id
        )
        await conn.execute(
            "INSERT INTO invoice_balances (invoice_id, vat_rate, total, paid) VALUES ($1::uuid, 20, 120.00, 30.00)",
            invoice.id,
        )

        found = await reception.correctives(company, SELLER_SIREN, "F-1")
        assert [c.number for c in found] == ["FC-1"]  # not the refused one, nor another seller's
        assert (
            await reception.credit_notes(company, SELLER_SIREN, "F-1")
        ).kinds == ()  # a 384 is no credit note
        assert invoice.invoice is not None
        assert await reception.paid_on(company, invoice.invoice) == {Decimal("20"): Decimal("30.00")}
        assert await reception.paid_on(random_siren(), invoice.invoice) == {}
        # cancelled (220) as UC4 has the seller close it: no credit note credits it, a corrective invoice replaces it
        await conn.execute(
            "UPDATE received_invoices SET lifecycle_code = '220' WHERE id = $1::uuid", invoice.id
        )
        assert await reception.credited_invoices(company, SELLER_SIREN, "F-1") == []
        assert [
            i.number for i in await reception.credited_invoices(company, SELLER_SIREN, "F-1", ended=True)
        ] == ["F-1"]

        plan = await plan_of(conn, CORRECTIVES_NAMING, company)
    assert "received_correctives_by_named_number" in plan


async def plan_of(conn: asyncpg.Connection, naming: str, company: str) -> str:
    """The plan of a lookup of `naming` F-1 of SELLER_SIREN, the sequential scan off (a test table is small: does
    the index serve?)."""
    async with conn.transaction():
        await conn.execute("SET LOCAL enable_seqscan = off")
        rows = await conn.fetch(
            f"EXPLAIN SELECT content FROM received_invoices WHERE {naming}", company, SELLER_SIREN, "F-1"
        )
    return "\n".join(r[0] for r in rows)


async def test_the_books_read_received_credit_notes_and_invoices_without_their_attachments(
    pg_pool: asyncpg.Pool,
) -> None:
    """Their amounts are all the books need: a supplier's credit notes carrying their PDF were read whole, each time."""
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    pdf = Attachment("PJ-1", "LISIBLE", content=b"%PDF-" + bytes(64 * 1024), mime_code="application/pdf")
    invoice, note = received(company, "F-1"), received(company, "AV-1", names="F-1")
    async with pg_pool.acquire() as conn:
        reception = PgReception(conn)
        for item in (invoice, note):
            assert item.invoice is not None
            assert await reception.add(replace(item, invoice=item.invoice.evolve(attachments=(pdf,))), None)
        [kind] = (await reception.credit_notes(company, SELLER_SIREN, "F-1")).kinds
        credit_note = kind.first
        [credited] = await reception.credited_invoices(company, SELLER_SIREN, "F-1")
    assert credit_note.attachments == () and credited.attachments == ()
