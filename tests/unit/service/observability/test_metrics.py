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

from service.observability.metrics import (
    MULTIPROC_ENV,
    EveryProcess,
    child_processes,
    exposition,
    gc_gauges,
    single_process,
)


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


GC_WORKER = """
import sys, time
from service.observability.metrics import publish_gc
publish_gc("grpc_worker")
print("published", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="the live processes are read from /proc")
def test_every_grpc_process_publishes_its_own_gc_figures_and_an_ended_ones_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MULTIPROC_ENV, str(tmp_path))
    values.ValueClass = values.get_value_class()
    gc_gauges.cache_clear()
    child = subprocess.Popen(
        [sys.executable, "-c", GC_WORKER],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == b"published\n"

        def gc_series() -> set[tuple[str, str, str]]:
            text = exposition(CollectorRegistry()).decode()
            assert text.count("# TYPE python_gc_collections_total ") == 1  # one family, not one per source
            families = {f.name: f for f in text_string_to_metric_families(text)}
            return {
                (s.labels["pid"], s.labels["process"], s.labels["generation"])
                for s in families["python_gc_collections_total"].samples
            }

        me, worker = str(os.getpid()), str(child.pid)
        generations = ("0", "1", "2")
        assert gc_series() == {(me, "main", g) for g in generations} | {
            (worker, "grpc_worker", g) for g in generations
        }
        child.kill()
        child.wait()
        assert gc_series() == {(me, "main", g) for g in generations}  # the ended process's are gone
        assert not list(tmp_path.glob(f"*_{child.pid}.db"))
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        monkeypatch.delenv(MULTIPROC_ENV)
        values.ValueClass = values.get_value_class()
        gc_gauges.cache_clear()
