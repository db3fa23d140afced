"""A delivery its platform does not confirm (domain.platform_inbound.UnconfirmedDelivery): tried again, then parked
for nobody with the reason said."""

from __future__ import annotations

import pytest

from domain.platform_inbound import InboundStatus, UnconfirmedDelivery
from domain.reception import DeliveryOutcome, DeliveryState
from service.workers.reception.processing import Retry
from tests.unit.service.workers.reception.test_processing import OWNER, Decoder, Stack, a_status


async def test_a_delivery_its_platform_does_not_confirm_is_retried_then_parked_for_nobody_saying_why() -> (
    None
):
    stack = Stack()
    unconfirmed = Decoder(error=UnconfirmedDelivery("no invoiceId it was sent with is confirmed by iopole"))
    with pytest.raises(Retry) as again:
        await stack.processor(unconfirmed).process(stack.delivery(attempts=1), OWNER)
    assert (str(again.value), again.value.reason) == (
        "no invoiceId it was sent with is confirmed by iopole",
    ) * 2
    parked = await stack.process(unconfirmed, attempts=5)
    assert (parked.state, parked.company_siren, parked.error) == (
        DeliveryState.PARKED,
        "",
        "no invoiceId it was sent with is confirmed by iopole",
    )


async def test_a_status_of_no_invoice_yet_says_why_when_retried_and_parks_with_nothing_else_said() -> None:
    stack = Stack()
    status = Decoder(InboundStatus(a_status("200", "s-6"), "plat-none"))
    with pytest.raises(Retry) as again:
        await stack.processor(status).process(stack.delivery(attempts=1), OWNER)
    assert again.value.reason == "no invoice with platform id plat-none (status 200)"
    assert await stack.process(status, attempts=5) == DeliveryOutcome(
        DeliveryState.PARKED,
        "",
        "",
        "no invoice with platform id plat-none (status 200): parked until an upload gets that id",
    )
