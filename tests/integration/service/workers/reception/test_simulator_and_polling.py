"""End to end with the IOPOLE simulator: signed callbacks, the notSeen polling fallback, and both together."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from adapters.pdp.iopole.catch_up import IopoleCatchUp
from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.timeouts import Timeouts
from adapters.postgres.inbox import PgInbox
from adapters.postgres.outage import is_outage
from domain.platform_profile import PlatformOptions
from service.workers.reception.polling import CatchUpPoller
from tests.integration.service.workers.reception.test_inbound_processing import sent_invoice
from tests.support.iopole_simulator import IopoleSimulator
from tests.support.reception import reception_stack, settled, wait_until
from tests.support.webhooks import IOPOLE_INVOICE_PATH, IOPOLE_SECRET, IOPOLE_STATUS_PATH

CII = (Path(__file__).parents[4] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()
BUYER = "303265045"  # the fixture's BT-47


@pytest.fixture
def sim() -> Iterator[IopoleSimulator]:
    with IopoleSimulator(webhook_secret=IOPOLE_SECRET) as simulator:
        yield simulator


@pytest.fixture
async def poller(sim, pg_pool) -> AsyncIterator[CatchUpPoller]:
    async with httpx.AsyncClient() as http:
        config = IopoleConfig.from_env(
            sim.env(), timeouts=Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=5))
        )
        yield CatchUpPoller(
            IopoleCatchUp(IopolePdpGateway(http, config)), PgInbox(pg_pool), is_outage=is_outage
        )


@pytest.fixture
async def stack(pg_pool, document_reader):
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1) ON CONFLICT DO NOTHING", BUYER)
    async with reception_stack(pg_pool, document_reader) as running:
        yield running


def keys_of(sim: IopoleSimulator, platform_id: str) -> list[str]:
    """Every inbox key this test's deliveries can have: webhook idempotency keys and polled platform ids."""
    record = sim.invoices[platform_id]
    return [
        *(d.idempotency_key for d in sim.callback_deliveries),
        f"iopole:invoice:{platform_id}",
        *(f"iopole:status:{s.status_id}" for s in record.statuses),
    ]


async def test_a_signed_invoice_callback_then_its_poll_make_one_received_invoice(
    sim, stack, poller, pg_pool
) -> None:
    sim.callback_url = stack.base_url + IOPOLE_INVOICE_PATH
    platform_id = await sim.deliver_inbound(CII, "F2026-00111.xml")
    assert [d.status_code for d in sim.callback_deliveries] == [200]
    polled = await poller.poll_once()  # the same invoice is still "not seen" on the platform side
    assert (polled.fetched, polled.stored) == (1, 1)  # another key than the webhook's: deduplicated by id
    await wait_until(lambda: settled(pg_pool, keys_of(sim, platform_id)))
    rows = await pg_pool.fetch(
        "SELECT company_siren FROM received_invoices WHERE platform_invoice_id = $1", platform_id
    )
    assert [r["company_siren"] for r in rows] == [BUYER]
    assert (await poller.poll_once()).fetched == 0  # marked as seen


async def test_an_invoice_missed_by_the_webhook_is_received_by_polling(sim, stack, poller, pg_pool) -> None:
    sim.callback_url = ""
    platform_id = await sim.deliver_inbound(CII, "F2026-00111.xml")
    assert (await poller.poll_once()).stored == 1
    await wait_until(lambda: settled(pg_pool, keys_of(sim, platform_id)))
    row = await pg_pool.fetchrow(
        "SELECT document, valid FROM received_invoices WHERE platform_invoice_id = $1", platform_id
    )
    assert bytes(row["document"]) == CII and row["valid"] is True


async def test_the_simulated_lifecycle_reaches_an_outbound_invoice_once_by_webhook_and_poll(
    sim, stack, poller, pg_pool
) -> None:
    record = sim.store(CII, "out.xml")
    invoice_id, _company, _ = await sent_invoice(pg_pool, record.id)
    sim.callback_url = stack.base_url + IOPOLE_STATUS_PATH
    deliveries = await sim.play_lifecycle(record.id)
    assert [d.status_code for d in deliveries] == [200, 200, 200, 200]
    polled = await poller.poll_once()  # the same four statuses, pulled again
    assert (polled.fetched, polled.stored) == (4, 0)  # their webhooks' keys: the statusId IOPOLE signed
    await wait_until(lambda: settled(pg_pool, keys_of(sim, record.id)))
    codes = await pg_pool.fetch(
        "SELECT code FROM status_history WHERE invoice_id = $1 ORDER BY at", invoice_id
    )
    assert [r["code"] for r in codes] == ["200", "201", "202", "203"]
    assert (
        await pg_pool.fetchval("SELECT lifecycle_code FROM invoices WHERE id = $1", uuid.UUID(invoice_id))
        == "203"
    )
