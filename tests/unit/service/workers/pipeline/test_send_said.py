"""What a send says beside the invoice's own history: its operator lines and the submit-to-sent metric."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from prometheus_client import REGISTRY

from domain.platform import PlatformOutcomeUnknown
from tests.unit.service.workers.pipeline.harness import Pipeline
from tests.unit.service.workers.pipeline.test_send import sent_once

SUBMIT_TO_SENT = "pdp_gateway_submit_to_sent_seconds"


def observed() -> tuple[float, float]:
    """The metric's (count, sum) so far: other tests observe it too, so a test reads its own difference."""
    return (
        REGISTRY.get_sample_value(f"{SUBMIT_TO_SENT}_count") or 0.0,
        REGISTRY.get_sample_value(f"{SUBMIT_TO_SENT}_sum") or 0.0,
    )


def lines(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.endswith("pipeline.send") and r.levelno == level]


async def test_a_send_says_its_platform_id_observes_its_delay_and_is_not_marked_reconciled(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    p = Pipeline()
    invoice_id = p.submit()
    p.clock.current += timedelta(seconds=7)
    before = observed()
    await p.settle()
    await sent_once(p, invoice_id)
    count, total = observed()
    assert (count - before[0], total - before[1]) == (1.0, 7.0)
    assert lines(caplog, logging.INFO) == [f"invoice {invoice_id} sent as P-1 (accepted for processing)"]
    assert p.store.submissions[invoice_id].reconciled_at is None
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_an_upload_again_after_the_grace_is_said(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    p = Pipeline()
    p.platform.submit_script = [PlatformOutcomeUnknown("connection reset")]
    invoice_id = p.submit()
    await p.settle()
    await sent_once(p, invoice_id)
    assert lines(caplog, logging.INFO) == [
        f"invoice {invoice_id}: not on the platform after the grace delay, uploading again",
        f"invoice {invoice_id} sent as P-1 (accepted for processing)",
    ]
