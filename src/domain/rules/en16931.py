"""EN 16931 business rules, with the ids and conditions of the CEN CII validation artefact
(`EN16931-CII-validation.xslt`, FNFE-MPE V1.4.0 bundle).

Deliberate differences from the artefact. Stricter ones, errors on an invoice the gateway writes itself (it promises
correct to the cent what it writes) and warnings on a ready document made elsewhere, which the official layers judge
(their rule ids are listed once, in `domain.rules.stricter.STRICTER_THAN_OFFICIAL`):
- amounts are compared exactly to the cent, where the artefact tolerates ±1 on BR-CO-17, BR-S-09 and the
  BR-Z/E/AE/IC/G-08 taxable amounts (BR-S-08 and BR-O-08 are exact in the artefact too);
- `PDP-LINE-NET`: each declared line net amount (BT-131) must equal quantity × net price ÷ base quantity,
  rounded to the cent, minus line allowances plus line charges (the artefact has no such rule);
- BR-CO-25 (a positive amount due names a due date or payment terms) is EN 16931's; the CEN CII and UBL artefacts
  of the bundle leave it out (EXTENDED-CTC-FR keeps it);
- BR-49: a BG-16 of remittance information alone (CII's `PaymentReference` without a payment means) has no means
  code; CEN's CII rule only sees a payment means without its code;
- BR-53: a VAT accounting currency (BT-6) equal to the invoice currency, which CEN's CII artefact refuses and its
  UBL one allows.
Other differences:
- `PDP-VAT-BREAKDOWN-MISSING`: every VAT category and rate used by a line, allowance or charge has its own
  VAT breakdown (BG-23); the artefact only checks the breakdowns that are present. An error on every door, a ready
  document's too: a rate without its breakdown is VAT charged nowhere, and the books (the VAT of each payment, the
  payments e-reporting) would declare that money at another rate;
- blank is XML whitespace only, as the artefact's normalize-space() sees it (domain.bounds.is_blank): a name
  made of a no-break space is present;
- the intra-community rules are BR-IC-01…12 (CEN's ids for category K, sometimes called BR-K elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from operator import attrgetter
from typing import NamedTuple

from domain.bounds import is_blank
from domain.identifiers import vat_prefix_ok
from domain.invoice import (
    Address,
    AllowanceCharge,
    Invoice,
    InvoiceLine,
    Item,
    Period,
    VatBreakdown,
    VatCategory,
)
from domain.money import ZERO, percent_of, round_amount
from domain.rules._context import Check, Context, vat_key
from domain.totals import line_net_amount, taxable_amounts

# ---------------------------------------------------------------------------------------------- presence
_Present = Callable[[Invoice], object]

_REQUIRED: tuple[tuple[str, str, str, _Present], ...] = (
    (
        "BR-01",
        "BT-24",
        "An invoice shall have a Specification identifier (BT-24).",
        lambda i: i.specification,
    ),
    ("BR-02", "BT-1", "An invoice shall have an Invoice number (BT-1).", lambda i: not is_blank(i.number)),
    ("BR-03", "BT-2", "An invoice shall have an Invoice issue date (BT-2).", lambda i: i.issue_date),
    ("BR-04", "BT-3", "An invoice shall have an Invoice type code (BT-3).", lambda i: i.type_code),
    ("BR-05", "BT-5", "An invoice shall have an Invoice currency code (BT-5).", lambda i: i.currency),
    (
        "BR-06",
        "BG-4/BT-27",
        "An invoice shall contain the Seller name (BT-27).",
        lambda i: not is_blank(i.seller.name),
    ),
    (
        "BR-07",
        "BG-7/BT-44",
        "An invoice shall contain the Buyer name (BT-44).",
        lambda i: not is_blank(i.buyer.name),
    ),
    (
        "BR-08",
        "BG-4/BG-5",
        "An invoice shall contain the Seller postal address (BG-5).",
        lambda i: _has_address(i.seller.address),
    ),
    (
        "BR-09",
        "BG-4/BG-5/BT-40",
        "The Seller postal address (BG-5) shall contain a Seller country code (BT-40).",
        lambda i: i.seller.address.country,
    ),
    (
        "BR-10",
        "BG-7/BG-8",
        "An invoice shall contain the Buyer postal address (BG-8).",
        lambda i: _has_address(i.buyer.address),
    ),
    (
        "BR-11",
        "BG-7/BG-8/BT-55",
        "The Buyer postal address (BG-8) shall contain a Buyer country code (BT-55).",
        lambda i: i.buyer.address.country,
    ),
    ("BR-16", "BG-25", "An invoice shall have at least one Invoice line (BG-25).", lambda i: i.lines),
    (
        "BR-CO-18",
        "BG-23",
        "An invoice shall have at least one VAT breakdown (BG-23).",
        lambda i: i.vat_breakdown,
    ),
    (
        "BR-CO-26",
        "BG-4",
        "The Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT "
        "identifier (BT-31) shall be present.",
        lambda i: i.seller.identifiers or i.seller.legal_registration or i.seller.vat_id,
    ),
)


def _has_address(address: Address) -> bool:
    a = address
    return bool(a.line1 or a.line2 or a.line3 or a.city or a.postcode or a.subdivision or a.country)


def check_required(ctx: Context) -> None:
    invoice = ctx.invoice
    for rule_id, path, message, present in _REQUIRED:
        if not present(invoice):
            ctx.fail(rule_id, path, message)


def check_parties(ctx: Context) -> None:
    """BR-17…20, BR-56, BR-62/63, BR-CO-09: payee, tax representative, electronic addresses, VAT prefixes."""
    inv = ctx.invoice
    if inv.payee is not None and is_blank(inv.payee.name):
        ctx.fail(
            "BR-17", "BG-10/BT-59", "The Payee name (BT-59) shall be provided when there is a Payee (BG-10)."
        )
    rep = inv.tax_representative
    if rep is not None:
        if is_blank(rep.name):
            ctx.fail("BR-18", "BG-11/BT-62", "The Seller tax representative name (BT-62) shall be provided.")
        if not _has_address(rep.address):
            ctx.fail(
                "BR-19",
                "BG-11/BG-12",
                "The Seller tax representative postal address (BG-12) shall be provided.",
            )
        if not rep.address.country:
            ctx.fail(
                "BR-20",
                "BG-11/BG-12/BT-69",
                "The Seller tax representative postal address (BG-12) shall contain a country code (BT-69).",
            )
        if not rep.vat_id:
            ctx.fail(
                "BR-56", "BG-11/BT-63", "The Seller tax representative shall have a VAT identifier (BT-63)."
            )
    if inv.seller.electronic_address is not None and is_blank(inv.seller.electronic_address.scheme):
        ctx.fail(
            "BR-62", "BG-4/BT-34", "The Seller electronic address (BT-34) shall have a Scheme identifier."
        )
    if inv.buyer.electronic_address is not None and is_blank(inv.buyer.electronic_address.scheme):
        ctx.fail(
            "BR-63", "BG-7/BT-49", "The Buyer electronic address (BT-49) shall have a Scheme identifier."
        )
    for path, term, vat_id in (
        ("BG-4/BT-31", "Seller VAT identifier (BT-31)", inv.seller.vat_id),
        ("BG-11/BT-63", "Seller tax representative VAT identifier (BT-63)", rep.vat_id if rep else ""),
        ("BG-7/BT-48", "Buyer VAT identifier (BT-48)", inv.buyer.vat_id),
    ):
        if vat_id and not vat_prefix_ok(vat_id):
            ctx.fail(
                "BR-CO-09",
                path,
                f"The {term} shall start with an ISO 3166-1 alpha-2 country code: {vat_id!r}.",
            )


def _check_period(ctx: Context, period: Period | None, path: str, order_rule: str, empty_rule: str) -> None:
    if period is None:
        return
    if period.start is None and period.end is None:
        ctx.fail(empty_rule, path, f"An invoicing period ({path}) shall have a start date or an end date.")
    elif period.start is not None and period.end is not None and period.end < period.start:
        ctx.fail(
            order_rule, path, f"The invoicing period end date ({path}) shall not be before its start date."
        )


def check_document(ctx: Context) -> None:
    """BR-29, BR-CO-19, BR-CO-03, BR-49, BR-61, BR-53, BR-55, BR-57, BR-CO-25."""
    inv = ctx.invoice
    _check_period(ctx, inv.period, "BG-14", "BR-29", "BR-CO-19")
    if inv.vat_point_date is not None and inv.vat_point_date_code:
        ctx.fail(
            "BR-CO-03",
            "BT-7",
            "The Value added tax point date (BT-7) and its code (BT-8) are mutually exclusive.",
        )
    for i, means in enumerate(inv.payment_instructions, 1):
        if not means.means_code:
            ctx.fail(
                "BR-49",
                f"BG-16[{i}]/BT-81",
                "A Payment instruction (BG-16) shall have a Payment means type code (BT-81).",
            )
        elif means.means_code in ("30", "58") and not means.iban:
            ctx.fail(
                "BR-61",
                f"BG-16[{i}]/BG-17/BT-84",
                "A credit transfer (BT-81 = 30 or 58) shall have a Payment account identifier (BT-84).",
            )
    if inv.accounting_currency and inv.accounting_currency == inv.currency:  # CEN's CII BR-53; UBL allows it
        ctx.fail(
            "BR-53",
            "BT-6",
            f"The VAT accounting currency (BT-6) is given only when it differs from the invoice currency (BT-5): "
            f"both are {inv.currency!r} here; leave BT-6 out.",
        )
    elif inv.accounting_currency and (inv.totals is None or inv.totals.tax_total_accounting_currency is None):
        ctx.fail(
            "BR-53",
            "BG-22/BT-111",
            "With a VAT accounting currency (BT-6), the Invoice total VAT amount in accounting currency (BT-111) "
            "shall be provided.",
        )
    for i, preceding in enumerate(inv.preceding_invoices, 1):
        if not preceding.number:
            ctx.fail(
                "BR-55",
                f"BG-3[{i}]/BT-25",
                "Each Preceding invoice reference (BG-3) shall contain its number (BT-25).",
            )
    delivery = inv.delivery
    if delivery is not None and delivery.address is not None and not delivery.address.country:
        ctx.fail(
            "BR-57",
            "BG-13/BG-15/BT-80",
            "Each Deliver to address (BG-15) shall contain a country code (BT-80).",
        )
    totals = inv.totals
    if totals is not None and totals.amount_due > ZERO and inv.due_date is None and not inv.payment_terms:
        ctx.fail(
            "BR-CO-25",
            "BT-9",
            "When the Amount due for payment (BT-115) is positive, the Payment due date (BT-9) or the Payment "
            "terms (BT-20) shall be present.",
        )


# -------------------------------------------------------------------------------- allowances and charges
class _AcTerms(NamedTuple):
    group: str
    name: str
    amount_rule: str
    amount_bt: str
    category_rule: str  # "" at line level: line allowances carry no VAT category
    category_bt: str
    reason_rules: tuple[str, ...]
    reason_bts: str


_DOC_ALLOWANCE = _AcTerms(
    "BG-20",
    "Document level allowance",
    "BR-31",
    "BT-92",
    "BR-32",
    "BT-95",
    ("BR-33", "BR-CO-21"),
    "BT-97/BT-98",
)
_DOC_CHARGE = _AcTerms(
    "BG-21",
    "Document level charge",
    "BR-36",
    "BT-99",
    "BR-37",
    "BT-102",
    ("BR-38", "BR-CO-22"),
    "BT-104/BT-105",
)
_LINE_ALLOWANCE = _AcTerms(
    "BG-27", "Invoice line allowance", "BR-41", "BT-136", "", "", ("BR-42", "BR-CO-23"), "BT-139/BT-140"
)
_LINE_CHARGE = _AcTerms(
    "BG-28", "Invoice line charge", "BR-43", "BT-141", "", "", ("BR-44", "BR-CO-24"), "BT-144/BT-145"
)


def _check_allowance_charge(ctx: Context, ac: AllowanceCharge, terms: _AcTerms, path: str) -> None:
    if ac.amount is None:
        ctx.fail(
            terms.amount_rule,
            f"{path}/{terms.amount_bt}",
            f"Each {terms.name} shall have an amount ({terms.amount_bt}).",
        )
    if terms.category_rule and ac.vat_category is None:
        ctx.fail(
            terms.category_rule,
            f"{path}/{terms.category_bt}",
            f"Each {terms.name} shall have a VAT category code ({terms.category_bt}).",
        )
    if is_blank(ac.reason) and not ac.reason_code:
        for rule_id in terms.reason_rules:
            ctx.fail(
                rule_id, path, f"Each {terms.name} shall have a reason or a reason code ({terms.reason_bts})."
            )


def check_document_allowances_charges(ctx: Context) -> None:
    for i, ac in enumerate(ctx.allowances, 1):
        _check_allowance_charge(ctx, ac, _DOC_ALLOWANCE, f"BG-20[{i}]")
    for i, ac in enumerate(ctx.charges, 1):
        _check_allowance_charge(ctx, ac, _DOC_CHARGE, f"BG-21[{i}]")


# ------------------------------------------------------------------------------------------------- lines
def check_lines(ctx: Context) -> None:
    """BR-21…28, BR-30, BR-64/65, BR-CO-04, BR-CO-20, BR-41…44 and PDP-LINE-NET for each line (BG-25)."""
    for i, line in enumerate(ctx.invoice.lines, 1):
        if not _plain_line(line):
            _check_line(ctx, line, i)
        elif line.net_amount != line_net_amount(line):
            _check_line_net(ctx, line, i)


def _plain_line(line: InvoiceLine) -> bool:
    """A complete line without period, allowances or charges: PDP-LINE-NET is all that can fail (the common
    case, decided without building any path)."""
    net_price, gross_price = line.net_price, line.gross_price
    return bool(
        not is_blank(line.id)
        and line.quantity is not None
        and line.unit_code
        and line.net_amount is not None
        and net_price is not None
        and net_price >= ZERO
        and (gross_price is None or gross_price >= ZERO)
        and line.vat_category is not None
        and line.period is None
        and not line.allowances_charges
        and not is_blank(line.item.name)
        and _item_schemes_given(line.item)
    )


def _item_schemes_given(item: Item) -> bool:
    """BR-64/65: an item identifier or classification is meaningless without its scheme; every official layer
    refuses one without (the CII artefact through normalize-space(), so a scheme of spaces is none either)."""
    standard_id = item.standard_id
    return (standard_id is None or not is_blank(standard_id.scheme)) and not any(
        is_blank(c.scheme) for c in item.classifications
    )


def _check_item_schemes(ctx: Context, item: Item, path: str) -> None:
    if item.standard_id is not None and is_blank(item.standard_id.scheme):
        ctx.fail(
            "BR-64",
            f"{path}/BG-31/BT-157",
            "The Item standard identifier (BT-157) shall have a Scheme identifier.",
        )
    for k, classification in enumerate(item.classifications, 1):
        if is_blank(classification.scheme):
            ctx.fail(
                "BR-65",
                f"{path}/BG-31/BT-158[{k}]",
                "The Item classification identifier (BT-158) shall have a Scheme identifier.",
            )


def _check_line_net(ctx: Context, line: InvoiceLine, i: int) -> None:
    if line.net_amount is not None and line.quantity is not None and line.net_price is not None:
        expected = line_net_amount(line)
        if line.net_amount != expected:
            ctx.fail(
                "PDP-LINE-NET",
                f"BG-25[{i}]/BT-131",
                f"The Invoice line net amount (BT-131) {line.net_amount} differs from quantity (BT-129) × net "
                f"price (BT-146) ÷ base quantity (BT-149), rounded, with line allowances and charges: {expected}.",
            )


def _check_line(ctx: Context, line: InvoiceLine, i: int) -> None:
    path = f"BG-25[{i}]"
    if is_blank(line.id):
        ctx.fail(
            "BR-21",
            f"{path}/BT-126",
            "Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126).",
        )
    if line.quantity is None:
        ctx.fail(
            "BR-22",
            f"{path}/BT-129",
            "Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).",
        )
    if not line.unit_code:
        ctx.fail(
            "BR-23",
            f"{path}/BT-130",
            "Each Invoice line (BG-25) shall have a unit of measure code (BT-130).",
        )
    if line.net_amount is None:
        ctx.fail(
            "BR-24",
            f"{path}/BT-131",
            "Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131).",
        )
    if is_blank(line.item.name):
        ctx.fail(
            "BR-25",
            f"{path}/BG-31/BT-153",
            "Each Invoice line (BG-25) shall contain the Item name (BT-153).",
        )
    _check_item_schemes(ctx, line.item, path)
    if line.net_price is None:
        ctx.fail(
            "BR-26",
            f"{path}/BG-29/BT-146",
            "Each Invoice line (BG-25) shall contain the Item net price (BT-146).",
        )
    elif line.net_price < ZERO:
        ctx.fail(
            "BR-27",
            f"{path}/BG-29/BT-146",
            f"The Item net price (BT-146) shall not be negative: {line.net_price}.",
        )
    if line.gross_price is not None and line.gross_price < ZERO:
        ctx.fail(
            "BR-28",
            f"{path}/BG-29/BT-148",
            f"The Item gross price (BT-148) shall not be negative: {line.gross_price}.",
        )
    if line.vat_category is None:
        ctx.fail(
            "BR-CO-04",
            f"{path}/BT-151",
            "Each Invoice line (BG-25) shall have an Invoiced item VAT category code (BT-151).",
        )
    _check_period(ctx, line.period, f"{path}/BG-26", "BR-30", "BR-CO-20")
    if line.allowances_charges:
        allowances = charges = 0
        for ac in line.allowances_charges:
            if ac.is_charge:
                charges += 1
                _check_allowance_charge(ctx, ac, _LINE_CHARGE, f"{path}/BG-28[{charges}]")
            else:
                allowances += 1
                _check_allowance_charge(ctx, ac, _LINE_ALLOWANCE, f"{path}/BG-27[{allowances}]")
    _check_line_net(ctx, line, i)


# ------------------------------------------------------------------------------------------------ totals
_TOTAL_RULES = (
    ("BR-12", "BT-106", "Sum of Invoice line net amount"),
    ("BR-13", "BT-109", "Invoice total amount without VAT"),
    (
        "BR-14",
        "BT-112",
        "Invoice total amount with VAT",
    ),
    ("BR-15", "BT-115", "Amount due for payment"),
)


def _mismatch(
    ctx: Context, rule_id: str, path: str, term: str, declared: Decimal, expected: Decimal, how: str
) -> None:
    if declared != expected:
        ctx.fail(rule_id, path, f"{term} is {declared}, expected {expected} ({how}).")


_AMOUNT = attrgetter("amount")


def check_totals(ctx: Context) -> None:
    """BR-12…15 (presence) and BR-CO-10…16: declared totals (BG-22) against their definition, to the cent."""
    inv = ctx.invoice
    totals = inv.totals
    if totals is None:
        for rule_id, bt, term in _TOTAL_RULES:
            ctx.fail(rule_id, f"BG-22/{bt}", f"An invoice shall have the {term} ({bt}).")
        return
    nets = ctx.line_nets
    if nets is not None:
        line_sum = round_amount(sum(nets, ZERO))
        _mismatch(
            ctx,
            "BR-CO-10",
            "BG-22/BT-106",
            "Sum of Invoice line net amount (BT-106)",
            totals.line_total,
            line_sum,
            "Σ BT-131",
        )
    allowances = round_amount(sum(map(_AMOUNT, ctx.allowances), ZERO))
    charges = round_amount(sum(map(_AMOUNT, ctx.charges), ZERO))
    _mismatch(
        ctx,
        "BR-CO-11",
        "BG-22/BT-107",
        "Sum of allowances on document level (BT-107)",
        totals.allowance_total,
        allowances,
        "Σ BT-92",
    )
    _mismatch(
        ctx,
        "BR-CO-12",
        "BG-22/BT-108",
        "Sum of charges on document level (BT-108)",
        totals.charge_total,
        charges,
        "Σ BT-99",
    )
    _mismatch(
        ctx,
        "BR-CO-13",
        "BG-22/BT-109",
        "Invoice total amount without VAT (BT-109)",
        totals.tax_exclusive,
        totals.line_total - totals.allowance_total + totals.charge_total,
        "BT-106 − BT-107 + BT-108",
    )
    if inv.vat_breakdown is not None:
        tax_sum = sum((entry.tax_amount for entry in inv.vat_breakdown), ZERO)
        _mismatch(
            ctx,
            "BR-CO-14",
            "BG-22/BT-110",
            "Invoice total VAT amount (BT-110)",
            totals.tax_total,
            tax_sum,
            "Σ BT-117",
        )
    _mismatch(
        ctx,
        "BR-CO-15",
        "BG-22/BT-112",
        "Invoice total amount with VAT (BT-112)",
        totals.tax_inclusive,
        totals.tax_exclusive + totals.tax_total,
        "BT-109 + BT-110",
    )
    _mismatch(
        ctx,
        "BR-CO-16",
        "BG-22/BT-115",
        "Amount due for payment (BT-115)",
        totals.amount_due,
        totals.tax_inclusive - totals.paid + totals.rounding,
        "BT-112 − BT-113 + BT-114",
    )


def check_decimals(ctx: Context) -> None:
    """BR-DEC-01…28: amounts have at most two decimals."""
    for amount in ctx.bad_amounts:
        if amount.too_many_decimals:
            ctx.fail(
                amount.en_rule, amount.path, f"The {amount.term} has more than 2 decimals: {amount.value}."
            )


# --------------------------------------------------------------------------------------- VAT categories
def _seller_vat_or_registration(inv: Invoice) -> bool:
    rep = inv.tax_representative
    return bool(inv.seller.vat_id or inv.seller.tax_registration_id or (rep and rep.vat_id))


def _seller_vat(inv: Invoice) -> bool:
    rep = inv.tax_representative
    return bool(inv.seller.vat_id or (rep and rep.vat_id))


def _reverse_charge_parties(inv: Invoice) -> bool:
    return _seller_vat_or_registration(inv) and bool(inv.buyer.vat_id or inv.buyer.legal_registration)


def _intra_community_parties(inv: Invoice) -> bool:
    return _seller_vat(inv) and bool(inv.buyer.vat_id)


def _no_vat_ids(inv: Invoice) -> bool:
    rep = inv.tax_representative
    return not (inv.seller.vat_id or (rep and rep.vat_id) or inv.buyer.vat_id)


_SELLER_VAT_OR_REGISTRATION = "the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)"


class _CategoryRules(NamedTuple):
    prefix: str  # "BR-S"
    name: str  # "Standard rated"
    parties: Callable[[Invoice], bool]
    parties_text: str
    rate: str  # "positive", "zero" or "none"
    exemption_reason: bool  # required (True) or forbidden (False) in BG-23
    per_rate: bool  # BR-x-08 compares per rate (S) or per category (all others)


# keyed by `VatCategory | None` so that a line without a category is looked up like any other (found nowhere)
_CATEGORIES: dict[VatCategory | None, _CategoryRules] = {
    VatCategory.STANDARD: _CategoryRules(
        "BR-S",
        "Standard rated",
        _seller_vat_or_registration,
        f"shall contain {_SELLER_VAT_OR_REGISTRATION}",
        "positive",
        False,
        True,
    ),
    VatCategory.ZERO_RATED: _CategoryRules(
        "BR-Z",
        "Zero rated",
        _seller_vat_or_registration,
        f"shall contain {_SELLER_VAT_OR_REGISTRATION}",
        "zero",
        False,
        False,
    ),
    VatCategory.EXEMPT: _CategoryRules(
        "BR-E",
        "Exempt from VAT",
        _seller_vat_or_registration,
        f"shall contain {_SELLER_VAT_OR_REGISTRATION}",
        "zero",
        True,
        False,
    ),
    VatCategory.REVERSE_CHARGE: _CategoryRules(
        "BR-AE",
        "Reverse charge",
        _reverse_charge_parties,
        f"shall contain {_SELLER_VAT_OR_REGISTRATION}, and the Buyer VAT identifier (BT-48) and/or the Buyer legal "
        "registration identifier (BT-47)",
        "zero",
        True,
        False,
    ),
    VatCategory.INTRA_EU: _CategoryRules(
        "BR-IC",
        "Intra-community supply",
        _intra_community_parties,
        "shall contain the Seller VAT identifier (BT-31) or the Seller tax representative VAT identifier (BT-63), "
        "and the Buyer VAT identifier (BT-48)",
        "zero",
        True,
        False,
    ),
    VatCategory.EXPORT: _CategoryRules(
        "BR-G",
        "Export outside the EU",
        _seller_vat,
        "shall contain the Seller VAT identifier (BT-31) or the Seller tax representative VAT identifier (BT-63)",
        "zero",
        True,
        False,
    ),
    VatCategory.NOT_SUBJECT: _CategoryRules(
        "BR-O",
        "Not subject to VAT",
        _no_vat_ids,
        "shall not contain the Seller VAT identifier (BT-31), the Seller tax representative VAT identifier "
        "(BT-63) or the Buyer VAT identifier (BT-48)",
        "none",
        True,
        False,
    ),
}

# Where a category can be used: (rule suffix for parties, rule suffix for the rate, group with its article, rate term)
_USES = (
    ("02", "05", "an Invoice line (BG-25)", "BT-152"),
    ("03", "06", "a Document level allowance (BG-20)", "BT-96"),
    (
        "04",
        "07",
        "a Document level charge (BG-21)",
        "BT-103",
    ),
)


_NO_CATEGORY = object()
_RATE_TEXT = {"positive": "shall be greater than zero", "zero": "shall be 0", "none": "shall be absent"}


def check_vat_categories(ctx: Context) -> None:
    """BR-S/Z/E/AE/IC/G/O-01…10, BR-IC-11/12, BR-O-11…14, BR-45…48 and BR-CO-17 on the VAT breakdown."""
    inv = ctx.invoice
    # Where categories are used: lines, document allowances, document charges (paths built on failure only).
    sources: tuple[tuple[Sequence[InvoiceLine | AllowanceCharge], str], ...] = (
        (inv.lines, "BG-25[%d]/BT-152"),
        (ctx.allowances, "BG-20[%d]/BT-96"),
        (ctx.charges, "BG-21[%d]/BT-103"),
    )
    breakdown = inv.vat_breakdown or ()
    used: set[VatCategory] = set()
    for (party_suffix, rate_suffix, group, rate_bt), (items, path) in zip(_USES, sources, strict=True):
        categories_here: set[VatCategory] = set()
        last_category: object = _NO_CATEGORY
        rules: _CategoryRules | None = None
        for i, item in enumerate(items, 1):
            category, rate = item.vat_category, item.vat_rate
            if category is not last_category:  # lines mostly share their category: look it up once a run
                last_category, rules = category, _CATEGORIES.get(category)
                if rules is not None and category is not None:
                    categories_here.add(category)
            if rules is None:
                continue
            kind = rules.rate
            if kind == "positive":
                rate_ok = rate is not None and rate > ZERO
            elif kind == "zero":
                rate_ok = rate is not None and not rate
            else:
                rate_ok = rate is None
            if not rate_ok:
                ctx.fail(
                    f"{rules.prefix}-{rate_suffix}",
                    path % i,
                    f"In {group} of VAT category '{rules.name}' the VAT rate ({rate_bt}) {_RATE_TEXT[kind]}: {rate}.",
                )
        for category in sorted(
            categories_here
        ):  # sorted: the same findings in the same order in every process
            rules = _CATEGORIES[category]
            if not rules.parties(inv):
                ctx.fail(
                    f"{rules.prefix}-{party_suffix}",
                    "BG-4",
                    f"An invoice with {group} of VAT category '{rules.name}' {rules.parties_text}.",
                )
        used |= categories_here
    declared = [entry.category for entry in breakdown]
    for category in sorted(used | set(declared)):
        rules = _CATEGORIES.get(category)
        if rules is None:
            continue
        count = declared.count(category)
        if category is VatCategory.STANDARD:
            ok = count >= 1 or category not in used
        else:
            ok = count == 1 and category in used
        if not ok:
            ctx.fail(
                f"{rules.prefix}-01",
                "BG-23",
                f"An invoice using VAT category '{rules.name}' (BT-151, BT-95, BT-102) shall have "
                f"{'at least' if category is VatCategory.STANDARD else 'exactly'} one VAT breakdown (BG-23) of that "
                f"category, used by a line, allowance or charge; found {count}.",
            )
    _check_breakdown(ctx, breakdown)


def _check_breakdown(ctx: Context, breakdown: tuple[VatBreakdown, ...]) -> None:
    inv = ctx.invoice
    nets = ctx.line_nets
    expected_base: dict[tuple[VatCategory, Decimal], Decimal] | None = None
    if nets is not None:
        expected_base = {key: round_amount(base) for key, base in taxable_amounts(inv, nets).items()}
    declared_keys = set()
    for i, entry in enumerate(breakdown, 1):
        path = f"BG-23[{i}]"
        if entry.taxable_amount is None:
            ctx.fail(
                "BR-45",
                f"{path}/BT-116",
                "Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).",
            )
        if entry.tax_amount is None:
            ctx.fail(
                "BR-46",
                f"{path}/BT-117",
                "Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).",
            )
        if entry.category is None:
            ctx.fail(
                "BR-47",
                f"{path}/BT-118",
                "Each VAT breakdown (BG-23) shall have a VAT category code (BT-118).",
            )
            continue
        if entry.rate is None and entry.category is not VatCategory.NOT_SUBJECT:
            ctx.fail(
                "BR-48",
                f"{path}/BT-119",
                "Each VAT breakdown (BG-23) shall have a VAT category rate (BT-119), except 'Not subject to VAT'.",
            )
        if entry.taxable_amount is None or entry.tax_amount is None:
            continue
        key = vat_key(entry.category, entry.rate)
        declared_keys.add(key)
        rules = _CATEGORIES.get(entry.category)
        rate = entry.rate if entry.rate is not None else ZERO
        expected_tax = percent_of(entry.taxable_amount, rate)
        if entry.tax_amount != expected_tax:
            ctx.fail(
                "BR-CO-17",
                f"{path}/BT-117",
                f"The VAT category tax amount (BT-117) is {entry.tax_amount}, expected {expected_tax} "
                f"(BT-116 × BT-119 ÷ 100, rounded to the cent).",
            )
        if rules is None:
            continue
        if rules.rate == "positive":
            tax_ok = entry.tax_amount == expected_tax
        else:
            tax_ok = entry.tax_amount == ZERO
        if not tax_ok:
            ctx.fail(
                f"{rules.prefix}-09",
                f"{path}/BT-117",
                f"The VAT category tax amount (BT-117) of category '{rules.name}' shall be "
                f"{'BT-116 × BT-119 ÷ 100' if rules.rate == 'positive' else '0'}: {entry.tax_amount}.",
            )
        has_reason = bool(entry.exemption_reason or entry.exemption_reason_code)
        if has_reason is not rules.exemption_reason:
            ctx.fail(
                f"{rules.prefix}-10",
                f"{path}/BT-121",
                f"A VAT breakdown (BG-23) of category '{rules.name}' "
                + (
                    "shall have a VAT exemption reason code (BT-121) or text (BT-120)."
                    if rules.exemption_reason
                    else "shall not have a VAT exemption reason code (BT-121) or text (BT-120)."
                ),
            )
        if expected_base is not None:
            if rules.per_rate:
                expected = expected_base.get(key, ZERO)
            else:
                expected = sum((v for (c, _), v in expected_base.items() if c is entry.category), ZERO)
            if entry.taxable_amount != expected:
                ctx.fail(
                    f"{rules.prefix}-08",
                    f"{path}/BT-116",
                    f"The VAT category taxable amount (BT-116) of category '{rules.name}' is {entry.taxable_amount}, "
                    f"expected {expected} (Σ line net amounts − document allowances + document charges of that "
                    f"category{' and rate' if rules.per_rate else ''}).",
                )
    if expected_base is not None:
        for key in expected_base:
            if key[0] is VatCategory.STANDARD and key not in declared_keys:
                ctx.fail(
                    "PDP-VAT-BREAKDOWN-MISSING",
                    "BG-23",
                    f"No VAT breakdown (BG-23) for VAT category '{key[0].value}' at rate {key[1]} used in the invoice.",
                )
    _check_intra_community_and_not_subject(ctx, breakdown)


def _check_intra_community_and_not_subject(ctx: Context, breakdown: tuple[VatBreakdown, ...]) -> None:
    inv = ctx.invoice
    categories = {entry.category for entry in breakdown}
    if VatCategory.INTRA_EU in categories:
        delivery = inv.delivery
        period = inv.period
        if (delivery is None or delivery.date is None) and (
            period is None or (period.start is None and period.end is None)
        ):
            ctx.fail(
                "BR-IC-11",
                "BG-13/BT-72",
                "An intra-community supply shall have the Actual delivery date (BT-72) or the Invoicing period (BG-14).",
            )
        if delivery is None or delivery.address is None or not delivery.address.country:
            ctx.fail(
                "BR-IC-12",
                "BG-15/BT-80",
                "An intra-community supply shall have the Deliver to country code (BT-80).",
            )
    if VatCategory.NOT_SUBJECT in categories:
        # each rule names one kind of element of another category, and fires only when that kind is there
        other = VatCategory.NOT_SUBJECT
        for rule_id, what, found in (
            ("BR-O-11", "other VAT breakdowns (BG-23)", any(c is not other for c in categories)),
            ("BR-O-12", "lines (BG-25) of another category", any(li.vat_category is not other for li in inv.lines)),
            ("BR-O-13", "document level allowances (BG-20) of another category",
             any(ac.vat_category is not other for ac in ctx.allowances)),
            ("BR-O-14", "document level charges (BG-21) of another category",
             any(ac.vat_category is not other for ac in ctx.charges)),
        ):  # fmt: skip
            if found:
                ctx.fail(
                    rule_id,
                    "BG-23",
                    f"An invoice with VAT category 'Not subject to VAT' shall not contain {what}.",
                )


CHECKS: tuple[Check, ...] = (
    check_required,
    check_parties,
    check_document,
    check_document_allowances_charges,
    check_lines,
    check_totals,
    check_decimals,
    check_vat_categories,
)

__all__ = ["CHECKS"]
