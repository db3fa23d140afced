"""The outbound invoice aggregate: an invoice we issue, from submission until the platform's last status.

`Invoice` (domain.invoice) is the EN 16931 content; `OutboundInvoice` wraps it with what the gateway knows:
the owning company, the client's request id, where it is in our processing pipeline, and the platform
lifecycle.

The aggregate guards its state: every change is a method below (`submit`, `validated`, `start_upload`, `sent`,
`fail`...) that checks the move against `_ALLOWED_FROM`, raises `IllegalInvoiceTransition` naming it when it is
not allowed, and otherwise records one `InvoiceEvent` (kept in the history, streamed to watchers, turned into
outbox rows by domain.outbox), bumps `version` so that concurrent writers are detected, and returns the event.
Nothing outside this module writes the processing fields. How to add a transition: docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

from domain.audit import Acting
from domain.errors import IllegalTransition, InvoiceLocked, RequestRejected
from domain.findings import Finding, Severity
from domain.invoice import Invoice
from domain.reporting.calendar import period_text


class ProcessingState(str, Enum):
    """Where the invoice is in our own pipeline (not the platform's lifecycle)."""

    ACCEPTED = "ACCEPTED"  # domain-valid and stored; rendering and official validation pending
    INVALID = "INVALID"  # an official validation layer failed: never sent
    READY = "READY"  # rendered and officially valid; waiting for the dispatcher
    SENDING = "SENDING"  # a dispatcher holds the lease and is calling the platform
    OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN"  # timeout or crash during the upload: reconcile before any resend
    SENT = "SENT"  # the platform accepted the upload (it has an id); lifecycle statuses follow
    FAILED = (
        "FAILED"  # retries exhausted or permanent refusal; visible with its last error, retryable by a call
    )
    NOT_TRANSMITTED = (
        "NOT_TRANSMITTED"  # processing rule keeps it off the platform (B2C, B2BINT, ARCHIVEONLY...)
    )
    CANCELLED = (
        "CANCELLED"  # voided before any deposit: kept with its reason, its number free for the correction
    )

    @property
    def locked(self) -> bool:
        """Once the platform may have it, the content never changes: corrections are new documents."""
        return self in (ProcessingState.SENDING, ProcessingState.OUTCOME_UNKNOWN, ProcessingState.SENT)

    @property
    def awaiting_deposit(self) -> bool:
        """On its way to the platform: a payment recorded now is held until the deposit (SENT) decides."""
        return self in _AWAITING_DEPOSIT

    @property
    def cancellable(self) -> bool:
        """Never deposited on the platform nor issued outside it: voiding it leaves no trace to correct."""
        return self in _CANCELLABLE


_CANCELLABLE = frozenset(
    (ProcessingState.ACCEPTED, ProcessingState.READY, ProcessingState.INVALID, ProcessingState.FAILED)
)

_AWAITING_DEPOSIT = frozenset(
    (
        ProcessingState.ACCEPTED,
        ProcessingState.READY,
        ProcessingState.SENDING,
        ProcessingState.OUTCOME_UNKNOWN,
    )
)

CANCEL_RULE = "PDP-CANCEL-DEPOSITED"
CANCELLED_RULE = "PDP-CANCEL-CANCELLED"  # cancelled already (by another request id)
STATE_RULE = (
    "PDP-INVOICE-STATE"  # a move its processing state does not allow (a retry of an invoice not FAILED)
)
MAX_CANCEL_REASON = 500


def checked_cancel_reason(reason: str) -> str:
    """The reason, stripped; RequestRejected (PDP-CANCEL-REASON) when blank or too long."""
    text = reason.strip()
    if not text or len(text) > MAX_CANCEL_REASON:
        raise RequestRejected(
            [
                Finding(
                    "PDP-CANCEL-REASON",
                    Severity.FATAL,
                    f"a cancellation needs its reason, at most {MAX_CANCEL_REASON} characters: it is kept in the"
                    " invoice's history and the audit log",
                    "reason",
                    layer="gateway",
                )
            ]
        )
    return text


class EventKind(StrEnum):
    """What happened to an invoice. The values are stored (invoice_events.kind) and shown by History and Watch:
    never rename one."""

    SUBMITTED = "SUBMITTED"  # stored after the domain check
    VALIDATED = (
        "VALIDATED"  # rendered and officially valid (READY, or NOT_TRANSMITTED when kept off the platform)
    )
    INVALID = "INVALID"  # an official layer failed, or the invoice cannot be written as a document
    RETRY = "RETRY"  # queued again: after a transient failure, or on request once FAILED
    SENDING = "SENDING"  # an upload is about to start (committed before the platform call)
    OUTCOME_UNKNOWN = (
        "OUTCOME_UNKNOWN"  # an upload may have reached the platform: reconcile before any resend
    )
    SENT = "SENT"  # the platform has it (its id is known)
    FAILED = "FAILED"  # retries exhausted or a permanent refusal
    STATUS = "STATUS"  # a platform lifecycle status, received or sent by us
    STATUS_REFUSED = "STATUS_REFUSED"  # a status we sent was refused by the platform
    PAYMENT = "PAYMENT"  # money received on the invoice (service.usecases.emission.payments)
    CANCELLED = "CANCELLED"  # voided before any deposit (service.usecases.emission.cancel)
    PAYMENT_REFUSED = "PAYMENT_REFUSED"  # a held payment refused: its invoice ended without a deposit


@dataclass(frozen=True, slots=True)
class InvoiceEvent:
    """Something that happened to an invoice: kept in its history and streamed to watchers."""

    # An EventKind for our invoices; the event feed (Watch) also carries received invoices' events, whose kinds it
    # prefixes with INBOUND_: those stay text.
    kind: EventKind | str
    at: datetime
    state: ProcessingState  # the state the invoice is in after it
    status_code: str = ""  # CDAR lifecycle code for STATUS events ("200", "213", ...)
    detail: str = ""
    findings: tuple[Finding, ...] = ()
    # Who made it happen when that is not whoever commits it: a status the platform delivered while SENT was being
    # committed is applied in the gateway's commit, and its audit entry names the platform. None: the committing
    # edge (domain.audit.current_acting) acted.
    acting: Acting | None = None
    # What its audit entry records beyond the history's text, as canonical values (a payment: its id, date, amount
    # per VAT rate, what is outstanding): the one entry of the event holds them all (domain.audit_trail).
    facts: Mapping[str, Any] = field(default_factory=dict, hash=False)


_S = ProcessingState
# Not finished yet: a failure may still end these (NOT_TRANSMITTED ones are still rendered for the archive).
_IN_PROGRESS = frozenset({_S.ACCEPTED, _S.NOT_TRANSMITTED, _S.READY, _S.SENDING, _S.OUTCOME_UNKNOWN})
_ANY = frozenset(ProcessingState)
# With its buyer: deposited, or issued off the platform. Such an invoice takes payments, and such a credit note
# credits the invoice it corrects (domain.credit_notes.credit_by_notes).
WITH_ITS_BUYER = frozenset({_S.SENT, _S.NOT_TRANSMITTED})

# The states each kind of event may follow. A method may narrow it further (`retry_later`'s target, `requeue`).
_ALLOWED_FROM: dict[EventKind, frozenset[ProcessingState]] = {
    EventKind.VALIDATED: frozenset({_S.ACCEPTED, _S.NOT_TRANSMITTED}),
    EventKind.INVALID: frozenset({_S.ACCEPTED, _S.NOT_TRANSMITTED}),
    # SENDING / OUTCOME_UNKNOWN → READY after a transient failure; FAILED → READY / ACCEPTED on request.
    EventKind.RETRY: frozenset({_S.SENDING, _S.OUTCOME_UNKNOWN, _S.FAILED}),
    # From OUTCOME_UNKNOWN only once reconciliation found nothing after the grace delay (the step decides).
    EventKind.SENDING: frozenset({_S.READY, _S.OUTCOME_UNKNOWN}),
    # From READY when an upload recorded before may have reached the platform (a worker died after SENDING).
    EventKind.OUTCOME_UNKNOWN: frozenset({_S.SENDING, _S.READY}),
    EventKind.SENT: frozenset({_S.SENDING, _S.OUTCOME_UNKNOWN}),
    EventKind.FAILED: _IN_PROGRESS,
    # The platform's lifecycle is checked by domain.lifecycle, not by our processing state: a status may arrive
    # while SENT is being committed, or after we gave up on an upload that reached the platform after all.
    EventKind.STATUS: _ANY,
    EventKind.STATUS_REFUSED: _ANY,
    # Only an invoice its buyer has is paid: deposited on the platform, or kept off it by its processing rule.
    EventKind.PAYMENT: WITH_ITS_BUYER,
    # A held payment is refused once the invoice ends undeposited, or (a bug or a race) when the books refuse it.
    EventKind.PAYMENT_REFUSED: frozenset({_S.INVALID, _S.FAILED, _S.CANCELLED, _S.SENT, _S.NOT_TRANSMITTED}),
    # Never deposited nor issued outside the platform (`cancel` also refuses an upload that may have reached it).
    EventKind.CANCELLED: _CANCELLABLE,
}


def event_kind(text: str) -> EventKind | str:
    """A stored kind: the EventKind of that value, or the text itself when it is not one of ours (INBOUND_...)."""
    try:
        return EventKind(text)
    except ValueError:
        return text


class IllegalInvoiceTransition(IllegalTransition):
    """A move the invoice's state does not allow (a bug, or a stale copy): names the invoice, the move and the
    states it may follow."""

    def __init__(self, invoice_id: str, kind: EventKind, state: ProcessingState, why: str = "") -> None:
        allowed = ", ".join(sorted(s.value for s in _ALLOWED_FROM.get(kind, ())))
        reason = why or f"{kind.value} may only follow {allowed or 'nothing'}"
        message = f"invoice {invoice_id}: illegal transition {kind.value} from {state.value} ({reason})"
        super().__init__(
            f"{STATE_RULE}: {message}",
            (Finding(STATE_RULE, Severity.FATAL, message, "invoice_id", layer="gateway"),),
        )
        self.invoice_id, self.kind, self.state = invoice_id, kind, state


@dataclass(slots=True)
class OutboundInvoice:
    """An invoice issued by `company_siren`, submitted under the client's `request_id`.

    Built by `submit` (a new invoice) or by a repository from its stored columns (`events` then empty: they are
    the pending ones, written with the next save and cleared once committed)."""

    id: str
    company_siren: str
    request_id: str
    request_hash: str  # SHA-256 of the submitted content: same id + other content is refused
    invoice: Invoice
    created_at: datetime
    state: ProcessingState = ProcessingState.ACCEPTED
    findings: tuple[Finding, ...] = ()  # warnings kept from the domain check, then the official report
    lifecycle_code: str = (
        ""  # current platform status (CDAR code), following the lifecycle, not arrival order
    )
    platform_id: str = ""
    document_sha256: str = ""
    last_error: str = ""
    version: int = 0
    events: list[InvoiceEvent] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.invoice.number

    # --- submission ---------------------------------------------------------------------------------------------

    @classmethod
    def submit(
        cls,
        id: str,  # noqa: A002 - the field's name
        company_siren: str,
        request_id: str,
        request_hash: str,
        invoice: Invoice,
        at: datetime,
        findings: tuple[Finding, ...] = (),
    ) -> OutboundInvoice:
        """A new invoice, domain-valid: ACCEPTED, or NOT_TRANSMITTED when its processing rule keeps it off the
        platform (it is rendered and archived all the same). Its SUBMITTED event is pending."""
        outbound = cls(id, company_siren, request_id, request_hash, invoice, at, findings=findings)
        state = _S.ACCEPTED if invoice.processing_rule.is_sent_to_platform else _S.NOT_TRANSMITTED
        outbound._record(EventKind.SUBMITTED, state, at, "", findings=findings)
        return outbound

    def lands_in_declared(self, to_rectify: Sequence[tuple[date, date]]) -> None:
        """The periods (first day, last day) whose transactions declaration, already sent, this new invoice lands
        in (a sale to a consumer or abroad issued late): its SUBMITTED event, still pending, says to rectify them
        (history and audit entry), as a late payment's PAYMENT event does."""
        if not to_rectify:
            return
        [submitted] = self.events
        periods = [period_text(p) for p in to_rectify]
        self.events[0] = replace(
            submitted,
            detail=f"rectify the transactions declaration of {', '.join(periods)} (RE)",
            facts={**submitted.facts, "to_rectify": periods},
        )

    # --- rendering and official validation ----------------------------------------------------------------------

    def validated(
        self, at: datetime, *, sha256: str, syntax: str, report: tuple[Finding, ...] = ()
    ) -> InvoiceEvent:
        """The document `sha256` passed every official layer: READY for the dispatcher, or NOT_TRANSMITTED when
        the processing rule keeps it off the platform. The report's findings replace all but the domain's."""
        self._check(EventKind.VALIDATED)
        self._take_report(sha256, report)
        rule = self.invoice.processing_rule
        if rule.is_sent_to_platform:
            self.last_error = ""
            return self._record(EventKind.VALIDATED, _S.READY, at, f"{syntax} {sha256}")
        detail = f"processing rule {rule.value}: kept off the platform"
        return self._record(EventKind.VALIDATED, _S.NOT_TRANSMITTED, at, detail)

    def invalid(self, at: datetime, *, sha256: str, report: tuple[Finding, ...]) -> InvoiceEvent:
        """An official layer refused the document `sha256`: INVALID, never sent."""
        self._check(EventKind.INVALID)
        self._take_report(sha256, report)
        fatal = tuple(f for f in report if f.is_fatal)
        self.last_error = validation_summary(fatal)
        return self._record(EventKind.INVALID, _S.INVALID, at, self.last_error, fatal)

    def unrenderable(self, at: datetime, finding: Finding) -> InvoiceEvent:
        """What the writers cannot write, the platform cannot receive: INVALID with that finding."""
        self._check(EventKind.INVALID)
        self.findings = (*self.findings, finding)
        self.last_error = validation_summary((finding,))
        return self._record(EventKind.INVALID, _S.INVALID, at, self.last_error, (finding,))

    def _take_report(self, sha256: str, report: tuple[Finding, ...]) -> None:
        self.findings = tuple(f for f in self.findings if f.layer == "domain") + tuple(report)
        self.document_sha256 = sha256

    # --- transmission -------------------------------------------------------------------------------------------

    def start_upload(self, at: datetime, *, upload: int, sha256: str) -> InvoiceEvent:
        """SENDING, committed before the platform call: from here on the platform may have it. Only the validated
        bytes may leave."""
        self._check(EventKind.SENDING)
        if not sha256 or sha256 != self.document_sha256:
            raise IllegalInvoiceTransition(
                self.id,
                EventKind.SENDING,
                self.state,
                f"document {sha256 or 'none'} is not the validated one",
            )
        return self._record(EventKind.SENDING, _S.SENDING, at, f"upload #{upload} {sha256}")

    def upload_interrupted(self, at: datetime) -> InvoiceEvent:
        """Whoever recorded SENDING lost its lease: it may have died after the upload, so reconcile first."""
        self._check(EventKind.OUTCOME_UNKNOWN)
        detail = "the previous upload attempt was interrupted; reconciling with the platform"
        return self._record(EventKind.OUTCOME_UNKNOWN, _S.OUTCOME_UNKNOWN, at, detail)

    def upload_unknown(self, at: datetime, error: str) -> InvoiceEvent:
        """The upload ended in a timeout or a reset: the platform may have it."""
        self._check(EventKind.OUTCOME_UNKNOWN)
        if self.state is not _S.SENDING:
            raise IllegalInvoiceTransition(
                self.id, EventKind.OUTCOME_UNKNOWN, self.state, "no upload under way"
            )
        self.last_error = f"PDP-OUTCOME-UNKNOWN: {error}"
        return self._record(EventKind.OUTCOME_UNKNOWN, _S.OUTCOME_UNKNOWN, at, self.last_error)

    def sent(self, at: datetime, *, platform_id: str, detail: str) -> InvoiceEvent:
        """The platform has it under `platform_id` (accepted, a duplicate, or found by reconciliation)."""
        self._check(EventKind.SENT)
        if not platform_id:
            raise IllegalInvoiceTransition(self.id, EventKind.SENT, self.state, "no platform id")
        self.platform_id, self.last_error = platform_id, ""
        return self._record(EventKind.SENT, _S.SENT, at, f"{platform_id}: {detail}")

    # --- failures and retries -----------------------------------------------------------------------------------

    def retry_later(
        self, at: datetime, error: str, *, next_at: datetime, back_to: ProcessingState | None = None
    ) -> InvoiceEvent | None:
        """A transient failure: the error is kept, and with `back_to` (READY) the invoice returns there with a
        RETRY event when it is elsewhere. None when the state does not change."""
        if self.state not in _IN_PROGRESS:
            raise IllegalInvoiceTransition(self.id, EventKind.RETRY, self.state, "the invoice is finished")
        if back_to is not None and back_to is not self.state:
            self._check(EventKind.RETRY)
            if back_to is not _S.READY or self.state is _S.FAILED:
                raise IllegalInvoiceTransition(
                    self.id, EventKind.RETRY, self.state, f"not back to {back_to.value}"
                )
            self.last_error = error
            return self._record(
                EventKind.RETRY, back_to, at, f"{error}; next attempt at {next_at.isoformat()}"
            )
        self.last_error = error
        return None

    def fail(self, at: datetime, error: str, findings: tuple[Finding, ...] = ()) -> InvoiceEvent:
        """FAILED is visible through the API with its last error; `requeue` queues it again."""
        self._check(EventKind.FAILED)
        self.last_error = error
        if findings:
            self.findings = (*self.findings, *findings)
        return self._record(EventKind.FAILED, _S.FAILED, at, error, findings)

    def requeue(self, at: datetime, *, validated: bool) -> InvoiceEvent:
        """A FAILED invoice queued again on request: READY when its validated document is still there (sent again,
        after reconciling if an upload may have reached the platform), ACCEPTED to be rendered again otherwise."""
        if self.state is not _S.FAILED:
            raise IllegalInvoiceTransition(
                self.id,
                EventKind.RETRY,
                self.state,
                f"only a FAILED invoice can be retried; this one is {self.state.value}",
            )
        previous, self.last_error = self.last_error, ""
        state = _S.READY if validated else _S.ACCEPTED
        return self._record(EventKind.RETRY, state, at, f"retry requested after: {previous}")

    # --- platform lifecycle -------------------------------------------------------------------------------------

    def status(
        self,
        at: datetime,
        *,
        code: str,
        detail: str,
        current_code: str | None = None,
        findings: tuple[Finding, ...] = (),
        acting: Acting | None = None,
    ) -> InvoiceEvent:
        """A lifecycle status (received, or sent by us), already checked against the lifecycle by the caller
        (domain.lifecycle.apply): `current_code` is the current status it leads to (None: unchanged, e.g. only
        unknown codes so far), and a rejection's details come as findings. `acting`: who delivered it, when that
        is not the committing edge (a parked status)."""
        self._check(EventKind.STATUS)
        if current_code is not None:
            self.lifecycle_code = current_code
        if findings:
            self.findings = (*self.findings, *findings)
        return self._record(EventKind.STATUS, self.state, at, detail, findings, code, acting)

    def status_refused(self, at: datetime, *, code: str, detail: str) -> InvoiceEvent:
        """A status we sent was refused by the platform: nothing changes but the history says so."""
        self._check(EventKind.STATUS_REFUSED)
        return self._record(EventKind.STATUS_REFUSED, self.state, at, detail, status_code=code)

    # --- cancellation -------------------------------------------------------------------------------------------

    def cancel(self, reason: str, at: datetime, *, may_be_on_platform: bool) -> InvoiceEvent:
        """Void an invoice that never reached the platform: CANCELLED, with its reason; the number is free again.

        Once the platform may have it (an upload was attempted with an unknown outcome, or it was deposited) or
        it was issued outside the platform (NOT_TRANSMITTED: B2C, international, reported in e-reporting), the
        invoice exists for the buyer or the tax authority: only a credit note or a corrective invoice undoes it
        (InvoiceLocked, with the remedy).
        """
        text = checked_cancel_reason(reason)
        if self.state is ProcessingState.CANCELLED:
            raise already_cancelled(f"invoice {self.number!r} is already cancelled")
        if (
            may_be_on_platform
            or self.platform_id
            or self.lifecycle_code
            or not self.allows(EventKind.CANCELLED)
        ):
            if self.state is ProcessingState.NOT_TRANSMITTED:
                why = (
                    f"it was issued outside the platform ({self.invoice.processing_rule.value}, e-reporting)"
                )
            elif self.state.cancellable:
                why = "an upload ended with an unknown outcome: it may be deposited"
            else:
                why = f"it is {self.state.value}: the platform may have it"
            # The remedy first: the gRPC message is cut at 200 characters.
            message = (
                f"only a credit note (type 381) or a corrective invoice (type 384) can correct invoice"
                f" {self.number!r}: {why}"
            )
            raise InvoiceLocked(
                message, (Finding(CANCEL_RULE, Severity.FATAL, message, "invoice_id", layer="gateway"),)
            )
        return self._record(EventKind.CANCELLED, _S.CANCELLED, at, text)

    # --- payments -----------------------------------------------------------------------------------------------

    def record_payment(self, at: datetime, *, detail: str, facts: Mapping[str, Any]) -> InvoiceEvent:
        """A payment (or its reversal) was applied to the books: the history says how (`detail`), its audit entry
        holds the payment's `facts`."""
        self._check(EventKind.PAYMENT)
        return self._record(EventKind.PAYMENT, self.state, at, detail, facts=facts)

    def refuse_payment(self, at: datetime, *, detail: str) -> InvoiceEvent:
        """A payment held until the deposit was refused (`detail` names it and the rule): the history says so."""
        self._check(EventKind.PAYMENT_REFUSED)
        return self._record(EventKind.PAYMENT_REFUSED, self.state, at, detail)

    # --- the one way an event is recorded -----------------------------------------------------------------------

    def allows(self, kind: EventKind) -> bool:
        """Whether an event of `kind` may follow the current state (a use case refusing early, in its words)."""
        return self.state in _ALLOWED_FROM[kind]

    def _check(self, kind: EventKind) -> None:
        if self.state not in _ALLOWED_FROM[kind]:
            raise IllegalInvoiceTransition(self.id, kind, self.state)

    def _record(
        self,
        kind: EventKind,
        state: ProcessingState,
        at: datetime,
        detail: str,  # every event says what happened: no default (one would be dead code)
        findings: tuple[Finding, ...] = (),
        status_code: str = "",
        acting: Acting | None = None,
        facts: Mapping[str, Any] | None = None,
    ) -> InvoiceEvent:
        event = InvoiceEvent(kind, at, state, status_code, detail, tuple(findings), acting, dict(facts or {}))
        self.state = state
        self.version += 1
        self.events.append(event)
        return event


def validation_summary(fatal: tuple[Finding, ...]) -> str:
    """The last error of an INVALID invoice: the rules that failed, then the first fatal finding's message."""
    rules = sorted({f.rule_id for f in fatal})
    first = next((f for f in fatal if f.severity is Severity.FATAL), None)
    head = f"{first.rule_id}: {first.message}" if first else ""
    return f"official validation failed ({', '.join(rules)}) {head}".strip()


def already_cancelled(message: str) -> IllegalTransition:
    """A cancellation of an invoice cancelled before, under another request id (the same one is answered)."""
    return IllegalTransition(
        message, (Finding(CANCELLED_RULE, Severity.FATAL, message, "invoice_id", layer="gateway"),)
    )
