"""Exponential backoff with jitter that honours a platform's Retry-After."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta


def retry_delay(
    attempt: int,
    *,
    base_s: float,
    cap_s: float,
    retry_after_s: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before attempt number `attempt + 1` (attempt >= 1 failed attempts so far).

    "Equal jitter": half the exponential delay is fixed, half random, so retries spread out without ever
    collapsing to zero; Retry-After is a floor (the platform asked for at least that long).
    """
    exp = min(cap_s, base_s * 2 ** max(0, attempt - 1))
    delay = exp / 2 + rand() * exp / 2
    if retry_after_s is not None and retry_after_s > delay:
        delay = retry_after_s
    return delay


def retry_at(
    now: datetime,
    attempt: int,
    *,
    base_s: float,
    cap_s: float,
    retry_after_s: float | None = None,
    rand: Callable[[], float] = random.random,
) -> datetime:
    return now + timedelta(
        seconds=retry_delay(attempt, base_s=base_s, cap_s=cap_s, retry_after_s=retry_after_s, rand=rand)
    )
