-- migration: 360
-- A credit note credits the invoice it names alone in BG-3 (domain.payments.credited_per_rate): the invoice's books
-- read its company's credit notes naming its number (PgPaymentRepository.credit_notes) on every GetInvoice and
-- payment. Keyed by the first reference's number (BT-25), so that read is an index lookup, not a walk through the
-- company's invoices.
CREATE INDEX IF NOT EXISTS invoices_by_first_preceding_number
    ON invoices (company_siren, ((content -> 'preceding_invoices' -> 0 ->> 'number')));
