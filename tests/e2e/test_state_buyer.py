"""A state buyer end to end on the sandbox platform, through the real gRPC server: its directory entry requires an
engagement number (BT-13), so an invoice without one stops before sending; with one it is rendered, passes every
official layer and is deposited as B2G at the buyer's SIRET. (IOPOLE and AFNOR: tests/e2e/test_two_platforms_e2e.py.)"""

from __future__ import annotations

from pdpgateway.v1 import invoice_pb2 as pb
from service.wiring.server import resolve
from tests.builders import STATE_BUYER_SIRET
from tests.e2e.grpc_client import state_invoice_of
from tests.e2e.test_retry_and_status import gateway, submitted_until  # noqa: F401 - the sandbox gateway fixture

FINAL = ("FAILED", "SENT", "INVALID")


async def test_a_state_buyer_gets_its_invoice_only_with_the_engagement_number_it_requires(gateway) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    gw, _ = gateway
    company = await gw.company()
    client = gw.client.as_(company)

    refused_id, _ = await submitted_until(client, state_invoice_of(company, engagement=""), _final)
    refused = (await client.get(refused_id)).invoice
    assert pb.ProcessingState.Name(refused.state) == "PROCESSING_STATE_FAILED"
    assert refused.last_error.startswith("PDP-B2G-ENGAGEMENT") and "BT-13" in refused.last_error

    sent_id, events = await submitted_until(client, state_invoice_of(company), _final)
    sent = (await client.get(sent_id)).invoice
    assert pb.ProcessingState.Name(sent.state) == "PROCESSING_STATE_SENT", sent.last_error
    assert [e.kind for e in events][:3] == ["SUBMITTED", "VALIDATED", "SENDING"]
    assert pb.ProcessingRule.Name(sent.invoice.processing_rule) == "PROCESSING_RULE_B2G"
    sandbox = (await resolve(gw.container.platform)).gateway
    history = await sandbox.status_history(sent.platform_id)
    assert history and history[0].code == "200"  # deposited, not refused for routing (221)
    deposited = sandbox.deposited(sent.platform_id)
    assert (deposited.processing_rule.value, deposited.recipient) == ("B2G", f"0009:{STATE_BUYER_SIRET}")


def _final(event: pb.InvoiceEvent) -> bool:
    return event.kind in FINAL
