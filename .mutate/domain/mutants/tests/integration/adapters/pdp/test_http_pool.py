"""The platform's HTTP client against a real server on localhost: connections bounded in total, requests spread
over the small pools, every connection reused, errors and timeouts surfacing as httpx's."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from adapters.pdp.http_pool import ShardedTransport, platform_http_client
from tests.support.asgi_server import serve_app


class PeerRecorder:
    """Answers 200 with the client's port after `delay_s`, holding at most as many requests as it is sent."""

    def __init__(self, delay_s: float = 0.02) -> None:
        self.delay_s = delay_s
        self.peers: set[int] = set()
        self.in_flight = self.most_in_flight = 0

    async def __call__(self, scope: dict, receive: object, send: object) -> None:
        self.peers.add(scope["client"][1])
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay_s)
        finally:
            self.in_flight -= 1
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]}
        )  # type: ignore[operator]
        await send({"type": "http.response.body", "body": str(scope["client"][1]).encode()})  # type: ignore[operator]


def test_connections_are_split_into_pools_of_at_most_five() -> None:
    assert [p._pool._max_connections for p in ShardedTransport(20).pools] == [5, 5, 5, 5]
    assert [p._pool._max_connections for p in ShardedTransport(7).pools] == [4, 3]
    assert [p._pool._max_connections for p in ShardedTransport(1).pools] == [1]
    with pytest.raises(ValueError):
        ShardedTransport(0)


async def test_many_requests_use_at_most_max_connections_and_reuse_them() -> None:
    app = PeerRecorder()
    async with serve_app(app) as base, platform_http_client(6) as http:
        answers = await asyncio.gather(*(http.get(f"{base}/x") for _ in range(60)))
    assert {a.status_code for a in answers} == {200}
    assert 2 <= len(app.peers) <= 6  # both pools served, never more connections than allowed
    assert app.most_in_flight <= 6


async def test_a_timeout_is_httpx_s() -> None:
    app = PeerRecorder(delay_s=2.0)
    async with serve_app(app) as base, platform_http_client(2, timeout=httpx.Timeout(0.2)) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get(f"{base}/slow")


async def test_a_refused_connection_is_a_connect_error() -> None:
    async with platform_http_client(2, timeout=httpx.Timeout(1.0)) as http:
        with pytest.raises(httpx.ConnectError):
            await http.get("http://127.0.0.1:9/")  # discard port: nothing listens there
