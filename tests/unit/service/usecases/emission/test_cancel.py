from __future__ import annotations

import pytest

from domain.emission import CANCEL_RULE, ProcessingState
from domain.errors import (
    ConcurrencyConflict,
    IllegalTransition,
    InvoiceLocked,
    InvoiceNotFound,
    RequestRejected,
)
from domain.invoice import ProcessingRule
from domain.pipeline_ports import ContentNotRenderable, OutboxKind
from domain.platform import DirectoryEntry, PlatformOutcomeUnknown, PlatformRejected
from service.usecases.emission.cancel import cancel_invoice
from tests.builders import BUYER_SIREN, SELLER_SIREN, an_invoice
from tests.unit.service.workers.pipeline.harness import Pipeline

REASON = "wrong unit price on line 2"


async def cancel(p: Pipeline, invoice_id: str, request_id: str = "cancel-1", reason: str = REASON):  # noqa: ANN201
    return await cancel_invoice(
        SELLER_SIREN, invoice_id, reason=reason, request_id=request_id, uow=p.ctx.uow(), clock=p.ctx.clock
    )


def refused_for_deposit(exc: pytest.ExceptionInfo[InvoiceLocked]) -> None:
    message = str(exc.value)
    assert "credit note (type 381)" in message and "corrective invoice (type 384)" in message
    assert [f.rule_id for f in exc.value.findings] == [CANCEL_RULE]


async def test_an_invoice_not_yet_processed_is_cancelled_with_its_reason_and_never_sent() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    cancelled = await cancel(p, invoice_id)
    assert cancelled.state is ProcessingState.CANCELLED
    stored = p.invoice(invoice_id)
    assert stored.state is ProcessingState.CANCELLED
    assert (stored.events[-1].kind, stored.events[-1].detail) == ("CANCELLED", REASON)
    assert all(
        r.done_at is not None and r.last_error == f"CANCELLED: {REASON}" for r in p.store.rows(invoice_id)
    )
    await p.settle()
    assert p.platform.uploads == []
    assert p.invoice(invoice_id).state is ProcessingState.CANCELLED


async def test_a_ready_invoice_waiting_for_the_dispatcher_is_cancelled_and_its_send_row_closed() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    [render] = await p.source.claim("w1", 10, 60)
    await p.dispatcher().handle(render)  # rendered and valid: the send row is queued, not yet claimed
    assert p.invoice(invoice_id).state is ProcessingState.READY
    [send] = [r for r in p.store.rows(invoice_id, OutboxKind.SEND) if r.done_at is None]
    assert (await cancel(p, invoice_id)).state is ProcessingState.CANCELLED
    assert send.done_at is not None
    await p.settle()
    assert p.platform.uploads == [] and p.invoice(invoice_id).state is ProcessingState.CANCELLED


async def test_an_invalid_invoice_is_cancelled() -> None:
    p = Pipeline()
    p.processor.failures = [ContentNotRenderable("ValueError: All strings must be XML compatible")]
    invoice_id = p.submit()
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.INVALID
    assert (await cancel(p, invoice_id)).state is ProcessingState.CANCELLED


async def test_a_failed_invoice_whose_buyer_is_unreachable_is_cancelled() -> None:
    p = Pipeline()
    p.platform.directory[f"0225:{BUYER_SIREN}"] = DirectoryEntry.unknown(f"0225:{BUYER_SIREN}")
    invoice_id = p.submit()
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.FAILED
    assert (await cancel(p, invoice_id)).state is ProcessingState.CANCELLED


async def test_a_failed_invoice_the_platform_rejected_for_sure_is_cancelled() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformRejected("REJ_SEMAN")]
    invoice_id = p.submit()
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.FAILED
    assert (await cancel(p, invoice_id)).state is ProcessingState.CANCELLED


async def test_a_failed_invoice_whose_upload_outcome_is_unknown_is_refused_naming_381_and_384() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformOutcomeUnknown("IOPOLE answered 503")] * (p.config.max_attempts + 5)
    invoice_id = p.submit()
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.FAILED
    with pytest.raises(InvoiceLocked) as exc:
        await cancel(p, invoice_id)
    refused_for_deposit(exc)
    assert "unknown outcome" in str(exc.value)
    assert p.invoice(invoice_id).state is ProcessingState.FAILED


async def test_a_sent_invoice_is_refused_naming_a_credit_note_or_a_corrective_invoice() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.SENT
    with pytest.raises(InvoiceLocked) as exc:
        await cancel(p, invoice_id)
    refused_for_deposit(exc)
    assert p.invoice(invoice_id).state is ProcessingState.SENT


async def test_an_invoice_issued_outside_the_platform_is_refused() -> None:
    p = Pipeline()
    invoice_id = p.submit(an_invoice(processing_rule=ProcessingRule.B2C))
    p.store.invoices[invoice_id].state = ProcessingState.NOT_TRANSMITTED  # as stored
    with pytest.raises(InvoiceLocked) as exc:
        await cancel(p, invoice_id)
    refused_for_deposit(exc)
    assert "issued outside the platform" in str(exc.value)


async def test_an_invoice_the_dispatcher_holds_right_now_is_aborted_and_left_as_it_was() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    [claimed] = await p.source.claim("w1", 10, 60)  # a dispatcher took its row and works on it
    with pytest.raises(ConcurrencyConflict, match="retry"):
        await cancel(p, invoice_id)
    assert p.invoice(invoice_id).state is ProcessingState.ACCEPTED
    assert p.store.rows(invoice_id)[0].done_at is None
    await p.dispatcher().handle(claimed)  # its work goes on untouched


async def test_the_same_request_again_answers_the_cancelled_invoice_and_another_is_refused() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    first = await cancel(p, invoice_id)
    again = await cancel(p, invoice_id)
    assert again.state is ProcessingState.CANCELLED and again.version == first.version
    assert [e.kind for e in p.invoice(invoice_id).events].count("CANCELLED") == 1
    with pytest.raises(IllegalTransition, match="already cancelled"):
        await cancel(p, invoice_id, request_id="cancel-2")


async def test_a_reason_and_a_request_id_are_required_and_another_company_sees_nothing() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    with pytest.raises(RequestRejected, match="reason"):
        await cancel(p, invoice_id, reason="  ")
    with pytest.raises(RequestRejected, match="request id"):
        await cancel(p, invoice_id, request_id="")
    with pytest.raises(InvoiceNotFound):
        await cancel_invoice(
            "552100554", invoice_id, reason=REASON, request_id="x", uow=p.ctx.uow(), clock=p.ctx.clock
        )
    with pytest.raises(InvoiceNotFound):
        await cancel(p, "not-a-uuid")
    assert p.invoice(invoice_id).state is ProcessingState.ACCEPTED
