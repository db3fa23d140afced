"""Monetary amounts whose written form breaks the decimal rules, with their business-term path and the two
rules they fall under: the EN 16931 BR-DEC id (at most 2 decimals) and the French BR-FR-DEC-01 id (at most
2 decimals and 19 digits). Only offending amounts are listed: the scan runs on every invoice and must be cheap.

Public: the rules read it (`_context`, `br_fr`), and so does whatever must know an amount its syntax would change
(adapters.documents.carrying: an amount of more than 2 decimals is not carried by CII or UBL).
"""

from __future__ import annotations

from decimal import Decimal
from operator import attrgetter
from typing import NamedTuple

from domain.invoice import AllowanceCharge, Invoice

MAX_DIGITS = 19


class BadAmount(NamedTuple):
    path: str
    value: Decimal
    term: str  # "Document level allowance amount (BT-92)"
    en_rule: str  # BR-DEC-xx, broken when `too_many_decimals`
    fr_rule: str  # BR-FR-DEC-01_BT-xx, broken in any case
    too_many_decimals: bool


def shape(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


_CENT, _ONE = Decimal("0.01"), Decimal("1")
# Exponents allowed for 2, 4 and 6 decimals, most frequent first (same_quantum is a cheap exponent test).
_QUANTA = {
    places: (_CENT, _ONE) + tuple(Decimal(1).scaleb(-p) for p in range(1, places + 1) if p != 2)
    for places in (2, 4, 6)
}


def fits(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def _cents(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(value, 2)


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


class _Group(NamedTuple):
    group: str
    name: str
    amount_bt: str
    base_bt: str
    en_amount: str
    en_base: str
    fr_amount: str
    fr_base: str


# One row per group, as the rules' table has it: (group, name, amount and base BTs, their EN and FR rule ids)
_DOC_ALLOWANCE = _Group("BG-20", "Document level allowance", "BT-92", "BT-93", "BR-DEC-01", "BR-DEC-02", "BR-FR-DEC-01_BT-92_BT-99", "BR-FR-DEC-01_BT-93_BT-100")  # fmt: skip
_DOC_CHARGE = _Group("BG-21", "Document level charge", "BT-99", "BT-100", "BR-DEC-05", "BR-DEC-06", "BR-FR-DEC-01_BT-92_BT-99", "BR-FR-DEC-01_BT-93_BT-100")  # fmt: skip
_LINE_ALLOWANCE = _Group("BG-27", "Invoice line allowance", "BT-136", "BT-137", "BR-DEC-24", "BR-DEC-25", "BR-FR-DEC-01_BT-136_BT-141", "BR-FR-DEC-01_BT-137_BT-142")  # fmt: skip
_LINE_CHARGE = _Group("BG-28", "Invoice line charge", "BT-141", "BT-142", "BR-DEC-27", "BR-DEC-28", "BR-FR-DEC-01_BT-136_BT-141", "BR-FR-DEC-01_BT-137_BT-142")  # fmt: skip


def _add(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def _allowances_charges(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


# (path, term, EN rule, FR rule) of the values `_TOTAL_VALUES` reads, strings built once
_TOTAL_VALUES = attrgetter(*(attr for attr, *_ in _TOTALS))
_TOTAL_TERMS = tuple((f"BG-22/{bt}", f"{term} ({bt})", en, fr) for _, bt, term, en, fr in _TOTALS)


def bad_amounts(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTAL_TERMS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out
