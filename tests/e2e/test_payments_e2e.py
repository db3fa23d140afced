"""RecordPayment on the real gRPC server with the production container's pipeline and the sandbox platform: the
212s reach the platform with their amount per VAT rate, GetInvoice shows the books, the history shows each
payment, refusals name their rule, and the CLI's `invoice pay` calls the same server."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import grpc
import pytest

from adapters.documents.api import render
from domain.invoice import DocumentType, PrecedingInvoice
from domain.payments import RatePart
from domain.totals import compute_totals
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.cli.main import EXIT_OK, EXIT_REFUSED, main
from service.wiring.server import resolve
from tests.builders import a_line
from tests.e2e.grpc_client import GatewayClient, expect_error, invoice_of
from tests.e2e.test_document_service import submit_document
from tests.e2e.test_retry_and_status import (  # noqa: F401 - a fixture
    gateway,
    sent_statuses,
    set_status,
    submitted_until,
    unreachable_invoice,
)
from tests.e2e.test_transmission_e2e import EVENT_TIMEOUT_S, Gateway, events_until

D = Decimal


def record(
    client: GatewayClient, invoice_id: str, payment_id: str, amount: str, *split: tuple[str, str]
) -> Any:
    request = svc.RecordPaymentRequest(
        invoice_id=invoice_id,
        payment_id=payment_id,
        date="2026-11-20",
        amount=amount,
        split=[pb.PaymentShare(vat_rate=r, amount=a) for r, a in split],
    )
    return client.stub.RecordPayment(request, metadata=client.metadata)


def rates(settlement: Any) -> list[tuple[str, str, str]]:
    return [(r.vat_rate, r.paid, r.outstanding) for r in settlement.rates]


async def test_payments_and_a_reversal_reach_the_platform_and_show_in_the_books_and_history(
    gateway: tuple[Gateway, int],  # noqa: F811 - the imported fixture
) -> None:
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    # 1000.00 + 200.00 VAT at 20 %, 200.00 + 11.00 VAT at 5.5 %: 1411.00, services (VAT on receipt)
    invoice = invoice_of(company).evolve(
        lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    )
    invoice_id, _ = await submitted_until(client, invoice, lambda e: e.kind == "SENT")

    first = await record(client, invoice_id, "bank-1", "500.00")
    # A domestic e-invoice: reported by its 212, not in the payment e-reporting (domain.payments.payment_data_reported).
    assert first.status_queued and not first.reported and not first.replayed
    assert [(s.vat_rate, s.amount) for s in first.split] == [("5.5", "74.77"), ("20", "425.23")]
    assert (first.invoice.settlement.paid, first.invoice.settlement.outstanding) == ("500.00", "911.00")

    again = await record(client, invoice_id, "bank-1", "500.00")
    assert again.replayed and again.invoice.settlement.paid == "500.00"
    other = await expect_error(record(client, invoice_id, "bank-1", "501.00"), grpc.StatusCode.ALREADY_EXISTS)
    assert "bank-1" in other.message
    over = await expect_error(
        record(client, invoice_id, "bank-2", "911.01"), grpc.StatusCode.FAILED_PRECONDITION
    )
    assert over.preconditions == ["PAY-OVERPAYMENT"]
    bad_split = await expect_error(
        record(client, invoice_id, "bank-3", "100.00", ("20", "60.00"), ("5.5", "30.00")),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert bad_split.rule_ids == ["PAY-SPLIT-SUM"]
    in_eur = svc.RecordPaymentRequest(
        invoice_id=invoice_id, payment_id="bank-5", date="2026-11-20", amount="10.00", amount_eur="9.00"
    )
    eur_on_eur = await expect_error(
        client.stub.RecordPayment(in_eur, metadata=client.metadata), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert eur_on_eur.rule_ids == ["PAY-EUR-AMOUNT"]  # the invoice is in EUR

    second = await record(client, invoice_id, "bank-4", "300.00", ("20", "300.00"))
    # A reversal is shared pro rata of what is paid: 74.77 at 5.5 % and 725.23 at 20 % (800.00), so
    # 300 x 74.77 / 800 = 28.03875 and 300 x 725.23 / 800 = 271.96125: the cent left goes to 5.5 %.
    reversal = await record(client, invoice_id, "bank-4-bounced", "-300.00")
    assert [(s.vat_rate, s.amount) for s in reversal.split] == [("5.5", "-28.04"), ("20", "-271.96")]

    got = (await client.get(invoice_id)).invoice
    assert (got.settlement.total, got.settlement.paid, got.settlement.outstanding) == (
        "1411.00",
        "500.00",
        "911.00",
    )
    assert rates(got.settlement) == [("5.5", "46.73", "164.27"), ("20", "453.27", "746.73")]
    assert got.invoice.totals.prepaid == "0.00"  # BT-113, apart from the payments

    sent = await sent_statuses(gw, got.platform_id, 3)
    assert [(s.code, s.amount, s.vat_rate, s.parts) for s in sent] == [
        ("212", D("500.00"), None, (RatePart(D("5.5"), D("74.77")), RatePart(D("20"), D("425.23")))),
        ("212", D("300.00"), D("20"), ()),
        ("212", D("-300.00"), None, (RatePart(D("5.5"), D("-28.04")), RatePart(D("20"), D("-271.96")))),
    ]
    assert second.status_queued
    history = (await client.history(invoice_id)).events
    assert [e.detail.split(" of ")[0] for e in history if e.kind == "PAYMENT"] == [
        "payment bank-1",
        "payment bank-4",
        "reversal bank-4-bounced",
    ]
    # One audit entry per payment (its PAYMENT event's), with its facts, by the API key that recorded it.
    pool = await resolve(gw.container.db_pool)
    trail = await pool.fetch(
        """SELECT action, actor, details->>'payment_id' AS pid, details->>'amount' AS amount FROM audit_log
            WHERE subject_id = $1 AND action LIKE '%payment%' ORDER BY seq""",
        invoice_id,
    )
    assert [(r["action"], r["pid"], r["amount"]) for r in trail] == [
        ("invoice.payment", "bank-1", "500.00"),
        ("invoice.payment", "bank-4", "300.00"),
        ("invoice.payment", "bank-4-bounced", "-300.00"),
    ]
    assert all(r["actor"].startswith("api_key:") for r in trail)


async def test_the_cli_records_a_payment(
    gateway: tuple[Gateway, int],  # noqa: F811 - the imported fixture
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gw, port = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    invoice = invoice_of(company).evolve(lines=(a_line("1", "10", "100.00", "20"),))  # 1200.00
    invoice_id, _ = await submitted_until(client, invoice, lambda e: e.kind == "SENT")

    async def cli(*argv: str) -> tuple[int, Any]:
        code = await asyncio.to_thread(main, [*argv, "--target", f"127.0.0.1:{port}"])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else None

    base = ("invoice", "pay", invoice_id, "--date", "2026-11-20")
    code, paid = await cli(*base, "--payment-id", "V-1", "--amount", "1000.00", "--split", "20=1000.00")
    assert code == EXIT_OK, paid  # the refusal's code and message when it is one
    assert paid["invoice"]["settlement"]["outstanding"] == "200.00"
    code, refused = await cli(*base, "--payment-id", "V-2", "--amount", "200.01")
    assert code == EXIT_REFUSED and refused["code"] == "FAILED_PRECONDITION"
    code, shown = await cli("invoice", "get", invoice_id)
    assert code == EXIT_OK and shown["invoice"]["settlement"]["paid"] == "1000.00"


async def test_a_payment_recorded_before_the_deposit_is_held_then_refused_in_the_history_when_it_fails(
    gateway: tuple[Gateway, int],  # noqa: F811 - the imported fixture
) -> None:
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    invoice = unreachable_invoice(company).evolve(lines=(a_line("1", "10", "100.00", "20"),))  # 1200.00
    stream = client.watch(after_event_id=0)
    try:
        invoice_id = (await client.submit(invoice)).invoice.id
        held = await record(client, invoice_id, "early-1", "700.00")  # the money came before the deposit
        assert held.held and not held.status_queued and not held.reported
        assert (held.invoice.settlement.paid, held.invoice.settlement.awaiting_deposit) == ("0.00", "700.00")
        over = await expect_error(
            record(client, invoice_id, "early-2", "500.01"), grpc.StatusCode.FAILED_PRECONDITION
        )  # 1200.00 - 700.00 held = 500.00 left
        assert over.preconditions == ["PAY-OVERPAYMENT"]
        events = await events_until(stream, invoice_id, lambda e: e.kind == "PAYMENT_REFUSED")
    finally:
        stream.cancel()
    assert "FAILED" in [e.kind for e in events]
    assert "early-1" in events[-1].detail and "PAY-NOT-DEPOSITED" in events[-1].detail
    got = (await client.get(invoice_id)).invoice
    assert (got.settlement.paid, got.settlement.awaiting_deposit) == ("0.00", "0.00")
    replay = await expect_error(
        record(client, invoice_id, "early-1", "700.00"), grpc.StatusCode.FAILED_PRECONDITION
    )
    assert replay.preconditions == ["PAY-NOT-DEPOSITED"]


async def test_a_payment_recorded_as_the_invoice_is_submitted_reaches_the_platform_once_it_is_deposited(
    gateway: tuple[Gateway, int],  # noqa: F811 - the imported fixture
) -> None:
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    invoice = invoice_of(company).evolve(lines=(a_line("1", "10", "100.00", "20"),))  # 1200.00
    stream = client.watch(after_event_id=0)
    try:
        invoice_id = (await client.submit(invoice)).invoice.id
        early = await record(client, invoice_id, "early-pay", "450.00")
        # Held while the pipeline renders and deposits it (as a rule: a deposit faster than this call applies it
        # at once, which this test accepts; either way the payment reaches the platform once).
        assert early.held != early.status_queued
        events = await events_until(stream, invoice_id, lambda e: e.kind == "PAYMENT")
    finally:
        stream.cancel()
    kinds = [e.kind for e in events]
    assert kinds.index("SENT") < kinds.index("PAYMENT")
    if early.held:
        assert "held from" in events[-1].detail and "212 queued" in events[-1].detail
    got = (await client.get(invoice_id)).invoice
    assert (got.settlement.paid, got.settlement.outstanding, got.settlement.awaiting_deposit) == (
        "450.00",
        "750.00",
        "0.00",
    )
    [status] = await sent_statuses(gw, got.platform_id, 1)
    assert (status.code, status.amount, status.vat_rate) == ("212", D("450.00"), D("20"))


async def test_a_chain_of_corrections_names_its_last_link_and_a_credit_note_naming_it_is_warned_at_submit(
    gateway: tuple[Gateway, int],  # noqa: F811 - the imported fixture
) -> None:
    """F replaced by 384a, replaced by 384b: GetInvoice says `in_force` 384b on F and on 384a, and a payment on F is
    refused naming 384b (it named 384a, which refused in turn). A credit note naming F, submitted as an invoice or
    as a document, is told at once it will credit nothing (PAY-CREDIT-REPLACED, a WARNING: it is accepted)."""
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    invoice = invoice_of(company, vat_point_date_code="5")  # the debits option: its payment sends no 212
    invoice_id, _ = await submitted_until(client, invoice, lambda e: e.kind == "SENT")
    await record(client, invoice_id, "bank-0", "30.00")
    links = []
    named = invoice
    for suffix in ("A", "B"):
        corrective = invoice_of(
            company,
            number=f"{invoice.number}-{suffix}",
            type_code=DocumentType.CORRECTIVE_INVOICE,
            preceding_invoices=(PrecedingInvoice(named.number, named.issue_date),),
        )
        links.append((await submitted_until(client, corrective, lambda e: e.kind == "SENT"))[0])
        named = corrective
    first, last = f"{invoice.number}-A", f"{invoice.number}-B"
    for replaced, direct in ((invoice_id, first), (links[0], last)):
        books = (await client.get(replaced)).invoice.settlement
        assert (books.replaced_by, books.in_force, books.outstanding) == (direct, last, "0.00")
    # each link says where the money it carries was recorded (session 16's B said "paid on it" of A)
    said = [(await client.get(link)).invoice.settlement.unapplied for link in links]
    assert said[0].endswith("30.00 paid on it counts here (carried)")
    assert said[1].endswith(f"30.00 paid toward it counts here (carried), recorded on {invoice.number} 30.00")
    refused = await expect_error(
        record(client, invoice_id, "bank-1", "10.00"), grpc.StatusCode.FAILED_PRECONDITION
    )
    assert refused.preconditions == ["PAY-REPLACED"]
    assert refused.message.startswith(
        f"PAY-REPLACED: record the payment on {last}: corrective invoice {first}"
    )

    note = invoice_of(
        company,
        number=f"AV-{invoice.number}",
        type_code=DocumentType.CREDIT_NOTE,
        preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date),),
    )
    as_document = render(compute_totals(note.evolve(number=f"AV2-{invoice.number}")), "CII").content
    for answer in (await client.submit(note), await submit_document(client, as_document)):
        said = [
            (f.rule_id, f.severity, f.path) for f in answer.invoice.findings if f.rule_id.startswith("PAY-")
        ]
        assert said == [("PAY-CREDIT-REPLACED", pb.SEVERITY_WARNING, "BG-3")]
        assert answer.invoice.state == pb.PROCESSING_STATE_ACCEPTED

    # The seller closes F (XP Z12-014 UC4b_05): its 220 goes to the platform (the sandbox carries it) and F's books
    # say it ended; the last link still owes what it did. A live invoice's 220 is refused.
    live, _ = await submitted_until(client, invoice_of(company), lambda e: e.kind == "SENT")
    refused = await expect_error(set_status(client, live, code="220"), grpc.StatusCode.FAILED_PRECONDITION)
    assert refused.preconditions == ["PDP-STATUS-NOT-REPLACED"]
    owed = (await client.get(links[1])).invoice.settlement.outstanding
    await set_status(client, invoice_id, code="220", message=f"remplacée par {first}")
    platform_id = (await client.get(invoice_id)).invoice.platform_id
    assert [s.code for s in await sent_statuses(gw, platform_id, 1)] == ["220"]
    async with asyncio.timeout(30):
        while (await client.get(invoice_id)).invoice.settlement.ended_by != "220 Cancelled":
            await asyncio.sleep(0.05)
    assert (await client.get(links[1])).invoice.settlement.outstanding == owed


async def test_a_month_s_close_lists_each_invoice_with_its_books_as_get_invoice_gives_them(
    gateway: tuple[Gateway, int],  # noqa: F811 - the imported fixture
) -> None:
    """100 invoices each credited by a credit note and paid twice: one ListInvoices page carries each one's
    settlement, the same as its GetInvoice (before session 19 none: the close was 200 GetInvoice calls)."""
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    invoices = [invoice_of(company).evolve(lines=(a_line("1", "10", "100.00", "20"),)) for _ in range(100)]
    notes = [
        invoice_of(
            company,
            type_code=DocumentType.CREDIT_NOTE,
            preceding_invoices=(PrecedingInvoice(i.number, i.issue_date),),
        ).evolve(lines=(a_line("1", "1", "100.00", "20"),))
        for i in invoices
    ]
    ids = await all_sent(client, invoices)
    await all_sent(client, notes)
    for n, invoice_id in enumerate(ids):
        await record(client, invoice_id, f"bank-{n}-1", "300.00")
        await record(client, invoice_id, f"bank-{n}-2", "200.00")

    listed = (await client.list(page_size=200, states=[pb.PROCESSING_STATE_SENT])).invoices

    assert len(listed) == 200 and all(i.HasField("settlement") for i in listed)
    for shown in listed:
        assert shown.settlement == (await client.get(shown.id)).invoice.settlement
    books = {i.id: i.settlement for i in listed}
    # 1200.00 owed, 120.00 credited, 500.00 paid: 580.00 left on each invoice; each credit note used whole
    assert {(books[i].total, books[i].credited, books[i].paid, books[i].outstanding) for i in ids} == {
        ("1200.00", "120.00", "500.00", "580.00")
    }
    assert sum(D(b.outstanding) for b in books.values()) == D("58000.00")


async def all_sent(client: GatewayClient, invoices: list[Any]) -> list[str]:
    """The ids of `invoices`, submitted at once, once each is SENT (bounded)."""
    stream = client.watch(after_event_id=0)
    try:
        ids = [(await client.submit(invoice)).invoice.id for invoice in invoices]
        waiting = set(ids)
        async with asyncio.timeout(EVENT_TIMEOUT_S):
            while waiting:
                reply = await stream.read()
                assert reply is not grpc.aio.EOF, "the event stream ended"
                if reply.event.kind == "SENT":
                    waiting.discard(reply.event.invoice_id)
        return ids
    finally:
        stream.cancel()
