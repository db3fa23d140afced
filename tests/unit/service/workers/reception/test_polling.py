"""The catch-up poller over an in-memory source and inbox: what a round could not hand over is on /metrics, per
profile (the poller's name), as the source tallies it."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pytest
from prometheus_client import REGISTRY

from adapters.postgres.outage import is_outage
from domain.platform import PlatformUnavailable
from domain.platform_inbound import CatchUpTally, CaughtUp, KeptPosition
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

    def resume(self, kept: KeptPosition) -> None:
        return None

    def tally(self) -> CatchUpTally:
        return self.counted


def exported(poller: str, outcome: str) -> float:
    labels = {"poller": poller, "outcome": outcome}
    return REGISTRY.get_sample_value("pdp_gateway_catch_up_items_total", labels) or 0.0


async def test_each_rounds_skipped_and_given_up_items_are_counted_on_metrics_per_profile() -> None:
    source = TallyingSource()
    poller = CatchUpPoller(source, InMemoryDeliveryStore(), is_outage=is_outage, name="catch-up-metrics-test")
    other = CatchUpPoller(
        TallyingSource(), InMemoryDeliveryStore(), is_outage=is_outage, name="catch-up-metrics-other"
    )
    before = {o: exported(poller.name, o) for o in ("skipped", "given_up")}

    source.counted = CatchUpTally(skipped=3)
    assert await poller.poll_once() == PollRound(stored=1, skipped=3)
    source.counted = CatchUpTally(skipped=4, given_up=2)
    assert await poller.poll_once() == PollRound(stored=1, skipped=1, given_up=2)
    assert await other.poll_once() == PollRound(stored=1)

    assert exported(poller.name, "skipped") - before["skipped"] == 4
    assert exported(poller.name, "given_up") - before["given_up"] == 2
    assert exported(other.name, "skipped") == 0


class FailingSource(TallyingSource):
    """Its rounds fail as `script` says: a platform's failure, a crash of ours, or None (a good round)."""

    def __init__(self, script: list[BaseException | None]) -> None:
        super().__init__()
        self.script = script

    async def fetch(self, max_items: int) -> Sequence[CaughtUp]:
        failure = self.script.pop(0)
        if failure is not None:
            raise failure
        return await super().fetch(max_items)


def rounds(poller: str, outcome: str) -> float:
    labels = {"poller": poller, "outcome": outcome}
    return REGISTRY.get_sample_value("pdp_gateway_catch_up_rounds_total", labels) or 0.0


async def test_every_round_is_counted_by_outcome_so_that_a_catch_up_failing_for_hours_shows(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A poller whose every round failed (the platform's list answering 500, or a bug of ours) said so only in its
    log: /readyz stays ready (the platform is not this replica's), and nothing on /metrics moved."""
    source = FailingSource([PlatformUnavailable("notSeen: 503"), RuntimeError("a bug"), None])
    poller = CatchUpPoller(source, InMemoryDeliveryStore(), is_outage=is_outage, name="catch-up-rounds-test")
    caplog.set_level(logging.WARNING)

    for _ in range(3):
        await poller.round()

    assert [rounds(poller.name, o) for o in ("ok", "failed", "crashed")] == [1, 1, 1]
    crashed = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(crashed) == 1 and crashed[0].exc_info is not None  # a bug of ours, with its traceback


async def test_a_round_the_database_interrupts_is_failed_with_one_warning_line_not_a_crash(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """PostgreSQL stopped under traffic: each round was "crashed" (a bug of ours, on /metrics and at ERROR with a
    traceback) while the gateway itself had nothing wrong; the database's own warnings say the rest."""
    source = FailingSource([ConnectionRefusedError("the database is down"), None])
    poller = CatchUpPoller(
        source, InMemoryDeliveryStore(), is_outage=is_outage, name="catch-up-database-test"
    )
    caplog.set_level(logging.WARNING)

    for _ in range(2):
        await poller.round()

    assert [rounds(poller.name, o) for o in ("ok", "failed", "crashed")] == [1, 1, 0]
    [record] = caplog.records
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert record.getMessage() == (
        "catch-up-database-test: round failed, the database is unavailable (ConnectionRefusedError)"
    )


async def test_a_platform_down_round_after_round_is_said_when_it_begins_and_when_it_ends_without_a_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Played on a real serve with the platform answering 503: one WARNING with a whole traceback per round (every
    minute) for as long as it was down, never a line when it answered again."""
    down = PlatformUnavailable("GET /v1/invoice/notSeen: not called, IOPOLE is down since …")
    source = FailingSource([down, down, down, None, None])
    poller = CatchUpPoller(source, InMemoryDeliveryStore(), is_outage=is_outage, name="catch-up-down-test")
    caplog.set_level(logging.WARNING)

    for _ in range(5):
        await poller.round()

    assert [rounds(poller.name, o) for o in ("ok", "failed", "crashed")] == [2, 3, 0]
    said = [(r.getMessage(), r.exc_info) for r in caplog.records]
    assert [why for why, _ in said] == [
        f"catch-up-down-test: catching up failed, the platform is unavailable ({down}); said again once it works",
        "catch-up-down-test: catching up works again, after 3 failure(s) over 0 s",
    ]
    assert all(exc_info is None for _, exc_info in said)
