"""API keys in PostgreSQL: only the SHA-256 of each secret is stored; each call is its own short transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

import asyncpg

from domain.api_keys import hash_secret, new_secret, secret_prefix
from domain.ports import ApiKey, IssuedApiKey

_COLUMNS = "id, company_siren, name, prefix, created_at, revoked_at"


class PgApiKeyRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def create(self, company_siren: str, name: str, created_at: datetime) -> IssuedApiKey:
        secret = new_secret()
        key = ApiKey(str(uuid.uuid4()), company_siren, name, secret_prefix(secret), created_at)
        await self._pool.execute(
            """INSERT INTO api_keys (id, company_siren, name, key_hash, prefix, created_at)
               VALUES ($1, $2, $3, $4, $5, $6)""",
            uuid.UUID(key.id),
            company_siren,
            name,
            hash_secret(secret),
            key.prefix,
            created_at,
        )
        return IssuedApiKey(key, secret)

    async def list(self, company_siren: str) -> Sequence[ApiKey]:
        rows = await self._pool.fetch(
            f"SELECT {_COLUMNS} FROM api_keys WHERE company_siren = $1 ORDER BY created_at, id", company_siren
        )
        return [_key(row) for row in rows]

    async def revoke(self, company_siren: str, key_id: str, revoked_at: datetime) -> bool:
        try:
            key = uuid.UUID(key_id)
        except ValueError:
            return False
        status = await self._pool.execute(
            """UPDATE api_keys SET revoked_at = $3
                WHERE id = $1 AND company_siren = $2 AND revoked_at IS NULL""",
            key,
            company_siren,
            revoked_at,
        )
        return bool(status == "UPDATE 1")

    async def authenticate(self, secret: str) -> str | None:
        company: str | None = await self._pool.fetchval(
            "SELECT company_siren FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL",
            hash_secret(secret),
        )
        return company


def _key(row: asyncpg.Record) -> ApiKey:
    return ApiKey(
        id=str(row["id"]),
        company_siren=row["company_siren"],
        name=row["name"],
        prefix=row["prefix"],
        created_at=row["created_at"],
        revoked_at=row["revoked_at"],
    )
