-- migration: 295
-- An invoice delivered again under a new platform id (same seller, number, type and year) is kept, marked with the
-- id of the first copy (domain.reception.ReceivedInvoice.mark_copy_of); the index finds the first copy at reception.
ALTER TABLE received_invoices ADD COLUMN IF NOT EXISTS copy_of uuid;  -- no foreign key: a note, never in the way of a deletion
CREATE INDEX IF NOT EXISTS received_invoices_by_seller_number
    ON received_invoices (company_siren, seller_siren, number);
