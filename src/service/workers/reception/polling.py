"""Catch-up for missed webhooks, whatever the platform: each platform package's CatchUpSource (IOPOLE notSeen lists,
XP Z12-013 flows/search with updatedAfter) hands over deliveries for the SAME inbox as the webhooks, under the same
dedup keys, so something that arrives both ways lands once. An item is acknowledged to its source (marked seen,
checkpoint moved) only after it is stored, so a crash in between means it is fetched again, never lost. Each round
is bounded; the loop survives a bad round and runs under the process supervisor (service/workers/supervisor.py).
With a checkpoint store, the source's position (AFNOR's updatedAfter) is kept under the poller's name (one per
platform profile) after each round that moved it, and the first round after a start resumes from it.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from aio.streak import Streak
from domain.inbox_ports import DeliveryStore
from domain.platform import PlatformError, PlatformUnavailable
from domain.platform_inbound import CatchUpCheckpoints, CatchUpSource, CatchUpTally
from domain.ports import OutageCheck
from service.observability.business_metrics import CATCH_UP_ITEMS, CATCH_UP_ROUNDS
from service.workers.pause import pause

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PollRound:
    stored: int = 0  # new deliveries in the inbox
    already_known: int = 0  # came by webhook (or an earlier round) already
    failed: int = 0  # stored, but acknowledging it to the platform failed: fetched again next round
    skipped: int = 0  # the source could not read or fetch it: left for a later round
    given_up: int = 0  # unreadable round after round: the source stopped trying (logged once)

    @property
    def fetched(self) -> int:
        return self.stored + self.already_known


class CatchUpPoller:
    def __init__(
        self,
        source: CatchUpSource,
        store: DeliveryStore,
        *,
        is_outage: OutageCheck,
        name: str = "catch-up",
        interval_s: float = 60.0,
        max_items: int = 100,
        checkpoints: CatchUpCheckpoints | None = None,
    ) -> None:
        self._source = source
        self._checkpoints = checkpoints
        self._kept: str | None = None  # the position last kept (None: not loaded yet)
        self._store = store
        self._is_outage = is_outage
        self.name = name
        self._interval_s = interval_s
        self._max_items = max_items
        self._tally = CatchUpTally()  # the source's, at the end of the last round
        # its platform down round after round: said when it begins and when it ends, not with a traceback each round
        self._platform_down = Streak(_log, f"{self.name}: catching up")

    async def poll_once(self) -> PollRound:
        if self._checkpoints is not None and self._kept is None:
            kept = await self._checkpoints.load(self.name)
            self._source.resume(kept)
            self._kept = kept.position
        stored = known = failed = 0
        for item in await self._source.fetch(self._max_items):
            try:
                if await self._store.add(item.delivery) is None:
                    known += 1
                else:
                    stored += 1
                await self._source.stored(item)
            except PlatformError:
                failed += 1
                _log.warning("%s: acknowledging %s failed", self.name, item.delivery.dedup_key, exc_info=True)
        skipped, given_up = self._counted()
        if self._checkpoints is not None:
            position = self._source.position()
            if position and position != self._kept:
                # earlier than the one kept: the source did not resume from it (ahead of its clock), replaced
                behind = self._kept if self._kept and position < self._kept else ""
                await self._checkpoints.save(self.name, position, replacing=behind)
                self._kept = position
        return PollRound(stored, known, failed, skipped, given_up)

    def _counted(self) -> tuple[int, int]:
        """What the source skipped and gave up on since the last round, counted on /metrics under this poller."""
        last, self._tally = self._tally, self._source.tally()
        skipped, given_up = self._tally.skipped - last.skipped, self._tally.given_up - last.given_up
        CATCH_UP_ITEMS.labels(self.name, "skipped").inc(skipped)
        CATCH_UP_ITEMS.labels(self.name, "given_up").inc(given_up)
        return skipped, given_up

    async def round(self) -> None:
        """One round that never raises, counted by its outcome on /metrics (pdp_gateway_catch_up_rounds_total)."""
        outcome = "ok"
        try:
            await self.poll_once()
        except PlatformUnavailable as exc:
            outcome = "failed"
            self._platform_down.failed(f"the platform is unavailable ({exc})")
        except PlatformError:
            outcome = "failed"
            _log.warning("%s: round failed", self.name, exc_info=True)
        except Exception as exc:  # noqa: BLE001 - the poller must survive a bad round
            if self._is_outage(exc):  # the database away: no bug of ours, the next round tries again
                outcome = "failed"
                _log.warning(
                    "%s: round failed, the database is unavailable (%s)", self.name, type(exc).__name__
                )
            else:
                outcome = "crashed"
                _log.exception("%s: round crashed", self.name)
        if outcome == "ok":
            self._platform_down.succeeded()
        CATCH_UP_ROUNDS.labels(self.name, outcome).inc()

    async def run(self, stop: asyncio.Event) -> None:
        """A round every interval until `stop` (run under the process's supervisor, which restarts it and shows it
        in /readyz)."""
        while not stop.is_set():
            await self.round()
            await pause(stop, self._interval_s)
