"""InvoiceService through a real gRPC server and a real PostgreSQL."""

from __future__ import annotations

import asyncio

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from domain.emission import ProcessingState
from domain.invoice import DocumentType
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc.mapping import invoice_to_proto
from service.wiring.container import INVOICE_SERVICE
from tests.builders import FRENCH_NOTES
from tests.e2e.grpc_client import Company, GatewayClient, expect_error, invoice_of
from tests.random_refs import random_request_id

# --- authentication -----------------------------------------------------------------------------------------


async def test_a_call_without_api_key_is_unauthenticated(client: GatewayClient):
    error = await expect_error(client.list(), grpc.StatusCode.UNAUTHENTICATED)
    assert "API key" in error.message


async def test_a_call_with_an_unknown_key_is_unauthenticated(client: GatewayClient):
    await expect_error(client.as_("pdpg_" + "x" * 43).list(), grpc.StatusCode.UNAUTHENTICATED)


async def test_a_revoked_key_no_longer_authenticates(client: GatewayClient, company: Company, container):
    from service.wiring.server import resolve

    keys = await resolve(container.api_keys)
    as_company = client.as_(company)
    await as_company.list()
    [listed] = await keys.list(company.siren)
    assert (await keys.revoke(company.siren, listed["id"]))["revoked"]

    await expect_error(as_company.list(), grpc.StatusCode.UNAUTHENTICATED)


async def test_a_watch_opened_with_a_key_ends_unauthenticated_once_the_key_is_revoked(container):
    from service.cli.client import MESSAGE_LIMITS
    from service.wiring.server import build_server, resolve
    from tests.e2e.conftest import new_company

    company = await new_company(container)
    keys = await resolve(container.api_keys)
    server, port = await build_server(container, "127.0.0.1:0", key_recheck_s=0.05)
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}", options=MESSAGE_LIMITS) as channel:
            as_company = GatewayClient(channel).as_(company)
            stream = as_company.watch(after_event_id=0)
            submitted = await as_company.submit(invoice_of(company))
            first = await asyncio.wait_for(stream.read(), timeout=30)
            assert first.event.invoice_id == submitted.invoice.id
            [listed] = await keys.list(company.siren)
            assert (await keys.revoke(company.siren, listed["id"]))["revoked"]

            # the stream stays idle (no event comes): only its key's check can end it
            await expect_error(asyncio.wait_for(stream.read(), timeout=30), grpc.StatusCode.UNAUTHENTICATED)
    finally:
        await server.stop(None)


async def test_health_and_reflection_answer_without_a_key(channel: grpc.aio.Channel):
    health = health_pb2_grpc.HealthStub(channel)
    for service in ("", INVOICE_SERVICE):
        reply = await health.Check(health_pb2.HealthCheckRequest(service=service))
        assert reply.status == health_pb2.HealthCheckResponse.SERVING

    reflection = reflection_pb2_grpc.ServerReflectionStub(channel)
    call = reflection.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")]))
    reply = await call.read()
    assert INVOICE_SERVICE in {s.name for s in reply.list_services_response.service}


# --- tenancy ------------------------------------------------------------------------------------------------


async def test_another_companys_invoice_is_not_found(
    client: GatewayClient, company: Company, other_company: Company
):
    submitted = await client.as_(company).submit(invoice_of(company))
    invoice_id = submitted.invoice.id

    await expect_error(client.as_(other_company).get(invoice_id), grpc.StatusCode.NOT_FOUND)
    await expect_error(client.as_(other_company).history(invoice_id), grpc.StatusCode.NOT_FOUND)
    assert (await client.as_(other_company).list()).invoices == []
    assert (await client.as_(company).get(invoice_id)).invoice.id == invoice_id


async def test_a_company_cannot_submit_an_invoice_issued_by_another(
    client: GatewayClient, company: Company, other_company: Company
):
    error = await expect_error(
        client.as_(other_company).submit(invoice_of(company)), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert "PDPG-ISSUER" in error.rule_ids


# --- rejections ---------------------------------------------------------------------------------------------


async def test_a_rejected_invoice_lists_every_broken_rule_as_a_field_violation(
    client: GatewayClient, company: Company
):
    invoice = invoice_of(company, notes=FRENCH_NOTES[2:], type_code=DocumentType.CREDIT_NOTE)

    error = await expect_error(client.as_(company).submit(invoice), grpc.StatusCode.INVALID_ARGUMENT)

    assert {"BR-FR-05_BT-22_PMT", "BR-FR-05_BT-22_PMD", "BR-FR-CO-05_BT-3"} <= set(error.rule_ids)
    assert error.reasons and error.reasons[0] in error.rule_ids
    assert all(field for field, _ in error.violations)


async def test_malformed_values_are_rejected_with_their_path_and_business_term(
    client: GatewayClient, company: Company
):
    message = invoice_to_proto(invoice_of(company, lines=2))
    message.lines[1].quantity = "1,5"
    message.issue_date = "2026-13-01"

    error = await expect_error(client.as_(company).submit(message), grpc.StatusCode.INVALID_ARGUMENT)

    assert sorted(error.violations) == [
        ("issue_date (BT-2)", "PDP-DATE: '2026-13-01' is not a calendar date written YYYY-MM-DD"),
        ("lines[1].quantity (BT-129)", "PDP-DECIMAL: '1,5' is not a decimal number such as \"1234.50\""),
    ]


async def test_validate_reports_findings_without_storing(client: GatewayClient, company: Company):
    reply = await client.as_(company).validate(invoice_of(company, notes=()))

    assert not reply.valid
    assert {"BR-FR-05_BT-22_PMT", "BR-FR-05_BT-22_PMD", "BR-FR-05_BT-22_AAB"} <= {
        f.rule_id for f in reply.findings
    }
    assert reply.invoice.totals.tax_inclusive  # computed totals come back
    assert (await client.as_(company).list()).invoices == []


async def test_submit_echoes_what_was_computed_unless_the_full_invoice_is_asked_for(
    client: GatewayClient, company: Company
):
    invoice = invoice_of(company)
    basic = (await client.as_(company).submit(invoice)).invoice
    other = invoice_of(company)
    full = (await client.as_(company).submit(other, view=pb.INVOICE_VIEW_FULL)).invoice

    assert basic.state and basic.invoice.number == invoice.number
    assert basic.invoice.totals.tax_inclusive and basic.invoice.vat_breakdown  # BG-22 and BG-23, computed
    assert not basic.invoice.lines and not basic.invoice.HasField("seller")  # the caller sent those
    assert (
        len(full.invoice.lines) == len(other.lines)
        and full.invoice.seller.legal_registration.value == company.siren
    )
    assert (
        full.invoice.totals.tax_inclusive == basic.invoice.totals.tax_inclusive
    )  # same builder, same amounts


async def test_an_unknown_view_is_invalid_argument(client: GatewayClient, company: Company):
    error = await expect_error(
        client.as_(company).submit(invoice_of(company), view=7), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert error.rule_ids == ["PDP-VIEW"]


# --- idempotency --------------------------------------------------------------------------------------------


async def test_the_same_request_with_the_same_content_returns_the_same_invoice(
    client: GatewayClient, company: Company
):
    invoice, request_id = invoice_of(company), random_request_id()
    first = await client.as_(company).submit(invoice, request_id)
    again = await client.as_(company).submit(invoice, request_id)

    assert again.invoice.id == first.invoice.id
    assert len((await client.as_(company).list()).invoices) == 1


async def test_the_same_request_id_with_other_content_is_already_exists(
    client: GatewayClient, company: Company
):
    request_id = random_request_id()
    await client.as_(company).submit(invoice_of(company), request_id)

    error = await expect_error(
        client.as_(company).submit(invoice_of(company, lines=3), request_id), grpc.StatusCode.ALREADY_EXISTS
    )
    assert error.reasons == ["REQUEST_ID_REUSED"]


# --- reading ------------------------------------------------------------------------------------------------


async def test_list_pages_through_every_invoice_once(client: GatewayClient, company: Company):
    as_company = client.as_(company)
    submitted = {(await as_company.submit(invoice_of(company))).invoice.id for _ in range(5)}

    seen, token, pages = [], "", 0
    while True:
        page = await as_company.list(page_size=2, page_token=token)
        seen += [i.id for i in page.invoices]
        pages, token = pages + 1, page.next_page_token
        if not token:
            break

    assert pages == 3
    assert sorted(seen) == sorted(submitted)


async def test_list_filters_by_state_and_refuses_a_forged_page_token(client: GatewayClient, company: Company):
    as_company = client.as_(company)
    await as_company.submit(invoice_of(company))
    accepted = pb.ProcessingState.Value("PROCESSING_STATE_ACCEPTED")
    sent = pb.ProcessingState.Value("PROCESSING_STATE_SENT")

    assert len((await as_company.list(states=[accepted])).invoices) == 1
    assert (await as_company.list(states=[sent])).invoices == []
    error = await expect_error(as_company.list(page_token="forged"), grpc.StatusCode.INVALID_ARGUMENT)
    assert error.violations[0][0] == "page_token"


async def test_history_starts_with_submitted(client: GatewayClient, company: Company):
    as_company = client.as_(company)
    invoice_id = (await as_company.submit(invoice_of(company))).invoice.id

    history = await as_company.history(invoice_id)

    assert [e.kind for e in history.events][:1] == ["SUBMITTED"]
    assert history.events[0].state == pb.ProcessingState.Value(
        f"PROCESSING_STATE_{ProcessingState.ACCEPTED.name}"
    )


async def test_watch_receives_the_submitted_event(client: GatewayClient, company: Company):
    as_company = client.as_(company)
    stream = as_company.watch(after_event_id=0)
    try:
        submitted = await as_company.submit(invoice_of(company))
        reply = await asyncio.wait_for(stream.read(), timeout=10)
    finally:
        stream.cancel()

    assert reply.event.kind == "SUBMITTED"
    assert reply.event.invoice_id == submitted.invoice.id
    assert reply.event.event_id > 0


async def test_a_submission_without_request_id_is_rejected_with_the_gateway_rule(
    client: GatewayClient, company: Company
):
    from pdpgateway.v1 import invoice_service_pb2 as svc

    request = svc.SubmitInvoiceRequest(invoice=invoice_to_proto(invoice_of(company)))
    call = client.as_(company).stub.SubmitInvoice(request, metadata=client.as_(company).metadata)
    error = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
    assert error.rule_ids == ["PDPG-REQUEST-ID"]


async def test_every_call_carries_a_request_id_back_its_own_or_a_fresh_one(
    client: GatewayClient, company: Company
):
    as_company = client.as_(company)

    async def request_id_of(*extra: tuple[str, str]) -> str:
        call = as_company.stub.ListInvoices(
            svc.ListInvoicesRequest(), metadata=(*as_company.metadata, *extra)
        )
        await call
        return dict(await call.trailing_metadata())["x-request-id"]

    assert await request_id_of(("x-request-id", "billing-42.a:b")) == "billing-42.a:b"
    generated = {await request_id_of() for _ in range(3)}
    assert len(generated) == 3 and all(generated)
    assert await request_id_of(("x-request-id", "no spaces allowed")) not in ("no spaces allowed", "")
