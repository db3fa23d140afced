"""A lean HTTP/1.1 load generator, so that the figures measure the server and not the client.

Raw asyncio protocols (uvloop when installed), keep-alive connections, requests serialised to bytes before the
clock starts, responses parsed only as far as the status code and Content-Length. The connections are spread
over several client processes that pull from one pre-built list each; throughput is counted from the first
request of any process to the last answer of any process (time.perf_counter is system-wide on Linux).
`echo_server` is a trivial raw-protocol HTTP server: driving it tells the client's own capacity.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
import statistics
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

RequestFactory = Callable[[int, int], list[bytes]]  # (count, process index) -> serialised requests


def _new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


@dataclass
class LoadResult:
    started: float
    ended: float
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    cpu_us: float = 0.0  # the server's CPU time per request, when the server runs where it can be counted

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.count / (self.ended - self.started)

    def ms(self, q: int) -> float:
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[q - 1] * 1000

    @property
    def non_2xx(self) -> int:
        return sum(n for status, n in self.statuses.items() if not 200 <= status < 300)

    @staticmethod
    def merge(parts: list[LoadResult]) -> LoadResult:
        merged = LoadResult(min(p.started for p in parts), max(p.ended for p in parts))
        for part in parts:
            merged.latencies.extend(part.latencies)
            merged.statuses.update(part.statuses)
        return merged

    def line(self, name: str) -> str:
        return (
            f"  {name:<30} {self.rate:8.0f}/s   p50 {self.ms(50):6.2f} ms   p99 {self.ms(99):6.2f} ms"
            f"   ({self.count} requests, non-2xx {self.non_2xx})"
        )


def _content_length(head: bytes) -> int | None:
    at = head.find(b"content-length:")
    if at < 0:
        return None
    eol = head.find(b"\r\n", at)
    return int(head[at + 15 : eol if eol >= 0 else len(head)])


def serialise(method: str, path: str, headers: dict[str, str], body: bytes) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Connection(asyncio.Protocol):
    """One keep-alive connection: send, wait for the whole answer, send the next; until the queue is empty."""

    def __init__(self, queue: deque[bytes], result: LoadResult, done: asyncio.Future[None]) -> None:
        self._queue = queue
        self._result = result
        self._done = done
        self._buffer = b""
        self._sent_at = 0.0
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]  # uvloop's transports are not asyncio's classes
        self._send_next()

    def _send_next(self) -> None:
        assert self._transport is not None
        if not self._queue:
            self._transport.close()
            if not self._done.done():
                self._done.set_result(None)
            return
        request = self._queue.popleft()
        self._sent_at = time.perf_counter()
        self._transport.write(request)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self._buffer[:end].lower()
        length = _content_length(head)
        if length is None:
            raise RuntimeError(f"answer without Content-Length: {head[:200]!r}")
        if len(self._buffer) < end + 4 + length:
            return
        self._result.latencies.append(time.perf_counter() - self._sent_at)
        self._result.statuses[int(head[9:12])] += 1
        self._buffer = self._buffer[end + 4 + length :]
        self._send_next()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._done.done():
            if exc is None and not self._queue:
                self._done.set_result(None)
            else:
                self._done.set_exception(exc or ConnectionError("server closed the connection"))


async def _drive(host: str, port: int, requests: list[bytes], connections: int) -> LoadResult:
    loop = asyncio.get_running_loop()
    queue = deque(requests)
    result = LoadResult(0.0, 0.0)
    dones: list[asyncio.Future[None]] = []
    result.started = time.perf_counter()
    for _ in range(connections):
        done: asyncio.Future[None] = loop.create_future()
        dones.append(done)
        transport, _ = await loop.create_connection(lambda d=done: _Connection(queue, result, d), host, port)
        transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    await asyncio.wait_for(asyncio.gather(*dones), timeout=300)
    result.ended = time.perf_counter()
    return result


def _drive_in_child(
    host: str, port: int, factory: RequestFactory, count: int, index: int, connections: int
) -> LoadResult:
    requests = factory(count, index)
    loop = _new_loop()
    try:
        return loop.run_until_complete(_drive(host, port, requests, connections))
    finally:
        loop.close()


async def load(
    host: str,
    port: int,
    factory: RequestFactory,
    *,
    total: int,
    connections: int,
    processes: int,
) -> LoadResult:
    """Send `total` requests over `connections` keep-alive connections spread over `processes` processes."""
    loop = asyncio.get_running_loop()
    per_process, per_connections = total // processes, max(1, connections // processes)
    with ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = await asyncio.gather(
            *(
                loop.run_in_executor(
                    pool, _drive_in_child, host, port, factory, per_process, i, per_connections
                )
                for i in range(processes)
            )
        )
    return LoadResult.merge(list(parts))


_ECHO_ANSWER = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-type: application/json\r\n\r\n{}"


class _EchoProtocol(asyncio.Protocol):
    """Answers every request (headers + Content-Length body) with a fixed 200 `{}`, nothing else."""

    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]  # uvloop's transports are not asyncio's classes

    def data_received(self, data: bytes) -> None:
        assert self._transport is not None
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            length = _content_length(self._buffer[:end].lower()) or 0
            if len(self._buffer) < end + 4 + length:
                return
            self._buffer = self._buffer[end + 4 + length :]
            self._transport.write(_ECHO_ANSWER)


def _echo_server_main(ready: multiprocessing.Queue[int], stop: multiprocessing.Event) -> None:  # type: ignore[type-arg]
    loop = _new_loop()
    server = loop.run_until_complete(loop.create_server(_EchoProtocol, "127.0.0.1", 0))
    ready.put(server.sockets[0].getsockname()[1])
    loop.run_until_complete(loop.run_in_executor(None, stop.wait))
    server.close()
    loop.close()


class echo_server:  # noqa: N801 - used as a context manager, like open()
    """A trivial HTTP server in its own process: `with echo_server() as port:`."""

    def __enter__(self) -> int:
        context = multiprocessing.get_context("spawn")
        self._ready: multiprocessing.Queue[int] = context.Queue()
        self._stop = context.Event()
        self._process = context.Process(target=_echo_server_main, args=(self._ready, self._stop), daemon=True)
        self._process.start()
        return self._ready.get(timeout=30)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._process.join(10)
