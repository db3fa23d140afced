"""The send step's SENDING and SENT moves, group-committed (adapters.postgres.group_commit).

A unit of work per move costs five round trips (BEGIN, the submission, the invoice and its events, COMMIT, and the
parked statuses for SENT); here the moves the dispatcher's tasks make meanwhile are written by one self-committing
statement per batch. Each member is written whole or not at all, on the conditions a unit of work checks: the
outbox row still leased by its holder, the invoice still at the version it was read at (both row-locked, so a
concurrent change is seen), and for SENT no status parked under the platform id. A member that fails a condition is
skipped and answered "not written": the step then makes its move in a unit of work, which names the cause.

SENT takes each platform id's advisory lock before its submission row is written, as `save_accepted` does, so a
status for that id is either parked before (the member is skipped: the unit of work takes it) or finds the
submission. A status parked while the statement waited for the lock is not in the statement's snapshot: a check
after the commit finds it, and the step takes it (WRITTEN_PARKED).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import Connection
from adapters.postgres.group_commit import GroupCommit
from adapters.postgres.invoice_repository import batch_event_arguments, batch_events_and_outbox
from adapters.postgres.transmissions import PLATFORM_ID_LOCK, SUBMISSION_FIELDS
from domain.audit import current_acting
from domain.audit_trail import invoice_audit_items
from domain.pipeline_ports import SendMove, SentWrite

# Per member: outbox row, holder, lease (s), invoice, company, read and new versions, then the invoice columns a
# move changes (state, lifecycle code, platform id, last error), then the submission's columns.
_MEMBER_TYPES = ("bigint", "text", "float8", "uuid", "text", "int", "int", "text", "text", "text", "text")
_MEMBER_NAMES = ("oid", "own", "lease", "id", "company_siren", "rv", "nv", "st", "lc", "pid", "le")
_SUBMISSION_TYPES = (  # of transmissions.SUBMISSION_FIELDS, in order
    "text",
    "text",
    "text",
    "timestamptz",
    "text",
    "text",
    "timestamptz",
    "int",
)
_EVENTS_FIRST = len(_MEMBER_TYPES) + len(_SUBMISSION_TYPES) + 1


def _move_statement(*, sent: bool) -> str:
    members = ", ".join(f"${k}::{t}[]" for k, t in enumerate((*_MEMBER_TYPES, *_SUBMISSION_TYPES), start=1))
    names = ", ".join((*_MEMBER_NAMES, *(f"s_{n}" for n in SUBMISSION_FIELDS)))
    submission_set = ", ".join(f"{n} = excluded.{n}" for n in SUBMISSION_FIELDS)
    if sent:
        not_parked = "AND NOT EXISTS (SELECT 1 FROM parked_statuses p WHERE p.platform_id = m.s_platform_id)"
        lease = "done_at = now(), last_error = '', lease_owner = NULL, lease_until = NULL"
        # Sorted, as any two batches take them; the company locks come after (one order: no deadlock).
        locks = f"""
     platform_id_locks AS MATERIALIZED (
         SELECT count(pg_advisory_xact_lock({PLATFORM_ID_LOCK}, hashtext(p))) AS locks
           FROM (SELECT DISTINCT s_platform_id COLLATE "C" AS p FROM ok ORDER BY p) AS ids),"""
        lock_from, submission_from = ", platform_id_locks", "platform_id_locks, ok"
    else:
        not_parked, locks, lock_from, submission_from = "", "", "", "ok"
        lease = "lease_until = now() + make_interval(secs => ok.lease)"
    return f"""
WITH ok AS MATERIALIZED (
         SELECT m.* FROM unnest({members}) AS m({names})
           JOIN outbox o ON o.id = m.oid AND o.lease_owner = m.own AND o.done_at IS NULL
           JOIN invoices i ON i.id = m.id AND i.company_siren = m.company_siren AND i.version = m.rv
          WHERE true {not_parked}
          ORDER BY m.id
            FOR UPDATE OF o, i),{locks}
     leases AS (UPDATE outbox o SET {lease} FROM ok WHERE o.id = ok.oid),
     moved AS (UPDATE invoices i SET state = ok.st, lifecycle_code = ok.lc, platform_id = ok.pid, last_error = ok.le,
                                     version = ok.nv, updated_at = now()
                 FROM ok WHERE i.id = ok.id),
     saved AS (INSERT INTO submissions (invoice_id, company_siren, {", ".join(SUBMISSION_FIELDS)})
               SELECT ok.id, ok.company_siren, {", ".join(f"ok.s_{n}" for n in SUBMISSION_FIELDS)}
                 FROM {submission_from}
               ON CONFLICT (invoice_id) DO UPDATE SET {submission_set}, updated_at = now()),
     {batch_events_and_outbox(_EVENTS_FIRST, "ok", lock_from).strip()}
SELECT id FROM ok
"""


_SENDING = _move_statement(sent=False)
_SENT = _move_statement(sent=True)


def _arguments(moves: Sequence[SendMove]) -> list[Any]:
    columns: list[list[Any]] = [[] for _ in range(len(_MEMBER_TYPES) + len(_SUBMISSION_TYPES))]
    for move in moves:
        invoice, sub = move.invoice, move.submission
        row = (
            move.message.id,
            move.owner,
            float(move.lease_s),
            uuid.UUID(invoice.id),
            invoice.company_siren,
            move.read_version,
            invoice.version,
            invoice.state.value,
            invoice.lifecycle_code,
            invoice.platform_id,
            invoice.last_error,
            sub.platform,
            sub.sha256,
            sub.invoice_number,
            sub.attempt_started_at,
            sub.outcome.value,
            sub.platform_id,
            sub.reconciled_at,
            sub.uploads,
        )
        for column, value in zip(columns, row, strict=True):
            column.append(value)
    events = batch_event_arguments([(move.invoice, move.invoice.events) for move in moves])
    return [*columns, *events]


class PgSendJournal:
    """The SendJournal port on PostgreSQL; `start` before use, `stop` to write what is queued and stop."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        max_batch: int = 64,
        max_queue: int = 1024,
        in_flight: int = 1,
        acquire_timeout: float = 10.0,
        stop_timeout: float = 30.0,
    ) -> None:
        self._pool = pool
        self._acquire_timeout = acquire_timeout
        settings: dict[str, Any] = {
            "max_batch": max_batch,
            "max_queue": max_queue,
            "in_flight": in_flight,
            "stop_timeout": stop_timeout,
            "order": lambda move: move.invoice.id,
        }
        self._sending: GroupCommit[SendMove, bool] = GroupCommit(
            self._write_sending, unwritten=False, name="send-journal-sending", **settings
        )
        self._sent: GroupCommit[SendMove, SentWrite] = GroupCommit(
            self._write_sent, unwritten=SentWrite.NOT_WRITTEN, name="send-journal-sent", **settings
        )

    async def start(self) -> None:
        await self._sending.start()
        await self._sent.start()

    async def stop(self) -> None:
        await self._sending.stop()
        await self._sent.stop()

    async def sending(self, move: SendMove) -> bool:
        return await self._sending.submit(move)

    async def sent(self, move: SendMove) -> SentWrite:
        return await self._sent.submit(move)

    async def _write_sending(self, moves: Sequence[SendMove]) -> list[bool]:
        async with self._pool.acquire(timeout=self._acquire_timeout) as conn:
            written = await self._write(conn, _SENDING, moves)
        return [move.invoice.id in written for move in moves]

    async def _write_sent(self, moves: Sequence[SendMove]) -> list[SentWrite]:
        async with self._pool.acquire(timeout=self._acquire_timeout) as conn:
            written = await self._write(conn, _SENT, moves)
            ids = [move.submission.platform_id for move in moves if move.invoice.id in written]
            # A new statement, a new snapshot: it sees what was parked while the write waited for the locks.
            parked = (
                {
                    r["platform_id"]
                    for r in await conn.fetch(
                        "SELECT DISTINCT platform_id FROM parked_statuses WHERE platform_id = any($1::text[])",
                        ids,
                    )
                }
                if ids
                else set()
            )
        return [
            SentWrite.NOT_WRITTEN
            if move.invoice.id not in written
            else SentWrite.WRITTEN_PARKED
            if move.submission.platform_id in parked
            else SentWrite.WRITTEN
            for move in moves
        ]

    @staticmethod
    async def _write(conn: Connection, statement: str, moves: Sequence[SendMove]) -> set[str]:
        # The moves' events are audit entries, in the same transaction (under the company locks the statement took;
        # the chains share them). The journal serves the dispatcher: the gateway acts.
        async with conn.transaction():
            written = {str(r["id"]) for r in await conn.fetch(statement, *_arguments(moves))}
            acting = current_acting()
            await PgAuditLog(conn).append_all(
                [
                    item
                    for move in moves
                    if move.invoice.id in written
                    for item in invoice_audit_items(move.invoice, move.invoice.events, acting)
                ]
            )
        for move in moves:
            if move.invoice.id in written:  # committed: its events are history now
                move.invoice.events.clear()
        return written
