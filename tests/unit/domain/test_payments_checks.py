"""The books' checks that the use cases run before a payment or a credit note is taken (PAY-DATE, PAY-CREDIT-EXCEEDS)
and the words of PAY-OVERPAYMENT, asserted in the domain itself (the use cases' tests reach them only in part)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.findings import Finding, Severity
from domain.invoice import PrecedingInvoice
from domain.payments import (
    LineCredit,
    Payment,
    PaymentInvalid,
    PaymentRefused,
    Settlement,
    check_dated,
    credit_exceeds,
    dated_after,
    latest_french_day,
    per_line_credit,
    replaces_note,
)
from domain.totals import compute_totals
from tests.builders import a_document_allowance
from tests.unit.domain.test_payments import _named_on_lines, credit_note, pay, two_rates

D = Decimal


def test_today_is_reunion_s_day_the_first_french_vat_territory_s_to_begin() -> None:
    assert latest_french_day(datetime(2026, 12, 7, 19, 59, 59, tzinfo=UTC)) == date(2026, 12, 7)
    assert latest_french_day(datetime(2026, 12, 7, 20, 0, tzinfo=UTC)) == date(
        2026, 12, 8
    )  # 00:00 in Réunion


def test_a_payment_dated_today_passes_and_one_dated_tomorrow_is_refused_with_both_days_said() -> None:
    today = date(2026, 12, 7)
    assert dated_after(today, today) == ""
    assert dated_after(date(2026, 12, 6), today) == ""
    assert dated_after(date(2026, 12, 8), today) == (
        "the payment is dated 2026-12-08, after today (2026-12-07): a payment is recorded once the money was received"
        " or sent"
    )
    check_dated(Payment("p1", today, D("10.00")), today)
    with pytest.raises(PaymentInvalid) as refused:
        check_dated(Payment("p1", date(2026, 12, 8), D("10.00")), today)
    assert refused.value.findings == (
        Finding("PAY-DATE", Severity.FATAL, dated_after(date(2026, 12, 8), today), "date", layer="payments"),
    )


def test_a_credit_note_crediting_more_at_a_rate_than_its_invoice_has_left_there_is_told_so_and_not_otherwise() -> (
    None
):
    invoice = two_rates(number="F-2026-0001")  # 1200.00 at 20 %, 211.00 at 5.5 %
    all_of_it = credit_note(invoice, ("10", "100.00", "20"))  # 1200.00 at 20 %
    assert credit_exceeds(invoice, all_of_it, {}) == ""
    assert (
        credit_exceeds(invoice, all_of_it, {D("5.5"): D("211.00")}) == ""
    )  # another rate's credit is no matter
    assert credit_exceeds(invoice, all_of_it, {D("20"): D("0.01")}) == (
        "PAY-CREDIT-EXCEEDS: it credits 1200.00 at 20 % on invoice F-2026-0001, which has 1199.99 left to credit"
        " there (1200.00 invoiced, 0.01 credited by the credit notes with its buyer before it): the invoice would"
        " show the difference as owed back to the buyer"
    )
    # both rates over: the lower rate is said
    both = credit_note(invoice, ("11", "100.00", "20"), ("5", "50.00", "5.5"))
    assert credit_exceeds(invoice, both, {}).startswith(
        "PAY-CREDIT-EXCEEDS: it credits 263.75 at 5.5 % on invoice"
    )
    # a credit note that credits nothing on it (another currency): its own reason is said with its buyer
    assert credit_exceeds(invoice, credit_note(invoice, ("11", "100.00", "20"), currency="USD"), {}) == ""


def test_an_over_payment_names_what_makes_the_outstanding_credited_and_carried_included() -> None:
    books = Settlement.for_invoice(two_rates()).with_credited({D("20"): D("120.00")})
    with pytest.raises(PaymentRefused) as credited:
        books.apply(pay("1291.01"))
    assert credited.value.findings[0].message == (
        "a payment of 1291.01 exceeds what is outstanding, 1291.00 (total 1411.00, credited 120.00, paid 0)"
    )
    carried, _, _ = books.carrying({D("20"): D("100.00")})
    with pytest.raises(PaymentRefused) as both:
        carried.apply(pay("1191.01"))
    assert both.value.findings[0].message == (
        "a payment of 1191.01 exceeds what is outstanding, 1191.00 (total 1411.00, credited 120.00, carried from the"
        " invoice it replaces 100.00, paid 0)"
    )
    with pytest.raises(PaymentRefused) as plain:
        Settlement.for_invoice(two_rates()).apply(pay("1411.01"))
    assert plain.value.findings[0].message == (
        "a payment of 1411.01 exceeds what is outstanding, 1411.00 (total 1411.00, paid 0)"
    )


def test_a_credit_note_named_on_its_lines_shares_a_line_with_no_rate_at_0_and_a_free_line_gets_nothing() -> (
    None
):
    f1, f2 = PrecedingInvoice("F-1"), PrecedingInvoice("F-2")
    note = _named_on_lines((f1, "100.00", "20"), (f2, "10.00", "20"))
    no_rate = compute_totals(
        note.evolve(
            lines=(note.lines[0], replace(note.lines[1], vat_rate=None)), vat_breakdown=None, totals=None
        )
    )
    assert per_line_credit(no_rate) == (
        LineCredit("F-1", None, {D("20"): D("120.00")}),
        LineCredit("F-2", None, {D("0"): D("10.00")}),
    )
    # a free line among others at its rate: its invoice is named, credited nothing
    assert per_line_credit(_named_on_lines((f1, "100.00", "20"), (f2, "0.00", "20"))) == (
        LineCredit("F-1", None, {D("20"): D("120.00")}),
        LineCredit("F-2", None, {}),
    )
    # a free line alone at its rate (0 %, worth nothing there): the rates after it are shared all the same
    assert per_line_credit(_named_on_lines((f1, "100.00", "20"), (f2, "0.00", "0"))) == (
        LineCredit("F-1", None, {D("20"): D("120.00")}),
        LineCredit("F-2", None, {}),
    )


def test_a_credit_note_worth_something_at_a_rate_none_of_its_lines_has_is_not_shared() -> None:
    note = compute_totals(
        _named_on_lines((PrecedingInvoice("F-1"), "100.00", "20")).evolve(
            allowances_charges=(a_document_allowance("10.00", "10"),), vat_breakdown=None, totals=None
        )
    )
    assert per_line_credit(note) == "its lines at 10 % add up to 0.00, it is worth -11.00 there"


def test_a_corrective_invoice_s_books_say_on_which_invoices_of_the_chain_what_it_carries_was_recorded() -> (
    None
):
    chain = replaces_note("F-3", D("300"), D("0"), D("50"), [("F-3", D("100")), ("F-1", D("250"))])
    assert chain == (
        "PAY-CORRECTIVE-REPLACES: it replaces invoice F-3 (BG-3, XP Z12-014 UC4), which owes nothing since; 300.00"
        " paid toward it counts here (carried), recorded on F-3 100.00, F-1 250.00; 50.00 paid toward it is more"
        " than this invoice is owed: settle it by hand"
    )
    on_it = "300.00 paid on it counts here (carried); 50.00 paid on it is more than this invoice is owed"
    assert on_it in replaces_note("F-3", D("300"), D("0"), D("50"), [("F-3", D("350"))])
    assert on_it in replaces_note("F-3", D("300"), D("0"), D("50"))
