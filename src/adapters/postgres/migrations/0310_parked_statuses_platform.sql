-- migration: 310
-- A status parked for a platform id waits for a submission of the platform (profile) that brought it: another
-- profile's platform naming an id ours gives later is not ours to apply (service.workers.pipeline.statuses).
-- '' for the statuses parked before: taken by the first submission given that id, as they were.
ALTER TABLE parked_statuses ADD COLUMN IF NOT EXISTS platform text NOT NULL DEFAULT '';
