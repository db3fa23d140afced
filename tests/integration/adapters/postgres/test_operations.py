"""The operations snapshot (metrics, doctor) on a database of its own: empty, then with work waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from adapters.postgres.operations import operations_snapshot
from tests.support.pipeline import fresh_database

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


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
