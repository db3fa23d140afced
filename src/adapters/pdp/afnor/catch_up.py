"""Catch-up for missed webhooks on an AFNOR XP Z12-013 platform: a periodic `POST /v1/flows/search` with updatedAfter.

updatedAfter is strict (updatedAt > updatedAfter), and two flows may share an updatedAt on a real platform, so each
round asks from the checkpoint minus an overlap and skips the flows it already handed over; what a round finds goes
into the inbox under the webhook's own dedup key (`afnor:flow:<flowId>@<updatedAt>`), so a flow that came both ways
is processed once. Within a round the cursor pages (bounded). The checkpoint is the source's `position()`: the
poller keeps it per profile (catch_up_checkpoints, migration 0041) and `resume`s from it after a restart, however
long ago, so a long outage is caught up fully; with nothing kept (first start) it looks back `lookback`.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from adapters.pdp.afnor import payloads
from adapters.pdp.afnor.client import FlowPage
from adapters.pdp.answers import parse_datetime, skipped
from adapters.pdp.remembered import remember
from adapters.pdp.unreadable_items import UnreadableItems
from adapters.webhook import receiver
from domain.platform_inbound import CatchUpTally, CaughtUp, KeptPosition
from domain.reception import Delivery, DeliveryKind

_log = logging.getLogger(__name__)

MAX_PAGES = 10
NO_FLOW_ID = "a flow without flowId: nothing to store it under nor to download"
REMEMBERED = 10_000  # flows handed over recently: the overlap window is read again each round
OVERLAP = timedelta(seconds=5)
# A flow dated later than this past our clock is no clock skew (a bad clock, a bug): every round lists it again until
# our clock passes its date. Up to AHEAD of them are remembered apart (past it, the first remembered is handed again,
# and the inbox's key makes that a repeat).
FAR_AHEAD = timedelta(minutes=5)
AHEAD = 1_000


class FlowSearch(Protocol):
    async def search_flows(
        self, where: dict[str, Any], *, cursor: str = "", limit: int = 100
    ) -> FlowPage: ...


def flow_key(flow: dict[str, Any], platform: str = "afnor") -> str:
    """The inbox dedup key of a flow delivery; the webhook route builds the same (adapters.webhook.routes).
    `platform` is the profile's name ("afnor" for the default one)."""
    return f"{platform}:flow:{flow['flowId']}@{flow.get('updatedAt') or ''}"


def flow_delivery(flow: dict[str, Any], source: str = "poll", platform: str = "afnor") -> Delivery:
    """The flow as an inbox delivery, under `flow_key`; a key the inbox cannot store (an updatedAt with a NUL, or
    too long) is replaced by the content hash, as the webhook route does."""
    body = json.dumps(flow, separators=(",", ":")).encode()
    key = flow_key(flow, platform)
    return Delivery(
        platform,
        source,
        DeliveryKind.FLOW,
        key
        if receiver.storable_key(key)
        else receiver.sha256_key(platform, hashlib.sha256(body).hexdigest()),
        body,
        "application/json",
    )


def _no_later_than(at: datetime, now: datetime) -> datetime:
    try:
        return min(at.astimezone(UTC), now)
    except OverflowError:  # past the year 9999 in UTC: later than any clock
        return now


class AfnorCatchUp:
    def __init__(
        self,
        flows: FlowSearch,
        *,
        lookback: timedelta = timedelta(hours=1),
        overlap: timedelta = OVERLAP,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        platform: str = "afnor",
    ) -> None:
        self._flows = flows
        self._platform = platform
        self._overlap = overlap
        self._now = now
        self._lookback = lookback
        self.checkpoint = now() - lookback
        self._handed: OrderedDict[str, None] = OrderedDict()
        # The checkpoint moves over flows stored, once a round proved nothing before them is left: it listed every
        # flow after the checkpoint, or listed them in date order (XP Z12-013 orders the search by nothing said).
        self._latest: datetime | None = None  # the latest date of the flows stored since the checkpoint moved
        self._whole = True  # the last round listed every flow after the checkpoint, or in date order
        self._awaited: set[str] = set()  # the flows the last round found, not stored yet
        self._ahead: OrderedDict[str, None] = OrderedDict()  # flows handed over dated FAR_AHEAD of our clock
        # Flows it cannot read: skipped, then given up after some rounds (adapters.pdp.unreadable_items).
        self._unreadable = UnreadableItems(platform)

    def tally(self) -> CatchUpTally:
        return self._unreadable.tally()

    async def fetch(self, max_items: int) -> Sequence[CaughtUp]:
        self._awaited.clear()  # what the last round found and did not store comes again in this one
        where = {"updatedAfter": payloads.wire_datetime(self.checkpoint - self._overlap)}
        found: list[CaughtUp] = []
        cursor = ""
        in_order, previous = True, None
        listed: set[str] = set()  # the keys this round's pages gave
        for _ in range(MAX_PAGES):
            page = await self._flows.search_flows(where, cursor=cursor)
            for row in page.skipped:
                self._unreadable.skip("flow", row)
            given = page.not_in(listed)
            if page.flows and not given:
                # A listing that never ends (the cursor ignored, or looping): each page again was the round's
                # flows over and over, read as out of date order, and the checkpoint never moved past them.
                _log.warning(
                    "%s catch-up: the search's next page gives again flows it gave in this round (its cursor "
                    "ignored or looping): paging stopped, what it gave once is taken",
                    self._platform,
                )
                return self._round(found, whole=in_order)
            for position, flow in enumerate(given):
                at = parse_datetime(flow.get("updatedAt"))
                if at is not None:
                    in_order = in_order and (previous is None or at >= previous)
                    previous = at
                if not flow.get("flowId"):  # no key to store it under, nothing to download
                    self._unreadable.skip("flow", skipped(f"result {position}", ValueError(NO_FLOW_ID), flow))
                    continue
                try:  # an id PostgreSQL could not key (a NUL, too long) would crash the round, every round
                    payloads.flow_id(flow["flowId"])
                except (TypeError, ValueError) as exc:
                    self._unreadable.skip("flow", skipped(f"result {position}", exc, flow))
                    continue
                key = flow_key(flow, self._platform)
                if key in self._handed or key in self._ahead:
                    continue
                found.append(
                    CaughtUp(
                        flow_delivery(flow, platform=self._platform), token=str(flow.get("updatedAt") or "")
                    )
                )
                if len(found) >= max_items:
                    return self._round(found, whole=in_order)
            if not page.next_cursor or not page.flows:
                return self._round(found, whole=True)
            cursor = page.next_cursor
        if not in_order and not found:
            _log.warning(
                "%s catch-up: the search lists flows out of date order, and its first %d pages hold only flows "
                "handed over already: the older ones are not reached until webhooks or the listing move on",
                self._platform,
                MAX_PAGES,
            )
        return self._round(found, whole=in_order)

    def _round(self, found: list[CaughtUp], *, whole: bool) -> list[CaughtUp]:
        self._whole = whole
        self._awaited = {item.delivery.dedup_key for item in found}
        self._settle()
        return found

    def _settle(self) -> None:
        """The checkpoint to the latest flow stored, once nothing before it can be left behind."""
        if self._whole and not self._awaited and self._latest is not None:
            self.checkpoint = max(self.checkpoint, self._latest)
            self._latest = None

    def position(self) -> str:
        # Fixed width (microseconds always written) so that positions sort as text in time order (the port's
        # contract): isoformat() drops a zero fraction, and "…:00Z" would sort after "…:00.5Z".
        return self.checkpoint.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def resume(self, kept: KeptPosition) -> None:
        at = parse_datetime(kept.position) if kept.position else None
        if at is None:
            return
        now = self._now()
        held = _no_later_than(at, now)
        if held == at:  # not ahead of our clock
            self.checkpoint = held
            return
        # Ahead of our clock: no position this release reaches (an earlier one let a flow dated ahead carry it
        # there, or our clock was ahead when it was kept). The flows updated since it was kept were never asked for:
        # from then, less the look-back as at a first start (the inbox's keys make what is asked again land once).
        since = min(kept.kept_at or now, now) - self._lookback
        _log.warning(
            "%s catch-up: the kept position %s is ahead of our clock; resumed from %s (when it was kept, less the "
            "look-back) and replaced at the end of this round",
            self._platform,
            kept.position,
            since.isoformat(),
        )
        self.checkpoint = since

    async def stored(self, item: CaughtUp) -> None:
        key = item.delivery.dedup_key
        at = parse_datetime(item.token)
        now = self._now()
        self._awaited.discard(key)
        if at is not None and _no_later_than(at, now + FAR_AHEAD) != at:
            # Listed by every round until our clock passes its date: remembered apart, so that the flows handed
            # after it never push it back into the inbox. Nor does it move the checkpoint: years ahead would carry
            # it there (no later round nor restart would ask for anything updated before), and to our clock would
            # leave out what a platform whose clock is behind ours dates before it.
            remember(self._ahead, key, None, AHEAD)
        else:
            remember(self._handed, key, None, REMEMBERED)
            if at is not None:
                # Never past our own clock (a platform's clock ahead of ours by less than FAR_AHEAD).
                at = _no_later_than(at, now)
                self._latest = at if self._latest is None else max(self._latest, at)
        self._settle()
