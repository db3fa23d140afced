"""The inbox worker: the one leased-queue relay (service.workers.relay) over the webhook inbox, each delivery run
by the DeliveryProcessor.

Woken by NOTIFY webhook_inbox (one LISTEN connection, supervised apart from the relay), with a polling fallback so
that a lost notification, a retry that fell due or a lease that expired (a crashed process) is picked up anyway.
Several workers and several processes can run side by side. `stop()` lets in-flight deliveries finish (bounded);
what it interrupts is redone by the next worker once the lease expires (nothing was committed). A delivery whose
processing raised, or that cannot be processed yet, is retried with the relay's backoff and jitter, and marked
UNPROCESSABLE (visible, replayable) after `max_attempts`; the processor itself parks what it cannot route. One whose
processing found its platform away (RetryLater with the outage) spends no attempt while it has waited on it less
than the relay's patience (Retries.wait_out), then is UNPROCESSABLE naming the outage, replayable as any other.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from domain.leased_queue import LeasedQueue
from domain.outage import Outage
from domain.ports import Clock, LocalFault, OutageCheck, no_local_fault
from domain.reception import StoredDelivery
from service.workers.reception.processing import DeliveryProcessor
from service.workers.relay import Relay, RelaySettings
from service.workers.supervisor import Supervised, Supervisor

# The inbox's relay: a delivery's processing reads and validates a document (seconds), so a longer lease; an
# unexpected failure is retried 10 times (backoff 1 s doubling to 5 min), then the delivery is UNPROCESSABLE.
INBOX_RELAY = RelaySettings(
    concurrency=8,
    batch_size=32,
    lease_s=120.0,
    poll_interval_s=2.0,
    max_attempts=10,
    backoff_base_s=1.0,
    backoff_cap_s=300.0,
)


class Inbox(LeasedQueue[StoredDelivery], Protocol):
    """The stored deliveries as a leased queue (domain.leased_queue), with the connection that wakes the worker up:
    run as a supervised task, so typed with the supervisor's stop event (adapters.postgres.inbox.PgInbox)."""

    async def listen(self, stop: asyncio.Event) -> None: ...


def _failed_before(delivery: StoredDelivery) -> int:
    """The inbox counts an attempt when it is claimed: the failed ones before it are one fewer."""
    return delivery.attempts - 1


def _outage_of(delivery: StoredDelivery) -> Outage | None:
    """The platform outage the delivery waits through, as the inbox keeps it (its `outage` column)."""
    return delivery.outage


class InboxWorker:
    """Two supervised tasks: `inbox-worker` (the relay) and `inbox-listener` (the LISTEN connection)."""

    def __init__(
        self,
        inbox: Inbox,
        processor: DeliveryProcessor,
        settings: RelaySettings = INBOX_RELAY,
        *,
        is_outage: OutageCheck,
        local_fault: LocalFault = no_local_fault,
        supervisor: Supervisor | None = None,
        waits: Clock | None = None,
    ) -> None:
        """`waits`: the clock the deliveries' waits and an outage's patience are counted on (the database's:
        service.wiring.queue_clock); None: the processor's."""
        self._inbox = inbox
        self._processor = processor
        self._supervisor = supervisor or Supervisor(is_outage=is_outage)
        self._handles: list[Supervised] = []
        self.relay = Relay(
            inbox,
            self._process,
            settings,
            waits or processor.clock,
            name="inbox-worker",
            is_outage=is_outage,
            local_fault=local_fault,
            failed_before=_failed_before,
            outage_of=_outage_of,
        )
        self.owner = self.relay.owner
        self.processed = 0  # deliveries marked DONE, PARKED or UNPROCESSABLE by their processing

    async def start(self) -> None:
        if not self._handles:
            self._handles = [
                self._supervisor.start("inbox-worker", self.relay.run, progress=self.relay.progress),
                self._supervisor.start("inbox-listener", self._inbox.listen, gated=False),
            ]

    async def stop(self) -> None:
        """In-flight deliveries finish first (bounded by `stop_grace_s`)."""
        handles, self._handles = self._handles, []
        for handle in handles:
            await self._supervisor.stop(handle)

    async def abort(self) -> None:
        """Hard stop, as a crash would: in-flight deliveries are cancelled uncommitted and keep their lease until
        it expires, then another worker redoes them."""
        await self.relay.abort()
        await self.stop()

    async def _process(self, delivery: StoredDelivery, owner: str) -> None:
        await self._processor.process(delivery, owner)
        self.processed += 1
