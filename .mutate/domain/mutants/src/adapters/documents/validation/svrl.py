"""SVRL (schematron report) to `Finding`s, naming the rule and the business term it is about."""

from __future__ import annotations

import re

from lxml import etree

from domain.findings import Finding, Severity

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_FINDING_TAGS = (f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report")

# Business terms as the official artifacts write them: EN 16931 BT/BG, XP Z12-012 EXT-FR-FE extensions, CDAR MDT.
_TERM = r"(?:EXT-FR-FE-(?:BG-)?\d+|MDT-\d+[a-z]?|B[TG]-\d+[a-z]?(?:-\d+)?)"
_TERM_RE = re.compile(_TERM)
_BRACKET_RULE_RE = re.compile(r"^\s*\[([A-Za-z0-9-]+)\]")
_GROUP_THEN_TERM_RE = re.compile(rf"\((BG-\d+)\) shall (?:contain|have)[^()]*\(({_TERM})\)")

# Rules whose message names another term first; the subject is the group/term below.
_SUBJECT_OVERRIDES: dict[str, str] = {
    "BR-S-08": "BG-23/BT-116",
    "BR-S-09": "BG-23/BT-117",
    "BR-AE-08": "BG-23/BT-116",
    "BR-E-08": "BG-23/BT-116",
    "BR-Z-08": "BG-23/BT-116",
    "BR-G-08": "BG-23/BT-116",
    "BR-IC-08": "BG-23/BT-116",
    "BR-O-08": "BG-23/BT-116",
}

_SEVERITIES = {
    "fatal": Severity.FATAL,
    "error": Severity.FATAL,
    "warning": Severity.WARNING,
    "information": Severity.INFO,
    "info": Severity.INFO,
}


def split_assertion_id(assertion_id: str) -> tuple[str, str]:
    """FNFE ids carry the term after the rule: "BR-FR-01_BT-1" -> ("BR-FR-01", "BT-1"); CEN ids are bare."""
    rule, _, qualifier = assertion_id.partition("_")
    term = _TERM_RE.search(qualifier)
    return rule, term.group(0) if term else ""


def business_term_path(rule_id: str, message: str, qualifier_term: str = "") -> str:
    """The BT/BG path a finding is about: explicit override, id qualifier, then the message's first term."""
    if rule_id in _SUBJECT_OVERRIDES:
        return _SUBJECT_OVERRIDES[rule_id]
    if qualifier_term:
        return qualifier_term
    group_then_term = _GROUP_THEN_TERM_RE.search(message)
    if group_then_term:
        return f"{group_then_term.group(1)}/{group_then_term.group(2)}"
    first = _TERM_RE.search(message)
    return first.group(0) if first else ""


def severity_of(flag: str | None) -> Severity:
    # No flag, or an unknown one, counts as fatal: an unclassified failure must not let a document through.
    return _SEVERITIES.get((flag or "").strip().lower(), Severity.FATAL)


def findings_from_svrl(svrl: str | bytes, layer: str) -> list[Finding]:
    data = svrl.encode("utf-8") if isinstance(svrl, str) else svrl
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    findings: list[Finding] = []
    for element in root.iter(*_FINDING_TAGS):
        text = element.find(f"{{{SVRL_NS}}}text")
        message = " ".join("".join((text if text is not None else element).itertext()).split())
        assertion_id = element.get("id") or ""
        rule_id, qualifier = split_assertion_id(assertion_id) if assertion_id else ("", "")
        if not rule_id:
            bracket = _BRACKET_RULE_RE.match(message)
            rule_id = bracket.group(1) if bracket else f"{layer}-report"
        findings.append(
            Finding(
                rule_id=rule_id,
                severity=severity_of(element.get("flag")),
                message=message,
                path=business_term_path(rule_id, message, qualifier),
                location=element.get("location") or "",
                layer=layer,
            )
        )
    return findings
