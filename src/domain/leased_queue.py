"""The port of a leased work queue: the outbox, the webhook inbox and the e-reporting declarations are all one.

A worker claims due items under a lease (`FOR UPDATE SKIP LOCKED` in PostgreSQL), so each item is held by one worker
at a time, and an item whose worker died is claimed again when its lease expires. Every write of a holder checks that
the lease is still its own; when it is not, the write raises `LeaseLost` and the holder's results are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from domain.outage import Outage


class LeaseLost(Exception):
    """Another worker claimed the item after our lease expired: our results must not be committed."""


class RetryLater(Exception):
    """Not a failure: the item cannot be done yet (what it needs is not there yet). The relay gives it back with
    its backoff, no sooner than `retry_after_s` when given (a platform's Retry-After), and the attempt counts
    towards `max_attempts` like a failure's; but with `outage`, the platform profile that could not be reached or
    asked us to wait (the port's PlatformUnavailable), it spends no attempt while the item has waited on that
    platform less than the relay's patience (domain.outage), on a queue that keeps the outage with its items (the
    relay's `outage_of`; elsewhere the attempt counts)."""

    def __init__(
        self, message: str, *, retry_after_s: float | None = None, outage: str | None = None
    ) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.outage = outage


@dataclass(frozen=True, slots=True)
class GiveBack:
    """The relay's decision on an item given back after an attempt (service.workers.relay.Retries): its failed
    attempts so far, and when it runs again, or `at` None when they are spent and its give-up hook ends it.

    The relay writes it itself (`LeasedQueue.release`). A handler whose records must move with the give-back (the
    pipeline's invoice, back to READY or FAILED) asks for it inside its unit of work and commits the two together:
    one decision, whoever writes it.

    `outage`: the platform outage the item waits through, kept with it (None: it waits on none, or no more).
    `cut_short`: its step was cut mid-way (a stop, or the step raised: the database away when it recorded what it
    did), maybe after its platform call: the next holder finds it as after a holder that died (an outbox row
    `interrupted`, whose status step searches the platform before sending again)."""

    attempt: int
    at: datetime | None
    outage: Outage | None = None
    _: KW_ONLY
    decided: datetime | None = None  # the deciding clock's reading `at` was worked out from (set with `at`)
    cut_short: bool = False

    def __post_init__(self) -> None:
        wait_until(self.at, self.decided)

    @property
    def spent(self) -> bool:
        return self.at is None

    @property
    def after(self) -> timedelta | None:
        return wait_until(self.at, self.decided)


def wait_until(at: datetime | None, decided: datetime | None) -> timedelta | None:
    """How long after its decision (`decided`, on the deciding clock) `at` is: the wait a queue adds to its own
    clock's now (PostgreSQL's `now()`). The instant itself, compared with the database's clock, made a gateway whose
    clock was behind PostgreSQL's retry at once (its backoff lost), one ahead wait that much more. None: no next
    attempt."""
    if at is None:
        return None
    if decided is None:
        raise ValueError("a next attempt's instant needs the clock reading it was decided at")
    return at - decided


class Leased(Protocol):
    """What the relay reads of a claimed item."""

    @property
    def id(self) -> int: ...

    @property
    def attempts(self) -> int: ...


T = TypeVar("T", bound=Leased)


class LeasedQueue(Protocol[T]):
    """Claims due items for one worker; each call is its own short transaction, outside any unit of work."""

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[T]: ...

    async def wait_for_work(self, timeout: float) -> None:
        """Return when new items may be due (a notification) or after `timeout` seconds (polling fallback)."""
        ...

    async def release(self, item: T, owner: str, again: GiveBack, *, error: str, count: bool) -> None:
        """Give an item back after a failure as `again` says: retried at its `at`, or parked (done) when None;
        its `outage` (the platform outage the item waits through) kept with it for its next give-back (None: none
        any more; a queue whose items never call a platform may ignore it). `count` False: the failure was not
        the item's (the database or the platform went away), and this attempt is not one of its attempts. A queue
        whose items tell they were interrupted keeps that for `again.cut_short`."""
        ...
