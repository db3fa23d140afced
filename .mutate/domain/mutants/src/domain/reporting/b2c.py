"""B2C transactions (flux 10.3): idempotent recording and daily aggregates per date x category x VAT rate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.findings import Finding
from domain.money import percent_of, round_amount
from domain.reporting.amounts import (
    EUR,
    VAT_TOLERANCE,
    ZERO,
    has_at_most_two_decimals,
    is_accepted_rate,
    rate_str,
    require_decimal,
)
from domain.reporting.journal import KeyedJournal
from domain.reporting.rules import fatal


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁB2cTransactionǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁB2cTransactionǁin_eur__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁB2cTransactionǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_orig(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_1(self) -> None:
        if self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_2(self) -> None:
        if not self.key:
            raise ValueError(None)
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_3(self) -> None:
        if not self.key:
            raise ValueError("XXa B2C transaction needs an idempotency keyXX")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_4(self) -> None:
        if not self.key:
            raise ValueError("a b2c transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_5(self) -> None:
        if not self.key:
            raise ValueError("A B2C TRANSACTION NEEDS AN IDEMPOTENCY KEY")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_6(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(None, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_7(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, None)
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_8(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal("vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_9(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, )
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_10(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "XXvat_rateXX")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_11(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "VAT_RATE")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_12(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(None, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_13(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, None)
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_14(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal("taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_15(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, )
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_16(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "XXtaxable_amountXX")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_17(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "TAXABLE_AMOUNT")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_18(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(None, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_19(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, None)
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_20(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal("vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_21(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, )
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_22(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "XXvat_amountXX")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_23(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "VAT_AMOUNT")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_24(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None or require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_25(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_26(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(None, "eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_27(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, None) <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_28(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal("eur_rate") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_29(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, ) <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_30(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "XXeur_rateXX") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_31(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "EUR_RATE") <= 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_32(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") < 0:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_33(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 1:
            raise ValueError(f"eur_rate must be positive, got {self.eur_rate}")

    def xǁB2cTransactionǁ__post_init____mutmut_34(self) -> None:
        if not self.key:
            raise ValueError("a B2C transaction needs an idempotency key")
        require_decimal(self.vat_rate, "vat_rate")
        require_decimal(self.taxable_amount, "taxable_amount")
        require_decimal(self.vat_amount, "vat_amount")
        if self.eur_rate is not None and require_decimal(self.eur_rate, "eur_rate") <= 0:
            raise ValueError(None)

    @_mutmut_mutated(mutants_xǁB2cTransactionǁin_eur__mutmut)
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

    def xǁB2cTransactionǁin_eur__mutmut_orig(self) -> B2cTransaction:
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

    def xǁB2cTransactionǁin_eur__mutmut_1(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR and self.eur_rate is None:
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

    def xǁB2cTransactionǁin_eur__mutmut_2(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency != EUR or self.eur_rate is None:
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

    def xǁB2cTransactionǁin_eur__mutmut_3(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is not None:
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

    def xǁB2cTransactionǁin_eur__mutmut_4(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=None,
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

    def xǁB2cTransactionǁin_eur__mutmut_5(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=None,
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

    def xǁB2cTransactionǁin_eur__mutmut_6(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=None,
            currency=EUR,
            vat_rate=self.vat_rate,
            taxable_amount=round_amount(self.taxable_amount * self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_7(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=None,
            vat_rate=self.vat_rate,
            taxable_amount=round_amount(self.taxable_amount * self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_8(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=EUR,
            vat_rate=None,
            taxable_amount=round_amount(self.taxable_amount * self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_9(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=EUR,
            vat_rate=self.vat_rate,
            taxable_amount=None,
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_10(self) -> B2cTransaction:
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
            vat_amount=None,
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_11(self) -> B2cTransaction:
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
            tax_due_date_type=None,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_12(self) -> B2cTransaction:
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
            store_id=None,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_13(self) -> B2cTransaction:
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
            register_id=None,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_14(self) -> B2cTransaction:
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
            closure_id=None,
        )

    def xǁB2cTransactionǁin_eur__mutmut_15(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
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

    def xǁB2cTransactionǁin_eur__mutmut_16(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
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

    def xǁB2cTransactionǁin_eur__mutmut_17(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            currency=EUR,
            vat_rate=self.vat_rate,
            taxable_amount=round_amount(self.taxable_amount * self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_18(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            vat_rate=self.vat_rate,
            taxable_amount=round_amount(self.taxable_amount * self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_19(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=EUR,
            taxable_amount=round_amount(self.taxable_amount * self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_20(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=EUR,
            vat_rate=self.vat_rate,
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_21(self) -> B2cTransaction:
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
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_22(self) -> B2cTransaction:
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
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_23(self) -> B2cTransaction:
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
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_24(self) -> B2cTransaction:
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
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_25(self) -> B2cTransaction:
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
            )

    def xǁB2cTransactionǁin_eur__mutmut_26(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=EUR,
            vat_rate=self.vat_rate,
            taxable_amount=round_amount(None),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_27(self) -> B2cTransaction:
        """The same sale in EUR (amounts converted half-up to the cent); unchanged when already EUR or unconvertible."""
        if self.currency == EUR or self.eur_rate is None:
            return self
        return B2cTransaction(
            key=self.key,
            day=self.day,
            category=self.category,
            currency=EUR,
            vat_rate=self.vat_rate,
            taxable_amount=round_amount(self.taxable_amount / self.eur_rate),
            vat_amount=round_amount(self.vat_amount * self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_28(self) -> B2cTransaction:
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
            vat_amount=round_amount(None),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

    def xǁB2cTransactionǁin_eur__mutmut_29(self) -> B2cTransaction:
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
            vat_amount=round_amount(self.vat_amount / self.eur_rate),
            tax_due_date_type=self.tax_due_date_type,
            store_id=self.store_id,
            register_id=self.register_id,
            closure_id=self.closure_id,
        )

mutants_xǁB2cTransactionǁ__post_init____mutmut['_mutmut_orig'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_1'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_2'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_3'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_4'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_5'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_6'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_7'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_8'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_9'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_10'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_11'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_12'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_13'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_14'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_15'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_16'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_17'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_18'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_19'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_20'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_21'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_22'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_23'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_24'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_25'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_26'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_27'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_28'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_29'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_30'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_31'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_32'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_33'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁ__post_init____mutmut['xǁB2cTransactionǁ__post_init____mutmut_34'] = B2cTransaction.xǁB2cTransactionǁ__post_init____mutmut_34 # type: ignore # mutmut generated

mutants_xǁB2cTransactionǁin_eur__mutmut['_mutmut_orig'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_orig # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_1'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_1 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_2'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_2 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_3'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_3 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_4'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_4 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_5'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_5 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_6'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_6 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_7'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_7 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_8'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_8 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_9'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_9 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_10'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_10 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_11'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_11 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_12'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_12 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_13'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_13 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_14'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_14 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_15'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_15 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_16'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_16 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_17'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_17 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_18'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_18 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_19'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_19 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_20'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_20 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_21'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_21 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_22'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_22 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_23'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_23 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_24'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_24 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_25'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_25 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_26'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_26 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_27'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_27 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_28'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_28 # type: ignore # mutmut generated
mutants_xǁB2cTransactionǁin_eur__mutmut['xǁB2cTransactionǁin_eur__mutmut_29'] = B2cTransaction.xǁB2cTransactionǁin_eur__mutmut_29 # type: ignore # mutmut generated


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
mutants_xǁB2cAggregateǁfindings__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁB2cAggregateǁfindings__mutmut)
    def findings(self) -> tuple[Finding, ...]:
        return aggregate_findings(self)

    def xǁB2cAggregateǁfindings__mutmut_orig(self) -> tuple[Finding, ...]:
        return aggregate_findings(self)

    def xǁB2cAggregateǁfindings__mutmut_1(self) -> tuple[Finding, ...]:
        return aggregate_findings(None)

mutants_xǁB2cAggregateǁfindings__mutmut['_mutmut_orig'] = B2cAggregate.xǁB2cAggregateǁfindings__mutmut_orig # type: ignore # mutmut generated
mutants_xǁB2cAggregateǁfindings__mutmut['xǁB2cAggregateǁfindings__mutmut_1'] = B2cAggregate.xǁB2cAggregateǁfindings__mutmut_1 # type: ignore # mutmut generated
mutants_x_new_b2c_journal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_new_b2c_journal__mutmut)
def new_b2c_journal() -> KeyedJournal[B2cTransaction]:
    """A journal of B2C transactions keyed by their idempotency key."""
    return KeyedJournal(lambda tx: tx.key)


def x_new_b2c_journal__mutmut_orig() -> KeyedJournal[B2cTransaction]:
    """A journal of B2C transactions keyed by their idempotency key."""
    return KeyedJournal(lambda tx: tx.key)


def x_new_b2c_journal__mutmut_1() -> KeyedJournal[B2cTransaction]:
    """A journal of B2C transactions keyed by their idempotency key."""
    return KeyedJournal(None)


def x_new_b2c_journal__mutmut_2() -> KeyedJournal[B2cTransaction]:
    """A journal of B2C transactions keyed by their idempotency key."""
    return KeyedJournal(lambda tx: None)

mutants_x_new_b2c_journal__mutmut['_mutmut_orig'] = x_new_b2c_journal__mutmut_orig # type: ignore # mutmut generated
mutants_x_new_b2c_journal__mutmut['x_new_b2c_journal__mutmut_1'] = x_new_b2c_journal__mutmut_1 # type: ignore # mutmut generated
mutants_x_new_b2c_journal__mutmut['x_new_b2c_journal__mutmut_2'] = x_new_b2c_journal__mutmut_2 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_aggregate_key__mutmut)
def aggregate_key(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.vat_rate, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_orig(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.vat_rate, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_1(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(None, tx.category, tx.vat_rate, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_2(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, None, tx.vat_rate, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_3(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, None, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_4(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.vat_rate, None, tx.tax_due_date_type)


def x_aggregate_key__mutmut_5(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.vat_rate, tx.currency, None)


def x_aggregate_key__mutmut_6(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.category, tx.vat_rate, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_7(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.vat_rate, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_8(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.currency, tx.tax_due_date_type)


def x_aggregate_key__mutmut_9(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.vat_rate, tx.tax_due_date_type)


def x_aggregate_key__mutmut_10(tx: B2cTransaction) -> AggregateKey:
    # Decimal hashes by value, so 20 and 20.00 fall into the same line.
    return AggregateKey(tx.day, tx.category, tx.vat_rate, tx.currency, )

mutants_x_aggregate_key__mutmut['_mutmut_orig'] = x_aggregate_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_1'] = x_aggregate_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_2'] = x_aggregate_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_3'] = x_aggregate_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_4'] = x_aggregate_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_5'] = x_aggregate_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_6'] = x_aggregate_key__mutmut_6 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_7'] = x_aggregate_key__mutmut_7 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_8'] = x_aggregate_key__mutmut_8 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_9'] = x_aggregate_key__mutmut_9 # type: ignore # mutmut generated
mutants_x_aggregate_key__mutmut['x_aggregate_key__mutmut_10'] = x_aggregate_key__mutmut_10 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_daily_aggregates__mutmut)
def daily_aggregates(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_orig(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_1(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        None
    )


def x_daily_aggregates__mutmut_2(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(None, tx.taxable_amount, tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_3(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), None, tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_4(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, None, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_5(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, tx.vat_amount, None)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_6(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(tx.taxable_amount, tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_7(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_8(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_9(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, tx.vat_amount, )
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_10(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(None), tx.taxable_amount, tx.vat_amount, 1)
        for tx in (t.in_eur() for t in transactions)
    )


def x_daily_aggregates__mutmut_11(transactions: Iterable[B2cTransaction]) -> tuple[B2cAggregate, ...]:
    """Sum the transactions per date x category x rate (x currency x tax due date type), sorted by key.

    Foreign-currency transactions with an exchange rate are converted to EUR first; those without stay in their
    currency and are flagged by `aggregate_findings`. Sums are exact: amounts are never re-rounded here.
    """
    return merge_aggregates(
        B2cAggregate(aggregate_key(tx), tx.taxable_amount, tx.vat_amount, 2)
        for tx in (t.in_eur() for t in transactions)
    )

mutants_x_daily_aggregates__mutmut['_mutmut_orig'] = x_daily_aggregates__mutmut_orig # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_1'] = x_daily_aggregates__mutmut_1 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_2'] = x_daily_aggregates__mutmut_2 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_3'] = x_daily_aggregates__mutmut_3 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_4'] = x_daily_aggregates__mutmut_4 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_5'] = x_daily_aggregates__mutmut_5 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_6'] = x_daily_aggregates__mutmut_6 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_7'] = x_daily_aggregates__mutmut_7 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_8'] = x_daily_aggregates__mutmut_8 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_9'] = x_daily_aggregates__mutmut_9 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_10'] = x_daily_aggregates__mutmut_10 # type: ignore # mutmut generated
mutants_x_daily_aggregates__mutmut['x_daily_aggregates__mutmut_11'] = x_daily_aggregates__mutmut_11 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_merge_aggregates__mutmut)
def merge_aggregates(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_orig(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_1(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = None
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_2(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = None
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_3(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(None, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_4(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, None)
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_5(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get((ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_6(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, )
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_7(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 1))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_8(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = None
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_9(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base - line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_10(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat - line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_11(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count - line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_12(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = None
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_13(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(None, key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_14(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=None)
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_15(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_16(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), )
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_17(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: None)
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_18(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(None))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_19(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[1]))
    return tuple(B2cAggregate(k, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_20(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(None)


def x_merge_aggregates__mutmut_21(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(None, base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_22(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, None, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_23(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, None, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_24(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, None) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_25(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(base, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_26(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, vat, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_27(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, count) for k, (base, vat, count) in ordered)


def x_merge_aggregates__mutmut_28(lines: Iterable[B2cAggregate]) -> tuple[B2cAggregate, ...]:
    """Merge the lines that share a key (e.g. transactions and till summaries for the same day and rate)."""
    merged: dict[AggregateKey, tuple[Decimal, Decimal, int]] = {}
    for line in lines:
        base, vat, count = merged.get(line.key, (ZERO, ZERO, 0))
        merged[line.key] = (base + line.taxable_total, vat + line.vat_total, count + line.count)
    ordered = sorted(merged.items(), key=lambda kv: _sort_key(kv[0]))
    return tuple(B2cAggregate(k, base, vat, ) for k, (base, vat, count) in ordered)

mutants_x_merge_aggregates__mutmut['_mutmut_orig'] = x_merge_aggregates__mutmut_orig # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_1'] = x_merge_aggregates__mutmut_1 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_2'] = x_merge_aggregates__mutmut_2 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_3'] = x_merge_aggregates__mutmut_3 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_4'] = x_merge_aggregates__mutmut_4 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_5'] = x_merge_aggregates__mutmut_5 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_6'] = x_merge_aggregates__mutmut_6 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_7'] = x_merge_aggregates__mutmut_7 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_8'] = x_merge_aggregates__mutmut_8 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_9'] = x_merge_aggregates__mutmut_9 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_10'] = x_merge_aggregates__mutmut_10 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_11'] = x_merge_aggregates__mutmut_11 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_12'] = x_merge_aggregates__mutmut_12 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_13'] = x_merge_aggregates__mutmut_13 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_14'] = x_merge_aggregates__mutmut_14 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_15'] = x_merge_aggregates__mutmut_15 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_16'] = x_merge_aggregates__mutmut_16 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_17'] = x_merge_aggregates__mutmut_17 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_18'] = x_merge_aggregates__mutmut_18 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_19'] = x_merge_aggregates__mutmut_19 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_20'] = x_merge_aggregates__mutmut_20 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_21'] = x_merge_aggregates__mutmut_21 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_22'] = x_merge_aggregates__mutmut_22 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_23'] = x_merge_aggregates__mutmut_23 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_24'] = x_merge_aggregates__mutmut_24 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_25'] = x_merge_aggregates__mutmut_25 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_26'] = x_merge_aggregates__mutmut_26 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_27'] = x_merge_aggregates__mutmut_27 # type: ignore # mutmut generated
mutants_x_merge_aggregates__mutmut['x_merge_aggregates__mutmut_28'] = x_merge_aggregates__mutmut_28 # type: ignore # mutmut generated


def _sort_key(k: AggregateKey) -> tuple[date, str, Decimal, str, str]:
    return (k.day, k.category.value, k.vat_rate, k.currency, k.tax_due_date_type.value)
mutants_x_aggregate_findings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_aggregate_findings__mutmut)
def aggregate_findings(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_orig(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_1(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = None
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_2(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = None
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_3(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = None
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_4(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count <= 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_5(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 2:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_6(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(None)
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_7(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal(None, f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_8(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", None, at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_9(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", None))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_10(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal(f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_11(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_12(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", ))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_13(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("XXER-B2C-COUNTXX", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_14(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("er-b2c-count", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_15(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency == EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_16(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = None
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_17(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(None)
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_18(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal(None, msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_19(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", None, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_20(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, None))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_21(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal(msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_22(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_23(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, ))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_24(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("XXER-CURRENCYXX", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_25(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("er-currency", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_26(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_27(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(None):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_28(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(None)
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_29(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal(None, f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_30(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", None, at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_31(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", None))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_32(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal(f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_33(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_34(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", ))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_35(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("XXER-RATEXX", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_36(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("er-rate", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_37(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 or (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_38(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is not B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_39(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 and line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_40(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate == 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_41(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 1 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_42(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total == 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_43(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 1):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_44(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = None
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_45(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "XXcategory TNT1 (not subject to French VAT) must carry a 0% rate and no VATXX"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_46(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category tnt1 (not subject to french vat) must carry a 0% rate and no vat"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_47(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "CATEGORY TNT1 (NOT SUBJECT TO FRENCH VAT) MUST CARRY A 0% RATE AND NO VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_48(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(None)
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_49(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal(None, msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_50(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", None, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_51(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, None))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_52(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal(msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_53(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_54(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, ))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_55(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("XXER-B2C-TNT1XX", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_56(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("er-b2c-tnt1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_57(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("XXtaxable totalXX", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_58(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("TAXABLE TOTAL", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_59(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("XXVAT totalXX", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_60(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("vat total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_61(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT TOTAL", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_62(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_63(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(None):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_64(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(None)
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_65(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal(None, f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_66(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", None, at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_67(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", None))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_68(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal(f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_69(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_70(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", ))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_71(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("XXER-AMOUNT-SCALEXX", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_72(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("er-amount-scale", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_73(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = None
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_74(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(None, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_75(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, None)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_76(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_77(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, )
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_78(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 or abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_79(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_80(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(None) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_81(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected + line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_82(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) >= VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_83(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = None
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_84(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(None)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_85(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(None)
    return tuple(out)


def x_aggregate_findings__mutmut_86(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal(None, msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_87(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", None, at))
    return tuple(out)


def x_aggregate_findings__mutmut_88(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, None))
    return tuple(out)


def x_aggregate_findings__mutmut_89(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal(msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_90(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", at))
    return tuple(out)


def x_aggregate_findings__mutmut_91(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, ))
    return tuple(out)


def x_aggregate_findings__mutmut_92(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("XXER-B2C-VATXX", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_93(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("er-b2c-vat", msg, at))
    return tuple(out)


def x_aggregate_findings__mutmut_94(line: B2cAggregate) -> tuple[Finding, ...]:
    """Consistency checks on one aggregate line (ids documented in docs/ereporting.md)."""
    k = line.key
    at = k.label
    out: list[Finding] = []
    if line.count < 1:
        out.append(fatal("ER-B2C-COUNT", f"transaction count must be at least 1, got {line.count}", at))
    if k.currency != EUR:
        msg = f"amounts are in {k.currency} with no conversion: e-reporting amounts are in EUR (set eur_rate)"
        out.append(fatal("ER-CURRENCY", msg, at))
    if not is_accepted_rate(k.vat_rate):
        out.append(fatal("ER-RATE", f"VAT rate {k.vat_rate}% is not an accepted French rate (BR-FR-16)", at))
    if k.category is B2cCategory.TNT1 and (k.vat_rate != 0 or line.vat_total != 0):
        msg = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"
        out.append(fatal("ER-B2C-TNT1", msg, at))
    for name, amount in (("taxable total", line.taxable_total), ("VAT total", line.vat_total)):
        if not has_at_most_two_decimals(amount):
            out.append(fatal("ER-AMOUNT-SCALE", f"{name} {amount} has more than two decimals", at))
    expected = percent_of(line.taxable_total, k.vat_rate)
    # TMA1 (margin scheme) VAT is computed on the margin, not on the sale price: it cannot be checked from the base.
    if k.category is not B2cCategory.TMA1 and abs(expected - line.vat_total) > VAT_TOLERANCE:
        msg = (
            f"VAT total {line.vat_total} differs from {expected} ({line.taxable_total} x {rate_str(k.vat_rate)}%, "
            f"half-up to the cent) by more than {VAT_TOLERANCE}"
        )
        out.append(fatal("ER-B2C-VAT", msg, at))
    return tuple(None)

mutants_x_aggregate_findings__mutmut['_mutmut_orig'] = x_aggregate_findings__mutmut_orig # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_1'] = x_aggregate_findings__mutmut_1 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_2'] = x_aggregate_findings__mutmut_2 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_3'] = x_aggregate_findings__mutmut_3 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_4'] = x_aggregate_findings__mutmut_4 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_5'] = x_aggregate_findings__mutmut_5 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_6'] = x_aggregate_findings__mutmut_6 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_7'] = x_aggregate_findings__mutmut_7 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_8'] = x_aggregate_findings__mutmut_8 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_9'] = x_aggregate_findings__mutmut_9 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_10'] = x_aggregate_findings__mutmut_10 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_11'] = x_aggregate_findings__mutmut_11 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_12'] = x_aggregate_findings__mutmut_12 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_13'] = x_aggregate_findings__mutmut_13 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_14'] = x_aggregate_findings__mutmut_14 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_15'] = x_aggregate_findings__mutmut_15 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_16'] = x_aggregate_findings__mutmut_16 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_17'] = x_aggregate_findings__mutmut_17 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_18'] = x_aggregate_findings__mutmut_18 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_19'] = x_aggregate_findings__mutmut_19 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_20'] = x_aggregate_findings__mutmut_20 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_21'] = x_aggregate_findings__mutmut_21 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_22'] = x_aggregate_findings__mutmut_22 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_23'] = x_aggregate_findings__mutmut_23 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_24'] = x_aggregate_findings__mutmut_24 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_25'] = x_aggregate_findings__mutmut_25 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_26'] = x_aggregate_findings__mutmut_26 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_27'] = x_aggregate_findings__mutmut_27 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_28'] = x_aggregate_findings__mutmut_28 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_29'] = x_aggregate_findings__mutmut_29 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_30'] = x_aggregate_findings__mutmut_30 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_31'] = x_aggregate_findings__mutmut_31 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_32'] = x_aggregate_findings__mutmut_32 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_33'] = x_aggregate_findings__mutmut_33 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_34'] = x_aggregate_findings__mutmut_34 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_35'] = x_aggregate_findings__mutmut_35 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_36'] = x_aggregate_findings__mutmut_36 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_37'] = x_aggregate_findings__mutmut_37 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_38'] = x_aggregate_findings__mutmut_38 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_39'] = x_aggregate_findings__mutmut_39 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_40'] = x_aggregate_findings__mutmut_40 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_41'] = x_aggregate_findings__mutmut_41 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_42'] = x_aggregate_findings__mutmut_42 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_43'] = x_aggregate_findings__mutmut_43 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_44'] = x_aggregate_findings__mutmut_44 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_45'] = x_aggregate_findings__mutmut_45 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_46'] = x_aggregate_findings__mutmut_46 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_47'] = x_aggregate_findings__mutmut_47 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_48'] = x_aggregate_findings__mutmut_48 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_49'] = x_aggregate_findings__mutmut_49 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_50'] = x_aggregate_findings__mutmut_50 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_51'] = x_aggregate_findings__mutmut_51 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_52'] = x_aggregate_findings__mutmut_52 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_53'] = x_aggregate_findings__mutmut_53 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_54'] = x_aggregate_findings__mutmut_54 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_55'] = x_aggregate_findings__mutmut_55 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_56'] = x_aggregate_findings__mutmut_56 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_57'] = x_aggregate_findings__mutmut_57 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_58'] = x_aggregate_findings__mutmut_58 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_59'] = x_aggregate_findings__mutmut_59 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_60'] = x_aggregate_findings__mutmut_60 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_61'] = x_aggregate_findings__mutmut_61 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_62'] = x_aggregate_findings__mutmut_62 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_63'] = x_aggregate_findings__mutmut_63 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_64'] = x_aggregate_findings__mutmut_64 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_65'] = x_aggregate_findings__mutmut_65 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_66'] = x_aggregate_findings__mutmut_66 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_67'] = x_aggregate_findings__mutmut_67 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_68'] = x_aggregate_findings__mutmut_68 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_69'] = x_aggregate_findings__mutmut_69 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_70'] = x_aggregate_findings__mutmut_70 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_71'] = x_aggregate_findings__mutmut_71 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_72'] = x_aggregate_findings__mutmut_72 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_73'] = x_aggregate_findings__mutmut_73 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_74'] = x_aggregate_findings__mutmut_74 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_75'] = x_aggregate_findings__mutmut_75 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_76'] = x_aggregate_findings__mutmut_76 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_77'] = x_aggregate_findings__mutmut_77 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_78'] = x_aggregate_findings__mutmut_78 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_79'] = x_aggregate_findings__mutmut_79 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_80'] = x_aggregate_findings__mutmut_80 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_81'] = x_aggregate_findings__mutmut_81 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_82'] = x_aggregate_findings__mutmut_82 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_83'] = x_aggregate_findings__mutmut_83 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_84'] = x_aggregate_findings__mutmut_84 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_85'] = x_aggregate_findings__mutmut_85 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_86'] = x_aggregate_findings__mutmut_86 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_87'] = x_aggregate_findings__mutmut_87 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_88'] = x_aggregate_findings__mutmut_88 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_89'] = x_aggregate_findings__mutmut_89 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_90'] = x_aggregate_findings__mutmut_90 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_91'] = x_aggregate_findings__mutmut_91 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_92'] = x_aggregate_findings__mutmut_92 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_93'] = x_aggregate_findings__mutmut_93 # type: ignore # mutmut generated
mutants_x_aggregate_findings__mutmut['x_aggregate_findings__mutmut_94'] = x_aggregate_findings__mutmut_94 # type: ignore # mutmut generated
