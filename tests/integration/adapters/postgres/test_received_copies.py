"""Two copies of one invoice delivered at once (two platform ids, two inbox workers): the second to look for a first
copy waits for the first's transaction, so exactly one of them is unmarked."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import replace

from adapters.postgres.reception_repository import PgReception
from tests.builders import a_received_invoice
from tests.random_refs import random_siren
from tests.support.reception import wait_until


async def test_a_copy_looked_for_while_the_first_is_being_stored_finds_it(pg_pool) -> None:
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    first = replace(
        a_received_invoice(),
        id=str(uuid.uuid4()),
        company_siren=company,
        platform_invoice_id=str(uuid.uuid4()),
    )
    identity = first.identity
    assert identity is not None
    async with pg_pool.acquire() as one, pg_pool.acquire() as two:
        storing = one.transaction()
        await storing.start()
        assert await PgReception(one).first_copy(company, identity) is None
        assert await PgReception(one).add(first, None)
        looking = two.transaction()
        await looking.start()
        second = asyncio.create_task(PgReception(two).first_copy(company, identity))

        async def answered_or_waiting() -> bool:
            if second.done():
                return True
            waiting = "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = $1"
            return bool(await pg_pool.fetchval(waiting, two.get_server_pid()))

        await wait_until(answered_or_waiting, what="the second lookup answered or waiting")
        await storing.commit()
        assert await second == first.id  # without a lock it answered None at once: both copies unmarked
        await looking.rollback()
