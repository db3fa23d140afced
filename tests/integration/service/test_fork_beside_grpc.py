"""Starting a child with fork() while grpc is busy: what the embedded PostgreSQL does, as root, for initdb and pg_ctl.

The child runs in a fresh interpreter that imports `service` first, as the service and the test run do. With gRPC's
fork handlers left on, about one such fork in seven crashed here (and once grpc's poller aborted the parent).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORKS = 150
BUSY_GRPC_THEN_FORK = f"""
import asyncio, subprocess
import service
import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc


async def main():
    server = grpc.aio.server()
    health_pb2_grpc.add_HealthServicer_to_server(health.aio.HealthServicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    stub = health_pb2_grpc.HealthStub(grpc.aio.insecure_channel(f"127.0.0.1:{{port}}"))
    done = asyncio.Event()

    async def hammer():
        while not done.is_set():
            await stub.Check(health_pb2.HealthCheckRequest(), timeout=10)

    callers = [asyncio.create_task(hammer()) for _ in range(6)]

    def fork_children():
        # preexec_fn, like user= or group=, makes Python fork() instead of vfork().
        return [subprocess.run(["true"], preexec_fn=lambda: None).returncode for _ in range({FORKS})]

    codes = await asyncio.to_thread(fork_children)
    done.set()
    await asyncio.gather(*callers)
    await server.stop(0)
    print(sum(1 for code in codes if code != 0))


asyncio.run(main())
"""


def test_children_forked_while_grpc_serves_all_run() -> None:
    run = subprocess.run(
        [sys.executable, "-c", BUSY_GRPC_THEN_FORK],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src")},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split()[-1] == "0", f"children that crashed out of {FORKS}"
