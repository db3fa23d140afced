"""The off-loop threads (aio.off_loop): a large request is read in the reader thread, a declaration's build works in
a thread of the builds', and as many builds as the process admits work at once, none behind another."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import threading

import pytest

from aio import off_loop


def _thread() -> str:
    return threading.current_thread().name


async def test_a_build_s_work_runs_in_a_build_thread_and_other_work_in_the_reader() -> None:
    with off_loop.building():
        built = await off_loop.run(_thread)
    read = await off_loop.run(_thread)

    assert built.startswith(off_loop.BUILD_THREAD)
    assert read.startswith(off_loop.READER_THREAD)


async def test_the_builds_the_process_admits_work_at_once_none_waiting_for_another() -> None:
    """Each build waits until all of them are working (a barrier of BUILD_THREADS): were they queued in fewer
    threads, the first would wait for the others that cannot start, and the barrier break."""
    arrived = threading.Barrier(off_loop.BUILD_THREADS, timeout=10)

    async def build() -> int:
        with off_loop.building():
            return await off_loop.run(arrived.wait)

    assert sorted(await asyncio.gather(*(build() for _ in range(off_loop.BUILD_THREADS)))) == list(
        range(off_loop.BUILD_THREADS)
    )


_ASKED_BY: contextvars.ContextVar[str] = contextvars.ContextVar("asked_by", default="")


async def test_the_work_sees_its_caller_s_context_and_its_error_is_raised_to_the_caller() -> None:
    """What the work logs carries its call's request id and company (context variables): run in the caller's."""
    _ASKED_BY.set("req-42")
    assert await off_loop.run(_ASKED_BY.get) == "req-42"
    with off_loop.building():
        assert await off_loop.run(_ASKED_BY.get) == "req-42"

    def failing() -> None:
        raise ValueError("bad build")

    with pytest.raises(ValueError, match="bad build"):
        await off_loop.run(failing)


async def test_the_reader_serves_the_companies_in_turn_and_skips_the_work_of_a_caller_gone() -> None:
    started, release = threading.Event(), threading.Event()
    order: list[str] = []

    def held() -> None:
        started.set()
        release.wait(10)

    holding = asyncio.ensure_future(off_loop.run(held, company="c"))
    while not started.is_set():
        await asyncio.sleep(0.01)
    calls = [
        asyncio.ensure_future(off_loop.run(functools.partial(order.append, name), company=company))
        for company, name in (("a", "a1"), ("a", "a2"), ("a", "a3"), ("b", "b1"), ("a", "gone"), ("b", "b2"))
    ]
    await asyncio.sleep(0)
    calls[4].cancel()  # its caller went away while it waited
    with contextlib.suppress(asyncio.CancelledError):
        await calls[4]
    release.set()
    await asyncio.gather(holding, *calls, return_exceptions=True)

    assert order == ["a1", "b1", "a2", "b2", "a3"]
    # the gone caller's work is dropped when its turn comes, after a3's caller was answered: bounded, never a speed
    async with asyncio.timeout(10):
        while off_loop.waiting_reads():
            await asyncio.sleep(0.01)
