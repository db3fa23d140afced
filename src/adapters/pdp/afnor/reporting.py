"""E-reporting through an AFNOR XP Z12-013 platform: each part of a declaration as one FRR flow (`POST /v1/flows`,
flowSyntax FRR) holding a DGFiP flux 10 document (adapters.pdp.afnor.flux10).

Exactly once, like invoices: the flow's trackingId is the transmission id (declaration id + part), the platform is
searched on it before every deposit, so a part whose deposit had an unknown outcome (timeout, reset, 5xx after the
upload) is found instead of being deposited again; `AlreadyExistingFlow` means the first deposit stands. An unknown
outcome that the search does not settle is retried later (PlatformUnavailable), and the retry searches first.
Fail closed: every document is validated against the vendored flux 10 XSD and schematron before it leaves; a
document that fails is refused (PlatformRejected with the findings), never sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Protocol

from adapters.pdp.afnor.flux10 import Flux10Sender, FrrPart, parts_of, transmission_id, write_flux10
from domain.document_file import DocumentFile
from domain.findings import Finding, ValidationReport
from domain.platform import (
    DocumentProfile,
    DocumentSyntax,
    OutboundDocument,
    PlatformConfigError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    ProcessingRule,
    Submission,
    SubmissionQuery,
    SubmissionRecord,
    rejection_finding,
)
from domain.reporting.payloads import ReportingRequest
from domain.reporting.port import DeclarationToSend

log = logging.getLogger(__name__)

FLOWS_PATH = "/v1/flows"
Validate = Callable[[bytes], ValidationReport]


class FlowDepositor(Protocol):
    """What reporting needs of the AFNOR client (AfnorPdpGateway): deposit a flow, find flows by trackingId."""

    async def submit(self, document: OutboundDocument) -> Submission: ...

    async def find_submissions(self, query: SubmissionQuery) -> list[SubmissionRecord]: ...


class AfnorReportingGateway:
    def __init__(self, flows: FlowDepositor, *, sender: Flux10Sender | None, validate: Validate) -> None:
        """`sender` None: AFNOR_PLATFORM_ID is not set, so no flux 10 can be written (declarations stay queued)."""
        self._flows = flows
        self._sender = sender
        self._validate = validate

    def __repr__(self) -> str:
        return f"AfnorReportingGateway(sender={self._sender.platform_id if self._sender else None!r})"

    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        if self._sender is None:
            raise PlatformConfigError(
                "e-reporting through AFNOR needs AFNOR_PLATFORM_ID (the PA's 4-character matricule, flux 10 "
                "sender): declarations stay queued until it is set"
            )
        out = []
        for part in parts_of(declaration.declaration):
            content = write_flux10(
                declaration.declaration,
                part,
                declaration_id=declaration.id,
                issued_at=declaration.submitted_at,
                sender=self._sender,
            )
            body = {
                "trackingId": transmission_id(declaration.id, part),
                "part": part.value,
                "flowType": part.flow_type,
                "document": content.decode("utf-8"),
            }
            filed = DocumentFile.of(content, "application/xml", f"{body['trackingId']}.xml")
            out.append(ReportingRequest(FLOWS_PATH, body, filed))
        return out

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        tracking = str(request.body["trackingId"])
        part = FrrPart(str(request.body["part"]))
        earlier = await self._flows.find_submissions(SubmissionQuery(tracking_id=tracking))
        if earlier:
            log.info("FRR flow %s is already deposited as %s", tracking, earlier[0].platform_id)
            return earlier[0].platform_id
        content = str(request.body["document"]).encode("utf-8")
        report = await asyncio.to_thread(self._validate, content)
        if not report.valid:
            raise PlatformRejected(
                f"flux 10 {tracking} fails the official flux 10 validation: not sent",
                findings=_refusal(report),
            )
        document = OutboundDocument.of(
            content,
            filename=f"{tracking}.xml",
            syntax=DocumentSyntax.FRR,
            tracking_id=tracking,
            profile=DocumentProfile.UNDEFINED,
            processing_rule=ProcessingRule(part.processing_rule),
        )
        try:
            submission = await self._flows.submit(document)
        except PlatformOutcomeUnknown as exc:
            found = await self._flows.find_submissions(SubmissionQuery(tracking_id=tracking))
            if found:
                return found[0].platform_id
            # Not found yet: retry later; the retry searches again before any deposit.
            raise PlatformUnavailable(f"FRR flow {tracking}: {exc}; not found by trackingId yet") from None
        log.info("FRR flow %s (%s) deposited as %s", tracking, part.flow_type, submission.platform_id)
        return submission.platform_id


def _refusal(report: ValidationReport) -> tuple[Finding, ...]:
    fatal = tuple(f for f in report.findings if f.is_fatal)
    if fatal:
        return fatal
    return tuple(rejection_finding("FLUX10-VALIDATION", error) for error in report.errors) or (
        rejection_finding("FLUX10-VALIDATION", "the validation did not complete"),
    )
