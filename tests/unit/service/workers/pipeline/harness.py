"""A pipeline wired on fakes, driven step by step with a fake clock (no waiting, deterministic)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from functools import partial

from adapters.postgres.outage import is_outage
from domain.emission import OutboundInvoice
from domain.invoice import Invoice
from domain.pipeline_ports import OutboxKind
from domain.platform_breaker import Breakers
from service.usecases.emission.payments import apply_held, refuse_held
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.directory import InMemoryDirectoryCache, ReachabilityCheck
from service.workers.pipeline.dispatcher import Dispatcher
from service.workers.pipeline.held_payments import HeldPaymentsStep
from service.workers.pipeline.render_validate import RenderValidateStep
from service.workers.pipeline.send import SendStep
from service.workers.pipeline.statuses import SendStatusStep
from service.workers.pipeline.steps import StepContext, give_up
from tests.builders import SELLER_SIREN, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.unit.service.workers.pipeline.fakes import (
    PIPELINE_NOW,
    FakeOutboxSource,
    FakePlatform,
    FakeProcessor,
    FakeSendJournal,
)


class Pipeline:
    with_journal = (
        False  # the send step writes SENDING/SENT through a FakeSendJournal (test_send runs both ways)
    )

    def __init__(self, config: PipelineConfig | None = None, *, breakers: Breakers | None = None) -> None:
        self.config = config or PipelineConfig(
            max_attempts=4, backoff_base_s=1, backoff_cap_s=60, reconcile_grace_s=30, lease_s=60
        )
        self.clock = FixedClock(PIPELINE_NOW)
        self.store = InMemoryDatabase(self.clock)
        self.platform = FakePlatform()
        self.platform.clock = self.clock
        self.processor = FakeProcessor()
        self.cache = InMemoryDirectoryCache()
        self.journal = FakeSendJournal(self.store) if self.with_journal else None
        self.ctx = StepContext(
            uow=lambda: FakeUnitOfWork(self.store),
            clock=self.clock,
            config=self.config,
            rand=lambda: 0.5,
            breakers=breakers,
        )
        self.steps = {
            OutboxKind.RENDER_VALIDATE: RenderValidateStep(self.ctx, self.processor),
            OutboxKind.SEND: SendStep(
                self.ctx,
                self.platform,
                ReachabilityCheck(self.platform, self.cache, self.clock, self.config.directory_ttl_s),
                self.journal,
                platform_name="fake",
            ),
            OutboxKind.SEND_STATUS: SendStatusStep(self.ctx, self.platform, platform_name="fake"),
            OutboxKind.HELD_PAYMENTS: HeldPaymentsStep(self.ctx, apply=apply_held, refuse=refuse_held),
        }
        self.source = FakeOutboxSource(self.store)

    def dispatcher(self, owner: str = "w1") -> Dispatcher:
        return Dispatcher(
            self.source,
            self.steps,
            self.ctx,
            owner=owner,
            give_up=partial(give_up, self.ctx),
            is_outage=is_outage,
        )

    def submit(self, invoice: Invoice | None = None, kind: OutboxKind = OutboxKind.RENDER_VALIDATE) -> str:
        outbound = OutboundInvoice(
            id=str(uuid.uuid4()),
            company_siren=SELLER_SIREN,
            request_id=str(uuid.uuid4()),
            request_hash="0" * 64,
            invoice=invoice or an_invoice(),
            created_at=self.clock.now(),
        )
        self.store.add_invoice(outbound, kind)
        return outbound.id

    async def settled(self, invoice: Invoice | None = None) -> OutboundInvoice:
        """One invoice submitted and the outbox settled: the invoice as it ends."""
        invoice_id = self.submit(invoice)
        await self.settle()
        return self.invoice(invoice_id)

    def invoice(self, invoice_id: str) -> OutboundInvoice:
        """As stored, with its whole history as `events`."""
        return replace(self.store.invoices[invoice_id], events=self.store.history(invoice_id))

    async def run_due(self, owner: str = "w1") -> int:
        """Run every row due now, once (rows a step adds or reschedules for now run too); returns how many ran."""
        dispatcher = self.dispatcher(owner)
        ran = 0
        while True:
            claimed = await self.source.claim(owner, 100, self.config.lease_s)
            if not claimed:
                return ran
            for message in claimed:
                await dispatcher.handle(message)
                ran += 1

    async def settle(self, max_rounds: int = 100) -> None:
        """Run rows, jumping the clock to the next due row or expiring lease, until the outbox is empty."""
        for _ in range(max_rounds):
            await self.run_due()
            open_rows = self.store.open_rows()
            if not open_rows:
                return
            # a row is claimed once it is due and its lease (if any: one given back cut short keeps it) is over
            times = [
                max(r.lease_until, r.next_attempt_at) if r.lease_until else r.next_attempt_at
                for r in open_rows
            ]
            target = min(times)
            if target > self.clock.now():
                self.clock.current = target
        raise AssertionError(f"outbox did not settle: {self.store.open_rows()}")
