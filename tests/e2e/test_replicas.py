"""Three replicas of `serve` over one PostgreSQL server (separate processes, separate ports), as deploy/compose.yml
runs them: invoices are submitted through all three, one replica is killed in the middle, and every invoice is
still sent exactly once, every platform status applied exactly once.

The platform is the IOPOLE simulator (in this process): it counts the uploads of each invoice number, and calls
the replicas' webhook route back in turn for every status (round robin), so each replica processes webhooks,
including for invoices another replica sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import signal
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import grpc
import pytest
from google.protobuf import json_format

from domain.platform_codes import IOPOLE_LABEL_TO_CDAR
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
from tests.e2e.test_serve_process import Server, child_pids, cli
from tests.support.iopole_simulator import IopoleSimulator
from tests.support.pipeline import fresh_database_url
from tests.support.simulators.iopole_app import HAPPY_PATH
from tests.support.webhooks import IOPOLE_STATUS_PATH

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "b2b-goods-B1.json"
INVOICES = 24
REPLICAS = 3
SECRET = "replicas-webhook-secret"
SENT_TIMEOUT_S = 240.0


class RoundRobinSimulator(IopoleSimulator):
    """Every callback goes to the next replica's webhook route."""

    def __init__(self, **kwargs: Any) -> None:
        self.targets: list[str] = []
        self._turn = itertools.count()
        super().__init__(**kwargs)

    @property  # type: ignore[override]
    def callback_url(self) -> str:
        return self.targets[next(self._turn) % len(self.targets)] if self.targets else ""

    @callback_url.setter
    def callback_url(self, value: str) -> None:
        if value:
            self.targets.append(value)


def replica_env(dsn: str, sim: IopoleSimulator) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PDP_", "IOPOLE_", "PIPELINE_", "GRPC_", "PROMETHEUS_"))
    }
    env.update(sim.env())
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        DATABASE_URL=dsn,
        GRPC_HOST="127.0.0.1",
        GRPC_PORT="0",
        GRPC_WORKERS="1",
        HTTP_HOST="127.0.0.1",
        HTTP_PORT="0",
        PDP_PROVIDER="iopole",
        IOPOLE_WEBHOOK_SECRET=SECRET,
        DOCUMENT_FORMAT="cii",
        PIPELINE_WORKERS="1",
        PIPELINE_LEASE_S="10",  # a killed replica's leased work goes to the others after this
        PIPELINE_POLL_S="1",
        RECEPTION_POLL_INTERVAL_S="3600",
    )
    return env


@contextlib.asynccontextmanager
async def replicas(env: dict[str, str], count: int) -> AsyncIterator[list[Server]]:
    servers = []
    # Each replica's metrics files in a folder of the test's: a killed serve cannot remove the private folder it
    # makes otherwise, and every run left three in the system's temp folder.
    metrics = contextlib.ExitStack()
    try:
        for n in range(count):
            folder = metrics.enter_context(tempfile.TemporaryDirectory(prefix=f"pdpg-replica-{n}-metrics-"))
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "service",
                "serve",
                env={**env, "PROMETHEUS_MULTIPROC_DIR": folder},
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
            )
            servers.append(Server(process))
        for server in servers:
            await server.wait_serving()
        yield servers
    finally:
        for server in servers:
            if server.process.returncode is None:
                kill(server)
                await server.process.wait()
        metrics.close()


def kill(server: Server) -> None:
    for pid in child_pids(server.process.pid):  # its render/validate worker
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    server.process.kill()


async def submit(
    alive: list[Server], stubs: dict[Server, Any], invoice: pb.Invoice, request_id: str, key: str, turn: int
) -> None:
    """As a client does: on a replica that does not answer, the same request (same id) on the next one."""
    for attempt in range(len(alive) * 3):
        server = alive[(turn + attempt) % len(alive)]
        try:
            await stubs[server].SubmitInvoice(
                svc.SubmitInvoiceRequest(request_id=request_id, invoice=invoice),
                metadata=(("authorization", f"Bearer {key}"),),
                timeout=30,
            )
            return
        except grpc.aio.AioRpcError as exc:
            if exc.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                raise
    raise AssertionError(f"{request_id}: no replica took it")


@pytest.mark.slow
@pytest.mark.timeout(900)  # three servers, a simulator and PostgreSQL on a loaded machine
async def test_three_replicas_one_killed_every_invoice_sent_once_every_status_applied_once(
    database_dsn: str,
) -> None:
    example = json_format.Parse(EXAMPLE.read_text(), pb.Invoice())
    seller = example.seller.legal_registration.value
    with RoundRobinSimulator(webhook_secret=SECRET, auto_lifecycle_delay=0.05) as sim:
        async with fresh_database_url(database_dsn) as dsn:
            env = replica_env(dsn, sim)
            async with replicas(env, REPLICAS) as servers:
                for server in servers:
                    sim.callback_url = server.http + IOPOLE_STATUS_PATH
                key = (await cli(env, "keys", "create", "--company", seller, "--name", "replicas"))["secret"]
                channels = {s: grpc.aio.insecure_channel(s.target) for s in servers}
                stubs = {s: svc_grpc.InvoiceServiceStub(c) for s, c in channels.items()}
                alive = list(servers)
                numbers = []
                for i in range(INVOICES):
                    if i == INVOICES // 2:  # mid-run: one replica dies with whatever it holds
                        victim = alive.pop()
                        kill(victim)
                        sim.targets.remove(victim.http + IOPOLE_STATUS_PATH)
                    invoice = pb.Invoice()
                    invoice.CopyFrom(example)
                    invoice.number = f"REPLICA-{i:03d}"
                    numbers.append(invoice.number)
                    await submit(alive, stubs, invoice, f"replicas-{i}", key, i)
                for channel in channels.values():
                    await channel.close()
                conn = await asyncpg.connect(dsn)
                try:
                    await wait_until_all_sent_and_deposited(conn, seller, sim)
                    states = await conn.fetch(
                        "SELECT number, state, platform_id FROM invoices WHERE company_siren = $1", seller
                    )
                    applied = await applied_statuses(conn, seller)
                    inbox = await conn.fetch("SELECT state, count(*) FROM webhook_inbox GROUP BY state")
                finally:
                    await conn.close()
                logs = [e for s in servers for e in s.log if e.get("level") in ("ERROR", "CRITICAL")]

    assert sorted(r["number"] for r in states) == numbers
    assert {r["state"] for r in states} <= {"SENT"}, [dict(r) for r in states]
    assert len({r["platform_id"] for r in states}) == INVOICES
    # Sent exactly once: one upload per invoice number, none lost, none doubled by the kill.
    assert {n: sim.uploads_by_number[n] for n in numbers} == {n: 1 for n in numbers}
    # Every status applied exactly once, whichever replica its webhook reached.
    assert applied == produced(sim, [r["platform_id"] for r in states])
    assert dict((r["state"], r["count"]) for r in inbox).keys() <= {"DONE"}, inbox
    assert logs == [], json.dumps(logs[:5])


async def applied_statuses(conn: asyncpg.Connection, seller: str) -> dict[str, list[str]]:
    """platform id -> the codes of the statuses applied to its invoice, in order."""
    rows = await conn.fetch(
        "SELECT i.platform_id, h.code FROM status_history h JOIN invoices i ON i.id::text = h.invoice_id"
        " WHERE i.company_siren = $1 AND h.source <> 'sent' ORDER BY i.platform_id, h.at, h.id",
        seller,
    )
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row["platform_id"], []).append(row["code"])
    return {pid: sorted(codes) for pid, codes in out.items()}


def produced(sim: IopoleSimulator, platform_ids: list[str]) -> dict[str, list[str]]:
    """platform id -> the codes of the statuses the platform issued for it (each called back once)."""
    with sim._lock:
        return {
            pid: sorted(code_of(e.label) for e in sim.invoices[pid].statuses) for pid in platform_ids if pid
        }


def code_of(label: str) -> str:
    return IOPOLE_LABEL_TO_CDAR.get(label, label)


async def wait_until_all_sent_and_deposited(
    conn: asyncpg.Connection, seller: str, sim: IopoleSimulator
) -> None:
    async with asyncio.timeout(SENT_TIMEOUT_S):
        while True:
            ids = [
                r[0]
                for r in await conn.fetch(
                    "SELECT platform_id FROM invoices WHERE company_siren = $1 AND state = 'SENT'", seller
                )
            ]
            busy = await conn.fetchval("SELECT count(*) FROM webhook_inbox WHERE state = 'PENDING'")
            if len(ids) == INVOICES and busy == 0:
                expected = produced(sim, ids)
                if all(len(codes) >= len(HAPPY_PATH) for codes in expected.values()):
                    if await applied_statuses(conn, seller) == expected:
                        return
            await asyncio.sleep(0.5)
