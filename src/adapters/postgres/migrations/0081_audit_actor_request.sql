-- migration: 81
-- The audit trail of everything (issue 16): each entry names its actor (`actor` = "api_key:<id>", "cli:<user>",
-- "platform:<name>" or "gateway:pdp-gateway", and `actor_name`, e.g. the key's name) and the request id of the call
-- it came from. Both are part of the hashed entry when not empty (domain.archive_ports.AuditEntry.chain_entry), so
-- the entries written before this migration keep their hashes.
ALTER TABLE audit_log ADD COLUMN actor_name text NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN request_id text NOT NULL DEFAULT '';
-- An export for a period reads the entries of that period (ArchiveService.ExportArchive).
CREATE INDEX audit_log_company_at ON audit_log (company_siren, at);
