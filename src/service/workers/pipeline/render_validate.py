"""Step `render_validate`: render the platform document (or take the client's submitted document as it is) and run
every official layer before anything may send it.

The invoice comes with the claimed row; the CPU work runs in a process pool with no transaction open. The document
and its validation report are stored with the invoice's new state in one commit: INVALID (never sent), READY (+ a `send` row) or NOT_TRANSMITTED.
"""

from __future__ import annotations

import logging

from domain.emission import OutboundInvoice, ProcessingState
from domain.findings import Finding, Severity
from domain.pipeline_ports import (
    ContentNotRenderable,
    DocumentProcessor,
    OutboxKind,
    OutboxMessage,
    PipelineUnitOfWork,
    ProcessedDocument,
    ProcessingFailed,
    QueuedWork,
    StoredDocument,
)
from service.workers.pipeline.steps import StepContext, complete, retry_or_fail

log = logging.getLogger(__name__)

# States in which the invoice still waits for its document (NOT_TRANSMITTED ones are rendered for the archive).
_PENDING = (ProcessingState.ACCEPTED, ProcessingState.NOT_TRANSMITTED)


class RenderValidateStep:
    def __init__(self, ctx: StepContext, processor: DocumentProcessor) -> None:
        self._ctx = ctx
        self._processor = processor

    async def __call__(self, message: OutboxMessage, owner: str) -> None:
        ctx = self._ctx
        invoice = (
            message.invoice
        )  # as claimed; the save below fails if it changed since (then the row is retried)
        if invoice is None or invoice.state not in _PENDING:
            await complete(ctx, message, owner)  # already done by an earlier delivery of this row
            return
        async with ctx.uow() as uow:
            original = await uow.transmissions.submitted(invoice.id)
        try:
            if original is None:
                processed = await self._processor.process(invoice.invoice)
            else:  # the client's own document goes out byte for byte, never a re-rendering of it
                processed = await self._processor.check(original, bool(invoice.invoice.seller.siren))
            failure = (
                ""
                if processed.report.complete
                else "; ".join(processed.report.errors) or "a layer did not run"
            )
        except ProcessingFailed as exc:
            processed, failure = None, str(exc) or type(exc).__name__
        except ContentNotRenderable as exc:
            await self._not_renderable(message, owner, invoice, str(exc))
            return
        async with ctx.uow() as uow:
            uow.invoices.attach(invoice)
            if processed is None or failure:
                # Fail closed: what could not be checked is not valid, but it is not proven invalid either.
                await retry_or_fail(ctx, uow, message, owner, invoice, f"VALIDATION-UNAVAILABLE: {failure}")
                await uow.commit()
                return
            await self._store(uow, message, invoice, processed)
            await uow.outbox.complete(message, owner)
            await uow.commit()

    async def _not_renderable(
        self, message: OutboxMessage, owner: str, invoice: OutboundInvoice, error: str
    ) -> None:
        """INVALID with a PDP-RENDER finding: what the writers cannot write, the platform cannot receive."""
        ctx = self._ctx
        finding = Finding(
            ContentNotRenderable.RULE,
            Severity.FATAL,
            f"the invoice cannot be written as a document: {error}",
            layer="render",
        )
        async with ctx.uow() as uow:
            uow.invoices.attach(invoice)
            invoice.unrenderable(ctx.clock.now(), finding)
            await uow.invoices.save(invoice)
            await uow.outbox.complete(message, owner)
            await uow.commit()
        log.info("invoice %s cannot be rendered: INVALID (%s)", invoice.id, error)

    async def _store(
        self,
        uow: PipelineUnitOfWork,
        message: OutboxMessage,
        invoice: OutboundInvoice,
        processed: ProcessedDocument,
    ) -> None:
        ctx = self._ctx
        report = processed.report
        await uow.transmissions.save_validated(StoredDocument.for_invoice(invoice.id, processed), report)
        if not report.valid:
            invoice.invalid(ctx.clock.now(), sha256=processed.sha256, report=report.findings)
        else:
            invoice.validated(
                ctx.clock.now(), sha256=processed.sha256, syntax=processed.syntax, report=report.findings
            )
            if invoice.state is ProcessingState.READY:
                # in the render's place in line: before the renders of invoices submitted after this one
                send = QueuedWork(OutboxKind.SEND, invoice.company_siren, invoice.id, due=message.queued_at)
                await uow.outbox.add(send)
        await uow.invoices.save(invoice)
        log.info("invoice %s rendered and validated: %s", invoice.id, invoice.state.value)
