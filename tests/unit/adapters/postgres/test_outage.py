from __future__ import annotations

import asyncpg
import pytest
from asyncpg import exceptions as pg

from adapters.postgres.outage import is_outage


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
