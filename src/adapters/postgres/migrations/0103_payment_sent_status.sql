-- Buyer side: whether recording a payment sent on a received invoice also sends 211 (Paiement transmis) to the
-- supplier through the platform (off unless the company turns it on: `pdp-gateway settings payment-sent-status`).
ALTER TABLE company_settings ADD COLUMN send_payment_sent boolean NOT NULL DEFAULT false;
