"""The clock the leased queues' waits and an outage's patience are counted on: the database's
(adapters.postgres.database_clock), read at start and again every minute by a supervised task."""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator

import asyncpg

from adapters.postgres.database_clock import DatabaseClock, database_now
from service.workers.supervisor import Supervisor

_log = logging.getLogger(__name__)


async def init_queue_clock(pool: asyncpg.Pool, supervisor: Supervisor) -> AsyncIterator[DatabaseClock]:
    """Resource: read once before serving (unreachable: the host's clock until the next reading), then kept."""
    clock = DatabaseClock(functools.partial(database_now, pool))
    try:
        await clock.sync()
    except Exception as exc:  # noqa: BLE001 - the database's own checks say it is away; read again within a minute
        _log.warning(
            "the database's clock could not be read (%s); the host's is taken until it is", type(exc).__name__
        )
    task = supervisor.start("database-clock", clock.run, gated=False)
    try:
        yield clock
    finally:
        await supervisor.stop(task)
