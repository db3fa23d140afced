"""The document worker processes as a container resource."""

from __future__ import annotations

from collections.abc import Iterator

from service.workers.document_executor import DocumentExecutor


def init_document_executor() -> Iterator[DocumentExecutor]:
    """Resource: the worker processes stop with the container."""
    executor = DocumentExecutor()
    try:
        yield executor
    finally:
        executor.close()
