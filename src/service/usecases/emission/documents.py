"""Document use cases: render, read and check documents (nothing stored), submit a ready document, and fetch an
invoice as a document.

The CPU work goes through `run` (the bounded worker pool of service.workers.document_executor), which runs the
document toolchain's functions (`tools`, domain.document_ports.DocumentTools: module-level, so they pickle to a
spawned worker).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

from domain.bounds import out_of_bounds
from domain.document_file import DocumentFile
from domain.document_formats import (
    MEDIA_TYPES,
    CheckedDocument,
    DocumentError,
    DocumentFormat,
    IncompleteInvoice,
    NotCarried,
    ParsedDocument,
    Profile,
    UnsupportedProfile,
    document_filename,
    document_finding,
)
from domain.document_ports import DocumentOrigin, DocumentTools, DocumentUnitOfWork, InvoiceDocument
from domain.emission import OutboundInvoice
from domain.errors import InvoiceRejected
from domain.findings import Finding, Severity
from domain.invoice import Invoice
from domain.ports import Clock, UnitOfWork
from domain.rules import as_ready_document
from domain.validation_scope import RuleSelection
from service.usecases.emission import invoices as cases
from service.usecases.large_reads import LargeReads, reading

T = TypeVar("T")
Run = Callable[..., Awaitable[Any]]  # run(fn, *args): fn(*args) off the event loop


class DocumentWorkers(Protocol):
    """Where a document's CPU work runs, off the event loop: the wiring gives the bounded worker pool."""

    async def run(self, fn: Callable[..., T], *args: Any) -> T: ...

    @property
    def capacity(self) -> int:
        """How many calls it holds at once, running or waiting for a worker."""
        ...


DOCUMENT_RULE = DocumentError.rule_id  # the bytes are not a readable CII, UBL or Factur-X invoice
FORMAT_RULE = "PDP-DOCUMENT-FORMAT"  # the declared format is not the document's
PROFILE_RULE = "PDP-PROFILE"  # BT-24: the profile does not exist for the format
INCOMPLETE_RULE = "PDP-VALIDATION-INCOMPLETE"  # a layer could not run: fail closed


def rejected(rule_id: str, path: str, message: str) -> InvoiceRejected:
    return InvoiceRejected([document_finding(rule_id, Severity.FATAL, message, path)])


async def _document_work(run: Run, path: str, fn: Callable[..., T], *args: Any) -> T:
    try:
        return await run(fn, *args)
    except UnsupportedProfile as exc:
        raise rejected(PROFILE_RULE, "profile", str(exc)) from exc
    except IncompleteInvoice as exc:
        raise rejected(exc.rule_id, path, str(exc)) from exc
    except NotCarried as exc:
        raise rejected(exc.rule_id, exc.path, str(exc)) from exc
    except (
        DocumentError
    ) as exc:  # its rule: PDP-DOCUMENT, or the limit or PDF defect it names (PDP-DOC-SIZE…)
        raise rejected(exc.rule_id, path, f"not a readable CII, UBL or Factur-X invoice: {exc}") from exc


async def render_document(
    run: Run, tools: DocumentTools, invoice: Invoice, fmt: DocumentFormat, profile: Profile
) -> InvoiceDocument:
    doc = await _document_work(run, "invoice", tools.render, invoice, fmt, profile)
    return InvoiceDocument.rendered(doc, fmt, profile, tools.left_out(invoice, profile))


async def parse_document(run: Run, tools: DocumentTools, content: bytes) -> ParsedDocument:
    return await _document_work(run, "content", tools.parse, content)


async def check(
    run: Run,
    tools: DocumentTools,
    content: bytes,
    declared: DocumentFormat | None,
    rules: RuleSelection = RuleSelection.AUTO,
) -> CheckedDocument:
    """The official report on `content`, over the rule sets that apply to it (or the one `rules` names)."""
    checked: CheckedDocument = await _document_work(
        run, "content", functools.partial(tools.check, rules=rules), content
    )
    _check_declared(checked.format, declared)
    return checked


def _check_declared(detected: DocumentFormat, declared: DocumentFormat | None) -> None:
    if declared is not None and declared is not detected:
        raise rejected(
            FORMAT_RULE,
            "document_format",
            f"the document is {detected.value}, not the declared {declared.value}",
        )


def official_findings(checked: CheckedDocument) -> list[Finding]:
    """The report's findings, plus one fatal finding per layer that could not run (fail closed)."""
    not_run = [
        document_finding(INCOMPLETE_RULE, Severity.FATAL, f"a validation layer could not run: {error}")
        for error in checked.report.errors
    ]
    if not checked.report.complete and not not_run:
        not_run.append(document_finding(INCOMPLETE_RULE, Severity.FATAL, "a validation layer did not run"))
    return [*checked.report.findings, *not_run]


async def submit_document(
    company_siren: str,
    request_id: str,
    content: bytes,
    declared: DocumentFormat | None,
    *,
    run: Run,
    tools: DocumentTools,
    uow: DocumentUnitOfWork,
    clock: Clock,
    validate: cases.Validator,
    new_id: Callable[[], str] = cases.new_invoice_id,
    to_rectify: cases.ToRectify | None = None,
    books_findings: cases.BooksFindings | None = None,
) -> OutboundInvoice:
    """Accept a ready document: every official layer on its bytes AND the domain rules on the invoice read from it
    must pass before anything is stored (the domain's readings stricter than the official artefacts weigh as
    warnings here: domain.rules.stricter); then it is stored like a submitted invoice, with its original bytes.

    Idempotent on the request id like `submit_invoice`, the content being the document's bytes (its sha256).
    """
    parsed, checked = await _document_work(run, "document", tools.read_and_check, content)
    _check_declared(checked.format, declared)
    # The invoice read from the document obeys the bounds of one sent field by field (domain.bounds) but the length
    # of its texts, which the document's size bounds: no standard or platform sets one (docs/input-bounds.md).
    bounds = out_of_bounds(parsed.invoice, read_from_document=True)
    if bounds:
        raise InvoiceRejected(bounds)
    from_document = [*official_findings(checked), *parsed.unmapped]
    kept = DocumentFile.of(
        content, MEDIA_TYPES[checked.format], document_filename(parsed.invoice.number, checked.format)
    )
    original = InvoiceDocument(
        **kept.file_fields(),
        format=checked.format,
        profile=checked.profile,
        specification=checked.specification,
    )

    async def keep_original(_: UnitOfWork, outbound: OutboundInvoice) -> None:
        # submit_invoice calls the hook with the unit of work it was given: this one, typed as the document port
        await uow.documents.add_submitted(outbound.id, original)

    return await cases.submit_invoice(
        cases.SubmitInvoice(company_siren, request_id, parsed.invoice),
        uow=uow,
        clock=clock,
        validate=lambda invoice: [*from_document, *as_ready_document(validate(invoice))],
        new_id=new_id,
        fingerprint=f"document-sha256:{original.sha256}",
        attach=keep_original,
        to_rectify=to_rectify,
        books_findings=books_findings,
    )


async def invoice_document(
    company_siren: str,
    invoice_id: str,
    fmt: DocumentFormat | None,
    profile: Profile | None,
    *,
    run: Run,
    tools: DocumentTools,
    uow: DocumentUnitOfWork,
    large_reads: LargeReads | None = None,
) -> tuple[InvoiceDocument, DocumentOrigin]:
    """The pipeline's document when it matches, else the submitted one when it matches, else one rendered now."""
    async with uow, reading(uow.invoices, large_reads, company_siren, invoice_id):
        outbound = await cases.stored_invoice(uow.invoices, company_siren, invoice_id)
        platform = await uow.documents.platform_documents(invoice_id)
        submitted = await uow.documents.submitted(invoice_id)

    def matches(doc: InvoiceDocument) -> bool:
        return (fmt is None or doc.format is fmt) and (profile is None or doc.profile is profile)

    for doc in platform:
        if matches(doc):
            return doc, DocumentOrigin.PLATFORM
    if submitted is not None and matches(submitted):
        return submitted, DocumentOrigin.SUBMITTED
    if fmt is None:
        raise rejected(
            FORMAT_RULE, "format", "no document is stored for this invoice yet: name the format to render"
        )
    return await render_document(
        run, tools, outbound.invoice, fmt, profile or Profile.EN16931
    ), DocumentOrigin.RENDERED
