-- migration: 370
-- E-reporting rows voided (ReportingService.VoidRecord, `pdp-gateway report void`): a B2C transaction, a payment or
-- a purchase recorded by mistake, or recorded by an older release before today's checks, that would refuse its
-- period's declaration for ever. Voiding moves the row here, out of its table (so its key is free for the row
-- recorded corrected, and no declaration built afterwards reads it), with the reason; who voided it is in the audit
-- entry written in the same transaction. One void per (kind, key, reason): the same void again is a replay.
CREATE TABLE voided_records (
    company_siren text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    kind          text        NOT NULL CHECK (kind IN ('b2c', 'payment', 'purchase')),
    key           text        NOT NULL CHECK (key <> ''),
    day           date        NOT NULL,
    content       jsonb       NOT NULL,  -- the row as it was recorded
    recorded_at   timestamptz NOT NULL,
    reason        text        NOT NULL CHECK (reason <> '' AND length(reason) <= 500),
    voided_at     timestamptz NOT NULL,
    PRIMARY KEY (company_siren, kind, key, reason)
);

-- What was voided is kept, as the declarations are.
CREATE FUNCTION voided_records_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'VOID-KEPT: the void of %/% is kept (never changed or deleted)', OLD.kind, OLD.key
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER voided_records_guard BEFORE UPDATE OR DELETE ON voided_records
    FOR EACH ROW EXECUTE FUNCTION voided_records_guard();
