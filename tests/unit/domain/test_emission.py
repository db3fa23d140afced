"""The outbound invoice's own state: which states lock its content, and how an event is recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.emission import (
    STATE_RULE,
    EventKind,
    IllegalInvoiceTransition,
    InvoiceEvent,
    OutboundInvoice,
    ProcessingState,
)
from domain.errors import IllegalTransition, InvoiceRejected
from domain.findings import Finding, Severity
from domain.outbox import NewOutboxRow, outbox_rows
from domain.pipeline_ports import OutboxKind
from tests.builders import an_invoice

AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("state", list(ProcessingState))
def test_the_content_is_locked_once_the_platform_may_have_it(state: ProcessingState) -> None:
    locked = {ProcessingState.SENDING, ProcessingState.OUTCOME_UNKNOWN, ProcessingState.SENT}
    assert state.locked is (state in locked)


def _outbound() -> OutboundInvoice:
    return OutboundInvoice.submit("inv-1", "732829320", "req-1", "h" * 64, an_invoice(number="F-2026-1"), AT)


def test_a_transition_moves_the_state_and_the_version_and_returns_its_event() -> None:
    outbound = _outbound()

    validated = outbound.validated(AT, sha256="a" * 64, syntax="CII")
    outbound.start_upload(AT, upload=1, sha256="a" * 64)

    assert validated == InvoiceEvent(EventKind.VALIDATED, AT, ProcessingState.READY, detail=f"CII {'a' * 64}")
    assert (outbound.state, outbound.version, outbound.number) == (ProcessingState.SENDING, 3, "F-2026-1")
    assert [e.kind for e in outbound.events] == ["SUBMITTED", "VALIDATED", "SENDING"]


def test_a_submitted_invoice_calls_for_one_render_and_validate_row_and_other_events_for_none() -> None:
    outbound = _outbound()
    events = [
        InvoiceEvent("SUBMITTED", AT, ProcessingState.ACCEPTED),
        InvoiceEvent("VALIDATED", AT, ProcessingState.READY),
    ]

    assert outbox_rows(outbound, events) == [
        NewOutboxRow(
            OutboxKind.RENDER_VALIDATE, {"invoice_id": "inv-1", "number": "F-2026-1", "event": "SUBMITTED"}
        )
    ]
    assert OutboxKind.RENDER_VALIDATE == "render_validate"


def test_a_rejection_names_its_fatal_rules_once_each_in_order() -> None:
    findings = [
        Finding("BR-FR-16", Severity.FATAL, "rate"),
        Finding("BR-CO-15", Severity.FATAL, "total"),
        Finding("PDP-VAT-RATE-TERRITORY", Severity.WARNING, "territory"),
        Finding("BR-FR-16", Severity.FATAL, "rate again"),
    ]

    error = InvoiceRejected(findings)

    assert str(error) == "invoice rejected: BR-CO-15, BR-FR-16"
    assert error.findings == tuple(findings)


def test_an_illegal_transition_keeps_its_findings() -> None:
    finding = Finding("PDP-LIFECYCLE", Severity.FATAL, "no")
    error = IllegalTransition("213 cannot follow 212", (finding,))
    assert (str(error), error.findings) == ("213 cannot follow 212", (finding,))
    assert IllegalTransition("x").findings == ()


def test_a_late_sale_s_submitted_event_names_each_declaration_to_rectify() -> None:
    periods = ((date(2026, 9, 1), date(2026, 9, 10)), (date(2026, 9, 11), date(2026, 9, 20)))
    outbound = OutboundInvoice.submit(
        "inv-1", "732829320", "req-1", "h" * 64, an_invoice(number="F-2026-1"), AT
    )
    outbound.lands_in_declared(periods)  # looked for once added, before its commit writes the event
    [event] = outbound.events
    assert event.detail == (
        "rectify the transactions declaration of 2026-09-01/2026-09-10, 2026-09-11/2026-09-20 (RE)"
    )
    assert event.facts == {"to_rectify": ["2026-09-01/2026-09-10", "2026-09-11/2026-09-20"]}
    [plain] = _outbound().events
    assert (plain.detail, plain.facts) == ("", {})


def test_an_illegal_transition_names_its_rule_the_invoice_and_the_move_in_its_finding() -> None:
    refused = IllegalInvoiceTransition("inv-1", EventKind.SUBMITTED, ProcessingState.SENT, "why not")
    message = "invoice inv-1: illegal transition SUBMITTED from SENT (why not)"
    assert refused.findings == (Finding(STATE_RULE, Severity.FATAL, message, "invoice_id", layer="gateway"),)
    assert str(refused) == f"{STATE_RULE}: {message}"
