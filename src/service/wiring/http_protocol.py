"""uvicorn's HTTP protocol with a deadline on request headers.

uvicorn times out an idle keep-alive connection, but not a client that sends its request line and headers a byte
at a time (any byte cancels the keep-alive timer): each such client holds a connection for ever. Here a connection
that has not completed a request's headers within `header_timeout_s` of opening (or of the previous response) is
closed. The body has its own deadline where it is read (adapters.webhook.routes.read_bounded).
"""

from __future__ import annotations

import asyncio
from typing import Any

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Base
except ImportError:  # pragma: no cover - httptools is an optional speed-up of uvicorn
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Base  # type: ignore[assignment]  # the fallback stands in

DEFAULT_HEADER_TIMEOUT_S = 10.0  # above uvicorn's 5 s keep-alive, which closes idle connections first


def with_header_timeout(header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S) -> type[asyncio.Protocol]:
    class HeaderDeadlineProtocol(_Base):
        _header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._header_timer = self.loop.call_later(header_timeout_s, self._headers_due)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_due(self) -> None:
            self._header_timer = None
            cycle = self.cycle
            waiting_for_headers = cycle is None or cycle.response_complete
            if waiting_for_headers and not self.transport.is_closing():
                self.transport.close()

    return HeaderDeadlineProtocol
