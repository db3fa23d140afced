"""The document use cases bound to the worker pool, the unit of work, the clock and the domain rules."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from domain.document_formats import CheckedDocument, DocumentFormat, ParsedDocument, Profile
from domain.document_ports import DocumentTools
from domain.emission import OutboundInvoice
from domain.invoice import Invoice
from domain.pipeline_ports import PipelineUnitOfWork
from domain.ports import Clock
from domain.records_ports import RecordsUowFactory
from domain.validation_scope import RuleSelection
from service.usecases.company_slots import Busy, CompanySlots, Refused, uncounted
from service.usecases.emission import documents as cases
from service.usecases.emission.invoices import Validator, new_invoice_id
from service.usecases.emission.payments import books_findings
from service.usecases.reporting import sale_to_rectify


class DocumentsBusy(Busy):
    """This company holds its share of the process's document calls: retry once one has ended."""


def document_slots(capacity: int, refused: Refused = uncounted) -> CompanySlots:
    """A company holds at most half of the document calls a process takes at once (DocumentWorkers.capacity, at
    least one): a flood from one key leaves the workers to the other companies, which it took whole."""
    return CompanySlots(
        "document calls",
        DocumentsBusy,
        per_process=capacity,
        per_company=max(1, capacity // 2),
        refused=refused,
    )


T = TypeVar("T")


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
    # where the books are read (a credit note naming a replaced invoice is told so: `credit_note_findings`)
    books_uow_factory: Callable[[], PipelineUnitOfWork] | None = None
    slots: CompanySlots | None = None  # None: document_slots of the executor's capacity, refusals counted by:
    refused: Refused = uncounted

    def __post_init__(self) -> None:
        if self.slots is None:
            self.slots = document_slots(self.executor.capacity, self.refused)

    def _run(self, company: str) -> cases.Run:
        """The executor's `run` for `company`'s call: each piece of work taken by a worker holds one of the
        company's slots (a stored document handed back takes none)."""
        slots, executor = self.slots, self.executor
        assert slots is not None

        async def run(fn: Callable[..., T], *args: Any) -> T:
            with slots.taken(company):
                return await executor.run(fn, *args)

        return run

    async def render(
        self, company: str, invoice: Invoice, fmt: DocumentFormat, profile: Profile
    ) -> cases.InvoiceDocument:
        return await cases.render_document(self._run(company), self.tools, invoice, fmt, profile)

    async def parse(self, company: str, content: bytes) -> ParsedDocument:
        return await cases.parse_document(self._run(company), self.tools, content)

    async def check(
        self,
        company: str,
        content: bytes,
        declared: DocumentFormat | None,
        rules: RuleSelection = RuleSelection.AUTO,
    ) -> CheckedDocument:
        return await cases.check(self._run(company), self.tools, content, declared, rules)

    async def submit(
        self, company: str, request_id: str, content: bytes, declared: DocumentFormat | None
    ) -> OutboundInvoice:
        return await cases.submit_document(
            company,
            request_id,
            content,
            declared,
            run=self._run(company),
            tools=self.tools,
            uow=self.uow_factory(),
            clock=self.clock,
            validate=self.validate,
            new_id=self.new_id,
            to_rectify=functools.partial(sale_to_rectify, company),
            books_findings=books_findings(company, self.books_uow_factory),
        )

    async def document(
        self, company: str, invoice_id: str, fmt: DocumentFormat | None, profile: Profile | None
    ) -> tuple[cases.InvoiceDocument, cases.DocumentOrigin]:
        return await cases.invoice_document(
            company,
            invoice_id,
            fmt,
            profile,
            run=self._run(company),
            tools=self.tools,
            uow=self.uow_factory(),
        )
