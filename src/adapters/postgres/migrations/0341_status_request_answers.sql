-- migration: 341
-- SetBuyerStatus's request ids share status_requests with SetInvoiceStatus's (one company, one namespace); a buyer
-- status retried under its id answers what the first call answered (the status sent, its outbox row and the
-- differences with the books), kept here as JSON in the same transaction. '' for a request that needs none.
ALTER TABLE status_requests ADD COLUMN IF NOT EXISTS answer text NOT NULL DEFAULT '';
