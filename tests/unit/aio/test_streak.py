"""A failure repeated poll after poll is said when it begins and when it ends, each streak anew."""

from __future__ import annotations

import logging

import pytest

from aio.streak import Streak


def test_a_streak_is_said_when_it_begins_and_when_it_ends_with_its_count_and_length(
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = [100.0]
    streak = Streak(logging.getLogger("test.streak"), "claiming", level=logging.ERROR, clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="test.streak"):
        streak.succeeded()  # no streak under way: nothing to say
        for _ in range(3):
            streak.failed("the database is unavailable (OSError)")
            now[0] += 10
        streak.succeeded()
        streak.succeeded()
        streak.failed("again")  # a new streak is said again
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.ERROR, "claiming failed, the database is unavailable (OSError); said again once it works"),
        (logging.WARNING, "claiming works again, after 3 failure(s) over 30 s"),
        (logging.ERROR, "claiming failed, again; said again once it works"),
    ]
