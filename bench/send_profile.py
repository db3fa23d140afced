"""Where the dispatcher's process spends the send stage: pipeline_bench's stage (b) alone, on a larger backlog, with
py-spy attached to this process for the stage only (the render stage before it is not sampled).

Run: python -m bench.send_profile (repository root). Env: BENCH_STAGE (invoices, default 4000), PY_SPY (path of a
py-spy executable; without it the stage only runs and prints its rate), PY_SPY_SECONDS (default 5),
PY_SPY_OUT (default send-profile.txt, py-spy's raw format: one folded stack and its count a line).
Not a `*_bench.py`: `python -m bench` does not run it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import tempfile
import time
from pathlib import Path

from adapters.postgres.embedded import embedded_database
from bench import pipeline_bench as pb
from domain.emission import ProcessingState
from domain.pipeline_ports import OutboxKind
from tests.support.pipeline import iopole_gateway, processor
from tests.support.simulators.process import SimulatorProcess


def _spy() -> subprocess.Popen[bytes] | None:
    exe = os.environ.get("PY_SPY")
    if not exe:
        return None
    return subprocess.Popen(
        [
            exe,
            "record",
            "-p",
            str(os.getpid()),
            "-d",
            os.environ.get("PY_SPY_SECONDS", "5"),
            "-r",
            "200",
            "-f",
            "raw",
            "-o",
            os.environ.get("PY_SPY_OUT", "send-profile.txt"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def _profile(count: int) -> None:
    proc = processor(pb.CONFIG.document_format, workers=pb.CONFIG.workers)
    try:
        with SimulatorProcess() as sim, tempfile.TemporaryDirectory(prefix="pdpg-profile-") as tmp:
            async for dsn in embedded_database(Path(tmp) / "pgdata", "bench", cleanup_mode="delete"):
                async with pb._pipeline(dsn, proc) as pipeline, pb._platform_http() as http:
                    pdp = iopole_gateway(sim, http, attempts=3)
                    ids = await pb._submit(pipeline, count)
                    async with pb._stage(pipeline, pdp, OutboxKind.RENDER_VALIDATE):
                        await pb._wait_all(pipeline, ids, ProcessingState.READY)
                    spy = _spy()
                    if spy is not None:
                        await asyncio.sleep(0.5)  # py-spy attaching: not sampled anyway
                    started, cpu = time.perf_counter(), time.process_time()
                    async with pb._stage(pipeline, pdp, OutboxKind.SEND):
                        await pb._wait_all(pipeline, ids, ProcessingState.SENT)
                    elapsed = time.perf_counter() - started
                    print(
                        f"send stage: {count / elapsed:.0f} invoices/s, CPU of this process "
                        f"{(time.process_time() - cpu) * 1000 / count:.2f} ms per invoice"
                    )
                    if spy is not None:
                        spy.wait()
                    await pb._check_sent_once(pipeline, sim, ids)
    finally:
        proc.close()


if __name__ == "__main__":  # the render/validate pool spawns processes that import this module
    pb.run_loop(_profile(int(os.environ.get("BENCH_STAGE", "4000"))))
