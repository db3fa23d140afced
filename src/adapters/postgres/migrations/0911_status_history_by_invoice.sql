-- migrate: outside a transaction
-- An invoice's statuses read by its id (the books' `reported_sent` at every GetInvoice and ListInvoices page, the
-- pipeline's and the history's reads): status_history had two unique indexes, each partial (a status with an id,
-- one without), so neither served `WHERE invoice_id = ...` and every read scanned the whole table (100,000
-- statuses of 20,000 invoices: 13.0 ms an invoice's, 24.7 ms a page of 100's; with this index 0.09 and 0.73 ms).
-- One index by invoice, in the order a history is read.
-- Built CONCURRENTLY: the statuses recorded meanwhile are not held. An index left invalid by a build that failed
-- is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS status_history_by_invoice;
CREATE INDEX CONCURRENTLY status_history_by_invoice ON status_history (invoice_id, id);
