"""The pipeline end to end on PostgreSQL: render + official validation in a process pool, then the platform."""

from __future__ import annotations

import httpx
import pytest

from domain.emission import ProcessingState
from domain.invoice import Identifier, ProcessingRule
from tests.builders import STATE_BUYER_SIREN
from tests.support.pipeline import (
    UNREGISTERED_BUYER,
    PgPipeline,
    iopole_gateway,
    running,
    uploads_of,
)
from tests.support.simulators.iopole_app import IopoleSimulator


async def test_submitted_invoices_are_validated_and_sent_once(pipeline: PgPipeline, platform) -> None:  # noqa: ANN001
    pdp, sim = platform
    ids = await pipeline.submit(5)
    async with running(pipeline.dispatcher()):
        rows = await pipeline.wait_for(ids)
    for row in rows.values():
        assert row["state"] == ProcessingState.SENT.value, row["last_error"]
        assert row["platform_id"]
        assert await uploads_of(pdp, sim, row["document_sha256"]) == 1
    reports = await pipeline.pool.fetch("SELECT valid, complete, artifacts FROM validation_reports")
    assert len(reports) == 5 and all(r["valid"] and r["complete"] and r["artifacts"] for r in reports)
    submissions = await pipeline.pool.fetch("SELECT outcome, uploads FROM submissions")
    assert {(s["outcome"], s["uploads"]) for s in submissions} == {("ACCEPTED", 1)}
    assert await pipeline.open_rows() == 0
    if sim is None:  # the sandbox plays 200..204 at once, often before SENT is committed: none may be lost
        await pdp.drain()  # type: ignore[attr-defined]
        rows = await pipeline.invoices(ids)
        assert {r["lifecycle_code"] for r in rows.values()} == {"204"}
        counts = await pipeline.pool.fetch("SELECT count(*) AS n FROM status_history GROUP BY invoice_id")
        assert [c["n"] for c in counts] == [5] * 5


async def test_an_invoice_failing_an_official_layer_is_never_uploaded(pipeline: PgPipeline, platform) -> None:  # noqa: ANN001
    pdp, sim = platform
    # BT-23 "S9" is no French business process (BR-FR-08): only the official BR-FR layer sees it.
    ids = await pipeline.submit(1, business_process="S9")
    async with running(pipeline.dispatcher()):
        rows = await pipeline.wait_for(ids)
    row = rows[ids[0]]
    assert row["state"] == ProcessingState.INVALID.value
    assert any(f["rule_id"].startswith("BR-FR") for f in row["findings"]), row["findings"]
    assert await uploads_of(pdp, sim, row["document_sha256"]) == 0
    assert await pipeline.pool.fetchval("SELECT count(*) FROM submissions") == 0


async def test_an_unreachable_buyer_fails_before_anything_is_sent(pipeline: PgPipeline, platform) -> None:  # noqa: ANN001
    pdp, sim = platform
    ids = await pipeline.submit(1, buyer=UNREGISTERED_BUYER)
    async with running(pipeline.dispatcher()):
        rows = await pipeline.wait_for(ids)
    row = rows[ids[0]]
    assert row["state"] == ProcessingState.FAILED.value
    assert row["last_error"].startswith("PDP-UNREACHABLE") and UNREGISTERED_BUYER in row["last_error"]
    assert await uploads_of(pdp, sim, row["document_sha256"]) == 0


# A GS1 GLN: its first nine digits, 579000043, are no SIREN of the buyer's, and no company of the directory.
# BR-FR-21 holds a B2B buyer to a 0225 address; a public buyer (B2G) may be addressed otherwise.
GLN = Identifier("5790000435975", "0088")
B2G = {
    "processing_rule": ProcessingRule.B2G,
    "buyer_reference": "SERV-ACHATS",  # BT-10 and BT-13: what the state buyer's directory line requires
    "purchase_order_reference": "EJ-2026-000123",
}


@pytest.mark.parametrize(
    ("buyer", "state"),
    [(STATE_BUYER_SIREN, ProcessingState.SENT), (UNREGISTERED_BUYER, ProcessingState.FAILED)],
)
async def test_a_buyer_addressed_by_a_gln_is_looked_up_on_the_platform_by_its_siren_from_bt47(
    pipeline: PgPipeline, sim: IopoleSimulator, http: httpx.AsyncClient, buyer: str, state: ProcessingState
) -> None:
    pdp = iopole_gateway(sim, http)
    ids = await pipeline.submit(1, buyer=buyer, buyer_address=GLN, **B2G)
    async with running(pipeline.dispatcher(pdp)):
        rows = await pipeline.wait_for(ids)
    row = rows[ids[0]]
    assert row["state"] == state.value, (row["last_error"], row["findings"])
    assert sim.requests["directory"] == 1
    assert await uploads_of(pdp, sim, row["document_sha256"]) == (state is ProcessingState.SENT)
