"""How business terms become text, shared by every syntax: number formats, BT-8 codes, the BAR note.

- Amounts: exactly two decimals (BR-FR-DEC-01, BR-DEC-*), rounded half away from zero.
- VAT rates: at most two decimals and no trailing zeros (BR-FR-16 compares strings: `20` passes, `20.000` not).
- Quantities and prices: as the model holds them, never in exponent form.
- BT-8: the model carries the UNTDID 2475 code CII uses (5 = invoice date, i.e. the debits option; 29 = delivery
  date; 72 = on receipt). UBL carries UNTDID 2005 (3, 35, 432): we translate both ways, and accept either form
  on input so callers need not know which syntax will be rendered.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from domain.invoice import Invoice, Note, Territory, VatCategory
from domain.money import CENT, unsigned_zero
from domain.totals import canonical_rate

_UBL_TO_CII_BT8 = {"3": "5", "35": "29", "432": "72"}
_CII_TO_UBL_BT8 = {v: k for k, v in _UBL_TO_CII_BT8.items()}
DEBITS_OPTION_CODES = frozenset({"5", "3"})

# Categories whose VAT rate is not written (BR-O-05, BR-48 exception for "not subject to VAT").
RATELESS_CATEGORIES = frozenset({VatCategory.NOT_SUBJECT})

BAR = "BAR"


def amount(value: Decimal) -> str:
    """Two decimals, half-up; a zero is written unsigned: CEN's CII rules (BR-E-09) refuse a "-0.00" that a
    document made elsewhere gives (the Dutch SI-UBL "negative zero" example) and UBL's accept."""
    return f"{unsigned_zero(value.quantize(CENT, rounding=ROUND_HALF_UP)):f}"


def rate(value: Decimal) -> str:
    return f"{canonical_rate(value.quantize(CENT, rounding=ROUND_HALF_UP)):f}"


def number(value: Decimal) -> str:
    """Quantities and prices: the model's own precision (BR-FR-DEC-03/04 limit it upstream)."""
    return f"{value:f}"


def cii_date(value: date) -> str:
    return value.strftime("%Y%m%d")


def bt8_for_cii(code: str) -> str:
    return _UBL_TO_CII_BT8.get(code, code)


def bt8_for_ubl(code: str) -> str:
    return _CII_TO_UBL_BT8.get(code, code)


def bt8_from_ubl(code: str) -> str:
    return _UBL_TO_CII_BT8.get(code, code)


def is_debits_option(invoice: Invoice) -> bool:
    return invoice.vat_point_date_code in DEBITS_OPTION_CODES


_CORSICA_ONLY_RATES = frozenset({Decimal("0.9"), Decimal("13")})
_OVERSEAS_ONLY_RATES = frozenset({Decimal("8.5"), Decimal("1.75"), Decimal("1.05")})


def territory_of(rates: Iterable[Decimal]) -> Territory:
    """Documents do not say where the operation is taxed; a rate that exists only there does (CGI art. 296/297).

    Without such a rate the invoice reads as mainland, whose rates are also valid in Corsica and overseas.
    """
    found = set(rates)
    if found & _CORSICA_ONLY_RATES:
        return Territory.CORSICA
    if found & _OVERSEAS_ONLY_RATES:
        return Territory.OVERSEAS
    return Territory.MAINLAND


def document_notes(invoice: Invoice) -> Iterator[Note]:
    """BG-1 as written: the BAR note (processing rule, BR-FR-20) first, then the other notes.

    A BAR note among `invoice.notes` is not written twice: the processing rule is the one source of truth.
    """
    bar = invoice.processing_rule.bar_value
    if bar is not None:  # B2G: no published BAR value (domain.b2g)
        yield Note(bar, BAR)
    yield from (n for n in invoice.notes if n.subject_code != BAR)
