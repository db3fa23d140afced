"""What an HTTP platform profile opens first, the same for every provider: its timeouts, its own HTTP client (pool)
closed at shutdown, and the profile name its routes and keys go under."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx

from adapters.pdp.http_pool import platform_http_client
from adapters.pdp.timeouts import Timeouts
from domain.platform_profile import PlatformOptions


@dataclass(frozen=True, slots=True)
class PlatformLink:
    http: httpx.AsyncClient
    timeouts: Timeouts
    profile: str  # "" for the profile named after the provider: it keeps the provider's routes and keys


@contextlib.asynccontextmanager
async def platform_link(name: str, provider: str, options: PlatformOptions) -> AsyncIterator[PlatformLink]:
    """The link of profile `name` of `provider` ("afnor", "iopole")."""
    timeouts = Timeouts(options)
    http = platform_http_client(options.max_connections, timeout=timeouts.default())
    try:
        yield PlatformLink(http, timeouts, "" if name == provider else name)
    finally:
        await http.aclose()
