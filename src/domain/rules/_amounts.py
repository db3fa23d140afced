"""Every monetary amount of an invoice with its business-term path and the two decimal rules it falls under:
the EN 16931 BR-DEC id (at most 2 decimals) and the French BR-FR-DEC-01 id (also at most 19 digits)."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from domain.invoice import AllowanceCharge, Invoice


class Amount(NamedTuple):
    path: str
    value: Decimal
    term: str  # "Document level allowance amount (BT-92)"
    en_rule: str  # BR-DEC-xx
    fr_rule: str  # BR-FR-DEC-01_BT-xx


_TOTALS = (
    ("line_total", "BT-106", "Sum of Invoice line net amount", "BR-DEC-09", "BR-FR-DEC-01_BT-106"),
    ("allowance_total", "BT-107", "Sum of allowances on document level", "BR-DEC-10", "BR-FR-DEC-01_BT-107"),
    ("charge_total", "BT-108", "Sum of charges on document level", "BR-DEC-11", "BR-FR-DEC-01_BT-108"),
    ("tax_exclusive", "BT-109", "Invoice total amount without VAT", "BR-DEC-12", "BR-FR-DEC-01_BT-109"),
    ("tax_total", "BT-110", "Invoice total VAT amount", "BR-DEC-13", "BR-FR-DEC-01_BT-110"),
    (
        "tax_total_accounting_currency",
        "BT-111",
        "Invoice total VAT amount in accounting currency",
        "BR-DEC-15",
        "BR-FR-DEC-01_BT-111",
    ),
    ("tax_inclusive", "BT-112", "Invoice total amount with VAT", "BR-DEC-14", "BR-FR-DEC-01_BT-112"),
    ("paid", "BT-113", "Paid amount", "BR-DEC-16", "BR-FR-DEC-01_BT-113"),
    ("rounding", "BT-114", "Rounding amount", "BR-DEC-17", "BR-FR-DEC-01_BT-114"),
    ("amount_due", "BT-115", "Amount due for payment", "BR-DEC-18", "BR-FR-DEC-01_BT-115"),
)

_Group = tuple[str, str, str, str, str, str, str, str]

# (group, name, amount term, base term, EN amount rule, EN base rule, FR amount rule, FR base rule)
_DOC_ALLOWANCE = ("BG-20", "Document level allowance", "BT-92", "BT-93", "BR-DEC-01", "BR-DEC-02", "BR-FR-DEC-01_BT-92_BT-99", "BR-FR-DEC-01_BT-93_BT-100")
_DOC_CHARGE = ("BG-21", "Document level charge", "BT-99", "BT-100", "BR-DEC-05", "BR-DEC-06", "BR-FR-DEC-01_BT-92_BT-99", "BR-FR-DEC-01_BT-93_BT-100")
_LINE_ALLOWANCE = ("BG-27", "Invoice line allowance", "BT-136", "BT-137", "BR-DEC-24", "BR-DEC-25", "BR-FR-DEC-01_BT-136_BT-141", "BR-FR-DEC-01_BT-137_BT-142")
_LINE_CHARGE = ("BG-28", "Invoice line charge", "BT-141", "BT-142", "BR-DEC-27", "BR-DEC-28", "BR-FR-DEC-01_BT-136_BT-141", "BR-FR-DEC-01_BT-137_BT-142")


def _allowances_charges(
    prefix: str, items: tuple[AllowanceCharge, ...], out: list[Amount], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        group, name, amount_bt, base_bt, en_amount, en_base, fr_amount, fr_base = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        path = f"{prefix}{group}[{counts[ac.is_charge]}]/"
        if ac.amount is not None:
            out.append(Amount(path + amount_bt, ac.amount, f"{name} amount ({amount_bt})", en_amount, fr_amount))
        if ac.base_amount is not None:
            out.append(Amount(path + base_bt, ac.base_amount, f"{name} base amount ({base_bt})", en_base, fr_base))


def amounts(invoice: Invoice) -> list[Amount]:
    """All amounts present in the invoice, in document order."""
    out: list[Amount] = []
    _allowances_charges("", invoice.allowances_charges, out, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for attr, bt, term, en_rule, fr_rule in _TOTALS:
            value = getattr(totals, attr)
            if value is not None:
                out.append(Amount(f"BG-22/{bt}", value, f"{term} ({bt})", en_rule, fr_rule))
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        out.append(Amount(f"BG-23[{i}]/BT-116", entry.taxable_amount, "VAT category taxable amount (BT-116)",
                          "BR-DEC-19", "BR-FR-DEC-01_BT-116"))
        out.append(Amount(f"BG-23[{i}]/BT-117", entry.tax_amount, "VAT category tax amount (BT-117)",
                          "BR-DEC-20", "BR-FR-DEC-01_BT-117"))
    for i, line in enumerate(invoice.lines, 1):
        if line.net_amount is not None:
            out.append(Amount(f"BG-25[{i}]/BT-131", line.net_amount, "Invoice line net amount (BT-131)",
                              "BR-DEC-23", "BR-FR-DEC-01_BT-131"))
        if line.allowances_charges:
            _allowances_charges(f"BG-25[{i}]/", line.allowances_charges, out, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def decimal_places(value: Decimal) -> int:
    """Digits after the decimal point as the value is written (2.50 has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def written_length(value: Decimal) -> int:
    """Length of the plain decimal string without its point, sign included, as BR-FR-DEC counts it."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if exponent >= 0:
        length = len(digits) + exponent if digits != (0,) else 1
    else:
        length = max(len(digits), -exponent + 1)
    return length + sign
