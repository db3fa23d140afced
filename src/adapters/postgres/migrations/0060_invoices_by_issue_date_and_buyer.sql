-- Years of data (bench/years_bench.py): a company's invoices of one period are read by issue date (the e-reporting
-- declaration of a month, ListInvoices filtered by issued_from/issued_to), and listings filter by buyer SIREN.
-- Without these indexes each of them walked every invoice of the company.
CREATE INDEX invoices_company_issue_date ON invoices (company_siren, issue_date);
CREATE INDEX invoices_company_buyer ON invoices (company_siren, buyer_siren);
