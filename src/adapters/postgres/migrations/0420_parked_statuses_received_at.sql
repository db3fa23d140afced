-- migration: 420
-- A parked status lives PARKED_STATUS_LIFETIME (domain.pipeline_ports): the expired ones are found, dropped and
-- left out of the operations' count by their arrival.
CREATE INDEX IF NOT EXISTS parked_statuses_received_at ON parked_statuses (received_at);
