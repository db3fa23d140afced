"""PgSendJournal on PostgreSQL: a batch of SENDING or SENT moves in one statement, each member written whole or not
at all on the conditions a unit of work checks (lease, version, parked statuses), and a status parked while SENT
waited for the platform id's lock reported to the step."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime

import asyncpg
import pytest

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.send_journal import _SENDING, _SENT, PgSendJournal, SendMove
from adapters.postgres.transmissions import PLATFORM_ID_LOCK, PgPipelineUnitOfWork
from domain.archive import broken_entries
from domain.emission import OutboundInvoice, ProcessingState
from domain.pipeline_ports import OutboxKind, ParkedStatus, SubmissionOutcome
from domain.platform import PlatformStatus
from domain.ports import NotCommitted
from tests.support.outbox_rows import invoice_with_row, send_message, submission_record

AT = datetime(2026, 9, 1, tzinfo=UTC)


@pytest.fixture
async def journal(pg_pool: asyncpg.Pool) -> AsyncIterator[PgSendJournal]:
    journal = PgSendJournal(pg_pool)
    await journal.start()
    yield journal
    await journal.stop()


async def _claimed(pool: asyncpg.Pool, owner: str = "me") -> tuple[OutboundInvoice, int]:
    invoice_id, company, row_id = await invoice_with_row(pool, OutboxKind.SEND, owner)
    async with PgPipelineUnitOfWork(pool) as uow:
        invoice = await uow.invoices.get(company, invoice_id)
    assert invoice is not None
    return invoice, row_id


def _sending(invoice: OutboundInvoice, row_id: int, owner: str = "me") -> SendMove:
    # As the send step holds it: READY with its validated document (the journal checks the version only).
    moved = replace(invoice, events=[], state=ProcessingState.READY, document_sha256="a" * 64)
    moved.start_upload(AT, upload=1, sha256="a" * 64)
    return SendMove(
        moved,
        invoice.version,
        submission_record(invoice.id, invoice.company_siren),
        send_message(row_id, invoice.id, invoice.company_siren),
        owner,
        lease_s=120,
    )


def _sent(invoice: OutboundInvoice, row_id: int, platform_id: str) -> SendMove:
    moved = replace(invoice, events=[], state=ProcessingState.SENDING)
    moved.sent(AT, platform_id=platform_id, detail="accepted for processing")
    accepted = submission_record(invoice.id, invoice.company_siren, SubmissionOutcome.ACCEPTED, platform_id)
    return SendMove(
        moved, invoice.version, accepted, send_message(row_id, invoice.id, invoice.company_siren), "me"
    )


async def _state(pool: asyncpg.Pool, invoice_id: str) -> dict[str, object]:
    row = await pool.fetchrow(
        """SELECT i.state, i.version, i.platform_id, s.outcome, s.platform_id AS submitted_as,
                  (SELECT array_agg(kind ORDER BY id) FROM invoice_events e WHERE e.invoice_id = i.id) AS events,
                  o.done_at IS NOT NULL AS done, o.lease_until > now() + interval '100 seconds' AS renewed
             FROM invoices i LEFT JOIN submissions s ON s.invoice_id = i.id LEFT JOIN outbox o ON o.invoice_id = i.id
            WHERE i.id = $1::uuid""",
        invoice_id,
    )
    return dict(row)


async def test_a_batch_of_sending_moves_commits_each_submission_lease_invoice_and_event(
    pg_pool: asyncpg.Pool,
    journal: PgSendJournal,
) -> None:
    claimed = [await _claimed(pg_pool) for _ in range(6)]
    moves = [_sending(invoice, row_id) for invoice, row_id in claimed]
    assert await asyncio.gather(*(journal.sending(m) for m in moves)) == [True] * 6
    for move in moves:
        assert move.invoice.events == []  # history now
        assert await _state(pg_pool, move.invoice.id) == {
            "state": "SENDING",
            "version": 2,
            "platform_id": "",
            "outcome": "PENDING",
            "submitted_as": "",
            "events": ["SUBMITTED", "SENDING"],
            "done": False,
            "renewed": True,
        }
    assert journal._sending.batches == 1  # written together, in one statement


async def test_a_member_whose_lease_is_lost_or_invoice_changed_is_not_written_and_the_others_are(
    pg_pool: asyncpg.Pool,
    journal: PgSendJournal,
) -> None:
    (ok, ok_row), (stolen, stolen_row), (changed, changed_row) = [await _claimed(pg_pool) for _ in range(3)]
    await pg_pool.execute("UPDATE outbox SET lease_owner = 'another worker' WHERE id = $1", stolen_row)
    await pg_pool.execute("UPDATE invoices SET version = version + 1 WHERE id = $1::uuid", changed.id)
    moves = [_sending(ok, ok_row), _sending(stolen, stolen_row), _sending(changed, changed_row)]
    assert await asyncio.gather(*(journal.sending(m) for m in moves)) == [True, False, False]
    for invoice in (stolen, changed):
        state = await _state(pg_pool, invoice.id)
        assert (state["state"], state["outcome"], state["events"]) == ("ACCEPTED", None, ["SUBMITTED"])
    assert (
        moves[1].invoice.events and moves[2].invoice.events
    )  # still pending: the step's unit of work decides


async def test_sent_completes_the_row_and_is_not_written_while_a_status_is_parked_under_its_id(
    pg_pool: asyncpg.Pool,
    journal: PgSendJournal,
) -> None:
    (free, free_row), (waiting, waiting_row) = [await _claimed(pg_pool) for _ in range(2)]
    parked_id = f"P-{uuid.uuid4()}"
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        await uow.transmissions.park_status(
            parked_id,
            ParkedStatus(PlatformStatus(code="200", label="SUBMITTED", raw_code="200", at=AT), "webhook"),
        )
        await uow.commit()
    results = await asyncio.gather(
        journal.sent(_sent(free, free_row, f"P-{uuid.uuid4()}")),
        journal.sent(_sent(waiting, waiting_row, parked_id)),
    )
    assert results == [True, False]
    state = await _state(pg_pool, free.id)
    assert (state["state"], state["outcome"], state["done"], state["events"]) == (
        "SENT",
        "ACCEPTED",
        True,
        ["SUBMITTED", "SENT"],
    )
    assert (await _state(pg_pool, waiting.id))["state"] == "ACCEPTED"


async def test_a_status_parked_while_sent_waits_for_the_platform_id_lock_leaves_that_member_unwritten(
    pg_pool: asyncpg.Pool,
    journal: PgSendJournal,
) -> None:
    """Committed, SENT would leave the status parked under an id whose submission is ACCEPTED, for the step to take
    after the commit: a conflict there stranded it. Unwritten, the step commits SENT with it in a unit of work."""
    invoice, row_id = await _claimed(pg_pool)
    platform_id = f"P-{uuid.uuid4()}"
    async with pg_pool.acquire() as parker, parker.transaction():
        # A delivery holding the id's lock, finding no submission: it parks its status and commits later.
        await parker.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", PLATFORM_ID_LOCK, platform_id)
        sent = asyncio.create_task(journal.sent(_sent(invoice, row_id, platform_id)))
        await _waiting_for_an_advisory_lock(pg_pool)  # SENT waits, before its statement's snapshot
        await parker.execute(
            "INSERT INTO parked_statuses (platform_id, status, source) VALUES ($1, $2::jsonb, $3)",
            platform_id,
            {"code": "200", "label": "SUBMITTED", "raw_code": "200", "at": AT.isoformat()},
            "webhook",
        )
    assert await sent is False
    state = await _state(pg_pool, invoice.id)
    assert (state["state"], state["outcome"], state["done"]) == ("ACCEPTED", None, False)
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM parked_statuses WHERE platform_id = $1", platform_id)
        == 1
    )


async def _waiting_for_an_advisory_lock(pool: asyncpg.Pool, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not await pool.fetchval(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ):
            await asyncio.sleep(0.01)


async def test_a_failed_batch_writes_none_of_its_members(
    pg_pool: asyncpg.Pool, journal: PgSendJournal
) -> None:
    (one, one_row), (other, other_row) = [await _claimed(pg_pool) for _ in range(2)]
    twice = _sending(one, one_row)
    # The same invoice twice in one statement: its submission upsert fails, and with it the whole batch.
    results = await asyncio.gather(
        journal.sending(twice), journal.sending(replace(twice)), journal.sending(_sending(other, other_row))
    )
    assert results == [False, False, False]
    for invoice in (one, other):
        state = await _state(pg_pool, invoice.id)
        assert (state["state"], state["outcome"], state["events"]) == ("ACCEPTED", None, ["SUBMITTED"])


class _LoggedPool:
    """The pool as the journal uses it, logging every statement its connections send once the journal's two are
    prepared (a connection's first use of a type costs asyncpg's lookups of it: not the journal's round trips)."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool
        self.statements: list[str] = []

    @asynccontextmanager
    async def acquire(self, timeout: float | None = None) -> AsyncIterator[asyncpg.Connection]:
        def log(record: object) -> None:
            self.statements.append(record.query)  # type: ignore[attr-defined]

        async with self._pool.acquire(timeout=timeout) as conn:
            for statement in (_SENDING, _SENT):
                await conn.prepare(statement)
            conn.add_query_logger(log)
            try:
                yield conn
            finally:
                conn.remove_query_logger(log)


async def test_a_batch_writes_its_moves_and_their_audit_entries_in_one_statement_sealed_as_the_domain_checks(
    pg_pool: asyncpg.Pool,
) -> None:
    # One round trip per batch, as the group commit's (BEGIN, the append and COMMIT around the statement cost the
    # SENDING batch 60 % of its speed); the entries PostgreSQL numbers and seals verify with domain.archive.
    pool = _LoggedPool(pg_pool)
    journal = PgSendJournal(pool)  # type: ignore[arg-type]
    await journal.start()
    try:
        (one, one_row), (two, two_row), (lost, lost_row) = [await _claimed(pg_pool) for _ in range(3)]
        await pg_pool.execute("UPDATE outbox SET lease_owner = 'another worker' WHERE id = $1", lost_row)
        sending = [_sending(one, one_row), _sending(two, two_row), _sending(lost, lost_row)]
        assert await asyncio.gather(*(journal.sending(m) for m in sending)) == [True, True, False]
        assert journal._sending.batches == 1 and len(pool.statements) == 1
        pool.statements.clear()
        sent = [
            _sent(replace(m.invoice, events=[]), row, f"P-{uuid.uuid4()}")
            for m, row in ((sending[0], one_row), (sending[1], two_row))
        ]
        assert await asyncio.gather(*(journal.sent(m) for m in sent)) == [True] * 2
        # SENT's batch is a transaction: the platform ids' locks, then the write, whose snapshot sees every status
        # parked while it waited for them (nothing to check after the commit).
        assert journal._sent.batches == 1 and len(pool.statements) == 4
        assert (
            f"pg_advisory_xact_lock({PLATFORM_ID_LOCK}" in pool.statements[1]
            and "audit" in pool.statements[2]
        )
        assert (pool.statements[0], pool.statements[3]) == ("BEGIN;", "COMMIT;")
    finally:
        await journal.stop()
    async with pg_pool.acquire() as conn, conn.transaction():
        chains = {
            i.id: [e async for e in PgAuditLog(conn).entries(i.company_siren)] for i in (one, two, lost)
        }
    for invoice in (one, two):
        assert [e.action for e in chains[invoice.id]] == [
            "invoice.submitted",
            "invoice.sending",
            "invoice.sent",
        ]
        assert broken_entries([e.chain_entry() for e in chains[invoice.id]]) == []
    assert [e.action for e in chains[lost.id]] == ["invoice.submitted"]  # not written: no entry either


# --- the journal as a unit of work (what the send step uses) --------------------------------------------------------


async def _start_upload(
    journal: PgSendJournal, invoice: OutboundInvoice, row_id: int, owner: str = "me"
) -> None:
    move = _sending(invoice, row_id, owner)
    moved = replace(move.invoice, events=[], state=ProcessingState.READY, version=invoice.version)
    async with journal() as uow:
        uow.invoices.attach(moved)
        await uow.transmissions.start_upload(move.submission, move.message, owner, 120)
        moved.start_upload(AT, upload=1, sha256="a" * 64)
        await uow.invoices.save(moved)
        await uow.commit()


async def test_a_move_in_the_journals_unit_of_work_is_committed_by_its_batch(
    pg_pool: asyncpg.Pool, journal: PgSendJournal
) -> None:
    invoice, row_id = await _claimed(pg_pool)
    await _start_upload(journal, invoice, row_id)
    state = await _state(pg_pool, invoice.id)
    assert (state["state"], state["outcome"], state["events"]) == (
        "SENDING",
        "PENDING",
        ["SUBMITTED", "SENDING"],
    )
    assert journal._sending.batches == 1


async def test_the_journals_unit_of_work_refuses_what_it_does_not_batch_and_what_its_batch_skips(
    pg_pool: asyncpg.Pool, journal: PgSendJournal
) -> None:
    invoice, row_id = await _claimed(pg_pool)
    with pytest.raises(NotCommitted):
        async with journal() as uow:
            await uow.invoices.get(invoice.company_siren, invoice.id)
    with pytest.raises(NotCommitted):
        async with journal() as uow:
            await uow.outbox.complete(send_message(row_id, invoice.id, invoice.company_siren), "me")
    with pytest.raises(NotCommitted):  # the lease is someone else's: the batch skips the member
        await _start_upload(journal, invoice, row_id, owner="someone else")
    state = await _state(pg_pool, invoice.id)
    assert (state["state"], state["outcome"], state["events"]) == ("ACCEPTED", None, ["SUBMITTED"])
