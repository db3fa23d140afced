"""Serve an ASGI app with uvicorn on 127.0.0.1, on a free port, in a background thread (tests, bench, make run)."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from collections.abc import AsyncIterator, Coroutine
from concurrent.futures import Future
from typing import Any, Self, TypeVar

import uvicorn
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

T = TypeVar("T")


class ServerThread:
    def __init__(
        self, app: Any, *, host: str = "127.0.0.1", port: int = 0, start_timeout: float = 10.0
    ) -> None:
        self._app = app
        self._host = host
        self._port = port
        self._start_timeout = start_timeout
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._started = threading.Event()
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self.port}"

    def start(self) -> ServerThread:
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on TCP sockets that say so; without it, Nagle holds
        # the body written after the headers until the client's delayed ACK (~40 ms per response).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app,
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_keep_alive=30,
            interface="asgi3",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, args=(sock,), name=f"asgi-{self.port}", daemon=True)
        self._thread.start()
        if not self._started.wait(self._start_timeout):
            raise RuntimeError("the local server did not start")
        return self

    def _run(self, sock: socket.socket) -> None:
        assert self._server is not None
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)

        async def serve() -> None:
            task = asyncio.create_task(self._server.serve(sockets=[sock]))  # type: ignore[union-attr]
            while not self._server.started and not task.done():  # type: ignore[union-attr]
                await asyncio.sleep(0.01)
            self._started.set()
            await task

        try:
            loop.run_until_complete(serve())
        finally:
            self._started.set()
            loop.close()

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        """Run a coroutine on the server's loop (from any thread)."""
        if self._loop is None:
            raise RuntimeError("server not started")
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._server = None
        self._thread = None

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Reset(Exception):
    """Raised by a handler after it dropped the connection, so that nothing else runs."""


async def drip(every_s: float) -> AsyncIterator[bytes]:
    """A response body that never ends: one JSON-blank byte every `every_s` seconds."""
    while True:
        yield b" "
        await asyncio.sleep(every_s)


async def padded(body: bytes, megabytes: int) -> AsyncIterator[bytes]:
    """`body` then `megabytes` MiB of JSON blanks, a MiB at a time."""
    yield body
    blank = b" " * (1 << 20)
    for _ in range(megabytes):
        yield blank


def reset_connection(request: Request) -> None:
    transport = request.scope.get("sim.transport")
    if transport is None:
        raise RuntimeError("connection reset needs uvicorn's transport")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        # SO_LINGER 0: close() sends RST instead of FIN.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    # Aborting first makes the 500 that Starlette's error middleware then tries to send go nowhere.
    transport.abort()
    raise _Reset()


class SimulatedPlatform:
    """What every platform simulator shares: its app served in a background thread, and connection resets."""

    app: ASGIApp
    _server: ServerThread | None = None  # set by start(); a class default so subclasses need not declare it

    def start(self) -> Self:
        self._server = ServerThread(self._asgi).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("simulator not started")
        return self._server.base_url

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        # uvicorn's send is bound to the protocol cycle, which holds the transport: keep it to simulate resets.
        if scope["type"] == "http":
            scope["sim.transport"] = getattr(getattr(send, "__self__", None), "transport", None)
        try:
            await self.app(scope, receive, send)
        except _Reset:
            pass  # the connection is already gone
