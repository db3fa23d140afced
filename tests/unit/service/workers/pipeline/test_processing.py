"""The pipeline's render/validate pool: a dead worker or a failing work fails the invoice closed, never the loop."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from domain.document_file import DocumentFile
from domain.invoice import Invoice
from domain.pipeline_ports import ProcessedDocument, ProcessingFailed
from service.workers.pipeline.processing import PoolDocumentProcessor
from tests.builders import an_invoice
from tests.fakes import BrokenPool


def _refuse(invoice: Invoice) -> ProcessedDocument:
    raise ValueError(f"cannot render {invoice.number}")


def _refuse_check(original: DocumentFile, french_seller: bool) -> ProcessedDocument:
    raise ValueError(f"cannot check {original.filename}")


async def test_a_dead_worker_fails_the_invoice_and_the_next_one_gets_a_new_pool() -> None:
    created: list[BrokenPool] = []
    processor = PoolDocumentProcessor(
        _refuse, _refuse_check, workers=1, executor_factory=lambda: BrokenPool(created)
    )
    with pytest.raises(ProcessingFailed, match="worker died"):
        await processor.process(an_invoice())
    assert len(created) == 1 and created[0].shut
    with pytest.raises(ProcessingFailed):
        await processor.process(an_invoice())
    assert len(created) == 2


async def test_an_error_in_the_work_is_a_processing_failure_naming_it() -> None:
    processor = PoolDocumentProcessor(
        _refuse, _refuse_check, workers=1, executor_factory=lambda: ThreadPoolExecutor(1)
    )
    with pytest.raises(ProcessingFailed, match="ValueError: cannot render"):
        await processor.process(an_invoice())
    processor.close()
