"""Helpers for the archive and e-reporting tests on real PostgreSQL."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from datetime import date

import asyncpg

from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.records_ports import RecordsUowFactory
from service.usecases.archive import archive_document
from tests.fakes import FixedClock


def records_uow(pool: asyncpg.Pool) -> RecordsUowFactory:
    return functools.partial(PgRecordsUnitOfWork, pool)


_MEDIA = {
    ArchiveKind.EMITTED_INVOICE: "application/xml",
    ArchiveKind.RENDERED_PDF: "application/pdf",
    ArchiveKind.STATUS_MESSAGE: "application/json",
}


async def archive_some(
    uow_factory: RecordsUowFactory, company: str, count: int, day: date = date(2026, 9, 15)
) -> list[str]:
    """`count` documents of the company dated `day`, the three kinds in turn, each distinct and over 2,000 bytes (the
    forgery tests change a byte inside); their hashes in order."""
    kinds = list(_MEDIA)
    hashes = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        data = f"{company} {day} {i}".encode().ljust(2000 + i, b".")
        meta = ArchiveMetadata(_MEDIA[kind], day, invoice_id=f"F-{i}")
        receipt = await archive_document(
            company, kind, data, meta, uow_factory=uow_factory, clock=FixedClock()
        )
        hashes.append(receipt.sha256)
    return hashes


async def tamper(pool: asyncpg.Pool, table: str, trigger: str, sql: str, *args: object) -> str:
    """Run `sql` with `trigger` disabled, as a superuser forging the data would; the trigger is re-enabled in the
    same transaction, so no other session ever sees it off. Returns the command status."""
    assert table in {"archive_items", "audit_log"}
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
        status = await conn.execute(sql, *args)
        await conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
    return status


async def collect(items: AsyncIterator[object]) -> list[object]:
    return [item async for item in items]
