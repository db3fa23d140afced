-- Payments held until their invoice's deposit (0130) are applied in the deposit's own flow: the commit that moves
-- the invoice out of the states awaiting its deposit (ACCEPTED, READY, SENDING, OUTCOME_UNKNOWN; domain.emission
-- ProcessingState.awaiting_deposit) makes its open `held_payments` outbox row due now and wakes the dispatcher, so
-- the row applies them (SENT, NOT_TRANSMITTED) or refuses them (INVALID, FAILED, CANCELLED) at once instead of at
-- its next look (backoff, up to a minute later). A trigger, because that move is committed by several writers
-- (the send journal's batched SENT, a failure, an invalid render, a cancel) and the batched one takes no outbox
-- write. It touches a row only for an invoice that has held payments, so only those commits NOTIFY (0008 says why a
-- NOTIFY in every commit would serialise them). The step locks its row before it reads the invoice
-- (service.workers.pipeline.held_payments), so a deposit committed while it looks is never missed: this UPDATE
-- waits for the step's reschedule, then makes the row due again.
CREATE INDEX outbox_held_payments_open ON outbox (invoice_id) WHERE kind = 'held_payments' AND done_at IS NULL;

CREATE FUNCTION wake_held_payments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE outbox SET next_attempt_at = now()
     WHERE invoice_id = NEW.id AND kind = 'held_payments' AND done_at IS NULL AND next_attempt_at > now();
    IF FOUND THEN
        PERFORM pg_notify('outbox', '');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER invoices_wake_held_payments AFTER UPDATE OF state ON invoices FOR EACH ROW
    WHEN (OLD.state IN ('ACCEPTED', 'READY', 'SENDING', 'OUTCOME_UNKNOWN')
          AND NEW.state NOT IN ('ACCEPTED', 'READY', 'SENDING', 'OUTCOME_UNKNOWN'))
    EXECUTE FUNCTION wake_held_payments();

-- Held payments nothing will apply (their row ran out of attempts, or is gone): counted at scrape time by the
-- operations snapshot (adapters.postgres.operations), which reads this small index.
CREATE INDEX invoice_payments_held ON invoice_payments (invoice_id) WHERE state = 'held';
