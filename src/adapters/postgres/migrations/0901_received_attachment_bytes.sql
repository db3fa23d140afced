-- migration: 901
-- A received invoice's attachments as bytes (adapters.postgres.attachments_apart): their base64 text, moved out of
-- the content by 0900, cost a copy as text, one as JSON and one more as that text at every store, and the same at
-- every read. Their descriptions stay in `attachments`, without their content; their bytes, in order, in
-- `attachment_contents` (NULL for an attachment that only points elsewhere).
ALTER TABLE received_invoices ADD COLUMN IF NOT EXISTS attachment_contents bytea[];
UPDATE received_invoices r
   SET attachment_contents = moved.contents, attachments = moved.described
  FROM (SELECT i.id,
               array_agg(decode(e.a ->> 'content', 'base64') ORDER BY e.n) AS contents,
               jsonb_agg(e.a - 'content' ORDER BY e.n) AS described
          FROM received_invoices i, jsonb_array_elements(i.attachments) WITH ORDINALITY AS e(a, n)
         WHERE jsonb_typeof(i.attachments) = 'array' AND i.attachment_contents IS NULL
         GROUP BY i.id) moved
 WHERE r.id = moved.id;
