from __future__ import annotations

from decimal import Decimal

import pytest

from domain.emission import ProcessingState
from domain.errors import IllegalTransition, InvoiceNotFound, RequestRejected
from domain.findings import Finding, Severity
from domain.platform import OutgoingStatus, PlatformRejected
from service.usecases.emission import invoice_status
from service.usecases.emission.invoice_status import set_invoice_status
from service.usecases.emission.request_ids import MAX_REQUEST_ID_LENGTH, REQUEST_ID_RULE, claimed_before
from tests.builders import SELLER_SIREN
from tests.unit.service.workers.pipeline.harness import Pipeline

PAID = OutgoingStatus(code="211", amount=Decimal("1200.00"))


async def test_a_status_about_a_sent_invoice_is_queued_and_sent_to_its_platform_id() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT
    await set_invoice_status(SELLER_SIREN, invoice_id, PAID, uow=p.ctx.uow(), clock=p.ctx.clock)
    await p.settle()
    assert p.platform.sent_statuses == [(invoice.platform_id, PAID)]


async def test_a_status_before_sent_is_refused_and_another_company_sees_nothing() -> None:
    p = Pipeline()
    invoice_id = p.submit()  # ACCEPTED: the platform has nothing yet
    with pytest.raises(IllegalTransition, match="SENT"):
        await set_invoice_status(SELLER_SIREN, invoice_id, PAID, uow=p.ctx.uow(), clock=p.ctx.clock)
    with pytest.raises(InvoiceNotFound):
        await set_invoice_status("552100554", invoice_id, PAID, uow=p.ctx.uow(), clock=p.ctx.clock)
    await p.settle()
    assert p.platform.sent_statuses == []


async def test_a_status_sent_shows_at_once_in_the_history_the_invoice_and_its_lifecycle_code() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    await set_invoice_status(SELLER_SIREN, invoice_id, PAID, uow=p.ctx.uow(), clock=p.ctx.clock)
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.lifecycle_code == "211"  # GetInvoice and the ListInvoices filter on lifecycle codes
    [sent] = [e for e in invoice.events if e.kind == "STATUS" and e.status_code == "211"]
    assert sent.detail == "sent to the platform: Paiement transmis 1200.00"
    assert [(r.status.code, r.source, r.amount) for r in p.store.statuses[invoice_id]] == [
        ("211", "sent", Decimal("1200.00"))
    ]


async def test_a_status_the_platform_refuses_is_in_the_history_and_does_not_move_the_invoice() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    before = p.invoice(invoice_id).lifecycle_code
    p.platform.status_script = [PlatformRejected("MDT-207: unknown VAT rate")]
    await set_invoice_status(SELLER_SIREN, invoice_id, PAID, uow=p.ctx.uow(), clock=p.ctx.clock)
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.lifecycle_code == before and p.store.statuses.get(invoice_id, []) == []
    [refused] = [e for e in invoice.events if e.kind == "STATUS_REFUSED"]
    assert refused.status_code == "211" and "MDT-207: unknown VAT rate" in refused.detail


async def test_a_212_is_refused_naming_record_payment_and_nothing_is_queued() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    received = OutgoingStatus(code="212", amount=Decimal("1200.00"), vat_rate=Decimal("20"))
    with pytest.raises(RequestRejected) as refused:
        await set_invoice_status(
            SELLER_SIREN, invoice_id, received, uow=p.ctx.uow(), clock=p.ctx.clock, request_id="bank-1"
        )
    assert refused.value.findings == (
        Finding(
            "PDP-STATUS-PAYMENT",
            Severity.FATAL,
            "a 212 reports a payment: record it with RecordPayment (pdp-gateway invoice pay), which checks it"
            " against the books and queues its 212",
            "code",
            layer="gateway",
        ),
    )
    await p.settle()
    assert p.platform.sent_statuses == []


async def test_a_212_queued_by_the_previous_release_and_retried_now_is_answered_as_its_replay() -> None:
    """A 212 the previous release took, retried under its request id after the upgrade (its answer lost): the retry
    is that request's replay, answered as the first call was, not refused as if nothing had been queued (the caller
    would then take the 212 on its way to the platform for one that failed)."""
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    received = OutgoingStatus(code="212", amount=Decimal("1200.00"), vat_rate=Decimal("20"))
    asked = invoice_status._fingerprint(invoice_id, received)
    async with p.ctx.uow() as uow:  # the previous release's call: its request id claimed with its status
        assert await claimed_before(uow, SELLER_SIREN, "bank-1", asked, invoice_id) is None
        await uow.commit()

    replayed = await set_invoice_status(
        SELLER_SIREN, invoice_id, received, uow=p.ctx.uow(), clock=p.ctx.clock, request_id="bank-1"
    )

    assert replayed.id == invoice_id
    await p.settle()
    assert p.platform.sent_statuses == []  # nothing queued again


async def test_a_status_refused_before_sent_or_for_its_request_id_names_its_rule_path_and_layer() -> None:
    p = Pipeline()
    invoice_id = p.submit()  # ACCEPTED
    with pytest.raises(IllegalTransition) as early:
        await set_invoice_status(SELLER_SIREN, invoice_id, PAID, uow=p.ctx.uow(), clock=p.ctx.clock)
    message = "status 211 can only be sent once the platform has the invoice (SENT); this one is ACCEPTED"
    assert early.value.findings == (
        Finding("PDP-STATUS-NOT-SENT", Severity.FATAL, message, "invoice_id", layer="gateway"),
    )
    assert str(early.value) == message
    too_long = "r" * (MAX_REQUEST_ID_LENGTH + 1)
    with pytest.raises(RequestRejected) as refused:
        await set_invoice_status(
            SELLER_SIREN, invoice_id, PAID, uow=p.ctx.uow(), clock=p.ctx.clock, request_id=too_long
        )
    assert [(f.rule_id, f.path, f.message) for f in refused.value.findings] == [
        (
            REQUEST_ID_RULE,
            "request_id",
            f"the request id is at most {MAX_REQUEST_ID_LENGTH} characters long: it makes a retried status safe",
        )
    ]


async def test_without_a_request_id_every_call_queues_its_status() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    approved, paid = OutgoingStatus(code="205"), OutgoingStatus(code="211", amount=Decimal("100.00"))
    await set_invoice_status(SELLER_SIREN, invoice_id, approved, uow=p.ctx.uow(), clock=p.ctx.clock)
    await set_invoice_status(SELLER_SIREN, invoice_id, paid, uow=p.ctx.uow(), clock=p.ctx.clock)
    await set_invoice_status(SELLER_SIREN, invoice_id, paid, uow=p.ctx.uow(), clock=p.ctx.clock)
    await p.settle()
    platform_id = p.invoice(invoice_id).platform_id
    assert p.platform.sent_statuses == [(platform_id, approved), (platform_id, paid), (platform_id, paid)]
