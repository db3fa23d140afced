-- migration: 41
-- Where each platform profile's catch-up search resumes after a restart (XP Z12-013 flows/search updatedAfter), so
-- a long outage is caught up fully instead of from "one hour ago". One row per catch-up source (the profile's name).
CREATE TABLE IF NOT EXISTS catch_up_checkpoints (
    source     text PRIMARY KEY CHECK (length(source) BETWEEN 1 AND 200),
    position   text NOT NULL CHECK (length(position) <= 200),
    updated_at timestamptz NOT NULL DEFAULT now()
);
