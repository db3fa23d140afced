"""Transmission pipeline throughput and latency: PostgreSQL outbox -> render + official validation (process pool)
-> IOPOLE adapter -> the local simulator, with the simulator's bare upload rate measured in the same run.

Run: python -m bench.pipeline_bench (repository root). Env: BENCH_RATE (offered invoices/s, default 100),
BENCH_SECONDS (default 20), BENCH_BURST (default 1000), DOCUMENT_FORMAT (default cii). Figures are printed.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from adapters.pdp.simulator.iopole_app import IopoleSimulator  # noqa: E402
from adapters.postgres.embedded import embedded_database  # noqa: E402
from bench.platform_bench import _measure as measure_bare_uploads  # noqa: E402
from service.pipeline.config import PipelineConfig  # noqa: E402
from tests.support.pipeline import PgPipeline, fresh_database, iopole_gateway, processor, running  # noqa: E402

CONFIG = PipelineConfig(document_format=os.environ.get("DOCUMENT_FORMAT", "cii"), concurrency=32, batch_size=32,
                        lease_s=30, poll_interval_s=0.5, backoff_base_s=0.1, backoff_cap_s=2)


async def _burst(server_dsn: str, proc, count: int) -> float:  # noqa: ANN001
    """Invoices/s from a full outbox to all SENT (one dispatcher)."""
    async with fresh_database(server_dsn) as pool:
        pipeline = PgPipeline(pool, proc, CONFIG)
        await pipeline.source.start()
        with IopoleSimulator() as sim:
            async with httpx.AsyncClient() as http:
                pdp = iopole_gateway(sim, http, attempts=3)
                ids = []
                for _ in range(count // 100):
                    ids += await pipeline.submit(100)
                started = time.perf_counter()
                async with running(pipeline.dispatcher(pdp)):
                    await pipeline.wait_for(ids, timeout=600)
                elapsed = time.perf_counter() - started
                assert sum(sim.uploads_by_sha256.values()) == len(ids)
        await pipeline.source.close()
    return count / elapsed


async def _steady(server_dsn: str, proc, rate: float, seconds: float) -> dict[str, float]:  # noqa: ANN001
    """Offer `rate` invoices/s for `seconds`; latency = submit commit -> platform accepted (status 200 Déposée)."""
    async with fresh_database(server_dsn) as pool:
        pipeline = PgPipeline(pool, proc, CONFIG)
        await pipeline.source.start()
        with IopoleSimulator() as sim:
            async with httpx.AsyncClient() as http:
                pdp = iopole_gateway(sim, http, attempts=3)
                ids: list[str] = []
                tick = 0.1
                per_tick = max(1, round(rate * tick))
                async with running(pipeline.dispatcher(pdp)):
                    started = time.perf_counter()
                    next_at = started
                    while time.perf_counter() - started < seconds:
                        ids += await pipeline.submit(per_tick)
                        next_at += tick
                        await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
                    offered_for = time.perf_counter() - started
                    await pipeline.wait_for(ids, timeout=600)
                    drained_after = time.perf_counter() - started - offered_for
                rows = await pool.fetch(
                    """SELECT extract(epoch FROM e.at - i.created_at) AS latency
                         FROM invoices i JOIN invoice_events e ON e.invoice_id = i.id AND e.kind = 'SENT'""")
        await pipeline.source.close()
    latencies = sorted(float(r["latency"]) for r in rows)
    return {
        "offered_per_s": len(ids) / offered_for,
        "p50_s": statistics.median(latencies),
        "p99_s": latencies[int(0.99 * (len(latencies) - 1))],
        "drain_after_offer_s": drained_after,
        "invoices": float(len(ids)),
    }


async def _bench() -> dict[str, float]:
    rate = float(os.environ.get("BENCH_RATE", "100"))
    seconds = float(os.environ.get("BENCH_SECONDS", "20"))
    burst = int(os.environ.get("BENCH_BURST", "1000"))
    with IopoleSimulator() as sim:
        bare_rate, adapter_rate = await measure_bare_uploads(sim)
    proc = processor(CONFIG.document_format, workers=CONFIG.workers)
    try:
        with tempfile.TemporaryDirectory(prefix="pdpg-bench-") as tmp:
            async for dsn in embedded_database(Path(tmp) / "pgdata", "bench", cleanup_mode="delete"):
                await _burst(dsn, proc, 100)  # warm-up: pool workers compile the artifacts
                throughput = await _burst(dsn, proc, burst)
                steady = await _steady(dsn, proc, rate, seconds)
    finally:
        proc.close()
    ratio = throughput / bare_rate
    print(f"pipeline bench: {os.cpu_count()} cores, DOCUMENT_FORMAT={CONFIG.document_format}, "
          f"{CONFIG.workers} render/validate processes, dispatcher concurrency {CONFIG.concurrency}; simulator and "
          f"dispatcher share one process (simulator in a thread)")
    print(f"  simulator bare upload rate       : {bare_rate:8.1f} uploads/s (adapter alone {adapter_rate:.1f}/s)")
    print(f"  pipeline burst ({burst} invoices)   : {throughput:8.1f} invoices/s submitted->SENT")
    print(f"  pipeline / bare                  : {ratio:8.2f}")
    print(f"  steady offered rate              : {steady['offered_per_s']:8.1f} invoices/s for {seconds:.0f} s "
          f"({steady['invoices']:.0f} invoices)")
    print(f"  submit -> 200 (accepted) p50/p99 : {steady['p50_s'] * 1000:8.0f} / {steady['p99_s'] * 1000:.0f} ms")
    print(f"  backlog drained after the offer  : {steady['drain_after_offer_s']:8.2f} s "
          f"({'sustained' if steady['drain_after_offer_s'] < 2 else 'NOT sustained'})")
    return {"bare_uploads_per_s": bare_rate, "pipeline_invoices_per_s": throughput, "ratio": ratio, **steady}


def run() -> dict[str, float]:
    return asyncio.run(_bench())


if __name__ == "__main__":
    run()
