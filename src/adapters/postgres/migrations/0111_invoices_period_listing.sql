-- Years of data (bench/years_bench.py): ListInvoices for one period (issued_from / issued_to) is ordered newest first
-- like every listing. PostgreSQL walked the listing index (company, created_at) from the newest invoice back to the
-- period, filtering as it went: for the largest company's month of half a year ago that was 47,000 invoices read to
-- return 50, and more for every month further back. This index holds what that listing filters and orders by, so
-- the period's entries are read from the index alone (no table row) and only the page's rows are fetched
-- (PgInvoiceRepository.list reads the page's ids first). It replaces 0060's (company_siren, issue_date).
CREATE INDEX invoices_company_period ON invoices (company_siren, issue_date) INCLUDE (state, created_at, id);
DROP INDEX invoices_company_issue_date;
