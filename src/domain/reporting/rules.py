"""Findings raised by the e-reporting checks; every rule id (ER-...) is listed in docs/ereporting.md."""

from __future__ import annotations

from domain.findings import Finding, Severity

LAYER = "ereporting"


def fatal(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, path=path, layer=LAYER)


def warning(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, message, path=path, layer=LAYER)


def info(rule_id: str, message: str, path: str) -> Finding:
    return Finding(rule_id, Severity.INFO, message, path=path, layer=LAYER)
