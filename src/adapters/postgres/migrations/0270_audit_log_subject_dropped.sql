-- migration: 270
-- 0004's audit_log_subject (company_siren, subject_type, subject_id) serves no query: the gateway reads a chain by
-- its key (the heads of audit_log_append, the link check, VerifyArchive and ExportArchive in seq order) or by
-- period (0081's audit_log_company_at), never by subject; after a submit bench its scans were 0. Every entry paid
-- its insert, under the company's lock, in the transaction of what it records: on the submit path (batches of
-- one, one company) 2 of the entry's 10 buffers and 157-165 of its 689-696 bytes of WAL; its time, 3-15 us of the
-- insert's 156-159, is within the noise of the loaded machine it was measured on (pg_stat_statements, 6 December,
-- README "Measured"). An entry's history by subject, if ever wanted, reads one company's chain by its key.
DROP INDEX audit_log_subject;
