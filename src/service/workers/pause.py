"""The wait of a background loop between two rounds, which a shutdown cuts short."""

from __future__ import annotations

import asyncio

from aio.tasks import wait_set


async def pause(stop: asyncio.Event, seconds: float) -> None:
    """Return after `seconds`, or as soon as `stop` is set (at once when it already is)."""
    await wait_set(stop, seconds)
