"""A subscriber of the event feed ends when its task is cancelled, even when a notification wakes it at that very
moment: asyncio.wait_for (Python 3.11) then returned the wake and dropped the cancellation, and the subscription
went on polling for ever. A Watch the client cancelled then never ended on the server: its company's stream slot
(32 a process), its subscription and its CANCELLED count stayed until the process stopped (seen under load in
tests/e2e/test_server_lifecycle.py, which waited 120 s for the count)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from adapters.postgres.event_feed import CHANNEL, PgEventFeed

COMPANY = "732829320"


class Pool:
    """What the feed reads through: no events, each read counted; none once the subscriber is cancelled."""

    def __init__(self) -> None:
        self.reads = 0
        self.cancelled = False

    async def fetch(self, *args: Any) -> list[Any]:
        if self.cancelled:
            raise AssertionError("the subscriber read again after its cancellation")
        self.reads += 1
        return []


async def test_a_subscriber_cancelled_as_a_notification_wakes_it_ends() -> None:
    pool = Pool()
    feed = PgEventFeed(pool, poll_interval=3600)  # type: ignore[arg-type]
    events = feed.subscribe(COMPANY)
    waiting = asyncio.ensure_future(anext(events))
    while pool.reads == 0:  # read once, now waiting for its waker
        await asyncio.sleep(0)
    await asyncio.sleep(0)

    feed._notified(None, 0, CHANNEL, COMPANY)  # a commit of the company's, and the client's cancel, at once
    waiting.cancel()
    pool.cancelled = True

    with pytest.raises(asyncio.CancelledError):
        await waiting
    await events.aclose()
    assert feed._wakers == {}  # the subscription is gone
