"""Extra processes serving the gRPC API on the same port (GRPC_WORKERS > 1).

CPython runs one thread of Python at a time, so a gateway process serves at most one core's worth of calls. With
GRPC_WORKERS=N, `serve` starts N-1 worker processes that bind the same gRPC port with SO_REUSEPORT (set only
then, see service.wiring.server.build_server), and the kernel spreads the incoming connections over the processes (per connection, not per call: a client with one
channel talks to one process). A worker serves gRPC calls only; the pipeline, the relays, the inbox worker, the
platform poller and the HTTP side (probes, metrics, webhooks) stay in the main process, which also owns the embedded
PostgreSQL that the workers reach through DATABASE_URL.

The main process supervises its workers: one that exits unexpectedly is started again (a bounded number of times),
and SIGTERM is passed on to them at shutdown. A worker stops by itself if its parent goes away.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from collections.abc import Mapping, Sequence

from dependency_injector import containers, providers

from aio.tasks import cancel_all

_log = logging.getLogger(__name__)

RESTARTS_PER_MINUTE = (
    5  # beyond this a worker that keeps dying is given up on (logged); the main process serves
)
PARENT_CHECK_S = 1.0
PARENT_PID = "PDP_GATEWAY_PARENT_PID"  # set by the main process for its gRPC workers only


def without_background_work(container: containers.Container) -> None:
    """What a worker must not run: each of these has exactly one home, the main process."""
    for resource in (
        container.dispatcher,
        container.inbox_worker,
        container.notseen_poller,
        container.declaration_relay,
        container.write_probe,
        container.platform_wake,
    ):
        resource.override(providers.Object(None))


class GrpcWorkers:
    """The main process's handle on its worker processes. `degraded` (the probes' Lifecycle.degraded) names each
    worker that is not running, with why, while it is restarted and once it is given up on: /readyz shows it."""

    def __init__(
        self,
        count: int,
        env: Mapping[str, str],
        *,
        grace_s: float,
        degraded: dict[str, str] | None = None,
        command: Sequence[str] = (sys.executable, "-m", "service.wiring.grpc_worker"),
        restart_delay_s: float = 1.0,
    ) -> None:
        self._count = count
        self._env = dict(env)
        self._grace_s = grace_s
        self._degraded = {} if degraded is None else degraded
        self._command = tuple(command)
        self._restart_delay_s = restart_delay_s
        self._processes: list[asyncio.subprocess.Process] = []
        self._supervisors: list[asyncio.Task[None]] = []
        self._stopping = False

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self._processes if p.returncode is None]

    async def start(self) -> None:
        for slot in range(self._count):
            self._processes.append(await self._spawn())
            self._supervisors.append(asyncio.create_task(self._supervise(slot), name=f"grpc-worker-{slot}"))

    async def _spawn(self) -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(*self._command, env=self._env)

    async def _supervise(self, slot: int) -> None:
        name = f"grpc-worker-{slot}"
        restarts: list[float] = []
        while True:
            code = await self._processes[slot].wait()
            if self._stopping:
                return
            now = time.monotonic()
            restarts = [t for t in restarts if now - t < 60] + [now]
            if len(restarts) > RESTARTS_PER_MINUTE:
                _log.error(
                    "grpc worker keeps exiting; not restarted", extra={"slot": slot, "exit_code": code}
                )
                self._degraded[name] = (
                    f"exited {len(restarts)} times within a minute (last exit code {code}); not restarted, the"
                    " other processes serve: see the logs, then restart serve"
                )
                return
            _log.error("grpc worker exited; restarting it", extra={"slot": slot, "exit_code": code})
            self._degraded[name] = f"exited (code {code}); restarting"
            await asyncio.sleep(self._restart_delay_s)
            if self._stopping:
                return
            try:
                self._processes[slot] = await self._spawn()
            except OSError as exc:
                _log.exception(
                    "grpc worker could not be started again; the other processes serve", extra={"slot": slot}
                )
                self._degraded[name] = (
                    f"could not be started again ({type(exc).__name__}: {exc}); not restarted"
                )
                return
            self._degraded.pop(name, None)

    async def stop(self) -> None:
        """SIGTERM to every worker (each drains its calls within the grace period), SIGKILL to a late one."""
        self._stopping = True
        for process in self._processes:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in self._processes:
            try:
                await asyncio.wait_for(process.wait(), self._grace_s + 10)
            except TimeoutError:
                _log.error("grpc worker did not stop in time; killed", extra={"pid": process.pid})
                process.kill()
                await process.wait()
        await cancel_all(self._supervisors)


def worker_env(grpc_port: int, database_url: str) -> dict[str, str]:
    """The main process's environment, pinned to the port it bound and the database it uses, and naming the main
    process (PARENT_PID: a worker stops once its parent is no longer that one)."""
    return {
        **os.environ,
        "GRPC_PORT": str(grpc_port),
        "DATABASE_URL": database_url,
        "GRPC_WORKERS": "1",
        PARENT_PID: str(os.getpid()),
    }


def expected_parent() -> int:
    """In a worker: the main process that started it. Not os.getppid() read at start: a main killed while the
    worker started up had already left it to init, and the worker then watched init and served on for good,
    holding the gRPC port."""
    return int(os.environ.get(PARENT_PID) or os.getppid())
