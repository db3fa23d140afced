"""The inbox worker: claims pending deliveries (FOR UPDATE SKIP LOCKED + lease) and processes them, bounded.

Woken by NOTIFY webhook_inbox (one LISTEN connection, supervised apart from the loop), with a polling fallback
so that a lost notification, a retry that fell due or a lease that expired (a crashed process) is picked up
anyway. Several workers and
several processes can run side by side. `stop()` lets in-flight deliveries finish; what it interrupts is
redone by the next worker once the lease expires (nothing was committed).
"""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from dataclasses import dataclass

import asyncpg

from adapters.postgres.inbox import CHANNEL, PgInbox
from adapters.postgres.listener import PgListener, wait_first
from adapters.postgres.outage import is_outage
from domain.reception import StoredDelivery
from service.workers.reception.processing import DeliveryProcessor
from service.workers.supervisor import Supervised, Supervisor

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    concurrency: int = 8
    batch_size: int = 32
    lease_s: float = 120.0
    poll_interval_s: float = 2.0


class InboxWorker:
    """Two supervised tasks: `inbox-worker` (claim and process) and `inbox-listener` (the LISTEN connection)."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        inbox: PgInbox,
        processor: DeliveryProcessor,
        settings: WorkerSettings | None = None,
        *,
        supervisor: Supervisor | None = None,
    ) -> None:
        self._pool = pool
        self._inbox = inbox
        self._processor = processor
        self._settings = settings or WorkerSettings()
        self._supervisor = supervisor or Supervisor()
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._wake = asyncio.Event()
        self._aborted = False
        self._handles: list[Supervised] = []
        self._in_flight: set[asyncio.Task[None]] = set()
        # a (re)connected listener wakes the loop: deliveries stored while nobody listened are claimed at once
        self.listener = PgListener(pool, CHANNEL, self._notified, on_listening=self.wake)
        self.processed = 0

    async def start(self) -> None:
        if not self._handles:
            self._aborted = False
            self._handles = [
                self._supervisor.start("inbox-worker", self.run),
                self._supervisor.start("inbox-listener", self.listener.listen),
            ]

    async def stop(self) -> None:
        """In-flight deliveries finish first."""
        handles, self._handles = self._handles, []
        for handle in handles:
            await self._supervisor.stop(handle)

    async def abort(self) -> None:
        """Hard stop, as a crash would: in-flight deliveries are cancelled uncommitted and keep their lease until
        it expires, then another worker redoes them."""
        self._aborted = True
        for task in list(self._in_flight):
            task.cancel()
        await asyncio.gather(*self._in_flight, return_exceptions=True)
        await self.stop()

    def wake(self) -> None:
        self._wake.set()

    def _notified(self, *_args: object) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Claim and process until `stop`; a database outage only makes it poll again later."""
        s = self._settings
        in_flight = self._in_flight
        slots = asyncio.Semaphore(s.concurrency)
        try:
            while not stop.is_set():
                self._wake.clear()  # before claiming: an insert during the claim wakes us again
                try:
                    free = s.concurrency - len(in_flight)
                    batch = (
                        await self._inbox.claim(self.owner, min(free, s.batch_size), s.lease_s)
                        if free
                        else []
                    )
                except Exception as exc:  # noqa: BLE001 - dying here would wait for the in-flight deliveries first
                    _log.warning(
                        "inbox claim failed (%s); polling again",
                        type(exc).__name__,
                        exc_info=not is_outage(exc),
                    )
                    batch = []
                for delivery in batch:
                    if self._aborted:
                        break  # claimed, not started: the lease expires and another worker takes it
                    await slots.acquire()
                    task = asyncio.create_task(self._one(delivery, slots, stop))
                    in_flight.add(task)
                    task.add_done_callback(in_flight.discard)
                if batch:
                    continue  # there may be more waiting
                await wait_first(stop, self._wake, timeout=s.poll_interval_s)
        finally:
            if in_flight:
                await asyncio.gather(*in_flight, return_exceptions=True)

    async def _one(self, delivery: StoredDelivery, slots: asyncio.Semaphore, stop: asyncio.Event) -> None:
        try:
            outcome = await self._processor.process(delivery, self.owner)
            if outcome is not None:
                self.processed += 1
        except Exception as exc:  # noqa: BLE001 - the processor handles the delivery's own failures
            _log.warning("delivery %s not processed: %s", delivery.id, type(exc).__name__)
            if is_outage(exc):
                await self._hand_back(delivery.id, stop)
        finally:
            slots.release()
            self._wake.set()  # a slot is free: claim more

    async def _hand_back(self, delivery_id: int, stop: asyncio.Event) -> None:
        """The database went mid-delivery: hand the delivery back as soon as the database answers again, instead of
        leaving it leased for `lease_s` after the outage. Bounded by that lease: once it expired, nothing is held."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._settings.lease_s
        while not stop.is_set() and loop.time() < deadline:
            try:
                await self._inbox.retry_later(delivery_id, self.owner, 0.0, "the database was unavailable")
                return
            except Exception as exc:  # noqa: BLE001 - only an outage is waited out; anything else leaves the lease
                if not is_outage(exc):
                    _log.warning("delivery %s: handing it back failed (%s)", delivery_id, type(exc).__name__)
                    return
            await wait_first(stop, timeout=self._settings.poll_interval_s)
