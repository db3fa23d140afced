from __future__ import annotations

import asyncio
import logging

import pytest

from adapters.postgres.outage import is_outage
from service.workers.supervisor import Progress, RestartPolicy, Supervisor

HANG_GUARD = 30  # a broken supervisor fails the test instead of hanging it; never a speed assertion
NOW = RestartPolicy(base_s=0, cap_s=0, healthy_after_s=0)
NEVER = RestartPolicy(base_s=3600, cap_s=3600, healthy_after_s=3600)


class Flaky:
    """Dies `deaths` times, then works until stopped."""

    def __init__(self, deaths: int, error: Exception | None = None) -> None:
        self.deaths = deaths
        self.error = error or RuntimeError("boom")
        self.starts = 0
        self.working = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        self.starts += 1
        if self.starts <= self.deaths:
            raise self.error
        self.working.set()
        await stop.wait()


async def test_a_task_that_dies_is_restarted_until_it_works_then_is_up() -> None:
    supervisor = Supervisor(NOW, is_outage=is_outage)
    flaky = Flaky(deaths=3)
    handle = supervisor.start("inbox-worker", flaky.run)
    await asyncio.wait_for(flaky.working.wait(), HANG_GUARD)
    await asyncio.sleep(0)  # the "healthy" callback of the last restart
    assert flaky.starts == 4 and handle.restarts == 3
    assert supervisor.down() == {}
    await supervisor.close()


async def test_a_dead_task_is_down_with_its_reason_while_it_waits_to_restart() -> None:
    supervisor = Supervisor(NEVER, is_outage=is_outage)
    flaky = Flaky(deaths=1, error=ConnectionRefusedError("db down"))
    handle = supervisor.start("event-feed-listener", flaky.run)
    while handle.up:
        await asyncio.sleep(0)
    # what waits on the database says so (/readyz lists it under down): "FileNotFoundError: …" alone did not
    assert supervisor.down() == {
        "event-feed-listener": "waiting for the database (ConnectionRefusedError: db down)"
    }
    await asyncio.wait_for(supervisor.close(), HANG_GUARD)  # the stop cuts the backoff short
    assert flaky.starts == 1


async def test_a_running_task_whose_items_finish_none_past_its_bound_is_named_stalled() -> None:
    supervisor = Supervisor(NEVER, is_outage=is_outage)
    said = [Progress(16, 360.0, 360.0)]
    working, dying = Flaky(deaths=0), Flaky(deaths=1)
    supervisor.start("pipeline-dispatcher", working.run, progress=lambda: said[0])
    dead = supervisor.start("inbox-worker", dying.run, progress=lambda: said[0])
    while dead.up:
        await asyncio.sleep(0)
    assert supervisor.down() == {"inbox-worker": "RuntimeError: boom"}  # at its bound: not yet a stall
    assert supervisor.relays_idle() == {"pipeline-dispatcher": 360.0, "inbox-worker": 360.0}

    said[0] = Progress(16, 361.0, 360.0, where=("wait (locks.py:213) < upload (send.py:300)",))
    stalled = (
        "stalled: 16 item(s) in flight, one of them silent (no lease renewed, not ended) for 361 s (bound 360 s);"
        " waiting at wait (locks.py:213) < upload (send.py:300)"
    )
    assert supervisor.down() == {"pipeline-dispatcher": stalled, "inbox-worker": "RuntimeError: boom"}
    assert supervisor.stalled() == {"pipeline-dispatcher": stalled}  # a dead task is down, not stalled
    said[0] = Progress(0, 0.0, 360.0)  # nothing in flight: idle, not stalled
    assert supervisor.down() == {"inbox-worker": "RuntimeError: boom"}
    assert supervisor.stalled() == {}
    await asyncio.wait_for(supervisor.close(), HANG_GUARD)


async def test_a_task_that_returns_before_its_stop_counts_as_dead() -> None:
    supervisor = Supervisor(NEVER, is_outage=is_outage)

    async def quits(stop: asyncio.Event) -> None:
        return None

    handle = supervisor.start("notseen-poller", quits)
    while handle.up:
        await asyncio.sleep(0)
    assert "returned before it was asked to stop" in supervisor.down()["notseen-poller"]
    await supervisor.close()


async def test_a_restart_is_down_until_it_has_run_the_healthy_delay() -> None:
    supervisor = Supervisor(RestartPolicy(base_s=0, cap_s=0, healthy_after_s=3600), is_outage=is_outage)
    flaky = Flaky(deaths=1)
    handle = supervisor.start("outbox-listener", flaky.run)
    await asyncio.wait_for(flaky.working.wait(), HANG_GUARD)
    assert not handle.up and handle.restarts == 1  # running again, not yet trusted
    await supervisor.close()


async def test_backoff_doubles_with_consecutive_deaths_up_to_its_cap() -> None:
    policy = RestartPolicy(base_s=0.001, cap_s=0.008, healthy_after_s=3600)
    supervisor = Supervisor(
        policy, rand=lambda: 1.0, is_outage=is_outage
    )  # the jitter's top: the whole exponential delay
    delays: list[float] = []
    working = asyncio.Event()

    async def run(stop: asyncio.Event) -> None:
        if handle is not None and handle.restarts:
            delays.append(handle.last_delay_s)
        if len(delays) < 5:
            raise RuntimeError("boom")
        working.set()
        await stop.wait()

    handle = None
    handle = supervisor.start("declaration-relay", run)
    await asyncio.wait_for(working.wait(), HANG_GUARD)
    assert delays == [0.001, 0.002, 0.004, 0.008, 0.008]
    await supervisor.close()


async def test_stop_waits_for_the_task_and_names_are_unique() -> None:
    supervisor = Supervisor(NOW, is_outage=is_outage)
    stopped = asyncio.Event()

    async def run(stop: asyncio.Event) -> None:
        await stop.wait()
        stopped.set()

    handle = supervisor.start("pipeline-dispatcher", run)
    await asyncio.sleep(0)  # it starts
    with pytest.raises(ValueError, match="already supervised"):
        supervisor.start("pipeline-dispatcher", run)
    await supervisor.stop(handle)
    assert stopped.is_set() and supervisor.names() == []


async def test_restarts_through_a_database_outage_are_said_once_then_when_the_task_is_up(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # PostgreSQL stopped 35 s on a real serve: each LISTEN task's restart was a WARNING ("background task
    # event-feed-listener stopped (FileNotFoundError: …); restart in 4.1 s"), 15 for the event feed's alone
    supervisor = Supervisor(NOW, is_outage=is_outage)
    flaky = Flaky(deaths=5, error=ConnectionRefusedError("db down"))
    with caplog.at_level(logging.INFO, logger="service.workers.supervisor"):
        supervisor.start("outbox-listener", flaky.run)
        await asyncio.wait_for(flaky.working.wait(), HANG_GUARD)
        await asyncio.sleep(0)  # the "healthy" callback of the last restart
        await supervisor.close()
    said = [(r.levelno, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING]
    assert said[0] == (
        logging.WARNING,
        "background task outbox-listener failed, stopped (ConnectionRefusedError: db down), restarted with backoff;"
        " said again once it works",
    )
    assert said[1][0] == logging.WARNING
    assert said[1][1].startswith("background task outbox-listener works again, after 5 failure(s) over ")
    assert len(said) == 2


async def test_a_stall_is_logged_once_with_where_it_waits_and_once_when_it_moves_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    supervisor = Supervisor(NEVER, is_outage=is_outage)
    said = [Progress(2, 10.0, 60.0)]
    supervisor.start("declaration-relay", Flaky(deaths=0).run, progress=lambda: said[0])
    said[0] = Progress(0, 0.0, 60.0, loop_idle_s=61.0, where=("loop: claim (relay.py:250)",))
    for _ in range(3):  # /healthz, /readyz and /metrics ask it again and again
        assert supervisor.stalled()
    said[0] = Progress(0, 0.0, 60.0)
    assert supervisor.stalled() == {} and supervisor.stalled() == {}
    lines = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "service.workers.supervisor"]
    assert lines == [
        (
            logging.ERROR,
            "background task declaration-relay stalled: its loop has not turned for 61 s, 0 item(s) in flight"
            " (bound 60 s); waiting at loop: claim (relay.py:250): /healthz answers 503 until it moves (a liveness"
            " probe restarts serve; docs/on-call.md, a relay stalled)",
        ),
        (logging.WARNING, "background task declaration-relay shows signs of life again"),
    ]
    await asyncio.wait_for(supervisor.close(), HANG_GUARD)
