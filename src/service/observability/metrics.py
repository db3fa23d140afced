"""Prometheus across processes: every gRPC process's counters on the main process's one `/metrics`.

`serve` runs several processes (service.wiring.processes); each counts its own calls. prometheus-client's multiprocess
mode keeps every process's values in memory-mapped files of one folder (PROMETHEUS_MULTIPROC_DIR), and the scrape
sums them (`MultiProcessCollector`). The folder must be set before any metric is created: `serve` makes a fresh one
(or empties the one given) before it builds anything, and the workers inherit it through their environment.
Without it (tests, one-shot commands) metrics stay in the process's own registry, as before.

Process metrics (`process_*`, `python_*`) are the main process's: the multiprocess collector cannot read other
processes' CPU or memory.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    values,
)
from prometheus_client.multiprocess import MultiProcessCollector

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
_RUNTIME_COLLECTORS = (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR)


def enable_multiprocess() -> Path:
    """Called once by the main process of `serve`, before the container is built. An operator's folder
    (PROMETHEUS_MULTIPROC_DIR) is emptied of a previous run's files; otherwise a private one is made and removed
    at exit."""
    configured = os.environ.get(MULTIPROC_ENV, "")
    if configured:
        folder = Path(configured)
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.db"):
            stale.unlink()
    else:
        folder = Path(tempfile.mkdtemp(prefix="pdpg-metrics-"))
        atexit.register(shutil.rmtree, folder, True)
        os.environ[MULTIPROC_ENV] = str(folder)
    # prometheus-client picks its value store when first imported; metrics created from now on use the files.
    values.ValueClass = values.get_value_class()
    return folder


def single_process() -> None:
    """Every command but `serve`: metrics stay in this process. prometheus-client switches to files as soon as
    PROMETHEUS_MULTIPROC_DIR is present, even empty (then in the current directory): a `keys` or `doctor` run in
    serve's environment must not write there."""
    if MULTIPROC_ENV in os.environ:
        del os.environ[MULTIPROC_ENV]
        values.ValueClass = values.get_value_class()


def multiprocess() -> bool:
    return bool(os.environ.get(MULTIPROC_ENV))


def exposition(registry: CollectorRegistry) -> bytes:
    """The text of `/metrics`: every process's metrics, or, in a single process, `registry` (the container's) and
    the default registry (service.observability.business_metrics, and the runtime's `process_*` and `python_*`)."""
    if multiprocess():
        merged = CollectorRegistry()
        MultiProcessCollector(merged)
        runtime = CollectorRegistry()
        for collector in _RUNTIME_COLLECTORS:
            runtime.register(collector)
        return generate_latest(merged) + generate_latest(runtime)
    return generate_latest(registry) + generate_latest(REGISTRY)
