"""The declarations trigger: a sent declaration's content and totals never change, no version is ever deleted,
a draft may still change; its status and platform fields follow the platform."""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from tests.random_refs import random_siren

SENT = ["SUBMITTED", "ACCEPTED", "REJECTED"]


async def _declaration(pool: asyncpg.Pool, status: str) -> str:
    declaration_id = str(uuid.uuid4())
    await pool.execute(
        """INSERT INTO declarations (id, company_siren, regime, kind, period_start, period_end, deadline, version,
                                     report_type, status, content, totals, created_at, updated_at)
           VALUES ($1::uuid, $2, 'SIMPLIFIED', 'TRANSACTIONS', '2026-09-01', '2026-09-30', '2026-10-24', 1, 'IN',
                   $3, '{"lines": 1}', '{"tax": "20.00"}', now(), now())""",
        declaration_id,
        random_siren(),
        status,
    )
    return declaration_id


@pytest.mark.parametrize("status", SENT)
@pytest.mark.parametrize("change", ["content = '{\"lines\": 2}'", 'totals = \'{"tax": "0.00"}\''])
async def test_a_sent_declaration_keeps_its_content_and_totals(
    pg_pool: asyncpg.Pool, status: str, change: str
) -> None:
    declaration_id = await _declaration(pg_pool, status)

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="DECLARATION-LOCKED"):
        await pg_pool.execute(f"UPDATE declarations SET {change} WHERE id = $1::uuid", declaration_id)


@pytest.mark.parametrize("status", SENT)
async def test_a_sent_declaration_follows_the_platform(pg_pool: asyncpg.Pool, status: str) -> None:
    declaration_id = await _declaration(pg_pool, status)

    result = await pg_pool.execute(
        "UPDATE declarations SET status = 'ACCEPTED', platform_ref = 'P-1', updated_at = now() WHERE id = $1::uuid",
        declaration_id,
    )

    assert result == "UPDATE 1"


async def test_a_draft_may_still_change(pg_pool: asyncpg.Pool) -> None:
    declaration_id = await _declaration(pg_pool, "DRAFT")

    result = await pg_pool.execute(
        'UPDATE declarations SET content = \'{"lines": 2}\', totals = \'{"tax": "1.00"}\' WHERE id = $1::uuid',
        declaration_id,
    )

    assert result == "UPDATE 1"


@pytest.mark.parametrize("status", ["DRAFT", *SENT])
async def test_no_version_is_ever_deleted(pg_pool: asyncpg.Pool, status: str) -> None:
    declaration_id = await _declaration(pg_pool, status)

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="DECLARATION-KEPT"):
        await pg_pool.execute("DELETE FROM declarations WHERE id = $1::uuid", declaration_id)


async def test_a_declaration_is_read_only_by_its_company(pg_pool: asyncpg.Pool) -> None:
    from adapters.postgres.reporting_repository import PgReportingRepository

    declaration_id = await _declaration(pg_pool, "SUBMITTED")
    owner = await pg_pool.fetchval(
        "SELECT company_siren FROM declarations WHERE id = $1::uuid", declaration_id
    )
    async with pg_pool.acquire() as conn:
        repository = PgReportingRepository(conn)
        assert await repository.declaration(random_siren(), declaration_id) is None
        assert await repository.declaration(owner, declaration_id) is not None
