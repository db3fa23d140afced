"""What an operator asks the database about the gateway's work: how many invoices in each state, how deep and how
old the queues are, what is parked, how big the archive is, which declarations fall due soon.

Read at scrape time by the business metrics (service.observability.business_metrics) and by `pdp-gateway doctor`. Every query
reads an index or a small table except the invoice count by state, a grouped scan the caller caches.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime

import asyncpg

from adapters.postgres.connection import Connection
from adapters.postgres.migrate import available_migrations
from adapters.postgres.outage import CONNECT_ERRORS, cannot_write
from adapters.postgres.payment_repository import PARKED
from adapters.postgres.pool import ACQUIRE_TIMEOUT_S
from domain.operations import (
    DECLARATION_HORIZON_DAYS,
    ArchiveSample,
    ConnectionsExhausted,
    DatabaseUnreachable,
    DeclarationsDue,
    GivenUp,
    Migrations,
    OperationsSnapshot,
    OutageFigures,
    QueueFigures,
)
from domain.outage import OUTAGE_KEY, Outage, gave_up_waiting_on
from domain.pipeline_ports import PARKED_STATUS_LIFETIME

QUERY_TIMEOUT_S = 10.0


_INVOICES = "SELECT state, processing_rule, count(*) FROM invoices GROUP BY 1, 2"
_OUTBOX = """
SELECT kind, count(*), coalesce(extract(epoch FROM $1::timestamptz - min(created_at)), 0)::float8,
       count(*) FILTER (WHERE attempts > 0)
FROM outbox WHERE done_at IS NULL GROUP BY kind"""
_INBOX = """
SELECT state, count(*), coalesce(extract(epoch FROM $1::timestamptz - min(received_at)), 0)::float8,
       count(*) FILTER (WHERE attempts > 0)
FROM webhook_inbox WHERE state <> 'DONE' GROUP BY state"""
# Items waiting on a platform's outage keep it (domain.outage): an outbox row in its payload, a webhook delivery in
# its `outage` column; the pending ones only (each queue's partial index), grouped by platform. `since` is compared
# as a datetime, not as text (right only while every clock wrote UTC): the text's order is the time's among values
# written in one offset, so the earliest of each offset is read here (a few rows, never one per item) and the
# earliest instant of those is taken once they are read leniently (`_outages`: a value this code did not write is
# counted, not dated). No cast in SQL: one value that is not a date would fail the whole snapshot.
_OUTAGES = f"""
SELECT kept->>'platform', count(*), min(kept->>'since')
FROM (SELECT payload->'{OUTAGE_KEY}' FROM outbox WHERE done_at IS NULL
      UNION ALL
      SELECT outage FROM webhook_inbox WHERE state = 'PENDING') AS waiting (kept)
WHERE jsonb_typeof(kept) = 'object'
GROUP BY 1, substring(kept->>'since' FROM '(?:[+-][0-9][0-9]:[0-9][0-9]|Z)$')"""
# The ones not expired (PARKED_STATUS_LIFETIME: an expired one, never applied, lingers until the next parking or the
# SENT of its id drops it).
_PARKED_STATUSES = """
SELECT count(*), coalesce(extract(epoch FROM $1::timestamptz - min(received_at)), 0)::float8
FROM parked_statuses WHERE received_at >= $1::timestamptz - $2::interval"""
# Their count, and the first invoices holding them ("SIREN invoice-id", sorted): what the on-call retries.
_PARKED_PAYMENTS = f"""
SELECT count(*), coalesce((array_agg(DISTINCT p.company_siren || ' ' || p.invoice_id::text))[1:$1], '{{}}')
FROM invoice_payments p
WHERE p.state = 'held' {PARKED}"""
PARKED_PAYMENT_INVOICES_SHOWN = 10
_ARCHIVE = "SELECT count(*), coalesce(sum(size), 0)::bigint FROM archive_items"
_DECLARATIONS = """
SELECT kind, count(*), extract(epoch FROM min(deadline)::timestamptz - $1::timestamptz)::float8
FROM declarations d
WHERE status IN ('DRAFT', 'REJECTED') AND deadline <= ($1::timestamptz + make_interval(days => $2))::date
  AND NOT EXISTS (SELECT 1 FROM declarations later WHERE later.supersedes = d.id)
GROUP BY kind"""


async def operations_snapshot(
    pool: asyncpg.Pool, now: datetime, *, acquire_timeout_s: float = ACQUIRE_TIMEOUT_S
) -> OperationsSnapshot:
    """The figures of `now` on a pooled connection (/metrics'): TimeoutError when none frees within
    `acquire_timeout_s` (every one busy), a scrape answered without them, rather than held as long as the
    statements ahead take, every later scrape queued behind it (service.observability.business_metrics)."""
    async with pool.acquire(timeout=acquire_timeout_s) as conn:
        return await read_operations(conn, now)


async def read_operations(conn: Connection, now: datetime) -> OperationsSnapshot:
    """The figures of one moment, read in one read-only transaction on `conn`."""
    async with asyncio.timeout(QUERY_TIMEOUT_S), conn.transaction(readonly=True):
        invoices = await conn.fetch(_INVOICES)
        outbox = await conn.fetch(_OUTBOX, now)
        inbox = await conn.fetch(_INBOX, now)
        parked_row = await conn.fetchrow(_PARKED_STATUSES, now, PARKED_STATUS_LIFETIME)
        assert parked_row is not None  # an aggregate without GROUP BY always returns its one row
        parked, parked_oldest_s = parked_row
        held = await conn.fetchrow(_PARKED_PAYMENTS, PARKED_PAYMENT_INVOICES_SHOWN)
        assert held is not None  # an aggregate without GROUP BY always returns its one row
        parked_payments, parked_payment_invoices = held
        archive = await conn.fetchrow(_ARCHIVE)
        assert archive is not None  # an aggregate without GROUP BY always returns its one row
        declarations = await conn.fetch(_DECLARATIONS, now, DECLARATION_HORIZON_DAYS)
        outages = await conn.fetch(_OUTAGES)
    return OperationsSnapshot(
        invoices=tuple((r[0], r[1], r[2]) for r in invoices),
        outbox=tuple(QueueFigures(r[0], r[1], max(r[2], 0.0), r[3]) for r in outbox),
        inbox=tuple(QueueFigures(r[0], r[1], max(r[2], 0.0), r[3]) for r in inbox),
        parked_statuses=parked,
        archive_documents=archive[0],
        archive_bytes=archive[1],
        declarations_due=tuple(DeclarationsDue(r[0], r[1], r[2]) for r in declarations),
        parked_payments=parked_payments,
        parked_payment_invoices=tuple(parked_payment_invoices),
        outages=_outages(outages, now),
        parked_statuses_oldest_s=max(parked_oldest_s, 0.0),
    )


def _outages(rows: Sequence[asyncpg.Record], now: datetime) -> tuple[OutageFigures, ...]:
    """One figure per platform from `_OUTAGES`' rows (platform, items, the earliest `since` of one offset): the
    items summed, the earliest instant kept (None when no value is readable)."""
    items: dict[str, int] = {}
    earliest: dict[str, Outage] = {}
    for platform, count, since in rows:
        name = platform or ""
        items[name] = items.get(name, 0) + count
        kept = Outage.of_kept({"platform": name, "since": since})
        if kept is not None and (name not in earliest or kept.since < earliest[name].since):
            earliest[name] = kept
    figures = []
    for name, count in items.items():
        kept = earliest.get(name)
        if kept is None:
            figures.append(OutageFigures(name, count, None, 0.0))
        else:
            figures.append(OutageFigures(kept.platform, count, kept.since, kept.waited_s(now)))
    return tuple(figures)


# A write that needs new room on PostgreSQL's disk every time: a temporary table's first row extends its file (and
# the catalog rows describing it are written, and logged, then dropped at commit). It touches nothing of the
# gateway's, takes no lock another session waits on, and leaves nothing behind but dead catalog rows for autovacuum:
# 13 a probe with an `int` column (a varlena one, `bytea`, brought a TOAST table and its index: 30).
_WRITE_PROBE = (
    "CREATE TEMPORARY TABLE pdp_gateway_write_probe (n int) ON COMMIT DROP;"
    " INSERT INTO pdp_gateway_write_probe VALUES (0)"
)


async def write_probe(conn: Connection) -> str | None:
    """Why the database refuses a write (`outage.cannot_write`: its disk full, read-only), None when it wrote;
    other failures (unreachable, a timeout) are raised, for the caller to tell apart."""
    try:
        async with asyncio.timeout(QUERY_TIMEOUT_S), conn.transaction():
            await conn.execute(_WRITE_PROBE)
    except asyncpg.PostgresError as exc:
        refused = cannot_write(exc)
        if refused is None:
            raise
        return refused
    return None


async def pooled_write_probe(
    pool: asyncpg.Pool, *, acquire_timeout_s: float = ACQUIRE_TIMEOUT_S
) -> str | None:
    """`write_probe` on a pooled connection (the write probe's, service.workers.write_probe)."""
    async with pool.acquire(timeout=acquire_timeout_s) as conn:
        return await write_probe(conn)


@functools.cache
def _known_migrations() -> Mapping[int, str]:
    return {m.version: m.name for m in available_migrations()}  # read once: /readyz asks on every probe


class PgOperationsReader:
    """domain.operations.OperationsReader on one connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def migrations(self) -> Migrations:
        has_table = await self._conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
        rows = await self._conn.fetch("SELECT version FROM schema_migrations") if has_table else []
        return Migrations(_known_migrations(), frozenset(r[0] for r in rows))

    async def operations(self, now: datetime) -> OperationsSnapshot:
        return await read_operations(self._conn, now)

    async def refused_write(self) -> str | None:
        return await write_probe(self._conn)

    async def archive_sample(self, limit: int) -> list[ArchiveSample]:
        sample = "SELECT company_siren, sha256, content FROM archive_items TABLESAMPLE SYSTEM (1) LIMIT $1"
        rows = await self._conn.fetch(sample, limit)
        if not rows:  # a small archive fits in pages the sample may skip: take the first ones instead
            rows = await self._conn.fetch(
                "SELECT company_siren, sha256, content FROM archive_items LIMIT $1", limit
            )
        return [ArchiveSample(r[0], r[1], r[2]) for r in rows]

    async def active_companies(self, limit: int) -> list[str]:
        rows = await self._conn.fetch(
            "SELECT DISTINCT company_siren FROM api_keys WHERE revoked_at IS NULL ORDER BY 1 LIMIT $1", limit
        )
        return [r[0] for r in rows]

    async def given_up_on_outage(self, platform: str, limit: int) -> list[GivenUp]:
        # Its last error says it: retried since, it is no longer FAILED, or FAILED for another reason. The FAILED
        # ones only are read (invoices_company_state), never the outbox's done rows.
        rows = await self._conn.fetch(
            """SELECT company_siren, id::text AS id, number FROM invoices
                WHERE state = 'FAILED' AND starts_with(last_error, $1)
                ORDER BY created_at, id LIMIT $2""",
            gave_up_waiting_on(platform),
            limit,
        )
        return [GivenUp(r["company_siren"], r["id"], r["number"]) for r in rows]


CONNECT_TIMEOUT_S = 5.0


@contextlib.asynccontextmanager
async def open_operations(dsn: str) -> AsyncIterator[PgOperationsReader]:
    """domain.operations.OpenOperations: a connection of its own (doctor never opens the pool, which migrates)."""
    try:
        conn = await asyncpg.connect(dsn, timeout=CONNECT_TIMEOUT_S)
    except asyncpg.TooManyConnectionsError as exc:
        raise ConnectionsExhausted(f"{type(exc).__name__}: {exc}") from exc
    except CONNECT_ERRORS as exc:
        raise DatabaseUnreachable(f"{type(exc).__name__}: {exc}") from exc
    try:
        yield PgOperationsReader(conn)
    finally:
        await conn.close()
