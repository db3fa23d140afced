"""Validation findings shared by the domain rules and the official validation layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
    layer:   which check produced it: "domain", "xsd", "en16931", "br-fr", "extended-ctc-fr", "facturx-profile", ...
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


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """All findings of one validation run, with the artifacts that produced them.

    `complete` is False when a layer could not run: the report is then never valid (fail closed).
    """

    findings: tuple[Finding, ...] = ()
    artifacts: tuple[tuple[str, str], ...] = ()  # (artifact name, version)
    complete: bool = True
    errors: tuple[str, ...] = field(default=())  # why a layer could not run

    @property
    def valid(self) -> bool:
        return self.complete and not any(f.is_fatal for f in self.findings)

    @property
    def fatal(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_fatal)
