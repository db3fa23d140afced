"""On PostgreSQL: a void meeting a declaration's submission of its period (service.usecases.reporting_voids)."""

from __future__ import annotations

import asyncio
from datetime import date

import asyncpg

from domain.records_ports import RecordKind
from domain.reporting.b2c import B2cCategory
from domain.reporting.calendar import ReportKind, VatRegime
from service.usecases.reporting import record_b2c_transactions, submit_declaration
from service.usecases.reporting_voids import RecordDeclared, void_record
from tests.fakes import FixedClock
from tests.random_refs import random_siren
from tests.support.locks import company_gate, until_blocked
from tests.support.records import records_uow
from tests.support.reporting_data import tx


async def test_a_void_made_while_its_period_is_submitted_is_refused_or_its_row_left_out(
    pg_pool: asyncpg.Pool,
) -> None:
    """A B2C row voided while its decade's declaration is being submitted: the submission had read the row before
    the void committed, and the void had looked for declarations sent before the submission committed, so the row
    was declared and voided both, the void answered as if no declaration held it. The void now holds the
    company's declarations shared first: it waits for the submission, then finds the row declared (ER-VOID-DECLARED,
    unless asked for as a rectification), or the submission comes after and leaves the row out.

    Made to happen every time: the company's audit lock is held here, so the submission waits at its audit entry
    with its reads done, and the void arrives then."""
    company, day = random_siren(), date(2026, 9, 3)
    deps = {"uow_factory": records_uow(pg_pool), "clock": FixedClock()}
    kept = tx(f"{company}-kept", day, B2cCategory.TLB1, "20", "10.00", "2.00")
    wrong = tx(f"{company}-wrong", day, B2cCategory.TLB1, "20", "30.00", "6.00")
    await record_b2c_transactions(company, [kept, wrong], **deps)

    async with company_gate(pg_pool, company):
        submitted = asyncio.ensure_future(
            submit_declaration(company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, day, **deps)
        )
        await until_blocked(pg_pool, 1, submitted)
        voided = asyncio.ensure_future(void_record(company, RecordKind.B2C, wrong.key, "keyed twice", **deps))
        await until_blocked(pg_pool, 2, submitted, voided)
    sent = await submitted
    try:
        await voided
        refused = False
    except RecordDeclared:
        refused = True

    declared = sent.totals.b2c_count
    assert (refused, declared) in ((True, 2), (False, 1))
