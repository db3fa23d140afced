-- migration: 300
-- audit_log_append (0260) with less work around the same entries, the same locks and the same seal. Every entry of
-- the submit path pays this function under its company's lock (README "Measured", "The audit trail's cost"):
-- - its seqs and hashes come back as three arrays in one row, not as a set built by RETURN QUERY that the
--   statements writing invoice events discard (adapters.postgres.audit_log `audit_cte`);
-- - one company (a submit, a send journal's batch) is taken as it is: no sorted DISTINCT over the entries;
-- - the heads are kept in arrays beside the companies', not in a jsonb object rebuilt for each entry;
-- - the entries are read by their index in the array, not by a query over jsonb_array_elements.
-- Measured alone (calls in a server-side loop, alternated with 0260's on one server, load 7 to 9): the backend's CPU
-- per call 0.77 of 0260's for one entry, 0.84 for 16 entries of one company, 0.88 for 16 companies; each change
-- takes a part of it (README "Measured").
-- Unchanged: each company's lock in code-point order, its head read by a statement of its own once the lock is held
-- (it sees what another writer committed meanwhile), one backward probe of the primary key (0230), the seal (SHA-256
-- of the previous hash, the text before, the seq, the text after: the bytes domain.archive.entry_hash reads), the
-- rows inserted in the given order by one statement (the link check of 0004/0230 follows each one).
DROP FUNCTION audit_log_append(integer, jsonb);
CREATE FUNCTION audit_log_append(lock_namespace integer, entries jsonb,
    OUT seqs bigint[], OUT prev_hashes text[], OUT entry_hashes text[]) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    n integer := jsonb_array_length(entries);
    companies text[];
    head_seqs bigint[] := '{}';
    head_hashes text[] := '{}';
    entry jsonb;
    c text;
    h integer;
    next_seq bigint;
    prev text;
    sealed text;
BEGIN
    seqs := '{}';
    prev_hashes := '{}';
    entry_hashes := '{}';
    IF n = 0 THEN
        RETURN;
    END IF;
    companies := ARRAY[entries->0->>'company'];
    FOR k IN 1 .. n - 1 LOOP
        IF entries->k->>'company' <> companies[1] THEN
            SELECT array_agg(DISTINCT e->>'company' COLLATE "C" ORDER BY e->>'company' COLLATE "C") INTO companies
              FROM jsonb_array_elements(entries) AS e;
            EXIT;
        END IF;
    END LOOP;
    FOREACH c IN ARRAY companies LOOP
        PERFORM pg_advisory_xact_lock(lock_namespace, hashtext(c));
        -- A statement of its own, run once the lock is held: it sees the head another writer committed meanwhile.
        SELECT a.seq, a.entry_hash INTO next_seq, prev FROM audit_log a
         WHERE a.company_siren = c ORDER BY a.seq DESC LIMIT 1;
        IF NOT FOUND THEN
            next_seq := 0;
            prev := repeat('0', 64);
        END IF;
        head_seqs := head_seqs || next_seq;
        head_hashes := head_hashes || prev;
    END LOOP;
    FOR k IN 0 .. n - 1 LOOP
        entry := entries->k;
        h := array_position(companies, entry->>'company');
        next_seq := head_seqs[h] + 1;
        prev := head_hashes[h];
        sealed := encode(sha256(convert_to(prev || (entry->>'before') || next_seq::text || (entry->>'after'), 'UTF8')),
                         'hex');
        head_seqs[h] := next_seq;
        head_hashes[h] := sealed;
        seqs := seqs || next_seq;
        prev_hashes := prev_hashes || prev;
        entry_hashes := entry_hashes || sealed;
    END LOOP;
    INSERT INTO audit_log (company_siren, seq, at, actor, action, subject_type, subject_id, details, prev_hash,
                           entry_hash, actor_name, request_id)
    SELECT e->>'company', seqs[i], (e->>'at')::timestamptz, e->>'actor', e->>'action', e->>'subject_type',
           e->>'subject_id', e->'details', prev_hashes[i], entry_hashes[i], e->>'actor_name', e->>'request_id'
      FROM jsonb_array_elements(entries) WITH ORDINALITY AS t(e, i)
     ORDER BY i;
END $$;
