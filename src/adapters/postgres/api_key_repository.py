"""API keys in PostgreSQL: only the SHA-256 of each secret is stored; each call is its own short transaction, and
a key created or revoked is an audit entry of its company in that transaction.

`authenticate` runs on every RPC, so a key found valid is remembered for `cache_ttl` seconds (default 5): a key
revoked through another process (another replica, the CLI) keeps working here for up to that long; revoking
through this repository forgets the company's remembered keys at once. Unknown or revoked keys are never
remembered (a new key works immediately), and the memory is bounded (`cache_size` keys).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import from_row
from adapters.postgres.keys import uuid_or_none
from adapters.postgres.pool import ACQUIRE_TIMEOUT_S
from domain.api_keys import hash_secret, new_secret, secret_prefix
from domain.archive_ports import AuditEvent
from domain.ports import ApiKey, IssuedApiKey

_COLUMNS = "id, company_siren, name, prefix, created_at, revoked_at"


@dataclass(eq=False, slots=True)
class PgApiKeyRepository:
    pool: asyncpg.Pool
    _: KW_ONLY
    cache_ttl: float = 5.0
    cache_size: int = 10_000
    acquire_timeout: float = ACQUIRE_TIMEOUT_S  # `authenticate` runs on every RPC: a busy pool is UNAVAILABLE
    # key hash -> (the key, monotonic expiry)
    _valid: dict[str, tuple[ApiKey, float]] = field(default_factory=dict, init=False)
    # a lookup that overlapped a revocation is not remembered
    _revocations: int = field(default=0, init=False)

    async def create(self, company_siren: str, name: str, created_at: datetime) -> IssuedApiKey:
        secret = new_secret()
        key = ApiKey(str(uuid.uuid4()), company_siren, name, secret_prefix(secret), created_at)
        async with self.pool.acquire(timeout=self.acquire_timeout) as conn, conn.transaction():
            await conn.execute(
                """INSERT INTO api_keys (id, company_siren, name, key_hash, prefix, created_at)
                   VALUES ($1, $2, $3, $4, $5, $6)""",
                uuid.UUID(key.id),
                company_siren,
                name,
                hash_secret(secret),
                key.prefix,
                created_at,
            )
            details = {"name": name, "prefix": key.prefix}
            await PgAuditLog(conn).append(
                company_siren, AuditEvent("api_key.created", "api_key", key.id, details), created_at
            )
        return IssuedApiKey(key, secret)

    async def list(self, company_siren: str) -> Sequence[ApiKey]:
        async with self.pool.acquire(timeout=self.acquire_timeout) as conn:
            rows = await conn.fetch(
                f"SELECT {_COLUMNS} FROM api_keys WHERE company_siren = $1 ORDER BY created_at, id",
                company_siren,
            )
        return [_key(row) for row in rows]

    async def revoke(self, company_siren: str, key_id: str, revoked_at: datetime) -> bool:
        key = uuid_or_none(key_id)
        if key is None:
            return False
        async with self.pool.acquire(timeout=self.acquire_timeout) as conn, conn.transaction():
            name = await conn.fetchval(
                """UPDATE api_keys SET revoked_at = $3
                    WHERE id = $1 AND company_siren = $2 AND revoked_at IS NULL RETURNING name""",
                key,
                company_siren,
                revoked_at,
            )
            if name is None:
                return False
            await PgAuditLog(conn).append(
                company_siren, AuditEvent("api_key.revoked", "api_key", key_id, {"name": name}), revoked_at
            )
        # The revoked key's hash is not at hand: forget every remembered key of the company.
        self._revocations += 1
        for key_hash in [h for h, (k, _) in self._valid.items() if k.company_siren == company_siren]:
            self._valid.pop(key_hash, None)
        return True

    async def authenticate(self, secret: str) -> ApiKey | None:
        key_hash = hash_secret(secret)
        now = time.monotonic()
        remembered = self._valid.get(key_hash)
        if remembered is not None and remembered[1] > now:
            return remembered[0]
        revocations = self._revocations
        async with self.pool.acquire(timeout=self.acquire_timeout) as conn:
            row = await conn.fetchrow(
                f"SELECT {_COLUMNS} FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL", key_hash
            )
        key = None if row is None else _key(row)
        if key is None:
            self._valid.pop(key_hash, None)
        elif self.cache_ttl > 0 and revocations == self._revocations:
            if len(self._valid) >= self.cache_size:
                self._valid = {h: v for h, v in self._valid.items() if v[1] > now}
                if len(self._valid) >= self.cache_size:
                    self._valid.clear()
            self._valid[key_hash] = (key, now + self.cache_ttl)
        return key


def _key(row: asyncpg.Record) -> ApiKey:
    return from_row(ApiKey, row, id=str(row["id"]))
