"""A process pool that replaces itself when a worker dies, shared by the document edge and the pipeline.

Spawn, not fork: the parent runs grpc and asyncio threads, and a forked child may inherit a held lock. The pool
starts lazily (ProcessPoolExecutor spawns its workers on the first call anyway) and a broken pool is shut down
and dropped, so the next call starts a new one; the caller decides what the crash means for its own call.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def spawn_pool(workers: int, initializer: Callable[[], None] | None = None) -> Executor:
    return ProcessPoolExecutor(
        max_workers=workers, initializer=initializer, mp_context=multiprocessing.get_context("spawn")
    )


class RespawningPool:
    def __init__(self, factory: Callable[[], Executor], *, name: str) -> None:
        self._factory = factory
        self._name = name
        self._executor: Executor | None = None

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker; `fn` and its arguments must pickle (module-level functions, dataclasses).
        Raises BrokenProcessPool when the worker died, after dropping the broken pool."""
        executor = self._current()
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, fn, *args)
        except BrokenProcessPool:
            self._replace(executor)
            raise

    def _current(self) -> Executor:
        if self._executor is None:
            self._executor = self._factory()
        return self._executor

    def _replace(self, broken: Executor) -> None:
        if self._executor is broken:
            log.error("%s pool broken; a new one starts with the next call", self._name)
            self._executor = None
            broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
