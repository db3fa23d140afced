"""The send stage against the AFNOR XP Z12-013 simulator (in a process of its own), with its bare upload rate in the
same run: the AFNOR counterpart of pipeline_bench's stages (b) and (c).

  (b) send stage: a backlog of READY invoices -> SENT through AfnorPdpGateway (POST /v1/flows, multipart file +
      flowInfo), only the send step running (its directory preflight included, cached as in production);
  (c) bare upload rate: raw multipart POSTs of file + flowInfo over the same HTTP client, before and after (b), the
      higher of the two; target (b)/(c) >= 0.5, as for IOPOLE.
Every invoice is checked deposited exactly once (the simulator's count per sha256).

Run: python -m bench.afnor_send_bench (repository root). Env: BENCH_AFNOR_STAGE (invoices per round, default 1000),
BENCH_AFNOR_ROUNDS (default 2), DOCUMENT_FORMAT (default cii). Figures are printed.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from adapters.pdp.afnor.client import AfnorPdpGateway  # noqa: E402
from adapters.pdp.afnor.config import AfnorConfig  # noqa: E402
from adapters.pdp.calls import Pacing
from adapters.pdp.http_pool import platform_http_client  # noqa: E402
from adapters.pdp.retry import RetryPolicy  # noqa: E402
from adapters.pdp.timeouts import Timeouts  # noqa: E402
from adapters.postgres.embedded import embedded_database  # noqa: E402
from bench.pipeline_bench import (  # noqa: E402
    CONFIG,
    PDP_CONNECTIONS,
    SEND_RATIO_TARGET,
    _pipeline,
    _span,
    _stage,
    _submit,
    _wait_all,
)
from bench.platform_bench import CONCURRENCY, UPLOADS, WARMUP, _document, _run_pool  # noqa: E402
from domain.emission import ProcessingState  # noqa: E402
from domain.pipeline_ports import OutboxKind  # noqa: E402
from domain.platform_profile import PlatformOptions  # noqa: E402
from service.wiring.event_loop import run as run_loop  # noqa: E402
from service.workers.pipeline.processing import PoolDocumentProcessor  # noqa: E402
from tests.support.pipeline import processor  # noqa: E402
from tests.support.simulators.process import SimulatorProcess  # noqa: E402


async def bare_uploads(sim: SimulatorProcess) -> float:
    """Raw POST /v1/flows (file + flowInfo) per second, CONCURRENCY in flight, the adapter's HTTP client."""
    env = sim.env()
    async with platform_http_client(PDP_CONNECTIONS) as http:
        token = await http.post(
            env["AFNOR_TOKEN_URL"],
            data={
                "grant_type": "client_credentials",
                "client_id": env["AFNOR_CLIENT_ID"],
                "client_secret": env["AFNOR_CLIENT_SECRET"],
            },
        )
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        run = time.monotonic_ns()

        async def bare(i: int) -> None:
            info = {"name": f"B-{i}.xml", "flowSyntax": "CII", "trackingId": f"bare-{run}-{i}"}
            response = await http.post(
                env["AFNOR_FLOW_URL"] + "/v1/flows",
                files=[
                    ("file", (f"B-{i}.xml", _document(i), "application/xml")),
                    ("flowInfo", (None, json.dumps(info).encode(), "application/json")),
                ],
                headers=headers,
            )
            response.raise_for_status()

        await _run_pool(WARMUP, bare)
        return await _run_pool(UPLOADS, bare)


async def _round(
    dsn: str, proc: PoolDocumentProcessor, sim: SimulatorProcess, count: int
) -> tuple[float, float]:
    """(send stage invoices/s, bare uploads/s: the higher of before and after)."""
    before = await bare_uploads(sim)
    async with _pipeline(dsn, proc) as pipeline, platform_http_client(PDP_CONNECTIONS) as http:
        config = AfnorConfig.from_env(
            sim.env(), timeouts=Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=5))
        )
        pdp = AfnorPdpGateway(
            http, config, pacing=Pacing(RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.1))
        )
        ids = await _submit(pipeline, count)
        async with _stage(pipeline, pdp, OutboxKind.RENDER_VALIDATE):
            await _wait_all(pipeline, ids, ProcessingState.READY)
        started = time.perf_counter()
        async with _stage(pipeline, pdp, OutboxKind.SEND):
            await _wait_all(pipeline, ids, ProcessingState.SENT)
        send = count / (time.perf_counter() - started)
        rows = await pipeline.invoices(ids)
        assert {r["state"] for r in rows.values()} == {ProcessingState.SENT.value}
        counts = sim.upload_counts()
        uploads = {counts.get(r["document_sha256"], 0) for r in rows.values()}
        assert uploads == {1}, f"deposits per document: {sorted(uploads)}"
    after = await bare_uploads(sim)
    return send, max(before, after)


async def _bench() -> dict[str, float]:
    per_round = int(os.environ.get("BENCH_AFNOR_STAGE", "1000"))
    rounds_wanted = int(os.environ.get("BENCH_AFNOR_ROUNDS", "2"))
    proc = processor(CONFIG.document_format, workers=CONFIG.workers)
    rounds: list[tuple[float, float]] = []
    try:
        with SimulatorProcess("afnor") as sim, tempfile.TemporaryDirectory(prefix="pdpg-afnor-bench-") as tmp:
            async for dsn in embedded_database(Path(tmp) / "pgdata", "bench", cleanup_mode="delete"):
                await _round(dsn, proc, sim, 100)  # warm-up: pool workers compile the artifacts
                for _ in range(rounds_wanted):
                    rounds.append(await _round(dsn, proc, sim, per_round))
    finally:
        proc.close()
    sends, bares = [r[0] for r in rounds], [r[1] for r in rounds]
    ratios = [s / b for s, b in rounds]
    ratio = statistics.median(ratios)
    ratio_text = _span(ratios, "{:.2f}")
    print(
        f"AFNOR send bench: {os.cpu_count()} cores shared with PostgreSQL and the simulator process; "
        f"{len(rounds)} rounds of {per_round} invoices, concurrency {CONCURRENCY}, DOCUMENT_FORMAT="
        f"{CONFIG.document_format}"
    )
    print(f"  (b) send stage (AFNOR)           : {_span(sends)} invoices/s READY->SENT")
    print(f"  (c) simulator bare POST /v1/flows: {_span(bares)} uploads/s (the higher of before and after)")
    print(
        f"      send stage / bare            : {ratio_text} (target >= {SEND_RATIO_TARGET}: "
        f"{'met' if ratio >= SEND_RATIO_TARGET else 'NOT met'})"
    )
    return {
        "afnor_send_per_s": statistics.median(sends),
        "afnor_bare_per_s": statistics.median(bares),
        "ratio": ratio,
    }


def run() -> dict[str, float]:
    return run_loop(_bench())


if __name__ == "__main__":
    run()
