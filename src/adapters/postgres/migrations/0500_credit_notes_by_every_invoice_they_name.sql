-- migration: 500
-- An invoice's books say which credit notes name it and were not applied (domain.payments.credit_by_notes): every
-- credit note naming it in BG-3, not only those naming it first. 0360 and 0390 keyed the lookup by BG-3's first
-- number (BT-25), so an invoice a credit note names second or later was never told. Now each credit note row is
-- indexed by every number it names, each prefixed by its scope (our company; the receiving company and the seller
-- for a received one), in one GIN index on a text array (built in, no extension): the lookup `@>` one element is an
-- index search, whatever the position. Partial on the credit note codes (domain.document_types.codes
-- ("credit_note"), the same list as the queries'), so any other invoice costs it nothing.
CREATE FUNCTION credit_note_refs(scope text, content jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT ARRAY(SELECT scope || chr(31) || (p ->> 'number')
                       FROM jsonb_array_elements(CASE jsonb_typeof(content -> 'preceding_invoices')
                                                      WHEN 'array' THEN content -> 'preceding_invoices'
                                                      ELSE '[]' END) AS p
                      WHERE p ->> 'number' IS NOT NULL)
    $$;

CREATE INDEX IF NOT EXISTS invoices_credit_notes_by_named_number
    ON invoices USING gin (credit_note_refs(company_siren, content))
    WHERE type_code IN ('261', '262', '381', '396', '502', '503');
CREATE INDEX IF NOT EXISTS received_credit_notes_by_named_number
    ON received_invoices USING gin (credit_note_refs(company_siren || chr(31) || seller_siren, content))
    WHERE type_code IN ('261', '262', '381', '396', '502', '503');
-- Both read every invoice row once to build (docs/deploy.md: time `migrate` on a copy of a large database). 0360's
-- and 0390's indexes go: nothing of this release reads by the first number, and kept they drew the planner into
-- reading every credit note of the table for a lookup of one. A replica of the previous release still answering
-- GetInvoice during the upgrade reads its company's invoices for that lookup until it is stopped.
DROP INDEX IF EXISTS invoices_credit_notes_by_preceding_number;
DROP INDEX IF EXISTS received_credit_notes_by_preceding_number;
