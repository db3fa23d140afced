"""The hash-chained audit log in PostgreSQL, bound to one transaction.

Appending takes a per-company transaction-scoped advisory lock, reads the head of the chain and inserts the next
link; the lock is held until the caller's transaction ends, so two writers never link to the same head. The
table's triggers refuse UPDATE, DELETE and any insert that does not follow the head (migration 0004).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from adapters.postgres.connection import Connection
from domain.archive import GENESIS_HASH, canonical_json, entry_hash
from domain.archive_ports import AuditEntry, AuditEvent

# First key of the two-key advisory lock: the audit chains (the second key is the company's hash).
AUDIT_LOCK_CLASS = 0x61756474  # "audt"
CURSOR_PREFETCH = 500


class PgAuditLog:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        await self._conn.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))", AUDIT_LOCK_CLASS, company_siren
        )
        head = await self._conn.fetchrow(
            "SELECT seq, entry_hash FROM audit_log WHERE company_siren = $1 ORDER BY seq DESC LIMIT 1",
            company_siren,
        )
        seq, prev = (1, GENESIS_HASH) if head is None else (head["seq"] + 1, head["entry_hash"])
        # Details are stored exactly as they were hashed: canonical values only (Decimal as strings, no floats).
        details = json.loads(canonical_json(dict(event.details)))
        if at.tzinfo is None:
            raise ValueError("audit timestamps must be timezone-aware")
        at = at.astimezone(
            UTC
        )  # PostgreSQL keeps microseconds and returns UTC: the hash covers what is read back
        draft = AuditEntry(
            company_siren,
            seq,
            at,
            event.actor,
            event.action,
            event.subject_type,
            event.subject_id,
            details,
            prev,
            "",
        )
        sealed = replace(draft, entry_hash=entry_hash(prev, draft.chain_entry()))
        await self._conn.execute(
            """INSERT INTO audit_log (company_siren, seq, at, actor, action, subject_type, subject_id, details,
                                      prev_hash, entry_hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""",
            company_siren,
            seq,
            at,
            event.actor,
            event.action,
            event.subject_type,
            event.subject_id,
            details,
            prev,
            sealed.entry_hash,
        )
        return sealed

    async def entries(
        self, company_siren: str, *, since: datetime | None = None, until: datetime | None = None
    ) -> AsyncIterator[AuditEntry]:
        """The chain in order, streamed (needs an open transaction)."""
        query = """SELECT company_siren, seq, at, actor, action, subject_type, subject_id, details, prev_hash,
                          entry_hash
                     FROM audit_log
                    WHERE company_siren = $1 AND ($2::timestamptz IS NULL OR at >= $2)
                      AND ($3::timestamptz IS NULL OR at < $3)
                    ORDER BY seq"""
        async for row in self._conn.cursor(query, company_siren, since, until, prefetch=CURSOR_PREFETCH):
            yield entry_from_row(row)


def entry_from_row(row: Any) -> AuditEntry:
    return AuditEntry(
        company_siren=row["company_siren"],
        seq=row["seq"],
        at=row["at"].astimezone(UTC),
        actor=row["actor"],
        action=row["action"],
        subject_type=row["subject_type"],
        subject_id=row["subject_id"],
        details=row["details"],
        prev_hash=row["prev_hash"],
        entry_hash=row["entry_hash"],
    )
