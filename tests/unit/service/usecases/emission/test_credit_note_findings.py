"""What the books say of a credit note as it is submitted (credit_note_findings), asked directly: the one more read
PAY-CREDIT-EXCEEDS costs is made only when it would be said, and an invoice whose lifecycle ended is told nothing."""

from __future__ import annotations

from typing import Any

import pytest

from domain.findings import Severity
from domain.platform import PlatformStatus
from service.usecases.emission.payments import credit_note_findings
from service.workers.pipeline.statuses import receive_platform_status
from tests.builders import SELLER_SIREN, a_line
from tests.fakes import _Payments
from tests.unit.service.usecases.emission.test_payments import credit_note_of, sent, two_rates
from tests.unit.service.workers.pipeline.harness import Pipeline


async def test_whether_the_invoice_takes_credit_is_read_only_when_exceeds_would_be_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    p = Pipeline()
    invoice_id = await sent(p, two_rates(number="F-2026-0700"))  # 1200.00 at 20 %, 211.00 at 5.5 %
    invoice = p.invoice(invoice_id).invoice
    taking: list[str] = []  # the reads of whether the invoice takes credit (its lifecycle not ended)
    read = _Payments.credited_invoice

    async def counted(self: Any, company: str, seller: str, number: str, *, ended: bool = False) -> Any:
        if not ended:  # `ended=True`: the namesakes of BG-3's number, read for every credit note naming one
            taking.append(number)
        return await read(self, company, seller, number, ended=ended)

    monkeypatch.setattr(_Payments, "credited_invoice", counted)

    within = credit_note_of(invoice, number="AV-0701")  # 120.00 at 20 %
    assert await credit_note_findings(SELLER_SIREN, within, uow_factory=p.ctx.uow) == ()
    assert taking == []
    over = credit_note_of(invoice, number="AV-0702").evolve(lines=(a_line("1", "11", "100.00", "20"),))
    [said] = await credit_note_findings(SELLER_SIREN, over, uow_factory=p.ctx.uow)
    assert (said.rule_id, said.severity, said.path) == ("PAY-CREDIT-EXCEEDS", Severity.WARNING, "BG-3")
    assert said.message.startswith(
        "it credits 1320.00 at 20 % on invoice F-2026-0700, which has 1200.00 left"
    )
    assert taking == ["F-2026-0700"]

    # its buyer refused it (210): it takes no credit at all, and nothing is said of what it has left
    status = PlatformStatus(
        code="210", label="REFUSED", raw_code="REFUSED", at=p.clock.now(), status_id="s-700"
    )
    platform_id = p.invoice(invoice_id).platform_id
    assert (await receive_platform_status(p.ctx, status, platform="fake", platform_id=platform_id)).new
    taking.clear()
    assert await credit_note_findings(SELLER_SIREN, over, uow_factory=p.ctx.uow) == ()
    assert taking == ["F-2026-0700"]
