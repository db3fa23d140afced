"""API keys in PostgreSQL: only the SHA-256 of each secret is stored; each call is its own short transaction, and
a key created or revoked is an audit entry of its company in that transaction.

`authenticate` runs on every RPC, so a key found valid is remembered for `cache_ttl` seconds (API_KEY_CACHE_S, 5): a key
revoked through another process (another replica, the CLI) keeps working here for up to that long; revoking
through this repository forgets the company's remembered keys at once. A key found unknown or revoked is
remembered as such for `unknown_ttl` seconds (API_KEY_UNKNOWN_S, 5): it cannot become valid (a secret is drawn when its key is
created, a revocation is final), so a client repeating a wrong key costs one lookup per period, not one per call.
Each memory is bounded (`cache_size` keys, API_KEY_MEMORY). Lookups of one key at once share one query, and at most
`max_lookups` run at once (API_KEY_LOOKUPS, 4, of the pool's 20 connections): past it a call is refused KeyLookupsBusy (UNAVAILABLE,
retry in a second), so a flood of random keys, which no memory helps, cannot take the connections other
companies' calls need; a valid key whose memory expired less than `stale_s` (API_KEY_STALE_S, 60) seconds ago is then taken as
remembered rather than refused (a key revoked through another process may work that much longer during a flood,
never through this one). The refusals are logged once per `LOG_EVERY_S`, counted, not one line each. Every lookup
is told to `counted` with its outcome (LOOKED_UP_VALID, LOOKED_UP_UNKNOWN, REFUSED, STALE): the wiring counts them on
/metrics.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime
from typing import TypeVar

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import from_row
from adapters.postgres.keys import uuid_or_none
from adapters.postgres.pool import ACQUIRE_TIMEOUT_S
from aio.tally import Tally
from domain.api_keys import hash_secret, new_secret, secret_prefix
from domain.archive_ports import AuditEvent
from domain.errors import KeyLookupsBusy
from domain.ports import ApiKey, IssuedApiKey

V = TypeVar("V")

_log = logging.getLogger(__name__)
LOG_EVERY_S = 10.0
_REFUSED = "%d API-key lookups refused: %d already in flight (a flood of unknown keys?)"
# what became of a key the memories did not answer (its `counted` hook's argument)
LOOKED_UP_VALID, LOOKED_UP_UNKNOWN, REFUSED, STALE = "valid", "unknown", "refused", "stale"

_COLUMNS = "id, company_siren, name, prefix, created_at, revoked_at"


@dataclass(eq=False, slots=True)
class PgApiKeyRepository:
    pool: asyncpg.Pool
    _: KW_ONLY
    cache_ttl: float = 5.0
    cache_size: int = 10_000
    unknown_ttl: float = 5.0
    max_lookups: int = 4
    stale_s: float = 60.0
    acquire_timeout: float = ACQUIRE_TIMEOUT_S  # `authenticate` runs on every RPC: a busy pool is UNAVAILABLE
    counted: Callable[[str], None] = lambda outcome: None
    # key hash -> (the key, monotonic expiry)
    _valid: dict[str, tuple[ApiKey, float]] = field(default_factory=dict, init=False)
    # key hash -> monotonic expiry of "unknown or revoked"
    _unknown: dict[str, float] = field(default_factory=dict, init=False)
    # key hash -> its lookup in flight, shared by every call asking it meanwhile
    _lookups: dict[str, asyncio.Future[ApiKey | None]] = field(default_factory=dict, init=False)
    # lookups refused, said as a count once per LOG_EVERY_S
    _refused: Tally = field(default_factory=lambda: Tally(_log, _REFUSED, every_s=LOG_EVERY_S), init=False)
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
        # The revoked key's hash is not at hand: forget every remembered key of the company, and let the calls from
        # now on look again rather than share a lookup that may have read the key before its revocation.
        self._revocations += 1
        self._lookups.clear()
        for key_hash in [h for h, (k, _) in self._valid.items() if k.company_siren == company_siren]:
            self._valid.pop(key_hash, None)
        return True

    async def authenticate(self, secret: str) -> ApiKey | None:
        key_hash = hash_secret(secret)
        now = time.monotonic()
        remembered = self._valid.get(key_hash)
        if remembered is not None and remembered[1] > now:
            return remembered[0]
        if self._unknown.get(key_hash, 0.0) > now:
            return None
        lookup = self._lookups.get(key_hash)
        if lookup is None:
            if len(self._lookups) >= self.max_lookups:
                if remembered is not None and remembered[1] + self.stale_s > now:
                    self.counted(STALE)
                    return remembered[0]
                self.counted(REFUSED)
                self._refused.add(self.max_lookups)
                raise KeyLookupsBusy(
                    f"{self.max_lookups} API-key lookups are already in flight in this process; retry"
                )
            lookup = asyncio.ensure_future(self._look_up(key_hash))
            self._lookups[key_hash] = lookup
            lookup.add_done_callback(lambda done: self._looked_up(key_hash, done))
        # A caller gone (cancelled) leaves the lookup to the others waiting on it.
        return await asyncio.shield(lookup)

    def _looked_up(self, key_hash: str, done: asyncio.Future[ApiKey | None]) -> None:
        if self._lookups.get(key_hash) is done:
            del self._lookups[key_hash]
        if not done.cancelled():
            done.exception()  # retrieved here too: every caller may have gone

    async def _look_up(self, key_hash: str) -> ApiKey | None:
        revocations = self._revocations
        async with self.pool.acquire(timeout=self.acquire_timeout) as conn:
            row = await conn.fetchrow(
                f"SELECT {_COLUMNS} FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL", key_hash
            )
        now = time.monotonic()
        key = None if row is None else _key(row)
        self.counted(LOOKED_UP_UNKNOWN if key is None else LOOKED_UP_VALID)
        if key is None:
            self._valid.pop(key_hash, None)
            if self.unknown_ttl > 0:
                self._unknown = _bounded(self._unknown, self.cache_size, now, lambda expiry: expiry)
                self._unknown[key_hash] = now + self.unknown_ttl
        elif self.cache_ttl > 0 and revocations == self._revocations:
            self._valid = _bounded(self._valid, self.cache_size, now, lambda entry: entry[1] + self.stale_s)
            self._valid[key_hash] = (key, now + self.cache_ttl)
        return key


def _bounded(memory: dict[str, V], size: int, now: float, expiry: Callable[[V], float]) -> dict[str, V]:
    """`memory` with room for one more: past `size`, the expired entries go, then all if none had expired."""
    if len(memory) < size:
        return memory
    kept = {h: v for h, v in memory.items() if expiry(v) > now}
    return kept if len(kept) < size else {}


def _key(row: asyncpg.Record) -> ApiKey:
    return from_row(ApiKey, row, id=str(row["id"]))
