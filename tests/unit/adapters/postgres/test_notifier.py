"""PgNotifier's wake-ups with a pool that fails (no database): a lost wake-up costs the listeners a poll, and is
never an error escaping the notifier's task."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, cast

import asyncpg
import pytest

from adapters.postgres.notifier import PgNotifier


class FailingPool:
    def __init__(self, error: BaseException) -> None:
        self.error = error
        self.calls = 0

    async def execute(self, *args: Any, **kwargs: Any) -> str:
        self.calls += 1
        raise self.error


@pytest.mark.parametrize(
    "error",
    [
        # asyncpg's own, seen on a real serve as PostgreSQL stopped under load ("Task exception was never retrieved",
        # an ERROR of asyncio's): InternalClientError is neither an InterfaceError nor a PostgresError
        asyncpg.InternalClientError("PoolConnectionHolder.release() called on a free connection holder"),
        asyncpg.CannotConnectNowError("the database system is shutting down"),
        FileNotFoundError(2, "No such file or directory"),  # the embedded server's socket gone
    ],
    ids=type,
)
async def test_a_wake_up_lost_to_the_database_is_a_warning_and_the_next_one_is_sent(
    error: BaseException, caplog: pytest.LogCaptureFixture
) -> None:
    pool = FailingPool(error)
    notifier = PgNotifier(cast(asyncpg.Pool, pool))
    loop_errors: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: loop_errors.append(context))
    with caplog.at_level(logging.WARNING, logger="adapters.postgres.notifier"):
        notifier.notify("outbox")
        await notifier.drained()
        notifier.notify("outbox")  # a new task: the notifier goes on
        await notifier.drained()

    assert pool.calls == 2
    assert loop_errors == []
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.WARNING]
    assert type(error).__name__ in caplog.records[0].getMessage()
