"""A B2G invoice goes out to its public buyer only as its directory entry allows, deposited as B2G."""

from __future__ import annotations

from domain.emission import ProcessingState
from domain.findings import Finding, Severity
from domain.platform import DirectoryEntry, OutboundDocument
from domain.platform import ProcessingRule as FlowRule
from tests.builders import STATE_BUYER_SIRET, a_b2g_invoice, an_invoice
from tests.unit.service.workers.pipeline.harness import Pipeline

STATE = f"0009:{STATE_BUYER_SIRET}"


def on_chorus_pro(**requires: bool) -> DirectoryEntry:
    return DirectoryEntry(
        STATE, reachable=True, registered=True, public_entity=True, platform_id="9999", **requires
    )


async def test_a_state_buyer_requiring_an_engagement_number_gets_none_without_one() -> None:
    p = Pipeline()
    p.platform.directory[STATE] = on_chorus_pro(requires_engagement=True)

    invoice_id = p.submit(a_b2g_invoice(purchase_order_reference=""))
    await p.settle()

    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert invoice.last_error.startswith("PDP-B2G-ENGAGEMENT") and "BT-13" in invoice.last_error
    [finding] = [f for f in invoice.findings if f.layer == "directory"]
    why = invoice.last_error.removeprefix("PDP-B2G-ENGAGEMENT: ").removesuffix(
        ", says the fake directory; nothing was sent"
    )
    assert (
        finding == Finding("PDP-B2G-ENGAGEMENT", Severity.FATAL, why, "BG-7", layer="directory")
        and "BT-13" in why
    )
    assert p.platform.uploads == []


async def test_with_its_engagement_number_it_is_deposited_as_b2g_to_the_buyers_siret() -> None:
    p = Pipeline()
    p.platform.directory[STATE] = on_chorus_pro(requires_engagement=True)
    deposited: list[OutboundDocument] = []
    p.platform.on_submit = deposited.append

    invoice_id = p.submit(a_b2g_invoice())
    await p.settle()

    assert p.invoice(invoice_id).state is ProcessingState.SENT, p.invoice(invoice_id).last_error
    [document] = deposited
    assert (document.processing_rule, document.recipient) == (FlowRule.B2G, STATE)
    assert p.platform.lookups[STATE] == 1


async def test_a_b2b_invoice_to_a_public_entity_is_stopped_before_sending() -> None:
    p = Pipeline()
    buyer = "0225:552100554"
    p.platform.directory[buyer] = DirectoryEntry(buyer, reachable=True, registered=True, platform_id="9999")

    invoice_id = p.submit(an_invoice())
    await p.settle()

    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED and invoice.last_error.startswith("PDP-B2G-ROUTING")
    assert p.platform.uploads == []
