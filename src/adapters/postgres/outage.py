"""Which failures mean "the database (or the network to it) is down": the one classification of asyncpg, OSError and
connection-pool failures. The edges (gRPC, HTTP) answer those with UNAVAILABLE / 503 and a retry delay; the
background tasks' supervisor restarts a task that died of one without calling it a bug.
"""

from __future__ import annotations

import asyncpg
from asyncpg import exceptions as pg

# SQLSTATE classes of a server that is unreachable, shutting down, starting or out of connections or room:
# 08 connection exception, 57 operator intervention (admin/crash shutdown, cannot connect now, query canceled),
# 53 insufficient resources (too many connections, disk full, out of memory).
_OUTAGE_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.PostgresConnectionError,
    pg.OperatorInterventionError,
    pg.InsufficientResourcesError,
    # asyncpg's pool losing track of a connection the server dropped (seen mid-outage: "connect() called while
    # another connection already exists"): a client-side connection failure, gone on the next try.
    pg.InternalClientError,
    # OSError covers refused and reset connections, an absent Unix socket (FileNotFoundError), unreachable hosts;
    # TimeoutError is a connect or command timeout, or a pool with no free connection in time.
    OSError,
    TimeoutError,
)
# asyncpg raises a bare InterfaceError for a connection or pool that is gone; the others are programming errors.
_GONE = ("connection is closed", "pool is closing", "pool is closed")


def is_outage(exc: BaseException) -> bool:
    """True when `exc`, or an exception it was raised from, says the database cannot be reached right now."""
    seen = 0
    current: BaseException | None = exc
    while (
        current is not None and seen < 8
    ):  # bounded: a cause chain can be long, never needs to be read whole
        if isinstance(current, _OUTAGE_ERRORS):
            return True
        if isinstance(current, asyncpg.InterfaceError) and str(current).startswith(_GONE):
            return True
        # the explicit cause, else the exception being handled when this one was raised (unless `from None`)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        seen += 1
    return False
