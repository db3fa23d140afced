"""PgCatchUpCheckpoints on real PostgreSQL: the kept position only moves forward, whatever the order two replicas
polling one profile save theirs in."""

from __future__ import annotations

import uuid

import asyncpg

from adapters.postgres.catch_up_checkpoints import PgCatchUpCheckpoints

EARLIER = "2026-12-06T10:00:00.000000Z"
LATER = "2026-12-06T10:00:00.500000Z"


async def test_a_replica_saving_an_older_position_after_a_newer_one_does_not_move_it_back(
    pg_pool: asyncpg.Pool,
) -> None:
    kept = PgCatchUpCheckpoints(pg_pool)
    source = f"catch-up-{uuid.uuid4()}"

    await kept.save(source, LATER)  # the replica that got further saves first
    await kept.save(source, EARLIER)  # the slower one after it

    assert await kept.load(source) == LATER


async def test_a_newer_position_replaces_the_kept_one_and_sources_are_apart(pg_pool: asyncpg.Pool) -> None:
    kept = PgCatchUpCheckpoints(pg_pool)
    source, other = f"catch-up-{uuid.uuid4()}", f"catch-up-{uuid.uuid4()}"

    await kept.save(source, EARLIER)
    await kept.save(source, LATER)
    await kept.save(other, EARLIER)

    assert (await kept.load(source), await kept.load(other), await kept.load("none")) == (LATER, EARLIER, "")
