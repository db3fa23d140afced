"""What a webhook body costs before its signature is known: a made-up signature of the right form is found out only
at the body's last byte (the signatures cover the body), so the body is held in memory up to
routes.SPOOL_AFTER_BYTES and set aside in a temporary file past it; the 401 comes before it is read back. A genuine
body comes back whole from its spool; one that cannot be spooled (budget spent, no temporary directory) is answered
503 with Retry-After, nothing stored.

The routes run as serve mounts them (every platform's receivers), in process over ASGI, the body pulled in 64 KiB
pieces, each a new object (as uvicorn hands them), so that holding them shows in tracemalloc's peak.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import secrets
import threading
import tracemalloc
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from starlette.applications import Starlette

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.iopole import signing as iopole_signing
from adapters.webhook import routes
from tests.fakes import InMemoryDeliveryStore
from tests.support.webhooks import (
    AFNOR_FLOW_PATH,
    AFNOR_KEY,
    IOPOLE_INVOICE_PATH,
    IOPOLE_SECRET,
    IOPOLE_STATUS_PATH,
    answer_start,
    call_app,
    now_ms,
    platform_routes,
)

PIECE = 64 * 1024
LARGE = 24 << 20  # far past SPOOL_AFTER_BYTES
HELD = 6 << 20  # what reading a body may hold at once, whatever its size: its unspooled pieces and one batch
BOUNDARY = "spool-boundary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"


class SlicedBody:
    """`body` as an ASGI request's pieces, each a new bytes object."""

    def __init__(self, body: bytes, piece: int = PIECE) -> None:
        self.body = body
        self.piece = piece
        self.at = 0

    async def receive(self) -> dict[str, Any]:
        chunk = self.body[self.at : self.at + self.piece]
        self.at += self.piece
        return {"type": "http.request", "body": chunk, "more_body": self.at < len(self.body)}


def form(file: bytes) -> bytes:
    return (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="invoiceId"\r\n\r\nINV-1\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="i.xml"\r\n'
            "Content-Type: application/xml\r\n\r\n"
        ).encode()
        + file
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def iopole(path: str, signed: bytes, content_type: str, genuine: bool) -> dict[str, str]:
    stamp = now_ms()
    signature = (
        iopole_signing.sign(
            IOPOLE_SECRET, timestamp_ms=stamp, method="POST", path_with_query=path, payload=signed
        )
        if genuine
        else secrets.token_hex(32)  # of the right form, fresh: only the body can refute it
    )
    return {
        "Content-Type": content_type,
        iopole_signing.TIMESTAMP_HEADER: str(stamp),
        iopole_signing.SIGNATURE_HEADER: signature,
        iopole_signing.IDEMPOTENCY_HEADER: secrets.token_hex(8),
    }


def afnor(body: bytes, genuine: bool) -> dict[str, str]:
    stamp = now_ms() // 1000
    signature = (
        afnor_signing.sign(AFNOR_KEY, body, stamp)
        if genuine
        else base64.b64encode(secrets.token_bytes(32)).decode()
    )
    return {
        "Content-Type": "application/json",
        afnor_signing.TIMESTAMP_HEADER: str(stamp),
        afnor_signing.SIGNATURE_HEADER: signature,
    }


def json_body(size: int) -> bytes:
    return b'{"flowId":"F1","updatedAt":"2026-12-06T10:00:00Z","pad":"' + b"a" * size + b'"}'


# Each callback: its route, its body of about `size` bytes, and its headers (genuine or a made-up signature).
Callback = Callable[[int, bool], tuple[str, bytes, dict[str, str]]]


def invoice(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    file = b"<Invoice>" + b"x" * size + b"</Invoice>"
    return IOPOLE_INVOICE_PATH, form(file), iopole(IOPOLE_INVOICE_PATH, file, MULTIPART, genuine)


def not_a_form(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    """IOPOLE then signs the whole body (stored with a note, so that IOPOLE stops sending it)."""
    body = b"x" * size
    return IOPOLE_INVOICE_PATH, body, iopole(IOPOLE_INVOICE_PATH, body, MULTIPART, genuine)


def status(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    body = json_body(size)
    return IOPOLE_STATUS_PATH, body, iopole(IOPOLE_STATUS_PATH, body, "application/json", genuine)


def flow(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    body = json_body(size)
    return AFNOR_FLOW_PATH, body, afnor(body, genuine)


CALLBACKS = [
    pytest.param(invoice, id="iopole-invoice"),
    pytest.param(not_a_form, id="iopole-invoice-not-a-form"),
    pytest.param(status, id="iopole-status"),
    pytest.param(flow, id="afnor-flow"),
]


async def post(store: InMemoryDeliveryStore, path: str, body: bytes, headers: dict[str, str]) -> int:
    app = Starlette(routes=platform_routes(store))
    return await call_app(app, path, headers, SlicedBody(body))


@pytest.mark.parametrize("callback", CALLBACKS)
async def test_a_made_up_signature_costs_no_more_memory_than_the_spool_threshold(callback: Callback) -> None:
    store = InMemoryDeliveryStore()
    path, body, headers = callback(LARGE, False)
    tracemalloc.start()
    try:
        answered = await post(store, path, body, headers)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answered == 401
    assert store.deliveries == []
    assert peak < HELD, f"reading a {len(body)}-byte body held {peak} bytes at once"
    assert routes.SPOOL_BUDGET.spooled == 0


@pytest.mark.parametrize("callback", CALLBACKS)
@pytest.mark.parametrize("size", [10, routes.SPOOL_AFTER_BYTES - 200, 3 * routes.SPOOL_AFTER_BYTES + 7])
async def test_a_genuine_body_is_stored_whole_whether_spooled_or_not(callback: Callback, size: int) -> None:
    store = InMemoryDeliveryStore()
    path, body, headers = callback(size, True)
    assert await post(store, path, body, headers) == 200
    [stored] = store.deliveries
    assert hashlib.sha256(stored.body).hexdigest() == hashlib.sha256(body).hexdigest()
    assert routes.SPOOL_BUDGET.spooled == 0


@pytest.mark.parametrize("callback", CALLBACKS)
async def test_past_the_spool_budget_the_platform_is_told_to_retry(
    callback: Callback, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(routes.SPOOL_BUDGET, "limit", 2 * routes.SPOOL_AFTER_BYTES)
    store = InMemoryDeliveryStore()
    path, body, headers = callback(3 * routes.SPOOL_AFTER_BYTES, True)
    assert await post(store, path, body, headers) == 503
    assert store.deliveries == []
    assert routes.SPOOL_BUDGET.spooled == 0
    small_path, small, small_headers = callback(100, True)  # within the budget, still taken
    assert await post(store, small_path, small, small_headers) == 200


async def test_a_body_that_cannot_be_spooled_is_answered_503_with_retry_after(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A temporary directory gone (or full: the same OSError): the platform sends it again later, a WARNING says
    why; nothing stored, nothing left counted."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "gone"))
    store = InMemoryDeliveryStore()
    path, body, headers = flow(2 * routes.SPOOL_AFTER_BYTES, True)
    app = Starlette(routes=platform_routes(store))
    with caplog.at_level(logging.WARNING, logger=routes.__name__):
        answer = await answer_start(app, path, headers, SlicedBody(body))
    assert answer["status"] == 503
    assert (b"retry-after", str(routes.SPOOL_RETRY_AFTER_S).encode()) in answer["headers"]
    assert store.deliveries == []
    assert routes.SPOOL_BUDGET.spooled == 0
    assert "webhook body not set aside" in caplog.text and "FileNotFoundError" in caplog.text


class HeldFile:
    """A temporary file whose first write waits until `release` is set, and that records what happens to it."""

    def __init__(self) -> None:
        self.writing = threading.Event()
        self.release = threading.Event()
        self.events: list[str] = []

    def write(self, data: bytes) -> int:
        self.writing.set()
        self.release.wait()
        self.events.append("written")
        return len(data)

    def close(self) -> None:
        self.events.append("closed")


class Chunks:
    """A request whose body comes as `chunks`."""

    def __init__(self, *chunks: bytes) -> None:
        self._chunks = chunks

    async def stream(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


async def test_a_read_cancelled_while_its_spool_is_written_closes_the_file_after_that_write(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A read cancelled mid-write (its deadline, the server's stop) closed the file on the event loop while the body
    reader's thread still wrote it: a buffered file's close waits for that write, and every call of the process
    waited with it (a slow disk: for as long as the write took). It is closed in that thread, after the write."""
    held = HeldFile()
    monkeypatch.setattr(routes, "_temporary_file", lambda: held)
    request = Chunks(b"x" * routes.SPOOL_AFTER_BYTES, b"y")
    reading = asyncio.create_task(routes.read_bounded(request, {}, routes.WebhookSettings()))  # type: ignore[arg-type]
    while not held.writing.is_set():
        await asyncio.sleep(0.01)

    reading.cancel()
    with pytest.raises(asyncio.CancelledError):
        await reading
    held.release.set()
    # the reader's one thread has run what it was given before this
    await asyncio.get_running_loop().run_in_executor(routes.BODY_READER, lambda: None)

    assert held.events == ["written", "closed"]
    assert routes.SPOOL_BUDGET.spooled == 0
