"""The domain's refusals carry what the caller needs: RequestRejected names each finding in its message."""

from __future__ import annotations

from domain.errors import RequestRejected
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
