"""The operations snapshot (metrics, doctor) on a database of its own: empty, then with work waiting."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import asyncpg

from adapters.postgres.operations import operations_snapshot, pooled_write_probe, write_probe
from tests.support.pipeline import fresh_database

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
HANG_GUARD_S = 30.0  # far past the acquire timeout asked: only a read that never ends reaches it


async def test_an_empty_database_has_nothing_waiting(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        snapshot = await operations_snapshot(pool, NOW)
    assert snapshot.invoices == () and snapshot.outbox == () and snapshot.inbox == ()
    assert (snapshot.parked_statuses, snapshot.archive_documents, snapshot.archive_bytes) == (0, 0, 0)
    assert snapshot.parked_deliveries == 0 and snapshot.declarations_due == ()


async def test_queues_are_counted_with_the_age_of_their_oldest_item(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        async with pool.acquire() as conn:
            await conn.executemany(
                "INSERT INTO outbox (company_siren, kind, attempts, created_at, done_at) VALUES ($1, $2, $3, $4, $5)",
                [
                    ("732829320", "send", 0, NOW - timedelta(minutes=10), None),
                    ("732829320", "send", 2, NOW - timedelta(minutes=1), None),
                    ("732829320", "send", 1, NOW - timedelta(hours=5), NOW),  # done: not waiting
                    ("732829320", "render_validate", 0, NOW - timedelta(seconds=30), None),
                ],
            )
            await conn.executemany(
                "INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body, state, received_at)"
                " VALUES ('iopole', 'webhook', 'status', $1, ''::bytea, $2, $3)",
                [
                    ("a", "PENDING", NOW - timedelta(seconds=20)),
                    ("b", "PARKED", NOW - timedelta(days=1)),
                    ("c", "UNPROCESSABLE", NOW - timedelta(days=2)),
                    ("d", "DONE", NOW - timedelta(days=3)),
                ],
            )
        snapshot = await operations_snapshot(pool, NOW)
    outbox = {q.kind: (q.depth, q.oldest_age_s, q.retrying) for q in snapshot.outbox}
    assert outbox == {"send": (2, 600.0, 1), "render_validate": (1, 30.0, 0)}
    inbox = {q.kind: (q.depth, q.oldest_age_s) for q in snapshot.inbox}
    assert inbox == {"PENDING": (1, 20.0), "PARKED": (1, 86400.0), "UNPROCESSABLE": (1, 172800.0)}
    assert snapshot.parked_deliveries == 2


async def test_a_pool_with_no_free_connection_is_a_timeout_not_a_scrape_held_for_ever(
    database_dsn: str,
) -> None:
    # /metrics and doctor read the figures through the service's pool: with every connection busy (slow statements,
    # a lock held elsewhere) the read waited for as long as they took, each scrape queued behind it.
    pool = await asyncpg.create_pool(database_dsn, min_size=1, max_size=1)
    try:
        async with pool.acquire():  # the pool's one connection, busy
            reading = asyncio.ensure_future(operations_snapshot(pool, NOW, acquire_timeout_s=0.05))
            done, _ = await asyncio.wait({reading}, timeout=HANG_GUARD_S)
            reading.cancel()  # a read still waiting ends with the test
        assert done == {reading}, "still waiting for a connection"
        assert isinstance(reading.exception(), TimeoutError)
    finally:
        await pool.close()


async def test_an_outage_dates_from_its_earliest_item_whatever_offset_each_was_written_with(
    database_dsn: str,
) -> None:
    # `since` was compared as text: correct only while every clock wrote UTC. 23:30+01:00 (22:30 UTC) is earlier
    # than 22:45+00:00, and sorts after it as text.
    paris = "2026-12-06T23:30:00+01:00"
    async with fresh_database(database_dsn) as pool:
        async with pool.acquire() as conn:
            await conn.executemany(
                "INSERT INTO outbox (company_siren, kind, payload) VALUES ('732829320', 'send', $1::jsonb)",
                [
                    ({"outage": {"platform": "iopole", "since": "2026-12-06T22:45:00+00:00"}},),
                    ({"outage": {"platform": "iopole", "since": paris}},),
                    ({"outage": {"platform": "iopole", "since": "not a date"}},),  # counted, not dated
                    ({"outage": {"platform": "afnor", "since": "2026-12-06T11:00:00.250000+00:00"}},),
                ],
            )
            await conn.execute(
                "INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body, state, received_at, outage)"
                " VALUES ('iopole', 'webhook', 'status', 'k', ''::bytea, 'PENDING', $1, $2::jsonb)",
                NOW,
                {"platform": "iopole", "since": "2026-12-06T22:40:00Z"},
            )
        snapshot = await operations_snapshot(pool, NOW + timedelta(hours=12))
    outages = {o.platform: (o.items, o.since, o.waited_s) for o in snapshot.outages}
    assert outages == {
        "iopole": (4, datetime(2026, 12, 6, 22, 30, tzinfo=UTC), 5400.0),
        "afnor": (1, datetime(2026, 12, 6, 11, 0, 0, 250000, tzinfo=UTC), 46799.75),
    }


async def test_the_write_probe_writes_leaves_nothing_and_names_a_read_only_database(
    database_dsn: str,
) -> None:
    async with fresh_database(database_dsn) as pool, pool.acquire() as conn:
        tables = "SELECT count(*) FROM pg_class WHERE relname = 'pdp_gateway_write_probe'"
        assert await write_probe(conn) is None
        assert await write_probe(conn) is None  # again on the same session: its table went at commit
        assert await conn.fetchval(tables) == 0

        await conn.execute("SET default_transaction_read_only = on")  # a standby refuses the same way
        assert await write_probe(conn) == (
            "read-only: a standby, or default_transaction_read_only set (SQLSTATE 25006)"
        )
        assert not conn.is_in_transaction()
        await conn.execute("RESET default_transaction_read_only")
        assert await pooled_write_probe(pool) is None


async def test_the_write_probe_s_table_has_no_toast_table_to_make_and_drop_every_ten_seconds(
    database_dsn: str,
) -> None:
    """Its `bytea` column gave each probe a TOAST table and its index: 30 catalog rows written and dropped every
    10 s on every replica, against 13 with an `int` (measured with pg_stat_xact_sys_tables); the heap's
    extension, which a full disk refuses, is the same."""
    async with fresh_database(database_dsn) as pool, pool.acquire() as conn:
        # the probe's own transaction is a savepoint of this one: its table is there until the end
        async with conn.transaction():
            assert await write_probe(conn) is None
            toast = "SELECT reltoastrelid FROM pg_class WHERE relname = 'pdp_gateway_write_probe'"
            assert await conn.fetchval(toast) == 0
