-- Per-company settings. books_tolerance: how far a received invoice may differ from the buyer's booked amounts
-- before SetBuyerStatus(APPROVED) refuses it (domain.books_check), an absolute amount.
CREATE TABLE company_settings (
    company_siren   text        PRIMARY KEY CHECK (company_siren ~ '^[0-9]{9}$'),
    books_tolerance numeric     NOT NULL DEFAULT 0 CHECK (books_tolerance >= 0 AND books_tolerance <= 1000000),
    updated_at      timestamptz NOT NULL
);
