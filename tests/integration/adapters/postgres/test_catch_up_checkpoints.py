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

    assert (await kept.load(source)).position == LATER


async def test_a_newer_position_replaces_the_kept_one_and_sources_are_apart(pg_pool: asyncpg.Pool) -> None:
    kept = PgCatchUpCheckpoints(pg_pool)
    source, other = f"catch-up-{uuid.uuid4()}", f"catch-up-{uuid.uuid4()}"

    await kept.save(source, EARLIER)
    await kept.save(source, LATER)
    await kept.save(other, EARLIER)

    assert [(await kept.load(s)).position for s in (source, other, "none")] == [LATER, EARLIER, ""]


async def test_a_position_its_source_did_not_resume_from_is_replaced_by_an_earlier_one_while_it_is_kept(
    pg_pool: asyncpg.Pool,
) -> None:
    kept = PgCatchUpCheckpoints(pg_pool)
    source = f"catch-up-{uuid.uuid4()}"
    ahead = "9999-12-31T23:59:59.000000Z"
    await kept.save(source, ahead)
    assert (await kept.load(source)).kept_at is not None

    await kept.save(source, EARLIER, replacing="2026-01-01T00:00:00.000000Z")  # not the kept one: refused
    assert (await kept.load(source)).position == ahead
    await kept.save(source, EARLIER, replacing=ahead)
    await kept.save(
        source, "2026-12-01T00:00:00.000000Z", replacing=ahead
    )  # a second replica, after the first
    assert (await kept.load(source)).position == EARLIER
