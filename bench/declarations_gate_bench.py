"""The cost of holding a company's declarations (ReportingRecords.hold_declarations, advisory lock 7005) where a
row lands: what SubmitInvoice's look for the declarations an international or B2C sale lands in
(`invoice_to_rectify`, before the write and again for the answer) and a one-row RecordB2cTransactions pay for it,
on an embedded PostgreSQL (or DATABASE_URL's server). Each is timed with the lock and with it made a no-op,
alternated over BENCH_ROUNDS rounds (default 3), at 1 and 8 calls at a time (one company: shared, they never wait
for each other). A domestic invoice (the gRPC bench's) never takes the lock: `invoice_to_rectify` returns before it
opens a transaction.

Run: `PYTHONPATH=src:. python -m bench.declarations_gate_bench` (BENCH_SECONDS per figure, default 1).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import date
from typing import Any

from adapters.postgres.records_uow import PgRecordsUnitOfWork
from adapters.postgres.reporting_repository import PgReportingRepository
from bench.submit_path_bench import _database
from domain.reporting.b2c import B2cCategory
from service.usecases.reporting import invoice_to_rectify, record_b2c_transactions
from tests.fakes import FixedClock
from tests.random_refs import random_siren
from tests.support.reporting_data import intra_eu_invoice, tx

DAY = date(2026, 9, 3)


@contextlib.contextmanager
def _without_the_lock() -> Iterator[None]:
    held = PgReportingRepository.hold_declarations

    async def nothing(self: Any, company: str, *, exclusive: bool) -> None:
        return None

    PgReportingRepository.hold_declarations = nothing  # type: ignore[method-assign]
    try:
        yield
    finally:
        PgReportingRepository.hold_declarations = held  # type: ignore[method-assign]


async def _per_call_us(concurrency: int, seconds: float, call: Callable[[int], Awaitable[Any]]) -> float:
    """Wall-clock µs per call, `concurrency` callers for `seconds`."""
    done = 0
    stop = time.perf_counter() + seconds

    async def caller(n: int) -> None:
        nonlocal done
        i = n
        while time.perf_counter() < stop:
            await call(i)
            done += 1
            i += concurrency

    started = time.perf_counter()
    await asyncio.gather(*(caller(n) for n in range(concurrency)))
    return (time.perf_counter() - started) / max(done, 1) * 1e6


async def main() -> None:
    seconds = float(os.environ.get("BENCH_SECONDS", "1"))
    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    async with _database(2, 10) as pool:
        company = random_siren()
        clock = FixedClock()

        def uow_factory(read_only: bool = False) -> PgRecordsUnitOfWork:
            return PgRecordsUnitOfWork(pool, read_only=read_only)

        sale = intra_eu_invoice(company, DAY)
        keys = iter(range(10**9))

        async def look(_: int) -> Any:
            return await invoice_to_rectify(company, sale, uow_factory=uow_factory)

        async def record(_: int) -> Any:
            row = tx(f"bench-{next(keys)}", DAY, B2cCategory.TLB1, "20", "10.00", "2.00")
            return await record_b2c_transactions(company, [row], uow_factory=uow_factory, clock=clock)

        figures: dict[str, list[float]] = {}
        for _ in range(rounds):
            for name, call in (("invoice_to_rectify", look), ("record 1 sale", record)):
                for concurrency in (1, 8):
                    with _without_the_lock():
                        without = await _per_call_us(concurrency, seconds, call)
                    held = await _per_call_us(concurrency, seconds, call)
                    figures.setdefault(f"{name} c={concurrency} without", []).append(without)
                    figures.setdefault(f"{name} c={concurrency} with", []).append(held)
    print("µs per call (wall clock), each round:")
    for name, values in figures.items():
        print(f"  {name:<36} " + " ".join(f"{v:8.1f}" for v in values))


if __name__ == "__main__":
    asyncio.run(main())
