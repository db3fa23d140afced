import asyncio

import asyncpg
import pytest
from google.rpc import code_pb2, error_details_pb2

from adapters.postgres import api_key_repository
from adapters.postgres.api_key_repository import PgApiKeyRepository
from adapters.postgres.outage import is_outage
from domain.api_keys import new_secret
from domain.errors import KeyLookupsBusy
from service.grpc.errors import TIMEOUT_MESSAGE, ErrorTable
from service.usecases.api_keys import create_api_key
from tests.fakes import FixedClock
from tests.random_refs import random_siren


async def test_only_a_digest_of_the_secret_is_stored(pg_pool: asyncpg.Pool) -> None:
    issued = await create_api_key(random_siren(), "ERP", keys=PgApiKeyRepository(pg_pool), clock=FixedClock())
    row = await pg_pool.fetchrow("SELECT * FROM api_keys WHERE id = $1", issued.key.id)
    assert row is not None
    stored = " ".join(str(v) for v in row.values())
    assert issued.secret not in stored
    assert issued.secret[len(row["prefix"]) :] not in stored
    assert len(row["key_hash"]) == 64


async def test_a_valid_key_is_remembered_for_the_ttl_and_a_revocation_here_forgets_it_at_once(
    pg_pool: asyncpg.Pool,
) -> None:
    company, clock = random_siren(), FixedClock()
    here, elsewhere = PgApiKeyRepository(pg_pool), PgApiKeyRepository(pg_pool)  # elsewhere: another process
    issued = await create_api_key(company, "ERP", keys=here, clock=clock)
    assert await here.authenticate(issued.secret) == issued.key
    assert await elsewhere.revoke(company, issued.key.id, clock.now())
    assert await here.authenticate(issued.secret) == issued.key  # within the TTL, without asking the database
    assert await elsewhere.authenticate(issued.secret) is None

    other = await create_api_key(company, "ERP 2", keys=here, clock=clock)
    assert await here.authenticate(other.secret) == other.key
    assert await here.revoke(company, other.key.id, clock.now())
    assert await here.authenticate(other.secret) is None


async def test_without_a_ttl_every_call_asks_the_database(pg_pool: asyncpg.Pool) -> None:
    company, clock = random_siren(), FixedClock()
    here, elsewhere = PgApiKeyRepository(pg_pool, cache_ttl=0), PgApiKeyRepository(pg_pool)
    issued = await create_api_key(company, "ERP", keys=here, clock=clock)
    assert await here.authenticate(issued.secret) == issued.key
    assert await elsewhere.revoke(company, issued.key.id, clock.now())
    assert await here.authenticate(issued.secret) is None


async def test_a_key_check_that_finds_no_free_connection_in_time_is_not_called_a_database_outage(
    database_dsn: str, pg_pool: asyncpg.Pool
) -> None:
    # Seen under CPU saturation: every connection busy, the key check times out on the pool while PostgreSQL
    # answers. "The service's database is unavailable" sent the operator to a database that was fine.
    issued = await create_api_key(random_siren(), "ERP", keys=PgApiKeyRepository(pg_pool), clock=FixedClock())
    async with asyncpg.create_pool(database_dsn, min_size=1, max_size=1) as small:
        keys = PgApiKeyRepository(small, cache_ttl=0, acquire_timeout=0.05)
        async with small.acquire():  # the one connection held by other work
            with pytest.raises(TimeoutError) as raised:
                await keys.authenticate(issued.secret)

    status = ErrorTable(is_outage).to_status(raised.value)

    assert status.code == code_pb2.UNAVAILABLE
    assert status.message == TIMEOUT_MESSAGE
    assert "unavailable" not in status.message


async def test_an_unknown_key_is_remembered_as_unknown_and_its_next_calls_do_not_reach_the_database(
    database_dsn: str,
) -> None:
    # A client hammering with a wrong key (or a flood of one) cost a database lookup per call: valid keys only
    # were remembered. An unknown or revoked key cannot become valid (a secret is drawn at its creation).
    async with asyncpg.create_pool(database_dsn, min_size=1, max_size=1) as small:
        keys = PgApiKeyRepository(small, cache_ttl=0, acquire_timeout=0.05)
        unknown = new_secret()
        assert await keys.authenticate(unknown) is None
        async with small.acquire():  # the database is out of reach from here on
            assert await keys.authenticate(unknown) is None
            with pytest.raises(TimeoutError):
                await keys.authenticate(new_secret())  # another key is asked


async def test_lookups_of_one_key_share_one_query_and_past_the_bound_a_lookup_is_unavailable_with_a_retry_hint(
    database_dsn: str, pg_pool: asyncpg.Pool
) -> None:
    # A flood of random keys held the pool's connections with lookups, other companies' calls waiting behind them
    issued = await create_api_key(random_siren(), "ERP", keys=PgApiKeyRepository(pg_pool), clock=FixedClock())
    outcomes: list[str] = []
    async with asyncpg.create_pool(database_dsn, min_size=1, max_size=1) as small:
        keys = PgApiKeyRepository(small, max_lookups=1, counted=outcomes.append)
        held = await small.acquire()  # the lookup waits for the connection
        first = [asyncio.ensure_future(keys.authenticate(issued.secret)) for _ in range(5)]
        await asyncio.sleep(0)
        with pytest.raises(KeyLookupsBusy) as refused:
            await keys.authenticate(new_secret())
        await small.release(held)
        assert await asyncio.gather(*first) == [issued.key] * 5
    assert outcomes == ["refused", "valid"]  # five callers, one lookup

    status = ErrorTable(is_outage).to_status(refused.value)
    assert status.code == code_pb2.UNAVAILABLE and "retry" in status.message
    [detail] = status.details
    retry = error_details_pb2.RetryInfo()
    assert detail.Unpack(retry) and retry.retry_delay.ToMilliseconds() == 1000


async def test_past_the_bound_a_valid_key_whose_memory_just_expired_is_still_taken(
    database_dsn: str, pg_pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seen on the bench: a flood of random keys made another company's call UNAVAILABLE each time its key's
    # memory expired (every 5 s), its lookup refused with the flood's
    now = [1000.0]
    monkeypatch.setattr(api_key_repository.time, "monotonic", lambda: now[0])
    issued = await create_api_key(random_siren(), "ERP", keys=PgApiKeyRepository(pg_pool), clock=FixedClock())
    outcomes: list[str] = []
    async with asyncpg.create_pool(database_dsn, min_size=1, max_size=1) as small:
        keys = PgApiKeyRepository(small, max_lookups=1, counted=outcomes.append)
        assert await keys.authenticate(issued.secret) == issued.key
        now[0] += keys.cache_ttl + keys.stale_s - 1  # its memory expired, not long ago
        held = await small.acquire()
        flood = asyncio.ensure_future(keys.authenticate(new_secret()))  # takes the one lookup
        await asyncio.sleep(0)
        try:
            assert await keys.authenticate(issued.secret) == issued.key
            now[0] += 2  # expired too long ago: refused with the others
            with pytest.raises(KeyLookupsBusy):
                await keys.authenticate(issued.secret)
        finally:
            await small.release(held)
        assert await flood is None
    assert outcomes == ["valid", "stale", "refused", "unknown"]
