"""The relay's own rules, over an in-memory queue (the scenarios shared by every queue are in
tests/contract/test_relay.py): an outage costs no attempt and the item is handed back once the database answers;
an abort leaves the items in flight leased, as a crash would."""

from __future__ import annotations

import asyncio
import errno
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest

from adapters.host_faults import local_fault
from adapters.postgres.outage import is_outage
from domain.leased_queue import GiveBack, RetryLater
from domain.outage import Outage
from service.workers.relay import Relay, RelaySettings, Retries, alive, waits_at
from service.workers.supervisor import Progress
from tests.fakes import FixedClock

SETTINGS = RelaySettings(concurrency=2, batch_size=2, lease_s=30.0, poll_interval_s=0.01, max_attempts=3)


@dataclass(frozen=True)
class Item:
    id: int
    attempts: int = 0


@dataclass
class Queue:
    """Items due once each; `release` fails with `outage_releases` connection errors before it answers."""

    items: list[Item]
    outage_releases: int = 0
    released: list[tuple[int, datetime | None, str]] = field(default_factory=list)
    outages: list[tuple[int, Outage | None, bool]] = field(default_factory=list)  # (id, outage kept, counted)
    claimed_by: dict[int, str] = field(default_factory=dict)

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[Item]:
        taken, self.items = self.items[:limit], self.items[limit:]
        self.claimed_by.update((i.id, owner) for i in taken)
        return taken

    async def wait_for_work(self, timeout: float) -> None:
        await asyncio.sleep(timeout)

    async def release(self, item: Item, owner: str, again: GiveBack, *, error: str, count: bool) -> None:
        if self.outage_releases:
            self.outage_releases -= 1
            raise ConnectionRefusedError("the database is down")
        self.released.append((item.id, again.at, error))
        self.outages.append((item.id, again.outage, count))


@dataclass
class HangingQueue(Queue):
    """A loop hung in a claim: once `hang` is set, a claim sets `hanging` and never returns."""

    hang: asyncio.Event = field(default_factory=asyncio.Event)
    hanging: asyncio.Event = field(default_factory=asyncio.Event)

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[Item]:
        if self.hang.is_set():
            self.hanging.set()
            await asyncio.Event().wait()  # never returns
        return await super().claim(owner, limit, lease_s)


def _watched(queue: Queue, now: list[float]) -> Relay[Item]:
    """A relay of `queue` running `_instant`, its signs of life timed by `now[0]`."""
    return Relay(
        queue, _instant, SETTINGS, FixedClock(), name="test", is_outage=is_outage, monotonic=lambda: now[0]
    )


async def _until(check: object) -> None:
    async with asyncio.timeout(10):
        while not check():  # type: ignore[operator]
            await asyncio.sleep(0.005)


async def test_an_item_interrupted_by_an_outage_is_handed_back_when_the_database_answers_without_an_attempt() -> (
    None
):
    queue = Queue([], outage_releases=3)

    async def step(item: Item, owner: str) -> None:
        raise ConnectionResetError("the database went away")

    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    await relay.handle(Item(1, attempts=2))  # its last attempt, were the outage counted
    assert queue.outage_releases == 0  # tried again through the outage, not left leased
    [(item_id, retry_at, error)] = queue.released
    assert item_id == 1 and retry_at is not None  # retried later, not given up: the outage was not its fault
    assert error.startswith("ConnectionResetError")


async def test_what_counts_as_an_outage_is_the_check_the_relay_is_given() -> None:
    queue = Queue([])

    async def step(item: Item, owner: str) -> None:
        raise ValueError("not a database error, but this relay's check says outage")

    relay = Relay(
        queue, step, SETTINGS, FixedClock(), name="test", is_outage=lambda exc: isinstance(exc, ValueError)
    )
    await relay.handle(Item(1, attempts=2))  # its last attempt, were it counted
    [(_, retry_at, _)] = queue.released
    assert retry_at is not None  # retried later, not given up


async def test_an_item_failing_of_this_host_s_resource_run_out_spends_no_attempt_and_is_said_at_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Spent, a replica out of open files for 5 minutes marked good invoices FAILED (8 attempts, backoff from 1 s);
    # the platform's outage gets a day. The host's fault is the on-call's: said at ERROR with its traceback.
    queue = Queue([])

    async def step(item: Item, owner: str) -> None:
        raise OSError(errno.EMFILE, "Too many open files")

    relay = Relay(
        queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage, local_fault=local_fault
    )
    with caplog.at_level(logging.ERROR, logger="service.workers.relay"):
        await relay.handle(Item(1, attempts=2))  # its last attempt, were it counted
    [(_, retry_at, error)] = queue.released
    assert retry_at is not None and error.startswith("OSError: [Errno 24]")  # retried later, not given up
    assert queue.outages == [(1, None, False)]  # no attempt spent
    [said] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert said.exc_info and said.getMessage().startswith(
        "1 item(s) retried later, no attempt spent: test: this process ran out of open files at this process's limit"
        " (EMFILE"
    )
    assert said.getMessage().endswith("; the last: item 1")

    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="service.workers.relay"):
        for n in range(2, 50):  # every item meets it alike, pass after pass
            await relay.handle(Item(n))
    assert [r for r in caplog.records if r.levelno == logging.ERROR] == []  # counted, said within 10 s


async def test_a_failing_item_is_given_up_with_a_bounded_storable_note() -> None:
    queue = Queue([])

    async def step(item: Item, owner: str) -> None:
        raise ValueError("bad\x00" + "x" * 10_000)

    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    await relay.handle(Item(1, attempts=2))
    [(_, retry_at, error)] = queue.released
    assert retry_at is None  # the third attempt of three: given up
    assert "\x00" not in error and len(error) <= 500


async def test_an_abort_cancels_the_items_in_flight_and_starts_no_more() -> None:
    queue = Queue([Item(i) for i in range(1, 6)])
    started: list[int] = []
    never = asyncio.Event()

    async def step(item: Item, owner: str) -> None:
        started.append(item.id)
        await never.wait()

    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: relay.in_flight == 2)
    await relay.abort()
    assert relay.in_flight == 0
    await asyncio.sleep(0.05)  # several poll intervals: nothing more is claimed nor started
    stop.set()
    await task
    assert started == [1, 2] and queue.released == []  # cancelled uncommitted: the leases run out
    assert [i.id for i in queue.items] == [3, 4, 5]


async def test_a_relay_s_progress_counts_each_item_from_its_start_or_its_last_renewal() -> None:
    queue = Queue([])
    now = [100.0]
    finish = {i: asyncio.Event() for i in (1, 2, 3)}
    renew = asyncio.Event()

    async def step(item: Item, owner: str) -> None:
        if item.id == 1:  # a long item that renews its lease, as a declaration's many calls do
            while not finish[1].is_set():
                await renew.wait()
                renew.clear()
                alive()
        await finish[item.id].wait()

    relay = Relay(
        queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage, monotonic=lambda: now[0]
    )
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    now[0] = 1_000.0
    assert relay.progress() == Progress(0, 0.0, 60.0)  # idle for long: nothing waits, no stall
    queue.items = [Item(1), Item(2)]
    await _until(lambda: relay.in_flight == 2)
    now[0] += 50
    await _until(lambda: relay.progress().loop_idle_s == 0)  # its loop turned since (every poll)
    assert relay.progress() == Progress(2, 50.0, 60.0)  # from when they began, not from the relay's start
    finish[2].set()
    queue.items.append(Item(3))
    await _until(lambda: relay.handled == 1 and relay.in_flight == 2)  # 3 in 2's slot
    now[0] += 5
    renew.set()  # 1 renews its lease 55 s after it began
    await _until(lambda: not renew.is_set())
    now[0] += 50
    await _until(lambda: relay.progress().loop_idle_s == 0)
    assert relay.progress() == Progress(2, 55.0, 60.0)  # 3 began 55 s ago, 1 renewed 50 s ago
    now[0] += 6
    await _until(lambda: relay.progress().loop_idle_s == 0)
    progress = relay.progress()  # 3 silent for 61 s: stalled, naming where it waits; 1 renewed 56 s ago
    assert progress.stalled and (progress.in_flight, progress.idle_s) == (2, 61.0)
    [where] = progress.where
    assert where.startswith("wait (locks.py:") and " < step (test_relay.py:" in where
    finish[3].set()
    await _until(lambda: relay.in_flight == 1)
    now[0] += 100  # 1 alone, which renews: alive as long as it does
    renew.set()
    await _until(lambda: not renew.is_set())
    await _until(lambda: relay.progress().loop_idle_s == 0)
    assert not relay.progress().stalled
    finish[1].set()
    renew.set()
    await _until(lambda: relay.in_flight == 0)
    assert relay.progress() == Progress(0, 0.0, 60.0)
    stop.set()
    await task


async def test_a_relay_whose_loop_hangs_with_nothing_in_flight_is_named_stalled_where_it_waits() -> None:
    # Before: progress counted items only; a loop hung in a claim (an await that never returns: a connection
    # whose statement timeout does not fire) had nothing in flight and said "idle" for ever.
    now = [1_000.0]
    queue = HangingQueue([])
    hang, hanging = queue.hang, queue.hanging

    relay = _watched(queue, now)
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    now[0] += 61
    await _until(lambda: relay.progress().loop_idle_s == 0)  # it polls: its loop turns, idle and alive
    hang.set()
    await _until(hanging.is_set)  # in the hanging claim now (after a timed wait, a busy machine may not be)
    now[0] += 60
    assert not relay.progress().stalled  # at its bound: not yet
    now[0] += 1
    progress = relay.progress()
    assert progress.stalled and progress.in_flight == 0 and progress.loop_idle_s >= 61
    [where] = progress.where
    assert where.startswith("loop: ") and " < claim (test_relay.py:" in where and " < run (relay.py:" in where
    assert str(progress).startswith("stalled: its loop has not turned for ")
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not relay.progress().stalled  # not running: nothing to say


async def test_a_stalled_relay_names_only_what_waits_past_its_bound_not_what_waits_exactly_that_long() -> (
    None
):
    now = [999.0]
    first_done, second_done = asyncio.Event(), asyncio.Event()

    async def first() -> None:
        await first_done.wait()

    async def second() -> None:
        await second_done.wait()

    async def step(item: Item, owner: str) -> None:
        await (first() if item.id == 1 else second())

    queue = HangingQueue([Item(1)])
    hang, hanging = queue.hang, queue.hanging
    settings = RelaySettings(concurrency=3, batch_size=3, lease_s=30.0, poll_interval_s=0.01, max_attempts=3)
    relay = Relay(
        queue, step, settings, FixedClock(), name="test", is_outage=is_outage, monotonic=lambda: now[0]
    )
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: relay.in_flight == 1)  # 1 began at 999
    now[0] = 1_000.0
    queue.items.append(Item(2))
    await _until(lambda: relay.in_flight == 2)  # 2 began at 1,000
    hang.set()
    await _until(hanging.is_set)  # the loop last turned at 1,000, its claim hangs since
    now[0] = 1_060.0  # 1 silent for 61 s; 2 and the loop for 60 s, the bound itself
    progress = relay.progress()
    assert progress.stalled and (progress.in_flight, progress.idle_s, progress.loop_idle_s) == (2, 61.0, 60.0)
    [where] = progress.where
    assert where.startswith("wait (locks.py:") and " < first (test_relay.py:" in where
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_an_aborted_relay_waiting_for_its_stop_is_not_named_stalled_however_long_it_waits() -> None:
    now = [1_000.0]
    relay = _watched(Queue([]), now)
    await relay.abort()  # as a crash would: it waits for its stop on purpose
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: relay_waits_for_its_stop(task))
    now[0] += 3_600
    assert relay.progress() == Progress(0, 0.0, 60.0)
    stop.set()
    await task


def relay_waits_for_its_stop(task: asyncio.Task[None]) -> bool:
    return waits_at(task.get_coro()).startswith("wait (locks.py:")


async def _instant(item: Item, owner: str) -> None:
    return None


async def test_an_item_not_ready_yet_is_given_back_with_backoff_and_counted() -> None:
    queue = Queue([])

    async def step(item: Item, owner: str) -> None:
        raise RetryLater("its invoice is not committed yet")

    clock = FixedClock()
    relay = Relay(queue, step, SETTINGS, clock, name="test", is_outage=is_outage)
    await relay.handle(Item(1, attempts=0))
    await relay.handle(Item(2, attempts=2))  # counted: its third attempt of three
    [(_, first_at, note), (_, second_at, _)] = queue.released
    assert first_at is not None and first_at > clock.now() and note == "its invoice is not committed yet"
    assert second_at is None


async def test_the_backoff_jitter_is_the_one_the_relay_is_given() -> None:
    async def step(item: Item, owner: str) -> None:
        raise RetryLater("not yet")

    clock = FixedClock()
    waits = []
    for jitter in (0.0, 1.0):
        queue = Queue([])
        relay = Relay(queue, step, SETTINGS, clock, name="test", is_outage=is_outage, rand=lambda j=jitter: j)
        await relay.handle(Item(1, attempts=1))  # its second attempt: 1 s doubled once, half of it jittered
        [(_, retry_at, _)] = queue.released
        assert retry_at is not None
        waits.append((retry_at - clock.now()).total_seconds())
    assert waits == [1.0, 2.0]


async def test_an_item_asked_to_wait_longer_than_the_backoff_waits_that_long() -> None:
    queue = Queue([])

    async def step(item: Item, owner: str) -> None:
        raise RetryLater("the platform asks for ten minutes", retry_after_s=600.0)

    clock = FixedClock()
    relay = Relay(queue, step, SETTINGS, clock, name="test", is_outage=is_outage, rand=lambda: 1.0)
    await relay.handle(Item(1, attempts=0))
    [(_, retry_at, _)] = queue.released
    assert retry_at is not None and (retry_at - clock.now()).total_seconds() == 600.0  # not the backoff's 1 s


def test_the_settings_backoff_doubles_from_their_base_up_to_their_cap() -> None:
    settings = RelaySettings(backoff_base_s=5.0, backoff_cap_s=30.0)
    backoff = settings.backoff(lambda: 1.0)
    assert [backoff.delay(a) for a in (1, 2, 3, 4)] == [5.0, 10.0, 20.0, 30.0]


# --- a platform outage (domain.outage): no attempt spent until the patience ------------------------------------

PATIENT = RelaySettings(max_attempts=3, backoff_base_s=1.0, backoff_cap_s=300.0, outage_patience_s=3600.0)


@dataclass(frozen=True)
class Waiting:
    id: int
    attempts: int = 0
    outage: Outage | None = None


def waiting_relay(queue: Queue, step: Any, clock: FixedClock, **extra: Any) -> Relay[Waiting]:
    """A relay over items that keep the outage they wait through (as the outbox's do), PATIENT."""
    return Relay(
        queue,  # type: ignore[arg-type]
        step,
        PATIENT,
        clock,
        name="test",
        is_outage=is_outage,
        outage_of=lambda item: item.outage,
        **extra,
    )


def retries(clock: FixedClock) -> Retries[Waiting]:
    return Retries(PATIENT, clock, lambda: 1.0, outage_of=lambda item: item.outage)


def test_an_outage_spends_no_attempt_and_its_waits_grow_with_the_time_waited_up_to_the_cap() -> None:
    clock = FixedClock()
    start = clock.now()
    since = Outage("iopole", start)
    waits = []
    for waited_s in (0, 10, 100, 1000, 3000):
        clock.current = start + timedelta(seconds=waited_s)
        again = retries(clock).wait_out(Waiting(1, attempts=2, outage=since), "iopole")
        assert again.attempt == 2 and again.outage == since and again.at is not None
        waits.append((again.at - clock.now()).total_seconds())
    # 1 s at once, then about the time waited again, at most the cap, never past the patience's end (600 s left)
    assert waits == [1.0, 8.0, 64.0, 300.0, 300.0]
    clock.current = start + timedelta(seconds=3500)
    again = retries(clock).wait_out(Waiting(1, outage=since), "iopole")
    assert again.at == start + timedelta(seconds=3600)


def test_past_the_patience_the_item_is_spent_whatever_its_attempts() -> None:
    clock = FixedClock()
    start = clock.now()
    clock.current = start + timedelta(seconds=3600)
    again = retries(clock).wait_out(Waiting(1, attempts=0, outage=Outage("iopole", start)), "iopole")
    assert again.spent and again.attempt == 1 and again.outage == Outage("iopole", start)


def test_an_outage_starts_when_first_seen_and_another_platform_starts_another() -> None:
    clock = FixedClock()
    first = retries(clock).wait_out(Waiting(1), "iopole")
    assert first.outage == Outage("iopole", clock.now())
    earlier = Outage("iopole", clock.now() - timedelta(hours=2))
    other = retries(clock).wait_out(Waiting(1, outage=earlier), "afnor-b")
    assert other.outage == Outage("afnor-b", clock.now()) and not other.spent


def test_a_counted_failure_ends_the_outage_and_an_uncounted_one_keeps_it() -> None:
    clock = FixedClock()
    waiting = Waiting(1, outage=Outage("iopole", clock.now()))
    assert retries(clock).give_back(waiting).outage is None  # the platform answered: its outage is over
    assert retries(clock).give_back(waiting, count=False).outage == waiting.outage  # the database went away


async def test_an_item_waiting_on_its_platform_s_outage_is_given_back_with_no_line_a_pass(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Said by the outage's own lines (the breaker opening and closing, the catch-up's streak), not by each item at
    # each pass: a delivery or a declaration waiting on an outage (and, since session 17, a send its breaker holds)
    # came back every few minutes, each pass an INFO line (10,000 waiting: about 70 lines a second). Something
    # else not ready yet is said as before.
    queue = Queue([])
    why = {1: RetryLater("upload: not called, iopole is down", outage="iopole"), 2: RetryLater("not yet")}

    async def step(item: Waiting, owner: str) -> None:
        raise why[item.id]

    relay = Relay(
        queue,  # type: ignore[arg-type]
        step,
        PATIENT,
        FixedClock(),
        name="test",
        is_outage=is_outage,
        outage_of=lambda item: item.outage,
    )
    caplog.set_level(logging.INFO, logger="service.workers.relay")
    await relay.handle(Waiting(1))
    await relay.handle(Waiting(2))
    assert [(r.levelno, r.getMessage()) for r in caplog.records if r.levelno >= logging.INFO] == [
        (logging.INFO, "test item 2: not yet (not yet); retried later")
    ]
    assert [item for item, _, _ in queue.released] == [1, 2]


async def test_the_relay_gives_an_item_that_found_its_platform_away_back_uncounted_then_gives_it_up_naming_it() -> (
    None
):
    queue = Queue([])
    given_up: list[str] = []

    async def step(item: Waiting, owner: str) -> None:
        raise RetryLater("call 1/2: 503", outage="iopole")

    async def give_up(item: Waiting, owner: str, error: str) -> None:
        given_up.append(error)

    clock = FixedClock()
    start = clock.now()
    relay = waiting_relay(queue, step, clock, give_up=give_up)
    await relay.handle(Waiting(1, attempts=2))  # its last attempt, were the outage counted
    [(_, retry_at, _)] = queue.released
    assert retry_at is not None and queue.outages == [(1, Outage("iopole", start), False)]
    clock.current = start + timedelta(hours=1)
    await relay.handle(Waiting(1, attempts=2, outage=Outage("iopole", start)))
    assert given_up == [
        f"gave up waiting on platform iopole, unavailable since {start.isoformat(timespec='seconds')} (60 min): "
        "call 1/2: 503"
    ]


async def test_a_queue_that_keeps_no_outage_counts_the_attempts_of_an_item_that_found_its_platform_away() -> (
    None
):
    # Its outage would start again at every attempt (nothing keeps when it began): the patience never ran out and the
    # item, spending no attempt, was given back for ever. Such a queue counts the attempt, as any RetryLater.
    queue = Queue([])

    async def step(item: Item, owner: str) -> None:
        raise RetryLater("call 1/2: 503", retry_after_s=5.0, outage="iopole")

    clock = FixedClock()
    relay = Relay(queue, step, PATIENT, clock, name="test", is_outage=is_outage)  # outage_of: none kept
    await relay.handle(Item(1, attempts=0))
    await relay.handle(Item(1, attempts=PATIENT.max_attempts - 1))
    assert queue.outages == [(1, None, True), (1, None, True)]
    [first, last] = queue.released
    assert (
        first[1] == clock.now() + timedelta(seconds=5) and last[1] is None
    )  # the Retry-After kept; then parked


@dataclass
class ClaimFailing(Queue):
    """Its claims fail with `failure` until `failures` is spent, then it has nothing due."""

    failure: Exception = field(default_factory=lambda: ConnectionRefusedError("the database is down"))
    failures: int = 2
    answered: int = 0  # claims that answered (nothing due)

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[Item]:
        if self.failures:
            self.failures -= 1
            raise self.failure
        self.answered += 1
        return []


async def _claims_failing(queue: ClaimFailing, caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    async def step(item: Item, owner: str) -> None:
        return None

    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage, owner="me")
    stop = asyncio.Event()
    caplog.set_level(logging.WARNING)
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: queue.answered >= 2)
    stop.set()
    await task
    return [r for r in caplog.records if "claiming" in r.getMessage()]


async def test_claims_failing_while_the_database_is_down_are_said_once_then_their_end_with_a_count(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A PostgreSQL stopped for 25 s under traffic gave 32 ERROR tracebacks of the relays' polls, beside the
    # outage's own warnings: the on-call engineer read each as a bug. Then one WARNING per poll (about one a second
    # per relay, for the whole outage), and nothing said when it was over.
    logged = await _claims_failing(ClaimFailing([], failures=5), caplog)
    assert [(r.levelno, r.exc_info) for r in logged] == [(logging.WARNING, None)] * 2
    assert logged[0].getMessage() == (
        "test me: claiming failed, the database is unavailable (ConnectionRefusedError); said again once it works"
    )
    assert logged[1].getMessage().startswith("test me: claiming works again, after 5 failure(s) over ")


async def test_a_claim_failing_for_another_reason_keeps_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logged = await _claims_failing(ClaimFailing([], failure=ValueError("a bug of ours"), failures=1), caplog)
    assert [(r.levelno, bool(r.exc_info)) for r in logged] == [
        (logging.ERROR, True),
        (logging.WARNING, False),
    ]


async def test_a_claim_failing_for_this_host_s_reason_is_said_once_with_its_traceback_then_its_end(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Seen on serve with its open files at their limit: each relay's every poll logged an ERROR and its traceback
    # (126 in 2 minutes), beside gRPC's own line each second.
    failure = OSError(errno.EMFILE, "Too many open files")
    logged = await _claims_failing(ClaimFailing([], failure=failure, failures=5), caplog)
    assert [(r.levelno, bool(r.exc_info)) for r in logged] == [
        (logging.ERROR, True),
        (logging.WARNING, False),
    ]
    assert logged[0].getMessage() == (
        "test me: claiming failed, OSError: [Errno 24] Too many open files; said again once it works"
    )
    assert logged[1].getMessage().startswith("test me: claiming works again, after 5 failure(s) over ")
