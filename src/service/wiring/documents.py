"""The document worker processes as a container resource."""

from __future__ import annotations

from collections.abc import Iterator

from service.workers.document_executor import DocumentExecutor
from service.workers.worker_pool import WorkerLimits


def init_document_executor(limits: WorkerLimits) -> Iterator[DocumentExecutor]:
    """Resource: the worker processes stop with the container."""
    executor = DocumentExecutor(limits=limits)
    try:
        yield executor
    finally:
        executor.close()
