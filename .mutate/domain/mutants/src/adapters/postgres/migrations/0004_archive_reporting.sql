-- migration: 4
-- Legal archive (content-addressed originals kept 10 years), the hash-chained audit log, and e-reporting
-- (B2C transactions, payments, declarations with every version). The database itself refuses to rewrite
-- what it keeps: triggers, not application code, guard the archive and the audit log.

CREATE TABLE archive_items (
    company_siren   text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    sha256          text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),  -- of `content`, as archived
    kind            text        NOT NULL CHECK (kind IN ('emitted_invoice', 'received_invoice', 'rendered_pdf',
                                                         'rendered_xml', 'platform_proof', 'status_message',
                                                         'declaration')),
    media_type      text        NOT NULL,
    filename        text        NOT NULL DEFAULT '',
    content         bytea       NOT NULL,  -- the original, byte for byte
    size            bigint      NOT NULL CHECK (size >= 0),
    invoice_id      text,
    declaration_id  uuid,
    document_date   date        NOT NULL,
    retention_until date        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_siren, sha256),
    CHECK (retention_until > document_date)
);
CREATE INDEX archive_items_by_date ON archive_items (company_siren, document_date, sha256);
CREATE INDEX archive_items_by_invoice ON archive_items (company_siren, invoice_id) WHERE invoice_id IS NOT NULL;

-- Archived bytes never change. The only update allowed extends the retention (a legal hold); a row may be
-- deleted once its retention date has passed. TRUNCATE is refused outright.
CREATE FUNCTION archive_items_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.company_siren, NEW.sha256, NEW.kind, NEW.media_type, NEW.filename, NEW.content, NEW.size,
            NEW.invoice_id, NEW.declaration_id, NEW.document_date, NEW.created_at)
           IS NOT DISTINCT FROM
           (OLD.company_siren, OLD.sha256, OLD.kind, OLD.media_type, OLD.filename, OLD.content, OLD.size,
            OLD.invoice_id, OLD.declaration_id, OLD.document_date, OLD.created_at)
           AND NEW.retention_until >= OLD.retention_until THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'ARCHIVE-IMMUTABLE: archived document %/% cannot be modified (only its retention may be extended)',
            OLD.company_siren, OLD.sha256 USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.retention_until > current_date THEN
        RAISE EXCEPTION 'ARCHIVE-RETAINED: archived document %/% is kept until %: it cannot be deleted before',
            OLD.company_siren, OLD.sha256, OLD.retention_until USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER archive_items_guard BEFORE UPDATE OR DELETE ON archive_items
    FOR EACH ROW EXECUTE FUNCTION archive_items_guard();

CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ARCHIVE-IMMUTABLE: % cannot be truncated', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER archive_items_no_truncate BEFORE TRUNCATE ON archive_items
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- One chain per company: entry_hash = sha256(prev_hash || canonical JSON of the entry) (domain.archive).
-- Appenders serialise on a per-company advisory lock; the primary key and the link check below make a fork
-- impossible even for a writer that skipped the lock.
CREATE TABLE audit_log (
    company_siren text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    seq           bigint      NOT NULL CHECK (seq >= 1),
    at            timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    subject_type  text        NOT NULL,
    subject_id    text        NOT NULL,
    details       jsonb       NOT NULL DEFAULT '{}',
    prev_hash     text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    entry_hash    text        NOT NULL CHECK (entry_hash ~ '^[0-9a-f]{64}$'),
    PRIMARY KEY (company_siren, seq)
);
CREATE INDEX audit_log_subject ON audit_log (company_siren, subject_type, subject_id);

CREATE FUNCTION audit_log_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head text;
BEGIN
    IF NEW.seq = 1 THEN
        head := repeat('0', 64);
    ELSE
        SELECT entry_hash INTO head FROM audit_log WHERE company_siren = NEW.company_siren AND seq = NEW.seq - 1;
    END IF;
    IF head IS NULL OR head <> NEW.prev_hash THEN
        RAISE EXCEPTION 'AUDIT-FORK: entry %/% does not follow the head of its chain', NEW.company_siren, NEW.seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_link BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_link();

CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AUDIT-APPEND-ONLY: audit entry %/% cannot be %d', OLD.company_siren, OLD.seq, lower(TG_OP)
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- B2C sales as recorded by the till or billing system; the key is the caller's idempotency key.
CREATE TABLE b2c_transactions (
    company_siren     text          NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    key               text          NOT NULL CHECK (key <> ''),
    day               date          NOT NULL,
    content           jsonb         NOT NULL,  -- the whole B2cTransaction (domain.serialization)
    taxable_amount    numeric       NOT NULL,  -- in EUR when convertible, copied from the content for queries
    vat_amount        numeric       NOT NULL,
    recorded_at       timestamptz   NOT NULL,
    PRIMARY KEY (company_siren, key)
);
CREATE INDEX b2c_transactions_by_day ON b2c_transactions (company_siren, day);

-- Payments received on which VAT falls due on receipt (flux 10.2 / 10.4).
CREATE TABLE reporting_payments (
    company_siren text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    key           text        NOT NULL CHECK (key <> ''),
    day           date        NOT NULL,
    content       jsonb       NOT NULL,  -- the whole PaymentEvent
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (company_siren, key)
);
CREATE INDEX reporting_payments_by_day ON reporting_payments (company_siren, day);

-- One row per version of a declaration; versions are never deleted. A rectification (RE) names the version it
-- supersedes.
CREATE TABLE declarations (
    id               uuid        PRIMARY KEY,
    company_siren    text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    regime           text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('TRANSACTIONS', 'PAYMENTS')),
    period_start     date        NOT NULL,
    period_end       date        NOT NULL,
    deadline         date        NOT NULL,
    version          integer     NOT NULL CHECK (version >= 1),
    report_type      text        NOT NULL CHECK (report_type IN ('IN', 'RE')),
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
    content          jsonb       NOT NULL,
    totals           jsonb       NOT NULL,
    findings         jsonb       NOT NULL DEFAULT '[]',
    supersedes       uuid        REFERENCES declarations (id),
    submitted_on     date,
    submitted_at     timestamptz,
    platform_ref     text        NOT NULL DEFAULT '',
    rejection_reason text        NOT NULL DEFAULT '',
    archive_sha256   text        NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT declarations_version_unique UNIQUE (company_siren, kind, period_start, version),
    CHECK (report_type = 'IN' OR supersedes IS NOT NULL),
    CHECK (period_end >= period_start)
);
CREATE INDEX declarations_listing ON declarations (company_siren, period_start DESC, kind, version DESC);

CREATE FUNCTION declarations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'DECLARATION-KEPT: declaration % version % is kept (never deleted)', OLD.id, OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.status <> 'DRAFT' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.totals IS DISTINCT FROM OLD.totals) THEN
        RAISE EXCEPTION 'DECLARATION-LOCKED: declaration % version % was sent: its content never changes', OLD.id, OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER declarations_guard BEFORE UPDATE OR DELETE ON declarations
    FOR EACH ROW EXECUTE FUNCTION declarations_guard();
