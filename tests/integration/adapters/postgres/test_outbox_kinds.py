"""The pipeline's outbox source claims only the kinds it is given: e-reporting rows stay for their own relay."""

from __future__ import annotations

from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.outbox_source import PgOutboxSource
from domain.pipeline_ports import PIPELINE_KINDS, OutboxKind
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
