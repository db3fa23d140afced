-- Years of data (bench/years_bench.py): a period's e-reporting declaration reads only the emitted invoices that can
-- belong to it: sales to consumers (processing rule B2C) and sales to a buyer established outside France (the
-- domain's `domain.reporting.international.FRANCE`; a test keeps the two lists equal). Domestic B2B invoices, nearly
-- all of a company's, are e-invoiced and never declared: before this index a month's preview read and parsed every
-- invoice of the month (50x its empty-database time for a company with 8,000 invoices a month). The domain still
-- decides (assess_scope); this only leaves out what cannot be in scope. A missing country reads '' (kept: fail closed).
-- The predicate must stay textually the one of PgReportingRepository.emitted_invoices_between, or the planner will
-- not use the index.
CREATE INDEX invoices_e_reporting_candidates ON invoices (company_siren, issue_date)
    WHERE processing_rule = 'B2C'
       OR upper(coalesce(content #>> '{buyer,address,country}', '')) NOT IN ('FR', 'GF', 'GP', 'MQ', 'RE', 'YT');
