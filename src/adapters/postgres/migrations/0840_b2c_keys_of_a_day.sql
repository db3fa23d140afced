-- migrate: outside a transaction
-- The keys of a day's B2C sales that may stand for an invoice (LandingPeriods.sale_keys, at every B2C
-- SubmitInvoice): its number, or its number and '/' then anything. The day's index (company, day) served the day
-- and the keys were filtered row by row: 406 ms and 17,584 pages for a day of 578,000 sales. Keys in byte order
-- ("C": a range of keys sharing a prefix is one range of the index whatever the database's collation) after the
-- day: the number and its range are two index searches. It replaces the day's index, which it serves as well.
-- Built CONCURRENTLY: the sales recorded meanwhile are not held (a plain build held them for its whole length).
-- An index left invalid by a build that failed is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS b2c_transactions_day_keys;
CREATE INDEX CONCURRENTLY b2c_transactions_day_keys ON b2c_transactions (company_siren, day, key COLLATE "C");
DROP INDEX CONCURRENTLY IF EXISTS b2c_transactions_by_day;
