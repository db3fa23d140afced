"""service.usecases.corrections over a side of the books given by hand (the `Corrections` port): what a corrective
invoice carries along a chain of corrections, where the chain stops, and what its books say beside the credit
notes' reasons. Amounts at one rate, 20 %, unless said."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.credit_notes import credit_replaced, credits_replaced, replaced_by_another, replaces_note
from domain.document_types import DocumentType
from domain.invoice import Invoice, PrecedingInvoice
from domain.payments import Payment, PaymentRefused, RateBalance, Settlement
from service.usecases.corrections import IssuedCorrections, replacement
from tests.builders import an_invoice

D = Decimal
NOT_APPLIED = "PAY-CORRECTIVE-NOT-APPLIED: it corrects invoice F-1 (BG-3), whose books stay as they are"
CREDIT = "PAY-CREDIT-CURRENCY: credit note AV-1 is in USD, this invoice in EUR: it credits nothing here"


def invoice(number: str, currency: str = "EUR") -> Invoice:
    return an_invoice(number=number, currency=currency)


def corrective(number: str, names: str, currency: str = "EUR") -> Invoice:
    return an_invoice(
        number=number,
        currency=currency,
        type_code=DocumentType.CORRECTIVE_INVOICE,
        preceding_invoices=(PrecedingInvoice(names),),
    )


class Side:
    """The invoices of one side with their buyer, oldest first, and what was paid on each (at 20 %)."""

    def __init__(self, *documents: Invoice, paid: Mapping[str, str] | None = None) -> None:
        self.documents, self.paid = documents, dict(paid or {})

    async def correctives(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        return [
            d
            for d in self.documents
            if d.type_code.kind.corrective and any(p.number == number for p in d.preceding_invoices)
        ]

    async def namesakes(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        return [d for d in self.documents if d.number == number]

    async def paid_on(self, document: Invoice) -> Mapping[Decimal, Decimal]:
        return {D("20"): D(self.paid[document.number])} if document.number in self.paid else {}


def books(owed: str = "1200.00", unapplied: str = "") -> Settlement:
    return Settlement((RateBalance(D("20"), D(owed)),), unapplied=unapplied)


async def books_of(
    side: Side, document: Invoice, given: Settlement, *, with_its_buyer: bool = True
) -> Settlement:
    return await replacement(side, document, given, with_its_buyer=with_its_buyer, lifecycle_code="")


async def test_the_credit_notes_reasons_follow_what_the_corrective_invoice_carries() -> None:
    replacing = corrective("384-1", "F-1")
    side = Side(invoice("F-1"), replacing, paid={"F-1": "330.00"})
    after = await books_of(side, replacing, books(unapplied=f"{NOT_APPLIED}; {CREDIT}"))
    assert after.unapplied == f"{replaces_note('F-1', D('330.00'), D('0'), D('0'))}; {CREDIT}"
    assert after.carried == D("330.00")
    alone = await books_of(side, replacing, books(unapplied=NOT_APPLIED))
    assert alone.unapplied == replaces_note("F-1", D("330.00"), D("0"), D("0"))


async def test_a_second_corrective_invoice_says_which_carries_instead_and_the_credit_notes_reasons() -> None:
    first, second = corrective("384-1", "F-1"), corrective("384-2", "F-1")
    side = Side(invoice("F-1"), first, second, paid={"F-1": "330.00"})
    after = await books_of(side, second, books(unapplied=f"{NOT_APPLIED}; {CREDIT}"))
    assert after.unapplied == f"{replaced_by_another('F-1', '384-1')}; {CREDIT}"
    assert after.carried == D("0")


async def test_a_corrective_invoice_not_yet_with_its_buyer_carries_nothing_and_says_nothing_of_another() -> (
    None
):
    first, draft = corrective("384-1", "F-1"), corrective("384-2", "F-1")
    side = Side(invoice("F-1"), first, paid={"F-1": "330.00"})
    after = await books_of(side, draft, books(unapplied=NOT_APPLIED), with_its_buyer=False)
    assert (after.unapplied, after.carried) == (NOT_APPLIED, D("0"))


async def test_a_corrective_invoice_in_another_currency_carries_nothing_and_leaves_all_paid_to_settle() -> (
    None
):
    replacing = corrective("384-1", "F-1", currency="USD")
    side = Side(invoice("F-1"), replacing, paid={"F-1": "330.00"})
    after = await books_of(side, replacing, books(unapplied=NOT_APPLIED))
    assert after.carried == D("0")
    assert after.unapplied == replaces_note("F-1", D("0"), D("0"), D("330.00"))
    assert after.unapplied.endswith(
        "; 330.00 paid on it is more than this invoice is owed: settle it by hand"
    )


async def test_a_chain_of_corrections_carries_what_was_paid_on_each_link_at_the_same_rate() -> None:
    last = corrective("384-2", "384-1")
    side = Side(invoice("F-1"), corrective("384-1", "F-1"), last, paid={"F-1": "100.00", "384-1": "50.00"})
    assert (await books_of(side, last, books())).carried == D("150.00")


async def test_a_chain_stops_at_a_link_naming_an_invoice_not_held() -> None:
    last = corrective("384-2", "384-1")
    side = Side(corrective("384-1", "F-9"), last, paid={"384-1": "50.00", "F-9": "100.00"})
    assert (await books_of(side, last, books())).carried == D("50.00")


async def test_a_chain_stops_at_a_link_that_is_not_the_first_to_replace_what_it_names() -> None:
    # 384-0 replaced F-1 first: what was paid on F-1 counts there, not along 384-1's chain
    last = corrective("384-2", "384-1")
    side = Side(
        invoice("F-1"),
        corrective("384-0", "F-1"),
        corrective("384-1", "F-1"),
        last,
        paid={"F-1": "100.00", "384-1": "50.00"},
    )
    assert (await books_of(side, last, books())).carried == D("50.00")


async def test_a_chain_stops_at_a_link_in_another_currency() -> None:
    last = corrective("384-2", "384-1")
    side = Side(
        invoice("F-1", currency="USD"),
        corrective("384-1", "F-1"),
        last,
        paid={"F-1": "100.00", "384-1": "50.00"},
    )
    assert (await books_of(side, last, books())).carried == D("50.00")


async def test_a_document_whose_lifecycle_ended_or_a_credit_note_is_never_replaced() -> None:
    refused = invoice("F-1")
    side = Side(refused, corrective("384-1", "F-1"))
    given = books()
    for code in ("210", "213", "220", "501"):
        assert await replacement(side, refused, given, with_its_buyer=True, lifecycle_code=code) is given
    assert (
        await replacement(side, refused, given, with_its_buyer=True, lifecycle_code="205")
    ).replaced_by == ("384-1")
    note = an_invoice(number="F-1", type_code=DocumentType.CREDIT_NOTE)
    assert await replacement(side, note, given, with_its_buyer=True, lifecycle_code="") is given


async def test_an_issued_invoice_the_gateway_does_not_hold_has_no_namesake() -> None:
    class NotHeld:
        async def credited_invoice(
            self, company: str, seller_siren: str, number: str, *, ended: bool = False
        ) -> Invoice | None:
            return None

    issued = IssuedCorrections(NotHeld(), "732829320")  # type: ignore[arg-type]
    assert await issued.namesakes("732829320", "F-9") == ()


async def test_a_replaced_invoice_s_credit_is_not_counted_and_said_before_its_other_reasons() -> None:
    replaced = invoice("F-1")
    side = Side(replaced, corrective("384-1", "F-1"))
    credited = Settlement((RateBalance(D("20"), D("1200.00"), credited=D("120.00")),), unapplied=CREDIT)
    after = await books_of(side, replaced, credited)
    assert after.unapplied == f"{credits_replaced(D('120.00'), '384-1')}; {CREDIT}"
    assert (after.credited, after.replaced, after.replaced_by) == (D("0"), D("1200.00"), "384-1")


async def test_a_credit_note_naming_an_invoice_not_held_keeps_its_credit() -> None:
    note = an_invoice(
        number="AV-1", type_code=DocumentType.CREDIT_NOTE, preceding_invoices=(PrecedingInvoice("F-9"),)
    )
    credited = Settlement((RateBalance(D("20"), D("120.00"), credited=D("120.00")),))
    assert await books_of(Side(note), note, credited) is credited


async def test_a_corrective_invoice_naming_a_number_and_its_date_replaces_that_invoice_only() -> None:
    # the seller's F-1 of 2026 and of 2025: BT-26 tells them apart
    this_year, last_year = invoice("F-1"), replace(invoice("F-1"), issue_date=date(2025, 11, 2))
    replacing = replace(
        corrective("384-1", "F-1"), preceding_invoices=(PrecedingInvoice("F-1", date(2026, 11, 2)),)
    )
    side = Side(last_year, this_year, replacing, paid={"F-1": "330.00"})
    assert (await books_of(side, replacing, books())).carried == D("330.00")


async def test_a_chain_of_three_corrections_names_its_last_link_where_a_payment_or_a_credit_goes() -> None:
    # F-1 replaced by 384-1, replaced by 384-2, replaced by 384-3: only 384-3 is owed; each earlier link sends the
    # payer there, not to the next link (which refuses in turn)
    replaced = invoice("F-1")
    links = (corrective("384-1", "F-1"), corrective("384-2", "384-1"), corrective("384-3", "384-2"))
    note = an_invoice(
        number="AV-1", type_code=DocumentType.CREDIT_NOTE, preceding_invoices=(PrecedingInvoice("F-1"),)
    )
    side = Side(replaced, *links, note, paid={"F-1": "100.00"})
    for document, direct in ((replaced, "384-1"), (links[0], "384-2"), (links[1], "384-3")):
        after = await books_of(side, document, books())
        assert (after.replaced_by, after.in_force) == (direct, "384-3")
        with pytest.raises(PaymentRefused) as refused:
            after.apply(Payment("P-1", date(2026, 12, 1), D("10.00")))
        assert refused.value.findings[0].rule_id == "PAY-REPLACED"
        assert refused.value.findings[0].message.startswith("record the payment on 384-3: ")
        assert f"corrective invoice {direct} replaces this invoice" in refused.value.findings[0].message
    last = await books_of(side, links[2], books())
    assert (last.replaced_by, last.in_force, last.carried) == ("", "", D("100.00"))
    credited = Settlement((RateBalance(D("20"), D("120.00"), credited=D("120.00")),), credit_note=True)
    unallocated = await books_of(side, note, credited)
    assert unallocated.unapplied == credit_replaced("F-1", "384-1", "384-3")
    assert "replaced by corrective invoice 384-1 (XP Z12-014 UC4), itself corrected in turn: 384-3" in (
        unallocated.unapplied
    )
    assert unallocated.unapplied.endswith("a credit note naming 384-3")


async def test_each_link_of_a_chain_says_on_which_invoice_the_money_it_carries_was_recorded() -> None:
    # F-1 paid 100.00, 384-1 (replacing it) paid 30.00 before 384-2 replaced it in turn. Session 16 had 384-2 say
    # "130.00 paid on it" of 384-1, though 100.00 of it was recorded on F-1: the finance team looked for it on 384-1.
    links = (corrective("384-1", "F-1"), corrective("384-2", "384-1"), corrective("384-3", "384-2"))
    side = Side(invoice("F-1"), *links, paid={"F-1": "100.00", "384-1": "30.00"})
    first = await books_of(side, links[0], books())
    assert first.carried == D("100.00")
    assert first.unapplied == replaces_note("F-1", D("100.00"), D("0"), D("0"))
    assert "100.00 paid on it counts here (carried)" in first.unapplied  # all of it on the invoice it names
    middle = await books_of(side, links[1], books())
    assert middle.carried == D("130.00")
    assert middle.unapplied == (
        "PAY-CORRECTIVE-REPLACES: it replaces invoice 384-1 (BG-3, XP Z12-014 UC4), which owes nothing since;"
        " 130.00 paid toward it counts here (carried), recorded on 384-1 30.00, F-1 100.00"
    )
    last = await books_of(side, links[2], books())
    assert last.carried == D("130.00")
    assert last.unapplied.endswith(
        "130.00 paid toward it counts here (carried), recorded on 384-1 30.00, F-1 100.00"
    )
    assert "paid on it" not in last.unapplied  # nothing was recorded on 384-2
