"""The relay's loop (Relay.run): what it claims and as whom, the tasks it starts, an abort that comes during a claim,
and a release retried through a database outage until the relay stops."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from adapters.postgres.outage import is_outage
from domain.errors import ConcurrencyConflict
from domain.leased_queue import GiveBack, LeaseLost, RetryLater
from domain.outage import Outage
from service.workers.relay import STOPPED, Relay, RelaySettings, Retries, outage_step
from tests.fakes import FixedClock
from tests.unit.service.workers.test_relay import (
    PATIENT,
    SETTINGS,
    Item,
    Queue,
    Waiting,
    _until,
    waiting_relay,
)


@dataclass
class Recording(Queue):
    claims: list[tuple[str, int, float]] = field(default_factory=list)

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[Item]:
        self.claims.append((owner, limit, lease_s))
        return await super().claim(owner, limit, lease_s)


def running(
    queue: Queue, step: Any, **settings: Any
) -> tuple[Relay[Item], asyncio.Event, asyncio.Task[None]]:
    """A relay over `queue` with SETTINGS changed by `settings`, running until its stop is set."""
    relay = Relay(queue, step, replace(SETTINGS, **settings), FixedClock(), name="test", is_outage=is_outage)
    stop = asyncio.Event()
    return relay, stop, asyncio.create_task(relay.run(stop))


async def test_the_relay_claims_as_itself_for_its_lease_no_more_than_its_free_slots_one_named_task_an_item(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="service.workers.relay")
    queue = Recording([Item(1), Item(2), Item(3)])
    go = asyncio.Event()

    async def step(item: Item, owner: str) -> None:
        await go.wait()

    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage, owner="w1")
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: relay.in_flight == 2)
    assert {"test-1", "test-2"} <= {t.get_name() for t in asyncio.all_tasks()}
    await asyncio.sleep(0.05)  # several poll intervals, its slots all taken: it claims nothing
    assert queue.claims == [("w1", 2, SETTINGS.lease_s)]
    go.set()
    await _until(lambda: relay.handled == 3)
    stop.set()
    await task
    assert queue.claims[1] == ("w1", 2, SETTINGS.lease_s)  # both slots free again: 3 is the last
    assert all(owner == "w1" and 0 < limit <= 2 for owner, limit, _ in queue.claims)
    said = [r.getMessage() for r in caplog.records]
    assert said[0] == "test w1 started" and said[-1] == "test w1 stopped"


async def test_an_abort_during_a_claim_starts_nothing_it_claimed_and_the_relay_waits_for_its_stop() -> None:
    started: list[int] = []

    async def step(item: Item, owner: str) -> None:
        started.append(item.id)

    class Aborting(Queue):
        async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[Item]:
            await relay.abort()  # a crash's stand-in, while the claim was under way
            return await super().claim(owner, limit, lease_s)

    queue = Aborting([Item(1), Item(2)])
    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: queue.items == [])
    await asyncio.sleep(0.05)  # several poll intervals
    assert not task.done() and started == []  # claimed, not started: their leases run out
    stop.set()
    await task


async def test_a_release_is_retried_through_a_database_outage_until_the_relay_stops() -> None:
    queue = Queue([Item(1)], outage_releases=1_000_000)  # the database stays down

    async def step(item: Item, owner: str) -> None:
        raise ValueError("the item's own failure")

    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: queue.outage_releases <= 1_000_000 - 3)  # tried again each poll interval
    stop.set()
    async with asyncio.timeout(10):
        await task  # the stop ends the retries (the lease's 30 s would otherwise)
    assert relay.handled == 1 and queue.released == []


async def test_a_notification_wakes_the_relay_before_its_poll_interval() -> None:
    work = asyncio.Event()

    class Notifying(Queue):
        async def wait_for_work(self, timeout: float) -> None:
            await work.wait()
            work.clear()

    never = asyncio.Event()

    async def step(item: Item, owner: str) -> None:
        if item.id == 1:
            await never.wait()

    queue = Notifying([])
    relay, stop, task = running(queue, step, poll_interval_s=3600.0)
    await asyncio.sleep(0.05)  # claimed nothing, waiting
    queue.items.append(Item(1))
    work.set()
    await _until(lambda: relay.in_flight == 1)  # long before the hour's poll
    for n in (2, 3):  # one slot of its two left: it still waits for the notification
        queue.items.append(Item(n))
        work.set()
        await _until(lambda: relay.handled == n - 1)  # noqa: B023 - awaited within the iteration
    stop.set()
    never.set()
    await task


async def _done(item: Item, owner: str) -> None:
    return None


async def test_an_item_that_found_its_platform_away_waits_its_retry_after_uncounted() -> None:
    queue = Queue([])
    clock = FixedClock()

    async def step(item: Waiting, owner: str) -> None:
        raise RetryLater("503", outage="iopole", retry_after_s=120)

    relay = waiting_relay(queue, step, clock)
    await relay.handle(Waiting(1))
    assert queue.released == [(1, clock.now() + timedelta(seconds=120), "503")]
    assert queue.outages == [(1, Outage("iopole", clock.now()), False)]


def test_a_give_back_says_the_attempt_it_counts_and_the_outage_a_spent_item_waited_through() -> None:
    clock = FixedClock()
    since = clock.now() - timedelta(minutes=5)
    kept = Retries(PATIENT, clock, lambda: 0.5, outage_of=lambda item: Outage("iopole", since))
    assert kept.give_back(Waiting(1, attempts=1)).attempt == 2
    spent = kept.give_back(Waiting(1, attempts=3), count=False)  # a database outage on an item already spent
    assert (spent.attempt, spent.at, spent.outage) == (3, None, Outage("iopole", since))


async def test_an_item_that_met_a_concurrent_change_is_given_back_uncounted() -> None:
    queue = Queue([])

    async def step(item: Item, owner: str) -> None:
        raise ConcurrencyConflict("the invoice moved meanwhile")

    relay = Relay(queue, step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    await relay.handle(Item(1, attempts=2))  # its last attempt, were it counted
    [(_, retry_at, error)] = queue.released
    assert retry_at is not None and error == "changed meanwhile; retrying"
    assert queue.outages == [(1, None, False)]


async def test_a_full_batch_is_followed_by_another_claim_at_once() -> None:
    queue = Queue([Item(i) for i in range(1, 6)])  # batches of 2: 2, 2, 1
    go = asyncio.Event()

    async def step(item: Item, owner: str) -> None:
        await go.wait()  # no slot freed meanwhile: nothing else would wake the relay before its poll

    relay, stop, task = running(queue, step, concurrency=16, poll_interval_s=3600.0)
    await _until(lambda: relay.in_flight == 5)  # long before the hour's poll
    go.set()
    stop.set()
    await task


async def test_on_stop_the_items_in_flight_have_the_grace_to_finish_then_are_cancelled() -> None:
    finish = asyncio.Event()
    ended: dict[int, str] = {}

    async def step(item: Item, owner: str) -> None:
        try:
            if item.id == 1:
                await finish.wait()
            else:
                await asyncio.Event().wait()  # never ends
            ended[item.id] = "finished"
        except asyncio.CancelledError:
            ended[item.id] = "cancelled"
            raise

    relay, stop, task = running(Queue([Item(1), Item(2)]), step, stop_grace_s=0.2)
    await _until(lambda: relay.in_flight == 2)
    stop.set()
    finish.set()
    async with asyncio.timeout(10):
        await task  # the grace (0.2 s), not the item that never ends
    assert ended == {1: "finished", 2: "cancelled"} and relay.in_flight == 0


async def test_an_item_cut_short_by_the_stop_is_given_back_due_at_once_with_no_attempt_spent() -> None:
    # Before: left leased, so a deploy's SIGTERM held its rows until their lease expired (3 minutes by default).
    queue = Queue([Item(1, attempts=3), Item(2)])

    async def step(item: Item, owner: str) -> None:
        if item.id == 1:
            await asyncio.Event().wait()  # never ends

    relay, stop, task = running(queue, step, stop_grace_s=0.05)
    await _until(lambda: relay.handled == 1 and relay.in_flight == 1)
    stop.set()
    async with asyncio.timeout(10):
        await task
    now = relay.clock.now()
    assert queue.released == [(1, now, STOPPED)]  # item 2 ended by itself: nothing to give back
    assert queue.outages == [(1, None, False)]  # not counted


async def test_an_item_cut_short_by_the_stop_is_given_back_as_its_relay_with_its_attempts_and_outage_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="service.workers.relay")
    given: list[tuple[int, str, GiveBack]] = []

    class Keeping(Queue):
        async def release(self, item: Item, owner: str, again: GiveBack, *, error: str, count: bool) -> None:
            given.append((item.id, owner, again))
            await super().release(item, owner, again, error=error, count=count)

    outage = Outage("iopole", datetime(2026, 12, 8, 0, 0, tzinfo=UTC))

    async def step(item: Item, owner: str) -> None:
        await asyncio.Event().wait()  # never ends

    queue = Keeping([Item(1, attempts=2)])
    relay = Relay(
        queue,
        step,
        replace(SETTINGS, stop_grace_s=0.05),
        FixedClock(),
        name="test",
        is_outage=is_outage,
        outage_of=lambda item: outage if item.id == 1 else None,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    await _until(lambda: relay.in_flight == 1)
    stop.set()
    async with asyncio.timeout(10):
        await task
    now = relay.clock.now()
    assert given == [(1, relay.owner, GiveBack(2, now, outage, decided=now, cut_short=True))]
    assert [r.getMessage() for r in caplog.records if "cut short" in r.getMessage()] == [
        f"test {relay.owner}: 1 item(s) cut short by the stop, given back"
    ]


async def test_a_stop_that_cannot_give_back_its_items_leaves_their_leases_to_expire_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    queue = Queue([Item(1)], outage_releases=1)

    async def step(item: Item, owner: str) -> None:
        await asyncio.Event().wait()

    relay, stop, task = running(queue, step, stop_grace_s=0.05)
    await _until(lambda: relay.in_flight == 1)
    stop.set()
    async with asyncio.timeout(10):
        await task  # the database away: not waited for
    assert queue.released == []
    assert [r.getMessage() for r in caplog.records if "cut short" in r.getMessage()] == [
        f"test {relay.owner}: 1 item(s) cut short by the stop not given back (ConnectionRefusedError): their leases"
        " expire"
    ]


@pytest.mark.parametrize(
    "bad",
    [{"concurrency": 0}, {"batch_size": 0}, {"max_attempts": 0}],
)
def test_settings_refuse_no_slot_no_batch_or_no_attempt_and_take_one_of_each(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="^concurrency, batch_size and max_attempts must be positive$"):
        RelaySettings(**bad)  # type: ignore[arg-type]
    assert RelaySettings(concurrency=1, batch_size=1, max_attempts=1).concurrency == 1


def test_settings_refuse_no_patience_and_take_any_above_none() -> None:
    with pytest.raises(ValueError, match="^outage_patience_s must be positive$"):
        RelaySettings(outage_patience_s=0.0)
    assert RelaySettings(outage_patience_s=0.5).outage_patience_s == 0.5


def test_an_outage_s_backoff_step_follows_the_time_waited_over_the_base() -> None:
    assert [outage_step(waited, 1.0) for waited in (0, 1, 3, 7)] == [1, 2, 3, 4]  # after 7 s, the 4th
    assert outage_step(7, 0.5) == 4 and outage_step(1.5, 0.5) == 3
    assert outage_step(3600, 0.0) == 1  # no base: the first step, never a division by zero


@pytest.mark.parametrize(
    ("raised", "said"),
    [
        (
            LeaseLost("row 1"),
            (logging.WARNING, "test item 1: lease lost to another worker; its result was discarded"),
        ),
        (
            ConnectionResetError("gone"),
            (
                logging.WARNING,
                "1 item(s) retried later, no attempt spent: test: the database is away; the last: item 1:"
                " ConnectionResetError",
            ),
        ),
        (ValueError("a bug"), (logging.ERROR, "test item 1 failed")),
    ],
    ids=["lease-lost", "database-away", "item-failed"],
)
async def test_each_way_an_item_ends_badly_is_said_in_one_line_naming_the_relay_and_the_item(
    caplog: pytest.LogCaptureFixture, raised: Exception, said: tuple[int, str]
) -> None:
    async def step(item: Item, owner: str) -> None:
        raise raised

    relay = Relay(Queue([]), step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    await relay.handle(Item(1))
    assert [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "service.workers.relay"] == [
        said
    ]


async def test_items_an_outage_interrupts_are_said_as_a_count_not_a_line_each(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Before: a WARNING an item and a pass through a database outage (16 in flight at each stop, then each pass).
    async def step(item: Item, owner: str) -> None:
        raise ConnectionResetError("gone")

    relay = Relay(Queue([]), step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    for n in range(1, 50):
        await relay.handle(Item(n))
    said = [r.getMessage() for r in caplog.records if r.name == "service.workers.relay"]
    assert said == [
        "1 item(s) retried later, no attempt spent: test: the database is away; the last: item 1: ConnectionResetError"
    ]  # the other 48 counted, said within 10 s


async def test_a_release_failing_for_another_reason_than_an_outage_is_said_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Broken(Queue):
        async def release(self, *args: Any, **kwargs: Any) -> None:
            raise ValueError("a bug in release")

    async def step(item: Item, owner: str) -> None:
        raise ValueError("a bug")

    relay = Relay(Broken([]), step, SETTINGS, FixedClock(), name="test", is_outage=is_outage)
    await relay.handle(Item(1))
    assert [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "service.workers.relay"] == [
        (logging.ERROR, "test item 1 failed"),
        (logging.ERROR, "test item 1: releasing it failed"),
    ]
