from __future__ import annotations

import asyncio

from service.workers.pause import pause


async def test_a_pause_ends_at_once_when_the_loop_is_stopped() -> None:
    stop = asyncio.Event()
    stop.set()
    # an hour's pause that would hang the test if `stop` were not heard
    await asyncio.wait_for(pause(stop, 3600), 5)


async def test_a_pause_that_is_not_stopped_ends_after_its_time_without_an_error() -> None:
    stop = asyncio.Event()
    await pause(stop, 0)
    assert not stop.is_set()


async def test_a_stop_set_during_the_pause_ends_it() -> None:
    stop = asyncio.Event()
    waiting = asyncio.create_task(pause(stop, 3600))
    await asyncio.sleep(0)
    stop.set()
    await asyncio.wait_for(waiting, 5)
