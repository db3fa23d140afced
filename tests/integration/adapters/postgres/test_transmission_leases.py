"""The send step's merged writes: the submission row rides on the outbox lease write (renew before the upload,
complete with SENT), so it is written only while the row is still ours; the claim reads a send row's document."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import asyncpg
import pytest

from adapters.postgres.outbox_source import PgOutboxSource
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.audit import Acting, Actor
from domain.findings import ValidationReport
from domain.leased_queue import LeaseLost
from domain.pipeline_ports import (
    OutboxKind,
    ParkedStatus,
    StoredDocument,
    SubmissionOutcome,
)
from domain.platform import DocumentProfile, DocumentSyntax, PlatformStatus
from tests.support.outbox_rows import invoice_with_row, send_message, submission_record
from tests.support.pipeline import fresh_database


async def test_start_upload_saves_the_pending_submission_and_renews_the_lease(pg_pool: asyncpg.Pool) -> None:
    invoice_id, company, row_id = await invoice_with_row(pg_pool, OutboxKind.SEND, "me")
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        await uow.transmissions.start_upload(
            submission_record(invoice_id, company), send_message(row_id, invoice_id, company), "me", 60
        )
        await uow.commit()
    assert (
        await pg_pool.fetchval("SELECT outcome FROM submissions WHERE invoice_id = $1::uuid", invoice_id)
        == "PENDING"
    )
    assert await pg_pool.fetchval(
        "SELECT lease_until > now() + interval '50 seconds' FROM outbox WHERE id = $1", row_id
    )


async def test_start_upload_without_the_lease_writes_nothing(pg_pool: asyncpg.Pool) -> None:
    invoice_id, company, row_id = await invoice_with_row(pg_pool, OutboxKind.SEND, "someone else")
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        with pytest.raises(LeaseLost):
            await uow.transmissions.start_upload(
                submission_record(invoice_id, company), send_message(row_id, invoice_id, company), "me", 60
            )
        await uow.commit()
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM submissions WHERE invoice_id = $1::uuid", invoice_id)
        == 0
    )


async def test_accepted_and_complete_takes_the_parked_statuses_and_ends_the_row(
    pg_pool: asyncpg.Pool,
) -> None:
    invoice_id, company, row_id = await invoice_with_row(pg_pool, OutboxKind.SEND, "me")
    platform_id = f"P-{uuid.uuid4()}"
    parked = PlatformStatus(code="202", label="RECEIVED", raw_code="202", at=datetime(2026, 9, 1, tzinfo=UTC))
    delivery = Acting(Actor.platform("iopole"), "webhook:k-202")
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        await uow.transmissions.park_status(platform_id, ParkedStatus(parked, "webhook", delivery))
        await uow.commit()
    accepted = submission_record(invoice_id, company, SubmissionOutcome.ACCEPTED, platform_id)
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        taken = await uow.transmissions.save_accepted_and_complete(
            accepted, send_message(row_id, invoice_id, company), "me"
        )
        await uow.commit()
    # The delivery's actor comes back with it: the status's audit entry names the platform, not the gateway.
    assert [(p.status.code, p.source, p.acting) for p in taken] == [("202", "webhook", delivery)]
    row = await pg_pool.fetchrow("SELECT done_at, lease_owner FROM outbox WHERE id = $1", row_id)
    assert row["done_at"] is not None and row["lease_owner"] is None
    assert (
        await pg_pool.fetchval("SELECT platform_id FROM submissions WHERE invoice_id = $1::uuid", invoice_id)
        == platform_id
    )


async def test_accepted_and_complete_without_the_lease_writes_nothing(pg_pool: asyncpg.Pool) -> None:
    invoice_id, company, row_id = await invoice_with_row(pg_pool, OutboxKind.SEND, "someone else")
    accepted = submission_record(invoice_id, company, SubmissionOutcome.ACCEPTED, f"P-{uuid.uuid4()}")
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        with pytest.raises(LeaseLost):
            await uow.transmissions.save_accepted_and_complete(
                accepted, send_message(row_id, invoice_id, company), "me"
            )
        await uow.commit()
    assert (
        await pg_pool.fetchval("SELECT count(*) FROM submissions WHERE invoice_id = $1::uuid", invoice_id)
        == 0
    )
    assert await pg_pool.fetchval("SELECT done_at FROM outbox WHERE id = $1", row_id) is None


async def test_the_claim_reads_the_document_of_a_send_row_only(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:  # the claim takes every due row: none of other tests'
        rows = [
            await invoice_with_row(pool, kind, None) for kind in (OutboxKind.SEND, OutboxKind.RENDER_VALIDATE)
        ]
        for invoice_id, _, _ in rows:
            document = StoredDocument(
                syntax=DocumentSyntax.CII,
                profile=DocumentProfile.BASIC,
                media_type="application/xml",
                filename="F-1.xml",
                sha256="c" * 64,
                content=b"<Invoice/>",
                invoice_id=invoice_id,
            )
            async with PgPipelineUnitOfWork(pool) as uow:
                await uow.transmissions.save_validated(document, ValidationReport())
                await uow.commit()
        claimed = await PgOutboxSource(pool).claim("me", 10, 60)
    documents = {m.kind: m.document for m in claimed}
    assert len(claimed) == 2 and documents[str(OutboxKind.RENDER_VALIDATE)] is None
    sent = documents[str(OutboxKind.SEND)]
    assert sent is not None and (sent.invoice_id, sent.content) == (rows[0][0], b"<Invoice/>")


async def test_accepted_takes_only_the_statuses_its_own_platform_parked(pg_pool: asyncpg.Pool) -> None:
    # Parked under the id our upload is then given: by our platform, by another profile's, and before the platform
    # was kept (migration 0310: "", taken as before). The other platform's stays parked.
    invoice_id, company, row_id = await invoice_with_row(pg_pool, OutboxKind.SEND, "me")
    accepted = submission_record(invoice_id, company, SubmissionOutcome.ACCEPTED, f"P-{uuid.uuid4()}")
    at = datetime(2026, 9, 1, tzinfo=UTC)
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        for code, platform in (("200", accepted.platform), ("213", "other-profile"), ("201", "")):
            parked = PlatformStatus(code=code, label=code, raw_code=code, at=at)
            await uow.transmissions.park_status(
                accepted.platform_id, ParkedStatus(parked, "webhook", platform=platform)
            )
        await uow.commit()
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        taken = await uow.transmissions.save_accepted_and_complete(
            accepted, send_message(row_id, invoice_id, company), "me"
        )
        await uow.commit()
    assert sorted(p.status.code for p in taken) == ["200", "201"]
    left = await pg_pool.fetch(
        "SELECT platform FROM parked_statuses WHERE platform_id = $1", accepted.platform_id
    )
    assert [r["platform"] for r in left] == ["other-profile"]
