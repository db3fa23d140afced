from __future__ import annotations

import asyncio
import errno
import json
import os
import socket
import ssl
import subprocess
import sys
import textwrap
from pathlib import Path

import asyncpg
import pytest
from asyncpg import exceptions as pg

from adapters.host_faults import local_fault
from adapters.postgres.outage import cannot_write, is_outage


@pytest.mark.parametrize(
    "exc",
    [
        ConnectionRefusedError(111, "Connect call failed"),
        FileNotFoundError(2, "No such file or directory"),  # a stopped server's socket: no file named
        socket.gaierror(-3, "Temporary failure in name resolution"),
        OSError(errno.EHOSTUNREACH, "No route to host"),
        ssl.SSLEOFError(8, "EOF occurred in violation of protocol"),  # a server stopping mid-handshake
        ConnectionResetError(),
        TimeoutError(),
        pg.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
        pg.CannotConnectNowError("the database system is starting up"),
        pg.AdminShutdownError("terminating connection due to administrator command"),
        pg.TooManyConnectionsError("sorry, too many clients already"),
        asyncpg.InterfaceError("connection is closed"),
        asyncpg.InterfaceError("pool is closing"),
        pg.InternalClientError(
            "PoolConnectionHolder.connect() called while another connection already exists"
        ),
    ],
    ids=lambda e: type(e).__name__,
)
def test_database_and_network_failures_are_outages(exc: BaseException) -> None:
    assert is_outage(exc)


@pytest.mark.parametrize(
    "exc",
    [
        pg.UniqueViolationError("duplicate key"),
        pg.UndefinedColumnError("column x does not exist"),
        asyncpg.InterfaceError(
            "cannot call Connection.is_closed(): connection has been released back to the pool"
        ),
        asyncpg.DataError("invalid input"),
        ValueError("bad"),
        KeyError("x"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_bugs_and_refusals_are_not_outages(exc: BaseException) -> None:
    assert not is_outage(exc)


def test_an_error_raised_while_handling_an_outage_is_one() -> None:
    try:
        try:
            raise ConnectionResetError()
        except ConnectionResetError:
            raise RuntimeError("rollback failed") from None
    except RuntimeError as exc:
        assert not is_outage(exc)  # `from None` hides the cause on purpose
    try:
        try:
            raise ConnectionResetError()
        except ConnectionResetError as cause:
            raise RuntimeError("rollback failed") from cause
    except RuntimeError as exc:
        assert is_outage(exc)


@pytest.mark.parametrize(
    ("exc", "why"),
    [
        (
            pg.DiskFullError('could not extend file "base/16384/16414": No space left on device'),
            "disk full (SQLSTATE 53100)",
        ),
        (
            pg.ReadOnlySQLTransactionError("cannot execute INSERT in a read-only transaction"),
            "read-only: a standby, or default_transaction_read_only set (SQLSTATE 25006)",
        ),
        (pg.OutOfMemoryError("out of memory"), "out of memory (SQLSTATE 53200)"),
    ],
    ids=lambda e: type(e).__name__ if isinstance(e, BaseException) else "",
)
def test_a_database_that_answers_but_cannot_write_is_an_outage_named_by_its_cause(
    exc: BaseException, why: str
) -> None:
    # Seen for real: a full disk under PostgreSQL failed every write while reads (and so /readyz) passed.
    assert is_outage(exc)
    assert cannot_write(exc) == why
    try:
        raise RuntimeError("the unit of work failed") from exc
    except RuntimeError as wrapped:
        assert cannot_write(wrapped) == why


@pytest.mark.parametrize(
    "exc",
    [
        pg.TooManyConnectionsError("sorry, too many clients already"),
        pg.CannotConnectNowError("the database system is starting up"),
        ConnectionRefusedError(111, "Connect call failed"),
        pg.UniqueViolationError("duplicate key"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_other_failures_are_no_refusal_to_write(exc: BaseException) -> None:
    assert cannot_write(exc) is None


# --- this host's own failures are no outage --------------------------------------------------------------------
# Before: every OSError was one, so a process out of open files, a missing file or a full local disk was answered
# "the service's database is unavailable; retry later" at WARNING, and a relay retried its item for ever at no
# attempt's cost. Each below is caused for real where this machine allows it.

_CONNECT_WITH_FEW_FILES = textwrap.dedent(
    """
    import asyncio, json, os, resource, sys
    import asyncpg
    from adapters.host_faults import local_fault
    from adapters.postgres.outage import is_outage

    async def main():
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
        held = []
        try:
            while True:
                held.append(os.open(os.devnull, os.O_RDONLY))
        except OSError:
            pass
        try:
            await asyncpg.connect(sys.argv[1], timeout=5)
        except Exception as exc:
            print(json.dumps([type(exc).__name__, getattr(exc, "errno", None), is_outage(exc), local_fault(exc)]))

    asyncio.run(main())
    """
)


def test_a_process_out_of_open_files_connecting_is_its_own_fault_named_not_a_database_outage(
    tmp_path: Path,
) -> None:
    listener = socket.create_server(("127.0.0.1", 0))  # a database's address that would answer
    with listener:
        port = listener.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-c", _CONNECT_WITH_FEW_FILES, f"postgresql://u@127.0.0.1:{port}/db"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            check=True,
        )
    name, number, outage, fault = json.loads(done.stdout)
    assert (name, number) == ("OSError", errno.EMFILE)
    assert not outage
    assert fault == "open files at this process's limit (EMFILE: RLIMIT_NOFILE 64, ulimit -n)"


def test_a_full_local_disk_is_a_fault_of_this_host_not_a_database_outage() -> None:
    with pytest.raises(OSError) as raised, open("/dev/full", "wb", buffering=0) as full:
        full.write(b"x")
    assert raised.value.errno == errno.ENOSPC
    assert not is_outage(raised.value)
    assert local_fault(raised.value) == "room on a local disk (ENOSPC)"


@pytest.mark.parametrize(
    ("exc", "fault"),
    [
        (OSError(errno.ENFILE, "Too many open files in system"), "open files at the machine's limit"),
        (OSError(errno.ENOMEM, "Cannot allocate memory"), "memory (ENOMEM)"),
        (BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable"), "processes or threads"),  # fork
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "room in a disk quota"),
        (OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address"), "local ports"),  # connect()
    ],
    ids=lambda e: errno.errorcode[e.errno] if isinstance(e, OSError) else "",
)
def test_other_resources_of_this_host_run_out_are_named_and_no_outage(exc: OSError, fault: str) -> None:
    assert not is_outage(exc)
    assert (local_fault(exc) or "").startswith(fault)
    try:
        raise RuntimeError("the unit of work failed") from exc
    except RuntimeError as wrapped:
        assert (local_fault(wrapped) or "").startswith(fault)


def test_a_missing_file_or_a_directory_in_its_place_is_neither_an_outage_nor_a_resource_run_out(
    tmp_path: Path,
) -> None:
    gone = tmp_path / "gone"
    with pytest.raises(FileNotFoundError) as missing:
        (gone / "spool").open("wb")  # TMPDIR removed under the process
    with pytest.raises(IsADirectoryError) as directory:
        tmp_path.open("wb")
    for exc in (missing.value, directory.value):
        assert not is_outage(exc) and local_fault(exc) is None


def test_a_refused_certificate_is_a_setting_to_fix_not_an_outage() -> None:
    exc = ssl.SSLCertVerificationError(1, "certificate verify failed: self-signed certificate")
    assert not is_outage(exc) and local_fault(exc) is None


def test_a_stopped_server_s_absent_unix_socket_and_a_refused_port_are_outages_as_asyncpg_raises_them(
    tmp_path: Path,
) -> None:
    async def failure(dsn: str) -> BaseException:
        with pytest.raises(OSError) as raised:
            await asyncpg.connect(dsn, timeout=5)
        return raised.value

    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    socket_absent = asyncio.run(failure(f"postgresql://u@/db?host={tmp_path}&port=5432"))
    refused = asyncio.run(failure(f"postgresql://u@127.0.0.1:{port}/db"))
    assert isinstance(socket_absent, FileNotFoundError) and socket_absent.filename is None
    assert isinstance(refused, ConnectionRefusedError)
    for exc in (socket_absent, refused):
        assert is_outage(exc) and local_fault(exc) is None
