"""Upload throughput through the IOPOLE simulator (in a process of its own, so that its CPU is not charged to the
client): bare multipart POSTs vs the adapter (token, retries, mapping), both over the HTTP client the service gives
the adapter (adapters.pdp.http_pool, PDP_MAX_CONNECTIONS connections) at the dispatcher's concurrency.

Run: python -m bench.platform_bench (from the repository root, with src on the path). Figures are printed, not asserted.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Awaitable, Callable

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))

from adapters.pdp.http_pool import platform_http_client  # noqa: E402
from adapters.pdp.iopole.client import IopolePdpGateway  # noqa: E402
from adapters.pdp.iopole.config import IopoleConfig  # noqa: E402
from domain.platform import DocumentSyntax, OutboundDocument  # noqa: E402
from tests.support.simulators.process import SimulatorProcess  # noqa: E402

CONCURRENCY = 32  # uploads in flight: the dispatcher's (pipeline_bench.CONFIG.concurrency)
CONNECTIONS = 20  # service/wiring/config.yml pdp.max_connections
UPLOADS = 800
WARMUP = 50
PAYLOAD = (
    b"<rsm:CrossIndustryInvoice>" + b"<!-- padding -->" * 400 + b"</rsm:CrossIndustryInvoice>"
)  # ~6.5 kB


def _document(i: int) -> bytes:
    return PAYLOAD.replace(b"<!-- padding -->", f"<ram:ID>B-{i}</ram:ID>".encode(), 1)


async def _run_pool(count: int, one: Callable[[int], Awaitable[None]]) -> float:
    """Uploads per second with CONCURRENCY workers pulling from a shared counter."""
    next_index = iter(range(count))

    async def worker() -> None:
        for i in next_index:
            await one(i)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return count / (time.perf_counter() - started)


async def _measure(sim: SimulatorProcess, *, adapter_too: bool = True) -> tuple[float, float | None]:
    """(bare uploads/s, uploads/s through the adapter, or None when not `adapter_too`)."""
    async with platform_http_client(CONNECTIONS) as http:
        token_response = await http.post(
            sim.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": sim.client_id,
                "client_secret": sim.client_secret,
            },
        )
        headers = {
            "Authorization": f"Bearer {token_response.json()['access_token']}",
            "customer-id": sim.customer_id,
        }

        async def bare(i: int) -> None:
            response = await http.post(
                sim.base_url + "/v1/invoice",
                files={"file": (f"B-{i}.xml", _document(i), "application/xml")},
                headers=headers,
            )
            response.raise_for_status()

        gateway = IopolePdpGateway(http, IopoleConfig.from_env(sim.env()))

        async def adapter(i: int) -> None:
            await gateway.submit(
                OutboundDocument.of(
                    _document(UPLOADS + i),
                    filename=f"A-{i}.xml",
                    syntax=DocumentSyntax.CII,
                    tracking_id=f"A-{i}",
                )
            )

        await _run_pool(WARMUP, bare)
        bare_rate = await _run_pool(UPLOADS, bare)
        if not adapter_too:
            return bare_rate, None
        await _run_pool(WARMUP, adapter)
        adapter_rate = await _run_pool(UPLOADS, adapter)
    return bare_rate, adapter_rate


def run() -> dict[str, float]:
    with SimulatorProcess() as sim:
        bare_rate, adapter_rate = asyncio.run(_measure(sim))
    assert adapter_rate is not None
    ratio = adapter_rate / bare_rate
    print(
        f"platform bench: {UPLOADS} uploads of {len(PAYLOAD)} B, concurrency {CONCURRENCY}, {CONNECTIONS} connections,"
        " simulator process on 127.0.0.1"
    )
    print(f"  bare httpx multipart POST : {bare_rate:8.1f} uploads/s")
    print(f"  IopolePdpGateway.submit   : {adapter_rate:8.1f} uploads/s")
    print(f"  adapter / bare            : {ratio:8.2f}")
    return {"bare_uploads_per_s": bare_rate, "adapter_uploads_per_s": adapter_rate, "ratio": ratio}


if __name__ == "__main__":
    run()
