-- migration: 232
-- The companies' chain locks, then their heads, in one round trip (adapters.postgres.audit_log). They were two
-- statements because a statement's snapshot is taken when it starts, before it waits for a lock, so it could not see
-- the head another writer committed meanwhile. A VOLATILE function takes a new snapshot for each statement it runs:
-- its heads query, run once the locks are held, sees every head committed before. Locks in code-point order, held
-- until the COMMIT (adapters.postgres.lock_order, rule 5); each head is one backward probe of the primary key.
CREATE FUNCTION audit_chain_heads(lock_namespace integer, companies text[])
RETURNS TABLE (company_siren text, seq bigint, entry_hash text) LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
    PERFORM count(pg_advisory_xact_lock(lock_namespace, hashtext(sorted.c)))
       FROM (SELECT DISTINCT unnest(companies) COLLATE "C" AS c ORDER BY c) AS sorted;
    RETURN QUERY
    SELECT h.company_siren, h.seq, h.entry_hash
      FROM unnest(companies) AS c(siren)
     CROSS JOIN LATERAL (SELECT a.company_siren, a.seq, a.entry_hash FROM audit_log a
                          WHERE a.company_siren = c.siren ORDER BY a.seq DESC LIMIT 1) AS h;
END $$;
