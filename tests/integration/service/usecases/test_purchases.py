"""International purchases in the e-reporting (10.1, the company as buyer) on real PostgreSQL: from invoices received
from suppliers abroad and from purchases recorded through the API, each counted once, against hand-computed totals."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import asyncpg
import pytest

from domain.invoice import Address, Identifier, Invoice, Party, VatCategory
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.international import DeclarantRole
from domain.serialization import invoice_to_dict
from domain.totals import compute_totals
from service.usecases.reporting import InvalidReportingRequest, preview_declaration, record_purchases
from tests.builders import a_buyer, a_line, a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_siren
from tests.support.records import records_uow
from tests.support.reporting_data import D


def supplier(country: str, vat: str) -> Party:
    return Party(
        name=f"Supplier {country}",
        legal_registration=Identifier(f"REG-{country}-1", "0223" if country != "US" else "0227"),
        vat_id=vat,
        address=Address(line1="1 Main Street", city="City", postcode="1000", country=country),
    )


def purchase(
    company: str, number: str, seller: Party, price: str, process: str = "S1", day: int = 10
) -> Invoice:
    """Services bought from abroad under reverse charge: `price` excluding VAT, no VAT on the invoice."""
    invoice = an_invoice(
        number=number,
        seller=seller,
        buyer=a_buyer(company),
        issue_date=date(2026, 9, day),
        due_date=date(2026, 10, 31),
        business_process=process,
    )
    lines = (a_line("1", "1", price, "0", category=VatCategory.REVERSE_CHARGE),)
    return compute_totals(replace(invoice, lines=lines))


async def received(pool: asyncpg.Pool, company: str, invoice: Invoice, lifecycle: str = "") -> None:
    """An invoice received through the platform, as the reception worker stores it once read."""
    now = datetime.now(UTC)
    document = f"<doc {invoice.number}/>".encode()
    await pool.execute(
        """INSERT INTO received_invoices (id, company_siren, platform, platform_invoice_id, number, issue_date,
               seller_siren, content, document, media_type, document_sha256, lifecycle_code, created_at, updated_at)
           VALUES ($1, $2, 'iopole', $3, $4, $5, '', $6::jsonb, $7, 'application/xml', $8, $9, $10, $10)""",
        uuid.uuid4(),
        company,
        str(uuid.uuid4()),
        invoice.number,
        invoice.issue_date,
        invoice_to_dict(invoice),
        document,
        hashlib.sha256(document).hexdigest(),
        lifecycle,
        now,
    )


async def test_purchases_from_abroad_are_declared_once_whether_received_or_recorded(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    deps = {"uow_factory": records_uow(pg_pool), "clock": FixedClock()}
    german, italian = supplier("DE", "DE811111111"), supplier("IT", "IT01234567890")
    both = purchase(company, "DE-100", german, "1000.00")  # received AND recorded: once
    await received(pg_pool, company, both)
    await received(pg_pool, company, purchase(company, "IT-7", italian, "250.00", day=20))  # received only
    await received(pg_pool, company, purchase(company, "IT-8", italian, "999.00"), lifecycle="210")  # refused
    await received(  # goods imported from outside the EU: customs, not e-reporting
        pg_pool, company, purchase(company, "US-1", supplier("US", "US-1"), "500.00", process="B1")
    )
    await received(
        pg_pool,
        company,
        purchase(company, "DE-OCT", german, "70.00", day=1).evolve(issue_date=date(2026, 10, 1)),
    )

    # The buyer's record of the same purchase (same seller and number) says it is due later: the record stands.
    recorded = both.evolve(due_date=date(2026, 11, 30))
    first = await record_purchases(
        company, [recorded, purchase(company, "DE-101", german, "40.00", day=25)], **deps
    )
    again = await record_purchases(company, [recorded], **deps)
    assert (first.recorded, first.replayed, again.recorded, again.replayed) == (2, 0, 0, 1)

    view = await preview_declaration(
        company, VatRegime.REAL_QUARTERLY, ReportKind.TRANSACTIONS, date(2026, 9, 15), **deps
    )
    purchases = [f for f in view.international if f.declarant_role is DeclarantRole.BUYER]
    assert sorted((f.invoice_id, f.due_date) for f in purchases) == [
        ("DE-100", date(2026, 11, 30)),
        ("DE-101", date(2026, 10, 31)),
        ("IT-7", date(2026, 10, 31)),
    ]
    assert view.totals.international_purchases_taxable == D("1290.00")  # 1000 + 40 + 250
    assert view.totals.international_purchases_vat == D("0.00")


async def test_a_purchase_out_of_scope_or_of_another_company_is_refused_naming_the_rule(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    deps = {"uow_factory": records_uow(pg_pool), "clock": FixedClock()}
    with pytest.raises(InvalidReportingRequest, match="ER-INT-SCOPE.*import of goods"):
        await record_purchases(
            company, [purchase(company, "US-1", supplier("US", "US-1"), "10.00", process="B1")], **deps
        )
    with pytest.raises(InvalidReportingRequest, match="ER-INT-SCOPE.*established in France"):
        await record_purchases(
            company, [purchase(company, "FR-1", a_seller(random_siren()), "10.00")], **deps
        )
    with pytest.raises(InvalidReportingRequest, match="ER-INT-SCOPE.*bought by"):
        await record_purchases(
            company, [purchase(random_siren(), "DE-1", supplier("DE", "DE1"), "10.00")], **deps
        )
