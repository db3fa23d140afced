"""A platform simulator (IOPOLE or AFNOR) in a child process, driven over its stdin/stdout (one JSON line per answer).

The child prints its settings (IOPOLE_* or AFNOR_*) once it listens, then answers `uploads` with the uploads per
sha256 so far; end of stdin stops it. The parent (`SimulatorProcess`) offers what the bench reads from an in-process
simulator: the connection settings, `env()`, and the upload counts for the exactly-once check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.iopole_app import IopoleSimulator

_ROOT = (
    Path(__file__).resolve().parents[3]
)  # the repository: the child imports tests.support and src's packages


KINDS = {"iopole": IopoleSimulator, "afnor": AfnorSimulator}


def serve(kind: str = "iopole", stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> int:
    """The child's side: serve until stdin closes."""
    with KINDS[kind]() as sim:
        stdout.write(json.dumps(sim.env()) + "\n")
        stdout.flush()
        for line in stdin:
            command = line.strip()
            answer: object = (
                sim.upload_counts() if command == "uploads" else {"error": f"unknown {command!r}"}
            )
            stdout.write(json.dumps(answer) + "\n")
            stdout.flush()
    return 0


class SimulatorProcess:
    def __init__(self, kind: str = "iopole", *, python: str = sys.executable) -> None:
        if kind not in KINDS:
            raise ValueError(f"no {kind!r} simulator (one of {sorted(KINDS)})")
        self.kind = kind
        self._python = python
        self._child: subprocess.Popen[str] | None = None
        self._env: dict[str, str] = {}

    def start(self) -> SimulatorProcess:
        path = os.pathsep.join(
            p for p in (str(_ROOT), str(_ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p
        )
        self._child = subprocess.Popen(
            [self._python, "-m", "tests.support.simulators", self.kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": path},
        )
        self._env = self._read()
        return self

    def _read(self) -> Any:
        assert self._child is not None and self._child.stdout is not None
        line = self._child.stdout.readline()  # the child's own start-up timeout bounds this wait
        if not line:
            raise RuntimeError(f"the simulator process exited (status {self._child.poll()})")
        return json.loads(line)

    def upload_counts(self) -> dict[str, int]:
        if self._child is None or self._child.stdin is None:
            raise RuntimeError("simulator process not started")
        self._child.stdin.write("uploads\n")
        self._child.stdin.flush()
        return {sha: int(n) for sha, n in self._read().items()}

    def stop(self, timeout: float = 10.0) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout)
        if child.stdout is not None:
            child.stdout.close()

    def __enter__(self) -> SimulatorProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def pid(self) -> int:
        if self._child is None:
            raise RuntimeError("simulator process not started")
        return self._child.pid

    def env(self) -> dict[str, str]:
        """The settings pointing at the child (IOPOLE_* or AFNOR_*)."""
        return dict(self._env)

    @property
    def base_url(self) -> str:
        return self._env["IOPOLE_API_BASE"]

    @property
    def token_url(self) -> str:
        return self._env["IOPOLE_AUTH_URL"]

    @property
    def client_id(self) -> str:
        return self._env["IOPOLE_CLIENT_ID"]

    @property
    def client_secret(self) -> str:
        return self._env["IOPOLE_CLIENT_SECRET"]

    @property
    def customer_id(self) -> str:
        return self._env["IOPOLE_CUSTOMER_ID"]
