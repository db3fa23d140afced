-- migration: 40
-- A lifecycle status that names its invoice by number and seller (an XP Z12-013 CDAR message) finds the invoice we
-- received without a scan.
CREATE INDEX IF NOT EXISTS received_invoices_by_number ON received_invoices (platform, number, seller_siren);
