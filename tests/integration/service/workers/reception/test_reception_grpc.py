"""ReceptionService over a real gRPC server with the API-key interceptor, on the test database."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from adapters.postgres.event_feed import PgEventFeed
from adapters.postgres.outage import is_outage
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from domain.ports import ApiKey
from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
from service.grpc.auth import AuthInterceptor
from service.grpc.errors import ErrorTable
from service.grpc.reception_servicer import ReceptionServicer
from service.usecases.company_settings import (
    clear_supplier_tolerance,
    set_books_tolerance,
    set_payment_sent_status,
)
from tests.random_refs import random_siren
from tests.support.readable_pdf import platform_page
from tests.support.reception import UtcClock, reception_stack, reception_use_cases, settled, wait_until
from tests.support.webhooks import addressed_to, post_invoice

ERRORS = ErrorTable(is_outage)  # as the wiring makes it

CII = (Path(__file__).parents[4] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()


@pytest.fixture
async def companies(pg_pool) -> tuple[str, str]:
    a, b = random_siren(), random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1), ($2)", a, b)
    return a, b


@pytest.fixture
async def stub(pg_pool, companies):
    now = datetime.now(UTC)
    tokens = {
        k: ApiKey(str(uuid.uuid4()), c, k, k, now)
        for k, c in (("key-a", companies[0]), ("key-b", companies[1]))
    }

    async def authenticate(secret: str) -> ApiKey | None:
        return tokens.get(secret)

    server = grpc.aio.server(interceptors=[AuthInterceptor(authenticate, ERRORS)])
    api = reception_use_cases(pg_pool)
    rpb_grpc.add_ReceptionServiceServicer_to_server(ReceptionServicer(api, errors=ERRORS), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield rpb_grpc.ReceptionServiceStub(channel)
    await server.stop(None)


def as_company(key: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {key}")]


async def received_by_a(stub, pg_pool, document_reader, companies):
    """One invoice received by company A (key-a), as ListReceivedInvoices shows it."""
    await receive(pg_pool, document_reader, companies[0])
    [item] = (
        await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=as_company("key-a"))
    ).invoices
    return item


async def receive(pg_pool, document_reader, company: str, *, target: bool = True, resent: int = 0) -> str:
    """`resent`: the same invoice in another file (as many line ends more): IOPOLE keys a callback by its file."""
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    async with reception_stack(pg_pool, document_reader) as stack:
        await post_invoice(
            stack.client,
            addressed_to(CII, company) + b"\n" * resent,
            key=key,
            invoice_id=platform_id,
            target=f"0225:{company}" if target else "",
        )
        await wait_until(lambda: settled(pg_pool, [key]))
    return platform_id


async def test_an_invoice_delivered_again_under_a_new_platform_id_is_kept_and_marked_as_a_copy(
    stub, pg_pool, document_reader, companies
) -> None:
    a, b = companies
    first_platform_id = await receive(pg_pool, document_reader, a)
    await receive(
        pg_pool, document_reader, a, resent=1
    )  # same seller, number, type and year: another delivery
    await receive(pg_pool, document_reader, b)  # the same invoice for another company is that company's first
    listed = await stub.ListReceivedInvoices(
        rpb.ListReceivedInvoicesRequest(page_size=10), metadata=as_company("key-a")
    )
    second, first = listed.invoices  # newest first
    assert first.platform_invoice_id == first_platform_id and second.platform_invoice_id != first_platform_id
    assert (first.copy_of, second.copy_of) == ("", first.id)
    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=second.id), metadata=as_company("key-a")
    )
    assert got.invoice.copy_of == first.id and got.report.valid  # a warning: the copy stays valid
    [copy] = [f for f in got.report.findings if f.rule_id == "PDP-RECEIVED-COPY"]
    assert f"received before as {first.id}" in copy.message and "210, reason DOUBLON" in copy.message
    original = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=first.id), metadata=as_company("key-a")
    )
    assert "PDP-RECEIVED-COPY" not in {f.rule_id for f in original.report.findings}
    [other] = (
        await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=as_company("key-b"))
    ).invoices
    assert other.copy_of == ""


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
    assert item.seller_siren and len(item.seller_name) > 3
    # each filter, in the SQL it becomes (adapters/postgres/listing.py)
    Request = rpb.ListReceivedInvoicesRequest
    for request, found in [
        (Request(validity=Request.VALIDITY_VALID), True),
        (Request(validity=Request.VALIDITY_INVALID), False),
        (Request(seller=item.seller_siren), True),
        (Request(seller=item.seller_name[1:-1].swapcase()), True),  # part of the name, in any case
        (Request(seller="000000000"), False),
        (Request(lifecycle_codes=[item.lifecycle_code, "213"]), True),
        (Request(lifecycle_codes=["213"]), False),
    ]:
        filtered = await stub.ListReceivedInvoices(request, metadata=as_company("key-a"))
        assert [i.id for i in filtered.invoices] == ([item.id] if found else []), request
    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-a")
    )
    sent = addressed_to(CII, a)
    assert got.document == sent and got.invoice.document_sha256 == hashlib.sha256(sent).hexdigest()
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
    [received] = got.history  # its event as stored: the id that orders it, what happened, when
    assert (received.kind, received.state, received.event_id > 0, received.at.seconds > 0) == (
        "RECEIVED",
        "ACCEPTED",
        True,
        True,
    )
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
    item = await received_by_a(stub, pg_pool, document_reader, companies)

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
    # The outbox's id, drawn for every company's messages, is not told: its gaps would be the others' volume.
    assert [approved.outbox_id, paid.outbox_id, refused_ok.outbox_id] == [0, 0, 0]
    rows = await pg_pool.fetch(
        "SELECT kind, payload FROM outbox WHERE company_siren = $1 AND kind = 'send_status' ORDER BY id",
        companies[0],
    )
    assert [r["kind"] for r in rows] == ["send_status"] * 3
    assert [r["payload"]["code"] for r in rows] == ["204", "211", "210"]
    assert rows[1]["payload"]["amount"] == "1200.00" and rows[2]["payload"]["reason"] == "TX_TVA_ERR"
    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-a")
    )
    assert got.invoice.lifecycle_code == "210"


async def test_a_buyer_status_amount_is_a_bounded_decimal_or_nothing_is_queued(
    stub, pg_pool, document_reader, companies
) -> None:
    # Read at the edge like every other request decimal: "1e999999" is a finite Decimal that would be written out
    # as a million digits in the status sent to the platform.
    item = await received_by_a(stub, pg_pool, document_reader, companies)
    queued_before = await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'")
    for amount, rule in [
        ("1e999999", "PDP-DECIMAL"),
        ("1" * 40, "PDP-DECIMAL-DIGITS"),
        ("NaN", "PDP-DECIMAL"),
        ("12,50", "PDP-DECIMAL"),
    ]:
        request = rpb.SetBuyerStatusRequest(
            invoice_id=item.id, status=rpb.BUYER_STATUS_PAYMENT_SENT, amount=amount
        )
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.SetBuyerStatus(request, metadata=as_company("key-a"))
        assert refused.value.code() is grpc.StatusCode.INVALID_ARGUMENT, amount
        assert rule in refused.value.details(), (amount, refused.value.details())
    assert await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'") == queued_before


async def test_a_buyer_status_sent_twenty_times_at_once_under_one_request_id_is_queued_once(
    stub, pg_pool, document_reader, companies
) -> None:
    # A busy client retrying after a timeout: each call queued its 211 (each a payment the supplier is told of)
    item = await received_by_a(stub, pg_pool, document_reader, companies)
    queued_before = await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'")
    request = rpb.SetBuyerStatusRequest(
        invoice_id=item.id, status=rpb.BUYER_STATUS_PAYMENT_SENT, amount="10.00", request_id="transfer-0042"
    )
    answers = await asyncio.gather(
        *(stub.SetBuyerStatus(request, metadata=as_company("key-a")) for _ in range(20))
    )
    assert len({a.SerializeToString() for a in answers}) == 1  # every caller the same answer
    assert answers[0].status_code == "211"
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'") == queued_before + 1
    )

    request.amount = "20.00"
    with pytest.raises(grpc.aio.AioRpcError) as reused:
        await stub.SetBuyerStatus(request, metadata=as_company("key-a"))
    assert reused.value.code() is grpc.StatusCode.ALREADY_EXISTS, reused.value.details()
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'") == queued_before + 1
    )


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"status": 999}, "status"),
        ({"status": -1}, "status"),
        ({}, "status"),  # unspecified: the request's fault, not the invoice's state (was FAILED_PRECONDITION)
        ({"status": rpb.BUYER_STATUS_APPROVED, "on_difference": 77}, "on_difference"),
    ],
)
async def test_a_buyer_status_enum_out_of_its_range_is_refused_naming_the_rule(
    stub, pg_pool, document_reader, companies, fields, path
) -> None:
    # a client built on a newer proto, or a hostile one, sends a number the gateway does not know: never INTERNAL,
    # never read as the default (on_difference would have been REFUSE)
    item = await received_by_a(stub, pg_pool, document_reader, companies)
    queued_before = await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'")
    request = rpb.SetBuyerStatusRequest(invoice_id=item.id, **fields)
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.SetBuyerStatus(request, metadata=as_company("key-a"))
    assert refused.value.code() is grpc.StatusCode.INVALID_ARGUMENT, refused.value.details()
    assert f"PDP-ENUM {path}:" in refused.value.details(), refused.value.details()
    assert await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'") == queued_before


async def test_a_received_invoices_filter_out_of_its_range_is_refused_not_dropped(stub) -> None:
    # dropped, the filter would list every received invoice, valid or not, as if the client had asked for all
    request = rpb.ListReceivedInvoicesRequest(validity=99)
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.ListReceivedInvoices(request, metadata=as_company("key-a"))
    assert refused.value.code() is grpc.StatusCode.INVALID_ARGUMENT, refused.value.details()
    assert "PDP-ENUM validity: 99 is not a known Validity value" in refused.value.details()


async def test_parked_deliveries_are_listed_for_their_company_and_replayed(
    stub, pg_pool, document_reader
) -> None:
    company = random_siren()
    platform_id = await receive(pg_pool, document_reader, company)  # not a known company yet: parked
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    api = reception_use_cases(pg_pool)
    [parked] = (await api.parked(company, 10, "")).items
    assert parked.state.value == "PARKED"
    async with reception_stack(pg_pool, document_reader):
        assert parked.number is not None and await api.replay(company, parked.number)
        await wait_until(lambda: settled(pg_pool, [parked.dedup_key]))
    assert (
        await pg_pool.fetchval(
            "SELECT company_siren FROM received_invoices WHERE platform_invoice_id = $1", platform_id
        )
        == company
    )


async def test_a_company_lists_and_replays_its_parked_deliveries_by_numbers_of_its_own(
    stub, pg_pool, companies
) -> None:
    # The inbox's ids are drawn for every company's deliveries: their gaps would tell the others' volume.
    a, b = companies
    for siren in (a, b, b, a):
        await pg_pool.execute(
            """INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body, state, company_siren)
               VALUES ('iopole', 'poll', 'status', $1, '', 'PARKED', $2)""",
            str(uuid.uuid4()),
            siren,
        )
    listed = await stub.ListParkedDeliveries(rpb.ListParkedDeliveriesRequest(), metadata=as_company("key-a"))
    assert [d.id for d in listed.deliveries] == [1, 2]
    first = await stub.ListParkedDeliveries(
        rpb.ListParkedDeliveriesRequest(page_size=1), metadata=as_company("key-a")
    )
    rest = await stub.ListParkedDeliveries(
        rpb.ListParkedDeliveriesRequest(page_size=1, page_token=first.next_page_token),
        metadata=as_company("key-a"),
    )
    assert [d.id for d in (*first.deliveries, *rest.deliveries)] == [1, 2]

    replayed = await stub.ReplayDelivery(
        rpb.ReplayDeliveryRequest(delivery_id=2), metadata=as_company("key-a")
    )

    assert replayed.replayed
    states = await pg_pool.fetch(
        "SELECT company_siren, state FROM webhook_inbox WHERE company_siren = any($1::text[]) ORDER BY id",
        [a, b],
    )
    assert [(r["company_siren"], r["state"]) for r in states] == [
        (a, "PARKED"),
        (b, "PARKED"),
        (b, "PARKED"),
        (a, "PENDING"),
    ]


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


# --- the platform's own readable copy (IOPOLE simulator over real HTTP) ------------------------------------------

PLATFORM_PDF = platform_page("the platform's own page of the invoice")


@pytest.fixture
async def readable_stub(pg_pool, companies):
    """ReceptionService whose platform is the IOPOLE simulator, opened by the production opener."""
    from adapters.pdp.registry import open_platform
    from domain.platform_profile import PlatformOptions, PlatformSet
    from tests.support.iopole_simulator import IopoleSimulator

    with IopoleSimulator() as sim:
        options = PlatformOptions(timeout_s=2.0, upload_timeout_s=2.0)
        async with open_platform("iopole", "iopole", sim.env(), options) as platform:
            api = reception_use_cases(pg_pool, platforms=PlatformSet(platform), readable_timeout_s=1.0)
            server = grpc.aio.server(interceptors=[AuthInterceptor(lambda s: _company(s, companies), ERRORS)])
            rpb_grpc.add_ReceptionServiceServicer_to_server(ReceptionServicer(api, errors=ERRORS), server)
            port = server.add_insecure_port("127.0.0.1:0")
            await server.start()
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                yield rpb_grpc.ReceptionServiceStub(channel), sim
            await server.stop(None)


async def _company(secret: str, companies: tuple[str, str]) -> ApiKey | None:
    found = {"key-a": companies[0], "key-b": companies[1]}.get(secret)
    return None if found is None else ApiKey(str(uuid.uuid4()), found, secret, secret, datetime.now(UTC))


async def _received_from(sim, pg_pool, document_reader, company: str, readable: bytes | None) -> str:
    """An invoice the simulator holds (with or without a readable copy), delivered to us by its webhook."""
    record = sim.store(CII, "F2026-00111.xml", direction="INBOUND")
    record.readable = readable
    key = str(uuid.uuid4())
    async with reception_stack(pg_pool, document_reader) as stack:
        await post_invoice(
            stack.client, addressed_to(CII, company), key=key, invoice_id=record.id, target=f"0225:{company}"
        )
        await wait_until(lambda: settled(pg_pool, [key]))
    [row] = await pg_pool.fetch("SELECT id FROM received_invoices WHERE platform_invoice_id = $1", record.id)
    return str(row["id"])


async def _readable(stub, invoice_id: str, *, platform_only: bool = False):
    return await stub.GetReceivedInvoiceReadable(
        rpb.GetReceivedInvoiceReadableRequest(invoice_id=invoice_id, platform_only=platform_only),
        metadata=as_company("key-a"),
    )


async def test_the_platforms_own_readable_copy_comes_first(
    readable_stub, pg_pool, document_reader, companies
):
    stub, sim = readable_stub
    invoice_id = await _received_from(sim, pg_pool, document_reader, companies[0], PLATFORM_PDF)

    got = await _readable(stub, invoice_id)

    assert (got.source, got.content, got.platform_view) == ("platform", PLATFORM_PDF, "")


async def test_without_a_platform_copy_our_page_is_given_and_says_why(
    readable_stub, pg_pool, document_reader, companies
):
    stub, sim = readable_stub
    invoice_id = await _received_from(sim, pg_pool, document_reader, companies[0], None)

    got = await _readable(stub, invoice_id)

    assert got.source == "gateway" and got.content.startswith(b"%PDF-") and got.content != PLATFORM_PDF
    assert got.platform_view == "the platform has no readable copy of this invoice"
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await _readable(stub, invoice_id, platform_only=True)
    assert refused.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    assert (refused.value.details() or "").startswith("PDP-NO-READABLE-VIEW: ")  # a rule, as every refusal


async def test_a_platform_outage_falls_back_or_is_unavailable_with_retry_info(
    readable_stub, pg_pool, document_reader, companies
):
    from grpc_status import rpc_status

    from tests.support.iopole_simulator import Fault

    stub, sim = readable_stub
    invoice_id = await _received_from(sim, pg_pool, document_reader, companies[0], PLATFORM_PDF)
    sim.faults.push(*(Fault.error(503, endpoint="readable") for _ in range(20)))

    got = await _readable(stub, invoice_id)
    assert got.source == "gateway" and "unavailable" in got.platform_view

    with pytest.raises(grpc.aio.AioRpcError) as unavailable:
        await _readable(stub, invoice_id, platform_only=True)
    assert unavailable.value.code() is grpc.StatusCode.UNAVAILABLE
    status = rpc_status.from_call(unavailable.value)  # AioRpcError: its trailers are already here
    assert any(d.type_url.endswith("google.rpc.RetryInfo") for d in status.details)


async def test_a_platform_slower_than_the_timeout_falls_back_to_our_page(
    readable_stub, pg_pool, document_reader, companies
):
    from tests.support.iopole_simulator import Fault

    stub, sim = readable_stub
    invoice_id = await _received_from(sim, pg_pool, document_reader, companies[0], PLATFORM_PDF)
    sim.faults.push(Fault.slow(10, endpoint="readable"))  # the use case waits 1 s

    got = await _readable(stub, invoice_id)

    assert got.source == "gateway" and "no answer within 1 s" in got.platform_view


async def test_a_platform_copy_that_is_not_a_pdf_is_not_passed_on(
    readable_stub, pg_pool, document_reader, companies
):
    stub, sim = readable_stub
    invoice_id = await _received_from(sim, pg_pool, document_reader, companies[0], b"<html>login page</html>")

    got = await _readable(stub, invoice_id)

    assert got.source == "gateway" and got.platform_view == "the platform's readable copy is not a PDF"


async def test_an_approval_is_checked_against_the_booked_amounts(
    stub, pg_pool, document_reader, companies
) -> None:
    """The received invoice: 747.50 + 149.50 VAT at 20 % = 897.00 (BT-112)."""
    a = companies[0]
    item = await received_by_a(stub, pg_pool, document_reader, companies)

    def approve(total: str, *vat: tuple[str, str], status: int = rpb.BUYER_STATUS_APPROVED, **fields: object):
        booked = rpb.BookedAmounts(total=total, vat=[rpb.BookedVat(vat_rate=r, amount=v) for r, v in vat])
        request = rpb.SetBuyerStatusRequest(invoice_id=item.id, status=status, booked=booked, **fields)
        return stub.SetBuyerStatus(request, metadata=as_company("key-a"))

    # Beyond the default tolerance (0.00): refused, each difference a PreconditionFailure violation.
    call = approve("890.00", ("20", "148.33"))
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call
    assert refused.value.code() is grpc.StatusCode.FAILED_PRECONDITION
    status = await rpc_status.aio.from_call(call)
    failure = error_details_pb2.PreconditionFailure()
    [detail] = status.details
    detail.Unpack(failure)
    assert [(v.type, v.subject) for v in failure.violations] == [
        ("PDP-BOOKS-TOTAL", "BT-112"),
        ("PDP-BOOKS-VAT", "BG-23[20]/BT-117"),
    ]
    assert "booked 890.00, invoiced 897.00 (difference 7.00)" in failure.violations[0].description

    # Asked for: sent as disputed (the total differs) or partially approved, the differences in the answer.
    disputed = await approve("890.00", ("20", "148.33"), on_difference=rpb.ON_BOOKS_DIFFERENCE_DISPUTE)
    partial = await approve(
        "897.00", ("20", "148.33"), on_difference=rpb.ON_BOOKS_DIFFERENCE_PARTIALLY_APPROVE
    )
    assert (disputed.status_code, partial.status_code) == ("207", "206")
    assert [(d.rule_id, d.booked, d.invoiced) for d in disputed.differences] == [
        ("PDP-BOOKS-TOTAL", "890.00", "897.00"),
        ("PDP-BOOKS-VAT", "148.33", "149.50"),
    ]
    assert [d.rule_id for d in partial.differences] == ["PDP-BOOKS-VAT"]

    # Another supplier's tolerance does not apply; this supplier's does: 0.5 % of 897.00 is 4.49 (4.485 half-up),
    # under the 7.00 gap; then 1 % (8.97 on the total, 1.50 on the VAT: 1.495 half-up, over the 1.17 gap) passes.
    await set_books_tolerance(
        functools.partial(PgReceptionUnitOfWork, pg_pool),
        a,
        Decimal("0"),
        percent=Decimal("50"),
        supplier="552100554",
        clock=UtcClock(),
    )
    await set_books_tolerance(
        functools.partial(PgReceptionUnitOfWork, pg_pool),
        a,
        Decimal("0"),
        percent=Decimal("0.5"),
        supplier=item.seller_siren,
        clock=UtcClock(),
    )
    call = approve("890.00", ("20", "148.33"))
    with pytest.raises(grpc.aio.AioRpcError):
        await call
    failure = error_details_pb2.PreconditionFailure()
    (await rpc_status.aio.from_call(call)).details[0].Unpack(failure)
    assert [v.type for v in failure.violations] == ["PDP-BOOKS-TOTAL", "PDP-BOOKS-VAT"]
    assert (
        f"the supplier {item.seller_siren}'s tolerance of 0.5 % (4.49 here)"
        in failure.violations[0].description
    )
    await set_books_tolerance(
        functools.partial(PgReceptionUnitOfWork, pg_pool),
        a,
        Decimal("0"),
        percent=Decimal("1"),
        supplier=item.seller_siren,
        clock=UtcClock(),
    )
    by_supplier = await approve("890.00", ("20", "148.33"))
    assert by_supplier.status_code == "205" and not by_supplier.differences

    # The supplier's own tolerance removed, the company's applies: within it, set by an operator (and audited),
    # approved.
    cleared = await clear_supplier_tolerance(
        functools.partial(PgReceptionUnitOfWork, pg_pool), a, item.seller_siren, clock=UtcClock()
    )
    assert cleared["previous"] == {"amount": "0", "percent": "1"}
    await set_books_tolerance(
        functools.partial(PgReceptionUnitOfWork, pg_pool), a, Decimal("10.00"), clock=UtcClock()
    )
    approved = await approve("890.00", ("20", "148.33"))
    assert approved.status_code == "205" and not approved.differences

    with pytest.raises(grpc.aio.AioRpcError) as wrong_status:
        await approve("897.00", status=rpb.BUYER_STATUS_IN_HAND)
    assert wrong_status.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "PDP-BOOKS-STATUS" in wrong_status.value.details()

    rows = await pg_pool.fetch(
        "SELECT payload FROM outbox WHERE company_siren = $1 AND kind = 'send_status' ORDER BY id", a
    )
    assert [(r["payload"]["code"], r["payload"]["reason"]) for r in rows] == [
        ("207", "MONTANTTOTAL_ERR"),
        ("206", "AUTRE"),
        ("205", ""),  # by the supplier's tolerance
        ("205", ""),
    ]
    assert "booked 890.00, invoiced 897.00" in rows[0]["payload"]["message"]
    audit = await pg_pool.fetch(
        """SELECT details->>'books_tolerance' AS amount, details->>'percent' AS percent, details->>'supplier' AS who
             FROM audit_log WHERE company_siren = $1 AND action = $2 ORDER BY seq""",
        a,
        "settings.books_tolerance_set",
    )
    assert [(r["amount"], r["percent"], r["who"]) for r in audit] == [
        ("0", "50", "552100554"),
        ("0", "0.5", item.seller_siren),
        ("0", "1", item.seller_siren),
        ("10.00", None, None),
    ]


async def test_payments_sent_keep_the_books_and_send_211_when_the_company_says_so(
    stub, pg_pool, document_reader, companies
) -> None:
    """The received invoice: 747.50 + 149.50 VAT at 20 % = 897.00."""
    a = companies[0]
    item = await received_by_a(stub, pg_pool, document_reader, companies)

    def pay(payment_id: str, amount: str, company_key: str = "key-a"):
        request = rpb.RecordPaymentSentRequest(
            invoice_id=item.id, payment_id=payment_id, date="2026-11-20", amount=amount
        )
        return stub.RecordPaymentSent(request, metadata=as_company(company_key))

    first = await pay("out-1", "400.00")  # 211 is off by default: the books move, nothing is sent
    assert (first.settlement.paid, first.settlement.outstanding, first.status_queued) == (
        "400.00",
        "497.00",
        False,
    )
    await set_payment_sent_status(
        functools.partial(PgReceptionUnitOfWork, pg_pool), a, True, clock=UtcClock()
    )
    second = await pay("out-2", "497.00")
    assert second.status_queued and second.settlement.outstanding == "0.00"
    replay = await pay("out-2", "497.00")
    assert replay.replayed and replay.settlement.paid == "897.00"
    with pytest.raises(grpc.aio.AioRpcError) as over:
        await pay("out-3", "0.01")
    assert (
        over.value.code() is grpc.StatusCode.FAILED_PRECONDITION and "PAY-OVERPAYMENT" in over.value.details()
    )
    reversal = await pay("out-1-back", "-400.00")  # a reversal sends no 211
    assert not reversal.status_queued and reversal.settlement.outstanding == "400.00"
    with pytest.raises(grpc.aio.AioRpcError) as other:
        await pay("out-4", "1.00", company_key="key-b")
    assert other.value.code() is grpc.StatusCode.NOT_FOUND

    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-a")
    )
    assert [(r.vat_rate, r.paid, r.outstanding) for r in got.invoice.settlement.rates] == [
        ("20", "497.00", "400.00")
    ]
    assert [(e.kind, e.status_code) for e in got.history if e.kind in ("PAYMENT", "STATUS_QUEUED")] == [
        ("PAYMENT", ""),
        ("STATUS_QUEUED", "211"),
        ("PAYMENT", ""),
        ("PAYMENT", ""),
    ]
    rows = await pg_pool.fetch(
        "SELECT payload FROM outbox WHERE kind = 'send_status' AND payload->>'received_invoice_id' = $1",
        item.id,
    )
    assert [(r["payload"]["code"], r["payload"]["amount"]) for r in rows] == [("211", "497.00")]
    # One audit entry per payment, with its facts (its events, received..., are there too).
    actions = await pg_pool.fetch(
        """SELECT action, details->>'amount' AS amount, details->>'reversal' AS rev FROM audit_log
            WHERE company_siren = $1 AND subject_type = 'received_invoice' AND action LIKE '%payment%'
            ORDER BY seq""",
        a,
    )
    assert [(r["action"], r["rev"]) for r in actions] == [
        ("received_invoice.payment", "false"),
        ("received_invoice.payment", "false"),
        ("received_invoice.payment", "true"),
    ]


async def test_parked_deliveries_page_with_tokens_bound_to_their_listing_and_company(
    stub, pg_pool, companies
) -> None:
    a, _b = companies
    for n in range(3):
        await pg_pool.execute(
            """INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body, state, company_siren)
               VALUES ('iopole', 'webhook', 'invoice', $1, '\\x00', 'PARKED', $2)""",
            f"parked-{uuid.uuid4()}-{n}",
            a,
        )
    first = await stub.ListParkedDeliveries(
        rpb.ListParkedDeliveriesRequest(page_size=2), metadata=as_company("key-a")
    )
    assert len(first.deliveries) == 2 and first.next_page_token
    assert not first.next_page_token.isdigit()  # not a bare id: a token names its listing, as the others do
    second = await stub.ListParkedDeliveries(
        rpb.ListParkedDeliveriesRequest(page_size=2, page_token=first.next_page_token),
        metadata=as_company("key-a"),
    )
    assert len(second.deliveries) == 1 and not second.next_page_token
    assert second.deliveries[0].id > first.deliveries[1].id

    async def refused(request: rpb.ListParkedDeliveriesRequest, key: str) -> str:
        with pytest.raises(grpc.aio.AioRpcError) as error:
            await stub.ListParkedDeliveries(request, metadata=as_company(key))
        assert error.value.code() is grpc.StatusCode.INVALID_ARGUMENT, error.value.details()
        return error.value.details() or ""

    other_company = rpb.ListParkedDeliveriesRequest(page_size=2, page_token=first.next_page_token)
    assert "another List method" in await refused(other_company, "key-b")
    bare_id = rpb.ListParkedDeliveriesRequest(page_token=str(first.deliveries[1].id))
    assert "earlier version" in await refused(bare_id, "key-a")
    received = await stub.ListReceivedInvoices(
        rpb.ListReceivedInvoicesRequest(), metadata=as_company("key-a")
    )
    assert not received.next_page_token  # (no token to cross with; the unit tests cross the shapes)


async def test_another_company_cannot_act_on_a_received_invoice_by_its_id(
    stub, pg_pool, document_reader, companies
) -> None:
    item = await received_by_a(stub, pg_pool, document_reader, companies)
    queued_before = await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'")
    calls = {
        "SetBuyerStatus": stub.SetBuyerStatus(
            rpb.SetBuyerStatusRequest(invoice_id=item.id, status=rpb.BUYER_STATUS_APPROVED, request_id="r-1"),
            metadata=as_company("key-b"),
        ),
        "RecordPaymentSent": stub.RecordPaymentSent(
            rpb.RecordPaymentSentRequest(
                invoice_id=item.id, payment_id="OUT-1", date="2026-11-20", amount="10.00"
            ),
            metadata=as_company("key-b"),
        ),
        "GetReceivedInvoiceReadable": stub.GetReceivedInvoiceReadable(
            rpb.GetReceivedInvoiceReadableRequest(invoice_id=item.id), metadata=as_company("key-b")
        ),
    }
    for method, call in calls.items():
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await call
        assert refused.value.code() is grpc.StatusCode.NOT_FOUND, (method, refused.value.details())
    assert await pg_pool.fetchval("SELECT count(*) FROM outbox WHERE kind = 'send_status'") == queued_before
    assert await pg_pool.fetchval("SELECT count(*) FROM invoice_payments WHERE payment_id = 'OUT-1'") == 0
    got = await stub.GetReceivedInvoice(
        rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=as_company("key-a")
    )
    assert [e.kind for e in got.history] == ["RECEIVED"]
