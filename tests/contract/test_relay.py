"""The one leased-queue relay (service.workers.relay) over every queue it runs: the in-memory fake and, on
PostgreSQL, the outbox, the webhook inbox and the e-reporting declarations. Same relay, same scenarios, same
outcomes: each item handled once among several relays, a failing item retried with backoff then given up after
`max_attempts`, an item whose holder died claimed again when its lease expires."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from prometheus_client import CollectorRegistry

from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.inbox import PgDeliveryMarks, PgInbox
from adapters.postgres.outage import is_outage
from adapters.postgres.outbox_source import PgOutboxSource
from domain.leased_queue import GiveBack, LeasedQueue, RetryLater
from domain.reception import Delivery, DeliveryKind, DeliveryOutcome, DeliveryState
from service.grpc.errors import ErrorTable
from service.wiring.http import Lifecycle, build_http_app
from service.workers.relay import Relay, RelaySettings, Retries
from service.workers.supervisor import Supervisor
from tests.fakes import InMemoryDatabase, Row
from tests.random_refs import random_siren
from tests.support.database import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.pipeline import SystemClock, fresh_database
from tests.unit.service.workers.pipeline.fakes import FakeOutboxSource

GUARD_S = 30.0  # a scenario that does not settle fails instead of hanging (not a speed bound)
FAST = RelaySettings(
    concurrency=4, batch_size=3, lease_s=30.0, poll_interval_s=0.05, backoff_base_s=0.01, backoff_cap_s=0.02
)


@dataclass
class QueueBackend:
    """A queue, and what the contract needs to see of it beside the port."""

    name: str
    queue: LeasedQueue[Any]
    add: Callable[[int], Awaitable[list[int]]]  # n new due items -> their ids
    complete: Callable[[Any, str], Awaitable[None]]  # what a step does when it succeeds (item, owner)
    state: Callable[[int], Awaitable[str]]  # "open", "done" or "given up"
    expire: Callable[[int], Awaitable[None]]  # the item's lease runs out now
    wait: Callable[[int], Awaitable[timedelta]]  # how long until the item is due, on the queue's own clock


def _memory() -> QueueBackend:
    store = InMemoryDatabase(clock=SystemClock())  # type: ignore[arg-type] - the relay's backoff is real time here

    async def add(n: int) -> list[int]:
        ids = []
        for _ in range(n):
            row_id = store.next_id()
            store.outbox[row_id] = Row(
                row_id, str(uuid.uuid4()), "111111111", "relay_test", {}, store.clock.now()
            )
            ids.append(row_id)
        store.notified.set()
        return ids

    async def complete(item: Any, owner: str) -> None:
        row = store.outbox[item.id]
        assert row.lease_owner == owner
        row.done_at, row.last_error, row.lease_owner, row.lease_until = store.clock.now(), "", "", None

    async def state(row_id: int) -> str:
        row = store.outbox[row_id]
        return "open" if row.done_at is None else ("given up" if row.last_error else "done")

    async def expire(row_id: int) -> None:
        store.outbox[row_id].lease_until = store.clock.now() - timedelta(seconds=1)

    async def wait(row_id: int) -> timedelta:
        return store.outbox[row_id].next_attempt_at - store.clock.now()

    return QueueBackend("memory", FakeOutboxSource(store), add, complete, state, expire, wait)


def _outbox_backend(
    name: str, pool: asyncpg.Pool, queue: LeasedQueue[Any], kind: str, siren: str
) -> QueueBackend:
    async def add(n: int) -> list[int]:
        return [
            await pool.fetchval(
                "INSERT INTO outbox (company_siren, kind) VALUES ($1, $2) RETURNING id", siren, kind
            )
            for _ in range(n)
        ]

    async def complete(item: Any, owner: str) -> None:
        status = await pool.execute(
            "UPDATE outbox SET done_at = now(), last_error = '', lease_owner = NULL, lease_until = NULL "
            "WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL",
            item.id,
            owner,
        )
        assert status == "UPDATE 1"

    async def state(row_id: int) -> str:
        row = await pool.fetchrow("SELECT done_at, last_error FROM outbox WHERE id = $1", row_id)
        return "open" if row["done_at"] is None else ("given up" if row["last_error"] else "done")

    async def expire(row_id: int) -> None:
        await pool.execute(
            "UPDATE outbox SET lease_until = now() - interval '1 second' WHERE id = $1", row_id
        )

    async def wait(row_id: int) -> timedelta:
        return await pool.fetchval("SELECT next_attempt_at - now() FROM outbox WHERE id = $1", row_id)

    return QueueBackend(name, queue, add, complete, state, expire, wait)


def _inbox_backend(pool: asyncpg.Pool) -> QueueBackend:
    inbox = PgInbox(pool)

    async def add(n: int) -> list[int]:
        ids = []
        for _ in range(n):
            key = f"relay-contract:{uuid.uuid4()}"
            new_id = await inbox.add(Delivery("iopole", "webhook", DeliveryKind.STATUS, key, b"{}"))
            assert new_id is not None
            ids.append(new_id)
        return ids

    async def complete(item: Any, owner: str) -> None:
        async with pool.acquire() as conn, conn.transaction():
            assert await PgDeliveryMarks(conn).finish(item.id, owner, DeliveryOutcome(DeliveryState.DONE))

    async def state(delivery_id: int) -> str:
        found = await pool.fetchval("SELECT state FROM webhook_inbox WHERE id = $1", delivery_id)
        return {"PENDING": "open", "DONE": "done", "UNPROCESSABLE": "given up"}[found]

    async def expire(delivery_id: int) -> None:
        await pool.execute(
            "UPDATE webhook_inbox SET lease_until = now() - interval '1 second' WHERE id = $1", delivery_id
        )

    async def wait(delivery_id: int) -> timedelta:
        return await pool.fetchval(
            "SELECT next_attempt_at - now() FROM webhook_inbox WHERE id = $1", delivery_id
        )

    return QueueBackend("postgres-inbox", inbox, add, complete, state, expire, wait)


@pytest.fixture(scope="module")
async def relay_pool(database_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    """A database of the module's own: the inbox relay claims every pending delivery of its database."""
    async with fresh_database(database_dsn) as pool:
        yield pool


@pytest.fixture(params=["memory", "postgres-outbox", "postgres-inbox", "postgres-declarations"])
def backend(request: pytest.FixtureRequest) -> QueueBackend:
    if request.param == "memory":
        return _memory()
    pool = request.getfixturevalue("relay_pool")
    if request.param == "postgres-inbox":
        return _inbox_backend(pool)
    kind, siren = f"relay_test_{uuid.uuid4().hex[:8]}", random_siren()  # this test's rows only
    if request.param == "postgres-outbox":
        return _outbox_backend(request.param, pool, PgOutboxSource(pool, kinds=[kind]), kind, siren)
    queue = PgDeclarationOutbox(pool, kinds=[kind], companies=[siren])
    return _outbox_backend(request.param, pool, queue, kind, siren)


def _failed_before(backend: QueueBackend) -> Callable[[Any], int]:
    if backend.name == "postgres-inbox":  # the inbox counts the attempt at claim
        return lambda item: item.attempts - 1
    return lambda item: item.attempts


def relay_on(
    backend: QueueBackend,
    step: Callable[[Any, str], Awaitable[None]],
    settings: RelaySettings = FAST,
    *,
    name: str = "contract",
    give_up: Callable[[Any, str, str], Awaitable[None]] | None = None,
    monotonic: Callable[[], float] = time.monotonic,
) -> Relay[Any]:
    """A relay of `backend`'s queue running `step`, with the production outage check."""
    return Relay(
        backend.queue,
        step,
        settings,
        SystemClock(),
        name=name,
        is_outage=is_outage,
        give_up=give_up,
        failed_before=_failed_before(backend),
        monotonic=monotonic,
    )


@contextlib.asynccontextmanager
async def running(*relays: Relay[Any]) -> AsyncIterator[None]:
    stop = asyncio.Event()
    tasks = [asyncio.create_task(r.run(stop)) for r in relays]
    try:
        yield
    finally:
        stop.set()
        await asyncio.gather(*tasks)


async def settled(backend: QueueBackend, ids: list[int], expected: str) -> None:
    async with asyncio.timeout(GUARD_S):
        while [await backend.state(i) for i in ids] != [expected] * len(ids):
            await asyncio.sleep(0.02)


async def test_each_item_is_handled_once_among_several_relays(backend: QueueBackend) -> None:
    handled: Counter[int] = Counter()

    async def step(item: Any, owner: str) -> None:
        handled[item.id] += 1
        await asyncio.sleep(0)  # let the other relay claim meanwhile
        await backend.complete(item, owner)

    relays = [relay_on(backend, step, name=f"contract-{n}") for n in range(2)]
    ids = await backend.add(12)
    async with running(*relays):
        await settled(backend, ids, "done")
    assert handled == Counter({i: 1 for i in ids})
    assert sum(r.handled for r in relays) == len(ids)


async def test_a_failing_item_is_retried_then_given_up_after_max_attempts(backend: QueueBackend) -> None:
    calls: Counter[int] = Counter()

    async def step(item: Any, owner: str) -> None:
        calls[item.id] += 1
        raise ValueError("the step failed\x00 (a NUL is never stored)")

    settings = dataclasses.replace(FAST, max_attempts=3)
    relay = relay_on(backend, step, settings)
    ids = await backend.add(2)
    async with running(relay):
        await settled(backend, ids, "given up")
    assert calls == Counter({i: 3 for i in ids})


async def test_an_item_whose_holder_died_is_claimed_again_when_its_lease_expires(
    backend: QueueBackend,
) -> None:
    [item_id] = await backend.add(1)
    [dead] = await backend.queue.claim("crashed-worker", 10, 30.0)  # never finished nor released
    assert dead.id == item_id
    assert await backend.queue.claim("another-worker", 10, 30.0) == []  # held while the lease runs
    # Its lease runs out: moved to the past rather than waited for (a 0.2 s lease ran out before the check above
    # on a loaded machine, and the test failed).
    await backend.expire(item_id)

    handled: list[str] = []

    async def step(item: Any, owner: str) -> None:
        handled.append(owner)
        await backend.complete(item, owner)

    relay = relay_on(backend, step)
    async with running(relay):
        await settled(backend, [item_id], "done")
    assert handled == [relay.owner]
    # the dead holder's late release changes nothing: the lease is no longer its own
    await backend.queue.release(dead, "crashed-worker", GiveBack(1, None), error="late", count=True)
    assert await backend.state(item_id) == "done"


async def test_an_item_cut_short_by_a_stop_is_claimed_by_the_next_relay_at_once_with_no_attempt_spent(
    backend: QueueBackend,
) -> None:
    # FAST's lease is 30 s, the guard's too: left leased (as before), the item was not claimed again in time.
    [item_id] = await backend.add(1)
    started = asyncio.Event()
    seen: list[int] = []
    interrupted: list[object] = []

    async def stuck(item: Any, owner: str) -> None:
        seen.append(item.attempts)
        interrupted.append(getattr(item, "interrupted", None))
        started.set()
        await asyncio.Event().wait()  # past the stop's grace

    first = relay_on(backend, stuck, dataclasses.replace(FAST, stop_grace_s=0.01), name="stopped")
    async with running(first), asyncio.timeout(GUARD_S):
        await started.wait()

    async def step(item: Any, owner: str) -> None:
        seen.append(item.attempts)
        interrupted.append(getattr(item, "interrupted", None))
        await backend.complete(item, owner)

    async with running(relay_on(backend, step, name="next")):
        await settled(backend, [item_id], "done")
    assert seen == [seen[0]] * 2  # as its first attempt saw them: the cut one is not counted
    # Claimed next as an item whose holder died (an outbox row `interrupted`): its step was cut maybe mid platform
    # call. Given back as a plain release, a status whose POST was under way was sent again unreconciled.
    assert interrupted in ([False, True], [None, None])  # (the inbox's items have no such mark)


async def test_outages_cost_no_attempt_however_many_the_item_meets(backend: QueueBackend) -> None:
    met: Counter[int] = Counter()
    interrupted: list[object] = []

    async def step(item: Any, owner: str) -> None:
        met[item.id] += 1
        interrupted.append(getattr(item, "interrupted", None))
        if met[item.id] <= 3:  # more outages than attempts allowed
            raise ConnectionResetError("the database went away")
        await backend.complete(item, owner)

    relay = relay_on(backend, step, dataclasses.replace(FAST, max_attempts=2))
    [item_id] = await backend.add(1)
    async with running(relay), asyncio.timeout(GUARD_S):
        while await backend.state(item_id) == "open":
            await asyncio.sleep(0.02)
    assert await backend.state(item_id) == "done" and met[item_id] == 4
    # A step that raised was cut mid-way, maybe after its platform call (a status sent, its record not written for
    # the database's outage): claimed next as interrupted, so the status step searches the platform before sending
    # again. Given back plainly, the status was sent a second time (the inbox's items have no such mark).
    assert interrupted in ([False, True, True, True], [None] * 4)


async def test_an_item_not_ready_after_its_last_attempt_ends_as_the_give_up_hook_says(
    backend: QueueBackend,
) -> None:
    calls: Counter[int] = Counter()
    given_up: list[tuple[int, str]] = []

    async def step(item: Any, owner: str) -> None:
        calls[item.id] += 1
        raise RetryLater("what it needs is not there yet")

    async def give_up(item: Any, owner: str, error: str) -> None:
        given_up.append((item.id, error))
        await backend.complete(item, owner)  # the queue's own end (e.g. a declaration parked for an operator)

    relay = relay_on(backend, step, dataclasses.replace(FAST, max_attempts=3), give_up=give_up)
    ids = await backend.add(2)
    async with running(relay):
        await settled(backend, ids, "done")
    assert calls == Counter({i: 3 for i in ids})
    # the hook is given the give-up's whole text (domain.outage.gave_up), written once by the relay
    assert sorted(given_up) == [(i, "gave up after 3 attempts: what it needs is not there yet") for i in ids]


@dataclass(frozen=True)
class SteppedClock:
    """The gateway's wall clock `offset` away from the queue's (another host's clock not kept in time, or stepped)."""

    offset: timedelta

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset


@pytest.mark.parametrize("offset_h", [-1, 1])
async def test_an_item_given_back_waits_its_backoff_from_the_queue_s_clock_whatever_the_gateway_s(
    backend: QueueBackend, offset_h: int
) -> None:
    """The backoff was an instant of the gateway's clock, compared with PostgreSQL's: a gateway an hour behind
    retried every failure at the next poll (8 attempts spent in seconds, an outage's platform called every 2 s), an
    hour ahead waited an hour more. The wait is now counted from the queue's own clock."""
    settings = dataclasses.replace(FAST, backoff_base_s=600.0, backoff_cap_s=600.0)  # waits of 300 to 600 s
    retries = Retries(settings, SteppedClock(timedelta(hours=offset_h)))
    [item_id] = await backend.add(1)
    [item] = await backend.queue.claim("worker", 10, 30.0)
    again = retries.give_back(item)
    await backend.queue.release(item, "worker", again, error="failed", count=True)

    assert (
        await backend.queue.claim("worker", 10, 30.0) == []
    )  # before: claimed again at once, an hour behind
    waits = await backend.wait(item_id)
    assert timedelta(seconds=299) <= waits <= timedelta(seconds=601)  # before: an hour more, an hour ahead


async def test_a_relay_whose_every_item_never_finishes_is_named_stalled_by_healthz_readyz_and_metrics(
    backend: QueueBackend,
) -> None:
    """A step that never returns holds its slot for good (its row, its lease run out, is taken again: by this
    relay too, until every slot is so held): the relay sent nothing more while its task ran and /readyz said ready.
    Past two leases with an item in flight showing no sign of life, /healthz is 503 naming it (a liveness probe
    restarts the process) and /readyz names it, still ready (the replica serves its calls)."""
    now = [1_000.0]
    settings = dataclasses.replace(FAST, stop_grace_s=0.05)  # the wedged steps are cancelled at the stop

    async def wedged(item: Any, owner: str) -> None:
        await asyncio.Event().wait()  # a call with no timeout to something that never answers

    relay = relay_on(backend, wedged, settings, monotonic=lambda: now[0])
    supervisor = Supervisor(is_outage=is_outage)

    async def ready() -> str | None:
        return None

    app = build_http_app(
        Lifecycle(),
        ready,
        CollectorRegistry(),
        tasks_down=supervisor.down,
        relays_idle=supervisor.relays_idle,
        tasks_stalled=supervisor.stalled,
        errors=ErrorTable(is_outage),
    )
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gateway")
    await backend.add(settings.concurrency + 2)  # more waits than the slots hold

    async def turned() -> None:  # the relay's loop turns at each poll: it is alive, its items are not
        async with asyncio.timeout(GUARD_S):
            while relay.progress().loop_idle_s > 0:
                await asyncio.sleep(0.01)

    supervisor.start("contract-relay", relay.run, progress=relay.progress)
    try:
        async with asyncio.timeout(GUARD_S):
            while relay.in_flight < settings.concurrency:
                await asyncio.sleep(0.02)
        now[0] += settings.stall_s  # two leases: a step may renew its lease and run past one
        await turned()
        assert (await http.get("/readyz")).json() == {"status": "ready"}
        assert (await http.get("/healthz")).status_code == 200

        now[0] += 12
        await turned()
        health = await http.get("/healthz")
        assert health.status_code == 503
        why = health.json()["stalled"]["contract-relay"]
        assert why.startswith(
            "stalled: 4 item(s) in flight, one of them silent (no lease renewed, not ended) for 72 s (bound 60 s);"
            " waiting at wait (locks.py:"
        )
        assert " < wedged (test_relay.py:" in why  # where they wait: what py-spy was asked for
        response = await http.get("/readyz")
        assert response.status_code == 200
        assert response.json() == {"status": "ready", "down": {"contract-relay": why}}
        metrics = (await http.get("/metrics")).text
        assert 'pdp_gateway_relay_idle_seconds{task="contract-relay"} 72.0' in metrics
        assert 'pdp_gateway_background_task_down{task="contract-relay"} 1.0' in metrics
    finally:
        await supervisor.close()
    assert relay.in_flight == 0 and supervisor.down() == {}
