"""The simulator's own contract: what it refuses, and the signed callbacks it pushes (checked with our verifier)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from adapters.pdp.iopole.signing import verify
from adapters.webhook.signature import Verdict
from tests.support.iopole_simulator import IopoleSimulator
from tests.support.simulators.runner import ServerThread

SECRET = "a-webhook-secret-of-at-least-32-characters"


class Receiver:
    """A webhook endpoint that checks each delivery's signature as the real receiver will."""

    def __init__(self) -> None:
        self.verdicts: list[tuple[str, Verdict, str]] = []
        self.app = Starlette(routes=[Route("/hooks/iopole", self.receive, methods=["POST"])])

    async def receive(self, request: Request) -> Response:
        if request.headers.get("content-type", "").startswith("multipart/"):
            async with request.form() as form:
                payload = await form["file"].read()  # type: ignore[union-attr]
            kind = "invoice"
        else:
            payload = await request.body()
            kind = json.loads(payload)["status"]["code"]
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        verdict = verify(
            SECRET,
            timestamp=request.headers.get("x-timestamp"),
            signature=request.headers.get("x-signature"),
            method=request.method,
            path_with_query=path,
            payload=payload,
            now_ms=int(time.time() * 1000),
            payload_checksum=request.headers.get("x-checksum"),
        )
        self.verdicts.append((kind, verdict, request.headers.get("x-idempotency-key", "")))
        return Response(status_code=204 if verdict.ok else 401)


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, ServerThread]]:
    target = Receiver()
    with ServerThread(target.app) as server:
        yield target, server


async def test_status_and_invoice_callbacks_are_signed_per_iopole(receiver) -> None:
    target, server = receiver
    with IopoleSimulator(
        callback_url=server.base_url + "/hooks/iopole?tenant=acme", webhook_secret=SECRET
    ) as sim:
        async with httpx.AsyncClient() as http:
            token = (
                await http.post(
                    sim.token_url,
                    data={
                        "grant_type": "client_credentials",
                        "client_id": sim.client_id,
                        "client_secret": sim.client_secret,
                    },
                )
            ).json()["access_token"]
            upload = await http.post(
                sim.base_url + "/v1/invoice",
                files={"file": ("F-CB-1.xml", b"<Invoice><ID>F-CB-1</ID></Invoice>", "application/xml")},
                headers={"Authorization": f"Bearer {token}", "customer-id": sim.customer_id},
            )
        deliveries = await sim.play_lifecycle(upload.json()["id"])
        await sim.deliver_inbound(b"<Invoice><ID>IN-1</ID></Invoice>", "IN-1.xml")

    assert [d.status_code for d in deliveries] == [204, 204, 204, 204]
    assert [(kind, verdict) for kind, verdict, _ in target.verdicts] == [
        ("SUBMITTED", Verdict.VALID),
        ("ISSUED", Verdict.VALID),
        ("RECEIVED", Verdict.VALID),
        ("MADE_AVAILABLE", Verdict.VALID),
        ("invoice", Verdict.VALID),
    ]
    assert len({key for _, _, key in target.verdicts}) == 5


async def test_a_wrong_secret_is_refused_and_redelivered_with_the_same_key(receiver) -> None:
    target, server = receiver
    with IopoleSimulator(
        callback_url=server.base_url + "/hooks/iopole", webhook_secret="not-" + SECRET
    ) as sim:
        invoice = sim.store(b"<Invoice><ID>F-CB-2</ID></Invoice>", "F-CB-2.xml")
        deliveries = await sim.play_lifecycle(invoice.id, reject_with=[{"rule": "BR-FR-10", "message": "x"}])

    assert [d.status_code for d in deliveries] == [401, 401]
    assert {verdict for _, verdict, _ in target.verdicts} == {Verdict.BAD_SIGNATURE}
    # three attempts per status, each with one stable idempotency key
    assert [len([v for v in target.verdicts if v[2] == d.idempotency_key]) for d in deliveries] == [3, 3]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"file": ("invoice.txt", b"<x/>", "text/plain")}, 400),
        ({"document": ("invoice.xml", b"<x/>", "application/xml")}, 400),
        ({"file": ("invoice.pdf", b"%PDF-1.7", "application/pdf")}, 201),
    ],
)
async def test_uploads_need_one_file_part_named_pdf_or_xml(files, expected: int) -> None:
    with IopoleSimulator() as sim:
        async with httpx.AsyncClient() as http:
            token = (
                await http.post(
                    sim.token_url,
                    data={
                        "grant_type": "client_credentials",
                        "client_id": sim.client_id,
                        "client_secret": sim.client_secret,
                    },
                )
            ).json()["access_token"]
            auth = {"Authorization": f"Bearer {token}"}
            without_customer = await http.post(sim.base_url + "/v1/invoice", files=files, headers=auth)
            response = await http.post(
                sim.base_url + "/v1/invoice", files=files, headers={**auth, "customer-id": sim.customer_id}
            )
            json_token = await http.post(sim.token_url, json={"grant_type": "client_credentials"})

    assert without_customer.status_code == 400
    assert response.status_code == expected
    assert json_token.status_code == 400  # the token endpoint is form-encoded only
    if expected == 201:
        assert response.json()["type"] == "INVOICE"
