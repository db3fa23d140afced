"""Retry timing: exponential backoff with full jitter, bounded, honouring Retry-After (seconds or an HTTP date)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# The longest wait a platform's Retry-After obtains. Past it we ask again rather than obey: a header of 30 digits or
# a date in the year 9999 would otherwise hold an invoice or a status for ever (or overflow the date of its retry).
MAX_RETRY_AFTER_S = 3600.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4  # total tries, the first included
    base_delay: float = 0.5
    max_delay: float = 20.0  # the backoff's; a platform's Retry-After is waited whole, or not in the call

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("retry policy needs max_attempts >= 1 and non-negative delays")


def backoff_delay(attempt: int, policy: RetryPolicy, rand: Callable[[], float] = random.random) -> float:
    """Full jitter (AWS architecture blog): uniform in [0, min(max_delay, base * 2**attempt)); attempt counts from 0."""
    ceiling = min(policy.max_delay, policy.base_delay * (2 ** min(attempt, 32)))
    return ceiling * rand()


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (at most MAX_RETRY_AFTER_S), or None when absent or unparseable.
    Past dates give 0."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():  # str.isdigit() also takes '²', which float() refuses
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(0.0, delta), MAX_RETRY_AFTER_S)


def next_delay(
    attempt: int, policy: RetryPolicy, retry_after: float | None, rand: Callable[[], float] = random.random
) -> float:
    """The wait before the next try: the platform's Retry-After when given, whole, else jittered backoff. Never
    sooner than the platform asked (capped at max_delay, a 429 asking for an hour was asked again 20 s later, three
    times per call, each item of a backlog): a wait past the call's budget is not made in the call
    (adapters.pdp.calls), its failure carrying the Retry-After to the queue, which waits it."""
    if retry_after is not None:
        return retry_after
    return backoff_delay(attempt, policy, rand)
