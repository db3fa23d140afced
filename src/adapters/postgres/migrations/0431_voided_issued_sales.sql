-- migration: 431
-- The 10.1 record of an international sale the company issued (VoidRecord, kind issued_sale, keyed by the invoice's
-- number) is voided when its checks refuse it and no record can stand for it (a number past the 10.1's 20
-- characters, a seller without a VAT number whose identifier the fix changes): the invoice stays, its record is kept
-- here, out of every declaration built afterwards. One void per issued invoice. The period's declaration reads the
-- voids of its days.
ALTER TABLE voided_records DROP CONSTRAINT voided_records_kind_check;
ALTER TABLE voided_records ADD CONSTRAINT voided_records_kind_check
    CHECK (kind IN ('b2c', 'payment', 'purchase', 'sale', 'issued_sale'));
CREATE UNIQUE INDEX voided_issued_sales ON voided_records (company_siren, key) WHERE kind = 'issued_sale';
CREATE INDEX voided_records_day ON voided_records (company_siren, kind, day);
