-- migration: 400
-- An invoice number is unique within the series of the company that issues it: the seller's own invoices, or, for
-- a self-billed invoice (389, 261, 471, ...), the buyer's series in that seller's name (the CGI has the buyer keep
-- one series per supplier). Unique per seller alone, one company's key could take another's next numbers (a
-- self-billed invoice in its name, under a number it had not used yet: its own SubmitInvoice then failed with
-- DUPLICATE_INVOICE_NUMBER) and learn which numbers it had issued (ALREADY_EXISTS or not). For a seller's own
-- invoices company_siren is the seller, so their rule is unchanged. The index keeps its name, which the repository
-- maps to DuplicateInvoiceNumber, stays partial over the invoices not CANCELLED (migration 0080), and still leads
-- with (seller, number), which a platform status naming only those looks up (PgReception.sent_platform_id).
DROP INDEX IF EXISTS invoices_number_unique;
CREATE UNIQUE INDEX invoices_number_unique ON invoices (seller_siren, number, company_siren) WHERE state <> 'CANCELLED';
