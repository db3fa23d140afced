"""The invoice lifecycle (CDAR statuses, MDT-105) as an event log.

Statuses arrive from the platform, the buyer or the seller, in any order and sometimes twice. We keep every
entry (unknown codes included: the set is open) and derive the current status from the lifecycle, not from
arrival order (XP Z12-014 Annex B §1.2):
1. a terminal status (210 refused, 213 rejected, 220 cancelled, 501 inadmissible) stays current; among several,
   the latest `at` wins;
2. otherwise the latest processing status (204–212, 214, 221, 224–228) by `at`: an invoice may be paid, then
   disputed;
3. otherwise the furthest transmission status (200 < 201 < 202 < 203), so 203 arriving before 202 stays current.

Statuses we send (`check_outgoing`) are the buyer/seller processing statuses 204–212; the rules come from the
CDAR schematron (FNFE-MPE V1.4.0, `BR-FR-CDV-Schematron-CDAR.sch`):
- BR-FR-CDV-15_MDT-113: 206, 207, 208, 210 need a reason code (213 and 501 too, but only platforms send them);
- BR-FR-CDV-CL-09_MDT-113: the reason code belongs to the closed list, and BR-FR-CDV-CL-09_MDT-113_<code> to the
  list of its status (B2B lists; the B2G refusal list applies only to Chorus Pro);
- BR-FR-CDV-14_MDT-207: 212 (payment received) carries an amount and a VAT rate.
Our own: PDP-STATUS-NOT-SENDABLE (a code we may not send), PDP-STATUS-SOURCE (we send as buyer or seller, never
as the platform), PDP-STATUS-AMOUNT (211, payment sent, carries the amount paid).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, NamedTuple

from domain.findings import Finding, Severity

Source = Literal["platform", "buyer", "seller"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_is_terminal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_terminal__mutmut)
def is_terminal(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is not None and info.phase == "terminal"


def x_is_terminal__mutmut_orig(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is not None and info.phase == "terminal"


def x_is_terminal__mutmut_1(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = None
    return info is not None and info.phase == "terminal"


def x_is_terminal__mutmut_2(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(None)
    return info is not None and info.phase == "terminal"


def x_is_terminal__mutmut_3(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is not None or info.phase == "terminal"


def x_is_terminal__mutmut_4(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is None and info.phase == "terminal"


def x_is_terminal__mutmut_5(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is not None and info.phase != "terminal"


def x_is_terminal__mutmut_6(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is not None and info.phase == "XXterminalXX"


def x_is_terminal__mutmut_7(code: str) -> bool:
    """210, 213, 220 and 501 end the lifecycle: no later status changes the current one."""
    info = STATUSES.get(code)
    return info is not None and info.phase == "TERMINAL"

mutants_x_is_terminal__mutmut['_mutmut_orig'] = x_is_terminal__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_terminal__mutmut['x_is_terminal__mutmut_1'] = x_is_terminal__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_terminal__mutmut['x_is_terminal__mutmut_2'] = x_is_terminal__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_terminal__mutmut['x_is_terminal__mutmut_3'] = x_is_terminal__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_terminal__mutmut['x_is_terminal__mutmut_4'] = x_is_terminal__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_terminal__mutmut['x_is_terminal__mutmut_5'] = x_is_terminal__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_terminal__mutmut['x_is_terminal__mutmut_6'] = x_is_terminal__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_terminal__mutmut['x_is_terminal__mutmut_7'] = x_is_terminal__mutmut_7 # type: ignore # mutmut generated
mutants_x__same__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__same__mutmut)
def _same(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code and a.at == b.at and a.source == b.source


def x__same__mutmut_orig(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code and a.at == b.at and a.source == b.source


def x__same__mutmut_1(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id or b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code and a.at == b.at and a.source == b.source


def x__same__mutmut_2(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id != b.status_id
    return a.code == b.code and a.at == b.at and a.source == b.source


def x__same__mutmut_3(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code and a.at == b.at or a.source == b.source


def x__same__mutmut_4(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code or a.at == b.at and a.source == b.source


def x__same__mutmut_5(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code != b.code and a.at == b.at and a.source == b.source


def x__same__mutmut_6(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code and a.at != b.at and a.source == b.source


def x__same__mutmut_7(a: StatusEntry, b: StatusEntry) -> bool:
    if a.status_id and b.status_id:
        return a.status_id == b.status_id
    return a.code == b.code and a.at == b.at and a.source != b.source

mutants_x__same__mutmut['_mutmut_orig'] = x__same__mutmut_orig # type: ignore # mutmut generated
mutants_x__same__mutmut['x__same__mutmut_1'] = x__same__mutmut_1 # type: ignore # mutmut generated
mutants_x__same__mutmut['x__same__mutmut_2'] = x__same__mutmut_2 # type: ignore # mutmut generated
mutants_x__same__mutmut['x__same__mutmut_3'] = x__same__mutmut_3 # type: ignore # mutmut generated
mutants_x__same__mutmut['x__same__mutmut_4'] = x__same__mutmut_4 # type: ignore # mutmut generated
mutants_x__same__mutmut['x__same__mutmut_5'] = x__same__mutmut_5 # type: ignore # mutmut generated
mutants_x__same__mutmut['x__same__mutmut_6'] = x__same__mutmut_6 # type: ignore # mutmut generated
mutants_x__same__mutmut['x__same__mutmut_7'] = x__same__mutmut_7 # type: ignore # mutmut generated
mutants_x_apply__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_apply__mutmut)
def apply(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(_same(known, entry) for known in history):
        return history
    return (*history, entry)


def x_apply__mutmut_orig(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(_same(known, entry) for known in history):
        return history
    return (*history, entry)


def x_apply__mutmut_1(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(None):
        return history
    return (*history, entry)


def x_apply__mutmut_2(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(_same(None, entry) for known in history):
        return history
    return (*history, entry)


def x_apply__mutmut_3(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(_same(known, None) for known in history):
        return history
    return (*history, entry)


def x_apply__mutmut_4(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(_same(entry) for known in history):
        return history
    return (*history, entry)


def x_apply__mutmut_5(history: tuple[StatusEntry, ...], entry: StatusEntry) -> tuple[StatusEntry, ...]:
    """The history with `entry` appended, unless it is already there (same status id, or same code, time and
    source): webhooks and polling deliver the same status more than once."""
    if any(_same(known, ) for known in history):
        return history
    return (*history, entry)

mutants_x_apply__mutmut['_mutmut_orig'] = x_apply__mutmut_orig # type: ignore # mutmut generated
mutants_x_apply__mutmut['x_apply__mutmut_1'] = x_apply__mutmut_1 # type: ignore # mutmut generated
mutants_x_apply__mutmut['x_apply__mutmut_2'] = x_apply__mutmut_2 # type: ignore # mutmut generated
mutants_x_apply__mutmut['x_apply__mutmut_3'] = x_apply__mutmut_3 # type: ignore # mutmut generated
mutants_x_apply__mutmut['x_apply__mutmut_4'] = x_apply__mutmut_4 # type: ignore # mutmut generated
mutants_x_apply__mutmut['x_apply__mutmut_5'] = x_apply__mutmut_5 # type: ignore # mutmut generated
mutants_x_current_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_current_status__mutmut)
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


def x_current_status__mutmut_orig(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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


def x_current_status__mutmut_1(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = ""
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


def x_current_status__mutmut_2(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = ""
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


def x_current_status__mutmut_3(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = ""
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


def x_current_status__mutmut_4(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = None
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


def x_current_status__mutmut_5(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(None)
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


def x_current_status__mutmut_6(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is not None:
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


def x_current_status__mutmut_7(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            break  # kept in the history, but an unknown code never moves the invoice
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


def x_current_status__mutmut_8(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            continue  # kept in the history, but an unknown code never moves the invoice
        if info.phase != "terminal":
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


def x_current_status__mutmut_9(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            continue  # kept in the history, but an unknown code never moves the invoice
        if info.phase == "XXterminalXX":
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


def x_current_status__mutmut_10(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            continue  # kept in the history, but an unknown code never moves the invoice
        if info.phase == "TERMINAL":
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


def x_current_status__mutmut_11(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            continue  # kept in the history, but an unknown code never moves the invoice
        if info.phase == "terminal":
            if terminal is None and entry.at >= terminal.at:
                terminal = entry
        elif info.phase == "processing":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_12(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            continue  # kept in the history, but an unknown code never moves the invoice
        if info.phase == "terminal":
            if terminal is not None or entry.at >= terminal.at:
                terminal = entry
        elif info.phase == "processing":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_13(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    """The status the invoice is in, following the lifecycle rather than arrival order; None if no known code."""
    terminal: StatusEntry | None = None
    processing: StatusEntry | None = None
    transmission: StatusEntry | None = None
    for entry in history:
        info = STATUSES.get(entry.code)
        if info is None:
            continue  # kept in the history, but an unknown code never moves the invoice
        if info.phase == "terminal":
            if terminal is None or entry.at > terminal.at:
                terminal = entry
        elif info.phase == "processing":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_14(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
                terminal = None
        elif info.phase == "processing":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_15(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
        elif info.phase != "processing":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_16(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
        elif info.phase == "XXprocessingXX":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_17(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
        elif info.phase == "PROCESSING":
            if processing is None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_18(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
            if processing is None and entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_19(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
            if processing is not None or entry.at >= processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_20(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
            if processing is None or entry.at > processing.at:
                processing = entry
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_21(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
                processing = None
        elif (
            transmission is None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_22(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
            transmission is None and _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_23(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
            transmission is not None or _TRANSMISSION_ORDER[entry.code] >= _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_24(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
            transmission is None or _TRANSMISSION_ORDER[entry.code] > _TRANSMISSION_ORDER[transmission.code]
        ):
            transmission = entry
    return terminal or processing or transmission


def x_current_status__mutmut_25(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
            transmission = None
    return terminal or processing or transmission


def x_current_status__mutmut_26(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
    return terminal or processing and transmission


def x_current_status__mutmut_27(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
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
    return terminal and processing or transmission

mutants_x_current_status__mutmut['_mutmut_orig'] = x_current_status__mutmut_orig # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_1'] = x_current_status__mutmut_1 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_2'] = x_current_status__mutmut_2 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_3'] = x_current_status__mutmut_3 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_4'] = x_current_status__mutmut_4 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_5'] = x_current_status__mutmut_5 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_6'] = x_current_status__mutmut_6 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_7'] = x_current_status__mutmut_7 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_8'] = x_current_status__mutmut_8 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_9'] = x_current_status__mutmut_9 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_10'] = x_current_status__mutmut_10 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_11'] = x_current_status__mutmut_11 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_12'] = x_current_status__mutmut_12 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_13'] = x_current_status__mutmut_13 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_14'] = x_current_status__mutmut_14 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_15'] = x_current_status__mutmut_15 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_16'] = x_current_status__mutmut_16 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_17'] = x_current_status__mutmut_17 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_18'] = x_current_status__mutmut_18 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_19'] = x_current_status__mutmut_19 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_20'] = x_current_status__mutmut_20 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_21'] = x_current_status__mutmut_21 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_22'] = x_current_status__mutmut_22 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_23'] = x_current_status__mutmut_23 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_24'] = x_current_status__mutmut_24 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_25'] = x_current_status__mutmut_25 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_26'] = x_current_status__mutmut_26 # type: ignore # mutmut generated
mutants_x_current_status__mutmut['x_current_status__mutmut_27'] = x_current_status__mutmut_27 # type: ignore # mutmut generated
mutants_x__finding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__finding__mutmut)
def _finding(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer="lifecycle")


def x__finding__mutmut_orig(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer="lifecycle")


def x__finding__mutmut_1(rule_id: str, message: str, path: str = "XXMDT-105XX") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer="lifecycle")


def x__finding__mutmut_2(rule_id: str, message: str, path: str = "mdt-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer="lifecycle")


def x__finding__mutmut_3(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(None, Severity.FATAL, message, path, layer="lifecycle")


def x__finding__mutmut_4(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, None, message, path, layer="lifecycle")


def x__finding__mutmut_5(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, None, path, layer="lifecycle")


def x__finding__mutmut_6(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, None, layer="lifecycle")


def x__finding__mutmut_7(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer=None)


def x__finding__mutmut_8(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(Severity.FATAL, message, path, layer="lifecycle")


def x__finding__mutmut_9(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, message, path, layer="lifecycle")


def x__finding__mutmut_10(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, path, layer="lifecycle")


def x__finding__mutmut_11(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, layer="lifecycle")


def x__finding__mutmut_12(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, )


def x__finding__mutmut_13(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer="XXlifecycleXX")


def x__finding__mutmut_14(rule_id: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer="LIFECYCLE")

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
mutants_x__finding__mutmut['x__finding__mutmut_14'] = x__finding__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_sendable__mutmut)
def check_sendable(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, reason_code), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_orig(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, reason_code), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_1(code: str, *, reason_code: str = "XXXX", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, reason_code), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_2(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(None), *_reason_missing(code, reason_code), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_3(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(None, reason_code), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_4(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, None), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_5(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(reason_code), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_6(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, ), *_amount_missing(code, amount)]


def x_check_sendable__mutmut_7(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, reason_code), *_amount_missing(None, amount)]


def x_check_sendable__mutmut_8(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, reason_code), *_amount_missing(code, None)]


def x_check_sendable__mutmut_9(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, reason_code), *_amount_missing(amount)]


def x_check_sendable__mutmut_10(code: str, *, reason_code: str = "", amount: Decimal | None = None) -> list[Finding]:
    """The rules a status must meet to be sent at all, whoever sends it and whatever its history: a code a buyer or
    seller may send, its reason code when one is required (BR-FR-CDV-15), the amount of 211 and 212. Platform
    adapters enforce these on every status they send (domain.platform.OutgoingStatus); `check_outgoing` adds the
    rest (sender, closed lists, VAT rate)."""
    return [*_not_sendable(code), *_reason_missing(code, reason_code), *_amount_missing(code, )]

mutants_x_check_sendable__mutmut['_mutmut_orig'] = x_check_sendable__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_1'] = x_check_sendable__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_2'] = x_check_sendable__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_3'] = x_check_sendable__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_4'] = x_check_sendable__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_5'] = x_check_sendable__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_6'] = x_check_sendable__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_7'] = x_check_sendable__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_8'] = x_check_sendable__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_9'] = x_check_sendable__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_sendable__mutmut['x_check_sendable__mutmut_10'] = x_check_sendable__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_outgoing__mutmut)
def check_outgoing(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_orig(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_1(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = None
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_2(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = None
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_3(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(None)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_4(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source != "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_5(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "XXplatformXX":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_6(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "PLATFORM":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_7(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            None
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_8(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                None, "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_9(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", None
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_10(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_11(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_12(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "XXPDP-STATUS-SOURCEXX", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_13(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "pdp-status-source", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_14(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "XXWe send statuses as the buyer or the seller, never as the platform.XX"
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_15(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "we send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_16(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "WE SEND STATUSES AS THE BUYER OR THE SELLER, NEVER AS THE PLATFORM."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_17(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings = _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_18(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings -= _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_19(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(None, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_20(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, None)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_21(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_22(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, )
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_23(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_24(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                None
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_25(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    None,
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_26(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    None,
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_27(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    None,
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_28(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_29(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_30(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_31(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "XXBR-FR-CDV-CL-09_MDT-113XX",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_32(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "br-fr-cdv-cl-09_mdt-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_33(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "XXMDT-113XX",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_34(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "mdt-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_35(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS or entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_36(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code not in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_37(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_38(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                None
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_39(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    None,
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_40(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    None,
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_41(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    None,
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_42(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_43(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_44(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_45(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "XXMDT-113XX",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_46(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "mdt-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_47(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings = _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_48(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings -= _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_49(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(None, entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_50(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, None, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_51(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=None, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_52(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, vat_rate=None)
    return findings


def x_check_outgoing__mutmut_53(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(entry.amount, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_54(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, vat_rate_required=True, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_55(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate=entry.vat_rate)
    return findings


def x_check_outgoing__mutmut_56(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=True, )
    return findings


def x_check_outgoing__mutmut_57(entry: StatusEntry) -> list[Finding]:
    """Every reason why we may not send `entry` to the platform (empty when it can go)."""
    code = entry.code
    findings = _not_sendable(code)
    if entry.source == "platform":
        findings.append(
            _finding(
                "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
            )
        )
    findings += _reason_missing(code, entry.reason_code)
    if entry.reason_code:
        if entry.reason_code not in REASON_CODES:
            findings.append(
                _finding(
                    "BR-FR-CDV-CL-09_MDT-113",
                    f"Reason code {entry.reason_code!r} is not in the closed list (MDT-113).",
                    "MDT-113",
                )
            )
        elif code in REASON_CODES_BY_STATUS and entry.reason_code not in REASON_CODES_BY_STATUS[code]:
            findings.append(
                _finding(
                    f"BR-FR-CDV-CL-09_MDT-113_{code}",
                    f"Reason code {entry.reason_code!r} is not allowed with status {code} (MDT-113).",
                    "MDT-113",
                )
            )
    findings += _amount_missing(code, entry.amount, vat_rate_required=False, vat_rate=entry.vat_rate)
    return findings

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
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_21'] = x_check_outgoing__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_22'] = x_check_outgoing__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_23'] = x_check_outgoing__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_24'] = x_check_outgoing__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_25'] = x_check_outgoing__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_26'] = x_check_outgoing__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_27'] = x_check_outgoing__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_28'] = x_check_outgoing__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_29'] = x_check_outgoing__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_30'] = x_check_outgoing__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_31'] = x_check_outgoing__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_32'] = x_check_outgoing__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_33'] = x_check_outgoing__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_34'] = x_check_outgoing__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_35'] = x_check_outgoing__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_36'] = x_check_outgoing__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_37'] = x_check_outgoing__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_38'] = x_check_outgoing__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_39'] = x_check_outgoing__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_40'] = x_check_outgoing__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_41'] = x_check_outgoing__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_42'] = x_check_outgoing__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_43'] = x_check_outgoing__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_44'] = x_check_outgoing__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_45'] = x_check_outgoing__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_46'] = x_check_outgoing__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_47'] = x_check_outgoing__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_48'] = x_check_outgoing__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_49'] = x_check_outgoing__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_50'] = x_check_outgoing__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_51'] = x_check_outgoing__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_52'] = x_check_outgoing__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_53'] = x_check_outgoing__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_54'] = x_check_outgoing__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_55'] = x_check_outgoing__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_56'] = x_check_outgoing__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_outgoing__mutmut['x_check_outgoing__mutmut_57'] = x_check_outgoing__mutmut_57 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__not_sendable__mutmut)
def _not_sendable(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_orig(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_1(code: str) -> list[Finding]:
    if code not in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_2(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = None
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_3(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(None)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_4(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = None
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_5(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if (known) and False else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_6(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if (known) or True else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_7(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding(None, f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_8(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", None)
    ]


def x__not_sendable__mutmut_9(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding(f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_10(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("PDP-STATUS-NOT-SENDABLE", )
    ]


def x__not_sendable__mutmut_11(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("XXPDP-STATUS-NOT-SENDABLEXX", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]


def x__not_sendable__mutmut_12(code: str) -> list[Finding]:
    if code in SENDABLE:
        return []
    known = STATUSES.get(code)
    what = f"{code} ({known.name_en})" if known else f"{code!r} (unknown)"
    return [
        _finding("pdp-status-not-sendable", f"Status {what} is not one a buyer or seller may send (204–212).")
    ]

mutants_x__not_sendable__mutmut['_mutmut_orig'] = x__not_sendable__mutmut_orig # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_1'] = x__not_sendable__mutmut_1 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_2'] = x__not_sendable__mutmut_2 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_3'] = x__not_sendable__mutmut_3 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_4'] = x__not_sendable__mutmut_4 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_5'] = x__not_sendable__mutmut_5 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_6'] = x__not_sendable__mutmut_6 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_7'] = x__not_sendable__mutmut_7 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_8'] = x__not_sendable__mutmut_8 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_9'] = x__not_sendable__mutmut_9 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_10'] = x__not_sendable__mutmut_10 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_11'] = x__not_sendable__mutmut_11 # type: ignore # mutmut generated
mutants_x__not_sendable__mutmut['x__not_sendable__mutmut_12'] = x__not_sendable__mutmut_12 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__reason_missing__mutmut)
def _reason_missing(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_orig(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_1(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED or not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_2(code: str, reason_code: str) -> list[Finding]:
    if code not in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_3(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_4(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding(None, f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_5(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", None, "MDT-113")]
    return []


def x__reason_missing__mutmut_6(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", None)]
    return []


def x__reason_missing__mutmut_7(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding(f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_8(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", "MDT-113")]
    return []


def x__reason_missing__mutmut_9(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", )]
    return []


def x__reason_missing__mutmut_10(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("XXBR-FR-CDV-15_MDT-113XX", f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_11(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("br-fr-cdv-15_mdt-113", f"Status {code} needs a reason code (MDT-113).", "MDT-113")]
    return []


def x__reason_missing__mutmut_12(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "XXMDT-113XX")]
    return []


def x__reason_missing__mutmut_13(code: str, reason_code: str) -> list[Finding]:
    if code in REASON_REQUIRED and not reason_code:
        return [_finding("BR-FR-CDV-15_MDT-113", f"Status {code} needs a reason code (MDT-113).", "mdt-113")]
    return []

mutants_x__reason_missing__mutmut['_mutmut_orig'] = x__reason_missing__mutmut_orig # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_1'] = x__reason_missing__mutmut_1 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_2'] = x__reason_missing__mutmut_2 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_3'] = x__reason_missing__mutmut_3 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_4'] = x__reason_missing__mutmut_4 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_5'] = x__reason_missing__mutmut_5 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_6'] = x__reason_missing__mutmut_6 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_7'] = x__reason_missing__mutmut_7 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_8'] = x__reason_missing__mutmut_8 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_9'] = x__reason_missing__mutmut_9 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_10'] = x__reason_missing__mutmut_10 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_11'] = x__reason_missing__mutmut_11 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_12'] = x__reason_missing__mutmut_12 # type: ignore # mutmut generated
mutants_x__reason_missing__mutmut['x__reason_missing__mutmut_13'] = x__reason_missing__mutmut_13 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__amount_missing__mutmut)
def _amount_missing(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_orig(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_1(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = True, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_2(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" or (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_3(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code != "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_4(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "XX212XX" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_5(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None and (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_6(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is not None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_7(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required or vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_8(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is not None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_9(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                None,
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_10(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                None,
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_11(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                None,
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_12(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_13(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_14(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_15(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "XXBR-FR-CDV-14_MDT-207XX",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_16(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "br-fr-cdv-14_mdt-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_17(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "XXStatus 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).XX",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_18(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "status 212 (payment received) needs the amount received (mdt-215) and its vat rate (mdt-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_19(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "STATUS 212 (PAYMENT RECEIVED) NEEDS THE AMOUNT RECEIVED (MDT-215) AND ITS VAT RATE (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_20(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "XXMDG-43XX",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_21(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "mdg-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_22(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" or amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_23(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code != "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_24(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "XX211XX" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_25(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is not None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_26(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                None, "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_27(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", None, "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_28(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", None
            )
        ]
    return []


def x__amount_missing__mutmut_29(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_30(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_31(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", )
        ]
    return []


def x__amount_missing__mutmut_32(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "XXPDP-STATUS-AMOUNTXX", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_33(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "pdp-status-amount", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_34(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "XXStatus 211 (payment sent) needs the amount paid (MDT-215).XX", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_35(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "status 211 (payment sent) needs the amount paid (mdt-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_36(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "STATUS 211 (PAYMENT SENT) NEEDS THE AMOUNT PAID (MDT-215).", "MDG-43"
            )
        ]
    return []


def x__amount_missing__mutmut_37(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "XXMDG-43XX"
            )
        ]
    return []


def x__amount_missing__mutmut_38(
    code: str, amount: Decimal | None, *, vat_rate_required: bool = False, vat_rate: Decimal | None = None
) -> list[Finding]:
    if code == "212" and (amount is None or (vat_rate_required and vat_rate is None)):
        return [
            _finding(
                "BR-FR-CDV-14_MDT-207",
                "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                "MDG-43",
            )
        ]
    if code == "211" and amount is None:
        return [
            _finding(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "mdg-43"
            )
        ]
    return []

mutants_x__amount_missing__mutmut['_mutmut_orig'] = x__amount_missing__mutmut_orig # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_1'] = x__amount_missing__mutmut_1 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_2'] = x__amount_missing__mutmut_2 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_3'] = x__amount_missing__mutmut_3 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_4'] = x__amount_missing__mutmut_4 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_5'] = x__amount_missing__mutmut_5 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_6'] = x__amount_missing__mutmut_6 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_7'] = x__amount_missing__mutmut_7 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_8'] = x__amount_missing__mutmut_8 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_9'] = x__amount_missing__mutmut_9 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_10'] = x__amount_missing__mutmut_10 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_11'] = x__amount_missing__mutmut_11 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_12'] = x__amount_missing__mutmut_12 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_13'] = x__amount_missing__mutmut_13 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_14'] = x__amount_missing__mutmut_14 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_15'] = x__amount_missing__mutmut_15 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_16'] = x__amount_missing__mutmut_16 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_17'] = x__amount_missing__mutmut_17 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_18'] = x__amount_missing__mutmut_18 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_19'] = x__amount_missing__mutmut_19 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_20'] = x__amount_missing__mutmut_20 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_21'] = x__amount_missing__mutmut_21 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_22'] = x__amount_missing__mutmut_22 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_23'] = x__amount_missing__mutmut_23 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_24'] = x__amount_missing__mutmut_24 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_25'] = x__amount_missing__mutmut_25 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_26'] = x__amount_missing__mutmut_26 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_27'] = x__amount_missing__mutmut_27 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_28'] = x__amount_missing__mutmut_28 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_29'] = x__amount_missing__mutmut_29 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_30'] = x__amount_missing__mutmut_30 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_31'] = x__amount_missing__mutmut_31 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_32'] = x__amount_missing__mutmut_32 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_33'] = x__amount_missing__mutmut_33 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_34'] = x__amount_missing__mutmut_34 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_35'] = x__amount_missing__mutmut_35 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_36'] = x__amount_missing__mutmut_36 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_37'] = x__amount_missing__mutmut_37 # type: ignore # mutmut generated
mutants_x__amount_missing__mutmut['x__amount_missing__mutmut_38'] = x__amount_missing__mutmut_38 # type: ignore # mutmut generated
