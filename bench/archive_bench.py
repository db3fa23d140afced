"""Archive write and verify throughput for ~100 KB documents on real PostgreSQL, against a bare hashlib.sha256
of the same bytes in the same run (the ceiling: what hashing alone costs).

Run from the repository root: `python -m bench.archive_bench` (with `src` importable, e.g. `PYTHONPATH=src`).
Uses DATABASE_URL when set, else an embedded PostgreSQL in a temporary folder. Each write is one transaction:
the document, its audit entry (under the company's chain lock) and the commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import os
import random
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import asyncpg

from adapters.postgres.embedded import embedded_database
from adapters.postgres.migrate import migrate
from adapters.postgres.pool import create_pool
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.audit import Actor, acting_as
from service.usecases.archive import archive_document, verify_archive

DOC_SIZE = 100 * 1024
DOCS = 400
WRITERS = 8  # concurrent writers, each for its own company (one audit chain per company)
MB = 1024 * 1024


class _Clock:
    def now(self) -> Any:
        from datetime import UTC, datetime

        return datetime.now(UTC)


def _siren() -> str:
    return f"{random.randrange(10**8, 10**9)}"


def _rate(count: int, size: int, seconds: float) -> dict[str, float]:
    return {
        "docs_per_s": round(count / seconds, 1),
        "mb_per_s": round(count * size / MB / seconds, 1),
        "seconds": round(seconds, 3),
    }


async def _bench(dsn: str) -> dict[str, Any]:
    conn = await asyncpg.connect(dsn)
    try:
        await migrate(conn)
    finally:
        await conn.close()
    pool = await create_pool(dsn, min_size=WRITERS, max_size=WRITERS + 2)
    uow = functools.partial(PgRecordsUnitOfWork, pool)
    clock = _Clock()
    docs = [os.urandom(DOC_SIZE) for _ in range(DOCS)]
    meta = ArchiveMetadata("application/pdf", date(2026, 9, 15))
    try:
        start = time.perf_counter()
        for data in docs:
            hashlib.sha256(data).hexdigest()
        ceiling = time.perf_counter() - start

        company = _siren()
        start = time.perf_counter()
        for data in docs:
            await archive_document(
                company, ArchiveKind.RENDERED_PDF, data, meta, uow_factory=uow, clock=clock
            )
        sequential = time.perf_counter() - start

        companies = [_siren() for _ in range(WRITERS)]
        fresh = [os.urandom(DOC_SIZE) for _ in range(DOCS)]

        async def writer(i: int) -> None:
            for data in fresh[i::WRITERS]:
                await archive_document(
                    companies[i],
                    ArchiveKind.RENDERED_PDF,
                    data,
                    meta,
                    uow_factory=uow,
                    clock=clock,
                )

        start = time.perf_counter()
        await asyncio.gather(*(writer(i) for i in range(WRITERS)))
        concurrent = time.perf_counter() - start

        start = time.perf_counter()
        report = await verify_archive(company, uow_factory=uow, clock=clock)
        verify = time.perf_counter() - start
        assert report.ok and report.documents_checked == DOCS
    finally:
        await pool.close()
    return {
        "document_size_bytes": DOC_SIZE,
        "documents": DOCS,
        "sha256_ceiling": _rate(DOCS, DOC_SIZE, ceiling),
        "write_sequential": _rate(DOCS, DOC_SIZE, sequential),
        f"write_{WRITERS}_writers": _rate(DOCS, DOC_SIZE, concurrent),
        "verify": _rate(DOCS, DOC_SIZE, verify),
        "ratio_write_to_ceiling": round(ceiling / sequential, 4),
        "ratio_verify_to_ceiling": round(ceiling / verify, 4),
    }


async def _main() -> dict[str, Any]:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        return await _bench(url)
    with tempfile.TemporaryDirectory(prefix="pdpg-bench-") as tmp:
        server = embedded_database(Path(tmp) / "pgdata", "pdp_gateway_bench", cleanup_mode="delete")
        async with contextlib.aclosing(server) as dsns:  # stops the server when the bench ends
            async for dsn in dsns:
                return await _bench(dsn)
    raise RuntimeError("the embedded database did not start")


def run() -> dict[str, Any]:
    with acting_as(Actor.cli("bench")):  # who the audit log says archived and verified (captured at the edge)
        return asyncio.run(_main())


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
