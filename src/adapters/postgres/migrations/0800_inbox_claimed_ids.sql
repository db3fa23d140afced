-- migration: 800
-- An IOPOLE invoice callback is keyed by what IOPOLE signs, its file part (adapters.pdp.iopole.webhook): IOPOLE's
-- own resend after a lost answer, signed anew, is the same delivery. Its invoiceId is a form field nobody signs: a
-- copy of it (the genuine one, or one taken in transit and changed) that names another id is kept here, beside the
-- delivery it repeats (a few at most), so that processing finds which id IOPOLE confirms for the file whichever copy
-- came first.
ALTER TABLE webhook_inbox ADD COLUMN claimed_ids text[] NOT NULL DEFAULT '{}';
