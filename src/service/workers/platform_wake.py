"""What waits on a platform, due again as soon as its breaker closes (domain.platform_breaker).

Each item waiting on a platform's outage is given back at the backoff of how long it has waited (up to 5 minutes
apart once the outage has lasted: service.workers.relay.outage_step); the breaker holds their calls meanwhile but
does not make them due when the platform answers again. A supervised task of the main process looks at the breakers
every `interval_s` and, for each one that closed since, makes what waits on that profile due now
(adapters.postgres.outage_wake): the backlog goes at the relays' pace, not at the end of each item's wait.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from domain.platform_breaker import Breakers
from service.workers.pause import pause
from service.workers.supervisor import Supervisor

_log = logging.getLogger(__name__)

Wake = Callable[[str], Awaitable[int]]  # platform profile -> how many items were made due
WAKE_EVERY_S = 1.0


class PlatformWake:
    def __init__(self, breakers: Breakers, wake: Wake, interval_s: float = WAKE_EVERY_S) -> None:
        self._breakers = breakers
        self._wake = wake
        self._interval_s = interval_s
        self._seen: dict[str, int] = {}  # closings of each breaker already woken for

    async def once(self) -> None:
        for breaker in self._breakers.all():
            closings = breaker.closings
            if closings == self._seen.get(breaker.platform, 0):
                continue
            woken = await self._wake(breaker.platform)  # a database outage raises: the supervisor retries
            self._seen[breaker.platform] = closings
            _log.info("platform %s answers again: %d waiting item(s) due now", breaker.platform, woken)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await self.once()
            await pause(stop, self._interval_s)


async def init_platform_wake(
    breakers: Breakers, wake: Wake, supervisor: Supervisor
) -> AsyncIterator[PlatformWake]:
    """Resource: supervised from now until shutdown (gated: it writes rows the schema must know)."""
    waking = PlatformWake(breakers, wake)
    task = supervisor.start("platform-wake", waking.run)
    try:
        yield waking
    finally:
        await supervisor.stop(task)
