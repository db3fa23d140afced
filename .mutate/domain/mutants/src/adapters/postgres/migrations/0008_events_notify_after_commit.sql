-- Outbound events and their outbox rows are written by a unit of work that NOTIFYs after its commit
-- (adapters.postgres.notifier): it sets pdpgateway.notify_after_commit for its transaction, and the triggers then
-- stay silent. A NOTIFY inside the transaction holds PostgreSQL's global notify lock through the commit's WAL flush
-- and serialises every submit's commit (see 0006). Writers that do not set it (reception, records, transmissions,
-- a unit of work joining its caller's transaction) keep the trigger's wake-up.
CREATE OR REPLACE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('pdpgateway.notify_after_commit', true) IS DISTINCT FROM 'on' THEN
        PERFORM pg_notify('outbox', '');
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION notify_invoice_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('pdpgateway.notify_after_commit', true) IS DISTINCT FROM 'on' THEN
        PERFORM pg_notify('invoice_events', NEW.company_siren);
    END IF;
    RETURN NULL;
END $$;
