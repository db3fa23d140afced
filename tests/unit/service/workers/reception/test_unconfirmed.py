"""A delivery its platform does not confirm (domain.platform_inbound.UnconfirmedDelivery): tried again, then parked
for nobody with the reason said."""

from __future__ import annotations

import pytest

from domain.platform_inbound import UnconfirmedDelivery
from domain.reception import DeliveryState
from service.workers.reception.processing import Retry
from tests.unit.service.workers.reception.test_processing import OWNER, Decoder, Stack


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
