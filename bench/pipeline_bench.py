"""Transmission pipeline, stage by stage, against the IOPOLE simulator running in a process of its own.

Targets in issues are per stage. One run measures:
  (a) the render + official validation stage alone (ACCEPTED -> READY, no send step running; CPU-bound, process pool);
  (b) the send stage alone (a backlog of READY invoices -> SENT at the simulator, only the send step running);
  (c) the simulator's bare upload rate (raw multipart POSTs, the ceiling) around each round (the higher of the
      runs before and after); target for (b)/(c): >= 0.5;
  (d) the whole pipeline from a full outbox (submit -> SENT, every step): the rate the whole pipeline sustains here;
  (e) a steady offered rate (default 100 invoices/s): p50/p99 submit -> 200 (target p99 < 1 s), and whether the
      offer was kept up with; (e') when that rate is above 70% of (d), the same at 70% of (d), a rate this
      machine sustains.
Every upload is checked exactly once per document (sha256) with the simulator's own counts.

Run: python -m bench.pipeline_bench (repository root). Env: BENCH_RATE (offered invoices/s, default 100),
BENCH_SECONDS (default 20), BENCH_STAGE (invoices per staged round, default 1000), BENCH_ROUNDS (default 3),
BENCH_BURST (invoices per burst of (d), BENCH_ROUNDS bursts, default 1000), DOCUMENT_FORMAT (default cii).
Figures are printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx

from adapters.postgres.outage import is_outage

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from adapters.pdp.http_pool import platform_http_client  # noqa: E402
from adapters.postgres.embedded import embedded_database  # noqa: E402
from adapters.postgres.outbox_source import PgOutboxSource  # noqa: E402
from bench.cpu import cpu_seconds, postgres_cpu, spent  # noqa: E402
from bench.platform_bench import _measure as measure_bare_uploads  # noqa: E402
from domain.emission import ProcessingState  # noqa: E402
from domain.pipeline_ports import OutboxKind  # noqa: E402
from domain.platform import PdpGateway  # noqa: E402
from service.wiring.event_loop import run as run_loop  # noqa: E402
from service.workers.pipeline.config import PipelineConfig  # noqa: E402
from service.workers.pipeline.dispatcher import Dispatcher  # noqa: E402
from service.workers.pipeline.processing import PoolDocumentProcessor  # noqa: E402
from service.workers.pipeline.steps import give_up  # noqa: E402
from tests.support.pipeline import (  # noqa: E402
    TERMINAL,
    PgPipeline,
    fresh_database,
    iopole_gateway,
    processor,
    running,
)
from tests.support.simulators.process import SimulatorProcess  # noqa: E402
from tests.support.supervision import supervised  # noqa: E402

CONFIG = PipelineConfig(
    document_format=os.environ.get("DOCUMENT_FORMAT", "cii"),
    concurrency=32,
    batch_size=32,
    lease_s=30,
    poll_interval_s=0.5,
    backoff_base_s=0.1,
    backoff_cap_s=2,
)
P99_TARGET_S = 1.0
SEND_RATIO_TARGET = 0.5
PDP_CONNECTIONS = 20  # service/wiring/config.yml pdp.max_connections
POLL_S = 0.02  # how often the bench checks whether a stage is done: at most that much added to its time
SUSTAINABLE = 0.7  # when the wanted rate exceeds this share of (d), (e') offers this share of (d) as well


@dataclass
class Round:
    bare: float  # uploads/s, raw multipart POSTs: the higher of the runs just before and just after (b)
    adapter: float  # uploads/s through IopolePdpGateway alone
    render: float  # invoices/s, stage (a)
    send: float  # invoices/s, stage (b)
    send_cpu_ms: float  # CPU of this process per invoice during (b): dispatcher + asyncpg + httpx
    sim_cpu_ms: float  # CPU of the simulator's process per upload during (b): a real platform's is not ours
    db_cpu_ms: float  # CPU of PostgreSQL's processes per invoice during (b)

    @property
    def ratio(self) -> float:
        return self.send / self.bare


def _platform_http() -> httpx.AsyncClient:
    """As service.wiring.platforms opens it (PDP_MAX_CONNECTIONS connections in small pools)."""
    return platform_http_client(PDP_CONNECTIONS)


@contextlib.asynccontextmanager
async def _pipeline(server_dsn: str, proc: PoolDocumentProcessor) -> AsyncIterator[PgPipeline]:
    async with fresh_database(server_dsn) as pool:
        pipeline = PgPipeline(pool, proc, CONFIG)
        await pipeline.journal.start()
        try:
            yield pipeline
        finally:
            await pipeline.journal.stop()


@contextlib.asynccontextmanager
async def _stage(pipeline: PgPipeline, pdp: PdpGateway, *kinds: OutboxKind) -> AsyncIterator[None]:
    """A dispatcher running only the steps of `kinds`; rows of other kinds wait in the outbox."""
    source = PgOutboxSource(pipeline.pool, kinds=kinds)
    steps = pipeline.steps(pdp)
    dispatcher = Dispatcher(
        source,
        {k: steps[k] for k in kinds},
        pipeline.ctx,  # its config is CONFIG
        give_up=partial(give_up, pipeline.ctx),
        is_outage=is_outage,
    )
    async with supervised(outbox_listener=source.listen), running(dispatcher):
        yield


async def _wait_all(
    pipeline: PgPipeline, ids: Sequence[str], state: ProcessingState, timeout: float = 600.0
) -> None:
    """Until every invoice is in `state` or a terminal one. Each stage runs on a fresh database holding only its
    invoices, so the poll (every POLL_S) counts those not there yet without sending their ids: with thousands of
    ids, encoding them on every poll would be a load of its own on the dispatcher's process, charged to the stage
    measured (as re-counting on each event notification, PgPipeline.wait_for, would be on PostgreSQL)."""
    wanted = sorted({state.value, *(s.value for s in TERMINAL)})
    assert await pipeline.pool.fetchval("SELECT count(*) FROM invoices") == len(ids), (
        "a fresh database per stage"
    )
    deadline = time.monotonic() + timeout
    while await pipeline.pool.fetchval(
        "SELECT count(*) FROM invoices WHERE NOT state = any($1::text[])", wanted
    ):
        if time.monotonic() > deadline:
            raise TimeoutError(f"invoices not {state.value} after {timeout} s")
        await asyncio.sleep(POLL_S)


async def _submit(pipeline: PgPipeline, count: int) -> list[str]:
    ids: list[str] = []
    while len(ids) < count:
        ids += await pipeline.submit(min(100, count - len(ids)))
    return ids


async def _check_sent_once(pipeline: PgPipeline, sim: SimulatorProcess, ids: Sequence[str]) -> None:
    """Every invoice SENT, and the simulator holds exactly one upload of each document."""
    rows = await pipeline.invoices(ids)
    states = {r["state"] for r in rows.values()}
    assert states == {ProcessingState.SENT.value}, states
    counts = sim.upload_counts()
    uploads = [counts.get(r["document_sha256"], 0) for r in rows.values()]
    assert set(uploads) == {1}, f"uploads per document: {sorted(set(uploads))}"


async def _staged(server_dsn: str, proc: PoolDocumentProcessor, sim: SimulatorProcess, count: int) -> Round:
    """(c) around (a) and (b) on the same invoices: all rendered first, then all sent. The ceiling is the higher of
    the bare rates before and after: a dip from a neighbour's load in one of them does not flatter the ratio."""
    bare_before, adapter = await measure_bare_uploads(sim)
    assert adapter is not None
    async with _pipeline(server_dsn, proc) as pipeline, _platform_http() as http:
        pdp = iopole_gateway(sim, http, attempts=3)
        ids = await _submit(pipeline, count)
        started = time.perf_counter()
        async with _stage(pipeline, pdp, OutboxKind.RENDER_VALIDATE):
            await _wait_all(pipeline, ids, ProcessingState.READY)
        render = count / (time.perf_counter() - started)
        db_before = await postgres_cpu(pipeline.pool)
        started, cpu, sim_cpu = time.perf_counter(), time.process_time(), cpu_seconds(sim.pid)
        async with _stage(pipeline, pdp, OutboxKind.SEND):
            await _wait_all(pipeline, ids, ProcessingState.SENT)
        send = count / (time.perf_counter() - started)
        send_cpu_ms = (time.process_time() - cpu) * 1000 / count
        sim_cpu_ms = (cpu_seconds(sim.pid) - sim_cpu) * 1000 / count
        db_cpu_ms = spent(db_before, await postgres_cpu(pipeline.pool)) * 1000 / count
        await _check_sent_once(pipeline, sim, ids)
    bare_after, _ = await measure_bare_uploads(sim, adapter_too=False)
    return Round(max(bare_before, bare_after), adapter, render, send, send_cpu_ms, sim_cpu_ms, db_cpu_ms)


async def _burst(server_dsn: str, proc: PoolDocumentProcessor, sim: SimulatorProcess, count: int) -> float:
    """(d) invoices/s from a full outbox to all SENT, every step in one dispatcher."""
    async with _pipeline(server_dsn, proc) as pipeline, _platform_http() as http:
        async with supervised(outbox_listener=pipeline.source.listen):
            pdp = iopole_gateway(sim, http, attempts=3)
            ids = await _submit(pipeline, count)
            started = time.perf_counter()
            async with running(pipeline.dispatcher(pdp)):
                await _wait_all(pipeline, ids, ProcessingState.SENT)
            elapsed = time.perf_counter() - started
            await _check_sent_once(pipeline, sim, ids)
    return count / elapsed


async def _steady(
    server_dsn: str, proc: PoolDocumentProcessor, sim: SimulatorProcess, rate: float, seconds: float
) -> dict[str, float]:
    """(e) offer `rate` invoices/s for `seconds`; latency = submit commit -> platform accepted (200 Déposée)."""
    async with _pipeline(server_dsn, proc) as pipeline, _platform_http() as http:
        async with supervised(outbox_listener=pipeline.source.listen):
            pdp = iopole_gateway(sim, http, attempts=3)
            ids: list[str] = []
            tick = 0.1
            per_tick = max(1, round(rate * tick))  # whole invoices: the rate offered is per_tick / tick
            async with running(pipeline.dispatcher(pdp)):
                started = time.perf_counter()
                for k in range(
                    round(seconds / tick)
                ):  # a fixed schedule: a late submitter shows as a lower rate
                    await asyncio.sleep(max(0.0, started + k * tick - time.perf_counter()))
                    ids += await pipeline.submit(per_tick)
                offered_for = max(time.perf_counter() - started, seconds)
                await _wait_all(pipeline, ids, ProcessingState.SENT)
                drained_after = max(0.0, time.perf_counter() - started - offered_for)
            await _check_sent_once(pipeline, sim, ids)
            rows = await pipeline.pool.fetch(
                """SELECT extract(epoch FROM e.at - i.created_at) AS latency
                     FROM invoices i JOIN invoice_events e ON e.invoice_id = i.id AND e.kind = 'SENT'"""
            )
    latencies = sorted(float(r["latency"]) for r in rows)
    return {
        "wanted_per_s": per_tick / tick,
        "offered_per_s": len(ids) / offered_for,
        "p50_s": statistics.median(latencies),
        "p99_s": latencies[int(0.99 * (len(latencies) - 1))],
        "drain_after_offer_s": drained_after,
        "invoices": float(len(ids)),
    }


def _span(values: Sequence[float], fmt: str = "{:.1f}") -> str:
    """median [min-max] over the rounds."""
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(statistics.median(values))} [{fmt.format(min(values))}-{fmt.format(max(values))}]"


async def _bench() -> dict[str, float]:
    rate = float(os.environ.get("BENCH_RATE", "100"))
    seconds = float(os.environ.get("BENCH_SECONDS", "20"))
    per_round = int(os.environ.get("BENCH_STAGE", "1000"))
    rounds_wanted = int(os.environ.get("BENCH_ROUNDS", "3"))
    burst = int(os.environ.get("BENCH_BURST", "1000"))
    proc = processor(CONFIG.document_format, workers=CONFIG.workers)
    rounds: list[Round] = []
    try:
        with SimulatorProcess() as sim, tempfile.TemporaryDirectory(prefix="pdpg-bench-") as tmp:
            async for dsn in embedded_database(Path(tmp) / "pgdata", "bench", cleanup_mode="delete"):
                await _burst(dsn, proc, sim, 100)  # warm-up: pool workers compile the artifacts
                for _ in range(rounds_wanted):
                    rounds.append(await _staged(dsn, proc, sim, per_round))
                wholes = [await _burst(dsn, proc, sim, burst) for _ in range(rounds_wanted)]
                whole = statistics.median(wholes)
                steady = await _steady(dsn, proc, sim, rate, seconds)
                within = None
                if (
                    rate > SUSTAINABLE * whole
                ):  # the latency target holds at a rate the whole pipeline sustains
                    within = await _steady(dsn, proc, sim, SUSTAINABLE * whole, seconds)
    finally:
        proc.close()
    ratios = [r.ratio for r in rounds]
    print(
        f"pipeline bench: {os.cpu_count()} cores (shared with PostgreSQL, the simulator process and the "
        f"{CONFIG.workers} render/validate processes), DOCUMENT_FORMAT={CONFIG.document_format}, dispatcher "
        f"concurrency {CONFIG.concurrency}; simulator in its own process; {len(rounds)} staged rounds of "
        f"{per_round} invoices: median [min-max]"
    )
    print(
        f"  (a) render+validate stage        : {_span([r.render for r in rounds])} invoices/s ACCEPTED->READY"
    )
    print(
        f"  (b) send stage                   : {_span([r.send for r in rounds])} invoices/s READY->SENT "
        f"(CPU per invoice: dispatcher's process {_span([r.send_cpu_ms for r in rounds])} ms, PostgreSQL "
        f"{_span([r.db_cpu_ms for r in rounds])} ms, simulator {_span([r.sim_cpu_ms for r in rounds])} ms)"
    )
    print(
        f"  (c) simulator bare upload rate   : {_span([r.bare for r in rounds])} uploads/s "
        f"(adapter alone {_span([r.adapter for r in rounds])}/s)"
    )
    print(
        f"      send stage / bare            : {_span(ratios, '{:.2f}')} (target >= {SEND_RATIO_TARGET}: "
        f"{'met' if statistics.median(ratios) >= SEND_RATIO_TARGET else 'NOT met'})"
    )
    print(
        f"  {f'(d) whole pipeline, {burst} burst':<33}: {_span(wholes)} invoices/s submitted->SENT, all steps: "
        f"the rate the whole pipeline sustains on this machine"
    )
    _print_steady("(e) steady offer", steady, seconds)
    if within is not None:
        _print_steady(f"(e') steady at {SUSTAINABLE:.0%} of (d)", within, seconds)
    figures = {
        "render_invoices_per_s": statistics.median(r.render for r in rounds),
        "send_invoices_per_s": statistics.median(r.send for r in rounds),
        "bare_uploads_per_s": statistics.median(r.bare for r in rounds),
        "send_over_bare": statistics.median(ratios),
        "pipeline_invoices_per_s": whole,
        "sustained": float(_sustained(steady)),
        **steady,
    }
    if within is not None:
        figures |= {"sustainable_rate_per_s": within["offered_per_s"], "sustainable_p99_s": within["p99_s"]}
    return figures


def _sustained(steady: dict[str, float]) -> bool:
    """The offer was kept on schedule and the backlog was gone within a second after it."""
    return steady["offered_per_s"] >= 0.95 * steady["wanted_per_s"] and steady["drain_after_offer_s"] < 1.0


def _print_steady(label: str, steady: dict[str, float], seconds: float) -> None:
    sustained = "sustained" if _sustained(steady) else "NOT sustained"
    p99_met = "met" if steady["p99_s"] < P99_TARGET_S else "NOT met"
    print(
        f"  {label:<33}: {steady['offered_per_s']:.1f} invoices/s for {seconds:.0f} s "
        f"({steady['invoices']:.0f} invoices, {steady['wanted_per_s']:.0f}/s wanted); backlog drained "
        f"{steady['drain_after_offer_s']:.2f} s after the offer: {sustained}"
    )
    print(
        f"      submit -> 200 p50 / p99      : {steady['p50_s'] * 1000:.0f} / {steady['p99_s'] * 1000:.0f} ms "
        f"(target p99 < {P99_TARGET_S * 1000:.0f} ms: {p99_met})"
    )


def run() -> dict[str, float]:
    return run_loop(_bench())


if __name__ == "__main__":
    run()
