"""The catch-up poller over an in-memory source and inbox: what a round could not hand over is on /metrics, per
profile (the poller's name), as the source tallies it."""

from __future__ import annotations

from collections.abc import Sequence

from prometheus_client import REGISTRY

from domain.platform_inbound import CatchUpTally, CaughtUp
from domain.reception import Delivery, DeliveryKind
from service.workers.reception.polling import CatchUpPoller, PollRound
from tests.fakes import InMemoryDeliveryStore


class TallyingSource:
    """One good item a round, and the tally a real source would have after it (set by the test)."""

    def __init__(self) -> None:
        self.rounds = 0
        self.counted = CatchUpTally()

    async def fetch(self, max_items: int) -> Sequence[CaughtUp]:
        self.rounds += 1
        body = b"{}"
        return [CaughtUp(Delivery("p", "poll", DeliveryKind.STATUS, f"p:status:{self.rounds}", body, "x"))]

    async def stored(self, item: CaughtUp) -> None:
        return None

    def position(self) -> str:
        return ""

    def resume(self, position: str) -> None:
        return None

    def tally(self) -> CatchUpTally:
        return self.counted


def exported(poller: str, outcome: str) -> float:
    labels = {"poller": poller, "outcome": outcome}
    return REGISTRY.get_sample_value("pdp_gateway_catch_up_items_total", labels) or 0.0


async def test_each_rounds_skipped_and_given_up_items_are_counted_on_metrics_per_profile() -> None:
    source = TallyingSource()
    poller = CatchUpPoller(source, InMemoryDeliveryStore(), name="catch-up-metrics-test")
    other = CatchUpPoller(TallyingSource(), InMemoryDeliveryStore(), name="catch-up-metrics-other")
    before = {o: exported(poller.name, o) for o in ("skipped", "given_up")}

    source.counted = CatchUpTally(skipped=3)
    assert await poller.poll_once() == PollRound(stored=1, skipped=3)
    source.counted = CatchUpTally(skipped=4, given_up=2)
    assert await poller.poll_once() == PollRound(stored=1, skipped=1, given_up=2)
    assert await other.poll_once() == PollRound(stored=1)

    assert exported(poller.name, "skipped") - before["skipped"] == 4
    assert exported(poller.name, "given_up") - before["given_up"] == 2
    assert exported(other.name, "skipped") == 0
