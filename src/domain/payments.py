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
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.days import after_today, before_invoice, outside_years
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
    # `projected` books: of what `paid` counts, what the payments held until the deposit pay (not paid yet, said
    # apart in a refusal)
    held_in_paid: Decimal = ZERO
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
        is checked against them, so that it still fits when the invoice is deposited and they are applied first. A
        held payment these books no longer take (a credit note with the buyer since) is passed over, as the deposit
        will refuse it (service.usecases.emission.payments.apply_held): the payment recorded now is judged, and
        named, on its own (before session 18 its refusal named the held payment's amount, "paid 0")."""
        books = self
        for payment in held:
            try:
                books, _ = books.apply(payment)
            except (PaymentRefused, PaymentInvalid):
                continue
            books = replace(books, held_in_paid=books.held_in_paid + payment.amount)
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
        """What makes the outstanding, for a refusal naming it, to the cent: the total (the amount due, after what
        was prepaid, BT-113, when it was), what credit notes credited and what a corrective invoice carries when they
        did, what was paid and what held payments will pay at the deposit (their difference is the outstanding)."""
        prepaid = f" after {round_amount(self.prepaid)} prepaid (BT-113)" if self.prepaid else ""
        said = [f"total {round_amount(self.total)}{prepaid}"]
        if self.credited:
            said.append(f"credited {round_amount(self.credited)}")
        if self.carried:
            said.append(f"carried from the invoice it replaces {round_amount(self.carried)}")
        said.append(f"paid {round_amount(self.paid - self.held_in_paid)}")
        if self.held_in_paid:
            said.append(f"held until the deposit {round_amount(self.held_in_paid)}")
        return ", ".join(said)

    def _bound_findings(self, amount: Decimal) -> list[Finding]:
        if amount > 0 and amount > self.outstanding:
            return [
                _finding(
                    "PAY-OVERPAYMENT",
                    f"a payment of {amount} exceeds what is outstanding, {round_amount(self.outstanding)}"
                    f" ({self._owed_said})",
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


# Why a payment is refused on an invoice a correction or its lifecycle closed (Settlement.apply).
CORRECTIVE_REPLACED = "PAY-REPLACED"  # an invoice a corrective invoice replaced: it takes no payment
LIFECYCLE_ENDED = "PAY-ENDED"  # an invoice whose lifecycle ended (210, 213, 220, 501): it takes no payment


PAYMENT_DATE = "PAY-DATE"  # dated after today (domain.days.after_today)
PAYMENT_YEAR = "PAY-DATE-YEAR"  # outside the years an official date may have (domain.days.outside_years)
PAYMENT_BEFORE_INVOICE = "PAY-DATE-BEFORE-INVOICE"  # long before its invoice (domain.days.before_invoice)


def day_refused(paid_on: date, today: date, issued: date | None = None) -> tuple[str, str] | None:
    """Why a payment dated `paid_on` is refused on `today` (domain.days.latest_french_day), as (rule, why); None
    when it is not. `issued`: the issue date (BT-2) of the invoice it pays, when known. The one rule of the books
    (`check_dated`) and of the payment data recorded directly (ReportingService.RecordPayments); found on real
    servers: a 2030 payment for a 2026 taken (session 17), and a 1990 one (session 18)."""
    for rule_id, why in (
        (PAYMENT_YEAR, outside_years(paid_on, "the payment")),
        (PAYMENT_DATE, after_today(paid_on, today, "the payment")),
        (PAYMENT_BEFORE_INVOICE, before_invoice(paid_on, issued) if issued is not None else ""),
    ):
        if why:
            return rule_id, why
    return None


def check_dated(payment: Payment, today: date, issued: date | None = None) -> None:
    """PaymentInvalid naming the rule when `payment`'s day is refused (`day_refused`)."""
    refused = day_refused(payment.paid_on, today, issued)
    if refused is not None:
        raise PaymentInvalid([_finding(*refused, "date")])


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
    shares = largest_remainder(amount, [w for _, w in weights], [rate for rate, _ in weights])
    return tuple(RatePart(rate, share) for (rate, _), share in zip(weights, shares, strict=True) if share)


def largest_remainder(amount: Decimal, weights: Sequence[Decimal], ties: Sequence[Decimal]) -> list[Decimal]:
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
