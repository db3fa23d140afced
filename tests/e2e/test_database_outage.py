"""PostgreSQL stops under load and starts again, through the whole process (Runner: gRPC, HTTP, supervised tasks).

The server is the test's own (tests/support/database.py: stoppable_server), never the run-wide one. While it is
down, every call answers UNAVAILABLE with RetryInfo (gRPC) or 503 with Retry-After (HTTP); no call, before, during
or after, answers INTERNAL, UNKNOWN or another 5xx. Within 30 s of its return (the issue's bound, not a speed
test) a new WatchInvoiceEvents stream works, /readyz is ready again, and a delivery refused during the outage,
sent again by the platform, is processed by the inbox worker, and so are the deliveries stored just before the
stop, some of them in flight when it came.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import asyncpg
import grpc
import httpx
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from service.wiring.server import Runner, resolve
from tests.e2e.conftest import new_company, whole_process
from tests.e2e.grpc_client import GatewayClient, invoice_of
from tests.support.database import StoppableServer, stoppable_server
from tests.support.reception import wait_until
from tests.support.webhooks import IOPOLE_SECRET, addressed_to, post_invoice, post_status, status_body

CII = (
    Path(__file__).resolve().parents[1] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml"
).read_bytes()
RECOVERY_S = 30.0  # the bound after PostgreSQL is back
HANG_GUARD = 60.0  # a call that hangs fails the test instead of blocking it
START_GUARD = 180.0  # document workers start within their own START_TIMEOUT_S (120 s)
OK = "OK"
ALLOWED_DOWN = {"UNAVAILABLE", "503"}
# ValidateInvoice stores nothing: it answers while its API key is in the key cache (5 s), UNAVAILABLE after.
NEEDS_NO_DATABASE = {"ValidateInvoice", "readyz"}


@pytest.fixture
async def outage() -> AsyncIterator[tuple[StoppableServer, Runner]]:
    async with (
        stoppable_server("pdp_gateway_outage") as pg,
        # The transmission pipeline's document processes would only add load on a shared 2-core machine; its
        # dispatcher and LISTEN connection run under the same supervisor as the tasks this test follows.
        whole_process(
            pg.dsn,
            {"pool_min": "1", "pool_max": "8"},
            pipeline=False,
            reception={"webhook_keys": {"IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET}, "worker_concurrency": "2"},
        ) as runner,
    ):
        yield pg, runner


def _grpc_outcome(err: grpc.aio.AioRpcError) -> str:
    code = err.code().name
    if code == "UNAVAILABLE":  # a server-side UNAVAILABLE carries RetryInfo; a refused connection would not
        status = rpc_status.from_call(err)
        details = status.details if status is not None else []
        assert any(d.Is(error_details_pb2.RetryInfo.DESCRIPTOR) for d in details), err.details()
    return code


async def _grpc(call: Callable[[], Awaitable[object]]) -> str:
    try:
        await asyncio.wait_for(call(), HANG_GUARD)
    except grpc.aio.AioRpcError as err:
        return _grpc_outcome(err)
    return OK


async def _first_event(client: GatewayClient) -> object:
    stream = client.watch(after_event_id=0)
    try:
        return await anext(aiter(stream))
    finally:
        stream.cancel()


async def _http(call: Callable[[], Awaitable[httpx.Response]]) -> str:
    response = await asyncio.wait_for(call(), HANG_GUARD)
    if response.status_code == 503:
        assert response.headers["retry-after"].isdigit(), response.headers
        return "503"
    return OK if response.status_code < 300 else str(response.status_code)


class Load:
    """Calls in a loop, each outcome recorded with the phase at its start and at its end."""

    def __init__(self) -> None:
        self.phase = "up"
        self.outcomes: list[tuple[str, str, str, str]] = []  # (phase at start, at end, call, outcome)
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    def run(self, name: str, call: Callable[[], Awaitable[str]]) -> None:
        async def loop() -> None:
            while not self._stop.is_set():
                before = self.phase
                outcome = await call()
                self.outcomes.append((before, self.phase, name, outcome))
                await asyncio.sleep(0.05)  # a pace, not a measurement

        self._tasks.append(asyncio.create_task(loop(), name=f"load-{name}"))

    def seen(self, phase: str) -> Counter[str]:
        return Counter(name for before, after, name, _ in self.outcomes if before == after == phase)

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)


async def test_an_outage_under_load_is_unavailable_then_everything_recovers(
    outage: tuple[StoppableServer, Runner],
) -> None:
    pg, runner = outage
    container = runner.container
    supervisor = await resolve(container.supervisor)
    company = await new_company(container)
    async with (
        grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel,
        httpx.AsyncClient(base_url=f"http://127.0.0.1:{runner.http_port}", timeout=HANG_GUARD) as http,
    ):
        client = GatewayClient(channel, company.api_key)
        await client.submit(invoice_of(company))  # the company has an event to watch
        # The reception's document workers (spawned, artifacts compiled) are up before the outage: the 30 s bound
        # is about recovering from it, not about a cold start on a loaded machine.
        warm, ours = str(uuid.uuid4()), addressed_to(CII, company.siren)

        def file(n: int) -> bytes:
            """The invoice in another file each time (IOPOLE keys a callback by its file: one file, one delivery)."""
            return ours + b"\n" * n

        assert (
            await post_invoice(http, file(0), key=warm, target=f"0225:{company.siren}")
        ).status_code == 200
        await wait_until(_processed(pg.dsn, warm), START_GUARD, "the first delivery processed")
        load = Load()
        load.run("ValidateInvoice", lambda: _grpc(lambda: client.validate(invoice_of(company))))
        load.run("SubmitInvoice", lambda: _grpc(lambda: client.submit(invoice_of(company))))
        load.run("ListInvoices", lambda: _grpc(lambda: client.list(page_size=5)))
        load.run("WatchInvoiceEvents", lambda: _grpc(lambda: _first_event(client)))
        load.run(
            "webhook status",
            lambda: _http(lambda: post_status(http, status_body(str(uuid.uuid4()), "Déposée"))),
        )
        load.run("readyz", lambda: _http(lambda: http.get("/readyz")))
        every_call = {
            "ValidateInvoice",
            "SubmitInvoice",
            "ListInvoices",
            "WatchInvoiceEvents",
            "webhook status",
        }
        try:
            await wait_until(_all_seen(load, "up", every_call), HANG_GUARD, "calls before the outage")

            # Deliveries stored just before the stop: some are in flight when it comes, their lease held.
            before = [str(uuid.uuid4()) for _ in range(4)]
            for n, k in enumerate(before, 1):
                stored = await post_invoice(http, file(n), key=k, target=f"0225:{company.siren}")
                assert stored.status_code == 200
            load.phase = "stopping"
            await pg.stop()
            load.phase = "down"
            await wait_until(_all_seen(load, "down", every_call | {"readyz"}), HANG_GUARD, "calls during it")
            key = str(uuid.uuid4())
            refused = await post_invoice(http, file(5), key=key, target=f"0225:{company.siren}")
            assert refused.status_code == 503 and refused.headers["retry-after"] == "1"
            ready = await http.get("/readyz")
            assert ready.status_code == 503 and ready.json()["status"] == "database unreachable"
            await wait_until(
                _async(lambda: {"event-feed-listener", "inbox-listener"} <= set(supervisor.down())),
                HANG_GUARD,
                "the LISTEN connections reported down",
            )

            load.phase = "starting"
            await pg.start()
            load.phase = "back"
            back = time.monotonic()
            resent = await post_invoice(
                http, file(5), key=key, target=f"0225:{company.siren}"
            )  # the platform retries
            assert resent.status_code == 200
            for k in (key, *before):  # the worker's lease (120 s) must not hold them past the recovery bound
                await wait_until(_processed(pg.dsn, k), RECOVERY_S, "the deliveries processed")
            event = await asyncio.wait_for(_first_event(client), RECOVERY_S)  # a new stream works
            assert event.event.kind  # type: ignore[attr-defined]
            await wait_until(_ready(http), RECOVERY_S, "/readyz ready with every task up")
            assert time.monotonic() - back <= RECOVERY_S
            await wait_until(_all_seen(load, "back", every_call), HANG_GUARD, "calls after it")
        finally:
            await load.stop()

    bad = [o for o in load.outcomes if o[3] not in (OK, *ALLOWED_DOWN)]
    assert bad == [], bad  # never INTERNAL, UNKNOWN or a 500, whatever the phase
    during = [o for o in load.outcomes if o[0] == o[1] == "down" and o[2] not in NEEDS_NO_DATABASE]
    assert during and all(o[3] in ALLOWED_DOWN for o in during), during
    assert all(o[3] == "503" for o in load.outcomes if o[0] == o[1] == "down" and o[2] == "readyz")
    assert {o[2] for o in load.outcomes if o[0] == o[1] == "back" and o[3] == OK} >= every_call


def _async(check: Callable[[], bool]) -> Callable[[], Awaitable[bool]]:
    async def run() -> bool:
        return check()

    return run


def _all_seen(load: Load, phase: str, names: set[str]) -> Callable[[], Awaitable[bool]]:
    return _async(lambda: all(load.seen(phase)[n] >= 2 for n in names))


def _processed(dsn: str, dedup_key: str) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        with contextlib.suppress(OSError, asyncpg.PostgresError):
            conn = await asyncpg.connect(dsn, timeout=5)
            try:
                state = await conn.fetchval(
                    "SELECT state FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", dedup_key
                )
            finally:
                await conn.close()
            return state == "DONE"
        return False

    return check


def _ready(http: httpx.AsyncClient) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        response = await http.get("/readyz")
        return response.status_code == 200 and response.json() == {"status": "ready"}

    return check
