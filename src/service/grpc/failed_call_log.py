"""The INFO line of each failed call, within a budget per caller: a client flooding refused calls must not flood the
log (2,000 calls with a wrong key wrote 4,000 lines, 861 KB, and the on-call engineer's own lines drowned in them).

A caller (the company of the call's API key, or every call without a valid key together) gets LINES_PER_WINDOW lines
per WINDOW_S; past it, its failed calls are counted by method and code and written as one line when its window ends
("n failed calls ... not logged one by one"), or when the gRPC server stops (`flush_all`), so every failed call is
still in the log, as a line or in a count, and `pdp_gateway_grpc_calls_total{code}` counts each anyway. One company's
flood spends only its own budget: another company's failed calls are still logged one by one. At most MAX_CALLERS
windows are remembered; past it, the counts are written and the windows forgotten.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass, field

from aio.tasks import later

LINES_PER_WINDOW = 20
WINDOW_S = 10.0
MAX_CALLERS = 10_000
NO_KEY = ""  # the caller of the calls refused before a company was known (no key, an unknown or revoked one)


@dataclass(slots=True)
class _Window:
    ends: float
    lines_left: int
    unlogged: Counter[tuple[str, str]] = field(default_factory=Counter)
    flush: asyncio.TimerHandle | None = None


@dataclass(eq=False, slots=True)
class FailedCallLog:
    log: logging.Logger
    _: KW_ONLY
    lines_per_window: int = LINES_PER_WINDOW
    window_s: float = WINDOW_S
    max_callers: int = MAX_CALLERS
    clock: Callable[[], float] = lambda: time.monotonic()
    _windows: dict[str, _Window] = field(default_factory=dict, init=False)

    def failed(self, caller: str, method: str, code: str, ms: float) -> None:
        """A failed call of `caller`: its line, or one more in its window's count."""
        if not self.log.isEnabledFor(logging.INFO):
            return
        now = self.clock()
        window = self._windows.get(caller)
        if window is None or window.ends <= now:
            if window is not None:
                self._write_counts(caller, window)
            elif len(self._windows) >= self.max_callers:
                self.flush_all()
            window = self._windows[caller] = _Window(now + self.window_s, self.lines_per_window)
        if window.lines_left > 0:
            window.lines_left -= 1
            self.log.info("rpc", extra={"method": method, "code": code, "ms": ms})
            return
        window.unlogged[(method, code)] += 1
        if window.flush is None:
            window.flush = later(window.ends - now, lambda: self._window_over(caller, window))

    def flush_all(self) -> None:
        """Every count not written yet, written; every window forgotten."""
        for caller, window in self._windows.items():
            self._write_counts(caller, window)
        self._windows.clear()

    def _window_over(self, caller: str, window: _Window) -> None:
        if self._windows.get(caller) is window:
            del self._windows[caller]
            self._write_counts(caller, window)

    def _write_counts(self, caller: str, window: _Window) -> None:
        if window.flush is not None:
            window.flush.cancel()
            window.flush = None
        if window.unlogged:
            total = sum(window.unlogged.values())
            # in a context of its own: the line is no call's, so it carries no call's request id
            contextvars.Context().run(
                self.log.info,
                "%d failed calls %s not logged one by one: past %d lines in %g s",
                total,
                f"of company {caller}" if caller != NO_KEY else "without a valid API key",
                self.lines_per_window,
                self.window_s,
                extra={
                    "company": caller or None,
                    "unlogged": {
                        f"{method} {code}": n for (method, code), n in window.unlogged.most_common(10)
                    },
                },
            )
            window.unlogged.clear()
