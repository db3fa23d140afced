"""Status request ids on PostgreSQL: each id is kept with the invoice it asked about, as the invoice's cancellation
is (invoice_cancellations: one row of the invoice), and goes when that invoice goes; the id reused names it."""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from adapters.postgres.transmissions import PgPipelineUnitOfWork
from adapters.postgres.uow import PgUnitOfWork
from domain.errors import RequestConflict
from service.usecases.emission.request_ids import claimed_before
from tests.support.outbound import an_outbound_invoice


async def test_a_status_request_id_is_kept_with_its_invoice_and_its_reuse_names_that_invoice(
    pg_pool: asyncpg.Pool,
) -> None:
    outbound = an_outbound_invoice()
    async with PgUnitOfWork(pg_pool) as uow:
        await uow.invoices.add(outbound)
        await uow.commit()
    company, request_id = outbound.company_siren, f"bank-{uuid.uuid4().hex[:8]}"
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        assert await claimed_before(uow, company, request_id, "fp-212", outbound.id) is None
        await uow.commit()
    kept = await pg_pool.fetchval(
        "SELECT invoice_id FROM status_requests WHERE company_siren = $1 AND request_id = $2",
        company,
        request_id,
    )
    assert str(kept) == outbound.id
    async with PgPipelineUnitOfWork(pg_pool) as uow:
        with pytest.raises(RequestConflict, match=f"first for invoice {outbound.id}"):
            await claimed_before(uow, company, request_id, "fp-207", outbound.id)


async def test_status_request_ids_go_with_the_invoice_or_received_invoice_they_name(
    pg_pool: asyncpg.Pool,
) -> None:
    rules = await pg_pool.fetch(
        """SELECT confrelid::regclass::text AS parent, confdeltype::text AS confdeltype FROM pg_constraint
            WHERE conrelid = 'status_requests'::regclass AND contype = 'f' ORDER BY 1"""
    )
    assert [(r["parent"], r["confdeltype"]) for r in rules] == [("invoices", "c"), ("received_invoices", "c")]
