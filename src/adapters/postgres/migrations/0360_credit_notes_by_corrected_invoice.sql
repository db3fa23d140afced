-- migration: 360
-- A credit note credits the invoice it names alone in BG-3 (domain.payments.credited_per_rate): the invoice's books
-- read its company's credit notes naming its number (PgPaymentRepository.credit_notes) on every GetInvoice and
-- payment. Keyed by the first reference's number (BT-25), so that read is an index lookup, not a walk through the
-- company's invoices; partial, on the credit note codes (domain.document_types.codes("credit_note"), the same list
-- as the query's), so that submitting any other invoice costs the index nothing.
CREATE INDEX IF NOT EXISTS invoices_credit_notes_by_preceding_number
    ON invoices (company_siren, ((content -> 'preceding_invoices' -> 0 ->> 'number')))
    WHERE type_code IN ('261', '262', '381', '396', '502', '503');
