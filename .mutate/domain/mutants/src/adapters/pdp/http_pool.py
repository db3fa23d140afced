"""The platform's HTTP client: httpx over several small connection pools instead of one large one.

httpcore's pool walks every connection, and every queued request against every connection, each time a request
starts or a response ends: its CPU per request grows with the pool and with the queue. With the dispatcher's 32
uploads in flight over 20 connections, one pool costs about twice the CPU per upload of the same connections split
in pools of 4 to 5 (bench/platform_bench measures both). Requests go to the pools in turn; each pool still bounds
and reuses its connections, and the client's timeouts apply to every request as before.
"""

from __future__ import annotations

import itertools
import math

import httpx

SHARD_CONNECTIONS = 5  # connections per pool: short walks, and enough to keep a pool busy


class ShardedTransport(httpx.AsyncBaseTransport):
    """`max_connections` spread over pools of at most `shard_connections` each."""

    def __init__(self, max_connections: int, *, shard_connections: int = SHARD_CONNECTIONS) -> None:
        if max_connections < 1 or shard_connections < 1:
            raise ValueError("max_connections and shard_connections must be at least 1")
        count = math.ceil(max_connections / shard_connections)
        sizes = [max_connections // count + (1 if k < max_connections % count else 0) for k in range(count)]
        self.pools = [
            httpx.AsyncHTTPTransport(
                limits=httpx.Limits(max_connections=size, max_keepalive_connections=size)
            )
            for size in sizes
        ]
        self._next = itertools.cycle(self.pools)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await next(self._next).handle_async_request(request)

    async def aclose(self) -> None:
        for pool in self.pools:
            await pool.aclose()


def platform_http_client(max_connections: int, *, timeout: httpx.Timeout | None = None) -> httpx.AsyncClient:
    """One long-lived client for a platform adapter: `max_connections` in small pools, explicit timeouts."""
    return httpx.AsyncClient(
        timeout=timeout if timeout is not None else httpx.Timeout(10.0),
        transport=ShardedTransport(max_connections),
    )
