from __future__ import annotations

import asyncpg
import pytest
from asyncpg import exceptions as pg

from adapters.postgres.outage import cannot_write, is_outage


@pytest.mark.parametrize(
    "exc",
    [
        ConnectionRefusedError(111, "Connect call failed"),
        FileNotFoundError(2, "No such file or directory"),  # the Unix socket of a stopped server
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
