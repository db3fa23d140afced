"""Platform lifecycle statuses: applying the ones we receive, and sending the ones we emit as a recipient.

Received statuses of OUR invoices (outbound) go through one use case whatever their path: the sandbox's
callback, and IOPOLE's webhook and notSeen poll (service.workers.reception.processing calls it inside the delivery's
transaction, through a unit of work joining it). Each is stored once in `status_history` (duplicates ignored by
status id), the current status follows the lifecycle rather than arrival order, and a rejection's details become
findings. A status may arrive before we committed the upload it belongs to (a fast platform answers before our
transaction ends): it is parked under the platform id and applied when SENT is committed.
Statuses of invoices we RECEIVED are reception's (its `platform_statuses` table): they have no submission here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from domain.audit import Acting, current_acting
from domain.emission import OutboundInvoice
from domain.errors import ConcurrencyConflict
from domain.lifecycle import STATUSES, StatusEntry, apply, current_status
from domain.money import ZERO, total
from domain.outgoing_statuses import SENT, lifecycle_entry, outgoing_from_payload
from domain.payments import PAYMENT_SENT, reported_sent, sent_against_paid
from domain.pipeline_ports import (
    NextAttempt,
    OutboxMessage,
    ParkedStatus,
    PipelineUnitOfWork,
    StatusRecord,
)
from domain.platform import (
    REFUSED_CREDENTIALS,
    InvalidPlatformRequest,
    OutgoingStatus,
    PdpGateway,
    PlatformError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformStatus,
    PlatformUnavailable,
)
from service.observability.business_metrics import count_payment_reports, observe_deposited
from service.workers.pipeline.steps import Route, StepContext, retry_or_fail

log = logging.getLogger(__name__)

_CONFLICT_RETRIES = 5
DEPOSITED = "200"  # Déposée: the first status of a platform that accepted the upload


async def _history(uow: PipelineUnitOfWork, invoice_id: str) -> tuple[StatusEntry, ...]:
    return tuple(lifecycle_entry(record) for record in await uow.transmissions.statuses(invoice_id))


@dataclass(frozen=True, slots=True)
class Applied:
    """A status stored and applied. `payment_report`: a buyer's 211 told against the books, its outcome (matched,
    unmatched, no_amount), counted once the transaction that stores it commits (`count_payment_reports`: a
    transaction retried counts it once); "" for any other status."""

    payment_report: str = ""


async def _apply(
    ctx: StepContext,
    uow: PipelineUnitOfWork,
    invoice: OutboundInvoice,
    status: PlatformStatus,
    source: str,
    amount: Decimal | None = None,
    acting: Acting | None = None,
) -> Applied | None:
    """Store one status (received, or sent by us) and move the invoice: its lifecycle code, findings and an event,
    so history, Watch, GetInvoice and the ListInvoices filters all see it. The caller saves the invoice.
    `acting`: who delivered it, when not the edge running this (a parked status). None: a repeat, not stored."""
    record = StatusRecord(invoice.id, status, source, amount if source == SENT else status.amount)
    history = await _history(uow, invoice.id)
    updated = apply(history, lifecycle_entry(record))
    # The lifecycle drops a repeat; the store's unique keys catch one that a concurrent delivery just stored.
    if updated is history or not await uow.transmissions.add_status(record):
        return None
    report = ""
    current = current_status(updated)  # None: only unknown codes so far, they never move the invoice
    detail = f"{status.label or status.raw_code} {status.reason}".strip()
    if source == SENT:
        detail = " ".join(
            filter(None, ("sent to the platform:", detail, None if amount is None else str(amount)))
        )
    elif status.code == PAYMENT_SENT:
        detail, report = await _against_books(uow, invoice, updated, detail, status.amount)
    invoice.status(
        ctx.clock.now(),
        code=status.code,
        detail=detail,
        current_code=None if current is None else current.code,
        findings=tuple(status.findings),
        acting=acting,
    )
    return Applied(report)


async def _against_books(
    uow: PipelineUnitOfWork,
    invoice: OutboundInvoice,
    history: Sequence[StatusEntry],
    detail: str,
    amount: Decimal | None,
) -> tuple[str, str]:
    """A 211 the buyer sent about our invoice, taken as it came (a platform's status is never refused) and told
    against the books: its event says its amount and how what the buyer reports sent in all differs from what the
    payments recorded paid (`sent_against_paid`); the metric's outcome is returned, counted at commit. GetInvoice's
    settlement says it as of its own reading."""
    if amount is None:
        return f"{detail}: no amount given (MDT-215)", "no_amount"
    paid = total((await uow.payments.paid_per_rate(invoice.id)).values())
    unmatched = sent_against_paid(reported_sent(history) or ZERO, paid)
    return "; ".join(filter(None, (f"{detail} {amount}", unmatched))), "unmatched" if unmatched else "matched"


async def apply_parked_statuses(
    ctx: StepContext,
    uow: PipelineUnitOfWork,
    invoice: OutboundInvoice,
    parked: Sequence[ParkedStatus],
) -> list[str]:
    """Inside the commit that records SENT: statuses that arrived before it (see save_accepted), each in the
    audit log under the actor that delivered it, not the gateway committing SENT. Returns the 211s' outcomes, for
    the caller to count once that commit is done (`count_payment_reports`)."""
    reports = []
    for p in parked:
        applied = await _apply(ctx, uow, invoice, p.status, p.source, acting=p.acting)
        if applied is not None and applied.payment_report:
            reports.append(applied.payment_report)
    return reports


def on_arrival(status: PlatformStatus, arrival: datetime, platform: str) -> PlatformStatus:
    """A received status dated no later than its `arrival` (PlatformStatus.dated_no_later_than), said in the log
    when its own date was later: the platform's clock runs ahead, which `pdp-gateway doctor`'s clock check shows. A
    status with no date (UNDATED) is dated on its arrival the same way."""
    dated = status.dated_no_later_than(arrival)
    if status.undated:
        log.info("status %s from %s has no date: dated on arrival", status.code, platform)
    elif dated is not status:
        log.warning(
            "status %s from %s dated %s, after it arrived: dated on arrival (is the platform's clock ahead?)",
            status.code,
            platform,
            status.at.isoformat(),
        )
    return dated


@dataclass(frozen=True, slots=True)
class StatusReceipt:
    """What became of one received status."""

    new: bool  # stored and applied; False for a repeat, a parked status, or an invoice gone
    invoice_id: str = (
        ""  # the outbound invoice it belongs to; "" when no committed submission has its platform id
    )
    company_siren: str = ""
    parked: bool = False
    gone: bool = False  # the invoice of that submission was deleted


async def receive_platform_status(
    ctx: StepContext,
    status: PlatformStatus,
    *,
    platform: str = "",
    platform_id: str = "",
    company_siren: str = "",
    invoice_id: str = "",
    source: str = "platform",
    park: bool = True,
    reports: list[str] | None = None,
) -> StatusReceipt:
    """Apply one received status to our invoice: give the platform (the profile that brought it) and its id for
    the invoice, or our company + invoice id.

    A platform speaks only of what went through it: its id is looked up among its own submissions, so another
    profile's platform naming an id of ours changes nothing. A platform id none of its committed submissions has
    is parked when `park` (applied with SENT), else left alone for the caller (reception first looks for a
    received invoice with that id). A 211 is counted (PAYMENT_REPORTS) once this function's transaction commits; with
    `reports`, its outcome is added there instead, for a caller whose unit of work `ctx.uow` joins to count once its
    own transaction commits."""
    if platform_id and not platform:
        raise ValueError("a platform id names an invoice only with the platform that gave it")
    status = on_arrival(status, ctx.clock.now(), platform or source)
    for attempt in range(_CONFLICT_RETRIES):
        try:
            async with ctx.uow() as uow:
                if platform_id and not invoice_id:
                    owner = await uow.transmissions.invoice_of_platform_id(platform, platform_id)
                    if owner is None:
                        if not park:
                            return StatusReceipt(False)
                        await uow.transmissions.park_status(
                            platform_id, ParkedStatus(status, source, current_acting(), platform)
                        )
                        await uow.commit()
                        return StatusReceipt(False, parked=True)
                    company_siren, invoice_id = owner
                invoice = await uow.invoices.get(company_siren, invoice_id, attachments=False)
                if invoice is None:
                    log.warning("status %s for unknown invoice %s ignored", status.code, invoice_id)
                    return StatusReceipt(False, invoice_id, company_siren, gone=True)
                applied = await _apply(ctx, uow, invoice, status, source)
                upload = None
                if applied is not None:
                    if status.code == DEPOSITED:  # the platform took the upload: how long it took
                        upload = await uow.transmissions.submission(invoice.id)
                    await uow.invoices.save(invoice)
                    await uow.commit()
                    said = [applied.payment_report] if applied.payment_report else []
                    if reports is None:
                        count_payment_reports(said)
                    else:
                        reports.extend(said)
                if upload is not None:
                    observe_deposited(upload.attempt_started_at, ctx.clock.now())
                return StatusReceipt(applied is not None, invoice_id, company_siren)
        except ConcurrencyConflict:
            # The dispatcher or another delivery changed the invoice meanwhile: read it again.
            if attempt == _CONFLICT_RETRIES - 1:
                raise
    raise AssertionError("unreachable: the last conflict is raised")


# --- statuses we send as the recipient (queued by the use cases: domain.outgoing_statuses) --------------------


@dataclass(eq=False, slots=True)
class SendStatusStep:
    """Send one queued status. The platform takes no idempotency key either: when a send may have reached it (an
    unknown outcome, or a holder whose lease expired mid-call), the invoice's status history on the platform is
    searched for our status first; only a search that still finds nothing after the grace delay leads to a resend."""

    ctx: StepContext
    pdp: PdpGateway
    route: Route | None = None  # company SIREN -> its platform (profile name, gateway)
    _: KW_ONLY
    platform_name: str  # the profile of `pdp`, when there is no route

    def _platform(self, message: OutboxMessage) -> tuple[str, PdpGateway]:
        return self.route(message.company_siren) if self.route is not None else (self.platform_name, self.pdp)

    def _gateway(self, message: OutboxMessage) -> PdpGateway:
        return self._platform(message)[1]

    async def __call__(self, message: OutboxMessage, owner: str) -> None:
        ctx = self.ctx
        status = outgoing_from_payload(message.payload)
        platform_id = str(message.payload["platform_id"])
        since = _uncertain_since(message, ctx.clock.now())
        if since is not None and await self._reconciled(message, owner, status, platform_id, since):
            return
        try:
            await self._gateway(message).send_status(platform_id, status)
        except PlatformUnavailable as exc:
            outage = self._platform(message)[0]
            await self._retry(message, owner, f"PDP-UNAVAILABLE: {exc}", exc.retry_after, since, outage)
            return
        except PlatformRejected as exc:
            await self._done(message, owner, error=f"PDP-REJECTED: {exc}")
            return
        except InvalidPlatformRequest as exc:  # refused before any call: a status this platform cannot carry
            await self._done(message, owner, error=f"PDP-STATUS-PLATFORM: {exc}")
            return
        except REFUSED_CREDENTIALS as exc:  # refused before the platform took anything
            await self._retry(message, owner, f"PDP-{type(exc).__name__}: {exc}", None, since)
            return
        except Exception as exc:  # noqa: BLE001 - outcome unknown: our status may be on the platform
            log.warning("status %s for %s: outcome unknown (%s); reconciling", status.code, platform_id, exc)
            now, error = ctx.clock.now(), f"PDP-OUTCOME-UNKNOWN: {type(exc).__name__}: {exc}"
            # answered as a platform that is down answers (502/503/504, no answer): its outage, no attempt spent
            down = isinstance(exc, PlatformOutcomeUnknown) and exc.unavailable
            away = self._platform(message)[0] if down else None
            if not await self._reconciled(message, owner, status, platform_id, now, error=error, outage=away):
                await self._retry(message, owner, error, None, now, away)  # no grace configured
            return
        sent = PlatformStatus(
            code=status.code,
            label=STATUSES[status.code].name_fr if status.code in STATUSES else status.code,
            raw_code=status.code,
            at=ctx.clock.now(),
            reason=status.reason,
            status_id=f"sent:{message.id}",
        )
        await self._done(message, owner, record=StatusRecord(message.invoice_id, sent, SENT, status.amount))

    async def _reconciled(
        self,
        message: OutboxMessage,
        owner: str,
        status: OutgoingStatus,
        platform_id: str,
        since: datetime,
        *,
        error: str = "",
        outage: str | None = None,
    ) -> bool:
        """Settle an uncertain send from the platform's history; False when the status may be sent again now.

        `error` set: the send that just failed is counted as an attempt, unless it met the `outage` of that
        platform profile (steps.retry_or_fail)."""
        ctx = self.ctx
        marker = {_UNCERTAIN: since.isoformat()}
        try:
            history = await self._gateway(message).status_history(platform_id)
        except PlatformError as exc:
            down = isinstance(exc, PlatformUnavailable)
            await self._retry(
                message,
                owner,
                f"RECONCILE-UNAVAILABLE: {exc}",
                exc.retry_after if isinstance(exc, PlatformUnavailable) else None,
                since,
                self._platform(message)[0] if down else None,
            )
            return True
        found = _ours(history, status, message.queued_at)
        if found is not None:
            log.info("status %s for %s found on the platform: not sent again", status.code, platform_id)
            # dated as a status the platform delivers: its date at most now (neither ahead, nor past any year we keep)
            found = on_arrival(found, ctx.clock.now(), self._platform(message)[0])
            await self._done(
                message, owner, record=StatusRecord(message.invoice_id, found, SENT, status.amount)
            )
            return True
        due = since + timedelta(seconds=ctx.config.reconcile_grace_s)
        if ctx.clock.now() >= due:
            return False
        async with ctx.uow() as uow:
            if error:
                await retry_or_fail(
                    ctx,
                    uow,
                    message,
                    owner,
                    None,
                    error,
                    retry_after_s=(due - ctx.clock.now()).total_seconds(),
                    payload=marker,
                    outage=outage,
                )
            else:
                again = NextAttempt(
                    at=due,
                    count=False,
                    payload=marker,
                    error="reconcile: our status is not on the platform yet; searching again after the grace",
                    decided=ctx.clock.now(),
                )
                await uow.outbox.reschedule(message, owner, again)
            await uow.commit()
        return True

    async def _retry(
        self,
        message: OutboxMessage,
        owner: str,
        error: str,
        wait: float | None,
        since: datetime | None,
        outage: str | None = None,
    ) -> None:
        """`wait`: the platform's Retry-After; `outage`: the platform profile found away (steps.retry_or_fail)."""
        marker = None if since is None else {_UNCERTAIN: since.isoformat()}  # the next attempt reconciles too
        async with self.ctx.uow() as uow:
            await retry_or_fail(
                self.ctx, uow, message, owner, None, error, retry_after_s=wait, payload=marker, outage=outage
            )
            await uow.commit()

    async def _done(
        self, message: OutboxMessage, owner: str, *, error: str = "", record: StatusRecord | None = None
    ) -> None:
        """Complete the row; a sent status goes through `_apply` like a received one (stored, lifecycle code,
        event), a refused one leaves an event saying so: both are visible at once in history and Watch."""
        ctx = self.ctx
        for attempt in range(_CONFLICT_RETRIES):
            try:
                async with ctx.uow() as uow:
                    invoice = await uow.invoices.get(
                        message.company_siren, message.invoice_id, attachments=False
                    )
                    changed = False
                    if invoice is not None and record is not None:  # ours: never a buyer's 211 report
                        changed = (
                            await _apply(ctx, uow, invoice, record.status, SENT, record.amount) is not None
                        )
                    elif (
                        record is not None
                    ):  # the invoice was deleted meanwhile: the platform has it all the same
                        await uow.transmissions.add_status(record)
                    elif invoice is not None and error:
                        code = str(message.payload.get("code", ""))
                        detail = f"status {code} refused by the platform: {error}"
                        invoice.status_refused(ctx.clock.now(), code=code, detail=detail)
                        changed = True
                    if changed and invoice is not None:
                        await uow.invoices.save(invoice)
                    await uow.outbox.complete(message, owner, error=error)
                    await uow.commit()
                return
            except ConcurrencyConflict:  # a received status moved the invoice meanwhile: read it again
                if attempt == _CONFLICT_RETRIES - 1:
                    raise


_UNCERTAIN = "uncertain_since"  # payload key: when a send of this row may have reached the platform
# A status in the platform's history is ours if it has our code and is not older than our queueing (less this
# allowance for the platform's clock). Reasons are not compared: platforms give them back in their own labels.
_CLOCK_SKEW = timedelta(minutes=5)


def _uncertain_since(message: OutboxMessage, now: datetime) -> datetime | None:
    marked = message.payload.get(_UNCERTAIN)
    if marked:
        return datetime.fromisoformat(str(marked))
    return now if message.interrupted else None  # the previous holder died, perhaps mid-call


def _ours(
    history: Sequence[PlatformStatus], status: OutgoingStatus, queued_at: datetime | None
) -> PlatformStatus | None:
    for entry in history:
        if entry.code == status.code and (queued_at is None or entry.at >= queued_at - _CLOCK_SKEW):
            return entry
    return None
