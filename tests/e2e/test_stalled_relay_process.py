"""A wedged relay on the real process: `pdp-gateway serve` in its own process, its platform a local server that takes
connections and never answers, its rows' lease (PIPELINE_LEASE_S) far shorter than the platform's timeout: the
pipeline's item waits in its call with no sign of life past two leases, as a step that never returns would. The
liveness probe must see it (`/healthz` 503 naming the relay and where it waits), the log say it once, `/readyz` stay
200 naming it under `down` (another replica's relays could carry the work), and SIGTERM still end the process within
its grace. Every wait is bounded.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.test_replicas import replica_env
from tests.e2e.test_serve_process import EXAMPLE, START_TIMEOUT_S, Server, cli, serving
from tests.support.pipeline import fresh_database_url

# The first invoice waits for its render worker to start and warm up before its platform call
STALL_SEEN_S = 300.0
LEASE_S = 2  # stalled past two leases
RELAY = "pipeline-dispatcher"


class _Silent:
    """A platform's address where the kernel completes every connection (the listen backlog) and nothing is ever
    read or answered: each call waits its whole timeout."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def env(self) -> dict[str, str]:
        return {
            "IOPOLE_ENV": "sandbox",
            "IOPOLE_API_BASE": self.url + "/api",
            "IOPOLE_AUTH_URL": self.url + "/token",
            "IOPOLE_CLIENT_ID": "client",
            "IOPOLE_CLIENT_SECRET": "secret",
            "IOPOLE_CUSTOMER_ID": "customer",
        }


@pytest.fixture
def silent_platform() -> Iterator[_Silent]:
    platform = _Silent()
    try:
        yield platform
    finally:
        platform.listener.close()


async def _healthz_until_stalled(server: Server) -> httpx.Response:
    async with httpx.AsyncClient(base_url=server.http, timeout=10) as client:
        async with asyncio.timeout(STALL_SEEN_S):
            while True:
                answer = await client.get("/healthz")
                if answer.status_code != 200:
                    return answer
                await asyncio.sleep(0.5)


@pytest.mark.slow
@pytest.mark.timeout(900)
async def test_a_relay_wedged_on_serve_fails_its_liveness_probe_names_where_it_waits_and_still_stops(
    database_dsn: str, silent_platform: _Silent, tmp_path: Path
) -> None:
    company = json.loads(EXAMPLE.read_text())["seller"]["legal_registration"]["value"]
    async with fresh_database_url(database_dsn) as dsn:
        env = {
            **replica_env(dsn, silent_platform),
            "GRPC_WORKERS": "0",
            "PIPELINE_LEASE_S": str(LEASE_S),
            "PIPELINE_STOP_GRACE_S": "2",
            "PDP_TIMEOUT_S": "600",  # a call longer than any wait here: the item waits in it for good
            "PDP_CONNECT_TIMEOUT_S": "600",
        }
        async with serving(tmp_path, env) as (running, env):
            await running.wait_serving()
            key = await cli(env, "keys", "create", "--company", company, "--name", "stall")
            client_env = {**env, "PDP_GATEWAY_API_KEY": key["secret"]}
            await cli(client_env, "invoice", "submit", str(EXAMPLE), "--target", running.target)

            probe = await _healthz_until_stalled(running)
            async with httpx.AsyncClient(base_url=running.http, timeout=10) as client:
                ready = await client.get("/readyz")

            assert probe.status_code == 503
            body = probe.json()
            assert body["status"] == "stalled" and list(body["stalled"]) == [RELAY], body
            why = body["stalled"][RELAY]
            assert why.startswith("stalled: ") and f"(bound {2 * LEASE_S} s)" in why, why
            assert "waiting at " in why, why  # where: the platform call it waits in
            assert ready.status_code == 200, ready.text  # the replica still serves its calls
            assert ready.json()["down"][RELAY] == why or ready.json()["down"][RELAY].startswith("stalled: ")

            code = await asyncio.wait_for(running.stop(), START_TIMEOUT_S)
    said = [e for e in running.log if "stalled" in str(e.get("msg", "")) and e.get("level") == "ERROR"]
    assert code == 0, running.tail()
    assert len(said) == 1, [e.get("msg") for e in said]  # once, not at every probe
