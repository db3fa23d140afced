-- migration: 740
-- The ids a company's key sees are numbered per company. Event ids (WatchInvoiceEvents' cursor, the histories'
-- event_id) came from one sequence for every company, and parked-delivery ids (ListParkedDeliveries, ReplayDelivery)
-- were the inbox's own: the gap between two of a company's ids told its key holder how many events, or platform
-- deliveries, every other company had meanwhile. Now each company has its own counters (`company_numbers`, one row
-- per company and series), drawn by the insert's trigger; no rollback leaves a gap, since the counter row is
-- written in the same transaction.
--
-- Existing cursors keep working: the rows written before keep their ids, and each company's counter starts at the
-- largest id it could have seen (its events of both tables; every inbox row it was given), so its next id is larger
-- than any id it holds and `after_event_id` from before the upgrade misses nothing and repeats nothing.
--
-- Order: a company's events are written under its advisory lock (7001, adapters.postgres.lock_order rule 5), taken
-- before the rows are inserted, and its counter row is updated by the insert and held until the COMMIT, so a
-- company's event ids still commit in increasing order. A parked delivery is numbered by the UPDATE that parks it
-- (the delivery's last statement: adapters.postgres.inbox `finish`), with no lock held after its counter's.
CREATE TABLE company_numbers (
    company_siren text   NOT NULL,
    series        text   NOT NULL CHECK (series IN ('events', 'parked_deliveries')),
    last          bigint NOT NULL,
    PRIMARY KEY (company_siren, series)
);

CREATE FUNCTION next_company_number(company text, numbered text) RETURNS bigint LANGUAGE sql VOLATILE AS $$
    INSERT INTO company_numbers AS n (company_siren, series, last) VALUES (company, numbered, 1)
    ON CONFLICT (company_siren, series) DO UPDATE SET last = n.last + 1
    RETURNING n.last
$$;

INSERT INTO company_numbers (company_siren, series, last)
SELECT company_siren, 'events', max(id)
  FROM (SELECT company_siren, id FROM invoice_events
        UNION ALL SELECT company_siren, id FROM received_invoice_events) AS e
 GROUP BY company_siren;

-- Whatever id an insert brings (a process of the previous version drew one from the sequence) is replaced.
CREATE FUNCTION number_company_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.id := next_company_number(NEW.company_siren, 'events');
    RETURN NEW;
END $$;

ALTER TABLE received_invoice_events ALTER COLUMN id DROP DEFAULT;
ALTER TABLE invoice_events ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE invoice_events_id_seq;

-- An id is unique within its company now: the primary keys become (company, id), the indexes the feed reads.
ALTER TABLE invoice_events DROP CONSTRAINT invoice_events_pkey;
ALTER TABLE invoice_events ADD PRIMARY KEY (company_siren, id);
DROP INDEX invoice_events_company;
ALTER TABLE received_invoice_events DROP CONSTRAINT received_invoice_events_pkey;
ALTER TABLE received_invoice_events ADD PRIMARY KEY (company_siren, id);
DROP INDEX received_invoice_events_company;

CREATE TRIGGER invoice_events_numbered BEFORE INSERT ON invoice_events
    FOR EACH ROW EXECUTE FUNCTION number_company_event();
CREATE TRIGGER received_invoice_events_numbered BEFORE INSERT ON received_invoice_events
    FOR EACH ROW EXECUTE FUNCTION number_company_event();

-- Parked deliveries: numbered once they are parked (or unprocessable) for a company, the number kept for good (a
-- replay parked again keeps it). Those parked for a company before keep their inbox id as their number.
ALTER TABLE webhook_inbox ADD COLUMN company_number bigint;
UPDATE webhook_inbox SET company_number = id WHERE company_siren <> '' AND state <> 'DONE';
INSERT INTO company_numbers (company_siren, series, last)
SELECT company_siren, 'parked_deliveries', max(id) FROM webhook_inbox WHERE company_siren <> '' GROUP BY company_siren;
CREATE UNIQUE INDEX webhook_inbox_company_number ON webhook_inbox (company_siren, company_number)
    WHERE company_number IS NOT NULL;

CREATE FUNCTION number_parked_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.company_number := next_company_number(NEW.company_siren, 'parked_deliveries');
    RETURN NEW;
END $$;

CREATE TRIGGER webhook_inbox_parked_numbered BEFORE INSERT OR UPDATE OF state, company_siren ON webhook_inbox
    FOR EACH ROW
    WHEN (NEW.company_number IS NULL AND NEW.company_siren <> '' AND NEW.state IN ('PARKED', 'UNPROCESSABLE'))
    EXECUTE FUNCTION number_parked_delivery();
