"""Payment data (flux 10.2 per invoice, 10.4 aggregated): amounts collected per VAT rate, in EUR.

Only payments on which VAT falls due on receipt are reported: services, without the debits option, and not under
reverse charge (CGI 269 2 c; reform.md §7). The amount per rate is the amount collected, VAT included (UNVERIFIED:
the DGFiP specification names it "montant encaissé"; IOPOLE calls it `collectedAmount`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from domain.findings import Finding
from domain.reporting.amounts import (
    EUR,
    ZERO,
    has_at_most_two_decimals,
    is_accepted_rate,
    rate_str,
    require_decimal,
)
from domain.reporting.journal import KeyedJournal
from domain.reporting.rules import fatal


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_payment_in_scope__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_payment_in_scope__mutmut)
def payment_in_scope(*, services: bool, debits_option: bool, reverse_charge: bool) -> bool:
    """VAT on receipt: services whose supplier did not opt for VAT on debits, outside reverse charge."""
    return services and not debits_option and not reverse_charge


def x_payment_in_scope__mutmut_orig(*, services: bool, debits_option: bool, reverse_charge: bool) -> bool:
    """VAT on receipt: services whose supplier did not opt for VAT on debits, outside reverse charge."""
    return services and not debits_option and not reverse_charge


def x_payment_in_scope__mutmut_1(*, services: bool, debits_option: bool, reverse_charge: bool) -> bool:
    """VAT on receipt: services whose supplier did not opt for VAT on debits, outside reverse charge."""
    return services and not debits_option or not reverse_charge


def x_payment_in_scope__mutmut_2(*, services: bool, debits_option: bool, reverse_charge: bool) -> bool:
    """VAT on receipt: services whose supplier did not opt for VAT on debits, outside reverse charge."""
    return services or not debits_option and not reverse_charge


def x_payment_in_scope__mutmut_3(*, services: bool, debits_option: bool, reverse_charge: bool) -> bool:
    """VAT on receipt: services whose supplier did not opt for VAT on debits, outside reverse charge."""
    return services and debits_option and not reverse_charge


def x_payment_in_scope__mutmut_4(*, services: bool, debits_option: bool, reverse_charge: bool) -> bool:
    """VAT on receipt: services whose supplier did not opt for VAT on debits, outside reverse charge."""
    return services and not debits_option and reverse_charge

mutants_x_payment_in_scope__mutmut['_mutmut_orig'] = x_payment_in_scope__mutmut_orig # type: ignore # mutmut generated
mutants_x_payment_in_scope__mutmut['x_payment_in_scope__mutmut_1'] = x_payment_in_scope__mutmut_1 # type: ignore # mutmut generated
mutants_x_payment_in_scope__mutmut['x_payment_in_scope__mutmut_2'] = x_payment_in_scope__mutmut_2 # type: ignore # mutmut generated
mutants_x_payment_in_scope__mutmut['x_payment_in_scope__mutmut_3'] = x_payment_in_scope__mutmut_3 # type: ignore # mutmut generated
mutants_x_payment_in_scope__mutmut['x_payment_in_scope__mutmut_4'] = x_payment_in_scope__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class PaymentAmount:
    vat_rate: Decimal
    amount: Decimal  # collected, VAT included

    @_mutmut_mutated(mutants_xǁPaymentAmountǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_orig(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_1(self) -> None:
        require_decimal(None, "vat_rate")
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_2(self) -> None:
        require_decimal(self.vat_rate, None)
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_3(self) -> None:
        require_decimal("vat_rate")
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_4(self) -> None:
        require_decimal(self.vat_rate, )
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_5(self) -> None:
        require_decimal(self.vat_rate, "XXvat_rateXX")
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_6(self) -> None:
        require_decimal(self.vat_rate, "VAT_RATE")
        require_decimal(self.amount, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_7(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(None, "amount")

    def xǁPaymentAmountǁ__post_init____mutmut_8(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.amount, None)

    def xǁPaymentAmountǁ__post_init____mutmut_9(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal("amount")

    def xǁPaymentAmountǁ__post_init____mutmut_10(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.amount, )

    def xǁPaymentAmountǁ__post_init____mutmut_11(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.amount, "XXamountXX")

    def xǁPaymentAmountǁ__post_init____mutmut_12(self) -> None:
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.amount, "AMOUNT")

mutants_xǁPaymentAmountǁ__post_init____mutmut['_mutmut_orig'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_1'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_2'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_3'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_4'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_5'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_6'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_7'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_8'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_9'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_10'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_11'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPaymentAmountǁ__post_init____mutmut['xǁPaymentAmountǁ__post_init____mutmut_12'] = PaymentAmount.xǁPaymentAmountǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class PaymentEvent:
    """A payment received. `invoice_id` set: reported per invoice (10.2); None: a B2C payment, aggregated (10.4)."""

    key: str
    day: date
    amounts: tuple[PaymentAmount, ...]
    invoice_id: str | None = None
    invoice_date: date | None = None
    currency: str = EUR

    @_mutmut_mutated(mutants_xǁPaymentEventǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_orig(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_1(self) -> None:
        if self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_2(self) -> None:
        if not self.key:
            raise ValueError(None)
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_3(self) -> None:
        if not self.key:
            raise ValueError("XXa payment event needs an idempotency keyXX")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_4(self) -> None:
        if not self.key:
            raise ValueError("A PAYMENT EVENT NEEDS AN IDEMPOTENCY KEY")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_5(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_6(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(None)
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_7(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None or self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_8(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is None and self.invoice_date is None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_9(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is not None:
            raise ValueError(
                f"payment {self.key!r} names invoice {self.invoice_id!r} without its date (BT-2)"
            )

    def xǁPaymentEventǁ__post_init____mutmut_10(self) -> None:
        if not self.key:
            raise ValueError("a payment event needs an idempotency key")
        if not self.amounts:
            raise ValueError(f"payment {self.key!r} has no amount per VAT rate")
        if self.invoice_id is not None and self.invoice_date is None:
            raise ValueError(
                None
            )

mutants_xǁPaymentEventǁ__post_init____mutmut['_mutmut_orig'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_1'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_2'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_3'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_4'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_5'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_6'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_7'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_8'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_9'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPaymentEventǁ__post_init____mutmut['xǁPaymentEventǁ__post_init____mutmut_10'] = PaymentEvent.xǁPaymentEventǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_x_new_payment_journal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_new_payment_journal__mutmut)
def new_payment_journal() -> KeyedJournal[PaymentEvent]:
    return KeyedJournal(lambda event: event.key)


def x_new_payment_journal__mutmut_orig() -> KeyedJournal[PaymentEvent]:
    return KeyedJournal(lambda event: event.key)


def x_new_payment_journal__mutmut_1() -> KeyedJournal[PaymentEvent]:
    return KeyedJournal(None)


def x_new_payment_journal__mutmut_2() -> KeyedJournal[PaymentEvent]:
    return KeyedJournal(lambda event: None)

mutants_x_new_payment_journal__mutmut['_mutmut_orig'] = x_new_payment_journal__mutmut_orig # type: ignore # mutmut generated
mutants_x_new_payment_journal__mutmut['x_new_payment_journal__mutmut_1'] = x_new_payment_journal__mutmut_1 # type: ignore # mutmut generated
mutants_x_new_payment_journal__mutmut['x_new_payment_journal__mutmut_2'] = x_new_payment_journal__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaymentLineǁfindings__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁPaymentLineǁfindings__mutmut)
    def findings(self) -> tuple[Finding, ...]:
        return payment_line_findings(self)

    def xǁPaymentLineǁfindings__mutmut_orig(self) -> tuple[Finding, ...]:
        return payment_line_findings(self)

    def xǁPaymentLineǁfindings__mutmut_1(self) -> tuple[Finding, ...]:
        return payment_line_findings(None)

mutants_xǁPaymentLineǁfindings__mutmut['_mutmut_orig'] = PaymentLine.xǁPaymentLineǁfindings__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaymentLineǁfindings__mutmut['xǁPaymentLineǁfindings__mutmut_1'] = PaymentLine.xǁPaymentLineǁfindings__mutmut_1 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_payment_lines__mutmut)
def payment_lines(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_orig(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_1(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = None
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_2(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = None
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_3(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                None, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_4(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, None, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_5(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, None, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_6(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, None, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_7(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, None, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_8(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, None
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_9(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_10(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_11(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_12(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_13(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_14(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_15(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = None
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_16(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) - part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_17(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(None, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_18(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, None) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_19(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_20(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_21(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = None
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_22(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(None, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_23(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=None) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_24(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_25(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, ) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_26(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(None)


def x_payment_lines__mutmut_27(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(None, key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_28(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=None))


def x_payment_lines__mutmut_29(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(key=lambda ln: (ln.day, ln.invoice_id or "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_30(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, ))


def x_payment_lines__mutmut_31(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: None))


def x_payment_lines__mutmut_32(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id and "", ln.currency, ln.vat_rate)))


def x_payment_lines__mutmut_33(events: Iterable[PaymentEvent]) -> tuple[PaymentLine, ...]:
    """Sum collected amounts per day x invoice (or B2C) x currency x rate, sorted in that order."""
    totals: dict[PaymentLine, Decimal] = {}
    for event in events:
        for part in event.amounts:
            slot = PaymentLine(
                event.day, part.vat_rate, ZERO, event.currency, event.invoice_id, event.invoice_date
            )
            totals[slot] = totals.get(slot, ZERO) + part.amount
    lines = (replace(slot, amount=amount) for slot, amount in totals.items())
    return tuple(sorted(lines, key=lambda ln: (ln.day, ln.invoice_id or "XXXX", ln.currency, ln.vat_rate)))

mutants_x_payment_lines__mutmut['_mutmut_orig'] = x_payment_lines__mutmut_orig # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_1'] = x_payment_lines__mutmut_1 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_2'] = x_payment_lines__mutmut_2 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_3'] = x_payment_lines__mutmut_3 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_4'] = x_payment_lines__mutmut_4 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_5'] = x_payment_lines__mutmut_5 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_6'] = x_payment_lines__mutmut_6 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_7'] = x_payment_lines__mutmut_7 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_8'] = x_payment_lines__mutmut_8 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_9'] = x_payment_lines__mutmut_9 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_10'] = x_payment_lines__mutmut_10 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_11'] = x_payment_lines__mutmut_11 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_12'] = x_payment_lines__mutmut_12 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_13'] = x_payment_lines__mutmut_13 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_14'] = x_payment_lines__mutmut_14 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_15'] = x_payment_lines__mutmut_15 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_16'] = x_payment_lines__mutmut_16 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_17'] = x_payment_lines__mutmut_17 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_18'] = x_payment_lines__mutmut_18 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_19'] = x_payment_lines__mutmut_19 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_20'] = x_payment_lines__mutmut_20 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_21'] = x_payment_lines__mutmut_21 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_22'] = x_payment_lines__mutmut_22 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_23'] = x_payment_lines__mutmut_23 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_24'] = x_payment_lines__mutmut_24 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_25'] = x_payment_lines__mutmut_25 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_26'] = x_payment_lines__mutmut_26 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_27'] = x_payment_lines__mutmut_27 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_28'] = x_payment_lines__mutmut_28 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_29'] = x_payment_lines__mutmut_29 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_30'] = x_payment_lines__mutmut_30 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_31'] = x_payment_lines__mutmut_31 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_32'] = x_payment_lines__mutmut_32 # type: ignore # mutmut generated
mutants_x_payment_lines__mutmut['x_payment_lines__mutmut_33'] = x_payment_lines__mutmut_33 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_totals_by_rate__mutmut)
def totals_by_rate(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ZERO) + line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_orig(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ZERO) + line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_1(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = None
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ZERO) + line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_2(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = None
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_3(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ZERO) - line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_4(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(None, ZERO) + line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_5(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, None) + line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_6(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(ZERO) + line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_7(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ) + line.amount
    return dict(sorted(out.items()))


def x_totals_by_rate__mutmut_8(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ZERO) + line.amount
    return dict(None)


def x_totals_by_rate__mutmut_9(lines: Iterable[PaymentLine]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for line in lines:
        out[line.vat_rate] = out.get(line.vat_rate, ZERO) + line.amount
    return dict(sorted(None))

mutants_x_totals_by_rate__mutmut['_mutmut_orig'] = x_totals_by_rate__mutmut_orig # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_1'] = x_totals_by_rate__mutmut_1 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_2'] = x_totals_by_rate__mutmut_2 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_3'] = x_totals_by_rate__mutmut_3 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_4'] = x_totals_by_rate__mutmut_4 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_5'] = x_totals_by_rate__mutmut_5 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_6'] = x_totals_by_rate__mutmut_6 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_7'] = x_totals_by_rate__mutmut_7 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_8'] = x_totals_by_rate__mutmut_8 # type: ignore # mutmut generated
mutants_x_totals_by_rate__mutmut['x_totals_by_rate__mutmut_9'] = x_totals_by_rate__mutmut_9 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_payment_line_findings__mutmut)
def payment_line_findings(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
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


def x_payment_line_findings__mutmut_orig(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
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


def x_payment_line_findings__mutmut_1(line: PaymentLine) -> tuple[Finding, ...]:
    at = None
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
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


def x_payment_line_findings__mutmut_2(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = None
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
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


def x_payment_line_findings__mutmut_3(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount <= 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
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


def x_payment_line_findings__mutmut_4(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 1:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
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


def x_payment_line_findings__mutmut_5(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = None
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


def x_payment_line_findings__mutmut_6(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(None)
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_7(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal(None, msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_8(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", None, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_9(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, None))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_10(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal(msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_11(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_12(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, ))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_13(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("XXER-PAY-NEGATIVEXX", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_14(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("er-pay-negative", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_15(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency == EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_16(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(None)
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_17(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal(None, f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_18(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", None, at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_19(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", None))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_20(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal(f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_21(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_22(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", ))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_23(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("XXER-CURRENCYXX", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_24(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("er-currency", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_25(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_26(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(None):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_27(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            None
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_28(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal(None, f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_29(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", None, at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_30(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", None)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_31(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal(f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_32(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_33(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", )
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_34(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("XXER-RATEXX", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_35(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("er-rate", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_36(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_37(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(None):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_38(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(None)
    return tuple(out)


def x_payment_line_findings__mutmut_39(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal(None, f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_40(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", None, at))
    return tuple(out)


def x_payment_line_findings__mutmut_41(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", None))
    return tuple(out)


def x_payment_line_findings__mutmut_42(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal(f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_43(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", at))
    return tuple(out)


def x_payment_line_findings__mutmut_44(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", ))
    return tuple(out)


def x_payment_line_findings__mutmut_45(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("XXER-AMOUNT-SCALEXX", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_46(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("er-amount-scale", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(out)


def x_payment_line_findings__mutmut_47(line: PaymentLine) -> tuple[Finding, ...]:
    at = line.label
    out: list[Finding] = []
    if line.amount < 0:
        msg = f"collected amount {line.amount} is negative: report refunds as corrections"
        out.append(fatal("ER-PAY-NEGATIVE", msg, at))
    if line.currency != EUR:
        out.append(fatal("ER-CURRENCY", f"payment in {line.currency}: payment data is reported in EUR", at))
    if not is_accepted_rate(line.vat_rate):
        out.append(
            fatal("ER-RATE", f"VAT rate {line.vat_rate}% is not an accepted French rate (BR-FR-16)", at)
        )
    if not has_at_most_two_decimals(line.amount):
        out.append(fatal("ER-AMOUNT-SCALE", f"collected amount {line.amount} has more than two decimals", at))
    return tuple(None)

mutants_x_payment_line_findings__mutmut['_mutmut_orig'] = x_payment_line_findings__mutmut_orig # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_1'] = x_payment_line_findings__mutmut_1 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_2'] = x_payment_line_findings__mutmut_2 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_3'] = x_payment_line_findings__mutmut_3 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_4'] = x_payment_line_findings__mutmut_4 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_5'] = x_payment_line_findings__mutmut_5 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_6'] = x_payment_line_findings__mutmut_6 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_7'] = x_payment_line_findings__mutmut_7 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_8'] = x_payment_line_findings__mutmut_8 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_9'] = x_payment_line_findings__mutmut_9 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_10'] = x_payment_line_findings__mutmut_10 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_11'] = x_payment_line_findings__mutmut_11 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_12'] = x_payment_line_findings__mutmut_12 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_13'] = x_payment_line_findings__mutmut_13 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_14'] = x_payment_line_findings__mutmut_14 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_15'] = x_payment_line_findings__mutmut_15 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_16'] = x_payment_line_findings__mutmut_16 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_17'] = x_payment_line_findings__mutmut_17 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_18'] = x_payment_line_findings__mutmut_18 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_19'] = x_payment_line_findings__mutmut_19 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_20'] = x_payment_line_findings__mutmut_20 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_21'] = x_payment_line_findings__mutmut_21 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_22'] = x_payment_line_findings__mutmut_22 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_23'] = x_payment_line_findings__mutmut_23 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_24'] = x_payment_line_findings__mutmut_24 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_25'] = x_payment_line_findings__mutmut_25 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_26'] = x_payment_line_findings__mutmut_26 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_27'] = x_payment_line_findings__mutmut_27 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_28'] = x_payment_line_findings__mutmut_28 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_29'] = x_payment_line_findings__mutmut_29 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_30'] = x_payment_line_findings__mutmut_30 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_31'] = x_payment_line_findings__mutmut_31 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_32'] = x_payment_line_findings__mutmut_32 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_33'] = x_payment_line_findings__mutmut_33 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_34'] = x_payment_line_findings__mutmut_34 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_35'] = x_payment_line_findings__mutmut_35 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_36'] = x_payment_line_findings__mutmut_36 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_37'] = x_payment_line_findings__mutmut_37 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_38'] = x_payment_line_findings__mutmut_38 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_39'] = x_payment_line_findings__mutmut_39 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_40'] = x_payment_line_findings__mutmut_40 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_41'] = x_payment_line_findings__mutmut_41 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_42'] = x_payment_line_findings__mutmut_42 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_43'] = x_payment_line_findings__mutmut_43 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_44'] = x_payment_line_findings__mutmut_44 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_45'] = x_payment_line_findings__mutmut_45 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_46'] = x_payment_line_findings__mutmut_46 # type: ignore # mutmut generated
mutants_x_payment_line_findings__mutmut['x_payment_line_findings__mutmut_47'] = x_payment_line_findings__mutmut_47 # type: ignore # mutmut generated
