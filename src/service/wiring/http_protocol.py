"""uvicorn's HTTP protocol with bounds on request headers: a deadline and a size.

uvicorn times out an idle keep-alive connection, but not a client that sends its request line and headers a byte
at a time (any byte cancels the keep-alive timer): each such client holds a connection for ever. Here a connection
that has not completed a request's headers within `header_timeout_s` of opening (or of the previous response) is
closed. The body has its own deadline where it is read (adapters.webhook.routes.read_bounded).

Nor does uvicorn's httptools parser bound the request line and headers: it holds a header of any size until its end
(a 64 MiB header was read whole within the deadline), so a few clients could fill the memory. Here a request whose
line and headers pass `max_header_bytes` is answered 431 and the connection closed. The bytes are counted as they
arrive, before the parser holds them; the chunk that ends the headers may also carry the body, so it is never held
against them: a request is refused once its headers are still incomplete past the bound. They are counted from the
end of the request before (its message, not its response: a request pipelined behind a slow one is bounded too).

Nor does uvicorn bound the number of open connections. Its `limit_concurrency` answers 503 once the connections
reach the limit, to every request, the probes included, and only after reading its headers: the slow-loris clients
holding the slots are never refused, and the on-call engineer's /healthz is. Here, past `max_connections` (counted
in uvicorn's own set of connections), a new connection makes room by closing the connection that has waited longest
for a request's headers (an idle keep-alive, a slow-loris: nothing is lost, a client reconnects); when every
connection is inside a request, the newcomer is closed at once. So an attacker holding connections cannot lock out
a probe, which sends its headers at once; only a flood of requests in progress can, and each of those is bounded in
time (the body deadline, the handlers' timeouts). `pdp_gateway_http_connections_shed_total{how}` counts both.
"""

from __future__ import annotations

import asyncio
from typing import Any

from prometheus_client import Counter

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Base
except ImportError:  # pragma: no cover - httptools is an optional speed-up of uvicorn
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Base  # type: ignore[assignment]  # the fallback stands in

DEFAULT_HEADER_TIMEOUT_S = 10.0  # above uvicorn's 5 s keep-alive, which closes idle connections first
# Far above a platform's callback headers (a signature, a timestamp, a few ids: under 2 KiB); nginx's default
# buffers for a request line and headers are 4 × 8 KiB.
DEFAULT_MAX_HEADER_BYTES = 64 * 1024
# Far above the platforms' callbacks (a few at a time) and the probes, far below a process's file descriptors.
DEFAULT_MAX_CONNECTIONS = 1000
CONNECTIONS_SHED = Counter(
    "pdp_gateway_http_connections_shed",
    "HTTP connections closed at the connection cap: closed_idle (waiting for headers), refused (all mid-request)",
    ["how"],
)
for _how in ("closed_idle", "refused"):  # at 0 from the start: an absent series is "no data" on a dashboard
    CONNECTIONS_SHED.labels(_how)
_TOO_LARGE = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"content-length: 42\r\nconnection: close\r\n\r\nrequest line and headers over their bound\n"
)


def with_header_bounds(
    header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S,
    max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> type[asyncio.Protocol]:
    class HeaderBoundsProtocol(_Base):
        _header_timer: asyncio.TimerHandle | None = None
        _header_bytes: int | None = 0  # received while a request's headers are incomplete; None: past them
        _waiting_since = 0.0  # when the connection began waiting for a request's headers

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._arm()
            if len(self.connections) > max_connections:
                self._make_room()

        def _make_room(self) -> None:
            waiting = [
                c
                for c in self.connections
                if isinstance(c, HeaderBoundsProtocol)
                and c is not self
                and c._waiting_for_headers()
                and not c.transport.is_closing()
            ]
            if waiting:
                CONNECTIONS_SHED.labels("closed_idle").inc()
                min(waiting, key=lambda c: c._waiting_since).transport.close()
            else:
                CONNECTIONS_SHED.labels("refused").inc()
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            if self._header_bytes is not None:
                if self._header_bytes > max_header_bytes:
                    self.transport.write(_TOO_LARGE)
                    self.transport.close()
                    return
                self._header_bytes += len(data)
            super().data_received(data)

        def on_headers_complete(self) -> None:
            self._header_bytes = None
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            # What follows a request's end is the next request's line and headers, counted from here: from the end
            # of its response instead, a request pipelined behind a slow one had headers of any size held
            self._header_bytes = 0
            super().on_message_complete()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if (
                self._waiting_for_headers()
            ):  # not when a pipelined request, already past its headers, runs now
                self._header_bytes = 0
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._waiting_since = self.loop.time()
            self._header_timer = self.loop.call_later(header_timeout_s, self._headers_due)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _waiting_for_headers(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _headers_due(self) -> None:
            self._header_timer = None
            if self._waiting_for_headers() and not self.transport.is_closing():
                self.transport.close()

    return HeaderBoundsProtocol
