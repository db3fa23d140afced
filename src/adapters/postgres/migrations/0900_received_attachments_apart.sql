-- migration: 900
-- A received invoice's attachments (BG-24: base64 in its JSON, up to 20 MiB an invoice) in a column of their own.
-- The reads that need none of them (a buyer's status, a payment sent, the invoices a credit note names, the period's
-- purchases) read `content` alone: `content - 'attachments'` had PostgreSQL fetch, decompress and unpack the whole
-- value to drop them at every such read. GetReceivedInvoice reads both (adapters.postgres.reception_repository).
-- The invoices received before are split here, once.
ALTER TABLE received_invoices ADD COLUMN IF NOT EXISTS attachments jsonb;
UPDATE received_invoices
   SET attachments = content -> 'attachments', content = content - 'attachments'
 WHERE content ? 'attachments';
