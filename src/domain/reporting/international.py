"""International B2B invoices (flux 10.1): scope decision and the per-invoice record.

The full invoice model lives elsewhere (domain/invoice.py); it is mapped onto the narrow
`InternationalInvoiceFacts` below, which names the EN 16931 business terms each field carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.findings import Finding
from domain.money import EUR, percent_of
from domain.reporting.amounts import (
    VAT_TOLERANCE,
    has_at_most_two_decimals,
    is_accepted_rate,
    rate_str,
    require_decimal,
)
from domain.reporting.b2c import TaxDueDateType
from domain.reporting.rules import fatal

# Business process types accepted by the PA (BT-23, IOPOLE `processType`): B goods, S services, M mixed.
PROCESS_TYPES = frozenset(
    {"B1", "S1", "M1", "B2", "S2", "M2", "S3", "B4", "S4", "M4", "S5", "S6", "B7", "S7"}
)
# Seller identifier schemes of 10.1 (reform.md §7): SIREN, EU, non-EU, and the two other DGFiP schemes.
SELLER_ID_SCHEMES = frozenset({"0002", "0223", "0227", "0228", "0229"})
# Established in France: mainland plus the overseas departments, which carry SIRENs (UNVERIFIED for GF and YT,
# where VAT is not applied; reform.md §10).
FRANCE = frozenset({"FR", "GP", "MQ", "RE", "GF", "YT"})
# EU member states (ISO 3166-1), plus XI (Northern Ireland, inside the EU for goods): goods shipped from these are
# intra-EU acquisitions, not imports.
EU_FOR_GOODS = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
        "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
    }
)  # fmt: skip
INVOICE_ID_MAX = 20  # IOPOLE invoiceId maxLength
INT_ID_RULE = "ER-INT-ID"  # the invoice number the 10.1 carries: 1 to INVOICE_ID_MAX characters
SELLER_ID_RULE = "ER-INT-SELLER-ID"  # the seller's identifier, part of a record's key without a VAT number


class DeclarantRole(StrEnum):
    SELLER = "SELLER"  # a sale to a business not established in France
    BUYER = "BUYER"  # a purchase from a business not established in France


class Nature(StrEnum):
    GOODS = "GOODS"
    SERVICES = "SERVICES"
    MIXED = "MIXED"
    UNKNOWN = "UNKNOWN"


class OutOfScope(Exception):
    """The invoice is not an international B2B transaction to e-report."""


@dataclass(frozen=True, slots=True)
class PartyFacts:
    name: str  # BT-27 / BT-44
    country: str  # BT-40 / BT-55, ISO 3166-1 alpha-2
    vat_number: str | None = None  # BT-31 / BT-48
    identifier_scheme: str | None = None  # ISO 6523 ICD of BT-30 / BT-47 (or BT-29 / BT-46)
    identifier_value: str | None = None

    @property
    def identified(self) -> bool:
        return bool(self.identifier_scheme and self.identifier_value)


@dataclass(frozen=True, slots=True)
class VatBreakdownFacts:
    """One BG-23 VAT breakdown line."""

    category_code: str  # BT-118 (S, Z, E, AE, K, G, O, L, M)
    rate: Decimal  # BT-119, percent
    taxable_amount: Decimal  # BT-116
    vat_amount: Decimal  # BT-117
    exemption_reason_code: str | None = None  # BT-121

    def __post_init__(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")


@dataclass(frozen=True, slots=True)
class InternationalInvoiceFacts:
    """What e-reporting needs from an invoice exchanged with a business not established in France."""

    invoice_id: str  # BT-1
    issue_date: date  # BT-2
    type_code: str  # BT-3 (380 invoice, 381 credit note, ...)
    currency: str  # BT-5
    business_process: str  # BT-23 (B1, S1, M1, ...)
    declarant_role: DeclarantRole
    seller: PartyFacts  # BG-4
    buyer: PartyFacts  # BG-7
    vat_breakdown: tuple[VatBreakdownFacts, ...]  # BG-23
    total_without_vat: Decimal  # BT-109
    total_vat: Decimal  # BT-110
    total_with_vat: Decimal  # BT-112
    due_date: date | None = None  # BT-9
    tax_due_date_type: TaxDueDateType = TaxDueDateType.INVOICE_DATE  # BT-8
    vat_accounting_currency: str | None = None  # BT-6
    total_vat_in_accounting_currency: Decimal | None = None  # BT-111
    ship_from_country: str | None = None  # where goods were dispatched from, when known (no EN 16931 term)

    def __post_init__(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    @property
    def declarant(self) -> PartyFacts:
        return self.seller if self.declarant_role is DeclarantRole.SELLER else self.buyer

    @property
    def counterparty(self) -> PartyFacts:
        return self.buyer if self.declarant_role is DeclarantRole.SELLER else self.seller

    @property
    def nature(self) -> Nature:
        if self.business_process not in PROCESS_TYPES:
            return Nature.UNKNOWN
        return {"B": Nature.GOODS, "S": Nature.SERVICES, "M": Nature.MIXED}[self.business_process[0]]

    @property
    def key(self) -> str:
        """Idempotency key: an invoice number is unique per seller, so the seller is part of the key."""
        seller = self.seller.vat_number or f"{self.seller.identifier_scheme}:{self.seller.identifier_value}"
        return f"{self.declarant_role}:{self.seller.country}:{seller}:{self.invoice_id}"


@dataclass(frozen=True, slots=True)
class ScopeDecision:
    in_scope: bool
    reason: str


def assess_scope(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = (facts.ship_from_country or facts.seller.country).upper()
    if (
        facts.declarant_role is DeclarantRole.BUYER
        and facts.nature is Nature.GOODS
        and origin not in EU_FOR_GOODS
    ):
        return ScopeDecision(
            False, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


@dataclass(frozen=True, slots=True)
class InternationalRecord:
    """One invoice to report in 10.1; built only for invoices in scope."""

    facts: InternationalInvoiceFacts

    @property
    def key(self) -> str:
        return self.facts.key

    @property
    def day(self) -> date:
        return self.facts.issue_date

    def findings(self) -> tuple[Finding, ...]:
        return record_findings(self.facts)


def build_record(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = assess_scope(facts)
    if not decision.in_scope:
        raise OutOfScope(
            f"invoice {facts.invoice_id} is not international B2B e-reporting: {decision.reason}"
        )
    return InternationalRecord(facts)


def record_findings(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add(INT_ID_RULE, f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add(SELLER_ID_RULE, msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "BT-111",
        )
    for term, amount in (
        ("BT-109", f.total_without_vat),
        ("BT-110", f.total_vat),
        ("BT-112", f.total_with_vat),
    ):
        if not has_at_most_two_decimals(amount):
            add("ER-AMOUNT-SCALE", f"{term} {amount} has more than two decimals", term)
    if not f.vat_breakdown:
        add("ER-INT-BREAKDOWN", "at least one VAT breakdown (BG-23) is required", "BG-23")
    for i, line in enumerate(f.vat_breakdown, start=1):
        term = f"BG-23[{i}]"
        if not is_accepted_rate(line.rate):
            add("ER-RATE", f"VAT rate (BT-119) {line.rate}% is not an accepted French rate (BR-FR-16)", term)
        expected = percent_of(line.taxable_amount, line.rate)
        if abs(expected - line.vat_amount) > VAT_TOLERANCE:
            msg = (
                f"VAT amount (BT-117) {line.vat_amount} differs from {expected} "
                f"({line.taxable_amount} x {rate_str(line.rate)}%) by more than {VAT_TOLERANCE}"
            )
            add("ER-INT-VAT", msg, term)
    base = sum((line.taxable_amount for line in f.vat_breakdown), Decimal(0))
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)
