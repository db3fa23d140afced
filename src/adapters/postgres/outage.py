"""Which failures mean "the database (or the network to it) is down": the one classification of asyncpg, OSError and
connection-pool failures. The edges (gRPC, HTTP) answer those with UNAVAILABLE / 503 and a retry delay; the
background tasks' supervisor restarts a task that died of one without calling it a bug.

Among them, a database that answers but cannot write (`cannot_write`: its disk full, read-only) is named: reads still
work, so nothing else tells the on-call why every write fails (the write probe, service.workers.write_probe).

An OSError is an outage only when it is a connection's (refused, reset, unreachable, a name not resolved, the Unix
socket of a stopped server absent). Any other is this host's: a resource of the process or the machine run out
(`adapters.host_faults.local_fault`: open files, memory, processes, a local disk), or a file missing or forbidden, a
bug or a setting to fix. Called an outage, each was answered "the service's database is unavailable; retry later" at WARNING, and a
relay's item was retried for ever at no attempt's cost: hidden from the on-call.
"""

from __future__ import annotations

import errno
import socket
import ssl

import asyncpg
from asyncpg import exceptions as pg

from adapters.host_faults import causes

# SQLSTATE classes of a server that is unreachable, shutting down, starting or out of connections or room:
# 08 connection exception, 57 operator intervention (admin/crash shutdown, cannot connect now, query canceled),
# 53 insufficient resources (too many connections, disk full, out of memory).
_OUTAGE_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.PostgresConnectionError,
    pg.OperatorInterventionError,
    pg.InsufficientResourcesError,
    # A database that refuses every write: a standby (a failover to the wrong address), or a primary made read-only
    # (default_transaction_read_only, which managed services set when their storage is full). A bug of ours writing
    # in a read-only transaction would fail every time, in the tests first.
    pg.ReadOnlySQLTransactionError,
    # asyncpg's pool losing track of a connection the server dropped (seen mid-outage: "connect() called while
    # another connection already exists"): a client-side connection failure, gone on the next try.
    pg.InternalClientError,
    # A connect or command timeout, or a pool with no free connection in time (the OSErrors: `_connection_lost`).
    TimeoutError,
)
# The errnos of a connection that failed or was cut by the network or the server (ConnectionError's subclasses
# carry most of them already): nothing of this host's own.
_CONNECTION_ERRNOS = frozenset(
    {
        errno.ECONNREFUSED,
        errno.ECONNRESET,
        errno.ECONNABORTED,
        errno.EPIPE,
        errno.ETIMEDOUT,
        errno.EHOSTUNREACH,
        errno.ENETUNREACH,
        errno.ENETDOWN,
        errno.EHOSTDOWN,
        errno.ENETRESET,
    }
)
# A TLS session cut by the other side (a server stopping mid-handshake): the others (a certificate refused, no
# protocol in common) are settings to fix, as true at the next try.
_TLS_CUT = (ssl.SSLEOFError, ssl.SSLZeroReturnError, ssl.SSLSyscallError)
# What opening a connection or a pool raises when the database cannot be had: refused, timed out, a DSN asyncpg
# cannot read (ClientConfigurationError is an InterfaceError), credentials or a database the server refuses, a
# migration that fails. A one-shot command or a start-up says so in one line naming where it looked.
CONNECT_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
)
# asyncpg raises a bare InterfaceError for a connection or pool that is gone; the others are programming errors.
_GONE = ("connection is closed", "pool is closing", "pool is closed")


# SQLSTATEs of a database that answers but cannot write, as the on-call and a caller read them (a fixed text: the
# error's own names files and paths).
_CANNOT_WRITE = {
    "53100": "disk full",
    "53200": "out of memory",
    "25006": "read-only: a standby, or default_transaction_read_only set",
}


def _connection_lost(exc: BaseException) -> bool:
    """An OSError of a connection to another host: refused, reset, unreachable, its name not resolved, or the Unix
    socket of a stopped server absent (connect() names no file: a FileNotFoundError naming one is a file's)."""
    if not isinstance(exc, OSError):
        return False
    if isinstance(exc, ssl.SSLError):
        return isinstance(exc, _TLS_CUT)
    if isinstance(exc, ConnectionError | socket.gaierror | socket.herror):
        return True
    if isinstance(exc, FileNotFoundError):
        return exc.filename is None
    return exc.errno in _CONNECTION_ERRNOS


def is_outage(exc: BaseException) -> bool:
    """True when `exc`, or an exception it was raised from, says the database cannot be reached right now."""
    return any(
        isinstance(e, _OUTAGE_ERRORS)
        or _connection_lost(e)
        or (isinstance(e, asyncpg.InterfaceError) and str(e).startswith(_GONE))
        for e in causes(exc)
    )


def cannot_write(exc: BaseException) -> str | None:
    """Why the database refused to write, when `exc` or an exception it was raised from says it cannot ("disk full
    (SQLSTATE 53100)"), else None."""
    for e in causes(exc):
        code = getattr(e, "sqlstate", None) if isinstance(e, pg.PostgresError) else None
        if code in _CANNOT_WRITE:
            return f"{_CANNOT_WRITE[code]} (SQLSTATE {code})"
    return None
