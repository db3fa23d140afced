import asyncpg

from adapters.postgres.api_key_repository import PgApiKeyRepository
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
