"""A send behind its platform's open breaker (SendStep._held): the upload or the search it would make is not made,
and nothing of it is recorded (no SENDING, no submission, no attempt spent); the first held pass says the outage on
the invoice, the next ones give the row back alone. The PostgreSQL run of it: tests/integration/.../test_outage.py."""

from __future__ import annotations

from datetime import datetime

from domain.emission import ProcessingState
from domain.outage import OUTAGE_KEY
from domain.pipeline_ports import OutboxKind
from domain.platform import PlatformOutcomeUnknown
from domain.platform_breaker import Breakers
from tests.unit.service.workers.pipeline.harness import Pipeline
from tests.unit.service.workers.pipeline.test_send import send_writes  # noqa: F401 - a fixture: every scenario both ways

DOWN = "POST /v1/invoice: fake answered 503"


def held_pipeline(ticks: list[float]) -> tuple[Pipeline, Breakers]:
    clock: list[Pipeline] = []
    breakers = Breakers(lambda: ticks[0], lambda: clock[0].clock.now(), opens_after=1, probe_every_s=5.0)
    p = Pipeline(breakers=breakers)
    clock.append(p)
    return p, breakers


def said(since: datetime, what: str, held: int) -> str:
    return (
        f"PDP-UNAVAILABLE: {what}: not called, fake is down since {since.isoformat(timespec='seconds')}:"
        f" calls held, one probe every 5 s ({held} held; last failure: {DOWN})"
    )


async def test_a_held_upload_records_nothing_says_the_outage_once_and_goes_when_the_probe_is_due() -> None:
    ticks = [0.0]
    p, breakers = held_pipeline(ticks)
    breakers.of("fake").failed(DOWN)
    since = p.clock.now()
    invoice_id = p.submit()
    await p.run_due()  # rendered, then its send held
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.READY
    assert invoice.last_error == said(since, "upload", 1)
    assert "SENDING" not in [e.kind for e in invoice.events]
    assert p.platform.lookups == {} and p.platform.uploads == [] and invoice_id not in p.store.submissions
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert row.attempts == 0 and row.payload[OUTAGE_KEY]["platform"] == "fake"
    assert row.last_error == said(since, "upload", 1)

    version = p.store.invoices[invoice_id].version
    p.clock.current = row.next_attempt_at
    await p.run_due()  # held again: the row alone given back, the invoice as it was
    assert p.store.invoices[invoice_id].version == version
    assert p.invoice(invoice_id).last_error == said(since, "upload", 1)
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert row.attempts == 0 and row.done_at is None and row.last_error == said(since, "upload", 2)

    ticks[0] = 5.0  # the probe is due: this send makes it
    p.clock.current = row.next_attempt_at
    await p.run_due()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT, invoice.last_error
    assert p.platform.uploads_of(invoice.document_sha256) == 1


async def test_a_held_search_leaves_the_unknown_outcome_as_it_is_and_searches_nothing() -> None:
    ticks = [0.0]
    p, breakers = held_pipeline(ticks)
    p.platform.submit_script = [PlatformOutcomeUnknown("read timeout")]
    invoice_id = p.submit()
    await p.run_due()  # uploaded, unknown, searched at once: nothing yet
    assert p.invoice(invoice_id).state is ProcessingState.OUTCOME_UNKNOWN and p.platform.searches == 1
    breakers.of("fake").failed(DOWN)
    since = p.clock.now()
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    p.clock.current = row.next_attempt_at
    await p.run_due()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.OUTCOME_UNKNOWN  # never READY: that would be a blind resend's way
    assert invoice.last_error == said(since, "search", 1)
    assert p.platform.searches == 1 and p.platform.uploads == []
    [row] = p.store.rows(invoice_id, OutboxKind.SEND)
    assert row.attempts == 1 and row.payload[OUTAGE_KEY]["platform"] == "fake"  # the upload's attempt alone
