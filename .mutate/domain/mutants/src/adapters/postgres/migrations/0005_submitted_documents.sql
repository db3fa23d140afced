-- migration: 5
-- Ready documents submitted by clients (SubmitInvoice with a document), byte for byte: the pipeline's `documents`
-- rows are overwritten by each rendering, so the original needs its own row.
CREATE TABLE submitted_documents (
    invoice_id    uuid        PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,
    format        text        NOT NULL CHECK (format IN ('CII', 'UBL', 'FACTURX')),
    profile       text        NOT NULL,  -- BT-24 profile (EN16931, EXTENDED-CTC-FR, BASICWL, EXTENDED) or ''
    specification text        NOT NULL,  -- BT-24 as written
    media_type    text        NOT NULL,
    filename      text        NOT NULL,
    sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes         bytea       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
