"""The document use cases bound to the worker pool, the unit of work, the clock and the domain rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.document_formats import CheckedDocument, DocumentFormat, ParsedDocument, Profile
from domain.document_ports import DocumentTools
from domain.emission import OutboundInvoice
from domain.invoice import Invoice
from domain.ports import Clock
from domain.records_ports import RecordsUowFactory
from domain.validation_scope import RuleSelection
from service.usecases.emission import documents as cases
from service.usecases.emission.invoices import Validator, new_invoice_id
from service.usecases.reporting import invoice_to_rectify


@dataclass(eq=False, slots=True, kw_only=True)
class DocumentUseCases:
    uow_factory: Callable[[], cases.DocumentUnitOfWork]
    clock: Clock
    validate: Validator
    executor: cases.DocumentWorkers
    tools: DocumentTools
    records_uow_factory: (
        RecordsUowFactory  # where the e-reporting declarations are (a late invoice names them)
    )
    new_id: Callable[[], str] = new_invoice_id

    async def render(self, invoice: Invoice, fmt: DocumentFormat, profile: Profile) -> cases.InvoiceDocument:
        return await cases.render_document(self.executor.run, self.tools, invoice, fmt, profile)

    async def parse(self, content: bytes) -> ParsedDocument:
        return await cases.parse_document(self.executor.run, self.tools, content)

    async def check(
        self,
        content: bytes,
        declared: DocumentFormat | None,
        rules: RuleSelection = RuleSelection.AUTO,
    ) -> CheckedDocument:
        return await cases.check(self.executor.run, self.tools, content, declared, rules)

    async def submit(
        self, company: str, request_id: str, content: bytes, declared: DocumentFormat | None
    ) -> OutboundInvoice:
        return await cases.submit_document(
            company,
            request_id,
            content,
            declared,
            run=self.executor.run,
            tools=self.tools,
            uow=self.uow_factory(),
            clock=self.clock,
            validate=self.validate,
            new_id=self.new_id,
            to_rectify=lambda invoice: invoice_to_rectify(
                company, invoice, uow_factory=self.records_uow_factory
            ),
        )

    async def document(
        self, company: str, invoice_id: str, fmt: DocumentFormat | None, profile: Profile | None
    ) -> tuple[cases.InvoiceDocument, cases.DocumentOrigin]:
        return await cases.invoice_document(
            company, invoice_id, fmt, profile, run=self.executor.run, tools=self.tools, uow=self.uow_factory()
        )
