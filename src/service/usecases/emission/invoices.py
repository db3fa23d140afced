"""Emission use cases: submit an invoice, validate one without storing it, read invoices and their history.

Plain async functions; dependencies (unit of work, clock, validator, id factory) are arguments, supplied by
the DI container in production and by fakes in unit tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from domain.emission import InvoiceEvent, OutboundInvoice
from domain.errors import (
    ConcurrencyConflict,
    DuplicateInvoiceNumber,
    InvoiceNotFound,
    InvoiceRejected,
    RequestConflict,
)
from domain.findings import Finding, Severity
from domain.invoice import Invoice, ProcessingRule
from domain.ports import (
    Clock,
    DuplicateRequest,
    GroupCommitted,
    InvoiceFilter,
    InvoiceRepository,
    NotCommitted,
    Page,
    UnitOfWork,
)
from domain.records_ports import LandingPeriods, SubmitUnitOfWork
from domain.reporting.b2c import transaction_findings
from domain.reporting.international import record_findings
from domain.reporting.invoice_facts import b2c_transactions, e_reported_on, international_sale
from domain.rules import validate_invoice
from domain.rules.br_fr import names_its_invoices_on_its_lines_alone
from domain.serialization import canonical_json, invoice_fingerprint, reusing_encodings
from domain.totals import compute_totals
from service.usecases.emission.request_ids import request_id_finding
from service.usecases.large_reads import LargeReads, reading

Validator = Callable[[Invoice], list[Finding]]
# Writes what comes with a new invoice (e.g. its submitted document) in the transaction that adds it.
Attach = Callable[[UnitOfWork, OutboundInvoice], Awaitable[None]]
# The transactions declarations already sent that an invoice lands in (service.usecases.reporting.sale_to_rectify,
# bound to the company), looked for in the invoice's own transaction: noted in its SUBMITTED event.
ToRectify = Callable[[LandingPeriods, Invoice], Awaitable[tuple[tuple[date, date], ...]]]
# What the books say of a new document as it is submitted, read before its transaction (WARNING findings, noted with
# its own: service.usecases.emission.payments.credit_note_findings, bound to the company).
BooksFindings = Callable[[Invoice], Awaitable[tuple[Finding, ...]]]

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
# Gateway rules (not EN 16931 / BR-FR): who may submit what.
ISSUER_RULE = "PDPG-ISSUER"


@dataclass(frozen=True, slots=True)
class SubmitInvoice:
    company_siren: str  # the authenticated company
    request_id: str  # the client's idempotency key
    invoice: Invoice


def new_invoice_id() -> str:
    return str(uuid.uuid4())


async def submit_invoice(
    cmd: SubmitInvoice,
    *,
    uow: SubmitUnitOfWork,
    clock: Clock,
    validate: Validator = validate_invoice,
    new_id: Callable[[], str] = new_invoice_id,
    fingerprint: str | None = None,
    attach: Attach | None = None,
    group_commit: GroupCommitted | None = None,
    canonical_text: Callable[[Any], str] = canonical_json,
    to_rectify: ToRectify | None = None,
    books_findings: BooksFindings | None = None,
) -> OutboundInvoice:
    """Accept a valid invoice for rendering, validation and (B2B) transmission; idempotent on the request id.

    Same request id and same content: the stored invoice is returned, nothing is written. Same request id
    and other content: RequestConflict. Any fatal finding: InvoiceRejected, nothing is written.
    The submitting company must be the invoice's issuer: the seller (BT-30), or the buyer (BT-47) of a
    self-billed invoice; otherwise the invoice is rejected with a PDPG-ISSUER finding, listed with the others.
    `fingerprint` (default: of the invoice content) is what a replay must match; `attach` runs right after the
    invoice is added, in the same transaction. `canonical_text`: domain.serialization.canonical_json or a faster
    equal (adapters.json_text.canonical_json), for the fingerprint. `to_rectify`: the declarations already sent that
    the invoice lands in, looked for in the transaction that writes it (after it, so a submission of the period
    either reads the invoice or is seen) and noted in its SUBMITTED event (its history and audit entry), as
    RecordPayment notes them in its PAYMENT event.
    With a `group_commit` (and no `attach`), a new invoice the e-reporting does not carry (with a `to_rectify`: a
    domestic B2B one) is validated first and written in one of its units of work, with others submitted meanwhile;
    what it does not commit (a replay, a conflict, a taken number, a failed batch: NotCommitted) is submitted in a
    unit of work of its own, which tells them apart. A sale to a consumer or abroad is written in a unit of work of
    its own: its look holds its company's declarations, which the group commit's batch of other companies'
    invoices must not wait for. `books_findings`: what the books say of it (a credit note naming a replaced
    invoice), listed with its own findings.
    """
    said = () if books_findings is None else await books_findings(cmd.invoice)
    # The fingerprint's encoding of the request is reused for the stored content: parties, items, notes... are the
    # same objects in the invoice with computed totals, so they are encoded once.
    batched_ok = to_rectify is None or e_reported_on(cmd.invoice) is None
    with reusing_encodings():
        fingerprint = fingerprint or invoice_fingerprint(cmd.invoice, canonical_text)
        accepted = None
        if group_commit is not None and attach is None and batched_ok:
            try:
                accepted = _accept(cmd, fingerprint, validate, clock, new_id, said)
            except InvoiceRejected:
                # A replay is answered from storage even if the rules changed since it was stored: one read, on
                # the rejection path only.
                async with uow:
                    existing = await uow.invoices.get_by_request(cmd.company_siren, cmd.request_id)
                if existing is None:
                    raise
                return _replay(existing, fingerprint)
            try:
                async with group_commit() as batched:
                    await batched.invoices.add(accepted)
                    await batched.commit()
                return accepted
            except NotCommitted:
                pass  # nothing of it was written: the unit of work below tells why, or writes it
        return await _submit(
            cmd, uow, clock, validate, new_id, fingerprint, attach, accepted, to_rectify, said
        )


async def _submit(
    cmd: SubmitInvoice,
    uow: SubmitUnitOfWork,
    clock: Clock,
    check: Validator,
    new_id: Callable[[], str],
    fingerprint: str,
    attach: Attach | None,
    accepted: OutboundInvoice | None = None,
    to_rectify: ToRectify | None = None,
    said: tuple[Finding, ...] = (),
) -> OutboundInvoice:
    """One unit of work; `accepted` is the aggregate already validated, written unless the request is stored."""
    try:
        # One transaction: the idempotency read comes first, so a replay is answered from storage even if
        # the rules changed since; validation is CPU only, nothing is locked while it runs.
        async with uow:
            existing = await uow.invoices.get_by_request(cmd.company_siren, cmd.request_id)
            if existing is not None:
                return _replay(existing, fingerprint)
            outbound = (
                accepted if accepted is not None else _accept(cmd, fingerprint, check, clock, new_id, said)
            )
            await uow.invoices.add(outbound)
            if attach is not None:
                await attach(uow, outbound)
            if to_rectify is not None:
                # In its transaction, after its row (and a credit note's payments lock, rule 3), before its events
                # take its company's lock at the commit (rule 5): the declarations' hold is rule 3b.
                outbound.lands_in_declared(await to_rectify(uow.declarations, outbound.invoice))
            await uow.commit()
            return outbound
    except (DuplicateRequest, DuplicateInvoiceNumber) as exc:
        # A concurrent submission of the same request may have won the race (and, having the same number,
        # it can surface as either constraint): the stored request decides.
        refused = exc
    async with uow:
        existing = await uow.invoices.get_by_request(cmd.company_siren, cmd.request_id)
    if existing is not None:
        return _replay(existing, fingerprint)
    if isinstance(refused, DuplicateRequest):
        raise ConcurrencyConflict(f"request {cmd.request_id!r} was taken and released meanwhile; retry")
    raise refused


def _accept(
    cmd: SubmitInvoice,
    fingerprint: str,
    validate: Validator,
    clock: Clock,
    new_id: Callable[[], str],
    said: tuple[Finding, ...] = (),
) -> OutboundInvoice:
    """The new aggregate, with totals computed unless declared; InvoiceRejected on any fatal finding. `said`: what
    the books say of it (`BooksFindings`), listed after the rules' findings."""
    invoice = cmd.invoice if cmd.invoice.totals is not None else compute_totals(cmd.invoice)
    findings = [*_request_findings(cmd), *validate(invoice), *_e_reporting_findings(invoice), *said]
    if any(f.is_fatal for f in findings):
        raise InvoiceRejected(findings)
    return OutboundInvoice.submit(
        new_id(),
        cmd.company_siren,
        cmd.request_id,
        fingerprint,
        invoice,
        clock.now(),
        tuple(findings),
    )


def validate_invoice_only(invoice: Invoice, validate: Validator = validate_invoice) -> list[Finding]:
    """The ValidateInvoice RPC: the findings the invoice would get on submission; nothing is stored."""
    complete = invoice if invoice.totals is not None else compute_totals(invoice)
    return [*validate(complete), *_e_reporting_findings(complete)]


def rendered_findings(invoice: Invoice) -> list[Finding]:
    """What the document the gateway renders of an invoice sent field by field would break, beyond the invoice's own
    rules (the validator of SubmitInvoice and ValidateInvoice, not of a client's own document, sent as it is): it is
    rendered in EN 16931 (adapters.documents.platform_document), whose CII and Factur-X have no room for a line's
    invoice reference (EXT-FR-FE-136, EXTENDED-CTC-FR). A credit note naming its invoices on its lines alone passes
    BR-FR-CO-05 as it is, but would leave naming none: accepted, then INVALID by the official BR-FR-CO-05."""
    if not names_its_invoices_on_its_lines_alone(invoice):
        return []
    return [
        Finding(
            "BR-FR-CO-05_BT-3",
            Severity.FATAL,
            "This credit note names its invoices on its lines alone (EXT-FR-FE-136, EXTENDED-CTC-FR); the gateway"
            " renders EN 16931, which has no room for them, and the document would name no invoice: name the invoice"
            " it credits in BG-3 (BT-25 with its date BT-26), or submit your EXTENDED-CTC-FR document itself"
            " (SubmitInvoice's document), which goes out as it is.",
            "BG-3",
        )
    ]


def _e_reporting_findings(invoice: Invoice) -> tuple[Finding, ...]:
    """A sale to a consumer or abroad is kept off the platform and declared in its period's e-reporting (10.3 as
    its B2C sales, 10.1 as its record), whose checks are fatal (ER-*, docs/ereporting.md): checked here, when the
    invoice can still be corrected, rather than at the month's close, where it would block the declaration of
    every other sale of the period."""
    if invoice.processing_rule is ProcessingRule.B2C:
        return tuple(f for sale in b2c_transactions(invoice) for f in transaction_findings(sale))
    sale = international_sale(invoice)
    return record_findings(sale) if sale is not None else ()


async def stored_invoice(
    invoices: InvoiceRepository, company_siren: str, invoice_id: str, *, attachments: bool = True
) -> OutboundInvoice:
    """The company's invoice `invoice_id`, else InvoiceNotFound: the same answer, in the same words, for an unknown
    id and for another company's invoice (nothing leaks), whichever method asks. `attachments` False: without them
    (InvoiceRepository.get), for a call that changes its state."""
    invoice = await invoices.get(company_siren, invoice_id, attachments=attachments)
    if invoice is None:
        raise _not_found(invoice_id)
    return invoice


def _not_found(invoice_id: str) -> InvoiceNotFound:
    return InvoiceNotFound(f"no invoice {invoice_id}")


async def get_invoice(
    company_siren: str, invoice_id: str, *, uow: UnitOfWork, large_reads: LargeReads | None = None
) -> OutboundInvoice:
    async with uow, reading(uow.invoices, large_reads, company_siren, invoice_id):
        return await stored_invoice(uow.invoices, company_siren, invoice_id)


async def list_invoices(
    company_siren: str,
    flt: InvoiceFilter,
    page_size: int = DEFAULT_PAGE_SIZE,
    page_token: str = "",
    *,
    uow: UnitOfWork,
) -> Page[OutboundInvoice]:
    """Newest first; a page size of 0 means the default, above MAX_PAGE_SIZE means MAX_PAGE_SIZE."""
    size = DEFAULT_PAGE_SIZE if page_size <= 0 else min(page_size, MAX_PAGE_SIZE)
    async with uow:
        return await uow.invoices.list(company_siren, flt, size, page_token)


async def invoice_history(company_siren: str, invoice_id: str, *, uow: UnitOfWork) -> Sequence[InvoiceEvent]:
    async with uow:
        # that it is the company's, told by its size: no byte of its content read (stored_invoice's answer)
        if not await uow.invoices.stored_size(company_siren, invoice_id):
            raise _not_found(invoice_id)
        return await uow.invoices.history(company_siren, invoice_id)


def _replay(existing: OutboundInvoice, fingerprint: str) -> OutboundInvoice:
    if existing.request_hash != fingerprint:
        raise RequestConflict(
            f"request id {existing.request_id!r} was already used for invoice {existing.number!r} with other"
            " content; use a new request id for a new invoice"
        )
    return existing


def _request_findings(cmd: SubmitInvoice) -> list[Finding]:
    refused_id = request_id_finding(cmd.request_id, "resubmissions")
    findings = [refused_id] if refused_id else []
    invoice = cmd.invoice
    if invoice.type_code.kind.self_billed:
        issuer, path, role = invoice.buyer, "BG-7/BT-47", "buyer's SIREN (BT-47) of this self-billed invoice"
    else:
        issuer, path, role = invoice.seller, "BG-4/BT-30", "seller's SIREN (BT-30)"
    if issuer.siren != cmd.company_siren:
        findings.append(
            Finding(
                ISSUER_RULE,
                Severity.FATAL,
                f"the {role} is {issuer.siren or 'missing'}, not {cmd.company_siren}, the SIREN of the"
                " authenticated company: a company submits only the invoices it issues",
                path,
                layer="gateway",
            )
        )
    return findings
