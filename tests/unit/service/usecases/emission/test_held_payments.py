"""Payments recorded before their invoice is deposited: held, then applied once SENT as if recorded then, or
refused visibly when the invoice ends without a deposit. On fakes, with figures computed by hand (the same on
PostgreSQL: tests/integration/service/usecases/test_held_payments.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.emission import EventKind, ProcessingState
from domain.findings import Finding, Severity, ValidationReport
from domain.payments import Payment, PaymentRefused, PaymentState, RatePart
from service.usecases.emission.cancel import cancel_invoice
from service.usecases.emission.payments import invoice_books, record_payment
from tests.builders import SELLER_SIREN
from tests.unit.service.usecases.emission.test_payments import (
    international,
    one_rate,
    pay,
    sent,
    statuses_212,
    two_rates,
)
from tests.unit.service.workers.pipeline.harness import Pipeline

D = Decimal


async def test_payments_recorded_before_the_deposit_are_held_then_applied_in_order_once_sent() -> None:
    p = Pipeline()
    invoice_id = p.submit(two_rates())  # 1411.00: 1200.00 at 20 %, 211.00 at 5.5 %; ACCEPTED, not deposited
    version = p.invoice(invoice_id).version

    # 500.00 pro rata of 211.00 / 1200.00: 74.77 at 5.5 %, 425.23 at 20 % (as it will be applied).
    first = await record_payment(
        SELLER_SIREN, invoice_id, pay("H-1", 3, "500.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    second = await record_payment(
        SELLER_SIREN,
        invoice_id,
        pay("H-2", 4, "400.00", ("20", "400.00")),
        uow_factory=p.ctx.uow,
        clock=p.ctx.clock,
    )
    assert first.held and second.held and not first.status_queued and not first.reported
    assert first.payment.parts == (RatePart(D("5.5"), D("74.77")), RatePart(D("20"), D("425.23")))
    # Held: neither paid nor outstanding yet; shown apart.
    assert (second.books.paid, second.books.outstanding, second.books.awaiting_deposit) == (
        D("0"),
        D("1411.00"),
        D("900.00"),
    )
    books = await invoice_books(
        SELLER_SIREN, p.invoice(invoice_id), uow=p.ctx.uow()
    )  # as GetInvoice reads them
    assert (books.paid, books.outstanding, books.awaiting_deposit) == (D("0"), D("1411.00"), D("900.00"))
    # Checked now against the books as they will be once the held ones are applied: 1411.00 - 900.00 = 511.00.
    with pytest.raises(PaymentRefused) as refused:
        await record_payment(
            SELLER_SIREN, invoice_id, pay("H-3", 5, "511.01"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    assert [f.rule_id for f in refused.value.findings] == ["PAY-OVERPAYMENT"]
    # nothing is paid yet, as GetInvoice says: what the held ones will pay is said apart (session 18: "paid 900.00")
    assert refused.value.findings[0].message == (
        "a payment of 511.01 exceeds what is outstanding, 511.00 (total 1411.00, paid 0.00, held until the deposit"
        " 900.00)"
    )
    # At 20 %, 1200.00 - 425.23 - 400.00 = 374.77 is left once they are applied.
    with pytest.raises(PaymentRefused, match="374.77"):
        await record_payment(
            SELLER_SIREN,
            invoice_id,
            pay("H-4", 5, "374.78", ("20", "374.78")),
            uow_factory=p.ctx.uow,
            clock=p.ctx.clock,
        )
    assert (
        p.invoice(invoice_id).version == version
    )  # the invoice itself did not move: the dispatcher is not disturbed

    await p.settle()

    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT
    assert [(s.amount, s.vat_rate, s.parts) for s in statuses_212(p, invoice_id)] == [
        (D("500.00"), None, (RatePart(D("5.5"), D("74.77")), RatePart(D("20"), D("425.23")))),
        (D("400.00"), D("20"), ()),
    ]
    books = await invoice_books(SELLER_SIREN, invoice, uow=p.ctx.uow())
    assert (books.paid, books.outstanding, books.awaiting_deposit) == (D("900.00"), D("511.00"), D("0"))
    assert [(b.vat_rate, b.paid, b.outstanding) for b in books.balances] == [
        (D("5.5"), D("74.77"), D("136.23")),
        (D("20"), D("825.23"), D("374.77")),
    ]
    # Reported once, by their 212s (a domestic e-invoice: only those are ever held), dated the days the money came
    # in, as if recorded then; no payment data (10.2) besides.
    assert [s.message for s in statuses_212(p, invoice_id)] == [
        "payment H-1 of 2026-11-03",
        "payment H-2 of 2026-11-04",
    ]
    assert p.store.reported_payments == {}
    payments = [e for e in invoice.events if e.kind == EventKind.PAYMENT]
    assert len(payments) == 2 and all("held from" in e.detail for e in payments)
    assert [p.state for p in p.store.payments.values()] == [PaymentState.APPLIED] * 2
    entries = [e for e in p.store.audit.entries[SELLER_SIREN] if e.action.startswith("invoice.payment")]
    assert [(e.action, e.details["payment_id"]) for e in entries] == [
        ("invoice.payment_held", "H-1"),
        ("invoice.payment_held", "H-2"),
        ("invoice.payment", "H-1"),  # applied at the deposit: its PAYMENT event's one entry
        ("invoice.payment", "H-2"),
    ]
    # A replay now answers the payment as applied.
    again = await record_payment(
        SELLER_SIREN, invoice_id, pay("H-1", 3, "500.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert again.replayed and not again.held and again.books.paid == D("900.00")


async def test_held_payments_are_applied_in_the_deposit_s_own_flow() -> None:
    p = Pipeline()
    invoice_id = p.submit(one_rate())  # 1200.00 at 20 %
    await record_payment(
        SELLER_SIREN, invoice_id, pay("H-1", 3, "900.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    # One pass over what is due now, the clock never moving: rendered, sent, and the held row (which looked before
    # the deposit and was put off with backoff) woken by SENT's commit, so H-1 is applied at once.
    await p.run_due()
    assert p.invoice(invoice_id).state is ProcessingState.SENT
    assert [(s.amount, s.vat_rate) for s in statuses_212(p, invoice_id)] == [(D("900.00"), D("20"))]
    assert p.store.payments[(SELLER_SIREN, "H-1")].state is PaymentState.APPLIED
    assert p.store.open_rows() == []


async def test_a_payment_on_the_deposited_invoice_applies_the_held_ones_first() -> None:
    p = Pipeline()
    invoice_id = p.submit(one_rate())  # 1200.00 at 20 %
    await record_payment(
        SELLER_SIREN, invoice_id, pay("H-1", 3, "900.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    # The held row ran out of attempts before the deposit (as the dispatcher's give_up leaves it): H-1 stays held
    # with nothing to apply it (operations count it as parked: tests/integration/.../test_held_payments.py).
    [row] = p.store.rows(invoice_id, "held_payments")
    row.done_at, row.last_error = p.store.clock.now(), "boom (gave up after 5 attempts)"
    await p.run_due()
    assert p.invoice(invoice_id).state is ProcessingState.SENT
    assert statuses_212(p, invoice_id) == []

    # 900.00 held + 400.00 = 1300.00 > 1200.00: refused, and nothing changed (H-1 still held).
    with pytest.raises(PaymentRefused, match="PAY-OVERPAYMENT"):
        await record_payment(
            SELLER_SIREN, invoice_id, pay("P-2", 6, "400.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    assert p.store.payments[(SELLER_SIREN, "H-1")].state is PaymentState.HELD
    outcome = await record_payment(
        SELLER_SIREN, invoice_id, pay("P-2", 6, "300.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert (outcome.books.paid, outcome.books.outstanding) == (D("1200.00"), D("0.00"))
    await p.settle()

    assert [s.amount for s in statuses_212(p, invoice_id)] == [D("900.00"), D("300.00")]
    assert [e.kind for e in p.invoice(invoice_id).events].count(EventKind.PAYMENT) == 2
    assert p.store.open_rows() == []


async def test_a_held_payment_is_refused_visibly_when_the_invoice_is_invalid() -> None:
    p = Pipeline()
    fatal = Finding("BR-FR-10", Severity.FATAL, "BT-30 must be a valid SIREN", "BG-4/BT-30", layer="br-fr")
    p.processor.report = ValidationReport(findings=(fatal,), artifacts=(("br-fr", "1.2"),))
    invoice_id = p.submit(one_rate())
    await record_payment(
        SELLER_SIREN, invoice_id, pay("H-1", 3, "1200.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    await p.settle()

    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.INVALID
    [refusal] = [e for e in invoice.events if e.kind == EventKind.PAYMENT_REFUSED]
    assert "H-1" in refusal.detail and "PAY-NOT-DEPOSITED" in refusal.detail
    stored = p.store.payments[(SELLER_SIREN, "H-1")]
    assert stored.state is PaymentState.REFUSED and stored.refusal.startswith("PAY-NOT-DEPOSITED")
    assert statuses_212(p, invoice_id) == [] and p.store.reported_payments == {}
    books = await invoice_books(SELLER_SIREN, invoice, uow=p.ctx.uow())
    assert (books.paid, books.outstanding, books.awaiting_deposit) == (D("0"), D("1200.00"), D("0"))
    # A replay answers the refusal; another payment on the INVALID invoice is refused at once.
    with pytest.raises(PaymentRefused) as replay:
        await record_payment(
            SELLER_SIREN, invoice_id, pay("H-1", 3, "1200.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    assert replay.value.findings[0].rule_id == "PAY-NOT-DEPOSITED"
    with pytest.raises(PaymentRefused) as late:
        await record_payment(
            SELLER_SIREN, invoice_id, pay("H-2", 3, "1200.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
        )
    assert late.value.findings[0].rule_id == "PAY-NOT-ISSUED"
    assert str(late.value).startswith(
        f"PAY-NOT-ISSUED: invoice {invoice.number} is INVALID: it will never be with its buyer"
    )


async def test_a_held_payment_is_refused_when_the_buyer_is_unreachable_and_the_invoice_fails() -> None:
    p = Pipeline()
    p.platform.default_reachable = False
    invoice_id = p.submit(one_rate())
    await record_payment(
        SELLER_SIREN, invoice_id, pay("H-1", 3, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert [e.kind for e in invoice.events][-1] == EventKind.PAYMENT_REFUSED
    assert p.store.payments[(SELLER_SIREN, "H-1")].state is PaymentState.REFUSED


async def test_cancelling_the_invoice_refuses_its_held_payments_in_the_same_transaction() -> None:
    p = Pipeline()
    invoice_id = p.submit(one_rate())
    await record_payment(
        SELLER_SIREN, invoice_id, pay("H-1", 3, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    await cancel_invoice(
        SELLER_SIREN, invoice_id, reason="wrong buyer", request_id="c-1", uow=p.ctx.uow(), clock=p.ctx.clock
    )

    invoice = p.invoice(invoice_id)
    assert [e.kind for e in invoice.events][-2:] == [EventKind.CANCELLED, EventKind.PAYMENT_REFUSED]
    assert "ended CANCELLED" in invoice.events[-1].detail
    assert p.store.payments[(SELLER_SIREN, "H-1")].state is PaymentState.REFUSED
    await p.settle()  # the held row was closed with the invoice's rows
    assert p.store.open_rows() == []


async def test_a_payment_landing_in_a_period_already_declared_names_the_declaration_to_rectify() -> None:
    p = Pipeline()
    november = (date(2026, 11, 1), date(2026, 11, 30))
    p.store.declared_payment_periods.append((SELLER_SIREN, *november))
    # Only an e-reported sale has payment data (a domestic one is reported by its 212s, never in a declaration).
    invoice_id = await sent(p, one_rate(**international()))
    p.clock.current = datetime(2026, 12, 2, 12, tzinfo=UTC)  # a payment is recorded once made (PAY-DATE)
    late = await record_payment(
        SELLER_SIREN, invoice_id, pay("P-2", 25, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert late.to_rectify == (november,)
    [applied] = [e for e in p.invoice(invoice_id).events if e.kind == EventKind.PAYMENT]
    assert "rectify the payment declaration of 2026-11-01/2026-11-30 (RE)" in applied.detail
    december = Payment("P-3", date(2026, 12, 2), D("100.00"))  # a period not declared yet: nothing to rectify
    assert (
        await record_payment(SELLER_SIREN, invoice_id, december, uow_factory=p.ctx.uow, clock=p.ctx.clock)
    ).to_rectify == ()
