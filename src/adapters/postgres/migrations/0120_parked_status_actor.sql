-- migration: 120
-- Who delivered a status parked before its submission was committed (a platform answering faster than our SENT
-- commit): the status is applied later, in a transaction the gateway runs, and its audit entry must still name the
-- platform and the delivery's request id (domain.audit). NULL for the rows parked before this migration: their
-- entry names the actor of the commit that applies them, as before.
ALTER TABLE parked_statuses ADD COLUMN actor_kind text;
ALTER TABLE parked_statuses ADD COLUMN actor_id text NOT NULL DEFAULT '';
ALTER TABLE parked_statuses ADD COLUMN actor_name text NOT NULL DEFAULT '';
ALTER TABLE parked_statuses ADD COLUMN request_id text NOT NULL DEFAULT '';
