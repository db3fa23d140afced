-- migration: 2
-- Transmission pipeline: rendered documents and their validation reports, the submission recorded BEFORE every
-- upload (sha256 + number: what reconciliation searches for), platform statuses, statuses that arrive before
-- their submission is committed, and the directory cache of the reachability preflight.

-- Dispatchers look for expired leases of pending rows.
CREATE INDEX outbox_leased ON outbox (lease_until) WHERE done_at IS NULL AND lease_until IS NOT NULL;

CREATE TABLE documents (
    invoice_id  uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    format      text        NOT NULL,  -- XP Z12-013 flowSyntax: CII, UBL, Factur-X
    profile     text        NOT NULL,
    media_type  text        NOT NULL,
    filename    text        NOT NULL,
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes       bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (invoice_id, format)
);

CREATE TABLE validation_reports (
    invoice_id  uuid        PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,
    valid       boolean     NOT NULL,
    complete    boolean     NOT NULL,
    report      jsonb       NOT NULL,  -- findings and the reasons a layer could not run
    artifacts   jsonb       NOT NULL,  -- [[name, version], ...] of the artifacts that produced it
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE submissions (
    invoice_id         uuid        PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,
    company_siren      text        NOT NULL,
    platform           text        NOT NULL,
    sha256             text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    invoice_number     text        NOT NULL,
    attempt_started_at timestamptz NOT NULL,
    outcome            text        NOT NULL,  -- PENDING, ACCEPTED, UNAVAILABLE, REJECTED, UNKNOWN
    platform_id        text        NOT NULL DEFAULT '',
    reconciled_at      timestamptz,
    uploads            integer     NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    -- The platform takes no idempotency key: the same bytes are one submission per company.
    CONSTRAINT submissions_document_unique UNIQUE (company_siren, sha256)
);
CREATE UNIQUE INDEX submissions_platform_id ON submissions (platform, platform_id) WHERE platform_id <> '';

CREATE TABLE status_history (
    id          bigserial   PRIMARY KEY,
    invoice_id  text        NOT NULL,  -- an outbound invoice, or a received one for the statuses we send
    code        text        NOT NULL,  -- CDAR code, or the raw code when unknown
    raw_code    text        NOT NULL,
    label       text        NOT NULL DEFAULT '',
    source      text        NOT NULL,  -- platform, webhook, poll, sandbox, sent
    at          timestamptz NOT NULL,
    reason      text        NOT NULL DEFAULT '',
    amount      numeric(19, 2),
    findings    jsonb       NOT NULL DEFAULT '[]',
    status_id   text        NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL DEFAULT now()
);
-- A redelivered status changes nothing: by the platform's status id, else by code, raw code and time.
CREATE UNIQUE INDEX status_history_status_id ON status_history (invoice_id, status_id) WHERE status_id <> '';
CREATE UNIQUE INDEX status_history_natural ON status_history (invoice_id, code, raw_code, at) WHERE status_id = '';

CREATE TABLE parked_statuses (
    id          bigserial   PRIMARY KEY,
    platform_id text        NOT NULL,
    status      jsonb       NOT NULL,
    source      text        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX parked_statuses_platform_id ON parked_statuses (platform_id);

CREATE TABLE directory_cache (
    identifier  text        PRIMARY KEY,
    entry       jsonb       NOT NULL,
    expires_at  timestamptz NOT NULL
);
