"""API key use cases: a company's keys are created (secret shown once), listed, revoked, and authenticate calls."""

from __future__ import annotations

from collections.abc import Sequence

from domain.api_keys import looks_like_secret
from domain.errors import Unauthenticated
from domain.identifiers import SIREN_SCHEME, is_valid_siren, siren_of
from domain.ports import ApiKey, ApiKeyRepository, Clock, IssuedApiKey

MAX_NAME_LENGTH = 100


def siren_problem(value: str) -> str:
    """Why `value` is not a SIREN, in words an operator can act on."""
    if not siren_of(value, SIREN_SCHEME):
        return f"{value!r} is not a SIREN: nine digits are expected"
    return f"{value!r} is not a SIREN: its check digit is wrong (Luhn)"


async def create_api_key(
    company_siren: str, name: str, *, keys: ApiKeyRepository, clock: Clock
) -> IssuedApiKey:
    if not is_valid_siren(company_siren):
        raise ValueError(siren_problem(company_siren))
    name = name.strip()
    if not name or len(name) > MAX_NAME_LENGTH:
        raise ValueError(f"an API key needs a name of 1 to {MAX_NAME_LENGTH} characters")
    return await keys.create(company_siren, name, clock.now())


async def list_api_keys(company_siren: str, *, keys: ApiKeyRepository) -> Sequence[ApiKey]:
    return await keys.list(company_siren)


async def revoke_api_key(company_siren: str, key_id: str, *, keys: ApiKeyRepository, clock: Clock) -> bool:
    """False when the company has no such active key (unknown, another company's, or already revoked)."""
    return await keys.revoke(company_siren, key_id, clock.now())


async def authenticate(secret: str, *, keys: ApiKeyRepository) -> ApiKey:
    """The active key (its company, id and name: the actor of the call); Unauthenticated for anything else."""
    key = await keys.authenticate(secret) if looks_like_secret(secret) else None
    if key is None:
        raise Unauthenticated("invalid or revoked API key")
    return key
