"""How many calls of one kind a process holds at once, in all and per company: a company past its share is told to
come back (a Busy error: RESOURCE_EXHAUSTED with a retry hint) rather than queued in front of the others.

The archive exports (service.usecases.export_slots) and the document calls (DocumentService: each one takes a
document worker, of which a process has few) are held this way.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field


class Busy(RuntimeError):
    """Too many calls of a kind held at once; `retry_after` seconds is when to ask again."""

    retry_after = 1.0


@dataclass(eq=False, slots=True)
class CompanySlots:
    what: str  # the calls held, in the plural: "archive exports"
    busy: type[Busy]
    per_process: int
    per_company: int
    _held: Counter[str] = field(default_factory=Counter)

    @contextlib.contextmanager
    def taken(self, company: str) -> Iterator[None]:
        """One slot for `company` for the block (one event loop: no lock needed), else `busy`."""
        if self._held[company] >= self.per_company:
            raise self.busy(
                f"this company already has {self.per_company} {self.what} in progress (at most"
                f" {self.per_company} per company): retry once one has ended"
            )
        if self._held.total() >= self.per_process:
            raise self.busy(f"{self.per_process} {self.what} are in progress on this server: retry later")
        self._held[company] += 1
        try:
            yield
        finally:
            self._held[company] -= 1
            if not self._held[company]:
                del self._held[company]
