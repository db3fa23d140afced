"""The database's clock as the gateway reads it: PostgreSQL's reading moved on by the monotonic clock, the host's
wall clock taken only until a first reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from adapters.postgres.database_clock import DatabaseClock

DATABASE = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
HOST = datetime(2026, 12, 8, 12, 0, tzinfo=UTC)  # a day ahead: stepped, or never set


async def test_it_follows_the_database_s_reading_whatever_the_host_s_wall_clock_says() -> None:
    ticks = [100.0]

    async def read() -> datetime:
        return DATABASE

    clock = DatabaseClock(read, monotonic=lambda: ticks[0], wall=lambda: HOST)
    assert clock.now() == HOST  # not read yet (the database away at start): the host's, until it is
    await clock.sync()
    assert clock.now() == DATABASE
    ticks[0] += 90.0
    assert clock.now() == DATABASE + timedelta(seconds=90)


async def test_a_failed_reading_keeps_the_last_one() -> None:
    ticks, answers = [0.0], [DATABASE]

    async def read() -> datetime:
        if not answers:
            raise OSError("unreachable")
        return answers.pop()

    clock = DatabaseClock(read, monotonic=lambda: ticks[0], wall=lambda: HOST)
    await clock.sync()
    ticks[0] = 30.0
    try:
        await clock.sync()
    except OSError:
        pass
    assert clock.now() == DATABASE + timedelta(seconds=30)
