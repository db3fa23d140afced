-- Statuses of our outbound invoices have one home, the pipeline's status_history, whichever way they arrive
-- (sandbox callback, IOPOLE webhook, notSeen poll): move those reception stored, then keep platform_statuses for
-- received invoices only. Copied in arrival order (status_history orders a history by id); a status already in
-- status_history (same status id) is not copied twice.
INSERT INTO status_history (invoice_id, code, raw_code, label, source, at, reason, findings, status_id, received_at)
SELECT p.invoice_id::text, p.code, p.raw_code, p.label, coalesce(w.source, 'webhook'), p.at, p.reason, p.findings,
       p.status_id, p.recorded_at
  FROM platform_statuses p
  LEFT JOIN webhook_inbox w ON w.id = p.inbox_id
 WHERE p.invoice_id IS NOT NULL
 ORDER BY p.id
ON CONFLICT DO NOTHING;

DELETE FROM platform_statuses WHERE invoice_id IS NOT NULL;
ALTER TABLE platform_statuses DROP COLUMN invoice_id;
ALTER TABLE platform_statuses ALTER COLUMN received_invoice_id SET NOT NULL;
