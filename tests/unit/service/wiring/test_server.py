from __future__ import annotations

import asyncio
import os

import pytest

from service.wiring.container import LISTEN_CONNECTIONS
from service.wiring.http import Lifecycle
from service.wiring.server import AUTO_GRPC_PROCESSES_MAX, DRAIN_CHECK_S, DRAIN_S, drain, grpc_processes


def test_grpc_workers_zero_means_one_process_per_core_up_to_a_bound() -> None:
    assert grpc_processes(0) == min(os.cpu_count() or 1, AUTO_GRPC_PROCESSES_MAX)


def test_the_bound_keeps_the_processes_pools_within_postgresqls_default_connections(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert grpc_processes(0) == AUTO_GRPC_PROCESSES_MAX
    # DB_POOL_MAX's default per process and its LISTEN connections, against max_connections' default
    assert AUTO_GRPC_PROCESSES_MAX * (20 + LISTEN_CONNECTIONS) < 100


def test_grpc_workers_set_is_taken_as_is() -> None:
    assert [grpc_processes(n) for n in (1, 2, 5)] == [1, 2, 5]


def test_a_negative_grpc_workers_is_refused_with_its_name() -> None:
    with pytest.raises(ValueError, match="GRPC_WORKERS"):
        grpc_processes(-1)


async def test_the_drain_lasts_while_held_calls_still_arrive() -> None:
    # On a loaded machine the loop hands gRPC's held calls over more slowly than DRAIN_S: the port closed on them
    # (CANCELLED). Calls keep arriving past DRAIN_S here, each one sooner than a check apart.
    lifecycle = Lifecycle()
    lifecycle.draining = True
    arrivals = int(DRAIN_S / (DRAIN_CHECK_S / 2)) + 10

    async def held_calls() -> None:
        for _ in range(arrivals):
            await asyncio.sleep(DRAIN_CHECK_S / 2)
            assert lifecycle.turns_away()

    calls = asyncio.create_task(held_calls())
    await drain(lifecycle)
    assert calls.done() and lifecycle.turned_away == arrivals
