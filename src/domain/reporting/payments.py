"""Payment data (flux 10.2 per invoice, 10.4 aggregated): amounts collected per VAT rate, in EUR.

A collected amount is never negative (the DGFiP's Flux10 schematron, Annexe 7 v1.8 rule G1.16, on TT-95 and TT-99:
"au maximum 6 décimales, sans signe négatif"): a reversed payment takes back from the day(s) it was reported on
(domain.payments.taken_back), so a day x invoice x rate adds up to what was really collected that day, and a day
that nets to nothing is left out. A negative total is refused (ER-PAY-NEGATIVE): report a refund as a rectification
(RE) of the period that declared the payment.
Only payments on which VAT falls due on receipt are reported: services, without the debits option, and not under
reverse charge (CGI 269 2 c; reform.md §7). The amount per rate is the amount collected, VAT included (UNVERIFIED:
the DGFiP specification names it "montant encaissé"; IOPOLE calls it `collectedAmount`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from domain.bounds import is_blank
from domain.findings import Finding
from domain.money import EUR, unsigned_zero
from domain.payments import RatePart
from domain.reporting.amounts import (
    ZERO_CENTS,
    has_at_most_two_decimals,
    is_accepted_rate,
    rate_str,
    require_decimal,
)
from domain.reporting.rules import fatal

_INVOICE_DATA = "invoice/"


def invoice_payment_key(invoice_id: str, payment_id: str) -> str:
    """The key of the payment data InvoiceService.RecordPayment writes from an invoice's books."""
    return f"{_INVOICE_DATA}{invoice_id}/payment/{payment_id}"


def is_invoice_payment_data(key: str) -> bool:
    """Written from an invoice's books (`invoice_payment_key`), not recorded with RecordPayments: it follows them
    (a later reversal takes back from it), so it is corrected on the invoice, never voided on its own."""
    return key.startswith(_INVOICE_DATA)


@dataclass(frozen=True, slots=True)
class PaymentEvent:
    """A payment received. `invoice_id` set: reported per invoice (10.2); None: a B2C payment, aggregated (10.4)."""

    key: str
    day: date
    amounts: tuple[RatePart, ...]  # collected, VAT included, per rate
    invoice_id: str | None = None
    invoice_date: date | None = None
    currency: str = EUR

    def __post_init__(self) -> None:
        if is_blank(self.key):  # a key of spaces is none: a blank request id is refused too
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        for part in self.amounts:
            require_decimal(part.vat_rate, "vat_rate")
            require_decimal(part.amount, "amount")
        # "-0" is recorded and read back as 0: the books and the report never carry a sign on nothing.
        object.__setattr__(
            self, "amounts", tuple(RatePart(p.vat_rate, unsigned_zero(p.amount)) for p in self.amounts)
        )
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )


@dataclass(frozen=True, slots=True)
class PaymentLine:
    """Amount collected on one day at one rate, for one invoice (10.2) or for B2C sales (10.4, invoice None)."""

    day: date
    vat_rate: Decimal
    amount: Decimal
    currency: str = EUR
    invoice_id: str | None = None
    invoice_date: date | None = None

    @property
    def label(self) -> str:
        target = f"invoice {self.invoice_id}" if self.invoice_id else "b2c"
        return f"payment[{self.day.isoformat()}/{target}/{rate_str(self.vat_rate)}%]"

    def findings(self) -> tuple[Finding, ...]:
        return payment_line_findings(self)


def payment_lines(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO_CENTS, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO_CENTS) + part.amount
    # A day whose payments were all taken back (a bounced cheque) collected nothing: no line.
    lines = (replace(slot, amount=amount) for slot, amount in totals.items() if amount)
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def totals_by_rate(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ZERO_CENTS) + line.amount
    return dict(sorted(out.items()))


def event_findings(event: PaymentEvent) -> tuple[Finding, ...]:
    """The checks one payment must pass on its own, as the lines of a month holding only it (its rates, its
    currency, its scale): a payment failing one would refuse its month's declaration, and a recorded payment stays
    final until voided, so it is checked where it comes in. A negative amount is left to its day's
    lines (ER-PAY-NEGATIVE): a refund is sound while the day's payments at its rate cover it."""
    return tuple(
        f
        for line in payment_lines((event,))
        for f in payment_line_findings(line)
        if f.rule_id != "ER-PAY-NEGATIVE"
    )


def payment_line_findings(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        # Flux10 G1.16: no sign. A reversal recorded through RecordPayment takes back from the days it reverses;
        # a negative amount here came from RecordPayments, or a refund: rectify the period that declared it.
        msg = f"collected amount {line.amount} is negative (Flux10 G1.16): report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)
