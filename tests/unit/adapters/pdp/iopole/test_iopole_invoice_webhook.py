"""IOPOLE's multipart invoice callback before it is trusted: a body nobody signed costs no reading back (its file part
is hashed as the body comes, or IOPOLE's checksum header is signed), what the headers refute costs none of the body;
a signed one is named by what its form said as it came (never split nor read back), and a JSON callback is read back
off the event loop.

The routes run as serve mounts them (every platform's receivers), in process over ASGI, with an in-memory inbox;
the body's reading back is wrapped to count its calls (and, for the loop, to hold until a concurrent request is
served).
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from adapters.pdp.iopole import signing
from adapters.webhook import routes
from tests.fakes import InMemoryDeliveryStore
from tests.support.webhooks import (
    IOPOLE_INVOICE_PATH,
    PulledBody,
    call_app,
    now_ms,
    platform_routes,
    post_invoice,
    post_status,
    status_body,
)

LARGE = (
    b"<Invoice>" + b"x" * (8 << 20) + b"</Invoice>"
)  # 8 MiB: no part of the answer may depend on reading it
HOLD_S = (
    20.0  # how long the held parser waits for the concurrent request before giving up (a failing run only)
)


class CountedParser:
    """The body read back whole (what a receiver decodes), counting its calls; `hold`: each call first waits (in its
    thread) until `release` is set."""

    def __init__(self, real: Callable[..., Any], *, hold: bool = False) -> None:
        self.real = real
        self.calls = 0
        self.hold = hold
        self.started = threading.Event()
        self.release = threading.Event()
        self.released: list[bool] = []

    def __call__(self, spool: Any) -> Any:
        self.calls += 1
        self.started.set()
        if self.hold:
            self.released.append(self.release.wait(HOLD_S))
        return self.real(spool)


async def pong(request: Request) -> PlainTextResponse:
    return PlainTextResponse("pong")


@pytest.fixture
def store() -> InMemoryDeliveryStore:
    return InMemoryDeliveryStore()


@pytest.fixture
async def client(store: InMemoryDeliveryStore) -> AsyncIterator[httpx.AsyncClient]:
    app = Starlette(routes=[*platform_routes(store), Route("/ping", pong)])
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway", timeout=60) as http:
        yield http


def counted(monkeypatch: pytest.MonkeyPatch, *, hold: bool = False) -> CountedParser:
    parser = CountedParser(routes._Spool.read, hold=hold)
    monkeypatch.setattr(routes._Spool, "read", lambda spool: parser(spool))
    return parser


async def post_claimed(client: httpx.AsyncClient, headers: dict[str, str]) -> httpx.Response:
    """The large invoice, its true checksum claimed, with `headers` in place of a signature."""
    return await client.post(
        IOPOLE_INVOICE_PATH,
        files={"file": ("invoice.xml", LARGE, "application/octet-stream")},
        data={"invoiceId": str(uuid.uuid4())},
        headers={signing.CHECKSUM_HEADER: hashlib.sha256(LARGE).hexdigest(), **headers},
    )


@pytest.mark.parametrize(
    ("send", "reason"),
    [
        pytest.param(
            lambda c: post_claimed(c, {signing.TIMESTAMP_HEADER: str(now_ms())}), "malformed", id="unsigned"
        ),
        pytest.param(
            lambda c: post_claimed(
                c, {signing.TIMESTAMP_HEADER: str(now_ms()), signing.SIGNATURE_HEADER: "0" * 64}
            ),
            "bad_signature",
            id="made-up-signature",
        ),
        pytest.param(
            lambda c: post_invoice(c, LARGE, secret="another-secret-0123456789abcdef0123"),
            "bad_signature",
            id="wrong-secret",
        ),
        pytest.param(
            lambda c: post_invoice(c, LARGE, timestamp_ms=now_ms() - 10 * 60 * 1000), "stale", id="stale"
        ),
    ],
)
async def test_a_large_body_not_signed_over_its_checksum_is_refused_without_being_split(
    client, store, monkeypatch, send, reason
) -> None:
    parser = counted(monkeypatch)
    response = await send(client)
    assert (response.status_code, response.json()["reason"]) == (401, reason)
    assert parser.calls == 0
    assert store.deliveries == []


async def test_a_signed_large_body_is_named_as_it_came_and_stored_without_being_read_back(
    client, store, monkeypatch
) -> None:
    """Read back and split, a 98 MiB callback peaked at 4 times its size: its form's facts are gathered as it comes."""
    parser = counted(monkeypatch)
    stamp = now_ms()
    response = await post_invoice(client, LARGE, invoice_id="inv-large", key=" ", timestamp_ms=stamp)
    assert response.status_code == 200
    assert parser.calls == 0
    [delivery] = store.deliveries
    assert (delivery.kind.value, delivery.note) == ("invoice", "")
    # what IOPOLE signs of it, less the timestamp (its own resend is signed anew): the file part's hash, taken as
    # the body came; its invoiceId is not signed
    assert delivery.dedup_key == f"iopole:payload:{hashlib.sha256(LARGE).hexdigest()}"
    assert LARGE in delivery.body  # the raw multipart body, kept whole


async def test_a_claimed_checksum_that_is_not_the_file_parts_is_still_refused(
    client, store, monkeypatch
) -> None:
    """Signed over a checksum, with another file: the claim holds, the file part (hashed as the body came, so never
    split) does not match it."""
    parser = counted(monkeypatch)
    response = await post_invoice(client, LARGE, signed_content=b"<Invoice>another</Invoice>")
    assert (response.status_code, response.json()["reason"]) == (401, "checksum_mismatch")
    assert parser.calls == 0
    assert store.deliveries == []


async def test_a_signed_json_body_is_read_back_off_the_event_loop(client, store, monkeypatch) -> None:
    """The reading back holds until a request made meanwhile has its answer: on the loop, that request could not be
    served before it gave up."""
    parser = counted(monkeypatch, hold=True)
    signed = asyncio.create_task(post_status(client, status_body("inv-1", "REJECTED")))
    assert await asyncio.to_thread(parser.started.wait, HOLD_S)
    ping = await client.get("/ping")
    parser.release.set()
    response = await signed
    assert ping.text == "pong"
    assert parser.released == [True]  # the ping was answered while the body was being split
    assert response.status_code == 200 and len(store.deliveries) == 1


async def test_without_a_checksum_a_made_up_signature_is_refused_without_being_split(
    client, store, monkeypatch
) -> None:
    """IOPOLE signs its file part, and its checksum header is optional: the part is hashed as the body comes, so a
    fresh made-up signature of the right form is refused when the body's last byte does, never split."""
    parser = counted(monkeypatch)
    response = await post_unclaimed(
        client, {signing.TIMESTAMP_HEADER: str(now_ms()), signing.SIGNATURE_HEADER: "0" * 64}
    )
    assert (response.status_code, response.json()["reason"]) == (401, "bad_signature")
    assert parser.calls == 0
    assert store.deliveries == []


async def test_without_a_checksum_a_signed_body_is_stored_without_being_read_back(
    client, store, monkeypatch
) -> None:
    parser = counted(monkeypatch)
    response = await post_invoice(client, LARGE, checksum=False)
    assert response.status_code == 200
    assert parser.calls == 0
    [delivery] = store.deliveries
    assert (delivery.kind.value, delivery.note) == ("invoice", "")


async def post_unclaimed(client: httpx.AsyncClient, headers: dict[str, str]) -> httpx.Response:
    """The large invoice without IOPOLE's checksum header (it is optional), with `headers` for its signature."""
    return await client.post(
        IOPOLE_INVOICE_PATH,
        files={"file": ("invoice.xml", LARGE, "application/octet-stream")},
        data={"invoiceId": str(uuid.uuid4())},
        headers=headers,
    )


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        pytest.param(lambda: {signing.TIMESTAMP_HEADER: str(now_ms())}, "malformed", id="unsigned"),
        pytest.param(lambda: {signing.SIGNATURE_HEADER: "0" * 64}, "malformed", id="no-timestamp"),
        pytest.param(
            lambda: {signing.TIMESTAMP_HEADER: str(now_ms()), signing.SIGNATURE_HEADER: "not-a-signature"},
            "bad_signature",
            id="not-a-signature",
        ),
        pytest.param(
            lambda: {
                signing.TIMESTAMP_HEADER: str(now_ms() - 10 * 60 * 1000),
                signing.SIGNATURE_HEADER: "0" * 64,
            },
            "stale",
            id="stale",
        ),
    ],
)
async def test_without_a_checksum_what_the_headers_alone_refuse_is_refused_before_the_body_is_split(
    client, store, monkeypatch, headers, reason
) -> None:
    """IOPOLE signs its file part: without the checksum header the signature cannot be checked before the part is
    found, but a callback whose signature is missing, not a signature at all, or stale is refused without it."""
    parser = counted(monkeypatch)
    response = await post_unclaimed(client, headers())
    assert (response.status_code, response.json()["reason"]) == (401, reason)
    assert parser.calls == 0
    assert store.deliveries == []


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda: {signing.TIMESTAMP_HEADER: str(now_ms())}, id="unsigned"),
        pytest.param(
            lambda: {
                signing.TIMESTAMP_HEADER: str(now_ms() - 10 * 60 * 1000),
                signing.SIGNATURE_HEADER: "0" * 64,
            },
            id="stale",
        ),
        pytest.param(
            lambda: {
                signing.TIMESTAMP_HEADER: str(now_ms()),
                signing.SIGNATURE_HEADER: "0" * 64,
                signing.CHECKSUM_HEADER: "0" * 64,
            },
            id="made-up-over-a-checksum",
        ),
    ],
)
async def test_a_callback_the_headers_refute_is_refused_before_its_body_is_read(store, headers) -> None:
    """What the headers alone refute (and, with IOPOLE's checksum header, a signature made up over it) costs none of
    the body: the 401 comes before the first piece is pulled."""
    app = Starlette(routes=platform_routes(store))
    body = PulledBody(100, b"x" * 65536)
    content_type = {"Content-Type": "multipart/form-data; boundary=b"}
    assert await call_app(app, IOPOLE_INVOICE_PATH, headers() | content_type, body) == 401
    assert body.pulled == 0
    assert store.deliveries == []
