-- migration: 1
-- Core tables of the emission pipeline: API keys, outbound invoices with their lines and history, the outbox.
-- Later migrations (0002+) belong to other parts of the gateway; never edit an applied migration.

CREATE TABLE api_keys (
    id            uuid        PRIMARY KEY,
    company_siren text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    name          text        NOT NULL,
    key_hash      text        NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),  -- SHA-256 of the secret
    prefix        text        NOT NULL,  -- first characters of the secret, to recognise a key in listings
    created_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX api_keys_company ON api_keys (company_siren, created_at);

CREATE TABLE invoices (
    id              uuid        PRIMARY KEY,
    company_siren   text        NOT NULL,
    request_id      text        NOT NULL,
    request_hash    text        NOT NULL,
    number          text        NOT NULL,
    seller_siren    text,       -- NULL when the seller has no SIREN (a foreign seller of a self-billed invoice)
    buyer_siren     text        NOT NULL DEFAULT '',
    buyer_name      text        NOT NULL DEFAULT '',
    issue_date      date        NOT NULL,
    type_code       text        NOT NULL,
    processing_rule text        NOT NULL,
    currency        text        NOT NULL,
    state           text        NOT NULL,
    lifecycle_code  text        NOT NULL DEFAULT '',
    platform_id     text        NOT NULL DEFAULT '',
    document_sha256 text        NOT NULL DEFAULT '',
    last_error      text        NOT NULL DEFAULT '',
    -- BT-109, BT-110, BT-112, BT-115 copied from the content for listings and reports
    tax_exclusive   numeric(19, 2),
    tax_total       numeric(19, 2),
    tax_inclusive   numeric(19, 2),
    amount_due      numeric(19, 2),
    content         jsonb       NOT NULL,  -- the whole EN 16931 invoice (domain.serialization)
    findings        jsonb       NOT NULL DEFAULT '[]',
    version         integer     NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT invoices_request_unique UNIQUE (company_siren, request_id),
    CONSTRAINT invoices_number_unique UNIQUE (seller_siren, number)
);
-- Keyset pagination of ListInvoices: newest first within one company.
CREATE INDEX invoices_company_listing ON invoices (company_siren, created_at DESC, id DESC);
CREATE INDEX invoices_company_state ON invoices (company_siren, state);

CREATE TABLE invoice_lines (
    invoice_id  uuid           NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position    integer        NOT NULL,  -- BT-126 is not trusted to be unique before validation
    line_id     text           NOT NULL,
    quantity    numeric        NOT NULL,
    net_price   numeric        NOT NULL,
    net_amount  numeric(19, 2),
    vat_category text          NOT NULL,
    vat_rate    numeric,
    item_name   text           NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

CREATE TABLE invoice_events (
    id            bigserial   PRIMARY KEY,
    invoice_id    uuid        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    company_siren text        NOT NULL,
    kind          text        NOT NULL,
    state         text        NOT NULL,
    status_code   text        NOT NULL DEFAULT '',
    detail        text        NOT NULL DEFAULT '',
    findings      jsonb       NOT NULL DEFAULT '[]',
    at            timestamptz NOT NULL
);
CREATE INDEX invoice_events_invoice ON invoice_events (invoice_id, id);
CREATE INDEX invoice_events_company ON invoice_events (company_siren, id);

CREATE TABLE outbox (
    id              bigserial   PRIMARY KEY,
    invoice_id      uuid        REFERENCES invoices (id) ON DELETE CASCADE,
    company_siren   text        NOT NULL,
    kind            text        NOT NULL,
    payload         jsonb       NOT NULL DEFAULT '{}',
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    lease_owner     text,
    lease_until     timestamptz,
    done_at         timestamptz,
    last_error      text        NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now()
);
-- Workers claim due rows with FOR UPDATE SKIP LOCKED; only pending rows are indexed.
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE done_at IS NULL;

CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION notify_outbox();

-- The payload names the company: each watcher re-reads only its own events.
CREATE FUNCTION notify_invoice_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('invoice_events', NEW.company_siren);
    RETURN NULL;
END $$;
CREATE TRIGGER invoice_events_notify AFTER INSERT ON invoice_events
    FOR EACH ROW EXECUTE FUNCTION notify_invoice_event();
