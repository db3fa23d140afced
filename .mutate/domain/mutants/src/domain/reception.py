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
from domain.findings import Finding, Severity
from domain.lifecycle import StatusEntry, current_status, is_terminal
from domain.lifecycle import check_outgoing as lifecycle_check_outgoing
from domain.platform import InvalidPlatformRequest, OutgoingStatus
from domain.platform_codes import IOPOLE_LABEL_TO_CDAR, cdar_name


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x__finding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__finding__mutmut)
def _finding(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, layer="lifecycle")


def x__finding__mutmut_orig(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, layer="lifecycle")


def x__finding__mutmut_1(rule: str, message: str, path: str = "XXXX") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, layer="lifecycle")


def x__finding__mutmut_2(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=None, severity=Severity.FATAL, message=message, path=path, layer="lifecycle")


def x__finding__mutmut_3(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=None, message=message, path=path, layer="lifecycle")


def x__finding__mutmut_4(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=None, path=path, layer="lifecycle")


def x__finding__mutmut_5(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=None, layer="lifecycle")


def x__finding__mutmut_6(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, layer=None)


def x__finding__mutmut_7(rule: str, message: str, path: str = "") -> Finding:
    return Finding(severity=Severity.FATAL, message=message, path=path, layer="lifecycle")


def x__finding__mutmut_8(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, message=message, path=path, layer="lifecycle")


def x__finding__mutmut_9(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, path=path, layer="lifecycle")


def x__finding__mutmut_10(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, layer="lifecycle")


def x__finding__mutmut_11(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, )


def x__finding__mutmut_12(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, layer="XXlifecycleXX")


def x__finding__mutmut_13(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule_id=rule, severity=Severity.FATAL, message=message, path=path, layer="LIFECYCLE")

mutants_x__finding__mutmut['_mutmut_orig'] = x__finding__mutmut_orig # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_1'] = x__finding__mutmut_1 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_2'] = x__finding__mutmut_2 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_3'] = x__finding__mutmut_3 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_4'] = x__finding__mutmut_4 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_5'] = x__finding__mutmut_5 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_6'] = x__finding__mutmut_6 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_7'] = x__finding__mutmut_7 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_8'] = x__finding__mutmut_8 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_9'] = x__finding__mutmut_9 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_10'] = x__finding__mutmut_10 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_11'] = x__finding__mutmut_11 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_12'] = x__finding__mutmut_12 # type: ignore # mutmut generated
mutants_x__finding__mutmut['x__finding__mutmut_13'] = x__finding__mutmut_13 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_buyer_status__mutmut)
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


def x_buyer_status__mutmut_orig(
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


def x_buyer_status__mutmut_1(
    label: str, *, reason: str = "XXXX", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
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


def x_buyer_status__mutmut_2(
    label: str, *, reason: str = "", message: str = "XXXX", amount: Decimal | None = None, currency: str = "EUR"
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


def x_buyer_status__mutmut_3(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "XXEURXX"
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


def x_buyer_status__mutmut_4(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "eur"
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


def x_buyer_status__mutmut_5(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = None
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


def x_buyer_status__mutmut_6(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(None, label)
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


def x_buyer_status__mutmut_7(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, None)
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


def x_buyer_status__mutmut_8(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label)
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


def x_buyer_status__mutmut_9(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, )
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


def x_buyer_status__mutmut_10(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code in BUYER_STATUSES.values():
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


def x_buyer_status__mutmut_11(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            None,
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


def x_buyer_status__mutmut_12(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            None,
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


def x_buyer_status__mutmut_13(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
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


def x_buyer_status__mutmut_14(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
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


def x_buyer_status__mutmut_15(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(None)})",
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


def x_buyer_status__mutmut_16(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {'XX, XX'.join(BUYER_STATUSES)})",
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


def x_buyer_status__mutmut_17(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding(None, f"status {label!r} is not sendable by the recipient", "MDT-105"),),
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


def x_buyer_status__mutmut_18(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("BR-FR-CDV-CL-06", None, "MDT-105"),),
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


def x_buyer_status__mutmut_19(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("BR-FR-CDV-CL-06", f"status {label!r} is not sendable by the recipient", None),),
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


def x_buyer_status__mutmut_20(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding(f"status {label!r} is not sendable by the recipient", "MDT-105"),),
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


def x_buyer_status__mutmut_21(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("BR-FR-CDV-CL-06", "MDT-105"),),
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


def x_buyer_status__mutmut_22(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("BR-FR-CDV-CL-06", f"status {label!r} is not sendable by the recipient", ),),
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


def x_buyer_status__mutmut_23(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("XXBR-FR-CDV-CL-06XX", f"status {label!r} is not sendable by the recipient", "MDT-105"),),
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


def x_buyer_status__mutmut_24(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("br-fr-cdv-cl-06", f"status {label!r} is not sendable by the recipient", "MDT-105"),),
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


def x_buyer_status__mutmut_25(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("BR-FR-CDV-CL-06", f"status {label!r} is not sendable by the recipient", "XXMDT-105XX"),),
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


def x_buyer_status__mutmut_26(
    label: str, *, reason: str = "", message: str = "", amount: Decimal | None = None, currency: str = "EUR"
) -> OutgoingStatus:
    """A buyer status by its IOPOLE label (or CDAR code); reasons from BR-FR-CDV-CL-09, amounts as Decimal."""
    code = BUYER_STATUSES.get(label, label)
    if code not in BUYER_STATUSES.values():
        raise IllegalTransition(
            f"{label!r} is not a status a buyer sends (one of {', '.join(BUYER_STATUSES)})",
            (_finding("BR-FR-CDV-CL-06", f"status {label!r} is not sendable by the recipient", "mdt-105"),),
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


def x_buyer_status__mutmut_27(
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
    entry = None
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_28(
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
    entry = StatusEntry(None, datetime.min.replace(tzinfo=UTC), "buyer", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_29(
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
    entry = StatusEntry(code, None, "buyer", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_30(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), None, reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_31(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "buyer", reason_code=None, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_32(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "buyer", reason_code=reason, amount=None)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_33(
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
    entry = StatusEntry(datetime.min.replace(tzinfo=UTC), "buyer", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_34(
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
    entry = StatusEntry(code, "buyer", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_35(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_36(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "buyer", amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_37(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "buyer", reason_code=reason, )
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_38(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=None), "buyer", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_39(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "XXbuyerXX", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_40(
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
    entry = StatusEntry(code, datetime.min.replace(tzinfo=UTC), "BUYER", reason_code=reason, amount=amount)
    broken = lifecycle_check_outgoing(entry)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_41(
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
    broken = None
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_42(
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
    broken = lifecycle_check_outgoing(None)
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_43(
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
        raise IllegalTransition(None, tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_44(
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
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), None)
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_45(
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
        raise IllegalTransition(tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_46(
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
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), )
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_47(
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
        raise IllegalTransition("; ".join(None), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_48(
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
        raise IllegalTransition("XX; XX".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_49(
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
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(None))
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_50(
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
        return OutgoingStatus(code=None, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_51(
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
        return OutgoingStatus(code=code, reason=None, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_52(
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
        return OutgoingStatus(code=code, reason=reason, message=None, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_53(
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
        return OutgoingStatus(code=code, reason=reason, message=message, amount=None, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_54(
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
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=None)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_55(
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
        return OutgoingStatus(reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_56(
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
        return OutgoingStatus(code=code, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_57(
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
        return OutgoingStatus(code=code, reason=reason, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_58(
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
        return OutgoingStatus(code=code, reason=reason, message=message, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_59(
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
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, )
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_60(
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
        raise IllegalTransition(None, (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_61(
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
        raise IllegalTransition(str(exc), None) from exc


def x_buyer_status__mutmut_62(
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
        raise IllegalTransition((_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_63(
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
        raise IllegalTransition(str(exc), ) from exc


def x_buyer_status__mutmut_64(
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
        raise IllegalTransition(str(None), (_finding("BR-FR-CDV", str(exc)),)) from exc


def x_buyer_status__mutmut_65(
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
        raise IllegalTransition(str(exc), (_finding(None, str(exc)),)) from exc


def x_buyer_status__mutmut_66(
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
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", None),)) from exc


def x_buyer_status__mutmut_67(
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
        raise IllegalTransition(str(exc), (_finding(str(exc)),)) from exc


def x_buyer_status__mutmut_68(
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
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", ),)) from exc


def x_buyer_status__mutmut_69(
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
        raise IllegalTransition(str(exc), (_finding("XXBR-FR-CDVXX", str(exc)),)) from exc


def x_buyer_status__mutmut_70(
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
        raise IllegalTransition(str(exc), (_finding("br-fr-cdv", str(exc)),)) from exc


def x_buyer_status__mutmut_71(
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
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(None)),)) from exc

mutants_x_buyer_status__mutmut['_mutmut_orig'] = x_buyer_status__mutmut_orig # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_1'] = x_buyer_status__mutmut_1 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_2'] = x_buyer_status__mutmut_2 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_3'] = x_buyer_status__mutmut_3 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_4'] = x_buyer_status__mutmut_4 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_5'] = x_buyer_status__mutmut_5 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_6'] = x_buyer_status__mutmut_6 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_7'] = x_buyer_status__mutmut_7 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_8'] = x_buyer_status__mutmut_8 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_9'] = x_buyer_status__mutmut_9 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_10'] = x_buyer_status__mutmut_10 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_11'] = x_buyer_status__mutmut_11 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_12'] = x_buyer_status__mutmut_12 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_13'] = x_buyer_status__mutmut_13 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_14'] = x_buyer_status__mutmut_14 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_15'] = x_buyer_status__mutmut_15 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_16'] = x_buyer_status__mutmut_16 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_17'] = x_buyer_status__mutmut_17 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_18'] = x_buyer_status__mutmut_18 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_19'] = x_buyer_status__mutmut_19 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_20'] = x_buyer_status__mutmut_20 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_21'] = x_buyer_status__mutmut_21 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_22'] = x_buyer_status__mutmut_22 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_23'] = x_buyer_status__mutmut_23 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_24'] = x_buyer_status__mutmut_24 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_25'] = x_buyer_status__mutmut_25 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_26'] = x_buyer_status__mutmut_26 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_27'] = x_buyer_status__mutmut_27 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_28'] = x_buyer_status__mutmut_28 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_29'] = x_buyer_status__mutmut_29 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_30'] = x_buyer_status__mutmut_30 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_31'] = x_buyer_status__mutmut_31 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_32'] = x_buyer_status__mutmut_32 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_33'] = x_buyer_status__mutmut_33 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_34'] = x_buyer_status__mutmut_34 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_35'] = x_buyer_status__mutmut_35 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_36'] = x_buyer_status__mutmut_36 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_37'] = x_buyer_status__mutmut_37 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_38'] = x_buyer_status__mutmut_38 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_39'] = x_buyer_status__mutmut_39 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_40'] = x_buyer_status__mutmut_40 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_41'] = x_buyer_status__mutmut_41 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_42'] = x_buyer_status__mutmut_42 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_43'] = x_buyer_status__mutmut_43 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_44'] = x_buyer_status__mutmut_44 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_45'] = x_buyer_status__mutmut_45 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_46'] = x_buyer_status__mutmut_46 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_47'] = x_buyer_status__mutmut_47 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_48'] = x_buyer_status__mutmut_48 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_49'] = x_buyer_status__mutmut_49 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_50'] = x_buyer_status__mutmut_50 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_51'] = x_buyer_status__mutmut_51 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_52'] = x_buyer_status__mutmut_52 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_53'] = x_buyer_status__mutmut_53 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_54'] = x_buyer_status__mutmut_54 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_55'] = x_buyer_status__mutmut_55 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_56'] = x_buyer_status__mutmut_56 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_57'] = x_buyer_status__mutmut_57 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_58'] = x_buyer_status__mutmut_58 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_59'] = x_buyer_status__mutmut_59 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_60'] = x_buyer_status__mutmut_60 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_61'] = x_buyer_status__mutmut_61 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_62'] = x_buyer_status__mutmut_62 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_63'] = x_buyer_status__mutmut_63 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_64'] = x_buyer_status__mutmut_64 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_65'] = x_buyer_status__mutmut_65 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_66'] = x_buyer_status__mutmut_66 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_67'] = x_buyer_status__mutmut_67 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_68'] = x_buyer_status__mutmut_68 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_69'] = x_buyer_status__mutmut_69 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_70'] = x_buyer_status__mutmut_70 # type: ignore # mutmut generated
mutants_x_buyer_status__mutmut['x_buyer_status__mutmut_71'] = x_buyer_status__mutmut_71 # type: ignore # mutmut generated


# --- lifecycle over stored status points -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusPoint:
    code: str
    at: datetime
mutants_x_current_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_current_code__mutmut)
def current_code(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "platform") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_orig(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "platform") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_1(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = None
    return current.code if current else ""


def x_current_code__mutmut_2(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(None)
    return current.code if current else ""


def x_current_code__mutmut_3(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(None))
    return current.code if current else ""


def x_current_code__mutmut_4(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(None, p.at, "platform") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_5(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, None, "platform") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_6(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, None) for p in history))
    return current.code if current else ""


def x_current_code__mutmut_7(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.at, "platform") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_8(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, "platform") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_9(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, ) for p in history))
    return current.code if current else ""


def x_current_code__mutmut_10(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "XXplatformXX") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_11(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "PLATFORM") for p in history))
    return current.code if current else ""


def x_current_code__mutmut_12(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "platform") for p in history))
    return current.code if (current) and False else ""


def x_current_code__mutmut_13(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "platform") for p in history))
    return current.code if (current) or True else ""


def x_current_code__mutmut_14(history: Sequence[StatusPoint]) -> str:
    """The current status following the lifecycle, not the arrival order (domain.lifecycle.current_status)."""
    current = current_status(tuple(StatusEntry(p.code, p.at, "platform") for p in history))
    return current.code if current else "XXXX"

mutants_x_current_code__mutmut['_mutmut_orig'] = x_current_code__mutmut_orig # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_1'] = x_current_code__mutmut_1 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_2'] = x_current_code__mutmut_2 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_3'] = x_current_code__mutmut_3 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_4'] = x_current_code__mutmut_4 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_5'] = x_current_code__mutmut_5 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_6'] = x_current_code__mutmut_6 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_7'] = x_current_code__mutmut_7 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_8'] = x_current_code__mutmut_8 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_9'] = x_current_code__mutmut_9 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_10'] = x_current_code__mutmut_10 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_11'] = x_current_code__mutmut_11 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_12'] = x_current_code__mutmut_12 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_13'] = x_current_code__mutmut_13 # type: ignore # mutmut generated
mutants_x_current_code__mutmut['x_current_code__mutmut_14'] = x_current_code__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_outgoing__mutmut)
def check_outgoing(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_orig(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_1(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = None
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_2(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(None)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_3(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(None):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_4(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            None,
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_5(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            None,
        )


def x_check_outgoing__mutmut_6(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_7(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            )


def x_check_outgoing__mutmut_8(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(None)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_9(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(None)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_10(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding(None, f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_11(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", None, "MDT-105"),),
        )


def x_check_outgoing__mutmut_12(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", None),),
        )


def x_check_outgoing__mutmut_13(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding(f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_14(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", "MDT-105"),),
        )


def x_check_outgoing__mutmut_15(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", ),),
        )


def x_check_outgoing__mutmut_16(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("XXLIFECYCLEXX", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_17(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("lifecycle", f"the invoice is already {cdar_name(current)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_18(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(None)}", "MDT-105"),),
        )


def x_check_outgoing__mutmut_19(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "XXMDT-105XX"),),
        )


def x_check_outgoing__mutmut_20(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    """No status may follow a terminal one (refused, rejected, cancelled, inadmissible)."""
    current = current_code(history)
    if is_terminal(current):
        raise IllegalTransition(
            f"status {status.code} ({cdar_name(status.code)}) cannot follow the final status "
            f"{current} ({cdar_name(current)})",
            (_finding("LIFECYCLE", f"the invoice is already {cdar_name(current)}", "mdt-105"),),
        )

mutants_x_check_outgoing__mutmut['_mutmut_orig'] = x_check_outgoing__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_1'] = x_check_outgoing__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_2'] = x_check_outgoing__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_3'] = x_check_outgoing__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_4'] = x_check_outgoing__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_5'] = x_check_outgoing__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_6'] = x_check_outgoing__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_7'] = x_check_outgoing__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_8'] = x_check_outgoing__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_9'] = x_check_outgoing__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_10'] = x_check_outgoing__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_11'] = x_check_outgoing__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_12'] = x_check_outgoing__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_13'] = x_check_outgoing__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_14'] = x_check_outgoing__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_15'] = x_check_outgoing__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_16'] = x_check_outgoing__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_17'] = x_check_outgoing__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_18'] = x_check_outgoing__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_19'] = x_check_outgoing__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_20'] = x_check_outgoing__mutmut_20 # type: ignore # mutmut generated


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
    invoice: object | None = None  # domain.invoice.Invoice when the document could be read
    lifecycle_code: str = ""
    number: str = ""
    seller_siren: str = ""
    seller_name: str = ""
mutants_x_siren_of_address__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_siren_of_address__mutmut)
def siren_of_address(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_orig(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_1(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = None
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_2(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(None)
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_3(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().rpartition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_4(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition("XX:XX")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_5(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_6(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = None
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_7(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, "XXXX"
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_8(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = None
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_9(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:10]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_10(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 and not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_11(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") and len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_12(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_13(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("XXXX", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_14(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "XX0225XX", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_15(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "XX0002XX", "0009") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_16(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "XX0009XX") or len(digits) != 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_17(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) == 9 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_18(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 10 or not digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_19(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or digits.isdigit():
        return ""
    return digits


def x_siren_of_address__mutmut_20(address: str) -> str:
    """`0225:<SIREN>[...]` or `0002:<SIREN>` (scheme:value) → the SIREN; "" when there is none to read."""
    scheme, _, value = address.strip().partition(":")
    if not value:
        value, scheme = scheme, ""
    digits = value.strip()[:9]
    if scheme not in ("", "0225", "0002", "0009") or len(digits) != 9 or not digits.isdigit():
        return "XXXX"
    return digits

mutants_x_siren_of_address__mutmut['_mutmut_orig'] = x_siren_of_address__mutmut_orig # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_1'] = x_siren_of_address__mutmut_1 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_2'] = x_siren_of_address__mutmut_2 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_3'] = x_siren_of_address__mutmut_3 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_4'] = x_siren_of_address__mutmut_4 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_5'] = x_siren_of_address__mutmut_5 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_6'] = x_siren_of_address__mutmut_6 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_7'] = x_siren_of_address__mutmut_7 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_8'] = x_siren_of_address__mutmut_8 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_9'] = x_siren_of_address__mutmut_9 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_10'] = x_siren_of_address__mutmut_10 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_11'] = x_siren_of_address__mutmut_11 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_12'] = x_siren_of_address__mutmut_12 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_13'] = x_siren_of_address__mutmut_13 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_14'] = x_siren_of_address__mutmut_14 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_15'] = x_siren_of_address__mutmut_15 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_16'] = x_siren_of_address__mutmut_16 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_17'] = x_siren_of_address__mutmut_17 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_18'] = x_siren_of_address__mutmut_18 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_19'] = x_siren_of_address__mutmut_19 # type: ignore # mutmut generated
mutants_x_siren_of_address__mutmut['x_siren_of_address__mutmut_20'] = x_siren_of_address__mutmut_20 # type: ignore # mutmut generated
