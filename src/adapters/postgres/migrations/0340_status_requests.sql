-- migration: 340
-- SetInvoiceStatus's request ids: the same id again answers without queuing its status twice (a client retrying
-- after a timeout sent a second 212, each one a payment reported to the platform). `fingerprint` is what the first
-- request asked (the invoice and its status): the same id asking something else is refused (REQUEST_ID_REUSED).
-- The row is written in the transaction that queues the status, so a refused status leaves no row behind.
CREATE TABLE IF NOT EXISTS status_requests (
    company_siren text NOT NULL,
    request_id text NOT NULL,
    fingerprint text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_siren, request_id)
);
