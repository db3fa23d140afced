"""The error table (service.grpc.errors) does not know the database, yet a database outage is UNAVAILABLE with
RetryInfo (503 + Retry-After on HTTP) in every process that serves: the table is an `ErrorTable`, which cannot be
made without an outage check, and the container makes the one its servicers, auth interceptor and HTTP app answer
with from the database's (adapters.postgres.outage). Nothing has to be registered before a server is built, so no
process can forget it (tests/e2e/test_outage_each_process.py runs it through real servers)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import asyncpg
import grpc
import httpx
from dependency_injector import providers
from prometheus_client import CollectorRegistry

from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc.auth import company_var
from service.wiring.container import Container
from service.wiring.http import Lifecycle, build_http_app

OUTAGE = asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed in the middle of operation")


class DatabaseDown:
    async def list(self, *args: Any) -> None:
        raise OUTAGE


class Context:
    def __init__(self) -> None:
        self.aborted: list[Any] = []

    async def abort_with_status(self, status: Any) -> None:
        self.aborted.append(status)


async def test_a_servicer_the_container_builds_answers_an_outage_unavailable_with_nothing_registered_first() -> (
    None
):
    container = Container()
    container.invoice_use_cases.override(providers.Object(DatabaseDown()))
    container.document_use_cases.override(providers.Object(None))
    container.pipeline_context.override(providers.Object(SimpleNamespace(uow=lambda: None)))
    servicer = container.invoice_servicer()
    context = Context()
    token = company_var.set("552100554")
    try:
        await servicer.ListInvoices(svc.ListInvoicesRequest(page_size=1), context)
    finally:
        company_var.reset(token)
    [status] = context.aborted
    assert status.code == grpc.StatusCode.UNAVAILABLE, status.details


async def test_the_http_app_the_container_builds_answers_an_outage_503_with_a_retry_after() -> None:
    async def ready() -> str | None:
        raise OUTAGE

    app = build_http_app(Lifecycle(), ready, CollectorRegistry(), errors=Container().error_table())
    transport = httpx.ASGITransport(app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        response = await client.get("/readyz")
    assert response.status_code == 503 and response.headers["retry-after"] == "1"
