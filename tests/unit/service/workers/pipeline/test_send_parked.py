"""A status parked under the platform id while SENT was being committed: the batch that would commit SENT sees it
once it holds the id's lock and leaves that member alone, so SENT is committed in a unit of work of its own that
takes it. Nothing is left parked under an id whose submission is ACCEPTED, however often the invoice changes under
that commit: a conflict rolls SENT back with the status, and the step is run again."""

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


@pytest.mark.parametrize("conflicts", [0, 2, 3, 5], ids=["at-once", "two", "three", "five"])
async def test_a_status_parked_while_sent_commits_is_applied_with_sent_whatever_the_conflicts(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, conflicts: int
) -> None:
    p = parked_pipeline(monkeypatch, conflicts=conflicts)
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    invoice = p.invoice(invoice_id)
    assert invoice.lifecycle_code == "200"
    assert [r.status.code for r in p.store.statuses[invoice_id]] == ["200"]
    assert p.store.parked == {}
    # SENT and the status in one commit, by the gateway: its audit entry still names the platform that delivered it.
    [entry] = [e for e in p.store.audit.entries[invoice.company_siren] if e.action == "invoice.status"]
    assert (entry.actor, entry.request_id) == ("platform:sandbox", "webhook:k-1")
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
