"""A received invoice checked against what the buyer booked, before it is approved.

The buyer gives the amounts its books hold for the invoice: the total VAT included (compared with BT-112) and,
optionally, the VAT per rate (compared with BT-117 of each BG-23 line, summed per rate; a rate present on one side
only counts as zero on the other). A figure differs when the gap is beyond the tolerance (`Tolerance`): the
supplier's when the company set one for that seller (BT-30), else the company's; an absolute amount (0.00 unless
set) and, optionally, a percentage of the invoiced figure, which the amount then caps when it is not zero ("1 %,
at most 50.00": the stricter of the two, as accounts-payable matching usually works). What then happens is the caller's choice (`OnDifference`): the approval
is refused with every difference listed (PDP-BOOKS-TOTAL, PDP-BOOKS-VAT), or it is sent as partially approved (206)
or disputed (207) with the differences in its message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.errors import IllegalTransition
from domain.findings import Finding, Severity
from domain.invoice import Invoice
from domain.money import CENT, ZERO, decimals, format_decimal
from domain.totals import canonical_rate, compute_totals

DEFAULT_TOLERANCE = Decimal("0.00")
MAX_TOLERANCE = Decimal("1000000")  # a tolerance is a rounding allowance, not a way around the check
MAX_TOLERANCE_PERCENT = Decimal("100")


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far a booked figure may be from the invoiced one. `percent` None: `amount` is the limit. Set: the limit
    is `percent` % of the invoiced figure (half-up to the cent), capped by `amount` unless it is zero. `source`
    says whose it is ("company" or "supplier <SIREN>"), for the refusal's message."""

    amount: Decimal = DEFAULT_TOLERANCE
    percent: Decimal | None = None
    source: str = "company"

    def limit(self, invoiced: Decimal) -> Decimal:
        if self.percent is None:
            return self.amount
        share = (abs(invoiced) * self.percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        return min(share, self.amount) if self.amount else share

    def describe(self) -> str:
        if self.percent is None:
            text = format_decimal(self.amount)
        else:
            cap = f", at most {format_decimal(self.amount)}" if self.amount else ""
            text = f"{format_decimal(self.percent)} %{cap}"
        return f"the {self.source}'s tolerance of {text}"


def tolerance_findings(amount: Decimal, percent: Decimal | None) -> list[str]:
    """What is wrong with a tolerance as given (empty: fine): an amount from 0 to MAX_TOLERANCE and a percentage
    above 0 up to 100, each with at most two decimals."""
    out = []
    if not amount.is_finite() or amount < 0 or amount > MAX_TOLERANCE or decimals(amount) > 2:
        out.append(f"the amount is from 0 to {MAX_TOLERANCE} with at most 2 decimals")
    if percent is not None and (
        not percent.is_finite() or percent <= 0 or percent > MAX_TOLERANCE_PERCENT or decimals(percent) > 2
    ):
        out.append(f"the percentage is above 0 and at most {MAX_TOLERANCE_PERCENT}, with at most 2 decimals")
    return out


class OnDifference(StrEnum):
    REFUSE = "refuse"  # the approval is refused, naming every difference
    PARTIALLY_APPROVE = "partially_approve"  # sent as 206 instead
    DISPUTE = "dispute"  # sent as 207 instead


@dataclass(frozen=True, slots=True)
class BookedAmounts:
    total: Decimal  # VAT included
    vat_by_rate: tuple[tuple[Decimal, Decimal], ...] = ()  # (rate, VAT amount); empty: VAT not compared


@dataclass(frozen=True, slots=True)
class Difference:
    rule_id: str  # PDP-BOOKS-TOTAL or PDP-BOOKS-VAT
    path: str  # the business term compared
    booked: Decimal
    invoiced: Decimal
    vat_rate: Decimal | None = None

    @property
    def gap(self) -> Decimal:
        return self.invoiced - self.booked

    def describe(self) -> str:
        what = "total VAT included" if self.vat_rate is None else f"VAT at {format_decimal(self.vat_rate)} %"
        return (
            f"{what}: booked {format_decimal(self.booked)}, invoiced {format_decimal(self.invoiced)}"
            f" (difference {format_decimal(self.gap)})"
        )


class BooksMismatch(IllegalTransition):
    """The invoice differs from the buyer's books beyond the tolerance: `differences` lists each figure."""

    def __init__(self, differences: Sequence[Difference], tolerance: Tolerance) -> None:
        self.differences = tuple(differences)
        findings = tuple(
            Finding(
                d.rule_id,
                Severity.FATAL,
                f"{d.describe()} is beyond {tolerance.describe()}"
                f" ({format_decimal(tolerance.limit(d.invoiced))} here)",
                d.path,
                layer="books",
            )
            for d in self.differences
        )
        super().__init__(
            "the invoice differs from the booked amounts: "
            + "; ".join(d.describe() for d in self.differences),
            findings,
        )


def differences(invoice: Invoice, booked: BookedAmounts, tolerance: Tolerance) -> tuple[Difference, ...]:
    """Every figure of `booked` that differs from the invoice by more than `tolerance` allows for it."""
    computed = invoice if invoice.totals is not None and invoice.vat_breakdown else compute_totals(invoice)
    assert computed.totals is not None
    out = []
    if abs(computed.totals.tax_inclusive - booked.total) > tolerance.limit(computed.totals.tax_inclusive):
        out.append(Difference("PDP-BOOKS-TOTAL", "BT-112", booked.total, computed.totals.tax_inclusive))
    if booked.vat_by_rate:
        invoiced: dict[Decimal, Decimal] = {}
        for line in computed.vat_breakdown or ():
            rate = canonical_rate(line.rate)
            invoiced[rate] = invoiced.get(rate, ZERO) + line.tax_amount
        given: dict[Decimal, Decimal] = {}
        for rate, amount in booked.vat_by_rate:
            given[canonical_rate(rate)] = given.get(canonical_rate(rate), ZERO) + amount
        for rate in sorted(invoiced.keys() | given.keys()):
            mine, theirs = given.get(rate, ZERO), invoiced.get(rate, ZERO)
            if abs(theirs - mine) > tolerance.limit(theirs):
                out.append(
                    Difference("PDP-BOOKS-VAT", f"BG-23[{format_decimal(rate)}]/BT-117", mine, theirs, rate)
                )
    return tuple(out)


def disputed_reason(found: Sequence[Difference]) -> str:
    """The reason code of a 207 sent for these differences (BR-FR-CDV-CL-09): the total, else the VAT rate."""
    return "MONTANTTOTAL_ERR" if any(d.rule_id == "PDP-BOOKS-TOTAL" for d in found) else "TX_TVA_ERR"


PARTIAL_REASON = (
    "AUTRE"  # 206's closed list has no amount reason: "other", with the differences in the message
)


def difference_message(found: Sequence[Difference]) -> str:
    return "Montants comptabilisés différents : " + "; ".join(d.describe() for d in found)
