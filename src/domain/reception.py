"""Reception: deliveries from a platform (webhook or poll), invoices we receive, and the statuses we send as buyer.

Pure values and rules. The lifecycle itself (which status is current, which may be sent, with which reason) is
`domain.lifecycle`'s; this module only adapts it to stored status points and buyer labels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from domain.document_file import DocumentFile
from domain.errors import IllegalTransition
from domain.findings import Conclusion, Finding, LayerVerdict, Severity
from domain.invoice import Invoice
from domain.lifecycle import STATUSES, StatusEntry, current_status, is_terminal, lifecycle_finding
from domain.lifecycle import check_outgoing as lifecycle_check_outgoing
from domain.money import EUR
from domain.outage import Outage
from domain.payments import PaymentRefused
from domain.platform import InvalidPlatformRequest, OutgoingStatus, PlatformStatus
from domain.platform_codes import IOPOLE_LABEL_TO_CDAR, cdar_name
from domain.reporting.calendar import period_text

# A received invoice or credit note whose lifecycle ended (refused 210, rejected 213, cancelled 220, inadmissible 501)
# is owed by nobody: a credit note so ended credits nothing, an invoice so ended takes no credit (books_credit).
NOT_CREDITING_CODES: Final = frozenset(code for code in STATUSES if is_terminal(code))


class DeliveryKind(StrEnum):
    INVOICE = "invoice"
    STATUS = "status"
    FLOW = "flow"  # AFNOR XP Z12-013 Flow metadata
    EVENT = "event"
    UNKNOWN = "unknown"


class DeliveryState(StrEnum):
    PENDING = "PENDING"
    DONE = "DONE"
    PARKED = "PARKED"  # nobody to route it to (yet): visible, replayable
    UNPROCESSABLE = "UNPROCESSABLE"  # the payload cannot be understood: visible, replayable after a fix


@dataclass(frozen=True, slots=True)
class Delivery:
    """One delivery as it arrived: the raw body and the headers we act on (never a signature or secret)."""

    platform: str
    source: str  # webhook | poll
    kind: DeliveryKind
    dedup_key: str
    body: bytes = field(repr=False)
    content_type: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    note: str = ""
    # The platform ids it and its copies named in a field their platform does not sign (an IOPOLE invoiceId), its own
    # first: the decoder keeps those the platform confirms (DeliveryStore.named_again adds a copy's)
    claimed_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    """What processing made of a delivery, stored with its mark: DONE, PARKED or UNPROCESSABLE, the company it
    was routed to (the SIREN it could read), what it did and why it could not."""

    state: DeliveryState
    company_siren: str = ""
    result: str = ""
    error: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredDelivery(Delivery):
    """A delivery as the inbox keeps it: the delivery as it arrived, with its id and where its processing stands
    (state, attempts, what the last attempt did or why it failed, and the platform outage it waits through)."""

    id: int
    state: DeliveryState
    attempts: int
    received_at: datetime
    company_siren: str = ""
    result: str = ""
    last_error: str = ""
    outage: Outage | None = None  # the platform outage its processing waits through (domain.outage)
    # The company's own number for it, given once it is parked for a company: the id its key lists and replays it by
    # (the inbox's id, drawn for every company's deliveries, would tell the others' volume)
    number: int | None = None


# --- statuses we send as the buyer -------------------------------------------------------------------------------

BUYER_STATUSES: Final = {
    label: IOPOLE_LABEL_TO_CDAR[label]
    for label in (
        "IN_HAND",
        "APPROVED",
        "PARTIALLY_APPROVED",
        "DISPUTED",
        "SUSPENDED",
        "COMPLETED",
        "REFUSED",
        "PAYMENT_SENT",
    )
}


def buyer_status(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = EUR
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (lifecycle_finding("BR-FR-CDV-CL-06", f"status {label!r} is not sendable by the recipient"),),
        )
    # the closed reason lists, reasons required and amounts come from the lifecycle rules; `at` is not checked
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "buyer", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (lifecycle_finding("BR-FR-CDV", str(exc), path=""),)) from exc


# --- lifecycle over stored status points -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusPoint:
    code: str
    at: datetime


def current_code(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "platform") for p in history))
    return current.code if current else ""


# --- invoices we receive ------------------------------------------------------------------------------------------


class ReceivedEventKind(StrEnum):
    """What happened to a received invoice; the values are the stored `received_invoice_events.kind` texts (API:
    never rename one), and the audit log names each `received_invoice.<kind in lower case>`."""

    RECEIVED = "RECEIVED"  # stored, with the verdict of its validation
    STATUS = "STATUS"  # a lifecycle status from the platform
    STATUS_QUEUED = "STATUS_QUEUED"  # a status of the buyer's, queued for the platform
    PAYMENT = "PAYMENT"  # money the buyer sent (or a reversal)


# The event's `state` column: whether the invoice was found valid when it was received, then ACCEPTED for every
# later move (stored texts).
ACCEPTED: Final = "ACCEPTED"
INVALID: Final = "INVALID"
# A warning on an invoice delivered again under a new platform id (ReceivedInvoice.mark_copy_of).
RULE_COPY: Final = "PDP-RECEIVED-COPY"


@dataclass(frozen=True, slots=True)
class ReceivedInvoiceEvent:
    """One move of a received invoice, returned by the method that made it and written with the next save."""

    kind: ReceivedEventKind
    at: datetime
    state: str = ACCEPTED
    status_code: str = ""
    detail: str = ""
    findings: tuple[Finding, ...] = ()
    # What its audit entry records beyond the history's text (a payment's amounts): the event's one entry holds
    # them, as domain.audit_trail does for our invoices.
    facts: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def audit_action(self) -> str:
        return f"received_invoice.{self.kind.value.lower()}"


class IllegalReceivedTransition(IllegalTransition):
    """A move the received invoice's lifecycle does not allow. The message names the rule in the buyer's words
    (it reaches the API as is); the invoice, the move and the current status are attributes."""

    def __init__(
        self,
        invoice_id: str,
        kind: ReceivedEventKind,
        code: str,
        message: str,
        findings: tuple[Finding, ...] = (),
    ) -> None:
        super().__init__(message, findings)
        self.invoice_id, self.kind, self.code = invoice_id, kind, code


@dataclass(slots=True)
class ReceivedInvoice:
    """An invoice addressed to one of our companies, stored with its original bytes and validation report.

    Its lifecycle is its status history (`statuses`: the platform's and the ones we queued as the buyer); the
    current status (`lifecycle_code`) follows domain.lifecycle, never the arrival order. It moves only through
    its methods: `receive` (a new invoice), `platform_status`, `queue_status`, `record_payment`. Each checks the
    move, records one event (pending in `events` until a repository saves it) and returns it; an illegal one
    raises and changes nothing. A repository reading it back sets `statuses` and leaves `events` empty.

    `document` is the file as the platform delivered it (bytes, media type, name, sha256); a summary read (a list,
    a status move) leaves its content empty and keeps the rest."""

    id: str
    company_siren: str
    platform: str
    platform_invoice_id: str
    document: DocumentFile
    received_at: datetime
    sender_accept_status: str = ""
    target_address: str = ""
    syntax: str = ""
    profile: str = ""
    valid: bool = False
    findings: tuple[Finding, ...] = ()
    report_complete: bool = True
    report_errors: tuple[str, ...] = ()
    artifacts: tuple[tuple[str, str], ...] = ()
    # Per layer and per rule set (EN 16931, French reform); None for an invoice received before they were recorded.
    layers: tuple[LayerVerdict, ...] | None = ()
    conclusions: tuple[Conclusion, ...] | None = ()
    invoice: Invoice | None = None  # when the document could be read
    lifecycle_code: str = ""
    number: str = ""
    seller_siren: str = ""
    seller_name: str = ""
    statuses: tuple[StatusPoint, ...] = ()
    events: list[ReceivedInvoiceEvent] = field(default_factory=list)
    # The id of an invoice received before with the same identity (`identity`): this one is another delivery of it
    copy_of: str = ""

    @classmethod
    def receive(cls, *, at: datetime, **fields: Any) -> ReceivedInvoice:
        """A new received invoice (its fields as stored), with the RECEIVED event: ACCEPTED when its validation
        found it valid, else INVALID, with its fatal findings."""
        fields.setdefault("received_at", at)
        invoice = cls(**fields)
        if invoice.statuses or invoice.lifecycle_code or invoice.events:
            raise IllegalReceivedTransition(
                invoice.id,
                ReceivedEventKind.RECEIVED,
                invoice.lifecycle_code,
                f"received invoice {invoice.id}: a new invoice has no history",
            )
        detail = f"{invoice.syntax or 'unknown format'} {invoice.number}".strip()
        invoice._record(
            ReceivedInvoiceEvent(
                ReceivedEventKind.RECEIVED,
                at,
                ACCEPTED if invoice.valid else INVALID,
                detail=detail,
                findings=tuple(f for f in invoice.findings if f.is_fatal),
            )
        )
        return invoice

    @property
    def identity(self) -> tuple[str, str, str, int] | None:
        """What makes two deliveries one invoice: its seller, number (BT-1), type (BT-3) and year of issue (a
        number is unique per seller and year); None when the document could not be read or names no seller."""
        parsed = self.invoice
        if parsed is None or not self.seller_siren or not self.number:
            return None
        return self.seller_siren, self.number, parsed.type_code.value, parsed.issue_date.year

    def mark_copy_of(self, first_id: str) -> None:
        """Another delivery of the invoice received as `first_id`, under a new platform id: kept (the platform says
        it is another invoice), with a warning naming the first, so the buyer answers 210 DOUBLON knowingly. Before
        it is stored: the warning is part of what was received."""
        self.copy_of = first_id
        self.findings = (
            *self.findings,
            Finding(
                RULE_COPY,
                Severity.WARNING,
                f"the same invoice (seller {self.seller_siren}, number {self.number}, same type and year) was"
                f" received before as {first_id}: if this is a second copy, refuse it (210, reason DOUBLON)",
                "BT-1",
                layer="reception",
            ),
        )

    def lands_in_declared(self, periods: Sequence[tuple[date, date]]) -> None:
        """A purchase from abroad received after its period's transactions declaration was sent is missing from it:
        its RECEIVED event names each declaration to rectify (RE), in its history and its audit entry, as a late
        sale's SUBMITTED event does. Before it is stored."""
        if not periods:
            return
        named = [period_text(p) for p in periods]
        [received] = [e for e in self.events if e.kind is ReceivedEventKind.RECEIVED]
        noted = replace(
            received,
            detail=f"{received.detail}; rectify the transactions declaration of {', '.join(named)} (RE)",
            facts={**received.facts, "to_rectify": named},
        )
        self.events[self.events.index(received)] = noted

    @property
    def final(self) -> bool:
        """A terminal status is current (refused, rejected, cancelled, inadmissible): the buyer's part is over."""
        return is_terminal(self.lifecycle_code)

    def allows(self, kind: ReceivedEventKind) -> bool:
        """Whether the lifecycle lets this kind of move happen now (the move's own checks aside)."""
        return kind not in _CLOSED_BY_FINAL or not self.final

    def platform_status(self, status: PlatformStatus, at: datetime) -> ReceivedInvoiceEvent:
        """A status the platform reported: always recorded (the platform's word is a fact, even after a final
        status); the current status follows the lifecycle, so a late or older one does not displace it."""
        self._moved(status.code, status.at)
        detail = f"{status.label or status.raw_code} {status.reason}".strip()
        return self._record(
            ReceivedInvoiceEvent(
                ReceivedEventKind.STATUS, at, status_code=status.code, detail=detail, findings=status.findings
            )
        )

    def check_status(self, status: OutgoingStatus) -> None:
        """No buyer status may follow a final status (IllegalReceivedTransition naming the rule); checked by
        `queue_status`, and by a use case before it compares the invoice with the books."""
        if self.final:
            current = self.lifecycle_code
            raise IllegalReceivedTransition(
                self.id,
                ReceivedEventKind.STATUS_QUEUED,
                current,
                f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
                f"{current} ({cdar_name(current)})",
                (lifecycle_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}"),),
            )

    def queue_status(self, status: OutgoingStatus, at: datetime, *, detail: str = "") -> ReceivedInvoiceEvent:
        """A buyer status checked (buyer_status) and about to be queued for the platform (check_status): it
        counts in the lifecycle from `at`."""
        self.check_status(status)
        self._moved(status.code, at)
        return self._record(
            ReceivedInvoiceEvent(ReceivedEventKind.STATUS_QUEUED, at, status_code=status.code, detail=detail)
        )

    def check_payable(self) -> None:
        """A final invoice is not paid (PaymentRefused PAY-NOT-PAYABLE): checked before the books are touched."""
        if self.final:
            current = self.lifecycle_code
            raise PaymentRefused(
                f"PAY-NOT-PAYABLE: the invoice is {current} ({cdar_name(current)}): it is not paid",
                (
                    Finding(
                        "PAY-NOT-PAYABLE",
                        Severity.FATAL,
                        f"the invoice is already {cdar_name(current)}",
                        "invoice_id",
                        layer="payments",
                    ),
                ),
            )

    def record_payment(self, at: datetime, *, detail: str, facts: Mapping[str, Any]) -> ReceivedInvoiceEvent:
        """A payment (or reversal) of ours recorded in the books: refused on a final invoice (check_payable). Its
        audit entry holds the payment's `facts`."""
        self.check_payable()
        return self._record(
            ReceivedInvoiceEvent(ReceivedEventKind.PAYMENT, at, detail=detail, facts=dict(facts))
        )

    def _moved(self, code: str, at: datetime) -> None:
        self.statuses = (*self.statuses, StatusPoint(code, at))
        self.lifecycle_code = current_code(self.statuses)

    def _record(self, event: ReceivedInvoiceEvent) -> ReceivedInvoiceEvent:
        self.events.append(event)
        return event


# The moves a final status closes; a platform status is recorded whatever the current one.
_CLOSED_BY_FINAL: Final = frozenset({ReceivedEventKind.STATUS_QUEUED, ReceivedEventKind.PAYMENT})
