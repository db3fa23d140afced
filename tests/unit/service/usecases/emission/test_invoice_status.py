from __future__ import annotations

from decimal import Decimal

import pytest

from domain.emission import ProcessingState
from domain.errors import IllegalTransition, InvoiceNotFound
from domain.platform import OutgoingStatus
from service.usecases.emission.invoice_status import set_invoice_status
from tests.builders import SELLER_SIREN
from tests.unit.service.workers.pipeline.harness import Pipeline

PAID = OutgoingStatus(code="212", amount=Decimal("1200.00"), vat_rate=Decimal("20"))


async def test_a_status_about_a_sent_invoice_is_queued_and_sent_to_its_platform_id() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT
    await set_invoice_status(p.ctx, SELLER_SIREN, invoice_id, PAID)
    await p.settle()
    assert p.platform.sent_statuses == [(invoice.platform_id, PAID)]


async def test_a_status_before_sent_is_refused_and_another_company_sees_nothing() -> None:
    p = Pipeline()
    invoice_id = p.submit()  # ACCEPTED: the platform has nothing yet
    with pytest.raises(IllegalTransition, match="SENT"):
        await set_invoice_status(p.ctx, SELLER_SIREN, invoice_id, PAID)
    with pytest.raises(InvoiceNotFound):
        await set_invoice_status(p.ctx, "552100554", invoice_id, PAID)
    await p.settle()
    assert p.platform.sent_statuses == []
