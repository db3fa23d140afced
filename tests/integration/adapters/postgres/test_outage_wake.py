"""What waits on a platform whose breaker closed is due at once: its outbox rows and webhook deliveries, not another
platform's, not a row done or already due."""

from __future__ import annotations

from adapters.postgres.outage_wake import wake_waiting_on
from tests.support.pipeline import fresh_database

SINCE = "2026-12-07T12:00:00+00:00"


async def test_the_items_waiting_on_that_platform_are_due_now_and_no_other(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        async with pool.acquire() as conn:
            rows = await conn.fetch(
                """INSERT INTO outbox (company_siren, kind, payload, next_attempt_at, done_at)
                   SELECT '732829320', 'send', p::jsonb, now() + interval '5 minutes', d
                     FROM (VALUES ($1, NULL::timestamptz), ($2, NULL), ($3, NULL), ($1, now())) AS v (p, d)
                   RETURNING id""",
                f'{{"outage": {{"platform": "iopole", "since": "{SINCE}"}}}}',
                f'{{"outage": {{"platform": "afnor-pa", "since": "{SINCE}"}}}}',
                "{}",
            )
            await conn.execute(
                "INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body, state, next_attempt_at, outage)"
                " VALUES ('iopole', 'catch-up', 'invoice', 'k', ''::bytea, 'PENDING', now() + interval '4 minutes',"
                " $1::jsonb)",
                {"platform": "iopole", "since": SINCE},
            )
        assert await wake_waiting_on(pool, "iopole") == 2
        due = await pool.fetch("SELECT id, next_attempt_at <= now() AS due, payload FROM outbox ORDER BY id")
        # iopole's; afnor's, none, done: unchanged
        assert [r["due"] for r in due] == [True, False, False, False]
        assert (
            due[0]["payload"]["outage"]["since"] == SINCE
        )  # still waiting on the outage: its patience runs on
        assert await pool.fetchval("SELECT next_attempt_at <= now() FROM webhook_inbox") is True
        assert await wake_waiting_on(pool, "iopole") == 0
        assert [r["id"] for r in rows] == [r["id"] for r in due]
