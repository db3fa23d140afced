from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from domain.platform import PdpGateway
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.processing import PoolDocumentProcessor
from tests.support.iopole_fixtures import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.pipeline import PgPipeline, fresh_database, iopole_gateway, processor, sandbox_gateway
from tests.support.simulators.iopole_app import IopoleSimulator

# Short delays so that retries, leases and the reconcile grace play out within a test.
FAST = PipelineConfig(
    document_format="cii",
    concurrency=16,
    batch_size=16,
    lease_s=3.0,
    poll_interval_s=0.2,
    max_attempts=6,
    backoff_base_s=0.05,
    backoff_cap_s=0.5,
    reconcile_grace_s=0.3,
    stop_grace_s=5.0,
)


@pytest.fixture(scope="session")
def pool_processor() -> Iterator[PoolDocumentProcessor]:
    worker = processor("cii", workers=2)
    yield worker
    worker.close()


@pytest.fixture
async def pipeline(database_dsn: str, pool_processor: PoolDocumentProcessor) -> AsyncIterator[PgPipeline]:
    async with fresh_database(database_dsn) as pool:
        pipe = PgPipeline(pool, pool_processor, FAST)
        await pipe.start()
        try:
            yield pipe
        finally:
            await pipe.close()


@pytest.fixture(params=["sandbox", "iopole"])
async def platform(
    request: pytest.FixtureRequest, pipeline: PgPipeline, http: httpx.AsyncClient
) -> AsyncIterator[tuple[PdpGateway, IopoleSimulator | None]]:
    if request.param == "sandbox":
        gateway = sandbox_gateway(pipeline)
        pipeline.pdp = gateway
        yield gateway, None
        await gateway.aclose()
    else:
        with IopoleSimulator() as sim:
            gateway = iopole_gateway(sim, http)
            pipeline.pdp = gateway
            yield gateway, sim
