from __future__ import annotations

import os

import pytest

from service.server import grpc_processes


def test_grpc_workers_zero_means_one_process_per_core() -> None:
    assert grpc_processes(0) == (os.cpu_count() or 1)


def test_grpc_workers_set_is_taken_as_is() -> None:
    assert [grpc_processes(n) for n in (1, 2, 5)] == [1, 2, 5]


def test_a_negative_grpc_workers_is_refused_with_its_name() -> None:
    with pytest.raises(ValueError, match="GRPC_WORKERS"):
        grpc_processes(-1)
