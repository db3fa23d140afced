"""Group commit on real PostgreSQL: concurrent submissions share a transaction, and each caller still gets its own
answer (stored, replayed, conflict, taken number), with nothing half-written when a batch fails."""

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace

import asyncpg
import pytest
from asyncpg.connection import LoggedQuery

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.invoice_repository import NewInvoiceRow, insert_new_invoices, new_invoice_row
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.submission_writer import BatchInsert, PgSubmissionWriter
from adapters.postgres.uow import PgUnitOfWork
from domain.archive import broken_entries
from domain.archive_ports import AuditEvent
from domain.emission import OutboundInvoice
from domain.errors import DuplicateInvoiceNumber, RequestConflict
from domain.findings import Finding
from domain.invoice import Invoice
from domain.totals import compute_totals
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.locks import until_blocked
from tests.support.notifications import notified_so_far
from tests.support.outbound import an_outbound_invoice


def no_findings(invoice: Invoice) -> list[Finding]:
    return []


@asynccontextmanager
async def started(
    pool: asyncpg.Pool,
    *,
    insert: BatchInsert = insert_new_invoices,
    in_flight: int = 1,
    notifier: PgNotifier | None = None,
) -> AsyncIterator[tuple[PgSubmissionWriter, list[int]]]:
    sizes: list[int] = []
    writer = PgSubmissionWriter(
        pool, notifier=notifier, in_flight=in_flight, on_batch=sizes.append, insert=insert
    )
    await writer.start()
    try:
        yield writer, sizes
    finally:
        await writer.stop()


async def submit(
    pool: asyncpg.Pool, writer: PgSubmissionWriter, company: str, invoice: Invoice, request_id: str
) -> OutboundInvoice:
    return await submit_invoice(
        SubmitInvoice(company, request_id, invoice),
        uow=PgUnitOfWork(pool),
        clock=FixedClock(),
        validate=no_findings,
        group_commit=writer,
    )


async def counts(pool: asyncpg.Pool, company: str) -> dict[str, int]:
    row = await pool.fetchrow(
        """SELECT (SELECT count(*) FROM invoices WHERE company_siren = $1) AS invoices,
                  (SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                    WHERE i.company_siren = $1) AS lines,
                  (SELECT count(*) FROM invoice_events WHERE company_siren = $1) AS events,
                  (SELECT count(*) FROM outbox WHERE company_siren = $1) AS outbox""",
        company,
    )
    return dict(row)


async def test_concurrent_new_invoices_are_committed_in_one_batch_with_lines_events_and_outbox_rows(
    pg_pool: asyncpg.Pool,
    listening: asyncio.Queue[tuple[str, str]],
) -> None:
    companies = sorted(random_siren() for _ in range(2))
    invoices = [(c, an_invoice(lines=3, seller=a_seller(c))) for _ in range(10) for c in companies]
    notifier = PgNotifier(pg_pool)
    async with started(pg_pool, notifier=notifier) as (writer, sizes):
        stored = await asyncio.gather(
            *(submit(pg_pool, writer, c, i, random_request_id()) for c, i in invoices)
        )
    await notifier.drained()

    assert sizes == [20] and writer.written == 20
    # one wake-up per channel and company, after the commit (the triggers' would come from the batch's transaction)
    assert sorted(await notified_so_far(pg_pool, listening)) == [
        *(("invoice_events", c) for c in companies),
        ("outbox", ""),
    ]
    assert [s.number for s in stored] == [i.number for _, i in invoices]
    assert all(s.events == [] for s in stored)  # committed: no pending event left
    for company in companies:
        assert await counts(pg_pool, company) == {"invoices": 10, "lines": 30, "events": 10, "outbox": 10}
    rows = await pg_pool.fetch(
        "SELECT id, number, request_hash FROM invoices WHERE company_siren = any($1)", companies
    )
    assert {(str(r["id"]), r["number"], r["request_hash"]) for r in rows} == {
        (s.id, s.number, s.request_hash) for s in stored
    }
    outbox = await pg_pool.fetch(
        "SELECT invoice_id, company_siren, kind, payload FROM outbox WHERE company_siren = any($1)", companies
    )
    assert {
        (str(r["invoice_id"]), r["company_siren"], r["kind"], r["payload"]["number"]) for r in outbox
    } == {(s.id, s.company_siren, "render_validate", s.number) for s in stored}
    events = await pg_pool.fetch(
        "SELECT invoice_id, company_siren, kind, state FROM invoice_events WHERE company_siren = any($1)",
        companies,
    )
    assert {(str(r["invoice_id"]), r["company_siren"], r["kind"], r["state"]) for r in events} == {
        (s.id, s.company_siren, "SUBMITTED", s.state.value) for s in stored
    }
    lines = await pg_pool.fetch(
        "SELECT invoice_id, position, line_id FROM invoice_lines WHERE invoice_id = $1 ORDER BY position",
        stored[0].id,
    )
    assert [(r["position"], r["line_id"]) for r in lines] == [(1, "1"), (2, "2"), (3, "3")]
    # as read back, the stored invoices are the ones answered, with their history
    async with PgUnitOfWork(pg_pool) as uow:
        again = await uow.invoices.get(stored[5].company_siren, stored[5].id)
        history = await uow.invoices.history(stored[5].company_siren, stored[5].id)
    assert again is not None and again.invoice == stored[5].invoice and again.state is stored[5].state
    assert again.findings == stored[5].findings and again.created_at == stored[5].created_at
    assert [(e.kind, e.state) for e in history] == [("SUBMITTED", stored[5].state)]


async def test_each_member_of_a_mixed_batch_gets_its_own_answer(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    seller = a_seller(company)
    replayed, conflicting, numbered = (an_invoice(seller=seller) for _ in range(3))
    replayed_id, conflicting_id = random_request_id(), random_request_id()
    twice, twice_id = an_invoice(seller=seller), random_request_id()
    fresh = [an_invoice(seller=seller) for _ in range(3)]
    async with started(pg_pool) as (writer, sizes):
        first = await submit(pg_pool, writer, company, replayed, replayed_id)
        await submit(pg_pool, writer, company, conflicting, conflicting_id)
        taken = await submit(pg_pool, writer, company, numbered, random_request_id())
        results = await asyncio.gather(
            submit(pg_pool, writer, company, fresh[0], random_request_id()),
            submit(pg_pool, writer, company, replace(replayed), replayed_id),
            submit(pg_pool, writer, company, fresh[1], random_request_id()),
            submit(pg_pool, writer, company, replace(conflicting, buyer_reference="PO-2"), conflicting_id),
            submit(pg_pool, writer, company, replace(numbered, buyer_reference="other"), random_request_id()),
            submit(pg_pool, writer, company, twice, twice_id),
            submit(pg_pool, writer, company, replace(twice), twice_id),
            submit(pg_pool, writer, company, fresh[2], random_request_id()),
            return_exceptions=True,
        )

    assert sizes == [1, 1, 1, 8]  # the eight concurrent submissions were one batch
    assert writer.written == 3 + 4  # which wrote the fresh ones and the first of `twice`; the rest went alone
    new_0, replay, new_1, conflict, duplicate, twice_a, twice_b, new_2 = results
    assert isinstance(replay, OutboundInvoice) and replay.id == first.id
    assert isinstance(conflict, RequestConflict)
    assert isinstance(duplicate, DuplicateInvoiceNumber) and "BT-1" in str(duplicate)
    assert isinstance(twice_a, OutboundInvoice) and isinstance(twice_b, OutboundInvoice)
    assert twice_a.id == twice_b.id
    new = [new_0, new_1, new_2]
    assert all(isinstance(n, OutboundInvoice) for n in new)
    numbers = {
        r["number"]
        for r in await pg_pool.fetch("SELECT number FROM invoices WHERE company_siren = $1", company)
    }
    assert numbers == {
        replayed.number,
        conflicting.number,
        taken.number,
        twice.number,
        *(i.number for i in fresh),
    }
    assert await counts(pg_pool, company) == {"invoices": 7, "lines": 7, "events": 7, "outbox": 7}


async def failing_statement(
    conn: asyncpg.Connection, rows: Sequence[NewInvoiceRow], **kwargs: bool
) -> list[OutboundInvoice]:
    await conn.execute("SELECT 1/0")
    return []


def broken(rows: Sequence[NewInvoiceRow], change: Callable[[dict], None]) -> list[NewInvoiceRow]:  # type: ignore[type-arg]
    """`rows` with the last one's JSON changed by `change`."""
    last = json.loads(rows[-1].text)
    change(last)
    return [*rows[:-1], replace(rows[-1], text=json.dumps(last))]


async def with_a_broken_line(
    conn: asyncpg.Connection, rows: Sequence[NewInvoiceRow], **kwargs: bool
) -> list[OutboundInvoice]:
    """The last invoice's first line has no id in its stored content, whence its lines are written: the statement
    fails once the invoices are inserted."""
    return await insert_new_invoices(
        conn, broken(rows, lambda row: row["content"]["lines"][0].pop("id")), **kwargs
    )


async def with_a_broken_event(
    conn: asyncpg.Connection, rows: Sequence[NewInvoiceRow], **kwargs: bool
) -> list[OutboundInvoice]:
    """The last invoice's event has no state: the statement fails once the invoices, lines and locks are done."""
    return await insert_new_invoices(
        conn, broken(rows, lambda row: row["events"][0].update(state=None)), **kwargs
    )


@pytest.mark.parametrize(
    ("insert", "error"),
    [
        (failing_statement, "DivisionByZeroError"),
        (with_a_broken_line, "NotNullViolationError"),
        (with_a_broken_event, "NotNullViolationError"),
    ],
)
async def test_a_failed_batch_leaves_nothing_and_its_members_are_written_one_by_one(
    pg_pool: asyncpg.Pool,
    insert: BatchInsert,
    error: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    company = random_siren()
    invoices = [an_invoice(lines=2, seller=a_seller(company)) for _ in range(5)]
    async with started(pg_pool, insert=insert) as (writer, sizes):
        offered = [an_outbound_invoice(company, compute_totals(i)) for i in invoices]
        assert await asyncio.gather(*(writer.add_new(o) for o in offered)) == [False] * 5
        assert await counts(pg_pool, company) == {"invoices": 0, "lines": 0, "events": 0, "outbox": 0}

        stored = await asyncio.gather(
            *(submit(pg_pool, writer, company, i, random_request_id()) for i in invoices)
        )

    assert sizes == [5, 5] and writer.written == 0
    assert [r.getMessage() for r in caplog.records] == [
        f"submission-writer: a batch of 5 failed ({error}): each is written alone"
    ] * 2
    assert [s.number for s in stored] == [i.number for i in invoices]
    assert await counts(pg_pool, company) == {"invoices": 5, "lines": 10, "events": 5, "outbox": 5}


async def test_fifty_concurrent_submissions_of_one_request_store_one_invoice(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    invoice = an_invoice(lines=10, seller=a_seller(company))
    request_id = random_request_id()
    async with started(pg_pool, in_flight=2) as (writer, _):
        results = await asyncio.gather(
            *(submit(pg_pool, writer, company, invoice, request_id) for _ in range(50))
        )
    assert len({r.id for r in results}) == 1
    assert await counts(pg_pool, company) == {"invoices": 1, "lines": 10, "events": 1, "outbox": 1}


class GatedInsert:
    """Each batch waits at `gate` before its statement; `entered` is set once one does."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.entered = asyncio.Event()

    async def __call__(
        self, conn: asyncpg.Connection, rows: Sequence[NewInvoiceRow], **kwargs: bool
    ) -> list[OutboundInvoice]:
        self.entered.set()
        await self.gate.wait()
        return await insert_new_invoices(conn, rows, **kwargs)


async def test_a_cancelled_caller_s_invoice_is_committed_with_its_batch_and_a_retry_replays_it(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    invoice = an_invoice(seller=a_seller(company))
    request_id = random_request_id()
    insert = GatedInsert()
    async with started(pg_pool, insert=insert) as (writer, _):
        caller = asyncio.create_task(submit(pg_pool, writer, company, invoice, request_id))
        await insert.entered.wait()
        caller.cancel()
        with pytest.raises(asyncio.CancelledError):
            await caller
        insert.gate.set()
        retried = await submit(pg_pool, writer, company, replace(invoice), request_id)
    assert retried.number == invoice.number
    assert await counts(pg_pool, company) == {"invoices": 1, "lines": 1, "events": 1, "outbox": 1}


async def test_stopping_writes_what_is_queued_then_hands_new_invoices_back(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    insert = GatedInsert()
    async with started(pg_pool, insert=insert) as (writer, sizes):
        first = asyncio.create_task(writer.add_new(an_outbound_invoice(company)))
        await insert.entered.wait()  # the first batch is being written; the next three queue behind it
        queued = [asyncio.create_task(writer.add_new(an_outbound_invoice(company))) for _ in range(3)]
        # Tasks start in order: the three are queued, then the writer is stopping, before the gated batch resumes.
        stopping = asyncio.create_task(writer.stop())
        insert.gate.set()
        await stopping
        assert await first and await asyncio.gather(*queued) == [True] * 3
        assert await writer.add_new(an_outbound_invoice(company)) is False
    assert sizes == [1, 3]
    assert await counts(pg_pool, company) == {"invoices": 4, "lines": 4, "events": 4, "outbox": 4}


async def test_without_a_notifier_the_triggers_wake_the_listeners(
    pg_pool: asyncpg.Pool,
    listening: asyncio.Queue[tuple[str, str]],
) -> None:
    company = random_siren()
    async with started(pg_pool) as (writer, _):
        assert await writer.add_new(an_outbound_invoice(company))
    assert sorted(await notified_so_far(pg_pool, listening)) == [("invoice_events", company), ("outbox", "")]


async def test_what_cannot_be_written_before_the_stop_timeout_is_handed_back_not_dropped(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    insert = GatedInsert()  # never opened: the database "hangs"
    writer = PgSubmissionWriter(pg_pool, insert=insert, stop_timeout=0.1)
    await writer.start()
    in_flight = asyncio.create_task(writer.add_new(an_outbound_invoice(company)))
    await insert.entered.wait()
    queued = asyncio.create_task(writer.add_new(an_outbound_invoice(company)))
    await asyncio.create_task(
        writer.stop()
    )  # tasks start in order: `queued` is queued before the stop begins
    assert writer.submitted == 1  # only the first reached a batch
    assert await in_flight is False and await queued is False  # their submitters write them one by one
    assert await counts(pg_pool, company) == {"invoices": 0, "lines": 0, "events": 0, "outbox": 0}


async def test_a_batch_that_waited_for_its_company_links_its_audit_entries_to_the_entry_committed_meanwhile(
    pg_pool: asyncpg.Pool,
) -> None:
    # The batch's statement waits for the company's lock; the heads, read once it is held, include the entry the
    # other transaction committed meanwhile (read with a snapshot taken before the wait, they would not).
    company = random_siren()
    invoice = an_outbound_invoice(company)
    async with pg_pool.acquire() as other, pg_pool.acquire() as conn:
        tr = other.transaction()
        await tr.start()
        await PgAuditLog(other).append(company, AuditEvent("test.appended", "test", "1"), invoice.created_at)
        batch = asyncio.create_task(insert_new_invoices(conn, [new_invoice_row(invoice)]))
        await until_blocked(pg_pool, 1, batch)
        await tr.commit()
        assert await batch == [invoice]
        chain = await conn.fetch(
            "SELECT seq, action, prev_hash, entry_hash FROM audit_log WHERE company_siren = $1 ORDER BY seq",
            company,
        )
    assert [(r["seq"], r["action"]) for r in chain] == [(1, "test.appended"), (2, "invoice.submitted")]
    assert chain[1]["prev_hash"] == chain[0]["entry_hash"]


async def test_a_batch_writes_its_invoices_and_their_audit_entries_in_one_statement_sealed_as_the_domain_checks(
    pg_pool: asyncpg.Pool,
) -> None:
    # One round trip per batch, as before the audit trail (BEGIN, the heads, the insert and COMMIT around it cost
    # a lone submitter 0.6x of its rate); the entries PostgreSQL numbers and seals verify with domain.archive.
    first, second = sorted(random_siren() for _ in range(2))
    invoices = [an_outbound_invoice(c) for c in (first, first, second, first)]
    taken = an_outbound_invoice(second, invoices[2].invoice)  # its number is taken by an earlier row: skipped
    rows = [new_invoice_row(i) for i in (*invoices, taken)]
    statements: list[str] = []

    def log(record: LoggedQuery) -> None:
        statements.append(record.query)

    async with pg_pool.acquire() as conn:
        conn.add_query_logger(log)
        written = await insert_new_invoices(conn, rows)
        conn.remove_query_logger(log)
        async with conn.transaction():
            chains = {c: [e async for e in PgAuditLog(conn).entries(c)] for c in (first, second)}
    assert written == invoices and len(statements) == 1
    assert {c: [(e.seq, e.action, e.subject_id) for e in chain] for c, chain in chains.items()} == {
        first: [
            (n, "invoice.submitted", i.id) for n, i in enumerate((invoices[0], invoices[1], invoices[3]), 1)
        ],
        second: [(1, "invoice.submitted", invoices[2].id)],
    }
    for chain in chains.values():
        assert broken_entries([e.chain_entry() for e in chain]) == []
