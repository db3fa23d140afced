"""Validation findings shared by the domain rules and the official validation layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    FATAL = "fatal"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken rule.

    rule_id: EN 16931 / BR-FR / XSD id, e.g. "BR-CO-15", "BR-FR-10", "XSD".
    path:    the business term path, e.g. "BG-22/BT-112" or "BG-25[2]/BT-131"; empty when not known.
    location: the XPath in the document, when the finding comes from a document layer.
    layer:   which check produced it: "domain", "xsd", "en16931", "br-fr", "extended-ctc-fr", "facturx-profile",
             "document" (the gateway reading a document: document_formats.DOCUMENT_LAYER), ...; one per rule id of
             the gateway's own, whichever door the finding comes through (an official rule id's layer says which
             implementation spoke: the domain's BR-CO-10 before rendering, CEN's on a document).
    """

    rule_id: str
    severity: Severity
    message: str
    path: str = ""
    location: str = ""
    layer: str = "domain"

    @property
    def is_fatal(self) -> bool:
        return self.severity is Severity.FATAL

    @property
    def described(self) -> str:
        """The rule, where and why, as a refusal's message says it: "BR-CO-15 BG-22/BT-112: …"."""
        return (
            f"{self.rule_id} {self.path}: {self.message}" if self.path else f"{self.rule_id}: {self.message}"
        )


@dataclass(frozen=True, slots=True)
class LayerVerdict:
    """One validation layer's verdict: did it run, and how many fatal findings and warnings it raised."""

    layer: str  # "xsd", "en16931", "extended-ctc-fr", "facturx-profile", "profile", "br-fr", "br-fr-cdv"
    artifact: str = ""  # the artifact's name and version, "" for a check of our own
    ran: bool = True
    fatal: int = 0
    warnings: int = 0

    @property
    def passed(self) -> bool:
        return self.ran and self.fatal == 0


@dataclass(frozen=True, slots=True)
class Conclusion:
    """The verdict of one rule set over its layers: "en16931" (XSD + CEN) or "fr" (XSD + profile + BR-FR)."""

    rules: str
    applies: bool
    reason: str  # why it applies, or why not
    layers: tuple[str, ...] = ()
    passed: bool = False  # applies, and every one of its layers ran without a fatal finding


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """All findings of one validation run, with the artifacts that produced them.

    `complete` is False when a layer could not run: the report is then never valid (fail closed). When the report
    carries conclusions, it is valid only if at least one applies and every applicable one passed.
    """

    findings: tuple[Finding, ...] = ()
    artifacts: tuple[tuple[str, str], ...] = ()  # (artifact name, version)
    complete: bool = True
    errors: tuple[str, ...] = field(default=())  # why a layer could not run
    layers: tuple[LayerVerdict, ...] = ()
    conclusions: tuple[Conclusion, ...] = ()

    @property
    def valid(self) -> bool:
        if not self.complete or any(f.is_fatal for f in self.findings):
            return False
        if self.conclusions:
            applicable = [c for c in self.conclusions if c.applies]
            return bool(applicable) and all(c.passed for c in applicable)
        return True

    @property
    def fatal(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_fatal)

    def conclusion(self, rules: str) -> Conclusion | None:
        return next((c for c in self.conclusions if c.rules == rules), None)
