"""The audit chain on PostgreSQL: what appending costs must not grow with the chain's length, and a writer that
waited for a chain's lock links to the head committed meanwhile."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import asyncpg

from adapters.postgres.audit_log import COMPANY_LOCK_NAMESPACE, ENTRIES_ABOUT, PgAuditLog
from domain.archive import broken_entries
from domain.archive_ports import AuditEvent
from domain.audit import Acting, Actor
from tests.random_refs import random_siren
from tests.support.locks import until_blocked
from tests.support.pipeline import fresh_database

AT = datetime(2026, 9, 1, tzinfo=UTC)


def _audit_log_scans(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """Every scan of audit_log in a JSON plan."""
    found = [plan] if plan.get("Relation Name") == "audit_log" else []
    for child in plan.get("Plans", []):
        found.extend(_audit_log_scans(child))
    return found


async def _nested_plans(
    conn: asyncpg.Connection, run: Callable[[], Awaitable[Any]]
) -> list[tuple[str, dict[str, Any]]]:
    """The executed plan (auto_explain, JSON) of every statement `run` makes on `conn`, triggers' and functions'
    included, with its query text, in the order they ran."""
    messages: list[str] = []
    await conn.execute("LOAD 'auto_explain'")
    for setting, value in (
        ("auto_explain.log_min_duration", "0"),
        ("auto_explain.log_analyze", "on"),
        ("auto_explain.log_nested_statements", "on"),
        ("auto_explain.log_format", "json"),
        ("auto_explain.log_level", "notice"),
    ):
        await conn.execute(f"SET {setting} = '{value}'")

    def collect(_conn: Any, message: Any) -> None:
        messages.append(message.message)

    conn.add_log_listener(collect)
    try:
        await run()
    finally:
        conn.remove_log_listener(collect)
        await conn.execute("SET auto_explain.log_min_duration = '-1'")
    plans = [json.loads(m.partition("plan:")[2]) for m in messages if "plan:" in m]
    return [(" ".join(p["Query Text"].split()), p["Plan"]) for p in plans]


def _plans_of(plans: list[tuple[str, dict[str, Any]]], *words: str) -> list[dict[str, Any]]:
    """The plans of every run of the one statement whose text has all of `words`."""
    [text] = {text for text, _ in plans if all(w in text for w in words)}
    return [plan for t, plan in plans if t == text]


async def test_every_append_reads_each_chains_head_alone_however_long_the_chain(
    pg_pool: asyncpg.Pool,
) -> None:
    long, short = random_siren(), random_siren()
    async with pg_pool.acquire() as conn, conn.transaction():
        log = PgAuditLog(conn)
        await log.append_all([(long, AuditEvent("test.appended", "test", str(i)), AT) for i in range(2000)])
        await log.append(short, AuditEvent("test.appended", "test", "0"), AT)
    async with pg_pool.acquire() as conn:
        await conn.execute("ANALYZE audit_log")
        log = PgAuditLog(conn)

        async def append_to_both() -> None:
            async with conn.transaction():
                entries = await log.append_all(
                    [(c, AuditEvent("test.appended", "test", "next"), AT) for c in (long, short)]
                )
            assert [(e.company_siren, e.seq) for e in entries] == [(long, 2001), (short, 2)]

        plans = await _nested_plans(conn, append_to_both)
    # One index probe per company: a batch of a company with years of entries costs what a new company's does
    # (reading its whole chain to find the head took 0.8 s at 300,000 entries, under the company's lock).
    heads = [
        scan for plan in _plans_of(plans, "a.company_siren = c", "LIMIT 1") for scan in _audit_log_scans(plan)
    ]
    assert [(s["Index Name"], s["Actual Loops"], s["Actual Rows"]) for s in heads] == [
        ("audit_log_pkey", 1, 1)
    ] * 2


async def test_a_writer_that_waited_for_the_chain_links_to_the_head_committed_meanwhile(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    async with pg_pool.acquire() as first, pg_pool.acquire() as second:
        await PgAuditLog(first).append(company, AuditEvent("test.appended", "test", "0"), AT)
        tr = first.transaction()
        await tr.start()
        await PgAuditLog(first).append(company, AuditEvent("test.appended", "test", "1"), AT)

        async def append_second() -> Any:
            async with second.transaction():
                return await PgAuditLog(second).append(company, AuditEvent("test.appended", "test", "2"), AT)

        waiting = asyncio.create_task(append_second())
        await until_blocked(pg_pool, 1, waiting)  # its heads are read once the first commits, not before
        await tr.commit()
        entry = await waiting
        chain = await first.fetch(
            "SELECT seq, prev_hash, entry_hash FROM audit_log WHERE company_siren = $1 ORDER BY seq", company
        )
    assert entry.seq == 3
    assert [r["seq"] for r in chain] == [1, 2, 3]
    assert [r["prev_hash"] for r in chain[1:]] == [r["entry_hash"] for r in chain[:-1]]


async def test_a_writer_of_several_chains_waits_for_them_in_code_point_order_whatever_its_entries_order(
    pg_pool: asyncpg.Pool,
) -> None:
    # Two writers of the same companies never wait for each other in a circle (adapters.postgres.lock_order, rule
    # 5): entries naming `high` before `low` wait for `low`'s lock holding no other, so `high`'s stays free.
    low, high = sorted(random_siren() for _ in range(2))
    async with pg_pool.acquire() as holder, pg_pool.acquire() as writer, pg_pool.acquire() as other:
        held = holder.transaction()
        await held.start()
        await PgAuditLog(holder).append(low, AuditEvent("test.appended", "test", "held"), AT)

        async def append_both() -> list[Any]:
            async with writer.transaction():
                return await PgAuditLog(writer).append_all(
                    [
                        (high, AuditEvent("test.appended", "test", "h"), AT),
                        (low, AuditEvent("test.appended", "test", "l"), AT),
                    ]
                )

        waiting = asyncio.create_task(append_both())
        await until_blocked(pg_pool, 1, waiting)
        free = "SELECT pg_try_advisory_xact_lock($1, hashtext($2))"
        async with other.transaction():
            assert await other.fetchval(free, COMPANY_LOCK_NAMESPACE, high), (
                "the waiting writer holds high's lock"
            )
        await held.commit()
        appended = await waiting
    assert [(e.company_siren, e.seq, e.subject_id) for e in appended] == [(high, 1, "h"), (low, 2, "l")]


async def test_the_link_check_reads_the_previous_entry_alone_on_a_young_table(database_dsn: str) -> None:
    # One session appending to a chain from its first entry on, as a gateway process on a new database does: the
    # link trigger's plan is cached while the table is nearly empty and kept until the next ANALYZE. With the
    # lookup `seq = NEW.seq - 1`, that plan read the company's whole chain through audit_log_company_at.
    company = random_siren()
    async with fresh_database(database_dsn) as pool, pool.acquire() as conn:
        log = PgAuditLog(conn)
        for batch in range(40):
            async with conn.transaction():
                await log.append_all(
                    [(company, AuditEvent("test.appended", "test", f"{batch}-{i}"), AT) for i in range(8)]
                )

        async def append_one() -> None:
            async with conn.transaction():
                await log.append(company, AuditEvent("test.appended", "test", "last"), AT)

        plans = await _nested_plans(conn, append_one)
    [lookup] = _plans_of(plans, "NEW.company_siren")
    lookups = _audit_log_scans(lookup)
    assert [(s["Index Name"], s["Actual Rows"], s.get("Rows Removed by Filter", 0)) for s in lookups] == [
        ("audit_log_pkey", 1, 0)
    ]


async def test_entries_postgresql_numbers_and_seals_are_what_the_domain_verifies_whatever_their_text(
    pg_pool: asyncpg.Pool,
) -> None:
    # audit_log_append (migrations 0260, 0300) hashes the canonical text Python wrote around each seq: any character, any
    # kind of value and the optional fields must give the bytes domain.archive.entry_hash reads back.
    first, second = sorted(random_siren() for _ in range(2))
    details = {
        "montant": Decimal("1200.50"),
        "libellé": 'Café ü 😀 "q" \\',
        "n": 3,
        "vide": None,
        "l": [True],
    }
    by_key = Acting(Actor.api_key("6f1c", "compta été"), "r-1")
    events = [
        (first, AuditEvent("test.appended", "test", "ü-1", details, by_key)),
        (second, AuditEvent("test.appended", "test", "2")),
        (first, AuditEvent("test.appended", "test", "3", {"seq": 9}, Acting(Actor.cli("alice")))),
    ]
    async with pg_pool.acquire() as conn, conn.transaction():
        log = PgAuditLog(conn)
        appended = await log.append_all([(c, e, AT) for c, e in events])
        appended += await log.append_all([(second, AuditEvent("test.appended", "test", "4"), AT)])
        chains = {c: [e async for e in log.entries(c)] for c in (first, second)}
    assert sorted(appended, key=lambda e: (e.company_siren, e.seq)) == [*chains[first], *chains[second]]
    assert [(e.company_siren, e.seq, e.subject_id) for e in appended] == [
        (first, 1, "ü-1"),
        (second, 1, "2"),
        (first, 2, "3"),
        (second, 2, "4"),
    ]
    assert chains[first][0].details == {**details, "montant": "1200.50"}
    for chain in chains.values():
        assert broken_entries([e.chain_entry() for e in chain]) == []


async def test_every_index_of_the_audit_log_serves_a_query_of_the_gateway(pg_pool: asyncpg.Pool) -> None:
    # Every entry pays each index's insert under its company's lock (the submit path's c=8/32 gap): an index stays
    # only for a query that reads through it. The primary key: the chains' heads (audit_log_append), the link
    # check, a chain in order (VerifyArchive, ExportArchive); audit_log_company_at: the entries of a period
    # (ExportArchive with dates); audit_log_by_subject: the later entries of an export's invoices (0501; 0270 had
    # dropped 0004's audit_log_subject, when nothing read by subject).
    indexes = await pg_pool.fetch("SELECT indexname FROM pg_indexes WHERE tablename = 'audit_log'")
    assert {r["indexname"] for r in indexes} == {
        "audit_log_pkey",
        "audit_log_company_at",
        "audit_log_by_subject",
    }


async def test_an_export_s_later_entries_are_read_by_subject_not_by_walking_the_log_since(
    pg_pool: asyncpg.Pool,
) -> None:
    """A month's export gathers the entries made after it about its invoices (ENTRIES_ABOUT): PostgreSQL reads those
    entries alone, through audit_log_by_subject, however long the company's log since. Before 0501 it read the
    whole log from the month's end on (an old month: years of it) and kept those about its invoices."""
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1) ON CONFLICT DO NOTHING", company)
    subjects = [f"inv-{i}" for i in range(1000)]
    async with pg_pool.acquire() as conn, conn.transaction():
        await PgAuditLog(conn).append_all(
            [
                (company, AuditEvent("invoice.status", "invoice", s, {}), AT)
                for s in subjects
                for _ in range(5)
            ]
        )
    await pg_pool.execute("ANALYZE audit_log")  # the planner knows the company's log is long
    async with pg_pool.acquire() as conn, conn.transaction():
        await conn.execute("SET LOCAL enable_seqscan = off")  # a test table is small: does the index serve?
        [plan] = await conn.fetchval(
            f"EXPLAIN (ANALYZE, FORMAT JSON) {ENTRIES_ABOUT}", company, AT, None, subjects[:2]
        )
        rows = [r async for r in conn.cursor(ENTRIES_ABOUT, company, AT, None, subjects[:2])]
    [scan] = _audit_log_scans(plan["Plan"])  # an index scan, or a bitmap heap scan over a bitmap index scan
    assert "audit_log_by_subject" in json.dumps(scan), scan
    assert scan["Actual Rows"] == len(rows) == 10  # the two subjects' entries read, not the company's 5,000
