"""CancelInvoice racing the dispatcher on PostgreSQL: an invoice ends cancelled or deposited, never both."""

from __future__ import annotations

import asyncio
import random

import asyncpg
import pytest

from domain.emission import ProcessingState
from domain.errors import ConcurrencyConflict, InvoiceLocked
from domain.platform import SubmissionQuery
from service.usecases.emission.cancel import cancel_invoice
from tests.support.pipeline import TERMINAL, UNREGISTERED_BUYER, PgPipeline, running, sandbox_gateway

RACERS = 12


async def once_rendered(pipeline: PgPipeline, invoice_id: str) -> None:
    """Until the dispatcher rendered and validated the invoice: its send is queued, or under way."""
    while (
        await pipeline.pool.fetchval("SELECT state FROM invoices WHERE id = $1::uuid", invoice_id)
        == "ACCEPTED"
    ):
        await asyncio.sleep(0.005)


async def cancel_until_decided(pipeline: PgPipeline, company: str, invoice_id: str, delay: float) -> str:
    """Cancel once rendered, after `delay`; while a dispatcher holds the invoice (ABORTED) try again, as a client
    would. The cancel lands in the window between READY and the upload."""
    await once_rendered(pipeline, invoice_id)
    await asyncio.sleep(delay)
    for _ in range(5000):
        try:
            await cancel_invoice(
                company,
                invoice_id,
                reason="wrong price",
                request_id=f"c-{invoice_id}",
                uow=pipeline.ctx.uow(),
                clock=pipeline.ctx.clock,
            )
            return "cancelled"
        except InvoiceLocked:
            return "refused"
        except ConcurrencyConflict:
            await asyncio.sleep(0.01)
    raise AssertionError(f"the cancellation of {invoice_id} was never decided")


async def test_a_cancel_racing_the_dispatcher_never_leaves_an_invoice_both_cancelled_and_deposited(
    pipeline: PgPipeline,
) -> None:
    pdp = sandbox_gateway(pipeline)
    pipeline.pdp = pdp
    ids = await pipeline.submit(RACERS)
    failing = await pipeline.submit(2, buyer=UNREGISTERED_BUYER)  # FAILED before any upload: cancellable
    companies = dict(await pipeline.pool.fetch("SELECT id::text, company_siren FROM invoices"))
    spread = random.Random(16)
    async with running(pipeline.dispatcher(), pipeline.dispatcher()):
        outcomes = await asyncio.gather(
            *(
                cancel_until_decided(
                    pipeline, companies[i], i, spread.choice((0, 0, 0.002, 0.005, 0.01, 0.05))
                )
                for i in ids
            )
        )
        rows = await pipeline.wait_for(  # rendering on a loaded 2-core machine can take minutes
            [*ids, *failing], (*TERMINAL, ProcessingState.CANCELLED), timeout=600
        )
        for invoice_id in failing:
            assert await cancel_until_decided(pipeline, companies[invoice_id], invoice_id, 0) == "cancelled"
    rows = await pipeline.invoices([*ids, *failing])
    numbers = dict(await pipeline.pool.fetch("SELECT id::text, number FROM invoices"))
    for invoice_id, outcome in zip([*ids, *failing], [*outcomes, *["cancelled"] * len(failing)], strict=True):
        row = rows[invoice_id]
        deposited = await pdp.find_submissions(SubmissionQuery(invoice_number=numbers[invoice_id]))
        if outcome == "cancelled":
            assert row["state"] == ProcessingState.CANCELLED.value
            assert deposited == [] and row["platform_id"] == ""
        else:
            assert row["state"] == ProcessingState.SENT.value and len(deposited) == 1, row["last_error"]
    assert await pipeline.open_rows() == 0
    # The audit log has it all as it happened: the dispatcher's moves by the gateway, the cancellations by whoever
    # cancelled (here, no edge: the gateway too), the sandbox's statuses by the platform.
    await pdp.drain()  # the sandbox's statuses are applied
    trail = await pipeline.pool.fetch(
        "SELECT subject_id, action, actor FROM audit_log ORDER BY company_siren, seq"
    )
    actions = {(r["subject_id"], r["action"]): r["actor"] for r in trail}
    status_actors = []
    for invoice_id, outcome in zip(ids, outcomes, strict=True):
        assert actions[(invoice_id, "invoice.submitted")] == "gateway:pdp-gateway"
        if outcome == "cancelled":
            assert actions[(invoice_id, "invoice.cancelled")] == "gateway:pdp-gateway"
            assert (invoice_id, "invoice.sent") not in actions
        else:
            assert actions[(invoice_id, "invoice.sent")] == "gateway:pdp-gateway"
            status_actors.append(actions[(invoice_id, "invoice.status")])
    # Even a status the sandbox delivered while SENT was being committed (parked, then applied in the gateway's
    # commit) is the platform's: each entry has its own actor, not its commit's.
    assert status_actors and set(status_actors) == {"platform:sandbox"}
    print("cancel outcomes:", {o: outcomes.count(o) for o in set(outcomes)})  # both show on a normal run
    await pdp.aclose()


async def test_only_a_cancelled_invoice_frees_its_number(pipeline: PgPipeline) -> None:
    [first] = await pipeline.submit(1, buyer=UNREGISTERED_BUYER)
    row = await pipeline.pool.fetchrow(
        "SELECT company_siren, number FROM invoices WHERE id = $1::uuid", first
    )
    copy = """INSERT INTO invoices (id, company_siren, request_id, request_hash, number, seller_siren, issue_date,
                                    type_code, processing_rule, currency, state, content, version, created_at,
                                    updated_at)
              SELECT gen_random_uuid(), company_siren, request_id || '-2', request_hash, number, seller_siren,
                     issue_date, type_code, processing_rule, currency, 'ACCEPTED', content, 1, now(), now()
                FROM invoices WHERE id = $1::uuid"""
    with pytest.raises(asyncpg.UniqueViolationError) as taken:
        await pipeline.pool.execute(copy, first)
    assert taken.value.constraint_name == "invoices_number_unique"  # the name the repository maps
    await cancel_invoice(
        row["company_siren"],
        first,
        reason="typo",
        request_id="c-1",
        uow=pipeline.ctx.uow(),
        clock=pipeline.ctx.clock,
    )
    await pipeline.pool.execute(copy, first)
    count = await pipeline.pool.fetchval("SELECT count(*) FROM invoices WHERE number = $1", row["number"])
    assert count == 2
