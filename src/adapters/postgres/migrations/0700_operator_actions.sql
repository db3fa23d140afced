-- migration: 700
-- What an operator does on a host that belongs to no company: closing a delivery addressed to none of ours
-- (`pdp-gateway deliveries close`). The audit log is one hash chain per company (0004: a SIREN each), so such an act
-- had nowhere to be kept; here it is, who (the operating-system user), when, what and why, never updated.
CREATE TABLE IF NOT EXISTS operator_actions (
    id           bigserial   PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    subject_type text        NOT NULL,
    subject_id   text        NOT NULL,
    details      jsonb       NOT NULL DEFAULT '{}'
);

CREATE OR REPLACE FUNCTION operator_actions_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'operator_actions is append-only';
END $$;

DROP TRIGGER IF EXISTS operator_actions_kept ON operator_actions;
CREATE TRIGGER operator_actions_kept BEFORE UPDATE OR DELETE ON operator_actions
    FOR EACH ROW EXECUTE FUNCTION operator_actions_kept();
