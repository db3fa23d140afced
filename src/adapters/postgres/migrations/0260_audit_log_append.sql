-- migration: 260
-- Appending to the audit chains in the statement that writes what they record (adapters.postgres.audit_log): the
-- entries come as a JSON array, in chain order, each with its canonical text split around its seq value
-- (domain.archive.entry_hash_parts); this function takes the chains' locks and heads (0232), numbers each entry after
-- its chain's head, seals it (SHA-256 of the previous hash, the text before, the seq, the text after: the same bytes
-- domain.archive.entry_hash reads) and inserts them in that order (the link check of 0004/0230 follows each one).
-- Sealed in Python, an entry needed the head read first: a transaction of BEGIN, the heads, the insert and COMMIT
-- around the statement that writes the invoices, four round trips more per group-commit batch (0.6x of the
-- 25 November rate at one caller, README "Measured"). Returns each entry's seq and hashes, in the given order.
CREATE FUNCTION audit_log_append(lock_namespace integer, entries jsonb)
RETURNS TABLE (seq bigint, prev_hash text, entry_hash text) LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    heads jsonb;
    head jsonb;
    entry jsonb;
    next_seq bigint;
    prev text;
    sealed text;
    seqs bigint[] := '{}';
    prevs text[] := '{}';
    hashes text[] := '{}';
BEGIN
    IF jsonb_array_length(entries) = 0 THEN
        RETURN;
    END IF;
    SELECT coalesce(jsonb_object_agg(h.company_siren, jsonb_build_array(h.seq, h.entry_hash)), '{}')
      INTO heads
      FROM audit_chain_heads(lock_namespace, ARRAY(SELECT e->>'company' FROM jsonb_array_elements(entries) AS e)) AS h;
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
