"""Exponential backoff with jitter that honours a platform's Retry-After."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class Backoff:
    """`base_s` doubling per failed attempt up to `cap_s`, jittered by `rand` (a number in [0, 1))."""

    base_s: float
    cap_s: float
    rand: Callable[[], float] = random.random

    def delay(self, attempt: int, retry_after_s: float | None = None) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempt >= 1 failed attempts so far).

        "Equal jitter": half the exponential delay is fixed, half random, so retries spread out without ever
        collapsing to zero; Retry-After is a floor (the platform asked for at least that long).
        """
        exp = min(self.cap_s, self.base_s * 2 ** max(0, attempt - 1))
        delay = exp / 2 + self.rand() * exp / 2
        if retry_after_s is not None and retry_after_s > delay:
            delay = retry_after_s
        return delay

    def at(self, now: datetime, attempt: int, retry_after_s: float | None = None) -> datetime:
        """When attempt number `attempt + 1` is due, waiting `delay` from `now`."""
        return now + timedelta(seconds=self.delay(attempt, retry_after_s))
