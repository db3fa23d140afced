"""THE lock order of the gateway's transactions. A transaction that takes several of these locks takes them in this
order, so two transactions never wait for each other in a circle (PostgreSQL would roll one back: a deadlock).

1. The open outbox rows of an invoice that CancelInvoice locks first (`hold_open_rows`).
2. Platform ids (advisory 7002, adapters.postgres.transmissions), in code-point order: a status looks its invoice
   up under its platform id's lock (`invoice_of_platform_id`), SENT's commit writes the submission under it.
3. An invoice's payments and credit (advisory 7003, adapters.postgres.payment_repository `held`), keyed by its
   company, seller and number: a payment takes it before it reads the books; a write that brings a credit note
   or a corrective invoice to its buyer (SENT, or NOT_TRANSMITTED at its insert) takes the one of the invoice it
   names (`credit_locks_cte`, `lock_credited`) before the company locks, so the payment's check and the credit (or
   the replacement, PAY-REPLACED) never cross.
3b. A company's declarations (advisory 7005, adapters.postgres.reporting_repository `hold_declarations`): a
   declaration's submission holds them alone, first of all; what records an e-reporting row or looks for the
   declarations one lands in (the Record* batches, a void, a payment's payment data, a purchase from abroad being
   received, before its identity's lock 4b; a B2C or international sale being submitted, once its row is inserted
   and a credit note's lock 3 taken, before its events take its company's lock at the commit) holds them shared,
   before its series locks (`lock_series`, the refunds' too) and its company.
4. Invoice rows: ours (`invoices`), then those we received (`received_invoices`), each kind in id order. A row is
   locked by the UPDATE that changes it, or earlier by a locking read (`lock_named_invoices`) when the transaction
   will take a company lock (5) before it changes its last invoice. A foreign key's KEY SHARE lock (a status, an
   event or an outbox row written for an invoice) conflicts with none of these but the send journal's FOR UPDATE.
   Declaration rows likewise (id order), before their company: a refusal's audit entry takes it.
4b. The identity of an invoice being received (advisory 7004, adapters.postgres.reception_repository `first_copy`):
   one per invoice delivery, before its row and its company, so a copy delivered at the same time waits and sees it.
5. Companies (advisory 7001: a company's invoice events, received-invoice events and audit chain share it), in
   code-point order, held until the COMMIT: taken by `company_locks_cte` and `audit_log_append` (migrations
   0260, 0300: `PgAuditLog.append_all`, and every statement that writes invoice or received-invoice events, whose
   entries it appends once their `company_locks` are held: adapters.postgres.audit_log `audit_cte`).

Nothing of 1-4 may be taken once a company lock is held, and a lock held until the COMMIT stays held across the
savepoints of a joining unit of work. The one transaction that changes several existing invoices one after the
other is a reception delivery (service.workers.reception.processing: statuses of several invoices, each applied
with its events and audit entries, so under its company's lock): before it applies the first, it takes the platform
ids' locks, then the rows of every invoice they name (`lock_named_invoices`); a delivery of acknowledgements of
several declarations locks their rows first. A payment (held payments, the row,
the company), a platform status (its platform id, the row, the company) and a cancel (outbox rows, held payments,
the row, the company) each change one invoice.

Known exceptions, harmless:
- a received credit note (its first copy) locks the rows of the received invoices it names (rule 4) once its
  identity's lock (4b) is held, as a payment sent on one locks it: no transaction holding a received invoice's row
  waits for an identity lock (a delivery either receives one document or applies statuses);
- a relay step completes its own leased outbox row last (SendStatusStep, after the invoice and its company), which
  only CancelInvoice waits for, and a cancel gives up (IllegalTransition) before rule 3 on an invoice that has
  statuses to send, since it is deposited.
"""

from __future__ import annotations

from collections.abc import Sequence

from adapters.postgres.connection import Connection
from adapters.postgres.transmissions import PLATFORM_ID_LOCK

# Rule 2.
_PLATFORM_IDS = f"""
SELECT count(pg_advisory_xact_lock({PLATFORM_ID_LOCK}, hashtext(p)))
  FROM (SELECT DISTINCT unnest($1::text[]) COLLATE "C" AS p ORDER BY p) AS ids
"""
# Rule 4: ours, found by the platform id of their accepted submission. FOR NO KEY UPDATE is what an UPDATE of the
# row takes: the foreign-key checks of other transactions' status and event rows are not blocked by it.
_OUR_INVOICES = """
SELECT i.id FROM invoices i
 WHERE i.id IN (SELECT invoice_id FROM submissions WHERE platform_id = any($1::text[]))
 ORDER BY i.id FOR NO KEY UPDATE OF i
"""
# Rule 4: then those we received on that platform, FOR UPDATE as `PgReception.received_of` reads them.
_RECEIVED_INVOICES = """
SELECT id FROM received_invoices WHERE platform = $1 AND platform_invoice_id = any($2::text[])
 ORDER BY id FOR UPDATE
"""


async def lock_named_invoices(conn: Connection, platform: str, platform_ids: Sequence[str]) -> None:
    """Rules 2 and 4 for `platform_ids` and the invoices they name, ours (any platform) and those received on
    `platform`, in the caller's transaction and before any company lock. Three statements: each takes its locks in
    its own order (a statement's row locks in its ORDER BY), and the rows are read by a snapshot taken once the
    platform ids' locks are held, so a SENT committed while we waited for one is seen and its row locked."""
    ids = sorted({p for p in platform_ids if p})
    if not ids:
        return
    await conn.execute(_PLATFORM_IDS, ids)
    await conn.execute(_OUR_INVOICES, ids)
    await conn.execute(_RECEIVED_INVOICES, platform, ids)
