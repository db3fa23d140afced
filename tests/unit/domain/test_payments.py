from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.invoice import DocumentType, Invoice, PrecedingInvoice
from domain.lifecycle import StatusEntry
from domain.payments import (
    Payment,
    PaymentApplied,
    PaymentInvalid,
    PaymentRefused,
    RatePart,
    Settlement,
    in_eur,
    owed_per_rate,
    payment_in_scope,
    reported_per_day,
    reported_sent,
    sent_against_paid,
    split_pro_rata,
    taken_back,
    vat_on_receipt,
)
from domain.totals import compute_totals
from tests.builders import a_line, an_invoice

D = Decimal
DAY = date(2026, 11, 10)


def two_rates(**overrides: object):  # type: ignore[no-untyped-def]
    """1000.00 + 200.00 VAT at 20 %, 200.00 + 11.00 VAT at 5.5 %: 1411.00 to pay."""
    lines = (a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    return compute_totals(an_invoice(**overrides).evolve(lines=lines))


def pay(amount: str, *parts: tuple[str, str], pid: str = "p1") -> Payment:
    return Payment(pid, DAY, D(amount), tuple(RatePart(D(r), D(a)) for r, a in parts))


def rule_ids(exc: pytest.ExceptionInfo[PaymentRefused]) -> list[str]:
    return [f.rule_id for f in exc.value.findings]


def test_what_is_owed_is_the_tax_inclusive_amount_of_each_rate() -> None:
    assert owed_per_rate(two_rates()) == ((D("5.5"), D("211.00")), (D("20"), D("1200.00")))


def test_a_prepaid_amount_is_taken_off_pro_rata_and_kept_apart() -> None:
    settlement = Settlement.for_invoice(two_rates(paid_amount=D("411.00")))
    # 1000.00 due shared 211/1411 and 1200/1411: 149.5393... -> 149.54, 850.4606... -> 850.46
    assert [(b.vat_rate, b.total) for b in settlement.balances] == [
        (D("5.5"), D("149.54")),
        (D("20"), D("850.46")),
    ]
    assert (
        settlement.prepaid == D("411.00") and settlement.paid == 0 and settlement.outstanding == D("1000.00")
    )


def test_a_payment_without_split_is_shared_pro_rata_by_largest_remainder() -> None:
    # 500.00 x 211/1411 = 74.7696... and x 1200/1411 = 425.2303...: floors 74.76 + 425.23 = 499.99; the cent left
    # goes to the larger remainder (0.0096 at 5.5 % against 0.0003 at 20 %).
    settlement, applied = Settlement.for_invoice(two_rates()).apply(pay("500.00"))
    assert applied.parts == (RatePart(D("5.5"), D("74.77")), RatePart(D("20"), D("425.23")))
    assert settlement.paid == D("500.00") and settlement.outstanding == D("911.00")


def test_the_payment_that_settles_the_invoice_settles_every_rate() -> None:
    settlement = Settlement.for_invoice(two_rates())
    for i, amount in enumerate(("333.33", "333.33", "744.34")):
        settlement, _ = settlement.apply(pay(amount, pid=f"p{i}"))
    assert [(b.paid, b.outstanding) for b in settlement.balances] == [(D("211.00"), 0), (D("1200.00"), 0)]


def test_a_split_given_by_the_caller_is_kept() -> None:
    settlement, applied = Settlement.for_invoice(two_rates()).apply(pay("300.00", ("20", "300.00")))
    assert applied.parts == (RatePart(D("20"), D("300.00")),)
    assert [b.outstanding for b in settlement.balances] == [D("211.00"), D("900.00")]


def test_a_reversal_takes_back_pro_rata_of_what_was_paid() -> None:
    settlement, _ = Settlement.for_invoice(two_rates()).apply(
        pay("300.00", ("20", "200.00"), ("5.5", "100.00"))
    )
    settlement, applied = settlement.apply(pay("-150.00", pid="r1"))
    assert applied.is_reversal
    assert applied.parts == (RatePart(D("5.5"), D("-50.00")), RatePart(D("20"), D("-100.00")))
    assert settlement.paid == D("150.00")


def test_the_facts_of_an_applied_payment_are_its_parts_as_applied_and_what_is_left_to_pay() -> None:
    settlement, applied = Settlement.for_invoice(two_rates()).apply(pay("300.00", ("20", "300.00")))
    assert applied.facts(settlement) == {
        "payment_id": "p1",
        "paid_on": DAY,
        "amount": D("300.00"),
        "reversal": False,
        "parts": [{"vat_rate": D("20"), "amount": D("300.00")}],
        "outstanding": D("1111.00"),
    }
    _, reversal = settlement.apply(pay("-100.00", pid="r1"))
    assert reversal.facts(settlement)["reversal"] is True


def test_a_reversal_takes_back_from_the_latest_days_reported_first() -> None:
    # 600.00 on the 10th, 300.00 on the 12th (both at 20 %); -700.00 takes all of the 12th, then 400.00 of the
    # 10th: the payment data keeps 200.00 on the 10th and nothing negative anywhere.
    paid = [
        PaymentApplied("a", date(2026, 11, 10), D("600.00"), (RatePart(D("20"), D("600.00")),)),
        PaymentApplied("b", date(2026, 11, 12), D("300.00"), (RatePart(D("20"), D("300.00")),)),
    ]
    bounced = PaymentApplied("r", date(2026, 11, 16), D("-700.00"), (RatePart(D("20"), D("-700.00")),))
    assert taken_back(reported_per_day(paid), bounced) == (
        (date(2026, 11, 12), RatePart(D("20"), D("-300.00"))),
        (date(2026, 11, 10), RatePart(D("20"), D("-400.00"))),
    )
    assert reported_per_day([*paid, bounced]) == {
        (date(2026, 11, 10), D("20")): D("200.00"),
        (date(2026, 11, 12), D("20")): D("0.00"),
    }


def test_an_over_payment_is_refused_naming_the_rule_and_the_amounts() -> None:
    with pytest.raises(PaymentRefused) as exc:
        Settlement.for_invoice(two_rates()).apply(pay("1411.01"))
    assert rule_ids(exc) == ["PAY-OVERPAYMENT"]
    assert "1411.01 exceeds what is outstanding, 1411.00" in str(exc.value)


def test_a_split_over_paying_one_rate_is_refused_even_when_the_total_fits() -> None:
    with pytest.raises(PaymentRefused) as exc:
        Settlement.for_invoice(two_rates()).apply(pay("300.00", ("5.5", "300.00")))
    assert rule_ids(exc) == ["PAY-OVERPAYMENT"]


def test_an_over_reversal_is_refused() -> None:
    settlement, _ = Settlement.for_invoice(two_rates()).apply(pay("100.00"))
    with pytest.raises(PaymentRefused) as exc:
        settlement.apply(pay("-100.01", pid="r1"))
    assert rule_ids(exc) == ["PAY-OVER-REVERSAL"]


def test_a_credit_note_takes_no_payment() -> None:
    note = two_rates(
        type_code=DocumentType.CREDIT_NOTE, preceding_invoices=(PrecedingInvoice("F-1", date(2026, 11, 1)),)
    )
    with pytest.raises(PaymentRefused) as exc:
        Settlement.for_invoice(note).apply(pay("10.00"))
    assert rule_ids(exc) == ["PAY-CREDIT-NOTE"]


@pytest.mark.parametrize(
    ("payment", "rule"),
    [
        (pay("0"), "PAY-AMOUNT"),
        (pay("10.001"), "PAY-AMOUNT"),
        (pay("10.00", ("10", "10.00")), "PAY-SPLIT-RATE"),
        (pay("10.00", ("20", "5.00"), ("20.00", "5.00")), "PAY-SPLIT-DUPLICATE"),
        (pay("10.00", ("20", "15.00"), ("5.5", "-5.00")), "PAY-SPLIT-SIGN"),
        (pay("10.00", ("20", "6.00"), ("5.5", "5.00")), "PAY-SPLIT-SUM"),
    ],
)
def test_malformed_payments_are_refused_naming_the_rule(payment: Payment, rule: str) -> None:
    with pytest.raises(PaymentInvalid) as exc:
        Settlement.for_invoice(two_rates()).apply(payment)
    assert rule in [f.rule_id for f in exc.value.findings]


def test_split_pro_rata_gives_the_cents_left_to_the_largest_remainders() -> None:
    thirds = [(D("20"), D("1.00")), (D("10"), D("1.00")), (D("5.5"), D("1.00"))]
    assert split_pro_rata(D("1.00"), thirds) == (
        RatePart(D("20"), D("0.34")),
        RatePart(D("10"), D("0.33")),
        RatePart(D("5.5"), D("0.33")),
    )
    assert split_pro_rata(D("-1.00"), thirds)[0] == RatePart(D("20"), D("-0.34"))


def test_vat_on_receipt_follows_the_operation_and_the_debits_option() -> None:
    assert vat_on_receipt(two_rates())  # services, S1
    assert not vat_on_receipt(two_rates(business_process="B1"))  # goods: VAT due on delivery
    assert not vat_on_receipt(two_rates(vat_point_date_code="5"))  # the debits option
    assert vat_on_receipt(two_rates(business_process="B1", vat_point_date_code="72"))


amounts = st.integers(-150_000, 150_000).map(lambda n: D(n).scaleb(-2))


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(
        st.tuples(
            st.integers(1, 500_000).map(lambda n: str(D(n).scaleb(-2))),
            st.sampled_from(("20", "10", "5.5", "2.1")),
        ),
        min_size=1,
        max_size=4,
    ),
    moves=st.lists(
        st.tuples(amounts, st.booleans(), st.integers(0, 3)),
        max_size=12,
    ),
)
def test_paid_plus_outstanding_is_the_total_per_rate_after_any_payments_and_reversals(
    lines: list[tuple[str, str]], moves: list[tuple[Decimal, bool, int]]
) -> None:
    invoice = compute_totals(
        an_invoice().evolve(lines=tuple(a_line(str(i), "1", p, r) for i, (p, r) in enumerate(lines)))
    )
    start = Settlement.for_invoice(invoice)
    totals = {b.vat_rate: b.total for b in start.balances}
    settlement, paid = start, dict.fromkeys(totals, D(0))
    history: list[PaymentApplied] = []
    for i, (amount, split, at) in enumerate(moves):
        parts: tuple[RatePart, ...] = ()
        if split:  # all of it at one rate of the invoice
            parts = (RatePart(sorted(totals)[at % len(totals)], amount),)
        try:
            settlement, applied = settlement.apply(
                Payment(f"p{i}", DAY + timedelta(days=i % 5), amount, parts)
            )
        except (PaymentRefused, PaymentInvalid):
            continue
        assert sum(p.amount for p in applied.parts) == amount  # the parts add up to the cent
        for part in applied.parts:
            paid[part.vat_rate] += part.amount
        history.append(applied)
    for b in settlement.balances:
        assert b.paid == paid[b.vat_rate] and b.paid + b.outstanding == totals[b.vat_rate]
        assert 0 <= b.paid <= b.total  # never over-paid, never reversed below zero
        assert b.paid == b.paid.quantize(D("0.01"))
    # The payment data: never negative on any day (Flux10 G1.16), and per rate what the books say is paid.
    reported = reported_per_day(history)
    assert all(v >= 0 for v in reported.values())
    for rate, amount in paid.items():
        assert sum((v for (_, r), v in reported.items() if r == rate), D(0)) == amount


@settings(max_examples=100, deadline=None)
@given(amounts=st.lists(amounts, max_size=8), deposit_at=st.integers(0, 8))
def test_payments_held_until_the_deposit_apply_as_they_were_checked(
    amounts: list[Decimal], deposit_at: int
) -> None:
    """1411.00 over two rates: the payments before `deposit_at` are held (checked against the books projected
    after the held ones), then applied in order with the payments after it; each held one applies with the
    parts it was checked with, and paid + outstanding = total per rate at the end."""
    invoice = compute_totals(
        an_invoice().evolve(lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5")))
    )
    books = Settlement.for_invoice(invoice)
    held: list[tuple[Payment, PaymentApplied]] = []
    for i, amount in enumerate(amounts[:deposit_at]):
        payment = Payment(f"h{i}", DAY, amount)
        try:
            _, checked = books.projected(p for p, _ in held).apply(payment)
        except (PaymentRefused, PaymentInvalid):
            continue
        held.append((payment, checked))
        assert books.with_held(p for p, _ in held).awaiting_deposit == sum((p.amount for p, _ in held), D(0))
    for payment, checked in held:  # the deposit: applied in order, nothing refused
        books, applied = books.apply(payment)
        assert applied == checked
    for i, amount in enumerate(amounts[deposit_at:]):
        try:
            books, _ = books.apply(Payment(f"p{i}", DAY, amount))
        except (PaymentRefused, PaymentInvalid):
            continue
    assert [b.paid + b.outstanding for b in books.balances] == [D("211.00"), D("1200.00")]
    assert all(0 <= b.paid <= b.total for b in books.balances)


def _applied(amount: str, *parts: tuple[str, str]) -> PaymentApplied:
    return PaymentApplied("p", DAY, D(amount), tuple(RatePart(D(r), D(a)) for r, a in parts))


def test_a_payment_on_an_invoice_in_another_currency_is_reported_in_eur_at_the_invoice_rate() -> None:
    usd = an_invoice(currency="USD", exchange_rate=D("0.92"))
    # 500.00 USD x 0.92 = 460.00 EUR, shared as 74.77 : 425.23: 68.7884 -> 68.78 (remainder 0.0084) and
    # 391.2116 -> 391.21 (0.0016); the cent left goes to the larger remainder: 68.79 + 391.21 = 460.00.
    eur = in_eur(usd, _applied("500.00", ("5.5", "74.77"), ("20", "425.23")), None)
    assert (eur.amount, eur.parts) == (
        D("460.00"),
        (RatePart(D("5.5"), D("68.79")), RatePart(D("20"), D("391.21"))),
    )
    # The caller's EUR amount wins (the bank credited 455.10 EUR): 455.10 x 74.77 / 500 = 68.0556... -> 68.05
    # (remainder 0.0057) and 455.10 x 425.23 / 500 = 387.0443... -> 387.04 (0.0043): the cent goes to 5.5 %.
    given = in_eur(usd, _applied("500.00", ("5.5", "74.77"), ("20", "425.23")), D("455.10"))
    assert given.parts == (RatePart(D("5.5"), D("68.06")), RatePart(D("20"), D("387.04")))
    # A reversal keeps its sign; 0.01 USD at 0.40 is 0.004 EUR: 0.00, nothing to report.
    assert in_eur(usd, _applied("-100.00", ("20", "-100.00")), None).parts == (
        RatePart(D("20"), D("-92.00")),
    )
    tiny = an_invoice(currency="USD", exchange_rate=D("0.40"))
    assert in_eur(tiny, _applied("0.01", ("20", "0.01")), None).parts == ()
    # An invoice in EUR is reported as paid.
    paid = _applied("120.00", ("20", "120.00"))
    assert in_eur(an_invoice(), paid, None) is paid


@pytest.mark.parametrize(
    ("invoice", "amount_eur", "why"),
    [
        (an_invoice(), D("100.00"), "the invoice is in EUR"),
        (an_invoice(currency="USD"), None, "without an exchange rate: give amount_eur"),
        (an_invoice(currency="USD"), D("-100.00"), "the sign of the amount"),
        (an_invoice(currency="USD"), D("100.001"), "more than two decimals"),
        (an_invoice(currency="USD"), D("0"), "zero"),
    ],
)
def test_a_wrong_or_missing_eur_amount_is_refused_naming_the_rule(
    invoice: Invoice, amount_eur: Decimal | None, why: str
) -> None:
    with pytest.raises(PaymentInvalid, match=why) as exc:
        in_eur(invoice, _applied("120.00", ("20", "120.00")), amount_eur)
    assert [f.rule_id for f in exc.value.findings] == ["PAY-EUR-AMOUNT"]


def test_a_reversal_in_eur_beyond_what_was_reported_is_refused() -> None:
    paid = PaymentApplied("a", DAY, D("100.00"), (RatePart(D("20"), D("100.00")),))
    bounced = PaymentApplied("r", DAY, D("-100.01"), (RatePart(D("20"), D("-100.01")),))
    with pytest.raises(PaymentRefused) as exc:
        taken_back(reported_per_day([paid]), bounced)
    assert rule_ids(exc) == ["PAY-OVER-REVERSAL"] and "give amount_eur" in exc.value.findings[0].message


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(
        st.tuples(st.sampled_from(("20", "10", "5.5", "2.1")), st.integers(1, 10_000_000)),
        min_size=1,
        max_size=4,
        unique_by=lambda p: p[0],
    ),
    rate=st.integers(1, 5_000_000).map(lambda n: D(n).scaleb(-6)),
    negative=st.booleans(),
)
def test_a_payment_in_another_currency_is_reported_in_eur_adding_up_to_the_cent(
    parts: list[tuple[str, int]], rate: Decimal, negative: bool
) -> None:
    sign = -1 if negative else 1
    split = tuple(RatePart(D(r), sign * D(c).scaleb(-2)) for r, c in parts)
    payment = PaymentApplied("p", DAY, sum((p.amount for p in split), D(0)), split)
    eur = in_eur(an_invoice(currency="JPY", exchange_rate=rate), payment, None)
    assert eur.amount == (payment.amount * rate).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert sum((p.amount for p in eur.parts), D(0)) == eur.amount  # the EUR parts add up to the cent
    for part in eur.parts:
        exact = (
            eur.amount
            * abs(next(p.amount for p in split if p.vat_rate == part.vat_rate))
            / abs(payment.amount)
        )
        assert abs(part.amount - exact) < D("0.01") and part.amount * sign >= 0


def test_only_services_without_debits_option_nor_reverse_charge_are_reported():
    assert payment_in_scope(services=True, debits_option=False, reverse_charge=False)
    assert not payment_in_scope(services=False, debits_option=False, reverse_charge=False)
    assert not payment_in_scope(services=True, debits_option=True, reverse_charge=False)
    assert not payment_in_scope(services=True, debits_option=False, reverse_charge=True)


def test_what_the_buyer_reports_sent_is_its_211s_amounts_and_is_told_against_what_is_paid() -> None:
    """A 211 is the buyer's word about a payment (one per payment): summed over its 211s received (not one we
    sent, nor another code, nor one without an amount), told against the books both ways, to the cent."""
    at = datetime(2026, 11, 20, tzinfo=UTC)
    history = [
        StatusEntry("211", at, "platform", amount=Decimal("100")),
        StatusEntry("211", at, "platform", amount=Decimal("50.5")),
        StatusEntry("211", at, "platform"),
        StatusEntry("211", at, "buyer", amount=Decimal("7.00")),
        StatusEntry("212", at, "platform", amount=Decimal("9.00")),
    ]
    assert reported_sent(history) == Decimal("150.5")
    assert reported_sent(history[2:3]) is None
    assert sent_against_paid(Decimal("150.5"), Decimal("150.50")) == ""
    assert sent_against_paid(Decimal("150.5"), Decimal("100")) == (
        "PAY-SENT-UNMATCHED: the buyer reports 150.50 sent (211), the books record 100.00 paid: 50.50 not recorded"
        " (`pdp-gateway invoice pay` once collected)"
    )
    assert sent_against_paid(Decimal("10"), Decimal("25.00")) == (
        "PAY-SENT-UNMATCHED: the books record 25.00 paid, the buyer reports 10.00 sent (211): 15.00 recorded that"
        " the buyer did not report"
    )
    books = Settlement.for_invoice(an_invoice()).with_reported_sent(history)
    assert (books.reported_sent, books.sent_unmatched) == (
        Decimal("150.5"),
        sent_against_paid(Decimal("150.5"), books.paid),
    )
    assert Settlement.for_invoice(an_invoice()).sent_unmatched == ""  # nothing reported: nothing to tell


@pytest.mark.parametrize(
    ("code", "said"),
    [("210", "210 Refused"), ("213", "213 Rejected"), ("220", "220 Cancelled"), ("501", "501 Inadmissible")],
)
def test_a_document_whose_lifecycle_ended_is_owed_by_nobody_and_takes_no_payment(
    code: str, said: str
) -> None:
    invoice = an_invoice().evolve(lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5")))
    books = Settlement.for_invoice(invoice).with_paid({D("20"): D("200.00")})
    assert books.with_lifecycle("212") is books and books.with_lifecycle("") is books
    ended = books.with_lifecycle(code)
    assert [(b.vat_rate, b.paid, b.ended, b.outstanding) for b in ended.balances] == [
        (D("5.5"), D("0"), D("211.00"), D("0.00")),
        (D("20"), D("200.00"), D("1000.00"), D("0.00")),
    ]
    assert (ended.ended_by, ended.ended, ended.outstanding) == (said, D("1211.00"), D("0.00"))
    with pytest.raises(PaymentRefused) as refused:
        ended.apply(Payment("P-1", date(2026, 11, 20), D("0.01")))
    assert str(refused.value) == (
        f"PAY-ENDED: its lifecycle ended ({said}): nobody owes on it, it takes no payment (a refund is a negative"
        " amount)"
    )
    refund, _ = ended.apply(
        Payment("P-2", date(2026, 11, 20), D("-50.00"), (RatePart(D("20"), D("-50.00")),))
    )
    assert refund.paid == D("150.00")
    over = Settlement.for_invoice(invoice).with_paid({D("20"): D("1300.00")}).with_lifecycle(code)
    assert over.balances[1].ended == 0
