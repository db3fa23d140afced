"""Hand-written mutations of the guards a Python mutation tool cannot reach: SQL (trigger bodies in migrations,
claim, tenancy and idempotency clauses in the adapters' query strings) and module-level tables.

Each mutation replaces one exact text by another in one file of `src/` (found by its content when the file has
moved) and names the tests that must fail. They are the realistic slips of each guard: a column left out of a
comparison, a clause dropped, a comparison turned. `equivalent` holds the reason when a mutant cannot change
behaviour (reported, not counted as a survivor).
"""

from __future__ import annotations

from dataclasses import dataclass

ARCHIVE_MIGRATION = "src/adapters/postgres/migrations/0004_archive_reporting.sql"
AUDIT_LINK_MIGRATION = (
    "src/adapters/postgres/migrations/0230_audit_link_reads_the_previous_entry_by_its_key.sql"
)
OUTBOX_SOURCE = "src/adapters/postgres/outbox_source.py"
INBOX = "src/adapters/postgres/inbox.py"

PG = "tests/integration/adapters/postgres/"
ARCHIVE_TESTS = (PG + "test_archive_store.py", PG + "test_archive_guard.py")
CLAIM_TESTS = (PG + "test_claims.py", PG + "test_outbox_kinds.py", PG + "test_transmission_leases.py")
RELAY_CONTRACT = ("tests/contract/test_relay.py",)
REPORTING_TESTS = (PG + "test_declaration_guard.py", "tests/integration/service/usecases/test_reporting.py")
CONTRACT_INVOICES = ("tests/contract/test_invoice_repository.py",)
VAT_TESTS = ("tests/unit/domain/rules/test_vat.py", "tests/unit/domain/rules/test_br_fr.py")
INVOICE_REPOSITORY = "src/adapters/postgres/invoice_repository.py"
RECEPTION_REPOSITORY = "src/adapters/postgres/reception_repository.py"
REPORTING_REPOSITORY = "src/adapters/postgres/reporting_repository.py"
VOIDS_MIGRATION = "src/adapters/postgres/migrations/0370_voided_records.sql"
NUMBERS_MIGRATION = "src/adapters/postgres/migrations/0400_invoice_numbers_per_issuing_company.sql"
CREDIT_NOTES_INDEX = "src/adapters/postgres/migrations/0500_credit_notes_by_every_invoice_they_name.sql"
VOID_TESTS = ("tests/contract/test_record_voids.py", PG + "test_reporting_repository.py")
RECEPTION_TESTS = (
    "tests/contract/test_reception_unit_of_work.py",
    "tests/integration/service/workers/reception/test_reception_grpc.py",
)


@dataclass(frozen=True, slots=True)
class SourceMutation:
    id: str
    guard: str  # which guard it weakens: the report groups by it
    path: str  # where the text is on main today; searched for under src/ when the file has moved
    old: str
    new: str
    tests: tuple[str, ...]
    equivalent: str = ""  # why it cannot change behaviour, when it cannot


def _archive_column(column: str) -> SourceMutation:
    """The archive guard compares NEW with OLD for `column`: comparing OLD with itself lets it change."""
    old = "IF (NEW.company_siren," if column == "company_siren" else f"NEW.{column},"
    return SourceMutation(
        f"archive-guard-ignores-{column}",
        "archive triggers",
        ARCHIVE_MIGRATION,
        old,
        old.replace("NEW.", "OLD."),
        ARCHIVE_TESTS,
    )


_ARCHIVE_COLUMNS = (
    "company_siren",
    "sha256",
    "kind",
    "media_type",
    "filename",
    "content",
    "size",
    "invoice_id",
    "declaration_id",
    "document_date",
)

MUTATIONS: tuple[SourceMutation, ...] = (
    # --- archive, audit log and declarations: triggers in migration 0004
    *(_archive_column(c) for c in _ARCHIVE_COLUMNS),
    SourceMutation(
        "archive-guard-ignores-created_at",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "NEW.document_date, NEW.created_at)",
        "NEW.document_date, OLD.created_at)",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "archive-retention-may-shrink",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "AND NEW.retention_until >= OLD.retention_until THEN",
        "THEN",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "archive-retention-must-grow",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "AND NEW.retention_until >= OLD.retention_until THEN",
        "AND NEW.retention_until > OLD.retention_until THEN",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "archive-delete-on-retention-day-refused",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "IF OLD.retention_until > current_date THEN",
        "IF OLD.retention_until >= current_date THEN",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "archive-delete-before-retention-allowed",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "IF OLD.retention_until > current_date THEN",
        "IF OLD.retention_until > current_date + 36600 THEN",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "archive-truncate-guard-after",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER archive_items_no_truncate BEFORE TRUNCATE ON archive_items",
        "CREATE TRIGGER archive_items_no_truncate AFTER TRUNCATE ON archive_items",
        ARCHIVE_TESTS,
        equivalent="an AFTER TRUNCATE trigger that raises aborts the statement's transaction: the rows stay",
    ),
    SourceMutation(
        "archive-truncate-allowed",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER archive_items_no_truncate BEFORE TRUNCATE ON archive_items",
        "CREATE TRIGGER archive_items_no_truncate BEFORE TRUNCATE ON audit_log",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "archive-guard-on-delete-only",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER archive_items_guard BEFORE UPDATE OR DELETE ON archive_items",
        "CREATE TRIGGER archive_items_guard BEFORE DELETE ON archive_items",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "archive-guard-on-update-only",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER archive_items_guard BEFORE UPDATE OR DELETE ON archive_items",
        "CREATE TRIGGER archive_items_guard BEFORE UPDATE ON archive_items",
        ARCHIVE_TESTS,
    ),
    # The link check's live definition is 0230's (it replaced 0004's function): mutating 0004's text changed nothing
    # a test could see, and those three mutants survived without anyone being warned.
    SourceMutation(
        "audit-link-accepts-any-prev-hash",
        "archive triggers",
        AUDIT_LINK_MIGRATION,
        "IF head IS NULL OR head_seq <> NEW.seq - 1 OR head <> NEW.prev_hash THEN",
        "IF head IS NULL OR head_seq <> NEW.seq - 1 THEN",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "audit-link-accepts-a-missing-head",
        "archive triggers",
        AUDIT_LINK_MIGRATION,
        "IF head IS NULL OR head_seq <> NEW.seq - 1 OR head <> NEW.prev_hash THEN",
        "IF head_seq <> NEW.seq - 1 OR head <> NEW.prev_hash THEN",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "audit-link-accepts-a-gap",
        "archive triggers",
        AUDIT_LINK_MIGRATION,
        "IF head IS NULL OR head_seq <> NEW.seq - 1 OR head <> NEW.prev_hash THEN",
        "IF head IS NULL OR head <> NEW.prev_hash THEN",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "audit-first-entry-any-prev-hash",
        "archive triggers",
        AUDIT_LINK_MIGRATION,
        "head := repeat('0', 64);",
        "head := NEW.prev_hash;",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "audit-guard-allows-update",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log",
        "CREATE TRIGGER audit_log_guard BEFORE DELETE ON audit_log",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "audit-guard-allows-delete",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log",
        "CREATE TRIGGER audit_log_guard BEFORE UPDATE ON audit_log",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "audit-truncate-guard-after",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log",
        "CREATE TRIGGER audit_log_no_truncate AFTER TRUNCATE ON audit_log",
        ARCHIVE_TESTS,
        equivalent="an AFTER TRUNCATE trigger that raises aborts the statement's transaction: the rows stay",
    ),
    SourceMutation(
        "audit-truncate-allowed",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log",
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON archive_items",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "declaration-delete-allowed",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "    IF TG_OP = 'DELETE' THEN\n        RAISE EXCEPTION 'DECLARATION-KEPT",
        "    IF false THEN\n        RAISE EXCEPTION 'DECLARATION-KEPT",
        REPORTING_TESTS,
    ),
    SourceMutation(
        "declaration-sent-content-may-change",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "(NEW.content IS DISTINCT FROM OLD.content OR NEW.totals",
        "(false OR NEW.totals",
        REPORTING_TESTS,
    ),
    SourceMutation(
        "declaration-sent-totals-may-change",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "OR NEW.totals IS DISTINCT FROM OLD.totals) THEN",
        "OR false) THEN",
        REPORTING_TESTS,
    ),
    SourceMutation(
        "declaration-draft-locked-instead-of-sent",
        "archive triggers",
        ARCHIVE_MIGRATION,
        "IF OLD.status <> 'DRAFT' AND",
        "IF OLD.status = 'DRAFT' AND",
        REPORTING_TESTS,
    ),
    # --- outbox claim (dispatcher)
    SourceMutation(
        "outbox-claim-waits-for-locked-rows",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "             FOR UPDATE SKIP LOCKED) due",
        "             FOR UPDATE) due",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "outbox-claim-takes-leased-rows",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "               AND (lease_until IS NULL OR lease_until <= now())\n             ORDER BY next_attempt_at, id\n             LIMIT $2",
        "               AND (lease_until IS NULL OR lease_until <= now() OR true)\n             ORDER BY next_attempt_at, id\n             LIMIT $2",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "outbox-claim-takes-done-rows",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "WHERE done_at IS NULL AND next_attempt_at <= now()\n               AND ($4::text[]",
        "WHERE (done_at IS NULL OR true) AND next_attempt_at <= now()\n               AND ($4::text[]",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "outbox-claim-takes-future-rows",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "WHERE done_at IS NULL AND next_attempt_at <= now()\n               AND ($4::text[]",
        "WHERE done_at IS NULL AND (next_attempt_at <= now() OR true)\n               AND ($4::text[]",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "outbox-claim-takes-other-kinds",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "AND ($4::text[] IS NULL OR kind = ANY($4::text[]))",
        "AND ($4::text[] IS NULL OR kind = ANY($4::text[]) OR true)",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "outbox-claim-ignores-the-limit",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "             LIMIT $2\n             FOR UPDATE SKIP LOCKED) due",
        "             LIMIT $2 + 1000\n             FOR UPDATE SKIP LOCKED) due",
        CLAIM_TESTS,
    ),
    # The declaration outbox is the outbox's own claim since main's 03a96c8 (PgDeclarationOutbox is a
    # PgOutboxSource restricted by kind and company): the clauses above cover it; the company clause is its own.
    SourceMutation(
        "outbox-claim-takes-other-companies",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "AND (cardinality($5::text[]) = 0 OR company_siren = ANY($5::text[]))",
        "AND (cardinality($5::text[]) >= 0 OR company_siren = ANY($5::text[]))",
        CLAIM_TESTS,
    ),
    # --- inbox claim (webhook worker)
    SourceMutation(
        "inbox-claim-waits-for-locked-rows",
        "outbox and inbox claims",
        INBOX,
        "LIMIT $3 FOR UPDATE SKIP LOCKED)",
        "LIMIT $3 FOR UPDATE)",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "inbox-claim-takes-leased-rows",
        "outbox and inbox claims",
        INBOX,
        "AND (lease_until IS NULL OR lease_until < now())",
        "AND (lease_until IS NULL OR lease_until < now() OR true)",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "inbox-claim-takes-finished-rows",
        "outbox and inbox claims",
        INBOX,
        "WHERE state = 'PENDING' AND next_attempt_at <= now()",
        "WHERE state <> 'DONE' AND next_attempt_at <= now()",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "inbox-claim-takes-future-rows",
        "outbox and inbox claims",
        INBOX,
        "WHERE state = 'PENDING' AND next_attempt_at <= now()",
        "WHERE state = 'PENDING' AND (next_attempt_at <= now() OR true)",
        CLAIM_TESTS,
    ),
    SourceMutation(
        "inbox-claim-counts-no-attempt",
        "outbox and inbox claims",
        INBOX,
        "attempts = attempts + 1\n",
        "attempts = attempts\n",
        CLAIM_TESTS,
    ),
    # The relay's give-back (release): an outage costs no attempt, on every queue (the relay's contract).
    SourceMutation(
        "outbox-release-counts-an-outage",
        "outbox and inbox claims",
        OUTBOX_SOURCE,
        "attempts = attempts + $5,",
        "attempts = attempts + 1,",
        RELAY_CONTRACT,
    ),
    SourceMutation(
        "inbox-release-counts-an-outage",
        "outbox and inbox claims",
        INBOX,
        "attempts = attempts - $5,",
        "attempts = attempts,",
        RELAY_CONTRACT,
    ),
    SourceMutation(
        "inbox-finish-without-the-lease",
        "outbox and inbox claims",
        INBOX,
        "lease_until = NULL, outage = NULL\n                WHERE id = $1 AND lease_owner = $2",
        "lease_until = NULL, outage = NULL\n                WHERE id = $1 AND (lease_owner = $2 OR true)",
        CLAIM_TESTS,
    ),
    # --- tenancy: every read of a company's data names the company
    SourceMutation(
        "tenancy-invoice-get",
        "tenancy filters",
        INVOICE_REPOSITORY,
        'FROM invoices WHERE id = $1 AND company_siren = $2"',
        'FROM invoices WHERE id = $1 AND (company_siren = $2 OR true)"',
        CONTRACT_INVOICES,
    ),
    SourceMutation(
        "tenancy-invoice-stored-size",
        "tenancy filters",
        INVOICE_REPOSITORY,
        'FROM invoices WHERE company_siren = $2 AND id = $1"',
        'FROM invoices WHERE (company_siren = $2 OR true) AND id = $1"',
        CONTRACT_INVOICES,
    ),
    SourceMutation(
        "tenancy-invoice-by-request",
        "tenancy filters",
        INVOICE_REPOSITORY,
        "FROM invoices WHERE company_siren = $1 AND request_id = $2",
        "FROM invoices WHERE (company_siren = $1 OR true) AND request_id = $2",
        CONTRACT_INVOICES,
    ),
    SourceMutation(
        "tenancy-archive-get",
        "tenancy filters",
        "src/adapters/postgres/archive_store.py",
        "content FROM archive_items WHERE company_siren = $1 AND sha256 = $2",
        "content FROM archive_items WHERE (company_siren = $1 OR true) AND sha256 = $2",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "tenancy-received-stored-size",
        "tenancy filters",
        RECEPTION_REPOSITORY,
        'FROM received_invoices WHERE company_siren = $2 AND id = $1"',
        'FROM received_invoices WHERE (company_siren = $2 OR true) AND id = $1"',
        (PG + "test_reception_repository.py",),
    ),
    SourceMutation(
        "tenancy-archive-stored-size",
        "tenancy filters",
        "src/adapters/postgres/archive_store.py",
        "FROM archive_items WHERE sha256 = $2 AND company_siren = $1",
        "FROM archive_items WHERE sha256 = $2 AND (company_siren = $1 OR true)",
        ARCHIVE_TESTS,
    ),
    SourceMutation(
        "tenancy-api-key-revoke",
        "tenancy filters",
        "src/adapters/postgres/api_key_repository.py",
        "WHERE id = $1 AND company_siren = $2 AND revoked_at IS NULL",
        "WHERE id = $1 AND (company_siren = $2 OR true) AND revoked_at IS NULL",
        ("tests/contract/test_api_key_repository.py",),
    ),
    SourceMutation(
        "tenancy-api-key-list",
        "tenancy filters",
        "src/adapters/postgres/api_key_repository.py",
        "FROM api_keys WHERE company_siren = $1 ORDER BY created_at, id",
        "FROM api_keys WHERE (company_siren = $1 OR true) ORDER BY created_at, id",
        ("tests/contract/test_api_key_repository.py",),
    ),
    SourceMutation(
        "tenancy-event-feed",
        "tenancy filters",
        "src/adapters/postgres/event_feed.py",
        "FROM invoice_events WHERE company_siren = $1 AND id > $2",
        "FROM invoice_events WHERE (company_siren = $1 OR true) AND id > $2",
        (PG + "test_event_feed.py",),
    ),
    SourceMutation(
        "tenancy-declaration-get",
        "tenancy filters",
        "src/adapters/postgres/reporting_repository.py",
        'FROM declarations WHERE id = $1 AND company_siren = $2"',
        'FROM declarations WHERE id = $1 AND (company_siren = $2 OR true)"',
        REPORTING_TESTS,
    ),
    # the received invoices: one read (whole, or row-locked to change it) and the listing
    SourceMutation(
        "tenancy-received-invoice-read",
        "tenancy filters",
        RECEPTION_REPOSITORY,
        "FROM received_invoices WHERE id = $1 AND company_siren = $2{lock}",
        "FROM received_invoices WHERE id = $1 AND (company_siren = $2 OR true){lock}",
        RECEPTION_TESTS,
    ),
    SourceMutation(
        "tenancy-received-invoice-list",
        "tenancy filters",
        RECEPTION_REPOSITORY,
        'conditions = ["company_siren = $1"]',
        'conditions = ["(company_siren = $1 OR true)"]',
        RECEPTION_TESTS,
    ),
    # the crediting of received invoices (migration 0390): a company's own received invoices of one seller
    SourceMutation(
        "tenancy-received-crediting",
        "tenancy filters",
        RECEPTION_REPOSITORY,
        "WHERE company_siren = $1 AND seller_siren = asked.seller AND {which}",
        "WHERE (company_siren = $1 OR true) AND seller_siren = asked.seller AND {which}",
        (PG + "test_received_credit_notes.py",),
    ),
    SourceMutation(
        "received-credit-notes-index-misses-a-code",
        "tenancy filters",
        CREDIT_NOTES_INDEX,
        "seller_siren, content))\n    WHERE type_code IN ('261', '262', '381', '396', '502', '503');",
        "seller_siren, content))\n    WHERE type_code IN ('261', '262', '396', '502', '503');",
        (PG + "test_received_credit_notes.py",),
    ),
    # a void moves one company's row (migration 0370), and a replay finds that company's void; what it kept stays
    SourceMutation(
        "void-kept-allows-delete",
        "archive triggers",
        VOIDS_MIGRATION,
        "BEFORE UPDATE OR DELETE ON voided_records",
        "BEFORE UPDATE ON voided_records",
        (PG + "test_reporting_repository.py",),
    ),
    SourceMutation(
        "tenancy-void-record",
        "tenancy filters",
        REPORTING_REPOSITORY,
        "DELETE FROM {table} WHERE company_siren = $1 AND key = $2",
        "DELETE FROM {table} WHERE (company_siren = $1 OR true) AND key = $2",
        VOID_TESTS,
    ),
    SourceMutation(
        "tenancy-voided-record",
        "tenancy filters",
        REPORTING_REPOSITORY,
        "WHERE company_siren = $1 AND kind = $2 AND key = $3\n",
        "WHERE (company_siren = $1 OR true) AND kind = $2 AND key = $3\n",
        VOID_TESTS,
    ),
    # an invoice number is unique within the issuing company's series (migration 0400)
    SourceMutation(
        "tenancy-invoice-number-unique-per-seller-alone",
        "tenancy filters",
        NUMBERS_MIGRATION,
        "ON invoices (seller_siren, number, company_siren) WHERE",
        "ON invoices (seller_siren, number) WHERE",
        ("tests/e2e/test_tenancy.py::test_another_company_cannot_take_or_probe_a_sellers_invoice_numbers",),
    ),
    SourceMutation(
        "invoice-number-unique-per-company-alone",
        "idempotency checks",
        NUMBERS_MIGRATION,
        "ON invoices (seller_siren, number, company_siren) WHERE",
        "ON invoices (seller_siren, company_siren) WHERE",
        (*CONTRACT_INVOICES, PG + "test_submit_invoice.py"),
    ),
    # --- idempotency: a replay changes nothing
    # (0370's key per company, kind, key and reason: dropped by 0430, each void a row of its own)
    SourceMutation(
        "void-again-under-0370-s-key",
        "idempotency checks",
        "src/adapters/postgres/migrations/0430_voided_records_again_under_a_key.sql",
        "ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;",
        "ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY, ADD PRIMARY KEY (company_siren, kind, key, reason);",
        VOID_TESTS,
    ),
    SourceMutation(
        "idempotency-request-id-unique",
        "idempotency checks",
        "src/adapters/postgres/migrations/0001_core.sql",
        "CONSTRAINT invoices_request_unique UNIQUE (company_siren, request_id),",
        "",
        (*CONTRACT_INVOICES, PG + "test_submit_invoice.py"),
    ),
    SourceMutation(
        "idempotency-inbox-dedup",
        "idempotency checks",
        INBOX,
        "ON CONFLICT (dedup_key) DO NOTHING RETURNING id",
        "ON CONFLICT (dedup_key) DO UPDATE SET note = EXCLUDED.note RETURNING id",
        (PG + "test_claims.py", "tests/integration/adapters/webhook/test_webhook_routes.py"),
    ),
    SourceMutation(
        "idempotency-archive-put",
        "idempotency checks",
        "src/adapters/postgres/archive_store.py",
        "ON CONFLICT (company_siren, sha256) DO NOTHING",
        "ON CONFLICT (company_siren, sha256) DO UPDATE SET retention_until = EXCLUDED.retention_until",
        ARCHIVE_TESTS,
    ),
    # `save` has two UPDATEs, each with its version check: with the invoice's events (one statement) and without
    SourceMutation(
        "optimistic-version-check-with-events",
        "idempotency checks",
        INVOICE_REPOSITORY,
        "          WHERE id = $1 AND company_siren = $2 AND version = $3",
        "          WHERE id = $1 AND company_siren = $2 AND (version = $3 OR true)",
        CONTRACT_INVOICES,
    ),
    SourceMutation(
        "optimistic-version-check-without-events",
        "idempotency checks",
        INVOICE_REPOSITORY,
        '" WHERE id = $1 AND company_siren = $2 AND version = $3",',
        '" WHERE id = $1 AND company_siren = $2 AND (version = $3 OR true)",',
        CONTRACT_INVOICES,
    ),
    # --- the mistakes in Python that mutmut does not make (it changes no rounding mode, no call for another)
    SourceMutation(
        "line-net-half-even-per-unit",
        "line rounding",
        "src/domain/totals.py",
        "gross = (line.quantity * line.net_price).quantize(CENT, ROUND_HALF_UP)",
        'gross = (line.quantity * line.net_price).quantize(CENT, "ROUND_HALF_EVEN")',
        ("tests/unit/domain/test_totals.py",),
    ),
    SourceMutation(
        "line-net-half-even-base-quantity",
        "line rounding",
        "src/domain/totals.py",
        "gross = round_amount(line.quantity * line.net_price / base_quantity)",
        'gross = (line.quantity * line.net_price / base_quantity).quantize(CENT, "ROUND_HALF_EVEN")',
        ("tests/unit/domain/test_totals.py",),
    ),
    SourceMutation(
        "iopole-signature-prefix-accepted",
        "signature verification",
        "src/adapters/pdp/iopole/signing.py",
        "if not _same(expected, signature.strip().lower()):",
        "if not expected.startswith(signature.strip().lower()):",
        ("tests/unit/adapters/webhook/test_signature_forgeries.py",),
    ),
    SourceMutation(
        "afnor-signature-prefix-accepted",
        "signature verification",
        "src/adapters/pdp/afnor/signing.py",
        "return Verdict.VALID if hmac.compare_digest(expected, given) else Verdict.BAD_SIGNATURE",
        "return Verdict.VALID if expected.startswith(given) else Verdict.BAD_SIGNATURE",
        ("tests/unit/adapters/webhook/test_signature_forgeries.py",),
    ),
    SourceMutation(
        "xml-repeated-element-read-once-all-marked",
        "unmapped-element reporting",
        "src/adapters/documents/xml_reader.py",
        "            element = found[0]\n            seen.add(element)",
        "            element = found[0]\n            seen.update(found)",
        ("tests/unit/adapters/documents/test_duplicated_elements.py",),
    ),
    # --- module-level tables of the domain (mutmut mutates functions only)
    SourceMutation(
        "vat-overseas-extra-rate",
        "domain tables",
        "src/domain/rules/vat.py",
        '("8.5", "2.1", "1.75", "1.05")',
        '("8.5", "2.1", "1.75", "1.05", "5.5")',
        VAT_TESTS,
    ),
    SourceMutation(
        "vat-corsica-extra-rate",
        "domain tables",
        "src/domain/rules/vat.py",
        '("0.9", "13")',
        '("0.9", "13", "8.5")',
        VAT_TESTS,
    ),
    SourceMutation(
        "vat-mainland-extra-rate",
        "domain tables",
        "src/domain/rules/vat.py",
        '("20", "10", "5.5", "2.1")',
        '("20", "10", "5.5", "2.1", "13")',
        VAT_TESTS,
    ),
    SourceMutation(
        "br-fr-16-extra-rate",
        "domain tables",
        "src/domain/rules/br_fr.py",
        '9.2 9.20 9.6 9.60"""',
        '9.2 9.20 9.6 9.60 19"""',
        VAT_TESTS,
    ),
)

# The mistakes issue 18 found passing every test, as they read in today's code (one mutation per reading):
# `python -m tools.mutate.scripted --only issue-18-mistakes` checks that each still fails a test of `make test`.
NAMED_SETS: dict[str, tuple[str, ...]] = {
    "issue-18-mistakes": (
        "line-net-half-even-per-unit",
        "line-net-half-even-base-quantity",
        "vat-overseas-extra-rate",
        "iopole-signature-prefix-accepted",
        "afnor-signature-prefix-accepted",
        "outbox-claim-waits-for-locked-rows",
        "archive-guard-ignores-sha256",
        "xml-repeated-element-read-once-all-marked",
    ),
}
