-- Payments on invoices (domain.payments): the facts, idempotent on the caller's payment id, and the books per VAT
-- rate they leave (paid, and what is owed at that rate). Outstanding = total - paid, derived.
CREATE TABLE invoice_payments (
    company_siren text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    payment_id    text        NOT NULL CHECK (payment_id <> '' AND length(payment_id) <= 100),
    invoice_id    uuid        NOT NULL,
    side          text        NOT NULL CHECK (side IN ('received', 'sent')),
    paid_on       date        NOT NULL,
    amount        numeric     NOT NULL CHECK (amount <> 0),
    request       jsonb       NOT NULL,  -- the Payment as asked (a replay must ask the same)
    parts         jsonb       NOT NULL,  -- the parts per VAT rate as applied
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (company_siren, payment_id)
);
CREATE INDEX invoice_payments_by_invoice ON invoice_payments (invoice_id, recorded_at);

CREATE TABLE invoice_balances (
    invoice_id uuid    NOT NULL,
    vat_rate   numeric NOT NULL,
    total      numeric NOT NULL,
    paid       numeric NOT NULL,
    PRIMARY KEY (invoice_id, vat_rate),
    CHECK (paid >= 0 AND paid <= total)  -- fail closed: the books never show an over-payment or a negative paid
);
