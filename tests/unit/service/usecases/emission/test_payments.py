"""A month of payments on fakes: the statuses sent, the books and the payment data, against figures computed by
hand (tests/integration/service/usecases/test_payments.py does the same on PostgreSQL, through the declaration).
Each payment is reported once: as a 212 for a domestic e-invoice, in the payment data (10.2) for an international
sale (domain.payments.payment_data_reported)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from domain.audit import GATEWAY
from domain.emission import ProcessingState
from domain.errors import IllegalTransition, InvoiceNotFound, RequestConflict
from domain.findings import Finding, Severity
from domain.invoice import DocumentType, Invoice, PrecedingInvoice, ProcessingRule
from domain.payments import Payment, PaymentInvalid, PaymentRefused, RatePart, Settlement
from domain.platform import OutgoingStatus, PlatformStatus
from domain.reporting.payments import payment_lines
from service.usecases.emission.invoice_status import set_invoice_status
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from service.usecases.emission.payments import books_findings, invoice_books, record_payment
from service.workers.pipeline.statuses import receive_platform_status
from tests.builders import OTHER_SIREN, SELLER_SIREN, a_line, an_invoice
from tests.support.reporting_data import german_buyer
from tests.unit.service.workers.pipeline.harness import Pipeline

D = Decimal


def one_rate(**overrides: object) -> Invoice:
    """1000.00 + 200.00 VAT: 1200.00 (services, S1: VAT on receipt)."""
    return an_invoice(**overrides).evolve(lines=(a_line("1", "10", "100.00", "20"),))


def two_rates(**overrides: object) -> Invoice:
    """1000.00 + 200.00 at 20 %, 200.00 + 11.00 at 5.5 %: 1411.00."""
    return an_invoice(**overrides).evolve(
        lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    )


def international(**overrides: object) -> dict[str, object]:
    """A sale to a business established abroad (B2BINT): e-reported, kept off the platform (NOT_TRANSMITTED)."""
    return {"processing_rule": ProcessingRule.B2B_INT, "buyer": german_buyer(), **overrides}


def credit_note_of(invoice: Invoice, **overrides: object) -> Invoice:
    """A credit note of 120.00 (100.00 at 20 %) naming `invoice` alone (BG-3)."""
    return an_invoice(
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date),),
        **overrides,
    ).evolve(lines=(a_line("1", "1", "100.00", "20"),))


async def sent(p: Pipeline, invoice: Invoice) -> str:
    invoice_id = p.submit(invoice)
    await p.settle()
    expected = (
        ProcessingState.SENT
        if invoice.processing_rule.is_sent_to_platform
        else ProcessingState.NOT_TRANSMITTED
    )
    assert p.invoice(invoice_id).state is expected
    return invoice_id


def pay(pid: str, day: int, amount: str, *parts: tuple[str, str]) -> Payment:
    return Payment(pid, date(2026, 11, day), D(amount), tuple(RatePart(D(r), D(a)) for r, a in parts))


def statuses_212(p: Pipeline, invoice_id: str) -> list[OutgoingStatus]:
    platform_id = p.invoice(invoice_id).platform_id
    return [s for pid, s in p.platform.sent_statuses if pid == platform_id and s.code == "212"]


async def test_a_payment_dated_after_today_in_france_is_refused_pay_date_today_being_reunion_s() -> None:
    # found closing a month on a real server (session 17): payments dated 2030-01-01 were taken and their 212s sent
    p = Pipeline()
    invoice_id = await sent(p, one_rate())
    # 21:30 on 30 November in Paris, 00:30 on 1 December in Réunion, whose day begins first of the French VAT
    # territories: a company there records the payment of its own day
    p.clock.current = datetime(2026, 11, 30, 20, 30, tzinfo=UTC)
    early = Payment("P-1", date(2026, 12, 2), D("100.00"))
    with pytest.raises(PaymentInvalid) as refused:
        await record_payment(SELLER_SIREN, invoice_id, early, uow_factory=p.ctx.uow, clock=p.ctx.clock)
    assert [(f.rule_id, f.path) for f in refused.value.findings] == [("PAY-DATE", "date")]
    assert refused.value.findings[0].message.startswith(
        "the payment is dated 2026-12-02, after today (2026-12-01): it is recorded once it happened"
    )
    assert statuses_212(p, invoice_id) == [] and p.store.payments == {}
    # the day it is in Réunion, not yet in Paris nor in UTC
    today = Payment("P-2", date(2026, 12, 1), D("100.00"))
    taken = await record_payment(SELLER_SIREN, invoice_id, today, uow_factory=p.ctx.uow, clock=p.ctx.clock)
    assert taken.books.paid == D("100.00")


@pytest.mark.parametrize(
    ("day", "rule"),
    [
        # found on a real server (session 17, left; session 18): 1990-01-01 was taken and its 212 sent as typed
        (date(1990, 1, 1), "PAY-DATE-YEAR"),
        (date(2016, 11, 2), "PAY-DATE-BEFORE-INVOICE"),  # 2016 typed for 2026
    ],
)
async def test_a_payment_dated_before_2000_or_years_before_its_invoice_is_refused_naming_the_rule(
    day: date, rule: str
) -> None:
    p = Pipeline()
    invoice_id = await sent(p, one_rate())
    old = Payment("P-1", day, D("100.00"))
    with pytest.raises(PaymentInvalid) as refused:
        await record_payment(SELLER_SIREN, invoice_id, old, uow_factory=p.ctx.uow, clock=p.ctx.clock)
    assert [(f.rule_id, f.path) for f in refused.value.findings] == [(rule, "date")]
    assert statuses_212(p, invoice_id) == [] and p.store.payments == {}
    issued = p.invoice(invoice_id).invoice.issue_date
    advance = Payment("P-2", issued - timedelta(days=366), D("100.00"))  # an order paid a year ahead: taken
    taken = await record_payment(SELLER_SIREN, invoice_id, advance, uow_factory=p.ctx.uow, clock=p.ctx.clock)
    assert taken.books.paid == D("100.00")


@pytest.mark.parametrize("rule", [ProcessingRule.B2B, ProcessingRule.B2B_INT])
async def test_a_month_of_payments_under_vat_on_receipt(rule: ProcessingRule) -> None:
    p = Pipeline()
    kind = international() if rule is ProcessingRule.B2B_INT else {}
    full, partial, bounced = (
        await sent(p, one_rate(**kind)),
        await sent(p, two_rates(**kind)),
        await sent(p, one_rate(**kind)),
    )
    p.clock.current = datetime(
        2026, 11, 30, 18, tzinfo=UTC
    )  # the month's close: each payment is of a day past

    # Paid in full on the 5th.
    await record_payment(
        SELLER_SIREN, full, pay("A-1", 5, "1200.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    # Paid over three payments: pro rata, then a split given, then the rest.
    # 500.00 pro rata of 211.00 / 1200.00: 74.7696 -> 74.77 and 425.2303 -> 425.23 (the larger remainder takes the cent)
    first = await record_payment(
        SELLER_SIREN, partial, pay("B-1", 6, "500.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    await record_payment(
        SELLER_SIREN,
        partial,
        pay("B-2", 12, "400.00", ("20", "400.00")),
        uow_factory=p.ctx.uow,
        clock=p.ctx.clock,
    )
    # What is left: 211.00 - 74.77 = 136.23 at 5.5 %, 1200.00 - 425.23 - 400.00 = 374.77 at 20 %.
    last = await record_payment(
        SELLER_SIREN, partial, pay("B-3", 20, "511.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    # 600.00 paid on the 10th, 300.00 on the 12th; on the 16th, 600.00 of cheques bounced.
    await record_payment(
        SELLER_SIREN, bounced, pay("C-1", 10, "600.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    await record_payment(
        SELLER_SIREN, bounced, pay("C-2", 12, "300.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    reversal = await record_payment(
        SELLER_SIREN, bounced, pay("C-R", 16, "-600.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    # An over-payment is refused and changes nothing.
    with pytest.raises(PaymentRefused) as refused:
        await record_payment(
            SELLER_SIREN, full, pay("A-2", 25, "0.01"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    assert [f.rule_id for f in refused.value.findings] == ["PAY-OVERPAYMENT"]
    await p.settle()

    assert first.payment.parts == (RatePart(D("5.5"), D("74.77")), RatePart(D("20"), D("425.23")))
    assert last.payment.parts == (RatePart(D("5.5"), D("136.23")), RatePart(D("20"), D("374.77")))
    assert (
        last.books.outstanding == 0
        and reversal.books.paid == D("300.00")
        and reversal.books.outstanding == D("900.00")
    )

    if rule is ProcessingRule.B2B:
        await _reported_as_212s(p, full, partial, bounced)
    else:
        await _reported_as_payment_data(p, full, partial, bounced)

    # Each payment is in the audit log once, with its facts; the refused one left no entry.
    entries = [e for e in p.store.audit.entries[SELLER_SIREN] if "payment" in e.action]
    assert [
        (e.action, e.details["payment_id"], D(e.details["amount"]), e.details["reversal"]) for e in entries
    ] == [
        ("invoice.payment", "A-1", D("1200.00"), False),
        ("invoice.payment", "B-1", D("500.00"), False),
        ("invoice.payment", "B-2", D("400.00"), False),
        ("invoice.payment", "B-3", D("511.00"), False),
        ("invoice.payment", "C-1", D("600.00"), False),
        ("invoice.payment", "C-2", D("300.00"), False),
        ("invoice.payment", "C-R", D("-600.00"), True),
    ]
    assert (
        entries[-1].actor == GATEWAY.label and entries[-1].subject_id == bounced
    )  # no edge here: the gateway
    # Each payment is in the invoice's history (and so in Watch).
    [event] = [e for e in p.invoice(full).events if e.kind == "PAYMENT"]
    assert "payment A-1 of 1200.00 on 2026-11-05" in event.detail and "outstanding 0.00" in event.detail


async def _reported_as_212s(p: Pipeline, full: str, partial: str, bounced: str) -> None:
    """A domestic e-invoice: one 212 per payment, with its amount per VAT rate, and no payment data (the platform
    passes the 212 to the administration: a 10.2 line as well would report the payment twice)."""
    assert p.store.reported_payments == {}
    assert [(s.amount, s.vat_rate, s.parts) for s in statuses_212(p, full)] == [(D("1200.00"), D("20"), ())]
    assert [(s.amount, s.vat_rate, s.parts) for s in statuses_212(p, partial)] == [
        (D("500.00"), None, (RatePart(D("5.5"), D("74.77")), RatePart(D("20"), D("425.23")))),
        (D("400.00"), D("20"), ()),
        (D("511.00"), None, (RatePart(D("5.5"), D("136.23")), RatePart(D("20"), D("374.77")))),
    ]
    assert [(s.amount, s.vat_rate) for s in statuses_212(p, bounced)] == [
        (D("600.00"), D("20")),
        (D("300.00"), D("20")),
        (D("-600.00"), D("20")),
    ]

    [back] = [e for e in p.invoice(bounced).events if e.kind == "PAYMENT" and "C-R" in e.detail]
    assert back.detail.endswith("; 212 queued")


async def _reported_as_payment_data(p: Pipeline, full: str, partial: str, bounced: str) -> None:
    """An international sale: never on the platform, so no 212; its payment data (10.2) per day, invoice and
    rate."""
    assert [s for _, s in p.platform.sent_statuses if s.code == "212"] == []
    number = {i: p.invoice(i).number for i in (full, partial, bounced)}
    lines = [
        (ln.day.day, ln.invoice_id, ln.vat_rate, ln.amount)
        for ln in payment_lines(p.store.reported_payments.values())
    ]
    assert sorted(lines, key=lambda x: (x[0], x[1] or "", x[2])) == sorted(
        [
            (5, number[full], D("20"), D("1200.00")),
            (6, number[partial], D("5.5"), D("74.77")),
            (6, number[partial], D("20"), D("425.23")),
            # The reversal takes back from the latest days, never a negative line (Flux10 G1.16): all of the
            # 12th's 300.00 (no line left), then 300.00 of the 10th's 600.00.
            (10, number[bounced], D("20"), D("300.00")),
            (12, number[partial], D("20"), D("400.00")),
            (20, number[partial], D("5.5"), D("136.23")),
            (20, number[partial], D("20"), D("374.77")),
        ],
        key=lambda x: (x[0], x[1] or "", x[2]),
    )

    # The reversal's history says which days' payment data it took back (no declaration was submitted here:
    # nothing to rectify; test_held_payments shows one that was).
    [back] = [e for e in p.invoice(bounced).events if e.kind == "PAYMENT" and "C-R" in e.detail]
    assert back.detail.endswith("; taken back from the payment data of 2026-11-10, 2026-11-12")


async def test_under_the_debits_option_a_payment_moves_the_books_only() -> None:
    p = Pipeline()
    goods = await sent(p, one_rate(business_process="B1"))
    outcome = await record_payment(
        SELLER_SIREN, goods, pay("G-1", 5, "200.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    await p.settle()
    assert (outcome.books.paid, outcome.books.outstanding) == (D("200.00"), D("1000.00"))
    assert not outcome.status_queued and not outcome.reported
    assert statuses_212(p, goods) == [] and p.store.reported_payments == {}


async def test_a_payment_id_is_recorded_once_and_refused_with_other_content() -> None:
    p = Pipeline()
    invoice_id = await sent(p, one_rate())
    await record_payment(
        SELLER_SIREN, invoice_id, pay("P-1", 5, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    again = await record_payment(
        SELLER_SIREN, invoice_id, pay("P-1", 5, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert again.replayed and again.books.paid == D("100.00")
    with pytest.raises(RequestConflict, match="P-1"):
        await record_payment(
            SELLER_SIREN, invoice_id, pay("P-1", 5, "150.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    await p.settle()
    assert len(statuses_212(p, invoice_id)) == 1
    assert [e.action for e in p.store.audit.entries[SELLER_SIREN] if "payment" in e.action] == [
        "invoice.payment"
    ]


async def test_an_invoice_of_another_company_takes_no_payment() -> None:
    # (One not yet deposited holds it: test_held_payments.py.)
    p = Pipeline()
    invoice_id = p.submit(one_rate())
    with pytest.raises(InvoiceNotFound):
        await record_payment(
            OTHER_SIREN, invoice_id, pay("P-1", 5, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    assert p.store.payments == {}


async def test_a_payment_on_a_b2c_sale_feeds_the_aggregated_b2c_payments() -> None:
    p = Pipeline()
    sale = one_rate(processing_rule=ProcessingRule.B2C)
    invoice_id = p.submit(sale)
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.NOT_TRANSMITTED
    outcome = await record_payment(
        SELLER_SIREN, invoice_id, pay("S-1", 5, "1200.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert outcome.reported and not outcome.status_queued  # the platform never had it: no 212
    [line] = payment_lines(p.store.reported_payments.values())
    assert (line.invoice_id, line.vat_rate, line.amount) == (None, D("20"), D("1200.00"))  # 10.4


async def test_an_invoice_in_dollars_is_paid_in_dollars_and_its_payments_reported_in_euros() -> None:
    p = Pipeline()
    # 1411.00 USD (1200.00 at 20 %, 211.00 at 5.5 %), 0.92 EUR per USD.
    usd = an_invoice(**international(currency="USD", exchange_rate=D("0.92"))).evolve(
        lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    )
    invoice_id = await sent(p, usd)
    # 500.00 USD: 74.77 / 425.23 USD; 460.00 EUR at 0.92, shared 68.79 / 391.21 (see test_payments in domain).
    first = await record_payment(
        SELLER_SIREN, invoice_id, pay("U-1", 5, "500.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    # 911.00 USD, what is left (136.23 / 774.77 USD); the bank credited 840.00 EUR: 840 x 136.23 / 911 =
    # 125.6127... -> 125.61 (remainder 0.0027), 840 x 774.77 / 911 = 714.3872... -> 714.38 (0.0072): the cent
    # goes to 20 %, 125.61 + 714.39.
    last = await record_payment(
        SELLER_SIREN,
        invoice_id,
        replace(pay("U-2", 9, "911.00"), amount_eur=D("840.00")),
        uow_factory=p.ctx.uow,
        clock=p.ctx.clock,
    )
    assert first.reported and last.books.outstanding == 0
    # Without an exchange rate and without amount_eur, nothing can be reported: refused, naming the rule.
    bare = await sent(
        p, an_invoice(**international(currency="USD")).evolve(lines=(a_line("1", "10", "100.00", "20"),))
    )
    with pytest.raises(PaymentInvalid) as missing:
        await record_payment(
            SELLER_SIREN, bare, pay("U-3", 9, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    assert [f.rule_id for f in missing.value.findings] == ["PAY-EUR-AMOUNT"]
    await p.settle()

    # A domestic e-invoice in dollars is reported by its 212, which carries the invoice's own amounts and currency
    # (UNVERIFIED: the CDAR example is in EUR): no EUR amount is needed, and there is no payment data.
    domestic = await sent(p, an_invoice(currency="USD").evolve(lines=(a_line("1", "10", "100.00", "20"),)))
    paid = await record_payment(
        SELLER_SIREN, domestic, pay("U-4", 9, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert paid.status_queued and not paid.reported
    await p.settle()
    assert [(s.amount, s.currency) for s in statuses_212(p, domestic)] == [(D("100.00"), "USD")]
    lines = payment_lines(p.store.reported_payments.values())
    assert [(ln.day.day, ln.vat_rate, ln.amount, ln.currency) for ln in lines] == [
        (5, D("5.5"), D("68.79"), "EUR"),
        (5, D("20"), D("391.21"), "EUR"),
        (9, D("5.5"), D("125.61"), "EUR"),
        (9, D("20"), D("714.39"), "EUR"),
    ]
    assert all(not ln.findings() for ln in lines)  # no ER-CURRENCY: the payment data is in EUR (Flux10 G6.27)


async def test_a_credit_note_issued_against_an_invoice_lowers_what_its_buyer_owes() -> None:
    """1411.00 invoiced and deposited; a credit note of 120.00 at 20 % names it (BG-3). Until the credit note is
    with the buyer (deposited), the books stand; then the buyer owes 1291.00, a payment of it settles every rate,
    and one of the invoice's full amount is an over-payment."""
    p = Pipeline()
    invoice_id = await sent(p, two_rates())
    invoice = p.invoice(invoice_id).invoice
    credit = credit_note_of(invoice)
    credit_id = p.submit(credit)
    before = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    await p.settle()
    assert p.invoice(credit_id).state is ProcessingState.SENT
    after = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())

    assert (before.credited, before.outstanding) == (D("0"), D("1411.00"))
    assert (after.total, after.credited, after.outstanding) == (D("1411.00"), D("120.00"), D("1291.00"))
    with pytest.raises(PaymentRefused):
        await record_payment(
            SELLER_SIREN, invoice_id, pay("CN-1", 20, "1411.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    paid = await record_payment(
        SELLER_SIREN, invoice_id, pay("CN-2", 20, "1291.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert paid.books.outstanding == 0
    assert paid.payment.parts == (RatePart(D("5.5"), D("211.00")), RatePart(D("20"), D("1080.00")))
    # the credit note's own books: its 120.00 went to the invoice it names, nothing of it is left to use
    own = await invoice_books(SELLER_SIREN, p.invoice(credit_id), uow=p.ctx.uow())
    assert (own.total, own.credited, own.outstanding) == (D("120.00"), D("120.00"), D("0.00"))


async def test_a_credit_note_naming_several_invoices_credits_none_and_its_books_say_why() -> None:
    """A rebate credit note naming two invoices in BG-3 (BR-FR-CO-05 allows it): its amounts do not say what each
    invoice is credited, so neither is (nothing guessed), and the credit note's own books show the whole credit as
    unallocated, naming the rule; before, it credited nothing without a word."""
    p = Pipeline()
    first = await sent(p, two_rates())
    second = await sent(p, two_rates(number="F-2026-0002"))
    invoices = [p.invoice(first).invoice, p.invoice(second).invoice]
    credit = an_invoice(
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=tuple(PrecedingInvoice(i.number, i.issue_date) for i in invoices),
    ).evolve(lines=(a_line("1", "1", "100.00", "20"),))
    credit_id = p.submit(credit)
    await p.settle()

    said = []
    for invoice_id in (first, second):
        books = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
        assert (books.credited, books.outstanding) == (D("0"), D("1411.00"))
        said.append(books.unapplied)
    # Each invoice it names is told, the second as the first (before, only the one named first was)
    note = p.invoice(credit_id).number
    for unapplied in said:
        assert unapplied.startswith(
            f"PAY-CREDIT-SEVERAL: credit note {note} names this invoice and was not applied: it"
        )
    own = await invoice_books(SELLER_SIREN, p.invoice(credit_id), uow=p.ctx.uow())
    assert (own.total, own.credited, own.outstanding) == (D("120.00"), D("0"), D("120.00"))
    assert own.unapplied.startswith(
        f"PAY-CREDIT-SEVERAL: it names 2 invoices in BG-3 ({invoices[0].number}, F-2026-0002) and does not say"
    )


async def test_a_credit_note_in_another_currency_credits_nothing_and_says_so() -> None:
    p = Pipeline()
    invoice_id = await sent(p, two_rates())
    invoice = p.invoice(invoice_id).invoice
    credit = credit_note_of(invoice, currency="USD", exchange_rate=D("0.9"))
    credit_id = p.submit(credit)
    await p.settle()

    books = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    assert (books.credited, books.outstanding) == (D("0"), D("1411.00"))
    own = await invoice_books(SELLER_SIREN, p.invoice(credit_id), uow=p.ctx.uow())
    assert own.unapplied == (
        f"PAY-CREDIT-CURRENCY: it is in USD, invoice {invoice.number} in EUR: it credits nothing there"
        " (unallocated); issue it in the invoice's currency"
    )


async def replaced_by_a_corrective(
    p: Pipeline, corrective: Callable[..., Invoice], number: str, *parts: tuple[str, str]
) -> tuple[str, str, Invoice]:
    """An invoice at two rates (1411.00) paid `parts` (rate, amount; one payment each), then a corrective invoice
    (`corrective`'s lines) naming it, with its buyer: (invoice id, corrective id, invoice)."""
    invoice_id = await sent(p, two_rates())
    invoice = p.invoice(invoice_id).invoice
    for i, (rate, amount) in enumerate(parts):
        payment = pay(f"{number}-{i}", 5, amount, (rate, amount))
        await record_payment(SELLER_SIREN, invoice_id, payment, uow_factory=p.ctx.uow, clock=p.ctx.clock)
    named = (PrecedingInvoice(invoice.number, invoice.issue_date),)
    corrective_id = p.submit(
        corrective(number=number, type_code=DocumentType.CORRECTIVE_INVOICE, preceding_invoices=named)
    )
    await p.settle()
    return invoice_id, corrective_id, invoice


async def test_a_corrective_invoice_replaces_the_invoice_it_names_and_counts_what_was_paid_on_it() -> None:
    """XP Z12-014 Annexe B UC4: a corrective invoice (384) "cancels and replaces" the one it names, restating its
    whole amounts. Once it is with its buyer, the replaced invoice owes nothing (what was left is owed on the 384;
    a payment on it is refused, PAY-REPLACED) and the 384 counts what was paid on it, at its rates: the two invoices
    together are owed what the buyer still owes, no more. Before, both stood: the replaced one still owed its
    1000.00 and the 384 its whole 1411.00, though 411.00 had been paid."""
    p = Pipeline()
    paid = (("5.5", "211.00"), ("20", "200.00"))
    invoice_id, corrective_id, invoice = await replaced_by_a_corrective(p, two_rates, "F-2026-0384", *paid)

    books = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    assert (books.total, books.paid, books.replaced, books.outstanding) == (
        D("1411.00"),
        D("411.00"),
        D("1000.00"),
        0,
    )
    assert books.replaced_by == "F-2026-0384"
    with pytest.raises(
        PaymentRefused,
        match="PAY-REPLACED: record the payment on F-2026-0384: corrective invoice F-2026-0384 replaces",
    ):
        await record_payment(
            SELLER_SIREN, invoice_id, pay("R-3", 7, "10.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    own = await invoice_books(SELLER_SIREN, p.invoice(corrective_id), uow=p.ctx.uow())
    assert (own.total, own.carried, own.outstanding) == (D("1411.00"), D("411.00"), D("1000.00"))
    assert [(b.vat_rate, b.carried) for b in own.balances] == [
        (D("5.5"), D("211.00")),
        (D("20"), D("200.00")),
    ]
    assert own.unapplied == (
        f"PAY-CORRECTIVE-REPLACES: it replaces invoice {invoice.number} (BG-3, XP Z12-014 UC4), which owes nothing"
        " since; 411.00 paid on it counts here (carried)"
    )


async def test_an_invoice_whose_lifecycle_ended_is_not_replaced_by_the_corrective_invoice_naming_it() -> None:
    """Refused by its buyer (210), the invoice owes nobody anything: what was left is `ended`, not owed on the
    corrective invoice, and its books name no corrective invoice replacing it."""
    p = Pipeline()
    invoice_id, _, _ = await replaced_by_a_corrective(p, two_rates, "F-2026-0384", ("20", "200.00"))
    refused = replace(p.invoice(invoice_id), lifecycle_code="210")
    books = await invoice_books(SELLER_SIREN, refused, uow=p.ctx.uow())
    assert (books.replaced_by, books.ended_by) == ("", "210 Refused")
    assert (books.replaced, books.ended, books.outstanding) == (D("0"), D("1211.00"), D("0"))


async def test_what_was_paid_at_a_rate_the_corrective_invoice_corrects_is_shared_over_its_rates_and_said() -> (
    None
):
    """UC4's own case: the 384 corrects the VAT rate. What was paid at the old rate (211.00 at 5.5 %) has no rate of
    its own here: it counts pro rata of what is left at the 384's rates, as a payment without a split does, and the
    384 says so (its 212s stand as sent). Beyond what the 384 is owed, nothing is carried and that is said."""
    p = Pipeline()
    invoice_id, corrective_id, _ = await replaced_by_a_corrective(
        p, one_rate, "F-2026-0385", ("5.5", "211.00")
    )

    books = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    assert (books.replaced, books.outstanding) == (D("1200.00"), 0)
    own = await invoice_books(SELLER_SIREN, p.invoice(corrective_id), uow=p.ctx.uow())
    assert (own.carried, own.outstanding) == (D("211.00"), D("989.00"))
    assert own.unapplied.endswith(
        "211.00 paid on it counts here (carried), 211.00 of it paid at a VAT rate this invoice corrects, shared pro"
        " rata of its rates (its 212s stand as sent)"
    )
    books = Settlement.for_invoice(one_rate())
    assert books.carrying({D("5.5"): D("1000.00"), D("20"): D("300.00")})[1:] == (D("900.00"), D("100.00"))


@pytest.mark.parametrize(
    ("refused", "code", "label"), [("credit note", "210", "REFUSED"), ("invoice", "213", "REJECTED")]
)
async def test_a_credit_note_or_an_invoice_whose_lifecycle_ended_takes_no_part_in_crediting(
    refused: str, code: str, label: str
) -> None:
    """The buyer refused our credit note (210), or the platform rejected the invoice it names (213): nobody owes on
    it, as a received one so ended (domain.reception.NOT_CREDITING_CODES). Before, the refused credit note still
    lowered what the buyer owes on the invoice by its 120.00, and its own books showed it used. Nobody owes on the
    document so ended: its books say `ended` (not outstanding), and a payment on it is refused (PAY-ENDED)."""
    p = Pipeline()
    invoice_id = await sent(p, two_rates())
    invoice = p.invoice(invoice_id).invoice
    credit = credit_note_of(invoice)
    credit_id = p.submit(credit)
    await p.settle()
    ended = credit_id if refused == "credit note" else invoice_id
    ended_status = PlatformStatus(code=code, label=label, raw_code=label, at=p.clock.now(), status_id="s-end")
    assert (
        await receive_platform_status(
            p.ctx, ended_status, platform="fake", platform_id=p.invoice(ended).platform_id
        )
    ).new
    assert p.invoice(ended).lifecycle_code == code

    # The document so ended owes nothing either (found closing November: a rejected invoice still counted 1411.00
    # in what buyers owe, a refused credit note 120.00 owed to the buyer): `ended`, not outstanding.
    books = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    own = await invoice_books(SELLER_SIREN, p.invoice(credit_id), uow=p.ctx.uow())
    lives, ended = (books, own) if refused == "credit note" else (own, books)
    assert (books.credited, own.credited) == (D("0"), D("0"))
    assert (lives.outstanding, lives.ended, lives.ended_by) == (lives.total, D("0"), "")
    assert (ended.outstanding, ended.ended, ended.ended_by) == (
        D("0"),
        ended.total,
        f"{code} {label.title()}",
    )
    if refused == "invoice":
        with pytest.raises(PaymentRefused, match=f"PAY-ENDED: its lifecycle ended \\({code} Rejected\\)"):
            await record_payment(
                SELLER_SIREN, invoice_id, pay("E-1", 7, "10.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
            )
    why = (
        "PAY-CREDIT-ENDED: its lifecycle ended (210 Refused)"
        if refused == "credit note"
        else "PAY-CREDIT-UNKNOWN"
    )
    assert own.unapplied.startswith(why)


async def _paid_211_at_5_5(p: Pipeline) -> tuple[str, Invoice]:
    """An invoice of two rates, SENT, with 211.00 paid at 5.5 %: its id and document."""
    invoice_id = await sent(p, two_rates())
    await record_payment(
        SELLER_SIREN,
        invoice_id,
        pay("P-211", 5, "211.00", ("5.5", "211.00")),
        uow_factory=p.ctx.uow,
        clock=p.ctx.clock,
    )
    return invoice_id, p.invoice(invoice_id).invoice


async def _corrective_of(p: Pipeline, named: Invoice, number: str) -> str:
    corrective = two_rates(
        number=number,
        type_code=DocumentType.CORRECTIVE_INVOICE,
        preceding_invoices=(PrecedingInvoice(named.number, named.issue_date),),
    )
    corrective_id = p.submit(corrective)
    await p.settle()
    return corrective_id


async def test_what_was_paid_is_carried_once_by_the_corrective_invoice_that_replaces_the_invoice_not_by_another() -> (
    None
):
    """Two 384s naming one invoice: the first replaces it (its `replaced_by`), and only it counts what was paid on
    it. Both counted the 211.00: the buyer's outstanding fell by 422.00 for 211.00 paid."""
    p = Pipeline()
    invoice_id, invoice = await _paid_211_at_5_5(p)
    first = await _corrective_of(p, invoice, "F-2026-0384")
    second = await _corrective_of(p, invoice, "F-2026-0386")

    books = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    assert (books.replaced_by, books.outstanding) == ("F-2026-0384", 0)
    replacing = await invoice_books(SELLER_SIREN, p.invoice(first), uow=p.ctx.uow())
    assert (replacing.carried, replacing.outstanding) == (D("211.00"), D("1200.00"))
    other = await invoice_books(SELLER_SIREN, p.invoice(second), uow=p.ctx.uow())
    assert (other.carried, other.outstanding) == (0, D("1411.00"))
    assert other.unapplied.startswith(
        f"PAY-CORRECTIVE-REPLACES: invoice {invoice.number} (BG-3) is replaced by corrective invoice F-2026-0384"
    )


async def test_a_corrective_invoice_corrected_in_turn_owes_nothing_and_what_was_paid_goes_along_the_chain() -> (
    None
):
    """384b names 384a, which names the invoice: 384a is replaced as any invoice is, and 384b counts what the buyer
    paid toward the chain. 384a owed 1200.00 still, 384b its whole 1411.00 (2611.00 for 1200.00 owed), and 384b
    said "384a owes nothing since"."""
    p = Pipeline()
    invoice_id, invoice = await _paid_211_at_5_5(p)
    first = await _corrective_of(p, invoice, "F-2026-0384")
    second = await _corrective_of(p, p.invoice(first).invoice, "F-2026-0385")

    owed = [
        await invoice_books(SELLER_SIREN, p.invoice(i), uow=p.ctx.uow()) for i in (invoice_id, first, second)
    ]
    assert [(b.replaced_by, b.outstanding) for b in owed] == [
        ("F-2026-0384", 0),
        ("F-2026-0385", 0),
        ("", D("1200.00")),
    ]
    assert [(b.vat_rate, b.carried) for b in owed[2].balances] == [(D("5.5"), D("211.00")), (D("20"), 0)]
    with pytest.raises(
        PaymentRefused,
        match="PAY-REPLACED: record the payment on F-2026-0385: corrective invoice F-2026-0385 replaces",
    ):
        await record_payment(
            SELLER_SIREN, first, pay("C-2", 7, "10.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )


async def test_a_credit_note_issued_against_an_invoice_a_corrective_invoice_replaced_credits_nothing() -> (
    None
):
    """Our side of PAY-CREDIT-REPLACED (the received side's rule, service.usecases.corrections): a credit note of
    120.00 naming an invoice a 384 replaced is shown unallocated, with its rule, and the replaced invoice says the
    credit is not counted; the buyer owes the 384's 1411.00 less the 200.00 paid, and the 120.00 credit is the
    seller's to restate on the 384."""
    p = Pipeline()
    invoice_id, corrective_id, invoice = await replaced_by_a_corrective(
        p, two_rates, "F-2026-0385", ("20", "200.00")
    )
    note_id = await sent(p, credit_note_of(invoice, number="AV-0385"))

    books = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    assert (books.credited, books.paid, books.replaced, books.outstanding) == (
        D("0"),
        D("200.00"),
        D("1211.00"),
        0,
    )
    assert books.unapplied.startswith(
        "PAY-CREDIT-REPLACED: 120.00 credited by credit notes naming this invoice"
    )
    own = await invoice_books(SELLER_SIREN, p.invoice(note_id), uow=p.ctx.uow())
    assert (own.credited, own.outstanding) == (D("0"), D("120.00"))
    assert own.unapplied.startswith(
        f"PAY-CREDIT-REPLACED: invoice {invoice.number} it names is replaced by corrective invoice F-2026-0385"
    )
    replacing = await invoice_books(SELLER_SIREN, p.invoice(corrective_id), uow=p.ctx.uow())
    assert (replacing.carried, replacing.outstanding) == (D("200.00"), D("1211.00"))


async def test_a_credit_note_naming_an_invoice_a_corrective_invoice_replaced_is_told_so_when_submitted() -> (
    None
):
    """finance7 (session 15): the books said PAY-CREDIT-REPLACED only once the credit note was with its buyer, where
    the accountant found it unallocated. Said at submit now, a WARNING on BG-3 naming the corrective invoice in force
    (the document is valid: it is stored); a credit note naming an invoice nothing replaced is told nothing."""
    p = Pipeline()
    _, _, invoice = await replaced_by_a_corrective(p, two_rates, "F-2026-0385", ("20", "200.00"))
    bound = books_findings(SELLER_SIREN, p.ctx.uow)
    note = credit_note_of(invoice, number="AV-0385")
    stored = await submit_invoice(
        SubmitInvoice(SELLER_SIREN, "req-av-0385", note), uow=p.ctx.uow(), clock=p.clock, books_findings=bound
    )
    said = [f for f in stored.findings if f.rule_id == "PAY-CREDIT-REPLACED"]
    assert [(f.severity, f.path) for f in said] == [(Severity.WARNING, "BG-3")]
    assert said[0].message.startswith(
        f"invoice {invoice.number} it names is replaced by corrective invoice F-2026-0385 (XP Z12-014 UC4)"
    )
    other = await sent(p, two_rates(number="F-2026-0500"))
    live = credit_note_of(p.invoice(other).invoice, number="AV-0500")
    stored = await submit_invoice(
        SubmitInvoice(SELLER_SIREN, "req-av-0500", live), uow=p.ctx.uow(), clock=p.clock, books_findings=bound
    )
    assert not [f for f in stored.findings if f.rule_id.startswith("PAY-")]
    # an invoice (380) naming the replaced one in BG-3 credits nothing: nothing to tell
    naming = two_rates(
        number="F-2026-0501", preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date),)
    )
    stored = await submit_invoice(
        SubmitInvoice(SELLER_SIREN, "req-0501", naming), uow=p.ctx.uow(), clock=p.clock, books_findings=bound
    )
    assert not [f for f in stored.findings if f.rule_id.startswith("PAY-")]


async def test_a_credit_note_crediting_more_than_its_invoice_has_left_is_told_so_when_submitted() -> None:
    """Found closing a month on a real server (session 17): a credit note of 180.00 naming an invoice of 120.00 was
    taken without a word, and the invoice showed -62.00 outstanding. Said at submit now, a WARNING on BG-3 (the
    document is valid and goes out as the seller issued it), counting the credit notes with the buyer before it;
    what was paid is no matter (crediting a paid invoice is a refund)."""
    p = Pipeline()
    invoice_id = await sent(p, two_rates(number="F-2026-0600"))  # 1200.00 at 20 %, 211.00 at 5.5 %
    invoice = p.invoice(invoice_id).invoice
    bound = books_findings(SELLER_SIREN, p.ctx.uow)
    await record_payment(
        SELLER_SIREN, invoice_id, pay("P-1", 10, "1411.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )

    async def submitted(number: str, *lines: tuple[str, str, str]) -> list[Finding]:
        note = credit_note_of(invoice, number=number).evolve(
            lines=tuple(a_line(str(i), q, price, r) for i, (q, price, r) in enumerate(lines, 1))
        )
        stored = await submit_invoice(
            SubmitInvoice(SELLER_SIREN, f"req-{number}", note),
            uow=p.ctx.uow(),
            clock=p.clock,
            books_findings=bound,
        )
        await p.settle()
        return [f for f in stored.findings if f.rule_id.startswith("PAY-")]

    # 900.00 + 180.00 at 20 %, all it has: nothing to tell (paid in full: a refund)
    assert await submitted("AV-0601", ("9", "100.00", "20")) == []
    # 200.00 + 40.00 more at 20 %: 120.00 left there
    [said] = await submitted("AV-0602", ("2", "100.00", "20"))
    assert (said.rule_id, said.severity, said.path) == ("PAY-CREDIT-EXCEEDS", Severity.WARNING, "BG-3")
    assert said.message == (
        "it credits 240.00 at 20 % on invoice F-2026-0600, which has 120.00 left to credit there (1200.00 invoiced,"
        " 1080.00 credited by the credit notes with its buyer before it): the invoice would show the difference as"
        " owed back to the buyer"
    )
    # at 5.5 %, 211.00 left: 211.00 is all right
    assert await submitted("AV-0603", ("4", "50.00", "5.5")) == []
    # an invoice its buyer refused (210) takes no credit at all (PAY-CREDIT-ENDED, said once with the buyer): no
    # talk of what it has left
    refused = await sent(p, two_rates(number="F-2026-0610"))
    status = PlatformStatus(
        code="210", label="REFUSED", raw_code="REFUSED", at=p.clock.now(), status_id="s-610"
    )
    assert (
        await receive_platform_status(
            p.ctx, status, platform="fake", platform_id=p.invoice(refused).platform_id
        )
    ).new
    invoice = p.invoice(refused).invoice
    assert await submitted("AV-0611", ("20", "100.00", "20")) == []


CARRIED = lambda company: ("sandbox", True)  # noqa: E731 - the platform carries the seller's 220
NOT_CARRIED = lambda company: ("iopole", False)  # noqa: E731


async def test_the_seller_s_220_closes_an_invoice_a_corrective_invoice_replaced_on_a_platform_carrying_it() -> (
    None
):
    """XP Z12-014 UC4b_05: once the corrected invoice is sent, the seller sets the original to 220 (Annulée). Asked
    by the seller (never sent with the 384), it goes to the platform and closes the replaced invoice, whose books owe
    nothing, the 384 still carrying what was paid on it. Refused on an invoice nothing replaces (it would close a
    claim still owed), and where the platform cannot carry it (IOPOLE), before anything is queued."""
    p = Pipeline()
    invoice_id, corrective_id, _ = await replaced_by_a_corrective(
        p, two_rates, "F-2026-0385", ("20", "200.00")
    )
    cancelled = OutgoingStatus(code="220", message="remplacée par F-2026-0385")
    with pytest.raises(IllegalTransition) as refused:
        await set_invoice_status(
            SELLER_SIREN, invoice_id, cancelled, uow=p.ctx.uow(), clock=p.clock, cancelled_carried=NOT_CARRIED
        )
    assert [f.rule_id for f in refused.value.findings] == ["PDP-STATUS-PLATFORM"]
    assert "iopole" in str(refused.value)
    live = await sent(p, two_rates(number="F-2026-0500"))
    with pytest.raises(IllegalTransition) as refused:
        await set_invoice_status(
            SELLER_SIREN, live, cancelled, uow=p.ctx.uow(), clock=p.clock, cancelled_carried=CARRIED
        )
    assert [f.rule_id for f in refused.value.findings] == ["PDP-STATUS-NOT-REPLACED"]
    assert not [s for _, s in p.platform.sent_statuses if s.code == "220"]

    await set_invoice_status(
        SELLER_SIREN, invoice_id, cancelled, uow=p.ctx.uow(), clock=p.clock, cancelled_carried=CARRIED
    )
    await p.settle()
    platform_id = p.invoice(invoice_id).platform_id
    assert [s.code for pid, s in p.platform.sent_statuses if pid == platform_id] == ["212", "220"]
    assert p.invoice(invoice_id).lifecycle_code == "220"
    closed = await invoice_books(SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow())
    assert (closed.ended_by, closed.outstanding, closed.paid) == ("220 Cancelled", 0, D("200.00"))
    replacing = await invoice_books(SELLER_SIREN, p.invoice(corrective_id), uow=p.ctx.uow())
    assert (replacing.carried, replacing.outstanding) == (D("200.00"), D("1211.00"))


async def test_a_220_refused_names_its_rule_path_layer_and_the_platform_of_the_invoice_s_company() -> None:
    p = Pipeline()
    invoice_id, _, _ = await replaced_by_a_corrective(p, two_rates, "F-2026-0385", ("20", "200.00"))
    cancelled = OutgoingStatus(code="220")
    asked: list[str] = []

    def iopole(company: str) -> tuple[str, bool]:
        asked.append(company)
        return "iopole", False

    not_carried = (
        "platform {} cannot carry status 220 (Annulée): its status API has no such code; the replaced invoice owes"
        " nothing in the books all the same (settlement.replaced_by)"
    )
    for carried, platform in (
        (iopole, "iopole"),
        (None, "(unknown)"),
    ):  # without one, none is known to carry it
        with pytest.raises(IllegalTransition) as refused:
            await set_invoice_status(
                SELLER_SIREN, invoice_id, cancelled, uow=p.ctx.uow(), clock=p.clock, cancelled_carried=carried
            )
        message = not_carried.format(platform)
        assert str(refused.value) == message
        assert refused.value.findings == (
            Finding("PDP-STATUS-PLATFORM", Severity.FATAL, message, "code", layer="gateway"),
        )
    assert asked == [SELLER_SIREN]

    live = await sent(p, two_rates(number="F-2026-0500"))
    with pytest.raises(IllegalTransition) as refused:
        await set_invoice_status(
            SELLER_SIREN, live, cancelled, uow=p.ctx.uow(), clock=p.clock, cancelled_carried=CARRIED
        )
    message = (
        "status 220 closes an invoice a corrective invoice replaced (XP Z12-014 UC4): no corrective invoice with its"
        " buyer replaces F-2026-0500, which is still owed; correct it with a 384 first"
    )
    assert str(refused.value) == message
    assert refused.value.findings == (
        Finding("PDP-STATUS-NOT-REPLACED", Severity.FATAL, message, "invoice_id", layer="gateway"),
    )
