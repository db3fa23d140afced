from __future__ import annotations

from domain.leased_queue import RetryLater


def test_retry_later_says_why_and_carries_the_platforms_wait_only_when_given() -> None:
    asked = RetryLater("the platform asks for ten minutes", retry_after_s=600.0)
    assert (str(asked), asked.retry_after_s) == ("the platform asks for ten minutes", 600.0)
    not_yet = RetryLater("its invoice is not committed yet")
    assert (str(not_yet), not_yet.retry_after_s) == ("its invoice is not committed yet", None)


def test_retry_later_names_the_platform_it_waits_on_only_when_given() -> None:
    down = RetryLater("iopole answered 503", outage="iopole")
    assert (str(down), down.retry_after_s, down.outage) == ("iopole answered 503", None, "iopole")
    assert RetryLater("its invoice is not committed yet").outage is None
