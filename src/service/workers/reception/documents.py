"""Reading and validating received documents off the event loop, on a bounded executor."""

from __future__ import annotations

import asyncio
from concurrent.futures import Executor, ThreadPoolExecutor

from adapters.documents.validation.validator import OfficialValidator, default_validator
from adapters.reception.document_reader import ReadDocument, read_document


class DocumentReader:
    """`await reader(content)`; the SaxonC engine serialises its work, so one or two threads suffice (a process
    pool executor running `read_document` scales it out)."""

    def __init__(self, validator: OfficialValidator | None = None, executor: Executor | None = None) -> None:
        self._validator = validator or default_validator()
        self._executor = executor or ThreadPoolExecutor(max_workers=2, thread_name_prefix="reception-read")

    async def __call__(self, content: bytes) -> ReadDocument:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, read_document, content, self._validator)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
