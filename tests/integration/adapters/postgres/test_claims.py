"""Claims (outbox, declaration outbox, inbox): what they may take, and never waiting for a row another
transaction holds: they skip it (FOR UPDATE SKIP LOCKED).

Each test locks one due row in an open transaction, then claims through the adapter. The database's lock_timeout
turns a claim that would wait for that lock into a LockNotAvailableError, so a claim without SKIP LOCKED fails
here instead of hanging; with it, the claim returns the other due rows at once, and the locked row once released.
"""

from __future__ import annotations

import asyncio
import os
import tracemalloc
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.inbox import PgDeliveryMarks, PgInbox
from adapters.postgres.outbox_source import PgOutboxSource
from domain.pipeline_ports import PIPELINE_KINDS, OutboxKind
from domain.reception import Delivery, DeliveryKind, DeliveryOutcome, DeliveryState
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
        source = PgOutboxSource(pool, kinds=PIPELINE_KINDS)

        async with row_locked_elsewhere(pool, "outbox", first):
            claimed = await source.claim("worker-a", 10, 60)
            assert [m.id for m in claimed] == [second, third]

        assert [m.id for m in await source.claim("worker-b", 10, 60)] == [first]


async def test_the_outbox_claim_with_only_locked_rows_returns_nothing_at_once(database_dsn: str) -> None:
    async with fresh_database(database_dsn, lock_timeout_ms=LOCK_TIMEOUT_MS) as pool:
        (only,) = await _outbox_rows(pool, str(OutboxKind.SEND_STATUS), 1)
        source = PgOutboxSource(pool, kinds=PIPELINE_KINDS)

        async with row_locked_elsewhere(pool, "outbox", only):
            assert await source.claim("worker-a", 10, 60) == []


async def test_the_declaration_outbox_claim_skips_a_row_locked_by_another_transaction(
    database_dsn: str,
) -> None:
    async with fresh_database(database_dsn, lock_timeout_ms=LOCK_TIMEOUT_MS) as pool:
        first, second = await _outbox_rows(pool, OutboxKind.SUBMIT_DECLARATION, 2)
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


# --------------------------------------------------------------------------------------- what a claim may take
# One row per reason a row must not be claimed, next to rows that must be: a claim that takes a row early, twice,
# after it is done or of another relay fails here.
UNCLAIMABLE_OUTBOX = {
    "done": "done_at = now()",
    "not yet due": "next_attempt_at = now() + interval '1 hour'",
    "leased to a live worker": "lease_owner = 'other', lease_until = now() + interval '1 hour'",
}


async def _outbox_case_rows(pool: asyncpg.Pool, kind: str) -> tuple[list[int], int]:
    """(ids of the rows that must not be claimed, id of a row whose lease expired: it must be)."""
    blocked = []
    for change in UNCLAIMABLE_OUTBOX.values():
        (row,) = await _outbox_rows(pool, kind, 1)
        await pool.execute(f"UPDATE outbox SET {change} WHERE id = $1", row)
        blocked.append(row)
    (expired,) = await _outbox_rows(pool, kind, 1)
    await pool.execute(
        "UPDATE outbox SET lease_owner = 'crashed', lease_until = now() - interval '1 second' WHERE id = $1",
        expired,
    )
    return blocked, expired


async def test_the_outbox_claim_takes_due_rows_and_expired_leases_only(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        blocked, expired = await _outbox_case_rows(pool, str(OutboxKind.SEND_STATUS))
        (due,) = await _outbox_rows(pool, str(OutboxKind.SEND_STATUS), 1)
        await _outbox_rows(pool, OutboxKind.SUBMIT_DECLARATION, 1)  # the reporting relay's
        source = PgOutboxSource(pool, kinds=PIPELINE_KINDS)

        claimed = await source.claim("worker-a", 10, 60)

        assert [(m.id, m.interrupted) for m in claimed] == [(expired, True), (due, False)]
        leases = await pool.fetch(
            "SELECT id, lease_owner, lease_until > now() + interval '50 seconds' AS held FROM outbox "
            "WHERE id = ANY($1::bigint[]) ORDER BY id",
            [*blocked, expired, due],
        )
        assert [(r["lease_owner"], r["held"]) for r in leases] == [
            (None, None),  # done
            (None, None),  # not yet due
            ("other", True),  # leased to a live worker: untouched
            ("worker-a", True),
            ("worker-a", True),
        ]
        assert await source.claim("worker-b", 10, 60) == []


async def test_the_outbox_claim_takes_at_most_its_limit_oldest_first(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        rows = await _outbox_rows(pool, str(OutboxKind.SEND_STATUS), 3)
        source = PgOutboxSource(pool, kinds=PIPELINE_KINDS)

        assert [m.id for m in await source.claim("worker-a", 2, 60)] == rows[:2]
        assert [m.id for m in await source.claim("worker-b", 2, 60)] == rows[2:]


async def test_the_declaration_claim_takes_due_rows_of_its_companies_only(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        blocked, expired = await _outbox_case_rows(pool, OutboxKind.SUBMIT_DECLARATION)
        (due,) = await _outbox_rows(pool, OutboxKind.SUBMIT_DECLARATION, 1)
        (other_company,) = await _outbox_rows(pool, OutboxKind.SUBMIT_DECLARATION, 1)
        await _outbox_rows(pool, str(OutboxKind.SEND_STATUS), 1)  # the pipeline's
        mine = [
            await pool.fetchval("SELECT company_siren FROM outbox WHERE id = $1", i) for i in (expired, due)
        ]

        claimed = await PgDeclarationOutbox(pool, companies=mine).claim("relay-a", 10, 60)

        assert sorted(r.id for r in claimed) == [expired, due]
        assert [r.id for r in await PgDeclarationOutbox(pool).claim("relay-b", 10, 60)] == [other_company]
        assert blocked  # never claimed by either


UNCLAIMABLE_INBOX = {
    "done": "state = 'DONE'",
    "parked": "state = 'PARKED'",
    "not yet due": "next_attempt_at = now() + interval '1 hour'",
    "leased to a live worker": "lease_owner = 'other', lease_until = now() + interval '1 hour'",
}


async def _deliveries(inbox: PgInbox, count: int) -> list[int]:
    ids = []
    for _ in range(count):
        delivery = Delivery(
            platform="iopole",
            source="webhook",
            kind=DeliveryKind.STATUS,
            dedup_key=f"iopole:key:{uuid.uuid4()}",
            body=b"{}",
            content_type="application/json",
        )
        new_id = await inbox.add(delivery)
        assert new_id is not None
        ids.append(new_id)
    return ids


async def test_the_inbox_claim_takes_pending_due_deliveries_and_expired_leases_only(
    database_dsn: str,
) -> None:
    async with fresh_database(database_dsn) as pool:
        inbox = PgInbox(pool)
        blocked = await _deliveries(inbox, len(UNCLAIMABLE_INBOX))
        for row, change in zip(blocked, UNCLAIMABLE_INBOX.values(), strict=True):
            await pool.execute(f"UPDATE webhook_inbox SET {change} WHERE id = $1", row)
        expired, due = await _deliveries(inbox, 2)
        await pool.execute(
            "UPDATE webhook_inbox SET lease_owner = 'crashed', lease_until = now() - interval '1 second', "
            "attempts = 1 WHERE id = $1",
            expired,
        )

        claimed = await inbox.claim("worker-a", 10, 60)

        assert [(d.id, d.attempts) for d in claimed] == [(expired, 2), (due, 1)]
        assert await inbox.claim("worker-b", 10, 60) == []


async def test_only_the_lease_holder_finishes_a_delivery(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        inbox = PgInbox(pool)
        (row,) = await _deliveries(inbox, 1)
        await inbox.claim("worker-a", 10, 60)
        done = DeliveryOutcome(DeliveryState.DONE, company_siren="732829320", result="status 203")

        async with pool.acquire() as conn:
            assert await PgDeliveryMarks(conn).finish(row, "worker-b", done) is False
            assert await pool.fetchval("SELECT state FROM webhook_inbox WHERE id = $1", row) == "PENDING"
            assert await PgDeliveryMarks(conn).finish(row, "worker-a", done) is True
        assert await pool.fetchval("SELECT state FROM webhook_inbox WHERE id = $1", row) == "DONE"


async def test_a_delivery_received_twice_is_stored_once(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        inbox = PgInbox(pool)
        delivery = Delivery(
            platform="iopole",
            source="webhook",
            kind=DeliveryKind.STATUS,
            dedup_key=f"iopole:key:{uuid.uuid4()}",
            body=b"{}",
            content_type="application/json",
        )

        first, again = await inbox.add(delivery), await inbox.add(delivery)

        assert first is not None and again is None
        assert (
            await pool.fetchval("SELECT count(*) FROM webhook_inbox WHERE dedup_key = $1", delivery.dedup_key)
            == 1
        )


async def test_the_inbox_claim_holds_a_bounded_sum_of_bodies_in_flight_per_owner(database_dsn: str) -> None:
    """The inbox worker reads each delivery it claims whole (and its document twice while decoding it): 4 genuine
    98 MiB callbacks cost the serving process +783 MiB once claimed together, 8 could be about 2.4 GB. A claim
    takes deliveries, oldest first, while their bodies and those its owner holds still fit `claim_bytes`; one
    alone always (a body larger than the bound is claimed when its owner holds nothing)."""
    async with fresh_database(database_dsn) as pool:
        inbox = PgInbox(pool, claim_bytes=5 << 20)

        async def stored(size: int) -> int:
            delivery = Delivery(
                "iopole", "webhook", DeliveryKind.INVOICE, f"iopole:key:{uuid.uuid4()}", b"b" * size
            )
            new_id = await inbox.add(delivery)
            assert new_id is not None
            return new_id

        first, second, large, small = [await stored(size) for size in (3 << 20, 2 << 20, 6 << 20, 10)]

        assert [d.id for d in await inbox.claim("worker-a", 10, 60)] == [first, second]
        assert (
            await inbox.claim("worker-a", 10, 60) == []
        )  # 5 MiB held: the large one waits, and what follows it
        assert [d.id for d in await inbox.claim("worker-b", 10, 60)] == [large]  # alone, over the bound
        done = DeliveryOutcome(DeliveryState.DONE, company_siren="732829320")
        async with pool.acquire() as conn:
            for row in (first, second):
                assert await PgDeliveryMarks(conn).finish(row, "worker-a", done)
        assert [d.id for d in await inbox.claim("worker-a", 10, 60)] == [small]


async def test_claiming_a_large_delivery_holds_about_its_body_once(database_dsn: str) -> None:
    """Read whole in the claim's answer, asyncpg held the row's message and the bytes made from it at once: one
    98 MiB IOPOLE callback cost its process +295 MiB once claimed. A large body is read in slices into one buffer
    that becomes the delivery's bytes."""
    size = 24 << 20
    async with fresh_database(database_dsn) as pool:
        inbox = PgInbox(pool)
        body = os.urandom(size)  # stored as it is (nothing for PostgreSQL to compress)
        delivery = Delivery("iopole", "webhook", DeliveryKind.INVOICE, f"iopole:key:{uuid.uuid4()}", body)
        stored = await inbox.add(delivery)
        tracemalloc.start()
        try:
            [claimed] = await inbox.claim("worker-a", 10, 60)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert (claimed.id, claimed.body == body) == (stored, True)
        assert peak < size * 3 // 2, f"a {size}-byte body held {peak} bytes at once while claimed"


class _SlicesLost:
    """The pool, but the connection a claim's slices are read on is cut by PostgreSQL (its backend terminated from
    another connection) as soon as it is taken: a real lost connection after the claim committed."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    def __getattr__(self, name: str) -> object:
        return getattr(self._pool, name)

    @asynccontextmanager
    async def acquire(self, **kwargs: object) -> AsyncIterator[asyncpg.Connection]:
        async with self._pool.acquire(**kwargs) as conn:
            pid = conn.get_server_pid()
            async with self._pool.acquire() as other:
                await other.execute("SELECT pg_terminate_backend($1)", pid)
            for _ in range(500):  # until the client has read the server's goodbye (else a call races with it)
                if conn.is_closed():
                    break
                await asyncio.sleep(0.01)
            yield conn


async def test_a_claim_whose_slices_cannot_be_read_gives_its_deliveries_back_at_once(
    database_dsn: str,
) -> None:
    """Read after the claim committed, a large body's slices failing left every delivery of that claim leased for
    its 120 s and an attempt spent (10 such failures: UNPROCESSABLE). They are given back, no attempt counted."""
    async with fresh_database(database_dsn) as pool:
        small = Delivery("iopole", "webhook", DeliveryKind.INVOICE, f"iopole:key:{uuid.uuid4()}", b"s")
        large = Delivery(
            "iopole", "webhook", DeliveryKind.INVOICE, f"iopole:key:{uuid.uuid4()}", os.urandom(9 << 20)
        )
        ids = [await PgInbox(pool).add(small), await PgInbox(pool).add(large)]

        failing = PgInbox(_SlicesLost(pool))  # type: ignore[arg-type]
        try:
            await failing.claim("worker-a", 10, 120)
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError):
            pass  # the connection lost, as PostgreSQL cut it
        else:
            raise AssertionError("the slices' connection was cut: the claim should have failed")

        rows = await pool.fetch(
            "SELECT id, state, attempts, lease_owner FROM webhook_inbox WHERE id = ANY($1::bigint[]) ORDER BY id",
            ids,
        )
        assert [(r["state"], r["attempts"], r["lease_owner"]) for r in rows] == [("PENDING", 0, None)] * 2
        again = await PgInbox(pool).claim("worker-b", 10, 120)
        assert [(d.id, d.attempts, d.body == b"s" or d.body == large.body) for d in again] == [
            (ids[0], 1, True),
            (ids[1], 1, True),
        ]
