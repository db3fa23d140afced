from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from adapters.pdp.retry import RetryPolicy, backoff_delay, next_delay, parse_retry_after

POLICY = RetryPolicy(max_attempts=5, base_delay=0.5, max_delay=4.0)
NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("attempt", "ceiling"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 4.0), (60, 4.0)]
)
def test_backoff_ceiling_doubles_per_attempt_up_to_the_cap(attempt: int, ceiling: float) -> None:
    assert backoff_delay(attempt, POLICY, rand=lambda: 1.0) == ceiling


def test_full_jitter_spans_zero_to_the_ceiling() -> None:
    assert backoff_delay(3, POLICY, rand=lambda: 0.0) == 0.0
    assert backoff_delay(3, POLICY, rand=lambda: 0.25) == 1.0


def test_retry_after_in_seconds() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 0 ") == 0.0


def test_retry_after_as_an_http_date_counts_from_now() -> None:
    header = format_datetime(NOW + timedelta(seconds=30), usegmt=True)

    assert parse_retry_after(header, now=NOW) == 30.0


def test_retry_after_in_the_past_means_now() -> None:
    assert parse_retry_after(format_datetime(NOW - timedelta(minutes=5), usegmt=True), now=NOW) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "-3", "1.5"])
def test_unusable_retry_after_is_ignored(value: str | None) -> None:
    assert parse_retry_after(value, now=NOW) is None


def test_the_server_delay_wins_over_backoff_whole() -> None:
    assert next_delay(0, POLICY, 3.0, rand=lambda: 1.0) == 3.0
    # the call's budget decides whether it is waited within the call
    assert next_delay(0, POLICY, 120.0, rand=lambda: 1.0) == 120.0
    assert next_delay(2, POLICY, None, rand=lambda: 0.5) == 1.0


def test_a_policy_needs_at_least_one_attempt() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)


def test_retry_after_of_non_ascii_digits_is_ignored_not_a_crash() -> None:
    # '²' and Arabic-Indic digits pass str.isdigit() but not float(): a misbehaving platform must not crash a call.
    assert parse_retry_after("²") is None
    assert parse_retry_after("٣") is None
    assert parse_retry_after("3") == 3.0
