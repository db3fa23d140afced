import asyncio
import contextlib
import logging
import re
import uuid
from collections.abc import AsyncIterator, Awaitable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import asyncpg
import pytest

from adapters.postgres.invoice_repository import PgInvoiceRepository
from adapters.postgres.migrate import MIGRATION_LOCK_KEY, available_migrations, migrate
from adapters.postgres.payment_repository import PgPaymentRepository
from adapters.postgres.pool import init_connection
from adapters.postgres.reporting_repository import SALE_KEYS
from domain.document_types import codes
from domain.emission import ProcessingState
from domain.invoice import DocumentType, Invoice, PrecedingInvoice
from domain.payments import owed_per_rate
from domain.totals import compute_totals
from tests.builders import a_line, a_seller, an_invoice
from tests.support.locks import STEP_TIMEOUT_S
from tests.support.outbound import an_outbound_invoice
from tests.support.pipeline import fresh_database_url


def test_migrations_are_numbered_from_one_in_increasing_order() -> None:
    # Numbers are unique (available_migrations refuses two alike) and may leave gaps: work done in parallel
    # takes its migrations from ranges (0040…, 0060…), applied in number order.
    versions = [m.version for m in available_migrations()]
    assert versions[0] == 1 and versions == sorted(set(versions))


async def test_running_migrations_again_changes_nothing(pg_pool: asyncpg.Pool) -> None:
    async with pg_pool.acquire() as conn:
        before = await conn.fetch("SELECT version, applied_at FROM schema_migrations ORDER BY version")
        assert await migrate(conn) == []
        after = await conn.fetch("SELECT version, applied_at FROM schema_migrations ORDER BY version")
    assert before == after
    assert [r["version"] for r in after] == [m.version for m in available_migrations()]


async def test_concurrent_migrations_on_a_fresh_database_apply_each_file_once(database_dsn: str) -> None:
    admin = await asyncpg.connect(database_dsn)
    try:
        await admin.execute("DROP DATABASE IF EXISTS pdpg_migrate_race")
        await admin.execute("CREATE DATABASE pdpg_migrate_race")
    finally:
        await admin.close()
    conns = [await asyncpg.connect(database_dsn, database="pdpg_migrate_race") for _ in range(3)]
    try:
        results = await asyncio.gather(*(migrate(c) for c in conns))
        names = [m.name for m in available_migrations()]
        assert sorted(n for r in results for n in r) == sorted(names)
        rows = await conns[0].fetch("SELECT name FROM schema_migrations ORDER BY version")
        assert [r["name"] for r in rows] == names
    finally:
        for c in conns:
            await c.close()


async def test_0007_moves_outbound_statuses_from_platform_statuses_to_status_history(
    database_dsn: str,
) -> None:
    admin = await asyncpg.connect(database_dsn)
    try:
        await admin.execute("DROP DATABASE IF EXISTS pdpg_migrate_0007")
        await admin.execute("CREATE DATABASE pdpg_migrate_0007")
    finally:
        await admin.close()
    conn = await asyncpg.connect(database_dsn, database="pdpg_migrate_0007")
    await init_connection(conn)  # the json codecs the repositories rely on
    try:
        for migration in available_migrations():
            # 0081, 0232, 0260 and 0300 too: today's repository writes the audit entry of each event with its
            # actor columns, through audit_log_append (0260, which drops 0232's function; redefined by 0300).
            if migration.version < 7 or migration.version in (81, 232, 260, 300):
                await conn.execute(migration.sql)
        outbound = an_outbound_invoice()
        async with conn.transaction():
            invoices = PgInvoiceRepository(conn)
            await invoices.add(outbound)
            await invoices.flush_events()
        inbox_id = await conn.fetchval(
            """INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body)
               VALUES ('iopole', 'poll', 'status', 'k', '') RETURNING id"""
        )
        for status_id, code, minute in [("s2", "203", 3), ("s1", "200", 0)]:
            await conn.execute(
                """INSERT INTO platform_statuses (platform, status_id, platform_invoice_id, invoice_id, code,
                                                  raw_code, findings, at, inbox_id)
                   VALUES ('iopole', $1, 'P-1', $2, $3, $3, $4::jsonb, $5, $6)""",
                status_id,
                uuid.UUID(outbound.id),
                code,
                [{"rule_id": "BR-FR-10"}],
                datetime(2026, 11, 20, 10, minute, tzinfo=UTC),
                inbox_id if code == "200" else None,
            )
        await conn.execute(next(m.sql for m in available_migrations() if m.version == 7))

        moved = await conn.fetch(
            "SELECT code, source, status_id, findings FROM status_history WHERE invoice_id = $1 ORDER BY id",
            outbound.id,
        )
        assert [(r["code"], r["source"], r["status_id"]) for r in moved] == [
            ("203", "webhook", "s2"),
            ("200", "poll", "s1"),  # arrival order; the source from the inbox
        ]
        assert moved[0]["findings"] == [{"rule_id": "BR-FR-10"}]
        assert await conn.fetchval("SELECT count(*) FROM platform_statuses") == 0
        columns = {
            r["column_name"]
            for r in await conn.fetch(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'platform_statuses'"
            )
        }
        assert "invoice_id" not in columns and "received_invoice_id" in columns
    finally:
        await conn.close()


async def test_a_migration_longer_than_the_command_timeout_and_a_wait_for_another_s_are_not_cut(
    database_dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Migrations ran on a pooled connection, under its command timeout (30 s): a migration building an index over
    a large table (0360), or a replica waiting while the migrate Job holds the lock, failed at 30 s and `serve`
    stopped. Here the connection's command timeout is 0.5 s, the migration takes 1.5 s and the lock is held 1.5 s."""
    caplog.set_level(logging.INFO, logger="adapters.postgres.migrate")
    package = tmp_path / "slow_migrations"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "0001_slow.sql").write_text("SELECT pg_sleep(1.5);")
    monkeypatch.syspath_prepend(str(tmp_path))
    async with fresh_database_url(database_dsn) as dsn:
        holder = await asyncpg.connect(dsn)
        migrating = await asyncpg.connect(dsn, command_timeout=0.5)
        try:
            await holder.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)  # the migrate Job's, say
            applying = asyncio.create_task(migrate(migrating, package="slow_migrations"))
            while not applying.done() and "another process is applying them" not in caplog.text:
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.0)  # past the command timeout, the lock still held
            assert not applying.done(), applying.exception()  # before: TimeoutError at the command timeout
            await holder.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
            assert await applying == ["0001_slow.sql"]
        finally:
            await holder.close()
            await migrating.close()
    assert "applying migration 0001_slow.sql" in caplog.text  # said before it runs, not only once done


async def test_0740_numbers_each_company_after_the_largest_id_it_could_hold_and_keeps_every_cursor(
    database_dsn: str,
) -> None:
    async with _fresh_connection(database_dsn) as conn:
        await _company_numbers_across_0740(conn)


@contextlib.asynccontextmanager
async def _fresh_connection(database_dsn: str) -> AsyncIterator[asyncpg.Connection]:
    """A connection to a fresh database with no migration applied."""
    async with fresh_database_url(database_dsn) as url:
        conn = await asyncpg.connect(url)
        await init_connection(conn)
        try:
            yield conn
        finally:
            await conn.close()


async def _migrated_before(conn: asyncpg.Connection, version: int) -> None:
    for migration in available_migrations():
        if migration.version < version:
            for statement in migration.statements or [migration.sql]:  # 0840 runs outside a transaction
                await conn.execute(statement)


async def _company_numbers_across_0740(conn: asyncpg.Connection) -> None:
    def events_of(company: str) -> Awaitable[list[int]]:
        return _ids(conn, "SELECT id FROM invoice_events WHERE company_siren = $1 ORDER BY id", company)

    async def submitted(company: str) -> None:
        async with conn.transaction():
            invoices = PgInvoiceRepository(conn)
            await invoices.add(an_outbound_invoice(company))
            await invoices.flush_events()

    async def parked(company: str) -> int:
        inbox_id: int = await conn.fetchval(
            """INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body, state, company_siren)
               VALUES ('iopole', 'poll', 'status', $1, '', 'PARKED', $2) RETURNING id""",
            str(uuid.uuid4()),
            company,
        )
        return inbox_id

    await _migrated_before(conn, 740)
    company, other = "732829320", "552100554"
    for siren in (company, other, other, company):
        await submitted(siren)
    held = await events_of(company)  # ids drawn from one sequence for both: gaps
    before = await parked(company)
    await parked(other)
    await conn.execute(next(m.sql for m in available_migrations() if m.version == 740))

    assert await events_of(company) == held  # every id the company holds keeps meaning what it meant
    await submitted(company)
    await submitted(other)
    numbered = await events_of(company)
    assert numbered[: len(held)] == held
    assert numbered[len(held) :] == [held[-1] + 1]  # after its largest, and no gap for the other's
    [after] = await _ids(
        conn, "SELECT id FROM invoice_events WHERE company_siren = $1 AND id > $2", company, held[-1]
    )
    assert after == held[-1] + 1  # a cursor from before the upgrade reads what follows it, once
    kept = await _ids(conn, "SELECT company_number FROM webhook_inbox WHERE company_siren = $1", company)
    assert kept == [before]
    await parked(company)
    assert await _ids(
        conn, "SELECT company_number FROM webhook_inbox WHERE company_siren = $1 ORDER BY id", company
    ) == [before, before + 1]  # the other's delivery, stored between them, took none of its numbers


async def _ids(conn: asyncpg.Connection, query: str, *args: object) -> list[int]:
    return [r[0] for r in await conn.fetch(query, *args)]


async def test_0840_builds_the_b2c_keys_index_without_holding_the_sales_recorded_meanwhile(
    database_dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table of millions of sales takes minutes to index: a plain CREATE INDEX waits for the batches in progress,
    and every batch recorded after it waits for it (its lock queued before theirs), so the sales stopped for the
    whole build. Here a batch is in progress when 0840 starts, and another one comes while it waits."""
    for name, versions in (("before_0840", range(840)), ("at_0840", (840,))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
        for m in available_migrations():
            if m.version in versions:
                (tmp_path / name / m.name).write_text(m.sql)
    monkeypatch.syspath_prepend(str(tmp_path))

    def sale(key: str) -> str:
        return f"""INSERT INTO b2c_transactions (company_siren, key, day, content, taxable_amount, vat_amount,
                                                 recorded_at)
                   VALUES ('732829320', '{key}', '2026-10-02', '{{}}', 100, 20, now())"""

    async with fresh_database_url(database_dsn) as dsn:
        in_progress, migrating, next_batch = [await asyncpg.connect(dsn) for _ in range(3)]
        try:
            await migrate(migrating, package="before_0840")
            batch = in_progress.transaction()
            await batch.start()
            await in_progress.execute(sale("F-1"))
            applying = asyncio.create_task(migrate(migrating, package="at_0840"))
            # asked from a connection outside any transaction: inside the batch's, PostgreSQL answers every read of
            # pg_stat_activity from the one it took first, so a first look before 0840 reached its wait saw it never
            # (the test hung under load)
            async with asyncio.timeout(STEP_TIMEOUT_S):
                while not await next_batch.fetchval(
                    """SELECT count(*) FROM pg_stat_activity
                        WHERE query LIKE '%b2c_transactions_day_keys%' AND wait_event_type = 'Lock'"""
                ):
                    assert not applying.done(), applying.exception()
                    await asyncio.sleep(0.05)
            # before: waits for the index, itself waiting for the batch in progress (a guard, not a timing)
            await asyncio.wait_for(next_batch.execute(sale("F-2")), 10)
            await batch.commit()
            assert await applying == ["0840_b2c_keys_of_a_day.sql"]
            indexes = await migrating.fetch(
                """SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    WHERE i.indrelid = 'b2c_transactions'::regclass ORDER BY 1"""
            )
            assert [tuple(r) for r in indexes] == [
                ("b2c_transactions_day_keys", True),
                ("b2c_transactions_pkey", True),
            ]
            assert await migrating.fetchval("SELECT count(*) FROM b2c_transactions") == 2
            # what a B2C SubmitInvoice asks of it: the keys searched in the index, not filtered from the day's rows
            # (406 ms for a day of 578,000 sales: docs/benchmarks.md)
            await migrating.execute(
                """INSERT INTO b2c_transactions (company_siren, key, day, content, taxable_amount, vat_amount,
                                                 recorded_at)
                   SELECT '732829320', 'K-' || n, date '2026-10-01' + n % 3, '{}', 100, 20, now()
                     FROM generate_series(1, 5000) AS n;
                   ANALYZE b2c_transactions"""
            )
            async with migrating.transaction():
                await migrating.execute("SET LOCAL enable_seqscan = off")
                plan = "\n".join(
                    r[0]
                    for r in await migrating.fetch(
                        f"EXPLAIN {SALE_KEYS}", "732829320", datetime(2026, 10, 2).date(), "F-1"
                    )
                )
            assert "Index Cond" in plan and "b2c_transactions_day_keys" in plan and "Filter" not in plan
        finally:
            for conn in (in_progress, migrating, next_batch):
                await conn.close()


async def test_0910_writes_what_decides_each_credit_note_s_credit_stored_before_it_and_after(
    database_dsn: str,
) -> None:
    async with _fresh_connection(database_dsn) as conn:
        await _credit_note_columns_across_0910(conn)


async def test_0910_s_trigger_knows_the_domain_s_credit_note_codes(pg_pool: asyncpg.Pool) -> None:
    """The trigger writing a credit note's columns names the codes in its own SQL: a code the domain adds
    (domain.document_types) and the trigger lacks would leave such credit notes without a kind, never credited."""
    body = await pg_pool.fetchval("SELECT pg_get_functiondef('credit_note_columns()'::regprocedure)")
    [listed] = re.findall(r"NEW\.type_code IN \(([^)]*)\)", body)
    assert {code.strip(" '") for code in listed.split(",")} == codes("credit_note")


async def _credit_note_columns_across_0910(conn: asyncpg.Connection) -> None:
    company = "732829320"
    seller = a_seller(company)
    invoice = an_invoice(seller=seller).evolve(
        lines=(a_line("1", "1", "1000.00", "20"), a_line("2", "1", "100.00", "5.5"))
    )
    named = (PrecedingInvoice(invoice.number, invoice.issue_date),)

    def note(number: str, *lines: tuple[str, str], prepaid: str = "0") -> Invoice:
        return an_invoice(
            seller=seller,
            number=number,
            type_code=DocumentType.CREDIT_NOTE,
            preceding_invoices=named,
            paid_amount=Decimal(prepaid),
        ).evolve(lines=tuple(a_line(str(n), "1", net, rate) for n, (net, rate) in enumerate(lines, 1)))

    async def stored(document: Invoice) -> None:
        async with conn.transaction():
            invoices = PgInvoiceRepository(conn)
            await invoices.add(
                an_outbound_invoice(company, compute_totals(document), state=ProcessingState.SENT)
            )
            await invoices.flush_events()

    def alike(suffix: str) -> list[Invoice]:
        return [
            note(f"AV-1{suffix}", ("100.00", "20")),  # 120.00 at 20 %
            note(f"AV-2{suffix}", ("10.00", "20"), ("10.00", "5.5")),  # 12.00 at 20 %, 10.55 at 5.5 %
            note(f"AV-3{suffix}", ("50.00", "20"), prepaid="10.00"),  # BT-113: a kind of its own, read whole
        ]

    await _migrated_before(conn, 910)
    await stored(invoice)
    for document in alike("-before"):
        await stored(document)
    await conn.execute(next(m.sql for m in available_migrations() if m.version == 910))
    for document in alike("-after"):
        await stored(document)

    rows = await conn.fetch(
        "SELECT number, credit_kind, credit_worth FROM invoices WHERE company_siren = $1 ORDER BY number",
        company,
    )
    columns = {r["number"]: (r["credit_kind"], r["credit_worth"]) for r in rows}
    assert columns.pop(invoice.number) == (None, None)  # not a credit note
    for n in (1, 2, 3):  # the same before the upgrade (backfilled) as written since (the trigger)
        assert columns[f"AV-{n}-before"] == columns[f"AV-{n}-after"]
        assert columns[f"AV-{n}-before"][0] is not None
    # AV-3 is of AV-1's kind (one rate, 20 %), apart by its worth read whole (NULL below)
    assert columns["AV-1-before"][0] == columns["AV-3-before"][0] != columns["AV-2-before"][0]
    assert sorted(
        (Decimal(str(rate)), Decimal(str(amount))) for rate, amount in columns["AV-2-before"][1]
    ) == [
        (Decimal("5.5"), Decimal("10.55")),
        (Decimal("20"), Decimal("12.00")),
    ]
    assert columns["AV-3-before"][1] is None  # its amount due is not its rates' sum: its worth read in Python

    async with conn.transaction():
        naming = await PgPaymentRepository(conn).credit_notes(company, invoice.number)
    assert [(k.count, dict(k.worth)) for k in naming.kinds] == [
        (2, {Decimal("20"): Decimal("240.00")}),
        (2, {Decimal("20"): Decimal("24.00"), Decimal("5.5"): Decimal("21.10")}),
        (1, dict(owed_per_rate(compute_totals(alike("")[2])))),
        (1, dict(owed_per_rate(compute_totals(alike("")[2])))),
    ]
