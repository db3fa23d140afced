"""Events by the thousand are said at most once an interval, with how many came since the last line."""

from __future__ import annotations

import asyncio
import gc
import logging
import weakref

import pytest

from aio.tally import Tally


def test_the_first_is_said_then_the_rest_as_a_count_once_an_interval(
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = [0.0]
    tally = Tally(logging.getLogger("test.tally"), "%d refused on %s", every_s=60.0, clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="test.tally"):
        for _ in range(100):  # a second apart
            tally.add("/route")
            now[0] += 1.0
    assert [r.getMessage() for r in caplog.records] == ["1 refused on /route", "60 refused on /route"]
    assert tally.count == 39  # said with the next one


async def test_the_count_of_a_flood_that_stopped_is_said_when_its_interval_ends(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tally = Tally(logging.getLogger("test.tally"), "%d refused on %s", every_s=0.05)
    with caplog.at_level(logging.INFO, logger="test.tally"):
        for _ in range(5):
            tally.add("/route")
        assert [r.getMessage() for r in caplog.records] == ["1 refused on /route"]
        # nothing else comes: the four counted are said at the interval's end, on the loop (its timer at 0.05 s
        # runs before this sleep's, whatever the machine's speed)
        await asyncio.sleep(0.1)
    assert [r.getMessage() for r in caplog.records] == ["1 refused on /route", "4 refused on /route"]
    assert tally.count == 0


def test_a_line_carries_the_traceback_of_the_last_one_it_counts(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    tally = Tally(logging.getLogger("test.tally"), "%d failed: %s", every_s=10.0, clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="test.tally"):
        tally.add("first", exc=OSError(24, "Too many open files"))
        tally.add("second")  # counted, no traceback of its own
        now[0] += 10.0
        tally.add("third")
    first, third = caplog.records
    assert first.exc_info is not None and first.exc_info[1].errno == 24  # type: ignore[union-attr]
    assert third.getMessage() == "2 failed: third" and third.exc_info is None


def test_what_was_said_is_not_kept_once_the_line_is_written() -> None:
    """An exception's traceback holds its call's locals (a request, a webhook's spool): the tally must not keep the
    last one alive after its line, for as long as no other comes."""

    class Request:  # stands for what a refused call's frames hold
        pass

    log = logging.getLogger("test.tally.let-go")
    log.propagate = False  # pytest's own capture keeps every record, and with it its arguments
    log.addHandler(logging.NullHandler())
    tally = Tally(log, "%d refused: %s")
    request = Request()
    kept = weakref.ref(request)
    tally.add(request, exc=RuntimeError("database away"))
    del request
    gc.collect()
    assert kept() is None
