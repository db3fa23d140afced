"""The bounded worker pool of the document edge: bounded in-flight calls, a crashed pool replaced."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pytest

from service.document_executor import DocumentExecutor, WorkerCrashed


def _wait(started: threading.Event, gate: threading.Event) -> str:
    started.set()
    gate.wait(timeout=10)
    return "done"


async def test_calls_beyond_the_bound_wait_then_time_out():
    started, gate = threading.Event(), threading.Event()
    executor = DocumentExecutor(max_pending=1, acquire_timeout_s=0.05, executor_factory=lambda: ThreadPoolExecutor(2))
    first = asyncio.create_task(executor.run(_wait, started, gate))
    assert await asyncio.to_thread(started.wait, 10)  # the first call holds the only slot
    with pytest.raises(TimeoutError):
        await executor.run(str, 1)
    gate.set()
    assert await first == "done"
    assert await executor.run(str, 2) == "2"  # the slot is free again
    executor.close()


class _Broken(Executor):
    def __init__(self, created: list[Executor]) -> None:
        created.append(self)
        self.shut = False

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("worker killed"))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.shut = True


async def test_a_broken_pool_is_reported_retryable_and_replaced():
    created: list[Executor] = []
    executor = DocumentExecutor(executor_factory=lambda: _Broken(created))
    with pytest.raises(WorkerCrashed):
        await executor.run(str, 1)
    assert len(created) == 1 and created[0].shut  # type: ignore[attr-defined]
    with pytest.raises(ConnectionError):  # UNAVAILABLE with RetryInfo at the edge
        await executor.run(str, 1)
    assert len(created) == 2
