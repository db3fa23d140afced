from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import partial

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.company_settings import PgCompanySettings
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from domain.books_check import Tolerance
from service.usecases.company_settings import (
    clear_supplier_tolerance,
    set_books_tolerance,
    set_payment_sent_status,
)
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

    first = await set_books_tolerance(
        partial(PgReceptionUnitOfWork, pg_pool), company, Decimal("10.00"), clock=_Clock()
    )
    second = await set_books_tolerance(
        partial(PgReceptionUnitOfWork, pg_pool), company, Decimal("2.50"), clock=_Clock()
    )
    switched = await set_payment_sent_status(
        partial(PgReceptionUnitOfWork, pg_pool), company, True, clock=_Clock()
    )

    assert (first["previous"], second["previous"]) == (None, {"amount": "10.00", "percent": None})
    assert (switched["send_payment_sent"], switched["previous"]) == (True, False)
    async with pg_pool.acquire() as conn:
        settings = PgCompanySettings(conn)
        assert await settings.books_tolerance(company) == Tolerance(Decimal("2.50"))
        assert await settings.sends_payment_sent(company) is True
    assert [(action, details["previous"]) for action, details in await _entries(pg_pool, company)] == [
        ("settings.books_tolerance_set", None),
        ("settings.books_tolerance_set", {"amount": "10.00", "percent": None}),
        ("settings.payment_sent_status_set", False),
    ]


async def test_a_supplier_tolerance_overrides_the_company_percentage_for_that_supplier_only(
    pg_pool: asyncpg.Pool,
) -> None:
    company, supplier, other = random_siren(), random_siren(), random_siren()
    await set_books_tolerance(
        partial(PgReceptionUnitOfWork, pg_pool), company, Decimal("50"), percent=Decimal("1"), clock=_Clock()
    )
    done = await set_books_tolerance(
        partial(PgReceptionUnitOfWork, pg_pool),
        company,
        Decimal("0"),
        percent=Decimal("2.5"),
        supplier=supplier,
        clock=_Clock(),
    )
    assert done["applies"] == f"the supplier {supplier}'s tolerance of 2.5 %"
    async with pg_pool.acquire() as conn:
        settings = PgCompanySettings(conn)
        assert await settings.books_tolerance(company, supplier) == Tolerance(
            Decimal("0"), Decimal("2.5"), f"supplier {supplier}"
        )
        assert await settings.books_tolerance(company, other) == Tolerance(Decimal("50"), Decimal("1"))
    gone = await clear_supplier_tolerance(
        partial(PgReceptionUnitOfWork, pg_pool), company, supplier, clock=_Clock()
    )
    again = await clear_supplier_tolerance(
        partial(PgReceptionUnitOfWork, pg_pool), company, supplier, clock=_Clock()
    )
    assert (gone["cleared"], again["cleared"]) == (True, False)
    async with pg_pool.acquire() as conn:
        assert await PgCompanySettings(conn).books_tolerance(company, supplier) == Tolerance(
            Decimal("50"), Decimal("1")
        )
    assert [a for a, _ in await _entries(pg_pool, company)][-2:] == ["settings.books_tolerance_cleared"] * 2
    try:
        await set_books_tolerance(
            partial(PgReceptionUnitOfWork, pg_pool),
            company,
            Decimal("0"),
            percent=Decimal("0"),
            clock=_Clock(),
        )
        raise AssertionError("a percentage of 0 was taken")
    except ValueError as exc:
        assert "the percentage is above 0 and at most 100" in str(exc)
