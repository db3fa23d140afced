"""The outbox relay: claims due rows under a lease and runs their step, with bounded concurrency.

Several dispatchers (tasks, processes, replicas) may run against the same outbox: `FOR UPDATE SKIP LOCKED` plus a
lease give each row to one of them at a time, and a row whose holder died is claimed again when its lease
expires. A step either completes, reschedules or parks its row; a step that raises is released with backoff.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Mapping

from adapters.postgres.outage import is_outage
from domain.errors import ConcurrencyConflict
from domain.pipeline_ports import LeaseLost, OutboxMessage, OutboxSource
from domain.ports import Clock
from service.workers.pipeline.backoff import retry_at
from service.workers.pipeline.config import PipelineConfig

log = logging.getLogger(__name__)

Step = Callable[[OutboxMessage, str], Awaitable[None]]
GiveUp = Callable[[OutboxMessage, str, str], Awaitable[None]]  # (message, owner, error): see steps.give_up


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Dispatcher:
    def __init__(
        self,
        source: OutboxSource,
        steps: Mapping[str, Step],
        config: PipelineConfig,
        clock: Clock,
        *,
        give_up: GiveUp,
        owner: str | None = None,
    ) -> None:
        self._source = source
        self._steps = dict(steps)
        self._give_up = give_up
        self._config = config
        self._clock = clock
        self.owner = owner or worker_name()
        self._inflight: set[asyncio.Task[None]] = set()
        self._slot_freed = asyncio.Event()
        self.handled = 0  # rows whose step ran to its end (any outcome)

    async def run(self, stop: asyncio.Event) -> None:
        """Until `stop` is set; then waits (bounded) for the rows in flight, whose leases otherwise expire."""
        log.info("dispatcher %s started", self.owner)
        try:
            while not stop.is_set():
                free = self._config.concurrency - len(self._inflight)
                claimed: list[OutboxMessage] = []
                if free > 0:
                    try:
                        claimed = list(
                            await self._source.claim(
                                self.owner, min(free, self._config.batch_size), self._config.lease_s
                            )
                        )
                    except Exception:
                        log.exception("dispatcher %s: claiming failed; polling again later", self.owner)
                for message in claimed:
                    task = asyncio.create_task(self.handle(message), name=f"outbox-{message.id}")
                    self._inflight.add(task)
                    task.add_done_callback(self._done)
                if claimed and len(claimed) == min(free, self._config.batch_size):
                    continue  # there may be more due rows: claim again at once (up to the concurrency bound)
                await self._idle(stop, saturated=free <= 0)
        finally:
            await self._drain()
            log.info("dispatcher %s stopped", self.owner)

    async def _idle(self, stop: asyncio.Event, *, saturated: bool) -> None:
        """Wait for a notification, a freed slot, the poll interval or the stop, whichever comes first."""
        self._slot_freed.clear()
        waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._slot_freed.wait())]
        if not saturated:
            waits.append(asyncio.ensure_future(self._source.wait_for_work(self._config.poll_interval_s)))
        try:
            await asyncio.wait(
                waits, timeout=self._config.poll_interval_s, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for waiter in waits:
                waiter.cancel()
            await asyncio.gather(*waits, return_exceptions=True)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._inflight.discard(task)
        self._slot_freed.set()

    async def handle(self, message: OutboxMessage) -> None:
        """Run one claimed row to its end; never raises except on cancellation."""
        step = self._steps.get(message.kind)
        try:
            if step is None:
                raise LookupError(f"no step handles outbox kind {message.kind!r}")
            await step(message, self.owner)
        except LeaseLost:
            log.warning("outbox row %s: lease lost to another worker; its result was discarded", message.id)
        except ConcurrencyConflict:
            await self._release(message, "the invoice changed meanwhile; retrying", count=False)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if is_outage(exc):  # the database went away mid-step: not the row's fault, no attempt burnt
                log.warning(
                    "outbox row %s (%s): %s; retried later", message.id, message.kind, type(exc).__name__
                )
            else:
                log.exception("outbox row %s (%s) failed", message.id, message.kind)
            await self._release(message, f"{type(exc).__name__}: {exc}", count=not is_outage(exc))
        finally:
            self.handled += 1

    async def _release(self, message: OutboxMessage, error: str, *, count: bool) -> None:
        attempt = message.attempts + (1 if count else 0)
        try:
            if attempt >= self._config.max_attempts:
                await self._give_up(message, self.owner, error)
                return
            when = retry_at(
                self._clock.now(),
                max(attempt, 1),
                base_s=self._config.backoff_base_s,
                cap_s=self._config.backoff_cap_s,
            )
            await self._source.release(message, self.owner, retry_at=when, error=error)
        except Exception:
            # The lease expires and the row is claimed again: nothing is lost, the next holder decides.
            log.exception("outbox row %s: releasing it failed", message.id)

    async def _drain(self) -> None:
        if not self._inflight:
            return
        done, pending = await asyncio.wait(set(self._inflight), timeout=self._config.stop_grace_s)
        for task in pending:
            task.cancel()  # their leases expire; another worker reconciles what they were doing
        await asyncio.gather(*pending, return_exceptions=True)
