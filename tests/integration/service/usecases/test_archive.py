"""Archive use cases on real PostgreSQL: verification names exactly what was forged in the database, an export names a
forged document by its address. Reads and exports over memory and PostgreSQL alike:
tests/contract/test_records_use_cases.py."""

import asyncio
import io
import os
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import asyncpg
import pytest

from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from service.usecases.archive import (
    archive_document,
    export_archive,
    verify_archive,
)
from tests.fakes import FixedClock
from tests.random_refs import random_siren
from tests.support.records import archive_some, records_uow, tamper


async def verify(pool: asyncpg.Pool, company: str):  # type: ignore[no-untyped-def]
    return await verify_archive(company, uow_factory=records_uow(pool), clock=FixedClock())


async def test_an_intact_archive_verifies_and_the_verification_is_audited(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    await archive_some(records_uow(pg_pool), company, 5)

    report = await verify(pg_pool, company)
    again = await verify(pg_pool, company)

    assert report.ok and report.documents_checked == 5 and report.entries_checked == 5
    assert again.ok and again.entries_checked == 6  # the first verification is in the chain now
    actions = await pg_pool.fetch(
        "SELECT action FROM audit_log WHERE company_siren = $1 ORDER BY seq", company
    )
    assert [r["action"] for r in actions] == ["archive.stored"] * 5 + ["archive.verified"] * 2


async def test_one_flipped_byte_in_the_database_is_named_exactly_by_verify(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    hashes = await archive_some(records_uow(pg_pool), company, 6)
    victim = hashes[3]

    status = await tamper(
        pg_pool,
        "archive_items",
        "archive_items_guard",
        """UPDATE archive_items
              SET content = set_byte(content, 100, get_byte(content, 100) # 1)
            WHERE company_siren = $1 AND sha256 = $2""",
        company,
        victim,
    )
    report = await verify(pg_pool, company)

    assert status == "UPDATE 1"
    assert not report.ok
    assert [d.sha256 for d in report.broken_documents] == [victim]
    assert "hashes to" in report.broken_documents[0].reason
    assert report.broken_entries == ()
    # The guard is back: the forger's session ended and the row is protected again.
    with pytest.raises(asyncpg.IntegrityConstraintViolationError):
        await pg_pool.execute("UPDATE archive_items SET content = 'x' WHERE company_siren = $1", company)


async def test_an_edited_audit_entry_breaks_the_chain_at_that_entry(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    await archive_some(records_uow(pg_pool), company, 5)

    await tamper(
        pg_pool,
        "audit_log",
        "audit_log_guard",
        "UPDATE audit_log SET actor = 'nobody' WHERE company_siren = $1 AND seq = 3",
        company,
    )
    report = await verify(pg_pool, company)

    assert report.broken_documents == ()
    assert [e.seq for e in report.broken_entries] == [3]


async def test_a_deleted_audit_entry_shows_as_a_gap_at_the_next_entry(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    await archive_some(records_uow(pg_pool), company, 4)

    await tamper(
        pg_pool,
        "audit_log",
        "audit_log_guard",
        "DELETE FROM audit_log WHERE company_siren = $1 AND seq = 2",
        company,
    )
    report = await verify(pg_pool, company)

    assert [e.seq for e in report.broken_entries] == [3]
    assert "sequence jumps" in report.broken_entries[0].reason


async def test_concurrent_appends_never_fork_the_chain(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()

    async def append(i: int) -> None:
        async with records_uow(pg_pool)() as uow:
            await uow.audit.append(
                company, AuditEvent("test.append", "n", str(i), {"i": i}), FixedClock().now()
            )
            await uow.commit()

    await asyncio.gather(*(append(i) for i in range(40)))
    report = await verify(pg_pool, company)

    assert report.ok and report.entries_checked == 40
    seqs = await pg_pool.fetch("SELECT seq FROM audit_log WHERE company_siren = $1 ORDER BY seq", company)
    assert [r["seq"] for r in seqs] == list(range(1, 42))


async def append_a_byte(pool: asyncpg.Pool, company: str, sha256: str) -> None:
    """Forges a document in the database: a byte appended to its stored content."""
    await tamper(
        pool,
        "archive_items",
        "archive_items_guard",
        "UPDATE archive_items SET content = content || 'x'::bytea WHERE company_siren = $1 AND sha256 = $2",
        company,
        sha256,
    )


def unzip(content: bytes, target: Path) -> None:
    archive = target / "export.zip"
    archive.write_bytes(content)
    subprocess.run(["unzip", "-q", str(archive), "-d", str(target / "export")], check=True, timeout=60)


async def test_a_document_forged_before_export_fails_sha256sum_against_its_address(
    pg_pool: asyncpg.Pool, tmp_path: Path
) -> None:
    company = random_siren()
    hashes = await archive_some(records_uow(pg_pool), company, 3)
    await append_a_byte(pg_pool, company, hashes[1])

    exported = io.BytesIO()
    await export_archive(
        company, None, None, into=exported, uow_factory=records_uow(pg_pool), clock=FixedClock()
    )
    unzip(exported.getvalue(), tmp_path)
    root = tmp_path / "export"
    # sha256sum -c passes (the manifest describes the export as made); the file name is the archived address.
    names = zipfile.ZipFile(exported).namelist()
    forged = next(n for n in names if hashes[1] in n)
    actual = subprocess.run(["sha256sum", forged], cwd=root, capture_output=True, text=True, check=True)

    assert actual.stdout.split()[0] != hashes[1]


async def test_a_document_larger_than_a_page_is_verified_and_exported_a_piece_at_a_time_forgery_named(
    pg_pool: asyncpg.Pool, tmp_path: Path
) -> None:
    # The store lists a document over 8 MiB without its content (it was read whole: three times its size held);
    # the verification and the export read it a piece at a time and still name what was forged.
    company = random_siren()
    large = os.urandom(9 * 1024 * 1024 + 7)
    meta = ArchiveMetadata("application/pdf", date(2026, 9, 15), invoice_id="F-large")
    deps = {"uow_factory": records_uow(pg_pool), "clock": FixedClock()}
    intact = (await archive_document(company, ArchiveKind.RENDERED_PDF, large, meta, **deps)).sha256
    forged = (await archive_document(company, ArchiveKind.RENDERED_PDF, large[::-1], meta, **deps)).sha256
    await append_a_byte(pg_pool, company, forged)

    report = await verify(pg_pool, company)
    exported = io.BytesIO()
    await export_archive(company, None, None, into=exported, **deps)

    assert report.documents_checked == 2
    [broken] = report.broken_documents
    assert broken.sha256 == forged and "hashes to" in broken.reason
    with zipfile.ZipFile(exported) as zf:
        [path] = [n for n in zf.namelist() if intact in n]
        assert zf.read(path) == large and zf.testzip() is None
        [path] = [n for n in zf.namelist() if forged in n]
        assert zf.read(path) == large[::-1] + b"x"  # as stored: its name tells the forgery
