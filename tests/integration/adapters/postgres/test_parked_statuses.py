"""Statuses parked under a platform id none of our submissions has, on PostgreSQL: kept for the SENT commit that
takes them, and given a bounded life (PARKED_STATUS_LIFETIME): past it they are dropped and no longer counted."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from adapters.postgres.operations import operations_snapshot
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.pipeline_ports import PARKED_STATUS_LIFETIME, OutboxKind, ParkedStatus, SubmissionOutcome
from domain.platform import PlatformStatus
from tests.support.outbox_rows import invoice_with_row, send_message, submission_record
from tests.support.pipeline import fresh_database

AT = datetime(2026, 12, 6, tzinfo=UTC)


async def _park(pool: asyncpg.Pool, platform_id: str) -> None:
    async with PgPipelineUnitOfWork(pool) as uow:
        await uow.transmissions.park_status(
            platform_id,
            ParkedStatus(
                PlatformStatus(code="200", label="SUBMITTED", raw_code="200", at=AT), "webhook", None, "p"
            ),
        )
        await uow.commit()


async def _age(pool: asyncpg.Pool, platform_id: str, age: timedelta) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "UPDATE parked_statuses SET received_at = now() - $2::interval WHERE platform_id = $1",
            platform_id,
            age,
        )


async def test_a_status_parked_past_its_lifetime_is_dropped_and_no_longer_counted(
    database_dsn: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with fresh_database(database_dsn) as pool:
        for platform_id in ("EXPIRED", "TWO-DAYS"):
            await _park(pool, platform_id)
        await _age(pool, "EXPIRED", PARKED_STATUS_LIFETIME + timedelta(hours=1))
        await _age(pool, "TWO-DAYS", timedelta(days=2))

        counted = await operations_snapshot(pool, datetime.now(UTC))
        await _park(pool, "NEW")  # the next status parked drops the expired ones
        async with pool.acquire() as conn:
            kept = [r[0] for r in await conn.fetch("SELECT platform_id FROM parked_statuses ORDER BY id")]

    assert counted.parked_statuses == 1  # the expired one is no longer counted, even before it is dropped
    assert timedelta(days=2) <= timedelta(seconds=counted.parked_statuses_oldest_s) < timedelta(days=3)
    assert kept == ["TWO-DAYS", "NEW"]
    [dropped] = [r for r in caplog.records if r.getMessage().startswith("dropped ")]
    assert dropped.levelname == "WARNING" and dropped.getMessage().endswith("(the first: p EXPIRED)")


async def test_nothing_parked_has_no_age(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        snapshot = await operations_snapshot(pool, datetime.now(UTC))

    assert (snapshot.parked_statuses, snapshot.parked_statuses_oldest_s) == (0, 0.0)


async def test_an_expired_status_is_not_applied_by_a_later_sent_of_its_id(
    pg_pool: asyncpg.Pool, caplog: pytest.LogCaptureFixture
) -> None:
    """Past its lifetime a parked status is no status of ours, whether or not a parking dropped it yet: the SENT
    that later gets its id drops it, WARNING, and applies only the live ones."""
    invoice_id, company, row_id = await invoice_with_row(pg_pool, OutboxKind.SEND, "me")
    accepted = submission_record(invoice_id, company, SubmissionOutcome.ACCEPTED, f"P-{uuid.uuid4()}")
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        for code in ("200", "202"):
            status = PlatformStatus(code=code, label=code, raw_code=code, at=AT)
            await uow.transmissions.park_status(
                accepted.platform_id, ParkedStatus(status, "webhook", platform=accepted.platform)
            )
        await uow.commit()
    await pg_pool.execute(
        "UPDATE parked_statuses SET received_at = now() - $2::interval"
        " WHERE platform_id = $1 AND status->>'code' = '200'",
        accepted.platform_id,
        PARKED_STATUS_LIFETIME + timedelta(hours=1),
    )
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        taken = await uow.transmissions.save_accepted_and_complete(
            accepted, send_message(row_id, invoice_id, company), "me"
        )
        await uow.commit()

    assert [p.status.code for p in taken] == ["202"]
    left = await pg_pool.fetchval(
        "SELECT count(*) FROM parked_statuses WHERE platform_id = $1", accepted.platform_id
    )
    assert left == 0
    [dropped] = [r for r in caplog.records if r.getMessage().startswith("dropped ")]
    assert dropped.levelname == "WARNING" and accepted.platform_id in dropped.getMessage()
