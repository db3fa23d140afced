"""XP Z12-013 JSON <-> domain values (flow-service and directory-service 1.3.0). Pure functions.

The acknowledgement of a deposited flow is the platform's first word on it: `Ok` (antivirus, integrity, technical
rules and unicity checks passed) is read as 200 Déposée, `Error` as 213 Rejetée with the reason codes as findings,
`Pending` as nothing yet. An `Error` whose only reason is AlreadyExistingFlow rejects the COPY, not the invoice: the
first deposit stands, so it is no status of ours (pdp-apis.md §2.1: AlreadyExistingFlow = success).

The readers judge the shape of what the platform gives as every adapter's do (adapters.pdp.answers): an
acknowledgement that is not an object, or details that are not an array, raise TypeError (the platform's answer of
another shape: a read unavailable, a delivery unreadable), never an AttributeError (a bug of the gateway's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from adapters.pdp.answers import listed, obj, parse_datetime, path_segment, platform_id
from adapters.pdp.public_buyers import requirements
from domain.bounds import xml_chars_only
from domain.findings import Finding
from domain.identifiers import split_address
from domain.platform import (
    UNDATED,
    DirectoryEntry,
    OutboundDocument,
    PlatformStatus,
    SubmissionRecord,
    rejection_finding,
    rejection_findings,
)

ALREADY_EXISTING = "AlreadyExistingFlow"
ACK_TO_CDAR = {"Ok": "200", "Error": "213"}
# flowType of each direction: what we deposit, what we receive (pdp-apis.md §2.1)
INVOICE_OUT = "CustomerInvoice"
INVOICE_IN = "SupplierInvoice"
LIFECYCLE_TYPES = ("CustomerInvoiceLC", "SupplierInvoiceLC")


MAX_FLOW_ID = 64  # the standard's flow and webhook ids are at most 64 characters


def flow_id(value: object) -> str:
    """A flow's (or webhook's) id as the standard gives it: a string of 1 to MAX_FLOW_ID XML characters, one path
    segment (the client puts it in a URL; the inbox keys a delivery by it). TypeError or ValueError naming the rule,
    never the value (what is refused is not echoed into logs)."""
    if not isinstance(value, str):
        raise TypeError(f"a flowId is a string, not {type(value).__name__}")
    if len(value) > MAX_FLOW_ID or not xml_chars_only(value) or not path_segment(value):
        raise ValueError(
            f"not a flowId ({len(value)} characters): 1 to {MAX_FLOW_ID} XML characters, one path segment"
        )
    return value


def wire_datetime(at: datetime) -> str:
    """RFC 3339 in UTC with microseconds, so that `updatedAfter` never skips a flow updated in the same second."""
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def flow_info(document: OutboundDocument) -> dict[str, Any]:
    """The flowInfo part of POST /v1/flows: trackingId = our stable id, sha256 checked by the platform."""
    return {
        "name": document.filename,
        "flowSyntax": document.syntax.value,
        "flowProfile": document.profile.value,
        "processingRule": document.processing_rule.value,
        "trackingId": document.tracking_id,
        "sha256": document.sha256.lower(),
    }


def acknowledgement(flow: Mapping[str, Any]) -> Mapping[str, Any]:
    """The flow's acknowledgement (none: empty); TypeError when it is not an object."""
    return obj(flow.get("acknowledgement"), "an acknowledgement object")


def ack_findings(flow: Mapping[str, Any]) -> tuple[Finding, ...]:
    return rejection_findings(
        rejection_finding(
            str(detail.get("reasonCode") or "PLATFORM"),
            str(detail.get("reasonMessage") or ""),
            location=str(detail.get("item") or ""),
        )
        for detail in listed(acknowledgement(flow).get("details"))
        if isinstance(detail, Mapping) and detail.get("level", "Error") == "Error"
    )


def is_duplicate_copy(flow: Mapping[str, Any]) -> bool:
    """An Error acknowledgement whose every error is AlreadyExistingFlow: the flow was a copy of an earlier one."""
    findings = ack_findings(flow)
    return (
        acknowledgement(flow).get("status") == "Error"
        and bool(findings)
        and all(f.rule_id == ALREADY_EXISTING for f in findings)
    )


def ack_status(flow: Mapping[str, Any]) -> PlatformStatus | None:
    """The acknowledgement as a lifecycle status, or None (Pending, a rejected copy, no acknowledgement)."""
    raw = str(acknowledgement(flow).get("status") or "")
    if raw not in ACK_TO_CDAR or is_duplicate_copy(flow):
        return None
    at = parse_datetime(flow.get("updatedAt")) or parse_datetime(flow.get("submittedAt"))
    findings = ack_findings(flow) if raw == "Error" else ()
    return PlatformStatus(
        code=ACK_TO_CDAR[raw],
        label=f"ack:{raw}",
        raw_code=raw,
        at=at or UNDATED,
        reason=findings[0].rule_id if findings else "",
        findings=findings,
        status_id=f"afnor-ack:{flow.get('flowId')}:{raw}",
    )


def submission_record(flow: Mapping[str, Any]) -> SubmissionRecord | None:
    """A flow we deposited, as the pipeline reconciles it: trackingId is the invoice number we gave. Its flowId
    becomes the invoice's platform id, so it is read as a deposit's is (`platform_id`: TypeError or ValueError)."""
    if not flow.get("flowId") or is_duplicate_copy(flow):
        return None
    return SubmissionRecord(
        platform_id=platform_id(flow["flowId"]),
        submitted_at=parse_datetime(flow.get("submittedAt")),
        invoice_number=str(flow.get("trackingId") or ""),
        sha256=str(flow.get("sha256") or "").lower(),
        last_status=ack_status(flow),
    )


def error_findings(body: object, status: int) -> tuple[Finding, ...]:
    """The standard error body {errorCode*, errorMessage, details}; anything else as HTTP-<status>."""
    if isinstance(body, Mapping) and body.get("errorCode"):
        message = " ".join(str(body.get(k) or "") for k in ("errorMessage", "details")).strip()
        return (rejection_finding(str(body["errorCode"]), message),)
    return (rejection_finding(f"HTTP-{status}", str(body)[:500]),)


def error_code(body: object) -> str:
    """The standard error body's errorCode, as a finding keeps it (bounded: it goes into messages and logs)."""
    code = body.get("errorCode") if isinstance(body, Mapping) else None
    return rejection_finding(str(code), "").rule_id if code else ""


def public_buyer(legal: object, facility: object, routing: object) -> dict[str, Any]:
    """The public-buyer fields of a directory line (domain.b2g): legalUnit.entityType = Public, and what its SIRET
    (facility.b2gAdditionalData) or routing code (routingCode.managesLegalCommitment) requires."""
    required = requirements(facility.get("b2gAdditionalData") if isinstance(facility, Mapping) else None)
    if isinstance(routing, Mapping) and routing.get("managesLegalCommitment"):
        required["requires_engagement"] = True  # the routing code's own line says it
    return {"public_entity": isinstance(legal, Mapping) and legal.get("entityType") == "Public", **required}


def directory_entry(identifier: str, lines: Iterable[Mapping[str, Any]], today: date) -> DirectoryEntry:
    """Reachable when a line for the recipient is Enabled (registered and effective); Upcoming is registered but
    not yet effective; Disabled, or no line, is not reachable. The 1.3.0 directory line carries no dates: the
    status is the platform's reading of them (validFrom/validTo stay empty)."""
    scheme, value = split_address(identifier)
    rows = [line for line in lines if isinstance(line, Mapping)]
    # An electronic address names one line; a bare SIREN asks whether the company can be reached at all.
    exact = [r for r in rows if scheme and str(r.get("addressingIdentifier") or "") == value]
    candidates = exact or rows
    enabled = [r for r in candidates if r.get("directoryLineStatus") == "Enabled"]
    upcoming = [r for r in candidates if r.get("directoryLineStatus") == "Upcoming"]
    chosen = next(iter(enabled or upcoming or candidates), None)
    if chosen is None:
        return DirectoryEntry.unknown(identifier)
    legal = chosen.get("legalUnit") or {}
    routing = chosen.get("routingCode") or {}
    return DirectoryEntry(
        **public_buyer(legal, chosen.get("facility"), routing),
        identifier=identifier,
        reachable=bool(enabled),
        registered=bool(enabled or upcoming),
        siren=str(chosen.get("siren") or ""),
        name=str(legal.get("businessName") or "") if isinstance(legal, Mapping) else "",
        electronic_address=str(chosen.get("addressingIdentifier") or ""),
        network=str(chosen.get("platformType") or ""),
        routing_code=str(routing.get("routingIdentifier") or chosen.get("routingIdentifier") or "")
        if isinstance(routing, Mapping)
        else "",
    )
