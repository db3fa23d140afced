"""The pipeline's outbox source claims only the kinds it is given: e-reporting rows stay for their own relay, which
queues and completes them through the one outbox port the pipeline writes with."""

from __future__ import annotations

import pytest

from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.outbox_source import PgOutboxSource
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.leased_queue import LeaseLost
from domain.pipeline_ports import PIPELINE_KINDS, OutboxKind, QueuedWork
from tests.random_refs import random_siren
from tests.support.pipeline import fresh_database

SUBMIT_DECLARATION = OutboxKind.SUBMIT_DECLARATION


async def test_the_pipeline_source_leaves_declaration_rows_to_the_reporting_relay(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        company = random_siren()
        for kind in (SUBMIT_DECLARATION, OutboxKind.SEND_STATUS, SUBMIT_DECLARATION):
            await pool.execute(
                "INSERT INTO outbox (company_siren, kind, payload) VALUES ($1, $2, $3)",
                company,
                str(kind),
                {"invoice_id": "received-1"},
            )
        source = PgOutboxSource(pool, kinds=PIPELINE_KINDS)

        claimed = await source.claim("pipeline", 10, 60)

        assert [(m.kind, m.invoice_id, m.company_siren) for m in claimed] == [
            ("send_status", "received-1", company)
        ]
        relay = await PgDeclarationOutbox(pool).claim("relay", 10, 60)
        assert [r.kind for r in relay] == [SUBMIT_DECLARATION, SUBMIT_DECLARATION]
        assert await source.claim("pipeline", 10, 60) == []


async def test_a_declaration_row_is_queued_with_no_invoice_and_completed_once_by_its_lease_holder(
    database_dsn: str,
) -> None:
    async with fresh_database(database_dsn) as pool:
        company = random_siren()
        async with PgRecordsUnitOfWork(pool) as uow:
            await uow.outbox.add(QueuedWork(SUBMIT_DECLARATION, company, None, {"declaration_id": "d-1"}))
            await uow.commit()
        [row] = await PgDeclarationOutbox(pool).claim("relay", 10, 60)
        assert (row.invoice_id, row.company_siren, dict(row.payload)) == (
            "",
            company,
            {"declaration_id": "d-1"},
        )
        assert await pool.fetchval("SELECT invoice_id FROM outbox WHERE id = $1", row.id) is None

        async with PgRecordsUnitOfWork(pool) as uow:
            with pytest.raises(LeaseLost):
                await uow.outbox.complete(row, "another relay")
        async with PgRecordsUnitOfWork(pool) as uow:
            await uow.outbox.complete(row, "relay")
            await uow.commit()

        done = await pool.fetchrow("SELECT done_at, attempts, last_error FROM outbox WHERE id = $1", row.id)
        assert done["done_at"] is not None and (done["attempts"], done["last_error"]) == (0, "")
        async with PgRecordsUnitOfWork(pool) as uow:
            with pytest.raises(LeaseLost):  # done: a second completion (a relay's retry) writes nothing
                await uow.outbox.complete(row, "relay")
