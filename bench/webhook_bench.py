"""Webhook intake: verified-and-persisted deliveries per second and latency, against a bare ASGI handler.

Both run on the same uvicorn (in this process's loop, as in the gateway) with the same httpx client at the same
concurrency; the bare handler reads the body and answers `{}` (no verification, no database): the ceiling.
The gateway path: IOPOLE HMAC check + INSERT into the embedded PostgreSQL inbox (with its NOTIFY trigger) before
the 2xx. Run: python -m bench.webhook_bench. Figures are printed, never asserted.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))

from starlette.applications import Starlette  # noqa: E402

from adapters.pdp.iopole_signing import signed_headers  # noqa: E402
from adapters.pdp.secret import Secret  # noqa: E402
from adapters.postgres.embedded import embedded_database  # noqa: E402
from adapters.postgres.inbox import PgInbox  # noqa: E402
from adapters.postgres.migrate import migrate  # noqa: E402
from adapters.postgres.pool import create_pool  # noqa: E402
from adapters.webhook.routes import IOPOLE_STATUS_PATH, WebhookEndpoints  # noqa: E402
from adapters.webhook.verifiers import AfnorVerifier, IopoleVerifier  # noqa: E402
from service.http import http_server  # noqa: E402

SECRET = "bench-webhook-secret-0123456789abcdef0123"
CONCURRENCY = 24
DELIVERIES = 4000
WARMUP = 200


async def bare_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": b"{}"})


@contextlib.asynccontextmanager
async def serving(app: Any) -> AsyncIterator[str]:
    server = http_server(app, "127.0.0.1", 0, 1.0)
    server.config.load()
    server.lifespan = server.config.lifespan_class(server.config)
    await server.startup()
    port = server.servers[0].sockets[0].getsockname()[1]
    task = asyncio.create_task(server.main_loop())
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        await server.shutdown()


def _request(i: int) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {
            "invoiceId": str(uuid.uuid4()),
            "statusId": str(uuid.uuid4()),
            "date": "2026-11-20T10:00:00Z",
            "status": {"code": "RECEIVED", "networkCode": "RECEIVED"},
            "json": {"responses": []},
        },
        separators=(",", ":"),
    ).encode()
    headers = signed_headers(
        SECRET,
        timestamp_ms=time.time_ns() // 1_000_000,
        method="POST",
        path_with_query=IOPOLE_STATUS_PATH,
        payload=body,
        idempotency_key=str(uuid.uuid4()),
    )
    headers["Content-Type"] = "application/json"
    return body, headers


async def _drive(base_url: str, count: int) -> tuple[float, list[float], int]:
    requests = [_request(i) for i in range(count)]
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue[tuple[bytes, dict[str, str]]] = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:

        async def worker() -> None:
            nonlocal failures
            while not queue.empty():
                body, headers = queue.get_nowait()
                started = time.perf_counter()
                response = await client.post(IOPOLE_STATUS_PATH, content=body, headers=headers)
                latencies.append(time.perf_counter() - started)
                failures += response.status_code != 200

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        elapsed = time.perf_counter() - started
    return elapsed, latencies, failures


def _drive_in_child(base_url: str, count: int) -> tuple[float, list[float], int]:
    return asyncio.run(_drive(base_url, count))


async def _load(base_url: str, count: int) -> tuple[float, list[float], int]:
    """The load generator runs in another process: an httpx client costs as much CPU as the server it measures."""
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        await loop.run_in_executor(pool, _drive_in_child, base_url, WARMUP)
        return await loop.run_in_executor(pool, _drive_in_child, base_url, count)


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000


async def _bench() -> dict[str, float]:
    results: dict[str, float] = {}
    async with serving(bare_app) as url:
        elapsed, lat, failures = await _load(url, DELIVERIES)
    results.update(bare_rate=DELIVERIES / elapsed, bare_p50=_p(lat, 50), bare_p99=_p(lat, 99))
    with tempfile.TemporaryDirectory(prefix="pdpg-bench-") as tmp:
        async for dsn in embedded_database(Path(tmp) / "pgdata", "bench", cleanup_mode="delete"):
            pool = await create_pool(dsn, min_size=4, max_size=CONCURRENCY)
            try:
                async with pool.acquire() as conn:
                    await migrate(conn)
                endpoints = WebhookEndpoints(
                    PgInbox(pool), iopole=IopoleVerifier(Secret(SECRET)), afnor=AfnorVerifier(Secret(""))
                )
                async with serving(Starlette(routes=endpoints.routes())) as url:
                    elapsed, lat, failures = await _load(url, DELIVERIES)
                stored = await pool.fetchval("SELECT count(*) FROM webhook_inbox")
            finally:
                await pool.close()
    results.update(
        gw_rate=DELIVERIES / elapsed,
        gw_p50=_p(lat, 50),
        gw_p99=_p(lat, 99),
        gw_failures=failures,
        stored=stored,
    )
    return results


def run() -> dict[str, float]:
    r = asyncio.run(_bench())
    print(
        f"webhook intake, {DELIVERIES} signed IOPOLE status callbacks, httpx concurrency {CONCURRENCY}, one uvicorn"
    )
    print(
        f"  bare ASGI (ceiling):          {r['bare_rate']:8.0f}/s   p50 {r['bare_p50']:6.2f} ms   p99 {r['bare_p99']:6.2f} ms"
    )
    print(
        f"  verified + persisted (inbox): {r['gw_rate']:8.0f}/s   p50 {r['gw_p50']:6.2f} ms   p99 {r['gw_p99']:6.2f} ms"
    )
    print(
        f"  ratio gateway/bare: {r['gw_rate'] / r['bare_rate']:.2f}   non-2xx: {r['gw_failures']:.0f}   "
        f"rows stored: {r['stored']:.0f} (warm-up included)"
    )
    print(
        f"  target >= 1000/s and p99 < 50 ms: {'met' if r['gw_rate'] >= 1000 and r['gw_p99'] < 50 else 'NOT met'}"
    )
    return r


if __name__ == "__main__":
    run()
