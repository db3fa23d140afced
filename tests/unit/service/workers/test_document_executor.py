"""The bounded worker pool of the document edge: bounded in-flight calls, a crashed pool replaced."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from domain.document_formats import WorkerCrashed, WorkersBusy
from service.workers.document_executor import DocumentExecutor
from tests.fakes import BrokenPool


def _wait(started: threading.Event, gate: threading.Event) -> str:
    started.set()
    gate.wait(timeout=10)
    return "done"


async def test_calls_beyond_the_bound_wait_then_time_out():
    started, gate = threading.Event(), threading.Event()
    executor = DocumentExecutor(
        max_pending=1, acquire_timeout_s=0.05, executor_factory=lambda: ThreadPoolExecutor(2)
    )
    first = asyncio.create_task(executor.run(_wait, started, gate))
    assert await asyncio.to_thread(started.wait, 10)  # the first call holds the only slot
    with pytest.raises(WorkersBusy, match="document calls this server holds at once are taken"):
        await executor.run(str, 1)
    gate.set()
    assert await first == "done"
    assert await executor.run(str, 2) == "2"  # the slot is free again
    executor.close()


async def test_a_broken_pool_is_reported_retryable_and_replaced():
    created: list[BrokenPool] = []
    executor = DocumentExecutor(executor_factory=lambda: BrokenPool(created))
    with pytest.raises(WorkerCrashed):
        await executor.run(str, 1)
    assert len(created) == 1 and created[0].shut
    with pytest.raises(ConnectionError):  # UNAVAILABLE with RetryInfo at the edge
        await executor.run(str, 1)
    assert len(created) == 2
