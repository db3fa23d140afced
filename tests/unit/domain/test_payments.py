from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.invoice import DocumentType, Identifier, Invoice, PrecedingInvoice
from domain.lifecycle import StatusEntry
from domain.payments import (
    CORRECTIVE_NOT_APPLIED,
    CREDIT_CURRENCY,
    CREDIT_RATE,
    CREDIT_SEVERAL,
    CREDIT_UNKNOWN,
    Credit,
    LineCredit,
    Payment,
    PaymentApplied,
    PaymentInvalid,
    PaymentRefused,
    RatePart,
    Settlement,
    books_credit,
    corrective_naming,
    credit_by_notes,
    credit_on,
    credit_replaced,
    credits_replaced,
    in_eur,
    names,
    owed_per_rate,
    own_credit,
    payment_in_scope,
    per_line_credit,
    replaced_by_another,
    replaces_note,
    reported_per_day,
    reported_sent,
    sent_against_paid,
    split_pro_rata,
    taken_back,
    vat_on_receipt,
)
from domain.totals import compute_totals
from tests.builders import a_document_allowance, a_line, an_invoice

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


def credit_note(of: Invoice, *lines: tuple[str, str, str], **overrides: object) -> Invoice:
    """A credit note (381) naming `of` in BG-3, with (quantity, price, rate) lines."""
    items = tuple(a_line(str(i + 1), q, p, r) for i, (q, p, r) in enumerate(lines))
    return compute_totals(
        an_invoice(
            type_code=DocumentType.CREDIT_NOTE,
            preceding_invoices=(PrecedingInvoice(of.number, of.issue_date),),
            **overrides,
        ).evolve(lines=items)
    )


def test_a_credit_note_settles_what_it_credits_on_the_invoice_it_corrects() -> None:
    """1411.00 invoiced; a credit note of 1 x 100.00 at 20 % (120.00) names it: 1291.00 is what the buyer owes, and
    paying it settles the invoice at every rate (the credit note itself takes no payment: PAY-CREDIT-NOTE)."""
    invoice = two_rates()
    credit = credit_note(invoice, ("1", "100.00", "20"))
    credited = credit_by_notes(invoice, [credit]).per_rate
    assert credited == {D("20"): D("120.00")}
    books = Settlement.for_invoice(invoice).with_credited(credited)
    assert (books.total, books.credited, books.outstanding) == (D("1411.00"), D("120.00"), D("1291.00"))
    assert [(b.vat_rate, b.outstanding) for b in books.balances] == [
        (D("5.5"), D("211.00")),
        (D("20"), D("1080.00")),
    ]
    with pytest.raises(PaymentRefused) as over:
        books.apply(pay("1411.00"))
    assert rule_ids(over) == ["PAY-OVERPAYMENT"]
    settled, applied = books.apply(pay("1291.00"))
    assert settled.outstanding == 0 and all(b.outstanding == 0 for b in settled.balances)
    assert applied.parts == (RatePart(D("5.5"), D("211.00")), RatePart(D("20"), D("1080.00")))


def test_only_a_credit_note_that_names_the_invoice_alone_in_its_currency_and_rates_credits_it() -> None:
    invoice = two_rates()
    other = two_rates(number="F-OTHER")
    assert (
        credit_by_notes(invoice, [credit_note(other, ("1", "10.00", "20"))]).per_rate == {}
    )  # another invoice
    both = replace(
        credit_note(invoice, ("1", "10.00", "20")),
        preceding_invoices=(PrecedingInvoice(invoice.number), PrecedingInvoice(other.number)),
    )
    assert credit_by_notes(invoice, [both]).per_rate == {}  # two invoices: whose share is not said
    assert (
        credit_by_notes(invoice, [credit_note(invoice, ("1", "10.00", "10"))]).per_rate == {}
    )  # a rate it has not
    assert (
        credit_by_notes(invoice, [credit_note(invoice, ("1", "10.00", "20"), currency="USD")]).per_rate == {}
    )
    dated_otherwise = replace(
        credit_note(invoice, ("1", "10.00", "20")),
        preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date - timedelta(days=365)),),
    )
    assert (
        credit_by_notes(invoice, [dated_otherwise]).per_rate == {}
    )  # the same number, another year's invoice
    undated = replace(
        credit_note(invoice, ("1", "10.00", "20")), preceding_invoices=(PrecedingInvoice(invoice.number),)
    )
    two = [undated, credit_note(invoice, ("2", "10.00", "5.5"))]
    assert credit_by_notes(invoice, two).per_rate == {D("20"): D("12.00"), D("5.5"): D("21.10")}
    assert (
        credit_by_notes(
            invoice, [two_rates(number="F-X", preceding_invoices=undated.preceding_invoices)]
        ).per_rate
        == {}
    )


def test_a_credit_note_that_credits_nothing_here_does_not_hide_the_ones_after_it() -> None:
    invoice = two_rates()
    valid = credit_note(invoice, ("1", "10.00", "20"))
    skipped = [
        two_rates(number="F-X", preceding_invoices=valid.preceding_invoices),  # an invoice, not a credit note
        replace(valid, preceding_invoices=(*valid.preceding_invoices, PrecedingInvoice("F-OTHER"))),
        credit_note(two_rates(number="F-OTHER"), ("1", "10.00", "20")),
        credit_note(invoice, ("1", "10.00", "10")),
    ]
    for first in skipped:  # each refusal goes on to the next note: two at 20 % credit 12.00 each
        assert credit_by_notes(invoice, [first, valid, valid]).per_rate == {D("20"): D("24.00")}


def test_what_a_credit_note_credits_or_why_not_is_said_by_one_function() -> None:
    invoice = two_rates()
    other = two_rates(number="F-OTHER")
    alone = credit_note(invoice, ("1", "10.00", "20"))
    assert credit_on(invoice, alone) == Credit({D("20"): D("12.00")})
    assert own_credit(alone, invoice) == credit_on(invoice, alone)
    both = replace(
        alone, preceding_invoices=(PrecedingInvoice(invoice.number), PrecedingInvoice(other.number))
    )
    for credit in (credit_on(invoice, both), own_credit(both, None)):
        assert credit.per_rate == {} and credit.unapplied.startswith(f"{CREDIT_SEVERAL}: it names 2 invoices")
    usd = credit_note(invoice, ("1", "10.00", "20"), currency="USD")
    assert credit_on(invoice, usd).unapplied.startswith(f"{CREDIT_CURRENCY}: it is in USD")
    at_ten = credit_note(invoice, ("1", "10.00", "10"))
    assert credit_on(invoice, at_ten).unapplied.startswith(f"{CREDIT_RATE}: it credits at 10 %")
    assert own_credit(alone, None).unapplied.startswith(f"{CREDIT_UNKNOWN}: invoice {invoice.number}")
    corrective = two_rates(
        number="F-C", type_code=DocumentType.CORRECTIVE_INVOICE, preceding_invoices=alone.preceding_invoices
    )
    assert own_credit(corrective, invoice).unapplied.startswith(f"{CORRECTIVE_NOT_APPLIED}: it corrects")


def test_a_credit_note_of_another_seller_naming_the_same_number_credits_nothing() -> None:
    """One company may issue invoices for several sellers (self-billing: invoice numbers are unique per seller,
    migration 0400), so two sellers' F-1 are two invoices: the credit note of one names its own F-1 only."""
    invoice = two_rates()
    other_seller = replace(invoice.seller, legal_registration=Identifier("552100554", "0002"))
    theirs = credit_note(invoice, ("1", "10.00", "20"), seller=other_seller)
    assert credit_by_notes(invoice, [theirs]).per_rate == {}
    assert not names(theirs, invoice)
    assert own_credit(theirs, None).unapplied.startswith("PAY-CREDIT-UNKNOWN")


def test_each_reason_a_credit_note_credits_nothing_is_said_whole() -> None:
    invoice = two_rates(number="F-1")
    usd = credit_note(invoice, ("1", "10.00", "20"), currency="USD")
    assert credit_on(invoice, usd) == Credit(
        {},
        "PAY-CREDIT-CURRENCY: it is in USD, invoice F-1 in EUR: it credits nothing there (unallocated); issue it in"
        " the invoice's currency",
    )
    odd = credit_note(invoice, ("1", "10.00", "10"), ("1", "10.00", "2.1"))
    assert credit_on(invoice, odd) == Credit(
        {},
        "PAY-CREDIT-RATE: it credits at 2.1, 10 %, a VAT rate invoice F-1 has not: it credits nothing there"
        " (unallocated)",
    )
    assert own_credit(credit_note(invoice, ("1", "10.00", "20")), None) == Credit(
        {},
        "PAY-CREDIT-UNKNOWN: invoice F-1 named in BG-3 is not one of this seller's the gateway knows (issued and"
        " with its buyer, or received from a seller with a SIREN): it credits nothing here (unallocated)",
    )
    corrective = two_rates(
        number="F-C", type_code=DocumentType.CORRECTIVE_INVOICE, preceding_invoices=(PrecedingInvoice("F-1"),)
    )
    assert own_credit(corrective, invoice) == Credit(
        {},
        "PAY-CORRECTIVE-NOT-APPLIED: it corrects invoice F-1 (BG-3), whose books are not changed: settle what is"
        " left on it by hand (a payment split, or a credit note naming it alone)",
    )
    naming_none = replace(corrective, preceding_invoices=())
    assert own_credit(naming_none, None) == Credit(
        {},
        "PAY-CORRECTIVE-NOT-APPLIED: it names no invoice it corrects in BG-3: no invoice's books are changed",
    )
    # A consolidated credit note names a contract and period; an EXTENDED-CTC-FR one may name its invoices per
    # line: either way no invoice in BG-3, it credits none, and says so (before: its books said nothing)
    consolidated = replace(credit_note(invoice, ("1", "10.00", "20")), preceding_invoices=())
    assert own_credit(consolidated, None) == Credit(
        {},
        "PAY-CREDIT-UNNAMED: it names no invoice in BG-3 (a consolidated credit note names a contract and period):"
        " it credits nothing (unallocated); settle it by hand, with a payment split per rate on each invoice",
    )
    assert books_credit(consolidated, (), None) == own_credit(consolidated, None)
    # One naming its invoices on its lines (EXT-FR-FE-136, BR-FR-CO-05) says what it credits on each, VAT included
    # per rate (per_line_credit), for the split by hand: the invoices' books find their credit notes by BG-3
    per_line = compute_totals(
        replace(
            credit_note(invoice, ("1", "10.00", "20"), ("2", "5.00", "20"), ("3", "4.00", "5.5")),
            preceding_invoices=(),
        )
    )
    named = [
        PrecedingInvoice("F-1", date(2026, 11, 2)),
        PrecedingInvoice("F-2"),
        PrecedingInvoice("F-1", date(2026, 11, 2)),
    ]
    per_line = per_line.evolve(
        lines=tuple(replace(line, preceding_invoice=n) for line, n in zip(per_line.lines, named, strict=True))
    )
    assert own_credit(per_line, None) == Credit(
        {},
        # 20 %: 20.00 + 4.00 shared 10.00 / 10.00; 5.5 %: 12.00 + 0.66, all F-1's
        "PAY-CREDIT-UNNAMED: it names its invoices on its lines (EXT-FR-FE-136), not in BG-3: F-1 of 2026-11-02"
        " 12.66 at 5.5 %, 12.00 at 20 %; F-2 12.00 at 20 %; it credits nothing (unallocated): the invoices' books"
        " count the credit notes naming them in BG-3; settle it by hand, with a payment split per rate on each"
        " invoice",
    )


@pytest.mark.parametrize(
    ("numbers", "listed"),
    [(("A", "B", "C"), "A, B, C"), (("A", "B", "C", "D"), "A, B, C, ..."), (("A", "B"), "A, B")],
)
def test_a_credit_note_naming_several_invoices_lists_three_of_them(
    numbers: tuple[str, ...], listed: str
) -> None:
    invoice = two_rates(number="A")
    note = replace(
        credit_note(invoice, ("1", "10.00", "20")),
        preceding_invoices=tuple(PrecedingInvoice(n) for n in numbers),
    )
    assert own_credit(note, invoice) == Credit(
        {},
        f"PAY-CREDIT-SEVERAL: it names {len(numbers)} invoices in BG-3 ({listed}) and does not say what each is"
        " credited: it credits none of them (unallocated); issue one credit note per invoice, or settle each with a"
        " payment split per rate",
    )


def test_books_credit_says_what_credit_does_to_an_invoice_a_corrective_invoice_and_a_credit_note() -> None:
    invoice = two_rates(number="F-1")
    note = credit_note(invoice, ("1", "10.00", "20"))
    assert books_credit(invoice, [note], None) == Credit({D("20"): D("12.00")}, "")
    assert books_credit(invoice, [], note) == Credit({}, "")
    corrective = two_rates(
        number="F-C", type_code=DocumentType.CORRECTIVE_INVOICE, preceding_invoices=(PrecedingInvoice("F-1"),)
    )
    assert books_credit(corrective, [note], None) == Credit({}, own_credit(corrective, None).unapplied)
    assert books_credit(note, [], invoice) == Credit({D("20"): D("12.00")})
    assert books_credit(note, [note], None) == own_credit(note, None)
    another = two_rates(number="F-2")  # found, but not the invoice the note names
    assert books_credit(note, [], another) == own_credit(note, None)


def test_books_with_credit_show_why_a_note_credits_nothing_and_clear_it_otherwise() -> None:
    books = Settlement.for_invoice(two_rates())
    assert books.with_credited({}, "PAY-CREDIT-UNKNOWN: why").unapplied == "PAY-CREDIT-UNKNOWN: why"
    assert books.with_credited({}, "why").with_credited({D("20"): D("1.00")}).unapplied == ""


def test_a_credit_note_naming_a_number_several_invoices_bear_credits_none_and_says_why() -> None:
    this_year = two_rates(number="F-1")
    last_year = replace(this_year, issue_date=this_year.issue_date - timedelta(days=365))
    undated = replace(
        credit_note(this_year, ("1", "10.00", "20")), preceding_invoices=(PrecedingInvoice("F-1"),)
    )
    namesakes = (this_year, last_year)
    why = (
        "PAY-CREDIT-AMBIGUOUS: invoice F-1 named in BG-3 without its date (BT-26) is the number of 2 invoices of"
        " this seller: which one it credits is not said, it credits none of them (unallocated); the credit needs"
        " a credit note naming the invoice with its date, or a payment split per rate"
    )
    assert own_credit(undated, this_year, namesakes) == Credit({}, why)
    assert books_credit(undated, [], this_year, namesakes) == Credit({}, why)
    dated = credit_note(this_year, ("1", "10.00", "20"))  # BT-26 tells them apart
    assert own_credit(dated, this_year, namesakes) == Credit({D("20"): D("12.00")})
    same_day = (this_year, replace(this_year, type_code=DocumentType.SELF_BILLED_INVOICE))
    assert own_credit(dated, this_year, same_day).unapplied == why.replace(" without its date (BT-26)", "")
    # the ambiguous note credits neither, and does not hide the one after it
    assert credit_by_notes(this_year, [undated, dated], namesakes).per_rate == {D("20"): D("12.00")}
    told = f"PAY-CREDIT-AMBIGUOUS: credit note {undated.number} names this invoice and was not applied: "
    assert books_credit(this_year, [undated, dated], None, namesakes) == Credit(
        {D("20"): D("12.00")}, told + why.partition(": ")[2]
    )


def test_a_document_whose_lifecycle_ended_neither_takes_nor_gives_credit() -> None:
    invoice = two_rates(number="F-1")
    note = credit_note(invoice, ("1", "10.00", "20"))
    assert books_credit(invoice, [note], None, lifecycle_code="210") == Credit({})
    assert books_credit(note, [], invoice, lifecycle_code="210") == Credit(
        {}, "PAY-CREDIT-ENDED: its lifecycle ended (210 Refused): nobody owes on it, it credits nothing"
    )
    assert books_credit(note, [], invoice, lifecycle_code="205") == Credit({D("20"): D("12.00")})


def test_an_invoice_naming_an_earlier_one_is_credited_without_a_reason_of_its_own() -> None:
    """BG-3 on an invoice (380: a follow-up, a final invoice after advances) is a reference: its books say nothing
    about the invoice it names (only a corrective invoice's say it keeps its books)."""
    invoice = two_rates(number="F-2", preceding_invoices=(PrecedingInvoice("F-1"),))
    assert books_credit(invoice, [], None) == Credit({}, "")


def test_an_invoice_says_which_credit_notes_name_it_without_being_applied_and_why() -> None:
    """The finance team reading the invoice learns that a credit note names it but credits nothing there (before:
    only the credit note's own books said so), with the same rule; the credit notes applied say nothing."""
    invoice = two_rates(number="F-1")
    applied = credit_note(invoice, ("1", "10.00", "20"), number="AV-1")
    usd = credit_note(invoice, ("1", "10.00", "20"), number="AV-USD", currency="USD")
    both = replace(
        applied, number="AV-BOTH", preceding_invoices=(PrecedingInvoice("F-1"), PrecedingInvoice("F-2"))
    )
    credit = books_credit(invoice, [applied, usd, both], None)
    assert credit.per_rate == {D("20"): D("12.00")}
    assert credit.unapplied == (
        "PAY-CREDIT-CURRENCY: credit note AV-USD names this invoice and was not applied: it is in USD, invoice F-1"
        " in EUR: it credits nothing there (unallocated); issue it in the invoice's currency; PAY-CREDIT-SEVERAL:"
        " credit note AV-BOTH names this invoice and was not applied: it names 2 invoices in BG-3 (F-1, F-2) and"
        " does not say what each is credited: it credits none of them (unallocated); issue one credit note per"
        " invoice, or settle each with a payment split per rate"
    )
    assert books_credit(invoice, [applied], None).unapplied == ""
    many = [replace(usd, number=f"AV-{i}") for i in range(5)]
    said = books_credit(invoice, many, None).unapplied
    assert said.count("names this invoice") == 3 and said.endswith("; and 2 more credit notes so")
    three = books_credit(invoice, many[:3], None).unapplied  # all said: none left to count
    assert three.count("names this invoice") == 3 and "more credit notes" not in three
    corrective = replace(
        invoice, type_code=DocumentType.CORRECTIVE_INVOICE, preceding_invoices=(PrecedingInvoice("F-0"),)
    )
    both_said = books_credit(corrective, [replace(usd, preceding_invoices=(PrecedingInvoice("F-1"),))], None)
    assert both_said.unapplied.startswith(f"{CORRECTIVE_NOT_APPLIED}: it corrects invoice F-0")
    assert "; PAY-CREDIT-CURRENCY: credit note AV-USD names this invoice" in both_said.unapplied


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


def test_a_corrective_invoice_replaces_the_invoice_of_its_seller_it_names_and_carries_what_was_paid_on_it() -> (
    None
):
    """XP Z12-014 UC4: the replaced invoice keeps what was paid and owes nothing of what was left (`replaced`); the
    corrective invoice carries what was paid at each of its rates up to what is left there, shares what was paid at
    a rate it corrects pro rata of what is left, and returns what it could not carry."""
    invoice = an_invoice(number="F-1").evolve(
        lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    )
    named = (PrecedingInvoice("F-1", invoice.issue_date),)
    corrective = an_invoice(number="F-2", type_code=DocumentType.CORRECTIVE_INVOICE, preceding_invoices=named)
    other_seller = corrective.evolve(
        seller=replace(corrective.seller, legal_registration=Identifier("552100554", "0002"))
    )
    note = an_invoice(number="AV-1", type_code=DocumentType.CREDIT_NOTE, preceding_invoices=named)
    assert (
        corrective_naming(invoice, [note, other_seller, corrective, corrective.evolve(number="F-3")])
        == corrective
    )
    assert corrective_naming(invoice, [note]) is None

    books = Settlement.for_invoice(invoice).with_paid({D("20"): D("200.00")}).replaced_by_corrective("F-2")
    assert [(b.vat_rate, b.paid, b.replaced, b.outstanding) for b in books.balances] == [
        (D("5.5"), D("0"), D("211.00"), D("0.00")),
        (D("20"), D("200.00"), D("1000.00"), D("0.00")),
    ]
    assert (books.replaced_by, books.replaced, books.outstanding) == ("F-2", D("1211.00"), D("0.00"))
    over = Settlement.for_invoice(invoice).with_paid({D("20"): D("1300.00")}).replaced_by_corrective("F-2")
    assert over.balances[1].replaced == 0  # paid beyond what was owed: nothing left to replace

    restated = Settlement.for_invoice(invoice).with_credited({D("20"): D("120.00")})  # 1080.00 left at 20 %
    carried, shared, left = restated.carrying(
        {D("20"): D("1100.00"), D("10"): D("50.00"), D("5.5"): D("-5.00")}
    )
    assert [(b.vat_rate, b.carried, b.outstanding) for b in carried.balances] == [
        (D("5.5"), D("50.00"), D("161.00")),
        (D("20"), D("1080.00"), D("0.00")),
    ]
    assert (carried.carried, shared, left) == (D("1130.00"), D("50.00"), D("20.00"))
    assert restated.carrying({}) == (restated, 0, 0)
    # cents at a corrected rate, and a replaced invoice that had credit (what was left there, not its total)
    carried, shared, left = restated.carrying({D("10"): D("0.50"), D("20"): D("0.40")})
    assert (carried.carried, shared, left) == (D("0.90"), D("0.50"), 0)
    assert [b.carried for b in carried.balances] == [
        D("0.08"),
        D("0.82"),
    ]  # 0.40 at 20 % kept, 0.50 shared to it
    # nothing left to carry into: what was paid at another rate is all left, nothing shared (and nothing fails)
    paid_up = restated.with_paid({D("5.5"): D("211.00"), D("20"): D("1080.00")})
    assert paid_up.carrying({D("10"): D("3.00")}) == (paid_up, 0, D("3.00"))
    credited = (
        Settlement.for_invoice(invoice).with_credited({D("20"): D("120.00")}).replaced_by_corrective("F-2")
    )
    assert [b.replaced for b in credited.balances] == [D("211.00"), D("1080.00")]
    with pytest.raises(PaymentRefused) as refused:
        books.apply(Payment("P-1", date(2026, 11, 20), D("0.01")))
    assert str(refused.value) == (
        "PAY-REPLACED: record the payment on F-2: corrective invoice F-2 replaces this invoice (XP Z12-014 UC4); what"
        " was left on it, 1211.00, is owed there"
    )
    assert [f.rule_id for f in refused.value.findings] == ["PAY-REPLACED"]
    with pytest.raises(PaymentInvalid):  # a malformed amount is said as such first
        books.apply(Payment("P-2", date(2026, 11, 20), D("0.001")))
    refund, _ = books.apply(
        Payment("P-3", date(2026, 11, 20), D("-50.00"), (RatePart(D("20"), D("-50.00")),))
    )
    assert refund.paid == D("150.00")


def test_a_corrective_invoice_s_note_says_what_it_carried_shared_and_left_or_which_carries_instead() -> None:
    assert replaces_note("F-1", D("10"), D("0"), D("0")) == (
        "PAY-CORRECTIVE-REPLACES: it replaces invoice F-1 (BG-3, XP Z12-014 UC4), which owes nothing since; 10.00"
        " paid on it counts here (carried)"
    )
    assert replaces_note("F-1", D("10"), D("4"), D("2.5")) == (
        "PAY-CORRECTIVE-REPLACES: it replaces invoice F-1 (BG-3, XP Z12-014 UC4), which owes nothing since; 10.00"
        " paid on it counts here (carried), 4.00 of it paid at a VAT rate this invoice corrects, shared pro rata of"
        " its rates (its 212s stand as sent); 2.50 paid on it is more than this invoice is owed: settle it by hand"
    )
    assert replaced_by_another("F-1", "384-1") == (
        "PAY-CORRECTIVE-REPLACES: invoice F-1 (BG-3) is replaced by corrective invoice 384-1, the first naming it:"
        " what was paid on it counts there, nothing here"
    )
    assert credit_replaced("F-1", "384-1") == (
        "PAY-CREDIT-REPLACED: invoice F-1 it names is replaced by corrective invoice 384-1 (XP Z12-014 UC4), which"
        " restates its whole amounts: it credits nothing (unallocated); if the credit stands, it needs a credit"
        " note naming 384-1"
    )
    assert credits_replaced(D("120"), "384-1") == (
        "PAY-CREDIT-REPLACED: 120.00 credited by credit notes naming this invoice is not counted: corrective invoice"
        " 384-1 replaces it and restates its whole amounts (each credit note shows its credit unallocated)"
    )


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


def _named_on_lines(*lines: tuple[PrecedingInvoice | None, str, str]) -> Invoice:
    """A credit note naming no invoice in BG-3, its lines (invoice named, net amount, rate) each naming its own."""
    note = compute_totals(
        replace(
            credit_note(two_rates(), *(("1", net, rate) for _, net, rate in lines)),
            preceding_invoices=(),
        )
    )
    return note.evolve(
        lines=tuple(
            replace(line, preceding_invoice=n) for line, (n, _, _) in zip(note.lines, lines, strict=True)
        )
    )


def test_a_credit_note_named_on_its_lines_is_shared_only_when_every_line_names_an_invoice() -> None:
    f1 = PrecedingInvoice("F-1", date(2026, 11, 2))
    note = _named_on_lines((None, "7.00", "20"), (f1, "10.00", "20"), (f1, "2.50", "20"))
    assert per_line_credit(note) == "its line 1 names no invoice"  # BR-FR-CO-05 wants every line to name one
    assert own_credit(note, None).unapplied.startswith(
        "PAY-CREDIT-UNNAMED: it names its invoices on its lines (EXT-FR-FE-136), not in BG-3: what each invoice is"
        " credited cannot be shared: its line 1 names no invoice; it credits nothing"
    )
    # lines with no net amount yet at a rate the document is worth something at (23.40 = 19.50 + 3.90)
    no_net = note.evolve(
        lines=tuple(replace(line, preceding_invoice=f1, net_amount=None) for line in note.lines)
    )
    assert per_line_credit(no_net) == "its lines at 20 % add up to 0.00, it is worth 23.40 there"
    # a negative line makes the pro rata meaningless
    negative = _named_on_lines((f1, "10.00", "20"), (PrecedingInvoice("F-2"), "-2.00", "20"))
    assert per_line_credit(negative) == "its lines at 20 % add up to 8.00, it is worth 9.60 there"


def test_a_credit_note_named_on_its_lines_shares_the_document_s_vat_and_allowances_pro_rata_of_each_invoice_s_net() -> (
    None
):
    f1, f2, f3 = PrecedingInvoice("F-1", date(2026, 11, 2)), PrecedingInvoice("F-2"), PrecedingInvoice("F-3")
    # 5.5 %: nets 0.10 + 0.10 + 0.10 = 0.30, VAT rounded once 0.02 (0.0165): worth 0.32, not 3 x 0.11 = 0.33. Each
    # exact share 0.10666..: 0.10 each, the cents left (2) to the largest remainders, equal: the first named first
    note = _named_on_lines((f1, "0.10", "5.5"), (f2, "0.10", "5.5"), (f3, "0.10", "5.5"))
    credits = per_line_credit(note)
    assert credits == (
        LineCredit("F-1", date(2026, 11, 2), {D("5.5"): D("0.11")}),
        LineCredit("F-2", None, {D("5.5"): D("0.11")}),
        LineCredit("F-3", None, {D("5.5"): D("0.10")}),
    )
    # a document allowance of 30.00 at 20 % (BG-20): shared as the VAT is, pro rata of each invoice's net
    with_allowance = compute_totals(
        _named_on_lines((f1, "100.00", "20"), (f2, "50.00", "20")).evolve(
            allowances_charges=(a_document_allowance("30.00"),), vat_breakdown=None, totals=None
        )
    )
    assert owed_per_rate(with_allowance) == ((D("20"), D("144.00")),)  # (150.00 - 30.00) x 1.2
    assert per_line_credit(with_allowance) == (
        LineCredit("F-1", date(2026, 11, 2), {D("20"): D("96.00")}),
        LineCredit("F-2", None, {D("20"): D("48.00")}),
    )


_NETS = st.lists(
    st.tuples(
        st.integers(0, 4),  # which invoice the line names
        st.sampled_from(("20", "10", "5.5", "2.1")),
        st.integers(1, 10**7).map(lambda c: D(c) / 100),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_NETS, st.integers(0, 5000).map(lambda c: D(c) / 100))
def test_a_credit_note_named_on_its_lines_is_shared_to_the_cent_each_invoice_within_a_cent_of_its_share(
    lines: list[tuple[int, str, Decimal]], allowance: Decimal
) -> None:
    named = [PrecedingInvoice(f"F-{k}") for k in range(5)]
    note = _named_on_lines(*((named[k], str(net), rate) for k, rate, net in lines))
    first_rate = lines[0][1]
    if allowance and sum(net for _, rate, net in lines if rate == first_rate) > allowance:
        note = compute_totals(
            note.evolve(
                allowances_charges=(a_document_allowance(str(allowance), first_rate),),
                vat_breakdown=None,
                totals=None,
            )
        )
    credits = per_line_credit(note)
    assert not isinstance(credits, str)
    worth = dict(owed_per_rate(note))
    for (
        rate,
        amount,
    ) in worth.items():  # rate by rate, the shares add up to what the credit note is worth there
        assert sum((c.per_rate.get(rate, D(0)) for c in credits), D(0)) == amount
        nets = {f"F-{k}": sum(n for j, r, n in lines if j == k and D(r) == rate) for k in range(5)}
        whole = sum(nets.values())
        for c in credits:
            exact = amount * nets[c.number] / whole
            assert abs(c.per_rate.get(rate, D(0)) - exact) < D("0.01")
    assert sum((a for c in credits for a in c.per_rate.values()), D(0)) == sum(worth.values())
    assert [c.number for c in credits] == list(dict.fromkeys(f"F-{k}" for k, _, _ in lines))


@pytest.mark.parametrize(("invoices", "tail"), [(5, "F-5 1.20 at 20 %; it"), (6, "; and 1 more; it")])
def test_a_credit_note_named_on_its_lines_lists_five_invoices_and_counts_the_others(
    invoices: int, tail: str
) -> None:
    note = _named_on_lines(*((PrecedingInvoice(f"F-{i}"), "1.00", "20") for i in range(1, invoices + 1)))
    said = own_credit(note, None).unapplied
    assert "F-5 1.20 at 20 %" in said and "F-6" not in said
    assert tail in said


def test_a_chain_of_corrections_sends_the_payment_and_the_credit_note_to_its_last_link() -> None:
    invoice = two_rates(number="F-1")
    alone = Settlement.for_invoice(invoice).replaced_by_corrective("F-2")
    assert (alone.replaced_by, alone.in_force) == ("F-2", "F-2")
    chain = Settlement.for_invoice(invoice).replaced_by_corrective("F-2", "F-4")
    assert (chain.replaced_by, chain.in_force) == ("F-2", "F-4")
    with pytest.raises(PaymentRefused) as refused:
        chain.apply(Payment("P-1", date(2026, 11, 20), D("1.00")))
    assert str(refused.value) == (
        "PAY-REPLACED: record the payment on F-4: corrective invoice F-2 replaces this invoice (XP Z12-014 UC4) and"
        " is corrected in turn, F-4 in force; what was left on it, 1411.00, is owed there"
    )
    assert credit_replaced("F-1", "F-2", "F-4") == (
        "PAY-CREDIT-REPLACED: invoice F-1 it names is replaced by corrective invoice F-2 (XP Z12-014 UC4), itself"
        " corrected in turn: F-4 is the one in force, which restates its whole amounts: it credits nothing"
        " (unallocated); if the credit stands, it needs a credit note naming F-4"
    )
    assert credit_replaced("F-1", "F-2", "F-2") == credit_replaced("F-1", "F-2")


class _CountedLines(tuple):
    """A credit note's lines that count how many times they are walked through."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_a_credit_note_named_on_its_lines_is_shared_walking_its_lines_a_bounded_number_of_times() -> None:
    # 10,000 lines (MAX_LINES) each naming its own invoice: walked once per invoice named to find where each was
    # first named, the share took 17 s of the process (quadratic); its lines are walked a few times whatever their
    # number
    note = _named_on_lines(*((PrecedingInvoice(f"F-{i}"), "1.00", "20") for i in range(200)))
    counted = note.evolve(lines=_CountedLines(note.lines))
    _CountedLines.walks = 0
    credits = per_line_credit(counted)
    assert not isinstance(credits, str) and [c.number for c in credits] == [f"F-{i}" for i in range(200)]
    assert _CountedLines.walks <= 3
