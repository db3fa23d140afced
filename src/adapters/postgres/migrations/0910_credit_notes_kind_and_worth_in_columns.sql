-- migration: 910
-- What decides a credit note's credit on the invoice it names, kept in three columns of its row, written whenever the
-- row is (a trigger: every writer, this release's or a replica of the previous one still running, writes them
-- alike), so that an invoice's books gather the credit notes naming it by kind (domain.credit_notes.alike:
-- adapters.postgres.payment_repository._alike_query) without opening each one's stored document. Before, the read
-- opened every credit note's document for its BG-3, currency and VAT breakdown (1,000 credit notes on one invoice:
-- about 49 ms of GetInvoice, growing with their number).
-- `credit_kind`: md5 of what `alike` gathers by (seller, invoices named in BG-3, currency, VAT rates);
-- `credit_worth`: its worth per VAT rate ([rate, BT-116 + BT-117] pairs), NULL when its amount due is not what its
-- rates add up to (BT-113 or BT-114 on a credit note: a kind of its own, its worth read in Python); `credit_named`:
-- how many invoices it names in BG-3 (the kinds naming one come first: only they may credit, so kinds of rebates
-- naming several never push them past the read's bound). All NULL on a row that is not a credit note (the codes of
-- 0500's indexes, domain.document_types.codes("credit_note")).
CREATE OR REPLACE FUNCTION credit_note_kind(seller text, content jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT md5(concat_ws(chr(31), seller, content -> 'preceding_invoices', content ->> 'currency',
                             (SELECT array_agg(DISTINCT trim_scale((b ->> 'rate')::numeric))
                                FROM jsonb_array_elements(CASE jsonb_typeof(content -> 'vat_breakdown')
                                                               WHEN 'array' THEN content -> 'vat_breakdown'
                                                               ELSE '[]' END) AS b)))
    $$;

CREATE OR REPLACE FUNCTION credit_note_worth(content jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT CASE WHEN (content -> 'totals' ->> 'amount_due')::numeric = sum(inclusive)
                    THEN jsonb_agg(jsonb_build_array(rate, inclusive)) END
          FROM (SELECT trim_scale((b ->> 'rate')::numeric) AS rate,
                       (b ->> 'taxable_amount')::numeric + (b ->> 'tax_amount')::numeric AS inclusive
                  FROM jsonb_array_elements(CASE jsonb_typeof(content -> 'vat_breakdown')
                                                 WHEN 'array' THEN content -> 'vat_breakdown'
                                                 ELSE '[]' END) AS b) AS parts
    $$;

CREATE OR REPLACE FUNCTION credit_note_named(content jsonb) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT CASE jsonb_typeof(content -> 'preceding_invoices')
                    WHEN 'array' THEN jsonb_array_length(content -> 'preceding_invoices') ELSE 0 END
    $$;

CREATE OR REPLACE FUNCTION credit_note_columns() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
        BEGIN
            IF NEW.type_code IN ('261', '262', '381', '396', '502', '503') AND NEW.content IS NOT NULL THEN
                NEW.credit_kind := credit_note_kind(NEW.seller_siren, NEW.content);
                NEW.credit_worth := credit_note_worth(NEW.content);
                NEW.credit_named := credit_note_named(NEW.content);
            ELSE
                NEW.credit_kind := NULL;
                NEW.credit_worth := NULL;
                NEW.credit_named := NULL;
            END IF;
            RETURN NEW;
        END
    $$;

ALTER TABLE invoices ADD COLUMN IF NOT EXISTS credit_kind text, ADD COLUMN IF NOT EXISTS credit_worth jsonb,
    ADD COLUMN IF NOT EXISTS credit_named integer;
ALTER TABLE received_invoices ADD COLUMN IF NOT EXISTS credit_kind text, ADD COLUMN IF NOT EXISTS credit_worth jsonb,
    ADD COLUMN IF NOT EXISTS credit_named integer;

DROP TRIGGER IF EXISTS invoices_credit_note_columns ON invoices;
CREATE TRIGGER invoices_credit_note_columns BEFORE INSERT OR UPDATE OF content, seller_siren, type_code ON invoices
    FOR EACH ROW EXECUTE FUNCTION credit_note_columns();
DROP TRIGGER IF EXISTS received_invoices_credit_note_columns ON received_invoices;
CREATE TRIGGER received_invoices_credit_note_columns
    BEFORE INSERT OR UPDATE OF content, seller_siren, type_code ON received_invoices
    FOR EACH ROW EXECUTE FUNCTION credit_note_columns();

-- The credit notes stored before, once (every other row keeps its NULLs: nothing else is rewritten). Each is
-- read once here (docs/deploy.md: time `migrate` on a copy of a large database).
UPDATE invoices
   SET credit_kind = credit_note_kind(seller_siren, content), credit_worth = credit_note_worth(content),
       credit_named = credit_note_named(content)
 WHERE type_code IN ('261', '262', '381', '396', '502', '503');
UPDATE received_invoices
   SET credit_kind = credit_note_kind(seller_siren, content), credit_worth = credit_note_worth(content),
       credit_named = credit_note_named(content)
 WHERE type_code IN ('261', '262', '381', '396', '502', '503') AND content IS NOT NULL;
