"""RetryInvoice and SetInvoiceStatus on the real gRPC server, with the production container's pipeline and the
in-process sandbox platform: a FAILED invoice is queued again by a call, and a status we send about a SENT invoice
goes through the outbox to the platform. The CLI's `invoice retry` and `invoice status` call the same server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import grpc
import pytest
from dependency_injector import providers

from domain.identifiers import french_vat_number
from domain.invoice import Invoice
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.cli.main import EXIT_OK, EXIT_REFUSED, main
from service.wiring.container import Container
from service.wiring.server import Runner, resolve
from tests.builders import a_buyer
from tests.e2e.grpc_client import Company, GatewayClient, expect_error, invoice_of
from tests.e2e.test_transmission_e2e import LAST_STATUS, Gateway, configure, events_until
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database

PROVIDER = "sandbox"
SENT_TIMEOUT_S = 30.0  # bound on the dispatcher sending one queued status
POLL_S = 0.05


@pytest.fixture(scope="module")
async def gateway(database_dsn: str) -> AsyncIterator[tuple[Gateway, int]]:
    async with fresh_database(database_dsn) as pool:
        container = Container()
        container.database_url.override(providers.Object(database_dsn))  # never the default data folder
        container.db_pool.override(providers.Object(pool))
        configure(container, PROVIDER, None)
        runner = Runner(container)
        try:
            await runner.start()
            async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
                yield Gateway(PROVIDER, container, GatewayClient(channel), None), runner.grpc_port
        finally:
            await runner.stop()
            container.reset_override()


def unreachable_invoice(company: Company) -> Invoice:
    """A buyer absent from the platform's directory: the pipeline stops before sending (PDP-UNREACHABLE)."""
    siren = random_siren()
    return invoice_of(company, buyer=replace(a_buyer(siren), vat_id=french_vat_number(siren)))


def retry(client: GatewayClient, invoice_id: str) -> Any:
    return client.stub.RetryInvoice(svc.RetryInvoiceRequest(invoice_id=invoice_id), metadata=client.metadata)


def set_status(client: GatewayClient, invoice_id: str, **fields: str) -> Any:
    request = svc.SetInvoiceStatusRequest(invoice_id=invoice_id, **fields)
    return client.stub.SetInvoiceStatus(request, metadata=client.metadata)


async def submitted_until(
    client: GatewayClient, invoice: Any, done: Any
) -> tuple[str, list[pb.InvoiceEvent]]:
    stream = client.watch(after_event_id=0)
    try:
        invoice_id = (await client.submit(invoice)).invoice.id
        return invoice_id, await events_until(stream, invoice_id, done)
    finally:
        stream.cancel()


async def sent_invoice(gw: Gateway) -> tuple[GatewayClient, str]:
    """A new company's client and one of its invoices, SENT."""
    company = await gw.company()
    client = gw.client.as_(company)
    invoice_id, _ = await submitted_until(client, invoice_of(company), lambda e: e.kind == "SENT")
    return client, invoice_id


async def sent_statuses(gw: Gateway, platform_id: str, count: int) -> list[Any]:
    """The statuses the sandbox platform received for a submission, once there are `count` (bounded poll: the
    dispatcher records no event for a status it sends)."""
    pdp = (await resolve(gw.container.platform)).gateway
    async with asyncio.timeout(SENT_TIMEOUT_S):
        while len(found := pdp.sent_statuses(platform_id)) < count:
            await asyncio.sleep(POLL_S)
    return found


async def test_a_failed_invoice_is_queued_again_by_a_call(gateway: tuple[Gateway, int]) -> None:
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    unreachable = unreachable_invoice(company)
    invoice_id, events = await submitted_until(client, unreachable, lambda e: e.kind in ("FAILED", "SENT"))
    assert events[-1].kind == "FAILED" and "PDP-UNREACHABLE" in events[-1].detail, events[-1]

    stream = client.watch(after_event_id=events[-1].event_id)
    try:
        retried = (await retry(client, invoice_id)).invoice
        # The validated document is kept: the invoice goes straight back to the dispatcher.
        assert retried.state == pb.PROCESSING_STATE_READY and retried.last_error == ""
        again = await events_until(stream, invoice_id, lambda e: e.kind == "FAILED")
    finally:
        stream.cancel()
    kinds = [e.kind for e in again]
    assert kinds[0] == "RETRY" and len(kinds) > 1, kinds
    assert "PDP-UNREACHABLE" in again[-1].detail  # the cause is still there: it fails the same way
    pool = await resolve(gw.container.db_pool)
    sends = await pool.fetchval(
        "SELECT count(*) FROM outbox WHERE invoice_id = $1::uuid AND kind = 'send'", invoice_id
    )
    assert sends == 2

    # Another company does not see it; a status needs the platform to have the invoice.
    other = gw.client.as_(await gw.company())
    await expect_error(retry(other, invoice_id), grpc.StatusCode.NOT_FOUND)
    refused = await expect_error(
        set_status(client, invoice_id, code="211", amount="1200.00"),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert "SENT" in refused.message and "FAILED" in refused.message
    assert refused.preconditions == ["PDP-STATUS-NOT-SENT"]  # a rule, not an exception's class name


async def test_a_payment_sent_status_on_a_sent_invoice_reaches_the_platform(
    gateway: tuple[Gateway, int],
) -> None:
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    last = LAST_STATUS[PROVIDER]
    invoice_id, _ = await submitted_until(
        client, invoice_of(company), lambda e: e.kind == "STATUS" and e.status_code == last
    )
    platform_id = (await client.get(invoice_id)).invoice.platform_id

    missing_amount = await expect_error(
        set_status(client, invoice_id, code="211"), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert missing_amount.rule_ids == ["PDP-STATUS-AMOUNT"]
    # "-0" went to the platform as "-0": a payment status of zero reports no payment
    zero = await expect_error(
        set_status(client, invoice_id, code="211", amount="-0"), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert zero.rule_ids == ["PDP-STATUS-AMOUNT"]
    bad_amount = await expect_error(
        set_status(client, invoice_id, code="211", amount="1,200"), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert bad_amount.violations[0][0] == "amount"
    not_sendable = await expect_error(
        set_status(client, invoice_id, code="200"), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert not_sendable.rule_ids == ["PDP-STATUS-NOT-SENDABLE"]
    await expect_error(
        set_status(gw.client.as_(await gw.company()), invoice_id, code="211", amount="1200.00"),
        grpc.StatusCode.NOT_FOUND,
    )
    not_failed = await expect_error(retry(client, invoice_id), grpc.StatusCode.FAILED_PRECONDITION)
    assert not_failed.preconditions == ["PDP-INVOICE-STATE"] and not_failed.message.startswith(
        "PDP-INVOICE-STATE: "
    )

    answered = (await set_status(client, invoice_id, code="211", amount="1200.00")).invoice
    assert answered.id == invoice_id and answered.state == pb.PROCESSING_STATE_SENT
    [sent] = await sent_statuses(gw, platform_id, 1)
    assert (sent.code, sent.amount, sent.currency) == ("211", Decimal("1200.00"), "EUR")


async def test_a_payment_received_status_is_refused_naming_record_payment_and_the_books_stay_the_one_count(
    gateway: tuple[Gateway, int],
) -> None:
    # attacker2, on a real serve: 20 distinct 212s of the invoice's whole amount were each queued for the platform
    # (each one a payment the administration's pre-filled VAT counts) while the books said paid 2.00
    gw, _ = gateway
    client, invoice_id = await sent_invoice(gw)
    total = (await client.get(invoice_id)).invoice.settlement.total
    paid = {"code": "212", "amount": total, "vat_rate": "20"}
    refusals = await asyncio.gather(
        *(
            expect_error(
                set_status(client, invoice_id, **paid, request_id=f"bank-{i}"),
                grpc.StatusCode.INVALID_ARGUMENT,
            )
            for i in range(20)
        )
    )
    assert {tuple(r.rule_ids) for r in refusals} == {("PDP-STATUS-PAYMENT",)}
    assert "RecordPayment" in refusals[0].message and "pdp-gateway invoice pay" in refusals[0].message
    no_id = await expect_error(set_status(client, invoice_id, **paid), grpc.StatusCode.INVALID_ARGUMENT)
    assert no_id.rule_ids == ["PDP-STATUS-PAYMENT"]
    pool = await resolve(gw.container.db_pool)
    queued = await pool.fetchval(
        "SELECT count(*) FROM outbox WHERE kind = 'send_status' AND payload->>'invoice_id' = $1", invoice_id
    )
    assert queued == 0
    # the one way to say it: the books count it, and a second one is an over-payment
    await client.stub.RecordPayment(
        svc.RecordPaymentRequest(invoice_id=invoice_id, payment_id="bank-1", date="2026-12-01", amount=total),
        metadata=client.metadata,
    )
    again = await expect_error(
        client.stub.RecordPayment(
            svc.RecordPaymentRequest(
                invoice_id=invoice_id, payment_id="bank-2", date="2026-12-01", amount=total
            ),
            metadata=client.metadata,
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert again.preconditions == ["PAY-OVERPAYMENT"]


async def test_a_status_sent_twenty_times_at_once_under_one_request_id_is_queued_once(
    gateway: tuple[Gateway, int],
) -> None:
    # A busy client retries a call it saw time out: without a request id, each status went to the platform, each one a
    # payment reported (20 concurrent calls queued 20 statuses)
    gw, _ = gateway
    client, invoice_id = await sent_invoice(gw)
    pool = await resolve(gw.container.db_pool)

    async def queued() -> int:
        return int(
            await pool.fetchval(
                "SELECT count(*) FROM outbox WHERE kind = 'send_status' AND payload->>'invoice_id' = $1",
                invoice_id,
            )
        )

    paid = {"code": "211", "amount": "100.00", "request_id": "bank-2026-12-06-001"}
    answers = await asyncio.gather(*(set_status(client, invoice_id, **paid) for _ in range(20)))
    assert {(a.invoice.id, a.invoice.state) for a in answers} == {(invoice_id, pb.PROCESSING_STATE_SENT)}
    assert await queued() == 1

    reused = await expect_error(
        set_status(client, invoice_id, **{**paid, "amount": "200.00"}), grpc.StatusCode.ALREADY_EXISTS
    )
    assert reused.reasons == ["REQUEST_ID_REUSED"]
    too_long = await expect_error(
        set_status(client, invoice_id, **{**paid, "request_id": "r" * 129}), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert too_long.rule_ids == ["PDPG-REQUEST-ID"]
    await set_status(client, invoice_id, **{**paid, "request_id": ""})  # no id: every call queues its own
    assert await queued() == 2


async def test_the_cli_retries_and_sends_a_status(
    gateway: tuple[Gateway, int], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gw, port = gateway
    company = await gw.company()
    client = gw.client.as_(company)
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    target = f"127.0.0.1:{port}"

    async def cli(*argv: str) -> tuple[int, Any]:
        code = await asyncio.to_thread(main, [*argv, "--target", target])
        out = capsys.readouterr().out
        return code, json.loads(out) if out.strip() else None

    failed_id, _ = await submitted_until(
        client, unreachable_invoice(company), lambda e: e.kind in ("FAILED", "SENT")
    )
    code, retried = await cli("invoice", "retry", failed_id)
    assert code == EXIT_OK and retried["invoice"]["state"] == "PROCESSING_STATE_READY"

    sent_id, _ = await submitted_until(client, invoice_of(company), lambda e: e.kind == "SENT")
    code, refused = await cli(
        "invoice", "status", sent_id, "--code", "212", "--amount", "1200.00", "--vat-rate", "20"
    )
    assert code == EXIT_REFUSED and refused["code"] == "INVALID_ARGUMENT"
    assert [f["rule_id"] for f in refused["findings"]] == ["PDP-STATUS-PAYMENT"]
    code, answered = await cli("invoice", "status", sent_id, "--code", "211", "--amount", "1200.00")
    assert code == EXIT_OK and answered["invoice"]["id"] == sent_id
    platform_id = (await client.get(sent_id)).invoice.platform_id
    [sent] = await sent_statuses(gw, platform_id, 1)
    assert sent.code == "211" and sent.amount == Decimal("1200.00")
