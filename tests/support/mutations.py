"""Named faults to inject into a valid invoice, for differential tests of the domain rules against the official
validation layers.

Each `Mutation` takes a valid invoice whose totals are computed and returns a faulty one. Two kinds:
- model faults (`declared=False`): a field of the invoice is wrong; the totals are recomputed afterwards so the
  fault is the only thing wrong with the document;
- declared faults (`declared=True`): a declared amount (BG-22 totals, BG-23 breakdown, BT-131 line net) is wrong,
  which the model carries as declared values; the totals must NOT be recomputed, the renderers write them as
  they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from domain.invoice import (
    AllowanceCharge,
    DocumentType,
    Identifier,
    Invoice,
    InvoiceLine,
    Note,
    Period,
    PrecedingInvoice,
    Totals,
    VatBreakdown,
    VatCategory,
)
from domain.totals import compute_totals

CENT = Decimal("0.01")
EURO = Decimal("1.00")


@dataclass(frozen=True, slots=True)
class Mutation:
    name: str
    fault: str  # what is wrong, in plain words, with the business terms
    apply: Callable[[Invoice], Invoice]
    declared: bool = False

    def __call__(self, invoice: Invoice) -> Invoice:
        mutated = self.apply(invoice)
        return mutated if self.declared else compute_totals(mutated)


# ------------------------------------------------------------------------------------------------- helpers
def _totals(invoice: Invoice) -> Totals:
    if invoice.totals is None or invoice.vat_breakdown is None:
        raise ValueError("mutations apply to invoices whose totals are computed")
    return invoice.totals


def with_totals(invoice: Invoice, **changes: Decimal) -> Invoice:
    return invoice.evolve(totals=replace(_totals(invoice), **changes))


def _shift_vat_total(invoice: Invoice, delta: Decimal) -> Invoice:
    """BT-110, BT-112 and BT-115 moved by `delta` together, so only the rule about the VAT amounts is broken."""
    t = _totals(invoice)
    return with_totals(
        invoice,
        tax_total=t.tax_total + delta,
        tax_inclusive=t.tax_inclusive + delta,
        amount_due=t.amount_due + delta,
    )


def with_first_breakdown(invoice: Invoice, **changes: Decimal) -> Invoice:
    _totals(invoice)
    breakdown = list(invoice.vat_breakdown or ())
    breakdown[0] = replace(breakdown[0], **changes)
    return invoice.evolve(vat_breakdown=tuple(breakdown))


def with_first_line(invoice: Invoice, **changes: object) -> Invoice:
    lines = list(invoice.lines)
    lines[0] = replace(lines[0], **changes)  # type: ignore[arg-type]
    return invoice.evolve(lines=tuple(lines))


def with_seller(invoice: Invoice, **changes: object) -> Invoice:
    return invoice.evolve(seller=replace(invoice.seller, **changes))  # type: ignore[arg-type]


def with_buyer(invoice: Invoice, **changes: object) -> Invoice:
    return invoice.evolve(buyer=replace(invoice.buyer, **changes))  # type: ignore[arg-type]


def all_in_category(invoice: Invoice, category: VatCategory, rate: Decimal | None) -> Invoice:
    """Every line and document allowance or charge moved to one VAT category and rate (no breakdown kept)."""

    def line(item: InvoiceLine) -> InvoiceLine:
        return replace(item, vat_category=category, vat_rate=rate)

    def doc_ac(ac: AllowanceCharge) -> AllowanceCharge:
        return replace(ac, vat_category=category, vat_rate=rate)

    return invoice.evolve(
        lines=tuple(line(x) for x in invoice.lines),
        allowances_charges=tuple(doc_ac(ac) for ac in invoice.allowances_charges),
        vat_breakdown=None,
        totals=None,
    )


def _with_exemption(invoice: Invoice, reason: str, code: str) -> Invoice:
    """The VAT breakdowns computed, each with an exemption reason (what a 0 % category requires)."""
    computed = compute_totals(invoice)
    breakdown = tuple(
        replace(b, exemption_reason=reason, exemption_reason_code=code) for b in computed.vat_breakdown or ()
    )
    return computed.evolve(vat_breakdown=breakdown)


def _document_allowance(invoice: Invoice, amount: Decimal, reason: str, code: str) -> AllowanceCharge:
    """A document allowance in the VAT category and rate of line 1 (whose breakdown already exists)."""
    first = invoice.lines[0]
    return AllowanceCharge(
        False,
        amount,
        vat_category=first.vat_category,
        vat_rate=first.vat_rate,
        reason=reason,
        reason_code=code,
    )


def without_notes(invoice: Invoice, subject_code: str) -> Invoice:
    return invoice.evolve(notes=tuple(n for n in invoice.notes if n.subject_code != subject_code))


def _to_type(invoice: Invoice, type_code: DocumentType) -> Invoice:
    return invoice.evolve(type_code=type_code, preceding_invoices=())


def _first_breakdown_rounding(invoice: Invoice) -> Invoice:
    """BT-117 of the first breakdown one cent off its rounding, BT-110/112/115 consistent with it."""
    first: VatBreakdown = (invoice.vat_breakdown or ())[0]
    return _shift_vat_total(with_first_breakdown(invoice, tax_amount=first.tax_amount + CENT), CENT)


def _line_net_plus_cent(invoice: Invoice) -> Invoice:
    net = invoice.lines[0].net_amount
    assert net is not None
    return with_first_line(invoice, net_amount=net + CENT)


def _foreign_vat_exempt(invoice: Invoice) -> Invoice:
    return _with_exemption(
        all_in_category(invoice, VatCategory.REVERSE_CHARGE, Decimal(0)), "Autoliquidation", "VATEX-EU-AE"
    )


def _reverse_charge_without_buyer_ids(invoice: Invoice) -> Invoice:
    return with_buyer(_foreign_vat_exempt(invoice), vat_id="", legal_registration=None)


# ------------------------------------------------------------------------------------------------- the faults
MUTATIONS: tuple[Mutation, ...] = (
    # --- declared totals, breakdown and line nets (never recomputed)
    Mutation(
        "bt112_plus_cent",
        "BT-112 one cent above BT-109 + BT-110",
        lambda i: with_totals(i, tax_inclusive=_totals(i).tax_inclusive + CENT),
        declared=True,
    ),
    Mutation(
        "bt109_plus_euro",
        "BT-109 one euro above BT-106 - BT-107 + BT-108",
        lambda i: with_totals(i, tax_exclusive=_totals(i).tax_exclusive + EURO),
        declared=True,
    ),
    Mutation(
        "bt110_plus_cent",
        "BT-110 one cent above the sum of BT-117 (BT-112, BT-115 consistent with it)",
        lambda i: _shift_vat_total(i, CENT),
        declared=True,
    ),
    Mutation(
        "bt106_plus_cent",
        "BT-106 one cent above the sum of the line nets",
        lambda i: with_totals(i, line_total=_totals(i).line_total + CENT),
        declared=True,
    ),
    Mutation(
        "bt115_plus_euro",
        "BT-115 one euro above BT-112 - BT-113 + BT-114",
        lambda i: with_totals(i, amount_due=_totals(i).amount_due + EURO),
        declared=True,
    ),
    Mutation("line_net_plus_cent", "BT-131 of line 1 one cent off", _line_net_plus_cent, declared=True),
    Mutation(
        "vat_amount_rounding",
        "BT-117 of the first breakdown one cent off its rounding, totals consistent",
        _first_breakdown_rounding,
        declared=True,
    ),
    Mutation(
        "taxable_amount_plus_euro",
        "BT-116 of the first breakdown one euro off",
        lambda i: with_first_breakdown(i, taxable_amount=(i.vat_breakdown or ())[0].taxable_amount + EURO),
        declared=True,
    ),
    Mutation(
        "breakdown_missing",
        "no VAT breakdown at all (BG-23)",
        lambda i: i.evolve(vat_breakdown=()),
        declared=True,
    ),
    # --- amounts, quantities, prices as written
    Mutation(
        "allowance_three_decimals",
        "a document allowance of 1.005 (BT-92, 3 decimals)",
        lambda i: i.evolve(
            allowances_charges=(
                *i.allowances_charges,
                _document_allowance(i, Decimal("1.005"), "Remise", "95"),
            )
        ),
    ),
    Mutation(
        "quantity_five_decimals",
        "BT-129 of line 1 with 5 decimals",
        lambda i: with_first_line(i, quantity=Decimal("1.00001")),
    ),
    Mutation(
        "price_seven_decimals",
        "BT-146 of line 1 with 7 decimals",
        lambda i: with_first_line(i, net_price=Decimal("10.0000001")),
    ),
    Mutation(
        "vat_rate_three_decimals",
        "BT-152 written 20.000 (the renderer writes rates canonically)",
        lambda i: all_in_category(i, VatCategory.STANDARD, Decimal("20.000")),
    ),
    # --- parties
    Mutation(
        "seller_siren_missing",
        "no seller legal registration (BT-30)",
        lambda i: with_seller(i, legal_registration=None),
    ),
    Mutation(
        "seller_siren_wrong_scheme",
        "seller SIREN declared with scheme 0088 instead of 0002 (BT-30-1)",
        lambda i: with_seller(i, legal_registration=Identifier(i.seller.siren, "0088")),
    ),
    Mutation(
        "seller_siren_eight_digits",
        "seller SIREN of 8 digits (BT-30)",
        lambda i: with_seller(i, legal_registration=Identifier(i.seller.siren[:8], "0002")),
    ),
    Mutation(
        "seller_siren_bad_key",
        "seller SIREN with a wrong check digit (BT-30)",
        lambda i: with_seller(
            i,
            legal_registration=Identifier(
                i.seller.siren[:8] + str((int(i.seller.siren[8]) + 1) % 10), "0002"
            ),
        ),
    ),
    Mutation(
        "buyer_siren_missing_b2b",
        "no buyer legal registration (BT-47) on a B2B invoice",
        lambda i: with_buyer(i, legal_registration=None),
    ),
    Mutation("seller_name_missing", "no seller name (BT-27)", lambda i: with_seller(i, name="")),
    # Blank as XPath normalize-space() sees it: XML whitespace is blank, a no-break space (U+00A0) is content.
    Mutation(
        "seller_name_whitespace",
        "seller name (BT-27) of XML whitespace",
        lambda i: with_seller(i, name=" \t "),
    ),
    Mutation(
        "line_id_whitespace", "line identifier (BT-126) of spaces", lambda i: with_first_line(i, id="  ")
    ),
    Mutation(
        "buyer_name_nbsp", "buyer name (BT-44) of one no-break space", lambda i: with_buyer(i, name="\u00a0")
    ),
    Mutation(
        "item_name_nbsp",
        "item name (BT-153) of one no-break space",
        lambda i: with_first_line(i, item=replace(i.lines[0].item, name="\u00a0")),
    ),
    Mutation(
        "buyer_country_missing",
        "buyer address without country (BT-55)",
        lambda i: with_buyer(i, address=replace(i.buyer.address, country="")),
    ),
    Mutation(
        "seller_vat_id_missing",
        "standard-rated invoice without seller VAT identifier (BT-31)",
        lambda i: with_seller(i, vat_id="", tax_registration_id=""),
    ),
    Mutation(
        "buyer_address_not_0225",
        "buyer electronic address (BT-49) with scheme 0088",
        lambda i: with_buyer(i, electronic_address=Identifier("3012345678901", "0088")),
    ),
    Mutation(
        "buyer_address_other_siren",
        "buyer electronic address (BT-49, 0225) not starting with the buyer SIREN",
        lambda i: with_buyer(i, electronic_address=Identifier("303265045", "0225")),
    ),
    Mutation(
        "buyer_address_missing",
        "no buyer electronic address (BT-49)",
        lambda i: with_buyer(i, electronic_address=None),
    ),
    Mutation(
        "seller_address_missing",
        "no seller electronic address (BT-34)",
        lambda i: with_seller(i, electronic_address=None),
    ),
    Mutation(
        "seller_address_other_siren",
        "self-billed invoice (389) whose seller electronic address (BT-34, 0225) does not start with the seller SIREN",
        lambda i: with_seller(
            i.evolve(type_code=DocumentType.SELF_BILLED_INVOICE),
            electronic_address=Identifier("303265045", "0225"),
        ),
    ),
    # --- VAT
    Mutation(
        "vat_rate_19",
        "VAT rate 19 % (BT-152, BT-119)",
        lambda i: all_in_category(i, VatCategory.STANDARD, Decimal("19")),
    ),
    Mutation(
        "standard_rate_zero",
        "standard category S at 0 % (BT-152)",
        lambda i: all_in_category(i, VatCategory.STANDARD, Decimal("0")),
    ),
    Mutation(
        "zero_rated_at_20",
        "zero-rated category Z at 20 % (BT-152)",
        lambda i: all_in_category(i, VatCategory.ZERO_RATED, Decimal("20")),
    ),
    Mutation(
        "exempt_without_reason",
        "exempt category E without exemption reason (BT-120/BT-121)",
        lambda i: all_in_category(i, VatCategory.EXEMPT, Decimal("0")),
    ),
    Mutation(
        "canary_category",
        "VAT category L (Canary Islands) on a French invoice (BT-151)",
        lambda i: all_in_category(i, VatCategory.CANARY, Decimal("7")),
    ),
    Mutation(
        "reverse_charge_without_buyer_ids",
        "reverse charge (AE) with neither buyer VAT identifier (BT-48) nor SIREN (BT-47)",
        _reverse_charge_without_buyer_ids,
    ),
    Mutation(
        "reverse_charge_without_buyer_vat",
        "reverse charge (AE) without buyer VAT identifier (BT-48), SIREN present",
        lambda i: with_buyer(_foreign_vat_exempt(i), vat_id=""),
    ),
    Mutation(
        "reverse_charge_with_rate",
        "reverse charge (AE) at 20 %",
        lambda i: _with_exemption(
            all_in_category(i, VatCategory.REVERSE_CHARGE, Decimal("20")), "Autoliquidation", "VATEX-EU-AE"
        ),
    ),
    # --- notes and process
    Mutation("pmt_note_missing", "no PMT note (BT-21/BT-22)", lambda i: without_notes(i, "PMT")),
    Mutation("pmd_note_missing", "no PMD note (BT-21/BT-22)", lambda i: without_notes(i, "PMD")),
    Mutation("aab_note_missing", "no AAB note (BT-21/BT-22)", lambda i: without_notes(i, "AAB")),
    Mutation(
        "pmt_note_duplicated",
        "two PMT notes (BT-21)",
        lambda i: i.evolve(notes=(*i.notes, Note("Indemnité forfaitaire : 40 €.", "PMT"))),
    ),
    Mutation("bt23_missing", "no business process (BT-23)", lambda i: i.evolve(business_process="")),
    Mutation(
        "bt23_unknown",
        "business process S10 (BT-23), not in the list",
        lambda i: i.evolve(business_process="S10"),
    ),
    # --- numbers, dates, types
    Mutation(
        "number_bad_characters", "invoice number 'F 2026#1' (BT-1)", lambda i: i.evolve(number="F 2026#1")
    ),
    Mutation(
        "number_36_characters", "invoice number of 36 characters (BT-1)", lambda i: i.evolve(number="F" * 36)
    ),
    Mutation(
        "due_date_before_issue",
        "due date (BT-9) the day before the issue date",
        lambda i: i.evolve(due_date=i.issue_date - timedelta(days=1)),
    ),
    Mutation(
        "issue_date_1999",
        "issue date in 1999 (BT-2)",
        lambda i: i.evolve(issue_date=date(1999, 12, 31), due_date=date(2000, 1, 30)),
    ),
    Mutation(
        "credit_note_without_preceding",
        "credit note (381) without preceding invoice (BG-3)",
        lambda i: _to_type(i, DocumentType.CREDIT_NOTE),
    ),
    Mutation(
        "corrective_without_preceding",
        "corrective invoice (384) without preceding invoice (BG-3)",
        lambda i: _to_type(i, DocumentType.CORRECTIVE_INVOICE),
    ),
    Mutation(
        "preceding_number_bad_characters",
        "preceding invoice number 'F 1#2' (BT-25)",
        lambda i: i.evolve(preceding_invoices=(PrecedingInvoice("F 1#2", i.issue_date - timedelta(days=3)),)),
    ),
    Mutation(
        "currency_usd_without_bt6",
        "invoice in USD without accounting currency (BT-6) nor VAT in EUR (BT-111)",
        lambda i: i.evolve(currency="USD"),
    ),
    # --- lines, allowances, payment
    Mutation(
        "item_name_missing",
        "line 1 without item name (BT-153)",
        lambda i: with_first_line(i, item=replace(i.lines[0].item, name="")),
    ),
    Mutation(
        "line_period_reversed",
        "line 1 period ending before it starts (BT-134, BT-135)",
        lambda i: with_first_line(i, period=Period(date(2026, 10, 31), date(2026, 10, 1))),
    ),
    Mutation(
        "allowance_without_reason",
        "document allowance without reason nor reason code (BT-97, BT-98)",
        lambda i: i.evolve(
            allowances_charges=(
                *i.allowances_charges,
                _document_allowance(i, EURO, "", ""),
            )
        ),
    ),
    Mutation(
        "payment_means_missing",
        "payment instructions without means code (BT-81)",
        lambda i: i.evolve(
            payment_instructions=tuple(replace(p, means_code="") for p in i.payment_instructions)
        ),
    ),
    # --- code lists (EN 16931 BR-CL)
    Mutation(
        "currency_unknown", "invoice currency ZZZ (BT-5), not ISO 4217", lambda i: i.evolve(currency="ZZZ")
    ),
    Mutation(
        "accounting_currency_unknown",
        "accounting currency ZZZ (BT-6), not ISO 4217",
        lambda i: with_totals(i, tax_total_accounting_currency=_totals(i).tax_total).evolve(
            accounting_currency="ZZZ"
        ),
    ),
    Mutation(
        "buyer_country_unknown",
        "buyer country ZZ (BT-55), not ISO 3166-1",
        lambda i: with_buyer(i, address=replace(i.buyer.address, country="ZZ")),
    ),
    Mutation(
        "unit_code_unknown", "unit of measure QQQ (BT-130)", lambda i: with_first_line(i, unit_code="QQQ")
    ),
    Mutation(
        "payment_means_unknown",
        "payment means code 99 (BT-81), not UNTDID 4461",
        lambda i: i.evolve(
            payment_instructions=tuple(replace(p, means_code="99") for p in i.payment_instructions)
        ),
    ),
    Mutation(
        "note_subject_unknown",
        "a note with subject code QQQ (BT-21), not UNTDID 4451",
        lambda i: i.evolve(notes=(*i.notes, Note("Texte libre", "QQQ"))),
    ),
    Mutation(
        "allowance_reason_code_unknown",
        "document allowance reason code 999 (BT-98), not UNTDID 5189",
        lambda i: i.evolve(
            allowances_charges=(*i.allowances_charges, _document_allowance(i, EURO, "Remise", "999"))
        ),
    ),
    Mutation(
        "vat_point_date_code_unknown",
        "VAT point date code 99 (BT-8), not the UNTDID 2475 subset",
        lambda i: i.evolve(vat_point_date_code="99"),
    ),
    Mutation(
        "seller_identifier_unknown_scheme",
        "seller identifier (BT-29) with scheme 9998, not ISO 6523",
        lambda i: with_seller(i, identifiers=(*i.seller.identifiers, Identifier("ABC123", "9998"))),
    ),
    Mutation(
        "buyer_address_unknown_scheme",
        "buyer electronic address (BT-49) with scheme 9998, not in the EAS list",
        lambda i: with_buyer(i, electronic_address=Identifier(i.buyer.siren, "9998")),
    ),
    Mutation(
        "item_origin_unknown",
        "item country of origin ZZ (BT-159)",
        lambda i: with_first_line(i, item=replace(i.lines[0].item, origin_country="ZZ")),
    ),
)
