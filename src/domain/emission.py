"""The outbound invoice aggregate: an invoice we issue, from submission until the platform's last status.

`Invoice` (domain.invoice) is the EN 16931 content; `OutboundInvoice` wraps it with what the gateway knows:
the owning company, the client's request id, where it is in our processing pipeline, and the platform
lifecycle. The aggregate records events (for the outbox and the event stream) and bumps `version` on every
change so that concurrent writers are detected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from domain.errors import IllegalTransition, InvoiceLocked, RequestRejected
from domain.findings import Finding, Severity
from domain.invoice import Invoice


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
    def cancellable(self) -> bool:
        """Never deposited on the platform nor issued outside it: voiding it leaves no trace to correct."""
        return self in _CANCELLABLE


_CANCELLABLE = frozenset(
    (ProcessingState.ACCEPTED, ProcessingState.READY, ProcessingState.INVALID, ProcessingState.FAILED)
)

CANCEL_RULE = "PDP-CANCEL-DEPOSITED"
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


@dataclass(frozen=True, slots=True)
class InvoiceEvent:
    """Something that happened to an invoice: kept in its history and streamed to watchers."""

    kind: str  # e.g. "SUBMITTED", "VALIDATED", "INVALID", "SENT", "STATUS", "FAILED", "OUTCOME_UNKNOWN"
    at: datetime
    state: ProcessingState
    status_code: str = ""  # CDAR lifecycle code for STATUS events ("200", "213", ...)
    detail: str = ""
    findings: tuple[Finding, ...] = ()


@dataclass(slots=True)
class OutboundInvoice:
    """An invoice issued by `company_siren`, submitted under the client's `request_id`."""

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

    def cancel(self, reason: str, at: datetime, *, may_be_on_platform: bool) -> InvoiceEvent:
        """Void an invoice that never reached the platform: CANCELLED, with its reason; the number is free again.

        Once the platform may have it (an upload was attempted with an unknown outcome, or it was deposited) or
        it was issued outside the platform (NOT_TRANSMITTED: B2C, international, reported in e-reporting), the
        invoice exists for the buyer or the tax authority: only a credit note or a corrective invoice undoes it.
        """
        text = checked_cancel_reason(reason)
        if self.state is ProcessingState.CANCELLED:
            raise IllegalTransition(f"invoice {self.number!r} is already cancelled")
        if may_be_on_platform or self.platform_id or self.lifecycle_code or not self.state.cancellable:
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
        cancelled = InvoiceEvent("CANCELLED", at, ProcessingState.CANCELLED, detail=text)
        self.record(cancelled)
        return cancelled

    def record(self, event: InvoiceEvent) -> None:
        self.state = event.state
        self.version += 1
        self.events.append(event)
