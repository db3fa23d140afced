"""What waits on a platform is woken once each time its breaker closes, not while it is open nor again after."""

from __future__ import annotations

from datetime import UTC, datetime

from domain.platform_breaker import Breakers
from service.workers.platform_wake import PlatformWake


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
