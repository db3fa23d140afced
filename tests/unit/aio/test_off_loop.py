"""The off-loop threads (aio.off_loop): a large request is read in the reader thread, a declaration's build works in
a thread of the builds', and as many builds as the process admits work at once, none behind another."""

from __future__ import annotations

import asyncio
import threading

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
