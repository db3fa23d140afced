"""What waits on a platform's outage, due again at once: the outbox rows (invoices, statuses, declarations) and the
webhook deliveries whose kept outage (domain.outage) names that platform profile, and which are not due yet.

Each waited at its own backoff, up to 5 minutes apart once the outage had lasted: a backlog waited up to that long
after the platform answered again. Due now, the relays take them at their own pace (their concurrency), the outage
still kept with each (its patience runs on, the next answer clears it). One statement, then the queues' wake-ups.
"""

from __future__ import annotations

import asyncpg

from adapters.postgres.declaration_outbox import CHANNEL as DECLARATIONS_CHANNEL
from adapters.postgres.inbox import CHANNEL as INBOX_CHANNEL
from adapters.postgres.outbox_source import CHANNEL as OUTBOX_CHANNEL
from domain.outage import OUTAGE_KEY

_WAKE = f"""
WITH rows AS (
    UPDATE outbox SET next_attempt_at = now()
     WHERE done_at IS NULL AND next_attempt_at > now() AND payload->'{OUTAGE_KEY}'->>'platform' = $1
    RETURNING 1),
deliveries AS (
    UPDATE webhook_inbox SET next_attempt_at = now()
     WHERE state = 'PENDING' AND next_attempt_at > now() AND outage->>'platform' = $1
    RETURNING 1)
SELECT (SELECT count(*) FROM rows) + (SELECT count(*) FROM deliveries)"""


async def wake_waiting_on(pool: asyncpg.Pool, platform: str) -> int:
    """How many items were made due (0: none waited on it)."""
    async with pool.acquire() as conn:
        woken = int(await conn.fetchval(_WAKE, platform))
        if woken:
            for channel in (OUTBOX_CHANNEL, DECLARATIONS_CHANNEL, INBOX_CHANNEL):
                await conn.execute("SELECT pg_notify($1, '')", channel)
    return woken
