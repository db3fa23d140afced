"""Peak memory (RSS) of ArchiveService.ExportArchive, 1 and 4 exports at once, each of another company's archive;
BENCH_EXPORT_METHOD=StreamArchiveExport measures the streamed export instead, and BENCH_DOCS sets the documents per
company (default 24: 48 MiB; StreamArchiveExport has no 512 MiB bound, so e.g. BENCH_DOCS=300 exports 600 MiB).

Run from the repository root: `python -m bench.export_memory_bench` (with `src` importable, e.g. `PYTHONPATH=src`).
Uses an embedded PostgreSQL in a temporary folder. Each company archives DOCS random (incompressible) documents of
DOC_SIZE bytes; each figure is measured in a fresh child process (ru_maxrss only grows), which streams the exports
through the servicer as a client would read them, and reports its peak RSS over its RSS before the first export.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import asyncpg

import service.grpc.records_errors  # noqa: F401  # registers the archive's errors, as the container does
from adapters.postgres.embedded import embedded_database
from adapters.postgres.migrate import migrate
from adapters.postgres.outage import is_outage
from adapters.postgres.pool import create_pool
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.audit import Actor, acting_as
from pdpgateway.v1 import archive_service_pb2 as apb
from service.grpc.archive_servicer import ArchiveServicer
from service.grpc.auth import company_var
from service.grpc.errors import ErrorTable
from service.usecases.archive import archive_document
from service.usecases.records_bindings import ArchiveUseCases

DOC_SIZE = 2 * 1024 * 1024
DOCS = int(os.environ.get("BENCH_DOCS", "24"))  # 2 MiB each: 48 MiB of documents per company by default
METHOD = os.environ.get("BENCH_EXPORT_METHOD", "ExportArchive")
COMPANIES = 4
MB = 1024 * 1024


class _Clock:
    def now(self) -> Any:
        from datetime import UTC, datetime

        return datetime.now(UTC)


class _Refused(Exception):
    pass


class _Context:
    """What the servicer's error mapping needs of a gRPC context: an abort."""

    async def abort_with_status(self, status: Any) -> None:
        raise _Refused(status.code)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _load(dsn: str) -> list[str]:
    conn = await asyncpg.connect(dsn)
    try:
        await migrate(conn)
    finally:
        await conn.close()
    pool = await create_pool(dsn, min_size=2, max_size=4)
    uow = functools.partial(PgRecordsUnitOfWork, pool)
    companies = [f"{random.randrange(10**8, 10**9)}" for _ in range(COMPANIES)]
    meta = ArchiveMetadata("application/pdf", date(2026, 9, 15))
    try:
        for company in companies:
            for _ in range(DOCS):
                await archive_document(
                    company,
                    ArchiveKind.RENDERED_PDF,
                    os.urandom(DOC_SIZE),
                    meta,
                    uow_factory=uow,
                    clock=_Clock(),
                )
    finally:
        await pool.close()
    return companies


async def _child(dsn: str, companies: list[str]) -> dict[str, Any]:
    pool = await create_pool(dsn, min_size=2, max_size=len(companies) + 2)
    servicer = ArchiveServicer(
        ArchiveUseCases(uow_factory=functools.partial(PgRecordsUnitOfWork, pool), clock=_Clock()),
        errors=ErrorTable(is_outage),
    )
    before = _rss_mb()

    async def export(company: str) -> str:
        company_var.set(company)
        size = 0
        try:
            method = getattr(servicer, METHOD)
            async for chunk in method(apb.ExportArchiveRequest(), _Context()):
                size += len(chunk.data)
                await asyncio.sleep(0)  # the client reads one chunk per turn of the loop
        except _Refused as refused:
            return f"refused (code {refused.args[0]})"
        return f"{size / MB:.1f} MiB"

    try:
        outcomes = await asyncio.gather(*(export(c) for c in companies))
    finally:
        await pool.close()
    return {"exports": outcomes, "rss_before_mb": round(before, 1), "peak_rss_mb": round(_rss_mb(), 1)}


def _measure(dsn: str, companies: list[str]) -> dict[str, Any]:
    env = {**os.environ, "BENCH_DSN": dsn, "BENCH_COMPANIES": ",".join(companies)}
    out = subprocess.run(
        [sys.executable, "-m", "bench.export_memory_bench", "--child"],
        env=env,
        capture_output=True,
        check=True,
    )
    found: dict[str, Any] = json.loads(out.stdout)
    found["peak_over_before_mb"] = round(found["peak_rss_mb"] - found["rss_before_mb"], 1)
    return found


async def _main() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="pdpg-bench-") as tmp:
        server = embedded_database(Path(tmp) / "pgdata", "pdp_gateway_bench", cleanup_mode="delete")
        async with contextlib.aclosing(server) as dsns:  # stops the server when the bench ends
            async for dsn in dsns:
                companies = await _load(dsn)
                return {
                    "method": METHOD,
                    "archive_per_company_mib": DOCS * DOC_SIZE / MB,
                    "one_export": await asyncio.to_thread(_measure, dsn, companies[:1]),
                    f"{COMPANIES}_exports_at_once": await asyncio.to_thread(_measure, dsn, companies),
                }
    raise RuntimeError("the embedded database did not start")


def run() -> dict[str, Any]:
    with acting_as(Actor.cli("bench")):  # who the audit log says archived and exported
        if "--child" in sys.argv:
            companies = os.environ["BENCH_COMPANIES"].split(",")
            return asyncio.run(_child(os.environ["BENCH_DSN"], companies))
        return asyncio.run(_main())


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
