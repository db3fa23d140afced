"""Transmission through the production container: SubmitInvoice on the real gRPC server, the container's pipeline
renders, validates and sends, the selected platform's lifecycle comes back as STATUS events.

Parametrized over PDP_PROVIDER: the in-process sandbox (statuses through its on_status callback), IOPOLE and
AFNOR XP Z12-013 (the adapters over real HTTP against the local simulators, whose signed callbacks are POSTed to
the gateway's own webhook routes and processed by its inbox worker; AFNOR's acknowledgement gives 200 and its
lifecycle flows carry CDAR messages). Each platform gets a fresh database, so the
dispatcher only sees this module's invoices.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

import grpc
import pytest
from dependency_injector import providers

from adapters.documents.cii_writer import render_cii
from domain.identifiers import french_vat_number
from domain.platform import SubmissionQuery
from domain.totals import compute_totals
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import reception_service_pb2 as rsvc
from pdpgateway.v1.reception_service_pb2_grpc import ReceptionServiceStub
from service.wiring.container import Container
from service.wiring.server import Runner, resolve
from tests.builders import a_buyer, a_line, an_invoice
from tests.e2e.grpc_client import Company, GatewayClient, invoice_of
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.iopole_app import IopoleSimulator
from tests.support.webhooks import (
    AFNOR_FLOW_PATH,
    AFNOR_KEY,
    IOPOLE_INVOICE_PATH,
    IOPOLE_SECRET,
    IOPOLE_STATUS_PATH,
)

EVENT_TIMEOUT_S = 120.0  # bound on waiting for one invoice's lifecycle (the official layers run first)
# The last status each platform plays on the happy path (sandbox: 200..204; simulator: 200..203).
LAST_STATUS = {"sandbox": "204", "iopole": "203", "afnor": "203"}


@dataclass
class Gateway:
    provider: str
    container: Container
    client: GatewayClient
    sim: IopoleSimulator | AfnorSimulator | None

    async def company(self) -> Company:
        keys = await resolve(self.container.api_keys)
        siren = random_siren()
        return Company(siren, (await keys.create(siren, "e2e"))["secret"])


def configure(container: Container, provider: str, sim: IopoleSimulator | AfnorSimulator | None) -> None:
    afnor = {}
    if isinstance(sim, AfnorSimulator):
        env = sim.env()
        afnor = {k.removeprefix("AFNOR_").lower(): v for k, v in env.items() if k in sim_settings(env)}
    iopole = (
        {}
        if not isinstance(sim, IopoleSimulator)
        else {
            "env": "sandbox",
            "api_base": sim.base_url,
            "auth_url": sim.token_url,
            "client_id": sim.client_id,
            "client_secret": sim.client_secret,
            "customer_id": sim.customer_id,
        }
    )
    container.config.from_dict(
        {
            "grpc": {"host": "127.0.0.1", "port": 0, "grace_s": 2},
            "http": {"host": "127.0.0.1", "port": 0},
            "pdp": {
                "provider": provider,
                "sandbox_step_delay_s": 0,
                # The happy path only (make run draws a few 213 / 221).
                "sandbox_rejection_share": 0,
                "sandbox_routing_error_share": 0,
                "iopole": iopole,
                "afnor": afnor,
            },
            "pipeline": {"workers": 1, "poll_interval_s": 0.5, "stop_grace_s": 5},
            "reception": {
                "webhook_keys": {
                    "IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET,
                    "AFNOR_WEBHOOK_SIGNING_KEY": AFNOR_KEY,
                },
                "poll_interval_s": 3600,
            },
        }
    )


def sim_settings(env: dict[str, str]) -> set[str]:
    """The AFNOR_* names the pdp.afnor config section holds (the webhook key sits in the reception section)."""
    return {k for k in env if k not in ("AFNOR_WEBHOOK_SIGNING_KEY", "AFNOR_SIGNATURE_DIGEST")}


def simulator(provider: str) -> IopoleSimulator | AfnorSimulator | None:
    if provider == "iopole":
        return IopoleSimulator(webhook_secret=IOPOLE_SECRET, auto_lifecycle_delay=0.05).start()
    if provider == "afnor":
        return AfnorSimulator(lifecycle_after_ack=True).start()
    return None


@pytest.fixture(scope="module", params=["sandbox", "iopole", "afnor"])
async def gateway(request: pytest.FixtureRequest, database_dsn: str) -> AsyncIterator[Gateway]:
    provider = request.param
    async with fresh_database(database_dsn) as pool:
        sim = simulator(provider)
        container = Container()
        container.database_url.override(providers.Object(database_dsn))  # never the default data folder
        container.db_pool.override(providers.Object(pool))
        configure(container, provider, sim)
        runner = Runner(container)
        try:
            await runner.start()
            # The simulator calls our webhook route back, signed with the shared secret / the subscription's key.
            if isinstance(sim, IopoleSimulator):
                sim.callback_url = f"http://127.0.0.1:{runner.http_port}{IOPOLE_STATUS_PATH}"
                sim.invoice_callback_url = f"http://127.0.0.1:{runner.http_port}{IOPOLE_INVOICE_PATH}"
            elif isinstance(sim, AfnorSimulator):
                sim.add_webhook(
                    f"http://127.0.0.1:{runner.http_port}{AFNOR_FLOW_PATH}", signing_key=AFNOR_KEY
                )
            async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
                yield Gateway(provider, container, GatewayClient(channel), sim)
        finally:
            await runner.stop()
            if sim is not None:
                sim.stop()
            container.reset_override()


async def events_until(stream: Any, invoice_id: str, done: Any) -> list[pb.InvoiceEvent]:
    """This invoice's events from the live stream, until `done(event)` holds (bounded)."""
    seen: list[pb.InvoiceEvent] = []
    async with asyncio.timeout(EVENT_TIMEOUT_S):
        while True:
            reply = await stream.read()
            assert reply is not grpc.aio.EOF, "the event stream ended"
            if reply.event.invoice_id != invoice_id:
                continue
            seen.append(reply.event)
            if done(reply.event):
                return seen


async def test_a_submitted_invoice_is_validated_sent_once_and_follows_the_platform_lifecycle(
    gateway: Gateway,
) -> None:
    company = await gateway.company()
    client = gateway.client.as_(company)
    stream = client.watch(after_event_id=0)
    last = LAST_STATUS[gateway.provider]
    try:
        submitted = await client.submit(invoice_of(company))
        invoice_id = submitted.invoice.id
        events = await events_until(
            stream, invoice_id, lambda e: e.kind == "STATUS" and e.status_code == last
        )
    finally:
        stream.cancel()

    kinds = [e.kind for e in events]
    assert kinds[:2] == ["SUBMITTED", "VALIDATED"], kinds
    assert events[1].state == pb.PROCESSING_STATE_READY
    assert "SENT" in kinds and kinds.index("SENT") < kinds.index("STATUS")
    codes = [e.status_code for e in events if e.kind == "STATUS"]
    assert sorted(codes) == [str(c) for c in range(200, int(last) + 1)], codes

    got = (await client.get(invoice_id)).invoice
    assert got.state == pb.PROCESSING_STATE_SENT
    assert got.lifecycle_code == last
    assert got.platform_id and len(got.document_sha256) == 64
    if gateway.sim is not None:
        assert gateway.sim.upload_count(got.document_sha256) == 1
    else:
        pdp = (await resolve(gateway.container.platform)).gateway
        assert len(await pdp.find_submissions(SubmissionQuery(sha256=got.document_sha256))) == 1
    archived = await _archived(gateway, company.siren, invoice_id)
    # The document sent is in the legal archive, byte for byte; so is each status message the platform called us with.
    assert archived.get("emitted_invoice") == [got.document_sha256]
    if gateway.sim is not None:
        assert len(archived.get("status_message", [])) == len(codes)


async def test_an_invoice_failing_an_official_layer_ends_invalid_and_is_never_uploaded(
    gateway: Gateway,
) -> None:
    company = await gateway.company()
    client = gateway.client.as_(company)
    stream = client.watch(after_event_id=0)
    try:
        # BT-23 "S9" is no French business process (BR-FR-08): the domain lets it through, the official
        # BR-FR layer refuses it.
        submitted = await client.submit(invoice_of(company, business_process="S9"))
        invoice_id = submitted.invoice.id
        events = await events_until(stream, invoice_id, lambda e: e.kind in ("INVALID", "SENT", "FAILED"))
    finally:
        stream.cancel()

    assert events[-1].kind == "INVALID", [(e.kind, e.detail) for e in events]
    assert any(f.rule_id.startswith("BR-FR") for f in events[-1].findings)
    got = (await client.get(invoice_id)).invoice
    assert got.state == pb.PROCESSING_STATE_INVALID and not got.platform_id
    if gateway.sim is not None:
        assert gateway.sim.upload_count(got.document_sha256) == 0
    else:
        pdp = (await resolve(gateway.container.platform)).gateway
        assert await pdp.find_submissions(SubmissionQuery(sha256=got.document_sha256)) == []
    pool = await resolve(gateway.container.db_pool)
    assert (
        await pool.fetchval("SELECT count(*) FROM submissions WHERE invoice_id = $1::uuid", invoice_id) == 0
    )


async def _archived(gateway: Gateway, company: str, invoice_id: str) -> dict[str, list[str]]:
    """sha256 of the archived documents of an invoice, by archive kind."""
    pool = await resolve(gateway.container.db_pool)
    rows = await pool.fetch(
        "SELECT kind, sha256 FROM archive_items WHERE company_siren = $1 AND invoice_id = $2",
        company,
        invoice_id,
    )
    found: dict[str, list[str]] = {}
    for row in rows:
        found.setdefault(row["kind"], []).append(row["sha256"])
    return found


async def _platform_got(gateway: Gateway, platform_id: str, number: str, code: str) -> bool:
    """Whether the platform received our status `code` on the invoice (each simulator's own record of it)."""
    if isinstance(gateway.sim, AfnorSimulator):
        return (number, code) in gateway.sim.sent_statuses()
    if isinstance(gateway.sim, IopoleSimulator):
        label = {"211": "PAYMENT_SENT", "212": "PAYMENT_RECEIVED", "205": "APPROVED"}[code]
        return any(
            pid == platform_id and body.get("code") == label for pid, body in gateway.sim.sent_statuses
        )
    pdp = (await resolve(gateway.container.platform)).gateway
    return any(s.code == code for s in pdp.sent_statuses(platform_id))


async def _until(check: Any) -> None:
    async with asyncio.timeout(EVENT_TIMEOUT_S):
        while not await check():
            await asyncio.sleep(0.1)


async def test_a_status_we_send_about_a_sent_invoice_reaches_its_platform(gateway: Gateway) -> None:
    company = await gateway.company()
    client = gateway.client.as_(company)
    stream = client.watch(after_event_id=0)
    last = LAST_STATUS[gateway.provider]
    try:
        invoice_id = (await client.submit(invoice_of(company))).invoice.id
        await events_until(stream, invoice_id, lambda e: e.kind == "STATUS" and e.status_code == last)
    finally:
        stream.cancel()
    got = (await client.get(invoice_id)).invoice

    await client.stub.SetInvoiceStatus(
        svc.SetInvoiceStatusRequest(invoice_id=invoice_id, code="211", amount="1200.00"),
        metadata=client.metadata,
    )

    await _until(lambda: _platform_got(gateway, got.platform_id, got.invoice.number, "211"))


def _inbound_platform(gateway: Gateway) -> IopoleSimulator | AfnorSimulator:
    if gateway.sim is None:
        pytest.skip("the sandbox delivers no supplier invoices (nothing arrives by webhook)")
    return gateway.sim


async def _deliver_inbound(
    sim: IopoleSimulator | AfnorSimulator, content: bytes, *, notify: bool = True
) -> str:
    """A supplier's invoice for one of our companies, at the platform; announced by its webhook unless `notify` is
    False (the webhook lost on the way)."""
    return await sim.deliver_inbound(content, "supplier.xml", notify=notify)


async def _received(gateway: Gateway, company: Company) -> list[Any]:
    reception = ReceptionServiceStub(gateway.client.channel)
    metadata = gateway.client.as_(company).metadata
    answer = await reception.ListReceivedInvoices(rsvc.ListReceivedInvoicesRequest(), metadata=metadata)
    return list(answer.invoices)


def _supplier_invoice_for(company: Company) -> bytes:
    buyer = replace(a_buyer(company.siren), vat_id=french_vat_number(company.siren))
    return render_cii(compute_totals(an_invoice(buyer=buyer)))


async def test_an_inbound_invoice_is_received_and_answered_with_a_buyer_status(gateway: Gateway) -> None:
    sim = _inbound_platform(gateway)
    company = await gateway.company()
    platform_id = await _deliver_inbound(sim, _supplier_invoice_for(company))

    await _until(lambda: _non_empty(lambda: _received(gateway, company)))
    [received] = await _received(gateway, company)
    assert received.platform_invoice_id == platform_id and received.valid
    reception = ReceptionServiceStub(gateway.client.channel)
    await reception.SetBuyerStatus(
        rsvc.SetBuyerStatusRequest(invoice_id=received.id, status=rsvc.BUYER_STATUS_APPROVED),
        metadata=gateway.client.as_(company).metadata,
    )
    await _until(lambda: _platform_got(gateway, platform_id, received.number, "205"))


async def test_an_inbound_invoice_whose_webhook_was_missed_is_caught_up_by_the_platform_search_once(
    gateway: Gateway,
) -> None:
    """The container's own catch-up pollers (IOPOLE notSeen, AFNOR flows/search with updatedAfter): a round finds
    the invoice no webhook announced, and a second round finds nothing new to store."""
    sim = _inbound_platform(gateway)
    company = await gateway.company()
    platform_id = await _deliver_inbound(sim, _supplier_invoice_for(company), notify=False)
    pollers = await resolve(gateway.container.notseen_poller)
    assert [p.name for p in pollers] == [f"catch-up-{gateway.provider}"]

    first = await pollers[0].poll_once()
    await _until(lambda: _non_empty(lambda: _received(gateway, company)))
    again = await pollers[0].poll_once()

    [received] = await _received(gateway, company)
    assert received.platform_invoice_id == platform_id and received.valid
    assert first.stored >= 1 and again.stored == 0


async def _non_empty(fetch: Any) -> bool:
    return bool(await fetch())


async def test_a_status_we_send_shows_in_watch_history_get_and_the_list_filter(gateway: Gateway) -> None:
    """`invoice status 211` on a SENT invoice: once the platform took it, it is the invoice's current status
    everywhere the API shows one (it used to stay in status_history only, the invoice left at its last received
    status)."""
    company = await gateway.company()
    client = gateway.client.as_(company)
    last = LAST_STATUS[gateway.provider]
    stream = client.watch(after_event_id=0)
    try:
        invoice_id = (await client.submit(invoice_of(company))).invoice.id
        await events_until(stream, invoice_id, lambda e: e.kind == "STATUS" and e.status_code == last)
        request = svc.SetInvoiceStatusRequest(invoice_id=invoice_id, code="211", amount="1200.00")
        await client.stub.SetInvoiceStatus(request, metadata=client.metadata)
        [sent] = await events_until(
            stream, invoice_id, lambda e: e.kind == "STATUS" and e.status_code == "211"
        )
    finally:
        stream.cancel()
    assert sent.detail == "sent to the platform: Paiement transmis 1200.00", sent
    history = (await client.history(invoice_id)).events
    assert [e.detail for e in history if e.status_code == "211"][:1] == [sent.detail]
    got = (await client.get(invoice_id)).invoice
    assert (got.state, got.lifecycle_code) == (pb.PROCESSING_STATE_SENT, "211")
    listed = await client.list(lifecycle_codes=["211"], page_size=50)
    assert invoice_id in [i.id for i in listed.invoices]
    assert invoice_id not in [
        i.id for i in (await client.list(lifecycle_codes=[last], page_size=50)).invoices
    ]


async def test_a_payment_over_two_rates_and_its_reversal_reach_the_platform_as_212s(gateway: Gateway) -> None:
    """RecordPayment on every platform: the 212 of a payment over two VAT rates (two MEN blocks in a CDAR, the total
    on IOPOLE), then the negative 212 of its reversal, each in Watch once the platform took it."""
    company = await gateway.company()
    client = gateway.client.as_(company)
    last = LAST_STATUS[gateway.provider]
    # 1000.00 + 200.00 VAT at 20 %, 200.00 + 11.00 VAT at 5.5 %: 1411.00, services (VAT on receipt)
    invoice = invoice_of(company).evolve(
        lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
    )
    stream = client.watch(after_event_id=0)
    try:
        invoice_id = (await client.submit(invoice)).invoice.id
        await events_until(stream, invoice_id, lambda e: e.kind == "STATUS" and e.status_code == last)
        for payment_id, amount in (("bank-1", "500.00"), ("bank-1-bounced", "-500.00")):
            request = svc.RecordPaymentRequest(
                invoice_id=invoice_id, payment_id=payment_id, date="2026-11-20", amount=amount
            )
            answer = await client.stub.RecordPayment(request, metadata=client.metadata)
            assert answer.status_queued, answer
            *_, sent = await events_until(
                stream,
                invoice_id,
                lambda e, amount=amount: (
                    e.kind == "STATUS" and e.status_code == "212" and e.detail.endswith(amount)
                ),
            )
            assert sent.detail == f"sent to the platform: Encaissée {amount}"
    finally:
        stream.cancel()
    got = (await client.get(invoice_id)).invoice
    assert (got.settlement.paid, got.settlement.outstanding) == ("0.00", "1411.00")
