"""The document use cases bound to the worker pool, the unit of work, the clock and the domain rules."""

from __future__ import annotations

from collections.abc import Callable

from domain.document_formats import CheckedDocument, DocumentFormat, ParsedDocument, Profile
from domain.document_ports import DocumentTools
from domain.emission import OutboundInvoice
from domain.invoice import Invoice
from domain.ports import Clock
from domain.validation_scope import RuleSelection
from service.usecases.emission import documents as cases
from service.usecases.emission.invoices import Validator, new_invoice_id


class DocumentUseCases:
    def __init__(
        self,
        *,
        uow_factory: Callable[[], cases.DocumentUnitOfWork],
        clock: Clock,
        validate: Validator,
        executor: cases.DocumentWorkers,
        tools: DocumentTools,
        new_id: Callable[[], str] = new_invoice_id,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._validate = validate
        self._run = executor.run
        self._tools = tools
        self._new_id = new_id

    async def render(self, invoice: Invoice, fmt: DocumentFormat, profile: Profile) -> cases.InvoiceDocument:
        return await cases.render_document(self._run, self._tools, invoice, fmt, profile)

    async def parse(self, content: bytes) -> ParsedDocument:
        return await cases.parse_document(self._run, self._tools, content)

    async def check(
        self,
        content: bytes,
        declared: DocumentFormat | None,
        rules: RuleSelection = RuleSelection.AUTO,
    ) -> CheckedDocument:
        return await cases.check(self._run, self._tools, content, declared, rules)

    async def submit(
        self, company: str, request_id: str, content: bytes, declared: DocumentFormat | None
    ) -> OutboundInvoice:
        return await cases.submit_document(
            company,
            request_id,
            content,
            declared,
            run=self._run,
            tools=self._tools,
            uow=self._uow(),
            clock=self._clock,
            validate=self._validate,
            new_id=self._new_id,
        )

    async def document(
        self, company: str, invoice_id: str, fmt: DocumentFormat | None, profile: Profile | None
    ) -> tuple[cases.InvoiceDocument, cases.DocumentOrigin]:
        return await cases.invoice_document(
            company, invoice_id, fmt, profile, run=self._run, tools=self._tools, uow=self._uow()
        )
