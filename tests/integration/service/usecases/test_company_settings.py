from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.company_settings import PgCompanySettings
from service.usecases.company_settings import set_books_tolerance, set_payment_sent_status
from tests.random_refs import random_siren


class _Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


async def _entries(pool: asyncpg.Pool, company: str) -> list[tuple[str, dict[str, object]]]:
    async with pool.acquire() as conn, conn.transaction():
        return [(e.action, dict(e.details)) async for e in PgAuditLog(conn).entries(company)]


async def test_each_setting_change_is_stored_and_audited_with_the_value_it_replaced(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()

    first = await set_books_tolerance(pg_pool, company, Decimal("10.00"), clock=_Clock())
    second = await set_books_tolerance(pg_pool, company, Decimal("2.50"), clock=_Clock())
    switched = await set_payment_sent_status(pg_pool, company, True, clock=_Clock())

    assert (first["previous"], second["previous"]) == (None, "10.00")
    assert (switched["send_payment_sent"], switched["previous"]) == (True, False)
    async with pg_pool.acquire() as conn:
        settings = PgCompanySettings(conn)
        assert await settings.books_tolerance(company) == Decimal("2.50")
        assert await settings.sends_payment_sent(company) is True
    assert [(action, details["previous"]) for action, details in await _entries(pg_pool, company)] == [
        ("settings.books_tolerance_set", None),
        ("settings.books_tolerance_set", "10.00"),
        ("settings.payment_sent_status_set", False),
    ]
