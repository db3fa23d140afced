"""Timeouts of a platform's HTTP calls, in seconds: every call has a bound; uploads get a longer read budget."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from domain.platform_profile import PlatformOptions


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds. Uploads get a longer read budget (documents up to 50 MB); everything has a bound."""

    connect: float = 5.0
    read: float = 30.0
    write: float = 30.0
    pool: float = 5.0
    upload_read: float = 60.0

    def default(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)

    def upload(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.upload_read, write=self.write, pool=self.pool)


def timeouts_for(options: PlatformOptions) -> Timeouts:
    """A profile's timeouts from the gateway's settings (PDP_CONNECT_TIMEOUT_S, PDP_TIMEOUT_S, PDP_UPLOAD_TIMEOUT_S)."""
    return Timeouts(
        connect=options.connect_timeout_s,
        read=options.timeout_s,
        write=options.timeout_s,
        pool=options.connect_timeout_s,
        upload_read=options.upload_timeout_s,
    )
