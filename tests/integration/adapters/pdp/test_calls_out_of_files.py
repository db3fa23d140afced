"""A platform call that cannot open its connection because this process is out of open files is this host's fault,
not the platform's outage: caused for real (RLIMIT_NOFILE lowered, the free numbers taken) in a subprocess calling
a platform on localhost. Before, each such call fed the profile's breaker: five in a row and every company's calls
to that platform were held, /readyz said it down, and what waited on it counted its outage patience."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

# The subprocess: one call with files to spare (its token fetched), then six calls and a token fetch with none left
# (each connection is closed after its answer, so every call opens one), then one call with files again.
_CALLS_WITHOUT_FILES = r"""
import asyncio, contextlib, json, logging, os, resource, sys
from datetime import UTC, datetime
import httpx
from adapters.host_faults import local_fault
from adapters.pdp.calls import Pacing, PlatformSession
from adapters.pdp.http_pool import platform_http_client
from adapters.pdp.oauth_token import OAuthClient
from adapters.pdp.retry import RetryPolicy
from adapters.pdp.secret import Secret
from adapters.pdp.timeouts import Timeouts
from domain.platform_breaker import Breaker
from domain.platform_profile import PlatformOptions

errors = []
said = logging.getLogger("adapters.pdp.calls")
said.setLevel(logging.ERROR)
said.addHandler(type("H", (logging.Handler,), {"emit": lambda self, r: errors.append(r.getMessage())})())

async def nowait(delay):
    await asyncio.sleep(0)

async def main(base):
    http = platform_http_client(2)
    breaker = Breaker("test", lambda: 0.0, lambda: datetime(2026, 12, 8, 3, 0, tzinfo=UTC))
    client = OAuthClient(base + "/token", "id", Secret("secret"))
    pacing = Pacing(RetryPolicy(max_attempts=3), sleep=nowait)
    session = PlatformSession.for_client("test", http, client, Timeouts(PlatformOptions()), pacing, breaker)

    async def call():
        try:
            response = await session.request(
                "GET", base + "/ping", what="ping", idempotent=True,
                headers=lambda token: {"Authorization": "Bearer " + token}, answered=lambda r: r,
            )
            return ["answered", response.status_code]
        except Exception as exc:
            return [type(exc).__name__, str(exc), local_fault(exc)]

    out = {"before": await call()}
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(int(fd) for fd in os.listdir("/proc/self/fd")) + 1, hard))
    fillers = []
    with contextlib.suppress(OSError):
        while True:
            fillers.append(os.open(os.devnull, os.O_RDONLY))
    out["without_files"] = [await call() for _ in range(6)]
    session.tokens.invalidate(await session.tokens.get())
    out["token_without_files"] = await call()
    out["breaker"] = [breaker.failures, breaker.is_open, breaker.ran_out]
    for fd in fillers:
        os.close(fd)
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    out["after"] = await call()
    out["breaker_after"] = [breaker.failures, breaker.is_open, breaker.ran_out]
    out["errors"] = errors
    await http.aclose()
    print(json.dumps(out))

asyncio.run(main(sys.argv[1]))
"""


class _Platform(BaseHTTPRequestHandler):
    """A platform that answers every call at once, and a new connection for each (HTTP/1.0: closed after)."""

    calls: list[str] = []

    def do_GET(self) -> None:
        self._answer(b"{}")

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self._answer(b'{"access_token": "t", "token_type": "Bearer", "expires_in": 3600}')

    def _answer(self, body: bytes) -> None:
        self.calls.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def platform() -> Iterator[tuple[str, list[str]]]:
    calls: list[str] = []
    handler = type("Handler", (_Platform,), {"calls": calls})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", calls
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_calls_failing_for_want_of_open_files_are_this_hosts_fault_and_never_open_the_platforms_breaker(
    platform: tuple[str, list[str]],
) -> None:
    base, calls = platform
    done = subprocess.run(
        [sys.executable, "-c", _CALLS_WITHOUT_FILES, base],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=True,
    )
    out = json.loads(done.stdout)
    run_out = out["without_files"][0][2]
    assert out["before"] == ["answered", 200]
    assert run_out.startswith("open files at this process's limit (EMFILE: RLIMIT_NOFILE ")
    # an OSError saying what ran out (what the relays and the gRPC edge read), never the platform's PlatformUnavailable
    said = "[Errno 24] ping: test not called: Too many open files"
    assert out["without_files"] == [["OSError", said, run_out]] * 6
    assert out["token_without_files"] == ["OSError", said, run_out]
    # not one attempt counted against the platform, nor retried: the calls above reached it only with files
    assert out["breaker"] == [0, False, run_out]
    assert calls == ["/token", "/ping", "/token", "/ping"]
    assert out["after"] == ["answered", 200]
    assert out["breaker_after"] == [0, False, ""]  # answered: no longer said
    assert out["errors"] == [
        f"platform test: ping not called: this process ran out of {run_out} (docs/on-call.md); said again once it"
        " answers"
    ]
