"""A LISTEN connection that is lost is noticed, raised to the supervisor, restarted and re-read."""

from __future__ import annotations

import asyncpg

from adapters.postgres.listener import PgListener
from tests.support.reception import wait_until
from tests.support.supervision import supervised

HANG_GUARD = 30  # a broken listener fails the test instead of hanging it; never a speed assertion
CHANNEL = "listener_test"


async def test_a_terminated_listen_connection_is_restarted_and_hears_again(pg_pool: asyncpg.Pool) -> None:
    heard: list[str] = []
    listening: list[int] = []  # one entry per (re)connection: the owner re-reads what it may have missed

    def on_notify(_conn: object, pid: int, _channel: str, payload: str) -> None:
        heard.append(payload)

    listener = PgListener(pg_pool, CHANNEL, on_notify, on_listening=lambda: listening.append(1))
    async with supervised(test_listener=listener.listen) as supervisor:
        await wait_until(_true(lambda: listener.listening), HANG_GUARD, "listening")
        await pg_pool.execute(f"SELECT pg_notify('{CHANNEL}', 'before')")
        await wait_until(_true(lambda: "before" in heard), HANG_GUARD, "the first notification")

        killed = await pg_pool.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = $1",
            f'LISTEN "{CHANNEL}"',
        )
        assert killed >= 1
        await wait_until(
            _true(lambda: "ListenerLost" in supervisor.down().get("test-listener", "")),
            HANG_GUARD,
            "seen down",
        )
        await wait_until(
            _true(lambda: len(listening) == 2 and listener.listening), HANG_GUARD, "listening again"
        )
        await pg_pool.execute(f"SELECT pg_notify('{CHANNEL}', 'after')")
        await wait_until(_true(lambda: "after" in heard), HANG_GUARD, "a notification after the restart")
        await wait_until(_true(lambda: supervisor.down() == {}), HANG_GUARD, "up again")


def _true(check):  # type: ignore[no-untyped-def]
    async def run() -> bool:
        return bool(check())

    return run
