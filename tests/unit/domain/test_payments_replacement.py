"""The books of an invoice a corrective invoice replaced, of the corrective invoice carrying what was paid on it
(XP Z12-014 UC4), and of a document whose lifecycle ended, in exact values. Amounts computed by hand in the comments.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.document_types import DocumentType
from domain.findings import Finding, Severity
from domain.invoice import Invoice, PrecedingInvoice
from domain.payments import (
    Payment,
    PaymentInvalid,
    PaymentRefused,
    RateBalance,
    RatePart,
    Settlement,
    corrective_naming,
    replaces_note,
    replacing,
)
from tests.builders import an_invoice

D = Decimal
DAY = date(2026, 11, 10)


def balance(rate: str, owed: str, paid: str = "0", credited: str = "0") -> RateBalance:
    return RateBalance(D(rate), D(owed), D(paid), D(credited))


def pay(amount: str) -> Payment:
    return Payment("p1", DAY, D(amount))


def carried(books: Settlement) -> list[Decimal]:
    return [b.carried for b in books.balances]


# --- a corrective invoice carrying what was paid on the invoice it replaces ----------------------------------------


def test_what_was_paid_at_a_rate_the_corrective_invoice_has_is_carried_at_that_rate() -> None:
    books = Settlement((balance("5.5", "211.00"), balance("20", "1200.00")))
    after, shared, left = books.carrying({D("20"): D("330.00")})
    assert (carried(after), shared, left) == ([D("0"), D("330.00")], D("0"), D("0"))
    assert (after.carried, after.outstanding) == (D("330.00"), D("1081.00"))  # 1411.00 - 330.00


def test_what_was_paid_at_a_rate_it_corrects_is_shared_pro_rata_of_what_is_left_at_its_rates() -> None:
    # 141.10 over 211.00 and 1200.00 (of 1411.00): 21.10 and 120.00, to the cent
    books = Settlement((balance("5.5", "211.00"), balance("20", "1200.00")))
    after, shared, left = books.carrying({D("10"): D("141.10")})
    assert (carried(after), shared, left) == ([D("21.10"), D("120.00")], D("141.10"), D("0"))


def test_what_exceeds_what_the_corrective_invoice_is_owed_is_left_to_settle_by_hand() -> None:
    # at 20 %: 1000.00 left of 1200.00 (200.00 paid on the corrective invoice itself), 1100.00 paid there: 100.00 over
    # at rates it has not: 500.50 (10 % and 7 %; the 2.1 % net of its reversals is no payment), of which 211.00 fits
    # at 5.5 %; left: 100.00 + 500.50 - 211.00 = 389.50
    books = Settlement((balance("5.5", "211.00"), balance("20", "1200.00", paid="200.00")))
    paid = {
        D("20"): D("1100.00"),
        D("5.5"): D("0"),
        D("10"): D("500.00"),
        D("7"): D("0.50"),
        D("2.1"): D("-3.00"),
    }
    after, shared, left = books.carrying(paid)
    assert (carried(after), shared, left) == ([D("211.00"), D("1000.00")], D("211.00"), D("389.50"))
    assert after.outstanding == D("0")


def test_what_is_shared_adds_to_what_is_carried_at_the_same_rate_to_the_cent() -> None:
    # 330.00 carried at 20 %; 141.10 at 10 % over what is left, 211.00 and 870.00 (of 1081.00): 27.541... and
    # 113.558..., the cent left to the largest remainder (20 %): 27.54 and 113.56
    books = Settlement((balance("5.5", "211.00"), balance("20", "1200.00")))
    after, shared, left = books.carrying({D("20"): D("330.00"), D("10"): D("141.10")})
    assert (carried(after), shared, left) == ([D("27.54"), D("443.56")], D("141.10"), D("0"))


def test_a_payment_under_one_unit_is_carried_or_left_as_any_other() -> None:
    books = Settlement((balance("5.5", "211.00"), balance("20", "1200.00", paid="1200.00")))
    after, shared, left = books.carrying({D("10"): D("0.50")})  # shared: fits at 5.5 %
    assert (carried(after), shared, left) == ([D("0.50"), D("0")], D("0.50"), D("0"))
    after, shared, left = books.carrying({D("20"): D("0.50")})  # at 20 %, already paid whole: left
    assert (carried(after), shared, left) == ([D("0"), D("0")], D("0"), D("0.50"))


def test_nothing_is_carried_at_a_rate_already_credited_beyond_what_it_owed() -> None:
    # at 20 %: credited 150.00 of 100.00 (outstanding -50.00): nothing fits there; 50.00 at 10 % fits at 5.5 %
    books = Settlement((balance("5.5", "100.00"), balance("20", "100.00", credited="150.00")))
    after, shared, left = books.carrying({D("20"): D("30.00"), D("10"): D("50.00")})
    assert (carried(after), shared, left) == ([D("50.00"), D("0")], D("50.00"), D("30.00"))


def test_a_payment_beyond_the_whole_corrective_invoice_is_all_left_and_nothing_is_shared() -> None:
    books = Settlement((balance("20", "1200.00"),))
    after, shared, left = books.carrying({D("20"): D("1500.00")})
    assert (carried(after), shared, left) == ([D("1200.00")], D("0"), D("300.00"))


def test_the_corrective_invoice_s_note_says_what_counts_here_what_was_shared_and_what_is_left() -> None:
    head = (
        "PAY-CORRECTIVE-REPLACES: it replaces invoice F-1 (BG-3, XP Z12-014 UC4), which owes nothing since;"
    )
    assert replaces_note("F-1", D("330"), D("0"), D("0")) == f"{head} 330.00 paid on it counts here (carried)"
    assert replaces_note("F-1", D("330"), D("141.1"), D("300")) == (
        f"{head} 330.00 paid on it counts here (carried), 141.10 of it paid at a VAT rate this invoice corrects,"
        " shared pro rata of its rates (its 212s stand as sent); 300.00 paid on it is more than this invoice is"
        " owed: settle it by hand"
    )


def test_a_corrective_invoice_says_when_submitted_that_it_replaces_the_invoice_it_names() -> None:
    assert replacing("F-1") == (
        "it replaces invoice F-1 (XP Z12-014 UC4): once it is with its buyer, F-1, when the gateway issued it, owes"
        " nothing and what was paid on it counts here (GetInvoice's settlement); no 220 is sent for F-1"
    )


# --- the invoice it replaces ----------------------------------------------------------------------------------------


def corrective(number: str, names: str) -> Invoice:
    return an_invoice(
        number=number,
        type_code=DocumentType.CORRECTIVE_INVOICE,
        preceding_invoices=(PrecedingInvoice(names),),
    )


def test_the_corrective_invoice_replacing_an_invoice_is_the_first_of_its_seller_naming_it() -> None:
    invoice = an_invoice(number="F-1")
    note = an_invoice(
        number="AV-1", type_code=DocumentType.CREDIT_NOTE, preceding_invoices=(PrecedingInvoice("F-1"),)
    )
    other = corrective("384-0", "F-2")
    first, second = corrective("384-1", "F-1"), corrective("384-2", "F-1")
    assert corrective_naming(invoice, [note, other, first, second]) is first
    assert corrective_naming(invoice, [note, other]) is None
    assert corrective_naming(invoice, []) is None


def test_an_invoice_replaced_owes_nothing_of_what_was_left_and_keeps_what_was_paid() -> None:
    # at 20 %: 1200.00 - 100.00 credited - 330.00 paid = 770.00 owed on the corrective invoice since
    books = Settlement(
        (balance("2.1", "10.00", credited="20.00"), balance("20", "1200.00", "330.00", "100.00"))
    )
    after = books.replaced_by_corrective("384-1")
    assert after.replaced_by == "384-1"
    assert [(b.replaced, b.paid) for b in after.balances] == [(D("0"), D("0")), (D("770.00"), D("330.00"))]
    assert (after.replaced, after.paid, after.outstanding) == (D("770.00"), D("330.00"), D("-10.00"))


def test_an_invoice_replaced_takes_no_payment_and_says_where_to_record_it() -> None:
    books = Settlement((balance("20", "1200.00", "330.00"),)).replaced_by_corrective("384-1")
    message = (
        "corrective invoice 384-1 replaces this invoice (XP Z12-014 UC4): what was left on it, 870.00, is owed"
        " there; record the payment on 384-1"
    )
    for amount in ("100.00", "0.50"):
        with pytest.raises(PaymentRefused) as refused:
            books.apply(pay(amount))
        assert refused.value.findings == (
            Finding("PAY-REPLACED", Severity.FATAL, message, "amount", layer="payments"),
        )
        assert str(refused.value) == f"PAY-REPLACED: {message}"
    after, _ = books.apply(pay("-30.00"))  # a refund of what was paid there is still recorded there
    assert after.paid == D("300.00")
    with pytest.raises(PaymentInvalid, match="PAY-AMOUNT"):  # malformed first, whatever the books
        books.apply(pay("10.001"))


# --- a document whose lifecycle ended -------------------------------------------------------------------------------


def test_a_document_whose_lifecycle_ended_owes_nothing_of_what_was_left_and_keeps_what_was_paid() -> None:
    books = Settlement((balance("2.1", "10.00", credited="20.00"), balance("20", "1200.00", "330.00")))
    after = books.with_lifecycle("210")
    assert after.ended_by == "210 Refused"
    assert [(b.ended, b.paid) for b in after.balances] == [(D("0"), D("0")), (D("870.00"), D("330.00"))]
    assert (after.ended, after.outstanding) == (D("870.00"), D("-10.00"))
    assert books.with_lifecycle("501").ended_by == "501 Inadmissible"
    for going_on in ("", "205", "211", "212"):
        assert books.with_lifecycle(going_on) is books


def test_a_document_whose_lifecycle_ended_takes_no_payment_but_a_refund() -> None:
    books = Settlement((balance("20", "1200.00", "330.00"),)).with_lifecycle("213")
    message = "its lifecycle ended (213 Rejected): nobody owes on it, it takes no payment (a refund is a negative amount)"
    for amount in ("100.00", "0.50"):
        with pytest.raises(PaymentRefused) as refused:
            books.apply(pay(amount))
        assert refused.value.findings == (
            Finding("PAY-ENDED", Severity.FATAL, message, "amount", layer="payments"),
        )
    after, applied = books.apply(Payment("p2", DAY, D("-30.00"), (RatePart(D("20"), D("-30.00")),)))
    assert (after.paid, applied.amount) == (D("300.00"), D("-30.00"))
    with pytest.raises(PaymentInvalid, match="PAY-AMOUNT"):
        books.apply(pay("10.001"))
