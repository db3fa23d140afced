-- migration: 231
-- A declaration's outbox row wakes the e-reporting relay alone, on its own channel, instead of 'outbox' (0001,
-- 0008), which the pipeline's dispatcher listens to and every submitted invoice notifies. On 'outbox', each group
-- commit of invoices also woke the e-reporting relay, whose claim then walked every due invoice row of the outbox
-- to find none of its kind: `make bench` (pipeline off, so those rows accumulate) spent 1.3-1.4 ms of PostgreSQL
-- per wake-up in that claim, a submit at c=1 more than doubled its PostgreSQL CPU. The relay still polls
-- (service.workers.declarations), so a missed wake-up only costs that interval.
CREATE OR REPLACE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('pdpgateway.notify_after_commit', true) IS DISTINCT FROM 'on' THEN
        PERFORM pg_notify(CASE WHEN NEW.kind = 'submit_declaration' THEN 'outbox_declarations' ELSE 'outbox' END, '');
    END IF;
    RETURN NULL;
END $$;
