"""The inbox worker: claims pending deliveries (FOR UPDATE SKIP LOCKED + lease) and processes them, bounded.

Woken by NOTIFY webhook_inbox (one LISTEN connection), with a polling fallback so that a lost notification, a
retry that fell due or a lease that expired (a crashed process) is picked up anyway. Several workers and
several processes can run side by side. `stop()` lets in-flight deliveries finish; what it interrupts is
redone by the next worker once the lease expires (nothing was committed).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import uuid
from dataclasses import dataclass

import asyncpg

from adapters.postgres.inbox import CHANNEL, PgInbox
from service.workers.reception.processing import DeliveryProcessor

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    concurrency: int = 8
    batch_size: int = 32
    lease_s: float = 120.0
    poll_interval_s: float = 2.0


class InboxWorker:
    def __init__(
        self,
        pool: asyncpg.Pool,
        inbox: PgInbox,
        processor: DeliveryProcessor,
        settings: WorkerSettings | None = None,
    ) -> None:
        self._pool = pool
        self._inbox = inbox
        self._processor = processor
        self._settings = settings or WorkerSettings()
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._listener: asyncpg.Connection | None = None
        self._in_flight: set[asyncio.Task[None]] = set()
        self.processed = 0

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"inbox-worker-{self.owner}")

    async def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None
        await self._unlisten()

    async def abort(self) -> None:
        """Hard stop, as a crash would: in-flight deliveries are cancelled uncommitted and keep their lease until
        it expires, then another worker redoes them."""
        self._stopping.set()
        tasks = [t for t in (self._task, *self._in_flight) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None
        await self._unlisten()

    def wake(self) -> None:
        self._wake.set()

    async def _listen(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            return
        try:
            conn = await self._pool.acquire()
            await conn.add_listener(CHANNEL, self._notified)
            self._listener = conn
        except (OSError, asyncpg.PostgresError, TimeoutError):
            _log.warning("inbox worker cannot LISTEN; polling only until it can", exc_info=True)

    async def _unlisten(self) -> None:
        conn, self._listener = self._listener, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.remove_listener(CHANNEL, self._notified)
            await self._pool.release(conn)

    def _notified(self, *_args: object) -> None:
        self._wake.set()

    async def _run(self) -> None:
        s = self._settings
        in_flight = self._in_flight
        slots = asyncio.Semaphore(s.concurrency)
        while not self._stopping.is_set():
            await self._listen()
            self._wake.clear()  # before claiming: an insert during the claim wakes us again
            try:
                free = s.concurrency - len(in_flight)
                batch = (
                    await self._inbox.claim(self.owner, min(free, s.batch_size), s.lease_s) if free else []
                )
            except (OSError, asyncpg.PostgresError, TimeoutError):
                _log.warning("inbox claim failed; retrying", exc_info=True)
                batch = []
            for delivery in batch:
                await slots.acquire()
                task = asyncio.create_task(self._one(delivery, slots))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
            if batch:
                continue  # there may be more waiting
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), s.poll_interval_s)
        if in_flight:
            await asyncio.gather(*in_flight, return_exceptions=True)

    async def _one(self, delivery: object, slots: asyncio.Semaphore) -> None:
        try:
            outcome = await self._processor.process(delivery, self.owner)  # type: ignore[arg-type]
            if outcome is not None:
                self.processed += 1
        finally:
            slots.release()
            self._wake.set()  # a slot is free: claim more
