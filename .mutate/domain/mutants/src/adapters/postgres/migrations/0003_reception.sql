-- migration: 3
-- Reception: the webhook/polling inbox, received invoices, platform statuses, known companies, inbound events.

-- Companies we receive for besides those holding an API key (routing of inbound deliveries).
CREATE TABLE companies (
    siren      text        PRIMARY KEY CHECK (siren ~ '^[0-9]{9}$'),
    name       text        NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Every delivery exactly as it arrived (webhook or poll), written BEFORE the 2xx answer.
-- dedup_key: IOPOLE X-Idempotency-Key, AFNOR flowId@updatedAt, polled invoiceId / statusId (namespaced).
CREATE TABLE webhook_inbox (
    id              bigserial   PRIMARY KEY,
    platform        text        NOT NULL,            -- iopole | afnor
    source          text        NOT NULL,            -- webhook | poll
    kind            text        NOT NULL,            -- invoice | status | flow | event | unknown
    dedup_key       text        NOT NULL,
    content_type    text        NOT NULL DEFAULT '',
    headers         jsonb       NOT NULL DEFAULT '{}', -- the non-secret headers we act on
    body            bytea       NOT NULL,
    note            text        NOT NULL DEFAULT '',  -- why the payload looked wrong on arrival, if it did
    state           text        NOT NULL DEFAULT 'PENDING'
                    CHECK (state IN ('PENDING', 'DONE', 'PARKED', 'UNPROCESSABLE')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    lease_owner     text,
    lease_until     timestamptz,
    company_siren   text        NOT NULL DEFAULT '',
    result          text        NOT NULL DEFAULT '',
    last_error      text        NOT NULL DEFAULT '',
    received_at     timestamptz NOT NULL DEFAULT now(),
    processed_at    timestamptz,
    CONSTRAINT webhook_inbox_dedup UNIQUE (dedup_key)
);
CREATE INDEX webhook_inbox_pending ON webhook_inbox (next_attempt_at, id) WHERE state = 'PENDING';
CREATE INDEX webhook_inbox_parked ON webhook_inbox (id) WHERE state IN ('PARKED', 'UNPROCESSABLE');

CREATE FUNCTION notify_webhook_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('webhook_inbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_inbox_notify AFTER INSERT ON webhook_inbox
    FOR EACH STATEMENT EXECUTE FUNCTION notify_webhook_inbox();

CREATE TABLE received_invoices (
    id                   uuid        PRIMARY KEY,
    company_siren        text        NOT NULL,
    platform             text        NOT NULL,
    platform_invoice_id  text        NOT NULL,
    sender_accept_status text        NOT NULL DEFAULT '',
    target_address       text        NOT NULL DEFAULT '',
    number               text        NOT NULL DEFAULT '',
    issue_date           date,
    type_code            text        NOT NULL DEFAULT '',
    currency             text        NOT NULL DEFAULT '',
    seller_siren         text        NOT NULL DEFAULT '',
    seller_name          text        NOT NULL DEFAULT '',
    buyer_siren          text        NOT NULL DEFAULT '',
    tax_exclusive        numeric(19, 2),
    tax_inclusive        numeric(19, 2),
    amount_due           numeric(19, 2),
    syntax               text        NOT NULL DEFAULT '',
    profile              text        NOT NULL DEFAULT '',
    valid                boolean     NOT NULL DEFAULT false,
    report               jsonb       NOT NULL DEFAULT '{}',   -- findings, artifacts, complete, errors
    content              jsonb,                              -- the EN 16931 invoice when the document was readable
    document             bytea       NOT NULL,               -- the original bytes, untouched
    media_type           text        NOT NULL,
    filename             text        NOT NULL DEFAULT '',
    document_sha256      text        NOT NULL,
    lifecycle_code       text        NOT NULL DEFAULT '',
    inbox_id             bigint      REFERENCES webhook_inbox (id),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT received_invoices_platform_unique UNIQUE (platform, platform_invoice_id)
);
CREATE INDEX received_invoices_listing ON received_invoices (company_siren, created_at DESC, id DESC);

-- Statuses reported by the platform, for invoices we issued (invoice_id) and invoices we received
-- (received_invoice_id); kept whole (history), deduplicated on the platform's status id.
CREATE TABLE platform_statuses (
    id                  bigserial   PRIMARY KEY,
    platform            text        NOT NULL,
    status_id           text        NOT NULL,
    platform_invoice_id text        NOT NULL,
    invoice_id          uuid        REFERENCES invoices (id) ON DELETE CASCADE,
    received_invoice_id uuid        REFERENCES received_invoices (id) ON DELETE CASCADE,
    code                text        NOT NULL,
    label               text        NOT NULL DEFAULT '',
    raw_code            text        NOT NULL DEFAULT '',
    reason              text        NOT NULL DEFAULT '',
    findings            jsonb       NOT NULL DEFAULT '[]',
    at                  timestamptz NOT NULL,
    inbox_id            bigint      REFERENCES webhook_inbox (id),
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT platform_statuses_unique UNIQUE (platform, status_id)
);
CREATE INDEX platform_statuses_invoice ON platform_statuses (invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX platform_statuses_received ON platform_statuses (received_invoice_id) WHERE received_invoice_id IS NOT NULL;
CREATE INDEX invoices_platform_id ON invoices (platform_id) WHERE platform_id <> '';

-- Inbound events share the invoice_events id sequence, its per-company advisory lock and its NOTIFY channel, so a
-- watcher's cursor orders outbound and inbound events together (see adapters.postgres.reception_feed).
CREATE TABLE received_invoice_events (
    id                  bigint      PRIMARY KEY DEFAULT nextval('invoice_events_id_seq'),
    received_invoice_id uuid        NOT NULL REFERENCES received_invoices (id) ON DELETE CASCADE,
    company_siren       text        NOT NULL,
    kind                text        NOT NULL,   -- RECEIVED, STATUS, STATUS_QUEUED
    state               text        NOT NULL,
    status_code         text        NOT NULL DEFAULT '',
    detail              text        NOT NULL DEFAULT '',
    findings            jsonb       NOT NULL DEFAULT '[]',
    at                  timestamptz NOT NULL
);
CREATE INDEX received_invoice_events_company ON received_invoice_events (company_siren, id);
CREATE INDEX received_invoice_events_invoice ON received_invoice_events (received_invoice_id, id);
CREATE TRIGGER received_invoice_events_notify AFTER INSERT ON received_invoice_events
    FOR EACH ROW EXECUTE FUNCTION notify_invoice_event();
