"""One contract for API key storage, in memory and in PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.postgres.api_key_repository import PgApiKeyRepository
from domain.errors import Unauthenticated
from domain.ports import ApiKeyRepository
from service.usecases.api_keys import authenticate, create_api_key, list_api_keys, revoke_api_key
from tests.fakes import FixedClock, InMemoryApiKeyRepository
from tests.random_refs import random_siren


@pytest.fixture(params=["memory", "postgres"])
def keys(request: pytest.FixtureRequest) -> ApiKeyRepository:
    if request.param == "memory":
        return InMemoryApiKeyRepository()
    return PgApiKeyRepository(request.getfixturevalue("pg_pool"))


async def test_a_new_key_authenticates_its_company(keys: ApiKeyRepository) -> None:
    company = random_siren()
    issued = await create_api_key(company, "ERP production", keys=keys, clock=FixedClock())
    assert issued.secret.startswith("pdpg_") and len(issued.secret) >= 45
    assert issued.secret not in repr(issued)
    assert await authenticate(issued.secret, keys=keys) == issued.key  # its company, id and name: the actor


async def test_listing_shows_a_prefix_never_the_secret(keys: ApiKeyRepository) -> None:
    company = random_siren()
    clock = FixedClock(datetime(2026, 11, 2, tzinfo=UTC))
    first = await create_api_key(company, "first", keys=keys, clock=clock)
    clock.advance(minutes=1)
    await create_api_key(company, "second", keys=keys, clock=clock)
    await create_api_key(random_siren(), "someone else", keys=keys, clock=clock)

    listed = await list_api_keys(company, keys=keys)

    assert [k.name for k in listed] == ["first", "second"]
    assert listed[0].prefix == first.secret[: len(listed[0].prefix)] and len(listed[0].prefix) < 16
    assert listed[0].created_at == datetime(2026, 11, 2, tzinfo=UTC)


async def test_a_revoked_key_no_longer_authenticates(keys: ApiKeyRepository) -> None:
    company = random_siren()
    clock = FixedClock()
    issued = await create_api_key(company, "old", keys=keys, clock=clock)
    clock.advance(days=1)
    assert await revoke_api_key(company, issued.key.id, keys=keys, clock=clock)
    with pytest.raises(Unauthenticated):
        await authenticate(issued.secret, keys=keys)
    listed = await list_api_keys(company, keys=keys)
    assert listed[0].revoked_at == clock.now() and not listed[0].active
    assert not await revoke_api_key(company, issued.key.id, keys=keys, clock=clock)


async def test_a_company_cannot_revoke_another_companys_key(keys: ApiKeyRepository) -> None:
    issued = await create_api_key(random_siren(), "theirs", keys=keys, clock=FixedClock())
    assert not await revoke_api_key(random_siren(), issued.key.id, keys=keys, clock=FixedClock())
    assert not await revoke_api_key(random_siren(), "not-a-uuid", keys=keys, clock=FixedClock())
    assert (await authenticate(issued.secret, keys=keys)).company_siren == issued.key.company_siren


@pytest.mark.parametrize("secret", ["", "pdpg_", "Bearer x", "pdpg_" + "A" * 43])
async def test_anything_but_an_issued_secret_is_refused(keys: ApiKeyRepository, secret: str) -> None:
    await create_api_key(random_siren(), "k", keys=keys, clock=FixedClock())
    with pytest.raises(Unauthenticated):
        await authenticate(secret, keys=keys)


async def test_a_key_needs_a_siren_and_a_name(keys: ApiKeyRepository) -> None:
    with pytest.raises(ValueError):
        await create_api_key("12345", "k", keys=keys, clock=FixedClock())
    with pytest.raises(ValueError):
        await create_api_key(random_siren(), "  ", keys=keys, clock=FixedClock())
