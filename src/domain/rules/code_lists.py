"""EN 16931 code list rules (BR-CL), with the lists of the CEN CII validation artefact (`_code_list_values`).

Only codes that are present are checked: a missing code is the business of the presence rules (BR-05, BR-49,
BR-61...). Codes the model types as enums (BR-CL-01 document type, BR-CL-17/18 VAT category) cannot be wrong
here; BR-CL-22 (VATEX) is in `vat.py`; BR-CL-24 (attachment MIME codes) has no term in the model.

Where the model is wider than one syntax, the rule accepts what some syntax writes for it:
- BR-CL-06: BT-8 is held as the CII code (5, 29, 72) or the UBL one (3, 35, 432), as `domain.invoice` allows;
- BR-CL-03 (currency of amounts): BT-5, and BT-6 when BT-111 is given, the amounts written in a currency.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from domain.invoice import AllowanceCharge, Identifier, Invoice
from domain.rules._code_list_values import (
    ALLOWANCE_REASONS,
    CHARGE_REASONS,
    CLASSIFICATION_SCHEMES,
    COUNTRIES,
    CURRENCIES,
    EAS_SCHEMES,
    ICD_SCHEMES,
    NOTE_SUBJECTS,
    OBJECT_SCHEMES,
    PAYMENT_MEANS,
    UNIT_CODES,
    VAT_POINT_DATE_CODES,
)
from domain.rules._context import Check, Context

_UBL_VAT_POINT_DATE_CODES = frozenset(("3", "35", "432"))  # UNTDID 2005, what UBL writes for 5, 29, 72
_ANY_VAT_POINT_DATE_CODES = VAT_POINT_DATE_CODES | _UBL_VAT_POINT_DATE_CODES


def _check_listed(
    ctx: Context, rule_id: str, path: str, code: str, allowed: Collection[str], what: str, code_list: str
) -> None:
    """The one code list check: a code that is present must be in its list (a missing one is not this rule's)."""
    if code and code not in allowed:
        ctx.fail(rule_id, path, f"The {what} {code!r} is not in {code_list}.")


def check_currencies(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BR-CL-04", "BT-5", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
        )
    if bad_accounting:
        ctx.fail(
            "BR-CL-05",
            "BT-6",
            f"The VAT accounting currency code (BT-6) {inv.accounting_currency!r} is not an ISO 4217 code.",
        )
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def check_document_codes(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    _check_listed(
        ctx,
        "BR-CL-06",
        "BT-8",
        inv.vat_point_date_code,
        _ANY_VAT_POINT_DATE_CODES,
        "Value added tax point date code (BT-8)",
        "UNTDID 2475 (5, 29, 72)",
    )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None:
            _check_listed(
                ctx,
                "BR-CL-07",
                f"{path}-1",
                identifier.scheme,
                OBJECT_SCHEMES,
                f"object identifier scheme ({path}-1)",
                "UNTDID 1153",
            )
    for i, note in enumerate(inv.notes, 1):
        _check_listed(
            ctx,
            "BR-CL-08",
            f"BG-1[{i}]/BT-21",
            note.subject_code,
            NOTE_SUBJECTS,
            "Invoice note subject code (BT-21)",
            "UNTDID 4451",
        )
    for i, means in enumerate(inv.payment_instructions, 1):
        _check_listed(
            ctx,
            "BR-CL-16",
            f"BG-16[{i}]/BT-81",
            means.means_code,
            PAYMENT_MEANS,
            "Payment means type code (BT-81)",
            "UNTDID 4461",
        )


def _party_identifiers(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
    ):
        for identifier in party.identifiers:
            yield "BR-CL-10", ids_path, identifier
        if party.legal_registration is not None:
            yield "BR-CL-11", reg_path, party.legal_registration
        if party.electronic_address is not None:
            yield "BR-CL-25", address_path, party.electronic_address
    if inv.payee is not None:
        if inv.payee.identifier is not None:
            yield "BR-CL-10", "BG-10/BT-60-1", inv.payee.identifier
        if inv.payee.legal_registration is not None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def check_identifier_schemes(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        _check_listed(ctx, rule_id, path, identifier.scheme, allowed, f"identifier scheme ({path})", name)


def check_countries(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        _check_listed(
            ctx, "BR-CL-14", path, address.country, COUNTRIES, f"country code ({path})", "ISO 3166-1"
        )
    for i, line in enumerate(inv.lines, 1):
        _check_listed(
            ctx,
            "BR-CL-15",
            f"BG-25[{i}]/BT-159",
            line.item.origin_country,
            COUNTRIES,
            "Item country of origin (BT-159)",
            "ISO 3166-1",
        )


def _check_reason_codes(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if ac.is_charge:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            rule_id, allowed, what, code_list = "BR-CL-20", CHARGE_REASONS, "charge", "UNTDID 7161"
        else:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            rule_id, allowed, what, code_list = "BR-CL-19", ALLOWANCE_REASONS, "allowance", "UNTDID 5189"
        path = f"{prefix}{group}[{counts[ac.is_charge]}]/{bt}"
        _check_listed(ctx, rule_id, path, ac.reason_code, allowed, f"{what} reason code ({bt})", code_list)


def check_lines_and_allowances(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        _check_listed(
            ctx,
            "BR-CL-23",
            f"BG-25[{i}]/BT-130",
            line.unit_code,
            UNIT_CODES,
            "unit of measure (BT-130)",
            "UN/ECE Recommendations 20 and 21",
        )
        for classification in line.item.classifications:
            _check_listed(
                ctx,
                "BR-CL-13",
                f"BG-25[{i}]/BT-158-1",
                classification.scheme,
                CLASSIFICATION_SCHEMES,
                "item classification scheme (BT-158-1)",
                "UNTDID 7143",
            )


CHECKS: tuple[Check, ...] = (
    check_currencies,
    check_document_codes,
    check_identifier_schemes,
    check_countries,
    check_lines_and_allowances,
)

__all__ = ["CHECKS"]
