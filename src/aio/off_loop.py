"""The process's threads for CPU work off the event loop: reading a large request, building a declaration.

A process serves every company's calls on one event loop. Pure work of seconds there (checking a request of
hundreds of thousands of entries, decoding and aggregating a month of 578,000 recorded sales) holds every other
call of the process for as long: another company's GetInvoice waited 39 s behind one PreviewDeclaration. In these
threads the loop keeps its turn (the interpreter hands it the GIL every few milliseconds) and the others' calls go
on beside it.

Two kinds of work, two sets of threads, so that neither waits behind the other:
- the reader: one thread, short work (a large request read in a second at most), one piece after the other, the
  companies in turn (`Reader`): one company's burst of large requests no longer holds another's single one behind
  all of it (arrival order before);
- the builds: a thread for each declaration build the process admits (BUILD_THREADS; the admission's bound across
  companies, service.usecases.listing_slots, is that number), so an admitted build never waits for another
  company's. Before, both kinds shared one thread: a company's RecordB2cTransactions of 2,000 sales (0.5 s
  alone) waited for the end of another company's 35-70 s build.
The work of a call runs in the builds' threads within `building()` (the build's task: its use case and the
repository's decoding alike), in the reader otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

# Declaration builds at once in a process, every company together: each holds the rows of its period (a month of
# 578,000 sales: about 800 MB) and shares the interpreter with the loop (a build adds no speed to another: two at
# once on `serve` took the other companies' GetInvoice from 63 ms p50 to 294 ms, 4.7 s at worst), so few.
BUILD_THREADS = 2

READER_THREAD = "off-loop-reader"
BUILD_THREAD = "off-loop-build"


class Reader:
    """One thread that serves the companies in turn: each company's work in its arrival order, one piece of each
    company waiting in turn (round robin), so a company's single request waits for at most one piece of each other
    company's, whatever their bursts. A company has a line only while work of it waits: the lines are bounded by the
    companies calling at once, the work in them by the calls each may hold (GRPC_CALLS_PER_COMPANY)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._lines: dict[str, deque[tuple[Future[Any], Callable[[], Any]]]] = {}  # in turn order
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None
        os.register_at_fork(after_in_child=self._forked)

    def submit(self, company: str, work: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._ready:
            self._lines.setdefault(company, deque()).append((future, work))
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name=self._name, daemon=True)
                self._thread.start()
            self._ready.notify()
        return future

    def waiting(self) -> int:
        """The pieces of work waiting (not the one in progress)."""
        with self._ready:
            return sum(len(line) for line in self._lines.values())

    def _next(self) -> tuple[Future[Any], Callable[[], Any]]:
        with self._ready:
            while not self._lines:
                self._ready.wait()
            company = next(iter(self._lines))
            line = self._lines.pop(company)
            taken = line.popleft()
            if line:
                self._lines[company] = line  # behind the others: their turn first
            return taken

    def _serve(self) -> None:
        while True:
            future, work = self._next()
            if not future.set_running_or_notify_cancel():
                continue  # its caller went away while it waited
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - raised to the caller, as ThreadPoolExecutor does
                future.set_exception(exc)
            else:
                future.set_result(result)

    def _forked(self) -> None:
        # a child process has no copy of the thread: its first work starts one of its own
        self._ready = threading.Condition()
        self._lines = {}
        self._thread = None


_READER = Reader(READER_THREAD)
_BUILDS = ThreadPoolExecutor(max_workers=BUILD_THREADS, thread_name_prefix=BUILD_THREAD)
_building: contextvars.ContextVar[bool] = contextvars.ContextVar("off_loop_building", default=False)


@contextlib.contextmanager
def building() -> Iterator[None]:
    """Within the block (of the calling task), `run` works in the builds' threads: a declaration build, admitted by
    its slot (at most BUILD_THREADS at once in the process)."""
    token = _building.set(True)
    try:
        yield
    finally:
        _building.reset(token)


async def run(work: Callable[[], T], *, company: str = "") -> T:
    """`work()` (pure: no I/O, no await, nothing another task touches meanwhile) in an off-loop thread (a build's
    within `building()`, else the reader, in `company`'s turn), with the caller's context (its request id and
    company, for what the work logs); what it raises is raised here."""
    context = contextvars.copy_context()
    if _building.get():
        return await asyncio.get_running_loop().run_in_executor(_BUILDS, context.run, work)
    return await asyncio.wrap_future(_READER.submit(company, lambda: context.run(work)))


def waiting_reads() -> int:
    """The pieces of work waiting for the reader thread."""
    return _READER.waiting()
