-- How far a received invoice may differ from the booked amounts (domain.books_check.Tolerance): beside the absolute
-- amount, an optional percentage of the invoiced figure (the amount then caps it unless it is 0), for the company
-- and, overriding it, for one supplier (the seller's SIREN, BT-30).
ALTER TABLE company_settings
    ADD COLUMN books_tolerance_percent numeric
        CHECK (books_tolerance_percent > 0 AND books_tolerance_percent <= 100);

CREATE TABLE supplier_books_tolerances (
    company_siren  text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    supplier_siren text        NOT NULL CHECK (supplier_siren ~ '^[0-9]{9}$'),
    amount         numeric     NOT NULL CHECK (amount >= 0 AND amount <= 1000000),
    percent        numeric              CHECK (percent > 0 AND percent <= 100),
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (company_siren, supplier_siren)
);
