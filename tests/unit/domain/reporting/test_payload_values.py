"""The B2C bodies and the international tax details, exactly, for inputs in no particular order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.reporting.b2c import AggregateKey, B2cAggregate, B2cCategory, TaxDueDateType
from domain.reporting.international import VatBreakdownFacts
from domain.reporting.payloads import _tax_detail, b2c_bodies_from_transactions, b2c_daily_bodies

from .month import b2c

D = Decimal
JAN3, JAN4 = date(2027, 1, 3), date(2027, 1, 4)


def _aggregate(
    day: date, category: str, rate: str, base: str, vat: str, due: str = "DELIVERY_DATE"
) -> B2cAggregate:
    key = AggregateKey(day, B2cCategory(category), D(rate), "EUR", TaxDueDateType(due))
    return B2cAggregate(key, D(base), D(vat), 1)


def _detail(rate: str, base: str, vat: str) -> dict[str, object]:
    return {
        "taxType": "VAT",
        "percent": rate,
        "taxableAmount": {"amount": base},
        "taxAmount": {"amount": vat},
    }


def _category(
    code: str, base: str, vat: str, total: str, details: list[object], due: str
) -> dict[str, object]:
    eur = lambda amount: {"amount": amount, "currency": "EUR"}  # noqa: E731
    return {
        "currency": "EUR",
        "categoryCode": code,
        "monetary": {
            "taxCurrency": "EUR",
            "invoiceAmount": eur(total),
            "taxBasisTotalAmount": eur(base),
            "taxTotalAmount": eur(vat),
        },
        "taxDetails": details,
        "taxPaymentOption": {"iopCode": due},
    }


def test_daily_bodies_are_ordered_by_day_then_due_date_type_and_rates_by_value() -> None:
    aggregates = [
        _aggregate(JAN4, "TPS1", "20", "10.00", "2.00"),
        _aggregate(JAN3, "TLB1", "20", "100.00", "20.00", "PAYMENT_DATE"),
        _aggregate(JAN3, "TLB1", "5.5", "10.00", "0.55", "PAYMENT_DATE"),
        _aggregate(JAN3, "TLB1", "10", "1.00", "0.10", "PAYMENT_DATE"),
        _aggregate(JAN3, "TLB1", "20", "3.00", "0.60"),
    ]

    bodies = b2c_daily_bodies(aggregates, store_id="NICE", closure_id="Z1")

    assert bodies == [
        {
            "transactionDate": "2027-01-03",
            "storeId": "NICE",
            "closureId": "Z1",
            "transactions": [
                _category("TLB1", "3.00", "0.60", "3.60", [_detail("20", "3.00", "0.60")], "DELIVERY_DATE")
            ],
        },
        {
            "transactionDate": "2027-01-03",
            "storeId": "NICE",
            "closureId": "Z1",
            "transactions": [
                _category(
                    "TLB1",
                    "111.00",
                    "20.65",
                    "131.65",
                    [
                        _detail("5.5", "10.00", "0.55"),
                        _detail("10", "1.00", "0.10"),
                        _detail("20", "100.00", "20.00"),
                    ],
                    "PAYMENT_DATE",
                )
            ],
        },
        {
            "transactionDate": "2027-01-04",
            "storeId": "NICE",
            "closureId": "Z1",
            "transactions": [
                _category("TPS1", "10.00", "2.00", "12.00", [_detail("20", "10.00", "2.00")], "DELIVERY_DATE")
            ],
        },
    ]


def test_a_daily_body_without_store_register_or_closure_names_none() -> None:
    (body,) = b2c_daily_bodies([_aggregate(JAN3, "TPS1", "20", "1.00", "0.20")], register_id="POS9")
    assert list(body) == ["transactionDate", "registerId", "transactions"] and body["registerId"] == "POS9"
    (bare,) = b2c_daily_bodies([_aggregate(JAN3, "TPS1", "20", "1.00", "0.20")])
    assert list(bare) == ["transactionDate", "transactions"]


def test_categories_of_a_day_are_ordered_by_code() -> None:
    (body,) = b2c_daily_bodies(
        [_aggregate(JAN3, "TPS1", "20", "1.00", "0.20"), _aggregate(JAN3, "TLB1", "20", "2.00", "0.40")]
    )
    assert [t["categoryCode"] for t in body["transactions"]] == ["TLB1", "TPS1"]


def test_groups_of_transactions_are_ordered_by_store_register_and_closure_an_absent_one_first() -> None:
    def sale(key: str, store: str | None, register: str | None, closure: str | None) -> object:
        return b2c(
            key, JAN3, "TLB1", "20", "1.00", "0.20", store_id=store, register_id=register, closure_id=closure
        )

    txs = [
        sale("a", "NICE", "POS2", "Z1"),
        sale("b", "NICE", None, "Z9"),
        sale("c", None, None, None),
        sale("d", "NICE", "POS1", "Z2"),
        sale("e", "NICE", "POS1", "Z2"),  # same group as d: one body, amounts summed
        sale("f", "LYON", "POS1", None),
    ]

    bodies = b2c_bodies_from_transactions(txs)

    assert [
        (
            b.get("storeId"),
            b.get("registerId"),
            b.get("closureId"),
            b["transactions"][0]["monetary"]["taxBasisTotalAmount"],
        )
        for b in bodies
    ] == [
        (None, None, None, {"amount": "1.00", "currency": "EUR"}),
        ("LYON", "POS1", None, {"amount": "1.00", "currency": "EUR"}),
        ("NICE", None, "Z9", {"amount": "1.00", "currency": "EUR"}),
        ("NICE", "POS1", "Z2", {"amount": "2.00", "currency": "EUR"}),
        ("NICE", "POS2", "Z1", {"amount": "1.00", "currency": "EUR"}),
    ]


def test_a_tax_detail_carries_the_exemption_code_only_when_there_is_one() -> None:
    coded = VatBreakdownFacts("K", D("0"), D("350.00"), D("0.00"), "VATEX-EU-IC")
    assert _tax_detail(coded) == {
        "taxType": "VAT",
        "categoryCode": "K",
        "percent": "0",
        "taxableAmount": {"amount": "350.00"},
        "taxAmount": {"amount": "0.00"},
        "exemptionReasonCode": "VATEX-EU-IC",
    }
    assert "exemptionReasonCode" not in _tax_detail(VatBreakdownFacts("S", D("20"), D("1.00"), D("0.20"), ""))
    assert "exemptionReasonCode" not in _tax_detail(VatBreakdownFacts("S", D("20"), D("1.00"), D("0.20")))
