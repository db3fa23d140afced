"""Group commit: concurrent tasks' writes are queued and written together, one self-committing statement per batch.

A task queues its item and waits for its result. Each of `in_flight` writer tasks takes everything queued when it is
free, up to `max_batch`, and writes it with one call of `write` (one statement, its own transaction). While a batch
commits the next one accumulates, so the batch grows with the load and a lone item is written at once. Under load
(the previous batch carried more than one item) the writer may also wait `linger_s` after taking the first item, so
that more join: a statement and its commit cost PostgreSQL about as much as eight more invoices in it. The round trip,
the commit's WAL flush and asyncpg's per-statement cost are shared by the batch.

`write` answers one result per item. A batch that failed (rolled back: nothing of it is left) or whose outcome is
unknown (cancelled, connection lost) answers `unwritten` to every item: the caller then does the same work alone, in
a unit of work that reads what committed and names its own error, so one bad item never fails the others.

The queue is bounded and a full queue makes callers wait (backpressure). On stop, what is queued is written (within
`stop_timeout`) or answered `unwritten`: nothing is dropped silently.

With a `key` (the submission writer's: the company), a batch is taken fairly when more is queued than one batch
holds: one item of each key in turn, each key's in arrival order, so that one company's burst does not keep another
company's lone item waiting batches behind it (measured, bench/neighbour_bench.py with four companies flooding: the
other company's submit waited 1.26 s at p50, where its list call took 0.10 s). The writer then holds what it took
from the queue and did not batch yet (at most `max_queue` more than the queue itself).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import asyncpg

from adapters.postgres.outage import is_outage
from aio.tasks import cancel_all

T = TypeVar("T")
R = TypeVar("R")

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Queued(Generic[T, R]):
    item: T
    result: asyncio.Future[R]


class GroupCommit(Generic[T, R]):
    """`start` before use, `stop` to write what is queued and stop. `order` sorts each batch (one lock order for
    every batch: two batches in flight wait on each other's keys in the same order, no deadlock); `key` shares the
    batches fairly among the keys when more is queued than a batch holds."""

    def __init__(
        self,
        write: Callable[[Sequence[T]], Awaitable[Sequence[R]]],
        *,
        unwritten: R,
        name: str,
        max_batch: int = 64,
        max_queue: int = 1024,
        in_flight: int = 1,
        stop_timeout: float = 30.0,
        order: Callable[[T], Any] | None = None,
        key: Callable[[T], Hashable] | None = None,
        on_batch: Callable[[int], None] | None = None,
        linger_s: float = 0.0,
    ) -> None:
        if max_batch < 1 or in_flight < 1 or linger_s < 0:
            raise ValueError("max_batch and in_flight must be at least 1, linger_s at least 0")
        self._write_items = write
        self._unwritten = unwritten
        self._name = name
        self._max_batch = max_batch
        self._queue: asyncio.Queue[_Queued[T, R]] = asyncio.Queue(max_queue)
        self._in_flight = in_flight
        self._stop_timeout = stop_timeout
        self._order = order
        self._key = key
        self._taken: list[_Queued[T, R]] = []  # taken from the queue, in arrival order, not in a batch yet
        self._on_batch = on_batch
        self._linger_s = linger_s
        self._previous = 0  # size of the last batch taken: more than one means concurrent callers
        self._tasks: list[asyncio.Task[None]] = []
        self._waiting: set[asyncio.Future[R]] = set()
        self._open = False
        self.batches = self.submitted = 0  # batches tried and the items they carried

    async def start(self) -> None:
        if self._tasks:
            raise RuntimeError(f"{self._name} is already started")
        self._open = True
        self._tasks = [
            asyncio.create_task(self._run(), name=f"{self._name}-{n}") for n in range(self._in_flight)
        ]

    async def submit(self, item: T) -> R:
        """The item's result once its batch committed (or `unwritten`); waits while the queue is full."""
        if not self._open:
            return self._unwritten  # stopping (or not started): the caller's lone path still does it
        result = asyncio.get_running_loop().create_future()
        self._waiting.add(result)
        try:
            await self._queue.put(_Queued(item, result))
            # Once queued, the item is written with its batch or not at all, whether this caller stays or not.
            return await result
        finally:
            self._waiting.discard(result)

    async def stop(self) -> None:
        self._open = False
        try:
            await asyncio.wait_for(self._queue.join(), self._stop_timeout)
        except TimeoutError:
            _log.error(
                "%s: queued items not written within %.0f s of stopping; their callers write them alone",
                self._name,
                self._stop_timeout,
            )
        await cancel_all(self._tasks)
        self._tasks = []
        while not self._queue.empty():
            self._answer(self._queue.get_nowait().result, self._unwritten)
        for queued in self._taken:
            self._answer(queued.result, self._unwritten)
        self._taken = []
        for result in list(self._waiting):
            self._answer(result, self._unwritten)

    async def _run(self) -> None:
        while True:
            if not self._taken:
                # awaited first, then appended: the writers in flight share `_taken`, and an `append` bound before
                # the wait put the item in a list another writer had batched meanwhile (lost, its caller waiting)
                queued = await self._queue.get()
                self._taken.append(queued)
                if self._linger_s and self._previous > 1 and self._queue.qsize() < self._max_batch - 1:
                    await asyncio.sleep(self._linger_s)  # others are submitting: let them join this batch
            # everything queued now, when batches are fair (each key's turn is among all that waits), else a batch
            room = (self._queue.maxsize if self._key is not None else self._max_batch) - len(self._taken)
            while room > 0 and not self._queue.empty():
                self._taken.append(self._queue.get_nowait())
                room -= 1
            batch = self._next_batch()
            if not batch:  # another writer in flight batched what this one took while it lingered
                continue
            self._previous = len(batch)
            try:
                await self._write(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _next_batch(self) -> list[_Queued[T, R]]:
        """The next batch out of what was taken: the first `max_batch` items, or, with a `key` and more than that
        taken, one item of each key in turn (keys in the order of their first item), each key's in arrival order."""
        taken, size = self._taken, self._max_batch
        if self._key is None or len(taken) <= size:
            batch = taken[:size]
            del taken[:size]
            return batch
        key = self._key
        by_key: dict[Hashable, deque[_Queued[T, R]]] = {}
        for queued in taken:
            by_key.setdefault(key(queued.item), deque()).append(queued)
        turns = list(by_key.values())
        batch = []
        while len(batch) < size:
            for items in turns:
                if items and len(batch) < size:
                    batch.append(items.popleft())
        chosen = {id(queued) for queued in batch}
        taken[:] = [queued for queued in taken if id(queued) not in chosen]
        return batch

    async def _write(self, batch: list[_Queued[T, R]]) -> None:
        if self._order is not None:
            order = self._order
            batch.sort(key=lambda q: order(q.item))
        self.batches += 1
        self.submitted += len(batch)
        results: Sequence[R] = ()
        try:
            if self._on_batch is not None:
                self._on_batch(len(batch))
            results = await self._write_items([q.item for q in batch])
        except Exception as exc:  # any failure: each item is done alone, which names its own error
            # the database's refusals and outages (asyncpg's pool losing a connection mid-outage too); a resource
            # of this host run out, or any other failure, is logged with its traceback
            expected = isinstance(exc, asyncpg.PostgresError | asyncpg.InterfaceError) or is_outage(exc)
            _log.log(
                logging.WARNING if expected else logging.ERROR,
                "%s: a batch of %d failed (%s): each is written alone",
                self._name,
                len(batch),
                type(exc).__name__,
                exc_info=not expected,
            )
        finally:  # also when cancelled mid-write: the outcome is then unknown, and the lone path reads it
            answers = list(results) if len(results) == len(batch) else [self._unwritten] * len(batch)
            for queued, answer in zip(batch, answers, strict=True):
                self._answer(queued.result, answer)

    @staticmethod
    def _answer(result: asyncio.Future[R], value: R) -> None:
        if not result.done():
            result.set_result(value)
