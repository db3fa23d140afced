"""A webhook delivery whose processing fetches from a platform that does not answer waits the outage out on the
real inbox (PostgreSQL), as the outbox does: no attempt spent while it waits, stored once when the platform is
back; past the patience UNPROCESSABLE naming the outage, and replayable."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from adapters.pdp.registry import STANDALONE_DECODERS
from adapters.postgres.inbox import PgInbox
from adapters.postgres.operations import read_operations
from domain.platform import PlatformUnavailable
from domain.platform_inbound import Decoded
from domain.reception import StoredDelivery
from tests.random_refs import random_siren
from tests.support.reception import QUICK, reception_stack, settled, wait_until
from tests.support.webhooks import addressed_to, post_invoice

CII = (Path(__file__).parents[4] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()
SETTINGS = dataclasses.replace(QUICK, max_attempts=3)


class PlatformAway:
    """IOPOLE's decoder behind a platform that refuses the fetch until `back` is set."""

    def __init__(self) -> None:
        self.back = asyncio.Event()
        self.refused = 0

    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        if not self.back.is_set():
            self.refused += 1
            raise PlatformUnavailable("GET /v1/invoice: connection refused")
        return await STANDALONE_DECODERS["iopole"].decode(delivery)


async def row(pool: asyncpg.Pool, key: str) -> asyncpg.Record:
    return await pool.fetchrow("SELECT * FROM webhook_inbox WHERE headers->>'X-Idempotency-Key' = $1", key)


async def waiting_on_iopole(pool: asyncpg.Pool) -> int:
    async with pool.acquire() as conn:
        snapshot = await read_operations(conn, datetime.now(UTC))
    return sum(o.items for o in snapshot.outages if o.platform == "iopole")


async def refused_at_least(away: PlatformAway, times: int) -> bool:
    return away.refused >= times


@pytest.fixture
async def company(pg_pool) -> str:
    siren = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", siren)
    return siren


async def test_a_delivery_waits_out_an_outage_longer_than_its_attempts_then_is_stored_once(
    pg_pool, document_reader, company
) -> None:
    away = PlatformAway()
    before = await waiting_on_iopole(pg_pool)
    async with reception_stack(
        pg_pool, document_reader, settings=SETTINGS, decoders={"iopole": away}
    ) as stack:
        key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
        response = await post_invoice(
            stack.client,
            addressed_to(CII, company),
            key=key,
            invoice_id=platform_id,
            target=f"0225:{company}",
        )
        assert response.status_code == 200
        await wait_until(
            lambda: refused_at_least(away, SETTINGS.max_attempts + 2), what="the outage's refusals"
        )
        waiting = await row(pg_pool, key)
        assert waiting["state"] == "PENDING" and waiting["outage"]["platform"] == "iopole"
        assert waiting["attempts"] <= 1  # no refusal spent one: at most the claim of an attempt under way
        assert await waiting_on_iopole(pg_pool) == before + 1  # metrics and doctor see it
        away.back.set()
        await wait_until(lambda: settled(pg_pool, [key]), what="the delivery")
    done = await row(pg_pool, key)
    assert (done["state"], done["attempts"], done["outage"]) == ("DONE", 1, None)
    stored = await pg_pool.fetchval(
        "SELECT count(*) FROM received_invoices WHERE platform_invoice_id = $1", platform_id
    )
    assert stored == 1 and await waiting_on_iopole(pg_pool) == before


async def test_past_the_patience_it_is_unprocessable_naming_the_outage_and_a_replay_stores_it(
    pg_pool, document_reader, company
) -> None:
    away = PlatformAway()
    impatient = dataclasses.replace(SETTINGS, outage_patience_s=0.5)
    async with reception_stack(
        pg_pool, document_reader, settings=impatient, decoders={"iopole": away}
    ) as stack:
        key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
        await post_invoice(
            stack.client,
            addressed_to(CII, company),
            key=key,
            invoice_id=platform_id,
            target=f"0225:{company}",
        )
        await wait_until(lambda: settled(pg_pool, [key]), what="the give-up")
        given_up = await row(pg_pool, key)
        assert given_up["state"] == "UNPROCESSABLE" and given_up["attempts"] == 1
        assert given_up["last_error"].startswith("gave up waiting on platform iopole, unavailable since ")
        assert "): fetching from the platform: GET /v1/invoice: connection refused" in given_up["last_error"]
        away.back.set()
        assert await PgInbox(pg_pool).replay(given_up["id"], None)
        await wait_until(lambda: settled(pg_pool, [key]), what="the replay")
    replayed = await row(pg_pool, key)
    assert (replayed["state"], replayed["attempts"], replayed["outage"]) == ("DONE", 1, None)
    stored = await pg_pool.fetchval(
        "SELECT count(*) FROM received_invoices WHERE platform_invoice_id = $1", platform_id
    )
    assert stored == 1
