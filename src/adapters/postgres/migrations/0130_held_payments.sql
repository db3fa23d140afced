-- Payments recorded before their invoice was deposited (domain.payments.PaymentState): HELD until the invoice is
-- SENT (then applied: 'applied'), or REFUSED with the reason when it ends without a deposit. Rows written before
-- were all applied. `parts` of a held payment are its parts as they will be applied (checked when recorded).
ALTER TABLE invoice_payments
    ADD COLUMN state   text NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'held', 'refused')),
    ADD COLUMN refusal text NOT NULL DEFAULT '' CHECK (length(refusal) <= 1000),
    ADD CONSTRAINT invoice_payments_refused_says_why CHECK ((state = 'refused') = (refusal <> '')),
    -- The order payments were recorded in, which is the order they are applied in (held ones go first): a
    -- reversal takes back from the payment data of the latest payments (domain.payments.taken_back), and two
    -- payments may share their recorded_at.
    ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
DROP INDEX invoice_payments_by_invoice;
CREATE INDEX invoice_payments_by_invoice ON invoice_payments (invoice_id, seq);
