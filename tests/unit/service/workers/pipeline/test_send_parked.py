"""Statuses parked under the platform id while SENT was being committed (SendStep._take_parked): taken after the
commit, read again and retried when the invoice changed meanwhile, a bounded number of times."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import pytest

from domain.audit import Acting, Actor
from domain.errors import ConcurrencyConflict
from domain.pipeline_ports import ParkedStatus
from domain.platform import PlatformStatus
from service.workers.pipeline import send
from tests.unit.service.workers.pipeline.harness import Pipeline
from tests.unit.service.workers.pipeline.test_send import sent_once


def parked_pipeline(monkeypatch: pytest.MonkeyPatch, conflicts: int) -> Pipeline:
    """A status parked while SENT commits; taking it meets `conflicts` changes of the invoice first."""
    monkeypatch.setattr(Pipeline, "with_journal", True)
    p = Pipeline()
    assert p.journal is not None
    p.journal.park_while_sent = ParkedStatus(
        PlatformStatus(code="200", label="SUBMITTED", raw_code="200", at=p.clock.now()),
        "webhook",
        Acting(Actor.platform("sandbox"), "webhook:k-1"),
    )
    left = [conflicts]
    apply = send.apply_parked_statuses

    async def changed_meanwhile(ctx: Any, uow: Any, invoice: Any, parked: Sequence[Any]) -> list[str]:
        if parked and left[0]:
            left[0] -= 1
            raise ConcurrencyConflict("the invoice changed meanwhile")
        return await apply(ctx, uow, invoice, parked)

    monkeypatch.setattr(send, "apply_parked_statuses", changed_meanwhile)
    return p


@pytest.mark.parametrize(("conflicts", "taken"), [(2, True), (3, False)], ids=["third-try", "given-up"])
async def test_a_parked_status_is_taken_within_three_tries_and_otherwise_stays_parked_the_invoice_sent(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, conflicts: int, taken: bool
) -> None:
    p = parked_pipeline(monkeypatch, conflicts=conflicts)
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    invoice = p.invoice(invoice_id)
    assert (invoice.lifecycle_code == "200") is taken
    assert p.store.parked == ({} if taken else {invoice.platform_id: p.store.parked[invoice.platform_id]})
    if taken:  # nothing raised after the commit (a conflict past the tries is the relay's to log)
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
