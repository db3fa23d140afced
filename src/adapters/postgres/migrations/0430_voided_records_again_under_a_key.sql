-- migration: 430
-- A key voided, then recorded again, may be voided again for the same reason (the row recorded again was wrong as
-- well): 0370's primary key (company, kind, key, reason) made that second void a replay of the first, and the row
-- stayed. Each void is now a row of its own; the replay of a void (the same kind, key and reason while nothing is
-- recorded under the key) finds the latest.
ALTER TABLE voided_records DROP CONSTRAINT voided_records_pkey;
ALTER TABLE voided_records ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
CREATE INDEX voided_records_void ON voided_records (company_siren, kind, key, reason, seq);
