"""The buyer's moves on a received invoice, on the in-memory unit of work: a status queued for the platform moves
its lifecycle and records its event; a final invoice takes no status and no payment; the books decide an approval."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from domain.books_check import BookedAmounts, BooksMismatch, Difference, OnDifference, Tolerance
from domain.document_file import DocumentFile
from domain.document_types import DocumentType
from domain.errors import (
    IllegalTransition,
    InvoiceNotFound,
    InvoiceRejected,
    RequestConflict,
    RequestRejected,
)
from domain.findings import Finding, Severity
from domain.invoice import PrecedingInvoice
from domain.payments import Payment, PaymentInvalid, PaymentRefused, PaymentSide
from domain.pipeline_ports import OutboxKind
from domain.platform import PlatformStatus
from domain.ports import Page
from domain.reception import ReceivedEventKind, ReceivedInvoice
from domain.reception_ports import ReceivedFilter
from domain.totals import compute_totals
from service.usecases.reception import ReadableBusy, ReceptionUseCases
from tests.builders import BUYER_SIREN, OTHER_SIREN, SELLER_SIREN, a_line, a_seller, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


class Parked:
    async def parked(self, company_siren: str, page_size: int, page_token: str) -> Page[object]:
        return Page([], "")

    async def replay(self, delivery_id: int, company_siren: str | None) -> bool:
        return False


def stack() -> tuple[InMemoryDatabase, ReceptionUseCases, ReceivedInvoice]:
    db = InMemoryDatabase(clock=FixedClock(NOW))
    invoice = compute_totals(an_invoice(number="F-1"))
    received = ReceivedInvoice.receive(
        at=NOW - timedelta(days=1),
        id="11111111-2222-4333-8444-555555555555",
        company_siren=BUYER_SIREN,
        platform="iopole",
        platform_invoice_id="p-1",
        document=DocumentFile("application/xml", "", "d" * 64, b"<Invoice/>"),
        valid=True,
        invoice=invoice,
        number="F-1",
        seller_siren=invoice.seller.siren,
    )
    db.received[received.id] = received
    api = ReceptionUseCases(
        uow=lambda: FakeUnitOfWork(db), inbox=Parked(), clock=db.clock, render_page=lambda _invoice: b"%PDF-"
    )
    return db, api, received


def platform_said(db: InMemoryDatabase, received: ReceivedInvoice, code: str) -> None:
    status = PlatformStatus(code, code, code, NOW - timedelta(hours=1), "DOUBLON", status_id=f"s-{code}")
    db.received_statuses[("iopole", status.status_id)] = (received.id, status)


def queued(db: InMemoryDatabase) -> list[str]:
    return [str(r.payload["code"]) for r in db.outbox.values() if r.kind == OutboxKind.SEND_STATUS]


async def test_an_approval_is_queued_and_moves_the_lifecycle_with_its_event() -> None:
    db, api, received = stack()
    result = await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED")
    assert (result.code, queued(db)) == ("205", ["205"])
    assert db.received[received.id].lifecycle_code == "205"
    _invoice, history = await api.get(BUYER_SIREN, received.id)
    assert [(e.event.kind, e.event.status_code) for e in history] == [
        (ReceivedEventKind.STATUS_QUEUED, "205")
    ]
    assert [e.action for e in db.audit.entries[BUYER_SIREN]] == ["received_invoice.status_queued"]


async def test_a_final_invoice_takes_no_status_and_nothing_is_written() -> None:
    db, api, received = stack()
    platform_said(db, received, "210")
    with pytest.raises(IllegalTransition, match="cannot follow the final status 210"):
        await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED")
    with pytest.raises(PaymentRefused, match="PAY-NOT-PAYABLE"):
        await api.record_payment(
            BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 20), Decimal("1.00"))
        )
    assert queued(db) == [] and db.received_events == [] and db.payments == {} and db.audit.entries == {}


async def test_an_approval_against_books_that_differ_is_refused_or_disputed() -> None:
    db, api, received = stack()
    booked = BookedAmounts(total=Decimal("1.00"))
    with pytest.raises(BooksMismatch):
        await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", booked=booked)
    assert queued(db) == []
    result = await api.set_buyer_status(
        BUYER_SIREN, received.id, "APPROVED", booked=booked, on_difference=OnDifference.DISPUTE
    )
    assert (result.code, queued(db)) == ("207", ["207"]) and result.differences


async def test_a_payment_is_recorded_and_queues_211_when_the_company_asks() -> None:
    db, api, received = stack()
    db.sends_payment_sent.add(BUYER_SIREN)
    assert received.invoice is not None and received.invoice.totals is not None
    amount = received.invoice.totals.amount_due
    outcome = await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 20), amount))
    assert outcome.status_queued and queued(db) == ["211"]
    assert outcome.books.outstanding == Decimal("0.00")
    kinds = [e.kind for _r, _c, e in db.received_events]
    assert kinds == [ReceivedEventKind.STATUS_QUEUED, ReceivedEventKind.PAYMENT]
    again = await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 20), amount))
    assert again.replayed and len(db.payments) == 1


async def test_a_payment_sent_dated_after_today_is_refused_pay_date() -> None:
    db, api, received = stack()
    db.sends_payment_sent.add(BUYER_SIREN)
    ahead = NOW.date() + timedelta(days=2)  # PAY-DATE, as on the seller's side: its 211 would say money went
    with pytest.raises(PaymentInvalid) as refused:
        await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", ahead, Decimal("1.00")))
    assert [f.rule_id for f in refused.value.findings] == ["PAY-DATE"]
    assert queued(db) == [] and db.payments == {} and db.received_events == []


async def test_a_payment_sent_dated_before_2000_or_years_before_its_invoice_is_refused_naming_the_rule() -> (
    None
):
    db, api, received = stack()
    db.sends_payment_sent.add(BUYER_SIREN)
    issued = received.invoice.issue_date
    for day, rule in (
        (date(1990, 1, 1), "PAY-DATE-YEAR"),
        (issued.replace(year=issued.year - 10), "PAY-DATE-BEFORE-INVOICE"),
    ):
        with pytest.raises(PaymentInvalid) as refused:
            await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", day, Decimal("1.00")))
        assert [f.rule_id for f in refused.value.findings] == [rule]
    assert queued(db) == [] and db.payments == {} and db.received_events == []


async def test_another_companys_invoice_is_not_found() -> None:
    _db, api, received = stack()
    with pytest.raises(InvoiceNotFound):
        await api.set_buyer_status("303265045", received.id, "APPROVED")
    with pytest.raises(InvoiceNotFound):
        await api.get("303265045", received.id)


def receive_credit_note(
    db: InMemoryDatabase, of: ReceivedInvoice, received_id: str, *, seller: str = SELLER_SIREN
) -> ReceivedInvoice:
    """A credit note (381) of 1 x 5.00 at 20 % (6.00) from `seller`, naming `of` in BG-3, as received."""
    return receive_naming(db, of, received_id, DocumentType.CREDIT_NOTE, "5.00", seller=seller)


def receive_naming(
    db: InMemoryDatabase,
    of: ReceivedInvoice,
    received_id: str,
    type_code: DocumentType,
    price: str,
    *,
    seller: str = SELLER_SIREN,
    hours_ago: int = 2,
) -> ReceivedInvoice:
    """A document of `type_code`, 1 x `price` at 20 %, from `seller`, naming `of` in BG-3, as received."""
    assert of.invoice is not None
    document = compute_totals(
        an_invoice(
            number=f"{'FC' if type_code.kind.corrective else 'AV'}-{received_id[-4:]}",
            seller=a_seller(seller),
            type_code=type_code,
            preceding_invoices=(PrecedingInvoice(of.invoice.number, of.invoice.issue_date),),
        ).evolve(lines=(a_line("1", "1", price, "20"),))
    )
    received = ReceivedInvoice.receive(
        at=NOW - timedelta(hours=hours_ago),
        id=received_id,
        company_siren=BUYER_SIREN,
        platform="iopole",
        platform_invoice_id=f"p-{received_id[-4:]}",
        document=DocumentFile("application/xml", "", "e" * 64, b"<Invoice/>"),
        valid=True,
        invoice=document,
        number=document.number,
        seller_siren=seller,
    )
    db.received[received.id] = received
    return received


async def test_a_received_credit_note_naming_a_received_invoice_lowers_what_we_owe_on_it() -> None:
    """A supplier's credit note of 6.00 naming its invoice F-1: we owe that much less on F-1, a payment of F-1's
    full amount is an over-payment, and the credit note's own books show its credit used. Before, the received
    invoice's books ignored it (the emitted side already credited: one rule, domain.credit_notes.books_credit)."""
    db, api, received = stack()
    assert received.invoice is not None and received.invoice.totals is not None
    due = received.invoice.totals.amount_due
    note = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000381")

    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None
    assert (books.credited, books.outstanding) == (Decimal("6.00"), due - Decimal("6.00"))
    with pytest.raises(PaymentRefused, match="PAY-OVERPAYMENT"):
        await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 20), due))
    paid = await api.record_payment(
        BUYER_SIREN, received.id, Payment("pay-2", date(2026, 11, 20), due - Decimal("6.00"))
    )
    assert paid.books.outstanding == 0
    own = await api.books(BUYER_SIREN, await api_get(api, note.id))
    assert own is not None and (own.total, own.credited, own.outstanding) == (
        Decimal("6.00"),
        Decimal("6.00"),
        Decimal("0.00"),
    )


async def test_a_received_credit_note_credits_nothing_refused_from_another_seller_or_naming_several() -> None:
    db, api, received = stack()
    assert received.invoice is not None and received.invoice.totals is not None
    due = received.invoice.totals.amount_due
    refused = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000210")
    platform_said(db, refused, "210")  # we refused it: it credits nothing
    receive_credit_note(db, received, "11111111-2222-4333-8444-000000000999", seller="303265045")
    several = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000002")
    assert several.invoice is not None
    db.received[several.id] = replace(
        several,
        invoice=several.invoice.evolve(
            preceding_invoices=(*several.invoice.preceding_invoices, PrecedingInvoice("F-2"))
        ),
    )

    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None and (books.credited, books.outstanding) == (Decimal("0"), due)
    # the invoice tells that the one naming several names it, not the refused one nor another seller's
    assert books.unapplied.startswith(f"PAY-CREDIT-SEVERAL: credit note {several.number} names this invoice")
    assert books.unapplied.count("names this invoice") == 1
    own = await api.books(BUYER_SIREN, await api_get(api, several.id))
    assert own is not None and own.unapplied.startswith(
        "PAY-CREDIT-SEVERAL: it names 2 invoices in BG-3 (F-1, F-2)"
    )


async def api_get(api: ReceptionUseCases, received_id: str) -> ReceivedInvoice:
    invoice, _history = await api.get(BUYER_SIREN, received_id)
    return invoice


async def test_a_credit_note_from_a_seller_without_siren_credits_no_invoice_of_another_such_seller() -> None:
    """Two foreign suppliers (no SIREN: BR-FR-10 does not reach them) may both number an invoice F-1: a credit note
    of one naming F-1 must not credit the other's. Before, both were "the seller ''" and the credit applied."""
    db, api, received = stack()
    assert received.invoice is not None
    foreign = replace(received.invoice.seller, name="Supplier GmbH", legal_registration=None)
    db.received[received.id] = replace(
        received, seller_siren="", invoice=received.invoice.evolve(seller=foreign)
    )
    note = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000777", seller="")
    assert note.invoice is not None
    other = replace(note.invoice.seller, name="Other Supplier Ltd", legal_registration=None)
    db.received[note.id] = replace(note, invoice=note.invoice.evolve(seller=other))

    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None and books.credited == Decimal("0")
    own = await api.books(BUYER_SIREN, await api_get(api, note.id))
    assert own is not None and own.credited == Decimal("0") and own.unapplied.startswith("PAY-CREDIT-UNKNOWN")


async def test_a_buyer_status_retried_with_its_request_id_is_answered_again_and_the_id_is_kept_for_its_invoice() -> (
    None
):
    db, api, received = stack()
    first = await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", request_id="r-1")
    again = await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", request_id="r-1")
    assert again == first and queued(db) == ["205"]
    other = replace(received, id="11111111-2222-4333-8444-666666666666", platform_invoice_id="p-2")
    db.received[other.id] = other
    with pytest.raises(RequestConflict) as reused:
        await api.set_buyer_status(BUYER_SIREN, other.id, "APPROVED", request_id="r-1")
    assert str(reused.value) == (
        f"request id 'r-1' was already used for another status or invoice (first for invoice {received.id}); use"
        " a new request id for a new status"
    )
    assert queued(db) == ["205"]


async def test_a_payment_replayed_answers_the_books_as_they_stand() -> None:
    db, api, received = stack()
    assert received.invoice is not None and received.invoice.totals is not None
    payment = Payment("pay-1", date(2026, 11, 20), Decimal("10.00"))
    outcome = await api.record_payment(BUYER_SIREN, received.id, payment)
    again = await api.record_payment(BUYER_SIREN, received.id, payment)
    assert again.replayed and again.books == outcome.books == await api.books(
        BUYER_SIREN, db.received[received.id]
    )
    assert again.books.outstanding == received.invoice.totals.amount_due - Decimal("10.00")


async def test_a_credit_note_naming_the_number_with_another_date_credits_nothing_and_the_document_s_seller_counts() -> (
    None
):
    """BG-3 names F-1 of another day: not our F-1 (domain.credit_notes.names), the credit note credits nothing. A
    received invoice whose row holds no seller SIREN is its document's seller's: its credit notes credit it."""
    db, api, received = stack()
    assert received.invoice is not None
    dated = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000111")
    assert dated.invoice is not None
    elsewhen = PrecedingInvoice("F-1", received.invoice.issue_date - timedelta(days=1))
    db.received[dated.id] = replace(dated, invoice=dated.invoice.evolve(preceding_invoices=(elsewhen,)))
    own = await api.books(BUYER_SIREN, await api_get(api, dated.id))
    assert own is not None and own.credited == Decimal("0") and own.unapplied

    db.received[received.id] = replace(received, seller_siren="")
    receive_credit_note(db, received, "11111111-2222-4333-8444-000000000222")
    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None and books.credited == Decimal("6.00")


async def test_the_parked_deliveries_are_the_company_s_page_by_its_token() -> None:
    asked: list[tuple[str, int, str]] = []
    page = Page([], "next")

    class Inbox(Parked):
        async def parked(self, company_siren: str, page_size: int, page_token: str) -> Page[object]:
            asked.append((company_siren, page_size, page_token))
            return page

    db, _api, _received = stack()
    api = ReceptionUseCases(
        uow=lambda: FakeUnitOfWork(db), inbox=Inbox(), clock=db.clock, render_page=lambda _invoice: b"%PDF-"
    )
    assert await api.parked(BUYER_SIREN, 25, "token") is page
    assert asked == [(BUYER_SIREN, 25, "token")]


async def test_a_credit_note_naming_a_number_two_received_invoices_bear_credits_neither() -> None:
    """A supplier numbering each year afresh sends F-1 of 2025 and F-1 of 2026 (two invoices: a received invoice is
    one per seller, number, type and year), then a credit note naming F-1 without its date (BT-26 is optional):
    which it credits is not known. Before, it credited both, a credit of 6.00 lowering what we owe by 12.00."""
    db, api, received = stack()
    assert received.invoice is not None and received.invoice.totals is not None
    due = received.invoice.totals.amount_due
    earlier = replace(
        received,
        id="11111111-2222-4333-8444-000000002025",
        platform_invoice_id="p-2025",
        invoice=received.invoice.evolve(issue_date=date(2025, 11, 2)),
    )
    db.received[earlier.id] = earlier
    note = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000381")
    assert note.invoice is not None
    db.received[note.id] = replace(
        note, invoice=note.invoice.evolve(preceding_invoices=(PrecedingInvoice("F-1"),))
    )

    for invoice_id in (received.id, earlier.id):
        books = await api.books(BUYER_SIREN, await api_get(api, invoice_id))
        assert books is not None and (books.credited, books.outstanding) == (Decimal("0"), due)
    own = await api.books(BUYER_SIREN, await api_get(api, note.id))
    assert own is not None and own.credited == Decimal("0")
    assert own.unapplied.startswith(
        "PAY-CREDIT-AMBIGUOUS: invoice F-1 named in BG-3 without its date (BT-26)"
    )

    dated = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000382")  # BT-26: the 2026 one
    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None and books.credited == Decimal("6.00")
    books = await api.books(BUYER_SIREN, await api_get(api, earlier.id))
    assert books is not None and books.credited == Decimal("0")
    own = await api.books(BUYER_SIREN, await api_get(api, dated.id))
    assert own is not None and (own.credited, own.unapplied) == (Decimal("6.00"), "")


async def test_a_received_credit_note_we_refused_says_so_in_its_own_books() -> None:
    """Refused (210), it credits nothing on the invoice it names; its own books said it was used (credited 6.00)."""
    db, api, received = stack()
    refused = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000210")
    platform_said(db, refused, "210")
    db.received[refused.id] = replace(refused, lifecycle_code="210")  # as PostgreSQL keeps it on the row

    own = await api.books(BUYER_SIREN, await api_get(api, refused.id))
    assert own is not None and (own.credited, own.outstanding, own.ended) == (0, 0, Decimal("6.00"))
    assert own.unapplied.startswith("PAY-CREDIT-ENDED: its lifecycle ended (210 Refused)")
    assert own.ended_by == "210 Refused"  # owed by nobody (it said 6.00 outstanding)


async def test_one_company_s_readable_views_at_once_are_bounded_and_leave_room_for_the_others() -> None:
    # Each readable view asks the platform (up to 20 MiB held) or draws a page in a thread: a flood from one key
    # took them without bound. Past two at once a company is told READABLE_BUSY; another company still gets one.
    db, api, received = stack()
    other = replace(received, id="22222222-2222-4333-8444-555555555555", company_siren=OTHER_SIREN)
    db.received[other.id] = other
    release = threading.Event()

    def slow_page(_invoice: object) -> bytes:
        release.wait(10)
        return b"%PDF-page"

    api = replace(api, render_page=slow_page)
    held = [asyncio.ensure_future(api.readable(BUYER_SIREN, received.id)) for _ in range(2)]
    others = asyncio.ensure_future(api.readable(OTHER_SIREN, other.id))
    for _ in range(3):
        await asyncio.sleep(0)  # each call runs to its page, in a thread: its slot is taken before that
    with pytest.raises(ReadableBusy, match="2 readable views in progress"):
        await api.readable(BUYER_SIREN, received.id)
    release.set()
    assert [c.source for c in await asyncio.gather(*held, others)] == ["gateway"] * 3
    assert (await api.readable(BUYER_SIREN, received.id)).source == "gateway"  # the slots came back


async def test_a_payment_sent_is_recorded_exactly_with_the_211_it_queues() -> None:
    db, api, received = stack()
    db.sends_payment_sent.add(BUYER_SIREN)
    outcome = await api.record_payment(
        BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 20), Decimal("10.00"))
    )
    assert outcome.status_queued and not outcome.replayed
    [status] = [r.payload for r in db.outbox.values() if r.kind == OutboxKind.SEND_STATUS]
    assert (status["code"], status["message"], status["amount"], status["currency"]) == (
        "211",
        "payment pay-1 of 2026-11-20",
        "10.00",
        "EUR",
    )
    queued_event, paid = [e for _r, _c, e in db.received_events]
    assert (queued_event.status_code, queued_event.detail) == ("211", "211")
    assert paid.detail == "payment pay-1 of 10.00 on 2026-11-20: 10.00 at 20 %; outstanding 2.60; 211 queued"
    assert paid.facts == {
        "number": "F-1",
        "payment_id": "pay-1",
        "paid_on": date(2026, 11, 20),
        "amount": Decimal("10.00"),
        "reversal": False,
        "parts": [{"vat_rate": Decimal("20"), "amount": Decimal("10.00")}],
        "outstanding": Decimal("2.60"),
        "status_211_queued": True,
    }
    assert [p.request for p in db.payments.values()] == [
        Payment("pay-1", date(2026, 11, 20), Decimal("10.00"))
    ]


async def test_a_payment_not_announced_queues_nothing_and_says_so() -> None:
    db, api, received = stack()
    outcome = await api.record_payment(
        BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 20), Decimal("10.00"))
    )
    assert not outcome.status_queued and queued(db) == []
    [paid] = [e for _r, _c, e in db.received_events]
    assert paid.detail == "payment pay-1 of 10.00 on 2026-11-20: 10.00 at 20 %; outstanding 2.60"
    assert paid.facts["status_211_queued"] is False


async def test_a_payment_on_a_received_invoice_that_could_not_be_read_is_refused_exactly() -> None:
    db, api, received = stack()
    db.received[received.id] = replace(received, invoice=None)
    with pytest.raises(PaymentRefused) as refused:
        await api.record_payment(
            BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 20), Decimal("1.00"))
        )
    assert (
        str(refused.value)
        == "PAY-UNREADABLE: this received invoice could not be read: its amounts are unknown"
    )
    assert refused.value.findings == (
        Finding(
            "PAY-UNREADABLE",
            Severity.FATAL,
            "the received document could not be read",
            "invoice_id",
            layer="payments",
        ),
    )


async def test_a_buyer_status_s_values_go_to_the_platform_and_its_event_as_given() -> None:
    db, api, received = stack()
    await api.set_buyer_status(
        BUYER_SIREN,
        received.id,
        "PAYMENT_SENT",
        message="paid by transfer",
        amount=Decimal("5.00"),
        currency="USD",
    )
    await api.set_buyer_status(BUYER_SIREN, received.id, "PAYMENT_SENT", amount=Decimal("1.00"))
    sent = [r.payload for r in db.outbox.values() if r.kind == OutboxKind.SEND_STATUS]
    assert [(p["code"], p["message"], p["amount"], p["currency"]) for p in sent] == [
        ("211", "paid by transfer", "5.00", "USD"),
        ("211", "", "1.00", "EUR"),  # no currency given: EUR
    ]


async def test_a_buyer_status_s_request_id_and_booked_amounts_are_refused_naming_what_is_wrong() -> None:
    db, api, received = stack()
    with pytest.raises(RequestRejected) as too_long:
        await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", request_id="r" * 129)
    assert [(f.rule_id, f.path) for f in too_long.value.findings] == [("PDPG-REQUEST-ID", "request_id")]
    assert "a retried status safe" in too_long.value.findings[0].message
    with pytest.raises(InvoiceRejected) as booked:
        await api.set_buyer_status(
            BUYER_SIREN,
            received.id,
            "REFUSED",
            reason="NON_CONFORME",
            booked=BookedAmounts(total=Decimal("1.00")),
        )
    assert booked.value.findings == (
        Finding(
            "PDP-BOOKS-STATUS",
            Severity.FATAL,
            "booked amounts go with APPROVED (205), not with 210",
            "booked",
            layer="request",
        ),
    )
    assert queued(db) == []


async def test_a_request_id_retried_with_other_books_or_another_choice_on_a_difference_is_a_conflict() -> (
    None
):
    db, api, received = stack()
    booked = BookedAmounts(total=Decimal("1.00"))
    await api.set_buyer_status(
        BUYER_SIREN,
        received.id,
        "APPROVED",
        booked=booked,
        on_difference=OnDifference.DISPUTE,
        request_id="r-1",
    )
    for other in (
        {"booked": BookedAmounts(total=Decimal("2.00")), "on_difference": OnDifference.DISPUTE},
        {"booked": booked, "on_difference": OnDifference.PARTIALLY_APPROVE},
    ):
        with pytest.raises(RequestConflict):
            await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", request_id="r-1", **other)


async def test_a_queued_buyer_status_s_event_says_its_code_reason_and_differences() -> None:
    db, api, received = stack()
    disputed = await api.set_buyer_status(
        BUYER_SIREN,
        received.id,
        "APPROVED",
        booked=BookedAmounts(total=Decimal("1.00")),
        on_difference=OnDifference.DISPUTE,
    )
    assert (disputed.code, disputed.outbox_id) == ("207", 1)
    [event] = [e for _r, _c, e in db.received_events]
    assert event.detail == (
        "207 MONTANTTOTAL_ERR Montants comptabilisés différents : total VAT included: booked 1.00, invoiced 12.60"
        " (difference 11.60)"
    )
    other_db, other_api, other = stack()
    await other_api.set_buyer_status(BUYER_SIREN, other.id, "APPROVED")
    assert [e.detail for _r, _c, e in other_db.received_events] == ["205"]


async def test_a_request_id_retried_for_another_status_is_a_conflict() -> None:
    _db, api, received = stack()
    await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", request_id="r-1")
    with pytest.raises(RequestConflict):
        await api.set_buyer_status(BUYER_SIREN, received.id, "DISPUTED", reason="AUTRE", request_id="r-1")


async def test_a_payment_sent_keeps_what_was_applied_on_which_side_and_when() -> None:
    db, api, received = stack()
    assert received.invoice is not None
    db.received[received.id] = replace(received, invoice=received.invoice.evolve(currency="USD"))
    db.sends_payment_sent.add(BUYER_SIREN)
    payment = Payment("pay-1", date(2026, 11, 20), Decimal("10.00"))
    outcome = await api.record_payment(BUYER_SIREN, received.id, payment)
    again = await api.record_payment(BUYER_SIREN, received.id, payment)
    assert outcome.payment is not None and outcome.payment.amount == Decimal("10.00")
    assert again.payment == outcome.payment
    [stored] = db.payments.values()
    assert (stored.side, stored.recorded_at) == (PaymentSide.SENT, NOW)
    [status] = [r.payload for r in db.outbox.values() if r.kind == OutboxKind.SEND_STATUS]
    assert status["currency"] == "USD"  # the invoice's


async def test_a_disputed_status_retried_answers_again_its_differences_exactly() -> None:
    # The answer kept for a request id is read back for its retries: the differences, each amount and VAT rate.
    db, api, received = stack()
    booked = BookedAmounts(total=Decimal("1.00"), vat_by_rate=((Decimal("20"), Decimal("0.50")),))
    asked = {"booked": booked, "on_difference": OnDifference.DISPUTE, "request_id": "r-1"}
    first = await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", **asked)  # type: ignore[arg-type]
    again = await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", **asked)  # type: ignore[arg-type]
    assert first.differences == (
        Difference("PDP-BOOKS-TOTAL", "BT-112", Decimal("1.00"), Decimal("12.60")),
        Difference("PDP-BOOKS-VAT", "BG-23[20]/BT-117", Decimal("0.50"), Decimal("2.10"), Decimal("20")),
    )
    assert again == first and queued(db) == ["207"]


async def test_books_are_compared_only_with_a_received_invoice_that_could_be_read() -> None:
    db, api, received = stack()
    db.received[received.id] = replace(received, invoice=None)
    with pytest.raises(IllegalTransition) as refused:
        await api.set_buyer_status(
            BUYER_SIREN, received.id, "APPROVED", booked=BookedAmounts(total=Decimal("12.60"))
        )
    assert str(refused.value) == (
        "this received invoice could not be read: there are no amounts to compare with the books"
    )
    [finding] = refused.value.findings
    assert (finding.rule_id, finding.severity, finding.path, finding.layer) == (
        "PDP-BOOKS-UNREADABLE",
        Severity.FATAL,
        "booked",
        "books",
    )
    assert finding.message == "the received document could not be read, so its amounts are unknown"
    assert queued(db) == []


async def test_the_supplier_s_own_tolerance_decides_before_the_company_s() -> None:
    db, api, received = stack()
    assert received.invoice is not None
    booked = BookedAmounts(total=Decimal("12.00"))  # 0.60 under the invoice's 12.60
    db.books_tolerance[BUYER_SIREN] = Tolerance(Decimal("0.10"))
    db.books_tolerance[received.invoice.seller.siren] = Tolerance(
        Decimal("5.00")
    )  # as a company: not this one's
    with pytest.raises(BooksMismatch):
        await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", booked=booked)
    db.supplier_books_tolerance[(BUYER_SIREN, received.invoice.seller.siren)] = Tolerance(Decimal("1.00"))
    assert (await api.set_buyer_status(BUYER_SIREN, received.id, "APPROVED", booked=booked)).code == "205"


async def test_a_partial_approval_for_differences_says_them_after_the_buyer_s_message_within_1024() -> None:
    db, api, received = stack()
    booked = BookedAmounts(total=Decimal("1.00"))
    said = "Montants comptabilisés différents : total VAT included: booked 1.00, invoiced 12.60 (difference 11.60)"
    partial = await api.set_buyer_status(
        BUYER_SIREN,
        received.id,
        "APPROVED",
        message="checked by A. Martin",
        currency="USD",
        booked=booked,
        on_difference=OnDifference.PARTIALLY_APPROVE,
    )
    assert partial.code == "206"
    long = "m" * 1000
    await api.set_buyer_status(
        BUYER_SIREN, received.id, "APPROVED", message=long, booked=booked, on_difference=OnDifference.DISPUTE
    )
    sent = [r.payload for r in db.outbox.values() if r.kind == OutboxKind.SEND_STATUS]
    assert [(p["code"], p["reason"], p["message"], p["currency"]) for p in sent] == [
        ("206", "AUTRE", f"checked by A. Martin {said}", "USD"),
        ("207", "MONTANTTOTAL_ERR", f"{long} {said}"[:1024], "EUR"),
    ]


async def test_an_unknown_or_another_company_s_received_invoice_is_not_found_by_its_id() -> None:
    _db, api, received = stack()
    for call in (
        api.get("303265045", received.id),
        api.set_buyer_status("303265045", received.id, "APPROVED"),
        api.readable("303265045", received.id),
    ):
        with pytest.raises(InvoiceNotFound) as missing:
            await call
        assert str(missing.value) == f"no received invoice {received.id}"


async def test_the_company_s_received_invoices_are_listed_by_its_filter_page_and_token() -> None:
    db, api, received = stack()
    other = replace(received, id="22222222-2222-4333-8444-555555555555", company_siren=OTHER_SIREN)
    db.received[other.id] = other
    assert [i.id for i in (await api.list(BUYER_SIREN, ReceivedFilter(), 10, ""))[0].items] == [received.id]
    assert (await api.list(BUYER_SIREN, ReceivedFilter(valid=False), 10, ""))[0].items == []
    later = replace(
        received,
        id="33333333-2222-4333-8444-555555555555",
        received_at=received.received_at + timedelta(hours=1),
    )
    db.received[later.id] = later
    first, _ = await api.list(BUYER_SIREN, ReceivedFilter(), 1, "")
    assert [i.id for i in first.items] == [later.id] and first.next_token
    rest, _ = await api.list(BUYER_SIREN, ReceivedFilter(), 1, first.next_token)
    assert [i.id for i in rest.items] == [received.id] and rest.next_token == ""


async def test_a_parked_delivery_is_replayed_for_its_company_or_not_found() -> None:
    asked: list[tuple[int, str | None]] = []

    class Inbox(Parked):
        async def replay(self, delivery_id: int, company_siren: str | None) -> bool:
            asked.append((delivery_id, company_siren))
            return delivery_id == 7

    db, api, _received = stack()
    api = replace(api, inbox=Inbox())
    assert await api.replay(BUYER_SIREN, 7) is True
    with pytest.raises(InvoiceNotFound) as missing:
        await api.replay(BUYER_SIREN, 8)
    assert str(missing.value) == "no parked delivery 8"
    assert asked == [(7, BUYER_SIREN), (8, BUYER_SIREN)]


async def test_a_supplier_s_corrective_invoice_replaces_the_received_invoice_and_carries_what_we_paid() -> (
    None
):
    """XP Z12-014 UC4 on the received side, the rule of the invoices we issue (service.usecases.corrections): once
    a supplier's 384 naming F-1 is received, F-1 owes nothing (`replaced_by`, a payment refused PAY-REPLACED) and the
    384 counts what we paid on F-1. Before, F-1 still showed what was left as owed and the 384 its whole amount:
    our payables counted the supplier's claim twice."""
    db, api, received = stack()
    assert received.invoice is not None and received.invoice.totals is not None
    due = received.invoice.totals.amount_due
    paid = Decimal("10.00")
    await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 19), paid))
    fc = DocumentType.CORRECTIVE_INVOICE  # 1 x 150.00 at 20 %: 180.00
    other = receive_naming(
        db, received, "11111111-2222-4333-8444-000000000999", fc, "150.00", seller="303265045"
    )
    corrective = receive_naming(
        db, received, "11111111-2222-4333-8444-000000000384", fc, "150.00", hours_ago=1
    )

    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None
    assert (books.replaced_by, books.replaced, books.paid, books.outstanding) == (
        corrective.number,
        due - paid,
        paid,
        Decimal("0"),
    )
    with pytest.raises(PaymentRefused, match="PAY-REPLACED"):
        await api.record_payment(
            BUYER_SIREN, received.id, Payment("pay-2", date(2026, 11, 20), Decimal("1.00"))
        )
    own = await api.books(BUYER_SIREN, await api_get(api, corrective.id))
    assert own is not None
    assert (own.total, own.carried, own.outstanding) == (Decimal("180.00"), paid, Decimal("170.00"))
    assert own.unapplied.startswith(f"PAY-CORRECTIVE-REPLACES: it replaces invoice {received.number}")
    # another seller's 384 naming a number alike replaces nothing of ours and carries nothing
    theirs = await api.books(BUYER_SIREN, await api_get(api, other.id))
    assert theirs is not None and (theirs.carried, theirs.outstanding) == (Decimal("0"), Decimal("180.00"))
    assert theirs.unapplied.startswith("PAY-CORRECTIVE-NOT-APPLIED")


async def test_a_corrective_invoice_naming_its_own_number_replaces_nothing_and_is_owed_whole() -> None:
    """A supplier's 384 whose BG-3 names its own number and date (found on a real server: another seller's 384
    numbered as the invoice it names): it is not an invoice it replaces. Before, it replaced itself: `replaced_by`
    its own number, outstanding 0.00, a payment on it refused PAY-REPLACED, and the supplier's claim vanished."""
    db, api, received = stack()
    assert received.invoice is not None
    fc = DocumentType.CORRECTIVE_INVOICE
    own = receive_naming(
        db, received, "11111111-2222-4333-8444-000000000999", fc, "50.00", seller=OTHER_SIREN
    )
    assert own.invoice is not None
    db.received[own.id] = replace(
        own, invoice=own.invoice.evolve(number=received.number), number=received.number
    )

    books = await api.books(BUYER_SIREN, await api_get(api, own.id))
    assert books is not None
    assert (books.replaced_by, books.carried, books.outstanding) == ("", Decimal("0"), Decimal("60.00"))
    assert books.unapplied.startswith("PAY-CORRECTIVE-NOT-APPLIED")


async def test_a_credit_note_naming_an_invoice_a_corrective_invoice_replaced_credits_nothing_and_says_so() -> (
    None
):
    """A credit note of 6.00 naming F-1, and a 384 replacing F-1: the 384 restates F-1's whole amounts (UC4), so
    the credit is not counted on F-1 (whose `replaced` would hide it) but shown unallocated on the credit note, with
    its rule, as one naming a cancelled invoice (220) is. Before (found on a real server), F-1 took the credit and
    owed nothing anyway, the credit note showed it used: 6.00 of credit vanished without a word."""
    db, api, received = stack()
    assert received.invoice is not None and received.invoice.totals is not None
    due = received.invoice.totals.amount_due
    await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 19), Decimal("5.00")))
    note = receive_credit_note(db, received, "11111111-2222-4333-8444-000000000381")
    fc = DocumentType.CORRECTIVE_INVOICE
    corrective = receive_naming(
        db, received, "11111111-2222-4333-8444-000000000384", fc, "150.00", hours_ago=1
    )

    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None
    assert (books.credited, books.paid, books.replaced, books.outstanding) == (
        Decimal("0"),
        Decimal("5.00"),
        due - Decimal("5.00"),
        Decimal("0"),
    )
    assert books.unapplied.startswith(
        f"PAY-CREDIT-REPLACED: 6.00 credited by credit notes naming this invoice is not counted: corrective invoice"
        f" {corrective.number} replaces it"
    ), books.unapplied
    own = await api.books(BUYER_SIREN, await api_get(api, note.id))
    assert own is not None and (own.credited, own.outstanding) == (Decimal("0"), Decimal("6.00"))
    assert own.unapplied.startswith(
        f"PAY-CREDIT-REPLACED: invoice {received.number} it names is replaced by corrective invoice {corrective.number}"
    ), own.unapplied
    replacing = await api.books(BUYER_SIREN, await api_get(api, corrective.id))
    assert replacing is not None and (replacing.carried, replacing.outstanding) == (
        Decimal("5.00"),
        Decimal("175.00"),
    )


async def test_the_220_that_closes_a_replaced_invoice_keeps_what_we_paid_on_it_counted_on_the_corrective_one() -> (
    None
):
    """UC4's own flow: the supplier sends the 384, then 220 Annulée for the invoice it replaces (XP Z12-014 Annexe B:
    "the SELLER sets the status of the original invoice to Canceled"). The 5.00 we paid on F-1 still counts on the
    384 (owed 175.00), and F-1, cancelled, owes nothing. Before, the cancelled F-1 was no longer found (an invoice
    so ended takes no credit): the 384 carried nothing and we owed its whole 180.00, paying 5.00 twice."""
    db, api, received = stack()
    await api.record_payment(BUYER_SIREN, received.id, Payment("pay-1", date(2026, 11, 19), Decimal("5.00")))
    fc = DocumentType.CORRECTIVE_INVOICE
    corrective = receive_naming(
        db, received, "11111111-2222-4333-8444-000000000384", fc, "150.00", hours_ago=1
    )
    platform_said(db, received, "220")  # as the inbox worker stores it: the status and the row's current code
    db.received[received.id] = replace(db.received[received.id], lifecycle_code="220")

    books = await api.books(BUYER_SIREN, await api_get(api, received.id))
    assert books is not None and (books.paid, books.outstanding, books.ended_by) == (
        Decimal("5.00"),
        Decimal("0"),
        "220 Cancelled",
    )
    replacing = await api.books(BUYER_SIREN, await api_get(api, corrective.id))
    assert replacing is not None
    assert (replacing.carried, replacing.outstanding) == (Decimal("5.00"), Decimal("175.00"))
