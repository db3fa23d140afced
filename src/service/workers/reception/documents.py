"""Reading and validating received documents off the event loop, in document worker processes.

Not threads of the gateway's own process: a received document is hostile until read, and a process of its own runs
under the document workers' memory and time limits (service.workers.worker_pool), is replaced when it passes one, and keeps
the Saxon runtime out of the process that serves gRPC and the webhooks.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor

from domain.document_formats import WorkerLimitExceeded
from domain.reception_ports import ReadDocument
from service.workers.document_executor import default_workers
from service.workers.worker_pool import WorkerLimits, WorkerPool

Read = Callable[
    [bytes], ReadDocument
]  # run in a worker process: a module-level function, which the pool pickles


class DocumentReader:
    """`await reader(content)` runs `read` (adapters.reception.document_reader.read_received, given by the wiring)
    in a document worker. A document past a worker's limit is a fatal finding naming the limit
    (PDP-DOC-MEMORY, PDP-DOC-TIME), like any unreadable document; a worker that died raises BrokenProcessPool and
    the delivery is retried."""

    def __init__(
        self,
        read: Read,
        *,
        workers: int | None = None,
        limits: WorkerLimits | None = None,
        executor_factory: Callable[[], Executor] | None = None,
    ) -> None:
        self._read = read
        self._pool = WorkerPool(
            workers or default_workers(),
            name="reception",
            limits=limits,
            executor_factory=executor_factory,
        )
        self._starting: asyncio.Task[None] | None = None

    def start(self) -> asyncio.Task[None]:
        """Start the workers now, in the background, not on the first delivery (each compiles the artifacts on its
        first document, as the document edge does); a failed start is tried again by the next read."""
        self._starting = asyncio.create_task(self._pool.prestart(), name="reception-document-workers")
        self._starting.add_done_callback(lambda task: task.cancelled() or task.exception())
        return self._starting

    async def __call__(self, content: bytes) -> ReadDocument:
        try:
            return await self._pool.run(self._read, content)
        except WorkerLimitExceeded as exc:
            return ReadDocument.unreadable(content, exc.rule_id, f"not a readable invoice: {exc}")

    def close(self) -> None:
        if self._starting is not None:
            self._starting.cancel()
        self._pool.close()
