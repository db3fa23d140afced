"""An invoice's statuses on PostgreSQL: read by its id from an index (migration 0911), a page's in one statement."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import asyncpg

from adapters.postgres.transmissions import PgTransmissionRepository
from domain.pipeline_ports import StatusRecord
from domain.platform import PlatformStatus

AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


async def test_an_invoice_s_statuses_are_read_from_an_index_not_the_whole_table(
    pg_pool: asyncpg.Pool,
) -> None:
    # status_history's two unique indexes are partial (a status with an id, one without): neither served a read by
    # invoice, so every GetInvoice's books (their reported_sent) scanned every status of every invoice.
    async with pg_pool.acquire() as conn, conn.transaction():
        await conn.execute(
            "SET LOCAL enable_seqscan = off"
        )  # a test table is small: is there an index at all
        plans = [
            "\n".join(r[0] for r in await conn.fetch(f"EXPLAIN {query}", *args))
            for query, args in (
                ("SELECT code FROM status_history WHERE invoice_id = $1 ORDER BY id", ("an-id",)),
                (
                    "SELECT code FROM status_history WHERE invoice_id = ANY($1::text[]) ORDER BY id",
                    (["a", "b"],),
                ),
            )
        ]
    assert all("status_history_by_invoice" in plan for plan in plans), plans


async def test_a_page_s_statuses_are_each_invoice_s_in_the_order_they_came(pg_pool: asyncpg.Pool) -> None:
    first, second, none = (str(uuid.uuid4()) for _ in range(3))
    async with pg_pool.acquire() as conn, conn.transaction():
        statuses = PgTransmissionRepository(conn)
        for n, (invoice_id, code) in enumerate(
            ((first, "200"), (second, "200"), (first, "212"), (first, "211"))
        ):
            at = AT + timedelta(minutes=n)
            await statuses.add_status(
                StatusRecord(invoice_id, PlatformStatus(code, code, code, at), "platform")
            )
        found = await statuses.statuses_of([first, second, none])
        alone = await statuses.statuses(first)
    assert {i: [r.status.code for r in records] for i, records in found.items()} == {
        first: ["200", "212", "211"],
        second: ["200"],
    }
    assert [r.status.code for r in alone] == ["200", "212", "211"]
