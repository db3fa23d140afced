"""A gRPC worker process stops once the main process that started it is gone (service.wiring.grpc_worker)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest

from service.wiring.grpc_worker import _stop_with_parent
from service.wiring.processes import PARENT_PID, expected_parent, worker_env


def test_the_main_process_names_itself_in_its_workers_environment() -> None:
    assert worker_env(50051, "postgresql:///x")[PARENT_PID] == str(os.getpid())


async def test_a_worker_whose_main_process_died_before_it_looked_stops_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """kill -9 of a main process while its worker started up: the worker read its parent then (init, already),
    watched it, and served on for good, holding the gRPC port (the next `serve` was refused it)."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    monkeypatch.setenv(PARENT_PID, str(gone.pid))
    stop = asyncio.Event()

    async with asyncio.timeout(60):  # a bound on the wait, not a speed: it stops on its first look
        await _stop_with_parent(expected_parent(), stop)

    assert stop.is_set()
