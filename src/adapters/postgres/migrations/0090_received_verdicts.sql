-- migration: 90
-- The official validation of a received invoice, per layer and per rule set (domain.findings.LayerVerdict and
-- Conclusion): which layers ran with how many fatal findings, and whether EN 16931 and the French reform apply and
-- passed. NULL for the invoices received before this migration: their verdicts were not recorded, and are not
-- made up afterwards (`valid` and the findings in `report` stay what they were).
ALTER TABLE received_invoices
    ADD COLUMN IF NOT EXISTS layers jsonb CHECK (layers IS NULL OR jsonb_typeof(layers) = 'array'),
    ADD COLUMN IF NOT EXISTS conclusions jsonb CHECK (conclusions IS NULL OR jsonb_typeof(conclusions) = 'array');
