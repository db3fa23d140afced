"""The AFNOR catch-up's updatedAfter survives a restart, per profile (real PostgreSQL, migration 0041; the AFNOR
simulator over real HTTP). A restart is modelled by a new source whose own default start is later than the missed
flows (a restart two hours after an outage, with a one-hour look-back), so only the kept position can find them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx
import pytest

from adapters.pdp.afnor.catch_up import AfnorCatchUp
from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.timeouts import Timeouts
from adapters.postgres.catch_up_checkpoints import PgCatchUpCheckpoints
from adapters.postgres.inbox import PgInbox
from adapters.postgres.outage import is_outage
from domain.platform_profile import PlatformOptions
from service.workers.reception.polling import CatchUpPoller
from tests.support.simulators.afnor_app import AfnorSimulator

CII = (Path(__file__).parents[4] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()


@pytest.fixture
def sim() -> Iterator[AfnorSimulator]:
    with AfnorSimulator() as simulator:
        yield simulator


@pytest.fixture
async def gateway(sim: AfnorSimulator) -> AsyncIterator[AfnorPdpGateway]:
    async with httpx.AsyncClient() as http:
        yield AfnorPdpGateway(
            http,
            AfnorConfig.from_env(
                sim.env(), timeouts=Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=5))
            ),
        )


def restarted_later(gateway: AfnorPdpGateway) -> AfnorCatchUp:
    """A source started two hours from now, looking back one hour by default."""
    return AfnorCatchUp(gateway, now=lambda: datetime.now(UTC) + timedelta(hours=2))


async def inbox_keys(pool: asyncpg.Pool, flow_id: str) -> int:
    return await pool.fetchval(
        "SELECT count(*) FROM webhook_inbox WHERE dedup_key LIKE $1", f"afnor:flow:{flow_id}@%"
    )


async def test_after_a_restart_the_catch_up_resumes_from_the_kept_position_of_its_profile(
    sim: AfnorSimulator, gateway: AfnorPdpGateway, pg_pool: asyncpg.Pool
) -> None:
    kept = PgCatchUpCheckpoints(pg_pool)
    profile = f"catch-up-{datetime.now(UTC).timestamp()}"
    before = await sim.deliver_inbound(CII, "F2026-00111.xml", notify=False)
    first = await CatchUpPoller(
        AfnorCatchUp(gateway), PgInbox(pg_pool), is_outage=is_outage, name=profile, checkpoints=kept
    ).poll_once()
    position = (await kept.load(profile)).position
    missed = await sim.deliver_inbound(CII, "F2026-00112.xml", notify=False)  # while the gateway is down

    resumed = await CatchUpPoller(
        restarted_later(gateway), PgInbox(pg_pool), is_outage=is_outage, name=profile, checkpoints=kept
    ).poll_once()
    other_profile = await CatchUpPoller(
        restarted_later(gateway),
        PgInbox(pg_pool),
        is_outage=is_outage,
        name=profile + "-other",
        checkpoints=kept,
    ).poll_once()
    without_checkpoints = await CatchUpPoller(
        restarted_later(gateway), PgInbox(pg_pool), is_outage=is_outage, name=profile
    ).poll_once()

    assert first.stored == 1 and position == sim.flows[before].metadata()["updatedAt"]
    assert resumed.stored == 1 and await inbox_keys(pg_pool, missed) == 1  # the missed flow, found once
    assert await inbox_keys(pg_pool, before) == 1  # and the first one not stored twice
    assert (await kept.load(profile)).position == sim.flows[missed].metadata()["updatedAt"]
    # another profile has its own position (none yet: its default start), and nothing kept finds nothing
    assert (other_profile.fetched, without_checkpoints.fetched) == (0, 0)
    assert (await kept.load(profile + "-other")).position > (await kept.load(profile)).position


async def test_a_round_that_finds_nothing_keeps_the_position_as_it_was(
    gateway: AfnorPdpGateway, pg_pool: asyncpg.Pool
) -> None:
    kept = PgCatchUpCheckpoints(pg_pool)
    await kept.save("catch-up-quiet", "2026-12-01T00:00:00.000001Z")

    source = AfnorCatchUp(gateway)
    await CatchUpPoller(
        source, PgInbox(pg_pool), is_outage=is_outage, name="catch-up-quiet", checkpoints=kept
    ).poll_once()

    assert source.checkpoint == datetime(2026, 12, 1, 0, 0, 0, 1, tzinfo=UTC)
    assert (await kept.load("catch-up-quiet")).position == "2026-12-01T00:00:00.000001Z"


async def test_a_position_kept_ahead_of_the_clock_resumes_from_when_it_was_kept_and_is_replaced(
    sim: AfnorSimulator, gateway: AfnorPdpGateway, pg_pool: asyncpg.Pool
) -> None:
    """An earlier release let a flow dated years ahead carry the position there (or a clock ahead kept one): the
    flows since were never asked. Resumed as "now", they were skipped, and since a save only moves the kept position
    forward, every later restart skipped its own downtime too. It resumes from when it was kept, less the look-back,
    and the first round's position replaces it, so that the next restart resumes from where that round got."""
    kept = PgCatchUpCheckpoints(pg_pool)
    profile = f"catch-up-ahead-{datetime.now(UTC).timestamp()}"
    await kept.save(profile, "9999-12-31T23:59:59.000000Z")  # kept now, by the database's clock
    missed = await sim.deliver_inbound(CII, "F2026-00121.xml", notify=False)  # while nothing asked for it

    first = await CatchUpPoller(
        restarted_later(gateway), PgInbox(pg_pool), is_outage=is_outage, name=profile, checkpoints=kept
    ).poll_once()
    replaced = await kept.load(profile)
    down = await sim.deliver_inbound(CII, "F2026-00122.xml", notify=False)  # while the gateway is down again
    again = await CatchUpPoller(
        AfnorCatchUp(gateway, now=lambda: datetime.now(UTC) + timedelta(hours=4)),
        PgInbox(pg_pool),
        is_outage=is_outage,
        name=profile,
        checkpoints=kept,
    ).poll_once()

    assert first.stored == 1 and await inbox_keys(pg_pool, missed) == 1
    assert replaced.position == sim.flows[missed].metadata()["updatedAt"]
    assert again.stored == 1 and await inbox_keys(pg_pool, down) == 1
