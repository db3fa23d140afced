"""The delivery inbox: raw deliveries stored before the 2xx answer, claimed by workers with a lease.

`add` is the only call on the webhook's hot path: one INSERT ... ON CONFLICT DO NOTHING on the dedup key (a
prepared statement, one round trip), so a redelivery (same dedup key) stores nothing and is still
answered 2xx. The workers' wake-up (NOTIFY webhook_inbox) is sent after the commit, coalesced: at most one
NOTIFY in flight and one more queued behind it, however many inserts land meanwhile. A NOTIFY inside the
inserting transaction (the former trigger) holds PostgreSQL's global notify lock through the commit's WAL flush,
which serialises every insert's commit: 3x fewer inserts per second. A lost wake-up costs one poll interval of
the workers' fallback, nothing more. The inbox is a leased queue (domain.leased_queue): workers claim due rows
with FOR UPDATE SKIP LOCKED and a lease; an expired lease (a crashed worker) makes the row claimable again.
`PgDeliveryMarks.finish` runs inside the transaction of the delivery's effects and only succeeds while the lease is
ours.

A body given in pieces (a webhook body set aside in a temporary file, up to WEBHOOK_MAX_BODY_BYTES) is stored by a
binary COPY of its row, streamed from the pieces under the connection's flow control: an INSERT's parameter is
copied whole into asyncpg's write buffer and again into the transport's, so a 98 MiB body cost 293 MiB more while
it was stored. COPY knows no ON CONFLICT: a key already stored is looked for first (a redelivery sends nothing),
and one stored meanwhile by another transaction ends the COPY with a unique violation, read as the same answer.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import struct
from collections.abc import AsyncIterator

import asyncpg

from adapters.json_text import dumps
from adapters.page_token import PARKED_DELIVERIES, decode_sequence_token, encode_sequence_token, page_scope
from adapters.postgres.connection import Connection, from_row
from adapters.postgres.listener import Wakeup
from domain.inbox_ports import MAX_CLAIMED_IDS, BodyPieces
from domain.leased_queue import GiveBack
from domain.outage import Outage
from domain.ports import Page
from domain.reception import Delivery, DeliveryKind, DeliveryOutcome, DeliveryState, StoredDelivery

_log = logging.getLogger(__name__)
CHANNEL = "webhook_inbox"

# A body stored in pieces may take this long past the inbox's timeout, per byte: 1 MiB/s, far below what PostgreSQL
# takes (a 98 MiB body in 5.5 s alone on the 2-core machine, 4 at once in 16 s) so that bodies stored at once are not
# cut by a timeout meant for a row (they were: 3 of 4 answered 503, sent again, and cut again).
_PIECES_BYTES_PER_S = 1 << 20
# The row as COPY writes it (the other columns take their defaults, as the INSERT's row does)
_COPIED = ("platform", "source", "kind", "dedup_key", "content_type", "headers", "body", "note")
_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)  # no OIDs, no header extension
_COPY_TRAILER = struct.pack("!h", -1)
_JSONB_VERSION = b"\x01"


def _field(value: bytes) -> bytes:
    return struct.pack("!i", len(value)) + value


async def _copied_row(delivery: Delivery, pieces: BodyPieces) -> AsyncIterator[bytes]:
    """The delivery's row in PostgreSQL's binary COPY format, the body streamed from its pieces."""
    yield (
        _COPY_HEADER
        + struct.pack("!h", len(_COPIED))
        + b"".join(
            _field(text.encode())
            for text in (delivery.platform, delivery.source, delivery.kind.value, delivery.dedup_key)
        )
        + _field(delivery.content_type.encode())
        + _field(_JSONB_VERSION + dumps(delivery.headers).encode())
        + struct.pack("!i", pieces.size)
    )
    sent = 0
    async for piece in pieces.pieces():
        sent += len(piece)
        yield piece
    # COPY would store a row the length prefix does not describe: refused by the server
    if sent != pieces.size:
        raise RuntimeError(f"a body of {pieces.size} bytes gave {sent}")
    yield _field(delivery.note.encode()) + _COPY_TRAILER


_COLUMNS = """id, platform, source, kind, dedup_key, body, content_type, headers, note, state, attempts,
              received_at, company_siren, result, last_error, outage, company_number AS number, claimed_ids"""
# A body larger than this is read in slices of this size into one buffer that becomes its bytes: read whole in a
# row, asyncpg held the row's message and the bytes made of it at once (a 98 MiB body: +295 MiB once claimed).
SLICE_BYTES = 8 << 20
# What a claim answers: a large body's size only (read in slices afterwards)
_CLAIMED = _COLUMNS.replace(
    "body,",
    f"CASE WHEN octet_length(body) <= {SLICE_BYTES} THEN body END AS body, octet_length(body) AS size,",
)


def _stored(row: asyncpg.Record, body: bytes | None = None) -> StoredDelivery:
    headers = row["headers"]
    return from_row(
        StoredDelivery,
        row,
        kind=DeliveryKind(row["kind"]),
        body=bytes(row["body"]) if body is None else body,
        headers=headers if isinstance(headers, dict) else json.loads(headers),
        state=DeliveryState(row["state"]),
        outage=Outage.of_kept(row["outage"]),
        claimed_ids=tuple(row["claimed_ids"]),
    )


class PgDeliveryMarks:
    """The inbox's marks inside a delivery's transaction (domain.reception_ports.DeliveryMarks)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def finish(self, delivery_id: int, owner: str, outcome: DeliveryOutcome) -> bool:
        """Record the outcome in the caller's transaction; False when the lease is no longer ours."""
        status = await self._conn.execute(
            """UPDATE webhook_inbox SET state = $3, company_siren = $4, result = $5, last_error = $6,
                      processed_at = now(), lease_owner = NULL, lease_until = NULL, outage = NULL
                WHERE id = $1 AND lease_owner = $2 AND state = 'PENDING'""",
            delivery_id,
            owner,
            outcome.state.value,
            outcome.company_siren,
            outcome.result,
            outcome.error,
        )
        return status == "UPDATE 1"


# RECEPTION_CLAIM_BYTES: the bodies a claim's owner (a process's inbox worker) holds in flight at once: each is read
# whole, and a document in it copied twice while it is decoded, so 4 genuine 98 MiB callbacks claimed together cost
# their process +783 MiB. A delivery is claimed while its body and those its owner holds fit, one alone always (up
# to WEBHOOK_MAX_BODY_BYTES).
CLAIM_BYTES = 128 << 20


class PgInbox:
    def __init__(self, pool: asyncpg.Pool, *, timeout: float = 10.0, claim_bytes: int = CLAIM_BYTES) -> None:
        self._pool = pool
        self._timeout = timeout
        self._claim_bytes = claim_bytes
        self._notifier: asyncio.Task[None] | None = None
        self._notify_again = False
        # the inbox workers' wake-up (service.workers.relay): one LISTEN connection, started by `listen`
        self._wakeup = Wakeup(pool, CHANNEL)
        self.listener = self._wakeup.listener

    async def add(self, delivery: Delivery, pieces: BodyPieces | None = None) -> int | None:
        """The new row's id, or None when this dedup key was already received (nothing is written)."""
        new_id = await (self._insert(delivery) if pieces is None else self._copy(delivery, pieces))
        if new_id is not None:
            self.wake_workers()
        return new_id

    async def _copy(self, delivery: Delivery, pieces: BodyPieces) -> int | None:
        timeout = self._timeout + pieces.size / _PIECES_BYTES_PER_S
        key = delivery.dedup_key
        find = "SELECT id FROM webhook_inbox WHERE dedup_key = $1"
        try:
            async with self._pool.acquire(timeout=self._timeout) as conn, conn.transaction():
                if await conn.fetchval(find, key, timeout=self._timeout) is not None:
                    return None
                await conn.copy_to_table(
                    "webhook_inbox",
                    source=_copied_row(delivery, pieces),
                    columns=_COPIED,
                    format="binary",
                    timeout=timeout,
                )
                new_id: int = await conn.fetchval(
                    "UPDATE webhook_inbox SET claimed_ids = $2 WHERE dedup_key = $1 RETURNING id",
                    key,
                    list(delivery.claimed_ids),
                    timeout=self._timeout,
                )
                return new_id
        except asyncpg.UniqueViolationError:
            return None  # stored meanwhile by another transaction (a redelivery in flight beside this one)

    async def _insert(self, delivery: Delivery) -> int | None:
        new_id: int | None = await self._pool.fetchval(
            """INSERT INTO webhook_inbox
                      (platform, source, kind, dedup_key, content_type, headers, body, note, claimed_ids)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
               ON CONFLICT (dedup_key) DO NOTHING RETURNING id""",
            delivery.platform,
            delivery.source,
            delivery.kind.value,
            delivery.dedup_key,
            delivery.content_type,
            delivery.headers,
            delivery.body,
            delivery.note,
            list(delivery.claimed_ids),
            timeout=self._timeout,
        )
        return new_id

    async def named_again(self, dedup_key: str, platform_id: str) -> None:
        # Queued again at once, a finished one whole (each right-hand side reads the row as it was). One being
        # processed loses its lease: that processing, which read the ids before this one, cannot commit (LeaseLost,
        # rolled back), and the delivery is claimed again with it.
        status = await self._pool.execute(
            """UPDATE webhook_inbox
                   SET claimed_ids = claimed_ids || $2::text, next_attempt_at = now(),
                       attempts = CASE WHEN state = 'PENDING' THEN attempts ELSE 0 END,
                       processed_at = CASE WHEN state = 'PENDING' THEN processed_at END,
                       state = 'PENDING', lease_owner = NULL, lease_until = NULL
                 WHERE dedup_key = $1 AND kind = 'invoice' AND NOT $2 = ANY(claimed_ids)
                   AND cardinality(claimed_ids) < $3""",
            dedup_key,
            platform_id,
            MAX_CLAIMED_IDS,
            timeout=self._timeout,
        )
        if status == "UPDATE 1":
            self.wake_workers()

    def wake_workers(self) -> None:
        """NOTIFY the workers soon, after what was committed so far; coalesced (see the module's docstring)."""
        if self._notifier is not None and not self._notifier.done():
            self._notify_again = True
            return
        self._notify_again = False
        self._notifier = asyncio.get_running_loop().create_task(self._notify(), name="inbox-notify")

    async def _notify(self) -> None:
        again = True
        while again:
            try:
                await self._pool.execute(f"SELECT pg_notify('{CHANNEL}', '')", timeout=self._timeout)
            except asyncpg.InterfaceError:
                return  # the pool is closing: the process stops, and its workers with it
            except (asyncpg.PostgresError, OSError, TimeoutError) as exc:
                # the delivery is committed; the workers' polling fallback picks it up
                _log.warning("inbox wake-up NOTIFY failed: %s", type(exc).__name__)
                return
            again, self._notify_again = self._notify_again, False

    async def claim(self, owner: str, limit: int, lease_s: float) -> list[StoredDelivery]:
        # octet_length of a stored bytea reads its size, not its bytes; the oldest first, up to CLAIM_BYTES with
        # what the owner holds already (a body it cannot fit waits, and what follows it: the order is kept)
        rows = await self._pool.fetch(
            f"""WITH held AS (
                    SELECT coalesce(sum(octet_length(body)), 0) AS bytes FROM webhook_inbox
                     WHERE state = 'PENDING' AND lease_owner = $1 AND lease_until >= now()),
                due AS (
                    SELECT id, next_attempt_at, octet_length(body) AS size FROM webhook_inbox
                     WHERE state = 'PENDING' AND next_attempt_at <= now()
                       AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED),
                fitting AS (
                    SELECT id FROM (
                        SELECT id, sum(size) OVER (ORDER BY next_attempt_at, id) AS upto,
                               row_number() OVER (ORDER BY next_attempt_at, id) AS n FROM due) d, held
                     WHERE held.bytes + d.upto <= $4 OR (held.bytes = 0 AND d.n = 1))
                UPDATE webhook_inbox SET lease_owner = $1, lease_until = now() + make_interval(secs => $2),
                       attempts = attempts + 1
                 WHERE id IN (SELECT id FROM fitting)
             RETURNING {_CLAIMED}""",
            owner,
            lease_s,
            limit,
            self._claim_bytes,
            timeout=self._timeout,
        )
        claimed = []
        try:
            for row in sorted(rows, key=lambda r: r["id"]):
                large = row["body"] is None
                claimed.append(_stored(row, await self._sliced(row["id"], row["size"]) if large else None))
        except Exception:
            # The claim committed, its rows leased and their attempts counted: read by nobody, they would wait their
            # lease out (120 s) with an attempt spent each. Given back at once, as never claimed.
            await self._unclaim([row["id"] for row in rows], owner)
            raise
        return claimed

    async def _unclaim(self, ids: list[int], owner: str) -> None:
        try:
            await self._pool.execute(
                """UPDATE webhook_inbox SET lease_owner = NULL, lease_until = NULL, attempts = attempts - 1
                    WHERE id = ANY($1::bigint[]) AND lease_owner = $2 AND state = 'PENDING'""",
                ids,
                owner,
                timeout=self._timeout,
            )
        except (asyncpg.PostgresError, OSError, TimeoutError, asyncpg.InterfaceError) as exc:
            # the database away for this too: the leases expire, as for a claim whose answer was lost
            _log.warning("inbox claim of %d deliveries not given back: %s", len(ids), type(exc).__name__)

    async def _sliced(self, delivery_id: int, size: int) -> bytes:
        """A stored body read a slice at a time into one buffer, whose bytes it gives without a copy (BytesIO's
        getvalue shares its buffer): about the body once, and a slice."""
        whole = io.BytesIO()
        async with self._pool.acquire(timeout=self._timeout) as conn:
            for start in range(0, size, SLICE_BYTES):
                piece = await conn.fetchval(
                    "SELECT substring(body FROM $2 FOR $3) FROM webhook_inbox WHERE id = $1",
                    delivery_id,
                    start + 1,
                    SLICE_BYTES,
                    timeout=self._timeout,
                )
                whole.write(piece)
                del piece
        return whole.getvalue()

    async def wait_for_work(self, timeout: float) -> None:
        await self._wakeup.wait(timeout)

    async def listen(self, stop: asyncio.Event) -> None:
        """Hold one connection LISTENing until `stop` (under a supervisor); without it the workers still poll."""
        await self._wakeup.listen(stop)

    async def release(
        self, delivery: StoredDelivery, owner: str, again: GiveBack, *, error: str, count: bool
    ) -> None:
        """Give a delivery back while the lease is ours: PENDING again `again.after` from the database's now
        (leased_queue.wait_until), or UNPROCESSABLE (visible, replayable) when None. The claim counted the attempt: one that does not count is taken back. The platform
        outage it waits through is kept in its `outage` column (cleared when it waits on none any more)."""
        await self._pool.execute(
            """UPDATE webhook_inbox SET next_attempt_at = coalesce(now() + $3, next_attempt_at), last_error = $4,
                      attempts = attempts - $5, outage = $6,
                      state = CASE WHEN $3::interval IS NULL THEN 'UNPROCESSABLE' ELSE state END,
                      processed_at = CASE WHEN $3::interval IS NULL THEN now() END,
                      lease_owner = NULL, lease_until = NULL
                WHERE id = $1 AND lease_owner = $2 AND state = 'PENDING'""",
            delivery.id,
            owner,
            again.after,
            error,
            0 if count else 1,
            None if again.outage is None else again.outage.to_payload(),
            timeout=self._timeout,
        )

    async def get(self, delivery_id: int) -> StoredDelivery | None:
        row = await self._pool.fetchrow(f"SELECT {_COLUMNS} FROM webhook_inbox WHERE id = $1", delivery_id)
        return _stored(row) if row else None

    async def parked(self, company_siren: str, page_size: int, page_token: str) -> Page[StoredDelivery]:
        """Parked and unprocessable deliveries addressed to this company (the SIREN we could read), oldest first, in
        the order of the company's own numbers for them (migration 0740: an inbox id would tell the others' volume)."""
        scope = page_scope(PARKED_DELIVERIES, company_siren, ())
        after = decode_sequence_token(page_token, scope) if page_token else 0
        rows = await self._pool.fetch(
            f"""SELECT {_COLUMNS} FROM webhook_inbox
                 WHERE company_siren = $1 AND company_number > $2 AND state IN ('PARKED', 'UNPROCESSABLE')
                 ORDER BY company_number LIMIT $3""",
            company_siren,
            after,
            page_size + 1,
        )
        items = [_stored(r) for r in rows[:page_size]]
        more = len(rows) > page_size
        last = items[-1].number if more and items else None
        return Page(items, "" if last is None else encode_sequence_token(last, scope))

    async def unowned(self, page_size: int, page_token: str) -> Page[StoredDelivery]:
        """Parked and unprocessable deliveries addressed to none of our companies (the operator's: no company's
        `parked` lists them, they have no company number), oldest first by the inbox's id."""
        scope = page_scope(PARKED_DELIVERIES, "", ())
        after = decode_sequence_token(page_token, scope) if page_token else 0
        rows = await self._pool.fetch(
            f"""SELECT {_COLUMNS} FROM webhook_inbox
                 WHERE state IN ('PARKED', 'UNPROCESSABLE') AND company_siren = '' AND id > $1
                 ORDER BY id LIMIT $2""",
            after,
            page_size + 1,
        )
        items = [_stored(r) for r in rows[:page_size]]
        more = len(rows) > page_size
        return Page(items, encode_sequence_token(items[-1].id, scope) if more and items else "")

    async def close_unowned(self, delivery_id: int, reason: str, actor: str) -> bool:
        """Close a parked or unprocessable delivery addressed to none of our companies (a status about a platform id
        none of our uploads took: nothing will ever claim it), as `actor` says why: DONE, its result `closed`, and the
        act kept in operator_actions (the audit log's chains are a company's each). False: no such delivery open."""
        async with self._pool.acquire(timeout=self._timeout) as conn, conn.transaction():
            row = await conn.fetchrow(
                """UPDATE webhook_inbox w SET state = 'DONE', result = 'closed', processed_at = now(),
                          last_error = $2, lease_owner = NULL, lease_until = NULL
                     FROM webhook_inbox parked
                    WHERE w.id = $1 AND parked.id = w.id AND w.state IN ('PARKED', 'UNPROCESSABLE')
                      AND w.company_siren = ''
                RETURNING w.platform, w.kind, w.source, w.received_at, parked.last_error AS why""",
                delivery_id,
                f"closed by {actor}: {reason}",
            )
            if row is None:
                return False
            await conn.execute(
                """INSERT INTO operator_actions (actor, action, subject_type, subject_id, details)
                   VALUES ($1, 'delivery.closed', 'delivery', $2, $3::jsonb)""",
                actor,
                str(delivery_id),
                {
                    "reason": reason,
                    "platform": row["platform"],
                    "kind": row["kind"],
                    "source": row["source"],
                    "received_at": row["received_at"].isoformat(),
                    "parked_because": row["why"],
                },
            )
        return True

    async def replay(self, delivery_id: int, company_siren: str | None) -> bool:
        """Put a parked/unprocessable delivery back in the queue, with its attempts and the patience of an outage it
        was given up on whole again. A company names it by its own number for it (StoredDelivery.number); the
        operator (company None) by the inbox's id, whatever its company."""
        status = await self._pool.execute(
            """UPDATE webhook_inbox SET state = 'PENDING', next_attempt_at = now(), attempts = 0, outage = NULL,
                      lease_owner = NULL, lease_until = NULL, processed_at = NULL
                WHERE state IN ('PARKED', 'UNPROCESSABLE')
                  AND CASE WHEN $2::text IS NULL THEN id = $1 ELSE company_siren = $2 AND company_number = $1 END""",
            delivery_id,
            company_siren,
        )
        if status == "UPDATE 1":
            await self._pool.execute(f"SELECT pg_notify('{CHANNEL}', '')")
        return status == "UPDATE 1"

    async def counts(self) -> dict[str, int]:
        rows = await self._pool.fetch("SELECT state, count(*) AS n FROM webhook_inbox GROUP BY state")
        return {r["state"]: r["n"] for r in rows}
