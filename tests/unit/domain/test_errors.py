"""The domain's refusals carry what the caller needs: RequestRejected names each finding in its message."""

from __future__ import annotations

from domain.errors import Refusal, RequestRejected
from domain.findings import Finding, Severity
from domain.platform_codes import is_known_cdar


def test_a_rejected_request_keeps_its_findings_and_lists_them_in_its_message() -> None:
    findings = [
        Finding("PDP-DATE", Severity.FATAL, "'2026-02-30' is not a calendar date", "day"),
        Finding("PDP-DECIMAL", Severity.FATAL, "not a decimal", "lines[1].amount"),
    ]

    rejected = RequestRejected(findings)

    assert rejected.findings == tuple(findings)
    assert str(rejected) == (
        "PDP-DATE day: '2026-02-30' is not a calendar date; PDP-DECIMAL lines[1].amount: not a decimal"
    )


def test_known_cdar_codes_are_the_lifecycle_statuses() -> None:
    assert [code for code in ("200", "212", "213", "2000", "") if is_known_cdar(code)] == [
        "200",
        "212",
        "213",
    ]


class _Closed(Refusal):
    rule_id = "PDP-CLOSED"


def test_a_refusal_names_its_rule_in_its_message_and_its_one_fatal_finding() -> None:
    plain = _Closed("the books are closed")
    assert str(plain) == "PDP-CLOSED: the books are closed"
    assert plain.findings == (
        Finding("PDP-CLOSED", Severity.FATAL, "the books are closed", "", layer="gateway"),
    )
    other = _Closed("not this one", rule="PDP-OTHER", path="key", layer="ereporting")
    assert str(other) == "PDP-OTHER: not this one"
    assert other.findings == (
        Finding("PDP-OTHER", Severity.FATAL, "not this one", "key", layer="ereporting"),
    )
