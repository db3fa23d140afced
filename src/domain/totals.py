"""Line nets, VAT breakdown and document totals, rounded exactly as BR-CO-10…BR-CO-17 require.

The computation follows EN 16931's calculation model:
- line net (BT-131) = quantity × net price ÷ base quantity, rounded to the cent, minus line allowances plus
  line charges (BR-CO-... / the FNFE note: each line net is rounded before summation);
- BT-106 = Σ BT-131 (BR-CO-10); BT-107 = Σ BT-92 (BR-CO-11); BT-108 = Σ BT-99 (BR-CO-12);
- BT-109 = BT-106 − BT-107 + BT-108 (BR-CO-13);
- per VAT category and rate: BT-116 = Σ line nets − document allowances + document charges of that
  category and rate (BR-S-08 and siblings); BT-117 = BT-116 × BT-119 ÷ 100 rounded (BR-CO-17);
- BT-110 = Σ BT-117 (BR-CO-14); BT-112 = BT-109 + BT-110 (BR-CO-15); BT-115 = BT-112 − BT-113 + BT-114
  (BR-CO-16).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from domain.invoice import AllowanceCharge, Invoice, InvoiceLine, Totals, VatBreakdown, VatCategory
from domain.money import CENT, EUR, ZERO, arithmetic, percent_of, round_amount, total

_T = TypeVar("_T")

_CANONICAL_RATES: dict[Decimal, Decimal] = {}
_CANONICAL_ZERO = Decimal("0")  # canonical_rate(ZERO)
_REPLACERS: dict[tuple[type, tuple[str, ...]], Callable[..., Any]] = {}


def _replacer(cls: type[_T], changed: tuple[str, ...]) -> Callable[..., _T]:
    """A function `(obj, *new values of changed)` -> a copy of `obj` with those fields replaced.

    `dataclasses.replace` costs about 2 µs per line of every invoice; this copy is about three times faster.
    Like dataclasses' own `__init__`, it is generated once per class: it fills the slots of a new instance
    through their descriptors (our frozen dataclasses have slots, no `__post_init__` and no init=False field).
    """
    key = (cls, changed)
    replacer = _REPLACERS.get(key)
    if replacer is None:
        names = [f.name for f in fields(cls)]  # type: ignore[arg-type]  # a dataclass: a TypeVar cannot say so
        if set(changed) - set(names) or {"obj", "new"} & set(names) or not hasattr(cls, "__slots__"):
            raise TypeError(f"cannot generate a copy of {cls.__name__} replacing {changed}")
        namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
        body = ["    new = _new(_cls)"]
        for i, name in enumerate(names):
            namespace[f"_set{i}"] = getattr(cls, name).__set__
            body.append(f"    _set{i}(new, {name if name in changed else f'obj.{name}'})")
        source = f"def replace(obj, {', '.join(changed)}):\n" + "\n".join(body) + "\n    return new\n"
        exec(source, namespace)  # the source holds field names only
        replacer = _REPLACERS[key] = namespace["replace"]
    return replacer


def allowance_charge_amount(ac: AllowanceCharge) -> Decimal:
    """The amount of an allowance or charge as stated (BT-92/99/136/141); BR-DEC rules keep it to the cent."""
    return ac.amount


def line_net_amount(line: InvoiceLine) -> Decimal:
    """BT-131 from quantity, net price and base quantity, with line allowances (BG-27) and charges (BG-28)."""
    base_quantity = line.base_quantity
    if base_quantity:
        gross = round_amount(line.quantity * line.net_price / base_quantity)
    else:  # absent or zero: per unit; `round_amount` inlined, as this runs twice per line of every invoice
        gross = (line.quantity * line.net_price).quantize(CENT, ROUND_HALF_UP)
        if not gross and gross.is_signed():
            gross = -gross
    if not line.allowances_charges:
        return gross
    allowances = total(allowance_charge_amount(ac) for ac in line.allowances_charges if not ac.is_charge)
    charges = total(allowance_charge_amount(ac) for ac in line.allowances_charges if ac.is_charge)
    return gross - allowances + charges


def _key(category: VatCategory, rate: Decimal | None) -> tuple[VatCategory, Decimal]:
    """The BG-23 grouping key: a missing rate is 0; rates in canonical form (0 however written, "-0" too, is 0)."""
    if rate is None:
        return category, _CANONICAL_ZERO
    canonical = _CANONICAL_RATES.get(rate)
    return category, canonical if canonical is not None else canonical_rate(rate)


def canonical_rate(rate: Decimal) -> Decimal:
    """20, 20.0 and 20.00 are one VAT rate; keep it without exponent and with at most the decimals it needs."""
    # Memoised: equal rates (20 and 20.00 are equal keys) have the same canonical form.
    canonical = _CANONICAL_RATES.get(rate)
    if canonical is None:
        canonical = Decimal(format(rate.normalize(), "f"))
        if not canonical:  # "-0" and "-0.00" are the rate 0: never a negative zero, whichever is seen first
            canonical = _CANONICAL_ZERO
        if len(_CANONICAL_RATES) < 1024:  # bounded: rates are few, but inputs are not trusted
            _CANONICAL_RATES[rate] = canonical
    return canonical


def taxable_amounts(invoice: Invoice, line_nets: list[Decimal]) -> dict[tuple[VatCategory, Decimal], Decimal]:
    """Unrounded BT-116 per VAT category and rate: line nets − document allowances + document charges."""
    taxable: dict[tuple[VatCategory, Decimal], Decimal] = {}
    get = taxable.get
    for line, net in zip(invoice.lines, line_nets, strict=True):
        key = _key(line.vat_category, line.vat_rate)
        taxable[key] = get(key, ZERO) + net
    for ac in invoice.allowances_charges:
        if ac.vat_category is None:
            continue
        amount = allowance_charge_amount(ac)
        key = _key(ac.vat_category, ac.vat_rate)
        taxable[key] = get(key, ZERO) + (amount if ac.is_charge else -amount)
    return taxable


def compute_vat_breakdown(invoice: Invoice, line_nets: list[Decimal]) -> tuple[VatBreakdown, ...]:
    """BG-23: one entry per VAT category and rate found in lines and document allowances/charges."""
    taxable = taxable_amounts(invoice, line_nets)
    previous = {(b.category, canonical_rate(b.rate)): b for b in invoice.vat_breakdown or ()}
    breakdown = []
    for (category, rate), base in taxable.items():
        known = previous.get((category, rate))
        breakdown.append(
            VatBreakdown(
                category=category,
                rate=rate,
                taxable_amount=round_amount(base),
                tax_amount=percent_of(base, rate),
                exemption_reason=known.exemption_reason if known else "",
                exemption_reason_code=known.exemption_reason_code if known else "",
            )
        )
    return tuple(breakdown)


def compute_totals(invoice: Invoice) -> Invoice:
    """The invoice with BT-131 on every line, BG-23 and BG-22 computed from its lines and allowances; with an
    exchange rate on an invoice in another currency, BT-6 = EUR and BT-111 (unless BT-111 was given)."""
    with arithmetic():  # products of bounded values exceed the default 28 digits
        return _compute_totals(invoice)


def _compute_totals(invoice: Invoice) -> Invoice:
    converted = invoice.exchange_rate is not None and invoice.currency != EUR
    if converted and not invoice.accounting_currency:
        invoice = replace(invoice, accounting_currency=EUR)
    line_nets = list(map(line_net_amount, invoice.lines))
    lines = tuple(map(_with_net_amount, invoice.lines, line_nets))
    breakdown = compute_vat_breakdown(invoice, line_nets)
    line_total = round_amount(total(line_nets))
    allowance_sum = charge_sum = ZERO
    for ac in invoice.allowances_charges:
        if ac.is_charge:
            charge_sum += allowance_charge_amount(ac)
        else:
            allowance_sum += allowance_charge_amount(ac)
    allowance_total = round_amount(allowance_sum)
    charge_total = round_amount(charge_sum)
    tax_exclusive = line_total - allowance_total + charge_total
    tax_total = total(b.tax_amount for b in breakdown)
    tax_inclusive = tax_exclusive + tax_total
    totals = Totals(
        line_total=line_total,
        allowance_total=allowance_total,
        charge_total=charge_total,
        tax_exclusive=tax_exclusive,
        tax_total=tax_total,
        tax_inclusive=tax_inclusive,
        paid=round_amount(invoice.paid_amount),
        rounding=round_amount(invoice.rounding_amount),
        amount_due=round_amount(tax_inclusive - invoice.paid_amount + invoice.rounding_amount),
        tax_total_accounting_currency=_tax_total_in_eur(invoice, tax_total)
        if converted
        else _declared_bt111(invoice),
    )
    return _with_totals(invoice, lines, breakdown, totals)


def _declared_bt111(invoice: Invoice) -> Decimal | None:
    return invoice.totals.tax_total_accounting_currency if invoice.totals else None


def _tax_total_in_eur(invoice: Invoice, tax_total: Decimal) -> Decimal | None:
    """BT-111: the one given, else BT-110 converted at the caller's rate, half-up to the cent."""
    declared = _declared_bt111(invoice)
    if declared is not None or invoice.accounting_currency != EUR:
        return declared
    assert invoice.exchange_rate is not None
    return round_amount(tax_total * invoice.exchange_rate)


_with_net_amount = _replacer(InvoiceLine, ("net_amount",))
_with_totals = _replacer(Invoice, ("lines", "vat_breakdown", "totals"))
