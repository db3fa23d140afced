"""The one relay of a leased queue: the outbox (transmission pipeline), the webhook inbox and the e-reporting
declarations all run on it.

It claims due items under a lease (the queue's `FOR UPDATE SKIP LOCKED`), runs each with bounded concurrency, wakes
on the queue's notification (LISTEN/NOTIFY) with polling as the fallback, and gives back an item whose handler raised
with exponential backoff and jitter, parking it after `max_attempts`. Several relays (tasks, processes, replicas) may
run against one queue: the lease gives each item to one of them at a time, and an item whose holder died is claimed
again when its lease expires. An item interrupted by a database outage costs no attempt, and is handed back as soon
as the database answers again (within its lease) rather than held until the lease expires. An item that found its
platform away (RetryLater with an outage) costs no attempt either, for as long as it has waited on that platform
less than `outage_patience_s` (Retries.wait_out).

A relay says how it progresses (`progress`, read by the supervisor: /healthz, /readyz, /metrics) by its signs of
life: its loop turning (at least every poll interval, a claim being a statement with a timeout), and each item in
flight starting, renewing its lease (`alive()`, called by a step where it renews) or ending. A live item, however
long, shows one at least every lease (else its row is taken again); a step that never returns shows none. Past two
leases without one, the relay is named stalled, with where its silent items wait.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import math
import os
import random
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import KW_ONLY, dataclass, field
from datetime import timedelta
from typing import Generic

from aio.streak import Streak
from aio.tally import Tally
from aio.tasks import cancel_all, wait_first
from domain.bounds import printable, shorten
from domain.errors import ConcurrencyConflict
from domain.leased_queue import GiveBack, LeasedQueue, LeaseLost, RetryLater, T
from domain.outage import Outage, gave_up
from domain.ports import Clock, LocalFault, OutageCheck, no_local_fault
from service.workers.backoff import Backoff
from service.workers.pause import pause
from service.workers.supervisor import Progress

log = logging.getLogger(__name__)
ERROR_CHARS = 500  # an error note quotes an exception, which may quote anything: bounded, storable
RAN_OUT_SAID = "%d item(s) retried later, no attempt spent: %s: this process ran out of %s (docs/on-call.md); the last: item %s"
INTERRUPTED_SAID = (
    "%d item(s) retried later, no attempt spent: %s: the database is away; the last: item %s: %s"
)
HAND_BACK_S = 5.0  # at a stop, to give back the items cut short (else their leases expire)
STOPPED = "cut short by the worker's stop (SIGTERM, its grace over); due again at once, no attempt spent"

Handle = Callable[[T, str], Awaitable[None]]  # (item, owner): runs the item to its end, or raises
# (item, owner, error): after the last attempt, `error` the give-up's whole text (domain.outage.gave_up)
GiveUp = Callable[[T, str, str], Awaitable[None]]


# The sign of life of the item the current task runs (set by Relay.handle; None outside an item).
_SIGN_OF_LIFE: ContextVar[Callable[[], None] | None] = ContextVar("relay_sign_of_life", default=None)
WHERE_FRAMES = 4  # the innermost frames of a silent item's awaits said where it waits


def alive() -> None:
    """The item this task runs renewed its lease (a step says so where it renews): a sign of life, however long it
    runs. Nothing outside an item."""
    sign = _SIGN_OF_LIFE.get()
    if sign is not None:
        sign()


def waits_at(coro: object) -> str:
    """Where a suspended coroutine waits: the innermost frames of its await chain, innermost first
    ("wait (locks.py:213) < step (send.py:149)")."""
    frames = []
    current = coro
    while current is not None and hasattr(current, "cr_frame"):
        frame = current.cr_frame
        if frame is not None:
            frames.append(
                f"{frame.f_code.co_name} ({os.path.basename(frame.f_code.co_filename)}:{frame.f_lineno})"
            )
        current = getattr(current, "cr_await", None)
    return " < ".join(reversed(frames[-WHERE_FRAMES:])) or "?"


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def attempts_before(item: T) -> int:
    """The failed attempts before this one, as the outbox counts them (the inbox counts the current one too)."""
    return item.attempts


def no_outage(item: object) -> Outage | None:
    """The outage of an item of a queue that keeps none (the inbox: its items wait on no platform)."""
    return None


def outage_step(waited_s: float, base_s: float) -> int:
    """The backoff's attempt number for an item that has waited `waited_s` on an outage: the n whose doubling
    delays from `base_s` add up to about that wait (1, 2, 4... s: after 7 s, the 4th), so the waits grow as the
    outage lasts, with no counter kept beside the outage's start."""
    return max(1, int(math.log2(1 + waited_s / base_s)) + 1) if base_s > 0 else 1


@dataclass(frozen=True, slots=True)
class RelaySettings:
    concurrency: int = 16  # items handled at once
    batch_size: int = 32  # items claimed per query
    lease_s: float = 60.0  # must exceed the longest handler call (a platform call's timeout)
    poll_interval_s: float = 2.0  # fallback when no notification arrives
    max_attempts: int = 8
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 300.0
    stop_grace_s: float = 10.0  # on stop, how long the items in flight may finish
    # How long an item may wait on a platform outage, spending no attempt, before it is given up on (domain.outage):
    # a day outlasts a maintenance window and a bad night, and a finance team still hears of it the next morning.
    outage_patience_s: float = 86_400.0

    def __post_init__(self) -> None:
        if self.concurrency < 1 or self.batch_size < 1 or self.max_attempts < 1:
            raise ValueError("concurrency, batch_size and max_attempts must be positive")
        if not self.outage_patience_s > 0:
            raise ValueError("outage_patience_s must be positive")

    @property
    def stall_s(self) -> float:
        """How long items may be in flight with none finishing before the relay is named stalled (/readyz): two
        leases. A step renews its lease between its stages, so one item may run past one lease; items in flight
        for two with none finished are steps that will not return, holding their slots (their rows, their lease
        run out, are taken again, by this relay too: a step that never returns ends up holding every slot)."""
        return 2 * self.lease_s

    def backoff(self, rand: Callable[[], float] = random.random) -> Backoff:
        """The retry policy these settings describe, jittered by `rand` (the relay's, or a step's that a test fixes)."""
        return Backoff(self.backoff_base_s, self.backoff_cap_s, rand)


@dataclass(frozen=True, slots=True)
class Retries(Generic[T]):
    """The one retry policy of a relay's items: the attempt count, the backoff, when the attempts are spent. The
    relay gives its items back by it; a handler that moves its own records with the give-back (the pipeline's
    steps) asks it inside its unit of work (domain.leased_queue.GiveBack)."""

    settings: RelaySettings
    clock: Clock
    rand: Callable[[], float] = random.random  # the backoff's jitter, in [0, 1) (a test fixes it)
    failed_before: Callable[[T], int] = attempts_before
    outage_of: Callable[[T], Outage | None] = no_outage  # the outage the item waits through, as kept with it

    def spent(self, item: T) -> bool:
        """The item's attempts are spent already (a handler that would start one more asks first)."""
        return self.failed_before(item) >= self.settings.max_attempts

    def give_back(self, item: T, *, count: bool = True, retry_after_s: float | None = None) -> GiveBack:
        """After this attempt (`count` False: it was not the item's failure, a database outage): when the item runs
        again, no sooner than `retry_after_s` (a platform's Retry-After), or spent after the last attempt. A counted
        failure ends the outage the item waited through (the platform answered); an uncounted one keeps it."""
        attempt = self.failed_before(item) + (1 if count else 0)
        outage = None if count else self.outage_of(item)
        if attempt >= self.settings.max_attempts:
            return GiveBack(attempt, None, outage)
        now = self.clock.now()
        at = self.settings.backoff(self.rand).at(now, max(attempt, 1), retry_after_s)
        return GiveBack(attempt, at, outage, decided=now)

    def wait_out(self, item: T, platform: str, *, retry_after_s: float | None = None) -> GiveBack:
        """After an attempt that found `platform` away (the port's PlatformUnavailable): no attempt spent, the item
        again after the backoff of the time it has waited (capped, no sooner than `retry_after_s`, never past the
        patience's end), while it has waited on that platform less than `outage_patience_s`; past it, spent, its
        give-up naming the outage. The outage is counted from the first attempt that found the platform away."""
        now = self.clock.now()
        kept = self.outage_of(item)
        outage = kept if kept is not None and kept.platform == platform else Outage(platform, now)
        failed = self.failed_before(item)
        patience = timedelta(seconds=self.settings.outage_patience_s)
        if now - outage.since >= patience:
            return GiveBack(failed + 1, None, outage)
        backoff = self.settings.backoff(self.rand)
        at = backoff.at(now, outage_step(outage.waited_s(now), backoff.base_s), retry_after_s)
        return GiveBack(failed, min(at, outage.since + patience), outage, decided=now)


@dataclass(eq=False, slots=True)
class Relay(Generic[T]):
    queue: LeasedQueue[T]
    handler: Handle[T]
    settings: RelaySettings
    clock: Clock
    _: KW_ONLY
    name: str
    is_outage: OutageCheck
    # this host's own resource run out (open files, memory, a local disk): no attempt spent either (the wiring
    # gives the database adapter's; none here)
    local_fault: LocalFault = no_local_fault
    give_up: GiveUp[T] | None = None
    owner: str = field(default_factory=worker_name)
    failed_before: Callable[[T], int] = attempts_before
    outage_of: Callable[[T], Outage | None] = no_outage  # a queue that keeps outages reads them back
    rand: Callable[[], float] = random.random  # the backoff's jitter, in [0, 1) (a test fixes it)
    monotonic: Callable[[], float] = time.monotonic  # what `progress` measures with (a test moves it on)
    handled: int = field(default=0, init=False)  # items whose handler ran to its end (any outcome)
    # each item in flight, with `monotonic` at its last sign of life (started, renewed its lease)
    _inflight: dict[asyncio.Task[None], float] = field(default_factory=dict, init=False)
    _items: dict[asyncio.Task[None], T] = field(default_factory=dict, init=False)  # what each of them runs
    _loop: asyncio.Task[object] | None = field(default=None, init=False)  # run()'s task while it runs
    _turned_at: float = field(default=0.0, init=False)  # `monotonic` when run()'s loop last turned
    _slot_freed: asyncio.Event = field(default_factory=asyncio.Event, init=False)
    _stop: asyncio.Event = field(default_factory=asyncio.Event, init=False)  # run()'s, once it runs
    _aborted: bool = field(default=False, init=False)
    _claims_down: Streak = field(init=False)  # the database away poll after poll: said once, then its end
    # every item meets this host's run-out resource alike, pass after pass: a count every 10 s, not a traceback each
    _ran_out: Tally = field(init=False)
    _interrupted: Tally = field(init=False)  # items the database's outage cut: likewise

    def __post_init__(self) -> None:
        self._claims_down = Streak(log, f"{self.name} {self.owner}: claiming")
        self._ran_out = Tally(log, RAN_OUT_SAID, level=logging.ERROR)
        self._interrupted = Tally(log, INTERRUPTED_SAID)

    @property
    def in_flight(self) -> int:
        return len(self._inflight)

    def progress(self) -> Progress:
        """Its items in flight, how long the most silent one has shown no sign of life and how long its loop has
        not turned: the supervisor names the relay stalled past `stall_s` (/healthz, /readyz, /metrics), with
        where the silent ones wait."""
        now, bound = self.monotonic(), self.settings.stall_s
        silent_s = now - min(self._inflight.values()) if self._inflight else 0.0
        loop = self._loop if not self._aborted else None  # an aborted relay waits for its stop on purpose
        loop_s = now - self._turned_at if loop is not None and not loop.done() else 0.0
        progress = Progress(len(self._inflight), max(0.0, silent_s), bound, max(0.0, loop_s))
        if not progress.stalled:
            return progress
        silent = [task for task, at in self._inflight.items() if now - at > bound]
        where = [f"loop: {waits_at(loop.get_coro())}"] if loop is not None and loop_s > bound else []
        where += sorted({waits_at(task.get_coro()) for task in silent})
        return dataclasses.replace(progress, where=tuple(where))

    async def abort(self) -> None:
        """As a crash would: the items in flight are cancelled uncommitted and keep their lease until it expires,
        then another relay redoes them; nothing more is started until `run`'s stop."""
        self._aborted = True
        await self._cancel_inflight()

    async def run(self, stop: asyncio.Event) -> None:
        """Until `stop` is set; then waits (bounded) for the items in flight, whose leases otherwise expire.
        Cancelled, it cancels the items in flight at once (as a crash would: their leases expire)."""
        s = self.settings
        self._stop = stop
        self._loop, self._turned_at = asyncio.current_task(), self.monotonic()
        log.info("%s %s started", self.name, self.owner)
        try:
            while not stop.is_set():
                self._turned_at = self.monotonic()
                if self._aborted:
                    await stop.wait()
                    break
                free = s.concurrency - len(self._inflight)
                claimed: list[T] = []
                if free > 0:
                    try:
                        claimed = list(await self.queue.claim(self.owner, min(free, s.batch_size), s.lease_s))
                    except Exception as exc:
                        self._claim_failed(exc)
                    else:
                        self._claims_down.succeeded()
                for item in claimed:
                    if self._aborted:
                        break  # claimed, not started: the lease expires and another relay takes it
                    task = asyncio.create_task(self.handle(item), name=f"{self.name}-{item.id}")
                    self._inflight[task] = self.monotonic()
                    self._items[task] = item
                    task.add_done_callback(self._done)
                if claimed and len(claimed) == min(free, s.batch_size):
                    continue  # there may be more due items: claim again at once (up to the concurrency bound)
                await self._idle(stop, saturated=free <= 0)
        except asyncio.CancelledError:
            await self._cancel_inflight()
            raise
        finally:
            await self._drain()
            self._loop = None
            log.info("%s %s stopped", self.name, self.owner)

    def _claim_failed(self, exc: Exception) -> None:
        """Said when a streak of failed claims begins and when it ends, polled again meanwhile: while the database
        is down, as expected, with no stack trace; for any other reason (a bug, this process out of open files)
        at ERROR with its traceback, once: polled every 2 s, each with its traceback, the relays of a process out of
        open files logged 126 ERROR tracebacks in 2 minutes."""
        if self.is_outage(exc):
            # unavailable, not unreachable: it may answer and refuse to write (a full disk: DiskFullError)
            self._claims_down.failed(f"the database is unavailable ({type(exc).__name__})")
        else:
            self._claims_down.failed(f"{type(exc).__name__}: {exc}", level=logging.ERROR, exc=exc)

    async def _idle(self, stop: asyncio.Event, *, saturated: bool) -> None:
        """Wait for a notification, a freed slot, the poll interval or the stop, whichever comes first."""
        poll_s = self.settings.poll_interval_s
        self._slot_freed.clear()
        waits: list[Awaitable[object]] = [stop.wait(), self._slot_freed.wait()]
        if not saturated:
            waits.append(self.queue.wait_for_work(poll_s))
        await wait_first(*waits, timeout=poll_s)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._inflight.pop(task, None)
        self._items.pop(task, None)
        self._slot_freed.set()

    def _sign_of_life(self) -> None:
        task = asyncio.current_task()
        if task in self._inflight:
            self._inflight[task] = self.monotonic()

    async def handle(self, item: T) -> None:
        """Run one claimed item to its end; never raises except on cancellation."""
        sign = _SIGN_OF_LIFE.set(
            self._sign_of_life
        )  # the item's task's context: its step's `alive()` lands here
        try:
            await self.handler(item, self.owner)
        except LeaseLost:
            log.warning(
                "%s item %s: lease lost to another worker; its result was discarded", self.name, item.id
            )
        except ConcurrencyConflict:
            await self._release(item, "changed meanwhile; retrying", count=False, cut=True)
        except RetryLater as exc:
            # An item waiting on its platform's outage is said by the outage's own lines (the breaker's), not at
            # each pass: an INFO line a pass is 10,000 waiting items' ~70 lines a second (their backoff capped).
            level = logging.DEBUG if exc.outage is not None else logging.INFO
            log.log(level, "%s item %s: not yet (%s); retried later", self.name, item.id, exc)
            note = shorten(printable(str(exc)), ERROR_CHARS)
            await self._release(item, note, count=True, later=exc)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            # The database away mid-item, or this host out of files, memory or disk: not the item's fault, no
            # attempt burnt (spent, a replica out of files for 5 minutes marked good invoices FAILED; an outage of
            # the platform gets a day). The host's fault is the on-call's: said at ERROR, with its traceback.
            outage = self.is_outage(exc)
            run_out = None if outage else self.local_fault(exc)
            if outage:
                self._interrupted.add(self.name, item.id, type(exc).__name__)
            elif run_out is not None:
                self._ran_out.add(self.name, run_out, item.id, exc=exc)
            else:
                log.exception("%s item %s failed", self.name, item.id)
            note = shorten(printable(f"{type(exc).__name__}: {exc}"), ERROR_CHARS)
            await self._release(item, note, count=not outage and run_out is None, cut=True)
        finally:
            self.handled += 1
            _SIGN_OF_LIFE.reset(sign)

    async def _release(
        self, item: T, error: str, *, count: bool, later: RetryLater | None = None, cut: bool = False
    ) -> None:
        """Retried while the database is away, until it answers, the relay stops or the lease is over: then the
        lease expires and the item is claimed again (nothing is lost, the next holder decides). `later`: what the
        handler asked (its platform's Retry-After; with the platform it found away, Retries.wait_out decides).
        `cut`: the handler raised mid-step, maybe after its platform call (a status sent, its record refused by the
        database's outage): given back `cut_short`, the next holder searches the platform before sending again."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.lease_s
        while True:
            try:
                await self._give_back(item, error, count=count, later=later, cut=cut)
                return
            except Exception as exc:
                if not self.is_outage(exc):
                    log.exception("%s item %s: releasing it failed", self.name, item.id)
                    return
            if self._stop.is_set() or loop.time() >= deadline:
                return
            await pause(self._stop, self.settings.poll_interval_s)

    @property
    def retries(self) -> Retries[T]:
        return Retries(self.settings, self.clock, self.rand, self.failed_before, self.outage_of)

    async def _give_back(
        self, item: T, error: str, *, count: bool, later: RetryLater | None, cut: bool = False
    ) -> None:
        retries = self.retries
        wait = later.retry_after_s if later is not None else None
        # Waited out only where the queue keeps when the outage began: elsewhere it would begin again at every
        # attempt, the patience never run out, and the item given back for ever without spending one.
        if later is not None and later.outage is not None and self.outage_of is not no_outage:
            again = retries.wait_out(item, later.outage, retry_after_s=wait)
            count = again.spent  # the attempt that ends the patience is the one given up on
        else:
            again = retries.give_back(item, count=count, retry_after_s=wait)
        if again.spent:
            error = shorten(gave_up(error, again.attempt, again.outage, self.clock.now()), ERROR_CHARS)
        if again.spent and self.give_up is not None:
            await self.give_up(item, self.owner, error)
        else:
            await self.queue.release(
                item, self.owner, dataclasses.replace(again, cut_short=cut), error=error, count=count
            )

    async def _cancel_inflight(self) -> None:
        await cancel_all(self._inflight)

    async def _drain(self) -> None:
        if not self._inflight:
            return
        _done, pending = await asyncio.wait(set(self._inflight), timeout=self.settings.stop_grace_s)
        cut = [self._items[task] for task in pending if task in self._items]
        await cancel_all(pending)
        await self._hand_back(cut)

    async def _hand_back(self, items: list[T]) -> None:
        """The items cut short by a stop (their grace over), given back due at once, no attempt spent: held until
        their lease expired, a deploy's SIGTERM left them waiting that long (3 minutes on the defaults) with every
        replica idle. Their tasks have ended, so nothing of this relay still acts on them; what they left half done
        the next holder finds as after a crash (`cut_short`: an upload marked SENDING, a status whose call was
        under way, each searched for on the platform before any resend; released plainly, the status was sent
        again unreconciled). A row
        whose lease is no longer this relay's, or that ended meanwhile, is left as it is (the queue's release
        checks). Bounded: with the database away their leases expire as before."""
        if not items:
            return
        now = self.clock.now()
        try:
            async with asyncio.timeout(HAND_BACK_S):
                for item in items:
                    again = GiveBack(
                        self.failed_before(item), now, self.outage_of(item), decided=now, cut_short=True
                    )
                    await self.queue.release(item, self.owner, again, error=STOPPED, count=False)
        except Exception as exc:
            log.warning(
                "%s %s: %d item(s) cut short by the stop not given back (%s): their leases expire",
                self.name,
                self.owner,
                len(items),
                type(exc).__name__,
            )
        else:
            log.info("%s %s: %d item(s) cut short by the stop, given back", self.name, self.owner, len(items))
