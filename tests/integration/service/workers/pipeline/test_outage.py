"""A platform outage on real PostgreSQL and a real localhost HTTP platform (the IOPOLE simulator): an upload answered
503, then the platform refusing connections for longer than the invoice's attempts would last, then back. The
invoice waits without spending an attempt, the outage is visible in the operations figures, and once the platform is
back the invoice is deposited exactly once. A fixed clock stands for the hours: no test waits."""

from __future__ import annotations

import functools
import socket
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx

from adapters.postgres.database_clock import DatabaseClock, database_now
from adapters.postgres.operations import PgOperationsReader, operations_snapshot
from domain.emission import ProcessingState
from domain.operations import GivenUp
from domain.platform import PdpGateway
from domain.platform_breaker import Breaker, Breakers
from service.usecases.emission.retry import retry_given_up, retry_invoice
from service.workers.pipeline.steps import StepContext
from tests.fakes import FixedClock
from tests.support.pipeline import PgPipeline, iopole_gateway
from tests.support.simulators.faults import Fault
from tests.support.simulators.iopole_app import IopoleSimulator

PLATFORM = "sandbox"  # the platform profile PgPipeline's send step records (tests.support.pipeline)


def ahead_of_the_database() -> FixedClock:
    """A clock the steps decide by, an hour ahead of the database's: every row they give back waits (in the
    database's time) until the test makes it due; only the rows the database dates itself are due at once."""
    return FixedClock(datetime.now(UTC) + timedelta(hours=1))


def closed_port() -> int:
    """A localhost port nobody listens on: connecting is refused, as to a platform that is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Refusing:
    """The simulator's settings with its addresses on a closed port: its API and its token endpoint refuse."""

    def __init__(self, sim: IopoleSimulator) -> None:
        self._env = sim.env()
        self._url = f"http://127.0.0.1:{closed_port()}"

    def env(self) -> dict[str, str]:
        return {**self._env, "IOPOLE_API_BASE": self._url, "IOPOLE_AUTH_URL": f"{self._url}/oauth/token"}


async def run_due(pipeline: PgPipeline, pdp: PdpGateway) -> int:
    """Every row due now, once each (in the database's time: the fixed clock dates only what the steps decide)."""
    dispatcher = pipeline.dispatcher(pdp, owner="outage-test")
    ran = 0
    while claimed := await pipeline.source.claim("outage-test", 10, pipeline.config.lease_s):
        for message in claimed:
            await dispatcher.handle(message)
            ran += 1
    return ran


async def test_an_invoice_waits_out_a_503_then_refused_connections_and_is_deposited_once_when_the_platform_is_back(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    clock = ahead_of_the_database()
    start = clock.now()
    pipeline.config = replace(pipeline.config, outage_patience_s=6 * 3600.0)
    pipeline.clock = clock  # type: ignore[assignment]
    pipeline.ctx = StepContext(uow=pipeline.ctx.uow, clock=clock, config=pipeline.config)
    up = iopole_gateway(sim, http)
    down = iopole_gateway(Refusing(sim), http)  # type: ignore[arg-type]
    send_row = "SELECT attempts, payload, done_at FROM outbox WHERE kind = 'send'"
    [invoice_id] = await pipeline.submit(1)

    # The upload is answered 503 (the platform did not keep it): an unknown outcome, and the platform's outage.
    sim.faults.push(Fault.error(503, endpoint="upload"))
    await run_due(pipeline, up)
    assert len(sim.faults) == 0
    row = await pipeline.pool.fetchrow(send_row)
    assert row["attempts"] == 0 and row["payload"]["outage"]["platform"] == PLATFORM

    # Then it refuses every connection for two hours: far longer than max_attempts backoffs (6 × 0.5 s at most).
    for _ in range(2 * pipeline.config.max_attempts):
        clock.advance(minutes=10)
        await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")
        assert await run_due(pipeline, down) == 1
    row = await pipeline.pool.fetchrow(send_row)
    assert row["attempts"] == 0 and row["done_at"] is None
    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] == ProcessingState.OUTCOME_UNKNOWN.value  # not FAILED, and never resent blind
    assert "RECONCILE-UNAVAILABLE" in invoice["last_error"]
    [outage] = (await operations_snapshot(pipeline.pool, clock.now())).outages
    assert (outage.platform, outage.items, outage.since) == (PLATFORM, 1, start)
    assert outage.waited_s == 2 * 3600.0

    # Back: the search finds nothing (the 503 came before the platform kept it), so it is deposited, once.
    clock.advance(minutes=10)
    await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")
    await run_due(pipeline, up)
    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] == ProcessingState.SENT.value, invoice["last_error"]
    assert set(sim.deposits_by_number().values()) == {1} and len(sim.deposits_by_number()) == 1
    row = await pipeline.pool.fetchrow(send_row)
    assert row["attempts"] == 0 and row["done_at"] is not None
    assert (await operations_snapshot(pipeline.pool, clock.now())).outages == ()
    assert timedelta(hours=2) < clock.now() - start < timedelta(seconds=pipeline.config.outage_patience_s)


async def test_past_the_patience_the_invoice_fails_naming_the_outage_and_retry_sends_it_once(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    clock = ahead_of_the_database()
    start = clock.now()
    pipeline.config = replace(pipeline.config, outage_patience_s=3600.0)
    pipeline.clock = clock  # type: ignore[assignment]
    pipeline.ctx = StepContext(uow=pipeline.ctx.uow, clock=clock, config=pipeline.config)
    down = iopole_gateway(Refusing(sim), http)  # type: ignore[arg-type]
    [invoice_id] = await pipeline.submit(1)

    for _ in range(7):  # its directory lookup refused each time, for an hour
        await run_due(pipeline, down)
        clock.advance(minutes=10)
        await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")

    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] == ProcessingState.FAILED.value
    assert invoice["last_error"].startswith(
        f"gave up waiting on platform {PLATFORM}, unavailable since {start.isoformat(timespec='seconds')} (60 min): "
        "PDP-UNAVAILABLE: directory lookup failed"
    )
    assert await pipeline.open_rows() == 0

    company = await pipeline.pool.fetchval(
        "SELECT company_siren FROM invoices WHERE id = $1::uuid", invoice_id
    )

    async def given_up(platform: str, limit: int) -> list[GivenUp]:
        async with pipeline.pool.acquire() as conn:
            return await PgOperationsReader(conn).given_up_on_outage(platform, limit)

    async def retry(company: str, invoice_id: str) -> object:
        return await retry_invoice(company, invoice_id, uow=pipeline.ctx.uow(), clock=clock)

    # The on-call's act (`pdp-gateway outage retry PLATFORM`): every company's, with no API key; before, `invoice
    # retry ID` one at a time, with each company's own key (played on serve: 200 calls after a platform outage).
    assert await given_up("afnor-pa", 10) == []  # another platform's outage made nothing fail
    number = await pipeline.pool.fetchval("SELECT number FROM invoices WHERE id = $1::uuid", invoice_id)
    assert await retry_given_up(PLATFORM, given_up=given_up, retry=retry) == [
        GivenUp(company, invoice_id, number)
    ]
    assert await given_up(PLATFORM, 10) == []  # queued again: no longer FAILED
    await run_due(pipeline, iopole_gateway(sim, http))
    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] == ProcessingState.SENT.value, invoice["last_error"]
    assert list(sim.deposits_by_number().values()) == [1]


async def test_a_host_clock_stepped_a_day_forward_gives_up_on_nothing_waiting_on_a_platform(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    # The patience ran on the host's wall clock: a host stepped past PIPELINE_OUTAGE_PATIENCE_S (NTP after a long
    # drift, an operator's `date -s`) gave up at once on every invoice waiting on a platform, FAILED naming an outage
    # of a day that had lasted a minute. It runs on the database's clock, which such a step does not move.
    host = FixedClock(datetime.now(UTC))
    queue = DatabaseClock(functools.partial(database_now, pipeline.pool))
    await queue.sync()
    pipeline.config = replace(pipeline.config, outage_patience_s=3600.0)
    pipeline.ctx = StepContext(uow=pipeline.ctx.uow, clock=host, config=pipeline.config, queue_clock=queue)
    down = iopole_gateway(Refusing(sim), http)  # type: ignore[arg-type]
    [invoice_id] = await pipeline.submit(1)
    await run_due(pipeline, down)
    row = await pipeline.pool.fetchrow("SELECT attempts, payload FROM outbox WHERE kind = 'send'")
    since = row["payload"]["outage"]["since"]

    host.advance(days=1)
    await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")
    assert await run_due(pipeline, down) == 1

    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] != ProcessingState.FAILED.value, invoice["last_error"]
    row = await pipeline.pool.fetchrow("SELECT attempts, payload, done_at FROM outbox WHERE kind = 'send'")
    assert (row["attempts"], row["done_at"], row["payload"]["outage"]["since"]) == (0, None, since)


async def test_behind_an_open_breaker_nothing_reaches_the_platform_nor_spends_an_attempt_and_the_probe_s_answer_sends_it_once(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    ticks = [0.0]
    breaker = Breaker(PLATFORM, lambda: ticks[0], lambda: datetime.now(UTC), opens_after=1, probe_every_s=5.0)
    gateway = iopole_gateway(sim, http, breaker=breaker)
    breaker.failed("POST /v1/invoice: IOPOLE answered 503")  # another item found it down a moment ago
    [invoice_id] = await pipeline.submit(1)
    requests = sum(sim.requests.values())

    await run_due(pipeline, gateway)  # rendered, then its send held
    for _ in range(2):  # held again: no call leaves, each time the row waits on the outage
        await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")
        assert await run_due(pipeline, gateway) == 1
    assert sum(sim.requests.values()) == requests
    row = await pipeline.pool.fetchrow("SELECT attempts, payload FROM outbox WHERE kind = 'send'")
    assert row["attempts"] == 0 and row["payload"]["outage"]["platform"] == PLATFORM
    assert (await pipeline.invoices([invoice_id]))[invoice_id]["state"] == ProcessingState.READY.value

    ticks[0] = 5.0  # the probe is due: it is answered, the breaker closes, the invoice goes
    await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")
    await run_due(pipeline, gateway)
    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] == ProcessingState.SENT.value, invoice["last_error"]
    assert not breaker.is_open and breaker.closings == 1
    assert list(sim.deposits_by_number().values()) == [1]


async def test_a_send_an_open_breaker_holds_records_no_upload_and_no_event(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient
) -> None:
    """Each pass of an invoice waiting behind an open breaker recorded an upload it never made: SENDING "upload #N"
    and its submission, then RETRY, each event with its audit entry (serve, 2 replicas, 400 invoices waiting 5 min:
    18 events an invoice, 175 statements a second). A held pass starts no upload now: the first keeps the outage
    as the invoice's last error, the next ones give back the outbox row alone."""
    ticks = [0.0]
    breakers = Breakers(lambda: ticks[0], lambda: datetime.now(UTC), opens_after=1)
    gateway = iopole_gateway(sim, http, breaker=breakers.of(PLATFORM))
    pipeline.ctx = replace(pipeline.ctx, breakers=breakers)
    [earlier] = await pipeline.submit(1)  # sent while it answered: its buyer is in the directory cache
    await run_due(pipeline, gateway)
    await run_due(pipeline, gateway)
    assert (await pipeline.invoices([earlier]))[earlier]["state"] == ProcessingState.SENT.value
    breakers.of(PLATFORM).failed("POST /v1/invoice: IOPOLE answered 503")  # another item found it down
    [invoice_id] = await pipeline.submit(1)
    requests = sum(sim.requests.values())

    await run_due(pipeline, gateway)  # rendered, then its send held
    version = "SELECT version FROM invoices WHERE id = $1::uuid"
    said = await pipeline.pool.fetchval(version, invoice_id)
    for _ in range(3):
        await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")
        assert await run_due(pipeline, gateway) == 1
    assert sum(sim.requests.values()) == requests
    assert await pipeline.pool.fetchval(version, invoice_id) == said  # the row alone was given back
    kinds = await pipeline.pool.fetch(
        "SELECT kind, detail FROM invoice_events WHERE invoice_id = $1::uuid AND kind IN ('SENDING', 'RETRY')",
        invoice_id,
    )
    assert kinds == []  # READY it was, READY it stays: its last error says why it waits
    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] == ProcessingState.READY.value
    assert invoice["last_error"].startswith("PDP-UNAVAILABLE: upload: not called, sandbox is down since")
    assert await pipeline.pool.fetchval("SELECT count(*) FROM submissions") == 1  # the earlier invoice's
    row = await pipeline.pool.fetchrow(
        "SELECT attempts, payload, last_error FROM outbox WHERE kind = 'send' AND done_at IS NULL"
    )
    assert row["attempts"] == 0 and row["payload"]["outage"]["platform"] == PLATFORM
    assert row["last_error"].startswith("PDP-UNAVAILABLE: upload: not called, sandbox is down since")

    ticks[0] = 5.0  # the probe is due: this send is it, answered, and the invoice goes once
    await pipeline.pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE done_at IS NULL")
    await run_due(pipeline, gateway)
    invoice = (await pipeline.invoices([invoice_id]))[invoice_id]
    assert invoice["state"] == ProcessingState.SENT.value, invoice["last_error"]
    assert await pipeline.pool.fetchval("SELECT count(*) FROM submissions") == 2
    assert not breakers.of(PLATFORM).is_open
