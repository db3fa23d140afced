from __future__ import annotations

import os

import pytest

from service.wiring.container import LISTEN_CONNECTIONS
from service.wiring.server import AUTO_GRPC_PROCESSES_MAX, grpc_processes


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
