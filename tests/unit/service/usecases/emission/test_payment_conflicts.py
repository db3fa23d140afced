"""RecordPayment when another payment or status moves the invoice meanwhile (ConcurrencyConflict): read again after a
jittered pause doubled each time, the last of _CONFLICT_RETRIES conflicts raised to the caller."""

from __future__ import annotations

from typing import Any

import pytest

from domain.errors import ConcurrencyConflict
from domain.invoice import Attachment
from service.usecases.emission import payments
from service.usecases.emission.payments import record_payment
from tests.builders import SELLER_SIREN
from tests.unit.service.usecases.emission.test_payments import pay, sent, two_rates
from tests.unit.service.workers.pipeline.harness import Pipeline


@pytest.mark.parametrize("conflicts", [4, 5])
async def test_a_payment_meeting_conflicts_is_tried_again_after_doubled_pauses_and_the_fifth_conflict_is_raised(
    monkeypatch: pytest.MonkeyPatch, conflicts: int
) -> None:
    p = Pipeline()
    invoice_id = await sent(p, two_rates(number="F-2026-0800"))
    record = payments._record
    met = 0

    async def conflicting(*args: Any) -> Any:
        nonlocal met
        if met < conflicts:
            met += 1
            raise ConcurrencyConflict("the invoice moved meanwhile")
        return await record(*args)

    paused: list[float] = []

    async def pause(seconds: float) -> None:
        paused.append(seconds)

    monkeypatch.setattr(payments, "_record", conflicting)
    monkeypatch.setattr(payments.asyncio, "sleep", pause)
    recording = record_payment(
        SELLER_SIREN,
        invoice_id,
        pay("P-1", 10, "100.00"),
        uow_factory=p.ctx.uow,
        clock=p.ctx.clock,
        rand=lambda: 0.5,  # the jitter's factor 0.75
    )
    if conflicts == 5:
        with pytest.raises(ConcurrencyConflict):
            await recording
    else:
        assert (await recording).payment.amount == 100
    assert met == conflicts
    assert paused == [0.0075, 0.015, 0.03, 0.06]  # 0.01 s doubled, jittered: about 0.15 s at most in all


async def test_a_payment_reads_its_invoice_without_its_attachments_and_keeps_them() -> None:
    p = Pipeline()
    pdf = Attachment("PJ1", "LISIBLE", content=b"%PDF-1.4" + bytes(1000), mime_code="application/pdf")
    invoice_id = await sent(p, two_rates(number="F-2026-0801", attachments=(pdf,)))
    p.store.read_with_attachments.clear()
    recorded = await record_payment(
        SELLER_SIREN, invoice_id, pay("P-1", 10, "100.00"), uow_factory=p.ctx.uow, clock=p.ctx.clock
    )
    assert recorded.invoice.id == invoice_id and recorded.payment.amount == 100
    assert p.store.read_with_attachments == []
    assert p.invoice(invoice_id).invoice.attachments == (pdf,)
