"""What waits on a platform is woken once each time its breaker closes, not while it is open nor again after."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import pytest

from adapters.postgres.outage import is_outage
from domain.platform_breaker import Breakers
from service.workers.platform_wake import PlatformWake, init_platform_wake
from service.workers.supervisor import Supervisor


async def test_each_closing_wakes_what_waits_on_that_platform_once() -> None:
    woken: list[str] = []

    async def wake(platform: str) -> int:
        woken.append(platform)
        return 3

    breakers = Breakers(lambda: 0.0, lambda: datetime(2026, 12, 7, tzinfo=UTC), opens_after=1)
    waking = PlatformWake(breakers, wake)
    iopole, afnor = breakers.of("iopole"), breakers.of("afnor-pa")
    afnor.answered()  # answering, never down: nothing to wake
    iopole.failed("503")
    await waking.once()
    assert woken == []  # still down: its items wait
    iopole.answered()
    await waking.once()
    await waking.once()
    assert woken == ["iopole"]
    iopole.failed("503")
    iopole.answered()
    await waking.once()
    assert woken == ["iopole", "iopole"]


HANG_GUARD = 30  # a broken loop fails the test instead of hanging it; never a speed assertion


def _breakers() -> Breakers:
    return Breakers(lambda: 0.0, lambda: datetime(2026, 12, 7, tzinfo=UTC), opens_after=1)


async def test_a_platform_that_closed_is_woken_whatever_the_ones_before_it_in_the_list() -> None:
    woken: list[str] = []

    async def wake(platform: str) -> int:
        woken.append(platform)
        return 0

    breakers = _breakers()
    waking = PlatformWake(breakers, wake)
    first, second = breakers.of("iopole"), breakers.of("afnor-pa")
    first.failed("503")  # still down
    second.failed("503")
    second.answered()
    await waking.once()
    assert woken == ["afnor-pa"]


async def test_it_runs_until_stopped_and_is_supervised_under_its_name() -> None:
    stop = asyncio.Event()
    woken: list[str] = []

    async def wake(platform: str) -> int:
        woken.append(platform)
        stop.set()
        return 1

    breakers = _breakers()
    breakers.of("iopole").failed("503")
    breakers.of("iopole").answered()
    await asyncio.wait_for(PlatformWake(breakers, wake).run(stop), HANG_GUARD)
    assert woken == ["iopole"]

    supervised = asyncio.Event()

    async def wake_supervised(platform: str) -> int:
        supervised.set()
        return 1

    supervisor = Supervisor(is_outage=is_outage)
    resource = init_platform_wake(breakers, wake_supervised, supervisor)
    waking = await anext(resource)
    assert isinstance(waking, PlatformWake) and supervisor.names() == ["platform-wake"]
    await asyncio.wait_for(supervised.wait(), HANG_GUARD)  # the supervised task wakes what waits on iopole
    with pytest.raises(StopAsyncIteration):
        await anext(resource)
    assert supervisor.names() == []


async def test_it_looks_again_every_interval_and_logs_what_it_made_due(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stop = asyncio.Event()
    breakers = _breakers()
    iopole = breakers.of("iopole")
    woken: list[str] = []

    async def wake(platform: str) -> int:
        woken.append(platform)
        if len(woken) == 2:
            stop.set()
        else:  # down and up again before the next look
            iopole.failed("503")
            iopole.answered()
        return 7

    iopole.failed("503")
    iopole.answered()
    with caplog.at_level(logging.INFO, logger="service.workers.platform_wake"):
        await asyncio.wait_for(PlatformWake(breakers, wake, interval_s=0.0).run(stop), HANG_GUARD)
    assert woken == ["iopole", "iopole"]
    assert [r.getMessage() for r in caplog.records] == [
        "platform iopole answers again: 7 waiting item(s) due now"
    ] * 2
