from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from service.pipeline.config import PipelineConfig
from service.pipeline.processing import PoolDocumentProcessor
from tests.support.iopole_fixtures import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.pipeline import PgPipeline, fresh_database, processor

# Short delays so that retries, leases and the reconcile grace play out within a test.
FAST = PipelineConfig(document_format="cii", concurrency=16, batch_size=16, lease_s=3.0, poll_interval_s=0.2,
                      max_attempts=6, backoff_base_s=0.05, backoff_cap_s=0.5, reconcile_grace_s=0.3,
                      stop_grace_s=5.0)


@pytest.fixture(scope="session")
def pool_processor() -> Iterator[PoolDocumentProcessor]:
    worker = processor("cii", workers=2)
    yield worker
    worker.close()


@pytest.fixture
async def pipeline(database_dsn: str, pool_processor: PoolDocumentProcessor) -> AsyncIterator[PgPipeline]:
    async with fresh_database(database_dsn) as pool:
        pipe = PgPipeline(pool, pool_processor, FAST)
        await pipe.source.start()
        try:
            yield pipe
        finally:
            await pipe.source.close()
