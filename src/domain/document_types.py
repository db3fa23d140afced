"""BT-3 document types (UNTDID 1001): the one table every part of the gateway reads.

The French list (BR-FR-04) holds sixteen codes. The FNFE BR-FR schematron (V1.4.0) and the CEN UBL code lists
(BR-CL-01) sort them into families, and this table copies those lists exactly:

- credit notes (UBL `CreditNote` root, CEN BR-CL-01): 261, 262, 381, 396, 502, 503;
- down payments (BR-FR-CO-07/08): 386, 500, 503;
- self-billed (BR-FR-21/22, MV-13, BD-13): 389, 261, 471, 473, 500, 501, 502;
- corrective invoices (BR-FR-CO-04): 384, 471, 472, 473;
- factored (the factor is paid, not the seller): 393, 396, 472, 473, 501, 502.

A document made elsewhere may carry any other code of the UNTDID 1001 invoice and credit-note lists the CEN rules
accept (BR-CL-01, e.g. 877 in German extensions): the readers keep it (`DocumentType("877")` is a pseudo-member, not
one of the sixteen), the CEN layer judges it, and the French rules refuse it with BR-FR-04. Such a code is a credit
note when CEN puts it on a UBL `CreditNote` root, and belongs to no French family.

A credit note reduces what was invoiced: its amounts are written positive in the document and count negative in
the e-reporting totals (`sign`). A self-billed document is drawn up by the buyer in the seller's name, so the
issuer is the buyer and the counterparty to reach through the directory is the seller.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum
from functools import cache

# CEN EN 16931 BR-CL-01 (EN16931-UBL-validation 1.3.x): the UNTDID 1001 codes allowed on each UBL root; CII takes
# their union. `tests/unit/domain/test_document_types.py` checks both against the pinned CEN XSLT.
CEN_INVOICE_CODES = frozenset(
    "71 80 81 82 84 102 130 202 203 204 211 218 219 295 325 326 331 380 382 383 384 385 386 387 388 389 390 393 "
    "394 395 456 457 471 472 473 500 501 527 553 575 623 633 751 780 817 870 875 876 877 935".split()
)
CEN_CREDIT_NOTE_CODES = frozenset("81 83 261 262 296 308 381 396 420 458 502 503 532".split())
CEN_DOCUMENT_CODES = CEN_INVOICE_CODES | CEN_CREDIT_NOTE_CODES
_PSEUDO_LOCK = threading.Lock()


class DocumentType(str, Enum):
    """BT-3 Invoice type code (UNTDID 1001), the subset the French rules accept (BR-FR-04).

    Member names are the UNTDID 1001 names; the proto enum carries the same names (and, as aliases, the misleading
    names of earlier versions, so JSON written with them still reads). Any other code of the CEN BR-CL-01 lists is
    a pseudo-member named `UNTDID_<code>` (`is_french` False): readable, never one of the members listed."""

    SELF_BILLED_CREDIT_NOTE = "261"
    CONSOLIDATED_CREDIT_NOTE = "262"
    COMMERCIAL_INVOICE = "380"
    CREDIT_NOTE = "381"
    CORRECTIVE_INVOICE = "384"
    PREPAYMENT_INVOICE = "386"
    SELF_BILLED_INVOICE = "389"
    FACTORED_INVOICE = "393"
    FACTORED_CREDIT_NOTE = "396"
    SELF_BILLED_CORRECTIVE_INVOICE = "471"
    FACTORED_CORRECTIVE_INVOICE = "472"
    SELF_BILLED_FACTORED_CORRECTIVE_INVOICE = "473"
    SELF_BILLED_PREPAYMENT_INVOICE = "500"
    SELF_BILLED_FACTORED_INVOICE = "501"
    SELF_BILLED_FACTORED_CREDIT_NOTE = "502"
    PREPAYMENT_INVOICE_CREDIT_NOTE = "503"

    @classmethod
    def _missing_(cls, value: object) -> DocumentType | None:
        """A code outside the French list, shaped as a UNTDID 1001 code (1 to 3 digits): one cached pseudo-member
        per code, so that equality, hashing and `is` behave as for a member. The CEN layer judges whether it is in
        its lists (BR-CL-01); anything else stays a ValueError."""
        if not isinstance(value, str) or not (1 <= len(value) <= 3 and value.isascii() and value.isdigit()):
            return None
        with _PSEUDO_LOCK:
            member = cls._value2member_map_.get(value)
            if member is None:
                member = str.__new__(cls, value)
                member._name_ = f"UNTDID_{value}"
                member._value_ = value
                cls._value2member_map_[value] = member
        return member  # type: ignore[return-value]  # a pseudo-member, as Enum makes them

    @property
    def is_french(self) -> bool:
        """One of the sixteen codes of BR-FR-04."""
        return self.value in DOCUMENT_KINDS

    @property
    def kind(self) -> DocumentKind:
        """What the code means (`type_code.kind.credit_note`, `.self_billed`, `.sign`…): the one place to ask."""
        return DOCUMENT_KINDS.get(self.value) or _foreign_kind(self.value)


@dataclass(frozen=True, slots=True)
class DocumentKind:
    """What one BT-3 code means for the gateway."""

    code: str
    name: str  # UNTDID 1001 name
    title: str  # the French title printed on the page
    credit_note: bool = False
    prepayment: bool = False
    self_billed: bool = False
    corrective: bool = False
    factored: bool = False

    @property
    def amends(self) -> bool:
        """A credit note or a corrective invoice: once with its buyer it changes the books of the invoice it names
        (credits it, or replaces it: domain.payments), so a payment on that invoice is checked before or after it,
        never meanwhile (adapters.postgres.lock_order, rule 3)."""
        return self.credit_note or self.corrective

    @property
    def sign(self) -> int:
        """+1, or -1 for a credit note: how its amounts count in the e-reporting totals."""
        return -1 if self.credit_note else 1


_CN, _PP, _SB, _CO, _FA = "credit_note", "prepayment", "self_billed", "corrective", "factored"


def _kind(code: str, name: str, title: str, *flags: str) -> DocumentKind:
    return DocumentKind(code, name, title, **{flag: True for flag in flags})


DOCUMENT_KINDS: dict[str, DocumentKind] = {
    k.code: k
    for k in (
        _kind("261", "Self billed credit note", "AVOIR AUTOFACTURÉ", _CN, _SB),
        _kind("262", "Consolidated credit note - goods and services", "AVOIR GLOBAL (REMISE)", _CN),
        _kind("380", "Commercial invoice", "FACTURE"),
        _kind("381", "Credit note", "AVOIR", _CN),
        _kind("384", "Corrected invoice", "FACTURE RECTIFICATIVE", _CO),
        _kind("386", "Prepayment invoice", "FACTURE D'ACOMPTE", _PP),
        _kind("389", "Self-billed invoice", "AUTOFACTURE", _SB),
        _kind("393", "Factored invoice", "FACTURE AFFACTURÉE", _FA),
        _kind("396", "Factored credit note", "AVOIR AFFACTURÉ", _CN, _FA),
        _kind("471", "Self-billed corrective invoice", "AUTOFACTURE RECTIFICATIVE", _SB, _CO),
        _kind("472", "Factored corrective invoice", "FACTURE RECTIFICATIVE AFFACTURÉE", _CO, _FA),
        _kind(
            "473",
            "Self-billed factored corrective invoice",
            "AUTOFACTURE RECTIFICATIVE AFFACTURÉE",
            _SB,
            _CO,
            _FA,
        ),
        _kind("500", "Self-billed prepayment invoice", "AUTOFACTURE D'ACOMPTE", _PP, _SB),
        _kind("501", "Self-billed factored invoice", "AUTOFACTURE AFFACTURÉE", _SB, _FA),
        _kind("502", "Self-billed factored credit note", "AVOIR AUTOFACTURÉ AFFACTURÉ", _CN, _SB, _FA),
        _kind("503", "Prepayment credit note", "AVOIR SUR FACTURE D'ACOMPTE", _CN, _PP),
    )
}


@cache
def _foreign_kind(code: str) -> DocumentKind:
    """A code outside the French list: a credit note when CEN puts it on a UBL CreditNote, nothing French."""
    credit = code in CEN_CREDIT_NOTE_CODES
    return DocumentKind(
        code, f"UNTDID 1001 code {code}", "AVOIR" if credit else "FACTURE", credit_note=credit
    )


def codes(flag: str) -> frozenset[str]:
    """The codes of one family: `codes("credit_note")`."""
    return frozenset(code for code, kind in DOCUMENT_KINDS.items() if getattr(kind, flag))


def sign_of(type_code: str) -> int:
    """+1, or -1 for a credit note; an unknown code counts as an invoice (its findings say it is unknown)."""
    kind = DOCUMENT_KINDS.get(type_code)
    return kind.sign if kind is not None else 1


CREDIT_NOTE_CODES = codes(_CN)
PREPAYMENT_CODES = codes(_PP)
SELF_BILLED_CODES = codes(_SB)
CORRECTIVE_CODES = codes(_CO)
