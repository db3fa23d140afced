"""A document downloaded from a platform that answers HTTP/1.0 without a length, ending the answer by closing the
connection (a stand-in written by hand on localhost; the token from each platform's simulator): cut short, it could
not be told from a whole one and was stored as the invoice received. What the document holds says it now: cut
short, the download is the platform's failure (PlatformUnavailable: asked again later), whole, it is taken."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest

from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.exchange import AnswerCut, exchange
from adapters.reception.document_reader import read_received
from domain.findings import Severity
from domain.platform import PlatformUnavailable
from tests.integration.adapters.pdp.conftest import MakeGateway
from tests.support.afnor_fixtures import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.raw_http import close_delimited, raw_server
from tests.support.simulators.afnor_app import AfnorSimulator

FIXTURES = Path(__file__).parents[3] / "fixtures"
CII = (FIXTURES / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()
PDF = (FIXTURES / "documents-made-elsewhere" / "fnfe-mpe" / "Facture_FR_EN16931.pdf").read_bytes()


async def afnor_download(sim: AfnorSimulator, http: httpx.AsyncClient, answer: bytes) -> bytes:
    async with raw_server(lambda line: answer) as platform:
        env = {**sim.env(), "AFNOR_FLOW_URL": platform.url + "/flow-service"}
        return await AfnorPdpGateway(http, AfnorConfig.from_env(env)).download("F1")


@pytest.mark.parametrize("document", [CII, PDF], ids=["xml", "pdf"])
@pytest.mark.parametrize("kept", [1 / 2, 9 / 10, (-1, -6)], ids=["half", "most", "all-but-the-end-tag"])
async def test_an_afnor_flow_cut_short_without_a_length_is_asked_again_not_taken(
    afnor_sim: AfnorSimulator, http: httpx.AsyncClient, document: bytes, kept: float | tuple[int, int]
) -> None:
    end = int(len(document) * kept) if isinstance(kept, float) else len(document.rstrip()) + kept[1]
    with pytest.raises(PlatformUnavailable, match="ended by closing the connection, without a length"):
        await afnor_download(afnor_sim, http, close_delimited(document[:end]))


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(b"<Invoice><ID>1</ID><Invoice>an inner one</Invoice>", id="after-an-inner-root-name"),
        # an attached PDF held whole in an uncompressed stream, the answer cut right after its %%EOF
        pytest.param(
            b"%PDF-1.7\n1 0 obj\n<</Type/EmbeddedFile/Length "
            + str(len(PDF)).encode()
            + b">>\nstream\n"
            + PDF,
            id="pdf-in-a-pdf",
        ),
    ],
)
async def test_an_afnor_flow_cut_where_its_end_seemed_near_is_asked_again_not_taken(
    afnor_sim: AfnorSimulator, http: httpx.AsyncClient, cut: bytes
) -> None:
    """The root's closing tag was looked for at the end, and a PDF's %%EOF: both were there, the cut passed."""
    with pytest.raises(PlatformUnavailable, match="stop short of the document's end"):
        await afnor_download(afnor_sim, http, close_delimited(cut))


@pytest.mark.parametrize("document", [CII, PDF], ids=["xml", "pdf"])
async def test_an_afnor_flow_whole_without_a_length_is_taken(
    afnor_sim: AfnorSimulator, http: httpx.AsyncClient, document: bytes
) -> None:
    assert await afnor_download(afnor_sim, http, close_delimited(document)) == document


async def test_an_afnor_flow_whole_but_whose_startxref_is_wrong_is_taken_and_found_damaged(
    afnor_sim: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    """Complete, its startxref wrong as its writer made it: it was taken for cut, asked again round after round
    until given up; taken now, it gets its verdict."""
    at = PDF.rindex(b"startxref") + len(b"startxref\n")
    damaged = PDF[:at] + b"12345" + PDF[PDF.index(b"\n", at) :]
    taken = await afnor_download(afnor_sim, http, close_delimited(damaged))
    assert taken == damaged
    fatal = [f for f in read_received(taken).report.findings if f.severity is Severity.FATAL]
    assert [f.rule_id for f in fatal] == ["PDP-PDF-DAMAGED"] and "xref not found" in fatal[0].message


async def test_an_iopole_invoice_cut_short_without_a_length_is_asked_again_not_taken(
    make_gateway: MakeGateway,
) -> None:
    answers = iter([close_delimited(CII[: len(CII) // 3]), close_delimited(CII)])
    async with raw_server(lambda line: next(answers)) as platform:
        gateway = make_gateway(env={"IOPOLE_API_BASE": platform.url})
        with pytest.raises(PlatformUnavailable, match="stop short of the document's end"):
            await gateway.download("inv-1")
        assert await gateway.download("inv-1") == CII  # the next round's download, whole
    assert platform.lines == ["GET /v1/invoice/inv-1/download HTTP/1.1"] * 2


async def test_a_compressed_answer_cut_short_is_lost_in_transit_whatever_its_framing() -> None:
    """gzip ends with a check of what it holds: without it, the answer was cut short (it was read as whole). As a
    connection cut mid-answer, a read is tried again (not refused as an answer the gateway will not read)."""
    packed = gzip.compress(CII)
    head = b"HTTP/1.0 200 OK\r\nContent-Type: application/xml\r\nContent-Encoding: gzip\r\n\r\n"
    async with raw_server(lambda line: head + packed[: len(packed) - 9]) as platform:
        async with httpx.AsyncClient() as http:
            with pytest.raises(AnswerCut, match="cut short"):
                await exchange(http, http.build_request("GET", platform.url + "/x"), httpx.Timeout(10.0))


def _declaring(length: int, body: bytes, content_type: str) -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
    ).encode() + body


@pytest.mark.parametrize(
    ("document", "content_type"), [(CII, "application/xml"), (PDF, "application/pdf")], ids=["xml", "pdf"]
)
async def test_a_document_whose_content_length_lies_short_is_asked_again_not_taken(
    afnor_sim: AfnorSimulator, http: httpx.AsyncClient, document: bytes, content_type: str
) -> None:
    """httpx reads the bytes an answer declares and stops: a Content-Length short of the body (a proxy's, a
    platform's) framed half a document as a whole one, stored as the invoice received and acknowledged to the
    platform, the real one lost from our side."""
    with pytest.raises(PlatformUnavailable, match="of the length the answer declared, and they stop short"):
        await afnor_download(afnor_sim, http, _declaring(len(document) // 2, document, content_type))
    whole = await afnor_download(afnor_sim, http, _declaring(len(document), document, content_type))
    assert whole == document
