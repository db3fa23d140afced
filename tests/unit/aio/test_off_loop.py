"""The off-loop threads (aio.off_loop): a large request is read in the reader thread, a declaration's build works in
a thread of the builds', and as many builds as the process admits work at once, none behind another."""

from __future__ import annotations

import asyncio
import contextvars
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
