"""Claims never wait for a row another transaction holds: they skip it (FOR UPDATE SKIP LOCKED).

Each test locks one due row in an open transaction, then claims through the adapter. The database's lock_timeout
turns a claim that would wait for that lock into a LockNotAvailableError, so a claim without SKIP LOCKED fails
here instead of hanging; with it, the claim returns the other due rows at once, and the locked row once released.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

from adapters.postgres.declaration_outbox import SUBMIT_DECLARATION, PgDeclarationOutbox
from adapters.postgres.inbox import PgInbox
from adapters.postgres.outbox_source import PgOutboxSource
from domain.reception import Delivery, DeliveryKind
from service.pipeline.ports import OutboxKind
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database

LOCK_TIMEOUT_MS = 2000  # how long a wrongly blocking claim waits before it fails the test


@asynccontextmanager
async def row_locked_elsewhere(pool: asyncpg.Pool, table: str, row_id: int) -> AsyncIterator[None]:
    """Another transaction holds `row_id` FOR UPDATE (as a worker in the middle of its claim would)."""
    async with pool.acquire() as conn:
        tr = conn.transaction()
        await tr.start()
        try:
            assert await conn.fetchval(f"SELECT id FROM {table} WHERE id = $1 FOR UPDATE", row_id) == row_id
            yield
        finally:
            await tr.rollback()


async def _outbox_rows(pool: asyncpg.Pool, kind: str, count: int) -> list[int]:
    company = random_siren()
    return [
        await pool.fetchval(
            "INSERT INTO outbox (company_siren, kind, payload) VALUES ($1, $2, $3) RETURNING id",
            company,
            kind,
            {"invoice_id": f"received-{i}"},
        )
        for i in range(count)
    ]


async def test_the_outbox_claim_skips_a_row_locked_by_another_transaction(database_dsn: str) -> None:
    async with fresh_database(database_dsn, lock_timeout_ms=LOCK_TIMEOUT_MS) as pool:
        first, second, third = await _outbox_rows(pool, str(OutboxKind.SEND_STATUS), 3)
        source = PgOutboxSource(pool, kinds=OutboxKind)

        async with row_locked_elsewhere(pool, "outbox", first):
            claimed = await source.claim("worker-a", 10, 60)
            assert [m.id for m in claimed] == [second, third]

        assert [m.id for m in await source.claim("worker-b", 10, 60)] == [first]


async def test_the_outbox_claim_with_only_locked_rows_returns_nothing_at_once(database_dsn: str) -> None:
    async with fresh_database(database_dsn, lock_timeout_ms=LOCK_TIMEOUT_MS) as pool:
        (only,) = await _outbox_rows(pool, str(OutboxKind.SEND_STATUS), 1)
        source = PgOutboxSource(pool, kinds=OutboxKind)

        async with row_locked_elsewhere(pool, "outbox", only):
            assert await source.claim("worker-a", 10, 60) == []


async def test_the_declaration_outbox_claim_skips_a_row_locked_by_another_transaction(
    database_dsn: str,
) -> None:
    async with fresh_database(database_dsn, lock_timeout_ms=LOCK_TIMEOUT_MS) as pool:
        first, second = await _outbox_rows(pool, SUBMIT_DECLARATION, 2)
        relay = PgDeclarationOutbox(pool)

        async with row_locked_elsewhere(pool, "outbox", first):
            assert [r.id for r in await relay.claim("relay-a", 10, 60)] == [second]

        assert [r.id for r in await relay.claim("relay-b", 10, 60)] == [first]


async def test_the_inbox_claim_skips_a_delivery_locked_by_another_transaction(database_dsn: str) -> None:
    async with fresh_database(database_dsn, lock_timeout_ms=LOCK_TIMEOUT_MS) as pool:
        inbox = PgInbox(pool)
        ids = []
        for _ in range(3):
            delivery = Delivery(
                platform="iopole",
                source="webhook",
                kind=DeliveryKind.STATUS,
                dedup_key=f"iopole:key:{uuid.uuid4()}",
                body=b"{}",
                content_type="application/json",
            )
            ids.append(await inbox.add(delivery))
        first, second, third = ids

        async with row_locked_elsewhere(pool, "webhook_inbox", first):
            claimed = await inbox.claim("worker-a", 10, 60)
            assert [d.id for d in claimed] == [second, third]

        assert [d.id for d in await inbox.claim("worker-b", 10, 60)] == [first]
