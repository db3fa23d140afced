"""The outbox's writes: a row queued in the caller's transaction (`PgOutboxRepository.add`), and the writes a relay
makes on a row it leases, the same for every relay (the pipeline's steps, the e-reporting relay): each matches the
row only while the lease is still ours, and `check_lease` turns a miss into LeaseLost (a row whose worker died is
claimed again when its lease expires)."""

from __future__ import annotations

from adapters.postgres.connection import Connection
from adapters.postgres.keys import uuid_or_none
from domain.leased_queue import LeaseLost
from domain.pipeline_ports import HeldRows, NextAttempt, OutboxKind, OutboxMessage, QueuedWork

# $1 row id, $2 owner, $3 last error ("" when done well), $4 attempts to add (1 for a failed attempt, else 0).
COMPLETE = """UPDATE outbox SET done_at = now(), last_error = $3, attempts = attempts + $4,
                                lease_owner = NULL, lease_until = NULL
               WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL"""

# $1 row id, $2 owner, $3 the wait before the next attempt (from the database's clock: leased_queue.wait_until),
# $4 last error, $5 attempts to add, $6 keys merged into the payload.
RESCHEDULE = """UPDATE outbox SET next_attempt_at = now() + $3::interval, last_error = $4, attempts = attempts + $5,
                                  payload = payload || $6::jsonb, lease_owner = NULL, lease_until = NULL
                 WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL"""


def rescheduled(again: NextAttempt) -> tuple[object, ...]:
    """RESCHEDULE's $3 to $6 for `again`."""
    return again.after, again.error, 1 if again.count else 0, dict(again.payload or {})


def check_lease(status: str, row_id: int, owner: str, *, written: str = "UPDATE 1") -> None:
    """`status`: the statement's command tag, `written` when it wrote under our lease."""
    if status != written:
        raise LeaseLost(f"outbox row {row_id} is no longer leased by {owner}")


class PgOutboxRepository:
    """domain.pipeline_ports.OutboxRepository on the unit of work's connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def add(self, work: QueuedWork) -> None:
        payload = dict(work.payload or {})
        key = None
        if work.invoice_id is not None:
            key = uuid_or_none(work.invoice_id) if work.kind is not OutboxKind.SEND_STATUS else None
            if key is None:
                payload["invoice_id"] = work.invoice_id  # a received invoice: not a row of `invoices`
        await self._conn.execute(
            """INSERT INTO outbox (invoice_id, company_siren, kind, payload, next_attempt_at)
               VALUES ($1, $2, $3, $4::jsonb, coalesce($5, now()))""",
            key,
            work.company_siren,
            str(work.kind),
            payload,
            work.due,
        )

    async def _owned(self, sql: str, message: OutboxMessage, owner: str, *args: object) -> None:
        check_lease(await self._conn.execute(sql, message.id, owner, *args), message.id, owner)

    async def complete(
        self, message: OutboxMessage, owner: str, *, error: str = "", count: bool = False
    ) -> None:
        await self._owned(
            COMPLETE,
            message,
            owner,
            error,
            1 if count else 0,
        )

    async def reschedule(self, message: OutboxMessage, owner: str, again: NextAttempt) -> None:
        await self._owned(RESCHEDULE, message, owner, *rescheduled(again))

    async def hold_open_rows(self, company_siren: str, invoice_id: str) -> HeldRows:
        # FOR UPDATE without SKIP LOCKED: a claim locking these rows right now is waited for, and its lease seen.
        key = uuid_or_none(invoice_id)
        if key is None:
            return HeldRows((), False)
        rows = await self._conn.fetch(
            """SELECT id, kind, lease_until IS NOT NULL AND lease_until > now() AS leased FROM outbox
                WHERE invoice_id = $1 AND company_siren = $2 AND done_at IS NULL
                ORDER BY id FOR UPDATE""",
            key,
            company_siren,
        )
        return HeldRows(
            tuple(r["id"] for r in rows), any(r["leased"] for r in rows), frozenset(r["kind"] for r in rows)
        )

    async def close_rows(self, rows: HeldRows, error: str) -> None:
        if rows.ids:
            await self._conn.execute(
                """UPDATE outbox SET done_at = now(), last_error = $2, lease_owner = NULL, lease_until = NULL
                    WHERE id = ANY($1::bigint[]) AND done_at IS NULL""",
                list(rows.ids),
                error,
            )

    async def renew(self, message: OutboxMessage, owner: str, lease_s: float) -> None:
        await self._owned(
            """UPDATE outbox SET lease_until = now() + make_interval(secs => $3)
                WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL""",
            message,
            owner,
            float(lease_s),
        )
