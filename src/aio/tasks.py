"""Ending tasks, waiting for the first of several waits without leaving a task running behind, waiting for an
event a while without losing a cancellation, and a callback later on the running loop if there is one."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterable
from typing import Any


async def cancel_all(tasks: Iterable[asyncio.Future[Any]]) -> None:
    """Cancel `tasks` and wait until each has ended; what they raise is dropped (a cancelled task's error is no
    news). `tasks` is read once, so a set the tasks leave as they end (a done callback) may be given as it is."""
    ending = list(tasks)
    for task in ending:
        task.cancel()
    await asyncio.gather(*ending, return_exceptions=True)


async def wait_first(*waits: Awaitable[object], timeout: float | None = None) -> None:
    """Until the first of `waits` ends, or `timeout` seconds; the others are cancelled and ended before it returns
    (also when the caller is cancelled meanwhile)."""
    futures = [asyncio.ensure_future(w) for w in waits]
    try:
        await asyncio.wait(futures, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        await cancel_all(futures)


async def wait_set(event: asyncio.Event, timeout: float) -> None:
    """Until `event` is set or `timeout` seconds have passed. Cancelled meanwhile, it raises CancelledError even when
    the event is set at that very moment: asyncio.wait_for (Python 3.11) then returned and dropped the cancellation,
    and a loop waiting this way (an event feed's subscriber of a Watch the client had cancelled) went on for ever."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout):
            await event.wait()


def later(delay: float, callback: Callable[[], None]) -> asyncio.TimerHandle | None:
    """`callback` after `delay` seconds on the running event loop; None outside one (the caller then does it the next
    time it is called: a count said with the next event, not at its window's end)."""
    try:
        return asyncio.get_running_loop().call_later(max(delay, 0.0), callback)
    except RuntimeError:
        return None
