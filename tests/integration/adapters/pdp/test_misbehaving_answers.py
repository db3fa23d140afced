"""Every call of both platform adapters against a platform whose answer is JSON nested 100,000 deep (real localhost
HTTP, the simulators' fault injection): the parser's recursion bound is the platform's failure like any body that is
not JSON (a read retried then unavailable, a state-changing call's outcome unknown, a token not usable), named;
never a RecursionError out of the adapter (the caller's INTERNAL, or a relay item failed as a bug of ours)."""

from __future__ import annotations

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
    ("search", "search", lambda g: g.find_submissions(SubmissionQuery(tracking_id="F1")), PlatformUnavailable),
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
    ("search", "search", lambda g: g.find_submissions(SubmissionQuery(tracking_id="F1")), PlatformUnavailable),
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
