"""Where the edge runs document CPU work (render, parse, official validation): never on the event loop.

Choice: a small pool of SPAWNED processes, as the pipeline does, not `asyncio.to_thread`. Rendering and reading
are pure Python (they would hold the GIL against the event loop) and the Saxon engine is one lock-guarded
runtime per process (engine.py), so threads would serialise on it; processes run in parallel and a crash in
native code (SaxonC, pikepdf) kills a worker, not the server. Each worker runs under the memory and time limits
of service.workers.worker_pool, which replaces a worker that passes one (the caller gets PDP-DOC-MEMORY / PDP-DOC-TIME).
A worker compiles the artifacts it needs on its first validation (~3 s idle, much more on a loaded machine; not
counted in the time limit), so the pool starts lazily.

Bounded twice: at most `max_pending` calls are queued or running (a semaphore); a call that cannot get a slot
within `acquire_timeout_s` raises WorkersBusy, which the edge turns into UNAVAILABLE with RetryInfo (it raised a
bare TimeoutError, which reads as a database outage: "the service's database is unavailable"). One company holds at
most half of them (service.usecases.emission.document_bindings.DocumentsBusy).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from domain.document_formats import WorkerCrashed, WorkersBusy
from service.workers.worker_pool import WorkerLimits, WorkerPool

T = TypeVar("T")


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1) // 2))


class DocumentExecutor:
    def __init__(
        self,
        *,
        workers: int | None = None,
        max_pending: int | None = None,
        acquire_timeout_s: float = 10.0,
        limits: WorkerLimits | None = None,
        executor_factory: Callable[[], Executor] | None = None,
    ) -> None:
        size = workers or default_workers()
        self._pool = WorkerPool(size, name="document", limits=limits, executor_factory=executor_factory)
        self.limits = self._pool.limits
        self.capacity = max_pending or 4 * size
        self._slots = asyncio.Semaphore(self.capacity)
        self._acquire_timeout_s = acquire_timeout_s

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker; `fn` and its arguments must pickle (module-level functions, dataclasses)."""
        try:
            async with asyncio.timeout(self._acquire_timeout_s):
                await self._slots.acquire()
        except TimeoutError:
            raise WorkersBusy(
                f"the {self.capacity} document calls this server holds at once are taken: retry shortly"
            ) from None
        try:
            return await self._pool.run(fn, *args)
        except BrokenProcessPool as exc:
            raise WorkerCrashed("a document worker died; retry the call") from exc
        finally:
            self._slots.release()

    def close(self) -> None:
        self._pool.close()
