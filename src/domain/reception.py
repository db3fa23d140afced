"""Reception: deliveries from a platform (webhook or poll), invoices we receive, and the statuses we send as buyer.

Pure values and rules. The lifecycle itself (which status is current, which may be sent, with which reason) is
`domain.lifecycle`'s; this module only adapts it to stored status points and buyer labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Final

from domain.errors import IllegalTransition
from domain.findings import Conclusion, Finding, LayerVerdict, Severity
from domain.invoice import Invoice
from domain.lifecycle import StatusEntry, current_status, is_terminal
from domain.lifecycle import check_outgoing as lifecycle_check_outgoing
from domain.platform import InvalidPlatformRequest, OutgoingStatus
from domain.platform_codes import IOPOLE_LABEL_TO_CDAR, cdar_name


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


@dataclass(frozen=True, slots=True)
class StoredDelivery:
    id: int
    platform: str
    source: str
    kind: DeliveryKind
    dedup_key: str
    body: bytes = field(repr=False)
    content_type: str
    headers: dict[str, str]
    note: str
    state: DeliveryState
    attempts: int
    received_at: datetime
    company_siren: str = ""
    result: str = ""
    last_error: str = ""


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


def _finding(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, layer="lifecycle")


def buyer_status(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("BR-FR-CDV-CL-06", f"status {label!r} is not sendable by the recipient", "MDT-105"),),
        )
    # the closed reason lists, reasons required and amounts come from the lifecycle rules; `at` is not checked
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "buyer", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


# --- lifecycle over stored status points -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusPoint:
    code: str
    at: datetime


def current_code(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "platform") for p in history))
    return current.code if current else ""


def check_outgoing(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


# --- invoices we receive ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ReceivedInvoice:
    """An invoice addressed to one of our companies, stored with its original bytes and validation report."""

    id: str
    company_siren: str
    platform: str
    platform_invoice_id: str
    document: bytes = field(repr=False)
    media_type: str
    document_sha256: str
    received_at: datetime
    sender_accept_status: str = ""
    target_address: str = ""
    filename: str = ""
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


def siren_of_address(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits
