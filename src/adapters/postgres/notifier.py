"""Wake-ups (NOTIFY) sent after a commit, coalesced, on their own pooled connection.

A NOTIFY inside the writing transaction (a trigger) takes PostgreSQL's global notify lock from the NOTIFY until the
commit's WAL flush is over, so every writer's commit waits for the others': the webhook inbox went 3-4x faster once
its NOTIFY left the transaction (migration 0006). Here, every (channel, payload) asked for while a NOTIFY is in
flight is sent by the next one, in one statement: however many commits land meanwhile, at most one NOTIFY round trip
is in flight. Listeners re-read the table on a wake-up, so merging identical wake-ups loses nothing; a lost one
(database error, pool closing) costs the listeners one poll interval of their fallback, nothing more.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import KW_ONLY, dataclass, field

import asyncpg

_log = logging.getLogger(__name__)

_NOTIFY = "SELECT pg_notify(c, p) FROM unnest($1::text[], $2::text[]) AS t(c, p)"


@dataclass(eq=False, slots=True)
class PgNotifier:
    pool: asyncpg.Pool
    _: KW_ONLY
    timeout: float = 10.0
    max_pending: int = 10_000
    _pending: set[tuple[str, str]] = field(default_factory=set, init=False)
    _task: asyncio.Task[None] | None = field(default=None, init=False)

    def notify(self, channel: str, payload: str = "") -> None:
        """Send `NOTIFY channel, payload` soon; call it after the commit whose rows the listeners should see."""
        if len(self._pending) < self.max_pending:  # bounded: beyond, listeners fall back to polling
            self._pending.add((channel, payload))
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._send(), name="pg-notify")

    async def _send(self) -> None:
        while self._pending:
            batch, self._pending = sorted(self._pending), set()
            try:
                await self.pool.execute(
                    _NOTIFY, [c for c, _ in batch], [p for _, p in batch], timeout=self.timeout
                )
            except asyncpg.InterfaceError:
                return  # the pool is closing: the process stops, and its listeners with it
            except Exception as exc:  # noqa: BLE001 - any loss (asyncpg's own InternalClientError too) costs a poll
                _log.warning("NOTIFY after commit failed (listeners will poll): %s", type(exc).__name__)
                return

    async def drained(self) -> None:
        """Wait until every wake-up asked for so far was sent (tests, shutdown)."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)
