from __future__ import annotations

from datetime import timedelta

from domain.emission import ProcessingState
from domain.findings import Finding, Severity, ValidationReport
from domain.invoice import ProcessingRule
from domain.pipeline_ports import ContentNotRenderable, OutboxKind
from domain.platform import DocumentProfile, DocumentSyntax
from tests.builders import an_invoice
from tests.unit.service.workers.pipeline.harness import Pipeline


async def test_a_valid_b2b_invoice_is_stored_with_its_document_and_report_and_queued_for_sending() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.run_due()
    # run_due also ran the send row the step queued: look at the render result through the store.
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.SENT
    assert [e.kind for e in invoice.events][:2] == ["VALIDATED", "SENDING"]
    document = p.store.documents[invoice_id]
    assert document.sha256 == invoice.document_sha256
    # the processor's document, every field of it, is the one stored
    number = invoice.invoice.number
    assert (document.invoice_id, document.syntax, document.profile, document.media_type) == (
        invoice_id,
        DocumentSyntax.CII,
        DocumentProfile.CIUS,
        "application/xml",
    )
    assert (document.filename, document.content) == (
        f"{number}.xml",
        f"<Invoice number='{number}'/>".encode(),
    )
    assert p.store.reports[invoice_id].valid
    assert [r.kind for r in p.store.rows(invoice_id)] == ["render_validate", "send"]


async def test_an_invoice_failing_an_official_layer_is_invalid_with_its_findings_and_never_sent() -> None:
    p = Pipeline()
    fatal = Finding("BR-FR-10", Severity.FATAL, "BT-30 must be a valid SIREN", "BG-4/BT-30", layer="br-fr")
    p.processor.report = ValidationReport(findings=(fatal,), artifacts=(("br-fr", "1.2"),))
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.INVALID
    assert fatal in invoice.findings
    assert "BR-FR-10" in invoice.last_error
    assert invoice.events[-1].kind == "INVALID" and invoice.events[-1].findings == (fatal,)
    assert p.store.rows(invoice_id, OutboxKind.SEND) == []
    assert p.platform.uploads == []
    assert not p.store.reports[invoice_id].valid


async def test_an_incomplete_report_is_not_valid_and_is_retried_then_failed() -> None:
    p = Pipeline()
    p.processor.report = ValidationReport(complete=False, errors=("CEN artifact could not be loaded",))
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert "VALIDATION-UNAVAILABLE" in invoice.last_error and "CEN artifact" in invoice.last_error
    assert p.processor.calls == p.config.max_attempts
    assert p.platform.uploads == []


async def test_a_worker_crash_is_retried_with_backoff_and_succeeds_when_the_pool_recovers() -> None:
    p = Pipeline()
    p.processor.failures = [RuntimeError("BrokenProcessPool")]
    invoice_id = p.submit()
    start = p.clock.now()
    await p.run_due()
    row = p.store.rows(invoice_id)[0]
    assert p.invoice(invoice_id).state is ProcessingState.ACCEPTED
    assert row.attempts == 1 and row.next_attempt_at > start and row.done_at is None
    await p.settle()
    assert p.invoice(invoice_id).state is ProcessingState.SENT


async def test_an_invoice_whose_content_cannot_be_rendered_is_invalid_at_once_with_a_finding() -> None:
    p = Pipeline()
    p.processor.failures = [ContentNotRenderable("ValueError: All strings must be XML compatible")]
    invoice = await p.settled()
    assert invoice.state is ProcessingState.INVALID
    assert p.processor.calls == 1  # not retried: rendering is a pure function of the invoice
    [finding] = [f for f in invoice.findings if f.rule_id == "PDP-RENDER"]
    assert finding.is_fatal and "XML compatible" in finding.message
    assert invoice.events[-1].kind == "INVALID" and "PDP-RENDER" in invoice.last_error
    assert p.store.rows(invoice.id, OutboxKind.SEND) == [] and p.platform.uploads == []
    assert all(r.done_at is not None for r in p.store.rows(invoice.id))


async def test_an_invoice_kept_off_the_platform_is_validated_but_not_queued_for_sending() -> None:
    p = Pipeline()
    invoice_id = p.submit(an_invoice(processing_rule=ProcessingRule.B2C))
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.NOT_TRANSMITTED
    assert invoice_id in p.store.documents
    assert p.store.rows(invoice_id, OutboxKind.SEND) == []


async def test_a_second_delivery_of_the_same_row_changes_nothing() -> None:
    p = Pipeline()
    invoice_id = p.submit()
    await p.settle()
    events = len(p.invoice(invoice_id).events)
    p.store.add_invoice(p.invoice(invoice_id))  # the same render_validate row delivered again
    await p.settle()
    assert len(p.invoice(invoice_id).events) == events
    assert len(p.platform.uploads) == 1


async def test_a_rendered_invoice_is_sent_before_the_renders_of_invoices_submitted_after_it() -> None:
    """A backlog of 2,000 submissions on a running gateway: no invoice was sent until every render queued before it
    was done (its send row was due "now", behind them all), so the first invoices reached the platform minutes late
    and a restart meanwhile left every rendered one unsent."""
    p = Pipeline()
    first = p.submit()
    p.clock.current += timedelta(seconds=1)
    later = [p.submit() for _ in range(3)]
    p.clock.current += timedelta(seconds=1)
    dispatcher = p.dispatcher()

    [render] = await p.source.claim("w1", 1, p.config.lease_s)
    assert (render.invoice_id, render.kind) == (first, OutboxKind.RENDER_VALIDATE)
    await dispatcher.handle(render)

    claimed = await p.source.claim("w1", 4, p.config.lease_s)
    assert [(m.invoice_id, m.kind) for m in claimed] == [(first, OutboxKind.SEND)] + [
        (invoice_id, OutboxKind.RENDER_VALIDATE) for invoice_id in later
    ]
