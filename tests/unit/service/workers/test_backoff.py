from __future__ import annotations

from service.workers.backoff import retry_delay


def test_the_delay_doubles_per_attempt_within_half_and_full_of_the_exponential() -> None:
    low = [retry_delay(a, base_s=1, cap_s=100, rand=lambda: 0.0) for a in (1, 2, 3, 4)]
    high = [retry_delay(a, base_s=1, cap_s=100, rand=lambda: 1.0) for a in (1, 2, 3, 4)]
    assert low == [0.5, 1.0, 2.0, 4.0]
    assert high == [1.0, 2.0, 4.0, 8.0]


def test_the_delay_is_capped() -> None:
    assert retry_delay(30, base_s=1, cap_s=60, rand=lambda: 1.0) == 60


def test_retry_after_is_a_floor() -> None:
    assert retry_delay(1, base_s=1, cap_s=60, retry_after_s=7, rand=lambda: 1.0) == 7
    assert retry_delay(5, base_s=1, cap_s=60, retry_after_s=2, rand=lambda: 1.0) == 16
