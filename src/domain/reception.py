"""Reception: deliveries from a platform (webhook or poll), invoices we receive, and the statuses we send as buyer.

Pure values and rules. The lifecycle ordering here is an interim bridge until `domain.lifecycle` (branch `rules`)
lands: it answers the same two questions (which status is current, may this one be sent) and nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Final

from domain.errors import IllegalTransition
from domain.findings import Finding, Severity
from domain.lifecycle import REASON_REQUIRED
from domain.platform import InvalidPlatformRequest, OutgoingStatus
from domain.platform_codes import IOPOLE_LABEL_TO_CDAR, cdar_name

# Terminal outcomes of the transmission phase (were domain.platform_codes.TERMINAL_REJECTIONS before the
# lifecycle moved to domain.lifecycle).
TERMINAL_REJECTIONS: Final = frozenset({"213", "221", "501"})


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

# BR-FR-CDV-CL-09: the closed list of status reason codes (FNFE-MPE BR-FR-CDV schematron).
STATUS_REASON_CODES: Final = frozenset(
    """RETRAIT_MAN_SERV ST_CT_NON_DECLAR SUPPR_COMP_AVOIR TRANSF_PMNT_REGIE CONTACT_ACHTR NON_TRANSMISE JUSTIF_ABS
    ROUTAGE_ERR AUTRE COORD_BANC_ERR TX_TVA_ERR MONTANTTOTAL_ERR CALCUL_ERR NON_CONFORME DOUBLON DEST_INC DEST_ERR
    TRANSAC_INC EMMET_INC CONTRAT_TERM DOUBLE_FACT CMD_ERR ADR_ERR SIRET_ERR CODE_ROUTAGE_ERR REF_CT_ABSENT REF_ERR
    PU_ERR REM_ERR QTE_ERR ART_ERR MODPAI_ERR QUALITE_ERR LIVR_INCOMP REJ_SEMAN REJ_UNI REJ_COH REJ_ADR REJ_CONT_B2G
    REJ_REF_PJ REJ_ASS_PJ IRR_VIDE_F IRR_TYPE_F IRR_SYNTAX IRR_TAILLE_PJ IRR_NOM_PJ IRR_VID_PJ IRR_EXT_DOC
    IRR_TAILLE_F IRR_ANTIVIRUS IRR_NOM_F""".split()
)

_AMOUNT_STATUSES: Final = frozenset({"211", "212"})


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
    if reason and reason not in STATUS_REASON_CODES:
        raise IllegalTransition(
            f"BR-FR-CDV-CL-09: reason code {reason!r} is not in the closed list of status reasons (MDT-113)",
            (_finding("BR-FR-CDV-CL-09", f"reason {reason!r} is not an allowed status reason", "MDT-113"),),
        )
    if code in REASON_REQUIRED and not reason:
        raise IllegalTransition(
            f"BR-FR-CDV-15: status {code} ({cdar_name(code)}) needs a reason code (MDT-113)",
            (_finding("BR-FR-CDV-15", f"status {code} needs a reason code", "MDT-113"),),
        )
    if code in _AMOUNT_STATUSES and amount is None:
        raise IllegalTransition(
            f"BR-FR-CDV-14: status {code} ({cdar_name(code)}) needs the amount paid (MDT-215)",
            (_finding("BR-FR-CDV-14", f"status {code} needs an amount", "MDT-215"),),
        )
    try:
        return OutgoingStatus(code=code, reason=reason, message=message, amount=amount, currency=currency)
    except InvalidPlatformRequest as exc:
        raise IllegalTransition(str(exc), (_finding("BR-FR-CDV", str(exc)),)) from exc


# --- lifecycle ordering (interim bridge, see module docstring) ----------------------------------------------------

_FLOW: Final = ("200", "201", "202", "203", "204", "205", "206", "207", "208", "209", "211", "212")
_FINAL: Final = frozenset({"210", *TERMINAL_REJECTIONS})


@dataclass(frozen=True, slots=True)
class StatusPoint:
    code: str
    at: datetime


def _rank(point: StatusPoint) -> tuple[int, datetime]:
    if point.code in _FINAL:
        return len(_FLOW) + 1, point.at
    # Unknown codes are kept in the history but never become the current status.
    return (_FLOW.index(point.code) if point.code in _FLOW else -1), point.at


def current_code(history: Sequence[StatusPoint]) -> str:
    """The current status follows the lifecycle, not the arrival order; a refusal/rejection is final."""
    known = [p for p in history if p.code in _FLOW or p.code in _FINAL]
    return max(known, key=_rank).code if known else ""


def check_outgoing(history: Sequence[StatusPoint], status: OutgoingStatus) -> None:
    current = current_code(history)
    if current in _FINAL:
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
    invoice: object | None = None  # domain.invoice.Invoice when the document could be read
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
