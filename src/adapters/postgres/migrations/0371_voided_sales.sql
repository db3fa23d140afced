-- migration: 371
-- International sales recorded with ReportingService.RecordSales share reporting_purchases with the purchases (the
-- table of the 10.1 records: their keys begin with the declarant's role, SELLER or BUYER), and are voided as sales.
ALTER TABLE voided_records DROP CONSTRAINT voided_records_kind_check;
ALTER TABLE voided_records ADD CONSTRAINT voided_records_kind_check
    CHECK (kind IN ('b2c', 'payment', 'purchase', 'sale'));
