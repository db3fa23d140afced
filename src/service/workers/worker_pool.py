"""The document worker pool: processes that render, read and validate documents, each under a memory and a time
limit, shared by the document edge, the pipeline and the CLI.

A pool is `workers` slots, each ONE spawned process (a single-worker ProcessPoolExecutor): a call runs alone in its
slot's process, so that process can be killed and replaced when the call passes a limit without touching the calls
of other callers in the other slots (a multi-worker ProcessPoolExecutor breaks for all of its callers when one of
its processes dies). A slot starts lazily, on its first call; a slot whose process was replaced starts again on
its next call.

Limits (WorkerLimits; DOCUMENT_WORKER_MEMORY_MB, DOCUMENT_WORKER_TIME_S):
- memory: RLIMIT_DATA, set in the worker before its initializer. Not RLIMIT_AS: the Saxon engine reserves about
  33 GB of address space it never touches. An allocation past the limit fails in the worker (MemoryError, or
  a std::bad_alloc of qpdf); the call gets WorkerMemoryExceeded and the process
  is replaced (native libraries are not trusted after a failed allocation).
- time: per call, measured by the caller from the moment the call reaches its worker; past it, the worker is
  killed (SIGKILL: native code never sees a Python signal handler) and replaced; the call gets WorkerTimeExceeded.
  Starting a slot (spawn, then an initializer such as the artifacts' warm-up) has its own bound, START_TIMEOUT_S.
  A pool without an initializer compiles what it needs on a worker's first call (the artifacts of one syntax:
  seconds, 20 s and more on a loaded machine): that first call gets START_TIMEOUT_S on top of the limit, so a
  valid document is never refused for the compilation.
Both are backstops: the readers refuse what they can foresee (a decoded stream cap) long before.

Spawn, not fork: the parent runs grpc and asyncio threads, and a forked child may inherit a held lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing
import os
import resource
import signal
import sys
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from domain.document_formats import (
    WorkerLimitExceeded,
    WorkerMemoryExceeded,
    WorkerTimeExceeded,
    out_of_memory,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
MiB = 1 << 20
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
START_TIMEOUT_S = 120.0  # spawn + initializer (the artifacts' warm-up takes ~3 s on an idle core)


@dataclass(frozen=True, slots=True)
class WorkerLimits:
    # A warmed worker (compiled artifacts, lxml, pikepdf, ReportLab) holds about 450 MB.
    memory_bytes: int = 1536 * MiB
    # A validation takes ~10 ms; compiling the artifacts is not counted (see the module's docstring).
    time_s: float = 30.0

    def __post_init__(self) -> None:
        if self.memory_bytes < 64 * MiB or self.time_s <= 0:
            raise ValueError("a document worker needs at least 64 MiB and a positive time limit")


def _start_worker(parent: int, memory_bytes: int, initializer: Callable[[], None] | None) -> None:
    """In the new worker: bound to its parent's life, its memory limit (soft and hard, so the work cannot raise
    it), then its initializer."""
    _die_with(parent)
    resource.setrlimit(resource.RLIMIT_DATA, (memory_bytes, memory_bytes))
    if initializer is not None:
        initializer()


def _die_with(parent: int) -> None:
    """The kernel kills this worker when the process that started it dies (Linux, PR_SET_PDEATHSIG). A main process
    killed with SIGKILL (by hand, the OOM killer) left its document workers running for good, about 450 MB each,
    two more at each restart."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the line above could arm the signal
        os._exit(1)


def _guarded(fn: Callable[..., T], *args: Any) -> T:
    """In the worker: `fn(*args)`, with a failed allocation reported as the worker's memory limit (Python's
    MemoryError, or a C++ std::bad_alloc that qpdf's binding turns into a PdfError)."""
    try:
        return fn(*args)
    except Exception as exc:
        if out_of_memory(exc):
            raise WorkerMemoryExceeded(
                "the document needs more memory than a document worker may use; the worker was replaced"
            ) from None
        raise


def spawn_worker(limits: WorkerLimits, initializer: Callable[[], None] | None = None) -> Executor:
    return ProcessPoolExecutor(
        max_workers=1,
        initializer=_start_worker,
        initargs=(os.getpid(), limits.memory_bytes, initializer),
        mp_context=multiprocessing.get_context("spawn"),
    )


class _Slot:
    __slots__ = ("busy", "executor", "pid", "served")

    def __init__(self) -> None:
        self.executor: Executor | None = None
        self.pid = 0
        self.served = False  # its worker has run a call (and compiled what it needs)
        self.busy = False  # a call runs in its worker

    def kill(self, executor: Executor | None = None) -> None:
        """SIGKILL to its worker process (a thread-pool stand-in runs in this very process: left alone). Its pid is
        learnt once the worker has started; a worker still running its initializer (the artifacts' warm-up, 26 s
        at load 9) is found among `executor`'s processes, known from the moment it is spawned."""
        for pid in {self.pid, *_spawned(executor)} - {0, os.getpid()}:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _spawned(executor: Executor | None) -> list[int]:
    """The processes a ProcessPoolExecutor has spawned (its private map: the one place they are known before their
    initializer has run, which a job submitted to them waits for); a thread pool has none."""
    return list(getattr(executor, "_processes", None) or ())


class WorkerPool:
    def __init__(
        self,
        workers: int,
        *,
        name: str,
        limits: WorkerLimits | None = None,
        initializer: Callable[[], None] | None = None,
        executor_factory: Callable[[], Executor] | None = None,
    ) -> None:
        """`executor_factory` makes one slot's executor (tests pass thread pools, which are never killed)."""
        self.limits = limits or WorkerLimits()
        self._compiles_on_first_call = initializer is None
        self._factory = executor_factory or partial(spawn_worker, self.limits, initializer)
        self._name = name
        self._slots = [_Slot() for _ in range(max(1, workers))]
        self._idle: asyncio.Queue[_Slot] | None = None
        self._calls: set[asyncio.Task[Any]] = set()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker; `fn` and its arguments must pickle (module-level functions, dataclasses).

        WorkerTimeExceeded / WorkerMemoryExceeded when the call passed a limit, BrokenProcessPool when its worker
        died; in all three cases that worker is replaced and the other slots are untouched.
        """
        slot = await self._queue().get()
        # The call owns its slot until the work is over, even if the caller goes away meanwhile.
        call = asyncio.create_task(self._call(slot, fn, args))
        self._calls.add(call)
        call.add_done_callback(self._forget)
        return await asyncio.shield(call)

    async def prestart(self) -> None:
        """Start every slot now (spawn, then the initializer) rather than on its first call."""
        await asyncio.gather(*(self._call_started(slot) for slot in await self._take_all()))

    async def _take_all(self) -> list[_Slot]:
        return [await self._queue().get() for _ in self._slots]

    async def _call_started(self, slot: _Slot) -> None:
        try:
            await self._started(slot)
        finally:
            self._queue().put_nowait(slot)

    def _forget(self, call: asyncio.Task[Any]) -> None:
        self._calls.discard(call)
        if not call.cancelled():
            call.exception()  # retrieved: a caller that left does not leave an unread exception behind

    async def _call(self, slot: _Slot, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        slot.busy = True
        try:
            executor = await self._started(slot)
            work = asyncio.wrap_future(executor.submit(_guarded, fn, *args))
            first = self._compiles_on_first_call and not slot.served
            slot.served = True
            try:
                async with asyncio.timeout(
                    self.limits.time_s + (START_TIMEOUT_S if first else 0)
                ) as deadline:
                    return await work
            except TimeoutError:
                if not deadline.expired():
                    raise  # the work's own TimeoutError
                self._replace(slot, "passed its time limit", kill=True)
                raise WorkerTimeExceeded(
                    f"the document took longer than {self.limits.time_s:g} s, the limit of a document worker; "
                    "the worker was replaced"
                ) from None
        except (
            WorkerLimitExceeded
        ) as exc:  # from the worker (memory), or the time limit above (already replaced)
            self._replace(slot, f"passed its limit ({exc.rule_id})", kill=True)
            raise
        except BrokenProcessPool:
            self._replace(slot, "died", kill=False)  # already gone: its pid may belong to someone else now
            raise
        finally:
            slot.busy = False
            self._queue().put_nowait(slot)

    async def _started(self, slot: _Slot) -> Executor:
        if slot.executor is None:
            slot.executor = self._factory()
            slot.served = False
            try:
                async with asyncio.timeout(START_TIMEOUT_S):
                    slot.pid = await asyncio.wrap_future(slot.executor.submit(os.getpid))
            except TimeoutError:
                self._replace(slot, "did not start in time", kill=False)
                raise BrokenProcessPool(
                    f"a {self._name} worker did not start within {START_TIMEOUT_S:g} s"
                ) from None
        return slot.executor

    def _replace(self, slot: _Slot, why: str, *, kill: bool) -> None:
        executor, slot.executor = slot.executor, None
        if executor is None:
            return
        log.error(
            "%s worker (pid %s) %s; a new one starts with the next call", self._name, slot.pid or "?", why
        )
        if kill:
            slot.kill()
        slot.pid = 0
        executor.shutdown(wait=False, cancel_futures=True)

    def _queue(self) -> asyncio.Queue[_Slot]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for slot in self._slots:
                self._idle.put_nowait(slot)
        return self._idle

    def close(self) -> None:
        """Stops every worker; one still running a call, or still starting for one, is killed first. At the
        server's stop that call is one its caller left (the gRPC drain and the pipeline's stop grace are over):
        nobody reads its result, and waiting for it held the stop, the event loop blocked, up to its time limit (a
        first call's allowance too), or until the worker's warm-up was over."""
        for slot in self._slots:
            executor, slot.executor = slot.executor, None
            if executor is not None:
                if slot.busy:
                    slot.kill(executor)
                executor.shutdown(wait=True, cancel_futures=True)


def run_limited(
    limits: WorkerLimits, fn: Callable[..., T], *args: Any, initializer: Callable[[], None] | None = None
) -> T:
    """`fn(*args)` in one worker under `limits`, from synchronous code (the CLI): the same limits as the server."""

    async def once() -> T:
        pool = WorkerPool(1, name="document", limits=limits, initializer=initializer)
        try:
            return await pool.run(fn, *args)
        finally:
            pool.close()

    return asyncio.run(once())
