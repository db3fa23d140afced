"""Buyer statuses (BR-FR-CDV-14/15, CL-09), the lifecycle order of received statuses, recipient addresses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from domain.errors import IllegalTransition
from domain.findings import Finding, Severity
from domain.platform import OutgoingStatus
from domain.reception import StatusPoint, buyer_status, current_code
from tests.builders import a_received_invoice

T0 = datetime(2026, 11, 20, tzinfo=UTC)


def points(*codes: str) -> list[StatusPoint]:
    return [StatusPoint(code, T0 + timedelta(minutes=i)) for i, code in enumerate(codes)]


def test_the_current_status_follows_the_lifecycle_not_the_arrival_order() -> None:
    assert current_code(points("203", "200", "202", "201")) == "203"


def test_unknown_codes_are_kept_but_never_current() -> None:
    assert current_code(points("200", "NEW_CODE")) == "200"
    assert current_code(points("NEW_CODE")) == ""


def test_a_rejection_or_refusal_is_final() -> None:
    assert current_code(points("200", "213", "201")) == "213"
    with pytest.raises(IllegalTransition, match="final status 210"):
        a_received_invoice(*points("203", "210")).check_status(buyer_status("APPROVED"))


@pytest.mark.parametrize(
    ("label", "kwargs", "rule"),
    [
        ("REFUSED", {}, "BR-FR-CDV-15"),
        ("DISPUTED", {"reason": "NOPE"}, "BR-FR-CDV-CL-09"),
        ("PAYMENT_SENT", {}, "PDP-STATUS-AMOUNT"),  # BR-FR-CDV-14 is 212's; 211 needs its amount too
        ("RECEIVED", {}, "BR-FR-CDV-CL-06"),
    ],
)
def test_buyer_statuses_name_the_rule_they_break(label, kwargs, rule) -> None:
    with pytest.raises(IllegalTransition) as refused:
        buyer_status(label, **kwargs)
    assert refused.value.findings[0].rule_id.startswith(
        rule
    )  # official ids carry a suffix: BR-FR-CDV-15_MDT-113


def test_valid_buyer_statuses_carry_their_cdar_code() -> None:
    assert buyer_status("REFUSED", reason="TX_TVA_ERR").code == "210"
    assert buyer_status("PAYMENT_SENT", amount=Decimal("1200.00")).amount == Decimal("1200.00")


def _lifecycle(rule: str, message: str, path: str = "") -> Finding:
    return Finding(rule, Severity.FATAL, message, path, "", "lifecycle")


# label and arguments -> (the refusal's message, its findings): what the caller and the API show, exactly.
REFUSALS = [
    (
        ("RECEIVED", {}),
        "'RECEIVED' is not a status a buyer sends (one of IN_HAND, APPROVED, PARTIALLY_APPROVED, DISPUTED, "
        "SUSPENDED, COMPLETED, REFUSED, PAYMENT_SENT)",
        [_lifecycle("BR-FR-CDV-CL-06", "status 'RECEIVED' is not sendable by the recipient", "MDT-105")],
    ),
    (
        ("REFUSED", {}),
        "BR-FR-CDV-15_MDT-113: Status 210 needs a reason code (MDT-113).",
        [_lifecycle("BR-FR-CDV-15_MDT-113", "Status 210 needs a reason code (MDT-113).", "MDT-113")],
    ),
    (
        ("DISPUTED", {"reason": "NOPE"}),
        "BR-FR-CDV-CL-09_MDT-113: Reason code 'NOPE' is not in the closed list (MDT-113).",
        [
            _lifecycle(
                "BR-FR-CDV-CL-09_MDT-113",
                "Reason code 'NOPE' is not in the closed list (MDT-113).",
                "MDT-113",
            )
        ],
    ),
    (
        ("PAYMENT_SENT", {}),
        "PDP-STATUS-AMOUNT: Status 211 (payment sent) needs the amount paid (MDT-215).",
        [
            _lifecycle(
                "PDP-STATUS-AMOUNT", "Status 211 (payment sent) needs the amount paid (MDT-215).", "MDG-43"
            )
        ],
    ),
    (
        ("PAYMENT_SENT", {"amount": Decimal("-1")}),
        "the status amount cannot be negative",
        [_lifecycle("BR-FR-CDV", "the status amount cannot be negative")],
    ),
    (
        ("PAYMENT_SENT", {"amount": Decimal("NaN")}),
        "the status amount must be a finite Decimal",
        [_lifecycle("BR-FR-CDV", "the status amount must be a finite Decimal")],
    ),
]


@pytest.mark.parametrize(("call", "message", "findings"), REFUSALS)
def test_a_refused_buyer_status_says_exactly_why(
    call: tuple[str, dict[str, object]], message: str, findings: list[Finding]
) -> None:
    label, kwargs = call
    with pytest.raises(IllegalTransition) as refused:
        buyer_status(label, **kwargs)  # type: ignore[arg-type]
    assert (str(refused.value), list(refused.value.findings)) == (message, findings)


def test_a_buyer_status_by_label_or_code_keeps_every_argument() -> None:
    assert buyer_status("APPROVED", message="ok", currency="USD") == OutgoingStatus(
        code="205", message="ok", currency="USD"
    )
    assert buyer_status("204") == OutgoingStatus(
        code="204", reason="", message="", amount=None, currency="EUR"
    )
    assert buyer_status("PAYMENT_SENT", amount=Decimal("12.50"), reason="") == OutgoingStatus(
        code="211", amount=Decimal("12.50")
    )


def test_no_status_follows_a_final_one_and_the_refusal_says_which() -> None:
    with pytest.raises(IllegalTransition) as refused:
        a_received_invoice(*points("203", "210")).check_status(buyer_status("APPROVED"))
    assert str(refused.value) == "status 205 (Approuvée) cannot follow the final status 210 (Refusée)"
    assert list(refused.value.findings) == [
        _lifecycle("LIFECYCLE", "the invoice is already Refusée", "MDT-105")
    ]
    a_received_invoice(*points("200", "203")).check_status(buyer_status("APPROVED"))  # not final: no refusal
    a_received_invoice().check_status(buyer_status("APPROVED"))


def test_a_buyer_status_breaking_two_rules_names_both() -> None:
    with pytest.raises(IllegalTransition) as refused:
        buyer_status("PAYMENT_SENT", reason="XYZ")
    assert str(refused.value) == (
        "BR-FR-CDV-CL-09_MDT-113: Reason code 'XYZ' is not in the closed list (MDT-113).;"
        " PDP-STATUS-AMOUNT: Status 211 (payment sent) needs the amount paid (MDT-215)."
    )


def test_the_current_code_of_stored_points_follows_their_times() -> None:
    t0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    points = [StatusPoint("205", t0 + timedelta(minutes=5)), StatusPoint("207", t0), StatusPoint("204", t0)]
    assert current_code(points) == "205"
    assert current_code([]) == ""


def test_a_copy_keeps_its_findings_and_adds_a_warning_naming_the_first_delivery() -> None:
    invoice = a_received_invoice()
    earlier = Finding("BR-FR-01", Severity.WARNING, "an earlier finding", "BT-1", layer="br-fr")
    invoice.findings = (earlier,)
    invoice.mark_copy_of("first-id")
    assert invoice.copy_of == "first-id"
    assert invoice.findings == (
        earlier,
        Finding(
            "PDP-RECEIVED-COPY",
            Severity.WARNING,
            "the same invoice (seller 732829320, number F-1, same type and year) was received before as first-id:"
            " if this is a second copy, refuse it (210, reason DOUBLON)",
            "BT-1",
            layer="reception",
        ),
    )
