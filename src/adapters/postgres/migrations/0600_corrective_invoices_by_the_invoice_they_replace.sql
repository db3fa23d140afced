-- migration: 600
-- An invoice a corrective invoice (384, 471-473) replaces owes nothing since, and the corrective invoice counts what
-- was paid on it (domain.payments.Settlement.replaced_by_corrective / carrying, XP Z12-014 Annexe B UC4): its books
-- look for the corrective invoices naming its number, as 0500's index serves the credit notes naming one. Partial on
-- the corrective codes (domain.document_types.codes("corrective")), so any other invoice costs it nothing; it reads
-- every invoice row once to build (docs/deploy.md: time `migrate` on a copy of a large database).
CREATE INDEX IF NOT EXISTS invoices_correctives_by_named_number
    ON invoices USING gin (credit_note_refs(company_siren, content))
    WHERE type_code IN ('384', '471', '472', '473');
