"""The document worker processes: their limits from the configuration, and the processes as a container resource."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from service.wiring.settings import read
from service.workers.document_executor import DocumentExecutor
from service.workers.worker_pool import MiB, WorkerLimits


def worker_limits(documents: Mapping[str, Any]) -> WorkerLimits:
    """Each document worker's limits, from config.yml's `documents` section: the container's, and the CLI's when it
    reads a file in a worker without building the container."""
    return WorkerLimits(
        memory_bytes=read("DOCUMENT_WORKER_MEMORY_MB", documents["worker_memory_mb"]) * MiB,
        time_s=read("DOCUMENT_WORKER_TIME_S", documents["worker_time_s"]),
    )


def init_document_executor(limits: WorkerLimits) -> Iterator[DocumentExecutor]:
    """Resource: the worker processes stop with the container."""
    executor = DocumentExecutor(limits=limits)
    try:
        yield executor
    finally:
        executor.close()
