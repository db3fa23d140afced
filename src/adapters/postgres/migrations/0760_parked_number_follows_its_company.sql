-- migration: 760
-- A parked delivery's number (0740) is its company's: a delivery that changes company leaves it behind. A status
-- delivery is parked for the company its target address names, and done for the company of the invoice that takes
-- its statuses (adapters.postgres.transmissions `_DELIVERIES_DONE`, or a replay that finds the invoice): it kept the
-- first company's number under the second, the two companies' numbers collided on webhook_inbox_company_number, and
-- the unique violation refused the commit of SENT itself (or the replayed delivery's finish). Now the number is
-- dropped when the company changes, and drawn again from the new company's series if the delivery is parked there.
CREATE OR REPLACE FUNCTION number_parked_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.company_siren IS DISTINCT FROM OLD.company_siren THEN
        NEW.company_number := NULL;
    END IF;
    IF NEW.company_number IS NULL AND NEW.company_siren <> '' AND NEW.state IN ('PARKED', 'UNPROCESSABLE') THEN
        NEW.company_number := next_company_number(NEW.company_siren, 'parked_deliveries');
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER webhook_inbox_parked_numbered ON webhook_inbox;
CREATE TRIGGER webhook_inbox_parked_numbered BEFORE INSERT ON webhook_inbox
    FOR EACH ROW
    WHEN (NEW.company_siren <> '' AND NEW.state IN ('PARKED', 'UNPROCESSABLE'))
    EXECUTE FUNCTION number_parked_delivery();
CREATE TRIGGER webhook_inbox_parked_renumbered BEFORE UPDATE OF state, company_siren ON webhook_inbox
    FOR EACH ROW
    WHEN (NEW.company_siren IS DISTINCT FROM OLD.company_siren
          OR (NEW.company_number IS NULL AND NEW.company_siren <> '' AND NEW.state IN ('PARKED', 'UNPROCESSABLE')))
    EXECUTE FUNCTION number_parked_delivery();

-- A delivery done is listed and replayed no more, so its number serves nothing; one done since 0740 may hold another
-- company's, which its company's own series would reach and collide with.
UPDATE webhook_inbox SET company_number = NULL WHERE state = 'DONE' AND company_number IS NOT NULL;
