"""Reading a large request (its bounds, its mapping into domain values) in the reader thread (aio.off_loop).

A gRPC process serves every company's calls on one event loop. Checking and mapping a request costs tens of
microseconds per list entry (a line, a payment's amount, an allowance): a request near the message size limit,
hundreds of thousands of entries, held the loop for a minute, and every other call of the process waited (measured
on a real `serve`: a RecordPayments of 2,000 payments of 200 amounts, 4.8 MB, held another company's one-row
ListInvoices for 14.5 s). In this thread the loop keeps its turn (the interpreter hands it the GIL every few
milliseconds) and the others' calls go on beside it.

The thread is the process's one reader (aio.off_loop): the large requests of every company are read one after the
other, the companies in turn (one company's burst no longer holds another's request behind all of it), so they
share a core with the loop rather than outnumber it; declaration builds have threads of their own,
so a request never waits for a build. A small
request (most: a 10-line invoice is about 1 KB) is read on the loop, where a thread's hand-over would cost more than
the reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from google.protobuf.message import Message

from aio import off_loop
from service.observability.logging import company_var

T = TypeVar("T")

# Past this size (the request's serialized bytes) a request is read in the reader thread: about 200 invoice lines,
# a few milliseconds of the loop.
LARGE_REQUEST_BYTES = 16 << 10


async def read(request: Message, reading: Callable[[], T]) -> T:
    """`reading()` (pure work on `request`: no I/O, no await), run in the reader thread when `request` is large,
    else here; what it raises is raised here."""
    if request.ByteSize() <= LARGE_REQUEST_BYTES:
        return reading()
    return await off_loop.run(reading, company=company_var.get())
