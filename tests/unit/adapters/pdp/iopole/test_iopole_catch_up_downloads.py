"""IOPOLE's catch-up and the invoices it lists but cannot download: tried again, then given up with a clear line."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from adapters.pdp.answers import Items
from adapters.pdp.iopole.catch_up import IopoleCatchUp
from adapters.pdp.iopole.client import NotSeenStatus
from adapters.pdp.unreadable_items import GIVE_UP_ROUNDS
from domain.platform import PlatformError, PlatformRejected, PlatformUnavailable, SubmissionNotFound

DAY = timedelta(days=1)


class Lists:
    """IOPOLE's notSeen lists: `failing` invoices fail their download with the error given."""

    def __init__(self, invoices: list[str], failing: dict[str, PlatformError]) -> None:
        self.invoices = invoices
        self.failing = failing
        self.downloads: list[str] = []
        self.seen: list[str] = []

    async def not_seen_invoices(self) -> Items[str]:
        return Items([i for i in self.invoices if i not in self.seen])

    async def download(self, platform_id: str, *, readable: bool = False) -> bytes:
        self.downloads.append(platform_id)
        if platform_id in self.failing:
            raise self.failing[platform_id]
        return b"<Invoice/>"

    async def invoice_metadata(self, platform_id: str) -> dict[str, Any]:
        return {}

    async def mark_invoice_seen(self, platform_id: str) -> None:
        self.seen.append(platform_id)

    async def not_seen_statuses(self) -> Items[NotSeenStatus]:
        return Items([])

    async def mark_status_seen(self, status_id: str) -> None:
        raise AssertionError("no status here")


START = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


class Clock:
    """The host's wall clock (called) and the monotonic clock (`monotonic`), moved on together unless `stepped`."""

    def __init__(self) -> None:
        self.at = START
        # the wall clock set forward by hand (NTP, `date -s`): not time that passed
        self.stepped = timedelta(0)

    def __call__(self) -> datetime:
        return self.at + self.stepped

    def monotonic(self) -> float:
        return (self.at - START).total_seconds()


def catch_up_on(lists: Lists, clock: Clock) -> IopoleCatchUp:
    return IopoleCatchUp(
        lists, platform="iopole", patience_s=DAY.total_seconds(), now=clock, monotonic=clock.monotonic
    )


async def _round(catch_up: IopoleCatchUp, max_items: int = 10) -> list[str]:
    found = await catch_up.fetch(max_items)
    for item in found:
        await catch_up.stored(item)
    return [item.token for item in found]


async def test_an_invoice_whose_download_finds_the_platform_away_is_given_up_after_the_outage_patience(
    caplog: pytest.LogCaptureFixture,
) -> None:
    lists = Lists(
        ["inv-1"], {"inv-1": PlatformUnavailable("GET /v1/invoice/inv-1/download: iopole answered 503")}
    )
    clock = Clock()
    catch_up = catch_up_on(lists, clock)
    caplog.set_level(logging.WARNING)

    assert await _round(catch_up) == []
    clock.at += DAY - timedelta(seconds=1)
    assert await _round(catch_up) == []  # within the patience: tried again, still not seen
    assert catch_up.tally().given_up == 0 and catch_up.tally().skipped == 2

    clock.at += timedelta(seconds=1)
    assert await _round(catch_up) == []
    assert catch_up.tally().given_up == 1
    gave_up = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(gave_up) == 1
    line = gave_up[0].getMessage()
    assert (
        "invoice inv-1, downloaded by the catch-up: gave up waiting on platform iopole, unavailable since"
        in line
    )
    assert "2026-12-07T08:00:00+00:00 (24.0 h)" in line and "answered 503" in line

    await _round(catch_up)
    await _round(catch_up)
    assert lists.downloads == ["inv-1"] * 3  # passed over from then on, in silence
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 1
    assert lists.seen == []  # it stays on the platform's side


async def test_a_host_clock_stepped_a_day_forward_gives_up_on_no_download_failing_through_an_outage(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The patience ran on the host's wall clock: a host stepped past PIPELINE_OUTAGE_PATIENCE_S gave up at once on
    # every invoice whose download found the platform away, logged at ERROR naming an outage of a day.
    lists = Lists(["inv-1"], {"inv-1": PlatformUnavailable("iopole answered 503")})
    clock = Clock()
    catch_up = catch_up_on(lists, clock)
    caplog.set_level(logging.WARNING)
    await _round(catch_up)
    clock.at += timedelta(minutes=1)
    clock.stepped = DAY
    await _round(catch_up)
    assert catch_up.tally().given_up == 0 and lists.downloads == ["inv-1"] * 2

    clock.at += DAY - timedelta(minutes=1)  # a day of outage has passed, stepped or not
    await _round(catch_up)
    assert catch_up.tally().given_up == 1
    [line] = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert "unavailable since 2026-12-07T08:00:00+00:00 (24.0 h)" in line  # as measured, not as stepped


@pytest.mark.parametrize(
    "refusal",
    [
        SubmissionNotFound("GET /v1/invoice/inv-1/download: not found"),
        PlatformRejected("GET /v1/invoice/inv-1/download: iopole's answer not read (AnswerTooLarge)"),
    ],
)
async def test_an_invoice_whose_download_is_refused_is_given_up_after_some_rounds(
    refusal: PlatformError,
) -> None:
    lists = Lists(["inv-1"], {"inv-1": refusal})
    catch_up = catch_up_on(lists, Clock())
    for _ in range(GIVE_UP_ROUNDS + 3):
        await _round(catch_up)
    assert lists.downloads == ["inv-1"] * GIVE_UP_ROUNDS
    assert catch_up.tally().given_up == 1


async def test_failing_downloads_never_hold_a_round_s_slots() -> None:
    """Two invoices that fail every time, listed first, and a round of two: the others still come in."""
    away = PlatformUnavailable("iopole answered 503")
    lists = Lists(["bad-1", "bad-2", "ok-1", "ok-2", "ok-3"], {"bad-1": away, "bad-2": away})
    clock = Clock()
    catch_up = catch_up_on(lists, clock)

    assert await _round(catch_up, max_items=2) == []  # both failed, for the first time
    assert await _round(catch_up, max_items=2) == ["invoice:ok-1", "invoice:ok-2"]
    assert await _round(catch_up, max_items=2) == [
        "invoice:ok-3"
    ]  # then one of the failing ones, tried again
    clock.at += DAY
    await _round(catch_up, max_items=2)
    assert catch_up.tally().given_up == 2
    assert await _round(catch_up, max_items=2) == []
    assert lists.downloads.count("bad-1") + lists.downloads.count("bad-2") == 5


async def test_a_download_that_succeeds_after_failing_starts_its_patience_again() -> None:
    away = PlatformUnavailable("iopole answered 503")
    lists = Lists(["inv-1", "inv-2"], {"inv-1": away})
    clock = Clock()
    catch_up = catch_up_on(lists, clock)
    await _round(catch_up)
    clock.at += DAY / 2
    del lists.failing["inv-1"]
    lists.seen.clear()
    lists.invoices = ["inv-1"]
    assert await _round(catch_up) == ["invoice:inv-1"]
    lists.failing["inv-1"] = away  # listed again (a new notSeen state), failing again
    lists.seen.clear()
    clock.at += DAY / 2 + timedelta(hours=1)
    await _round(catch_up)
    assert catch_up.tally().given_up == 0  # a new failure, a new patience
