-- migration: 80
-- CancelInvoice (issue 16): an invoice voided before any deposit keeps its row (archive, history, audit log) but
-- no longer holds its number, so the corrected invoice takes the same number and the seller's sequence has no gap.
-- The unique (seller_siren, number) becomes a partial unique index over the invoices not CANCELLED; it keeps the
-- constraint's name, which the repository maps to DuplicateInvoiceNumber. Inserts use a bare ON CONFLICT DO
-- NOTHING, which a partial unique index serves as the constraint did.
ALTER TABLE invoices DROP CONSTRAINT invoices_number_unique;
CREATE UNIQUE INDEX invoices_number_unique ON invoices (seller_siren, number) WHERE state <> 'CANCELLED';

-- Who cancelled what, why, under which request id: CancelInvoice is idempotent on it.
CREATE TABLE invoice_cancellations (
    invoice_id    uuid        PRIMARY KEY REFERENCES invoices (id),
    company_siren text        NOT NULL,
    request_id    text        NOT NULL CHECK (request_id <> ''),
    reason        text        NOT NULL CHECK (reason <> ''),
    cancelled_at  timestamptz NOT NULL
);
