-- migration: 260
-- Appending to the audit chains in the statement that writes what they record (adapters.postgres.audit_log): the
-- entries come as a JSON array, in chain order, each with its canonical text split around its seq value
-- (domain.archive.entry_hash_parts); this function takes each chain's lock, reads its head, numbers each entry after
-- its chain's head, seals it (SHA-256 of the previous hash, the text before, the seq, the text after: the same bytes
-- domain.archive.entry_hash reads) and inserts them in that order (the link check of 0004/0230 follows each one).
-- Sealed in Python, an entry needed the head read first: a transaction of BEGIN, the heads, the insert and COMMIT
-- around the statement that writes the invoices, four round trips more per group-commit batch (0.6x of the
-- 25 November rate at one caller, README "Measured"). Returns each entry's seq and hashes, in the given order.
-- The locks are taken one company after the other in code-point order (adapters.postgres.lock_order, rule 5), each
-- head read by a statement of its own once its lock is held, so it sees what another writer committed while this one
-- waited (a VOLATILE function takes a new snapshot for each statement); one backward probe of the primary key,
-- whatever the statistics (0230). Through 0232's audit_chain_heads instead, calling that set-returning function and
-- folding its rows cost about 130 us per call more (one entry, measured alone: 360-370 us per append, 230-240 here);
-- it has no other caller: dropped.
DROP FUNCTION audit_chain_heads(integer, text[]);
CREATE FUNCTION audit_log_append(lock_namespace integer, entries jsonb)
RETURNS TABLE (seq bigint, prev_hash text, entry_hash text) LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    companies text[];
    heads jsonb := '{}';
    head jsonb;
    entry jsonb;
    next_seq bigint;
    prev text;
    sealed text;
    c text;
    seqs bigint[] := '{}';
    prevs text[] := '{}';
    hashes text[] := '{}';
BEGIN
    IF jsonb_array_length(entries) = 0 THEN
        RETURN;
    END IF;
    SELECT array_agg(DISTINCT e->>'company' COLLATE "C" ORDER BY e->>'company' COLLATE "C") INTO companies
      FROM jsonb_array_elements(entries) AS e;
    FOREACH c IN ARRAY companies LOOP
        PERFORM pg_advisory_xact_lock(lock_namespace, hashtext(c));
        -- A statement of its own, run once the lock is held: it sees the head another writer committed meanwhile.
        SELECT a.seq, a.entry_hash INTO next_seq, prev FROM audit_log a
         WHERE a.company_siren = c ORDER BY a.seq DESC LIMIT 1;
        IF FOUND THEN
            heads := heads || jsonb_build_object(c, jsonb_build_array(next_seq, prev));
        END IF;
    END LOOP;
    FOR entry IN SELECT e FROM jsonb_array_elements(entries) WITH ORDINALITY AS t(e, n) ORDER BY n LOOP
        head := heads -> (entry->>'company');
        IF head IS NULL THEN
            next_seq := 1;
            prev := repeat('0', 64);
        ELSE
            next_seq := (head->>0)::bigint + 1;
            prev := head->>1;
        END IF;
        sealed := encode(sha256(convert_to(prev || (entry->>'before') || next_seq::text || (entry->>'after'), 'UTF8')),
                         'hex');
        heads := heads || jsonb_build_object(entry->>'company', jsonb_build_array(next_seq, sealed));
        seqs := seqs || next_seq;
        prevs := prevs || prev;
        hashes := hashes || sealed;
    END LOOP;
    INSERT INTO audit_log (company_siren, seq, at, actor, action, subject_type, subject_id, details, prev_hash,
                           entry_hash, actor_name, request_id)
    SELECT e->>'company', seqs[n], (e->>'at')::timestamptz, e->>'actor', e->>'action', e->>'subject_type',
           e->>'subject_id', e->'details', prevs[n], hashes[n], e->>'actor_name', e->>'request_id'
      FROM jsonb_array_elements(entries) WITH ORDINALITY AS t(e, n)
     ORDER BY n;
    RETURN QUERY SELECT seqs[n], prevs[n], hashes[n] FROM generate_subscripts(seqs, 1) AS n ORDER BY n;
END $$;
