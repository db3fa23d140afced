"""A payment recorded on an international sale (RecordPayment) feeds the period's payments declaration, which reaches
an AFNOR XP Z12-013 platform as an FRR flow: flux 10.2 with the invoice's number and the amount collected per VAT
rate, valid against the official flux 10 artifacts (real gRPC server, production container, AFNOR simulator over
HTTP). A domestic e-invoice's payments are reported by their 212s instead (test_payments_e2e)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace

import grpc
import pytest
from dependency_injector import providers
from lxml import etree

from adapters.documents.validation import OfficialValidator
from domain.invoice import Identifier, ProcessingRule
from pdpgateway.v1 import reporting_service_pb2 as rpb
from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
from service.wiring.container import Container
from service.wiring.server import Runner
from tests.builders import a_line
from tests.e2e.grpc_client import GatewayClient, invoice_of
from tests.e2e.test_payments_e2e import record
from tests.e2e.test_records_services import auth
from tests.e2e.test_retry_and_status import submitted_until
from tests.e2e.test_transmission_e2e import Gateway, configure
from tests.support.pipeline import fresh_database
from tests.support.reporting_data import german_buyer
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.webhooks import AFNOR_FLOW_PATH, AFNOR_KEY

NOVEMBER_PAYMENTS = rpb.PeriodSelector(
    regime=rpb.VAT_REGIME_REAL_MONTHLY, kind=rpb.REPORT_KIND_PAYMENTS, day="2026-11-20"
)


@pytest.fixture(scope="module")
async def afnor(database_dsn: str) -> AsyncIterator[tuple[Gateway, AfnorSimulator]]:
    sim = AfnorSimulator(lifecycle_after_ack=True).start()
    async with fresh_database(database_dsn) as pool:
        container = Container()
        container.database_url.override(providers.Object(database_dsn))  # never the default data folder
        container.db_pool.override(providers.Object(pool))
        configure(container, "afnor", sim)
        runner = Runner(container)
        try:
            await runner.start()
            sim.add_webhook(f"http://127.0.0.1:{runner.http_port}{AFNOR_FLOW_PATH}", signing_key=AFNOR_KEY)
            async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
                yield Gateway("afnor", container, GatewayClient(channel), sim), sim
        finally:
            await runner.stop()
            sim.stop()
            container.reset_override()


async def test_a_recorded_payment_reaches_the_afnor_platform_in_the_payments_declaration(afnor) -> None:  # type: ignore[no-untyped-def]
    gw, sim = afnor
    company = await gw.company()
    client = gw.client.as_(company)
    invoice = invoice_of(company).evolve(
        processing_rule=ProcessingRule.B2B_INT,
        buyer=replace(german_buyer(), electronic_address=Identifier("kunde@example.de", "EM")),  # BR-FR-12
        lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5")),
    )
    # Kept off the platform (NOT_TRANSMITTED), still rendered and validated for the archive.
    invoice_id, _ = await submitted_until(client, invoice, lambda e: e.kind == "VALIDATED")
    paid = await record(client, invoice_id, "bank-1", "500.00")
    assert paid.reported

    reporting = rpb_grpc.ReportingServiceStub(gw.client.channel)
    submitted = await reporting.SubmitDeclaration(
        rpb.SubmitDeclarationRequest(period=NOVEMBER_PAYMENTS), metadata=auth(company)
    )
    for _ in range(300):
        listed = await reporting.ListDeclarations(rpb.ListDeclarationsRequest(), metadata=auth(company))
        if listed.declarations[0].status != rpb.DECLARATION_STATUS_SUBMITTED:
            break
        await asyncio.sleep(0.1)

    assert listed.declarations[0].status == rpb.DECLARATION_STATUS_ACCEPTED, listed.declarations[0]
    [flow] = [f for f in sim.out_flows("FRR") if f.tracking_id.startswith(submitted.declaration.id)]
    assert (
        flow.flow_type == "UnitaryCustomerPaymentReport"
        and sim.frr_deposits_per_tracking()[flow.tracking_id] == 1
    )
    root = etree.fromstring(flow.content)
    [payment] = root.findall("PaymentsReport/Invoice")
    assert payment.findtext("InvoiceID") == invoice.number
    assert payment.findtext("Payment/Date") == "20261120"
    assert [
        (s.findtext("TaxPercent"), s.findtext("Amount")) for s in payment.iterfind("Payment/SubTotals")
    ] == [
        ("5.5", "74.77"),
        ("20", "425.23"),
    ]
    assert OfficialValidator().validate_flux10(flow.content).valid
