"""A failure repeated poll after poll, said twice: when it begins, and when it ends with how many times it failed and
for how long.

A relay polls every 2 s: during a database outage each poll said the same WARNING again (about one a second per
relay for the whole outage), burying what else the log had to say and never saying when it was over. The first
failure of a streak is logged at its level; the ones after it are counted; the first success after it logs the end
(WARNING: whoever filters on WARNING saw the beginning and must see the end)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(eq=False, slots=True)
class Streak:
    log: logging.Logger
    what: str  # what fails, as the log names it ("dispatcher vm:12:ab: claiming")
    level: int = logging.WARNING  # of the line that says it began
    clock: Callable[[], float] = time.monotonic
    failures: int = field(default=0, init=False)  # in the streak under way (0: none)
    _since: float = field(default=0.0, init=False)

    def failed(self, why: str, *, level: int | None = None, exc: BaseException | None = None) -> None:
        """One more failure: said if it begins a streak (at `level`, else the streak's; with `exc`'s traceback when
        given), counted otherwise."""
        if self.failures == 0:
            self._since = self.clock()
            self.log.log(
                self.level if level is None else level,
                "%s failed, %s; said again once it works",
                self.what,
                why,
                exc_info=exc,
            )
        self.failures += 1

    def succeeded(self) -> None:
        """It worked: the streak under way, if any, ends and is said with its count and length."""
        if self.failures:
            lasted = self.clock() - self._since
            self.log.warning(
                "%s works again, after %d failure(s) over %.0f s", self.what, self.failures, lasted
            )
            self.failures = 0
