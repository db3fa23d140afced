"""The task helpers leave nothing running: what they cancel has ended when they return."""

from __future__ import annotations

import asyncio

import pytest

from aio.tasks import cancel_all, wait_first, wait_set

NEVER = 3600.0  # a wait that only cancellation ends


async def _waiting(ended: list[str], name: str, event: asyncio.Event) -> None:
    try:
        await event.wait()
        ended.append(f"{name} done")
    except asyncio.CancelledError:
        ended.append(f"{name} cancelled")
        raise


async def test_the_first_wait_to_end_returns_and_the_others_have_ended() -> None:
    ended: list[str] = []
    first, other = asyncio.Event(), asyncio.Event()
    first.set()
    await wait_first(_waiting(ended, "first", first), _waiting(ended, "other", other), timeout=NEVER)
    assert sorted(ended) == ["first done", "other cancelled"]


async def test_at_the_timeout_every_wait_has_ended() -> None:
    ended: list[str] = []
    await wait_first(
        _waiting(ended, "a", asyncio.Event()), _waiting(ended, "b", asyncio.Event()), timeout=0.0
    )
    assert sorted(ended) == ["a cancelled", "b cancelled"]


async def test_a_cancelled_caller_leaves_no_wait_running() -> None:
    ended: list[str] = []
    started = asyncio.Event()

    async def caller() -> None:
        started.set()
        await wait_first(_waiting(ended, "a", asyncio.Event()), timeout=NEVER)

    task = asyncio.create_task(caller())
    await started.wait()
    await asyncio.sleep(0)  # the wait has started
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert ended == ["a cancelled"]


async def test_cancel_all_ends_every_task_whatever_it_raised() -> None:
    async def failing() -> None:
        try:
            await asyncio.sleep(NEVER)
        finally:
            raise RuntimeError("failed while cancelled")

    ended: list[str] = []
    running = {
        asyncio.create_task(_waiting(ended, "a", asyncio.Event())),
        asyncio.create_task(failing()),
    }
    await asyncio.sleep(0)  # both have started
    await cancel_all(running)
    assert all(task.done() for task in running)
    assert ended == ["a cancelled"]


async def test_cancel_all_takes_a_set_its_tasks_leave_as_they_end() -> None:
    running: set[asyncio.Task[None]] = set()
    for _ in range(3):
        task = asyncio.create_task(asyncio.sleep(NEVER))
        running.add(task)
        task.add_done_callback(running.discard)
    tasks = list(running)
    await cancel_all(running)
    assert running == set() and all(task.cancelled() for task in tasks)


async def test_wait_set_returns_once_the_event_is_set_or_the_time_has_passed() -> None:
    event = asyncio.Event()
    asyncio.get_running_loop().call_soon(event.set)
    await wait_set(event, 3600)
    await wait_set(asyncio.Event(), 0.001)  # no TimeoutError: the time passing is an answer


async def test_wait_set_cancelled_as_the_event_is_set_raises_the_cancellation() -> None:
    event = asyncio.Event()
    waiting = asyncio.ensure_future(wait_set(event, 3600))
    await asyncio.sleep(0)  # waiting on the event

    event.set()
    waiting.cancel()

    with pytest.raises(asyncio.CancelledError):
        await waiting
