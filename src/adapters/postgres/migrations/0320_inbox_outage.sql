-- migration: 320
-- A webhook delivery whose processing found its platform away waits the outage out, spending no attempt, like an
-- outbox row (domain.outage, service.workers.relay.Retries.wait_out): the outage it waits through is kept here
-- between its attempts. Nullable with no default: PostgreSQL only records the column in its catalogue, no table
-- rewrite and no long lock on a large inbox.
ALTER TABLE webhook_inbox ADD COLUMN IF NOT EXISTS outage jsonb;
