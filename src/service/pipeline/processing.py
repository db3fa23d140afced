"""Rendering + official validation in a process pool: ~20 ms of CPU per invoice must not block the event loop.

A worker crash (BrokenProcessPool) or an exception in the work is reported as ProcessingFailed: the invoice is then
not valid (fail closed) and its row is retried; the broken pool is replaced for the next invoices.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from domain.invoice import Invoice
from service.pipeline.ports import ProcessedDocument, ProcessingFailed

log = logging.getLogger(__name__)

Work = Callable[[Invoice], ProcessedDocument]  # a picklable (module-level) callable


class PoolDocumentProcessor:
    def __init__(
        self,
        work: Work,
        *,
        workers: int,
        initializer: Callable[[], None] | None = None,
        executor_factory: Callable[[], Executor] | None = None,
    ) -> None:
        self._work = work
        self._factory = executor_factory or (
            # spawn, not fork: the parent runs grpc and asyncio threads, and a forked child may inherit a held lock
            lambda: ProcessPoolExecutor(
                max_workers=workers, initializer=initializer, mp_context=multiprocessing.get_context("spawn")
            )
        )
        self._executor = self._factory()

    async def process(self, invoice: Invoice) -> ProcessedDocument:
        executor = self._executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, self._work, invoice)
        except BrokenProcessPool as exc:
            self._replace(executor)
            raise ProcessingFailed(f"the render/validate worker died ({exc})") from exc
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            raise ProcessingFailed(f"render/validate failed: {type(exc).__name__}: {exc}") from exc

    def _replace(self, broken: Executor) -> None:
        if self._executor is broken:
            log.error("render/validate pool broken; starting a new one")
            self._executor = self._factory()
            broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
