"""Payments in exact values: every refusal with its rule, message and path, the books after each accepted
payment, what is owed per rate in the edge cases (prepaid, a rate at zero or negative), the largest-remainder
split at its ties, and the text of the history. Amounts computed by hand in the comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.document_types import DocumentType
from domain.findings import Severity
from domain.invoice import AllowanceCharge, ProcessingRule, VatBreakdown, VatCategory
from domain.payments import (
    Payment,
    PaymentApplied,
    PaymentInvalid,
    PaymentRefused,
    RateBalance,
    RatePart,
    Settlement,
    in_eur,
    owed_per_rate,
    paid_per_rate,
    payment_data_reported,
    reported_per_day,
    split_pro_rata,
    taken_back,
    vat_on_receipt,
)
from domain.totals import compute_totals
from tests.builders import a_line, an_invoice

D = Decimal
DAY = date(2026, 11, 10)


def books(*balances: tuple[str, str, str]) -> Settlement:
    """(rate, owed, paid) per rate."""
    return Settlement(tuple(RateBalance(D(r), D(t), D(p)) for r, t, p in balances))


def pay(amount: str, *parts: tuple[str, str], pid: str = "p1") -> Payment:
    return Payment(pid, DAY, D(amount), tuple(RatePart(D(r), D(a)) for r, a in parts))


TWO = books(("5.5", "211.00", "0"), ("20", "1200.00", "0"))  # nothing paid yet
HALF = books(("5.5", "211.00", "211.00"), ("20", "1200.00", "100.00"))  # 5.5 % settled, 100.00 paid at 20 %
THREE = books(("2.1", "10.00", "0"), ("5.5", "10.00", "0"), ("20", "100.00", "0"))

# (books, payment, exception, its text, [(rule, message, path)])
REFUSALS = [
    (TWO, pay("NaN"), PaymentInvalid, "PAY-AMOUNT amount: the amount is not a finite number", None),
    (TWO, pay("-Infinity"), PaymentInvalid, "PAY-AMOUNT amount: the amount is not a finite number", None),
    (TWO, pay("0"), PaymentInvalid, "PAY-AMOUNT amount: a payment of zero pays nothing", None),
    (TWO, pay("10.001"), PaymentInvalid, "PAY-AMOUNT amount: 10.001 has more than two decimals", None),
    (
        TWO,
        pay("1411.01"),
        PaymentRefused,
        "PAY-OVERPAYMENT: a payment of 1411.01 exceeds what is outstanding, 1411.00 (total 1411.00, paid 0.00)",
        [
            (
                "PAY-OVERPAYMENT",
                "a payment of 1411.01 exceeds what is outstanding, 1411.00 (total 1411.00, paid 0.00)",
                "amount",
            )
        ],
    ),
    (
        # found closing a month (session 17): a credit note took 373.33 off; the message said only "(total
        # 2477.63, paid 825.88)", whose difference is not the outstanding it names
        Settlement((RateBalance(D("20"), D("2477.63"), D("825.88"), credited=D("373.33")),)),
        pay("1651.75"),
        PaymentRefused,
        "PAY-OVERPAYMENT: a payment of 1651.75 exceeds what is outstanding, 1278.42 (total 2477.63, credited"
        " 373.33, paid 825.88)",
        None,
    ),
    (
        # a corrective invoice counting what was paid on the invoice it replaces
        Settlement((RateBalance(D("20"), D("1320.00"), D("20.00"), carried=D("300.00")),)),
        pay("1100.00"),
        PaymentRefused,
        "PAY-OVERPAYMENT: a payment of 1100.00 exceeds what is outstanding, 1000.00 (total 1320.00, carried from"
        " the invoice it replaces 300.00, paid 20.00)",
        None,
    ),
    (
        books(("20", "100.00", "100.00")),
        pay("0.50"),  # under one unit: still over what is outstanding (0)
        PaymentRefused,
        "PAY-OVERPAYMENT: a payment of 0.50 exceeds what is outstanding, 0.00 (total 100.00, paid 100.00)",
        None,
    ),
    (
        HALF,
        pay("-311.01"),
        PaymentRefused,
        "PAY-OVER-REVERSAL: a reversal of 311.01 exceeds what was paid, 311.00",
        [("PAY-OVER-REVERSAL", "a reversal of 311.01 exceeds what was paid, 311.00", "amount")],
    ),
    (
        Settlement(()),  # no rate at all: every payment is over what is owed or paid
        pay("0.01", ("20", "0.01")),
        PaymentRefused,
        "PAY-OVERPAYMENT: a payment of 0.01 exceeds what is outstanding, 0.00 (total 0.00, paid 0.00)",
        None,
    ),
    (
        TWO,
        pay(
            "10.00", ("20", "5.00"), ("20.00", "1.00"), ("7", "4.00")
        ),  # the duplicate does not stop the check
        PaymentInvalid,
        "PAY-SPLIT-DUPLICATE parts[1]: 20 % appears twice in the split;"
        " PAY-SPLIT-RATE parts[2]: 7 % is not a VAT rate of the invoice (5.5, 20)",
        [
            ("PAY-SPLIT-DUPLICATE", "20 % appears twice in the split", "parts[1]"),
            ("PAY-SPLIT-RATE", "7 % is not a VAT rate of the invoice (5.5, 20)", "parts[2]"),
        ],
    ),
    (
        TWO,
        pay(
            "10.00", ("7.0", "1.00"), ("8", "1.00"), ("20", "8.00")
        ),  # an unknown rate does not stop it either
        PaymentInvalid,
        "PAY-SPLIT-RATE parts[0]: 7 % is not a VAT rate of the invoice (5.5, 20);"
        " PAY-SPLIT-RATE parts[1]: 8 % is not a VAT rate of the invoice (5.5, 20)",
        None,
    ),
    (
        TWO,
        pay("10.00", ("7", "1.00"), ("20", "9.00")),  # the good part after it keeps the finding
        PaymentInvalid,
        "PAY-SPLIT-RATE parts[0]: 7 % is not a VAT rate of the invoice (5.5, 20)",
        None,
    ),
    (
        TWO,
        pay("10.00", ("20", "NaN"), ("5.5", "10.00")),
        PaymentInvalid,
        "PAY-AMOUNT parts[0].amount: the amount is not a finite number",
        None,
    ),
    (
        TWO,
        pay("10.00", ("20", "5.001"), ("5.5", "4.999")),
        PaymentInvalid,
        "PAY-AMOUNT parts[0].amount: 5.001 has more than two decimals;"
        " PAY-AMOUNT parts[1].amount: 4.999 has more than two decimals",
        None,
    ),
    (
        TWO,
        pay("10.00", ("20", "15.00"), ("5.5", "-5.00")),
        PaymentInvalid,
        "PAY-SPLIT-SIGN parts[1].amount: every part has the sign of the payment",
        [("PAY-SPLIT-SIGN", "every part has the sign of the payment", "parts[1].amount")],
    ),
    (
        TWO,
        pay("10.00", ("20", "6.00"), ("5.5", "5.00")),
        PaymentInvalid,
        "PAY-SPLIT-SUM parts: the parts add up to 11.00, not to the amount 10.00",
        [("PAY-SPLIT-SUM", "the parts add up to 11.00, not to the amount 10.00", "parts")],
    ),
    (
        TWO,
        pay("300.00", ("5.5", "300.00")),
        PaymentRefused,
        "PAY-OVERPAYMENT: 300.00 at 5.5 % exceeds what is outstanding at that rate, 211.00",
        [("PAY-OVERPAYMENT", "300.00 at 5.5 % exceeds what is outstanding at that rate, 211.00", "parts")],
    ),
    (
        HALF,
        pay("1.50", ("5.5", "0.50"), ("20", "1.00")),  # 0.50 over a settled rate
        PaymentRefused,
        "PAY-OVERPAYMENT: 0.50 at 5.5 % exceeds what is outstanding at that rate, 0.00",
        None,
    ),
    (
        THREE,
        pay("40.00", ("2.1", "15.00"), ("5.5", "15.00"), ("20", "10.00")),  # two rates over, the total within
        PaymentRefused,
        "PAY-OVERPAYMENT: 15.00 at 2.1 % exceeds what is outstanding at that rate, 10.00;"
        " PAY-OVERPAYMENT: 15.00 at 5.5 % exceeds what is outstanding at that rate, 10.00",
        None,
    ),
    (
        HALF,
        pay("-100.01", ("20", "-100.01")),
        PaymentRefused,
        "PAY-OVER-REVERSAL: 100.01 at 20 % exceeds what was paid at that rate, 100.00",
        [("PAY-OVER-REVERSAL", "100.01 at 20 % exceeds what was paid at that rate, 100.00", "parts")],
    ),
    (
        books(("5.5", "-10.00", "0"), ("20", "100.00", "0")),
        pay("10.00"),
        PaymentRefused,
        "PAY-BASIS: the invoice has a rate whose amount is negative: give the split per rate",
        [("PAY-BASIS", "the invoice has a rate whose amount is negative: give the split per rate", "amount")],
    ),
    (
        Settlement(TWO.balances, credit_note=True),
        pay("10.00"),
        PaymentRefused,
        "PAY-CREDIT-NOTE: a credit note takes no payment; it is settled against the invoices it corrects",
        [
            (
                "PAY-CREDIT-NOTE",
                "a credit note takes no payment: it reduces what is owed on the invoices it corrects",
                "invoice_id",
            )
        ],
    ),
]


@pytest.mark.parametrize(("settlement", "payment", "refusal", "text", "findings"), REFUSALS)
def test_each_refusal_names_its_rule_its_fault_and_where(
    settlement: Settlement,
    payment: Payment,
    refusal: type[Exception],
    text: str,
    findings: list[tuple[str, str, str]] | None,
) -> None:
    with pytest.raises((PaymentInvalid, PaymentRefused)) as refused:
        settlement.apply(payment)
    assert type(refused.value) is refusal
    assert str(refused.value) == text
    if findings is not None:
        assert [(f.rule_id, f.message, f.path) for f in refused.value.findings] == findings
    assert {(f.severity, f.layer) for f in refused.value.findings} == {(Severity.FATAL, "payments")}


# (books, payment, the parts applied, paid per rate after it)
ACCEPTED = [
    (TWO, pay("10.000"), (("5.5", "1.50"), ("20", "8.50")), ("1.50", "8.50")),  # 3 places, a whole cent
    # a part of zero is allowed and left out
    (TWO, pay("10.00", ("20", "10.00"), ("5.5", "0")), (("20", "10.00"),), ("0", "10.00")),
    # parts under one unit keep the payment's sign
    (TWO, pay("10.00", ("20", "9.50"), ("5.5", "0.50")), (("5.5", "0.50"), ("20", "9.50")), ("0.50", "9.50")),
    (TWO, pay("0.50", ("20", "0.50")), (("20", "0.50"),), ("0", "0.50")),
    (TWO, pay("211.00", ("5.5", "211.00")), (("5.5", "211.00"),), ("211.00", "0")),  # exactly what is owed
    # a settled rate takes no share of a payment without split
    (HALF, pay("100.00"), (("20", "100.00"),), ("211.00", "200.00")),
    (HALF, pay("-311.00"), (("5.5", "-211.00"), ("20", "-100.00")), ("0.00", "0.00")),  # all of it back
    (HALF, pay("-100.00", ("20", "-100.00")), (("20", "-100.00"),), ("211.00", "0.00")),
    (HALF, pay("-50.00", ("20", "-50.00")), (("20", "-50.00"),), ("211.00", "50.00")),
    # a zero part at a rate owing less than nothing is not an overpayment
    (
        books(("5.5", "-10.00", "0"), ("20", "100.00", "0")),
        pay("10.00", ("20", "10.00"), ("5.5", "0")),
        (("20", "10.00"),),
        ("0", "10.00"),
    ),
]


@pytest.mark.parametrize(("settlement", "payment", "parts", "paid"), ACCEPTED)
def test_an_accepted_payment_is_applied_exactly(
    settlement: Settlement, payment: Payment, parts: tuple[tuple[str, str], ...], paid: tuple[str, str]
) -> None:
    after, applied = settlement.apply(payment)
    expected = tuple(RatePart(D(r), D(a)) for r, a in parts)
    assert applied == PaymentApplied(payment.payment_id, DAY, payment.amount, expected)
    assert [(b.vat_rate, b.total, b.paid) for b in after.balances] == [
        (b.vat_rate, b.total, D(p)) for b, p in zip(settlement.balances, paid, strict=True)
    ]
    assert str(after.balances[0].paid) == paid[0] and str(after.balances[1].paid) == paid[1]


def test_the_history_text_of_a_payment_and_of_a_reversal() -> None:
    parts = (RatePart(D("5.5"), D("74.77")), RatePart(D("20"), D("425.23")))
    assert (
        PaymentApplied("p1", DAY, D("500.00"), parts).describe()
        == "payment p1 of 500.00 on 2026-11-10: 74.77 at 5.5 %, 425.23 at 20 %"
    )
    back = (RatePart(D("20.0"), D("-0.50")),)
    assert (
        PaymentApplied("r1", DAY, D("-0.50"), back).describe()
        == "reversal r1 of -0.50 on 2026-11-10: -0.50 at 20.0 %"
    )


def test_what_was_paid_per_rate_adds_up_the_events_and_is_put_back_on_the_books() -> None:
    events = [
        PaymentApplied(
            "p1", DAY, D("300.00"), (RatePart(D("5.5"), D("100.00")), RatePart(D("20"), D("200.00")))
        ),
        PaymentApplied("r1", DAY, D("-50.00"), (RatePart(D("20"), D("-50.00")),)),
        PaymentApplied("p2", DAY, D("10.00"), (RatePart(D("20"), D("10.00")),)),
    ]
    paid = paid_per_rate(events)
    assert paid == {D("5.5"): D("100.00"), D("20"): D("160.00")}
    assert paid_per_rate([]) == {}
    three = THREE.with_paid(paid)
    assert three == Settlement(
        (
            RateBalance(D("2.1"), D("10.00"), D("0")),
            RateBalance(D("5.5"), D("10.00"), D("100.00")),
            RateBalance(D("20"), D("100.00"), D("160.00")),
        )
    )
    assert THREE.with_paid({}) == THREE


@pytest.mark.parametrize(
    ("amount", "weights", "parts"),
    [
        # equal remainders and equal weights: the higher rate takes the cent, whatever the order
        ("0.01", [("5.5", "1.00"), ("20", "1.00")], [("20", "0.01")]),
        ("0.01", [("20", "1.00"), ("5.5", "1.00")], [("20", "0.01")]),
        # equal remainders: the larger weight first (1 cent x 1/3 and x 2/3: remainders 1 and 2 of 3)
        ("0.02", [("20", "1.00"), ("5.5", "2.00"), ("10", "0")], [("20", "0.01"), ("5.5", "0.01")]),
        ("-0.01", [("5.5", "1.00"), ("20", "1.00")], [("20", "-0.01")]),
        ("0", [("5.5", "1.00")], []),
    ],
)
def test_split_pro_rata_at_its_ties(
    amount: str, weights: list[tuple[str, str]], parts: list[tuple[str, str]]
) -> None:
    split = split_pro_rata(D(amount), [(D(r), D(w)) for r, w in weights])
    assert split == tuple(RatePart(D(r), D(a)) for r, a in parts)


@pytest.mark.parametrize("weights", [[("20", "0"), ("5.5", "0")], [("20", "2.00"), ("5.5", "-1.00")], []])
def test_split_pro_rata_refuses_weights_without_a_positive_one_or_with_a_negative_one(
    weights: list[tuple[str, str]],
) -> None:
    with pytest.raises(ValueError) as refused:
        split_pro_rata(D("1.00"), [(D(r), D(w)) for r, w in weights])
    assert str(refused.value) == "pro rata needs weights that are not negative, at least one positive"


def two_rates(*lines: tuple[str, str, str], **overrides: object):  # type: ignore[no-untyped-def]
    """(quantity, price, rate) lines, S category; totals computed."""
    built = tuple(a_line(str(i + 1), q, p, r) for i, (q, p, r) in enumerate(lines))
    return compute_totals(an_invoice(**overrides).evolve(lines=built))


TEN_AT_20_AND_FIVE_AT_55 = (("10", "100.00", "20"), ("4", "50.00", "5.5"))  # 1200.00 at 20 %, 211.00 at 5.5 %


@pytest.mark.parametrize(
    ("invoice", "owed"),
    [
        # prepaid all but 0.50: 50 x 211 // 1411 = 7 (rem. 673), 50 x 1200 // 1411 = 42 (rem. 738): the cent to 20 %
        (two_rates(*TEN_AT_20_AND_FIVE_AT_55, paid_amount=D("1410.50")), [("5.5", "0.07"), ("20", "0.43")]),
        # prepaid in full: nothing owed at any rate
        (two_rates(*TEN_AT_20_AND_FIVE_AT_55, paid_amount=D("1411.00")), [("5.5", "0"), ("20", "0")]),
        # a rate whose lines cancel out (+10.00 and -10.00 at 5.5 %) owes nothing of the 100.00 left to pay
        (
            two_rates(
                ("1", "100.00", "20"), ("1", "10.00", "5.5"), ("-1", "10.00", "5.5"), paid_amount=D("20.00")
            ),
            [("5.5", "0"), ("20", "100.00")],
        ),
        # a negative rate is owed as it is when nothing is prepaid...
        (two_rates(("1", "100.00", "20"), ("-1", "10.00", "5.5")), [("5.5", "-10.55"), ("20", "120.00")]),
        # ...and nothing is shared pro rata over it when something is
        (
            two_rates(("1", "100.00", "20"), ("-1", "10.00", "5.5"), paid_amount=D("1.00")),
            [("5.5", "0"), ("20", "0")],
        ),
        # two categories at 0 %: one rate, their amounts added (beside 120.00 at 20 %)
        (
            compute_totals(
                an_invoice().evolve(
                    lines=(
                        a_line("1", "1", "30.00", "0", category=VatCategory.ZERO_RATED),
                        a_line("2", "1", "12.00", "0", category=VatCategory.EXEMPT),
                        a_line("3", "1", "100.00", "20"),
                    )
                )
            ),
            [("0", "42.00"), ("20", "120.00")],
        ),
    ],
)
def test_what_is_owed_per_rate_in_the_edge_cases(invoice: object, owed: list[tuple[str, str]]) -> None:
    result = owed_per_rate(invoice)  # type: ignore[arg-type]  # an Invoice
    assert [(str(rate), str(amount)) for rate, amount in result] == owed


def test_owed_per_rate_computes_the_totals_only_when_the_invoice_has_none() -> None:
    lines = (a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    plain = an_invoice().evolve(lines=lines)
    assert owed_per_rate(plain) == ((D("5.5"), D("211.00")), (D("20"), D("1200.00")))
    # a parsed document's declared breakdown (one cent more VAT at 20 %) is what is owed, not a recomputation
    computed = compute_totals(plain)
    assert computed.totals is not None and computed.vat_breakdown is not None
    declared = computed.evolve(
        vat_breakdown=(
            VatBreakdown(VatCategory.STANDARD, D("5.5"), D("200.00"), D("11.00")),
            VatBreakdown(VatCategory.STANDARD, D("20"), D("1000.00"), D("200.01")),
        ),
        totals=replace(computed.totals, amount_due=D("1411.01")),
    )
    assert owed_per_rate(declared) == ((D("5.5"), D("211.00")), (D("20"), D("1200.01")))
    # totals without a breakdown, or a breakdown without totals: computed again
    assert owed_per_rate(computed.evolve(vat_breakdown=None)) == owed_per_rate(plain)
    assert owed_per_rate(computed.evolve(totals=None)) == owed_per_rate(plain)


@pytest.mark.parametrize(
    ("overrides", "on_receipt"),
    [
        ({}, True),  # services (S1)
        ({"business_process": "M1"}, True),  # mixed: treated as services
        ({"business_process": "B1"}, False),
        ({"business_process": "B1", "vat_point_date_code": "432"}, True),
        ({"vat_point_date_code": "3"}, False),  # the debits option (UBL)
        # an advance payment on goods: VAT falls due when it is received (CGI art. 269-2-a; reform.md §2)
        ({"business_process": "B1", "type_code": DocumentType.PREPAYMENT_INVOICE}, True),
        (
            {
                "business_process": "B1",
                "type_code": DocumentType.PREPAYMENT_INVOICE,
                "vat_point_date_code": "5",
            },
            False,
        ),
        ({"business_process": "B4"}, False),  # the final invoice after a prepayment: goods, due on delivery
    ],
)
def test_vat_on_receipt_per_operation_and_option(overrides: dict[str, object], on_receipt: bool) -> None:
    lines = (a_line("1", "10", "100.00", "20"),)
    plain = an_invoice(**overrides).evolve(lines=lines)
    assert vat_on_receipt(plain) is on_receipt  # totals computed on the way
    assert vat_on_receipt(compute_totals(plain)) is on_receipt


def test_no_vat_on_receipt_without_french_vat_due() -> None:
    reverse = an_invoice().evolve(
        lines=(a_line("1", "1", "100.00", "0", category=VatCategory.REVERSE_CHARGE),)
    )
    assert not vat_on_receipt(reverse)
    # a standard-rated breakdown line without tax: no VAT due either
    nothing_due = compute_totals(an_invoice()).evolve(
        vat_breakdown=(VatBreakdown(VatCategory.STANDARD, D("20"), D("0"), D("0")),)
    )
    assert not vat_on_receipt(nothing_due)
    charged = AllowanceCharge(True, D("10.00"), vat_category=VatCategory.STANDARD, vat_rate=D("20"))
    assert vat_on_receipt(
        an_invoice().evolve(lines=(a_line("1", "1", "0", "20"),), allowances_charges=(charged,))
    )


PAID = PaymentApplied("p1", DAY, D("100.00"), (RatePart(D("5.5"), D("25.00")), RatePart(D("20"), D("75.00"))))
TAKEN = PaymentApplied(
    "r1", DAY, D("-100.00"), (RatePart(D("5.5"), D("-25.00")), RatePart(D("20"), D("-75.00")))
)
IN_USD = an_invoice(currency="USD", exchange_rate=D("0.5"))


def eur(amount: str, *parts: tuple[str, str], pid: str = "p1") -> PaymentApplied:
    return PaymentApplied(pid, DAY, D(amount), tuple(RatePart(D(r), D(a)) for r, a in parts))


@pytest.mark.parametrize(
    ("invoice", "applied", "amount_eur", "reported"),
    [
        (an_invoice(), PAID, None, PAID),  # in EUR: the payment itself
        (IN_USD, PAID, None, eur("50.00", ("5.5", "12.50"), ("20", "37.50"))),  # converted at 0.5
        # given: 3333 cents over 25/75: 833 (rem. 2500) and 2499 (rem. 7500), the cent left to 20 %
        (IN_USD, PAID, "33.33", eur("33.33", ("5.5", "8.33"), ("20", "25.00"))),
        # under one unit: 12 and 37 cents, equal remainders: the cent to the larger weight
        (IN_USD, PAID, "0.50", eur("0.50", ("5.5", "0.12"), ("20", "0.38"))),
        (IN_USD, TAKEN, "-50.00", eur("-50.00", ("5.5", "-12.50"), ("20", "-37.50"), pid="r1")),
        # 1.00 at 0.001 EUR is 0.00 EUR: nothing to report
        (an_invoice(currency="USD", exchange_rate=D("0.001")), eur("1.00", ("20", "1.00")), None, eur("0")),
    ],
)
def test_a_payment_in_eur_as_the_payment_data_reports_it(
    invoice: object, applied: PaymentApplied, amount_eur: str | None, reported: PaymentApplied
) -> None:
    given = None if amount_eur is None else D(amount_eur)
    assert in_eur(invoice, applied, given) == reported  # type: ignore[arg-type]  # an Invoice


@pytest.mark.parametrize(
    ("invoice", "applied", "amount_eur", "message"),
    [
        (an_invoice(), PAID, "1.00", "the invoice is in EUR: amount_eur is for another currency"),
        (
            an_invoice(currency="USD"),
            PAID,
            None,
            "the invoice is in USD without an exchange rate: give amount_eur, the payment's amount in EUR (payment"
            " data is reported in EUR, Flux10 G6.27)",
        ),
        (IN_USD, PAID, "0", "a payment of zero pays nothing"),
        (IN_USD, PAID, "NaN", "the amount is not a finite number"),
        (IN_USD, PAID, "10.001", "10.001 has more than two decimals"),
        (IN_USD, PAID, "-10.00", "amount_eur has the sign of the amount"),
        (IN_USD, TAKEN, "10.00", "amount_eur has the sign of the amount"),
        (IN_USD, PAID, "1" + "0" * 20, "amount_eur has too many digits"),
    ],
)
def test_an_amount_in_eur_that_does_not_fit_is_refused_by_name(
    invoice: object, applied: PaymentApplied, amount_eur: str | None, message: str
) -> None:
    with pytest.raises(PaymentInvalid) as refused:
        in_eur(invoice, applied, None if amount_eur is None else D(amount_eur))  # type: ignore[arg-type]
    assert [(f.rule_id, f.message, f.path) for f in refused.value.findings] == [
        ("PAY-EUR-AMOUNT", message, "amount_eur")
    ]
    assert str(refused.value) == f"PAY-EUR-AMOUNT amount_eur: {message}"


D1, D2, D3, D4 = (date(2026, 11, day) for day in (1, 2, 3, 4))


def test_what_the_payment_data_holds_per_day_and_where_a_reversal_takes_back() -> None:
    payments = [
        eur("0.50", ("20", "0.50"), pid="p0"),  # 1 Nov
        replace(eur("33.00", ("20", "30.00"), ("5.5", "3.00"), pid="p1"), paid_on=D2),
        replace(
            eur("40.00", ("20", "30.00"), ("20", "10.00"), pid="p2"), paid_on=D3
        ),  # one rate twice: added up
        replace(eur("10.00", ("5.5", "10.00"), pid="p3"), paid_on=D3),
    ]
    payments[0] = replace(payments[0], paid_on=D1)
    book = reported_per_day(payments)
    assert book == {
        (D1, D("20")): D("0.50"),
        (D2, D("20")): D("30.00"),
        (D2, D("5.5")): D("3.00"),
        (D3, D("20")): D("40.00"),
        (D3, D("5.5")): D("10.00"),
    }
    # a day whose amount was all taken back already (0 at 4 Nov) is passed over; the latest days go first
    book[(D4, D("20"))] = D("0")
    reversal = eur("-75.50", ("20", "-70.50"), ("5.5", "-5.00"), pid="r1")
    assert taken_back(book, reversal) == (
        (D3, RatePart(D("20"), D("-40.00"))),
        (D2, RatePart(D("20"), D("-30.00"))),
        (D1, RatePart(D("20"), D("-0.50"))),
        (D3, RatePart(D("5.5"), D("-5.00"))),
    )
    after = reported_per_day([*payments, replace(reversal, paid_on=D4)])
    assert after == {  # 5.5 %: taken from 3 Nov alone, 2 Nov untouched
        (D1, D("20")): D("0.00"),
        (D2, D("20")): D("0.00"),
        (D2, D("5.5")): D("3.00"),
        (D3, D("20")): D("0.00"),
        (D3, D("5.5")): D("5.00"),
    }


def test_a_reversal_beyond_the_payment_data_reported_is_refused_by_name() -> None:
    book = {(D1, D("20")): D("10.00")}
    with pytest.raises(PaymentRefused) as refused:
        taken_back(book, eur("-12.00", ("20", "-12.00"), pid="r1"))
    assert (
        str(refused.value)
        == "PAY-OVER-REVERSAL: reversal r1 takes back 2.00 more at 20 % than the payment data reported"
    )
    assert [(f.rule_id, f.message, f.path) for f in refused.value.findings] == [
        (
            "PAY-OVER-REVERSAL",
            "12.00 at 20 % exceeds the payment data reported at that rate by 2.00: give amount_eur, the EUR amount"
            " the reversed payments were reported with",
            "amount",
        )
    ]


def test_the_audit_facts_of_an_applied_payment() -> None:
    applied = eur("-0.50", ("5.5", "-0.50"), pid="r1")
    assert applied.facts(HALF) == {
        "payment_id": "r1",
        "paid_on": DAY,
        "amount": D("-0.50"),
        "reversal": True,
        "parts": [{"vat_rate": D("5.5"), "amount": D("-0.50")}],
        "outstanding": D("1100.00"),
    }


@pytest.mark.parametrize(
    ("rule", "business_process", "vat_point", "reported"),
    [
        (ProcessingRule.B2C, "S1", "", True),  # a B2C service, VAT on receipt: flux 10.4
        (ProcessingRule.B2B_INT, "S1", "", True),  # international B2B: flux 10.2
        (ProcessingRule.B2B, "S1", "", False),  # a domestic e-invoice: its 212 status carries it
        (ProcessingRule.B2G, "S1", "", False),
        (ProcessingRule.OUT_OF_SCOPE, "S1", "", False),
        (ProcessingRule.B2C, "B1", "", False),  # goods: VAT on delivery
        (ProcessingRule.B2C, "S1", "5", False),  # the debits option
    ],
)
def test_which_payments_go_to_the_payment_data(
    rule: ProcessingRule, business_process: str, vat_point: str, reported: bool
) -> None:
    invoice = an_invoice(
        processing_rule=rule, business_process=business_process, vat_point_date_code=vat_point
    )
    assert payment_data_reported(invoice) is reported


def test_weights_of_one_cent_in_all_still_share_a_payment() -> None:
    # The smallest weights pro rata accepts: one cent in all, and a zero beside it.
    assert split_pro_rata(
        Decimal("5.00"), [(Decimal("5.5"), Decimal("0")), (Decimal("20"), Decimal("0.01"))]
    ) == (RatePart(Decimal("20"), Decimal("5.00")),)
