"""Processing one stored delivery: its effects and its DONE/PARKED mark commit in ONE transaction.

So a delivery is processed exactly once even when a worker dies mid-way (the lease expires, another worker
redoes it from scratch; nothing of the first attempt was committed), and the business keys (platform invoice id,
platform status id) make a webhook delivery and a polled one of the same thing land once.

Reception speaks domain terms only: the delivery's platform decodes it (domain.platform_inbound.DeliveryDecoder,
implemented in each platform package) into an inbound invoice, statuses or a notice; a platform with no decoder
configured leaves its deliveries PARKED (visible, replayable once it is configured).

- invoice: read + officially validate (in a thread, before the transaction), route to the company its document
  names as buyer (a target address the platform gave where we can trust it chooses among them), store with the
  original bytes; unknown company → PARKED. A platform id the platform does not confirm (UnconfirmedDelivery: an
  IOPOLE invoiceId, unsigned) is retried, then parked for no company.
- status of one of OUR invoices (a committed submission has its platform id): the pipeline's use case
  (service.workers.pipeline.statuses.receive_platform_status) on this transaction, so a status lands in `status_history`
  once whichever way it came (webhook, poll, sandbox callback), with its findings and a STATUS event.
- status of an invoice we RECEIVED: reception's own `platform_statuses` table (received invoices only; they have
  no submission), current status by the same lifecycle, a STATUS event in the inbound feed.
- status of no invoice yet: retried a few times (our upload's SENT or the received invoice may not be committed
  yet), then parked in the pipeline's `parked_statuses` (applied if a submission with that id commits SENT) and
  the delivery PARKED (visible, replayable).

Each status is applied with its events and audit entries, under its company's lock, held until the delivery's
COMMIT: a delivery of statuses of several invoices locks their platform ids and rows first (`lock_named`), as the gateway's one lock
order asks (adapters.postgres.lock_order); else a payment on its second invoice, holding that row and waiting for the
company, would deadlock with it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from domain.audit import Actor, acting_as
from domain.bounds import instant_findings, out_of_bounds, printable, shorten, text_findings
from domain.document_file import DocumentFile
from domain.findings import Finding
from domain.identifiers import siren_as_others_write, siren_of_address, siren_of_french_vat
from domain.invoice import Invoice
from domain.leased_queue import LeaseLost, RetryLater
from domain.platform import PlatformStatus, PlatformUnavailable
from domain.platform_inbound import (
    DeliveryDecoder,
    InboundInvoice,
    InboundStatus,
    PlatformNotice,
    ReportAcknowledgement,
    UnconfirmedDelivery,
    UnreadableDelivery,
)
from domain.ports import Clock
from domain.reception import (
    DeliveryOutcome,
    DeliveryState,
    ReceivedInvoice,
    StoredDelivery,
)
from domain.reception_ports import (
    ArchiveHook,
    DeclaredLook,
    ReadDocument,
    ReceivedStatus,
    ReceptionUnitOfWork,
    ReceptionUowFactory,
)
from domain.records_ports import DeclarationMove
from domain.reporting.declaration import IllegalStatusChange
from service.observability.business_metrics import count_payment_reports
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.statuses import StatusReceipt, on_arrival, receive_platform_status
from service.workers.pipeline.steps import StepContext

_log = logging.getLogger(__name__)
# The status use case reads no pipeline setting: the defaults only complete its context.
_STATUS_CONFIG = PipelineConfig()

ReadDocumentFn = Callable[[bytes], Awaitable[ReadDocument]]
DecoderFor = Callable[
    [str], DeliveryDecoder | None
]  # the decoder of a platform (profile) name, None: unknown
Effects = Callable[[ReceptionUnitOfWork], Awaitable[DeliveryOutcome]]


class Retry(RetryLater):
    """Not now: the relay tries this delivery again later with its backoff; after `unmatched_status_attempts`
    it is parked instead."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ProcessingPolicy:
    """What processing decides itself; retries, their backoff and the attempts before UNPROCESSABLE are the
    relay's (service.workers.reception.worker.INBOX_RELAY)."""

    unmatched_status_attempts: int = 5  # then PARKED: the upload it belongs to may not be committed yet


class DeliveryProcessor:
    def __init__(
        self,
        uow: ReceptionUowFactory,
        read_document: ReadDocumentFn,
        clock: Clock,
        policy: ProcessingPolicy | None = None,
        archive: ArchiveHook | None = None,
        decoder_for: DecoderFor | None = None,
        declared: DeclaredLook | None = None,
    ) -> None:
        self._uow = uow
        self._declared = declared
        self._read = read_document
        self._decoder_for = decoder_for or (lambda _platform: None)
        self.clock = clock
        self.policy = policy or ProcessingPolicy()
        self._archive = archive

    async def _keep(
        self, uow: ReceptionUnitOfWork, company: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> None:
        if self._archive is not None and data:
            await self._archive(uow, company, kind, data, meta)

    async def process(self, delivery: StoredDelivery, owner: str) -> DeliveryOutcome:
        """Process and mark the delivery. `Retry` (not yet), an unexpected failure (a bug, a database outage) and
        LeaseLost propagate to the relay, which retries with backoff, then gives up; the platform away (RetryLater
        with its outage) too, and the relay waits it out."""
        # What a delivery brings (a received invoice, a status) is the platform's act in the audit log; the
        # delivery's key is its request id.
        with acting_as(Actor.platform(delivery.platform), f"{delivery.source}:{delivery.dedup_key}"[:128]):
            return await self._process_acting(delivery, owner)

    async def _process_acting(self, delivery: StoredDelivery, owner: str) -> DeliveryOutcome:
        try:
            return await self._process(delivery, owner)
        except Retry as exc:
            if delivery.attempts < self.policy.unmatched_status_attempts:
                raise
            parked = DeliveryOutcome(DeliveryState.PARKED, "", "", exc.reason)
            return await self._commit(delivery, owner, lambda _uow: _const(parked))

    async def _commit(self, delivery: StoredDelivery, owner: str, effects: Effects) -> DeliveryOutcome:
        async with self._uow() as uow:
            outcome = await effects(uow)
            if not await uow.deliveries.finish(delivery.id, owner, outcome):
                raise LeaseLost()
            await uow.commit()
            return outcome

    async def _process(self, delivery: StoredDelivery, owner: str) -> DeliveryOutcome:
        decoder = self._decoder_for(delivery.platform)
        if decoder is None:
            outcome = DeliveryOutcome(
                DeliveryState.PARKED, "", "", f"no platform {delivery.platform!r} configured to read it"
            )
            return await self._commit(delivery, owner, lambda _uow: _const(outcome))
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
            outcome = DeliveryOutcome(DeliveryState.UNPROCESSABLE, "", "", _note(exc))
            return await self._commit(delivery, owner, lambda _uow: _const(outcome))
        except UnconfirmedDelivery as exc:
            raise Retry(_note(exc)) from exc  # routed nowhere: parked for nobody in the end
        except PlatformUnavailable as exc:
            # fetching what the delivery refers to found its platform away: the platform's outage, not the
            # delivery's failure, waited out with no attempt spent within the patience (domain.outage)
            raise RetryLater(
                f"fetching from the platform: {exc}", retry_after_s=exc.retry_after, outage=delivery.platform
            ) from exc
        invoices = [v for v in values if isinstance(v, InboundInvoice)]
        statuses = [v for v in values if isinstance(v, InboundStatus)]
        if invoices:
            return await self._invoice(delivery, owner, invoices)
        if statuses:
            return await self._statuses(delivery, owner, statuses)
        acks = [v for v in values if isinstance(v, ReportAcknowledgement)]
        if acks:
            return await self._report_acks(delivery, owner, acks)
        notices = [v for v in values if isinstance(v, PlatformNotice)]
        note = "; ".join(n.note for n in notices) or "nothing to do"
        outcome = DeliveryOutcome(DeliveryState.DONE, "", note[:500])
        return await self._commit(delivery, owner, lambda _uow: _const(outcome))

    # --- invoices ------------------------------------------------------------------------------------------------

    async def _invoice(
        self, delivery: StoredDelivery, owner: str, invoices: Sequence[InboundInvoice]
    ) -> DeliveryOutcome:
        """Each invoice of the delivery not received yet, in ONE transaction with its mark. Several: one document the
        platform holds under several ids (an IOPOLE callback whose copies named ids IOPOLE confirms for its very
        file: the same file deposited twice), each received, the later ones copies of the first."""
        async with self._uow() as uow:
            known = [
                await uow.received.received_of(delivery.platform, i.platform_invoice_id) for i in invoices
            ]
        new = [i for i, existing in zip(invoices, known, strict=True) if existing is None]
        if not new:
            first = known[0]
            assert first is not None  # every one received already
            outcome = DeliveryOutcome(
                DeliveryState.DONE, first.company_siren, f"duplicate of received invoice {first.id}"
            )
            return await self._commit(delivery, owner, lambda _uow: _const(outcome))
        read = await self._read(new[0].content)  # one document, whatever the ids it came under
        parsed = read.parsed.invoice if read.parsed is not None else None
        company, routing_note = await self._recipient(siren_of_address(new[0].target_address), parsed)
        now = self.clock.now()
        received_ones = [_received(delivery, data, read, company, now) for data in new]

        async def effects(uow: ReceptionUnitOfWork) -> DeliveryOutcome:
            if not company or not await uow.received.company_known(company):
                who = company or "nobody (no target address, no buyer SIREN)"
                return DeliveryOutcome(DeliveryState.PARKED, company, "", f"no known company for {who}")
            # before its identity's lock (3b, then 4b)
            declared = (
                await self._declared(uow.declarations, company, parsed)
                if parsed is not None and self._declared is not None
                else None
            )
            results = [
                await self._receive_one(uow, delivery, received, declared) for received in received_ones
            ]
            return DeliveryOutcome(DeliveryState.DONE, company, "; ".join(results) + routing_note)

        return await self._commit(delivery, owner, effects)

    async def _receive_one(
        self,
        uow: ReceptionUnitOfWork,
        delivery: StoredDelivery,
        received: ReceivedInvoice,
        declared: tuple[tuple[date, date], ...] | None,
    ) -> str:
        company = received.company_siren
        if declared is not None:
            received.lands_in_declared(declared)
        identity = received.identity
        first = await uow.received.first_copy(company, identity) if identity is not None else None
        if first is not None:
            received.mark_copy_of(first)
        if not await uow.received.add(received, delivery.id):
            return "duplicate of an already received invoice"
        document = received.document
        meta = ArchiveMetadata(
            document.media_type or "application/octet-stream",
            received.invoice.issue_date if received.invoice is not None else received.received_at.date(),
            filename=document.filename,
            invoice_id=received.id,
        )
        await self._keep(uow, company, ArchiveKind.RECEIVED_INVOICE, document.content, meta)
        await uow.received.save(received)  # its RECEIVED event
        return f"received invoice {received.id}"

    async def _recipient(self, target: str, parsed: Invoice | None) -> tuple[str, str]:
        """The company a received invoice is for, by the buyer its document names (BT-47, BT-49's SIREN, or BT-48's
        French VAT number, as others write them: domain.identifiers.siren_as_others_write; for a self-billed one, sent to its seller, BT-30, BT-34, BT-31), and a note when it is not
        the one the platform's target names.

        The document is what the platform signed (IOPOLE's HMAC covers the file part; an AFNOR flow is downloaded
        by us); a target is one the platform said where we can trust it (IOPOLE's answer to our own poll: its
        webhook's X-Target-Electronic-Address is signed by nobody, and its decoder never gives it, so that a copy
        taken in transit routes nothing). A target routes a document that names it as its buyer (BT-47, or BT-49's
        SIREN); one naming another buyer goes to that buyer when it is a company of ours, else to the target (the
        document names none of ours: the target is all there is, as for a document that names no buyer or cannot be
        read); with no target, to the buyer it names, parked when that is no company of ours."""
        party = parsed.addressee if parsed is not None else None  # the seller of a self-billed one
        address = party.electronic_address if party is not None else None
        by_address = (
            siren_of_address(f"{address.scheme}:{address.value}")
            or siren_as_others_write(address.value, address.scheme)
            if address
            else ""
        )
        registration = party.legal_registration if party is not None else None
        by_registration = (
            party.siren or siren_as_others_write(registration.value, registration.scheme)
            if party is not None and registration is not None
            else ""
        )
        # a foreign supplier may name a French buyer by its VAT number alone (BT-48)
        by_vat = siren_of_french_vat(party.vat_id) if party is not None else ""
        named = list(dict.fromkeys(s for s in (by_registration, by_address, by_vat) if s))
        if target in named or (not target and len(named) < 2):
            return target or (named[0] if named else ""), ""
        async with self._uow() as uow:
            for siren in named:
                if await uow.received.company_known(siren):
                    moved = f" (for {siren}, its buyer: the target address named {target})" if target else ""
                    return siren, moved
        return target or named[0], ""

    # --- e-reporting acknowledgements ----------------------------------------------------------------------------

    async def _report_acks(
        self, delivery: StoredDelivery, owner: str, acks: Sequence[ReportAcknowledgement]
    ) -> DeliveryOutcome:
        """A refusal rejects its declaration (the relay then stops sending its other parts), recorded in the
        company's audit log; an acceptance only confirms what the relay recorded."""
        now = self.clock.now()

        async def effects(uow: ReceptionUnitOfWork) -> DeliveryOutcome:
            named = sorted({d for d in map(_declaration_id, acks) if d})
            if len(named) > 1:
                # A refusal's audit entry takes its company's lock until the COMMIT: every declaration row is
                # locked before the first (rows before companies: adapters.postgres.lock_order), else the relay
                # moving the second one, holding its row and waiting for the company, would deadlock with us.
                for declaration_id in named:
                    await uow.declarations.locked_declaration(declaration_id)
            results, company = [], ""
            for ack in acks:
                result, company = await self._report_ack(uow, ack, now)
                results.append(result)
            return DeliveryOutcome(DeliveryState.DONE, company, "; ".join(results)[:500])

        return await self._commit(delivery, owner, effects)

    async def _report_ack(
        self, uow: ReceptionUnitOfWork, ack: ReportAcknowledgement, now: datetime
    ) -> tuple[str, str]:
        declaration_id = _declaration_id(ack)
        if not declaration_id:
            return (
                f"acknowledgement of transmission {printable(ack.transmission)} of no declaration of ours",
                "",
            )
        row = await uow.declarations.locked_declaration(declaration_id)
        if row is None:
            return f"acknowledgement for unknown declaration {declaration_id}", ""
        company = row.company_siren
        sent = [ref for ref in row.platform_ref.split(",") if ref]
        if sent and ack.platform_id not in sent:
            # The flows its transmission deposited are known once it ended: an acknowledgement of another flow
            # naming it (a platform mixing two organisations' flows, an old one given again) is none of its own;
            # taken, an Error rejected a declaration the platform had accepted. While it is being sent they are not
            # all known yet, and each acknowledgement is taken as the platform says.
            return (
                f"acknowledgement of flow {printable(ack.platform_id)[:80]}, which declaration {declaration_id}"
                f" did not send: not applied",
                company,
            )
        if ack.accepted:
            return f"declaration {declaration_id} {ack.transmission}: acknowledged Ok", company
        why = "; ".join(f"{f.rule_id}: {f.message}" for f in ack.findings) or "no reason given"
        reason = shorten(
            printable(f"{ack.transmission} refused by the platform ({ack.platform_id}): {why}"), 1000
        )
        try:
            event = row.declaration().refused_by_platform(reason)
        except IllegalStatusChange:  # a draft, or already rejected: the refusal changes nothing
            event = None
        if event is not None and await uow.declarations.set_status(
            DeclarationMove(declaration_id, row.status, event.status.value, now, rejection_reason=reason)
        ):
            details = {"transmission": ack.transmission, "flow": ack.platform_id, "reason": reason}
            await uow.audit.append(
                company, AuditEvent(event.audit_action, "declaration", declaration_id, details), now
            )
            return f"declaration {declaration_id} rejected: {reason}", company
        return (
            f"declaration {declaration_id} is {row.status}: refusal of {ack.transmission} recorded",
            company,
        )

    # --- statuses ------------------------------------------------------------------------------------------------

    async def _statuses(
        self, delivery: StoredDelivery, owner: str, items: Sequence[InboundStatus]
    ) -> DeliveryOutcome:
        """Every status of the delivery in ONE transaction with its mark: all land, or none and it is retried. Its
        company is the one of the invoices its statuses take (our records), else none: a status names no company
        in what a platform signs of it (IOPOLE's target address header is not signed)."""
        now = self.clock.now()
        reports: list[str] = []  # the buyers' 211s applied, counted once this transaction commits

        async def effects(uow: ReceptionUnitOfWork) -> DeliveryOutcome:
            reports.clear()
            named = [await self._platform_id(uow, delivery, item) for item in items]
            if len(set(named)) > 1:
                # Each status is applied under its company's lock, held until this transaction's COMMIT: every
                # invoice they name is locked before the first (the lock order, adapters.postgres.lock_order).
                await uow.received.lock_named(delivery.platform, named)
            outcomes = [
                await self._one_status(uow, delivery, item, platform_id, now, reports)
                for item, platform_id in zip(items, named, strict=True)
            ]
            company = next((o.company_siren for o in outcomes if o.company_siren), "")
            parked = [o for o in outcomes if o.state is DeliveryState.PARKED]
            state = DeliveryState.PARKED if parked else DeliveryState.DONE
            return DeliveryOutcome(
                state,
                company,
                "; ".join(o.result for o in outcomes if o.result)[:500],
                "; ".join(o.error for o in outcomes if o.error)[:500],
            )

        outcome = await self._commit(delivery, owner, effects)
        count_payment_reports(reports)
        return outcome

    async def _platform_id(
        self, uow: ReceptionUnitOfWork, delivery: StoredDelivery, item: InboundStatus
    ) -> str:
        """The platform id of the invoice a status is about; "" when it names none we know."""
        if item.platform_id or not item.invoice_number:
            return item.platform_id
        # Named by number (and seller): one of the invoices we received, else one we sent through this platform
        # whose own id the platform's status did not give back (an XP Z12-013 lifecycle flow whose trackingId
        # search found nothing), before the status is retried and parked.
        return (
            await uow.received.received_platform_id(delivery.platform, item.invoice_number, item.seller_siren)
            or await uow.received.sent_platform_id(delivery.platform, item.invoice_number, item.seller_siren)
            or ""
        )

    async def _one_status(
        self,
        uow: ReceptionUnitOfWork,
        delivery: StoredDelivery,
        item: InboundStatus,
        platform_id: str,
        now: datetime,
        reports: list[str],
    ) -> DeliveryOutcome:
        status = on_arrival(item.status, now, delivery.platform)  # its archived message's date too
        if platform_id:
            ours = await self._apply_outbound(uow, delivery, platform_id, status, reports, park=False)
            if ours is not None:
                return ours
            received = await uow.received.received_of(delivery.platform, platform_id)
            if received is not None:
                return await self._apply_received(uow, delivery, platform_id, status, received, now)
        about = platform_id or f"number {item.invoice_number}"
        reason = f"no invoice with platform id {about} (status {status.raw_code})"
        if delivery.attempts < self.policy.unmatched_status_attempts:
            raise Retry(reason)
        if platform_id:
            ours = await self._apply_outbound(uow, delivery, platform_id, status, reports, park=True)
            if ours is not None:  # our SENT committed since the first look
                return ours
        return DeliveryOutcome(DeliveryState.PARKED, "", "", f"{reason}: parked until an upload gets that id")

    async def _apply_outbound(
        self,
        uow: ReceptionUnitOfWork,
        delivery: StoredDelivery,
        platform_id: str,
        status: PlatformStatus,
        reports: list[str],
        *,
        park: bool,
    ) -> DeliveryOutcome | None:
        """The pipeline's use case on the delivery's transaction; None when no invoice of ours has that id. A buyer's
        211 applied is added to `reports`, counted once the delivery's transaction commits."""
        ctx = StepContext(uow=uow.joined, clock=self.clock, config=_STATUS_CONFIG)
        receipt: StatusReceipt = await receive_platform_status(
            ctx,
            status,
            platform=delivery.platform,
            platform_id=platform_id,
            source=delivery.source,
            park=park,
            reports=reports,
        )
        invoice_id, company = receipt.invoice_id, receipt.company_siren
        if not invoice_id:
            return None
        if receipt.gone:
            return DeliveryOutcome(DeliveryState.DONE, company, f"invoice {invoice_id} is gone")
        if not receipt.new:
            return DeliveryOutcome(DeliveryState.DONE, company, f"duplicate status {status.status_id}")
        await self._keep_status(uow, company, delivery, status, invoice_id)
        return DeliveryOutcome(DeliveryState.DONE, company, f"status {status.code} on invoice {invoice_id}")

    async def _keep_status(
        self,
        uow: ReceptionUnitOfWork,
        company: str,
        delivery: StoredDelivery,
        status: PlatformStatus,
        invoice_id: str,
    ) -> None:
        meta = ArchiveMetadata(
            delivery.content_type or "application/json", status.at.date(), invoice_id=invoice_id
        )
        await self._keep(uow, company, ArchiveKind.STATUS_MESSAGE, delivery.body, meta)

    async def _apply_received(
        self,
        uow: ReceptionUnitOfWork,
        delivery: StoredDelivery,
        platform_id: str,
        status: PlatformStatus,
        received: ReceivedInvoice,
        now: datetime,
    ) -> DeliveryOutcome:
        received_id, company = received.id, received.company_siren
        if not await uow.received.add_status(
            ReceivedStatus(delivery.platform, platform_id, status, received_id, inbox_id=delivery.id)
        ):
            return DeliveryOutcome(DeliveryState.DONE, company, f"duplicate status {status.status_id}")
        await self._keep_status(uow, company, delivery, status, received_id)
        received.platform_status(status, now)
        await uow.received.save(received)
        return DeliveryOutcome(
            DeliveryState.DONE, company, f"status {status.code} on received invoice {received_id}"
        )


def _received(
    delivery: StoredDelivery, data: InboundInvoice, read: ReadDocument, company: str, now: datetime
) -> ReceivedInvoice:
    parsed = read.parsed.invoice if read.parsed is not None else None
    report = read.report
    return ReceivedInvoice.receive(
        at=now,
        id=str(uuid.uuid4()),
        company_siren=company,
        platform=delivery.platform,
        platform_invoice_id=data.platform_invoice_id,
        document=DocumentFile.of(data.content, read.media_type, data.filename),
        sender_accept_status=data.sender_accept_status,
        target_address=data.target_address,
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


def _declaration_id(ack: ReportAcknowledgement) -> str:
    """The declaration an acknowledgement names, "" when it names none of ours (not a UUID)."""
    try:
        return str(uuid.UUID(ack.declaration_id))
    except ValueError:
        return ""


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
            + instant_findings(value.status.at, "status.date")
        )
    return []


def _note(exc: BaseException) -> str:
    """An exception as a delivery's note: what it quotes may hold NUL (refused by PostgreSQL) or be huge."""
    return shorten(printable(str(exc)), 500)


async def _const(outcome: DeliveryOutcome) -> DeliveryOutcome:
    return outcome
