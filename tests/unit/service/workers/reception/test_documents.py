"""The reception reads received documents in a document worker: a limit passed there is a fatal finding naming
the limit (the delivery is then processed as an unreadable document), and that worker is replaced."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool

import pytest

from domain.document_formats import WorkerMemoryExceeded, WorkerTimeExceeded
from domain.reception_ports import ReadDocument
from service.workers.reception.documents import DocumentReader
from tests.fakes import FailingWorker


def _read(content: bytes) -> ReadDocument:
    raise AssertionError("the failing worker runs nothing")


@pytest.mark.parametrize(
    ("error", "rule"),
    [
        (WorkerTimeExceeded("took longer than 30 s"), "PDP-DOC-TIME"),
        (WorkerMemoryExceeded("more memory"), "PDP-DOC-MEMORY"),
    ],
)
async def test_a_received_document_past_a_worker_limit_is_a_fatal_finding_naming_it(error, rule: str):
    workers: list[FailingWorker] = []
    reader = DocumentReader(
        _read, workers=1, executor_factory=lambda: workers.append(FailingWorker(error)) or workers[-1]
    )
    read = await reader(b"%PDF-1.7 ...")
    assert read.media_type == "application/pdf" and read.parsed is None and not read.report.valid
    assert [(f.rule_id, str(error) in f.message) for f in read.report.fatal] == [(rule, True)]
    assert workers[0].shut  # replaced: the next document gets a new worker
    await reader(b"<Invoice/>")
    assert len(workers) == 2
    reader.close()


async def test_a_worker_that_died_is_left_to_the_delivery_s_retry():
    reader = DocumentReader(
        _read, workers=1, executor_factory=lambda: FailingWorker(BrokenProcessPool("killed"))
    )
    with pytest.raises(BrokenProcessPool):
        await reader(b"<Invoice/>")
    reader.close()
