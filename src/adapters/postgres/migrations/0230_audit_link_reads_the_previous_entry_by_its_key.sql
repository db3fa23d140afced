-- migration: 230
-- The link check (0004) looks the previous entry up by the nearest lower seq of the company, backward along the
-- primary key, instead of by `seq = NEW.seq - 1`. With the equality, the primary key and 0081's
-- audit_log_company_at (company_siren, at) cost the same to a planner that has no statistics yet (a young or
-- never-analyzed table: one row estimated either way), and the plan a session caches in its first inserts chose
-- the latter: every insert then read the company's whole chain through it, filtering on seq, until the next
-- ANALYZE made the session plan again. `make bench` on a fresh database (one company, a chain growing from zero
-- within a minute) spent 1.7 ms of PostgreSQL CPU per submit instead of 0.2, most of it here. With ORDER BY seq
-- DESC LIMIT 1, only the primary key gives the order without a sort: the one plan that reads one entry, whatever
-- the statistics. Same rule: the entry must follow the one just before it (seq - 1) and carry its hash.
CREATE OR REPLACE FUNCTION audit_log_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq bigint;
    head text;
BEGIN
    IF NEW.seq = 1 THEN
        head_seq := 0;
        head := repeat('0', 64);
    ELSE
        SELECT seq, entry_hash INTO head_seq, head FROM audit_log
         WHERE company_siren = NEW.company_siren AND seq < NEW.seq
         ORDER BY seq DESC LIMIT 1;
    END IF;
    IF head IS NULL OR head_seq <> NEW.seq - 1 OR head <> NEW.prev_hash THEN
        RAISE EXCEPTION 'AUDIT-FORK: entry %/% does not follow the head of its chain', NEW.company_siren, NEW.seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
