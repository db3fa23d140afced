"""Events by the thousand are said at most once an interval, with how many came since the last line."""

from __future__ import annotations

import logging

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
