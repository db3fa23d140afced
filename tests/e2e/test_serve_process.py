"""`make run` as a user runs it: `pdp-gateway serve` in its own process (embedded PostgreSQL in a temporary
PGDATA_DIR, the sandbox platform), a key created with the CLI, an example invoice submitted with the CLI and
followed to SENT and its platform statuses, then SIGTERM and a clean exit.

Every wait is on an event: the server's "serving" log line, the CLI's event stream, the process exit; each is
bounded by a timeout so that a hung server fails the test instead of blocking the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "b2b-goods-B1.json"
START_TIMEOUT_S = 120.0  # initdb + migrations on a cold embedded PostgreSQL
FLOW_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 60.0


def process_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PDP_", "IOPOLE_", "PIPELINE_"))}
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        DATABASE_URL="",  # the embedded server, as `make run` without configuration
        PGDATA_DIR=str(data_dir),
        # Port 0: the server binds free ports itself and logs them on its "serving" line. A port picked here
        # and released would be free for any other process to take before the server binds it.
        GRPC_HOST="127.0.0.1",
        GRPC_PORT="0",
        HTTP_HOST="127.0.0.1",
        HTTP_PORT="0",
        PDP_PROVIDER="sandbox",
        SANDBOX_STEP_DELAY_S="0.05",
        PIPELINE_WORKERS="1",
    )
    return env


class Server:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.log: list[dict[str, Any]] = []
        self.serving = asyncio.Event()
        self.target = ""  # host:port of its gRPC server, from the "serving" line
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for raw in self.process.stderr:
            try:
                entry = json.loads(raw)
            except ValueError:
                entry = {"msg": raw.decode(errors="replace").rstrip()}
            self.log.append(entry)
            if entry.get("msg") == "serving":
                self.target = f"127.0.0.1:{entry['grpc_port']}"
                self.serving.set()

    async def wait_serving(self) -> None:
        exited = asyncio.create_task(self.process.wait())
        serving = asyncio.create_task(self.serving.wait())
        try:
            await asyncio.wait({exited, serving}, timeout=START_TIMEOUT_S, return_when=asyncio.FIRST_COMPLETED)
        finally:
            exited.cancel()
            serving.cancel()
        assert self.serving.is_set(), f"the server did not start: {self.tail()}"

    def tail(self, n: int = 20) -> list[str]:
        return [str(e.get("msg", e)) for e in self.log[-n:]]

    async def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT_S)
        await asyncio.wait_for(self._reader, STOP_TIMEOUT_S)
        return code


@pytest.fixture
async def server(tmp_path: Path, pgdata_dir: Path) -> AsyncIterator[tuple[Server, dict[str, str]]]:
    env = process_env(pgdata_dir)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "service", "serve", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )
    running = Server(process)
    try:
        yield running, env
    finally:
        if process.returncode is None:  # the test failed before its SIGTERM: do not leave the server behind
            process.kill()
            await process.wait()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(running._reader, 10)


async def cli(env: dict[str, str], *args: str) -> Any:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "service", *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), FLOW_TIMEOUT_S)
    assert process.returncode == 0, f"pdp-gateway {' '.join(args)} exited {process.returncode}: {err.decode()}"
    return json.loads(out)


async def watch_until(env: dict[str, str], target: str, invoice_id: str, last_code: str) -> list[dict[str, Any]]:
    """The invoice's events from `pdp-gateway invoice watch`, until the STATUS `last_code` arrives."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "service", "invoice", "watch", "--target", target, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )
    seen: list[dict[str, Any]] = []
    try:
        async with asyncio.timeout(FLOW_TIMEOUT_S):
            assert process.stdout is not None
            async for line in process.stdout:
                event = json.loads(line)
                if event.get("invoice_id") != invoice_id:
                    continue
                seen.append(event)
                if event.get("kind") == "STATUS" and event.get("status_code") == last_code:
                    return seen
        raise AssertionError(f"the event stream ended before status {last_code}: {seen}")
    finally:
        if process.returncode is None:
            process.terminate()
            await process.wait()


async def test_serve_sends_an_example_invoice_through_the_sandbox_and_stops_cleanly_on_sigterm(server) -> None:  # noqa: ANN001
    running, env = server
    await running.wait_serving()
    target = running.target

    company = json.loads(EXAMPLE.read_text())["seller"]["legal_registration"]["value"]
    key = await cli(env, "keys", "create", "--company", company, "--name", "serve-test")
    client_env = {**env, "PDP_GATEWAY_API_KEY": key["secret"]}

    submitted = await cli(client_env, "invoice", "submit", str(EXAMPLE), "--target", target)
    invoice_id = submitted["invoice"]["id"]
    events = await watch_until(client_env, target, invoice_id, "204")
    kinds = [e["kind"] for e in events]
    assert kinds[:2] == ["SUBMITTED", "VALIDATED"] and "SENT" in kinds, kinds

    got = await cli(client_env, "invoice", "get", invoice_id, "--target", target)
    invoice = got.get("invoice", got)
    assert invoice["state"] == "PROCESSING_STATE_SENT", invoice.get("last_error")
    assert invoice["lifecycle_code"] == "204" and invoice["platform_id"]
    history = await cli(client_env, "invoice", "history", invoice_id, "--target", target)
    codes = [e["status_code"] for e in history["events"] if e["kind"] == "STATUS"]
    assert sorted(codes) == ["200", "201", "202", "203", "204"], codes

    assert await running.stop() == 0, running.tail()
    messages = [e.get("msg") for e in running.log]
    assert "stopped" in messages
    assert not [e for e in running.log if e.get("level") in ("ERROR", "CRITICAL")], running.tail()
