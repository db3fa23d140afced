"""How many calls of one kind a process holds at once, in all and per company, and how fast a company may make them:
a company past its share is told to come back (a Busy error: RESOURCE_EXHAUSTED with a retry hint) rather than
queued in front of the others.

Every per-company bound of the gRPC side is one of these: the calls themselves (service.grpc.admission: every unary
call of a company), the event streams (WatchInvoiceEvents: service.usecases.emission.bindings), the archive exports
(service.usecases.export_slots), the document calls (DocumentService: each one takes a document worker, of which a
process has few) and the readable views of received invoices. The calls' pace is a `CompanyRate`, checked by the
same admission (service.grpc.admission) and counted by the same hook.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field


class Busy(RuntimeError):
    """Too many calls of a kind held at once; `retry_after` seconds is when to ask again."""

    retry_after = 1.0


# refused(what, bound): a call of `what` ("archive exports") was refused past the company's bound ("company"), the
# process's ("process") or the company's pace ("rate"): the wiring counts them (service.wiring.admission_metrics).
Refused = Callable[[str, str], None]


def uncounted(what: str, bound: str) -> None:
    pass


@dataclass(eq=False, slots=True)
class CompanySlots:
    what: str  # the calls held, in the plural: "archive exports"
    busy: type[Busy]
    per_process: int | None  # None: no bound for the process, only per company
    per_company: int
    refused: Refused = uncounted
    _held: Counter[str] = field(default_factory=Counter)
    _total: int = 0

    def check(self, company: str, weight: int = 1) -> None:
        """`busy` if `company` could not take `weight` slots now (a call refused before its request is read). A
        weight past a bound is taken alone (nothing else held): a bound then holds one call of any weight."""
        held = self._held[company]
        if held and held + weight > self.per_company:
            self.refused(self.what, "company")
            raise self.busy(
                f"this company already has {held:,} {self.what} in progress (at most"
                f" {self.per_company:,} per company): retry once one has ended"
            )
        if self.per_process is not None and self._total and self._total + weight > self.per_process:
            self.refused(self.what, "process")
            raise self.busy(
                f"{self._total:,} {self.what} are in progress on this server (at most {self.per_process:,} per"
                " process, every company together): retry later"
            )

    def take(self, company: str, weight: int = 1) -> None:
        """`weight` slots for `company` (one event loop: no lock needed), else `busy`; give them back with
        `give_back`."""
        self.check(company, weight)
        self._held[company] += weight
        self._total += weight

    def give_back(self, company: str, weight: int = 1) -> None:
        self._total -= weight
        self._held[company] -= weight
        if not self._held[company]:
            del self._held[company]

    @contextlib.contextmanager
    def taken(self, company: str, weight: int = 1) -> Iterator[None]:
        """`weight` slots for `company` for the block, else `busy`."""
        self.take(company, weight)
        try:
            yield
        finally:
            self.give_back(company, weight)


# Past this many companies remembered, the ones whose bucket has filled up again are forgotten (a full bucket is
# what a company not seen yet gets): the memory is bounded by twice the companies calling within about a burst's
# time. A pass that forgot few comes again only once as many are remembered again: at every new company, it cost
# each new client address of health and reflection (paced per address, any number of them) 2.5 ms at 10,000.
MAX_REMEMBERED = 10_000


@dataclass(eq=False, slots=True)
class CompanyRate:
    """A token bucket per company: `per_second` calls a second on average, up to `burst` at once after a quiet
    moment. A call past it is `busy`, with `retry_after` the time until the bucket holds the next call; or, for work
    already admitted (a stream's events), `paced`: it waits that long instead."""

    what: str  # the calls paced, in the plural
    busy: type[Busy]
    per_second: float
    burst: int
    refused: Refused = uncounted
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    who: str = "this company"  # whose calls a bucket counts, as the refusal names it
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # company → (tokens, when counted)
    _forget_at: int = field(default=0, init=False)  # the next forgetting pass, once this many are remembered

    def spend(self, company: str, cost: float = 1.0) -> None:
        """One call of `company` taken now, else `busy` (nothing spent). `cost`: what the call counts for (a call
        costing more than `burst` costs `burst`: it passes once the bucket is full)."""
        cost = min(cost, self.burst)
        now = self.clock()
        tokens, then = self._buckets.get(company, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.per_second)
        if tokens < cost:
            self.refused(self.what, "rate")
            busy = self.busy(
                f"{self.who} made its {self.what} faster than {self.per_second:g} a second (at most"
                f" {self.burst} at once): retry as RetryInfo says"
            )
            # whole milliseconds, rounded up: a client waiting exactly that long finds its call taken
            busy.retry_after = math.ceil((cost - tokens) / self.per_second * 1000) / 1000
            raise busy
        if company not in self._buckets and len(self._buckets) >= max(MAX_REMEMBERED, self._forget_at):
            self._forget_full(now)
        self._buckets[company] = (tokens - cost, now)

    async def paced(self, company: str, cost: float) -> None:
        """`cost` spent for `company`, once the bucket holds it: waits rather than refuses."""
        while True:
            try:
                return self.spend(company, cost)
            except self.busy as busy:
                await self.sleep(busy.retry_after)

    def _forget_full(self, now: float) -> None:
        refill = self.burst / self.per_second
        self._buckets = {c: (t, at) for c, (t, at) in self._buckets.items() if now - at < refill}
        self._forget_at = 2 * len(self._buckets)
