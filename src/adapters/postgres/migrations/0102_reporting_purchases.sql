-- International purchases recorded through ReportingService.RecordPurchases (a supplier abroad that did not invoice
-- through the platform): the InternationalInvoiceFacts seen by the buyer, keyed as the declaration keys them (seller
-- and number), so that the same purchase received through the platform is counted once.
CREATE TABLE reporting_purchases (
    company_siren text        NOT NULL CHECK (company_siren ~ '^[0-9]{9}$'),
    key           text        NOT NULL CHECK (key <> ''),
    day           date        NOT NULL,  -- BT-2, the invoice's issue date
    content       jsonb       NOT NULL,  -- the whole InternationalInvoiceFacts
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (company_siren, key)
);
CREATE INDEX reporting_purchases_by_day ON reporting_purchases (company_siren, day);

-- Received invoices from a seller without a SIREN (the foreign suppliers): the candidates of a period's international
-- purchases (the domain decides with assess_scope). The predicate must stay textually the one of
-- PgReportingRepository.received_foreign_invoices_between.
CREATE INDEX received_invoices_foreign_by_issue_date ON received_invoices (company_siren, issue_date)
    WHERE seller_siren = '' AND content IS NOT NULL;
