"""The outbound invoice in exact values: the whole event each move records and what it leaves on the invoice,
the exact text of every refusal, and the summary of a failed validation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from domain.audit import Acting, Actor
from domain.emission import (
    EventKind,
    IllegalInvoiceTransition,
    InvoiceEvent,
    OutboundInvoice,
    ProcessingState,
    checked_cancel_reason,
    validation_summary,
)
from domain.errors import IllegalTransition, InvoiceLocked, RequestRejected
from domain.findings import Finding, Severity
from domain.invoice import ProcessingRule
from tests.builders import an_invoice
from tests.unit.domain.test_emission_transitions import (  # the same invoice in each state as the transition table
    AT,
    DOMAIN_WARNING,
    SHA,
    in_state,
)
from tests.unit.domain.test_emission_transitions import REPORT_FATAL as FATAL
from tests.unit.domain.test_emission_transitions import REPORT_WARNING as OLD_REPORT

LATER = AT + timedelta(minutes=5)
S = ProcessingState
RENDER = Finding("PDP-RENDER", Severity.FATAL, "too long for CII", "lines[0]", layer="render")


def test_submit_builds_the_whole_invoice_with_its_pending_event() -> None:
    for rule, state in ((ProcessingRule.B2B, S.ACCEPTED), (ProcessingRule.B2C, S.NOT_TRANSMITTED)):
        invoice = an_invoice(number="F-1", processing_rule=rule)
        submitted = OutboundInvoice.submit(
            "inv-1", "732829320", "req-1", "h" * 64, invoice, AT, (DOMAIN_WARNING,)
        )
        assert submitted == OutboundInvoice(
            "inv-1",
            "732829320",
            "req-1",
            "h" * 64,
            invoice,
            AT,
            state=state,
            findings=(DOMAIN_WARNING,),
            version=1,
            events=[InvoiceEvent(EventKind.SUBMITTED, AT, state, findings=(DOMAIN_WARNING,))],
        )


Move = Callable[[OutboundInvoice], InvoiceEvent | None]

# (from, move, the event, then (findings, last error, platform id, document, lifecycle code) on the invoice)
EXACT: list[tuple[str, ProcessingState, ProcessingRule, Move, InvoiceEvent | None, tuple[object, ...]]] = [
    (
        "validated",
        S.ACCEPTED,
        ProcessingRule.B2B,
        lambda i: i.validated(AT, sha256="b" * 64, syntax="UBL", report=(FATAL,)),
        InvoiceEvent(EventKind.VALIDATED, AT, S.READY, detail=f"UBL {'b' * 64}"),
        ((DOMAIN_WARNING, FATAL), "", "", "b" * 64, ""),
    ),
    (
        "validated, kept off the platform",
        S.NOT_TRANSMITTED,
        ProcessingRule.B2C,
        lambda i: i.validated(AT, sha256="b" * 64, syntax="CII"),
        InvoiceEvent(
            EventKind.VALIDATED, AT, S.NOT_TRANSMITTED, detail="processing rule B2C: kept off the platform"
        ),
        ((DOMAIN_WARNING,), "earlier", "", "b" * 64, ""),
    ),
    (
        "invalid",
        S.ACCEPTED,
        ProcessingRule.B2B,
        lambda i: i.invalid(AT, sha256="b" * 64, report=(OLD_REPORT, FATAL)),
        InvoiceEvent(
            EventKind.INVALID,
            AT,
            S.INVALID,
            detail="official validation failed (BR-FR-12) BR-FR-12: SIREN key",
            findings=(FATAL,),
        ),
        (
            (DOMAIN_WARNING, OLD_REPORT, FATAL),
            "official validation failed (BR-FR-12) BR-FR-12: SIREN key",
            "",
            "b" * 64,
            "",
        ),
    ),
    (
        "unrenderable",
        S.NOT_TRANSMITTED,
        ProcessingRule.B2B,
        lambda i: i.unrenderable(AT, RENDER),
        InvoiceEvent(
            EventKind.INVALID,
            AT,
            S.INVALID,
            detail="official validation failed (PDP-RENDER) PDP-RENDER: too long for CII",
            findings=(RENDER,),
        ),
        (
            (DOMAIN_WARNING, OLD_REPORT, RENDER),
            "official validation failed (PDP-RENDER) PDP-RENDER: too long for CII",
            "",
            SHA,
            "",
        ),
    ),
    (
        "start_upload",
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.start_upload(AT, upload=3, sha256=SHA),
        InvoiceEvent(EventKind.SENDING, AT, S.SENDING, detail=f"upload #3 {SHA}"),
        ((DOMAIN_WARNING, OLD_REPORT), "earlier", "", SHA, ""),
    ),
    (
        "upload_interrupted",
        S.SENDING,
        ProcessingRule.B2B,
        lambda i: i.upload_interrupted(AT),
        InvoiceEvent(
            EventKind.OUTCOME_UNKNOWN,
            AT,
            S.OUTCOME_UNKNOWN,
            detail="the previous upload attempt was interrupted; reconciling with the platform",
        ),
        ((DOMAIN_WARNING, OLD_REPORT), "earlier", "", SHA, ""),
    ),
    (
        "upload_unknown",
        S.SENDING,
        ProcessingRule.B2B,
        lambda i: i.upload_unknown(AT, "ReadTimeout"),
        InvoiceEvent(
            EventKind.OUTCOME_UNKNOWN, AT, S.OUTCOME_UNKNOWN, detail="PDP-OUTCOME-UNKNOWN: ReadTimeout"
        ),
        ((DOMAIN_WARNING, OLD_REPORT), "PDP-OUTCOME-UNKNOWN: ReadTimeout", "", SHA, ""),
    ),
    (
        "sent",
        S.OUTCOME_UNKNOWN,
        ProcessingRule.B2B,
        lambda i: i.sent(AT, platform_id="IOP-1", detail="found by reconciliation"),
        InvoiceEvent(EventKind.SENT, AT, S.SENT, detail="IOP-1: found by reconciliation"),
        ((DOMAIN_WARNING, OLD_REPORT), "", "IOP-1", SHA, ""),
    ),
    (
        "retry_later back to READY",
        S.SENDING,
        ProcessingRule.B2B,
        lambda i: i.retry_later(AT, "PDP-UNAVAILABLE: 503", next_at=LATER, back_to=S.READY),
        InvoiceEvent(
            EventKind.RETRY,
            AT,
            S.READY,
            detail="PDP-UNAVAILABLE: 503; next attempt at 2026-11-02T09:35:00+00:00",
        ),
        ((DOMAIN_WARNING, OLD_REPORT), "PDP-UNAVAILABLE: 503", "", SHA, ""),
    ),
    (
        "retry_later where it is",
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.retry_later(AT, "PDP-UNAVAILABLE: 503", next_at=LATER, back_to=S.READY),
        None,
        ((DOMAIN_WARNING, OLD_REPORT), "PDP-UNAVAILABLE: 503", "", SHA, ""),
    ),
    (
        "retry_later without a state",
        S.SENDING,
        ProcessingRule.B2B,
        lambda i: i.retry_later(AT, "PDP-UNAVAILABLE: 503", next_at=LATER),
        None,
        ((DOMAIN_WARNING, OLD_REPORT), "PDP-UNAVAILABLE: 503", "", SHA, ""),
    ),
    (
        "fail",
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.fail(AT, "PDP-REJECTED: no", (FATAL,)),
        InvoiceEvent(EventKind.FAILED, AT, S.FAILED, detail="PDP-REJECTED: no", findings=(FATAL,)),
        ((DOMAIN_WARNING, OLD_REPORT, FATAL), "PDP-REJECTED: no", "", SHA, ""),
    ),
    (
        "requeue",
        S.FAILED,
        ProcessingRule.B2B,
        lambda i: i.requeue(AT, validated=True),
        InvoiceEvent(EventKind.RETRY, AT, S.READY, detail="retry requested after: earlier"),
        ((DOMAIN_WARNING, OLD_REPORT), "", "", SHA, ""),
    ),
    (
        "status",
        S.SENT,
        ProcessingRule.B2B,
        lambda i: i.status(AT, code="210", detail="Refusée", current_code="210", findings=(FATAL,)),
        InvoiceEvent(EventKind.STATUS, AT, S.SENT, status_code="210", detail="Refusée", findings=(FATAL,)),
        ((DOMAIN_WARNING, OLD_REPORT, FATAL), "earlier", "", SHA, "210"),
    ),
    (
        "status of an unknown code",
        S.SENT,
        ProcessingRule.B2B,
        lambda i: i.status(AT, code="999", detail="?"),
        InvoiceEvent(EventKind.STATUS, AT, S.SENT, status_code="999", detail="?"),
        ((DOMAIN_WARNING, OLD_REPORT), "earlier", "", SHA, ""),
    ),
    (
        "status_refused",
        S.SENT,
        ProcessingRule.B2B,
        lambda i: i.status_refused(AT, code="204", detail="refused by the platform"),
        InvoiceEvent(
            EventKind.STATUS_REFUSED, AT, S.SENT, status_code="204", detail="refused by the platform"
        ),
        ((DOMAIN_WARNING, OLD_REPORT), "earlier", "", SHA, ""),
    ),
    (
        "record_payment",
        S.NOT_TRANSMITTED,
        ProcessingRule.B2C,
        lambda i: i.record_payment(AT, detail="payment p1 of 10.00", facts={"payment_id": "p1"}),
        InvoiceEvent(
            EventKind.PAYMENT, AT, S.NOT_TRANSMITTED, detail="payment p1 of 10.00", facts={"payment_id": "p1"}
        ),
        ((DOMAIN_WARNING, OLD_REPORT), "earlier", "", SHA, ""),
    ),
    (
        "cancel",
        S.FAILED,
        ProcessingRule.B2B,
        lambda i: i.cancel("  duplicate of F-0  ", AT, may_be_on_platform=False),
        InvoiceEvent(EventKind.CANCELLED, AT, S.CANCELLED, detail="duplicate of F-0"),
        ((DOMAIN_WARNING, OLD_REPORT), "earlier", "", SHA, ""),
    ),
]


@pytest.mark.parametrize(
    ("name", "state", "rule", "move", "event", "after"), EXACT, ids=[c[0] for c in EXACT]
)
def test_each_move_records_exactly_its_event(
    name: str,
    state: ProcessingState,
    rule: ProcessingRule,
    move: Move,
    event: InvoiceEvent | None,
    after: tuple[object, ...],
) -> None:
    invoice = in_state(state, rule)
    assert move(invoice) == event
    assert invoice.events == ([] if event is None else [event])
    assert invoice.version == (7 if event is None else 8)
    assert (
        invoice.findings,
        invoice.last_error,
        invoice.platform_id,
        invoice.document_sha256,
        invoice.lifecycle_code,
    ) == after


# (from, move, the exception's type and text)
REFUSED: list[tuple[ProcessingState, ProcessingRule, Move, type[Exception], str]] = [
    (
        S.SENT,
        ProcessingRule.B2B,
        lambda i: i.validated(AT, sha256=SHA, syntax="UBL"),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition VALIDATED from SENT (VALIDATED may only follow ACCEPTED, NOT_TRANSMITTED)",
    ),
    (
        S.ACCEPTED,
        ProcessingRule.B2B,
        lambda i: i.fail(AT, "x") and i.fail(AT, "x"),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition FAILED from FAILED"
        " (FAILED may only follow ACCEPTED, NOT_TRANSMITTED, OUTCOME_UNKNOWN, READY, SENDING)",
    ),
    (
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.start_upload(AT, upload=1, sha256=""),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition SENDING from READY (document none is not the validated one)",
    ),
    (
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.start_upload(AT, upload=1, sha256="b" * 64),
        IllegalInvoiceTransition,
        f"PDP-INVOICE-STATE: invoice inv-1: illegal transition SENDING from READY (document {'b' * 64} is not the validated one)",
    ),
    (
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.upload_unknown(AT, "timeout"),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition OUTCOME_UNKNOWN from READY (no upload under way)",
    ),
    (
        S.SENDING,
        ProcessingRule.B2B,
        lambda i: i.sent(AT, platform_id="", detail="accepted"),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition SENT from SENDING (no platform id)",
    ),
    (
        S.SENT,
        ProcessingRule.B2B,
        lambda i: i.retry_later(AT, "503", next_at=LATER),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition RETRY from SENT (the invoice is finished)",
    ),
    (
        S.SENDING,
        ProcessingRule.B2B,
        lambda i: i.retry_later(AT, "503", next_at=LATER, back_to=S.ACCEPTED),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition RETRY from SENDING (not back to ACCEPTED)",
    ),
    (
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.requeue(AT, validated=True),
        IllegalInvoiceTransition,
        "PDP-INVOICE-STATE: invoice inv-1: illegal transition RETRY from READY"
        " (only a FAILED invoice can be retried; this one is READY)",
    ),
    (
        S.CANCELLED,
        ProcessingRule.B2B,
        lambda i: i.cancel("again", AT, may_be_on_platform=False),
        IllegalTransition,
        "invoice 'F-1' is already cancelled",
    ),
    (
        S.NOT_TRANSMITTED,
        ProcessingRule.B2C,
        lambda i: i.cancel("wrong buyer", AT, may_be_on_platform=False),
        InvoiceLocked,
        "only a credit note (type 381) or a corrective invoice (type 384) can correct invoice 'F-1':"
        " it was issued outside the platform (B2C, e-reporting)",
    ),
    (
        S.READY,
        ProcessingRule.B2B,
        lambda i: i.cancel("wrong buyer", AT, may_be_on_platform=True),
        InvoiceLocked,
        "only a credit note (type 381) or a corrective invoice (type 384) can correct invoice 'F-1':"
        " an upload ended with an unknown outcome: it may be deposited",
    ),
    (
        S.SENT,
        ProcessingRule.B2B,
        lambda i: i.cancel("wrong buyer", AT, may_be_on_platform=False),
        InvoiceLocked,
        "only a credit note (type 381) or a corrective invoice (type 384) can correct invoice 'F-1':"
        " it is SENT: the platform may have it",
    ),
]


@pytest.mark.parametrize(("state", "rule", "move", "refusal", "text"), REFUSED)
def test_each_refusal_says_exactly_why(
    state: ProcessingState, rule: ProcessingRule, move: Move, refusal: type[Exception], text: str
) -> None:
    invoice = in_state(state, rule)
    with pytest.raises(refusal) as refused:
        move(invoice)
    assert type(refused.value) is refusal
    assert str(refused.value) == text
    if isinstance(refused.value, InvoiceLocked):
        assert refused.value.findings == (
            Finding("PDP-CANCEL-DEPOSITED", Severity.FATAL, text, "invoice_id", layer="gateway"),
        )
    if type(refused.value) is IllegalTransition:  # a second cancellation, under another request id
        assert refused.value.findings == (
            Finding("PDP-CANCEL-CANCELLED", Severity.FATAL, text, "invoice_id", layer="gateway"),
        )


def test_a_transition_no_state_allows_says_so() -> None:
    refused = IllegalInvoiceTransition("inv-9", EventKind.SUBMITTED, S.READY)
    assert (
        str(refused)
        == "PDP-INVOICE-STATE: invoice inv-9: illegal transition SUBMITTED from READY (SUBMITTED may only follow nothing)"
    )
    assert (refused.invoice_id, refused.kind, refused.state) == ("inv-9", EventKind.SUBMITTED, S.READY)


@pytest.mark.parametrize("reason", ["", " \t ", "x" * 501])
def test_a_cancellation_reason_blank_or_too_long_is_refused(reason: str) -> None:
    with pytest.raises(RequestRejected) as refused:
        checked_cancel_reason(reason)
    message = "a cancellation needs its reason, at most 500 characters: it is kept in the invoice's history and the audit log"
    assert refused.value.findings == (
        Finding("PDP-CANCEL-REASON", Severity.FATAL, message, "reason", layer="gateway"),
    )


def test_a_cancellation_reason_is_kept_stripped_up_to_500_characters() -> None:
    assert checked_cancel_reason(" " + "x" * 500 + " ") == "x" * 500
    assert checked_cancel_reason("\tx ") == "x"


def finding(rule: str, severity: Severity = Severity.FATAL, message: str = "m") -> Finding:
    return Finding(rule, severity, message)


@pytest.mark.parametrize(
    ("fatal", "summary"),
    [
        ((), "official validation failed ()"),
        (
            (finding("B", message="first"), finding("A"), finding("B")),
            "official validation failed (A, B) B: first",
        ),
        # only a fatal finding gives the message; the rules are all named
        (
            (finding("W", Severity.WARNING, "w"), finding("F", message="f")),
            "official validation failed (F, W) F: f",
        ),
        ((finding("W", Severity.WARNING, "w"),), "official validation failed (W)"),
    ],
)
def test_the_summary_of_a_failed_validation(fatal: tuple[Finding, ...], summary: str) -> None:
    assert validation_summary(fatal) == summary


def test_a_status_keeps_who_delivered_it_and_a_refused_payment_its_detail() -> None:
    platform = Acting(Actor.platform("iopole"))
    invoice = in_state(S.SENT)
    assert invoice.status(AT, code="212", detail="Encaissée", acting=platform) == InvoiceEvent(
        EventKind.STATUS, AT, S.SENT, status_code="212", detail="Encaissée", acting=platform
    )
    assert invoice.refuse_payment(
        AT, detail="payment p1 refused: the invoice was never deposited"
    ) == InvoiceEvent(
        EventKind.PAYMENT_REFUSED, AT, S.SENT, detail="payment p1 refused: the invoice was never deposited"
    )
