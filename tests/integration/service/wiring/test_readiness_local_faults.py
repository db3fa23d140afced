"""A process out of open files is not ready, and says so: not "database unreachable" (the database is fine)."""

from __future__ import annotations

import contextlib
import os
import resource
from collections.abc import Iterator

import asyncpg
from google.rpc import code_pb2

from adapters.host_faults import local_fault
from adapters.postgres.outage import cannot_write, is_outage
from service.grpc.errors import ErrorTable
from service.wiring.http import pool_ready
from tests.support.database import migrated_pool
from tests.support.pipeline import fresh_database_url


@contextlib.contextmanager
def no_more_files() -> Iterator[int]:
    """This process's open-file limit lowered to the files it holds (the free numbers below it taken): the next
    socket or file is EMFILE. Yields the limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    limit = max(int(fd) for fd in os.listdir("/proc/self/fd")) + 1
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))
    fillers: list[int] = []
    try:
        with contextlib.suppress(OSError):
            while True:
                fillers.append(os.open(os.devnull, os.O_RDONLY))
        yield limit
    finally:
        for fd in fillers:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


async def test_a_process_out_of_open_files_is_not_ready_naming_it_and_its_calls_are_told_so(
    database_dsn: str,
) -> None:
    # Before: /readyz said "database unreachable" and every call "the service's database is unavailable; retry
    # later" at WARNING, while PostgreSQL was fine: the on-call looked at the wrong thing.
    async with fresh_database_url(database_dsn) as dsn:
        async with migrated_pool(dsn, min_size=1, max_size=1):
            pass
        pool = await asyncpg.create_pool(dsn, min_size=0, max_size=2)  # no connection until one is needed
        try:
            with no_more_files() as limit:
                not_ready = await pool_ready(pool)()
                with contextlib.suppress(OSError), open(os.devnull, "rb"):
                    raise AssertionError("a file could still be opened")
                try:
                    async with pool.acquire() as conn:
                        await conn.fetchval("SELECT 1")
                except OSError as exc:
                    failure: BaseException = exc
            assert not_ready == (
                f"this process ran out of open files at this process's limit (EMFILE: RLIMIT_NOFILE {limit},"
                " ulimit -n)"
            )
            assert not is_outage(failure)
            status = ErrorTable(is_outage, cannot_write, local_fault).to_status(failure)
            assert status.code == code_pb2.UNAVAILABLE and "database" not in status.message
            assert await pool_ready(pool)() is None  # files again: ready
        finally:
            await pool.close()
