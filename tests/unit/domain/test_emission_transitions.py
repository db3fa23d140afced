"""Every move of the outbound invoice, from every state: the legal ones change the state and return their event,
the others raise IllegalInvoiceTransition naming the move and leave the invoice as it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from domain.emission import (
    EventKind,
    IllegalInvoiceTransition,
    InvoiceEvent,
    OutboundInvoice,
    ProcessingState,
    event_kind,
)
from domain.errors import IllegalTransition, InvoiceLocked
from domain.findings import Finding, Severity
from domain.invoice import ProcessingRule
from tests.builders import an_invoice

AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
SHA = "a" * 64
S = ProcessingState
DOMAIN_WARNING = Finding("BR-FR-21", Severity.WARNING, "kept", layer="domain")
REPORT_FATAL = Finding("BR-FR-12", Severity.FATAL, "SIREN key", "BT-30", layer="br-fr")
REPORT_WARNING = Finding("BR-CO-26", Severity.WARNING, "no buyer id", layer="cen")


def in_state(state: ProcessingState, rule: ProcessingRule = ProcessingRule.B2B) -> OutboundInvoice:
    """As a repository reads it back: a validated document, a last error, a domain warning and an old finding."""
    return OutboundInvoice(
        "inv-1",
        "732829320",
        "req-1",
        "h" * 64,
        an_invoice(number="F-1", processing_rule=rule),
        AT,
        state=state,
        findings=(DOMAIN_WARNING, REPORT_WARNING),
        document_sha256=SHA,
        last_error="earlier",
        version=7,
    )


Move = Callable[[OutboundInvoice], InvoiceEvent | None]

# name: (the move, the states it may follow, the state it leads to (None: unchanged), its event kind)
MOVES: dict[str, tuple[Move, frozenset[ProcessingState], ProcessingState | None, EventKind | None]] = {
    "validated": (
        lambda i: i.validated(AT, sha256="b" * 64, syntax="UBL", report=(REPORT_WARNING,)),
        frozenset({S.ACCEPTED, S.NOT_TRANSMITTED}),
        S.READY,
        EventKind.VALIDATED,
    ),
    "invalid": (
        lambda i: i.invalid(AT, sha256="b" * 64, report=(REPORT_FATAL, REPORT_WARNING)),
        frozenset({S.ACCEPTED, S.NOT_TRANSMITTED}),
        S.INVALID,
        EventKind.INVALID,
    ),
    "unrenderable": (
        lambda i: i.unrenderable(AT, replace(REPORT_FATAL, rule_id="PDP-RENDER", layer="render")),
        frozenset({S.ACCEPTED, S.NOT_TRANSMITTED}),
        S.INVALID,
        EventKind.INVALID,
    ),
    "start_upload": (
        lambda i: i.start_upload(AT, upload=2, sha256=SHA),
        frozenset({S.READY, S.OUTCOME_UNKNOWN}),
        S.SENDING,
        EventKind.SENDING,
    ),
    "upload_interrupted": (
        lambda i: i.upload_interrupted(AT),
        frozenset({S.SENDING, S.READY}),
        S.OUTCOME_UNKNOWN,
        EventKind.OUTCOME_UNKNOWN,
    ),
    "upload_unknown": (
        lambda i: i.upload_unknown(AT, "ReadTimeout: 30 s"),
        frozenset({S.SENDING}),
        S.OUTCOME_UNKNOWN,
        EventKind.OUTCOME_UNKNOWN,
    ),
    "sent": (
        lambda i: i.sent(AT, platform_id="IOP-1", detail="accepted for processing"),
        frozenset({S.SENDING, S.OUTCOME_UNKNOWN}),
        S.SENT,
        EventKind.SENT,
    ),
    "retry_later back to READY": (
        lambda i: i.retry_later(AT, "PDP-UNAVAILABLE: 503", next_at=AT, back_to=S.READY),
        frozenset({S.SENDING, S.OUTCOME_UNKNOWN}),
        S.READY,
        EventKind.RETRY,
    ),
    "fail": (
        lambda i: i.fail(AT, "PDP-REJECTED: no", (REPORT_FATAL,)),
        frozenset({S.ACCEPTED, S.NOT_TRANSMITTED, S.READY, S.SENDING, S.OUTCOME_UNKNOWN}),
        S.FAILED,
        EventKind.FAILED,
    ),
    "requeue validated": (
        lambda i: i.requeue(AT, validated=True),
        frozenset({S.FAILED}),
        S.READY,
        EventKind.RETRY,
    ),
    "requeue to render again": (
        lambda i: i.requeue(AT, validated=False),
        frozenset({S.FAILED}),
        S.ACCEPTED,
        EventKind.RETRY,
    ),
    "status": (
        lambda i: i.status(AT, code="200", detail="Déposée", current_code="200"),
        frozenset(ProcessingState),
        None,
        EventKind.STATUS,
    ),
    "status_refused": (
        lambda i: i.status_refused(AT, code="204", detail="refused"),
        frozenset(ProcessingState),
        None,
        EventKind.STATUS_REFUSED,
    ),
    "record_payment": (
        lambda i: i.record_payment(AT, detail="1200.00 received; outstanding 0.00", facts={}),
        frozenset({S.SENT, S.NOT_TRANSMITTED}),
        None,
        EventKind.PAYMENT,
    ),
    "refuse_payment": (
        lambda i: i.refuse_payment(AT, detail="payment P-1 of 1200.00 held until the deposit, refused"),
        frozenset({S.INVALID, S.FAILED, S.CANCELLED, S.SENT, S.NOT_TRANSMITTED}),
        None,
        EventKind.PAYMENT_REFUSED,
    ),
}
CASES = [(name, state) for name in MOVES for state in ProcessingState]
# Allowed, but the state does not change: only the last error is kept (no event, no new version).
UNCHANGED = {("retry_later back to READY", S.READY)}


def _fields(invoice: OutboundInvoice) -> tuple[object, ...]:
    return (
        invoice.state,
        invoice.version,
        list(invoice.events),
        invoice.findings,
        invoice.last_error,
        invoice.platform_id,
        invoice.document_sha256,
        invoice.lifecycle_code,
    )


@pytest.mark.parametrize(("name", "state"), CASES, ids=[f"{n} from {s.value}" for n, s in CASES])
def test_each_move_is_allowed_from_its_states_only(name: str, state: ProcessingState) -> None:
    move, allowed, to, kind = MOVES[name]
    invoice = in_state(state)
    before = _fields(invoice)

    if (name, state) in UNCHANGED:
        assert move(invoice) is None
        assert (invoice.state, invoice.version, invoice.events) == (state, 7, [])
        return
    if state not in allowed:
        with pytest.raises(IllegalInvoiceTransition) as refused:
            move(invoice)
        assert f"illegal transition {refused.value.kind.value} from {state.value}" in str(refused.value)
        assert "inv-1" in str(refused.value)
        assert isinstance(refused.value, IllegalTransition)  # FAILED_PRECONDITION at the gRPC edge
        assert _fields(invoice) == before
        return
    event = move(invoice)
    assert event is not None and event.kind is kind
    assert invoice.state is (to or state) is event.state
    assert (invoice.version, invoice.events) == (8, [event])
    assert event.at == AT


@pytest.mark.parametrize("state", list(ProcessingState))
def test_a_use_case_may_ask_before_it_moves(state: ProcessingState) -> None:
    invoice = in_state(state)
    assert invoice.allows(EventKind.PAYMENT) is (state in MOVES["record_payment"][1])
    assert invoice.allows(EventKind.SENT) is (state in MOVES["sent"][1])


def test_validation_keeps_the_domain_findings_and_takes_the_report() -> None:
    invoice = in_state(S.ACCEPTED)
    event = invoice.validated(AT, sha256="b" * 64, syntax="UBL", report=(REPORT_WARNING,))
    assert (invoice.findings, invoice.document_sha256, invoice.last_error) == (
        (DOMAIN_WARNING, REPORT_WARNING),
        "b" * 64,
        "",
    )
    assert event.detail == f"UBL {'b' * 64}"


def test_a_valid_invoice_kept_off_the_platform_stays_not_transmitted() -> None:
    invoice = in_state(S.ACCEPTED, ProcessingRule.B2C)
    event = invoice.validated(AT, sha256="b" * 64, syntax="CII")
    assert (invoice.state, event.detail) == (S.NOT_TRANSMITTED, "processing rule B2C: kept off the platform")


def test_an_invalid_document_names_its_fatal_rules() -> None:
    invoice = in_state(S.ACCEPTED)
    event = invoice.invalid(AT, sha256="b" * 64, report=(REPORT_FATAL, REPORT_WARNING))
    assert invoice.last_error == "official validation failed (BR-FR-12) BR-FR-12: SIREN key"
    assert (event.detail, event.findings) == (invoice.last_error, (REPORT_FATAL,))
    assert invoice.findings == (DOMAIN_WARNING, REPORT_FATAL, REPORT_WARNING)


def test_an_unrenderable_invoice_adds_its_finding() -> None:
    invoice = in_state(S.NOT_TRANSMITTED)
    finding = Finding("PDP-RENDER", Severity.FATAL, "cannot write", layer="render")
    invoice.unrenderable(AT, finding)
    assert invoice.findings[-1] == finding
    assert invoice.last_error == "official validation failed (PDP-RENDER) PDP-RENDER: cannot write"


def test_only_the_validated_document_may_be_uploaded() -> None:
    invoice = in_state(S.READY)
    with pytest.raises(IllegalInvoiceTransition, match="is not the validated one"):
        invoice.start_upload(AT, upload=1, sha256="c" * 64)
    invoice.document_sha256 = ""
    with pytest.raises(IllegalInvoiceTransition, match="document none"):
        invoice.start_upload(AT, upload=1, sha256="")
    assert (invoice.state, invoice.version, invoice.events) == (S.READY, 7, [])
    event = in_state(S.READY).start_upload(AT, upload=3, sha256=SHA)
    assert event.detail == f"upload #3 {SHA}"


def test_an_unknown_outcome_keeps_its_error_and_an_interruption_says_so() -> None:
    invoice = in_state(S.SENDING)
    invoice.upload_unknown(AT, "ReadTimeout: 30 s")
    assert invoice.last_error == "PDP-OUTCOME-UNKNOWN: ReadTimeout: 30 s"
    interrupted = in_state(S.SENDING)
    event = interrupted.upload_interrupted(AT)
    assert "interrupted" in event.detail and interrupted.last_error == "earlier"


def test_sent_needs_the_platform_id_and_clears_the_error() -> None:
    with pytest.raises(IllegalInvoiceTransition, match="no platform id"):
        in_state(S.SENDING).sent(AT, platform_id="", detail="x")
    invoice = in_state(S.OUTCOME_UNKNOWN)
    event = invoice.sent(AT, platform_id="IOP-9", detail="found on the platform by reconciliation")
    assert (invoice.platform_id, invoice.last_error) == ("IOP-9", "")
    assert event.detail == "IOP-9: found on the platform by reconciliation"


@pytest.mark.parametrize("state", [S.ACCEPTED, S.NOT_TRANSMITTED, S.READY, S.SENDING, S.OUTCOME_UNKNOWN])
def test_a_transient_failure_without_a_way_back_keeps_the_state_and_the_error(state: ProcessingState) -> None:
    invoice = in_state(state)
    assert invoice.retry_later(AT, "VALIDATION-UNAVAILABLE: down", next_at=AT) is None
    assert (invoice.state, invoice.version, invoice.events, invoice.last_error) == (
        state,
        7,
        [],
        "VALIDATION-UNAVAILABLE: down",
    )


def test_a_ready_invoice_retried_back_to_ready_records_nothing_new() -> None:
    invoice = in_state(S.READY)
    assert invoice.retry_later(AT, "PDP-UNAVAILABLE: directory", next_at=AT, back_to=S.READY) is None
    assert (invoice.state, invoice.events, invoice.last_error) == (S.READY, [], "PDP-UNAVAILABLE: directory")


@pytest.mark.parametrize("state", [S.SENT, S.FAILED, S.INVALID])
def test_a_finished_invoice_is_not_retried_later(state: ProcessingState) -> None:
    invoice = in_state(state)
    with pytest.raises(IllegalInvoiceTransition, match="the invoice is finished"):
        invoice.retry_later(AT, "late", next_at=AT)
    assert invoice.last_error == "earlier"


def test_a_retry_goes_back_to_ready_only() -> None:
    with pytest.raises(IllegalInvoiceTransition, match="not back to ACCEPTED"):
        in_state(S.SENDING).retry_later(AT, "x", next_at=AT, back_to=S.ACCEPTED)
    invoice = in_state(S.SENDING)
    event = invoice.retry_later(
        AT, "PDP-UNAVAILABLE: 503", next_at=AT + timedelta(seconds=4), back_to=S.READY
    )
    assert event is not None
    assert event.detail == "PDP-UNAVAILABLE: 503; next attempt at 2026-11-02T09:30:04+00:00"


def test_a_failure_keeps_its_error_and_adds_its_findings() -> None:
    invoice = in_state(S.SENDING)
    event = invoice.fail(AT, "PDP-REJECTED: no", (REPORT_FATAL,))
    assert (invoice.last_error, invoice.findings[-1]) == ("PDP-REJECTED: no", REPORT_FATAL)
    assert (event.detail, event.findings) == ("PDP-REJECTED: no", (REPORT_FATAL,))


def test_a_requeued_invoice_forgets_its_error_but_the_event_keeps_it() -> None:
    invoice = in_state(S.FAILED)
    event = invoice.requeue(AT, validated=True)
    assert invoice.last_error == "" and event.detail == "retry requested after: earlier"
    with pytest.raises(
        IllegalInvoiceTransition, match="only a FAILED invoice can be retried; this one is READY"
    ):
        invoice.requeue(AT, validated=True)


def test_a_status_moves_the_lifecycle_code_and_adds_its_findings_only() -> None:
    invoice = in_state(S.SENT)
    rejection = Finding("PDP-STATUS-213", Severity.FATAL, "rejected", layer="platform")
    event = invoice.status(AT, code="213", detail="Rejetée", current_code="213", findings=(rejection,))
    assert (invoice.state, invoice.lifecycle_code, invoice.findings[-1]) == (S.SENT, "213", rejection)
    assert (event.status_code, event.detail, event.findings) == ("213", "Rejetée", (rejection,))
    unknown = in_state(S.SENT)
    unknown.status(AT, code="999", detail="?", current_code=None)
    assert unknown.lifecycle_code == ""


def test_submission_accepts_or_keeps_off_the_platform() -> None:
    b2b = OutboundInvoice.submit("i", "732829320", "r", "h", an_invoice(), AT, (DOMAIN_WARNING,))
    b2c = OutboundInvoice.submit(
        "j", "732829320", "s", "h", an_invoice(processing_rule=ProcessingRule.B2C), AT
    )
    assert (b2b.state, b2b.version, b2b.findings) == (S.ACCEPTED, 1, (DOMAIN_WARNING,))
    assert b2b.events == [InvoiceEvent(EventKind.SUBMITTED, AT, S.ACCEPTED, findings=(DOMAIN_WARNING,))]
    assert (b2c.state, b2c.events[0].state) == (S.NOT_TRANSMITTED, S.NOT_TRANSMITTED)


def test_every_event_kind_keeps_its_stored_text() -> None:
    # Stored in invoice_events.kind and shown by History and Watch: renaming one would break existing rows.
    assert [k.value for k in EventKind] == [
        "SUBMITTED",
        "VALIDATED",
        "INVALID",
        "RETRY",
        "SENDING",
        "OUTCOME_UNKNOWN",
        "SENT",
        "FAILED",
        "STATUS",
        "STATUS_REFUSED",
        "PAYMENT",
        "CANCELLED",
        "PAYMENT_REFUSED",
    ]
    assert all(k == k.value and str(k) == k.value for k in EventKind)
    assert event_kind("SENT") is EventKind.SENT
    assert event_kind("INBOUND_RECEIVED") == "INBOUND_RECEIVED"


CANCELLABLE = {S.ACCEPTED, S.READY, S.INVALID, S.FAILED}


@pytest.mark.parametrize("state", list(ProcessingState))
def test_only_an_invoice_that_never_reached_the_platform_is_cancelled(state: ProcessingState) -> None:
    invoice = in_state(state)
    before = _fields(invoice)
    if state in CANCELLABLE:
        event = invoice.cancel("  wrong buyer  ", AT, may_be_on_platform=False)
        assert event == InvoiceEvent(EventKind.CANCELLED, AT, S.CANCELLED, detail="wrong buyer")
        assert (invoice.state, invoice.version, invoice.events) == (S.CANCELLED, 8, [event])
        return
    error = IllegalTransition if state is S.CANCELLED else InvoiceLocked
    with pytest.raises(error):
        invoice.cancel("wrong buyer", AT, may_be_on_platform=False)
    assert _fields(invoice) == before


@pytest.mark.parametrize(
    "change", [{"platform_id": "IOP-1"}, {"lifecycle_code": "200"}, {"may_be_on_platform": True}]
)
def test_an_invoice_the_platform_may_have_is_not_cancelled(change: dict[str, object]) -> None:
    invoice = in_state(S.READY)
    change = dict(change)  # the parameter's dict is shared by every run of this case: pop from a copy
    uncertain = bool(change.pop("may_be_on_platform", False))
    for name, value in change.items():
        setattr(invoice, name, value)
    with pytest.raises(InvoiceLocked, match="only a credit note"):
        invoice.cancel("wrong buyer", AT, may_be_on_platform=uncertain)
    assert (invoice.state, invoice.events) == (S.READY, [])
