"""The domain's readings stricter than the official artefacts weigh as warnings on a ready document, and only they."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from domain.findings import Finding, Severity
from domain.rules import STRICTER_THAN_OFFICIAL, as_ready_document, validate_invoice
from domain.totals import compute_totals
from tests.builders import an_invoice


def _truncated_vat():  # type: ignore[no-untyped-def]
    """Dolibarr's way: the VAT truncated (its 450.23 × 20 % is written 90.04, not 90.05), the totals adding up."""
    invoice = compute_totals(an_invoice())
    entry = invoice.vat_breakdown[0]
    cent = Decimal("0.01")
    t = invoice.totals
    assert t is not None
    return invoice.evolve(
        vat_breakdown=(replace(entry, tax_amount=entry.tax_amount - cent), *invoice.vat_breakdown[1:]),
        totals=replace(
            t,
            tax_total=t.tax_total - cent,
            tax_inclusive=t.tax_inclusive - cent,
            amount_due=t.amount_due - cent,
        ),
    )


def test_an_amount_the_official_layers_tolerate_is_an_error_on_an_invoice_and_a_warning_on_a_ready_document() -> (
    None
):
    findings = validate_invoice(_truncated_vat())
    stricter = {f.rule_id for f in findings if f.is_fatal}
    assert (
        {"BR-CO-17", "BR-S-09"} <= stricter <= STRICTER_THAN_OFFICIAL | {"BR-CO-14", "BR-CO-15", "BR-CO-16"}
    )

    ready = as_ready_document(findings)
    assert [(f.rule_id, f.path) for f in ready] == [(f.rule_id, f.path) for f in findings]
    for before, after in zip(findings, ready, strict=True):
        if before.rule_id in STRICTER_THAN_OFFICIAL:
            assert after.severity is Severity.WARNING and after.message.startswith(before.message)
        else:
            assert after == before


def test_every_other_fatal_finding_stays_fatal_on_a_ready_document() -> None:
    kept = [
        Finding("PDP-IBAN-KEY", Severity.FATAL, "the IBAN key is wrong", "BG-17/BT-84"),
        Finding("BR-CO-15", Severity.FATAL, "totals", "BG-22/BT-112"),
        Finding("BR-S-08", Severity.FATAL, "exact in CEN's artefact too", "BG-23[1]/BT-116"),
        Finding("PDP-VAT-BREAKDOWN-MISSING", Severity.FATAL, "a rate with no breakdown", "BG-23"),
        Finding("BR-CO-17", Severity.WARNING, "already a warning", "BG-23[1]/BT-117"),
    ]
    assert as_ready_document(kept) == kept


def test_a_rate_used_with_no_vat_breakdown_stays_fatal_on_a_ready_document() -> None:
    """CEN's rules pass it (they iterate over the breakdowns present), but that rate's VAT is charged nowhere and the
    books would declare its money at another rate: unsafe to carry, not a stricter reading."""
    invoice = compute_totals(an_invoice())
    ready = as_ready_document(validate_invoice(invoice.evolve(vat_breakdown=invoice.vat_breakdown[1:])))
    assert any(f.rule_id == "PDP-VAT-BREAKDOWN-MISSING" and f.is_fatal for f in ready)


def test_a_stricter_reading_on_a_ready_document_says_why_it_is_only_a_warning() -> None:
    [after] = as_ready_document([Finding("BR-CO-17", Severity.FATAL, "VAT total", "BG-23[1]/BT-117")])
    assert after == Finding(
        "BR-CO-17",
        Severity.WARNING,
        "VAT total (the gateway's stricter reading: a warning on a document made elsewhere, which every official"
        " layer passes)",
        "BG-23[1]/BT-117",
    )
