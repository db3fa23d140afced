"""ReceptionService over a real gRPC server with the API-key interceptor, on the test database."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import grpc
import pytest

from adapters.postgres.event_feed import PgEventFeed
from adapters.postgres.inbox import PgInbox
from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
from service.grpc.auth import AuthInterceptor
from service.grpc.reception_servicer import ReceptionServicer
from service.usecases.reception import ReceptionUseCases
from tests.random_refs import random_siren
from tests.support.reception import UtcClock, reception_stack, settled, wait_until
from tests.support.webhooks import post_invoice

CII = (Path(__file__).parents[4] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()


@pytest.fixture
async def companies(pg_pool) -> tuple[str, str]:
    a, b = random_siren(), random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1), ($2)", a, b)
    return a, b


@pytest.fixture
async def stub(pg_pool, companies):
    tokens = {"key-a": companies[0], "key-b": companies[1]}

    async def authenticate(secret: str) -> str | None:
        return tokens.get(secret)

    server = grpc.aio.server(interceptors=[AuthInterceptor(authenticate)])
    api = ReceptionUseCases(pool=pg_pool, inbox=PgInbox(pg_pool), clock=UtcClock())
    rpb_grpc.add_ReceptionServiceServicer_to_server(ReceptionServicer(api), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield rpb_grpc.ReceptionServiceStub(channel)
    await server.stop(None)


def as_company(key: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {key}")]


async def receive(pg_pool, document_reader, company: str, *, target: bool = True) -> str:
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    async with reception_stack(pg_pool, document_reader) as stack:
        await post_invoice(
            stack.client, CII, key=key, invoice_id=platform_id, target=f"0225:{company}" if target else ""
        )
        await wait_until(lambda: settled(pg_pool, [f"iopole:key:{key}"]))
    return platform_id


async def test_a_company_lists_and_gets_its_received_invoices_only(
    stub, pg_pool, document_reader, companies
) -> None:
    a, _b = companies
    await receive(pg_pool, document_reader, a)
    listed = await stub.ListReceivedInvoices(
        rpb.ListReceivedInvoicesRequest(page_size=10), metadata=as_company("key-a")
    )
    [item] = listed.invoices
    assert (item.number, item.valid, item.syntax) == ("F2026-00111", True, "CII")
    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-a")
    )
    assert got.document == CII and got.invoice.document_sha256 == hashlib.sha256(CII).hexdigest()
    assert got.report.valid and got.report.complete and got.report.artifacts
    # the verdicts of each layer and rule set are stored with it (migration 0090)
    assert [(v.layer, v.ran, v.passed) for v in got.report.layers] == [
        ("xsd", True, True),
        ("en16931", True, True),
        ("br-fr", True, True),
    ]
    assert [(c.rules, c.applies, c.passed) for c in got.report.conclusions] == [
        ("en16931", True, True),
        ("fr", True, True),
    ]
    assert "BT-40 = FR" in got.report.conclusions[1].reason
    assert got.invoice.invoice.number == "F2026-00111"
    assert [e.kind for e in got.history] == ["RECEIVED"]
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.GetReceivedInvoice(
            rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-b")
        )
    assert refused.value.code() is grpc.StatusCode.NOT_FOUND
    other = await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=as_company("key-b"))
    assert list(other.invoices) == []
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest())
    assert anonymous.value.code() is grpc.StatusCode.UNAUTHENTICATED


async def test_buyer_statuses_are_checked_then_queued_for_the_dispatcher(
    stub, pg_pool, document_reader, companies
) -> None:
    a, _b = companies
    await receive(pg_pool, document_reader, a)
    [item] = (
        await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=as_company("key-a"))
    ).invoices

    async def set_status(**fields: object) -> rpb.SetBuyerStatusResponse:
        request = rpb.SetBuyerStatusRequest(invoice_id=item.id, **fields)
        return await stub.SetBuyerStatus(request, metadata=as_company("key-a"))

    for bad, rule in [
        ({"status": rpb.BUYER_STATUS_REFUSED}, "BR-FR-CDV-15"),
        ({"status": rpb.BUYER_STATUS_REFUSED, "reason_code": "NOT_A_CODE"}, "BR-FR-CDV-CL-09"),
        ({"status": rpb.BUYER_STATUS_PAYMENT_SENT}, "PDP-STATUS-AMOUNT"),  # BR-FR-CDV-14 is for 212
    ]:
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await set_status(**bad)
        assert refused.value.code() is grpc.StatusCode.FAILED_PRECONDITION
        assert rule in refused.value.details()

    approved = await set_status(status=rpb.BUYER_STATUS_IN_HAND)
    assert approved.status_code == "204"
    paid = await set_status(status=rpb.BUYER_STATUS_PAYMENT_SENT, amount="1200.00")
    refused_ok = await set_status(status=rpb.BUYER_STATUS_REFUSED, reason_code="TX_TVA_ERR")
    assert refused_ok.status_code == "210"
    with pytest.raises(grpc.aio.AioRpcError) as final:
        await set_status(status=rpb.BUYER_STATUS_APPROVED)
    assert final.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    rows = await pg_pool.fetch(
        "SELECT kind, payload FROM outbox WHERE id = any($1::bigint[]) ORDER BY id",
        [approved.outbox_id, paid.outbox_id, refused_ok.outbox_id],
    )
    assert [r["kind"] for r in rows] == ["send_status"] * 3
    assert [r["payload"]["code"] for r in rows] == ["204", "211", "210"]
    assert rows[1]["payload"]["amount"] == "1200.00" and rows[2]["payload"]["reason"] == "TX_TVA_ERR"
    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-a")
    )
    assert got.invoice.lifecycle_code == "210"


async def test_parked_deliveries_are_listed_for_their_company_and_replayed(
    stub, pg_pool, document_reader
) -> None:
    company = random_siren()
    platform_id = await receive(pg_pool, document_reader, company)  # not a known company yet: parked
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    api = ReceptionUseCases(pool=pg_pool, inbox=PgInbox(pg_pool), clock=UtcClock())
    [parked] = await api.parked(company, 0, 10)
    assert parked.state.value == "PARKED"
    async with reception_stack(pg_pool, document_reader):
        assert await api.replay(company, parked.id)
        await wait_until(lambda: settled(pg_pool, [parked.dedup_key]))
    assert (
        await pg_pool.fetchval(
            "SELECT company_siren FROM received_invoices WHERE platform_invoice_id = $1", platform_id
        )
        == company
    )


async def test_another_company_cannot_see_or_replay_a_parked_delivery(stub, pg_pool, document_reader) -> None:
    stranger = random_siren()
    await receive(pg_pool, document_reader, stranger)
    parked_id = await pg_pool.fetchval("SELECT id FROM webhook_inbox WHERE company_siren = $1", stranger)
    listed = await stub.ListParkedDeliveries(rpb.ListParkedDeliveriesRequest(), metadata=as_company("key-a"))
    assert parked_id not in [d.id for d in listed.deliveries]
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.ReplayDelivery(
            rpb.ReplayDeliveryRequest(delivery_id=parked_id), metadata=as_company("key-a")
        )
    assert refused.value.code() is grpc.StatusCode.NOT_FOUND


async def test_inbound_events_stream_in_the_company_feed(pg_pool, document_reader, companies) -> None:
    a, _b = companies
    await receive(pg_pool, document_reader, a)
    feed = PgEventFeed(pg_pool)
    stream = feed.subscribe(a, 0)
    first = await anext(stream)
    await stream.aclose()
    assert first.event.kind == "INBOUND_RECEIVED" and first.company_siren == a


async def test_an_invoice_received_before_the_verdicts_were_recorded_shows_none_and_keeps_the_rest(
    stub, pg_pool, document_reader, companies
) -> None:
    a, _b = companies
    platform_id = await receive(pg_pool, document_reader, a)
    # what migration 0090 leaves on the rows received before it
    await pg_pool.execute(
        "UPDATE received_invoices SET layers = NULL, conclusions = NULL WHERE platform_invoice_id = $1",
        platform_id,
    )
    [item] = (
        await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=as_company("key-a"))
    ).invoices
    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-a")
    )

    assert list(got.report.layers) == [] and list(got.report.conclusions) == []
    assert got.report.valid and got.report.artifacts and got.invoice.invoice.number == "F2026-00111"


async def test_the_stored_verdicts_must_be_json_arrays(pg_pool, document_reader, companies) -> None:
    import asyncpg

    platform_id = await receive(pg_pool, document_reader, companies[0])
    with pytest.raises(asyncpg.CheckViolationError):
        await pg_pool.execute(
            "UPDATE received_invoices SET layers = '{}'::jsonb WHERE platform_invoice_id = $1", platform_id
        )
