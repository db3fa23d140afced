"""Events that may come by the thousand (a flood of refused keys, callbacks signed with another secret): counted, and
said at most once every `every_s`, with how many came since the last line. Unlike a streak (aio.streak) nothing
marks their end: a forger's refused callbacks and a platform's accepted ones may alternate."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(eq=False, slots=True)
class Tally:
    log: logging.Logger
    text: str  # its first %d is the count, the arguments `add` is given follow
    every_s: float = 10.0
    level: int = logging.WARNING
    clock: Callable[[], float] = time.monotonic
    count: int = field(default=0, init=False)  # since the last line
    _after: float = field(default=0.0, init=False)  # no line before then

    def add(self, *args: object) -> None:
        """One more: said now with the count if the last line is `every_s` old, else counted for the next."""
        self.count += 1
        now = self.clock()
        if now >= self._after:
            self.log.log(self.level, self.text, self.count, *args)
            self.count, self._after = 0, now + self.every_s
