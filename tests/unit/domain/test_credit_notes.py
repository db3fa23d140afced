"""Credit notes and corrective invoices against the books of the invoices they name (domain.credit_notes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.credit_notes import (
    CORRECTIVE_NOT_APPLIED,
    CREDIT_CURRENCY,
    CREDIT_RATE,
    CREDIT_SEVERAL,
    CREDIT_UNKNOWN,
    MAX_KINDS,
    Credit,
    LineCredit,
    alike,
    books_credit,
    corrective_naming,
    credit_by_notes,
    credit_exceeds,
    credit_on,
    credit_replaced,
    credits_replaced,
    names,
    own_credit,
    per_line_credit,
    replaced_by_another,
    replaces_note,
)
from domain.invoice import DocumentType, Identifier, Invoice, PrecedingInvoice
from domain.payments import (
    Payment,
    PaymentInvalid,
    PaymentRefused,
    RatePart,
    Settlement,
    owed_per_rate,
)
from domain.totals import compute_totals
from tests.builders import a_document_allowance, a_line, a_seller, an_invoice
from tests.unit.domain.test_payments import pay, rule_ids, two_rates

D = Decimal


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


_KINDS = st.lists(
    st.tuples(
        st.sampled_from(("20", "5.5", "10")),  # 10 %: a rate the invoice has not (PAY-CREDIT-RATE)
        st.integers(1, 5000).map(lambda c: str(D(c) / 100)),
        st.sampled_from(("named", "undated", "other date", "several", "USD", "other seller")),
        st.integers(0, 300).map(
            lambda c: D(c) / 100
        ),  # BT-113 on the credit note: its worth is not its rates'
    ),
    min_size=0,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(_KINDS)
def test_credit_notes_gathered_by_kind_credit_to_the_cent_and_say_what_one_by_one_did(
    kinds: list[tuple[str, str, str, Decimal]],
) -> None:
    """The books read credit notes gathered by kind (`alike`, session 18): the credit and its words are what
    deciding each credit note on its own gave (the loop before, here the oracle)."""
    invoice = two_rates()
    notes = []
    for i, (rate, price, how, prepaid) in enumerate(kinds):
        named = PrecedingInvoice(invoice.number, invoice.issue_date)
        more: dict[str, object] = {
            "named": {},
            "undated": {"preceding_invoices": (replace(named, issue_date=None),)},
            "other date": {"preceding_invoices": (replace(named, issue_date=date(2026, 1, 2)),)},
            "several": {"preceding_invoices": (named, replace(named, number="F-0"))},
            "USD": {"currency": "USD"},
            "other seller": {"seller": an_invoice(seller=a_seller("303265045")).seller},
        }[how]
        note = replace(credit_note(invoice, ("1", price, rate), number=f"AV-{i}"), **more)
        notes.append(compute_totals(replace(note, paid_amount=min(prepaid, D(price)))))
    credited: dict[Decimal, Decimal] = {}
    said: list[str] = []
    for note in notes:  # the oracle: each credit note on its own
        if not names(note, invoice):
            continue
        credit = credit_on(invoice, note)
        if credit.unapplied:
            rule_id, _, why = credit.unapplied.partition(": ")
            said.append(f"{rule_id}: credit note {note.number} names this invoice and was not applied: {why}")
        for r, amount in credit.per_rate.items():
            credited[r] = credited.get(r, D("0")) + amount
    gathered = credit_by_notes(invoice, notes)
    assert gathered.per_rate == credited
    shown = [line for line in said if line in gathered.unapplied]  # each names its own credit note
    assert len(shown) == min(len(said), 3)
    more = len(said) - 3
    assert gathered.unapplied.endswith(f"and {more} more credit notes so") is (more > 0)


def test_credit_notes_gathered_by_a_repository_credit_as_the_notes_themselves_with_those_not_read() -> None:
    invoice = two_rates()
    notes = [
        credit_note(invoice, ("1", "10.00", "20")),
        credit_note(invoice, ("1", "5.00", "20"), number="A-2"),
    ]
    gathered = replace(alike(notes), unread=2)
    credit = credit_by_notes(invoice, gathered)
    assert credit.per_rate == credit_by_notes(invoice, notes).per_rate == {D("20"): D("18.00")}
    assert credit.unapplied == (
        f"PAY-CREDIT-UNREAD: 2 more credit notes name it, of more than {MAX_KINDS} kinds (seller, invoices named,"
        " currency, VAT rates): not read, not counted"
    )
