"""Only serve's processes share metric files; every other command keeps its metrics in memory. Process metrics are
read for every process of serve."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, generate_latest, values
from prometheus_client.parser import text_string_to_metric_families

from service.observability.metrics import MULTIPROC_ENV, EveryProcess, child_processes, single_process


def test_an_empty_multiprocess_folder_writes_no_file_anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MULTIPROC_ENV, "")  # present but empty: prometheus-client would write to the cwd
    values.ValueClass = values.get_value_class()
    assert values.ValueClass is not values.MutexValue
    single_process()
    assert MULTIPROC_ENV not in os.environ and values.ValueClass is values.MutexValue


def test_child_processes_are_found_with_their_role(tmp_path: Path) -> None:
    def process(pid: int, ppid: int, command: str, cmdline: bytes) -> None:
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "stat").write_text(f"{pid} ({command}) S {ppid} {pid} 0 0 -1")
        (tmp_path / str(pid) / "cmdline").write_bytes(cmdline)

    process(10, 1, "python", b"python\0-m\0service\0serve\0")
    process(11, 10, "python", b"python\0-m\0service.wiring.grpc_worker\0")
    process(12, 10, "a (strange) name", b"python\0-c\0from multiprocessing.spawn import spawn_main\0")
    process(13, 11, "python", b"python\0")  # a grandchild: not ours
    (tmp_path / "14").mkdir()  # ended while being read
    assert child_processes(10, tmp_path) == [(11, "grpc_worker"), (12, "worker")]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process metrics are read from /proc")
def test_every_process_has_its_own_process_metrics() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        registry = CollectorRegistry()
        registry.register(EveryProcess())
        text = generate_latest(registry).decode()
    finally:
        child.kill()
        child.wait()
    families = {f.name: f for f in text_string_to_metric_families(text)}
    for name in ("process_cpu_seconds", "process_resident_memory_bytes", "process_open_fds"):
        series = {(s.labels["pid"], s.labels["process"]) for s in families[name].samples}
        # other children of the test process, if any, are listed too
        assert {(str(os.getpid()), "main"), (str(child.pid), "worker")} <= series, name
    memory = {s.labels["pid"]: s.value for s in families["process_resident_memory_bytes"].samples}
    assert memory[str(os.getpid())] > memory[str(child.pid)] > 0  # each read from its own process
