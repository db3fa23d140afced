from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from adapters.reception.document_reader import read_received
from service.workers.reception.documents import DocumentReader


@pytest.fixture(scope="session")
async def document_reader() -> AsyncIterator[DocumentReader]:
    reader = DocumentReader(read_received)
    await reader.start()  # spawned here, not in the first test's wait
    yield reader
    reader.close()
