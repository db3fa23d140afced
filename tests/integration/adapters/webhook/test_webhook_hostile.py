"""Hostile webhook requests over real HTTP: header values read strictly, deep JSON refused, slow clients cut off;
never a 500."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import httpx
import pytest
from prometheus_client import REGISTRY
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.iopole.signing import TIMESTAMP_HEADER, signed_headers
from adapters.postgres.inbox import PgInbox
from adapters.webhook.routes import WebhookSettings
from service.wiring.http_protocol import with_header_bounds
from tests.support.asgi_server import serve_app
from tests.support.webhooks import (
    AFNOR_FLOW_PATH,
    AFNOR_KEY,
    IOPOLE_SECRET,
    IOPOLE_STATUS_PATH,
    now_ms,
    platform_routes,
    post_status,
)

DEADLINE_S = 0.3


@pytest.fixture(scope="module")
async def base_url(pg_pool: asyncpg.Pool) -> AsyncIterator[str]:
    settings = WebhookSettings(max_body_bytes=4 * 1024 * 1024, body_deadline_s=DEADLINE_S)
    app = Starlette(routes=platform_routes(PgInbox(pg_pool), settings))
    async with serve_app(app, http=with_header_bounds(DEADLINE_S)) as url:
        yield url


@pytest.fixture
async def client(base_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        yield http


def _raw_headers(headers: dict[str, str]) -> dict[str, bytes]:
    """Header values as bytes on the wire: latin-1 when possible (the server decodes latin-1, so "²" arrives as
    "²", which passes str.isdigit()), else UTF-8."""
    out = {}
    for name, value in headers.items():
        try:
            out[name] = value.encode("latin-1")
        except UnicodeEncodeError:
            out[name] = value.encode("utf-8")
    return out


async def _stored(pool: asyncpg.Pool, key: str) -> int:
    return await pool.fetchval(
        "SELECT count(*) FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", key
    )


@pytest.mark.parametrize("timestamp", ["²³¹", "١٢٣", "12.5", "-1", "9" * 40])
async def test_an_iopole_timestamp_that_is_not_ascii_digits_is_401_not_500(
    client, pg_pool, timestamp
) -> None:
    key = str(uuid.uuid4())
    payload = b'{"invoiceId":"x","status":{"code":"200"}}'
    headers = signed_headers(
        IOPOLE_SECRET,
        timestamp_ms=now_ms(),
        method="POST",
        path_with_query=IOPOLE_STATUS_PATH,
        payload=payload,
        idempotency_key=key,
    )
    headers[TIMESTAMP_HEADER] = timestamp
    headers["Content-Type"] = "application/json"
    response = await client.post(IOPOLE_STATUS_PATH, content=payload, headers=_raw_headers(headers))
    assert response.status_code == 401
    assert await _stored(pg_pool, key) == 0


async def test_an_afnor_timestamp_of_superscript_digits_is_401_not_500(client) -> None:
    payload = json.dumps({"flowId": str(uuid.uuid4())}).encode()
    headers = {
        "Content-Type": "application/json",
        afnor_signing.SIGNATURE_HEADER: afnor_signing.sign(AFNOR_KEY, payload, now_ms() // 1000),
        afnor_signing.TIMESTAMP_HEADER: "¹²³",
    }
    response = await client.post(AFNOR_FLOW_PATH, content=payload, headers=_raw_headers(headers))
    assert response.status_code == 401


async def test_a_signed_json_body_nested_100000_deep_is_422_and_not_stored(client, pg_pool) -> None:
    key = str(uuid.uuid4())
    response = await post_status(client, b"[" * 100_000 + b"]" * 100_000, key=key)
    assert response.status_code == 422
    assert await _stored(pg_pool, key) == 0


async def test_an_event_whose_id_holds_nul_is_stored_under_its_payload_s_hash(client, pg_pool) -> None:
    payload = json.dumps({"eventId": "e\u0000", "eventType": "x"}).encode()
    stamp = now_ms()
    headers = signed_headers(
        IOPOLE_SECRET,
        timestamp_ms=stamp,
        method="POST",
        path_with_query=IOPOLE_STATUS_PATH,
        payload=payload,
        idempotency_key="",
    )
    del headers["X-Idempotency-Key"]
    response = await client.post(IOPOLE_STATUS_PATH, content=payload, headers=headers)
    assert response.status_code == 200
    assert await pg_pool.fetchval(
        "SELECT kind FROM webhook_inbox WHERE dedup_key = $1",
        f"iopole:payload:{hashlib.sha256(payload).hexdigest()}",
    )


def _made_up() -> str:
    """Signature headers of the right form, fresh, made up: past what the headers alone refute (refused before the
    body is read), so that the body's own bounds are what answers."""
    return f"X-Timestamp: {now_ms()}\r\nX-Signature: {'0' * 64}\r\n"


async def _raw(base_url: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    url = urlsplit(base_url)
    return await asyncio.open_connection(url.hostname, url.port)


async def test_a_client_trickling_its_body_gets_408(base_url) -> None:
    reader, writer = await _raw(base_url)
    writer.write(
        f"POST {IOPOLE_STATUS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{_made_up()}"
        "Content-Length: 1000\r\n\r\n{".encode()
    )
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(200), timeout=30)
    writer.close()
    assert answer.startswith(b"HTTP/1.1 408")


async def test_a_client_trickling_its_headers_is_disconnected(base_url) -> None:
    reader, writer = await _raw(base_url)
    writer.write(f"POST {IOPOLE_STATUS_PATH} HTTP/1.1\r\nHost: x\r\n".encode())
    await writer.drain()
    for _ in range(3):  # a byte now and then: each one would restart uvicorn's keep-alive timer
        await asyncio.sleep(DEADLINE_S / 3)
        if writer.is_closing():
            break
        writer.write(b"X")
    assert await asyncio.wait_for(reader.read(), timeout=30) == b""
    writer.close()


async def test_a_client_gone_before_its_body_ends_is_answered_without_an_error(pg_pool) -> None:
    # A sender that drops the connection mid-body (a timeout of its own, a crash) is ordinary on the internet:
    # it must not be an "Exception in ASGI application" with its traceback in the log, once per such request.
    settings = WebhookSettings(max_body_bytes=4 * 1024 * 1024, body_deadline_s=30)
    app = Starlette(routes=platform_routes(PgInbox(pg_pool), settings))
    finished: asyncio.Queue[BaseException | None] = asyncio.Queue()

    async def recording(scope: Any, receive: Any, send: Any) -> None:
        try:
            await app(scope, receive, send)
        except BaseException as exc:
            finished.put_nowait(exc)
            raise
        finished.put_nowait(None)

    async with serve_app(recording) as url:
        reader, writer = await _raw(url)
        writer.write(
            f"POST {IOPOLE_STATUS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{_made_up()}"
            'Content-Length: 1000\r\n\r\n{"invoiceId":'.encode()
        )
        await writer.drain()
        writer.close()
        assert await asyncio.wait_for(finished.get(), timeout=30) is None


async def _answer_to(base_url: str, request: bytes) -> bytes:
    reader, writer = await _raw(base_url)
    writer.write(request)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(200), timeout=30)
    writer.close()
    return answer


@pytest.mark.parametrize("where", ["header", "url"])
async def test_request_headers_past_their_bound_are_refused_before_they_are_held(base_url, where) -> None:
    # uvicorn's httptools parser holds a header of any size (64 MiB was read whole within the header deadline):
    # a client may fill the memory with a few of them
    big = b"a" * (1 << 20)
    path = b"/webhooks/" + big if where == "url" else IOPOLE_STATUS_PATH.encode()
    request = b"POST " + path + b" HTTP/1.1\r\nHost: x\r\n"
    if where == "header":
        request += b"X-Big: " + big + b"\r\n"
    answer = await _answer_to(base_url, request + b"Content-Length: 2\r\n\r\n{}")
    assert answer.startswith(b"HTTP/1.1 431"), answer


async def test_the_headers_of_a_request_sent_behind_a_slow_one_are_bounded_too() -> None:
    # Past a request's headers, bytes were counted again only once its response was complete: a second request
    # pipelined behind a slow one had headers of any size held by the parser (a 1 MiB header reached the app).
    release = asyncio.Event()
    seen: list[int] = []  # the header bytes of each request the application was given

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        seen.append(sum(len(name) + len(value) for name, value in scope["headers"]))
        if len(seen) == 1:
            await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    async with serve_app(slow, http=with_header_bounds(30.0)) as url:
        reader, writer = await _raw(url)
        writer.write(b"GET /first HTTP/1.1\r\nHost: x\r\n\r\n")
        await writer.drain()
        async with asyncio.timeout(30):
            while not seen:  # the first request is being answered
                await asyncio.sleep(0.005)
        with contextlib.suppress(ConnectionError):  # refused, the connection may close while we write
            writer.write(b"GET /second HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n")
            await writer.drain()
        # refused while the first is still being answered: 431 and closed (a reset when our bytes were unread)
        ended = b"reset"
        try:
            with contextlib.suppress(ConnectionResetError):
                ended = await asyncio.wait_for(reader.read(), timeout=30)
        finally:
            release.set()  # the server stops once the first request is answered
            writer.close()
    assert ended == b"reset" or ended.startswith(b"HTTP/1.1 431"), ended[:200]
    assert len(seen) == 1  # the second request never reached the application


async def test_a_body_far_larger_than_the_header_bound_still_reaches_its_route(base_url) -> None:
    body = b'{"pad":"' + b"a" * (2 << 20) + b'"}'
    request = (
        f"POST {IOPOLE_STATUS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{_made_up()}"
    )
    answer = await _answer_to(base_url, f"{request}Content-Length: {len(body)}\r\n\r\n".encode() + body)
    assert answer.startswith(b"HTTP/1.1 401"), answer  # unsigned: the route read it and refused it


async def _connections_shed(how: str) -> float:
    return REGISTRY.get_sample_value("pdp_gateway_http_connections_shed_total", {"how": how}) or 0.0


async def test_past_the_connection_cap_the_oldest_idle_goes_and_a_probe_still_gets_in(pg_pool) -> None:
    # An attacker needs no key to open connections: each costs a socket, a file descriptor and buffers. At the cap,
    # a connection still waiting for its headers (an idle keep-alive, a slow-loris) is closed, oldest first, so the
    # on-call engineer's /healthz gets in; when every connection is mid-request, the newcomer is closed at once.
    settings = WebhookSettings(max_body_bytes=4 * 1024 * 1024, body_deadline_s=30)

    async def healthz(request: Any) -> PlainTextResponse:
        return PlainTextResponse("up")

    app = Starlette(routes=[Route("/healthz", healthz), *platform_routes(PgInbox(pg_pool), settings)])
    async with serve_app(app, http=with_header_bounds(120, max_connections=3)) as url:
        idle = [await _raw(url) for _ in range(3)]
        for _, writer in idle:
            writer.write(f"POST {IOPOLE_STATUS_PATH} HTTP/1.1\r\nHost: x\r\n".encode())
            await writer.drain()
        evicted_before = await _connections_shed("closed_idle")

        assert (await _answer_to(url, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")).startswith(
            b"HTTP/1.1 200"
        )
        assert await asyncio.wait_for(idle[0][0].read(), timeout=30) == b""  # the oldest idle one
        assert await _connections_shed("closed_idle") == evicted_before + 1

        busy = [await _raw(url) for _ in range(3)]
        for _, writer in busy:
            writer.write(
                f"POST {IOPOLE_STATUS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{_made_up()}"
                'Content-Length: 1000\r\n\r\n{"invoiceId":'.encode()
            )
            await writer.drain()
        await asyncio.sleep(0.2)  # the server has read their headers: every connection is mid-request
        refused_before = await _connections_shed("refused")
        reader, writer = await _raw(url)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert await asyncio.wait_for(reader.read(), timeout=30) == b""
        assert await _connections_shed("refused") == refused_before + 1
        for _, w in [*idle, *busy, (reader, writer)]:
            w.close()


async def test_a_declared_length_past_the_bound_is_refused_at_once_and_its_body_never_read(base_url) -> None:
    # Nothing of the body is sent: a server that waits for it (or drains it to keep the connection) never answers,
    # or answers and then reads 5 GiB. The 413 comes at once, and the connection is closed after it.
    reader, writer = await _raw(base_url)
    writer.write(
        f"POST {IOPOLE_STATUS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{_made_up()}"
        f"Content-Length: {5 << 30}\r\n\r\n".encode()
    )
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), timeout=30)  # to the end: the server closes the connection
    writer.close()
    assert answer.startswith(b"HTTP/1.1 413"), answer
