"""Timeouts of a platform's HTTP calls: httpx's per-phase timeouts, derived from the gateway's settings only.

`PlatformOptions` is the one place that says how long a platform call may take (PDP_CONNECT_TIMEOUT_S,
PDP_TIMEOUT_S, PDP_UPLOAD_TIMEOUT_S); this has no defaults of its own, so a test or a bench gets the timeouts
production gets unless it says otherwise.
`adapters.pdp.exchange` bounds each exchange as a whole by the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from domain.platform_profile import PlatformOptions


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Every call has a bound; uploads get a longer read budget (documents up to 50 MB). The pool wait is bounded
    like a connection: both are the time to get a socket."""

    settings: PlatformOptions = field(default_factory=PlatformOptions)

    def default(self) -> httpx.Timeout:
        return self._with_read(self.settings.timeout_s)

    def upload(self) -> httpx.Timeout:
        return self._with_read(self.settings.upload_timeout_s)

    def _with_read(self, read: float) -> httpx.Timeout:
        s = self.settings
        return httpx.Timeout(
            connect=s.connect_timeout_s, read=read, write=s.timeout_s, pool=s.connect_timeout_s
        )
