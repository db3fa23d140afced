"""A platform answering JSON in the charset it declares, not UTF-8 (a stand-in written by hand on localhost; the
token from the AFNOR simulator): read in that charset. Read as UTF-8, every such answer was "a non-JSON body", the
platform's failure, round after round."""

from __future__ import annotations

import json

import httpx

from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from tests.support.afnor_fixtures import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.raw_http import raw_server
from tests.support.simulators.afnor_app import AfnorSimulator

FLOW = {
    "flowId": "F1",
    "name": "Facture Société Générale.xml",
    "flowSyntax": "CII",
    "flowType": "SupplierInvoice",
    "flowDirection": "In",
    "flowProfile": "CIUS",
    "processingRule": "B2B",
    "processingRuleSource": "Input",
    "submittedAt": "2026-12-06T10:00:00Z",
    "updatedAt": "2026-12-06T10:00:00Z",
    "acknowledgement": {"status": "Ok"},
}


def latin1_answer(line: str) -> bytes:
    body = json.dumps(FLOW, ensure_ascii=False).encode("latin-1")
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=ISO-8859-1\r\nContent-Length: {len(body)}\r\n"
    return (head + "Connection: close\r\n\r\n").encode() + body


async def test_a_flow_answered_in_latin_1_is_read_in_latin_1(
    afnor_sim: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    async with raw_server(latin1_answer) as platform:
        env = {**afnor_sim.env(), "AFNOR_FLOW_URL": platform.url + "/flow-service"}
        flow = await AfnorPdpGateway(http, AfnorConfig.from_env(env)).get_flow("F1")
    assert flow["name"] == "Facture Société Générale.xml"
