"""ListInvoices of one period on PostgreSQL: newest first, filtered, paged through once, whatever plan is used."""

from __future__ import annotations

import os
from datetime import date

from adapters.postgres.invoice_repository import PAGE_BYTES, PgInvoiceRepository
from domain.invoice import Attachment
from domain.ports import InvoiceFilter
from tests.builders import a_seller, an_invoice
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database
from tests.support.reporting import emit


async def test_a_period_is_listed_newest_first_paged_through_once_and_nothing_outside_it(
    database_dsn: str,
) -> None:
    company = random_siren()
    days = [date(2026, 5, 31), date(2026, 6, 1), date(2026, 6, 15), date(2026, 6, 30), date(2026, 7, 1)]
    async with fresh_database(database_dsn) as pool:
        numbers = {}
        for _ in range(3):  # three invoices a day
            for day in days:
                invoice = an_invoice(seller=a_seller(company), issue_date=day)
                await emit(pool, company, invoice)
                numbers[invoice.number] = day
        june = InvoiceFilter(issued_from=date(2026, 6, 1), issued_to=date(2026, 6, 30))
        seen, token = [], ""
        async with pool.acquire() as conn:
            repository = PgInvoiceRepository(conn)
            while True:
                page = await repository.list(company, june, 4, token)
                seen += page.items
                if not page.next_token:
                    break
                token = page.next_token
            everything = (await repository.list(company, InvoiceFilter(), 100, "")).items
    assert [i.number for i in seen] == [
        i.number for i in everything if date(2026, 6, 1) <= numbers[i.number] <= date(2026, 6, 30)
    ]
    assert len(seen) == 9 and len({i.number for i in seen}) == 9
    assert [(i.created_at, i.id) for i in everything] == sorted(
        ((i.created_at, i.id) for i in everything), reverse=True
    )


async def test_a_page_holds_the_invoices_its_bytes_allow_and_the_next_one_goes_on_from_there(
    database_dsn: str,
) -> None:
    # A listing read and sent each invoice whole: four with 20 MiB of attachments made an answer of 81 MB that gRPC
    # refused to send (RESOURCE_EXHAUSTED, after 9 s and 100 MB of the process), and a page of 500 would be 10 GB.
    company = random_siren()
    attachment = Attachment("R1", "LISIBLE", content=b"%PDF" + os.urandom(int(PAGE_BYTES * 0.45)))
    async with fresh_database(database_dsn) as pool:
        for n in range(5):
            big = n % 2 == 0
            await emit(
                pool, company, an_invoice(seller=a_seller(company), attachments=(attachment,) if big else ())
            )
        order = [
            str(r["id"])
            for r in await pool.fetch(
                "SELECT id FROM invoices WHERE company_siren = $1 ORDER BY created_at DESC, id DESC", company
            )
        ]
        pages, token = [], ""
        async with pool.acquire() as conn:
            repository = PgInvoiceRepository(conn)
            while True:
                page = await repository.list(company, InvoiceFilter(), 500, token)
                pages.append(page.items)
                if not page.next_token:
                    break
                token = page.next_token
    assert [i.id for page in pages for i in page] == order  # each once, in order
    for page in pages:  # two large ones never share a page; one alone always passes
        assert len(page) == 1 or sum(len(i.invoice.attachments) for i in page) <= 1
    assert len(pages) == 3
