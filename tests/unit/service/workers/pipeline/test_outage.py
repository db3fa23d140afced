"""A platform outage spends no attempt of an invoice (or a status), for as long as it has waited on the platform less
than the patience; past it the invoice ends FAILED naming the outage. A document the platform keeps failing on still
ends FAILED after max_attempts. (The relay's own rule: tests/unit/service/workers/test_relay.py.)"""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.emission import ProcessingState
from domain.outage import OUTAGE_KEY
from domain.pipeline_ports import OutboxKind, SubmissionOutcome
from domain.platform import OutgoingStatus, PlatformOutcomeUnknown, PlatformUnavailable
from service.workers.pipeline.config import PipelineConfig
from tests.unit.service.workers.pipeline.harness import Pipeline
from tests.unit.service.workers.pipeline.test_statuses import queue_status

PATIENCE_S = 3600.0
DOWN = [PlatformUnavailable("upload: fake unreachable (ConnectError)")]


@pytest.fixture(autouse=True, params=["unit of work", "journal"])
def send_writes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every scenario twice: SENDING/SENT in the step's own units of work, and through the send journal's."""
    monkeypatch.setattr(Pipeline, "with_journal", request.param == "journal")
    return str(request.param)


def pipeline() -> Pipeline:
    return Pipeline(
        PipelineConfig(
            max_attempts=4,
            backoff_base_s=1,
            backoff_cap_s=60,
            reconcile_grace_s=30,
            lease_s=60,
            outage_patience_s=PATIENCE_S,
        )
    )


def longer_than_the_attempts(p: Pipeline) -> int:
    """How many failed calls span more than max_attempts backoffs at their cap (the old rule's whole budget)."""
    return 5 * p.config.max_attempts


async def test_an_invoice_waits_out_an_outage_longer_than_its_attempts_and_is_sent_once_with_none_spent() -> (
    None
):
    p = pipeline()
    p.platform.submit_script = DOWN * longer_than_the_attempts(p)
    invoice_id = p.submit()
    start = p.clock.now()
    await p.settle(max_rounds=200)
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT, invoice.last_error
    assert p.platform.uploads_of(invoice.document_sha256) == 1
    waited = (p.clock.now() - start).total_seconds()
    assert waited > p.config.max_attempts * p.config.backoff_cap_s  # the old rule had given up by then
    row = p.store.rows(invoice_id, OutboxKind.SEND)[0]
    assert row.attempts == 0
    assert "FAILED" not in [e.kind for e in invoice.events]


async def test_while_it_waits_the_row_names_the_platform_and_since_when() -> None:
    p = pipeline()
    p.platform.submit_script = DOWN * 3
    invoice_id = p.submit()
    start = p.clock.now()
    await p.run_due()
    p.clock.current = p.store.rows(invoice_id, OutboxKind.SEND)[0].next_attempt_at
    await p.run_due()
    row = p.store.rows(invoice_id, OutboxKind.SEND)[0]
    assert row.payload[OUTAGE_KEY] == {"platform": "fake", "since": start.isoformat()}
    assert p.invoice(invoice_id).state is ProcessingState.READY
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.SENT


async def test_past_the_patience_the_invoice_fails_naming_the_outage_and_how_long_it_lasted() -> None:
    p = pipeline()
    p.platform.submit_script = DOWN * 1000
    invoice_id = p.submit()
    start = p.clock.now()
    await p.settle(max_rounds=500)
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error.startswith(
        f"gave up waiting on platform fake, unavailable since {start.isoformat(timespec='seconds')} (60 min): "
        "PDP-UNAVAILABLE"
    )
    assert p.clock.now() - start == timedelta(seconds=PATIENCE_S)  # tried once more at the patience's end
    assert p.platform.uploads == []


async def test_a_document_the_platform_keeps_failing_on_still_fails_after_max_attempts() -> None:
    p = pipeline()
    # a 500 on this upload (not the platform's outage), each followed by a search that answers "not there"
    p.platform.submit_script = [PlatformOutcomeUnknown("upload: fake answered 500")] * 100
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert f"gave up after {p.config.max_attempts} uploads" in invoice.last_error


async def test_an_upload_answered_503_is_reconciled_through_the_outage_and_never_sent_twice() -> None:
    p = pipeline()
    # the platform kept the document but answered 503; then its search is down for longer than the attempts
    p.platform.submit_script = [("accept_then", PlatformOutcomeUnknown("upload: 503", unavailable=True))]
    p.platform.search_script = DOWN * longer_than_the_attempts(p)
    invoice_id = p.submit()
    await p.settle(max_rounds=200)
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT, invoice.last_error
    assert p.platform.uploads_of(invoice.document_sha256) == 1
    assert p.store.submissions[invoice_id].outcome is SubmissionOutcome.ACCEPTED
    assert p.store.submissions[invoice_id].reconciled_at is not None
    assert p.store.rows(invoice_id, OutboxKind.SEND)[0].attempts == 0


async def test_an_upload_answered_503_that_the_platform_did_not_keep_is_sent_again_once_after_the_search() -> (
    None
):
    p = pipeline()
    p.platform.submit_script = [PlatformOutcomeUnknown("upload: 503", unavailable=True)] * 10
    invoice_id = p.submit()
    await p.settle(max_rounds=200)
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT, invoice.last_error
    assert p.platform.uploads_of(invoice.document_sha256) == 1
    assert p.store.submissions[invoice_id].uploads == 11  # each resend came after a search that found nothing
    assert p.store.rows(invoice_id, OutboxKind.SEND)[0].attempts == 0


@pytest.mark.parametrize(
    "away",
    [
        DOWN[0],  # not reached: certainly not sent
        PlatformOutcomeUnknown(
            "status: 503", unavailable=True
        ),  # answered as down: the history searched first
    ],
    ids=["unreachable", "answered-503"],
)
async def test_a_status_we_send_waits_out_an_outage_without_spending_its_attempts(away: Exception) -> None:
    p = pipeline()
    refusal = OutgoingStatus(code="210", reason="TX_TVA_ERR", message="taux erroné")
    p.platform.status_script = [away] * longer_than_the_attempts(p)
    await queue_status(
        p.ctx, company_siren="552100554", invoice_id="in-1", platform_id="P-in", status=refusal
    )
    await p.settle(max_rounds=200)
    assert p.platform.sent_statuses == [("P-in", refusal)]  # once
    row = p.store.rows("in-1")[0]
    assert row.done_at is not None and row.last_error == "" and row.attempts == 0
