"""EN 16931 code list rules (BR-CL), with the lists of the CEN CII validation artefact (`_code_list_values`).

Only codes that are present are checked: a missing code is the business of the presence rules (BR-05, BR-49,
BR-61...). Codes the model types as enums (BR-CL-01 document type, BR-CL-17/18 VAT category) cannot be wrong
here; BR-CL-22 (VATEX) is in `vat.py`; BR-CL-24 (attachment MIME codes) has no term in the model.

Where the model is wider than one syntax, the rule accepts what some syntax writes for it:
- BR-CL-06: BT-8 is held as the CII code (5, 29, 72) or the UBL one (3, 35, 432), as `domain.invoice` allows;
- BR-CL-03 (currency of amounts): BT-5, and BT-6 when BT-111 is given, the amounts written in a currency.
"""

from __future__ import annotations

from collections.abc import Iterator

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_check_currencies__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_currencies__mutmut)
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


def x_check_currencies__mutmut_orig(ctx: Context) -> None:
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


def x_check_currencies__mutmut_1(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = None
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


def x_check_currencies__mutmut_2(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = None
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


def x_check_currencies__mutmut_3(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) or inv.currency not in CURRENCIES
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


def x_check_currencies__mutmut_4(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(None) and inv.currency not in CURRENCIES
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


def x_check_currencies__mutmut_5(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency in CURRENCIES
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


def x_check_currencies__mutmut_6(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = None
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


def x_check_currencies__mutmut_7(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) or inv.accounting_currency not in CURRENCIES
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


def x_check_currencies__mutmut_8(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(None) and inv.accounting_currency not in CURRENCIES
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


def x_check_currencies__mutmut_9(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency in CURRENCIES
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


def x_check_currencies__mutmut_10(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            None, "BT-5", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_11(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BR-CL-04", None, f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_12(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BR-CL-04", "BT-5", None
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


def x_check_currencies__mutmut_13(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BT-5", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_14(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BR-CL-04", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_15(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BR-CL-04", "BT-5", )
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


def x_check_currencies__mutmut_16(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "XXBR-CL-04XX", "BT-5", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_17(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "br-cl-04", "BT-5", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_18(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BR-CL-04", "XXBT-5XX", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_19(ctx: Context) -> None:
    """BR-CL-03/04/05: ISO 4217 alpha-3 currency codes (BT-5, BT-6)."""
    inv = ctx.invoice
    bad_invoice = bool(inv.currency) and inv.currency not in CURRENCIES
    bad_accounting = bool(inv.accounting_currency) and inv.accounting_currency not in CURRENCIES
    if bad_invoice:
        ctx.fail(
            "BR-CL-04", "bt-5", f"The Invoice currency code (BT-5) {inv.currency!r} is not an ISO 4217 code."
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


def x_check_currencies__mutmut_20(ctx: Context) -> None:
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
            None,
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


def x_check_currencies__mutmut_21(ctx: Context) -> None:
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
            None,
            f"The VAT accounting currency code (BT-6) {inv.accounting_currency!r} is not an ISO 4217 code.",
        )
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_22(ctx: Context) -> None:
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
            None,
        )
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_23(ctx: Context) -> None:
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


def x_check_currencies__mutmut_24(ctx: Context) -> None:
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
            f"The VAT accounting currency code (BT-6) {inv.accounting_currency!r} is not an ISO 4217 code.",
        )
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_25(ctx: Context) -> None:
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
            )
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_26(ctx: Context) -> None:
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
            "XXBR-CL-05XX",
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


def x_check_currencies__mutmut_27(ctx: Context) -> None:
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
            "br-cl-05",
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


def x_check_currencies__mutmut_28(ctx: Context) -> None:
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
            "XXBT-6XX",
            f"The VAT accounting currency code (BT-6) {inv.accounting_currency!r} is not an ISO 4217 code.",
        )
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_29(ctx: Context) -> None:
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
            "bt-6",
            f"The VAT accounting currency code (BT-6) {inv.accounting_currency!r} is not an ISO 4217 code.",
        )
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_30(ctx: Context) -> None:
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
    accounting_amount = None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_31(ctx: Context) -> None:
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
    accounting_amount = inv.totals is not None or inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_32(ctx: Context) -> None:
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
    accounting_amount = inv.totals is None and inv.totals.tax_total_accounting_currency is not None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_33(ctx: Context) -> None:
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
    accounting_amount = inv.totals is not None and inv.totals.tax_total_accounting_currency is None
    if bad_invoice or (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_34(ctx: Context) -> None:
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
    if bad_invoice and (bad_accounting and accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_35(ctx: Context) -> None:
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
    if bad_invoice or (bad_accounting or accounting_amount):
        ctx.fail(
            "BR-CL-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_36(ctx: Context) -> None:
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
            None,
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_37(ctx: Context) -> None:
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
            None,
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_38(ctx: Context) -> None:
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
            None,
        )


def x_check_currencies__mutmut_39(ctx: Context) -> None:
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
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_40(ctx: Context) -> None:
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
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_41(ctx: Context) -> None:
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
            )


def x_check_currencies__mutmut_42(ctx: Context) -> None:
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
            "XXBR-CL-03XX",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_43(ctx: Context) -> None:
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
            "br-cl-03",
            "BG-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_44(ctx: Context) -> None:
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
            "XXBG-22XX",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_45(ctx: Context) -> None:
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
            "bg-22",
            "The currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_46(ctx: Context) -> None:
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
            "XXThe currency of the amounts (BT-5, and BT-6 for BT-111) shall be an ISO 4217 alpha-3 code.XX",
        )


def x_check_currencies__mutmut_47(ctx: Context) -> None:
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
            "the currency of the amounts (bt-5, and bt-6 for bt-111) shall be an iso 4217 alpha-3 code.",
        )


def x_check_currencies__mutmut_48(ctx: Context) -> None:
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
            "THE CURRENCY OF THE AMOUNTS (BT-5, AND BT-6 FOR BT-111) SHALL BE AN ISO 4217 ALPHA-3 CODE.",
        )

mutants_x_check_currencies__mutmut['_mutmut_orig'] = x_check_currencies__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_1'] = x_check_currencies__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_2'] = x_check_currencies__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_3'] = x_check_currencies__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_4'] = x_check_currencies__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_5'] = x_check_currencies__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_6'] = x_check_currencies__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_7'] = x_check_currencies__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_8'] = x_check_currencies__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_9'] = x_check_currencies__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_10'] = x_check_currencies__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_11'] = x_check_currencies__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_12'] = x_check_currencies__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_13'] = x_check_currencies__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_14'] = x_check_currencies__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_15'] = x_check_currencies__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_16'] = x_check_currencies__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_17'] = x_check_currencies__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_18'] = x_check_currencies__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_19'] = x_check_currencies__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_20'] = x_check_currencies__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_21'] = x_check_currencies__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_22'] = x_check_currencies__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_23'] = x_check_currencies__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_24'] = x_check_currencies__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_25'] = x_check_currencies__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_26'] = x_check_currencies__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_27'] = x_check_currencies__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_28'] = x_check_currencies__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_29'] = x_check_currencies__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_30'] = x_check_currencies__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_31'] = x_check_currencies__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_32'] = x_check_currencies__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_33'] = x_check_currencies__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_34'] = x_check_currencies__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_35'] = x_check_currencies__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_36'] = x_check_currencies__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_37'] = x_check_currencies__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_38'] = x_check_currencies__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_39'] = x_check_currencies__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_40'] = x_check_currencies__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_41'] = x_check_currencies__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_42'] = x_check_currencies__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_43'] = x_check_currencies__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_44'] = x_check_currencies__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_45'] = x_check_currencies__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_46'] = x_check_currencies__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_47'] = x_check_currencies__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_currencies__mutmut['x_check_currencies__mutmut_48'] = x_check_currencies__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_document_codes__mutmut)
def check_document_codes(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_orig(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_1(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = None
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_2(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = None
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_3(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES or code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_4(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code or code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_5(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_6(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_7(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            None,
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_8(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            None,
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_9(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            None,
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_10(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_11(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_12(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_13(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "XXBR-CL-06XX",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_14(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "br-cl-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_15(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "XXBT-8XX",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_16(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "bt-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_17(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = None
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_18(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("XXBT-18XX", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_19(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("bt-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_20(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects = [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_21(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects -= [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_22(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(None, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_23(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, None)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_24(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_25(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, )
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_26(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 2)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_27(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_28(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme or identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_29(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None or identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_30(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_31(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_32(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                None,
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_33(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                None,
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_34(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                None,
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_35(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_36(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_37(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_38(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "XXBR-CL-07XX",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_39(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "br-cl-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_40(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(None, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_41(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, None):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_42(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_43(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, ):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_44(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 2):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_45(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code or note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_46(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_47(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                None,
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_48(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                None,
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_49(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                None,
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_50(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_51(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_52(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_53(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "XXBR-CL-08XX",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_54(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "br-cl-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_55(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(None, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_56(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, None):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_57(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_58(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, ):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_59(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 2):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_60(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code or means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_61(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_62(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                None,
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_63(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                None,
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_64(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                None,
            )


def x_check_document_codes__mutmut_65(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_66(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_67(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "BR-CL-16",
                f"BG-16[{i}]/BT-81",
                )


def x_check_document_codes__mutmut_68(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "XXBR-CL-16XX",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )


def x_check_document_codes__mutmut_69(ctx: Context) -> None:
    """BR-CL-06 (BT-8), BR-CL-07 (BT-18-1, BT-128-1), BR-CL-08 (BT-21), BR-CL-16 (BT-81)."""
    inv = ctx.invoice
    code = inv.vat_point_date_code
    if code and code not in VAT_POINT_DATE_CODES and code not in _UBL_VAT_POINT_DATE_CODES:
        ctx.fail(
            "BR-CL-06",
            "BT-8",
            f"The Value added tax point date code (BT-8) {code!r} is not in UNTDID 2475 (5, 29, 72).",
        )
    objects = [("BT-18", inv.invoiced_object)]
    objects += [
        (f"BG-25[{i}]/BT-128", line.object_id)
        for i, line in enumerate(inv.lines, 1)
        if line.object_id is not None
    ]
    for path, identifier in objects:
        if identifier is not None and identifier.scheme and identifier.scheme not in OBJECT_SCHEMES:
            ctx.fail(
                "BR-CL-07",
                f"{path}-1",
                f"The object identifier scheme ({path}-1) {identifier.scheme!r} is not in UNTDID 1153.",
            )
    for i, note in enumerate(inv.notes, 1):
        if note.subject_code and note.subject_code not in NOTE_SUBJECTS:
            ctx.fail(
                "BR-CL-08",
                f"BG-1[{i}]/BT-21",
                f"The Invoice note subject code (BT-21) {note.subject_code!r} is not in UNTDID 4451.",
            )
    for i, means in enumerate(inv.payment_instructions, 1):
        if means.means_code and means.means_code not in PAYMENT_MEANS:
            ctx.fail(
                "br-cl-16",
                f"BG-16[{i}]/BT-81",
                f"The Payment means type code (BT-81) {means.means_code!r} is not in UNTDID 4461.",
            )

mutants_x_check_document_codes__mutmut['_mutmut_orig'] = x_check_document_codes__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_1'] = x_check_document_codes__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_2'] = x_check_document_codes__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_3'] = x_check_document_codes__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_4'] = x_check_document_codes__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_5'] = x_check_document_codes__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_6'] = x_check_document_codes__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_7'] = x_check_document_codes__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_8'] = x_check_document_codes__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_9'] = x_check_document_codes__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_10'] = x_check_document_codes__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_11'] = x_check_document_codes__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_12'] = x_check_document_codes__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_13'] = x_check_document_codes__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_14'] = x_check_document_codes__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_15'] = x_check_document_codes__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_16'] = x_check_document_codes__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_17'] = x_check_document_codes__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_18'] = x_check_document_codes__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_19'] = x_check_document_codes__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_20'] = x_check_document_codes__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_21'] = x_check_document_codes__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_22'] = x_check_document_codes__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_23'] = x_check_document_codes__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_24'] = x_check_document_codes__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_25'] = x_check_document_codes__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_26'] = x_check_document_codes__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_27'] = x_check_document_codes__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_28'] = x_check_document_codes__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_29'] = x_check_document_codes__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_30'] = x_check_document_codes__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_31'] = x_check_document_codes__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_32'] = x_check_document_codes__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_33'] = x_check_document_codes__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_34'] = x_check_document_codes__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_35'] = x_check_document_codes__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_36'] = x_check_document_codes__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_37'] = x_check_document_codes__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_38'] = x_check_document_codes__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_39'] = x_check_document_codes__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_40'] = x_check_document_codes__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_41'] = x_check_document_codes__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_42'] = x_check_document_codes__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_43'] = x_check_document_codes__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_44'] = x_check_document_codes__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_45'] = x_check_document_codes__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_46'] = x_check_document_codes__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_47'] = x_check_document_codes__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_48'] = x_check_document_codes__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_49'] = x_check_document_codes__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_50'] = x_check_document_codes__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_51'] = x_check_document_codes__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_52'] = x_check_document_codes__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_53'] = x_check_document_codes__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_54'] = x_check_document_codes__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_55'] = x_check_document_codes__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_56'] = x_check_document_codes__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_57'] = x_check_document_codes__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_58'] = x_check_document_codes__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_59'] = x_check_document_codes__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_60'] = x_check_document_codes__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_61'] = x_check_document_codes__mutmut_61 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_62'] = x_check_document_codes__mutmut_62 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_63'] = x_check_document_codes__mutmut_63 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_64'] = x_check_document_codes__mutmut_64 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_65'] = x_check_document_codes__mutmut_65 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_66'] = x_check_document_codes__mutmut_66 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_67'] = x_check_document_codes__mutmut_67 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_68'] = x_check_document_codes__mutmut_68 # type: ignore # mutmut generated
mutants_x_check_document_codes__mutmut['x_check_document_codes__mutmut_69'] = x_check_document_codes__mutmut_69 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__party_identifiers__mutmut)
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


def x__party_identifiers__mutmut_orig(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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


def x__party_identifiers__mutmut_1(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "XXBG-4/BT-29-1XX", "BG-4/BT-30-1", "BG-4/BT-34-1"),
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


def x__party_identifiers__mutmut_2(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "bg-4/bt-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
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


def x__party_identifiers__mutmut_3(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "XXBG-4/BT-30-1XX", "BG-4/BT-34-1"),
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


def x__party_identifiers__mutmut_4(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "bg-4/bt-30-1", "BG-4/BT-34-1"),
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


def x__party_identifiers__mutmut_5(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "XXBG-4/BT-34-1XX"),
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


def x__party_identifiers__mutmut_6(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "bg-4/bt-34-1"),
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


def x__party_identifiers__mutmut_7(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "XXBG-7/BT-46-1XX", "BG-7/BT-47-1", "BG-7/BT-49-1"),
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


def x__party_identifiers__mutmut_8(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "bg-7/bt-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
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


def x__party_identifiers__mutmut_9(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "XXBG-7/BT-47-1XX", "BG-7/BT-49-1"),
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


def x__party_identifiers__mutmut_10(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "bg-7/bt-47-1", "BG-7/BT-49-1"),
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


def x__party_identifiers__mutmut_11(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "XXBG-7/BT-49-1XX"),
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


def x__party_identifiers__mutmut_12(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "bg-7/bt-49-1"),
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


def x__party_identifiers__mutmut_13(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
    ):
        for identifier in party.identifiers:
            yield "XXBR-CL-10XX", ids_path, identifier
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


def x__party_identifiers__mutmut_14(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
    ):
        for identifier in party.identifiers:
            yield "br-cl-10", ids_path, identifier
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


def x__party_identifiers__mutmut_15(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
    ):
        for identifier in party.identifiers:
            yield "BR-CL-10", ids_path, identifier
        if party.legal_registration is None:
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


def x__party_identifiers__mutmut_16(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
    ):
        for identifier in party.identifiers:
            yield "BR-CL-10", ids_path, identifier
        if party.legal_registration is not None:
            yield "XXBR-CL-11XX", reg_path, party.legal_registration
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


def x__party_identifiers__mutmut_17(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
    ):
        for identifier in party.identifiers:
            yield "BR-CL-10", ids_path, identifier
        if party.legal_registration is not None:
            yield "br-cl-11", reg_path, party.legal_registration
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


def x__party_identifiers__mutmut_18(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
    """(rule, path, identifier) for every identifier whose scheme an ISO 6523 or EAS list governs."""
    for party, ids_path, reg_path, address_path in (
        (inv.seller, "BG-4/BT-29-1", "BG-4/BT-30-1", "BG-4/BT-34-1"),
        (inv.buyer, "BG-7/BT-46-1", "BG-7/BT-47-1", "BG-7/BT-49-1"),
    ):
        for identifier in party.identifiers:
            yield "BR-CL-10", ids_path, identifier
        if party.legal_registration is not None:
            yield "BR-CL-11", reg_path, party.legal_registration
        if party.electronic_address is None:
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


def x__party_identifiers__mutmut_19(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "XXBR-CL-25XX", address_path, party.electronic_address
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


def x__party_identifiers__mutmut_20(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "br-cl-25", address_path, party.electronic_address
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


def x__party_identifiers__mutmut_21(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    if inv.payee is None:
        if inv.payee.identifier is not None:
            yield "BR-CL-10", "BG-10/BT-60-1", inv.payee.identifier
        if inv.payee.legal_registration is not None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_22(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
        if inv.payee.identifier is None:
            yield "BR-CL-10", "BG-10/BT-60-1", inv.payee.identifier
        if inv.payee.legal_registration is not None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_23(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "XXBR-CL-10XX", "BG-10/BT-60-1", inv.payee.identifier
        if inv.payee.legal_registration is not None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_24(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "br-cl-10", "BG-10/BT-60-1", inv.payee.identifier
        if inv.payee.legal_registration is not None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_25(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "BR-CL-10", "XXBG-10/BT-60-1XX", inv.payee.identifier
        if inv.payee.legal_registration is not None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_26(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "BR-CL-10", "bg-10/bt-60-1", inv.payee.identifier
        if inv.payee.legal_registration is not None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_27(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
        if inv.payee.legal_registration is None:
            yield "BR-CL-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_28(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "XXBR-CL-11XX", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_29(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "br-cl-11", "BG-10/BT-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_30(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "BR-CL-11", "XXBG-10/BT-61-1XX", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_31(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "BR-CL-11", "bg-10/bt-61-1", inv.payee.legal_registration
    if inv.delivery is not None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_32(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    if inv.delivery is not None or inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_33(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    if inv.delivery is None and inv.delivery.location is not None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_34(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    if inv.delivery is not None and inv.delivery.location is None:
        yield "BR-CL-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_35(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
        yield "XXBR-CL-26XX", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_36(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
        yield "br-cl-26", "BG-13/BT-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_37(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
        yield "BR-CL-26", "XXBG-13/BT-71-1XX", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_38(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
        yield "BR-CL-26", "bg-13/bt-71-1", inv.delivery.location
    for i, line in enumerate(inv.lines, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_39(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    for i, line in enumerate(None, 1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_40(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    for i, line in enumerate(inv.lines, None):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_41(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    for i, line in enumerate(1):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_42(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    for i, line in enumerate(inv.lines, ):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_43(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
    for i, line in enumerate(inv.lines, 2):
        if line.item.standard_id is not None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_44(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
        if line.item.standard_id is None:
            yield "BR-CL-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_45(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "XXBR-CL-21XX", f"BG-25[{i}]/BT-157-1", line.item.standard_id


def x__party_identifiers__mutmut_46(inv: Invoice) -> Iterator[tuple[str, str, Identifier]]:
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
            yield "br-cl-21", f"BG-25[{i}]/BT-157-1", line.item.standard_id

mutants_x__party_identifiers__mutmut['_mutmut_orig'] = x__party_identifiers__mutmut_orig # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_1'] = x__party_identifiers__mutmut_1 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_2'] = x__party_identifiers__mutmut_2 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_3'] = x__party_identifiers__mutmut_3 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_4'] = x__party_identifiers__mutmut_4 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_5'] = x__party_identifiers__mutmut_5 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_6'] = x__party_identifiers__mutmut_6 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_7'] = x__party_identifiers__mutmut_7 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_8'] = x__party_identifiers__mutmut_8 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_9'] = x__party_identifiers__mutmut_9 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_10'] = x__party_identifiers__mutmut_10 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_11'] = x__party_identifiers__mutmut_11 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_12'] = x__party_identifiers__mutmut_12 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_13'] = x__party_identifiers__mutmut_13 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_14'] = x__party_identifiers__mutmut_14 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_15'] = x__party_identifiers__mutmut_15 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_16'] = x__party_identifiers__mutmut_16 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_17'] = x__party_identifiers__mutmut_17 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_18'] = x__party_identifiers__mutmut_18 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_19'] = x__party_identifiers__mutmut_19 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_20'] = x__party_identifiers__mutmut_20 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_21'] = x__party_identifiers__mutmut_21 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_22'] = x__party_identifiers__mutmut_22 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_23'] = x__party_identifiers__mutmut_23 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_24'] = x__party_identifiers__mutmut_24 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_25'] = x__party_identifiers__mutmut_25 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_26'] = x__party_identifiers__mutmut_26 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_27'] = x__party_identifiers__mutmut_27 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_28'] = x__party_identifiers__mutmut_28 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_29'] = x__party_identifiers__mutmut_29 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_30'] = x__party_identifiers__mutmut_30 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_31'] = x__party_identifiers__mutmut_31 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_32'] = x__party_identifiers__mutmut_32 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_33'] = x__party_identifiers__mutmut_33 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_34'] = x__party_identifiers__mutmut_34 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_35'] = x__party_identifiers__mutmut_35 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_36'] = x__party_identifiers__mutmut_36 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_37'] = x__party_identifiers__mutmut_37 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_38'] = x__party_identifiers__mutmut_38 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_39'] = x__party_identifiers__mutmut_39 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_40'] = x__party_identifiers__mutmut_40 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_41'] = x__party_identifiers__mutmut_41 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_42'] = x__party_identifiers__mutmut_42 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_43'] = x__party_identifiers__mutmut_43 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_44'] = x__party_identifiers__mutmut_44 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_45'] = x__party_identifiers__mutmut_45 # type: ignore # mutmut generated
mutants_x__party_identifiers__mutmut['x__party_identifiers__mutmut_46'] = x__party_identifiers__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_identifier_schemes__mutmut)
def check_identifier_schemes(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_orig(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_1(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(None):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_2(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = None
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_3(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if (rule_id == "BR-CL-25") and False else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_4(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if (rule_id == "BR-CL-25") or True else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_5(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "XXthe EAS listXX") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_6(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the eas list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_7(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "THE EAS LIST") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_8(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id != "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_9(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "XXBR-CL-25XX" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_10(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "br-cl-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_11(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "XXISO 6523 ICDXX")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_12(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "iso 6523 icd")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_13(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme or identifier.scheme not in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_14(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme in allowed:
            ctx.fail(rule_id, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_15(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(None, path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_16(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, None, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_17(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, None)


def x_check_identifier_schemes__mutmut_18(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(path, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_19(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, f"The identifier scheme ({path}) {identifier.scheme!r} is not in {name}.")


def x_check_identifier_schemes__mutmut_20(ctx: Context) -> None:
    """BR-CL-10/11/21/26 (ISO 6523 ICD) and BR-CL-25 (EAS) on the schemes given."""
    for rule_id, path, identifier in _party_identifiers(ctx.invoice):
        allowed, name = (
            (EAS_SCHEMES, "the EAS list") if rule_id == "BR-CL-25" else (ICD_SCHEMES, "ISO 6523 ICD")
        )
        if identifier.scheme and identifier.scheme not in allowed:
            ctx.fail(rule_id, path, )

mutants_x_check_identifier_schemes__mutmut['_mutmut_orig'] = x_check_identifier_schemes__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_1'] = x_check_identifier_schemes__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_2'] = x_check_identifier_schemes__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_3'] = x_check_identifier_schemes__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_4'] = x_check_identifier_schemes__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_5'] = x_check_identifier_schemes__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_6'] = x_check_identifier_schemes__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_7'] = x_check_identifier_schemes__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_8'] = x_check_identifier_schemes__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_9'] = x_check_identifier_schemes__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_10'] = x_check_identifier_schemes__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_11'] = x_check_identifier_schemes__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_12'] = x_check_identifier_schemes__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_13'] = x_check_identifier_schemes__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_14'] = x_check_identifier_schemes__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_15'] = x_check_identifier_schemes__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_16'] = x_check_identifier_schemes__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_17'] = x_check_identifier_schemes__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_18'] = x_check_identifier_schemes__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_19'] = x_check_identifier_schemes__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_identifier_schemes__mutmut['x_check_identifier_schemes__mutmut_20'] = x_check_identifier_schemes__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_countries__mutmut)
def check_countries(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_orig(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_1(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = None
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_2(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = None
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_3(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("XXBG-5/BT-40XX", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_4(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("bg-5/bt-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_5(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("XXBG-8/BT-55XX", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_6(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("bg-8/bt-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_7(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_8(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(None)
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_9(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("XXBG-12/BT-69XX", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_10(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("bg-12/bt-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_11(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None or inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_12(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_13(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_14(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(None)
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_15(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("XXBG-15/BT-80XX", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_16(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("bg-15/bt-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_17(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country or address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_18(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_19(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail(None, path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_20(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", None, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_21(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, None)
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_22(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail(path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_23(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_24(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, )
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_25(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("XXBR-CL-14XX", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_26(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("br-cl-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_27(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(None, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_28(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, None):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_29(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_30(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, ):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_31(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 2):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_32(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = None
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_33(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin or origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_34(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_35(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                None,
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_36(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                None,
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_37(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                None,
            )


def x_check_countries__mutmut_38(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_39(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_40(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "BR-CL-15",
                f"BG-25[{i}]/BT-159",
                )


def x_check_countries__mutmut_41(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "XXBR-CL-15XX",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )


def x_check_countries__mutmut_42(ctx: Context) -> None:
    """BR-CL-14 (BT-40, BT-55, BT-69, BT-80) and BR-CL-15 (BT-159): ISO 3166-1 alpha-2 country codes."""
    inv = ctx.invoice
    addresses = [("BG-5/BT-40", inv.seller.address), ("BG-8/BT-55", inv.buyer.address)]
    if inv.tax_representative is not None:
        addresses.append(("BG-12/BT-69", inv.tax_representative.address))
    if inv.delivery is not None and inv.delivery.address is not None:
        addresses.append(("BG-15/BT-80", inv.delivery.address))
    for path, address in addresses:
        if address.country and address.country not in COUNTRIES:
            ctx.fail("BR-CL-14", path, f"The country code ({path}) {address.country!r} is not in ISO 3166-1.")
    for i, line in enumerate(inv.lines, 1):
        origin = line.item.origin_country
        if origin and origin not in COUNTRIES:
            ctx.fail(
                "br-cl-15",
                f"BG-25[{i}]/BT-159",
                f"The Item country of origin (BT-159) {origin!r} is not in ISO 3166-1.",
            )

mutants_x_check_countries__mutmut['_mutmut_orig'] = x_check_countries__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_1'] = x_check_countries__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_2'] = x_check_countries__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_3'] = x_check_countries__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_4'] = x_check_countries__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_5'] = x_check_countries__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_6'] = x_check_countries__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_7'] = x_check_countries__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_8'] = x_check_countries__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_9'] = x_check_countries__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_10'] = x_check_countries__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_11'] = x_check_countries__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_12'] = x_check_countries__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_13'] = x_check_countries__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_14'] = x_check_countries__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_15'] = x_check_countries__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_16'] = x_check_countries__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_17'] = x_check_countries__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_18'] = x_check_countries__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_19'] = x_check_countries__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_20'] = x_check_countries__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_21'] = x_check_countries__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_22'] = x_check_countries__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_23'] = x_check_countries__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_24'] = x_check_countries__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_25'] = x_check_countries__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_26'] = x_check_countries__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_27'] = x_check_countries__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_28'] = x_check_countries__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_29'] = x_check_countries__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_30'] = x_check_countries__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_31'] = x_check_countries__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_32'] = x_check_countries__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_33'] = x_check_countries__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_34'] = x_check_countries__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_35'] = x_check_countries__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_36'] = x_check_countries__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_37'] = x_check_countries__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_38'] = x_check_countries__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_39'] = x_check_countries__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_40'] = x_check_countries__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_41'] = x_check_countries__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_countries__mutmut['x_check_countries__mutmut_42'] = x_check_countries__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_reason_codes__mutmut)
def _check_reason_codes(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_orig(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_1(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = None
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_2(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [1, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_3(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 1]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_4(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] = 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_5(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] -= 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_6(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 2
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_7(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_8(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            break
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_9(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge or ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_10(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_11(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = None
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_12(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if (prefix) and False else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_13(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if (prefix) or True else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_14(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("XXBG-28XX", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_15(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("bg-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_16(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "XXBT-145XX") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_17(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "bt-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_18(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("XXBG-21XX", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_19(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("bg-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_20(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "XXBT-105XX")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_21(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "bt-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_22(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                None,
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_23(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                None,
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_24(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                None,
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_25(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_26(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_27(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_28(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "XXBR-CL-20XX",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_29(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "br-cl-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_30(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[2]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_31(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge or ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_32(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_33(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_34(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = None
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_35(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if (prefix) and False else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_36(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if (prefix) or True else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_37(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("XXBG-27XX", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_38(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("bg-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_39(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "XXBT-140XX") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_40(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "bt-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_41(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("XXBG-20XX", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_42(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("bg-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_43(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "XXBT-98XX")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_44(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "bt-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_45(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                None,
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_46(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                None,
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_47(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                None,
            )


def x__check_reason_codes__mutmut_48(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_49(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_50(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                )


def x__check_reason_codes__mutmut_51(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "XXBR-CL-19XX",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_52(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "br-cl-19",
                f"{prefix}{group}[{counts[0]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )


def x__check_reason_codes__mutmut_53(ctx: Context, prefix: str, items: tuple[AllowanceCharge, ...]) -> None:
    counts = [0, 0]
    for ac in items:
        counts[ac.is_charge] += 1
        if not ac.reason_code:
            continue
        if ac.is_charge and ac.reason_code not in CHARGE_REASONS:
            group, bt = ("BG-28", "BT-145") if prefix else ("BG-21", "BT-105")
            ctx.fail(
                "BR-CL-20",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The charge reason code ({bt}) {ac.reason_code!r} is not in UNTDID 7161.",
            )
        elif not ac.is_charge and ac.reason_code not in ALLOWANCE_REASONS:
            group, bt = ("BG-27", "BT-140") if prefix else ("BG-20", "BT-98")
            ctx.fail(
                "BR-CL-19",
                f"{prefix}{group}[{counts[1]}]/{bt}",
                f"The allowance reason code ({bt}) {ac.reason_code!r} is not in UNTDID 5189.",
            )

mutants_x__check_reason_codes__mutmut['_mutmut_orig'] = x__check_reason_codes__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_1'] = x__check_reason_codes__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_2'] = x__check_reason_codes__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_3'] = x__check_reason_codes__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_4'] = x__check_reason_codes__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_5'] = x__check_reason_codes__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_6'] = x__check_reason_codes__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_7'] = x__check_reason_codes__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_8'] = x__check_reason_codes__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_9'] = x__check_reason_codes__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_10'] = x__check_reason_codes__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_11'] = x__check_reason_codes__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_12'] = x__check_reason_codes__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_13'] = x__check_reason_codes__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_14'] = x__check_reason_codes__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_15'] = x__check_reason_codes__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_16'] = x__check_reason_codes__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_17'] = x__check_reason_codes__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_18'] = x__check_reason_codes__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_19'] = x__check_reason_codes__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_20'] = x__check_reason_codes__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_21'] = x__check_reason_codes__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_22'] = x__check_reason_codes__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_23'] = x__check_reason_codes__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_24'] = x__check_reason_codes__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_25'] = x__check_reason_codes__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_26'] = x__check_reason_codes__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_27'] = x__check_reason_codes__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_28'] = x__check_reason_codes__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_29'] = x__check_reason_codes__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_30'] = x__check_reason_codes__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_31'] = x__check_reason_codes__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_32'] = x__check_reason_codes__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_33'] = x__check_reason_codes__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_34'] = x__check_reason_codes__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_35'] = x__check_reason_codes__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_36'] = x__check_reason_codes__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_37'] = x__check_reason_codes__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_38'] = x__check_reason_codes__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_39'] = x__check_reason_codes__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_40'] = x__check_reason_codes__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_41'] = x__check_reason_codes__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_42'] = x__check_reason_codes__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_43'] = x__check_reason_codes__mutmut_43 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_44'] = x__check_reason_codes__mutmut_44 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_45'] = x__check_reason_codes__mutmut_45 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_46'] = x__check_reason_codes__mutmut_46 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_47'] = x__check_reason_codes__mutmut_47 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_48'] = x__check_reason_codes__mutmut_48 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_49'] = x__check_reason_codes__mutmut_49 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_50'] = x__check_reason_codes__mutmut_50 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_51'] = x__check_reason_codes__mutmut_51 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_52'] = x__check_reason_codes__mutmut_52 # type: ignore # mutmut generated
mutants_x__check_reason_codes__mutmut['x__check_reason_codes__mutmut_53'] = x__check_reason_codes__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_lines_and_allowances__mutmut)
def check_lines_and_allowances(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_orig(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_1(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = None
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_2(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(None, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_3(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, None, inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_4(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", None)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_5(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes("", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_6(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_7(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", )
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_8(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "XXXX", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_9(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(None, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_10(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, None):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_11(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_12(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, ):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_13(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 2):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_14(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(None, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_15(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, None, line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_16(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", None)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_17(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_18(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_19(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", )
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_20(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code or line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_21(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_22(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                None,
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_23(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                None,
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_24(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                None,
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_25(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_26(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_27(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_28(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "XXBR-CL-23XX",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_29(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "br-cl-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_30(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme or classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_31(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_32(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    None,
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_33(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    None,
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_34(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    None,
                )


def x_check_lines_and_allowances__mutmut_35(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_36(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_37(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "BR-CL-13",
                    f"BG-25[{i}]/BT-158-1",
                    )


def x_check_lines_and_allowances__mutmut_38(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "XXBR-CL-13XX",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )


def x_check_lines_and_allowances__mutmut_39(ctx: Context) -> None:
    """BR-CL-19/20 (allowance and charge reason codes), BR-CL-13 (BT-158-1), BR-CL-23 (BT-130)."""
    inv = ctx.invoice
    _check_reason_codes(ctx, "", inv.allowances_charges)
    for i, line in enumerate(inv.lines, 1):
        if line.allowances_charges:
            _check_reason_codes(ctx, f"BG-25[{i}]/", line.allowances_charges)
        if line.unit_code and line.unit_code not in UNIT_CODES:
            ctx.fail(
                "BR-CL-23",
                f"BG-25[{i}]/BT-130",
                f"The unit of measure (BT-130) {line.unit_code!r} is not in UN/ECE Recommendations 20 and 21.",
            )
        for classification in line.item.classifications:
            if classification.scheme and classification.scheme not in CLASSIFICATION_SCHEMES:
                ctx.fail(
                    "br-cl-13",
                    f"BG-25[{i}]/BT-158-1",
                    f"The item classification scheme (BT-158-1) {classification.scheme!r} is not in UNTDID 7143.",
                )

mutants_x_check_lines_and_allowances__mutmut['_mutmut_orig'] = x_check_lines_and_allowances__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_1'] = x_check_lines_and_allowances__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_2'] = x_check_lines_and_allowances__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_3'] = x_check_lines_and_allowances__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_4'] = x_check_lines_and_allowances__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_5'] = x_check_lines_and_allowances__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_6'] = x_check_lines_and_allowances__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_7'] = x_check_lines_and_allowances__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_8'] = x_check_lines_and_allowances__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_9'] = x_check_lines_and_allowances__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_10'] = x_check_lines_and_allowances__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_11'] = x_check_lines_and_allowances__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_12'] = x_check_lines_and_allowances__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_13'] = x_check_lines_and_allowances__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_14'] = x_check_lines_and_allowances__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_15'] = x_check_lines_and_allowances__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_16'] = x_check_lines_and_allowances__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_17'] = x_check_lines_and_allowances__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_18'] = x_check_lines_and_allowances__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_19'] = x_check_lines_and_allowances__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_20'] = x_check_lines_and_allowances__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_21'] = x_check_lines_and_allowances__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_22'] = x_check_lines_and_allowances__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_23'] = x_check_lines_and_allowances__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_24'] = x_check_lines_and_allowances__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_25'] = x_check_lines_and_allowances__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_26'] = x_check_lines_and_allowances__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_27'] = x_check_lines_and_allowances__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_28'] = x_check_lines_and_allowances__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_29'] = x_check_lines_and_allowances__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_30'] = x_check_lines_and_allowances__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_31'] = x_check_lines_and_allowances__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_32'] = x_check_lines_and_allowances__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_33'] = x_check_lines_and_allowances__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_34'] = x_check_lines_and_allowances__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_35'] = x_check_lines_and_allowances__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_36'] = x_check_lines_and_allowances__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_37'] = x_check_lines_and_allowances__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_38'] = x_check_lines_and_allowances__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_lines_and_allowances__mutmut['x_check_lines_and_allowances__mutmut_39'] = x_check_lines_and_allowances__mutmut_39 # type: ignore # mutmut generated


CHECKS: tuple[Check, ...] = (
    check_currencies,
    check_document_codes,
    check_identifier_schemes,
    check_countries,
    check_lines_and_allowances,
)

__all__ = ["CHECKS"]
