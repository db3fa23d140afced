-- migration: 660
-- A received invoice a supplier's corrective invoice (384, 471-473) replaces owes nothing since, and the corrective
-- invoice counts what we paid on it (service.usecases.corrections, the same rule as 0600's for the invoices we
-- issue): the received invoice's books look for the corrective invoices of its seller naming its number, as 0500's
-- index serves the received credit notes naming one. Partial on the corrective codes (domain.document_types.codes
-- ("corrective")), so any other received invoice costs it nothing; it reads every received row once to build
-- (docs/deploy.md: time `migrate` on a copy of a large database).
CREATE INDEX IF NOT EXISTS received_correctives_by_named_number
    ON received_invoices USING gin (credit_note_refs(company_siren || chr(31) || seller_siren, content))
    WHERE type_code IN ('384', '471', '472', '473');
