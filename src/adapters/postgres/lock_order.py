"""THE lock order of the gateway's transactions. A transaction that takes several of these locks takes them in this
order, so two transactions never wait for each other in a circle (PostgreSQL would roll one back: a deadlock).

1. The open outbox rows of an invoice that CancelInvoice locks first (`hold_open_rows`).
2. An invoice's held payments (advisory 7003, adapters.postgres.payment_repository `held`).
3. Invoice rows: ours (`invoices`), then those we received (`received_invoices`), each kind in id order. A row is
   locked by the UPDATE that changes it, or earlier by a locking read (`lock_named_invoices`) when the transaction
   will take a company lock (5) before it changes its last invoice. A foreign key's KEY SHARE lock (a status, an
   event or an outbox row written for an invoice) conflicts with none of these but the send journal's FOR UPDATE,
   which comes first in its own transaction.
4. Platform ids (advisory 7002, adapters.postgres.transmissions), in code-point order.
5. Companies (advisory 7001: a company's invoice events, received-invoice events and audit chain share it), in
   code-point order, held until the COMMIT: taken by `flush_events`, `_company_locks` and `PgAuditLog.append_all`.

Nothing of 1-4 may be taken once a company lock is held, and a lock held until the COMMIT stays held across the
savepoints of a joining unit of work. The one transaction that changes several existing invoices one after the
other is a reception delivery (service.workers.reception.processing: statuses of several invoices, each applied
with its events and audit entries, so under its company's lock): it locks every invoice its statuses name, then
their platform ids, before it applies the first (`lock_named_invoices`). A payment (held payments, then the invoice
row, then the company) and a platform status (the row, then the company) each change one invoice.

Known exceptions, harmless: a relay step completes its own leased outbox row last (SendStatusStep, after the
invoice and its company), which only CancelInvoice waits for, and a cancel gives up (IllegalTransition) before rule
2 on an invoice that has statuses to send, since it is deposited. The dispatcher's SENT unit of work takes its platform id's lock before its invoice's row
(save_accepted, then save), and the send journal the reverse; no other transaction can reach that invoice through
that platform id before the SENT commits, since the submission carrying it is what that commit writes.
"""

from __future__ import annotations

from collections.abc import Sequence

from adapters.postgres.connection import Connection
from adapters.postgres.transmissions import PLATFORM_ID_LOCK

# Rule 3: ours, found by the platform id of their accepted submission. FOR NO KEY UPDATE is what an UPDATE of the
# row takes: the foreign-key checks of other transactions' status and event rows are not blocked by it.
_OUR_INVOICES = """
SELECT i.id FROM invoices i
 WHERE i.id IN (SELECT invoice_id FROM submissions WHERE platform_id = any($1::text[]))
 ORDER BY i.id FOR NO KEY UPDATE OF i
"""
# Rule 3: then those we received on that platform, FOR UPDATE as `PgReception.received_of` reads them.
_RECEIVED_INVOICES = """
SELECT id FROM received_invoices WHERE platform = $1 AND platform_invoice_id = any($2::text[])
 ORDER BY id FOR UPDATE
"""
# Rule 4.
_PLATFORM_IDS = f"""
SELECT count(pg_advisory_xact_lock({PLATFORM_ID_LOCK}, hashtext(p)))
  FROM (SELECT DISTINCT unnest($1::text[]) COLLATE "C" AS p ORDER BY p) AS ids
"""


async def lock_named_invoices(conn: Connection, platform: str, platform_ids: Sequence[str]) -> None:
    """Rules 3 and 4 for the invoices that `platform_ids` name, ours (any platform) and those received on
    `platform`, in the caller's transaction and before any company lock: three statements, each lock taken in the
    statement's own order (a statement's row locks in its ORDER BY)."""
    ids = sorted({p for p in platform_ids if p})
    if not ids:
        return
    await conn.execute(_OUR_INVOICES, ids)
    await conn.execute(_RECEIVED_INVOICES, platform, ids)
    await conn.execute(_PLATFORM_IDS, ids)
