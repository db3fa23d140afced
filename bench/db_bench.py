"""Durable write throughput: bare asyncpg versus the submit_invoice use case through PgUnitOfWork.

    python -m bench.db_bench            (DATABASE_URL, else an embedded server in a temporary folder)

Bare: one transaction inserting one invoice-like row (JSONB content) and one outbox row, committed with the
server's default durability (synchronous_commit=on). Use case: submit_invoice with a 10-line invoice (totals,
fingerprint, domain validation, idempotency read, invoice + lines + event + outbox rows, per-company event
lock). Both run the same number of concurrent workers for a fixed duration; figures are commits per second.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import asyncpg

from adapters.postgres.embedded import embedded_database
from adapters.postgres.migrate import migrate
from adapters.postgres.pool import create_pool
from adapters.postgres.uow import PgUnitOfWork
from domain.serialization import invoice_to_dict
from domain.totals import compute_totals
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import french_vat_key, random_siren

CONCURRENCY = (1, 8, 32)
_sequence = itertools.count()
DURATION_S = float(os.environ.get("BENCH_DURATION_S", "3"))

_BARE_TABLE = """CREATE TABLE IF NOT EXISTS bench_invoices (
    id uuid PRIMARY KEY, company_siren text NOT NULL, number text NOT NULL, content jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (company_siren, number))"""


async def _rate(concurrency: int, operation: Callable[[int], Awaitable[None]]) -> float:
    deadline = time.perf_counter() + DURATION_S
    done = 0

    async def worker(n: int) -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            await operation(next(_sequence))
            done += 1

    start = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    return done / (time.perf_counter() - start)


async def _bench(pool: asyncpg.Pool) -> dict[str, Any]:
    async with pool.acquire() as conn:
        await migrate(conn)
        await conn.execute(_BARE_TABLE)
    company = random_siren()
    sample = compute_totals(an_invoice(lines=10, seller=a_seller(company, french_vat_key(company))))
    content = json.loads(json.dumps(invoice_to_dict(sample)))
    run = uuid.uuid4().hex[:8]

    async def bare(i: int) -> None:
        async with pool.acquire() as conn, conn.transaction():
            invoice_id = uuid.uuid4()
            await conn.execute(
                "INSERT INTO bench_invoices (id, company_siren, number, content) VALUES ($1, $2, $3, $4)",
                invoice_id,
                company,
                f"B-{run}-{i}",
                content,
            )
            await conn.execute(
                "INSERT INTO outbox (company_siren, kind, payload) VALUES ($1, 'bench', $2)",
                company,
                {"invoice_id": str(invoice_id)},
            )

    clock = FixedClock()

    companies = [random_siren() for _ in range(max(CONCURRENCY))]

    def use_case(spread: bool) -> Callable[[int], Awaitable[None]]:
        async def submit(i: int) -> None:
            issuer = companies[i % len(companies)] if spread else company
            invoice = an_invoice(
                lines=10, seller=a_seller(issuer, french_vat_key(issuer)), number=f"U-{run}-{i}"
            )
            await submit_invoice(
                SubmitInvoice(issuer, f"req-{run}-{i}", invoice),
                uow=PgUnitOfWork(pool),
                clock=clock,
            )

        return submit

    results: dict[str, Any] = {
        "duration_s": DURATION_S,
        "validator": "domain.rules",  # submit_invoice's default
        "bare": {},
        "use_case": {},  # one company: its event lock serialises the end of each transaction
        "use_case_many_companies": {},  # the same, spread over 32 companies
    }
    for concurrency in CONCURRENCY:
        results["bare"][concurrency] = round(await _rate(concurrency, bare), 1)
        results["use_case"][concurrency] = round(await _rate(concurrency, use_case(False)), 1)
        results["use_case_many_companies"][concurrency] = round(await _rate(concurrency, use_case(True)), 1)
    results["ratio_use_case_to_bare"] = {
        c: round(results["use_case"][c] / results["bare"][c], 3) for c in CONCURRENCY if results["bare"][c]
    }
    async with pool.acquire() as conn:
        results["server"] = await conn.fetchval("SHOW server_version")
        results["synchronous_commit"] = await conn.fetchval("SHOW synchronous_commit")
        results["fsync"] = await conn.fetchval("SHOW fsync")
    return results


async def _run() -> dict[str, Any]:
    async with AsyncExitStack() as stack:
        dsn = os.environ.get("DATABASE_URL", "")
        if not dsn:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="pdpg-bench-"))
            dsn = await stack.enter_async_context(
                _resource(embedded_database(Path(tmp) / "pgdata", "pdp_gateway_bench", "delete"))
            )
        pool = await create_pool(dsn, min_size=max(CONCURRENCY), max_size=max(CONCURRENCY))
        stack.push_async_callback(pool.close)
        return await _bench(pool)


class _resource:  # noqa: N801 - reads like contextlib's helpers
    """An async-generator resource (as given to dependency-injector) used as an async context manager."""

    def __init__(self, gen: Any) -> None:
        self._gen = gen

    async def __aenter__(self) -> Any:
        return await self._gen.__anext__()

    async def __aexit__(self, *exc: object) -> None:
        await self._gen.aclose()


def run() -> dict[str, Any]:
    return asyncio.run(_run())


def main() -> None:
    results = run()
    print(
        f"PostgreSQL {results['server']} (synchronous_commit={results['synchronous_commit']}, fsync={results['fsync']})"
    )
    print(f"validator: {results['validator']}; {results['duration_s']} s per measure; commits per second")
    print(
        f"{'concurrency':>11} {'bare asyncpg':>13} {'submit_invoice':>15} {'ratio':>7} {'(32 companies)':>15}"
    )
    for c in CONCURRENCY:
        print(
            f"{c:>11} {results['bare'][c]:>13.1f} {results['use_case'][c]:>15.1f}"
            f" {results['ratio_use_case_to_bare'].get(c, 0):>7.3f} {results['use_case_many_companies'][c]:>15.1f}"
        )


if __name__ == "__main__":
    main()
