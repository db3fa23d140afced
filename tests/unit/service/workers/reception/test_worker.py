"""The inbox worker waits out a platform outage as every relay does (service.workers.relay.Retries.wait_out): a
delivery whose processing found its platform away spends no attempt within the patience, then is UNPROCESSABLE
naming the outage. On the in-memory unit of work, with an inbox that keeps what PgInbox keeps."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from adapters.postgres.outage import is_outage
from domain.leased_queue import GiveBack
from domain.outage import Outage
from domain.platform import PlatformUnavailable
from domain.platform_inbound import Decoded, InboundInvoice
from domain.reception import DeliveryKind, DeliveryState, StoredDelivery
from service.workers.reception.processing import DeliveryProcessor
from service.workers.reception.worker import INBOX_RELAY, InboxWorker
from tests.builders import BUYER_SIREN
from tests.fakes import DeliveryMark, FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.unit.service.workers.reception.test_processing import Read

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
SETTINGS = dataclasses.replace(INBOX_RELAY, max_attempts=3, outage_patience_s=3600.0)


@dataclass
class Inbox:
    """One delivery, claimed and given back as PgInbox does: the claim counts the attempt, a release that does
    not count takes it back, the outage kept, UNPROCESSABLE when the give-back is spent."""

    delivery: StoredDelivery

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[StoredDelivery]:
        self.delivery = replace(self.delivery, attempts=self.delivery.attempts + 1)
        return [self.delivery]

    async def wait_for_work(self, timeout: float) -> None:
        return None

    async def listen(self, stop: asyncio.Event) -> None:
        return None

    async def release(
        self, delivery: StoredDelivery, owner: str, again: GiveBack, *, error: str, count: bool
    ) -> None:
        state = DeliveryState.UNPROCESSABLE if again.spent else delivery.state
        attempts = delivery.attempts - (0 if count else 1)
        self.delivery = replace(
            delivery, state=state, attempts=attempts, last_error=error, outage=again.outage
        )


class FlakyDecoder:
    """The platform away for the first `away` decodes (a fetch it could not make), then an invoice."""

    def __init__(self, away: int) -> None:
        self.away, self.calls = away, 0

    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        self.calls += 1
        if self.calls <= self.away:
            raise PlatformUnavailable("GET /invoices/p-1: connection refused", retry_after=30)
        return [InboundInvoice("p-1", b"<Invoice>F-1</Invoice>", "F-1.xml", "", f"0225:{BUYER_SIREN}")]


class Stack:
    def __init__(self, decoder: FlakyDecoder) -> None:
        self.clock = FixedClock(NOW)
        self.db = InMemoryDatabase(clock=self.clock)
        self.db.companies.add(BUYER_SIREN)
        self.decoder = decoder
        processor = DeliveryProcessor(
            lambda: FakeUnitOfWork(self.db), self._read, self.clock, decoder_for=lambda _platform: decoder
        )
        stored = StoredDelivery(
            "iopole",
            "webhook",
            DeliveryKind.INVOICE,
            "key-1",
            b"{}",
            id=1,
            state=DeliveryState.PENDING,
            attempts=0,
            received_at=NOW,
        )
        self.inbox = Inbox(stored)
        self.worker = InboxWorker(self.inbox, processor, SETTINGS, is_outage=is_outage)
        self.db.deliveries[1] = DeliveryMark(self.worker.owner)

    async def _read(self, content: bytes) -> Read:
        return Read(parsed=None)

    async def attempt(self) -> StoredDelivery:
        """One claim of the delivery and its processing, as the relay runs it."""
        (claimed,) = await self.inbox.claim(self.worker.owner, 1, SETTINGS.lease_s)
        await self.worker.relay.handle(claimed)
        return self.inbox.delivery


async def test_a_delivery_waits_out_an_outage_longer_than_its_attempts_and_is_stored_once() -> None:
    stack = Stack(FlakyDecoder(away=SETTINGS.max_attempts * 3))
    for _ in range(SETTINGS.max_attempts * 3):
        waiting = await stack.attempt()
        assert waiting.state is DeliveryState.PENDING and waiting.attempts == 0  # no attempt spent
        assert waiting.outage == Outage("iopole", NOW)  # counted from the first time it found it away
        assert "connection refused" in waiting.last_error
        stack.clock.advance(minutes=1)
    done = await stack.attempt()
    assert stack.db.deliveries[1].outcome is not None
    assert stack.db.deliveries[1].outcome.state is DeliveryState.DONE
    assert len(stack.db.received) == 1 and done.attempts == 1  # the claim of the attempt that succeeded


async def test_past_the_patience_the_delivery_is_unprocessable_naming_the_outage() -> None:
    stack = Stack(FlakyDecoder(away=1000))
    await stack.attempt()
    stack.clock.advance(seconds=SETTINGS.outage_patience_s)
    given_up = await stack.attempt()
    assert given_up.state is DeliveryState.UNPROCESSABLE and given_up.attempts == 1
    since = NOW.isoformat(timespec="seconds")
    assert given_up.last_error.startswith(
        f"gave up waiting on platform iopole, unavailable since {since} (60 min): "
        "fetching from the platform: GET /invoices/p-1: connection refused"
    )
    assert stack.db.received == {}


async def test_a_failure_of_the_delivery_itself_ends_the_outage_and_counts() -> None:
    stack = Stack(FlakyDecoder(away=1))
    await stack.attempt()
    stack.decoder.decode = _broken  # type: ignore[method-assign]  # the platform answered, the delivery breaks
    counted = await stack.attempt()
    assert counted.attempts == 1 and counted.outage is None and counted.state is DeliveryState.PENDING


async def _broken(delivery: StoredDelivery) -> Sequence[Decoded]:
    raise KeyError("invoiceId")


def test_the_worker_waits_from_the_outage_the_inbox_kept_and_no_longer_than_the_patience() -> None:
    since = NOW - timedelta(seconds=SETTINGS.outage_patience_s - 5)
    stack = Stack(FlakyDecoder(away=0))
    delivery = replace(stack.inbox.delivery, attempts=1, outage=Outage("iopole", since))
    again = stack.worker.relay.retries.wait_out(delivery, "iopole", retry_after_s=600)
    assert again.at == since + timedelta(seconds=SETTINGS.outage_patience_s) and again.attempt == 0
