"""Reconciling an unknown outcome (SendStep._reconcile), pass by pass: what is searched, what the row and the
invoice hold while it waits, and that nothing is uploaded again before the grace, whoever takes the row over."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.emission import ProcessingState
from domain.outage import OUTAGE_KEY
from domain.pipeline_ports import OutboxKind
from domain.platform import PlatformOutcomeUnknown, PlatformUnavailable, SubmissionQuery
from service.workers.pipeline.config import PipelineConfig
from tests.unit.service.workers.pipeline.fakes import Crash
from tests.unit.service.workers.pipeline.harness import Pipeline
from tests.unit.service.workers.pipeline.test_send import (
    send_writes,  # noqa: F401 - a fixture: every scenario both ways
    sent_once,
)


async def test_the_search_asks_for_our_bytes_and_our_number_and_the_find_is_said_on_sent() -> None:
    p = Pipeline()
    p.platform.submit_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]
    asked: list[SubmissionQuery] = []
    search = p.platform.find_submissions

    async def spy(query: SubmissionQuery) -> object:
        asked.append(query)
        return await search(query)

    p.platform.find_submissions = spy  # type: ignore[method-assign]
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    invoice = p.invoice(invoice_id)
    assert asked == [SubmissionQuery(sha256=invoice.document_sha256, invoice_number=invoice.number)]
    assert invoice.events[-1].detail == f"{invoice.platform_id}: found on the platform by reconciliation"


async def test_a_platform_that_cannot_tell_hashes_finds_our_upload_by_its_number() -> None:
    p = Pipeline()
    p.platform.tells_hashes = False
    p.platform.submit_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    assert p.store.submissions[invoice_id].reconciled_at is not None


async def test_a_search_refused_with_a_retry_after_waits_that_long_and_keeps_the_outcome_unknown() -> None:
    p = Pipeline()
    p.platform.submit_script = [("accept_then", PlatformOutcomeUnknown("read timeout"))]
    p.platform.search_script = [PlatformUnavailable("search: 429", retry_after=42)]
    invoice_id = p.submit()
    start = p.clock.now()
    await p.run_due()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.OUTCOME_UNKNOWN  # never READY: that would be a blind resend's way
    assert invoice.last_error == "RECONCILE-UNAVAILABLE: search: 429"
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert row.next_attempt_at - start == timedelta(seconds=42)
    assert row.payload[OUTAGE_KEY]["platform"] == "fake"
    await p.settle()
    await sent_once(p, invoice_id)


async def test_an_upload_answered_as_down_waits_for_the_grace_on_the_outage_its_error_kept() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformOutcomeUnknown("upload: 503", unavailable=True)]
    invoice_id = p.submit()
    start = p.clock.now()
    await p.run_due()  # uploaded, answered 503, searched at once: not there
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.OUTCOME_UNKNOWN
    assert invoice.last_error == "PDP-OUTCOME-UNKNOWN: PlatformOutcomeUnknown: upload: 503"
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert (row.lease_owner, row.attempts, row.last_error) == ("", 0, invoice.last_error)
    assert row.next_attempt_at - start == timedelta(seconds=p.config.reconcile_grace_s)
    assert row.payload[OUTAGE_KEY]["platform"] == "fake"
    assert p.platform.searches == 1
    await p.settle()
    await sent_once(p, invoice_id)


async def test_a_row_taken_over_before_the_grace_is_searched_then_waits_for_it_before_any_upload() -> None:
    # the lease (60 s) runs out before the grace (120 s): the search finding nothing then proves nothing yet
    p = Pipeline(
        PipelineConfig(max_attempts=4, backoff_base_s=1, backoff_cap_s=60, reconcile_grace_s=120, lease_s=60)
    )
    p.platform.submit_script = [Crash()]
    invoice_id = p.submit()
    start = p.clock.now()
    with pytest.raises(Crash):
        await p.run_due(owner="dying-worker")
    p.clock.current = start + timedelta(seconds=60)
    await p.run_due(owner="w2")
    assert p.invoice(invoice_id).state is ProcessingState.OUTCOME_UNKNOWN
    assert p.platform.searches == 1 and p.store.submissions[invoice_id].uploads == 1
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert row.next_attempt_at == start + timedelta(seconds=120) and row.attempts == 0
    assert row.last_error == "reconcile: not on the platform yet; searching again after the grace"
    await p.settle()
    await sent_once(p, invoice_id)
    assert p.store.submissions[invoice_id].uploads == 2


async def test_an_unknown_outcome_without_its_submission_is_completed_and_nothing_is_searched() -> None:
    p = Pipeline()
    p.platform.submit_script = [PlatformOutcomeUnknown("connection reset")]
    invoice_id = p.submit()
    await p.run_due()
    del p.store.submissions[invoice_id]  # what it would search by is gone (a submission is never deleted)
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    p.clock.current = row.next_attempt_at
    await p.run_due()
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert row.done_at == p.clock.now() and row.last_error == ""
    assert p.platform.searches == 1 and p.platform.uploads == []
