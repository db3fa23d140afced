"""Payments on an invoice as facts; what is paid and what is outstanding, per VAT rate, derived from them.

A payment is money received (we issued the invoice) or sent (we received it): a date, an amount and, optionally,
its split per VAT rate. A reversal (a bounced or cancelled payment) is a payment with a negative amount: the
reference pack reports it as a 212 with a negative amount (XP Z12-014 Annex B, UC5b; reform.md §13). The sign
rule lives here and nowhere else: a positive amount pays, a negative one takes back.

What is owed per rate (`Settlement.for_invoice`) is the tax-inclusive amount of each VAT rate of the breakdown
(BT-116 + BT-117); when the amount due (BT-115) differs (a prepaid amount BT-113, a rounding BT-114), the amount
due is split over the rates the same way a payment is.

Without a split, a payment is shared pro rata of what is still outstanding per rate (a reversal: of what is paid
per rate), by the largest-remainder method on whole cents: each part is its exact share rounded down to the cent,
and the cents left over go one each to the parts with the largest remainders (equal remainders: the larger
weight, then the higher rate). Every part is within one cent of its exact share, and the parts add up to the
payment to the cent. Sharing what is outstanding (rather than the invoice's totals) means a payment never
overpays one rate while another is still owed, and the payment that settles the invoice settles every rate.

Rules (each refusal names its rule):
- PAY-AMOUNT: the amount is not zero and has at most two decimals; PAY-SPLIT-*: a given split has each rate of the
  invoice at most once, parts of the payment's sign with at most two decimals, adding up to the amount;
- PAY-CREDIT-NOTE: a credit note takes no payment: it is settled against the invoices it corrects;
- PAY-OVERPAYMENT: a payment beyond what is outstanding (in total, or at one rate of its split);
- PAY-OVER-REVERSAL: a reversal beyond what was paid (in total, or at one rate of its split);
- PAY-BASIS: an invoice with a negative amount at some rate cannot be shared pro rata.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import StrEnum

from domain.errors import IllegalTransition, RequestRejected
from domain.findings import Finding, Severity
from domain.invoice import Invoice, VatCategory
from domain.lifecycle import STATUSES, StatusEntry, is_terminal
from domain.money import (
    CENT,
    EUR,
    ZERO,
    arithmetic,
    decimal_fits,
    decimals,
    format_decimal,
    round_amount,
    total,
)
from domain.totals import canonical_rate, compute_totals

MAX_PAYMENT_ID = 100  # characters of a caller-given payment id
_LAYER = "payments"
# No VAT is due in France on these (exempt, reverse charge, intra-EU, export, out of scope): nothing to report.
_NO_FRENCH_VAT = frozenset(
    (
        VatCategory.REVERSE_CHARGE,
        VatCategory.INTRA_EU,
        VatCategory.EXPORT,
        VatCategory.NOT_SUBJECT,
        VatCategory.EXEMPT,
        VatCategory.ZERO_RATED,
    )
)
_ON_RECEIPT_CODES = frozenset(("72", "432"))  # BT-8: VAT on receipt (CII 72, UBL 432)
_DEBITS_CODES = frozenset(("5", "3"))  # BT-8: VAT on the invoice date, i.e. the debits option (CII 5, UBL 3)


class PaymentState(StrEnum):
    """Where a recorded payment stands. A payment recorded before its invoice is deposited (the invoice is still
    in our pipeline) is HELD: it counts as awaiting deposit, not as paid, and is applied once the invoice is SENT,
    as if recorded then (its 212 and its payment data follow); REFUSED when the invoice ends without being
    deposited (INVALID, FAILED, CANCELLED), with the reason kept and shown in the invoice's history."""

    APPLIED = "applied"
    HELD = "held"
    REFUSED = "refused"


class PaymentSide(StrEnum):
    RECEIVED = "received"  # seller side: money received on an invoice we issued
    SENT = "sent"  # buyer side: money we sent for an invoice we received


class PaymentRefused(IllegalTransition):
    """A payment the invoice's books cannot take (PAY-OVERPAYMENT, PAY-OVER-REVERSAL, PAY-CREDIT-NOTE, ...)."""


class PaymentInvalid(RequestRejected):
    """A payment malformed whatever the books say: its amount or its split (PAY-AMOUNT, PAY-SPLIT-*)."""


_MALFORMED = frozenset(
    (
        "PAY-AMOUNT",
        "PAY-SPLIT-RATE",
        "PAY-SPLIT-DUPLICATE",
        "PAY-SPLIT-SIGN",
        "PAY-SPLIT-SUM",
        "PAY-EUR-AMOUNT",
    )
)


def _finding(rule_id: str, message: str, path: str = "amount") -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path, layer=_LAYER)


@dataclass(frozen=True, slots=True)
class RatePart:
    """One VAT rate's share of a payment (MDG-43 in a 212: the amount MDT-215 and its rate MDT-224), as the books
    apply it and as the payment e-reporting carries it (domain.reporting.payments.PaymentEvent). Checked where it
    enters each: a caller's split by the books (findings PAY-AMOUNT, PAY-SPLIT-*, each with its path), a payment
    event's amounts by the event."""

    vat_rate: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment as the caller states it: `parts` empty means "share it pro rata"."""

    payment_id: str
    paid_on: date
    amount: Decimal
    parts: tuple[RatePart, ...] = ()
    # On an invoice in another currency: the payment's amount in EUR (e.g. what the bank credited), reported in the
    # payment e-reporting instead of the amount converted at the invoice's rate (`in_eur`).
    amount_eur: Decimal | None = None

    @property
    def is_reversal(self) -> bool:
        return self.amount < 0


@dataclass(frozen=True, slots=True)
class PaymentApplied:
    """The event of a payment taken by the books: its parts per rate as applied (given or shared)."""

    payment_id: str
    paid_on: date
    amount: Decimal
    parts: tuple[RatePart, ...]

    @property
    def is_reversal(self) -> bool:
        return self.amount < 0

    def describe(self) -> str:
        what = "reversal" if self.is_reversal else "payment"
        split = ", ".join(f"{format_decimal(p.amount)} at {format_decimal(p.vat_rate)} %" for p in self.parts)
        return f"{what} {self.payment_id} of {format_decimal(self.amount)} on {self.paid_on}: {split}"

    def facts(self, books: Settlement) -> dict[str, object]:
        """What the audit entry of an applied payment records, on an invoice we sent or one we received; the
        caller adds the invoice's own (its number, the status queued)."""
        return {
            "payment_id": self.payment_id,
            "paid_on": self.paid_on,
            "amount": self.amount,
            "reversal": self.is_reversal,
            "parts": [{"vat_rate": p.vat_rate, "amount": p.amount} for p in self.parts],
            "outstanding": books.outstanding,
        }


@dataclass(frozen=True, slots=True)
class RateBalance:
    vat_rate: Decimal
    total: Decimal  # owed at this rate, as invoiced
    paid: Decimal = ZERO
    credited: Decimal = ZERO  # by the credit notes issued against the invoice (`credit_by_notes`)
    # An invoice a corrective invoice replaced (`Settlement.replaced_by_corrective`): what was left at this rate,
    # owed on the corrective invoice since.
    replaced: Decimal = ZERO
    # A corrective invoice (`Settlement.carrying`): what was paid at this rate on the invoice it replaces.
    carried: Decimal = ZERO
    # An invoice whose lifecycle ended (`Settlement.with_lifecycle`): what was left at this rate, owed by nobody.
    ended: Decimal = ZERO

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.credited - self.paid - self.replaced - self.carried - self.ended


@dataclass(frozen=True, slots=True)
class Settlement:
    """What is owed, paid and outstanding per VAT rate, rates ascending; `prepaid` is BT-113, kept apart."""

    balances: tuple[RateBalance, ...]
    prepaid: Decimal = ZERO
    credit_note: bool = False  # takes no payment (PAY-CREDIT-NOTE)
    awaiting_deposit: Decimal = ZERO  # held payments (PaymentState.HELD): neither paid nor outstanding yet
    # A credit note or corrective invoice whose amounts credit nothing on the invoice it names: why ("RULE: ...").
    unapplied: str = ""
    # What the buyer reports it sent, its 211s' amounts summed (None: it reported none): its word, not a payment.
    reported_sent: Decimal | None = None
    # The corrective invoice (384...) with its buyer that replaces this invoice (XP Z12-014 UC4), "" when none.
    replaced_by: str = ""
    # The last link of the chain of corrections that starts at `replaced_by` (384a replaced by 384b...): the one in
    # force, where what was left is owed now; `replaced_by` itself unless it is replaced in turn, "" when not replaced.
    in_force: str = ""
    # Its lifecycle's end ("210 Refused", "213 Rejected", "220 Cancelled", "501 Inadmissible"), "" while it lives.
    ended_by: str = ""

    @classmethod
    def for_invoice(cls, invoice: Invoice) -> Settlement:
        return cls(
            tuple(RateBalance(rate, owed) for rate, owed in owed_per_rate(invoice)),
            invoice.paid_amount,
            invoice.type_code.kind.credit_note,
        )

    @property
    def total(self) -> Decimal:
        return total(b.total for b in self.balances)

    @property
    def paid(self) -> Decimal:
        return total(b.paid for b in self.balances)

    @property
    def credited(self) -> Decimal:
        return total(b.credited for b in self.balances)

    @property
    def outstanding(self) -> Decimal:
        return total(b.outstanding for b in self.balances)

    @property
    def replaced(self) -> Decimal:
        return total(b.replaced for b in self.balances)

    @property
    def carried(self) -> Decimal:
        return total(b.carried for b in self.balances)

    @property
    def ended(self) -> Decimal:
        return total(b.ended for b in self.balances)

    @property
    def _in_force_said(self) -> str:
        """How a replaced invoice's refusal names the chain when its corrective invoice is replaced in turn."""
        if self.in_force in ("", self.replaced_by):
            return ""
        return f" and is corrected in turn, {self.in_force} in force"

    def with_lifecycle(self, code: str) -> Settlement:
        """These books once the document's lifecycle ended (`is_terminal`: refused 210, rejected 213, cancelled 220,
        inadmissible 501): nobody owes on it, as it neither takes nor gives credit (`books_credit`). What was left
        at each rate is `ended`, not outstanding; what was paid stays paid (a refund is a reversal). Unchanged while
        its lifecycle goes on."""
        if not is_terminal(code):
            return self
        return replace(
            self,
            ended_by=f"{code} {STATUSES[code].name_en}",
            balances=tuple(replace(b, ended=max(b.outstanding, ZERO)) for b in self.balances),
        )

    def replaced_by_corrective(self, number: str, in_force: str = "") -> Settlement:
        """These books once corrective invoice `number` (with its buyer) replaced the invoice: XP Z12-014 Annexe B
        UC4, it "cancels and replaces" it, restating its whole amounts. What was left at each rate is owed on the
        corrective invoice (`replaced`), nothing here; what was paid stays paid here (its 212s were sent, the
        administration counted them) and counts on the corrective invoice (`carrying`), as what a corrective invoice
        replaced in turn carried does (not owed here either). `in_force`: the last link of the chain of corrections
        from `number` when `number` is replaced in turn, where it is all owed now."""
        return replace(
            self,
            replaced_by=number,
            in_force=in_force or number,
            balances=tuple(replace(b, replaced=max(b.outstanding, ZERO)) for b in self.balances),
        )

    def carrying(self, paid_on_replaced: Mapping[Decimal, Decimal]) -> tuple[Settlement, Decimal, Decimal]:
        """A corrective invoice's books with what was paid on the invoice it replaces: the buyer paid that much of
        what it restates. Carried at the same rate up to what is left there; what was paid at a rate this invoice
        has not (it corrects the VAT rate, UC4's own case) is shared pro rata of what is left at its rates, as a
        payment without a split is. Returns the books, what was so shared across rates (its VAT was reported at the
        old rate: its 212s stand), and what could not be carried at all (beyond what this invoice is owed), to
        settle by hand."""
        by_rate = {b.vat_rate: b for b in self.balances}
        carried = {  # a rate's net paid is never negative (PAY-OVER-REVERSAL); were it, nothing is carried back
            b.vat_rate: min(max(paid_on_replaced.get(b.vat_rate, ZERO), ZERO), max(b.outstanding, ZERO))
            for b in self.balances
        }
        other = total(p for rate, p in paid_on_replaced.items() if rate not in by_rate and p > 0)
        same_left = total(p for rate, p in paid_on_replaced.items() if rate in by_rate and p > 0) - total(
            carried.values()
        )
        room = [(b.vat_rate, max(b.outstanding - carried[b.vat_rate], ZERO)) for b in self.balances]
        shared = min(other, total(w for _, w in room))
        if shared > 0:
            for part in split_pro_rata(shared, room):
                carried[part.vat_rate] += part.amount
        books = replace(self, balances=tuple(replace(b, carried=carried[b.vat_rate]) for b in self.balances))
        return books, shared, same_left + other - shared

    def with_paid(self, paid: Mapping[Decimal, Decimal]) -> Settlement:
        """The same amounts owed with `paid` per rate (as stored)."""
        return replace(
            self, balances=tuple(replace(b, paid=paid.get(b.vat_rate, ZERO)) for b in self.balances)
        )

    def with_credited(self, credited: Mapping[Decimal, Decimal], unapplied: str = "") -> Settlement:
        """The same books less what credit notes issued against the invoice credit per rate (`credit_by_notes`):
        the buyer owes that much less, and a payment is checked and shared against what is left. A credit note's
        own books: what it credits on the invoice it names, or why it credits nothing (`own_credit`)."""
        return replace(
            self,
            balances=tuple(replace(b, credited=credited.get(b.vat_rate, ZERO)) for b in self.balances),
            unapplied=unapplied,
        )

    def with_reported_sent(self, history: Iterable[StatusEntry]) -> Settlement:
        """These books with what the buyer reports it sent (`reported_sent`), read from the invoice's statuses."""
        return replace(self, reported_sent=reported_sent(history))

    @property
    def sent_unmatched(self) -> str:
        """How what the buyer reports sent differs from what the books record paid ("" when it does not, or when
        it reported nothing): `sent_against_paid`."""
        return "" if self.reported_sent is None else sent_against_paid(self.reported_sent, self.paid)

    def with_held(self, held: Iterable[Payment]) -> Settlement:
        """These books showing `held` (PaymentState.HELD) as awaiting deposit; they move nothing else."""
        return replace(self, awaiting_deposit=total(p.amount for p in held))

    def projected(self, held: Iterable[Payment]) -> Settlement:
        """The books once the held payments are applied in the order they were recorded: a payment recorded now
        is checked against them, so that it still fits when the invoice is deposited and they are applied first."""
        books = self
        for payment in held:
            books, _ = books.apply(payment)
        return books

    def apply(self, payment: Payment) -> tuple[Settlement, PaymentApplied]:
        """The books after `payment`, and the event saying how it was applied; PaymentRefused names every rule
        it breaks."""
        if self.credit_note:
            raise PaymentRefused(
                "PAY-CREDIT-NOTE: a credit note takes no payment; it is settled against the invoices it corrects",
                (
                    _finding(
                        "PAY-CREDIT-NOTE",
                        "a credit note takes no payment: it reduces what is owed on the invoices it corrects",
                        "invoice_id",
                    ),
                ),
            )
        broken = _amount_findings(payment.amount, "amount")
        if not broken and self.ended_by and payment.amount > 0:
            broken = [
                _finding(
                    LIFECYCLE_ENDED,
                    f"its lifecycle ended ({self.ended_by}): nobody owes on it, it takes no payment (a refund is a"
                    " negative amount)",
                )
            ]
        if not broken and self.replaced_by and payment.amount > 0:
            broken = [
                _finding(
                    CORRECTIVE_REPLACED,
                    f"record the payment on {self.in_force or self.replaced_by}: corrective invoice {self.replaced_by}"
                    f" replaces this invoice (XP Z12-014 UC4){self._in_force_said}; what was left on it,"
                    f" {self.replaced}, is owed there",
                )
            ]
        if not broken:
            broken = self._bound_findings(payment.amount)
        if not broken:
            parts = self._check_split(payment) if payment.parts else self._share(payment.amount)
            broken = [] if isinstance(parts, tuple) else parts
        if broken:
            if any(f.rule_id in _MALFORMED for f in broken):
                raise PaymentInvalid(broken)
            raise PaymentRefused("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
        assert isinstance(parts, tuple)
        added = {p.vat_rate: p.amount for p in parts}
        balances = tuple(replace(b, paid=b.paid + added.get(b.vat_rate, ZERO)) for b in self.balances)
        applied = PaymentApplied(payment.payment_id, payment.paid_on, payment.amount, parts)
        return replace(self, balances=balances), applied

    @property
    def _owed_said(self) -> str:
        """What makes the outstanding, for a refusal naming it: the total, what credit notes credited and what a
        corrective invoice carries when they did, and what was paid (their difference is the outstanding)."""
        said = [f"total {self.total}"]
        if self.credited:
            said.append(f"credited {self.credited}")
        if self.carried:
            said.append(f"carried from the invoice it replaces {self.carried}")
        return ", ".join((*said, f"paid {self.paid}"))

    def _bound_findings(self, amount: Decimal) -> list[Finding]:
        if amount > 0 and amount > self.outstanding:
            return [
                _finding(
                    "PAY-OVERPAYMENT",
                    f"a payment of {amount} exceeds what is outstanding, {self.outstanding} ({self._owed_said})",
                )
            ]
        if amount < 0 and -amount > self.paid:
            return [
                _finding(
                    "PAY-OVER-REVERSAL",
                    f"a reversal of {-amount} exceeds what was paid, {self.paid}",
                )
            ]
        return []

    def _share(self, amount: Decimal) -> tuple[RatePart, ...] | list[Finding]:
        weights = [(b.vat_rate, b.outstanding if amount > 0 else b.paid) for b in self.balances]
        if any(w < 0 for _, w in weights):
            return [
                _finding(
                    "PAY-BASIS", "the invoice has a rate whose amount is negative: give the split per rate"
                )
            ]
        return split_pro_rata(amount, weights)

    def _check_split(self, payment: Payment) -> tuple[RatePart, ...] | list[Finding]:
        by_rate = {b.vat_rate: b for b in self.balances}
        # never empty: without a rate, every payment is over what is owed or paid (_bound_findings) before this
        rates = ", ".join(format_decimal(r) for r in by_rate)
        out: list[Finding] = []
        seen: set[Decimal] = set()
        parts = []
        for i, part in enumerate(payment.parts):
            path = f"parts[{i}]"
            rate = canonical_rate(part.vat_rate)
            if rate not in by_rate:
                out.append(
                    _finding("PAY-SPLIT-RATE", f"{rate} % is not a VAT rate of the invoice ({rates})", path)
                )
                continue
            if rate in seen:
                out.append(_finding("PAY-SPLIT-DUPLICATE", f"{rate} % appears twice in the split", path))
                continue
            seen.add(rate)
            out += _amount_findings(part.amount, f"{path}.amount", zero_ok=True)
            # a NaN part is named by PAY-AMOUNT just above; comparing it would raise
            if part.amount.is_finite() and part.amount and (part.amount < 0) != (payment.amount < 0):
                out.append(
                    _finding("PAY-SPLIT-SIGN", "every part has the sign of the payment", f"{path}.amount")
                )
            parts.append(RatePart(rate, part.amount))
        if out:
            return out
        if total(p.amount for p in parts) != payment.amount:
            return [
                _finding(
                    "PAY-SPLIT-SUM",
                    f"the parts add up to {total(p.amount for p in parts)}, not to the amount {payment.amount}",
                    "parts",
                )
            ]
        for p in parts:
            b = by_rate[p.vat_rate]
            if p.amount > 0 and p.amount > b.outstanding:
                out.append(
                    _finding(
                        "PAY-OVERPAYMENT",
                        f"{p.amount} at {p.vat_rate} % exceeds what is outstanding at that rate, {b.outstanding}",
                        "parts",
                    )
                )
            if p.amount < 0 and -p.amount > b.paid:
                out.append(
                    _finding(
                        "PAY-OVER-REVERSAL",
                        f"{-p.amount} at {p.vat_rate} % exceeds what was paid at that rate, {b.paid}",
                        "parts",
                    )
                )
        if out:
            return out
        return tuple(sorted((p for p in parts if p.amount), key=lambda p: p.vat_rate))


PAYMENT_DATE = "PAY-DATE"
# Réunion's time (UTC+4, no summer time): the latest calendar day among the French VAT territories (mainland and
# Corsica UTC+1/+2, Guadeloupe and Martinique UTC-4, Mayotte UTC+3).
_EASTERNMOST_FRENCH_TIME = timezone(timedelta(hours=4))


def latest_french_day(now: datetime) -> date:
    """The day it is in the French VAT territory whose day begins first (Réunion): what `dated_after` takes for
    today, so a payment a company in Réunion records at 01:00 on its own day is not refused while it is still the
    day before in Paris (a payment dated the next day in Paris passes in the last hours of its evening)."""
    return now.astimezone(_EASTERNMOST_FRENCH_TIME).date()


def dated_after(paid_on: date, today: date) -> str:
    """Why a payment dated `paid_on` is refused on `today` (`latest_french_day`), "" when it is not: a payment is
    money received (or sent), a fact, recorded once it happened. Dated ahead, its 212 would tell the administration
    of a collection not made, in a period to come (a 2030 for a 2026 taken on a real server, session 17), and its
    payment data would land in a declaration not yet due. The one rule of the books (`check_dated`) and of the
    payment data recorded directly (ReportingService.RecordPayments)."""
    if paid_on <= today:
        return ""
    return (
        f"the payment is dated {paid_on.isoformat()}, after today ({today.isoformat()}): a payment is recorded once"
        " the money was received or sent"
    )


def check_dated(payment: Payment, today: date) -> None:
    """PaymentInvalid (PAY-DATE) when `payment` is dated after `today` (`dated_after`)."""
    why = dated_after(payment.paid_on, today)
    if why:
        raise PaymentInvalid([_finding(PAYMENT_DATE, why, "date")])


def _amount_findings(amount: Decimal, path: str, *, zero_ok: bool = False) -> list[Finding]:
    if not amount.is_finite():
        return [_finding("PAY-AMOUNT", "the amount is not a finite number", path)]
    if not amount and not zero_ok:
        return [_finding("PAY-AMOUNT", "a payment of zero pays nothing", path)]
    if decimals(amount) > 2 and amount != round_amount(amount):
        return [_finding("PAY-AMOUNT", f"{amount} has more than two decimals", path)]
    return []


def split_pro_rata(amount: Decimal, weights: Sequence[tuple[Decimal, Decimal]]) -> tuple[RatePart, ...]:
    """`amount` (whole cents) shared over (rate, weight) pairs by the largest-remainder method (see the module);
    parts of zero are left out. The weights are not negative and at least one is positive."""
    shares = _largest_remainder(amount, [w for _, w in weights], [rate for rate, _ in weights])
    return tuple(RatePart(rate, share) for (rate, _), share in zip(weights, shares, strict=True) if share)


def _largest_remainder(amount: Decimal, weights: Sequence[Decimal], ties: Sequence[Decimal]) -> list[Decimal]:
    """`amount` (whole cents) shared pro rata of `weights` (whole cents, not negative, one positive at least): each
    share its exact share rounded down to the cent, the cents left one each to the largest remainders (equal
    remainders: the larger weight, then the larger `ties`). The shares add up to `amount`, each within one cent of
    its exact share."""
    cents = int(round_amount(amount) / CENT)
    sign, n = (1, cents) if cents >= 0 else (-1, -cents)
    units = [int(round_amount(w) / CENT) for w in weights]
    whole = sum(units)
    if whole <= 0 or any(u < 0 for u in units):
        raise ValueError("pro rata needs weights that are not negative, at least one positive")
    shares = [n * u // whole for u in units]
    order = sorted(range(len(units)), key=lambda i: (n * units[i] % whole, units[i], ties[i]), reverse=True)
    for i in order[: n - sum(shares)]:
        shares[i] += 1
    return [sign * share * CENT for share in shares]


def owed_per_rate(invoice: Invoice) -> tuple[tuple[Decimal, Decimal], ...]:
    """(rate, amount owed) per VAT rate of the breakdown, rates ascending; see the module for BT-113/BT-114."""
    computed = invoice if invoice.totals is not None and invoice.vat_breakdown else compute_totals(invoice)
    inclusive: dict[Decimal, Decimal] = {}
    for line in computed.vat_breakdown or ():
        rate = canonical_rate(line.rate)
        inclusive[rate] = inclusive.get(rate, ZERO) + line.taxable_amount + line.tax_amount
    pairs = sorted(inclusive.items())
    assert computed.totals is not None
    due = computed.totals.amount_due
    if due == total(inclusive.values()) or not pairs:
        return tuple(pairs)
    if due <= 0 or any(v < 0 for _, v in pairs) or not total(inclusive.values()):
        return tuple(
            (rate, ZERO) for rate, _ in pairs
        )  # nothing left to pay once the prepaid amount is taken
    shared = {p.vat_rate: p.amount for p in split_pro_rata(due, pairs)}
    return tuple((rate, shared.get(rate, ZERO)) for rate, _ in pairs)


PAYMENT_SENT = "211"  # Paiement transmis: the buyer says it paid (MDT-215 the amount), before it is collected
SENT_UNMATCHED = "PAY-SENT-UNMATCHED"


def reported_sent(history: Iterable[StatusEntry]) -> Decimal | None:
    """What the buyer reports it sent: the amounts of the 211s received about the invoice (one per payment, XP
    Z12-012 Annex B), summed; None when it reported none with an amount."""
    amounts = [
        e.amount for e in history if e.code == PAYMENT_SENT and e.source != "buyer" and e.amount is not None
    ]
    return total(amounts) if amounts else None


def sent_against_paid(reported: Decimal, paid: Decimal) -> str:
    """The buyer's 211s against the books (the payments recorded with RecordPayment, whose 212s the administration
    counts): "" when they agree, else the rule and the gap, for the finance team to find the money or record it.
    Never a refusal: a 211 is the buyer's word, sent before the money arrives, and a platform's status is taken."""
    reported, paid = round_amount(reported), round_amount(paid)
    if reported == paid:
        return ""
    if reported > paid:
        return (
            f"{SENT_UNMATCHED}: the buyer reports {reported} sent (211), the books record {paid} paid:"
            f" {reported - paid} not recorded (`pdp-gateway invoice pay` once collected)"
        )
    return (
        f"{SENT_UNMATCHED}: the books record {paid} paid, the buyer reports {reported} sent (211):"
        f" {paid - reported} recorded that the buyer did not report"
    )


# Why a credit note credits nothing on the invoice it names (Settlement.unapplied, the credit note's own books).
CREDIT_SEVERAL = "PAY-CREDIT-SEVERAL"
CREDIT_CURRENCY = "PAY-CREDIT-CURRENCY"
CREDIT_RATE = "PAY-CREDIT-RATE"
CREDIT_UNKNOWN = "PAY-CREDIT-UNKNOWN"
CREDIT_AMBIGUOUS = "PAY-CREDIT-AMBIGUOUS"
CREDIT_ENDED = "PAY-CREDIT-ENDED"
CREDIT_UNNAMED = "PAY-CREDIT-UNNAMED"
CREDIT_REPLACED = "PAY-CREDIT-REPLACED"  # it names an invoice a corrective invoice replaced
CREDIT_EXCEEDS = "PAY-CREDIT-EXCEEDS"  # said at submit: it credits more than its invoice has left at a rate
CORRECTIVE_NOT_APPLIED = "PAY-CORRECTIVE-NOT-APPLIED"
# a corrective invoice's books: the invoice it replaces, carried
CORRECTIVE_REPLACES = "PAY-CORRECTIVE-REPLACES"
CORRECTIVE_REPLACED = "PAY-REPLACED"  # an invoice a corrective invoice replaced: it takes no payment
LIFECYCLE_ENDED = "PAY-ENDED"  # an invoice whose lifecycle ended (210, 213, 220, 501): it takes no payment


@dataclass(frozen=True, slots=True)
class Credit:
    """What one credit note credits on one invoice it names, per VAT rate, VAT included; or, when it credits
    nothing there, why (`unapplied`: "RULE: reason"): the credit is left unallocated, the buyer's books stand."""

    per_rate: Mapping[Decimal, Decimal]
    unapplied: str = ""


def names(note: Invoice, invoice: Invoice) -> bool:
    """Whether `note` names `invoice` in BG-3: its number (BT-25) and, when given, its issue date (BT-26), from the
    same seller (a number is unique per seller: one company issuing for several sellers, self-billing, has several
    invoices of one number)."""
    return note.seller.siren == invoice.seller.siren and any(
        named.number == invoice.number and named.issue_date in (None, invoice.issue_date)
        for named in note.preceding_invoices
    )


def credit_on(invoice: Invoice, note: Invoice) -> Credit:
    """What `note`, a credit note naming `invoice` in BG-3 (`names`), credits on it: what it is worth at each VAT
    rate (`owed_per_rate`), the buyer owes that much less. Only when that is known; otherwise it credits nothing and
    says why (docs/credit-notes.md gives the sources):
    - PAY-CREDIT-SEVERAL: it names several invoices, and EN 16931 has no term saying what each is credited (BG-3 is
      a reference, not a split; a line names no invoice): the credit is unallocated, not guessed;
    - PAY-CREDIT-CURRENCY: it is in another currency (BT-5) than the invoice. No rule of the pack converts one: an
      invoice read from a document carries no exchange rate (BT-111/BT-110 is the ratio of two rounded VAT totals,
      not a rate), and the rate of the invoice's day is not the one of the credit note's;
    - PAY-CREDIT-RATE: it has a VAT rate the invoice has not: those amounts match no rate of its books."""
    several = several_invoices(note)
    if several is not None:
        return several
    if note.currency != invoice.currency:
        return Credit(
            {},
            f"{CREDIT_CURRENCY}: it is in {note.currency}, invoice {invoice.number} in {invoice.currency}: it"
            " credits nothing there (unallocated); issue it in the invoice's currency",
        )
    rates = {rate for rate, _ in owed_per_rate(invoice)}
    worth = owed_per_rate(note)
    foreign = [format_decimal(rate) for rate, _ in worth if rate not in rates]
    if foreign:
        return Credit(
            {},
            f"{CREDIT_RATE}: it credits at {', '.join(foreign)} %, a VAT rate invoice {invoice.number} has not: it"
            " credits nothing there (unallocated)",
        )
    return Credit(dict(worth))


def credit_exceeds(invoice: Invoice, note: Invoice, credited: Mapping[Decimal, Decimal]) -> str:
    """What a credit note naming `invoice` alone (`credit_on`) is told when it is submitted if it credits more at a
    VAT rate than the invoice has left to credit there: what it is worth at that rate less `credited`, what the
    credit notes with its buyer before it credit there (`credit_by_notes`); "" otherwise, or when it credits nothing
    there (its own reason is said once it is with its buyer). What was paid is no matter: crediting a paid invoice
    is a refund. Said, not refused: the document is valid, the seller may mean it (the invoice then shows what is
    owed back), and no rule of the reference pack bounds a credit note by its invoice."""
    credit = credit_on(invoice, note)
    owed = dict(owed_per_rate(invoice))
    for rate, amount in sorted(credit.per_rate.items()):
        before = credited.get(rate, ZERO)
        left = owed[rate] - before
        if amount > left:
            return (
                f"{CREDIT_EXCEEDS}: it credits {amount} at {format_decimal(rate)} % on invoice {invoice.number},"
                f" which has {left} left to credit there ({owed[rate]} invoiced, {before} credited by the credit"
                " notes with its buyer before it): the invoice would show the difference as owed back to the buyer"
            )
    return ""


def several_invoices(note: Invoice) -> Credit | None:
    """A credit note naming several invoices in BG-3: it credits none of them (`credit_on`), and why."""
    if len(note.preceding_invoices) < 2:
        return None
    listed = ", ".join(p.number for p in note.preceding_invoices[:3])
    more = ", ..." if len(note.preceding_invoices) > 3 else ""
    return Credit(
        {},
        f"{CREDIT_SEVERAL}: it names {len(note.preceding_invoices)} invoices in BG-3 ({listed}{more}) and does"
        " not say what each is credited: it credits none of them (unallocated); issue one credit note per"
        " invoice, or settle each with a payment split per rate",
    )


def unnamed(note: Invoice) -> Credit | None:
    """A credit note naming no invoice in BG-3 (a consolidated credit note, 262, names a contract and period; an
    EXTENDED-CTC-FR one may name its invoices on its lines, EXT-FR-FE-136 / BR-FR-CO-05): it credits none, and why.
    One naming them on its lines says what it credits on each, VAT included per rate (`per_line_credit`), for the
    split by hand: the invoices' books find their credit notes by BG-3, so it is not counted there."""
    if note.preceding_invoices:
        return None
    per_line = _credited_per_line(note)
    if not per_line:
        return Credit(
            {},
            f"{CREDIT_UNNAMED}: it names no invoice in BG-3 (a consolidated credit note names a contract and"
            " period): it credits nothing (unallocated); settle it by hand, with a payment split per rate on each"
            " invoice",
        )
    return Credit(
        {},
        f"{CREDIT_UNNAMED}: it names its invoices on its lines (EXT-FR-FE-136), not in BG-3: {per_line}; it credits"
        " nothing (unallocated): the invoices' books count the credit notes naming them in BG-3; settle it by hand,"
        " with a payment split per rate on each invoice",
    )


_LISTED_INVOICES = 5  # a credit note's lines naming more invoices: the others counted


@dataclass(frozen=True, slots=True)
class LineCredit:
    """What a credit note naming its invoices on its lines (EXT-FR-FE-136, its date EXT-FR-FE-138) credits on one of
    them, per VAT rate, VAT included (`per_line_credit`)."""

    number: str
    issue_date: date | None
    per_rate: Mapping[Decimal, Decimal]


def per_line_credit(note: Invoice) -> tuple[LineCredit, ...] | str:
    """How a credit note naming its invoices on its lines shares what it is worth among them, in the order its lines
    first name them; or, when it cannot be shared, why. The rule (the reference pack and EN 16931 give none: BG-3
    and the VAT breakdown are the document's; EXT-FR-FE-136 only names an invoice per line): at each VAT rate, what
    the credit note is worth there (`owed_per_rate`: the document's base and its VAT, BT-116 + BT-117, rounded once
    per rate, BR-CO-17; its allowances and charges BG-20/BG-21 and its BT-113/BT-114 included) is shared among the
    invoices its lines at that rate name, pro rata of those lines' net amounts (BT-131), by the largest remainder
    on whole cents (equal remainders: the larger net, then the invoice named first). Each invoice so gets its
    lines' net with the VAT at its rate, within one cent of its exact share; the document's VAT rounding
    difference goes, a cent each, to the largest remainders; the shares add up to the credit note, rate by rate,
    to the cent. Not shared, and said, when a line names no invoice (BR-FR-CO-05 wants every one to), when the
    lines at a rate add up to nothing or less, or when the document is worth something at a rate no line has."""
    weights: dict[Decimal, dict[tuple[str, date | None], Decimal]] = {}
    first: dict[tuple[str, date | None], int] = {}
    for position, line in enumerate(note.lines, 1):
        if line.preceding_invoice is None:
            return f"its line {position} names no invoice"
        rate = canonical_rate(line.vat_rate if line.vat_rate is not None else ZERO)
        key = (line.preceding_invoice.number, line.preceding_invoice.issue_date)
        at_rate = weights.setdefault(rate, {})
        at_rate[key] = at_rate.get(key, ZERO) + (line.net_amount if line.net_amount is not None else ZERO)
        first.setdefault(key, len(first))  # where its lines first name it: the order said, and the ties'
    order = list(first)
    shared: dict[tuple[str, date | None], dict[Decimal, Decimal]] = {key: {} for key in order}
    for rate, worth in owed_per_rate(note):
        named = weights.get(rate, {})
        nets = [round_amount(net) for net in named.values()]
        if not named or any(net < 0 for net in nets) or not sum(nets):
            if not worth:
                continue
            return f"its lines at {format_decimal(rate)} % add up to {round_amount(total(nets))}, it is worth {worth} there"
        ties = [Decimal(-first[key]) for key in named]
        for key, share in zip(named, _largest_remainder(worth, nets, ties), strict=True):
            if share:
                shared[key][rate] = share
    return tuple(LineCredit(number, day, shared[(number, day)]) for number, day in order)


def _credited_per_line(note: Invoice) -> str:
    """What `note`'s lines credit on each invoice they name (`per_line_credit`), VAT included per VAT rate in the order
    named: "F-1 of 2026-11-02 12.00 at 20 %, 4.22 at 5.5 %; F-2 6.00 at 20 %"; or why it cannot be said; "" when no
    line names an invoice."""
    if all(line.preceding_invoice is None for line in note.lines):
        return ""
    credits = per_line_credit(note)
    if isinstance(credits, str):
        return f"what each invoice is credited cannot be shared: {credits}"
    said = [
        f"{c.number}{'' if c.issue_date is None else f' of {c.issue_date.isoformat()}'} "
        + ", ".join(f"{amount} at {format_decimal(rate)} %" for rate, amount in c.per_rate.items())
        for c in credits[:_LISTED_INVOICES]
    ]
    more = len(credits) - _LISTED_INVOICES
    return "; ".join(said) + (f"; and {more} more" if more > 0 else "")


def ambiguous(note: Invoice, namesakes: Iterable[Invoice]) -> Credit | None:
    """A credit note naming a number that several of its seller's invoices bear (`namesakes`, the seller's invoices
    of that number: a received invoice is one per number, type and year), without what tells them apart (BT-26, or
    the same date): it credits none of them, and why; None when it names one at most."""
    named_by = sum(1 for invoice in namesakes if names(note, invoice))
    if named_by < 2:
        return None
    named = note.preceding_invoices[0]
    undated = "" if named.issue_date is not None else " without its date (BT-26)"
    return Credit(
        {},
        f"{CREDIT_AMBIGUOUS}: invoice {named.number} named in BG-3{undated} is the number of {named_by} invoices of"
        " this seller: which one it credits is not said, it credits none of them (unallocated); the credit needs"
        " a credit note naming the invoice with its date, or a payment split per rate",
    )


_NOT_APPLIED_SAID = 3  # credit notes named in an invoice's `unapplied`: the others are counted


def credit_by_notes(
    invoice: Invoice, credit_notes: Iterable[Invoice], namesakes: Sequence[Invoice] = ()
) -> Credit:
    """What credit notes issued against `invoice` credit on it per VAT rate, VAT included: each credit note (its
    type says so) naming it in BG-3 (`names`), and no other of `namesakes` (`ambiguous`), credits what `credit_on`
    says. `unapplied`: those naming it that credit nothing there, each with its rule and why (the finance team
    reading the invoice learns that a credit note names it and was not applied), the first three said, the others
    counted."""
    credited: dict[Decimal, Decimal] = {}
    not_applied: list[str] = []
    for note in credit_notes:
        if not note.type_code.kind.credit_note or not names(note, invoice):
            continue
        credit = ambiguous(note, namesakes) or credit_on(invoice, note)
        if credit.unapplied:
            rule_id, _, why = credit.unapplied.partition(": ")
            not_applied.append(
                f"{rule_id}: credit note {note.number} names this invoice and was not applied: {why}"
            )
        for rate, amount in credit.per_rate.items():
            credited[rate] = credited.get(rate, ZERO) + amount
    said = not_applied[:_NOT_APPLIED_SAID]
    if len(not_applied) > _NOT_APPLIED_SAID:
        said.append(f"and {len(not_applied) - _NOT_APPLIED_SAID} more credit notes so")
    return Credit(credited, "; ".join(said))


def replaces_note(
    number: str,
    carried: Decimal,
    shared: Decimal,
    left: Decimal,
    recorded: Sequence[tuple[str, Decimal]] = (),
) -> str:
    """A corrective invoice's `unapplied` once the invoice it replaces is found with its buyer: what of the
    payments made there counts here (`shared`: of it, what was paid at rates this invoice has not), and what must
    be settled by hand. `recorded`: on which invoices of the chain of corrections ending at `number` the payments
    were recorded, and how much on each, when not all on `number` itself (a chain's middle link carries what was
    paid on the original): the finance team finds the money where it says."""
    elsewhere = any(where != number for where, _ in recorded)
    said = ", ".join(f"{where} {round_amount(amount)}" for where, amount in recorded)
    note = (
        f"{CORRECTIVE_REPLACES}: it replaces invoice {number} (BG-3, XP Z12-014 UC4), which owes nothing since;"
        f" {round_amount(carried)} paid {'toward' if elsewhere else 'on'} it counts here (carried)"
        + (f", recorded on {said}" if elsewhere else "")
    )
    if shared:
        note += (
            f", {round_amount(shared)} of it paid at a VAT rate this invoice corrects, shared pro rata of its rates"
            " (its 212s stand as sent)"
        )
    if left:
        note += (
            f"; {round_amount(left)} paid {'toward' if elsewhere else 'on'} it is more than this invoice is owed:"
            " settle it by hand"
        )
    return note


def replaced_by_another(number: str, replacing: str) -> str:
    """A corrective invoice's `unapplied` when the invoice it names is replaced by another corrective invoice (the
    first naming it): what was paid on it counts there, not here as well."""
    return (
        f"{CORRECTIVE_REPLACES}: invoice {number} (BG-3) is replaced by corrective invoice {replacing}, the first"
        " naming it: what was paid on it counts there, nothing here"
    )


def credit_replaced(named: str, replacing: str, in_force: str = "") -> str:
    """A credit note's `unapplied` when the invoice it names is replaced by corrective invoice `replacing`: the
    corrective invoice restates that invoice's whole amounts (XP Z12-014 UC4) and the replaced invoice's lifecycle
    closes (220), so the credit is counted nowhere and shown unallocated, as one naming a cancelled invoice is.
    `in_force`: the last link of the chain of corrections from `replacing`, the one a credit note should name."""
    head = in_force or replacing
    chain = "" if head == replacing else f", itself corrected in turn: {head} is the one in force"
    return (
        f"{CREDIT_REPLACED}: invoice {named} it names is replaced by corrective invoice {replacing} (XP Z12-014 UC4)"
        f"{chain}, which restates its whole amounts: it credits nothing (unallocated); if the credit stands, it"
        f" needs a credit note naming {head}"
    )


def credits_replaced(credited: Decimal, replacing: str) -> str:
    """A replaced invoice's `unapplied` when credit notes credited it: not counted there (`credit_replaced`)."""
    return (
        f"{CREDIT_REPLACED}: {round_amount(credited)} credited by credit notes naming this invoice is not counted:"
        f" corrective invoice {replacing} replaces it and restates its whole amounts (each credit note shows its"
        " credit unallocated)"
    )


def replacing(number: str) -> str:
    """What a corrective invoice naming invoice `number` will do, said when it is submitted."""
    return (
        f"it replaces invoice {number} (XP Z12-014 UC4): once it is with its buyer, {number}, when the gateway"
        " issued it, owes nothing and what was paid on it counts here (GetInvoice's settlement); no 220 is sent"
        f" for {number}"
    )


def corrective_naming(invoice: Invoice, correctives: Iterable[Invoice]) -> Invoice | None:
    """The corrective invoice that replaces `invoice`: the first (in the order given) of its seller naming it in
    BG-3 (BR-FR-CO-04: exactly one invoice, `names`)."""
    return next((c for c in correctives if c.type_code.kind.corrective and names(c, invoice)), None)


def own_credit(note: Invoice, named: Invoice | None, namesakes: Sequence[Invoice] = ()) -> Credit:
    """What a credit note (or a corrective invoice) does to the invoice it names, as its own books show it:
    `named` is that invoice found among the same party's, None when it is not there (PAY-CREDIT-UNKNOWN);
    `namesakes`, the party's invoices of the number it names when several may bear it (`ambiguous`)."""
    if note.type_code.kind.corrective:
        # XP Z12-014 Annexe B UC4: a corrective invoice (384) cancels and replaces the one it names, whose life
        # cycle the seller then closes with 220 Annulée; nothing in the pack says what becomes of its books
        if not note.preceding_invoices:  # BR-FR-CO-04 refuses it at submit; a received one may come so
            return Credit(
                {},
                f"{CORRECTIVE_NOT_APPLIED}: it names no invoice it corrects in BG-3: no invoice's books are changed",
            )
        return Credit(
            {},
            f"{CORRECTIVE_NOT_APPLIED}: it corrects invoice {note.preceding_invoices[0].number} (BG-3), whose books"
            " are not changed: settle what is left on it by hand (a payment split, or a credit note naming it alone)",
        )
    several = several_invoices(note) or unnamed(note)
    if several is not None:
        return several
    unsaid = ambiguous(note, namesakes)
    if unsaid is not None:
        return unsaid
    if named is None:
        return Credit(
            {},
            f"{CREDIT_UNKNOWN}: invoice {note.preceding_invoices[0].number} named in BG-3 is not one of this"
            " seller's the gateway knows (issued and with its buyer, or received from a seller with a SIREN): it"
            " credits nothing here (unallocated)",
        )
    return credit_on(named, note)


def books_credit(
    document: Invoice,
    credit_notes: Iterable[Invoice],
    named: Invoice | None,
    namesakes: Sequence[Invoice] = (),
    lifecycle_code: str = "",
) -> Credit:
    """What credit does to the books of `document`, issued or received alike: an invoice is credited by the credit
    notes naming it (`credit_notes`, of its seller; `credit_by_notes`), and a corrective invoice also says the
    invoice it corrects keeps its books; a credit note's own books show what it credits on the invoice it names
    (`named`, of its seller, None when not found: `own_credit`). `namesakes`: where one seller's number may be
    borne by several invoices (received ones), the seller's invoices of the number in question (the invoice's own,
    or the one the credit note names): a credit note naming more than one of them credits none (`ambiguous`).
    `lifecycle_code`: `document`'s current status; a document whose lifecycle ended (refused, rejected, cancelled,
    inadmissible) neither takes nor gives credit, and `credit_notes` and `named` leave out those so ended."""
    if is_terminal(lifecycle_code):  # nobody owes on it: it neither takes nor gives credit
        if not document.type_code.kind.credit_note:
            return Credit({})
        return Credit(
            {},
            f"{CREDIT_ENDED}: its lifecycle ended ({lifecycle_code} {STATUSES[lifecycle_code].name_en}): nobody owes on"
            " it, it credits nothing",
        )
    if not document.type_code.kind.credit_note:
        credit = credit_by_notes(document, credit_notes, namesakes)
        corrective = own_credit(document, None).unapplied if document.type_code.kind.corrective else ""
        return Credit(credit.per_rate, "; ".join(filter(None, (corrective, credit.unapplied))))
    return own_credit(document, named if named is not None and names(document, named) else None, namesakes)


def payment_in_scope(*, services: bool, debits_option: bool, reverse_charge: bool) -> bool:
    """VAT on receipt: services (or an advance payment on goods: `vat_on_receipt`) whose supplier did not opt for
    VAT on debits, outside reverse charge."""
    return services and not debits_option and not reverse_charge


def vat_on_receipt(invoice: Invoice) -> bool:
    """VAT falls due when the price is received (so each payment is reported: payment_data_reported): services (BT-23
    S…, or mixed M…) and advance payments on goods (a prepayment invoice, 386: CGI art. 269-2-a, reform.md §2),
    without the debits option (BT-8), with some French VAT due (not only reverse charge, exemption or out of scope).
    BT-8 = on receipt says so for any invoice. UNVERIFIED: mixed operations are treated as services (their services
    part follows the services rule)."""
    code = invoice.vat_point_date_code
    french_vat = any(
        line.category not in _NO_FRENCH_VAT and line.tax_amount
        for line in (invoice.vat_breakdown or compute_totals(invoice).vat_breakdown or ())
    )
    return payment_in_scope(
        services=code in _ON_RECEIPT_CODES
        or invoice.business_process[:1] in ("S", "M")
        or invoice.type_code.kind.prepayment,
        debits_option=code in _DEBITS_CODES,
        reverse_charge=not french_vat,
    )


def payment_data_reported(invoice: Invoice) -> bool:
    """Whether a payment on this invoice goes to the payment e-reporting (flux 10): under VAT on receipt, and only
    when the sale itself is e-reported: international B2B (10.2, per invoice) or B2C (10.4, aggregated). A domestic
    e-invoice (B2B, B2G) under VAT on receipt is reported through its 212 status, which the platform passes to the
    administration (XP Z12-014 Annexe B §1.1: "Payment Received" is one of the four mandatory statuses sent to the
    PPF "to prepare the pre-filling of VAT"); reporting it in flux 10.2 as well would count it twice. An invoice
    kept off both (OUTOFSCOPE, ARCHIVEONLY) reports no payment. The sources are quoted in the README (Payments)."""
    return invoice.processing_rule.is_e_reported and vat_on_receipt(invoice)


def in_eur(invoice: Invoice, applied: PaymentApplied, amount_eur: Decimal | None) -> PaymentApplied:
    """The payment as the payment e-reporting carries it: in EUR (the DGFiP's Flux10 rule G6.27, "le montant
    encaissé doit être exprimé en euros"). An invoice in EUR: the payment itself. In another currency (BT-5): the
    caller's `amount_eur`, else the amount converted at the invoice's exchange rate (EUR for one unit of BT-5, the
    rate its BT-111 was computed with), half-up to the cent; either way shared over the payment's VAT rates in
    proportion to its parts, by the largest remainder, so the EUR parts add up to the EUR amount to the cent.
    PaymentInvalid (PAY-EUR-AMOUNT) when `amount_eur` is malformed, has the other sign, is given on an invoice in
    EUR, or is missing on an invoice in another currency without an exchange rate. A payment so small that it is
    0.00 EUR has no parts: nothing is reported."""
    if invoice.currency == EUR:
        if amount_eur is not None:
            raise PaymentInvalid(
                [
                    _finding(
                        "PAY-EUR-AMOUNT",
                        "the invoice is in EUR: amount_eur is for another currency",
                        "amount_eur",
                    )
                ]
            )
        return applied
    if amount_eur is None:
        if invoice.exchange_rate is None:
            raise PaymentInvalid(
                [
                    _finding(
                        "PAY-EUR-AMOUNT",
                        f"the invoice is in {invoice.currency} without an exchange rate: give amount_eur, the"
                        " payment's amount in EUR (payment data is reported in EUR, Flux10 G6.27)",
                        "amount_eur",
                    )
                ]
            )
        with arithmetic():
            amount_eur = round_amount(applied.amount * invoice.exchange_rate)
    else:
        broken = _amount_findings(amount_eur, "amount_eur")
        if not broken and (amount_eur < 0) != applied.is_reversal:
            broken = [_finding("PAY-EUR-AMOUNT", "amount_eur has the sign of the amount", "amount_eur")]
        if not broken and not decimal_fits(amount_eur):
            broken = [_finding("PAY-EUR-AMOUNT", "amount_eur has too many digits", "amount_eur")]
        if broken:
            raise PaymentInvalid([replace(f, rule_id="PAY-EUR-AMOUNT") for f in broken])
    if not amount_eur:
        return PaymentApplied(applied.payment_id, applied.paid_on, ZERO, ())
    weights = [(p.vat_rate, abs(p.amount)) for p in applied.parts]
    return PaymentApplied(
        applied.payment_id, applied.paid_on, amount_eur, split_pro_rata(amount_eur, weights)
    )


def reported_per_day(applied: Iterable[PaymentApplied]) -> dict[tuple[date, Decimal], Decimal]:
    """What the payment data (flux 10.2 / 10.4) holds per (day, VAT rate) once these payments, in the order they
    were applied, are reported: a payment adds to its own day; a reversal takes back (`taken_back`). Never
    negative: the DGFiP's Flux10 rule G1.16 allows no sign on a collected amount (TT-95, TT-99)."""
    book: dict[tuple[date, Decimal], Decimal] = {}
    for payment in applied:
        if payment.is_reversal:
            for day, part in taken_back(book, payment):
                book[(day, part.vat_rate)] += part.amount
        else:
            for part in payment.parts:
                key = (payment.paid_on, part.vat_rate)
                book[key] = book.get(key, ZERO) + part.amount
    return book


def taken_back(
    reported: Mapping[tuple[date, Decimal], Decimal], reversal: PaymentApplied
) -> tuple[tuple[date, RatePart], ...]:
    """Where a reversal is reported: money that bounced was never collected, so the reversal takes each of its
    parts back from the payment data already reported at that rate, the latest day first (a bounced payment is
    the last one, as a rule), as negative parts on those days. The declaration of a period it reaches back into
    must then be rectified (RE). `reported` is `reported_per_day` of the payments before it; the parts are
    within what was paid at each rate (PAY-OVER-REVERSAL), so they are always covered."""
    out: list[tuple[date, RatePart]] = []
    for part in reversal.parts:
        left = -part.amount
        days = sorted((d for (d, r), v in reported.items() if r == part.vat_rate and v > 0), reverse=True)
        for day in days:
            if not left:
                break
            take = min(left, reported[(day, part.vat_rate)])
            out.append((day, RatePart(part.vat_rate, -take)))
            left -= take
        if (
            left
        ):  # in EUR, a reversal converted at another rate than the payments it takes back may exceed them
            raise PaymentRefused(
                f"PAY-OVER-REVERSAL: reversal {reversal.payment_id} takes back {left} more at {part.vat_rate} %"
                " than the payment data reported",
                (
                    _finding(
                        "PAY-OVER-REVERSAL",
                        f"{-part.amount} at {part.vat_rate} % exceeds the payment data reported at that rate by"
                        f" {left}: give amount_eur, the EUR amount the reversed payments were reported with",
                    ),
                ),
            )
    return tuple(out)


def paid_per_rate(events: Iterable[PaymentApplied]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for event in events:
        for part in event.parts:
            out[part.vat_rate] = out.get(part.vat_rate, ZERO) + part.amount
    return out
