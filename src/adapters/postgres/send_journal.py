"""The send step's SENDING and SENT moves, group-committed (adapters.postgres.group_commit), as a unit of work.

`PgSendJournal()` makes a domain.pipeline_ports.PipelineUnitOfWork that takes exactly one of these two moves (the
invoice attached and saved, with `transmissions.start_upload` or `transmissions.save_accepted_and_complete`) and
commits it within a batch; anything else (a read, another write) raises NotCommitted at once, and so does a commit
whose member the batch skipped. The send step then does the same work in a unit of work of its own
(service.workers.pipeline.steps.commit_work), which names the cause or handles the rare case.

A unit of work per move costs five round trips (BEGIN, the submission, the invoice and its events, COMMIT, and the
parked statuses for SENT); here the moves the dispatcher's tasks make meanwhile are written by one self-committing
statement per batch (for SENT, one transaction of two: the platform ids' locks, then the statement), their events' audit entries with them (adapters.postgres.invoice_repository
`events_and_outbox`). Each member is written whole or not at all, on the conditions a unit of work checks: the
outbox row still leased by its holder, the invoice still at the version it was read at (both row-locked, so a
concurrent change is seen), and for SENT no status parked under the platform id. A member that fails a condition is
skipped and answered "not written": the step then makes its move in a unit of work, which names the cause.

SENT takes each platform id's advisory lock first, in a statement of its own, as `save_accepted` takes it before
the invoice: a status for that id is either parked before (the statement, whose snapshot is taken once the locks are
held, sees it and skips the member: the unit of work takes it with SENT) or finds the submission. Once SENT is
committed nothing is left parked under its id (with the check in the statement itself, a status parked while it
waited for the lock was not in its snapshot: the step took it after the commit, and a conflict left it parked for
ever). Then the statement locks the invoice rows, the payment locks of the invoices its credit notes name, and the
companies (adapters.postgres.lock_order).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, Self, cast

import asyncpg

from adapters.postgres.connection import Connection
from adapters.postgres.group_commit import GroupCommit
from adapters.postgres.invoice_repository import event_arguments, events_and_outbox
from adapters.postgres.payment_repository import credit_locks_cte
from adapters.postgres.pool import ACQUIRE_TIMEOUT_S
from adapters.postgres.transmissions import PLATFORM_ID_LOCK, SUBMISSION_FIELDS
from domain.archive_ports import AuditLog
from domain.emission import OutboundInvoice
from domain.payment_ports import PaymentRepository
from domain.pipeline_ports import (
    OutboxMessage,
    OutboxRepository,
    ParkedStatus,
    PipelineInvoices,
    SubmissionRecord,
    TransmissionRepository,
)
from domain.ports import NotCommitted


@dataclass(frozen=True, slots=True)
class SendMove:
    """One batch member: `invoice` after the move (its new state and pending events recorded; only its state,
    lifecycle code, platform id and last error may differ from the invoice read at `read_version`), `submission` as
    it must be saved, the row and its holder."""

    invoice: OutboundInvoice
    read_version: int
    submission: SubmissionRecord
    message: OutboxMessage
    owner: str
    lease_s: float = 0.0  # SENDING: the lease renewed for the platform call


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


# The batch's own invoices (credit_locks_cte's `besides`).
_MEMBERS = "SELECT i.* FROM ok JOIN invoices i ON i.id = ok.id"


def _move_statement(*, sent: bool) -> str:
    members = ", ".join(f"${k}::{t}[]" for k, t in enumerate((*_MEMBER_TYPES, *_SUBMISSION_TYPES), start=1))
    names = ", ".join((*_MEMBER_NAMES, *(f"s_{n}" for n in SUBMISSION_FIELDS)))
    submission_set = ", ".join(f"{n} = excluded.{n}" for n in SUBMISSION_FIELDS)
    if sent:
        not_parked = (
            "AND NOT EXISTS (SELECT 1 FROM parked_statuses p"
            " WHERE p.platform_id = m.s_platform_id AND p.platform IN (m.s_platform, ''))"
        )
        lease = "done_at = now(), last_error = '', lease_owner = NULL, lease_until = NULL"
        # The platform ids are locked before (_PLATFORM_ID_LOCKS); then the locks of the invoices its credit notes
        # name (SENT brings them to their buyer: a payment on one is checked before or after, never meanwhile); the
        # company locks come after (one order: no deadlock).
        locks = f"""
     {credit_locks_cte("ok JOIN invoices c ON c.id = ok.id", "c", "ok.st", "", _MEMBERS)},"""
        lock_from = ", credit_locks"
    else:
        not_parked, locks, lock_from = "", "", ""
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
                 FROM ok
               ON CONFLICT (invoice_id) DO UPDATE SET {submission_set}, updated_at = now()),
     {events_and_outbox(_EVENTS_FIRST, "ok", lock_from).strip()}
SELECT id FROM ok, audit
"""


_SENDING = _move_statement(sent=False)
_SENT = _move_statement(sent=True)
# SENT's first statement, in its transaction: each platform id's lock, sorted as any two batches take them. _SENT's
# snapshot, taken once they are held, sees every status parked under them (that member is skipped: the unit of work
# of its own takes it), and a status delivered later finds the submission.
_PLATFORM_ID_LOCKS = f"""
SELECT count(pg_advisory_xact_lock({PLATFORM_ID_LOCK}, hashtext(p)))
  FROM (SELECT DISTINCT p COLLATE "C" AS p FROM unnest($1::text[]) AS p ORDER BY 1) AS ids"""


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
    events = event_arguments([(move.invoice, move.invoice.events) for move in moves])
    return [*columns, *events]


class PgSendJournal:
    """Call it for a unit of work (PgSendUnitOfWork); `start` before use, `stop` to write what is queued and stop.
    `sending` and `sent` write one move each (the batch's members)."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        max_batch: int = 64,
        max_queue: int = 1024,
        in_flight: int = 1,
        acquire_timeout: float = ACQUIRE_TIMEOUT_S,
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
        self._sent: GroupCommit[SendMove, bool] = GroupCommit(
            self._write_sent, unwritten=False, name="send-journal-sent", **settings
        )

    async def start(self) -> None:
        await self._sending.start()
        await self._sent.start()

    async def stop(self) -> None:
        await self._sending.stop()
        await self._sent.stop()

    def __call__(self) -> PgSendUnitOfWork:
        return PgSendUnitOfWork(self)

    async def sending(self, move: SendMove) -> bool:
        """Before the platform call: the submission (PENDING), the lease renewed, the invoice and its events. False
        when nothing was written: the lease is no longer ours, the invoice changed since it was read, or the write
        failed."""
        return await self._sending.submit(move)

    async def sent(self, move: SendMove) -> bool:
        """The platform has it: the accepted submission, the row done, the invoice and its events. False as
        `sending`, and also when statuses are parked under the platform id (the unit of work of its own takes them
        with SENT)."""
        return await self._sent.submit(move)

    async def _write_sending(self, moves: Sequence[SendMove]) -> list[bool]:
        async with self._pool.acquire(timeout=self._acquire_timeout) as conn:
            written = await self._write(conn, _SENDING, moves)  # one statement, committed by itself
        return _committed(moves, written)

    async def _write_sent(self, moves: Sequence[SendMove]) -> list[bool]:
        async with self._pool.acquire(timeout=self._acquire_timeout) as conn, conn.transaction():
            await conn.execute(_PLATFORM_ID_LOCKS, [move.submission.platform_id for move in moves])
            written = await self._write(conn, _SENT, moves)
        return _committed(moves, written)

    @staticmethod
    async def _write(conn: Connection, statement: str, moves: Sequence[SendMove]) -> set[str]:
        # The moves' events carry their audit entries (under the company locks the statement takes; the chains
        # share them), acting as the gateway (the journal serves the dispatcher).
        return {str(r["id"]) for r in await conn.fetch(statement, *_arguments(moves))}


def _committed(moves: Sequence[SendMove], written: set[str]) -> list[bool]:
    for move in moves:
        if move.invoice.id in written:  # committed: its events are history now
            move.invoice.events.clear()
    return [move.invoice.id in written for move in moves]


# --- the unit of work ----------------------------------------------------------------------------------------------


def _refuse(what: str) -> NoReturn:
    raise NotCommitted(f"the send journal batches SENDING and SENT only, not {what}")


@dataclass
class _Work:
    """What the unit of work was given: one invoice attached (with the columns the batch does not write, to check
    they did not change) and saved, and one move."""

    attached: OutboundInvoice | None = None
    read_version: int = 0
    kept: tuple[Any, ...] = ()
    saved: OutboundInvoice | None = None
    upload: tuple[SubmissionRecord, OutboxMessage, str, float] | None = None
    accepted: tuple[SubmissionRecord, OutboxMessage, str] | None = None


def _kept(invoice: OutboundInvoice) -> tuple[Any, ...]:
    return (invoice.invoice, invoice.findings, invoice.document_sha256, invoice.request_hash)


class _Invoices:
    def __init__(self, work: _Work) -> None:
        self._work = work

    def attach(self, invoice: OutboundInvoice) -> None:
        if self._work.attached is not None and self._work.attached is not invoice:
            _refuse("a second invoice")
        self._work.attached, self._work.read_version = invoice, invoice.version
        self._work.kept = _kept(invoice)

    async def save(self, invoice: OutboundInvoice) -> None:
        if invoice is not self._work.attached:
            _refuse("an invoice it did not attach")
        self._work.saved = invoice

    async def add(self, invoice: OutboundInvoice) -> None:
        _refuse("new invoices")

    async def get(self, company_siren: str, invoice_id: str) -> None:
        _refuse("reads")

    async def get_by_request(self, company_siren: str, request_id: str) -> None:
        _refuse("reads")

    async def list(self, *args: object) -> None:
        _refuse("reads")

    async def history(self, company_siren: str, invoice_id: str) -> None:
        _refuse("reads")


class _Transmissions:
    def __init__(self, work: _Work) -> None:
        self._work = work

    async def start_upload(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str, lease_s: float
    ) -> None:
        if self._work.upload or self._work.accepted:
            _refuse("a second move")
        self._work.upload = (record, message, owner, lease_s)

    async def save_accepted_and_complete(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str
    ) -> Sequence[ParkedStatus]:
        """Nothing parked: the batch skips the member when statuses are parked under the platform id once its lock is
        held (the unit of work of its own then takes them)."""
        if self._work.upload or self._work.accepted:
            _refuse("a second move")
        self._work.accepted = (record, message, owner)
        return ()

    def __getattr__(self, name: str) -> Any:
        _refuse(f"transmissions.{name}")


class _Refused:
    def __init__(self, what: str) -> None:
        self._what = what

    def __getattr__(self, name: str) -> Any:
        _refuse(f"{self._what}.{name}")


class PgSendUnitOfWork:
    """domain.pipeline_ports.PipelineUnitOfWork for the send step's SENDING or SENT move, committed within a batch of
    PgSendJournal: NotCommitted when the work is not one of these moves or the batch skipped it (nothing written)."""

    def __init__(self, journal: PgSendJournal) -> None:
        self._journal = journal
        self._open(_Work())

    def _open(self, work: _Work) -> None:
        # Typed as the ports they stand for: what they do not batch raises NotCommitted (see the module).
        self._work = work
        self.invoices = cast(PipelineInvoices, _Invoices(work))
        self.transmissions = cast(TransmissionRepository, _Transmissions(work))
        self.outbox = cast(OutboxRepository, _Refused("outbox"))
        self.payments = cast(PaymentRepository, _Refused("payments"))
        self.audit = cast(AuditLog, _Refused("audit"))

    async def __aenter__(self) -> Self:
        self._open(_Work())
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._open(_Work())  # nothing to roll back: nothing is written before the commit

    async def commit(self) -> None:
        work = self._work
        invoice = work.saved
        if invoice is None or not (work.upload or work.accepted):
            _refuse("a unit of work without a move")
        if _kept(invoice) != work.kept:
            _refuse("changes to the invoice's content, findings or document")
        if work.upload is not None:
            record, message, owner, lease_s = work.upload
            if not await self._journal.sending(
                SendMove(invoice, work.read_version, record, message, owner, lease_s)
            ):
                raise NotCommitted(f"SENDING of invoice {invoice.id} was not written by its batch")
            return
        assert work.accepted is not None
        record, message, owner = work.accepted
        if not await self._journal.sent(SendMove(invoice, work.read_version, record, message, owner)):
            raise NotCommitted(f"SENT of invoice {invoice.id} was not written by its batch")
