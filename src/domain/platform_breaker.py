"""A platform profile's calls held while it is down: one breaker per profile, in each process.

Without it a platform that was down was called by every item waiting on it, each at its own backoff: 1,000 invoices
waiting made 31 calls a second (up to 49) at a platform answering 503 (session 16, measured), and a backlog of 10,000
ten times that, for as long as the outage lasted. The calls already tell a platform that is down (no answer, a
502/503/504 or a 429: the port's PlatformUnavailable, or an unknown outcome marked `unavailable`); after
`opens_after` such attempts in a row the breaker opens. While open, a call is refused before it leaves (`HELD`: the
adapter raises PlatformUnavailable, nothing was sent, so the item waits on the outage exactly as when the platform
refused it: no attempt spent, its patience counted from when it first found the platform away), but for one call
every `probe_every_s` (`PROBE`: a real call, made once, without the call's own retries), at most one at a time. The
first answer (any answer but one a platform that is down gives) closes it.

Per process: each process that calls a platform (the main one, which runs the relays) finds the outage by itself;
a replica's breaker does not hold another replica's calls. Pure: the adapter that makes the calls asks it and says
its transitions (adapters.pdp.calls); the service reads it for /readyz, /metrics and what waits to be woken.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from domain.bounds import shorten
from domain.platform import Seconds

OPENS_AFTER = 5  # down attempts in a row: a platform with one 503 in a while keeps its calls
PROBE_EVERY_S = 5.0  # one call at the platform every so often while it is down, whatever the backlog
REASON_CHARS = 300  # the last failure, as /readyz and the log say it


class Admission(enum.Enum):
    CALL = "call"  # closed: the call goes, with its retries
    PROBE = "probe"  # open, and this call is the one that tries: one attempt
    HELD = "held"  # open: not made


@dataclass(frozen=True, slots=True)
class Closed:
    """What an outage that ended cost, as the log says it once."""

    failures: int  # down attempts seen, the ones before it opened included
    lasted_s: float  # from the first of them to the answer
    held: int  # calls not made meanwhile


@dataclass(eq=False, slots=True)
class Breaker:
    platform: str  # the profile's name
    clock: Callable[[], Seconds]  # monotonic: when to probe, how long it lasted
    wall: Callable[[], datetime]  # aware: since when, as /readyz says it
    opens_after: int = OPENS_AFTER
    probe_every_s: float = PROBE_EVERY_S
    failures: int = field(default=0, init=False)  # down attempts in a row (0: the platform answers)
    held: int = field(default=0, init=False)  # calls not made since it opened
    last_failure: str = field(default="", init=False)
    opened_on: datetime | None = field(default=None, init=False)  # None: closed
    closings: int = field(
        default=0, init=False
    )  # times it closed: what waits on the platform is woken each time
    _first_failure_s: float = field(default=0.0, init=False)
    _next_probe_s: float = field(default=0.0, init=False)
    _probing: bool = field(default=False, init=False)
    _kept_until_s: float = field(default=0.0, init=False)  # the due probe kept for the caller `holds` let on
    # What of this host the last attempt found run out before reaching the platform ("" none since it answered): no
    # failure of the platform's, counted nowhere, said by /readyz until the platform answers a call again.
    ran_out: str = field(default="", init=False)
    ran_out_on: datetime | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if self.opens_after < 1 or not self.probe_every_s > 0:
            raise ValueError("a breaker opens after one failure at least, and probes at a positive interval")

    @property
    def is_open(self) -> bool:
        return self.opened_on is not None

    def admit(self) -> Admission:
        """Whether the call about to be made may go: asked before each attempt."""
        if self.opened_on is None:
            return Admission.CALL
        now = self.clock()
        if self._probing or now < self._next_probe_s:
            self.held += 1
            return Admission.HELD
        self._probing = True
        self._next_probe_s = now + self.probe_every_s
        self._kept_until_s = 0.0
        return Admission.PROBE

    def holds(self) -> bool:
        """Whether an attempt about to start would be held (counted as held when so), asked by a caller whose
        attempt costs work before its call (the send step records an upload): it leaves that work undone. When
        the probe is due, the first to ask goes on to `admit`, which makes it the probe, and the probe is kept
        for it: the others asking meanwhile are held (they all went on, each recording an upload its call then
        found held), until it admits or `probe_every_s` has passed (a caller that never admitted)."""
        if self.opened_on is None:
            return False
        now = self.clock()
        if self._probing or now < self._next_probe_s or now < self._kept_until_s:
            self.held += 1
            return True
        self._kept_until_s = now + self.probe_every_s
        return False

    def not_called(self, what: str, platform: str) -> str:
        """What a held call says (`platform`: the name its caller knows it by)."""
        return f"{what}: not called, {platform} is {self.describe()}"

    def probe_over(self) -> None:
        """The probe admitted has ended, however (answered, failed, cancelled): the next one may go when due."""
        self._probing = False

    def failed(self, why: str, retry_after_s: float | None = None) -> bool:
        """An attempt found the platform down; True when that opened the breaker (said once, by the caller). A
        platform asking us to wait (`retry_after_s`) is probed no sooner."""
        now = self.clock()
        if self.failures == 0:
            self._first_failure_s = now
        self.failures += 1
        self.last_failure = shorten(why, REASON_CHARS)
        if retry_after_s is not None:
            self._next_probe_s = max(self._next_probe_s, now + retry_after_s)
        if self.opened_on is not None or self.failures < self.opens_after:
            return False
        self.opened_on = self.wall()
        self._next_probe_s = max(self._next_probe_s, now + self.probe_every_s)
        return True

    def host_ran_out(self, what: str) -> bool:
        """An attempt never reached the platform: this host ran out of `what` (open files, local ports): the
        platform's count untouched. True when it is new since the platform last answered (said once, by the
        caller)."""
        new = not self.ran_out
        self.ran_out = shorten(what, REASON_CHARS)
        if new:
            self.ran_out_on = self.wall()
        return new

    def answered(self) -> Closed | None:
        """The platform answered (whatever it said): the calls go again. What the outage cost when it closed the
        breaker (said once, by the caller); None otherwise."""
        self.ran_out, self.ran_out_on = "", None
        closed = None
        if self.opened_on is not None:
            closed = Closed(self.failures, self.clock() - self._first_failure_s, self.held)
            self.closings += 1
        self.failures = 0
        self.held = 0
        self.opened_on = None
        return closed

    def describe(self) -> str:
        """An open breaker as /readyz and doctor say it."""
        since = self.opened_on.isoformat(timespec="seconds") if self.opened_on else "-"
        return (
            f"down since {since}: calls held, one probe every {self.probe_every_s:g} s "
            f"({self.held} held; last failure: {self.last_failure})"
        )


@dataclass(eq=False, slots=True)
class Breakers:
    """The breakers of a process, one per platform profile, made on first use: built once by the container and
    given to every profile it opens, read by /readyz and /metrics."""

    clock: Callable[[], Seconds]
    wall: Callable[[], datetime]
    opens_after: int = OPENS_AFTER
    probe_every_s: float = PROBE_EVERY_S
    _each: dict[str, Breaker] = field(default_factory=dict, init=False)

    def of(self, platform: str) -> Breaker:
        breaker = self._each.get(platform)
        if breaker is None:
            breaker = self._each[platform] = Breaker(
                platform, self.clock, self.wall, self.opens_after, self.probe_every_s
            )
        return breaker

    def all(self) -> list[Breaker]:
        return list(self._each.values())

    def open(self) -> dict[str, str]:
        """The open ones, by profile, described."""
        return {b.platform: b.describe() for b in self._each.values() if b.is_open}

    def not_reached(self) -> dict[str, str]:
        """The profiles whose last call never left this host for a resource of its own run out, described."""
        return {
            b.platform: f"this process ran out of {b.ran_out} (since {b.ran_out_on.isoformat(timespec='seconds')})"
            for b in self._each.values()
            if b.ran_out and b.ran_out_on is not None
        }
