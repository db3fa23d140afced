"""The archive table on real PostgreSQL: idempotent content addressing, and a database that refuses rewrites."""

import hashlib
import os
import tracemalloc
from datetime import UTC, date, datetime, timedelta

import asyncpg
import pytest

from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.archive import content_address
from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from tests.random_refs import random_siren

META = ArchiveMetadata(media_type="application/xml", document_date=date(2026, 9, 15), filename="F-1.xml")


async def put(
    pool: asyncpg.Pool, company: str, data: bytes, meta: ArchiveMetadata = META
) -> tuple[str, bool]:
    async with PgRecordsUnitOfWork(pool) as uow:
        result = await uow.archive.put(company, ArchiveKind.EMITTED_INVOICE, data, meta)
        await uow.commit()
    return result


async def test_put_is_idempotent_on_content_and_get_returns_the_exact_bytes(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    data = os.urandom(4096)

    first = await put(pg_pool, company, data)
    again = await put(pg_pool, company, data)

    assert first == (content_address(data), True)
    assert again == (content_address(data), False)
    async with PgRecordsUnitOfWork(pg_pool, read_only=True) as uow:
        item = await uow.archive.get(company, first[0])
        other_company = await uow.archive.get(random_siren(), first[0])
    assert item is not None and item.content == data and item.size == len(data)
    assert item.retention_until == date(2036, 9, 15)
    assert other_company is None  # tenancy: the address alone does not reveal another company's document


async def test_a_document_s_stored_size_is_read_without_its_bytes_and_is_its_company_s_alone(
    pg_pool: asyncpg.Pool,
) -> None:
    # What service.usecases.large_reads reads before GetArchivedDocument's read.
    company, data = random_siren(), os.urandom(3 << 20)  # random bytes: stored as they are, uncompressed
    sha, _ = await put(pg_pool, company, data)
    async with PgRecordsUnitOfWork(pg_pool, read_only=True) as uow:
        assert len(data) <= await uow.archive.stored_size(company, sha) < len(data) + 100
        assert await uow.archive.stored_size(company, sha.upper()) > len(data) - 1
        assert await uow.archive.stored_size(random_siren(), sha) == 0


async def test_the_archive_is_read_a_few_mib_at_a_time_whatever_its_size_a_large_document_in_pieces(
    pg_pool: asyncpg.Pool,
) -> None:
    # VerifyArchive and the exports read every document of a company: a cursor fetching 32 rows at once held 32
    # documents (64 MiB here, 32 x 41 MB for a company of large Factur-X), and a large document was read whole.
    company, mib = random_siren(), 1024 * 1024
    sizes = [2 * mib] * 40 + [12 * mib] + [mib] * 3  # one document larger than a page (8 MiB), among others
    day = date(2026, 9, 1)
    for n, size in enumerate(sizes):
        meta = ArchiveMetadata("application/pdf", day + timedelta(days=n % 3), filename=f"d{n}.pdf")
        await put(pg_pool, company, os.urandom(size), meta)
    await put(pg_pool, random_siren(), os.urandom(1000))  # another company's

    async with PgRecordsUnitOfWork(pg_pool, read_only=True) as uow:
        tracemalloc.start()
        try:
            read, held = [], 0
            async for item in uow.archive.iterate(company, date_from=day):
                digest, length = hashlib.sha256(item.content), len(item.content)
                if not item.content:  # listed without it: read a piece at a time
                    async for piece in uow.archive.pieces(company, item.sha256):
                        assert len(piece) <= mib
                        digest.update(piece)
                        length += len(piece)
                read.append((item.document_date, item.sha256, item.size, length, digest.hexdigest()))
                held = max(held, tracemalloc.get_traced_memory()[1])
                del item
        finally:
            tracemalloc.stop()

    assert [r[:2] for r in read] == sorted(r[:2] for r in read) and len(set(read)) == len(sizes)
    assert sorted(r[2] for r in read) == sorted(sizes) and all(r[2] == r[3] and r[1] == r[4] for r in read)
    assert held < 24 * mib, f"{held / mib:.0f} MiB held while reading {sum(sizes) // mib} MiB"


async def test_a_large_compressed_document_is_read_in_pieces_of_a_page_an_uncompressed_one_of_a_mib(
    pg_pool: asyncpg.Pool,
) -> None:
    # PostgreSQL stores a compressible document (XML) compressed, and a slice of a compressed value is decompressed
    # from its start: read a MiB at a time, a 64 MiB UBL stored in 1.5 MB cost 4.9 s of the database's CPU (the
    # whole read 0.85 s), a decompression per MiB. A document stored as it is (a PDF) is cheap to slice.
    company, mib = random_siren(), 1024 * 1024
    line = b"<cac:InvoiceLine><cbc:ID>%d</cbc:ID><cbc:LineExtensionAmount>10.00</cbc:LineExtensionAmount>\n"
    xml = b"".join(line % n for n in range(200_000))[: 12 * mib]
    pdf = os.urandom(3 * mib)
    for data in (xml, pdf):
        await put(pg_pool, company, data)

    async with PgRecordsUnitOfWork(pg_pool, read_only=True) as uow:
        xml_pieces = [p async for p in uow.archive.pieces(company, content_address(xml))]
        pdf_pieces = [p async for p in uow.archive.pieces(company, content_address(pdf))]

    assert b"".join(xml_pieces) == xml and b"".join(pdf_pieces) == pdf
    assert [len(p) for p in xml_pieces] == [8 * mib, 4 * mib]  # a page at a time, as the listing holds
    assert [len(p) for p in pdf_pieces] == [mib] * 3


async def test_the_database_refuses_to_update_an_archived_document(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    sha, _ = await put(pg_pool, company, b"<Invoice>original</Invoice>")

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="ARCHIVE-IMMUTABLE"):
        await pg_pool.execute(
            "UPDATE archive_items SET content = 'forged'::bytea WHERE company_siren = $1 AND sha256 = $2",
            company,
            sha,
        )
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="ARCHIVE-IMMUTABLE"):
        await pg_pool.execute(
            "UPDATE archive_items SET retention_until = '2027-01-01' WHERE company_siren = $1", company
        )
    stored = await pg_pool.fetchval("SELECT content FROM archive_items WHERE company_siren = $1", company)
    assert stored == b"<Invoice>original</Invoice>"


async def test_the_retention_can_only_be_extended(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    await put(pg_pool, company, b"legal hold")

    status = await pg_pool.execute(
        "UPDATE archive_items SET retention_until = '2040-01-01' WHERE company_siren = $1", company
    )

    assert status == "UPDATE 1"


async def test_the_database_refuses_to_delete_before_retention_and_allows_it_after(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    await put(pg_pool, company, b"kept ten years")
    old = ArchiveMetadata(media_type="application/pdf", document_date=date(2010, 1, 4))
    old_sha, _ = await put(pg_pool, company, b"past its retention", old)

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="ARCHIVE-RETAINED"):
        await pg_pool.execute("DELETE FROM archive_items WHERE company_siren = $1", company)
    assert await pg_pool.fetchval("SELECT count(*) FROM archive_items WHERE company_siren = $1", company) == 2

    status = await pg_pool.execute(
        "DELETE FROM archive_items WHERE company_siren = $1 AND sha256 = $2", company, old_sha
    )
    assert status == "DELETE 1"


async def test_the_database_refuses_to_truncate_the_archive_or_the_audit_log(pg_pool: asyncpg.Pool) -> None:
    for table in ("archive_items", "audit_log"):
        async with pg_pool.acquire() as conn:
            with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="cannot be truncated"):
                await conn.execute(f"TRUNCATE {table}")


async def test_the_audit_log_refuses_update_delete_and_a_forked_link(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    async with PgRecordsUnitOfWork(pg_pool) as uow:
        first = await uow.audit.append(company, AuditEvent("a.b", "thing", "1"), datetime.now(UTC))
        await uow.commit()

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="AUDIT-APPEND-ONLY"):
        await pg_pool.execute("UPDATE audit_log SET actor = 'someone else' WHERE company_siren = $1", company)
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="AUDIT-APPEND-ONLY"):
        await pg_pool.execute("DELETE FROM audit_log WHERE company_siren = $1", company)
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="AUDIT-FORK"):
        await pg_pool.execute(
            """INSERT INTO audit_log (company_siren, seq, at, actor, action, subject_type, subject_id, prev_hash,
                                      entry_hash)
               VALUES ($1, 2, now(), 'x', 'x', 'x', 'x', $2, $2)""",
            company,
            "f" * 64,
        )
    assert first.seq == 1
