"""One pooled connection held LISTENing on a channel, for a supervised task (service.workers.supervisor).

`listen(stop)` returns when `stop` is set and raises ListenerLost when the connection goes: the server stopped,
the network dropped, or a periodic `SELECT 1` failed or hung (a half-open TCP connection is never noticed
otherwise). The supervisor then restarts it with backoff and reports it down meanwhile. Every (re)connection calls
`on_listening`: notifications sent while nobody listened are lost, so the listeners re-read their table then.
asyncpg detaches a pooled connection that closed from its proxy (any call on it raises InterfaceError "released
back to the pool"): the loss is learnt from a termination listener, never by asking the proxy.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass, field
from typing import Any

import asyncpg

from aio.tasks import wait_first, wait_set

_log = logging.getLogger(__name__)


_GONE = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError)


class ListenerLost(ConnectionError):
    """The LISTEN connection closed or stopped answering."""


@dataclass(eq=False, slots=True)
class PgListener:
    pool: asyncpg.Pool
    channel: str
    on_notify: Callable[..., Any]
    _: KW_ONLY
    on_listening: Callable[[], None] = lambda: None
    check_interval_s: float = 10.0
    timeout_s: float = 10.0
    listening: bool = field(default=False, init=False)

    async def listen(self, stop: asyncio.Event) -> None:
        conn = await self.pool.acquire(timeout=self.timeout_s)
        lost = asyncio.Event()

        def terminated(_conn: object) -> None:
            lost.set()

        conn.add_termination_listener(terminated)
        try:
            await conn.add_listener(self.channel, self.on_notify)
            self.listening = True
            self.on_listening()
            while not stop.is_set():
                await wait_first(stop.wait(), lost.wait(), timeout=self.check_interval_s)
                if lost.is_set():
                    raise ListenerLost(f"LISTEN {self.channel}: the connection was closed")
                if not stop.is_set():
                    try:
                        await conn.fetchval("SELECT 1", timeout=self.timeout_s)
                    except _GONE as exc:
                        raise ListenerLost(f"LISTEN {self.channel}: {type(exc).__name__}") from exc
        finally:
            self.listening = False
            if not lost.is_set():
                with contextlib.suppress(*_GONE):
                    conn.remove_termination_listener(terminated)
                    await conn.remove_listener(self.channel, self.on_notify)
            # A closed pooled connection was already taken back by the pool (releasing it again does nothing).
            with contextlib.suppress(*_GONE):
                await self.pool.release(conn, timeout=self.timeout_s)


class Wakeup:
    """A relay's wake-up: a NOTIFY on `channel` (one LISTEN connection, `listen` runs supervised) or, failing
    that, the polling timeout of `wait`."""

    def __init__(self, pool: asyncpg.Pool, channel: str) -> None:
        self._event = asyncio.Event()
        # each (re)connection wakes the relay: items queued while nobody listened are claimed at once
        self.listener = PgListener(pool, channel, self._notified, on_listening=self._event.set)

    async def listen(self, stop: asyncio.Event) -> None:
        """Hold one connection LISTENing until `stop` (under a supervisor); without it the relay still polls."""
        await self.listener.listen(stop)

    def _notified(self, *_: Any) -> None:
        self._event.set()

    def wake(self) -> None:
        self._event.set()

    async def wait(self, timeout: float) -> None:
        """Until a notification or `timeout` seconds, whichever comes first."""
        await wait_set(self._event, timeout)
        self._event.clear()
