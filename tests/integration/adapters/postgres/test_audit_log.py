"""The audit chain on PostgreSQL: what appending costs must not grow with the chain's length."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import asyncpg

from adapters.postgres.audit_log import _HEADS, PgAuditLog
from domain.archive_ports import AuditEvent
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database

AT = datetime(2026, 9, 1, tzinfo=UTC)


def _audit_log_scans(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """Every scan of audit_log in a JSON plan."""
    found = [plan] if plan.get("Relation Name") == "audit_log" else []
    for child in plan.get("Plans", []):
        found.extend(_audit_log_scans(child))
    return found


def _audit_log_rows(plan: dict[str, Any]) -> list[float]:
    """Rows each scan of audit_log returned per loop, over the whole plan."""
    return [scan["Actual Rows"] for scan in _audit_log_scans(plan)]


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
        [explained] = await conn.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {_HEADS}", [long, short])
        heads = await conn.fetch(_HEADS, [long, short])
    # One index probe per company: a batch of a company with years of entries costs what a new company's does
    # (reading its whole chain to find the head took 0.8 s at 300,000 entries, under the company's lock).
    assert max(_audit_log_rows(explained["Plan"])) <= 1
    assert {(r["company_siren"], r["seq"]) for r in heads} == {(long, 2000), (short, 1)}


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
        plans: list[str] = []
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
            plans.append(message.message)

        conn.add_log_listener(collect)
        async with conn.transaction():
            await log.append(company, AuditEvent("test.appended", "test", "last"), AT)
        conn.remove_log_listener(collect)
    lookups = [
        json.loads(message.partition("plan:")[2])
        for message in plans
        if "NEW.company_siren" in message and "Query Text" in message
    ]
    assert len(lookups) == 1  # the trigger ran, for the one entry appended
    scans = _audit_log_scans(lookups[0]["Plan"])
    assert [(s["Index Name"], s["Actual Rows"], s.get("Rows Removed by Filter", 0)) for s in scans] == [
        ("audit_log_pkey", 1, 0)
    ]
