"""The process's one thread for CPU work off the event loop: reading a large request, building a declaration.

A process serves every company's calls on one event loop. Pure work of seconds there (checking a request of
hundreds of thousands of entries, decoding and aggregating a month of 578,000 recorded sales) holds every other
call of the process for as long: another company's GetInvoice waited 39 s behind one PreviewDeclaration. In this
thread the loop keeps its turn (the interpreter hands it the GIL every few milliseconds) and the others' calls go
on beside it.

One thread per process: such work of every company runs one piece after the other, so that it shares a core with
the loop rather than outnumbers it (each company's calls in flight are bounded by the admission).
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="off-loop")


async def run(work: Callable[[], T]) -> T:
    """`work()` (pure: no I/O, no await, nothing another task touches meanwhile) in the off-loop thread, with the
    caller's context (its request id and company, for what the work logs); what it raises is raised here."""
    context = contextvars.copy_context()
    return await asyncio.get_running_loop().run_in_executor(_THREAD, context.run, work)
