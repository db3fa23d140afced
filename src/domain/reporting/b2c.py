"""B2C transactions (flux 10.3): idempotent recording and daily aggregates per date x category x VAT rate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.bounds import is_blank
from domain.findings import Finding
from domain.money import EUR, percent_of, round_amount, unsigned_zero
from domain.reporting.amounts import (
    VAT_TOLERANCE,
    ZERO_CENTS,
    has_at_most_two_decimals,
    is_accepted_rate,
    rate_str,
    require_decimal,
)
from domain.reporting.rules import fatal


class B2cCategory(StrEnum):
    TLB1 = "TLB1"  # supply of goods subject to VAT
    TPS1 = "TPS1"  # services subject to VAT
    TNT1 = "TNT1"  # not subject to VAT in France (incl. intra-EU distance sales)
    TMA1 = "TMA1"  # margin scheme (CGI 266 1 e, 268, 297 A)


class TaxDueDateType(StrEnum):
    """When VAT becomes chargeable (BT-8). Codes: UNTDID 2005 in CII (5/29/72) and UBL (3/35/432)."""

    INVOICE_DATE = "INVOICE_DATE"
    DELIVERY_DATE = "DELIVERY_DATE"
    PAYMENT_DATE = "PAYMENT_DATE"

    @property
    def cii_code(self) -> int:
        return {"INVOICE_DATE": 5, "DELIVERY_DATE": 29, "PAYMENT_DATE": 72}[self.value]


@dataclass(frozen=True, slots=True)
class B2cTransaction:
    """One sale to a non-taxable person, as recorded by the till or billing system.

    `key` is the caller's idempotency key. Amounts are in `currency`; `eur_rate` (EUR for one unit of currency)
    converts a foreign-currency sale to EUR, the only currency a report may carry.
    """

    key: str
    day: date
    category: B2cCategory
    currency: str
    vat_rate: Decimal
    taxable_amount: Decimal
    vat_amount: Decimal
    tax_due_date_type: TaxDueDateType = TaxDueDateType.DELIVERY_DATE
    store_id: str | None = None
    register_id: str | None = None
    closure_id: str | None = None
    eur_rate: Decimal | None = None

    def __post_init__(self) -> None:
        if is_blank(self.key):  # a key of spaces is none: a blank request id is refused too
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")
        # "-0" is recorded and read back as 0, as a payment's (domain.reporting.payments.PaymentEvent)
        object.__setattr__(self, "taxable_amount", unsigned_zero(self.taxable_amount))
        object.__setattr__(self, "vat_amount", unsigned_zero(self.vat_amount))

    def in_eur(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=EUR,
            vat_rate=self.vat_rate,
            taxable_amount=round_amount(self.taxable_amount * self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )


@dataclass(frozen=True, slots=True)
class AggregateKey:
    day: date
    category: B2cCategory
    vat_rate: Decimal
    currency: str
    tax_due_date_type: TaxDueDateType

    @property
    def label(self) -> str:
        return f"b2c[{self.day.isoformat()}/{self.category}/{rate_str(self.vat_rate)}%/{self.currency}/{self.tax_due_date_type}]"


@dataclass(frozen=True, slots=True)
class B2cAggregate:
    """One daily aggregate line: totals of the transactions sharing a key (10.3)."""

    key: AggregateKey
    taxable_total: Decimal
    vat_total: Decimal
    count: int

    @property
    def day(self) -> date:
        return self.key.day

    def findings(self) -> tuple[Finding, ...]:
        return aggregate_findings(self)


def aggregate_key(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.vat_rate, tx.currency, tx.tax_due_date_type)


def daily_aggregates(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def merge_aggregates(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO_CENTS, ZERO_CENTS, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def _sort_key(k: AggregateKey) -> tuple[date, str, Decimal, str, str]:
    return (k.day, k.category.value, k.vat_rate, k.currency, k.tax_due_date_type.value)


# A sale's day, refused where it comes in (RecordB2cTransactions): outside the years an official date may have
# (domain.days.outside_years; Flux10 G1.36 would refuse its declaration), after today (domain.days.after_today).
SALE_YEAR = "ER-B2C-DATE-YEAR"
SALE_AHEAD = "ER-B2C-DATE"


def transaction_findings(tx: B2cTransaction) -> tuple[Finding, ...]:
    """The checks one sale must pass on its own, as the line of a day holding only it: its rate, its currency's
    conversion, its scale, its VAT against its base. A sale failing one would refuse every declaration of its
    period until voided: it is checked where it comes in."""
    sale = tx.in_eur()
    return aggregate_findings(B2cAggregate(aggregate_key(sale), sale.taxable_amount, sale.vat_amount, 1))


def aggregate_findings(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key  # its label is built for a finding only: a month's build checks each of 578,000 sales
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", k.label))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, k.label))
    if not is_accepted_rate(k.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", k.label)
        )
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, k.label))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", k.label))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # The VAT of a day is a sum of sales each rounded to the cent on its own (BR-CO-17 per invoice or ticket): it
    # may stray from the day's base x rate by up to a cent a sale, each sale being checked within a cent of its own
    # base when it is recorded (`transaction_findings`). TMA1 (margin scheme) VAT is computed on the margin, not on
    # the sale price: it cannot be checked from the base.
    tolerance = VAT_TOLERANCE * max(line.count, 1)
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > tolerance:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {tolerance}"
            + (f", a cent for each of its {line.count} sales" if line.count > 1 else "")
        )
        out.append(fatal("ER-B2C-VAT", msg, k.label))
    return tuple(out)
