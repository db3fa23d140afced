"""The hash-chained audit log in PostgreSQL, bound to one transaction.

Appending is one statement, `audit_log_append` (migrations 0260, 0300): it takes a per-company transaction-scoped
advisory lock, reads the head of the chain, numbers and seals the entries and inserts them; the lock is held until
the caller's transaction ends, so two writers never link to the same head. Python writes each entry's canonical text
around its seq (`sealing`): the number is only known under the lock, and sealing there lets a statement that writes
events append their entries too (`audit_cte`: the group commit, the send journal and a unit of work's invoice
events, adapters.postgres.invoice_repository `_events_and_outbox`; a received invoice's events,
adapters.postgres.reception_repository). The table's triggers refuse UPDATE, DELETE and any insert that does not
follow the head (migration 0004). Several companies' entries (a batch of submissions) are appended together: their
locks are taken in one sorted order, as the invoice events' locks are, so two batches never wait on each other in a
circle. Where the company lock comes among the others (after the invoice rows and platform ids, never before them):
adapters.postgres.lock_order.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from adapters.json_text import dumps as json_text
from adapters.postgres.connection import Connection, Row, from_row
from domain.archive import canonical_value, entry_hash_parts
from domain.archive_ports import AuditEntry, AuditEvent

# First key of the two-key advisory lock of a company (the second is its SIREN's hash): its invoice events and its
# audit chain share it, since an event and its audit entry are written together. With one lock per company there
# is no order between two kinds of locks to get wrong: reception archives (audit) then applies a status (events),
# the dispatcher does the reverse, and neither can wait for the other in a circle.
COMPANY_LOCK_NAMESPACE = 7001
CURSOR_PREFETCH = 500

_COLUMNS = """company_siren, seq, at, actor, action, subject_type, subject_id, details, prev_hash, entry_hash,
              actor_name, request_id"""

_WITHIN = (
    "company_siren = $1 AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)"
)
# A company's chain of some days, in order.
ENTRIES = f"SELECT {_COLUMNS} FROM audit_log WHERE {_WITHIN} ORDER BY seq"
# Its entries about some subjects ($4), in order: by subject (audit_log_by_subject), as many rows as they have.
ENTRIES_ABOUT = (
    f"SELECT {_COLUMNS} FROM audit_log WHERE subject_id = ANY($4::text[]) AND {_WITHIN} ORDER BY seq"
)

# Its entries ($2: since) about the invoices and declarations of its documents dated $3 to $4, in order: by subject,
# the subjects read from archive_items (archive_items_by_date) in the same statement.
ENTRIES_ABOUT_DOCUMENTS = f"""SELECT {_COLUMNS} FROM audit_log
 WHERE company_siren = $1 AND at >= $2
   AND subject_id IN (SELECT invoice_id FROM archive_items
                       WHERE company_siren = $1 AND document_date BETWEEN $3 AND $4 AND invoice_id <> ''
                      UNION
                      SELECT declaration_id::text FROM archive_items
                       WHERE company_siren = $1 AND document_date BETWEEN $3 AND $4
                         AND declaration_id IS NOT NULL)
 ORDER BY seq"""

# The entries as a JSON array of `sealing` objects (text: the connection needs no jsonb codec); their seqs and hashes
# as three arrays, in the given order.
APPEND = "SELECT seqs, prev_hashes, entry_hashes FROM audit_log_append($1, $2::text::jsonb)"


def company_locks_cte(written: str, setting: str | None = None, lock_from: str = "") -> str:
    """The CTE `company_locks`: the advisory locks of the companies of relation `written` (column `company_siren`),
    taken in sorted order (code points, as `audit_log_append`) and held until the COMMIT (adapters.postgres.lock_order,
    rule 5). `setting` (a parameter, 'on'/'off') sets the NOTIFY setting of migration 0008 for the transaction;
    `lock_from` (", relation") makes the locks wait for that relation."""
    quiet = (
        f",\n                set_config('pdpgateway.notify_after_commit', {setting}, true) AS quiet"
        if setting
        else ""
    )
    return f"""company_locks AS MATERIALIZED (
         SELECT count(pg_advisory_xact_lock({COMPANY_LOCK_NAMESPACE}, hashtext(c))) AS locks{quiet}
           FROM (SELECT DISTINCT company_siren COLLATE "C" AS c FROM {written} ORDER BY c) AS companies{lock_from})"""


def audit_cte(entries: str) -> str:
    """The CTE `audit`: `audit_log_append` of the entries that the scalar subquery `entries` gives (a jsonb array of
    `sealing` objects, in chain order), in the statement that writes what they record. The subquery reads
    `company_locks`, so the call comes after the locks of rules 1-4 (adapters.postgres.lock_order) whatever plan runs
    the CTEs. It is a plain SELECT of one row: the statement's main query must read it for it to run."""
    return f"""audit AS (
         SELECT cardinality(seqs) AS entries FROM audit_log_append({COMPANY_LOCK_NAMESPACE}, ({entries})))"""


class PgAuditLog:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        [entry] = await self.append_all([(company_siren, event, at)])
        return entry

    async def append_all(self, items: Sequence[tuple[str, AuditEvent, datetime]]) -> list[AuditEntry]:
        """Append each (company, event, at) in the given order within its company's chain: one round trip."""
        if not items:
            return []
        drafts = [draft(company, event, at) for company, event, at in items]
        [sealed] = await self._conn.fetch(
            APPEND, COMPANY_LOCK_NAMESPACE, json_text([sealing(d) for d in drafts])
        )
        return [
            replace(d, seq=seq, prev_hash=prev, entry_hash=hashed)
            for d, seq, prev, hashed in zip(
                drafts, sealed["seqs"], sealed["prev_hashes"], sealed["entry_hashes"], strict=True
            )
        ]

    async def entries(
        self,
        company_siren: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> AsyncIterator[AuditEntry]:
        """The chain in order, streamed (needs an open transaction)."""
        async for row in self._conn.cursor(ENTRIES, company_siren, since, until, prefetch=CURSOR_PREFETCH):
            yield entry_from_row(row)

    async def entries_about(
        self, company_siren: str, subjects: Collection[str], *, since: datetime
    ) -> AsyncIterator[AuditEntry]:
        """By subject (migration 0501's index): as many entries read as there are about them, not the company's log
        of the days since."""
        args = (company_siren, since, None, list(subjects))
        async for row in self._conn.cursor(ENTRIES_ABOUT, *args, prefetch=CURSOR_PREFETCH):
            yield entry_from_row(row)

    async def entries_about_documents(
        self, company_siren: str, date_from: date | None, date_to: date, *, since: datetime
    ) -> AsyncIterator[AuditEntry]:
        args = (company_siren, since, date_from or date.min, date_to)
        async for row in self._conn.cursor(ENTRIES_ABOUT_DOCUMENTS, *args, prefetch=CURSOR_PREFETCH):
            yield entry_from_row(row)


def draft(company: str, event: AuditEvent, at: datetime) -> AuditEntry:
    """The entry `event` makes in `company`'s chain, before the chain numbers and seals it (seq 0, no hashes)."""
    if at.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    # PostgreSQL keeps microseconds and returns UTC: the hash covers what is read back. Details are stored exactly
    # as they are hashed: canonical values only (Decimal as strings, no floats).
    actor = event.acting.actor
    return AuditEntry(
        company,
        0,
        at.astimezone(UTC),
        actor.label,
        event.action,
        event.subject_type,
        event.subject_id,
        canonical_value(dict(event.details)),
        "",
        "",
        actor.name,
        event.acting.request_id,
    )


def sealing(entry: AuditEntry) -> dict[str, Any]:
    """What `audit_log_append` takes of a draft entry: its columns, and its canonical text around its seq."""
    before, after = entry_hash_parts(entry.chain_entry())
    return {
        "company": entry.company_siren,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "subject_type": entry.subject_type,
        "subject_id": entry.subject_id,
        "details": entry.details,
        "actor_name": entry.actor_name,
        "request_id": entry.request_id,
        "before": before,
        "after": after,
    }


def entry_from_row(row: Row) -> AuditEntry:
    return from_row(AuditEntry, row, at=row["at"].astimezone(UTC))
