"""The invoices a transactions declaration reads: only those that can belong to it, through the index kept for it."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import asyncpg
import pytest

from adapters.postgres.records_uow import PgRecordsUnitOfWork
from adapters.postgres.reporting_repository import E_REPORTING_CANDIDATES, PgReportingRepository
from domain.invoice import Address, ProcessingRule
from domain.records_ports import RecordKind
from domain.reporting.b2c import B2cCategory
from domain.reporting.international import FRANCE
from domain.serialization import invoice_to_dict
from tests.builders import a_buyer, a_seller, an_invoice
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database
from tests.support.reporting import emit
from tests.support.reporting_data import german_buyer, intra_eu_invoice, tx

DAY = date(2026, 9, 12)


def test_the_countries_left_out_are_the_domains_france() -> None:
    assert set(re.findall(r"'([A-Z]{2})'", E_REPORTING_CANDIDATES)) == FRANCE


async def test_domestic_invoices_are_not_read_and_the_others_are(database_dsn: str) -> None:
    company = random_siren()
    seller = a_seller(company)
    guadeloupe = replace(a_buyer(), address=Address(city="Pointe-à-Pitre", country="gp"))
    nowhere = replace(german_buyer(), address=Address(city="Berlin"))  # no country: kept, the domain decides
    invoices = {
        "domestic": an_invoice(seller=seller, issue_date=DAY),
        "overseas department": an_invoice(seller=seller, buyer=guadeloupe, issue_date=DAY),
        "intra-EU": intra_eu_invoice(company, DAY),
        "to a consumer": an_invoice(seller=seller, issue_date=DAY, processing_rule=ProcessingRule.B2C),
        "no buyer country": an_invoice(seller=seller, buyer=nowhere, issue_date=DAY),
        "other month": intra_eu_invoice(company, date(2026, 10, 1)),
    }
    async with fresh_database(database_dsn) as pool:
        for invoice in invoices.values():
            await emit(pool, company, invoice)
        # in a transaction, as every unit of work's: the period is read through a cursor
        async with pool.acquire() as conn, conn.transaction():
            read = await PgReportingRepository(conn).emitted_invoices_between(
                company, date(2026, 9, 1), date(2026, 9, 30)
            )
    names = {invoice.number: name for name, invoice in invoices.items()}
    assert sorted(names[i.number] for i in read) == ["intra-EU", "no buyer country", "to a consumer"]


async def test_the_period_can_be_read_through_the_candidates_index_alone(database_dsn: str) -> None:
    """The query's predicate implies the partial index's (migration 0110): with the other indexes out of the way,
    the planner uses it. Edit one without the other and this fails."""
    async with fresh_database(database_dsn) as pool, pool.acquire() as conn, conn.transaction():
        others = await conn.fetch(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'invoices'"
            " AND indexname <> 'invoices_e_reporting_candidates' AND indexdef NOT LIKE '%UNIQUE%'"
        )
        for row in others:
            await conn.execute(f'DROP INDEX "{row["indexname"]}"')  # rolled back with the transaction
        await conn.execute("SET LOCAL enable_seqscan = off")
        plan = await conn.fetchval(
            "EXPLAIN (FORMAT JSON) SELECT content FROM invoices WHERE company_siren = $1"
            f" AND issue_date BETWEEN $2 AND $3 AND state <> ALL($4::text[]) AND ({E_REPORTING_CANDIDATES})",
            "732829320",
            date(2026, 9, 1),
            date(2026, 9, 30),
            ["INVALID"],
        )
    assert "invoices_e_reporting_candidates" in json.dumps(plan)


async def test_received_invoices_of_the_period_from_a_seller_without_siren_and_not_refused_are_read(
    database_dsn: str,
) -> None:
    """The candidates of the period's international purchases (migration 0102's partial index)."""
    company = random_siren()
    kept = {"no SIREN": ("", "", DAY), "approved": ("", "205", DAY)}
    left_out = {
        "French seller": (random_siren(), "", DAY),
        "refused": ("", "210", DAY),
        "other month": ("", "", date(2026, 10, 1)),
    }
    async with fresh_database(database_dsn) as pool:
        for name, (seller_siren, code, day) in (kept | left_out).items():
            invoice = an_invoice(number=name, issue_date=day)
            await pool.execute(
                """INSERT INTO received_invoices (id, company_siren, platform, platform_invoice_id, number,
                       issue_date, seller_siren, lifecycle_code, content, document, media_type, document_sha256,
                       created_at, updated_at)
                   VALUES ($1, $2, 'sandbox', $3, $4, $5, $6, $7, $8, '', 'application/xml', '', now(), now())""",
                uuid.uuid4(),
                company,
                str(uuid.uuid4()),
                name,
                day,
                seller_siren,
                code,
                invoice_to_dict(invoice),
            )
        # in a transaction, as every unit of work's: the period is read through a cursor
        async with pool.acquire() as conn, conn.transaction():
            read = await PgReportingRepository(conn).received_foreign_invoices_between(
                company, date(2026, 9, 1), date(2026, 9, 30)
            )
    assert [i.number for i in read] == sorted(kept)


async def test_a_voided_row_is_kept_as_voided_never_changed_or_deleted(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    sale = tx(f"{company}-s", DAY, B2cCategory.TLB1, "20", "10.00", "2.00")
    at = datetime(2026, 9, 12, 18, 0, tzinfo=UTC)
    async with PgRecordsUnitOfWork(pg_pool) as u:
        await u.reporting.record_b2c(company, [sale], at)
        voided = await u.reporting.void_record(company, RecordKind.B2C, sale.key, "typo", at)
        await u.commit()
    assert voided is not None and (voided.row, voided.day) == (sale, DAY)
    for statement in (
        "UPDATE voided_records SET reason = 'other' WHERE company_siren = $1",
        "DELETE FROM voided_records WHERE company_siren = $1",
    ):
        with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="VOID-KEPT"):
            await pg_pool.execute(statement, company)
