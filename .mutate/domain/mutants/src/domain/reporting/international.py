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
from domain.money import percent_of
from domain.reporting.amounts import (
    EUR,
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class VatBreakdownFacts:
    """One BG-23 VAT breakdown line."""

    category_code: str  # BT-118 (S, Z, E, AE, K, G, O, L, M)
    rate: Decimal  # BT-119, percent
    taxable_amount: Decimal  # BT-116
    vat_amount: Decimal  # BT-117
    exemption_reason_code: str | None = None  # BT-121

    @_mutmut_mutated(mutants_xǁVatBreakdownFactsǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_orig(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_1(self) -> None:
        require_decimal(None, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_2(self) -> None:
        require_decimal(self.rate, None)
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_3(self) -> None:
        require_decimal("BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_4(self) -> None:
        require_decimal(self.rate, )
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_5(self) -> None:
        require_decimal(self.rate, "XXBT-119 VAT rateXX")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_6(self) -> None:
        require_decimal(self.rate, "bt-119 vat rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_7(self) -> None:
        require_decimal(self.rate, "BT-119 VAT RATE")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_8(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(None, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_9(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, None)
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_10(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal("BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_11(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, )
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_12(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "XXBT-116 taxable amountXX")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_13(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "bt-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_14(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 TAXABLE AMOUNT")
        require_decimal(self.vat_amount, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_15(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(None, "BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_16(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, None)

    def xǁVatBreakdownFactsǁ__post_init____mutmut_17(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal("BT-117 VAT amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_18(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, )

    def xǁVatBreakdownFactsǁ__post_init____mutmut_19(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "XXBT-117 VAT amountXX")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_20(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "bt-117 vat amount")

    def xǁVatBreakdownFactsǁ__post_init____mutmut_21(self) -> None:
        require_decimal(self.rate, "BT-119 VAT rate")
        require_decimal(self.taxable_amount, "BT-116 taxable amount")
        require_decimal(self.vat_amount, "BT-117 VAT AMOUNT")

mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['_mutmut_orig'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_1'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_2'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_3'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_4'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_5'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_6'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_7'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_8'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_9'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_10'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_11'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_12'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_13'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_14'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_15'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_16'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_17'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_18'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_19'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_20'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁVatBreakdownFactsǁ__post_init____mutmut['xǁVatBreakdownFactsǁ__post_init____mutmut_21'] = VatBreakdownFacts.xǁVatBreakdownFactsǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_orig(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_1(self) -> None:
        for name in ("XXtotal_without_vatXX", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_2(self) -> None:
        for name in ("TOTAL_WITHOUT_VAT", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_3(self) -> None:
        for name in ("total_without_vat", "XXtotal_vatXX", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_4(self) -> None:
        for name in ("total_without_vat", "TOTAL_VAT", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_5(self) -> None:
        for name in ("total_without_vat", "total_vat", "XXtotal_with_vatXX"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_6(self) -> None:
        for name in ("total_without_vat", "total_vat", "TOTAL_WITH_VAT"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_7(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(None, name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_8(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), None)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_9(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_10(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), )
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_11(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(None, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_12(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, None), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_13(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_14(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, ), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_15(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is None:
            require_decimal(self.total_vat_in_accounting_currency, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_16(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(None, "BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_17(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, None)

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_18(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal("BT-111")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_19(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, )

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_20(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "XXBT-111XX")

    def xǁInternationalInvoiceFactsǁ__post_init____mutmut_21(self) -> None:
        for name in ("total_without_vat", "total_vat", "total_with_vat"):
            require_decimal(getattr(self, name), name)
        if self.total_vat_in_accounting_currency is not None:
            require_decimal(self.total_vat_in_accounting_currency, "bt-111")

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

mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['_mutmut_orig'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_1'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_2'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_3'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_4'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_5'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_6'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_7'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_8'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_9'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_10'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_11'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_12'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_13'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_14'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_15'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_16'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_17'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_18'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_19'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_20'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁInternationalInvoiceFactsǁ__post_init____mutmut['xǁInternationalInvoiceFactsǁ__post_init____mutmut_21'] = InternationalInvoiceFacts.xǁInternationalInvoiceFactsǁ__post_init____mutmut_21 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class ScopeDecision:
    in_scope: bool
    reason: str
mutants_x_assess_scope__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_assess_scope__mutmut)
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


def x_assess_scope__mutmut_orig(facts: InternationalInvoiceFacts) -> ScopeDecision:
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


def x_assess_scope__mutmut_1(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = None
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


def x_assess_scope__mutmut_2(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.lower() in FRANCE:
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


def x_assess_scope__mutmut_3(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() not in FRANCE:
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


def x_assess_scope__mutmut_4(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            None, f"counterparty established in France ({other.country}): domestic e-invoicing"
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


def x_assess_scope__mutmut_5(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, None
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


def x_assess_scope__mutmut_6(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            f"counterparty established in France ({other.country}): domestic e-invoicing"
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


def x_assess_scope__mutmut_7(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, )
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


def x_assess_scope__mutmut_8(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            True, f"counterparty established in France ({other.country}): domestic e-invoicing"
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


def x_assess_scope__mutmut_9(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = None
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


def x_assess_scope__mutmut_10(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = (facts.ship_from_country or facts.seller.country).lower()
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


def x_assess_scope__mutmut_11(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = (facts.ship_from_country and facts.seller.country).upper()
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


def x_assess_scope__mutmut_12(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = (facts.ship_from_country or facts.seller.country).upper()
    if (
        facts.declarant_role is DeclarantRole.BUYER
        and facts.nature is Nature.GOODS or origin not in EU_FOR_GOODS
    ):
        return ScopeDecision(
            False, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_13(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = (facts.ship_from_country or facts.seller.country).upper()
    if (
        facts.declarant_role is DeclarantRole.BUYER or facts.nature is Nature.GOODS
        and origin not in EU_FOR_GOODS
    ):
        return ScopeDecision(
            False, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_14(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = (facts.ship_from_country or facts.seller.country).upper()
    if (
        facts.declarant_role is not DeclarantRole.BUYER
        and facts.nature is Nature.GOODS
        and origin not in EU_FOR_GOODS
    ):
        return ScopeDecision(
            False, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_15(facts: InternationalInvoiceFacts) -> ScopeDecision:
    """Is this invoice international B2B e-reporting (10.1)? (CGI 290 A; reform.md §7)"""
    other = facts.counterparty
    if other.country.upper() in FRANCE:
        return ScopeDecision(
            False, f"counterparty established in France ({other.country}): domestic e-invoicing"
        )
    origin = (facts.ship_from_country or facts.seller.country).upper()
    if (
        facts.declarant_role is DeclarantRole.BUYER
        and facts.nature is not Nature.GOODS
        and origin not in EU_FOR_GOODS
    ):
        return ScopeDecision(
            False, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_16(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
        and origin in EU_FOR_GOODS
    ):
        return ScopeDecision(
            False, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_17(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
            None, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_18(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
            False, None
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_19(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
            f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_20(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
            False, )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_21(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
            True, f"import of goods from {origin}: declared through customs, not e-reported"
        )
    return ScopeDecision(
        True, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_22(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
        None, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_23(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
        True, None
    )


def x_assess_scope__mutmut_24(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
        f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_25(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
        True, )


def x_assess_scope__mutmut_26(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
        False, f"{facts.declarant_role.lower()} with a business established in {other.country}"
    )


def x_assess_scope__mutmut_27(facts: InternationalInvoiceFacts) -> ScopeDecision:
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
        True, f"{facts.declarant_role.upper()} with a business established in {other.country}"
    )

mutants_x_assess_scope__mutmut['_mutmut_orig'] = x_assess_scope__mutmut_orig # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_1'] = x_assess_scope__mutmut_1 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_2'] = x_assess_scope__mutmut_2 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_3'] = x_assess_scope__mutmut_3 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_4'] = x_assess_scope__mutmut_4 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_5'] = x_assess_scope__mutmut_5 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_6'] = x_assess_scope__mutmut_6 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_7'] = x_assess_scope__mutmut_7 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_8'] = x_assess_scope__mutmut_8 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_9'] = x_assess_scope__mutmut_9 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_10'] = x_assess_scope__mutmut_10 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_11'] = x_assess_scope__mutmut_11 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_12'] = x_assess_scope__mutmut_12 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_13'] = x_assess_scope__mutmut_13 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_14'] = x_assess_scope__mutmut_14 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_15'] = x_assess_scope__mutmut_15 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_16'] = x_assess_scope__mutmut_16 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_17'] = x_assess_scope__mutmut_17 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_18'] = x_assess_scope__mutmut_18 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_19'] = x_assess_scope__mutmut_19 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_20'] = x_assess_scope__mutmut_20 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_21'] = x_assess_scope__mutmut_21 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_22'] = x_assess_scope__mutmut_22 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_23'] = x_assess_scope__mutmut_23 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_24'] = x_assess_scope__mutmut_24 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_25'] = x_assess_scope__mutmut_25 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_26'] = x_assess_scope__mutmut_26 # type: ignore # mutmut generated
mutants_x_assess_scope__mutmut['x_assess_scope__mutmut_27'] = x_assess_scope__mutmut_27 # type: ignore # mutmut generated
mutants_xǁInternationalRecordǁfindings__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁInternationalRecordǁfindings__mutmut)
    def findings(self) -> tuple[Finding, ...]:
        return record_findings(self.facts)

    def xǁInternationalRecordǁfindings__mutmut_orig(self) -> tuple[Finding, ...]:
        return record_findings(self.facts)

    def xǁInternationalRecordǁfindings__mutmut_1(self) -> tuple[Finding, ...]:
        return record_findings(None)

mutants_xǁInternationalRecordǁfindings__mutmut['_mutmut_orig'] = InternationalRecord.xǁInternationalRecordǁfindings__mutmut_orig # type: ignore # mutmut generated
mutants_xǁInternationalRecordǁfindings__mutmut['xǁInternationalRecordǁfindings__mutmut_1'] = InternationalRecord.xǁInternationalRecordǁfindings__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_record__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_record__mutmut)
def build_record(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = assess_scope(facts)
    if not decision.in_scope:
        raise OutOfScope(
            f"invoice {facts.invoice_id} is not international B2B e-reporting: {decision.reason}"
        )
    return InternationalRecord(facts)


def x_build_record__mutmut_orig(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = assess_scope(facts)
    if not decision.in_scope:
        raise OutOfScope(
            f"invoice {facts.invoice_id} is not international B2B e-reporting: {decision.reason}"
        )
    return InternationalRecord(facts)


def x_build_record__mutmut_1(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = None
    if not decision.in_scope:
        raise OutOfScope(
            f"invoice {facts.invoice_id} is not international B2B e-reporting: {decision.reason}"
        )
    return InternationalRecord(facts)


def x_build_record__mutmut_2(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = assess_scope(None)
    if not decision.in_scope:
        raise OutOfScope(
            f"invoice {facts.invoice_id} is not international B2B e-reporting: {decision.reason}"
        )
    return InternationalRecord(facts)


def x_build_record__mutmut_3(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = assess_scope(facts)
    if decision.in_scope:
        raise OutOfScope(
            f"invoice {facts.invoice_id} is not international B2B e-reporting: {decision.reason}"
        )
    return InternationalRecord(facts)


def x_build_record__mutmut_4(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = assess_scope(facts)
    if not decision.in_scope:
        raise OutOfScope(
            None
        )
    return InternationalRecord(facts)


def x_build_record__mutmut_5(facts: InternationalInvoiceFacts) -> InternationalRecord:
    decision = assess_scope(facts)
    if not decision.in_scope:
        raise OutOfScope(
            f"invoice {facts.invoice_id} is not international B2B e-reporting: {decision.reason}"
        )
    return InternationalRecord(None)

mutants_x_build_record__mutmut['_mutmut_orig'] = x_build_record__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_record__mutmut['x_build_record__mutmut_1'] = x_build_record__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_record__mutmut['x_build_record__mutmut_2'] = x_build_record__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_record__mutmut['x_build_record__mutmut_3'] = x_build_record__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_record__mutmut['x_build_record__mutmut_4'] = x_build_record__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_record__mutmut['x_build_record__mutmut_5'] = x_build_record__mutmut_5 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_record_findings__mutmut)
def record_findings(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_orig(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_1(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = None
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_2(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = None

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_3(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(None)

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_4(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(None, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_5(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, None, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_6(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, None))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_7(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_8(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_9(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, ))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_10(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id and len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_11(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_12(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) >= INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_13(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add(None, f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_14(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", None, "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_15(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", None)
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_16(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add(f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_17(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_18(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", )
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_19(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("XXER-INT-IDXX", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_20(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("er-int-id", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_21(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "XXBT-1XX")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_22(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "bt-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_23(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process in PROCESS_TYPES:
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_24(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = None
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_25(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(None)
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_26(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = "XX, XX".join(sorted(PROCESS_TYPES))
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_27(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(None))
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_28(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            None,
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_29(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            None,
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_30(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            None,
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_31(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_32(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_33(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_34(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "XXER-INT-PROCESSXX",
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_35(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "er-int-process",
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_36(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "XXBT-23XX",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_37(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "bt-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_38(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is not None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_39(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add(None, "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_40(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", None, "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_41(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", None)
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_42(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_43(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_44(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", )
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_45(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("XXER-INT-DUE-DATEXX", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_46(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("er-int-due-date", "the payment due date (BT-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_47(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "XXthe payment due date (BT-9) is required to report the invoiceXX", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_48(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (bt-9) is required to report the invoice", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_49(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "THE PAYMENT DUE DATE (BT-9) IS REQUIRED TO REPORT THE INVOICE", "BT-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_50(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "XXBT-9XX")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_51(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
    if f.business_process not in PROCESS_TYPES:
        allowed = ", ".join(sorted(PROCESS_TYPES))
        add(
            "ER-INT-PROCESS",
            f"business process (BT-23) {f.business_process!r} is not one of {allowed}",
            "BT-23",
        )
    if f.due_date is None:
        # Not mandatory in EN 16931, but IOPOLE's 10.1 endpoint requires invoiceDueDate.
        add("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "bt-9")
    if not f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_52(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
    if f.buyer.identified:
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_53(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add(None, "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_54(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", None, "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_55(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", None)
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_56(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_57(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_58(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", )
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_59(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("XXER-INT-BUYER-IDXX", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_60(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("er-int-buyer-id", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_61(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "XXthe buyer identifier (BT-46 or BT-47, with its scheme) is mandatoryXX", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_62(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "the buyer identifier (bt-46 or bt-47, with its scheme) is mandatory", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_63(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "THE BUYER IDENTIFIER (BT-46 OR BT-47, WITH ITS SCHEME) IS MANDATORY", "BG-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_64(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "XXBG-7XX")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_65(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-BUYER-ID", "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory", "bg-7")
    if not f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_66(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
    if not f.seller.identified and f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_67(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
    if f.seller.identified or f.seller.identifier_scheme not in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_68(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
    if not f.seller.identified or f.seller.identifier_scheme in SELLER_ID_SCHEMES:
        allowed = "/".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_69(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        allowed = None
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_70(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        allowed = "/".join(None)
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_71(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        allowed = "XX/XX".join(sorted(SELLER_ID_SCHEMES))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_72(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        allowed = "/".join(sorted(None))
        msg = f"the seller identifier (BT-29/BT-30) must use scheme {allowed}, got {f.seller.identifier_scheme!r}"
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_73(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        msg = None
        add("ER-INT-SELLER-ID", msg, "BG-4")
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


def x_record_findings__mutmut_74(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add(None, msg, "BG-4")
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


def x_record_findings__mutmut_75(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", None, "BG-4")
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


def x_record_findings__mutmut_76(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, None)
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


def x_record_findings__mutmut_77(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add(msg, "BG-4")
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


def x_record_findings__mutmut_78(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", "BG-4")
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


def x_record_findings__mutmut_79(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, )
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


def x_record_findings__mutmut_80(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("XXER-INT-SELLER-IDXX", msg, "BG-4")
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


def x_record_findings__mutmut_81(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("er-int-seller-id", msg, "BG-4")
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


def x_record_findings__mutmut_82(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "XXBG-4XX")
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


def x_record_findings__mutmut_83(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "bg-4")
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


def x_record_findings__mutmut_84(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR or (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
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


def x_record_findings__mutmut_85(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency == EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
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


def x_record_findings__mutmut_86(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR and f.total_vat_in_accounting_currency is None):
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


def x_record_findings__mutmut_87(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency == EUR or f.total_vat_in_accounting_currency is None):
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


def x_record_findings__mutmut_88(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is not None):
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


def x_record_findings__mutmut_89(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            None,
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


def x_record_findings__mutmut_90(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            None,
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


def x_record_findings__mutmut_91(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            None,
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


def x_record_findings__mutmut_92(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
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


def x_record_findings__mutmut_93(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
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


def x_record_findings__mutmut_94(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
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


def x_record_findings__mutmut_95(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "XXER-CURRENCYXX",
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


def x_record_findings__mutmut_96(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "er-currency",
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


def x_record_findings__mutmut_97(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "XXBT-111XX",
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


def x_record_findings__mutmut_98(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "bt-111",
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


def x_record_findings__mutmut_99(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "BT-111",
        )
    for term, amount in (
        ("XXBT-109XX", f.total_without_vat),
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


def x_record_findings__mutmut_100(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "BT-111",
        )
    for term, amount in (
        ("bt-109", f.total_without_vat),
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


def x_record_findings__mutmut_101(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "BT-111",
        )
    for term, amount in (
        ("BT-109", f.total_without_vat),
        ("XXBT-110XX", f.total_vat),
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


def x_record_findings__mutmut_102(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "BT-111",
        )
    for term, amount in (
        ("BT-109", f.total_without_vat),
        ("bt-110", f.total_vat),
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


def x_record_findings__mutmut_103(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "BT-111",
        )
    for term, amount in (
        ("BT-109", f.total_without_vat),
        ("BT-110", f.total_vat),
        ("XXBT-112XX", f.total_with_vat),
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


def x_record_findings__mutmut_104(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
    if f.currency != EUR and (f.vat_accounting_currency != EUR or f.total_vat_in_accounting_currency is None):
        add(
            "ER-CURRENCY",
            f"invoice in {f.currency} without its VAT total in EUR (BT-6 = EUR and BT-111)",
            "BT-111",
        )
    for term, amount in (
        ("BT-109", f.total_without_vat),
        ("BT-110", f.total_vat),
        ("bt-112", f.total_with_vat),
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


def x_record_findings__mutmut_105(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if has_at_most_two_decimals(amount):
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


def x_record_findings__mutmut_106(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if not has_at_most_two_decimals(None):
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


def x_record_findings__mutmut_107(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(None, f"{term} {amount} has more than two decimals", term)
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


def x_record_findings__mutmut_108(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-AMOUNT-SCALE", None, term)
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


def x_record_findings__mutmut_109(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-AMOUNT-SCALE", f"{term} {amount} has more than two decimals", None)
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


def x_record_findings__mutmut_110(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(f"{term} {amount} has more than two decimals", term)
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


def x_record_findings__mutmut_111(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-AMOUNT-SCALE", term)
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


def x_record_findings__mutmut_112(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-AMOUNT-SCALE", f"{term} {amount} has more than two decimals", )
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


def x_record_findings__mutmut_113(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("XXER-AMOUNT-SCALEXX", f"{term} {amount} has more than two decimals", term)
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


def x_record_findings__mutmut_114(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("er-amount-scale", f"{term} {amount} has more than two decimals", term)
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


def x_record_findings__mutmut_115(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    if f.vat_breakdown:
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


def x_record_findings__mutmut_116(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add(None, "at least one VAT breakdown (BG-23) is required", "BG-23")
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


def x_record_findings__mutmut_117(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", None, "BG-23")
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


def x_record_findings__mutmut_118(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "at least one VAT breakdown (BG-23) is required", None)
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


def x_record_findings__mutmut_119(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("at least one VAT breakdown (BG-23) is required", "BG-23")
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


def x_record_findings__mutmut_120(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "BG-23")
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


def x_record_findings__mutmut_121(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "at least one VAT breakdown (BG-23) is required", )
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


def x_record_findings__mutmut_122(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("XXER-INT-BREAKDOWNXX", "at least one VAT breakdown (BG-23) is required", "BG-23")
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


def x_record_findings__mutmut_123(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("er-int-breakdown", "at least one VAT breakdown (BG-23) is required", "BG-23")
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


def x_record_findings__mutmut_124(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "XXat least one VAT breakdown (BG-23) is requiredXX", "BG-23")
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


def x_record_findings__mutmut_125(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "at least one vat breakdown (bg-23) is required", "BG-23")
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


def x_record_findings__mutmut_126(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "AT LEAST ONE VAT BREAKDOWN (BG-23) IS REQUIRED", "BG-23")
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


def x_record_findings__mutmut_127(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "at least one VAT breakdown (BG-23) is required", "XXBG-23XX")
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


def x_record_findings__mutmut_128(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        add("ER-INT-BREAKDOWN", "at least one VAT breakdown (BG-23) is required", "bg-23")
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


def x_record_findings__mutmut_129(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    for i, line in enumerate(None, start=1):
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


def x_record_findings__mutmut_130(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    for i, line in enumerate(f.vat_breakdown, start=None):
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


def x_record_findings__mutmut_131(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    for i, line in enumerate(start=1):
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


def x_record_findings__mutmut_132(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    for i, line in enumerate(f.vat_breakdown, ):
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


def x_record_findings__mutmut_133(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    for i, line in enumerate(f.vat_breakdown, start=2):
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


def x_record_findings__mutmut_134(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        term = None
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


def x_record_findings__mutmut_135(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if is_accepted_rate(line.rate):
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


def x_record_findings__mutmut_136(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if not is_accepted_rate(None):
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


def x_record_findings__mutmut_137(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(None, f"VAT rate (BT-119) {line.rate}% is not an accepted French rate (BR-FR-16)", term)
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


def x_record_findings__mutmut_138(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-RATE", None, term)
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


def x_record_findings__mutmut_139(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-RATE", f"VAT rate (BT-119) {line.rate}% is not an accepted French rate (BR-FR-16)", None)
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


def x_record_findings__mutmut_140(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(f"VAT rate (BT-119) {line.rate}% is not an accepted French rate (BR-FR-16)", term)
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


def x_record_findings__mutmut_141(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-RATE", term)
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


def x_record_findings__mutmut_142(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-RATE", f"VAT rate (BT-119) {line.rate}% is not an accepted French rate (BR-FR-16)", )
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


def x_record_findings__mutmut_143(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("XXER-RATEXX", f"VAT rate (BT-119) {line.rate}% is not an accepted French rate (BR-FR-16)", term)
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


def x_record_findings__mutmut_144(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("er-rate", f"VAT rate (BT-119) {line.rate}% is not an accepted French rate (BR-FR-16)", term)
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


def x_record_findings__mutmut_145(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        expected = None
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


def x_record_findings__mutmut_146(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        expected = percent_of(None, line.rate)
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


def x_record_findings__mutmut_147(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        expected = percent_of(line.taxable_amount, None)
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


def x_record_findings__mutmut_148(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        expected = percent_of(line.rate)
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


def x_record_findings__mutmut_149(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        expected = percent_of(line.taxable_amount, )
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


def x_record_findings__mutmut_150(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if abs(None) > VAT_TOLERANCE:
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


def x_record_findings__mutmut_151(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if abs(expected + line.vat_amount) > VAT_TOLERANCE:
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


def x_record_findings__mutmut_152(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if abs(expected - line.vat_amount) >= VAT_TOLERANCE:
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


def x_record_findings__mutmut_153(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            msg = None
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


def x_record_findings__mutmut_154(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
                f"({line.taxable_amount} x {rate_str(None)}%) by more than {VAT_TOLERANCE}"
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


def x_record_findings__mutmut_155(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(None, msg, term)
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


def x_record_findings__mutmut_156(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-VAT", None, term)
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


def x_record_findings__mutmut_157(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-VAT", msg, None)
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


def x_record_findings__mutmut_158(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(msg, term)
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


def x_record_findings__mutmut_159(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-VAT", term)
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


def x_record_findings__mutmut_160(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-VAT", msg, )
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


def x_record_findings__mutmut_161(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("XXER-INT-VATXX", msg, term)
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


def x_record_findings__mutmut_162(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("er-int-vat", msg, term)
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


def x_record_findings__mutmut_163(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    base = None
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_164(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    base = sum(None, Decimal(0))
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_165(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    base = sum((line.taxable_amount for line in f.vat_breakdown), None)
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_166(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    base = sum(Decimal(0))
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_167(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    base = sum((line.taxable_amount for line in f.vat_breakdown), )
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_168(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    base = sum((line.taxable_amount for line in f.vat_breakdown), Decimal(None))
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_169(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    base = sum((line.taxable_amount for line in f.vat_breakdown), Decimal(1))
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_170(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    vat = None
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_171(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    vat = sum(None, Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_172(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    vat = sum((line.vat_amount for line in f.vat_breakdown), None)
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_173(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    vat = sum(Decimal(0))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_174(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    vat = sum((line.vat_amount for line in f.vat_breakdown), )
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_175(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(None))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_176(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    vat = sum((line.vat_amount for line in f.vat_breakdown), Decimal(1))
    for term, declared, computed in (
        ("BT-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_177(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        ("XXBT-109XX", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_178(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        ("bt-109", f.total_without_vat, base),
        ("BT-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_179(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        ("XXBT-110XX", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_180(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        ("bt-110", f.total_vat, vat),
        ("BT-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_181(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        ("XXBT-112XX", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_182(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        ("bt-112", f.total_with_vat, f.total_without_vat + f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_183(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        ("BT-112", f.total_with_vat, f.total_without_vat - f.total_vat),
    ):
        if abs(declared - computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_184(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if abs(None) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_185(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if abs(declared + computed) > VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_186(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
        if abs(declared - computed) >= VAT_TOLERANCE:
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_187(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(None, f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_188(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-TOTALS", None, term)
    return tuple(out)


def x_record_findings__mutmut_189(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", None)
    return tuple(out)


def x_record_findings__mutmut_190(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add(f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_191(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-TOTALS", term)
    return tuple(out)


def x_record_findings__mutmut_192(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("ER-INT-TOTALS", f"{term} {declared} differs from {computed}, the sum of its parts", )
    return tuple(out)


def x_record_findings__mutmut_193(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("XXER-INT-TOTALSXX", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_194(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
            add("er-int-totals", f"{term} {declared} differs from {computed}, the sum of its parts", term)
    return tuple(out)


def x_record_findings__mutmut_195(f: InternationalInvoiceFacts) -> tuple[Finding, ...]:
    """Consistency checks on one 10.1 record (ids documented in docs/ereporting.md)."""
    at = f"international[{f.invoice_id}]"
    out: list[Finding] = []

    def add(rule: str, msg: str, term: str) -> None:
        out.append(fatal(rule, msg, f"{at}/{term}"))

    if not f.invoice_id or len(f.invoice_id) > INVOICE_ID_MAX:
        add("ER-INT-ID", f"invoice number (BT-1) must have 1 to {INVOICE_ID_MAX} characters", "BT-1")
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
        add("ER-INT-SELLER-ID", msg, "BG-4")
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
    return tuple(None)

mutants_x_record_findings__mutmut['_mutmut_orig'] = x_record_findings__mutmut_orig # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_1'] = x_record_findings__mutmut_1 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_2'] = x_record_findings__mutmut_2 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_3'] = x_record_findings__mutmut_3 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_4'] = x_record_findings__mutmut_4 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_5'] = x_record_findings__mutmut_5 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_6'] = x_record_findings__mutmut_6 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_7'] = x_record_findings__mutmut_7 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_8'] = x_record_findings__mutmut_8 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_9'] = x_record_findings__mutmut_9 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_10'] = x_record_findings__mutmut_10 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_11'] = x_record_findings__mutmut_11 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_12'] = x_record_findings__mutmut_12 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_13'] = x_record_findings__mutmut_13 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_14'] = x_record_findings__mutmut_14 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_15'] = x_record_findings__mutmut_15 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_16'] = x_record_findings__mutmut_16 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_17'] = x_record_findings__mutmut_17 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_18'] = x_record_findings__mutmut_18 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_19'] = x_record_findings__mutmut_19 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_20'] = x_record_findings__mutmut_20 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_21'] = x_record_findings__mutmut_21 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_22'] = x_record_findings__mutmut_22 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_23'] = x_record_findings__mutmut_23 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_24'] = x_record_findings__mutmut_24 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_25'] = x_record_findings__mutmut_25 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_26'] = x_record_findings__mutmut_26 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_27'] = x_record_findings__mutmut_27 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_28'] = x_record_findings__mutmut_28 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_29'] = x_record_findings__mutmut_29 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_30'] = x_record_findings__mutmut_30 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_31'] = x_record_findings__mutmut_31 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_32'] = x_record_findings__mutmut_32 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_33'] = x_record_findings__mutmut_33 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_34'] = x_record_findings__mutmut_34 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_35'] = x_record_findings__mutmut_35 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_36'] = x_record_findings__mutmut_36 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_37'] = x_record_findings__mutmut_37 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_38'] = x_record_findings__mutmut_38 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_39'] = x_record_findings__mutmut_39 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_40'] = x_record_findings__mutmut_40 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_41'] = x_record_findings__mutmut_41 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_42'] = x_record_findings__mutmut_42 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_43'] = x_record_findings__mutmut_43 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_44'] = x_record_findings__mutmut_44 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_45'] = x_record_findings__mutmut_45 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_46'] = x_record_findings__mutmut_46 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_47'] = x_record_findings__mutmut_47 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_48'] = x_record_findings__mutmut_48 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_49'] = x_record_findings__mutmut_49 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_50'] = x_record_findings__mutmut_50 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_51'] = x_record_findings__mutmut_51 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_52'] = x_record_findings__mutmut_52 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_53'] = x_record_findings__mutmut_53 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_54'] = x_record_findings__mutmut_54 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_55'] = x_record_findings__mutmut_55 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_56'] = x_record_findings__mutmut_56 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_57'] = x_record_findings__mutmut_57 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_58'] = x_record_findings__mutmut_58 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_59'] = x_record_findings__mutmut_59 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_60'] = x_record_findings__mutmut_60 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_61'] = x_record_findings__mutmut_61 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_62'] = x_record_findings__mutmut_62 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_63'] = x_record_findings__mutmut_63 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_64'] = x_record_findings__mutmut_64 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_65'] = x_record_findings__mutmut_65 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_66'] = x_record_findings__mutmut_66 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_67'] = x_record_findings__mutmut_67 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_68'] = x_record_findings__mutmut_68 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_69'] = x_record_findings__mutmut_69 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_70'] = x_record_findings__mutmut_70 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_71'] = x_record_findings__mutmut_71 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_72'] = x_record_findings__mutmut_72 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_73'] = x_record_findings__mutmut_73 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_74'] = x_record_findings__mutmut_74 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_75'] = x_record_findings__mutmut_75 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_76'] = x_record_findings__mutmut_76 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_77'] = x_record_findings__mutmut_77 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_78'] = x_record_findings__mutmut_78 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_79'] = x_record_findings__mutmut_79 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_80'] = x_record_findings__mutmut_80 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_81'] = x_record_findings__mutmut_81 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_82'] = x_record_findings__mutmut_82 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_83'] = x_record_findings__mutmut_83 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_84'] = x_record_findings__mutmut_84 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_85'] = x_record_findings__mutmut_85 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_86'] = x_record_findings__mutmut_86 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_87'] = x_record_findings__mutmut_87 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_88'] = x_record_findings__mutmut_88 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_89'] = x_record_findings__mutmut_89 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_90'] = x_record_findings__mutmut_90 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_91'] = x_record_findings__mutmut_91 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_92'] = x_record_findings__mutmut_92 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_93'] = x_record_findings__mutmut_93 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_94'] = x_record_findings__mutmut_94 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_95'] = x_record_findings__mutmut_95 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_96'] = x_record_findings__mutmut_96 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_97'] = x_record_findings__mutmut_97 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_98'] = x_record_findings__mutmut_98 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_99'] = x_record_findings__mutmut_99 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_100'] = x_record_findings__mutmut_100 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_101'] = x_record_findings__mutmut_101 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_102'] = x_record_findings__mutmut_102 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_103'] = x_record_findings__mutmut_103 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_104'] = x_record_findings__mutmut_104 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_105'] = x_record_findings__mutmut_105 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_106'] = x_record_findings__mutmut_106 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_107'] = x_record_findings__mutmut_107 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_108'] = x_record_findings__mutmut_108 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_109'] = x_record_findings__mutmut_109 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_110'] = x_record_findings__mutmut_110 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_111'] = x_record_findings__mutmut_111 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_112'] = x_record_findings__mutmut_112 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_113'] = x_record_findings__mutmut_113 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_114'] = x_record_findings__mutmut_114 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_115'] = x_record_findings__mutmut_115 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_116'] = x_record_findings__mutmut_116 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_117'] = x_record_findings__mutmut_117 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_118'] = x_record_findings__mutmut_118 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_119'] = x_record_findings__mutmut_119 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_120'] = x_record_findings__mutmut_120 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_121'] = x_record_findings__mutmut_121 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_122'] = x_record_findings__mutmut_122 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_123'] = x_record_findings__mutmut_123 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_124'] = x_record_findings__mutmut_124 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_125'] = x_record_findings__mutmut_125 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_126'] = x_record_findings__mutmut_126 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_127'] = x_record_findings__mutmut_127 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_128'] = x_record_findings__mutmut_128 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_129'] = x_record_findings__mutmut_129 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_130'] = x_record_findings__mutmut_130 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_131'] = x_record_findings__mutmut_131 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_132'] = x_record_findings__mutmut_132 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_133'] = x_record_findings__mutmut_133 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_134'] = x_record_findings__mutmut_134 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_135'] = x_record_findings__mutmut_135 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_136'] = x_record_findings__mutmut_136 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_137'] = x_record_findings__mutmut_137 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_138'] = x_record_findings__mutmut_138 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_139'] = x_record_findings__mutmut_139 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_140'] = x_record_findings__mutmut_140 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_141'] = x_record_findings__mutmut_141 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_142'] = x_record_findings__mutmut_142 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_143'] = x_record_findings__mutmut_143 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_144'] = x_record_findings__mutmut_144 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_145'] = x_record_findings__mutmut_145 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_146'] = x_record_findings__mutmut_146 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_147'] = x_record_findings__mutmut_147 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_148'] = x_record_findings__mutmut_148 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_149'] = x_record_findings__mutmut_149 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_150'] = x_record_findings__mutmut_150 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_151'] = x_record_findings__mutmut_151 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_152'] = x_record_findings__mutmut_152 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_153'] = x_record_findings__mutmut_153 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_154'] = x_record_findings__mutmut_154 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_155'] = x_record_findings__mutmut_155 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_156'] = x_record_findings__mutmut_156 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_157'] = x_record_findings__mutmut_157 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_158'] = x_record_findings__mutmut_158 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_159'] = x_record_findings__mutmut_159 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_160'] = x_record_findings__mutmut_160 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_161'] = x_record_findings__mutmut_161 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_162'] = x_record_findings__mutmut_162 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_163'] = x_record_findings__mutmut_163 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_164'] = x_record_findings__mutmut_164 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_165'] = x_record_findings__mutmut_165 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_166'] = x_record_findings__mutmut_166 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_167'] = x_record_findings__mutmut_167 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_168'] = x_record_findings__mutmut_168 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_169'] = x_record_findings__mutmut_169 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_170'] = x_record_findings__mutmut_170 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_171'] = x_record_findings__mutmut_171 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_172'] = x_record_findings__mutmut_172 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_173'] = x_record_findings__mutmut_173 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_174'] = x_record_findings__mutmut_174 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_175'] = x_record_findings__mutmut_175 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_176'] = x_record_findings__mutmut_176 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_177'] = x_record_findings__mutmut_177 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_178'] = x_record_findings__mutmut_178 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_179'] = x_record_findings__mutmut_179 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_180'] = x_record_findings__mutmut_180 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_181'] = x_record_findings__mutmut_181 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_182'] = x_record_findings__mutmut_182 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_183'] = x_record_findings__mutmut_183 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_184'] = x_record_findings__mutmut_184 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_185'] = x_record_findings__mutmut_185 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_186'] = x_record_findings__mutmut_186 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_187'] = x_record_findings__mutmut_187 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_188'] = x_record_findings__mutmut_188 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_189'] = x_record_findings__mutmut_189 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_190'] = x_record_findings__mutmut_190 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_191'] = x_record_findings__mutmut_191 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_192'] = x_record_findings__mutmut_192 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_193'] = x_record_findings__mutmut_193 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_194'] = x_record_findings__mutmut_194 # type: ignore # mutmut generated
mutants_x_record_findings__mutmut['x_record_findings__mutmut_195'] = x_record_findings__mutmut_195 # type: ignore # mutmut generated
