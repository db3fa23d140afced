"""The invoice lifecycle (CDAR statuses, MDT-105) as an event log.

Statuses arrive from the platform, the buyer or the seller, in any order and sometimes twice. We keep every
entry (unknown codes included: the set is open) and derive the current status from the lifecycle, not from
arrival order (XP Z12-014 Annex B §1.2):
1. a terminal status (210 refused, 213 rejected, 220 cancelled, 501 inadmissible) stays current; among several,
   the latest `at` wins;
2. otherwise the latest processing status (204–212, 214, 221, 224–228) by `at`: an invoice may be paid, then
   disputed;
3. otherwise the furthest transmission status (200 < 201 < 202 < 203), so 203 arriving before 202 stays current.

Statuses we send (`check_outgoing`) are the buyer/seller processing statuses 204–212, and the seller's 220 (Annulée)
closing an invoice a corrective invoice replaced (XP Z12-014 Annexe B UC4b_05: "issued by the SELLER to terminate
the life cycle of this invoice replaced by the corrected invoice"; its use case checks the replacement); the rules
come from the CDAR schematron (FNFE-MPE V1.4.0, `BR-FR-CDV-Schematron-CDAR.sch`):
- BR-FR-CDV-15_MDT-113: 206, 207, 208, 210 need a reason code (213 and 501 too, but only platforms send them);
- BR-FR-CDV-CL-09_MDT-113: the reason code belongs to the closed list, and BR-FR-CDV-CL-09_MDT-113_<code> to the
  list of its status (B2B lists; the B2G refusal list applies only to Chorus Pro);
- BR-FR-CDV-14_MDT-207: 212 (payment received) carries an amount and a VAT rate.
Our own: PDP-STATUS-NOT-SENDABLE (a code we may not send), PDP-STATUS-SOURCE (we send as buyer or seller, never
as the platform), PDP-STATUS-AMOUNT (211, payment sent, carries the amount paid; a 211 or 212 of zero reports no payment).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, NamedTuple

from domain.findings import Finding, Severity

Source = Literal["platform", "buyer", "seller"]


class StatusInfo(NamedTuple):
    code: str
    name_fr: str
    name_en: str
    phase: str  # "transmission", "processing" or "terminal"


STATUSES: dict[str, StatusInfo] = {
    s.code: s
    for s in (
        StatusInfo("200", "Déposée", "Submitted", "transmission"),
        StatusInfo("201", "Émise par la plateforme", "Issued", "transmission"),
        StatusInfo("202", "Reçue par la plateforme", "Received", "transmission"),
        StatusInfo("203", "Mise à disposition", "Made available", "transmission"),
        StatusInfo("204", "Prise en charge", "In hand", "processing"),
        StatusInfo("205", "Approuvée", "Approved", "processing"),
        StatusInfo("206", "Approuvée partiellement", "Partially approved", "processing"),
        StatusInfo("207", "En litige", "Disputed", "processing"),
        StatusInfo("208", "Suspendue", "Suspended", "processing"),
        StatusInfo("209", "Complétée", "Completed", "processing"),
        StatusInfo("210", "Refusée", "Refused", "terminal"),
        StatusInfo("211", "Paiement transmis", "Payment sent", "processing"),
        StatusInfo("212", "Encaissée", "Payment received", "processing"),
        StatusInfo("213", "Rejetée", "Rejected", "terminal"),
        StatusInfo("214", "Visée", "Endorsed", "processing"),
        StatusInfo("220", "Annulée", "Cancelled", "terminal"),
        StatusInfo("221", "Erreur de routage", "Routing error", "processing"),
        StatusInfo("224", "Demande de paiement direct", "Direct payment requested", "processing"),
        StatusInfo("225", "Affacturée", "Factored", "processing"),
        StatusInfo("226", "Affacturée confidentielle", "Factored (confidential)", "processing"),
        StatusInfo("227", "Changement de compte à payer", "Payable account changed", "processing"),
        StatusInfo("228", "Non affacturée", "Not factored", "processing"),
        StatusInfo("501", "Irrecevable", "Inadmissible", "terminal"),
    )
}

_TRANSMISSION_ORDER = {"200": 1, "201": 2, "202": 3, "203": 4}
SENDABLE = frozenset(("204", "205", "206", "207", "208", "209", "210", "211", "212"))
# The seller's 220 on an invoice a corrective invoice replaced (UC4): sendable by the seller only, never a buyer.
CANCELLED = "220"
REASON_REQUIRED = frozenset(("206", "207", "208", "210", "213", "501"))  # BR-FR-CDV-15

# BR-FR-CDV-CL-09: the closed list of reason codes (MDT-113), then the codes allowed per status.
REASON_CODES = frozenset(
    """RETRAIT_MAN_SERV ST_CT_NON_DECLAR SUPPR_COMP_AVOIR TRANSF_PMNT_REGIE CONTACT_ACHTR NON_TRANSMISE JUSTIF_ABS
    ROUTAGE_ERR AUTRE COORD_BANC_ERR TX_TVA_ERR MONTANTTOTAL_ERR CALCUL_ERR NON_CONFORME DOUBLON DEST_INC DEST_ERR
    TRANSAC_INC EMMET_INC CONTRAT_TERM DOUBLE_FACT CMD_ERR ADR_ERR SIRET_ERR CODE_ROUTAGE_ERR REF_CT_ABSENT REF_ERR
    PU_ERR REM_ERR QTE_ERR ART_ERR MODPAI_ERR QUALITE_ERR LIVR_INCOMP REJ_SEMAN REJ_UNI REJ_COH REJ_ADR REJ_CONT_B2G
    REJ_REF_PJ REJ_ASS_PJ IRR_VIDE_F IRR_TYPE_F IRR_SYNTAX IRR_TAILLE_PJ IRR_NOM_PJ IRR_VID_PJ IRR_EXT_DOC
    IRR_TAILLE_F IRR_ANTIVIRUS IRR_NOM_F""".split()
)
REASON_CODES_BY_STATUS: dict[str, frozenset[str]] = {
    "200": frozenset(("NON_TRANSMISE",)),
    "206": frozenset(
        "AUTRE CMD_ERR SIRET_ERR CODE_ROUTAGE_ERR REF_CT_ABSENT REF_ERR PU_ERR REM_ERR QTE_ERR ART_ERR MODPAI_ERR "
        "QUALITE_ERR LIVR_INCOMP".split()
    ),
    "207": frozenset(
        "AUTRE COORD_BANC_ERR TX_TVA_ERR MONTANTTOTAL_ERR CALCUL_ERR NON_CONFORME DOUBLON DEST_INC DEST_ERR "
        "TRANSAC_INC EMMET_INC CONTRAT_TERM DOUBLE_FACT CMD_ERR ADR_ERR SIRET_ERR CODE_ROUTAGE_ERR REF_CT_ABSENT "
        "REF_ERR PU_ERR REM_ERR QTE_ERR ART_ERR MODPAI_ERR QUALITE_ERR LIVR_INCOMP".split()
    ),
    "208": frozenset(
        "JUSTIF_ABS COORD_BANC_ERR CMD_ERR SIRET_ERR CODE_ROUTAGE_ERR REF_CT_ABSENT REF_ERR".split()
    ),
    "210": frozenset(
        "TX_TVA_ERR MONTANTTOTAL_ERR CALCUL_ERR NON_CONFORME DOUBLON DEST_ERR TRANSAC_INC EMMET_INC CONTRAT_TERM "
        "DOUBLE_FACT CMD_ERR ADR_ERR REF_CT_ABSENT".split()
    ),
    "213": frozenset(
        "MONTANTTOTAL_ERR CALCUL_ERR DOUBLON DEST_INC ADR_ERR REJ_SEMAN REJ_UNI REJ_COH REJ_ADR REJ_CONT_B2G "
        "REJ_REF_PJ REJ_ASS_PJ".split()
    ),
    "221": frozenset(("ROUTAGE_ERR",)),
    "501": frozenset(
        "IRR_VIDE_F IRR_TYPE_F IRR_SYNTAX IRR_TAILLE_PJ IRR_NOM_PJ IRR_VID_PJ IRR_EXT_DOC IRR_TAILLE_F IRR_ANTIVIRUS "
        "IRR_NOM_F".split()
    ),
}


@dataclass(frozen=True, slots=True)
class StatusEntry:
    """One lifecycle status as received or sent.

    code: CDAR status code (MDT-105); raw_code: the platform's own label (e.g. IOPOLE "REFUSED");
    reason_code / reason: MDT-113 / its text; amount and vat_rate: MDG-43 (212, 211); status_id: the
    platform's id of this status, when it has one.
    """

    code: str
    at: datetime
    source: Source
    raw_code: str = ""
    reason_code: str = ""
    reason: str = ""
    amount: Decimal | None = None
    vat_rate: Decimal | None = None
    status_id: str = ""


def is_terminal(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is not None and info.phase == "terminal"


def _same(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code and a.at == b.at and a.source == b.source


def apply(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(_same(known, entry) for known in history):
        return history
    return (*history, entry)


def current_status(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            continue  # kept in the history, but an unknown code never moves the invoice
        if info.phase == "terminal":
            if terminal is None or entry.at >= terminal.at:
                terminal = entry
        elif info.phase == "processing":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def lifecycle_finding(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    """A broken lifecycle rule, about the status code (MDT-105) unless `path` says otherwise."""
    return Finding(rule_id, Severity.FATAL, message, path, layer="lifecycle")


def check_sendable(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [
        *_not_sendable(code, "seller"),
        *_reason_missing(code, reason_code),
        *_amount_missing(code, amount),
    ]


def check_outgoing(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code, entry.source)
    if entry.source == "platform":
        findings.append(
            lifecycle_finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                lifecycle_finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                lifecycle_finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def _not_sendable(code: str, source: str) -> list[Finding]:
    if code in SENDABLE or (code == CANCELLED and source == "seller"):
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        lifecycle_finding(
            "PDP-STATUS-NOT-SENDABLE",
            f"Status {what} is not one a buyer or seller may send (204–212; 220 by the seller of a replaced invoice).",
        )
    ]


def _reason_missing(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [
            lifecycle_finding(
                "BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "MDT-113"
            )
        ]
    return []


def _amount_missing(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            lifecycle_finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            lifecycle_finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    # A 211 or 212 reports one payment and MDT-215 is what it moved (XP Z12-012 Annex B: "amount received"; one
    # 212 per payment, a reversal negative): a zero, "-0" included, reports no payment, as PAY-AMOUNT says of
    # RecordPayment.
    if code in ("211", "212") and isinstance(amount, Decimal) and amount.is_zero():
        return [
            lifecycle_finding(
                "PDP-STATUS-AMOUNT",
                f"Status {code} reports a payment: an amount of zero pays nothing (MDT-215).",
                "MDG-43",
            )
        ]
    return []
