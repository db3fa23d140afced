-- migration: 501
-- A month's archive export holds the entries made after it about its invoices and declarations
-- (audit/later_entries.jsonl, PgAuditLog.entries `about`): read by subject, they are as many as the month's invoices
-- have, where the company's log since the month's end was read (0270 had dropped 0004's index by subject): an old
-- month's export read years of log. Measured (bench/export_later_bench.py, README "Measured"): the export of a
-- year-old month over a log of 100,000 entries, and what the index costs each entry written.
-- With `at`: the entries of the month itself (most of a subject's) are not read for its later ones.
CREATE INDEX IF NOT EXISTS audit_log_by_subject ON audit_log (company_siren, subject_id, at);
