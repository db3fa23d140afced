"""B2C sales (10.3), value by value: the refusals of a transaction (exact messages), a foreign-currency sale in EUR
(the whole transaction), and every finding of an aggregate line (rule, message, path) for each fault and at the VAT
tolerance's edge, written out by hand from the checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from domain.findings import Severity
from domain.reporting.b2c import (
    AggregateKey,
    B2cAggregate,
    B2cCategory,
    B2cTransaction,
    TaxDueDateType,
    aggregate_findings,
    transaction_findings,
)

JAN3 = date(2027, 1, 3)


def _sale(**changes: object) -> B2cTransaction:
    fields: dict[str, object] = {
        "key": "t1",
        "day": JAN3,
        "category": B2cCategory.TLB1,
        "currency": "EUR",
        "vat_rate": D("20"),
        "taxable_amount": D("100.00"),
        "vat_amount": D("20.00"),
    }
    return B2cTransaction(**{**fields, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"key": ""}, ValueError, "a B2C transaction needs an idempotency key"),
        ({"vat_rate": 20.0}, TypeError, "vat_rate must be a decimal.Decimal, got float"),
        ({"vat_amount": 2}, TypeError, "vat_amount must be a decimal.Decimal, got int"),
        ({"vat_amount": D("NaN")}, ValueError, "vat_amount must be a finite number, got NaN"),
        ({"eur_rate": 0.9}, TypeError, "eur_rate must be a decimal.Decimal, got float"),
        ({"eur_rate": D("0")}, ValueError, "eur_rate must be positive, got 0"),
        ({"eur_rate": D("-0.5")}, ValueError, "eur_rate must be positive, got -0.5"),
    ],
)
def test_a_transaction_is_refused_with_its_reason(
    changes: dict[str, object], error: type, message: str
) -> None:
    with pytest.raises(error) as refused:
        _sale(**changes)
    assert str(refused.value) == message


def test_a_sale_keeps_a_zero_without_its_sign() -> None:
    # RecordB2cTransactions recorded "-0" as given, as RecordPayments did: the books wrote the sign of nothing
    sale = _sale(taxable_amount=D("-0.00"), vat_amount=D("-0"))
    assert (str(sale.taxable_amount), str(sale.vat_amount)) == ("0.00", "0")


def test_a_sale_in_another_currency_becomes_the_same_sale_in_eur() -> None:
    usd = _sale(
        currency="USD",
        eur_rate=D("0.92525"),
        tax_due_date_type=TaxDueDateType.PAYMENT_DATE,
        store_id="S1",
        register_id="R2",
        closure_id="Z3",
    )
    assert usd.in_eur() == _sale(
        currency="EUR",
        taxable_amount=D("92.53"),  # 92.525, half-up (half-even would give 92.52)
        vat_amount=D("18.51"),  # 18.505
        tax_due_date_type=TaxDueDateType.PAYMENT_DATE,
        store_id="S1",
        register_id="R2",
        closure_id="Z3",
    )
    assert _sale(eur_rate=D("2")).in_eur() == _sale(eur_rate=D("2"))  # already in EUR: unchanged
    assert _sale(currency="USD").in_eur() == _sale(currency="USD")  # no rate: left for ER-CURRENCY


TNT1_RULE = "category TNT1 (not subject to French VAT) must carry a 0% rate and no VAT"


def _line(category: str, rate: str, base: str, vat: str, count: int, currency: str) -> B2cAggregate:
    key = AggregateKey(
        date(2027, 1, 3), B2cCategory(category), D(rate), currency, TaxDueDateType.DELIVERY_DATE
    )
    return B2cAggregate(key, D(base), D(vat), count)


# (category, rate, taxable total, VAT total, count, currency) -> its findings: (rule, message); all FATAL, each at
# the line's label b2c[2027-01-03/<category>/<rate>%/<currency>/DELIVERY_DATE]
CASES: dict[str, tuple[tuple[str, str, str, str, int, str], list[tuple[str, str]]]] = {
    "clean": (("TLB1", "20", "100.00", "20.00", 1, "EUR"), []),
    "no transaction": (
        ("TLB1", "20", "100.00", "20.00", 0, "EUR"),
        [("ER-B2C-COUNT", "transaction count must be at least 1, got 0")],
    ),
    "in USD": (
        ("TLB1", "20", "100.00", "20.00", 1, "USD"),
        [
            (
                "ER-CURRENCY",
                "amounts are in USD with no conversion: e-reporting amounts are in EUR (set eur_rate)",
            )
        ],
    ),
    "rate 19": (
        ("TLB1", "19", "100.00", "19.00", 1, "EUR"),
        [("ER-RATE", "VAT rate 19% is not an accepted French rate (BR-FR-16)")],
    ),
    "TNT1 at 0 % with VAT": (
        ("TNT1", "0", "100.00", "1.00", 1, "EUR"),
        [
            ("ER-B2C-TNT1", TNT1_RULE),
            (
                "ER-B2C-VAT",
                "VAT total 1.00 differs from 0.00 (100.00 x 0%, half-up to the cent) by more than 0.01",
            ),
        ],
    ),
    "TNT1 at 20 %": (("TNT1", "20", "100.00", "20.00", 1, "EUR"), [("ER-B2C-TNT1", TNT1_RULE)]),
    "TNT1 at 0 % without VAT": (("TNT1", "0", "100.00", "0.00", 1, "EUR"), []),
    "three decimals": (
        ("TLB1", "20", "100.001", "20.001", 1, "EUR"),
        [
            ("ER-AMOUNT-SCALE", "taxable total 100.001 has more than two decimals"),
            ("ER-AMOUNT-SCALE", "VAT total 20.001 has more than two decimals"),
        ],
    ),
    "VAT 1 cent off": (("TLB1", "20", "100.00", "20.01", 1, "EUR"), []),
    "VAT 2 cents off": (
        ("TLB1", "20", "100.00", "20.02", 1, "EUR"),
        [
            (
                "ER-B2C-VAT",
                "VAT total 20.02 differs from 20.00 (100.00 x 20%, half-up to the cent) by more than 0.01",
            )
        ],
    ),
    "margin scheme, VAT not from the sale price": (("TMA1", "20", "100.00", "5.00", 1, "EUR"), []),
    "two sales, VAT 2 cents off": (("TLB1", "20", "100.00", "20.02", 2, "EUR"), []),  # a cent a sale
    "two sales, VAT 3 cents off": (
        ("TLB1", "20", "100.00", "20.03", 2, "EUR"),
        [
            (
                "ER-B2C-VAT",
                "VAT total 20.03 differs from 20.00 (100.00 x 20%, half-up to the cent) by more than 0.02, a cent"
                " for each of its 2 sales",
            )
        ],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_every_finding_of_an_aggregate_line_exactly(case: str) -> None:
    (category, rate, base, vat, count, currency), expected = CASES[case]
    line = _line(category, rate, base, vat, count, currency)
    label = f"b2c[2027-01-03/{category}/{rate}%/{currency}/DELIVERY_DATE]"

    found = aggregate_findings(line)

    assert [(f.rule_id, f.message, f.path) for f in found] == [(rule, msg, label) for rule, msg in expected]
    assert all(f.severity is Severity.FATAL and f.layer == "ereporting" for f in found)
    assert line.findings() == found


def test_a_sale_is_checked_alone_within_one_cent() -> None:
    assert transaction_findings(_sale(vat_amount=D("20.01"))) == ()
    (off,) = transaction_findings(_sale(vat_amount=D("20.02")))
    assert (off.rule_id, off.message) == (
        "ER-B2C-VAT",
        "VAT total 20.02 differs from 20.00 (100.00 x 20%, half-up to the cent) by more than 0.01",
    )
