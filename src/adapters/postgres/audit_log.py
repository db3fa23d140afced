"""The hash-chained audit log in PostgreSQL, bound to one transaction.

Appending takes a per-company transaction-scoped advisory lock, reads the head of the chain and inserts the next
links; the lock is held until the caller's transaction ends, so two writers never link to the same head. The
table's triggers refuse UPDATE, DELETE and any insert that does not follow the head (migration 0004). Several
companies' entries (a batch of submissions) are appended together: their locks are taken in one sorted order, as
the invoice events' locks are, so two batches never wait on each other in a circle. Where the company lock comes among the others (after the
invoice rows and platform ids, never before them): adapters.postgres.lock_order.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from adapters.postgres.connection import Connection, Row, from_row
from domain.archive import GENESIS_HASH, canonical_json, entry_hash
from domain.archive_ports import AuditEntry, AuditEvent

# First key of the two-key advisory lock of a company (the second is its SIREN's hash): its invoice events and its
# audit chain share it, since an event and its audit entry are written together. With one lock per company there
# is no order between two kinds of locks to get wrong: reception archives (audit) then applies a status (events),
# the dispatcher does the reverse, and neither can wait for the other in a circle.
COMPANY_LOCK_NAMESPACE = 7001
CURSOR_PREFETCH = 500

_COLUMNS = """company_siren, seq, at, actor, action, subject_type, subject_id, details, prev_hash, entry_hash,
              actor_name, request_id"""

# The companies' locks in sorted order (code points), then their heads, each one backward probe of the primary key
# (migration 0232): one round trip. The heads are read by a statement of their own inside the function, once the
# locks are held, so they include what another writer committed while this one waited.
_LOCKED_HEADS = "SELECT company_siren, seq, entry_hash FROM audit_chain_heads($1, $2::text[])"

# In seq order: the link trigger checks each row against the one inserted before it.
_INSERT = f"""
INSERT INTO audit_log ({_COLUMNS})
SELECT c, s, a, ac, act, st, si, d::jsonb, p, h, an, r
  FROM unnest($1::text[], $2::bigint[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[],
              $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
       WITH ORDINALITY AS e(c, s, a, ac, act, st, si, d, p, h, an, r, n)
 ORDER BY n
"""


class PgAuditLog:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        [entry] = await self.append_all([(company_siren, event, at)])
        return entry

    async def append_all(self, items: Sequence[tuple[str, AuditEvent, datetime]]) -> list[AuditEntry]:
        """Append each (company, event, at) in the given order within its company's chain: two round trips."""
        if not items:
            return []
        companies = sorted({company for company, _, _ in items})
        heads = dict.fromkeys(companies, (0, GENESIS_HASH))
        for r in await self._conn.fetch(_LOCKED_HEADS, COMPANY_LOCK_NAMESPACE, companies):
            heads[r["company_siren"]] = (r["seq"], r["entry_hash"])
        sealed: list[AuditEntry] = []
        for company, event, at in items:
            seq, prev = heads[company]
            entry = _sealed(company, seq + 1, prev, event, at)
            heads[company] = (entry.seq, entry.entry_hash)
            sealed.append(entry)
        columns: list[list[Any]] = [[] for _ in range(12)]
        for e in sealed:
            row = (
                e.company_siren,
                e.seq,
                e.at,
                e.actor,
                e.action,
                e.subject_type,
                e.subject_id,
                json.dumps(e.details, ensure_ascii=False),
                e.prev_hash,
                e.entry_hash,
                e.actor_name,
                e.request_id,
            )
            for column, value in zip(columns, row, strict=True):
                column.append(value)
        await self._conn.execute(_INSERT, *columns)
        return sealed

    async def entries(
        self, company_siren: str, *, since: datetime | None = None, until: datetime | None = None
    ) -> AsyncIterator[AuditEntry]:
        """The chain in order, streamed (needs an open transaction)."""
        query = f"""SELECT {_COLUMNS} FROM audit_log
                    WHERE company_siren = $1 AND ($2::timestamptz IS NULL OR at >= $2)
                      AND ($3::timestamptz IS NULL OR at < $3)
                    ORDER BY seq"""
        async for row in self._conn.cursor(query, company_siren, since, until, prefetch=CURSOR_PREFETCH):
            yield entry_from_row(row)


def _sealed(company: str, seq: int, prev: str, event: AuditEvent, at: datetime) -> AuditEntry:
    if at.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    # PostgreSQL keeps microseconds and returns UTC: the hash covers what is read back. Details are stored exactly
    # as they were hashed: canonical values only (Decimal as strings, no floats).
    actor = event.acting.actor
    draft = AuditEntry(
        company,
        seq,
        at.astimezone(UTC),
        actor.label,
        event.action,
        event.subject_type,
        event.subject_id,
        json.loads(canonical_json(dict(event.details))),
        prev,
        "",
        actor.name,
        event.acting.request_id,
    )
    return replace(draft, entry_hash=entry_hash(prev, draft.chain_entry()))


def entry_from_row(row: Row) -> AuditEntry:
    return from_row(AuditEntry, row, at=row["at"].astimezone(UTC))
