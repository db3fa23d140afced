"""The pipeline's outbox source restricted to the kinds its dispatcher has a step for.

The outbox also holds rows other relays own (`submit_declaration` for e-reporting): a dispatcher claiming them
would release them as failures and, after its attempts, park them. Interim: PgOutboxSource's claim takes every
kind; once it accepts `kinds` in its constructor this subclass goes away (see the wiring branch's report).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import asyncpg

from adapters.postgres.outbox_source import PgOutboxSource
from service.pipeline.ports import OutboxMessage

_CLAIM = """
UPDATE outbox o SET lease_owner = $1, lease_until = now() + make_interval(secs => $3)
 WHERE o.id IN (SELECT id FROM outbox
                 WHERE done_at IS NULL AND kind = ANY($4::text[]) AND next_attempt_at <= now()
                   AND (lease_until IS NULL OR lease_until <= now())
                 ORDER BY next_attempt_at, id
                 LIMIT $2
                 FOR UPDATE SKIP LOCKED)
RETURNING o.id, o.invoice_id, o.company_siren, o.kind, o.payload, o.attempts, o.next_attempt_at
"""


class ScopedOutboxSource(PgOutboxSource):
    def __init__(self, pool: asyncpg.Pool, kinds: Iterable[str], *, channel: str = "outbox") -> None:
        super().__init__(pool, channel=channel)
        self._scoped_pool = pool
        self.kinds = sorted({str(k) for k in kinds})
        if not self.kinds:
            raise ValueError("a scoped outbox source needs at least one kind")

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[OutboxMessage]:
        async with self._scoped_pool.acquire() as conn:
            rows = await conn.fetch(_CLAIM, owner, limit, float(lease_s), self.kinds)
        rows = sorted(rows, key=lambda r: (r["next_attempt_at"], r["id"]))
        return [
            OutboxMessage(
                id=r["id"],
                invoice_id=str(r["invoice_id"]) if r["invoice_id"] else str(r["payload"].get("invoice_id", "")),
                company_siren=r["company_siren"],
                kind=r["kind"],
                payload=r["payload"],
                attempts=r["attempts"],
            )
            for r in rows
        ]
