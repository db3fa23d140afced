"""Every move of a received invoice, from every current status: a legal move changes its lifecycle as the
lifecycle says and returns its event; an illegal one raises the domain's error and leaves the invoice as it was."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from domain.document_file import DocumentFile
from domain.errors import IllegalTransition
from domain.findings import Finding, Severity
from domain.lifecycle import STATUSES, is_terminal
from domain.payments import PaymentRefused
from domain.platform import OutgoingStatus, PlatformStatus
from domain.reception import (
    IllegalReceivedTransition,
    ReceivedEventKind,
    ReceivedInvoice,
    ReceivedInvoiceEvent,
    StatusPoint,
    buyer_status,
    current_code,
)
from tests.builders import a_received_invoice

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
AT = T0 + timedelta(days=1)
FINAL = frozenset(code for code in STATUSES if is_terminal(code))
# Every status an invoice may stand at: none yet, then each code of the lifecycle.
CURRENT = ("", *STATUSES)
REFUSAL = Finding("REJ_SEMAN", Severity.FATAL, "montant faux", layer="platform")


def standing_at(code: str) -> ReceivedInvoice:
    """An invoice the platform made available (203) and whose current status is `code`."""
    made_available = code and STATUSES[code].phase != "transmission"
    history = [StatusPoint("203", T0)] if made_available else []
    if code:
        history.append(StatusPoint(code, T0 + timedelta(hours=1)))
    invoice = a_received_invoice(*history)
    assert invoice.lifecycle_code == (code or ""), "the history builds the status it is named for"
    return invoice


Move = Callable[[ReceivedInvoice], ReceivedInvoiceEvent]


def _queue(status: OutgoingStatus) -> Move:
    return lambda invoice: invoice.queue_status(status, AT, detail=status.code)


# name: (the move, may it follow a final status, the status it adds to the history (None: none), its event)
MOVES: dict[str, tuple[Move, bool, str | None, ReceivedEventKind]] = {
    "platform_status": (
        lambda i: i.platform_status(
            PlatformStatus("204", "IN_HAND", "IN_HAND", AT, findings=(REFUSAL,), status_id="s-1"), AT
        ),
        True,
        "204",
        ReceivedEventKind.STATUS,
    ),
    "platform_refusal": (
        lambda i: i.platform_status(PlatformStatus("213", "REJECTED", "REJECTED", AT, "REJ_SEMAN"), AT),
        True,
        "213",
        ReceivedEventKind.STATUS,
    ),
    **{
        f"queue_{label.lower()}": (
            _queue(status),
            False,
            status.code,
            ReceivedEventKind.STATUS_QUEUED,
        )
        for label, status in {
            "APPROVED": buyer_status("APPROVED"),
            "PARTIALLY_APPROVED": buyer_status("PARTIALLY_APPROVED", reason="QTE_ERR"),
            "DISPUTED": buyer_status("DISPUTED", reason="TX_TVA_ERR"),
            "SUSPENDED": buyer_status("SUSPENDED", reason="JUSTIF_ABS"),
            "REFUSED": buyer_status("REFUSED", reason="DOUBLON"),
            "IN_HAND": buyer_status("IN_HAND"),
            "COMPLETED": buyer_status("COMPLETED"),
            "PAYMENT_SENT": buyer_status("PAYMENT_SENT", amount=Decimal("10.00")),
        }.items()
    },
    "record_payment": (
        lambda i: i.record_payment(AT, detail="payment p-1 of 10.00; outstanding 0.00", facts={}),
        False,
        None,
        ReceivedEventKind.PAYMENT,
    ),
}


@pytest.mark.parametrize("code", CURRENT)
@pytest.mark.parametrize("name", sorted(MOVES))
def test_every_move_from_every_status(name: str, code: str) -> None:
    move, after_final, adds, kind = MOVES[name]
    invoice = standing_at(code)
    before = copy.deepcopy(invoice)
    legal = after_final or code not in FINAL
    assert invoice.allows(kind) is legal
    if not legal:
        with pytest.raises(IllegalTransition) as refused:
            move(invoice)
        assert isinstance(refused.value, IllegalReceivedTransition | PaymentRefused)
        assert refused.value.findings, "the refusal names its rule"
        assert invoice == before, "an illegal move changes nothing"
        return
    event = move(invoice)
    assert event.kind is kind and event.at == AT
    assert invoice.events == [event]
    history = [
        *before.statuses,
        *([StatusPoint(adds, AT if kind is not ReceivedEventKind.STATUS else AT)] if adds else []),
    ]
    assert list(invoice.statuses) == history
    assert invoice.lifecycle_code == current_code(history)
    assert event.audit_action == f"received_invoice.{kind.value.lower()}"


def test_a_platform_status_carries_its_label_reason_and_findings() -> None:
    invoice = standing_at("203")
    event = invoice.platform_status(
        PlatformStatus("213", "REJECTED", "REJ", AT, "REJ_SEMAN", findings=(REFUSAL,), status_id="s-2"), AT
    )
    assert (event.status_code, event.detail, event.findings, event.state) == (
        "213",
        "REJECTED REJ_SEMAN",
        (REFUSAL,),
        "ACCEPTED",
    )


def test_a_final_status_stays_current_whatever_the_platform_says_next() -> None:
    refused = standing_at("210")
    refused.platform_status(PlatformStatus("204", "IN_HAND", "IN_HAND", AT), AT)
    assert refused.lifecycle_code == "210"
    assert [p.code for p in refused.statuses] == ["203", "210", "204"]


def test_a_queued_status_names_the_final_one_it_cannot_follow() -> None:
    invoice = standing_at("210")
    with pytest.raises(IllegalReceivedTransition) as refused:
        invoice.queue_status(buyer_status("APPROVED"), AT)
    assert str(refused.value) == "status 205 (Approuvée) cannot follow the final status 210 (Refusée)"
    error = refused.value
    assert (error.invoice_id, error.kind, error.code) == (invoice.id, ReceivedEventKind.STATUS_QUEUED, "210")


def test_a_final_invoice_is_not_paid() -> None:
    invoice = standing_at("213")
    with pytest.raises(
        PaymentRefused, match=r"PAY-NOT-PAYABLE: the invoice is 213 \(Rejetée\): it is not paid"
    ):
        invoice.check_payable()
    standing_at("205").check_payable()


def test_a_new_invoice_is_received_accepted_or_invalid_with_its_fatal_findings() -> None:
    fatal = Finding("BR-FR-12", Severity.FATAL, "SIREN key", "BT-30", layer="br-fr")
    warning = Finding("BR-CO-26", Severity.WARNING, "no buyer id", layer="cen")
    fields = {
        "id": "r-1",
        "company_siren": "552100554",
        "platform": "iopole",
        "platform_invoice_id": "p-1",
        "document": DocumentFile("application/xml", "", "d" * 64, b"<x/>"),
        "syntax": "UBL",
        "number": "F-9",
    }
    valid = ReceivedInvoice.receive(at=AT, valid=True, findings=(warning,), **fields)
    invalid = ReceivedInvoice.receive(at=AT, valid=False, findings=(fatal, warning), **fields)
    assert valid.events == [
        ReceivedInvoiceEvent(ReceivedEventKind.RECEIVED, AT, "ACCEPTED", detail="UBL F-9")
    ]
    assert invalid.events == [
        ReceivedInvoiceEvent(ReceivedEventKind.RECEIVED, AT, "INVALID", detail="UBL F-9", findings=(fatal,))
    ]
    assert valid.received_at == AT and valid.lifecycle_code == ""


def test_an_invoice_with_a_history_is_not_received_again() -> None:
    with pytest.raises(IllegalReceivedTransition, match="a new invoice has no history"):
        ReceivedInvoice.receive(
            at=AT,
            id="r-1",
            company_siren="552100554",
            platform="iopole",
            platform_invoice_id="p-1",
            document=DocumentFile("", "", "", b""),
            statuses=(StatusPoint("203", T0),),
        )


def test_the_stored_event_kinds_keep_their_texts() -> None:
    assert [k.value for k in ReceivedEventKind] == ["RECEIVED", "STATUS", "STATUS_QUEUED", "PAYMENT"]
