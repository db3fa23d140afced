"""`pdp-gateway serve` with one bad setting, as the on-call engineer would start it: one stderr line naming the
variable and its rule, exit 2, and nothing started (no embedded database created in its data folder).

Each case is its own process: the entry point is the one `make run` uses, with the environment as the only input.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.pdp.registry import SETTINGS as PLATFORM_SETTINGS
from service.wiring.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
EXIT_USAGE = 2
RUN_TIMEOUT_S = (
    120  # the imports of the whole service on a loaded machine; a started server would hang past it
)

# variable, a value breaking its rule, what the line must say of the rule
BAD_VALUES: list[tuple[str, str, str]] = [
    ("GRPC_HOST", "localhost:50051", "an address of this host or a name that resolves to one"),
    # set but empty (a compose file's `GRPC_HOST: ${GRPC_HOST}`): gRPC's bind failed once the database ran
    ("GRPC_HOST", "", "an address of this host or a name that resolves to one"),
    ("GRPC_PORT", "abc", "an integer 0-65535"),
    ("GRPC_PORT", "70000", "an integer 0-65535"),
    ("GRPC_GRACE_S", "-1", "a duration in seconds"),
    ("GRPC_MAX_MESSAGE_MB", "4096", "an integer 1-2047"),
    ("GRPC_MAX_CONNECTIONS", "7", "an integer 8-1000000"),
    ("GRPC_WORKERS", "two", "an integer 0-64"),
    ("GRPC_CALLS_PER_COMPANY", "0", "an integer 1-100000"),
    ("GRPC_CALLS_PER_SECOND", "0", "an integer 1-1000000"),
    ("GRPC_CALLS_BURST", "2.5", "an integer 1-1000000"),
    ("API_KEY_LOOKUPS", "0", "an integer 1-1000"),
    ("API_KEY_CACHE_S", "-1", "a duration in seconds, 0 to 3600"),
    ("API_KEY_UNKNOWN_S", "nan", "a duration in seconds, 0 to 3600"),
    ("API_KEY_STALE_S", "1e9", "a duration in seconds, 0 to 86400"),
    ("API_KEY_MEMORY", "0", "an integer 1-10000000"),
    ("HTTP_HOST", "a..b", "an address of this host or a name that resolves to one"),
    ("HTTP_HOST", "", "an address of this host or a name that resolves to one"),
    ("HTTP_PORT", "-5", "an integer 0-65535"),
    ("HTTP_MAX_CONNECTIONS", "2", "an integer 8-1000000"),
    ("DB_POOL_MIN", "1.5", "an integer 0-1000"),
    ("DB_POOL_MAX", "0", "an integer 1-1000"),
    ("DB_SCHEMA_CHECK_S", "0", "a duration in seconds, above 0"),
    ("SUBMIT_BATCH_MAX", "-1", "an integer 1-100000"),
    ("SUBMIT_QUEUE_MAX", "", "an integer 1-100000"),
    ("SUBMIT_IN_FLIGHT", "x", "an integer 0-64"),
    ("SUBMIT_LINGER_MS", "inf", "a duration in milliseconds"),
    ("PDP_PROVIDER", "nope", "one of afnor, iopole, sandbox"),
    ("PDP_CONNECT_TIMEOUT_S", "0", "a duration in seconds, above 0"),
    ("PDP_TIMEOUT_S", "ten", "a duration in seconds, above 0"),
    ("PDP_UPLOAD_TIMEOUT_S", "nan", "a duration in seconds, above 0"),
    ("PDP_MAX_CONNECTIONS", "0", "an integer 1-10000"),
    ("PDP_BREAKER_AFTER", "0", "an integer 1-1000"),
    ("PDP_BREAKER_PROBE_S", "0", "a duration in seconds, above 0 to 3600"),
    ("SANDBOX_STEP_DELAY_S", "-0.5", "a duration in seconds"),
    ("SANDBOX_REJECTION_SHARE", "2", "a decimal share 0-1"),
    ("SANDBOX_ROUTING_ERROR_SHARE", "3%", "a decimal share 0-1"),
    ("DOCUMENT_WORKER_MEMORY_MB", "lots", "an integer 64-1048576"),
    ("DOCUMENT_WORKER_TIME_S", "0", "a duration in seconds, above 0"),
    ("DOCUMENT_FORMAT", "pdf", "one of cii, facturx, ubl"),
    ("PIPELINE_WORKERS", "-1", "an integer 0-64"),
    ("PIPELINE_CONCURRENCY", "0", "an integer 1-10000"),
    ("PIPELINE_BATCH_SIZE", "1e3", "an integer 1-10000"),
    ("PIPELINE_LEASE_S", "0", "a duration in seconds, above 0"),
    ("PIPELINE_POLL_S", "soon", "a duration in seconds, above 0"),
    ("PIPELINE_MAX_ATTEMPTS", "0", "an integer 1-1000"),
    ("PIPELINE_OUTAGE_PATIENCE_S", "30", "a duration in seconds, 60 to 604800"),
    ("PIPELINE_STOP_GRACE_S", "1e9", "a duration in seconds"),
    ("WEBHOOK_MAX_BODY_BYTES", "100MB", "an integer 1-1072693248"),
    ("WEBHOOK_SPOOL_AFTER_BYTES", "1MiB", "an integer 0-2147483648"),
    ("WEBHOOK_SPOOL_BUDGET_BYTES", "0", "an integer 1-1125899906842624"),
    ("WEBHOOK_TOLERANCE_S", "0", "an integer 1-86400"),
    ("RECEPTION_WORKERS", "0", "an integer 1-1000"),
    ("RECEPTION_CLAIM_BYTES", "128MiB", "an integer 1-1099511627776"),
    ("RECEPTION_POLL_INTERVAL_S", "-60", "a duration in seconds, above 0"),
    ("READABLE_VIEW_TIMEOUT_S", "0", "a duration in seconds, above 0"),
    ("LOG_LEVEL", "LOUD", "one of CRITICAL, DEBUG, ERROR, INFO, WARNING"),
]


def test_the_table_has_a_bad_value_for_every_typed_setting() -> None:
    assert {s.variable for s in SETTINGS} == {variable for variable, _, _ in BAD_VALUES}


def serve(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    data_dir = tmp_path / "pgdata"
    chosen = {s.variable for s in SETTINGS} | {v for names in PLATFORM_SETTINGS.values() for v in names}
    base = {k: v for k, v in os.environ.items() if k not in chosen}
    base.update({"PYTHONPATH": str(ROOT / "src"), "DATABASE_URL": "", "PGDATA_DIR": str(data_dir)} | env)
    done = subprocess.run(
        [sys.executable, "-m", "service", "serve"],
        env=base,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        cwd=tmp_path,
    )
    assert not data_dir.exists(), "the embedded database was started before the settings were checked"
    return done


@pytest.mark.parametrize(("variable", "value", "rule"), BAD_VALUES)
def test_a_bad_setting_stops_serve_with_one_line_naming_it(
    tmp_path: Path, variable: str, value: str, rule: str
) -> None:
    done = serve(tmp_path, **{variable: value})
    assert done.returncode == EXIT_USAGE, done.stderr
    (line,) = done.stderr.splitlines()  # one line, no traceback
    assert line.startswith(f"pdp-gateway: error: {variable} must be {rule}")
    assert line.endswith(f"not {value!r}")


def test_a_long_bad_value_is_shown_cut(tmp_path: Path) -> None:
    done = serve(tmp_path, GRPC_PORT="9" * 10_000)
    assert done.returncode == EXIT_USAGE
    assert len(done.stderr) < 200
    assert done.stderr.rstrip("\n").endswith("...'")


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("IOPOLE_CLIENT_SECRET", "s3cret-" * 1000),  # too long
        ("IOPOLE_AUTH_URL", "https://gateway:s3cret-pw@auth.iopole.com/token"),  # credentials in the URL
        ("IOPOLE_AUTH_URL", "http://auth.iopole.com/token"),  # the client secret in clear on the network
    ],
)
def test_a_bad_platform_setting_stops_serve_without_showing_a_secret(
    tmp_path: Path, variable: str, value: str
) -> None:
    good = {"IOPOLE_CLIENT_ID": "gw", "IOPOLE_CLIENT_SECRET": "s3cret-good", "IOPOLE_CUSTOMER_ID": "c1"}
    done = serve(tmp_path, PDP_PROVIDER="iopole", **(good | {variable: value}))
    assert done.returncode == EXIT_USAGE, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"pdp-gateway: error: {variable} must be ")
    assert line.endswith("(value not shown)")
    assert "s3cret" not in done.stderr and "s3cret" not in done.stdout


@pytest.fixture
def held_port() -> Iterator[int]:
    """A port another gateway listens on: a socket bound with SO_REUSEPORT, as `serve` binds its gRPC port when
    GRPC_WORKERS > 1 (the kernel lets any socket of the same user that sets it too share the port)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        held.bind(("127.0.0.1", 0))
        held.listen()
        yield held.getsockname()[1]


@pytest.mark.parametrize(
    ("variable", "other"),
    [("GRPC_PORT", "HTTP_PORT"), ("HTTP_PORT", "GRPC_PORT")],
)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_port_another_process_holds_stops_serve_with_one_line_naming_it(
    tmp_path: Path, held_port: int, variable: str, other: str, workers: str
) -> None:
    # With GRPC_WORKERS=2 the gRPC port used to be shared with the other gateway (half of a client's calls went to
    # its database); with 1 it was a gRPC traceback, and the HTTP port uvicorn's errno line once the database ran.
    done = serve(
        tmp_path,
        GRPC_HOST="127.0.0.1",
        HTTP_HOST="127.0.0.1",
        GRPC_WORKERS=workers,
        **{variable: str(held_port), other: "0"},
    )
    assert done.returncode == EXIT_USAGE, done.stderr
    (line,) = done.stderr.splitlines()
    assert line == (
        f"pdp-gateway: error: {variable} {held_port} is already in use on 127.0.0.1 (another pdp-gateway serve, or"
        f" another program, listens on it): stop that one or choose another {variable}"
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [("GRPC_HOST", "localhost:50051"), ("HTTP_HOST", "localhost:8080"), ("GRPC_HOST", "a..b")],
)
def test_a_host_that_names_no_address_stops_serve_with_one_line_naming_it(
    tmp_path: Path, variable: str, value: str
) -> None:
    # It was a gRPC traceback (exit 1), or uvicorn's "[Errno -2] Name or service not known" (exit 3), each once the
    # database had been started and migrated; with port 0 the host was not even looked at before.
    done = serve(tmp_path, GRPC_PORT="0", HTTP_PORT="0", **{variable: value})
    assert done.returncode == EXIT_USAGE, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"pdp-gateway: error: {variable} must be an address of this host")
    assert line.endswith(f"not {value!r}")


@pytest.mark.parametrize("url", ["postgresql://nobody@127.0.0.1:1/none", "postgres//typo@localhost/db"])
def test_a_database_serve_cannot_reach_stops_it_with_one_line_naming_the_setting(
    tmp_path: Path, url: str
) -> None:
    # `migrate` and `keys` said so; serve printed "pdp-gateway: error: Connection refused" after two asyncio ERROR
    # records (the other resources' cancelled start), or asyncpg's traceback for a DSN it cannot read.
    done = serve(tmp_path, GRPC_PORT="0", HTTP_PORT="0", DATABASE_URL=url)
    assert done.returncode == EXIT_USAGE, done.stderr
    *logged, line = done.stderr.splitlines()
    assert line.startswith("pdp-gateway: error: database unavailable (DATABASE_URL): ")
    assert [r for r in logged if '"level": "INFO"' not in r] == []  # no ERROR record, no traceback


@pytest.mark.parametrize("folder", ["/dev/null", "/proc/no-such-folder"])
def test_a_metrics_folder_serve_cannot_write_stops_it_with_one_line_naming_it(
    tmp_path: Path, folder: str
) -> None:
    # It was a traceback from pathlib's mkdir (exit 1), before anything else.
    done = serve(tmp_path, PROMETHEUS_MULTIPROC_DIR=folder)
    assert done.returncode == EXIT_USAGE, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith(
        f"pdp-gateway: error: PROMETHEUS_MULTIPROC_DIR must be a folder this user can write, not {folder!r}"
    )
