-- migration: 401
-- A status request id (migration 0340) is kept with the invoice it asked about, as that invoice's cancellation is
-- (invoice_cancellations: a row of the invoice), for as long as the invoice is kept, and goes with it: a client's
-- retry is answered, never queued a second time (a second 212 is a second payment reported), at any time in the
-- invoice's life, and no row outlives the invoice it is about. SetInvoiceStatus's rows name an invoice we issued,
-- SetBuyerStatus's a received invoice. Rows claimed before this migration name neither (the fingerprint, a digest,
-- cannot be read back): they stay, and a reuse of one of their ids does not say for which invoice it was used.
ALTER TABLE status_requests
    ADD COLUMN IF NOT EXISTS invoice_id uuid REFERENCES invoices (id) ON DELETE CASCADE,
    ADD COLUMN IF NOT EXISTS received_invoice_id uuid REFERENCES received_invoices (id) ON DELETE CASCADE;
ALTER TABLE status_requests DROP CONSTRAINT IF EXISTS status_requests_one_invoice;
ALTER TABLE status_requests ADD CONSTRAINT status_requests_one_invoice
    CHECK (invoice_id IS NULL OR received_invoice_id IS NULL);
-- The cascade looks the rows up by the invoice going.
CREATE INDEX IF NOT EXISTS status_requests_by_invoice ON status_requests (invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS status_requests_by_received_invoice
    ON status_requests (received_invoice_id) WHERE received_invoice_id IS NOT NULL;
