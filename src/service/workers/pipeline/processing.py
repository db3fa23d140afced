"""Rendering + official validation in a process pool: ~20 ms of CPU per invoice must not block the event loop.

A worker crash (BrokenProcessPool), a worker limit passed (memory, time) or an exception in the work is reported as
ProcessingFailed: the invoice is then not valid (fail closed) and its row is retried; only that worker is replaced.
An invoice whose content cannot be rendered (ContentNotRenderable) is passed on as such: retrying it cannot help.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool

from domain.document_file import DocumentFile
from domain.invoice import Invoice
from domain.pipeline_ports import (
    ContentNotRenderable,
    ProcessedDocument,
    ProcessingFailed,
)
from service.workers.worker_pool import WorkerLimits, WorkerPool

# Run in a worker process, so picklable: module-level functions (adapters.documents.platform_document, given by
# the wiring) or partials of them.
Work = Callable[[Invoice], ProcessedDocument]
Check = Callable[[DocumentFile, bool], ProcessedDocument]  # a client's own document, its seller French or not


class PoolDocumentProcessor:
    def __init__(
        self,
        work: Work,
        check: Check,
        *,
        workers: int,
        initializer: Callable[[], None] | None = None,
        limits: WorkerLimits | None = None,
        executor_factory: Callable[[], Executor] | None = None,
    ) -> None:
        self._work = work
        self._check = check
        self._pool = WorkerPool(
            workers,
            name="render/validate",
            limits=limits,
            initializer=initializer,
            executor_factory=executor_factory,
        )

    async def process(self, invoice: Invoice) -> ProcessedDocument:
        return await self._run(self._work, invoice)

    async def check(self, original: DocumentFile, french_seller: bool) -> ProcessedDocument:
        return await self._run(self._check, original, french_seller)

    async def _run(self, fn: Callable[..., ProcessedDocument], *args: object) -> ProcessedDocument:
        try:
            return await self._pool.run(fn, *args)
        except BrokenProcessPool as exc:
            raise ProcessingFailed(f"the render/validate worker died ({exc})") from exc
        except (asyncio.CancelledError, ContentNotRenderable):
            raise
        except Exception as exc:
            raise ProcessingFailed(f"render/validate failed: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        self._pool.close()
