"""IOPOLE invoices the catch-up finds in the notSeen list but cannot download: when to stop trying.

An invoice whose download fails stays not seen (IOPOLE offers it again) and is tried again next round, after the
invoices that never failed, so that a few failing ones never hold the round's slots. It is given up, logged once at
ERROR and counted (`given_up`), when it has:
- found the platform away (PlatformUnavailable: no answer, a 5xx, a 429) at every try for the outage patience
  (PIPELINE_OUTAGE_PATIENCE_S, the relays' own: `service.workers.relay.Retries.wait_out`) since its first failed
  download: the same wait an invoice to send gets through a platform's outage, decided at a failed try;
- been refused otherwise (not found, an answer too large to read, credentials) for GIVE_UP_ROUNDS rounds, as an
  item the gateway cannot read is (adapters.pdp.unreadable_items).
A given-up invoice is passed over in silence and stays on IOPOLE's side, not seen: an operator looks at it there.
What is known of failing invoices is bounded (REMEMBERED each) and kept in memory only: after a restart (or once
forgotten) an invoice is tried again from the start, and given up again, counted again, if it still fails.

The patience is counted on the monotonic clock, not on the database's as the relays' is: a relay's outage begins in
a row, read back by any replica after any restart, so it needs one clock all of them share; this one begins and ends
in one process's memory, where the monotonic clock measures it exactly. On the host's wall clock (until session
17), a host stepped a day forward gave up at once on every download failing through an outage.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from adapters.pdp.remembered import remember
from adapters.pdp.unreadable_items import GIVE_UP_ROUNDS, REMEMBERED
from domain.bounds import printable, shorten
from domain.outage import Outage, gave_up
from domain.platform import PlatformError, PlatformUnavailable

log = logging.getLogger(__name__)

ERROR_CHARS = 300  # an adapter's own message, bounded in a log line


@dataclass(slots=True)
class _Failing:
    since: datetime  # its first failed download, as the log says it
    started: float  # the same instant on the monotonic clock, which the patience is counted on
    refused: int = 0  # failed tries that were not the platform's outage


class FailedDownloads:
    def __init__(
        self,
        platform: str,
        *,
        patience_s: float,
        now: Callable[[], datetime],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._platform = platform
        self._patience_s = patience_s
        self._now = now
        self._monotonic = monotonic
        self._failing: OrderedDict[str, _Failing] = OrderedDict()  # the most recent failure last
        self._given_up: OrderedDict[str, None] = OrderedDict()
        self.skipped = 0  # failed tries left for a later round
        self.given_up = 0

    def given_up_on(self, platform_id: str) -> bool:
        return platform_id in self._given_up

    def failing(self, platform_id: str) -> bool:
        return platform_id in self._failing

    def fetched(self, platform_id: str) -> None:
        self._failing.pop(platform_id, None)

    def failed(self, platform_id: str, error: PlatformError) -> None:
        """The download of `platform_id` failed with `error` this round: left for a later round, or given up."""
        entry = self._failing.pop(platform_id, None) or _Failing(self._now(), self._monotonic())
        waited = timedelta(seconds=self._monotonic() - entry.started)
        now = entry.since + waited  # what the log says: the first failure and how long since, as measured
        why = shorten(printable(str(error)), ERROR_CHARS)
        outage = Outage(self._platform, entry.since) if isinstance(error, PlatformUnavailable) else None
        if outage is not None:
            over = waited.total_seconds() >= self._patience_s
        else:
            entry.refused += 1
            over = entry.refused >= GIVE_UP_ROUNDS
        if not over:
            self.skipped += 1
            remember(self._failing, platform_id, entry, REMEMBERED)
            log.warning(
                "%s: downloading invoice %s failed (%s); it stays not seen, tried again next round",
                self._platform,
                platform_id,
                why,
            )
            return
        self.given_up += 1
        remember(self._given_up, platform_id, None, REMEMBERED)
        log.error(
            "%s: invoice %s, downloaded by the catch-up: %s; it stays not seen on the platform's side (look at it there)",
            self._platform,
            platform_id,
            gave_up(why, entry.refused, outage, now),
        )
