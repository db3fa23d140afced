from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.leased_queue import GiveBack, RetryLater, wait_until


def test_retry_later_says_why_and_carries_the_platforms_wait_only_when_given() -> None:
    asked = RetryLater("the platform asks for ten minutes", retry_after_s=600.0)
    assert (str(asked), asked.retry_after_s) == ("the platform asks for ten minutes", 600.0)
    not_yet = RetryLater("its invoice is not committed yet")
    assert (str(not_yet), not_yet.retry_after_s) == ("its invoice is not committed yet", None)


def test_retry_later_names_the_platform_it_waits_on_only_when_given() -> None:
    down = RetryLater("iopole answered 503", outage="iopole")
    assert (str(down), down.retry_after_s, down.outage) == ("iopole answered 503", None, "iopole")
    assert RetryLater("its invoice is not committed yet").outage is None


def test_a_given_back_item_waits_from_the_clock_reading_its_next_attempt_was_decided_at() -> None:
    decided = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    again = GiveBack(2, decided + timedelta(seconds=90), decided=decided)
    assert (again.after, again.spent) == (timedelta(seconds=90), False)
    spent = GiveBack(5, None)
    assert (spent.after, spent.spent) == (None, True)
    assert wait_until(None, None) is None


def test_a_next_instant_without_the_reading_it_was_decided_at_is_refused_when_made() -> None:
    at = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    with pytest.raises(
        ValueError, match="^a next attempt's instant needs the clock reading it was decided at$"
    ):
        GiveBack(1, at)
    with pytest.raises(ValueError, match="decided at"):
        wait_until(at, None)
