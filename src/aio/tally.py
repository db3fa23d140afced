"""Events that may come by the thousand (a flood of refused keys, callbacks signed with another secret): counted, and
said at most once every `every_s`, with how many came since the last line. Unlike a streak (aio.streak) nothing
marks their end: a forger's refused callbacks and a platform's accepted ones may alternate. So the count of those
that came after a line is said when its interval ends (on the running loop), not only with the next one: a flood that
stops would otherwise leave its last count unsaid for ever."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aio.tasks import later


@dataclass(eq=False, slots=True)
class Tally:
    log: logging.Logger
    text: str  # its first %d is the count, the arguments `add` is given follow
    every_s: float = 10.0
    level: int = logging.WARNING
    clock: Callable[[], float] = time.monotonic
    count: int = field(default=0, init=False)  # since the last line
    _after: float = field(default=0.0, init=False)  # no line before then
    _args: tuple[object, ...] = field(default=(), init=False)  # the last one's, for the count said later
    _exc: BaseException | None = field(default=None, init=False)  # the last one's, its traceback said with it
    _pending: asyncio.TimerHandle | None = field(default=None, init=False)

    def add(self, *args: object, exc: BaseException | None = None) -> None:
        """One more: said now with the count if the last line is `every_s` old, else counted for a line when the
        interval ends (or with the next one, outside an event loop). `exc`: its traceback goes with the line."""
        self.count += 1
        self._args, self._exc = args, exc
        now = self.clock()
        if now >= self._after:
            self._say(now)
        elif self._pending is None:
            self._pending = later(self._after - now, self._interval_over)

    def _interval_over(self) -> None:
        self._pending = None
        if self.count:
            self._say(self.clock())

    def _say(self, now: float) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        self.log.log(self.level, self.text, self.count, *self._args, exc_info=self._exc)
        # what was said is let go: an exception's traceback holds its call's locals (a request of up to 64 MiB)
        self.count, self._after, self._args, self._exc = 0, now + self.every_s, (), None
