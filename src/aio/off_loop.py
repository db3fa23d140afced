"""The process's threads for CPU work off the event loop: reading a large request, building a declaration.

A process serves every company's calls on one event loop. Pure work of seconds there (checking a request of
hundreds of thousands of entries, decoding and aggregating a month of 578,000 recorded sales) holds every other
call of the process for as long: another company's GetInvoice waited 39 s behind one PreviewDeclaration. In these
threads the loop keeps its turn (the interpreter hands it the GIL every few milliseconds) and the others' calls go
on beside it.

Two kinds of work, two sets of threads, so that neither waits behind the other:
- the reader: one thread, short work (a large request read in a second at most), one piece after the other;
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
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# Declaration builds at once in a process, every company together: each holds the rows of its period (a month of
# 578,000 sales: about 800 MB) and shares the interpreter with the loop (a build adds no speed to another: two at
# once on `serve` took the other companies' GetInvoice from 63 ms p50 to 294 ms, 4.7 s at worst), so few.
BUILD_THREADS = 2

READER_THREAD = "off-loop-reader"
BUILD_THREAD = "off-loop-build"

_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix=READER_THREAD)
_BUILDS = ThreadPoolExecutor(max_workers=BUILD_THREADS, thread_name_prefix=BUILD_THREAD)
_threads: contextvars.ContextVar[ThreadPoolExecutor] = contextvars.ContextVar(
    "off_loop_threads", default=_READER
)


@contextlib.contextmanager
def building() -> Iterator[None]:
    """Within the block (of the calling task), `run` works in the builds' threads: a declaration build, admitted by
    its slot (at most BUILD_THREADS at once in the process)."""
    token = _threads.set(_BUILDS)
    try:
        yield
    finally:
        _threads.reset(token)


async def run(work: Callable[[], T]) -> T:
    """`work()` (pure: no I/O, no await, nothing another task touches meanwhile) in an off-loop thread (a build's
    within `building()`, else the reader), with the caller's context (its request id and company, for what the work
    logs); what it raises is raised here."""
    context = contextvars.copy_context()
    return await asyncio.get_running_loop().run_in_executor(_threads.get(), context.run, work)
