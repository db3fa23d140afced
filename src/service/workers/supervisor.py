"""One supervisor for every background task of a process: restarted with backoff when it dies, visible while down.

A task is a coroutine function `run(stop)` that works until its `stop` event is set. When it raises, or returns
before being asked to stop, the supervisor logs why, marks it down, waits (exponential backoff with equal jitter,
service.workers.backoff) and starts it again. It is up again once a restart has run `healthy_after_s` without
dying; that also resets its backoff. `/readyz` names every task that is down (`down()`), the replica still ready
(service.wiring.http says why), and /metrics counts them (`pdp_gateway_background_task_down`).

The supervisor knows nothing of what the tasks do (dispatchers, relays, workers, pollers, LISTEN connections):
each owner registers its loop with `start(name, run)` and stops it with the returned handle, in its own order.

A task that works through items (a relay: service.workers.relay) may also say how it progresses (`progress`): one
that has shown no sign of life (an item in flight renewing its lease or ending, its loop turning) for longer than
its bound is named by `down()` and `stalled()` as stalled, with how long and where it waits, although its coroutine
runs: a step that never returns holds its slot for good, and a relay whose every slot is so held sends nothing.
`/healthz` is then 503 (a liveness probe restarts the process: what mends a stall), and the log says it once.

With a schema gate (service.workers.schema_gate), a task started `gated` (the default: a task claims rows or calls
platforms unless its owner says otherwise, as a LISTEN connection does) runs only while the gate is open: it is
asked to stop (its `stop` set, as at shutdown: its items in flight finish within its grace) when the gate closes,
is named in `down()` as paused meanwhile, and starts again when the gate opens. A pause is no failure: no backoff,
no restart counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from aio.streak import Streak
from aio.tasks import cancel_all, wait_first
from domain.ports import OutageCheck
from service.observability.business_metrics import RELAY_STALLS
from service.workers.backoff import Backoff
from service.workers.pause import pause
from service.workers.schema_gate import SchemaGate

_log = logging.getLogger(__name__)

Run = Callable[[asyncio.Event], Awaitable[None]]
MAX_REASON = 300  # characters of the failure kept for /readyz and the logs
WHERE_SHOWN = 3  # the distinct places a stalled task's silent items wait, said


@dataclass(frozen=True, slots=True)
class RestartPolicy:
    base_s: float = 0.5
    cap_s: float = 10.0  # also bounds how long a task stays down after the database is back
    healthy_after_s: float = 5.0  # a restart that ran this long is up again; its backoff starts over
    stop_timeout_s: float = 30.0  # a task that does not stop in this time after `stop` is set is cancelled

    def __post_init__(self) -> None:
        if min(self.base_s, self.cap_s, self.healthy_after_s, self.stop_timeout_s) < 0:
            raise ValueError("restart policy durations must not be negative")


@dataclass(frozen=True, slots=True)
class Progress:
    """How a task working through items progresses by its signs of life (service.workers.relay): `in_flight` items
    running, the most silent of them for `idle_s` (0 while none runs), its loop not turned for `loop_idle_s`;
    stalled once either is past `bound_s`, `where` then saying where the silent ones wait."""

    in_flight: int
    idle_s: float
    bound_s: float
    loop_idle_s: float = 0.0
    where: tuple[str, ...] = ()

    @property
    def silent_s(self) -> float:
        """How long the task has shown no sign of life, in its items or its loop (/metrics)."""
        return max(self.idle_s if self.in_flight > 0 else 0.0, self.loop_idle_s)

    @property
    def stalled(self) -> bool:
        return self.silent_s > self.bound_s

    def __str__(self) -> str:
        if self.loop_idle_s > self.bound_s:
            what = f"its loop has not turned for {self.loop_idle_s:.0f} s, {self.in_flight} item(s) in flight"
        else:
            what = (
                f"{self.in_flight} item(s) in flight, one of them silent (no lease renewed, not ended) for"
                f" {self.idle_s:.0f} s"
            )
        shown = self.where[:WHERE_SHOWN] + (
            (f"{len(self.where) - WHERE_SHOWN} more",) if len(self.where) > WHERE_SHOWN else ()
        )
        where = f"; waiting at {'; '.join(shown)}" if shown else ""
        return f"stalled: {what} (bound {self.bound_s:g} s){where}"


class TaskDied(RuntimeError):
    """A supervised task returned before it was asked to stop."""


class Supervised:
    """The handle of one supervised task."""

    def __init__(
        self,
        name: str,
        run: Run,
        policy: RestartPolicy,
        rand: Callable[[], float],
        is_outage: OutageCheck,
        gate: SchemaGate | None = None,
        progress: Callable[[], Progress] | None = None,
    ) -> None:
        self.name = name
        self.progress = progress
        self.restarts = 0
        self.down_reason: str | None = None  # why it is down, None while up
        self._stalled = False  # said stalled in the log, until it shows a sign of life again
        self.last_delay_s = 0.0  # the wait before the latest restart
        self._run = run
        self._policy = policy
        self._rand = rand
        self._is_outage = is_outage
        self._gate = gate
        # deaths through a database outage: said when they begin and once it is up again, not at each restart
        self._outage = Streak(_log, f"background task {name}")
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(self._keep(), name=f"supervised-{name}")

    @property
    def up(self) -> bool:
        return self.down_reason is None

    def why_down(self) -> str | None:
        """Why it is down (dead, restarting, paused), or stalled although it runs; None while it works."""
        return self.down_reason if self.down_reason is not None else self.stall()

    def stall(self) -> str | None:
        """Why it is stalled although it runs (no sign of life past its progress' bound), else None. Said in the log
        once when first seen, with where its silent items wait (what the on-call would ask py-spy), and once when it
        shows a sign of life again."""
        progress = self.progress() if self.progress is not None and self.down_reason is None else None
        if progress is None or not progress.stalled:
            if self._stalled:
                self._stalled = False
                _log.warning("background task %s shows signs of life again", self.name)
            return None
        if not self._stalled:
            self._stalled = True
            RELAY_STALLS.labels(self.name).inc()
            _log.error(
                "background task %s %s: /healthz answers 503 until it moves (a liveness probe restarts serve;"
                " docs/on-call.md, a relay stalled)",
                self.name,
                progress,
            )
        return str(progress)

    async def stop(self) -> None:
        """Ask the task to stop and wait for it (bounded by the policy's stop timeout, then cancelled)."""
        self._stop.set()
        if self._task.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(self._task), self._policy.stop_timeout_s)
        except TimeoutError:
            _log.error(
                "background task %s did not stop within %.0f s; cancelled",
                self.name,
                self._policy.stop_timeout_s,
            )
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _keep(self) -> None:
        loop = asyncio.get_running_loop()
        failures = 0
        while not self._stop.is_set():
            if self._gate is not None and not self._gate.open:
                await self._paused(self._gate)
                continue
            healthy = loop.call_later(self._policy.healthy_after_s, self._healthy) if self.restarts else None
            started = loop.time()
            try:
                gate_closed = await self._run_gated()
                if self._stop.is_set():
                    return
                if gate_closed:
                    # stopped for the gate: paused (or at once again if it opened meanwhile), not dead
                    if healthy is not None:
                        healthy.cancel()
                    continue
                raise TaskDied("returned before it was asked to stop")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - any death is restarted; that is the point
                if healthy is not None:
                    healthy.cancel()
                if loop.time() - started >= self._policy.healthy_after_s:
                    failures = 0
                failures += 1
                outage = self._is_outage(exc)
                # what /readyz lists under `down`: a listener's "FileNotFoundError: [Errno 2] No such file or
                # directory" (a stopped server's socket) did not say it waits for the database
                cause = f"{type(exc).__name__}: {exc}"
                self.down_reason = (f"waiting for the database ({cause})" if outage else cause)[:MAX_REASON]
                backoff = Backoff(self._policy.base_s, self._policy.cap_s, self._rand)
                delay = self.last_delay_s = backoff.delay(failures)
                if outage:  # expected while the database is down: no stack trace
                    self._outage.failed(f"stopped ({cause}), restarted with backoff")
                else:
                    _log.error("background task %s died; restart in %.1f s", self.name, delay, exc_info=exc)
            await pause(self._stop, delay)
            self.restarts += 1

    async def _run_gated(self) -> bool:
        """One run of the task; with a gate, its `stop` is also set when the gate closes: True when so stopped."""
        gate = self._gate
        if gate is None:
            await self._run(self._stop)
            return False
        stop = asyncio.Event()

        async def watch() -> None:
            await wait_first(self._stop.wait(), gate.wait_closed())
            stop.set()

        watcher = asyncio.create_task(watch(), name=f"gate-{self.name}")
        try:
            await self._run(stop)
        finally:
            await cancel_all([watcher])
        return stop.is_set() and not self._stop.is_set()

    async def _paused(self, gate: SchemaGate) -> None:
        """Until the gate opens or the task is stopped, named as paused by `down()` meanwhile."""
        self.down_reason = f"paused: {gate.closed_reason}"[:MAX_REASON]
        _log.warning("background task %s paused: %s", self.name, gate.closed_reason)
        await wait_first(self._stop.wait(), gate.wait_open())
        if gate.open:
            _log.info("background task %s resumes", self.name)
        self.down_reason = None

    def _healthy(self) -> None:
        if self._outage.failures:
            self._outage.succeeded()
        elif self.down_reason is not None:
            _log.info("background task %s is up again after %d restart(s)", self.name, self.restarts)
        self.down_reason = None


class Supervisor:
    """The process's background tasks, by name."""

    def __init__(
        self,
        policy: RestartPolicy | None = None,
        *,
        is_outage: OutageCheck,
        rand: Callable[[], float] = random.random,
        gate: SchemaGate | None = None,
    ) -> None:
        self._policy = policy or RestartPolicy()
        self._is_outage = is_outage
        self._rand = rand
        self._gate = gate
        self._tasks: dict[str, Supervised] = {}

    def start(
        self, name: str, run: Run, *, gated: bool = True, progress: Callable[[], Progress] | None = None
    ) -> Supervised:
        """Run `run(stop)` under supervision from now on; names are unique among running tasks. `gated`: only while
        the supervisor's schema gate is open (a task that claims no row and calls no platform says False).
        `progress`: how the task's items progress (a relay's), a stall naming it in `down()`."""
        if name in self._tasks:
            raise ValueError(f"a background task named {name!r} is already supervised")
        gate = self._gate if gated else None
        handle = Supervised(name, run, self._policy, self._rand, self._is_outage, gate, progress)
        self._tasks[name] = handle
        return handle

    async def stop(self, handle: Supervised) -> None:
        await handle.stop()
        self._tasks.pop(handle.name, None)

    def down(self) -> dict[str, str]:
        """The tasks that are down now (or stalled), with why: empty when every task works."""
        reasons = {name: t.why_down() for name, t in self._tasks.items()}
        return {name: why for name, why in reasons.items() if why is not None}

    def stalled(self) -> dict[str, str]:
        """The tasks that run but are stalled, with why (/healthz): empty when none is."""
        reasons = {name: t.stall() for name, t in self._tasks.items()}
        return {name: why for name, why in reasons.items() if why is not None}

    def relays_idle(self) -> dict[str, float]:
        """How long each task that says how it progresses (the relays) has shown no sign of life, in its items in
        flight or its loop, by name (/metrics)."""
        return {name: t.progress().silent_s for name, t in self._tasks.items() if t.progress is not None}

    def names(self) -> list[str]:
        return sorted(self._tasks)

    async def close(self) -> None:
        """Stop what is still running (its owner did not), all at once."""
        tasks, self._tasks = list(self._tasks.values()), {}
        await asyncio.gather(*(t.stop() for t in tasks))


async def init_supervisor(
    is_outage: OutageCheck, policy: RestartPolicy | None = None, *, gate: SchemaGate | None = None
) -> AsyncIterator[Supervisor]:
    """Resource: the process's supervisor, with its schema gate's reads as a task of its own (never gated); at
    shutdown, stops any task its owner left running."""
    supervisor = Supervisor(policy, is_outage=is_outage, gate=gate)
    if gate is not None:
        await gate.refresh()  # read before any task starts: an old replica's relays never start
        supervisor.start("schema-check", gate.run, gated=False)
    try:
        yield supervisor
    finally:
        await supervisor.close()
