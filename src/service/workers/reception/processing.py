"""Processing one stored delivery: its effects and its DONE/PARKED mark commit in ONE transaction.

So a delivery is processed exactly once even when a worker dies mid-way (the lease expires, another worker
redoes it from scratch; nothing of the first attempt was committed), and the business keys (platform invoice id,
platform status id) make a webhook delivery and a polled one of the same thing land once.

Reception speaks domain terms only: the delivery's platform decodes it (domain.platform_inbound.DeliveryDecoder,
implemented in each platform package) into an inbound invoice, statuses or a notice; a platform with no decoder
configured leaves its deliveries PARKED (visible, replayable once it is configured).

- invoice: read + officially validate (in a thread, before the transaction), route to the company by the target
  address the platform gave or the buyer SIREN, store with the original bytes; unknown company → PARKED.
- status of one of OUR invoices (a committed submission has its platform id): the pipeline's use case
  (service.workers.pipeline.statuses.receive_platform_status) on this transaction, so a status lands in `status_history`
  once whichever way it came (webhook, poll, sandbox callback), with its findings and a STATUS event.
- status of an invoice we RECEIVED: reception's own `platform_statuses` table (received invoices only; they have
  no submission), current status by the same lifecycle, a STATUS event in the inbound feed.
- status of no invoice yet: retried a few times (our upload's SENT or the received invoice may not be committed
  yet), then parked in the pipeline's `parked_statuses` (applied if a submission with that id commits SENT) and
  the delivery PARKED (visible, replayable).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import Connection
from adapters.postgres.inbox import Outcome, PgInbox
from adapters.postgres.reception_repository import PgReception
from adapters.postgres.reporting_repository import PgReportingRepository
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from adapters.reception.document_reader import ReadDocument
from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from domain.audit import Actor, acting_as
from domain.bounds import out_of_bounds, printable, shorten, text_findings
from domain.findings import Finding
from domain.leased_queue import LeaseLost, RetryLater
from domain.platform import PlatformStatus
from domain.platform_inbound import (
    DeliveryDecoder,
    InboundInvoice,
    InboundStatus,
    PlatformNotice,
    ReportAcknowledgement,
    UnreadableDelivery,
)
from domain.ports import Clock
from domain.reception import (
    DeliveryState,
    ReceivedInvoice,
    StoredDelivery,
    current_code,
    siren_of_address,
)
from domain.reporting.declaration import REFUSABLE_BY_PLATFORM, DeclarationStatus
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.statuses import StatusReceipt, receive_platform_status
from service.workers.pipeline.steps import StepContext

_log = logging.getLogger(__name__)
# The status use case reads no pipeline setting: the defaults only complete its context.
_STATUS_CONFIG = PipelineConfig()

ReadDocumentFn = Callable[[bytes], Awaitable[ReadDocument]]
DecoderFor = Callable[
    [str], DeliveryDecoder | None
]  # the decoder of a platform (profile) name, None: unknown
# Archives a document inside the delivery's transaction (so it is kept exactly when the delivery is processed).
ArchiveHook = Callable[[Connection, str, ArchiveKind, bytes, ArchiveMetadata], Awaitable[object]]


class Retry(RetryLater):
    """Not now: the relay tries this delivery again later with its backoff; after `unmatched_status_attempts`
    it is parked instead."""

    def __init__(self, company_siren: str, reason: str) -> None:
        super().__init__(reason)
        self.company_siren = company_siren
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ProcessingPolicy:
    """What processing decides itself; retries, their backoff and the attempts before UNPROCESSABLE are the
    relay's (service.workers.reception.worker.INBOX_RELAY)."""

    unmatched_status_attempts: int = 5  # then PARKED: the upload it belongs to may not be committed yet


class DeliveryProcessor:
    def __init__(
        self,
        pool: asyncpg.Pool,
        inbox: PgInbox,
        read_document: ReadDocumentFn,
        clock: Clock,
        policy: ProcessingPolicy | None = None,
        archive: ArchiveHook | None = None,
        decoder_for: DecoderFor | None = None,
    ) -> None:
        self._pool = pool
        self._inbox = inbox
        self._read = read_document
        self._decoder_for = decoder_for or (lambda _platform: None)
        self.clock = clock
        self.policy = policy or ProcessingPolicy()
        self._archive = archive

    async def _keep(
        self, conn: Connection, company: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> None:
        if self._archive is not None and data:
            await self._archive(conn, company, kind, data, meta)

    async def process(self, delivery: StoredDelivery, owner: str) -> Outcome:
        """Process and mark the delivery. `Retry` (not yet), an unexpected failure (a bug, an outage) and
        LeaseLost propagate to the relay, which retries with backoff, then gives up."""
        # What a delivery brings (a received invoice, a status) is the platform's act in the audit log; the
        # delivery's key is its request id.
        with acting_as(Actor.platform(delivery.platform), f"{delivery.source}:{delivery.dedup_key}"[:128]):
            return await self._process_acting(delivery, owner)

    async def _process_acting(self, delivery: StoredDelivery, owner: str) -> Outcome:
        try:
            return await self._process(delivery, owner)
        except Retry as exc:
            if delivery.attempts < self.policy.unmatched_status_attempts:
                raise
            parked = Outcome(DeliveryState.PARKED, exc.company_siren, "", exc.reason)
            return await self._commit(delivery, owner, lambda _r, _c: _const(parked))

    async def _commit(
        self,
        delivery: StoredDelivery,
        owner: str,
        effects: Callable[[PgReception, Connection], Awaitable[Outcome]],
    ) -> Outcome:
        async with self._pool.acquire() as conn, conn.transaction():
            outcome = await effects(PgReception(conn), conn)
            if not await self._inbox.finish(conn, delivery.id, owner, outcome):
                raise LeaseLost()
            return outcome

    async def _process(self, delivery: StoredDelivery, owner: str) -> Outcome:
        decoder = self._decoder_for(delivery.platform)
        if decoder is None:
            outcome = Outcome(
                DeliveryState.PARKED, "", "", f"no platform {delivery.platform!r} configured to read it"
            )
            return await self._commit(delivery, owner, lambda _r, _c: _const(outcome))
        try:
            values = await decoder.decode(delivery)
            for value in values:  # a NUL, an XML-illegal character or a megabyte can never be stored
                unstorable = _unstorable(value)
                if unstorable:
                    what = "status" if isinstance(value, InboundStatus) else "invoice delivery"
                    raise UnreadableDelivery(
                        f"unreadable {what}: " + "; ".join(f.message for f in unstorable[:3])
                    )
        except (UnreadableDelivery, RecursionError) as exc:
            outcome = Outcome(DeliveryState.UNPROCESSABLE, "", "", _note(exc))
            return await self._commit(delivery, owner, lambda _r, _c: _const(outcome))
        invoices = [v for v in values if isinstance(v, InboundInvoice)]
        statuses = [v for v in values if isinstance(v, InboundStatus)]
        if invoices:
            return await self._invoice(delivery, owner, invoices[0])
        if statuses:
            return await self._statuses(delivery, owner, statuses)
        acks = [v for v in values if isinstance(v, ReportAcknowledgement)]
        if acks:
            return await self._report_acks(delivery, owner, acks)
        notices = [v for v in values if isinstance(v, PlatformNotice)]
        target = siren_of_address(notices[0].target_address) if notices else ""
        note = "; ".join(n.note for n in notices) or "nothing to do"
        outcome = Outcome(DeliveryState.DONE, target, note[:500])
        return await self._commit(delivery, owner, lambda _r, _c: _const(outcome))

    # --- invoices ------------------------------------------------------------------------------------------------

    async def _invoice(self, delivery: StoredDelivery, owner: str, data: InboundInvoice) -> Outcome:
        target = siren_of_address(data.target_address)
        async with self._pool.acquire() as conn:
            existing = await PgReception(conn).received_of(delivery.platform, data.platform_invoice_id)
        if existing is not None:
            outcome = Outcome(DeliveryState.DONE, existing[1], f"duplicate of received invoice {existing[0]}")
            return await self._commit(delivery, owner, lambda _r, _c: _const(outcome))
        read = await self._read(data.content)
        parsed = read.parsed.invoice if read.parsed is not None else None
        buyer_siren = ""
        if parsed is not None:
            address = parsed.buyer.electronic_address
            buyer_siren = parsed.buyer.siren or (
                siren_of_address(f"{address.scheme}:{address.value}") if address else ""
            )
        company = target or buyer_siren
        now = self.clock.now()
        report = read.report
        received = ReceivedInvoice(
            id=str(uuid.uuid4()),
            company_siren=company,
            platform=delivery.platform,
            platform_invoice_id=data.platform_invoice_id,
            document=data.content,
            media_type=read.media_type,
            document_sha256=hashlib.sha256(data.content).hexdigest(),
            received_at=now,
            sender_accept_status=data.sender_accept_status,
            target_address=data.target_address,
            filename=data.filename,
            syntax=read.syntax,
            profile=read.profile,
            valid=report.valid,
            findings=report.findings + (read.parsed.unmapped if read.parsed else ()),
            report_complete=report.complete,
            report_errors=report.errors,
            artifacts=report.artifacts,
            layers=report.layers,
            conclusions=report.conclusions,
            invoice=parsed,
            number=parsed.number if parsed else "",
            seller_siren=parsed.seller.siren if parsed else "",
            seller_name=parsed.seller.name if parsed else "",
        )

        async def effects(repo: PgReception, conn: Connection) -> Outcome:
            if not company or not await repo.company_known(company):
                who = company or "nobody (no target address, no buyer SIREN)"
                return Outcome(DeliveryState.PARKED, company, "", f"no known company for {who}")
            if not await repo.add_received(received, delivery.id):
                return Outcome(DeliveryState.DONE, company, "duplicate of an already received invoice")
            meta = ArchiveMetadata(
                received.media_type or "application/octet-stream",
                parsed.issue_date if parsed is not None else now.date(),
                filename=received.filename,
                invoice_id=received.id,
            )
            await self._keep(conn, company, ArchiveKind.RECEIVED_INVOICE, received.document, meta)
            state = "ACCEPTED" if received.valid else "INVALID"
            detail = f"{received.syntax or 'unknown format'} {received.number}".strip()
            await repo.add_event(
                received.id,
                company,
                "RECEIVED",
                state,
                now,
                detail=detail,
                findings=tuple(f for f in received.findings if f.is_fatal),
            )
            return Outcome(DeliveryState.DONE, company, f"received invoice {received.id}")

        return await self._commit(delivery, owner, effects)

    # --- e-reporting acknowledgements ----------------------------------------------------------------------------

    async def _report_acks(
        self, delivery: StoredDelivery, owner: str, acks: Sequence[ReportAcknowledgement]
    ) -> Outcome:
        """A refusal rejects its declaration (the relay then stops sending its other parts), recorded in the
        company's audit log; an acceptance only confirms what the relay recorded."""
        now = self.clock.now()

        async def effects(_repo: PgReception, conn: Connection) -> Outcome:
            results, company = [], ""
            for ack in acks:
                result, company = await self._report_ack(conn, ack, now)
                results.append(result)
            return Outcome(DeliveryState.DONE, company, "; ".join(results)[:500])

        return await self._commit(delivery, owner, effects)

    async def _report_ack(
        self, conn: Connection, ack: ReportAcknowledgement, now: datetime
    ) -> tuple[str, str]:
        try:
            declaration_id = str(uuid.UUID(ack.declaration_id))
        except ValueError:
            return (
                f"acknowledgement of transmission {printable(ack.transmission)} of no declaration of ours",
                "",
            )
        row = await conn.fetchrow(
            "SELECT company_siren, status FROM declarations WHERE id = $1::uuid", declaration_id
        )
        if row is None:
            return f"acknowledgement for unknown declaration {declaration_id}", ""
        company = str(row["company_siren"])
        if ack.accepted:
            return f"declaration {declaration_id} {ack.transmission}: acknowledged Ok", company
        why = "; ".join(f"{f.rule_id}: {f.message}" for f in ack.findings) or "no reason given"
        reason = shorten(
            printable(f"{ack.transmission} refused by the platform ({ack.platform_id}): {why}"), 1000
        )
        reporting = PgReportingRepository(conn)
        for status in REFUSABLE_BY_PLATFORM:
            if await reporting.set_status(
                declaration_id, status.value, DeclarationStatus.REJECTED.value, now, rejection_reason=reason
            ):
                details = {"transmission": ack.transmission, "flow": ack.platform_id, "reason": reason}
                await PgAuditLog(conn).append(
                    company,
                    AuditEvent("declaration.rejected", "declaration", declaration_id, details),
                    now,
                )
                return f"declaration {declaration_id} rejected: {reason}", company
        return (
            f"declaration {declaration_id} is {row['status']}: refusal of {ack.transmission} recorded",
            company,
        )

    # --- statuses ------------------------------------------------------------------------------------------------

    async def _statuses(
        self, delivery: StoredDelivery, owner: str, items: Sequence[InboundStatus]
    ) -> Outcome:
        """Every status of the delivery in ONE transaction with its mark: all land, or none and it is retried."""
        now = self.clock.now()
        target = siren_of_address(items[0].target_address)

        async def effects(repo: PgReception, conn: Connection) -> Outcome:
            outcomes = [await self._one_status(repo, conn, delivery, item, now, target) for item in items]
            company = next((o.company_siren for o in outcomes if o.company_siren), target)
            parked = [o for o in outcomes if o.state is DeliveryState.PARKED]
            state = DeliveryState.PARKED if parked else DeliveryState.DONE
            return Outcome(
                state,
                company,
                "; ".join(o.result for o in outcomes if o.result)[:500],
                "; ".join(o.error for o in outcomes if o.error)[:500],
            )

        return await self._commit(delivery, owner, effects)

    async def _one_status(
        self,
        repo: PgReception,
        conn: Connection,
        delivery: StoredDelivery,
        item: InboundStatus,
        now: datetime,
        target: str,
    ) -> Outcome:
        status, platform_id = item.status, item.platform_id
        if not platform_id and item.invoice_number:
            # Named by number (and seller): one of the invoices we received, else one we sent through this
            # platform whose own id the platform's status did not give back (an XP Z12-013 lifecycle flow whose
            # trackingId search found nothing), before the status is retried and parked.
            platform_id = (
                await repo.received_platform_id(delivery.platform, item.invoice_number, item.seller_siren)
                or await repo.sent_platform_id(delivery.platform, item.invoice_number, item.seller_siren)
                or ""
            )
        if platform_id:
            ours = await self._apply_outbound(conn, delivery, platform_id, status, park=False)
            if ours is not None:
                return ours
            received = await repo.received_of(delivery.platform, platform_id)
            if received is not None:
                return await self._apply_received(repo, conn, delivery, platform_id, status, received, now)
        about = platform_id or f"number {item.invoice_number}"
        reason = f"no invoice with platform id {about} (status {status.raw_code})"
        if delivery.attempts < self.policy.unmatched_status_attempts:
            raise Retry(target, reason)
        if platform_id:
            ours = await self._apply_outbound(conn, delivery, platform_id, status, park=True)
            if ours is not None:  # our SENT committed since the first look
                return ours
        return Outcome(DeliveryState.PARKED, target, "", f"{reason}: parked until an upload gets that id")

    async def _apply_outbound(
        self,
        conn: Connection,
        delivery: StoredDelivery,
        platform_id: str,
        status: PlatformStatus,
        *,
        park: bool,
    ) -> Outcome | None:
        """The pipeline's use case on the delivery's transaction; None when no invoice of ours has that id."""
        ctx = StepContext(
            uow=lambda: PgPipelineUnitOfWork.joining(conn), clock=self.clock, config=_STATUS_CONFIG
        )
        receipt: StatusReceipt = await receive_platform_status(
            ctx, status, platform_id=platform_id, source=delivery.source, park=park
        )
        invoice_id, company = receipt.invoice_id, receipt.company_siren
        if not invoice_id:
            return None
        if receipt.gone:
            return Outcome(DeliveryState.DONE, company, f"invoice {invoice_id} is gone")
        if not receipt.new:
            return Outcome(DeliveryState.DONE, company, f"duplicate status {status.status_id}")
        await self._keep_status(conn, company, delivery, status, invoice_id)
        return Outcome(DeliveryState.DONE, company, f"status {status.code} on invoice {invoice_id}")

    async def _keep_status(
        self,
        conn: Connection,
        company: str,
        delivery: StoredDelivery,
        status: PlatformStatus,
        invoice_id: str,
    ) -> None:
        meta = ArchiveMetadata(
            delivery.content_type or "application/json", status.at.date(), invoice_id=invoice_id
        )
        await self._keep(conn, company, ArchiveKind.STATUS_MESSAGE, delivery.body, meta)

    async def _apply_received(
        self,
        repo: PgReception,
        conn: Connection,
        delivery: StoredDelivery,
        platform_id: str,
        status: PlatformStatus,
        owner_of: tuple[str, str],
        now: datetime,
    ) -> Outcome:
        received_id, company = owner_of
        if not await repo.add_status(
            delivery.platform, platform_id, status, received_id, inbox_id=delivery.id
        ):
            return Outcome(DeliveryState.DONE, company, f"duplicate status {status.status_id}")
        await self._keep_status(conn, company, delivery, status, received_id)
        current = current_code(await repo.status_points(received_id))
        await repo.set_received_lifecycle(received_id, current, now)
        detail = f"{status.label or status.raw_code} {status.reason}".strip()
        await repo.add_event(
            received_id,
            company,
            "STATUS",
            "ACCEPTED",
            now,
            status_code=status.code,
            detail=detail,
            findings=status.findings,
        )
        return Outcome(DeliveryState.DONE, company, f"status {status.code} on received invoice {received_id}")


def _unstorable(value: object) -> list[Finding]:
    """What of a decoded value could never be stored nor rendered (domain.bounds)."""
    if isinstance(value, InboundInvoice):
        return [
            f
            for text, path in (
                (value.platform_invoice_id, "invoiceId"),
                (value.sender_accept_status, "senderAcceptStatus"),
                (value.filename, "filename"),
                (value.target_address, "targetAddress"),
            )
            for f in text_findings(str(text), path)
        ]
    if isinstance(value, InboundStatus):
        return (
            text_findings(value.platform_id, "invoiceId")
            + text_findings(value.invoice_number, "invoiceNumber")
            + out_of_bounds(value.status, "status")
        )
    return []


def _note(exc: BaseException) -> str:
    """An exception as a delivery's note: what it quotes may hold NUL (refused by PostgreSQL) or be huge."""
    return shorten(printable(str(exc)), 500)


async def _const(outcome: Outcome) -> Outcome:
    return outcome
