"""The outbox as a leased queue (domain.leased_queue) for the relays: FOR UPDATE SKIP LOCKED + a lease, woken by
LISTEN 'outbox'."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime

import asyncpg

from adapters.postgres.invoice_repository import invoice_columns, invoice_from_row
from adapters.postgres.listener import Wakeup
from adapters.postgres.transmissions import (
    document_columns,
    document_from_row,
    submission_columns,
    submission_from_row,
)
from domain.leased_queue import GiveBack
from domain.outage import OUTAGE_KEY
from domain.pipeline_ports import OutboxKind, OutboxMessage
from domain.platform import DirectoryEntry
from domain.serialization import from_json_value, to_json_value

log = logging.getLogger(__name__)

# Claims due rows under a lease and reads, in the same statement, what the steps read first: for a render or a send
# row the invoice (its attachments too: up to 20 MiB; a held payments row's step reads it itself, without them) and
# for every row its submission (the joins see the snapshot before the UPDATE, which does not touch them), and for a
# send row the stored document (one query less per send). `previous_owner` is set when the row is claimed again after its lease
# expired (complete/reschedule/release clear it).
_CLAIM = f"""
WITH claimed AS (
    UPDATE outbox o SET lease_owner = $1, lease_until = now() + make_interval(secs => $3)
      FROM (SELECT id, lease_owner AS previous_owner FROM outbox
             WHERE done_at IS NULL AND next_attempt_at <= now()
               AND ($4::text[] IS NULL OR kind = ANY($4::text[]))
               AND (cardinality($5::text[]) = 0 OR company_siren = ANY($5::text[]))
               AND (lease_until IS NULL OR lease_until <= now())
             ORDER BY next_attempt_at, id
             LIMIT $2
             FOR UPDATE SKIP LOCKED) due
     WHERE o.id = due.id
    RETURNING o.id, o.invoice_id, o.company_siren, o.kind, o.payload, o.attempts, o.next_attempt_at, o.created_at,
              due.previous_owner
)
SELECT c.*, {invoice_columns("i", "inv_")}, {submission_columns("s", "sub_")}, {document_columns("d", "doc_")}
  FROM claimed c
  LEFT JOIN invoices i ON i.id = c.invoice_id AND i.company_siren = c.company_siren
                      AND c.kind IN ('{OutboxKind.RENDER_VALIDATE}', '{OutboxKind.SEND}')
  LEFT JOIN submissions s ON s.invoice_id = c.invoice_id
  LEFT JOIN LATERAL (SELECT * FROM documents
                      WHERE invoice_id = c.invoice_id AND c.kind = '{OutboxKind.SEND}'
                      ORDER BY created_at DESC LIMIT 1) d ON true
 ORDER BY c.next_attempt_at, c.id
"""


CHANNEL = "outbox"  # what an insert of an invoice's row NOTIFYs (migration 0008)


class PgOutboxSource:
    """The outbox as a leased queue. `kinds` restricts the claim to the kinds a relay has a step for: other relays
    own the rest (the pipeline's dispatcher and the e-reporting relay share the table), and a relay claiming them
    would park them as failures. `companies` (empty: all) restricts it to some companies."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        channel: str = CHANNEL,
        kinds: Iterable[str] | None = None,
        companies: Iterable[str] = (),
    ) -> None:
        self._pool = pool
        self._kinds = sorted({str(k) for k in kinds}) if kinds is not None else None
        self._companies = sorted(set(companies))
        self._wakeup = Wakeup(pool, channel)
        self.listener = self._wakeup.listener

    async def listen(self, stop: asyncio.Event) -> None:
        """Hold one connection LISTENing until `stop` (under a supervisor); without it the dispatcher still polls."""
        await self._wakeup.listen(stop)

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[OutboxMessage]:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(_CLAIM, owner, limit, float(lease_s), self._kinds, self._companies)
        return [
            OutboxMessage(
                id=r["id"],
                invoice_id=str(r["invoice_id"])
                if r["invoice_id"]
                else str(r["payload"].get("invoice_id", "")),
                company_siren=r["company_siren"],
                kind=r["kind"],
                payload=r["payload"],
                attempts=r["attempts"],
                invoice=None if r["inv_id"] is None else invoice_from_row(r, "inv_"),
                submission=None if r["sub_invoice_id"] is None else submission_from_row(r, "sub_"),
                interrupted=r["previous_owner"] is not None,
                queued_at=r["created_at"],
                document=None
                if r["doc_sha256"] is None
                else document_from_row(str(r["invoice_id"]), r, "doc_"),
            )
            for r in rows
        ]

    async def wait_for_work(self, timeout: float) -> None:
        await self._wakeup.wait(timeout)

    async def release(
        self, message: OutboxMessage, owner: str, again: GiveBack, *, error: str, count: bool
    ) -> None:
        # the outage is kept in the payload (domain.outage), the key dropped when the row waits on none any more;
        # a row cut short keeps its holder with its lease ended now: the next claim reads it `interrupted`
        async with self._pool.acquire() as conn:
            await conn.execute(
                f"""UPDATE outbox SET lease_owner = CASE WHEN $7 THEN lease_owner END,
                                     lease_until = CASE WHEN $7 THEN now() END, attempts = attempts + $5,
                                     last_error = $3, next_attempt_at = coalesce(now() + $4, next_attempt_at),
                                     done_at = CASE WHEN $4::interval IS NULL THEN now() END,
                                     payload = CASE WHEN $6::jsonb IS NULL THEN payload - '{OUTAGE_KEY}'
                                                    ELSE payload || jsonb_build_object('{OUTAGE_KEY}', $6::jsonb)
                                               END
                    WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL""",
                message.id,
                owner,
                error,
                again.after,  # from the database's clock, not an instant of ours (leased_queue.wait_until)
                1 if count else 0,
                None if again.outage is None else again.outage.to_payload(),
                again.cut_short,
            )


class PgDirectoryCache:
    """Directory answers shared by every worker, each valid until its expiry."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def get(self, identifier: str, now: datetime) -> DirectoryEntry | None:
        async with self._pool.acquire() as conn:
            entry = await conn.fetchval(
                "SELECT entry FROM directory_cache WHERE identifier = $1 AND expires_at > $2", identifier, now
            )
        return None if entry is None else from_json_value(DirectoryEntry, entry)

    async def put(self, identifier: str, entry: DirectoryEntry, expires_at: datetime) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute(
                """INSERT INTO directory_cache (identifier, entry, expires_at) VALUES ($1, $2::jsonb, $3)
                   ON CONFLICT (identifier) DO UPDATE SET entry = $2::jsonb, expires_at = $3""",
                identifier,
                to_json_value(entry),
                expires_at,
            )
