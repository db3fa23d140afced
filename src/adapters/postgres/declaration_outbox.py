"""Outbox rows of kind `submit_declaration`: claimed under a lease with FOR UPDATE SKIP LOCKED.

Same claim/lease pattern as the invoice pipeline's dispatcher, restricted to this kind so that each relay only
takes the rows it has a step for. Every write checks the lease is still ours (a row whose worker died is claimed
again when its lease expires).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import asyncpg

from adapters.postgres.listener import Wakeup
from domain.leased_queue import LeaseLost

SUBMIT_DECLARATION = "submit_declaration"


@dataclass(frozen=True, slots=True)
class ClaimedRow:
    """A claimed outbox row (field names as the pipeline's OutboxMessage, so its dispatcher can run our step)."""

    id: int
    company_siren: str
    kind: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    attempts: int = 0


class PgDeclarationOutbox:
    def __init__(
        self, pool: asyncpg.Pool, kinds: Sequence[str] = (SUBMIT_DECLARATION,), companies: Sequence[str] = ()
    ) -> None:
        """`companies` restricts the relay to some companies (a dedicated worker, a test); empty means all."""
        self._pool = pool
        self._kinds = list(kinds)
        self._companies = list(companies)
        self._wakeup = Wakeup(pool, "outbox")  # every outbox insert NOTIFYs outbox (migrations 0001, 0008)

    async def listen(self, stop: asyncio.Event) -> None:
        """Hold one connection LISTENing until `stop` (under a supervisor); without it the relay still polls."""
        await self._wakeup.listen(stop)

    async def wait_for_work(self, timeout: float) -> None:
        await self._wakeup.wait(timeout)

    async def release(self, row: ClaimedRow, owner: str, *, retry_at: datetime | None, error: str) -> None:
        """Give a row back after a failure its step did not handle: retried at `retry_at`, or parked when None."""
        await self._pool.execute(
            """UPDATE outbox SET lease_owner = NULL, lease_until = NULL, attempts = attempts + 1,
                                 last_error = $3, next_attempt_at = coalesce($4, next_attempt_at),
                                 done_at = CASE WHEN $4::timestamptz IS NULL THEN now() END
                WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL""",
            row.id,
            owner,
            error,
            retry_at,
        )

    async def claim(self, owner: str, limit: int, lease_s: float) -> list[ClaimedRow]:
        rows = await self._pool.fetch(
            """UPDATE outbox o SET lease_owner = $1, lease_until = now() + make_interval(secs => $3)
                WHERE o.id IN (SELECT id FROM outbox
                                WHERE done_at IS NULL AND kind = ANY($4::text[]) AND next_attempt_at <= now()
                                  AND (cardinality($5::text[]) = 0 OR company_siren = ANY($5::text[]))
                                  AND (lease_until IS NULL OR lease_until <= now())
                                ORDER BY next_attempt_at, id
                                LIMIT $2
                                FOR UPDATE SKIP LOCKED)
               RETURNING o.id, o.company_siren, o.kind, o.payload, o.attempts""",
            owner,
            limit,
            lease_s,
            self._kinds,
            self._companies,
        )
        return [ClaimedRow(r["id"], r["company_siren"], r["kind"], r["payload"], r["attempts"]) for r in rows]

    async def progress(self, row: ClaimedRow, owner: str, payload: Mapping[str, Any]) -> None:
        """Record how far the step got (kept across attempts), without releasing the lease."""
        await self._write(
            "UPDATE outbox SET payload = payload || $3::jsonb WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL",
            row,
            owner,
            dict(payload),
        )

    async def reschedule(self, row: ClaimedRow, owner: str, *, at: datetime, error: str) -> None:
        await self._write(
            """UPDATE outbox SET next_attempt_at = $3, attempts = attempts + 1, last_error = $4,
                                 lease_owner = NULL, lease_until = NULL
                WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL""",
            row,
            owner,
            at,
            error,
        )

    async def _write(self, sql: str, row: ClaimedRow, owner: str, *args: Any) -> None:
        check_lease(await self._pool.execute(sql, row.id, owner, *args), row.id, owner)


def check_lease(status: str, row_id: int, owner: str) -> None:
    if status != "UPDATE 1":
        raise LeaseLost(f"outbox row {row_id} is no longer leased by {owner}")
