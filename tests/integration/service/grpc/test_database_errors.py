"""What a caller gets when PostgreSQL itself gives up on its transaction: a real deadlock, not a hand-made error."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from google.rpc import code_pb2, error_details_pb2

from adapters.postgres.outage import is_outage
from service.grpc.errors import ErrorTable

_A, _B = 16_301, 16_302  # two advisory lock keys of this test only


ERRORS = ErrorTable(is_outage)  # as the wiring makes it
to_status = ERRORS.to_status


async def _lock_then(conn: asyncpg.Connection, first: int, second: int, both_hold: asyncio.Barrier) -> None:
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", first)
        await both_hold.wait()  # each holds its first lock: asking for the other's closes the circle
        await conn.execute("SELECT pg_advisory_xact_lock($1)", second)


async def test_a_deadlock_victim_is_aborted_with_a_retry_hint_and_its_call_passes_again(
    pg_pool: asyncpg.Pool, caplog: pytest.LogCaptureFixture
) -> None:
    both_hold = asyncio.Barrier(2)
    async with pg_pool.acquire() as one, pg_pool.acquire() as other:
        outcomes = await asyncio.gather(
            _lock_then(one, _A, _B, both_hold), _lock_then(other, _B, _A, both_hold), return_exceptions=True
        )
        # PostgreSQL breaks the circle (deadlock_timeout, 1 s by default) by rolling back one of the two.
        [victim] = [o for o in outcomes if isinstance(o, BaseException)]
        assert isinstance(victim, asyncpg.exceptions.DeadlockDetectedError), repr(victim)
        status = to_status(victim)
        assert status.code == code_pb2.ABORTED, status  # not INTERNAL: the client may retry
        # PostgreSQL's words and what to do; its DETAIL (process ids, lock tags) stays inside.
        assert status.message == (
            "deadlock detected: the database rolled this call back, nothing was written; retry it"
        )
        # The log keeps the DETAIL: which processes waited for which locks (the lock order's evidence).
        [logged] = [r.getMessage() for r in caplog.records if r.name == "service.grpc.errors"]
        assert (
            logged.startswith("rolled back by the database: deadlock detected") and "advisory lock" in logged
        )
        reason, delay = status.details
        info, retry = error_details_pb2.ErrorInfo(), error_details_pb2.RetryInfo()
        assert reason.Unpack(info) and info.reason == "TRANSACTION_ROLLED_BACK"
        assert delay.Unpack(retry) and retry.retry_delay.seconds >= 1
        # Nothing of the victim's transaction is left: the same work again passes.
        loser = one if outcomes[0] is victim else other
        await _lock_then(loser, _A, _B, _Passed())


class _Passed:
    """A barrier of one: nobody else to wait for on the retry."""

    async def wait(self) -> int:
        return 0
