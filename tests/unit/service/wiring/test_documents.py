from __future__ import annotations

import pytest

from service.wiring.configuration import read_configuration
from service.wiring.container import Container
from service.wiring.documents import worker_limits
from service.workers.worker_pool import MiB, WorkerLimits


def test_the_cli_and_the_container_give_document_workers_the_same_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DOCUMENT_WORKER_MEMORY_MB", "512")
    monkeypatch.setenv("DOCUMENT_WORKER_TIME_S", "12.5")
    read = worker_limits(read_configuration().documents())
    assert read == WorkerLimits(memory_bytes=512 * MiB, time_s=12.5)
    assert Container().worker_limits() == read
