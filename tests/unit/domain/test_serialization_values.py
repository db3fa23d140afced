"""The stored JSON of findings, events and verdicts, exactly, and the refusals of content that does not fit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.audit import Acting, Actor
from domain.emission import InvoiceEvent, ProcessingState
from domain.findings import Finding, LayerVerdict, Severity
from domain.serialization import (
    CorruptContent,
    event_to_dict,
    findings_from_list,
    findings_to_list,
    from_json_value,
    to_json_value,
)

FINDING = Finding("BR-1", Severity.WARNING, "m", "BT-1", "/x", "domain")
AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def test_findings_are_stored_without_their_default_layer_and_read_back_equal() -> None:
    stored = findings_to_list([FINDING, Finding("XSD", Severity.FATAL, "n", layer="xsd")])

    assert stored == [
        {"rule_id": "BR-1", "severity": "warning", "message": "m", "path": "BT-1", "location": "/x"},
        {"rule_id": "XSD", "severity": "fatal", "message": "n", "layer": "xsd"},
    ]
    assert findings_from_list(stored) == (FINDING, Finding("XSD", Severity.FATAL, "n", layer="xsd"))
    assert findings_from_list([]) == ()


def test_an_event_is_stored_with_its_time_state_and_findings_not_its_audit_actor_and_facts() -> None:
    audit_only = (Acting(Actor.platform("iopole"), "webhook:k-1"), {"amount": "12.00"})
    event = InvoiceEvent("STATUS", AT, ProcessingState.SENT, "203", "d", (FINDING,), *audit_only)
    assert event_to_dict(event) == {
        "kind": "STATUS",
        "at": "2026-11-02T09:30:00+00:00",
        "state": "SENT",
        "status_code": "203",
        "detail": "d",
        "findings": [
            {"rule_id": "BR-1", "severity": "warning", "message": "m", "path": "BT-1", "location": "/x"}
        ],
    }


def test_a_layer_verdict_keeps_its_booleans_and_counts() -> None:
    verdict = LayerVerdict("xsd", "EN16931 1.3.14", ran=False, fatal=2, warnings=3)
    stored = to_json_value(verdict)
    assert from_json_value(LayerVerdict, stored) == verdict


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("ran", "yes", "cannot decode LayerVerdict: expected a boolean, got str"),
        ("ran", 1, "cannot decode LayerVerdict: expected a boolean, got int"),
        ("fatal", "2", "cannot decode LayerVerdict: expected an integer, got str"),
        ("fatal", True, "cannot decode LayerVerdict: expected an integer, got bool"),
        ("warnings", 1.0, "cannot decode LayerVerdict: expected an integer, got float"),
    ],
)
def test_stored_booleans_and_integers_are_not_coerced(field: str, value: object, message: str) -> None:
    stored = {"layer": "xsd", "artifact": "", "ran": True, "fatal": 0, "warnings": 0, field: value}
    with pytest.raises(CorruptContent) as refused:
        from_json_value(LayerVerdict, stored)
    assert str(refused.value) == message


def test_a_finding_with_a_number_for_a_text_is_refused() -> None:
    with pytest.raises(CorruptContent) as refused:
        findings_from_list([{"rule_id": 1, "severity": "fatal", "message": "m"}])
    assert str(refused.value) == "cannot decode Finding: expected a string, got int"
