"""How many calls of one kind a process holds at once, in all and per company: a company past its share is told to
come back (a Busy error: RESOURCE_EXHAUSTED with a retry hint) rather than queued in front of the others.

Every per-company bound of the gRPC side is one of these: the calls themselves (service.grpc.admission: every unary
call of a company), the event streams (WatchInvoiceEvents: service.usecases.emission.bindings), the archive exports
(service.usecases.export_slots), the document calls (DocumentService: each one takes a document worker, of which a
process has few) and the readable views of received invoices.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


class Busy(RuntimeError):
    """Too many calls of a kind held at once; `retry_after` seconds is when to ask again."""

    retry_after = 1.0


# refused(what, bound): a call of `what` ("archive exports") was refused past the company's bound ("company") or
# the process's ("process"): the wiring counts them (service.wiring.admission_metrics).
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

    def check(self, company: str) -> None:
        """`busy` if `company` could not take a slot now (a call refused before its request is read)."""
        if self._held[company] >= self.per_company:
            self.refused(self.what, "company")
            raise self.busy(
                f"this company already has {self.per_company} {self.what} in progress (at most"
                f" {self.per_company} per company): retry once one has ended"
            )
        if self.per_process is not None and self._total >= self.per_process:
            self.refused(self.what, "process")
            raise self.busy(f"{self.per_process} {self.what} are in progress on this server: retry later")

    def take(self, company: str) -> None:
        """One slot for `company` (one event loop: no lock needed), else `busy`; give it back with `give_back`."""
        self.check(company)
        self._held[company] += 1
        self._total += 1

    def give_back(self, company: str) -> None:
        self._total -= 1
        self._held[company] -= 1
        if not self._held[company]:
            del self._held[company]

    @contextlib.contextmanager
    def taken(self, company: str) -> Iterator[None]:
        """One slot for `company` for the block, else `busy`."""
        self.take(company)
        try:
            yield
        finally:
            self.give_back(company)
