"""The simulator in a process of its own: the adapter reaches it with the settings it prints, and its upload
counts come back to the parent (the bench's exactly-once check)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.iopole.config import IopoleConfig
from domain.platform import DocumentSyntax, OutboundDocument, SubmissionQuery
from tests.support.simulators.process import SimulatorProcess


@pytest.fixture(scope="module")
def child() -> Iterator[SimulatorProcess]:
    with SimulatorProcess() as process:
        yield process


def document(number: str) -> OutboundDocument:
    content = (
        '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">'
        f"<rsm:ExchangedDocument><ram:ID>{number}</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>"
    ).encode()
    return OutboundDocument.of(
        content, filename=f"{number}.xml", syntax=DocumentSyntax.CII, tracking_id=number
    )


async def test_uploads_through_the_adapter_are_counted_per_sha256_in_the_child(
    child: SimulatorProcess,
) -> None:
    first, second = document("P-1"), document("P-2")
    async with httpx.AsyncClient() as http:
        gateway = IopolePdpGateway(http, IopoleConfig.from_env(child.env()))
        accepted = await gateway.submit(first)
        await gateway.submit(second)
        await gateway.submit(second)
        found = await gateway.find_submissions(SubmissionQuery(sha256=first.sha256, invoice_number="P-1"))

    counts = child.upload_counts()
    assert counts[first.sha256] == 1 and counts[second.sha256] == 2
    assert [r.platform_id for r in found] == [accepted.platform_id]


def test_the_child_stops_when_its_stdin_closes() -> None:
    process = SimulatorProcess().start()
    base_url = process.base_url
    process.stop()

    with pytest.raises(httpx.ConnectError):
        httpx.get(base_url + "/v1/invoice/notSeen", timeout=2)
    with pytest.raises(RuntimeError, match="not started"):
        process.upload_counts()
