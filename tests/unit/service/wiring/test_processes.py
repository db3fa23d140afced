"""The main process's gRPC workers: one that keeps dying is given up on, and the probes say so."""

from __future__ import annotations

import asyncio
import sys

from service.wiring.processes import RESTARTS_PER_MINUTE, GrpcWorkers

DIES = (sys.executable, "-c", "raise SystemExit(3)")


async def test_a_worker_that_keeps_exiting_is_given_up_on_and_named() -> None:
    degraded: dict[str, str] = {}
    workers = GrpcWorkers(1, {}, grace_s=1, degraded=degraded, command=DIES, restart_delay_s=0)
    await workers.start()
    try:
        async with asyncio.timeout(60):
            while "not restarted" not in degraded.get("grpc-worker-0", ""):
                await asyncio.sleep(0.05)
    finally:
        await workers.stop()
    assert degraded == {
        "grpc-worker-0": f"exited {RESTARTS_PER_MINUTE + 1} times within a minute (last exit code 3); not"
        " restarted, the other processes serve: see the logs, then restart serve"
    }


async def test_a_worker_is_named_while_it_restarts_and_forgotten_once_running() -> None:
    degraded: dict[str, str] = {}
    sleeps = (sys.executable, "-c", "import time; time.sleep(60)")
    workers = GrpcWorkers(1, {}, grace_s=1, degraded=degraded, command=sleeps, restart_delay_s=0.5)
    await workers.start()
    try:
        (first,) = workers.pids
        assert degraded == {}
        workers._processes[0].kill()
        async with asyncio.timeout(30):
            while not degraded:
                await asyncio.sleep(0.01)
            assert degraded == {"grpc-worker-0": "exited (code -9); restarting"}
            while degraded or not workers.pids:
                await asyncio.sleep(0.05)
        assert workers.pids != [first]
    finally:
        await workers.stop()
