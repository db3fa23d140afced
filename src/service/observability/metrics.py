"""Prometheus across processes: every gRPC process's counters on the main process's one `/metrics`.

`serve` runs several processes (service.wiring.processes); each counts its own calls. prometheus-client's multiprocess
mode keeps every process's values in memory-mapped files of one folder (PROMETHEUS_MULTIPROC_DIR), and the scrape
sums them (`MultiProcessCollector`). The folder must be set before any metric is created: `serve` makes a fresh one
(or empties the one given) before it builds anything, and the workers inherit it through their environment.
Without it (tests, one-shot commands) metrics stay in the process's own registry, as before.

Process metrics: the multiprocess files hold only what a process counted itself, so `process_*` (CPU, memory, file
descriptors, start time) are read at scrape time from /proc for the main process and each of its child processes
(the gRPC workers, the document workers), one series per process labelled `pid` and `process` (main, grpc_worker,
worker): a worker that leaks memory or spins is seen as such, not averaged away.

`python_gc_*` (the garbage collector's collections and objects per generation) can only be read inside a process:
each gRPC process copies its own into the files (`publish_gc`: the main process at each scrape, a gRPC worker every
second in the loop that watches its parent), as gauges labelled `pid` and `process` like `process_*`; a process
that ended has its files removed at the next scrape. The document workers publish none (they run no loop of ours
between calls). `python_info` is the main process's.
"""

from __future__ import annotations

import atexit
import functools
import gc
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import cast

from prometheus_client import (
    PLATFORM_COLLECTOR,
    REGISTRY,
    CollectorRegistry,
    Gauge,
    ProcessCollector,
    generate_latest,
    values,
)
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.mmap_dict import _INITIAL_MMAP_SIZE, MmapedDict
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead
from prometheus_client.registry import Collector

from aio.streak import Streak
from domain.platform_breaker import Breakers

_log = logging.getLogger(__name__)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
_PROC = Path("/proc")


class MetricsFolderUnwritable(ValueError):
    """PROMETHEUS_MULTIPROC_DIR is no folder this user can write: a bad setting, which serve says in one line (its
    own class: the observability imports no adapter, adapters.setting_rules.BadSetting included)."""


def enable_multiprocess() -> Path:
    """Called once by the main process of `serve`, before the container is built. An operator's folder
    (PROMETHEUS_MULTIPROC_DIR) is emptied of a previous run's files; otherwise a private one is made and removed
    at exit."""
    configured = os.environ.get(MULTIPROC_ENV, "")
    if configured:
        folder = Path(configured)
        try:  # every process writes its files there: a folder that cannot take one is said now, not a traceback
            folder.mkdir(parents=True, exist_ok=True)
            for stale in folder.glob("*.db"):
                stale.unlink()
            tempfile.TemporaryFile(dir=folder).close()
        except OSError as exc:
            raise MetricsFolderUnwritable(
                f"{MULTIPROC_ENV} must be a folder this user can write, not {configured!r} ({exc.strerror or exc})"
            ) from None
    else:
        folder = Path(tempfile.mkdtemp(prefix="pdpg-metrics-"))
        atexit.register(shutil.rmtree, folder, True)
        os.environ[MULTIPROC_ENV] = str(folder)
    # prometheus-client picks its value store when first imported; metrics created from now on use the files.
    values.MmapedDict = ReservedMmapedDict  # type: ignore[misc]  # the library names its class; no hook for it
    values.ValueClass = values.get_value_class()
    return folder


# Bytes a series takes in a file, at most: its key's length (4), the key padded to 8 bytes, value and timestamp (16).
_ENTRY_OVERHEAD = 4 + 8 + 16


class ReservedMmapedDict(MmapedDict):
    """prometheus-client's file of one process's values, whose room is reserved on the disk before it is written.

    The library extends the file sparse (`truncate`) and writes through a memory map: on a full filesystem (the
    folder is a small tmpfs or an in-memory volume) that write is a SIGBUS, which killed the gateway's process
    without a word at its first new series. Here the room is taken first (`posix_fallocate`, which fails with
    ENOSPC instead), and a series that finds none is not written: the process keeps its value in memory, exports
    it once there is room, and says so when it begins (ERROR) and when a new series has room again (WARNING), not at
    every series refused."""

    def __init__(self, filename: str, read_mode: bool = False) -> None:
        if not read_mode:
            with open(filename, "a+b") as file:
                if os.fstat(file.fileno()).st_size == 0:
                    try:
                        _reserve(file.fileno(), _INITIAL_MMAP_SIZE)
                    except (
                        OSError
                    ) as exc:  # a new file of this process: the metric cannot be made (/metrics 503)
                        where = os.path.dirname(filename)
                        raise OSError(
                            exc.errno, f"no room in PROMETHEUS_MULTIPROC_DIR {where}: {exc.strerror}"
                        ) from exc
        super().__init__(filename, read_mode)

    def _init_value(self, key: str) -> None:
        capacity = self._capacity
        while self._used + len(key.encode("utf-8")) + _ENTRY_OVERHEAD > capacity:
            capacity *= 2
        if capacity > self._capacity:
            _reserve(self._f.fileno(), capacity)
        super()._init_value(key)
        _NO_ROOM.succeeded()

    def read_value(self, key: str) -> tuple[float, float]:
        try:
            return cast(tuple[float, float], super().read_value(key))
        except OSError as exc:
            self._no_room(exc)
            return 0.0, 0.0

    def write_value(self, key: str, value: float, timestamp: float) -> None:
        try:
            super().write_value(key, value, timestamp)
        except OSError as exc:
            self._no_room(exc)

    def _no_room(self, exc: OSError) -> None:
        _NO_ROOM.failed(
            f"no room in {os.path.dirname(self._fname)} ({exc}): new series of this process are not exported until"
            " room is made (this process's figures are kept in memory meanwhile)"
        )


# One per process, as the files are: a full folder refuses every new series of the process.
_NO_ROOM = Streak(_log, "metrics: a new series in PROMETHEUS_MULTIPROC_DIR", level=logging.ERROR)


def _reserve(fd: int, size: int) -> None:
    """Blocks for `size` bytes of the file, allocated now (OSError ENOSPC when the filesystem has none)."""
    os.posix_fallocate(fd, 0, size)


def single_process() -> None:
    """Every command but `serve`: metrics stay in this process. prometheus-client switches to files as soon as
    PROMETHEUS_MULTIPROC_DIR is present, even empty (then in the current directory): a `keys` or `doctor` run in
    serve's environment must not write there."""
    if MULTIPROC_ENV in os.environ:
        del os.environ[MULTIPROC_ENV]
        values.ValueClass = values.get_value_class()


def multiprocess() -> bool:
    return bool(os.environ.get(MULTIPROC_ENV))


def child_processes(parent: int | None = None, proc: Path = _PROC) -> list[tuple[int, str]]:
    """The live child processes of `parent` (this process by default) with their role, read from /proc (Linux; empty
    elsewhere). A child that ends while it is read is left out."""
    parent = os.getpid() if parent is None else parent
    found = []
    for entry in proc.glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_bytes()
            ppid = int(stat.rsplit(b")", 1)[1].split()[1])  # the command name in (...) may hold spaces
            if ppid != parent:
                continue
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        found.append((int(entry.name), _role(cmdline)))
    return sorted(found)


def _role(cmdline: bytes) -> str:
    return "grpc_worker" if b"service.wiring.grpc_worker" in cmdline else "worker"


class EveryProcess(Collector):
    """`process_*` of this process and of each child, one series per process labelled `pid` and `process`."""

    def __init__(
        self, children: Callable[[], Iterable[tuple[int, str]]] = child_processes, proc: Path = _PROC
    ) -> None:
        self._children = children
        self._proc = proc

    def collect(self) -> Iterator[Metric]:
        families: dict[str, Metric] = {}
        for pid, role in [(os.getpid(), "main"), *self._children()]:
            reader = ProcessCollector(pid=partial(int, pid), proc=str(self._proc), registry=None)
            for metric in reader.collect():
                family = families.setdefault(
                    metric.name, Metric(metric.name, metric.documentation, metric.type)
                )
                for sample in metric.samples:
                    labels = {**sample.labels, "pid": str(pid), "process": role}
                    family.add_sample(sample.name, labels, sample.value)
        yield from families.values()


# gc.get_stats() keys and the names prometheus-client's own GC collector gives them (a single process keeps that one).
_GC_FIGURES = (
    ("collections", "python_gc_collections_total", "Number of times this generation was collected"),
    ("collected", "python_gc_objects_collected_total", "Objects collected during gc"),
    ("uncollectable", "python_gc_objects_uncollectable_total", "Uncollectable objects found during GC"),
)


@functools.cache
def gc_gauges() -> tuple[tuple[str, Gauge], ...]:
    """Made on first use, once the process writes its metrics to files (`liveall`: one series per process)."""
    return tuple(
        (key, Gauge(name, text, ["generation", "process"], multiprocess_mode="liveall", registry=None))
        for key, name, text in _GC_FIGURES
    )


def publish_gc(process: str) -> None:
    """This process's garbage collector figures into the multiprocess files, labelled with its role."""
    if not multiprocess():
        return
    for generation, stats in enumerate(gc.get_stats()):
        for key, gauge in gc_gauges():
            gauge.labels(str(generation), process).set(stats[key])


def _forget_ended(folder: Path, alive: set[int]) -> None:
    """Remove the per-process gauges of the processes that ended (a gRPC worker killed and restarted)."""
    for path in folder.glob("gauge_live*_*.db"):
        pid = path.stem.rsplit("_", 1)[1]
        if pid.isdigit() and int(pid) not in alive:
            mark_process_dead(int(pid), str(folder))


def _by_name(name: str, help_text: str, label: str, values: Mapping[str, float]) -> bytes:
    """One gauge family with a series per name (sorted); always there, empty when `values` is."""
    family = GaugeMetricFamily(name, help_text, labels=[label])
    for key in sorted(values):
        family.add_metric([key], values[key])
    return fixed_exposition([family])


def not_running_exposition(parts: Mapping[str, str]) -> bytes:
    """`pdp_gateway_parts_not_running{part}`: 1 for each part of the replica that is not running while it serves (a
    gRPC worker restarting or given up on: the probes' Lifecycle.degraded), so that an alert can say so."""
    return _by_name(
        "pdp_gateway_parts_not_running",
        "Parts of this replica not running while it serves (a gRPC worker process restarting or given up on).",
        "part",
        dict.fromkeys(parts, 1.0),
    )


def stalls_exposition(idle_s: Mapping[str, float]) -> bytes:
    """`pdp_gateway_relay_idle_seconds{task}`: for each relay (a supervised task that says how it progresses:
    service.workers.supervisor.Progress), how long it has shown no sign of life (an item in flight started, renewed
    its lease or ended; its loop turned: a few seconds while idle, its poll). Past two leases (RelaySettings.stall_s)
    it is stalled: /healthz 503 and /readyz naming it; an alert may say it sooner."""
    return _by_name(
        "pdp_gateway_relay_idle_seconds",
        "Seconds a relay has shown no sign of life (an item in flight renewing or ending, its loop turning at each"
        " poll); stalled past two leases (/healthz 503)",
        "task",
        idle_s,
    )


def tasks_down_exposition(down: Mapping[str, str]) -> bytes:
    """`pdp_gateway_background_task_down{task}`: 1 for each background task of the main process that is dead
    (restarting with backoff), paused or stalled, so that an alert can say so: /readyz names them but stays ready
    (service.wiring.http)."""
    return _by_name(
        "pdp_gateway_background_task_down",
        "Background tasks dead (restarting with backoff), paused or stalled (named by /readyz, still ready)",
        "task",
        dict.fromkeys(down, 1.0),
    )


def breakers_exposition(breakers: Breakers) -> bytes:
    """`pdp_gateway_platform_breaker_open{platform}` (1 while that profile's calls are held, this process's breaker:
    domain.platform_breaker) and `pdp_gateway_platform_calls_held` (the calls not made since it opened), a series
    per profile called so far."""
    state = GaugeMetricFamily(
        "pdp_gateway_platform_breaker_open",
        "1 while this process holds its calls to a platform profile found down (one probe at a time goes)",
        labels=["platform"],
    )
    held = GaugeMetricFamily(
        "pdp_gateway_platform_calls_held",
        "Calls to a platform profile not made since its breaker opened",
        labels=["platform"],
    )
    for breaker in sorted(breakers.all(), key=lambda b: b.platform):
        state.add_metric([breaker.platform], 1.0 if breaker.is_open else 0.0)
        held.add_metric([breaker.platform], float(breaker.held))
    return fixed_exposition([state, held])


def fixed_exposition(families: list[Metric]) -> bytes:
    """The text of metrics a process knows at scrape time (not counted in the multiprocess files)."""
    registry = CollectorRegistry()
    registry.register(_Fixed(families))
    return generate_latest(registry)


class _Fixed(Collector):
    def __init__(self, metrics: list[Metric]) -> None:
        self._metrics = metrics

    def collect(self) -> Iterator[Metric]:
        yield from self._metrics


def exposition(registry: CollectorRegistry) -> bytes:
    """The text of `/metrics`: every process's metrics, or, in a single process, `registry` (the container's) and
    the default registry (service.observability.business_metrics, and the runtime's `process_*` and `python_*`)."""
    if multiprocess():
        children = child_processes()
        publish_gc("main")
        _forget_ended(Path(os.environ[MULTIPROC_ENV]), {os.getpid(), *(pid for pid, _ in children)})
        merged = CollectorRegistry()
        MultiProcessCollector(merged)
        runtime = CollectorRegistry()
        runtime.register(EveryProcess(lambda: children))
        runtime.register(PLATFORM_COLLECTOR)
        return generate_latest(merged) + generate_latest(runtime)
    return generate_latest(registry) + generate_latest(REGISTRY)
