"""A platform stand-in on localhost that writes its answers by hand (asyncio streams, no HTTP library), for what no
well-behaved server sends: an HTTP/1.0 answer without Content-Length, ended by closing the connection, cut short."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field


def close_delimited(body: bytes, *, content_type: str = "application/xml") -> bytes:
    """A 200 answer whose end is the connection's close: no Content-Length, no chunks."""
    return f"HTTP/1.0 200 OK\r\nContent-Type: {content_type}\r\nConnection: close\r\n\r\n".encode() + body


@dataclass
class RawServer:
    url: str
    lines: list[str] = field(default_factory=list)  # each request's line, in order


@contextlib.asynccontextmanager
async def raw_server(answer: Callable[[str], bytes]) -> AsyncIterator[RawServer]:
    """Serves on 127.0.0.1 (a free port): each request's line ("GET /path?query HTTP/1.1") gets `answer(line)`
    written whole, then the connection closed."""
    served = RawServer("")
    lines = served.lines

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = (await reader.readline()).decode("latin-1").strip()
            while (await reader.readline()).strip():  # the headers, to their blank line
                pass
            lines.append(line)
            writer.write(answer(line))
            await writer.drain()
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    served.url = f"http://127.0.0.1:{port}"
    async with server:
        yield served
