"""`grpc_bench` of several checkouts (other commits) alternated round by round on ONE embedded PostgreSQL loaded with
pg_stat_statements, each run on a fresh database: the same-run comparison that found the 6 December regression
(docs/benchmarks.md). After each run, its database's statements by PostgreSQL time, with their buffers read and WAL
written per invoice: figures the machine's other load does not disturb, unlike times and rates.

Each checkout is NAME=PATH, a source tree with its own `.venv` (`git worktree add /tmp/old <commit>`, then `make
install` there or a link to this checkout's `.venv`): a run's PYTHONPATH is its checkout's `src`, so its gateway, its
migrations and its bench are its own. BENCH_ROUNDS (default 2; the order alternates), BENCH_OUT (a folder: one
report per run), and grpc_bench's knobs (BENCH_SECONDS, BENCH_LEVELS, ...) are passed on.

Run: `PYTHONPATH=src:. python -m bench.compare_checkouts old=/tmp/old new=.` (about 80 s per run with the defaults).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_STATEMENTS = """
SELECT calls, total_exec_time, shared_blks_hit + shared_blks_read AS blocks, wal_bytes,
       left(regexp_replace(query, '\\s+', ' ', 'g'), 100) AS query
  FROM pg_stat_statements WHERE dbid = $1 ORDER BY total_exec_time DESC LIMIT $2
"""


async def _server(data_dir: Path) -> Any:
    """The embedded server of `data_dir` with pg_stat_statements (restarted once to load it)."""
    from bench.tuned_server import tuned_server

    # track all: the triggers' statements too
    return await tuned_server(
        data_dir, {"shared_preload_libraries": "pg_stat_statements", "pg_stat_statements.track": "all"}
    )


async def _run(server: Any, admin: Any, name: str, checkout: Path, database: str) -> str:
    """One grpc_bench of `checkout` on a new database: its output, then its statements per invoice written."""
    import asyncpg

    await admin.execute(f'CREATE DATABASE "{database}"')  # a name made by _main
    await admin.execute("SELECT pg_stat_statements_reset()")
    env = dict(os.environ, DATABASE_URL=server.get_uri(database), PYTHONPATH=f"{checkout / 'src'}:{checkout}")
    started, load = time.strftime("%H:%M:%S", time.gmtime()), os.getloadavg()[0]
    process = await asyncio.create_subprocess_exec(
        str(checkout / ".venv" / "bin" / "python"),
        "-m",
        "bench.grpc_bench",
        cwd=checkout,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    conn = await asyncpg.connect(server.get_uri(database))
    try:
        invoices = max(1, await conn.fetchval("SELECT count(*) FROM invoices"))
    finally:
        await conn.close()
    dbid = await admin.fetchval("SELECT oid FROM pg_database WHERE datname = $1", database)
    lines = [
        f"=== {name} ({checkout}) from {started} UTC, load average {load:.1f} then {os.getloadavg()[0]:.1f}",
        output.decode(errors="replace").rstrip(),
        f"--- its statements, per invoice written ({invoices}): calls, PostgreSQL µs, blocks, WAL bytes",
    ]
    for r in await admin.fetch(_STATEMENTS, dbid, 12):
        lines.append(
            f"{r['calls'] / invoices:7.2f} {r['total_exec_time'] * 1000 / invoices:8.0f}"
            f" {r['blocks'] / invoices:8.1f} {int(r['wal_bytes'] or 0) / invoices:8.0f}  {r['query']}"
        )
    await admin.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
    return "\n".join(lines)


async def _main(checkouts: dict[str, Path]) -> None:
    import asyncpg

    rounds = int(os.environ.get("BENCH_ROUNDS", "2"))
    out = Path(os.environ["BENCH_OUT"]) if os.environ.get("BENCH_OUT") else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pdpg-compare-checkouts-") as tmp:
        server = await _server(Path(tmp) / "pgdata")
        try:
            admin = await asyncpg.connect(server.get_uri("postgres"))
            await admin.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            names = list(checkouts)
            for n in range(rounds):
                for name in names if n % 2 == 0 else names[::-1]:
                    report = await _run(server, admin, name, checkouts[name], f"compare_checkouts_{n}_{name}")
                    print(report, flush=True)
                    if out is not None:
                        (out / f"{name}-{n}.txt").write_text(report + "\n")
            await admin.close()
        finally:
            await asyncio.to_thread(server.cleanup)


def run(argv: list[str]) -> None:
    checkouts = {}
    for arg in argv:
        name, _, path = arg.partition("=")
        if not (
            name.isidentifier() and name.islower() and (Path(path) / ".venv" / "bin" / "python").exists()
        ):
            raise SystemExit(f"{arg!r}: expected NAME=PATH (a lower-case name, a checkout with its .venv)")
        checkouts[name] = Path(path).resolve()
    if not checkouts:
        raise SystemExit(__doc__)
    asyncio.run(_main(checkouts))


if __name__ == "__main__":
    run(sys.argv[1:])
