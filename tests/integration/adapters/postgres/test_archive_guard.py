"""The archive trigger refuses a change to any column of an archived row, one column at a time.

The guard compares every column but `retention_until` with its old value; a column left out of that comparison
could be rewritten silently. Each case below changes exactly one column (to a value its CHECK constraints accept)
and must be refused, the row unchanged; `retention_until` may only grow.
"""

from __future__ import annotations

from datetime import date

import asyncpg
import pytest

from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.archive_ports import ArchiveKind, ArchiveMetadata
from tests.random_refs import random_siren

META = ArchiveMetadata(media_type="application/xml", document_date=date(2026, 9, 15), filename="F-1.xml")

# column -> a new value that passes the table's own CHECKs (so only the trigger can refuse it)
ONE_COLUMN_CHANGES = {
    "company_siren": "company_siren = '732829320'",
    "sha256": "sha256 = repeat('a', 64)",
    "kind": "kind = 'declaration'",
    "media_type": "media_type = 'application/pdf'",
    "filename": "filename = 'F-2.xml'",
    "content": "content = 'forged'::bytea",
    "size": "size = size + 1",
    "invoice_id": "invoice_id = 'another-invoice'",
    "declaration_id": "declaration_id = gen_random_uuid()",
    "document_date": "document_date = document_date - 1",
    "created_at": "created_at = created_at - interval '1 day'",
    "retention_until (shortened)": "retention_until = retention_until - 1",
}


async def _archived(pool: asyncpg.Pool, meta: ArchiveMetadata = META) -> tuple[str, str, asyncpg.Record]:
    company = random_siren()
    async with PgRecordsUnitOfWork(pool) as uow:
        sha, _ = await uow.archive.put(
            company, ArchiveKind.EMITTED_INVOICE, f"<Invoice>{company}</Invoice>".encode(), meta
        )
        await uow.commit()
    row = await pool.fetchrow(
        "SELECT * FROM archive_items WHERE company_siren = $1 AND sha256 = $2", company, sha
    )
    return company, sha, row


def test_the_cases_cover_every_column_of_the_table() -> None:
    columns = {name.split(" ")[0] for name in ONE_COLUMN_CHANGES}
    assert columns == {
        "company_siren", "sha256", "kind", "media_type", "filename", "content", "size", "invoice_id",
        "declaration_id", "document_date", "retention_until", "created_at",
    }  # fmt: skip


async def test_the_case_list_matches_the_columns_in_the_database(pg_pool: asyncpg.Pool) -> None:
    columns = await pg_pool.fetch(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'archive_items'"
    )
    assert {r["column_name"] for r in columns} == {name.split(" ")[0] for name in ONE_COLUMN_CHANGES}


@pytest.mark.parametrize("column", list(ONE_COLUMN_CHANGES))
async def test_the_database_refuses_to_change_one_column_of_an_archived_row(
    pg_pool: asyncpg.Pool, column: str
) -> None:
    company, sha, before = await _archived(pg_pool)

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="ARCHIVE-IMMUTABLE"):
        await pg_pool.execute(
            f"UPDATE archive_items SET {ONE_COLUMN_CHANGES[column]} WHERE company_siren = $1 AND sha256 = $2",
            company,
            sha,
        )

    after = await pg_pool.fetchrow(
        "SELECT * FROM archive_items WHERE company_siren = $1 AND sha256 = $2", company, sha
    )
    assert dict(after) == dict(before)


@pytest.mark.parametrize("column", [c for c in ONE_COLUMN_CHANGES if not c.startswith("retention_until")])
async def test_extending_the_retention_does_not_carry_another_change_through(
    pg_pool: asyncpg.Pool, column: str
) -> None:
    company, sha, before = await _archived(pg_pool)

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="ARCHIVE-IMMUTABLE"):
        await pg_pool.execute(
            f"UPDATE archive_items SET retention_until = retention_until + 365, {ONE_COLUMN_CHANGES[column]} "
            "WHERE company_siren = $1 AND sha256 = $2",
            company,
            sha,
        )
    assert (
        await pg_pool.fetchval(
            "SELECT retention_until FROM archive_items WHERE company_siren = $1 AND sha256 = $2", company, sha
        )
        == before["retention_until"]
    )


@pytest.mark.parametrize("column", ["invoice_id", "declaration_id"])
async def test_a_reference_set_back_to_null_is_a_change(pg_pool: asyncpg.Pool, column: str) -> None:
    """`IS NOT DISTINCT FROM`: a value compared with NULL is a change, not an unknown that lets it through."""
    meta = ArchiveMetadata(
        media_type="application/xml",
        document_date=date(2026, 9, 15),
        invoice_id="inv-1",
        declaration_id="0b6e2a8e-8d0c-4c59-a7a4-0d7b5f3c2a11",
    )
    company, sha, _ = await _archived(pg_pool, meta)

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="ARCHIVE-IMMUTABLE"):
        await pg_pool.execute(
            f"UPDATE archive_items SET {column} = NULL WHERE company_siren = $1 AND sha256 = $2", company, sha
        )


async def test_an_update_that_changes_nothing_or_extends_the_retention_is_allowed(
    pg_pool: asyncpg.Pool,
) -> None:
    company, sha, before = await _archived(pg_pool)

    same = await pg_pool.execute(
        "UPDATE archive_items SET retention_until = retention_until WHERE company_siren = $1 AND sha256 = $2",
        company,
        sha,
    )
    extended = await pg_pool.execute(
        "UPDATE archive_items SET retention_until = retention_until + 1 WHERE company_siren = $1 AND sha256 = $2",
        company,
        sha,
    )

    assert (same, extended) == ("UPDATE 1", "UPDATE 1")
    after = await pg_pool.fetchrow(
        "SELECT * FROM archive_items WHERE company_siren = $1 AND sha256 = $2", company, sha
    )
    assert after["retention_until"] == date.fromordinal(before["retention_until"].toordinal() + 1)
    assert {k: v for k, v in dict(after).items() if k != "retention_until"} == {
        k: v for k, v in dict(before).items() if k != "retention_until"
    }


async def _insert_archived(pool: asyncpg.Pool, retention_in_days: int) -> tuple[str, str]:
    """A row written directly with its retention date (the trigger guards updates and deletes, not inserts)."""
    company, sha = random_siren(), "b" * 64
    await pool.execute(
        """INSERT INTO archive_items (company_siren, sha256, kind, media_type, content, size, document_date,
                                      retention_until)
           VALUES ($1, $2, 'emitted_invoice', 'application/xml', 'x'::bytea, 1, current_date - 3650,
                   current_date + $3::int)""",
        company,
        sha,
        retention_in_days,
    )
    return company, sha


async def test_a_row_may_be_deleted_on_the_day_its_retention_ends(pg_pool: asyncpg.Pool) -> None:
    """'Kept until D': the database keeps it while D is in the future, and lets it go on D itself."""
    company, sha = await _insert_archived(pg_pool, 0)

    status = await pg_pool.execute(
        "DELETE FROM archive_items WHERE company_siren = $1 AND sha256 = $2", company, sha
    )

    assert status == "DELETE 1"


async def test_a_row_retained_until_tomorrow_is_not_deleted(pg_pool: asyncpg.Pool) -> None:
    company, sha = await _insert_archived(pg_pool, 1)

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="ARCHIVE-RETAINED"):
        await pg_pool.execute(
            "DELETE FROM archive_items WHERE company_siren = $1 AND sha256 = $2", company, sha
        )


@pytest.mark.parametrize(("seq", "prev_hash"), [(2, "0" * 64), (7, "f" * 64)])
async def test_the_audit_log_refuses_an_entry_whose_predecessor_does_not_exist(
    pg_pool: asyncpg.Pool, seq: int, prev_hash: str
) -> None:
    """A chain with a gap: no entry seq - 1, so no head to compare with; refused, not let through as unknown."""
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="AUDIT-FORK"):
        await pg_pool.execute(
            """INSERT INTO audit_log (company_siren, seq, at, actor, action, subject_type, subject_id, prev_hash,
                                      entry_hash)
               VALUES ($1, $2, now(), 'x', 'x', 'x', 'x', $3, $3)""",
            random_siren(),
            seq,
            prev_hash,
        )


async def test_the_first_audit_entry_must_follow_the_all_zero_head(pg_pool: asyncpg.Pool) -> None:
    insert = """INSERT INTO audit_log (company_siren, seq, at, actor, action, subject_type, subject_id, prev_hash,
                                       entry_hash)
                VALUES ($1, 1, now(), 'x', 'x', 'x', 'x', $2, $3)"""
    company = random_siren()
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="AUDIT-FORK"):
        await pg_pool.execute(insert, company, "e" * 64, "a" * 64)
    assert await pg_pool.execute(insert, company, "0" * 64, "a" * 64) == "INSERT 0 1"


async def test_the_audit_log_refuses_an_entry_that_skips_a_seq_even_carrying_the_head_hash(
    pg_pool: asyncpg.Pool,
) -> None:
    """Entry 3 after entry 1, with entry 1's hash as its predecessor: the link is right but a number is missing, so
    a verifier could not tell an entry removed from one never written. Refused."""
    insert = """INSERT INTO audit_log (company_siren, seq, at, actor, action, subject_type, subject_id, prev_hash,
                                       entry_hash)
                VALUES ($1, $2, now(), 'x', 'x', 'x', 'x', $3, $4)"""
    company = random_siren()
    assert await pg_pool.execute(insert, company, 1, "0" * 64, "a" * 64) == "INSERT 0 1"
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="AUDIT-FORK"):
        await pg_pool.execute(insert, company, 3, "a" * 64, "b" * 64)
    assert await pg_pool.execute(insert, company, 2, "a" * 64, "b" * 64) == "INSERT 0 1"
