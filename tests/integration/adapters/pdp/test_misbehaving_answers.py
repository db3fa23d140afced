"""Both platform adapters against platforms that answer wrongly (real localhost HTTP, the simulators' fault injection).

- JSON nested 100,000 deep, on every call: the parser's recursion bound is the platform's failure like any body that
  is not JSON (a read retried then unavailable, a state-changing call's outcome unknown, a token not usable), named;
  never a RecursionError out of the adapter (the caller's INTERNAL, or a relay item failed as a bug of ours).
- An answer about another invoice than the one asked (a platform's cache or routing mixing two): never read as this
  one's (its history would settle an uncertain status as sent, its acknowledgement reject or accept our deposit)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.iopole.client import IopolePdpGateway
from domain.platform import (
    DocumentSyntax,
    OutboundDocument,
    PlatformAuthError,
    PlatformError,
    PlatformOutcomeUnknown,
    PlatformUnavailable,
    SubmissionQuery,
)
from tests.support.afnor_fixtures import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.iopole_simulator import Fault, IopoleSimulator
from tests.support.simulators.afnor_app import AfnorSimulator

DEEP = b"[" * 100_000 + b"]" * 100_000


def document() -> OutboundDocument:
    return OutboundDocument.of(
        b"<rsm:CrossIndustryInvoice/>", filename="F1.xml", syntax=DocumentSyntax.CII, tracking_id="F1"
    )


Call = Callable[[Any], Awaitable[object]]

IOPOLE_CALLS: list[tuple[str, str, Call, type[PlatformError]]] = [
    ("upload", "upload", lambda g: g.submit(document()), PlatformOutcomeUnknown),
    ("history", "history", lambda g: g.status_history("P1"), PlatformUnavailable),
    (
        "search",
        "search",
        lambda g: g.find_submissions(SubmissionQuery(tracking_id="F1")),
        PlatformUnavailable,
    ),
    ("directory", "directory", lambda g: g.lookup_directory("552100554"), PlatformUnavailable),
    ("metadata", "get", lambda g: g.invoice_metadata("P1"), PlatformUnavailable),
    ("not seen invoices", "not_seen", lambda g: g.not_seen_invoices(), PlatformUnavailable),
    ("webhooks", "webhook", lambda g: g.list_webhooks(), PlatformUnavailable),
    ("webhook created", "webhook", lambda g: g.create_webhook("https://gw.example"), PlatformOutcomeUnknown),
    ("token", "token", lambda g: g.tokens.get(), PlatformAuthError),
]


@pytest.mark.parametrize(
    ("endpoint", "call", "failure"),
    [pytest.param(e, c, f, id=name) for name, e, c, f in IOPOLE_CALLS],
)
async def test_an_iopole_answer_nested_past_the_parser_is_the_platform_s_failure_named(
    sim: IopoleSimulator, gateway: IopolePdpGateway, endpoint: str, call: Call, failure: type[PlatformError]
) -> None:
    sim.faults.push(*[Fault.answer(DEEP, endpoint=endpoint)] * 4)
    with pytest.raises(failure):
        await call(gateway)


AFNOR_CALLS: list[tuple[str, str, Call, type[PlatformError]]] = [
    ("deposit", "flows", lambda g: g.submit(document()), PlatformOutcomeUnknown),
    (
        "search",
        "search",
        lambda g: g.find_submissions(SubmissionQuery(tracking_id="F1")),
        PlatformUnavailable,
    ),
    ("flow", "get", lambda g: g.get_flow("F1"), PlatformUnavailable),
    ("history", "get", lambda g: g.status_history("F1"), PlatformUnavailable),
    ("directory", "directory", lambda g: g.lookup_directory("552100554"), PlatformUnavailable),
    ("webhooks", "webhooks", lambda g: g.list_webhooks(), PlatformUnavailable),
    ("webhook created", "webhooks", lambda g: g.create_webhook("https://gw.example"), PlatformOutcomeUnknown),
    ("token", "token", lambda g: g.tokens.get(), PlatformAuthError),
]


@pytest.mark.parametrize(
    ("endpoint", "call", "failure"),
    [pytest.param(e, c, f, id=name) for name, e, c, f in AFNOR_CALLS],
)
async def test_an_afnor_answer_nested_past_the_parser_is_the_platform_s_failure_named(
    afnor_sim: AfnorSimulator,
    afnor_gateway: AfnorPdpGateway,
    endpoint: str,
    call: Call,
    failure: type[PlatformError],
) -> None:
    afnor_sim.faults.push(*[Fault.answer(DEEP, endpoint=endpoint)] * 4)
    with pytest.raises(failure):
        await call(afnor_gateway)


async def test_an_afnor_refusal_nested_past_the_parser_is_still_a_refusal(
    afnor_sim: AfnorSimulator, afnor_gateway: AfnorPdpGateway
) -> None:
    afnor_sim.faults.push(Fault.answer(DEEP, status=400, endpoint="get"))
    with pytest.raises(PlatformError) as raised:
        await afnor_gateway.get_flow("F1")
    assert "400" in str(raised.value)


async def test_an_iopole_status_history_of_another_invoice_is_not_this_one_s(
    sim: IopoleSimulator, gateway: IopolePdpGateway
) -> None:
    ours = await gateway.submit(document())
    other = await gateway.submit(
        OutboundDocument.of(b"<x/>", filename="F2.xml", syntax=DocumentSyntax.CII, tracking_id="F2")
    )
    await sim.play_lifecycle(other.platform_id)
    theirs = (
        await gateway._call("GET", f"/v1/invoice/{other.platform_id}/status-history", idempotent=True)
    ).content
    sim.faults.push(*[Fault.answer(theirs, endpoint="history")] * 4)

    with pytest.raises(PlatformUnavailable, match="another invoice"):
        await gateway.status_history(ours.platform_id)


async def test_an_afnor_flow_answered_for_another_flow_is_not_this_one_s(
    afnor_sim: AfnorSimulator, afnor_gateway: AfnorPdpGateway
) -> None:
    ours = await afnor_gateway.submit(document())
    other = await afnor_gateway.submit(
        OutboundDocument.of(b"<x/>", filename="F2.xml", syntax=DocumentSyntax.CII, tracking_id="F2")
    )
    theirs = json.dumps(afnor_sim.flows[other.platform_id].metadata()).encode()
    afnor_sim.faults.push(*[Fault.answer(theirs, endpoint="get")] * 8)

    with pytest.raises(PlatformUnavailable, match="another flow"):
        await afnor_gateway.status_history(ours.platform_id)
    with pytest.raises(PlatformUnavailable, match="another flow"):
        await afnor_gateway.get_flow(ours.platform_id)
