from __future__ import annotations

from datetime import UTC, datetime, timedelta

from service.workers.backoff import Backoff


def test_the_delay_doubles_per_attempt_within_half_and_full_of_the_exponential() -> None:
    low = [Backoff(base_s=1, cap_s=100, rand=lambda: 0.0).delay(a) for a in (1, 2, 3, 4)]
    high = [Backoff(base_s=1, cap_s=100, rand=lambda: 1.0).delay(a) for a in (1, 2, 3, 4)]
    assert low == [0.5, 1.0, 2.0, 4.0]
    assert high == [1.0, 2.0, 4.0, 8.0]


def test_the_delay_is_capped() -> None:
    assert Backoff(base_s=1, cap_s=60, rand=lambda: 1.0).delay(30) == 60


def test_retry_after_is_a_floor() -> None:
    backoff = Backoff(base_s=1, cap_s=60, rand=lambda: 1.0)
    assert backoff.delay(1, retry_after_s=7) == 7
    assert backoff.delay(5, retry_after_s=2) == 16


def test_the_next_attempt_is_due_the_delay_after_now() -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert Backoff(base_s=2, cap_s=60, rand=lambda: 1.0).at(now, 3, retry_after_s=None) == now + timedelta(
        seconds=8
    )
