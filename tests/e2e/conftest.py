"""A real gateway for end-to-end tests: the production container and `build_server` on a free port, backed by
the run-wide PostgreSQL of tests/support/database.py. Companies are random SIRENs, so tests share the database."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping

import grpc
import pytest
from dependency_injector import providers

from service.cli.client import MESSAGE_LIMITS
from service.wiring.container import Container
from service.wiring.server import Runner, build_server, resolve
from tests.e2e.grpc_client import Company, GatewayClient
from tests.random_refs import random_siren
from tests.support.asgi_server import serve_app
from tests.support.database import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.webhooks import IOPOLE_SECRET


def e2e_container(database_dsn: str, pg_pool: object) -> Container:
    """The production container on the test database (its resources are the run-wide ones)."""
    container = Container()
    container.database_url.override(providers.Object(database_dsn))
    container.db_pool.override(providers.Object(pg_pool))
    # The shared database's invoices stay as each test left them: the pipeline runs in test_transmission_e2e
    # and test_serve_process, each on a database of its own.
    container.dispatcher.override(providers.Object(None))
    return container


@contextlib.asynccontextmanager
async def own_gateway(database_dsn: str, pg_pool: object, **grpc_settings: str) -> AsyncIterator[int]:
    """A gRPC server of the test's own (its own bounds and paces), on the run's database: its port."""
    container = e2e_container(database_dsn, pg_pool)
    container.config.from_dict({"grpc": grpc_settings})
    server, port = await build_server(container, "127.0.0.1:0")
    await server.start()
    try:
        yield port
    finally:
        await server.stop(None)
        shutdown = container.shutdown_resources()  # its LISTEN connection goes back to the run's pool
        if shutdown is not None:
            await shutdown
        container.reset_override()


@contextlib.asynccontextmanager
async def whole_process(
    dsn: str, db: Mapping[str, str], *, pipeline: bool = True, **sections: Mapping[str, object]
) -> AsyncIterator[Runner]:
    """The whole process as `serve` runs it (Runner: gRPC, HTTP, the supervised tasks), on PostgreSQL `dsn` (a
    server of the test's own: its container owns the pool), on free ports, one gRPC process. `db`: the pool's other
    settings; `sections`: more settings; `pipeline=False` leaves out the dispatcher (its document processes only
    add load where a test follows other tasks)."""
    container = Container()
    container.config.from_dict(
        {
            "grpc": {"host": "127.0.0.1", "port": "0", "grace_s": "5", "workers": "1"},
            "http": {"host": "127.0.0.1", "port": "0"},
            "db": {"url": dsn, **db},
            **sections,
        }
    )
    if not pipeline:
        container.dispatcher.override(providers.Object(None))
    runner = Runner(container)
    await runner.start()
    try:
        yield runner
    finally:
        await runner.stop()


# One gateway for the e2e tests, stopped once they are done (package): kept for the whole run, its supervised tasks
# (the schema check, the event feed's listener) went on through the integration and unit tests after them, and the
# schema check's WARNING landed in a unit test's log capture.
@pytest.fixture(scope="package")
async def container(database_dsn: str, pg_pool: object) -> AsyncIterator[Container]:
    c = e2e_container(database_dsn, pg_pool)
    yield c
    shutdown = (
        c.shutdown_resources()
    )  # None when no test started its resources (a test of its own server only)
    if shutdown is not None:
        await shutdown  # the event feed's LISTEN connection goes back before the pool closes
    c.reset_override()


@pytest.fixture(scope="package")
async def gateway_port(container: Container) -> AsyncIterator[int]:
    server, port = await build_server(container, "[::]:0")
    await server.start()
    yield port
    await server.stop(None)


@pytest.fixture
async def channel(gateway_port: int) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(f"localhost:{gateway_port}", options=MESSAGE_LIMITS) as ch:
        yield ch


@pytest.fixture(scope="module")
async def webhook_url(container: Container) -> AsyncIterator[str]:
    """The gateway's HTTP side (the platforms' signed callbacks) on a free port, its inbox worker running."""
    container.config.reception.webhook_keys.from_value({"IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET})
    app = await resolve(container.http_app)
    await resolve(container.inbox_worker)  # started like the server does, stopped by shutdown_resources
    async with serve_app(app) as url:
        yield url


@pytest.fixture
def client(channel: grpc.aio.Channel) -> GatewayClient:
    return GatewayClient(channel)


async def new_company(container: Container) -> Company:
    keys = await resolve(container.api_keys)
    siren = random_siren()
    created = await keys.create(siren, "e2e")
    return Company(siren, created["secret"])


@pytest.fixture
async def company(container: Container) -> Company:
    return await new_company(container)


@pytest.fixture
async def other_company(container: Container) -> Company:
    return await new_company(container)
