"""An old month's archive export beside a recent one's, on one company whose audit log holds BENCH_ENTRIES entries
(default 100,000) over BENCH_MONTHS months (default 12): the export's `audit/later_entries.jsonl` gathers the
entries made after the period about its invoices, so what it reads should follow the month, not the log since.

Seed (on an embedded PostgreSQL, or DATABASE_URL's server): BENCH_DOCUMENTS documents a month (default 100, 2 KiB
each, archived through the use case, so each has its audit entry), then the entries, through the audit log adapter
(the hash chain is real), dated in their month: nine in ten about an invoice of their month, one in ten about an
invoice of an earlier month (a late status or payment). Then BENCH_ROUNDS rounds (default 5) alternate the exports
of the first month and of the last, each whole (every part read), timed, each read as now and as before migration 0501
(the log since the period's end, filtered in Python); and the audit log statements the export ran
for the first month, as PostgreSQL planned and ran them (EXPLAIN ANALYZE, BUFFERS: rows and buffers read).

Run: `PYTHONPATH=src:. python -m bench.export_later_bench`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import random
import statistics
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from unittest import mock

from adapters.postgres import audit_log
from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from bench.submit_path_bench import _database
from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from service.usecases.archive import archive_document, stream_export
from tests.fakes import FixedClock
from tests.random_refs import random_siren

ENTRIES = int(os.environ.get("BENCH_ENTRIES", "100000"))
MONTHS = int(os.environ.get("BENCH_MONTHS", "12"))
DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "100"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
BATCH = 500
FIRST = date(2025, 1, 1)


def _month(n: int) -> tuple[date, date]:
    start = date(FIRST.year + (FIRST.month - 1 + n) // 12, (FIRST.month - 1 + n) % 12 + 1, 1)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, following - timedelta(days=1)


async def _seed(pool: Any, company: str) -> None:
    rng = random.Random(7)
    invoices: list[list[str]] = []
    uow_factory = _uow_factory(pool)
    for m in range(MONTHS):
        start, _ = _month(m)
        ids = [str(uuid.uuid4()) for _ in range(DOCUMENTS)]
        invoices.append(ids)
        for i, invoice_id in enumerate(ids):
            day = start + timedelta(days=i % 28)
            meta = ArchiveMetadata("application/xml", day, invoice_id=invoice_id)
            data = f"{company} {invoice_id}".encode().ljust(2048, b".")
            clock = FixedClock(datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9))
            await archive_document(
                company, ArchiveKind.EMITTED_INVOICE, data, meta, uow_factory=uow_factory, clock=clock
            )
    per_month = max(1, (ENTRIES - MONTHS * DOCUMENTS) // MONTHS)
    for m in range(MONTHS):
        start, end = _month(m)
        span = (end - start).days + 1
        times = sorted(
            datetime.combine(start, datetime.min.time(), UTC)
            + timedelta(seconds=rng.uniform(0, span * 86400))
            for _ in range(per_month)
        )
        for at in range(0, per_month, BATCH):
            items = []
            for when in times[at : at + BATCH]:
                month = m if m == 0 or rng.random() < 0.9 else rng.randrange(m)
                subject = rng.choice(invoices[month])
                event = AuditEvent("invoice.status", "invoice", subject, {"code": "205"})
                items.append((company, event, when))
            async with pool.acquire() as conn, conn.transaction():
                await PgAuditLog(conn).append_all(items)


def _uow_factory(pool: Any) -> Any:
    return functools.partial(PgRecordsUnitOfWork, pool)


def _as_before() -> Any:
    """The later entries read as before migration 0501: the company's log since the period's end, each entry
    filtered by its subject in Python."""
    entries = PgAuditLog.entries

    async def since(self: Any, company: str, *, about: Any = None, **kw: Any) -> AsyncIterator[Any]:
        async for entry in entries(self, company, **kw):
            if about is None or entry.subject_id in about:
                yield entry

    return mock.patch.object(PgAuditLog, "entries", since)


async def _export_s(pool: Any, company: str, month: int) -> tuple[float, int]:
    start, end = _month(month)
    began = time.perf_counter()
    size = 0
    async for part in stream_export(
        company,
        start,
        end,
        uow_factory=_uow_factory(pool),
        clock=FixedClock(datetime(2026, 1, 15, tzinfo=UTC)),
    ):
        if isinstance(part, bytes):
            size += len(part)
    return time.perf_counter() - began, size


# What the export read for its later entries before migration 0501: the company's log from the period's end on.
LOG_SINCE = """SELECT company_siren, seq, at, actor, action, subject_type, subject_id, details, prev_hash, entry_hash,
                      actor_name, request_id
                 FROM audit_log WHERE company_siren = $1 AND at >= $2 ORDER BY seq"""


async def _plans(pool: Any, company: str, subjects: list[str]) -> list[str]:
    """The later entries' statements for the first month, as PostgreSQL plans and runs them (EXPLAIN ANALYZE,
    BUFFERS): the log since the period (before), and by the period's subjects (`ENTRIES_ABOUT`, now)."""
    _, end = _month(0)
    since = datetime.combine(end + timedelta(days=1), datetime.min.time(), UTC)
    statements: list[tuple[str, tuple[Any, ...]]] = [(LOG_SINCE, (company, since))]
    statements.append((audit_log.ENTRIES_ABOUT, (company, since, None, subjects)))
    out = []
    async with pool.acquire() as conn:
        for query, args in statements:
            rows = await conn.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {query}", *args)
            out.append(
                "\n".join(r[0] if len(r[0]) < 160 else f"{r[0][:150]}..." for r in rows)
            )  # not the subjects
    return out


async def _write_cost(pool: Any, company: str) -> str:
    """What audit_log_by_subject costs each entry written: batches of 16 entries appended to the long chain (through
    `audit_log_append`, as every write of the gateway), with the index and without it (dropped, then built again),
    alternated over BENCH_ROUNDS rounds of 20 batches; wall time and WAL bytes per entry, medians."""
    if not await pool.fetchval("SELECT to_regclass('audit_log_by_subject') IS NOT NULL"):
        return "no audit_log_by_subject index: write cost not measured"
    figures: dict[bool, tuple[list[float], list[float]]] = {True: ([], []), False: ([], [])}
    at = datetime(2026, 1, 20, tzinfo=UTC)
    for r in range(ROUNDS * 2):
        indexed = r % 2 == 0
        if not indexed:
            await pool.execute("DROP INDEX audit_log_by_subject")
        async with pool.acquire() as conn:
            for _ in range(20):
                items = [
                    (company, AuditEvent("invoice.status", "invoice", str(uuid.uuid4()), {"code": "205"}), at)
                    for _ in range(16)
                ]
                lsn = await conn.fetchval("SELECT pg_current_wal_insert_lsn()")
                began = time.perf_counter()
                async with conn.transaction():
                    await PgAuditLog(conn).append_all(items)
                seconds = time.perf_counter() - began
                wal = await conn.fetchval("SELECT pg_current_wal_insert_lsn() - $1::pg_lsn", lsn)
                figures[indexed][0].append(seconds / 16 * 1e6)
                figures[indexed][1].append(float(wal) / 16)
        if not indexed:
            await pool.execute(
                "CREATE INDEX audit_log_by_subject ON audit_log (company_siren, subject_id, at)"
            )
    (w_us, w_wal), (wo_us, wo_wal) = figures[True], figures[False]
    return (
        f"per entry written: with the index {statistics.median(w_us):.0f} us, {statistics.median(w_wal):.0f} B WAL;"
        f" without {statistics.median(wo_us):.0f} us, {statistics.median(wo_wal):.0f} B WAL"
    )


async def main() -> None:
    async with _database(2, 4) as pool:
        company = random_siren()
        await pool.execute("INSERT INTO companies (siren) VALUES ($1) ON CONFLICT DO NOTHING", company)
        began = time.perf_counter()
        await _seed(pool, company)
        count = await pool.fetchval("SELECT count(*) FROM audit_log WHERE company_siren = $1", company)
        await pool.execute("ANALYZE audit_log")
        await pool.execute("ANALYZE archive_items")
        print(
            f"seeded {count} audit entries, {MONTHS * DOCUMENTS} documents in {time.perf_counter() - began:.0f} s"
        )
        timings: dict[tuple[str, int], list[float]] = {}
        sizes: dict[tuple[str, int], int] = {}
        variants = [(m, way) for m in (0, MONTHS - 1) for way in ("before", "now")]
        for r in range(ROUNDS):
            for month, way in variants if r % 2 == 0 else variants[::-1]:
                with _as_before() if way == "before" else contextlib.nullcontext():
                    seconds, size = await _export_s(pool, company, month)
                timings.setdefault((way, month), []).append(seconds)
                sizes[(way, month)] = size
        for (way, month), values in sorted(timings.items()):
            start, end = _month(month)
            print(
                f"{way}: export {start}..{end} ({sizes[(way, month)]} bytes): median"
                f" {statistics.median(values) * 1000:.0f} ms (rounds: {', '.join(f'{v * 1000:.0f}' for v in values)})"
            )
        start, end = _month(0)
        subjects = [
            r["invoice_id"]
            for r in await pool.fetch(
                "SELECT invoice_id FROM archive_items WHERE company_siren = $1 AND document_date <= $2",
                company,
                end,
            )
        ]
        for plan in await _plans(pool, company, subjects):
            print(plan)
        print(await _write_cost(pool, company))


if __name__ == "__main__":
    asyncio.run(main())
