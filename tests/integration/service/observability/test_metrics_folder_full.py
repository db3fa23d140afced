"""`serve`'s metrics folder (PROMETHEUS_MULTIPROC_DIR: a tmpfs in compose, an in-memory volume on Kubernetes) full.

prometheus-client grows a process's file by extending it sparse and writing through a memory map: on a full
filesystem the write is a SIGBUS. Seen on a real `serve` (its folder on a full 2 MB tmpfs): the first call that made a
new series (an UNAUTHENTICATED call) killed the gateway's process without a log line. Each process runs here in a
mount namespace of its own with a small tmpfs as the folder (needs root; skipped otherwise).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]

_FILL_THEN_COUNT = """
import logging, os, sys
from service.observability.metrics import enable_multiprocess
logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(message)s")
folder = enable_multiprocess()
from prometheus_client import Counter
calls = Counter("pdp_gateway_test_calls", "calls", ["code"])
calls.labels("OK").inc()  # the process's file exists, room left
def fill():
    with open(folder / "filler", "wb", buffering=0) as filler:  # something else takes the rest of the room
        try:
            while True:
                filler.write(b"x" * 4096)
        except OSError:
            pass
fill()
for n in range(3000):  # new series: the file must grow
    calls.labels(f"CODE_{n:04d}_" + "x" * 40).inc()
calls.labels("OK").inc()
print("survived", calls.labels("OK")._value.get())
os.unlink(folder / "filler")  # room made: the next new series is written, and that is said
calls.labels("AFTER").inc()
fill()  # full again: said again
for n in range(3000):
    calls.labels(f"AGAIN_{n:04d}_" + "x" * 40).inc()
"""


def _unshare_works() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs root and unshare to mount a small tmpfs privately")
def test_a_full_metrics_folder_costs_the_new_series_not_the_process(tmp_path: Path) -> None:
    folder = tmp_path / "metrics"
    folder.mkdir()
    script = tmp_path / "fill_then_count.py"
    script.write_text(_FILL_THEN_COUNT)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "PROMETHEUS_MULTIPROC_DIR": str(folder),
    }
    run = subprocess.run(
        [
            "unshare",
            "--mount",
            "sh",
            "-c",
            f'mount -t tmpfs -o size=256k tmpfs "{folder}" && exec "{sys.executable}" "{script}"',
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Before: killed by SIGBUS (-7), nothing said.
    assert run.returncode == 0, (run.returncode, run.stderr[-2000:])
    assert run.stdout.split() == ["survived", "2.0"]  # the series that had room is still counted
    said = [line for line in run.stderr.splitlines() if line.startswith(("ERROR", "WARNING"))]
    # said once when it fills, not at every series refused; once when room is made; again when it fills again
    # (before: one ERROR for the process's whole life, nothing when room was made)
    assert [line.split()[0] for line in said] == ["ERROR", "WARNING", "ERROR"], run.stderr[-2000:]
    assert "PROMETHEUS_MULTIPROC_DIR" in said[0] and "No space left on device" in said[0]
    assert "works again, after " in said[1]
