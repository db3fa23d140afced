"""CPU time of the processes a bench drives (Linux /proc): what each stage costs per operation, a figure that other
load on the machine disturbs much less than a rate does."""

from __future__ import annotations

import os
from pathlib import Path

import asyncpg


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (NaN when it cannot be read: gone, or not Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def children(pid: int) -> list[int]:
    """The direct children of a process (e.g. the gateway's gRPC workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds so far of a process and of its direct children."""
    return {p: cpu_seconds(p) for p in [pid, *children(pid)]}


async def postgres_cpu(pool: asyncpg.Pool) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL process (backends and background workers) of the pool's server."""
    return {r["pid"]: cpu_seconds(r["pid"]) for r in await pool.fetch("SELECT pid FROM pg_stat_activity")}


def spent(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds spent between two readings (processes started meanwhile count from zero)."""
    return sum(t - before.get(pid, 0.0) for pid, t in after.items())
