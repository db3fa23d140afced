import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import asyncpg

from adapters.postgres.embedded import embedded_database

ROOT = Path(__file__).resolve().parents[4]
# A process that starts the server on the data folder given as argument, then dies without letting go of it.
HOLD_AND_DIE = """
import os, signal, sys
from pathlib import Path
from adapters.postgres.embedded import start_server
start_server(Path(sys.argv[1]))
os.kill(os.getpid(), signal.SIGKILL)
"""


def postmaster_pid(data_dir: Path) -> int:
    return int((data_dir / "postmaster.pid").read_text().split()[0])


async def test_embedded_server_keeps_its_data_across_restarts(pgdata_dir: Path) -> None:
    async for dsn in embedded_database(pgdata_dir, "restart_check"):
        conn = await asyncpg.connect(dsn)
        await conn.execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')")
        await conn.close()
    async for dsn in embedded_database(pgdata_dir, "restart_check", cleanup_mode="delete"):
        conn = await asyncpg.connect(dsn)
        try:
            assert await conn.fetchval("SELECT v FROM kept") == "still here"
        finally:
            await conn.close()
    assert not pgdata_dir.exists()


async def test_a_holder_killed_without_letting_go_does_not_keep_the_server_alive(pgdata_dir: Path) -> None:
    killed = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        HOLD_AND_DIE,
        str(pgdata_dir),
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert await asyncio.wait_for(killed.wait(), 120) == -signal.SIGKILL
    assert json.loads((pgdata_dir / ".handle_pids.json").read_text()) == [killed.pid]
    left_running = postmaster_pid(pgdata_dir)

    async for dsn in embedded_database(pgdata_dir, "restart_check", cleanup_mode="delete"):
        assert postmaster_pid(pgdata_dir) == left_running  # joined, not restarted
        conn = await asyncpg.connect(dsn)
        await conn.close()
    # The last live holder left: the server was stopped and its data deleted, not kept for the dead one.
    assert not pgdata_dir.exists()
