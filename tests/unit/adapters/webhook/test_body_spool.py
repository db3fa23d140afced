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
import hashlib
import logging
import threading
import tracemalloc
from collections.abc import AsyncIterator
from typing import Any

import pytest
from starlette.applications import Starlette

from adapters.webhook import routes
from tests.fakes import InMemoryDeliveryStore
from tests.support.spooled_callbacks import Callback, SlicedBody, flow, invoice, not_a_form, status
from tests.support.webhooks import answer_start, call_app, platform_routes

LARGE = 24 << 20  # far past SPOOL_AFTER_BYTES
HELD = 6 << 20  # what reading a body may hold at once, whatever its size: its unspooled pieces and one batch

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
    await told_to_retry(flow(2 * routes.SPOOL_AFTER_BYTES, True), "FileNotFoundError", caplog)


async def told_to_retry(
    callback: tuple[str, bytes, dict[str, str]], why: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The callback answered 503 with Retry-After, a WARNING naming `why`, nothing stored nor left counted."""
    store = InMemoryDeliveryStore()
    path, body, headers = callback
    app = Starlette(routes=platform_routes(store))
    with caplog.at_level(logging.WARNING, logger=routes.__name__):
        answer = await answer_start(app, path, headers, SlicedBody(body))
    assert answer["status"] == 503
    assert (b"retry-after", str(routes.SPOOL_RETRY_AFTER_S).encode()) in answer["headers"]
    assert store.deliveries == []
    assert routes.SPOOL_BUDGET.spooled == 0
    assert "webhook body not set aside" in caplog.text and why in caplog.text


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


@pytest.mark.parametrize("callback", CALLBACKS)
async def test_a_spool_unreadable_once_written_is_answered_503_not_500(
    callback: Callback, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Its temporary file read back (a JSON callback's decoding) or streamed to the inbox (every spooled body)
    failing, the disk gone meanwhile: the OSError was an "Exception in ASGI application", a 500 the platform may
    not send again. As a body that could not be set aside: 503 with Retry-After, nothing stored, budget given back."""
    monkeypatch.setattr(routes.tempfile, "TemporaryFile", lambda: UnreadableFile())
    await told_to_retry(callback(3 * routes.SPOOL_AFTER_BYTES, True), "Input/output error", caplog)


class UnreadableFile:
    """A temporary file that takes every write and fails every read (the disk gone after the body was written)."""

    def write(self, data: bytes) -> int:
        return len(data)

    def seek(self, at: int) -> int:
        return at

    def read(self, size: int = -1) -> bytes:
        raise OSError(5, "Input/output error")

    def close(self) -> None:
        pass
