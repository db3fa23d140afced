-- migration: 390
-- A received credit note credits the received invoice of its seller it names alone in BG-3 (domain.payments
-- .books_credit): the received invoice's books read the company's received credit notes of that seller naming its
-- number (PgReceivedInvoices.credit_notes) on every GetReceivedInvoice and payment sent. Keyed by the first
-- reference's number (BT-25), as migration 0360 keys the credit notes we issue; partial, on the credit note codes
-- (domain.document_types.codes("credit_note"), the same list as the query's), so that any other received invoice
-- costs the index nothing.
CREATE INDEX IF NOT EXISTS received_credit_notes_by_preceding_number
    ON received_invoices (company_siren, seller_siren, ((content -> 'preceding_invoices' -> 0 ->> 'number')))
    WHERE type_code IN ('261', '262', '381', '396', '502', '503');
